"""Generated passages for the naming battery (test_naming_battery.py).

Round 8's non-speech battery (non_speech_shapes.py) crosses titles, scare quotes and cited
words with kinds of work. This one covers the shapes it left out, each crossed with several
phrases and the three mark styles:

- habitual naming: what a group, a place or an organisation calls a thing ("a stretch drivers
  call “the Kettle”", "what everyone calls ...", "has taken to calling the boiler ...",
  "which the firm still labels a “beta”"), and a thing named in a relative clause ("a quiz
  night she called “Fish Friday”");
- text on a screen, a sign or a door ("an error message saying “…”", "a sign in the window
  that reads “…”", "a gate marked simply “…”");
- a name explained by the noun set beside it ("“last in, first out”, a rule the firm ...",
  "the group's “homes for heroes” programme");
- words nobody said: what a hypothetical someone promises ("anyone who claims the roof will
  “…”"), what someone never says, a phrase someone has for something ("a phrase for it: “…”").

Against them stand their speech look-alikes, which must stay quotes with their speaker: a
person's own judgement in the present tense ("Dana Hale calls the bypass “a waste of money”"),
what someone called something once ("what she called “…”"), a text someone sent, a promise
someone made; and a cross of verdict phrases ("witch hunt", "power grab", "reckless") with
every frame a designation can take ("said the “…” had to end", "had created a “…”"), so
that a rule for names that takes a speaker's partial quote shows up at once. Every name,
phrase and sentence is invented.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.core.analysis.non_speech_shapes import STYLES, Case

SEED = 9

_OPEN, _CLOSE = "⟪", "⟫"


def _render(template: str, passage: str, style: str) -> str:
    opening, closing = STYLES[style]
    text = template.replace(_OPEN, opening).replace(_CLOSE, closing)  # other quoted words
    return text.replace("{Q}", f"{opening}{passage}{closing}")


# Names people give a place, a thing or a time ("the Kettle"): {Q} is the quoted name.
_NAMES = ("the Kettle", "the Long Mile", "the Bear Pit", "the quiet hour", "Old Rattler")
_HABITUAL: tuple[tuple[str, str], ...] = (
    ("crews-call", "Tomas Brek said he works on a stretch of track crews call {Q} most nights."),
    ("drivers-call", "The bend that lorry drivers call {Q} was resurfaced in May."),
    ("what-locals-call", "The estate sits in what locals call {Q}, north of the ring road."),
    ("what-everyone-calls", "Nina Hale runs what everyone at the depot calls {Q}."),
    ("still-call", "The flood of 1987 is what older fishermen still call {Q}."),
    ("taken-to-calling", "Ivo Brandt has taken to calling the old boiler {Q} in his blog."),
    ("came-to-call", "Regulars at the café came to call the back room {Q} within a year."),
    ("affectionately", "Residents affectionately call the footbridge {Q}."),
    ("started-calling", "Staff at the depot have started calling the new van {Q}."),
    ("known-to-locals", "The pier, known to locals simply as {Q}, will close in June."),
)
# Terms an organisation uses for a kind of thing: "what the health board calls a “hub clinic”".
_TERMS = ("hub clinic", "step-down unit", "beta", "rapid-access bay")
_ORG_TERMS: tuple[tuple[str, str], ...] = (
    ("board-calls", "Harlow Cottage Hospital will become what the health board calls a {Q}."),
    ("which-labels", "The portal, which Kestrel Systems still labels a {Q}, crashed twice."),
    ("brand-labels", "The reader app, which Parvo still labels a {Q}, is slow to sync."),
    ("council-calls", "The ward is now what the county council calls a {Q}, Dana Hale said."),
    ("firm-terms", "Ana Ruiz said the site would become what the firm terms a {Q}."),
)
# Things named in a relative clause: "a quiz night she called “Fish Friday”".
_RELATIVE_NAMES = ("Fish Friday", "Quiz Night Live", "Super Sunday", "The Big Tidy")
_RELATIVE: tuple[tuple[str, str], ...] = (
    ("she-called", "Before she retired, Edna Vale ran a weekly club she called {Q} for 20 years."),
    ("club-branded", "Rovers host Kelso next week, a fixture the club has already branded {Q}."),
    ("they-named", "The volunteers set up a stall they named {Q} outside the station."),
)
# Words cited as examples, a subject line, what a device shows, what you may hear.
_CITED_WORDS = ("regret", "all clear", "Sold out", "Final notice")
_CITED_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("such-as", "Dana Hale said the letter used words such as {Q} and little else."),
    ("terms-like", "The report avoids terms like {Q}, Ivo Brandt said."),
    ("if-you-hear", "If you hear {Q}, go back inside, Ivo Brandt said."),
    ("app-shows", "Ana Ruiz said the app now shows {Q} next to every sailing."),
    ("subject", "Tomas Brek said he kept getting emails with the subject {Q} every week."),
)
# Text on a screen, a sign, a door.
_SIGNS = ("Unable to connect. Please retry.", "Closed until further notice", "Back soon")
_SIGN_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("message-saying", "Ana Ruiz said that twice she got a message saying {Q} and gave up."),
    ("error-read", "The app showed an error message that read {Q} for most of Sunday."),
    ("popup", "Tomas Brek said a pop-up warning reading {Q} appeared on every till."),
    ("sign-window", "She has put up a sign in her window that reads {Q} for the winter."),
    ("marked-simply", "On one map there is a door marked simply {Q} and nothing else."),
    ("screen-showed", "Passengers saw the screens at the gate showing {Q} until noon."),
)
# A name explained by the noun beside it.
_RULE_NAMES = ("last in, first out", "no ticket, no ride", "homes for heroes", "clean desk")
_EXPLAINED: tuple[tuple[str, str], ...] = (
    ("a-rule", "Ivo Brandt said staff were worried about {Q}, a rule the owners have not used."),
    ("a-policy", "The school brought in {Q}, a policy parents were not told about."),
    ("programme", "The firm announced a buyback under the group's {Q} programme."),
    ("scheme", "Dana Hale said the council's {Q} scheme would end in April."),
    ("project", "Money for the county's {Q} project ran out in March."),
)
# Words nobody said.
_UNSAID: tuple[tuple[str, str, str], ...] = (
    (
        "anyone-promises",
        "The Home Repair Line says buyers should be wary of anyone who promises the roof will {Q}.",
        "cover its own cost",
    ),
    (
        "seller-claims",
        "The ombudsman says to ignore any seller who claims the boiler will {Q}.",
        "never need a service",
    ),
    (
        "never-says",
        "The ferryman, Oskar, never says {Q} to anyone in the whole book.",
        "thank you",
    ),
    (
        "never-once-said",
        "In forty years Edna Vale never once said {Q} to a customer.",
        "we're closed",
    ),
    (
        "phrase-for",
        "Nina Hale has a phrase for the jobs she cannot fix: {Q}.",
        "off to the big workshop",
    ),
    (
        "expression-for",
        "The crews have an expression for days like that: {Q}.",
        "a two-flask shift",
    ),
)

# A thing's designation, a quoted noun after a determiner that no verb of saying, calling or
# judging governs: the words are the thing's name, whoever speaks in the sentence.
_DESIGNATIONS = ("maternity lodge", "step-down ward", "warm bank", "freedom figure")
_DESIGNATION_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("would-fund", "Dana Hale said the trust would fund a {Q} in the town centre."),
    ("work-out-his", "Tomas Brek used a spreadsheet to work out his {Q}, which he split by month."),
    ("plan-for", "Ana Ruiz wants a plan for a {Q} by June."),
    ("opened-the", "Volunteers opened the {Q} on Monday, Ivo Brandt said."),
    ("group-s", "Nina Hale runs the group's {Q} from a church hall."),
    ("said-subject", "The health board said a {Q} had been set up in the old library."),
    ("said-that-subject", "Ivo Brandt said that the {Q} would open in May."),
)
# A compound name for a kind of thing, set before the noun it modifies, whoever speaks; and a
# designation after a passive ("be named after the town's “…”").
_COMPOUNDS = ("safe parking", "low traffic", "fast track", "cycle hire")
_COMPOUND_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("plan-for-a", "Dana Hale asked staff for a plan for a {Q} lot by June."),
    ("said-a", "Tomas Brek said a {Q} scheme would start in spring."),
    ("the-rooms", "Ana Ruiz said the {Q} zones had cut journeys by a third."),
)
_PASSIVE_NAMES = ("founding families", "old guard", "harbour pilots")
_PASSIVE_CONTEXTS: tuple[tuple[str, str], ...] = (
    (
        "be-named-after",
        "Residents suggested the wing be named after the town's {Q} instead.",
    ),
    ("was-built-for", "Nina Hale said the hall was built for the village's {Q} in 1890."),
)
# Things counted, the quoted word doubted: "40 million active “creators”".
_COUNTED = ("creators", "volunteers", "members", "experts")
_COUNTED_CONTEXTS: tuple[tuple[str, str], ...] = (
    (
        "there-are",
        "There are now 40 million monthly active {Q} across the platforms, the firm says.",
    ),
    ("counts", "The club counts 40 {Q} among its members, its annual report says."),
)
# A feature of a device or a site, a slogan's line, the bracket answers fall in.
_FEATURES = ("preview", "quiet hours", "focus", "night reading")
_FEATURE_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("setting", "Ana Ruiz said users can switch on the {Q} setting in the app."),
    ("mode", "Tomas Brek said the phone's {Q} mode hides every alert."),
    ("feature", "Dana Hale turned on the {Q} feature, she said."),
    ("option", "The new {Q} option is buried two menus deep, Ivo Brandt said."),
)
_LINES = ("no ticket, no ride", "homes first, hotels last", "fix it, don't fine it")
_LINE_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("union-line", "Ivo Brandt said the union's {Q} line had not changed."),
    ("zone", "Most answers fell in the {Q} zone, Nina Hale said."),
    ("mantra", "Dana Hale has stuck to the council's {Q} mantra all year."),
)
# Reactions nobody said: a range, what a view makes you say, a first thought.
_REACTIONS: tuple[tuple[str, str, str], ...] = (
    ("range-first", "Dana Hale said reviews ranged from {Q} to ⟪awful⟫ in the first week.", "fine"),
    ("range-second", "Reviews ranged from ⟪fine⟫ to {Q}, Dana Hale said.", "a total mess"),
    ("makes-you-go", "The view from the top makes you go {Q}, Nina Hale said.", "wow"),
    (
        "makes-you-think",
        "Tomas Brek said the queue makes you think {Q} every morning.",
        "never again",
    ),
    (
        "first-thought",
        "Nina Hale said her first thought was {Q} when the lights went out.",
        "not again",
    ),
)
# A term and where it is defined, a label given to things counted out.
_DEFINED_TERMS = ("garden annexes", "outbuildings", "holiday lets", "sundry costs")
_DEFINED_CONTEXTS: tuple[tuple[str, str], ...] = (
    (
        "as-defined",
        "Landlords can apply too, but only for flats that are not {Q} as defined by law.",
    ),
    ("where-defined", "Owners qualify unless the sheds are {Q} as set out in the planning rules."),
    (
        "labelled-many",
        "Dana Hale told the court he had filed the claims, labelling many of them {Q}.",
    ),
    ("marked-most", "The clerk hid the payments by marking most of them {Q} in the ledger."),
)
# Speech look-alikes: (id, template, passage, speaker).
_SPEECH: tuple[tuple[str, str, str, str], ...] = (
    (
        "calls-judgement",
        "Dana Hale calls the bypass {Q} and wants it scrapped.",
        "a waste of money",
        "Dana Hale",
    ),
    ("calls-adjective", "Tomas Brek calls the new rota {Q}.", "unworkable", "Tomas Brek"),
    (
        "calls-the-worst",
        "Ivo Brandt calls it {Q} in a letter to members.",
        "the worst deal in a generation",
        "Ivo Brandt",
    ),
    (
        "union-calls",
        "The Harbour Workers Union calls the offer {Q}.",
        "an insult",
        "Harbour Workers Union",
    ),
    (
        "what-she-called",
        "Dana Hale warned of what she called {Q} at the port.",
        "a slow puncture",
        "Dana Hale",
    ),
    (
        "what-he-called-name",
        "Tomas Brek praised what he called {Q} between the ports.",
        "shuttle diplomacy",
        "Tomas Brek",
    ),
    (
        "dubbed-it",
        "Ana Ruiz dubbed the bypass {Q} during the debate.",
        "the road to nowhere",
        "Ana Ruiz",
    ),
    (
        "promised-a",
        "Health minister Dana Hale promised a {Q} to the outbreak.",
        "robust response",
        "Dana Hale",
    ),
    ("critics-say", "Nina Hale says the new rules are {Q}.", "unworkable", "Nina Hale"),
    (
        "sent-text",
        "Ana Ruiz sent her brother a text saying {Q} and switched off her phone.",
        "I'm safe, don't worry.",
        "Ana Ruiz",
    ),
    (
        "left-message",
        "Tomas Brek left a message saying {Q} and hung up.",
        "Call me back tonight.",
        "Tomas Brek",
    ),
    (
        "would-never",
        "Dana Hale said she would never {Q} to the landlords.",
        "bow to pressure",
        "Dana Hale",
    ),
    (
        "historic-programme",
        "Dana Hale welcomed the {Q} programme on Tuesday.",
        "historic",
        "Dana Hale",
    ),
    (
        "half-baked-scheme",
        "Ivo Brandt said the council's {Q} scheme had failed again.",
        "half-baked",
        "Ivo Brandt",
    ),
    (
        "called-a-verdict",
        "Dana Hale called the new ward a {Q} on Monday.",
        "white elephant",
        "Dana Hale",
    ),
    (
        "likened-to-a",
        "Ivo Brandt likened the rota to a {Q} at the meeting.",
        "leaky bucket",
        "Ivo Brandt",
    ),
    (
        "shown-disregard",
        "Tomas Brek said the firm had shown a {Q} for the residents.",
        "total disregard",
        "Tomas Brek",
    ),
    (
        "modifier-approach",
        "Ana Ruiz said she would bring a {Q} approach to the budget.",
        "common-sense",
        "Ana Ruiz",
    ),
    (
        "run-of-quotes",
        "Nina Hale described the cuts as ⟪cruel⟫ and a {Q} to families.",
        "direct threat",
        "Nina Hale",
    ),
    (
        "labelled-them-people",
        "Ana Ruiz labelled them {Q} in a post on Sunday.",
        "cowards",
        "Ana Ruiz",
    ),
    (
        "said-verdict-subject",
        "Tomas Brek said the {Q} would not save the pier.",
        "total shambles",
        "Tomas Brek",
    ),
    (
        "money-in",
        "Tomas Brek said he expects $30 million in {Q} from the merger.",
        "savings",
        "Tomas Brek",
    ),
    (
        "said-counted-word",
        "Tomas Brek said there were 300 {Q} on the books by June.",
        "volunteers",
        "Tomas Brek",
    ),
    (
        "said-owner-word",
        "Ana Ruiz said the firm's {Q} had come from cutting the late shift.",
        "efficiencies",
        "Ana Ruiz",
    ),
    (
        "clean-bill",
        "Dana Hale called for a {Q} bill on Tuesday.",
        "clean",
        "Dana Hale",
    ),
    (
        "deeply-flawed",
        "Ivo Brandt said a {Q} process had let the families down.",
        "deeply flawed",
        "Ivo Brandt",
    ),
    (
        "world-class",
        "Nina Hale said the town deserved a {Q} service.",
        "world-class",
        "Nina Hale",
    ),
    (
        "fair-and-equitable",
        "Tomas Brek hoped for a more {Q} service next year, he said.",
        "fair and equitable",
        "Tomas Brek",
    ),
    (
        "union-calls-noun",
        "The Harbour Workers Union calls the offer {Q}.",
        "theft",
        "Harbour Workers Union",
    ),
    (
        "council-calls-noun",
        "The county council calls the strike {Q} in its newsletter.",
        "blackmail",
        "The county council",
    ),
    (
        "gave-warning",
        "Ana Ruiz gave a warning saying {Q} before the storm.",
        "Stay off the pier",
        "Ana Ruiz",
    ),
    (
        "caption-posted",
        "The club posted a photo of the new signing with the caption: {Q}",
        "Welcome to the harbour, Tam.",
        "The club",
    ),
    (
        "two-modifier",
        "Ana Ruiz said two {Q} officers had been sent home.",
        "rogue",
        "Ana Ruiz",
    ),
    (
        "thought-plan",
        "Nina Hale said she thought the plan was {Q} from the start.",
        "doomed",
        "Nina Hale",
    ),
    (
        "was-a-betrayal",
        "Ivo Brandt said the vote was a {Q} of the members.",
        "betrayal",
        "Ivo Brandt",
    ),
    (
        "promised-a-fund",
        "Dana Hale promised a {Q} for the harbour towns.",
        "recovery fund",
        "Dana Hale",
    ),
    (
        "message-blunt",
        "Tomas Brek's message to the council was blunt: {Q}",
        "Resign.",
        "Tomas Brek",
    ),
    ("said-would", "Dana Hale said the cuts would {Q}.", "hit the poorest hardest", "Dana Hale"),
    ("promised-would", "Ivo Brandt promised the depot would {Q}.", "stay open", "Ivo Brandt"),
    (
        "created-a",
        "Ana Ruiz said the council had created a {Q} for parents.",
        "bureaucratic nightmare",
        "Ana Ruiz",
    ),
    ("had-a-word", "Asked about the plan, Nina Hale said: {Q}", "It is a disgrace.", "Nina Hale"),
    (
        "who-calls",
        "Dana Hale, who calls the scheme {Q}, voted against it.",
        "reckless",
        "Dana Hale",
    ),
)

# Partial quotes an editor must keep: a speaker's verdict set in every frame a designation
# can take (after a determiner, as a reported clause's subject, after a verb that is not one of
# saying), crossed with verdict phrases, one mark style each, turn by turn.
_KEPT_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("called", "Ana Ruiz called the plan {Q}."),
    ("said-were", "Ana Ruiz said the rules were {Q}."),
    ("described-as", "Ana Ruiz described the talks as {Q}."),
    ("promised-a", "Ana Ruiz promised a {Q} to the flooding."),
    ("warned-of", "Ana Ruiz warned of a {Q} in the fleet."),
    ("had-shown", "Ana Ruiz said the council had shown {Q} for residents."),
    ("clause-subject", "Ana Ruiz said the {Q} had to end."),
    ("under-way", "Ana Ruiz said a {Q} was under way at the depot."),
    ("owner-subject", "Ana Ruiz said the firm's {Q} had cost jobs."),
    ("what-she-called", "Ana Ruiz attacked what she called a {Q} by the board."),
    ("running-a", "Ana Ruiz said the board was running a {Q} against her."),
    ("told-reporters", "Ana Ruiz told reporters the {Q} would not stop her."),
    ("mount-a", "The minister, Ana Ruiz, said her department would mount a {Q} to the outbreak."),
    ("created-a", "Ana Ruiz said the council had created a {Q} for parents."),
    ("had-been", "Ana Ruiz said there had been {Q} at the depot."),
    ("faced-a", "Ana Ruiz said staff faced a {Q} every winter."),
    ("practice-after", "Ana Ruiz said the firm had been {Q}, a practice she wants stopped."),
    ("approach-after", "Ana Ruiz said the council's {Q} approach had failed."),
    ("line-after", "Ana Ruiz said the minister's {Q} line had worn thin."),
)
_VERDICTS = (
    "witch hunt", "power grab", "land grab", "smoke and mirrors", "cash grab", "political stunt",
    "complete disregard", "utter chaos", "reckless", "unworkable", "disgrace",
    "shuttle diplomacy", "robust response", "deeply flawed", "slow-motion crisis",
    "kick in the teeth", "car crash", "total mess", "stitch-up", "perfect storm",
    "cost-cutting drive", "race to the bottom",
)  # fmt: skip


def _kept_cases() -> list[Case]:
    styles = list(STYLES)
    out: list[Case] = []
    for i, (row_id, template) in enumerate(_KEPT_CONTEXTS):
        for j, phrase in enumerate(_VERDICTS):
            style = styles[(i + j) % len(styles)]
            text = _render(template, phrase, style)
            slug = phrase.replace(" ", "_")
            out.append(Case(f"kept-{row_id}-{slug}-{style}", text, (), ((phrase, "Ana Ruiz"),)))
    return out


_SPOKEN_FRAME = (
    "a quoted noun in a sentence a speaker reports is read as a designation only when it names"
    ' a kind of place, unit or service ("a “maternity lodge”"); "the village\'s “old guard”",'
    ' "the “freedom figure” would ..." stay the speaker\'s words, as "the “witch hunt” had to'
    ' end" must'
)


def _in_spoken_frame(case_id: str) -> bool:
    """The designation and passive cases a speaker's verb reports, with a head no list names."""
    spoken = ("would-fund", "said-subject", "said-that-subject", "opened-the")
    if case_id.startswith("designation-") and case_id.split("-")[-2] == "3":
        return any(case_id.startswith(f"designation-{row}-3-") for row in spoken)
    return case_id.startswith(("passive-was-built-for-0-", "passive-was-built-for-1-"))


def _cross(prefix: str, rows: tuple[tuple[str, str], ...], passages: tuple[str, ...]) -> list[Case]:
    cases: list[Case] = []
    for style in STYLES:
        for row_id, template in rows:
            for i, passage in enumerate(passages):
                text = _render(template, passage, style)
                cases.append(Case(f"{prefix}-{row_id}-{i}-{style}", text, (passage,)))
    return cases


def cases() -> list[Case]:
    """Every generated case, in a fixed order (the shuffle is seeded: reruns are identical)."""
    out = (
        _cross("habitual", _HABITUAL, _NAMES)
        + _cross("orgterm", _ORG_TERMS, _TERMS)
        + _cross("relative", _RELATIVE, _RELATIVE_NAMES)
        + _cross("sign", _SIGN_CONTEXTS, _SIGNS)
        + _cross("cited", _CITED_CONTEXTS, _CITED_WORDS)
        + _cross("explained", _EXPLAINED, _RULE_NAMES)
        + _cross("designation", _DESIGNATION_CONTEXTS, _DESIGNATIONS)
        + _cross("defined", _DEFINED_CONTEXTS, _DEFINED_TERMS)
        + _cross("counted", _COUNTED_CONTEXTS, _COUNTED)
        + _cross("compound", _COMPOUND_CONTEXTS, _COMPOUNDS)
        + _cross("passive", _PASSIVE_CONTEXTS, _PASSIVE_NAMES)
        + _cross("feature", _FEATURE_CONTEXTS, _FEATURES)
        + _cross("line", _LINE_CONTEXTS, _LINES)
    )
    for style in STYLES:
        for row_id, template, passage in _REACTIONS:
            text = _render(template, passage, style)
            out.append(Case(f"reaction-{row_id}-{style}", text, (passage,)))
        for row_id, template, passage in _UNSAID:
            out.append(
                Case(f"unsaid-{row_id}-{style}", _render(template, passage, style), (passage,))
            )
        for row_id, template, passage, speaker in _SPEECH:
            out.append(
                Case(
                    f"speech-{row_id}-{style}",
                    _render(template, passage, style),
                    (),
                    ((passage, speaker),),
                )
            )
    out += _kept_cases()
    out = [replace(c, xfail=_SPOKEN_FRAME) if _in_spoken_frame(c.id) else c for c in out]
    random.Random(SEED).shuffle(out)
    return out
