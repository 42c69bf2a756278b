"""Generated passages for the non-speech battery (test_non_speech_battery.py).

Quotation marks in copy also hold titles of works, nicknames, scare quotes, terms, labels,
words cited as words and hashtags. Each case here is a short invented story with the passages
an editor would NOT list as quotes and the passages that ARE quotes, each with the speaker an
editor would name. Shapes are crossed with kinds of work, cases of title (headline or sentence
case) and three mark styles (straight, curly, single), so that a rule which only fits one
phrasing shows up as failures in the others. Every name, title and sentence is invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

SEED = 13

# A passage to be quoted is written ⟪like this⟫ in a template; rendering puts the style's marks.
_OPEN, _CLOSE = "⟪", "⟫"
STYLES = {"straight": ('"', '"'), "curly": ("“", "”"), "single": ("‘", "’")}


@dataclass(frozen=True)
class Case:
    """One story: passages that must not be quotes, and quotes with the speaker expected."""

    id: str
    text: str
    not_quotes: tuple[str, ...]
    quotes: tuple[tuple[str, str], ...] = ()
    xfail: str = ""


@dataclass(frozen=True)
class Work:
    """A kind of work: the nouns copy puts before its title, verbs done to it, titles."""

    kind: str
    noun: str
    verb: str
    headline: str
    sentence: str
    maker: str = "Kestrel Studios"
    extra: tuple[str, ...] = field(default=())


WORKS: tuple[Work, ...] = (
    Work("film", "film", "watched", "Salt Marsh Summer", "Where the gulls sleep"),
    Work("series", "drama series", "starred in", "The Quiet Ledger", "Nobody leaves Harrowgate"),
    Work("book", "novel", "published", "Nine Bells for Brody", "A year without rain"),
    Work("song", "song", "recorded", "Paper Lanterns", "Hold the line for me"),
    Work("album", "album", "released", "Copper and Coal", "Songs from the long road"),
    Work("podcast", "podcast", "launched", "Low Tide Radio", "Talking to the river"),
    Work("play", "play", "staged", "The Lamplighter's Wife", "Mother of the bride"),
    Work("game", "video game", "played", "Starfall Harbour", "Keep the lights on"),
    Work("exhibition", "exhibition", "opened", "Glass and Grain", "What the tide left"),
    Work("app", "app", "downloaded", "Parkwise", "Find my bus"),
    Work(
        "newsletter", "newsletter", "subscribed to", "The Morning Brine", "Five things before nine"
    ),
    Work("campaign", "campaign", "backed", "Light Up Lennox", "Keep our pool open"),
    Work("operation", "police operation", "launched", "Operation Tern", "Clean streets"),
    Work("event", "festival", "attended", "Brightwater Live", "Music on the green"),
    Work("ship", "ferry", "sailed on", "Morning Star of Arran", "Pride of the west"),
    Work("product", "scooter", "bought", "Zephyr Mini", "City glide"),
)

_NOMINEES = ("Copper and Coal", "The Quiet Ledger", "Starfall Harbour", "Glass and Grain")
_NOMINEES_SENTENCE = ("Where the gulls sleep", "A year without rain", "Hold the line for me")


def _render(template: str, style: str) -> str:
    opening, closing = STYLES[style]
    return template.replace(_OPEN, opening).replace(_CLOSE, closing)


def _q(text: str) -> str:
    return f"{_OPEN}{text}{_CLOSE}"


# Contexts for a title: (id, template, needs headline case). {T} is the quoted title.
_TITLE_CONTEXTS: tuple[tuple[str, str, bool], ...] = (
    ("noun", "Last year Mara Quill spent four months on the {noun} {T} in a rented barn.", False),
    ("noun-sub", "The {noun} {T} drew its biggest crowd yet on Saturday.", False),
    ("possessive", "{maker}' {T} drew its biggest crowd yet on Saturday.", False),
    ("outlet-noun", "The Tidewater Courier's {noun} {T} is back next month.", False),
    ("bracket-year", "{T} (2019) is still the best thing the company has made.", False),
    ("bracket-net", "Critics still argue about {T} (Channel 9, 2021).", False),
    ("verb", "Last winter Jon Ferris {verb} {T} with his two brothers.", False),
    ("verb-she", "She {verb} {T} in the spring, her agent confirmed.", False),
    ("voted", "Readers voted for {T} by a wide margin.", False),
    ("subject", "{T} opens to the public on Friday.", False),
    ("then-noun", "Posters for the {T} {noun} went up across town.", False),
    ("comma-noun", "Her new {noun}, {T}, took three years to finish.", False),
    ("noun-said", "Ana Ruiz said the {noun} {T} had been her idea from the start.", False),
    ("in-noun", "In the {noun} {T}, a retired pilot goes back to sea.", False),
    ("prize-for", "Kestrel Studios won a regional prize for {T} last year.", False),
    ("verb-sc", "Last winter Jon Ferris {verb} {T} with his two brothers.", False),
    ("said-would", "Ana Ruiz said {T} would return next year.", False),
    ("said-had-verb", "Ana Ruiz said she had {verb} {T} twice.", False),
    ("said-about", "Ana Ruiz spoke warmly about {T} at the launch.", False),
    ("network-after", "{T} airs on Channel 9 at eight.", False),
)

# Lists of works: every title in the list is a title.
_LIST_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("nominees", "The nominees are {A}, {B} and {C}."),
    ("shortlist", "The shortlist includes {A}, {B}, {C} and a late entry from Dundee."),
    ("won", "Over the decade the studio won awards for {A} and {B}."),
    ("colon", "Three titles made the final cut: {A}, {B} and {C}."),
    ("said-were", "Ana Ruiz said her favourites were {A}, {B} and {C}."),
    ("such-as", "Hits such as {A} and {B} paid for the new studio."),
)

# Nicknames: the quoted words name a person or a thing.
_NICKNAMES: tuple[tuple[str, str, str], ...] = (
    ("the-nick", "Hollis, the {N} of the letters page, retired on Friday.", "Iron Pen"),
    ("nicknamed", "Colleagues nicknamed Greta Vos {N} in her first year.", "the Iron Pen"),
    ("comma-nicknamed", "The striker, nicknamed {N} by fans, scored twice.", "Rocket"),
    ("known-as", "The old pier, known locally as {N}, will be demolished.", "the Long Finger"),
    ("self-styled", "The self-styled {N} opened a third shop in March.", "Pie King of Leith"),
    ("the-nick-sub", "The {N} has run the harbour café since 1994.", "Admiral"),
)

# Scare quotes: one or two lower-case words in a sentence where nobody is said to say them.
_SCARE_SENTENCES: tuple[str, ...] = (
    "The council's {S} lasted four days.",
    "The {S} footbridge has now stood for eleven years.",
    "Each household received a {S} meter that cost £40 to fit.",
    "The firm's {S} left half the town without signal.",
    "Staff were sent home after a {S} that took ten minutes.",
)
_SCARE_WORDS = ("consultation", "temporary", "free", "upgrade", "quick review")

# Terms, labels, buttons, categories.
_TERMS: tuple[tuple[str, str, str], ...] = (
    ("known-as", "Hospitals now discourage a practice known as {X}.", "ghost rostering"),
    ("experts-call", "The shift left what engineers call {X} in the pipes.", "cold iron"),
    ("button", "Users can click the {X} button to flag a late bus.", "Report a delay"),
    ("select", "Select {X} from the menu and enter the date.", "Other"),
    ("category", "Ortiz won in the {X} category last year.", "Best Newcomer"),
    ("labelled", "The form has a box labelled {X} that most people skip.", "Reason for delay"),
    ("so-called", "The so-called {X} has cost the county £3m.", "bridge tax"),
    (
        "term-comma",
        "Staff call it {X}, a term for covering a colleague's shift unpaid.",
        "shadow cover",
    ),
)

# Words cited as words.
_CITED: tuple[tuple[str, str, str], ...] = (
    ("the-word", "The word {X} appears 41 times in the report.", "resilience"),
    ("typed", "She typed {X} into the search bar and found nothing.", "flood map"),
    ("phrase", "The phrase {X} was dropped from the final draft.", "best endeavours"),
    ("means", "Few voters know what {X} means in practice.", "net gain"),
)

# Lists led by a cue that names a sign, a word or a term: every item is one.
_CUED_LISTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "banners",
        "Marchers carried banners reading {A} and {B}.",
        ("No more cuts", "Keep the mill open"),
    ),
    (
        "words",
        "The words {A}, {B} and {C} were struck from the motion.",
        ("fair", "final", "binding"),
    ),
    ("signs", "Signs saying {A} and {B} lined the road.", ("Slow down", "Children at play")),
)

# More terms, names of events and nicknames set in running copy.
_MORE_NAMES: tuple[tuple[str, str, str], ...] = (
    (
        "better-known",
        "Greta Vos, better known as {X}, taught at the school for forty years.",
        "Nan",
    ),
    (
        "scientists-call",
        "Divers filmed a drift of what scientists call {X} near the reef.",
        "sea snow",
    ),
    ("annual", "About 300 swimmers took part in the annual {X} on Sunday.", "Big Splash"),
    ("fun-run", "The {X} fun run raised £12,000 for the hospice.", "Run for Rennie"),
    ("slogan-was", "{X} was the slogan on every lamp post.", "Never Again"),
    ("operation", "Police launched Operation {X} in May.", "Tern"),
    ("middle-nick", "Margaret {X} Olsen said the ferry was late again.", "Peggy"),
    ("box-marked", "Voters must tick the box marked {X} to opt in.", "Yes"),
    ("category-called", "The survey added a category called {X} this year.", "Other"),
    (
        "two-word-experts",
        "Low tides can leave what marine biologists call {X} on the flats.",
        "dead zones",
    ),
    (
        "one-word-term",
        "Loud nights can cause what sleep doctors call {X}, brief wakings.",
        "microsleeps",
    ),
    ("was-called", "She remembers when {X} was called the high street.", "retail corridor"),
    (
        "labelling-them",
        "He hid the payments by labelling most of them {X} in the ledger.",
        "stationery",
    ),
    ("called-the", "Engineers use a measure called the {X} to compare boilers.", "heat ratio"),
    (
        "as-defined",
        "Only sheds that are not {X} as defined by the planning rules qualify.",
        "outbuildings",
    ),
    ("knew-as", "Villagers knew him as {X} long before he opened the shop.", "the bread man"),
    ("rating", "The broker has a {X} rating on the shares.", "hold"),
    (
        "as-the-slogan",
        "Her team have been using {X} as the slogan for weeks.",
        "homes before hotels",
    ),
    ("title-first", "{X} is the film she is proudest of, Lena Ortiz said.", "Salt Marsh Summer"),
)

# Hashtags.
_HASHTAGS: tuple[tuple[str, str, str], ...] = (
    ("tagged", "Posts tagged {X} passed ten thousand by noon.", "#SaveTheFerry"),
    ("the-hashtag", "The hashtag {X} trended all week.", "#NoToll"),
    ("subject", "{X} trended all weekend in the county.", "#LightUpLennox"),
)

# Speech that looks like a term, a title or a slogan: quotes, with their speaker.
# (id, template, passage, speaker). {Q} is the quoted passage.
_SPEECH: tuple[tuple[str, str, str, str], ...] = (
    (
        "called-plan",
        "Councillor Ana Ruiz called the plan {Q} and voted against it.",
        "reckless",
        "Ana Ruiz",
    ),
    (
        "patched",
        "The contractors {Q} the software twice, Tomas Ruiz said.",
        "patched",
        "Tomas Ruiz",
    ),
    (
        "what-she-called",
        "Dana Hale pushed what she called {Q} between the two ports.",
        "shuttle diplomacy",
        "Dana Hale",
    ),
    (
        "described-as",
        "Dana Hale described the talks as {Q} on Tuesday.",
        "going nowhere",
        "Dana Hale",
    ),
    (
        "said-was",
        "Tomas Ruiz said the bill was {Q} before the vote.",
        "dead on arrival",
        "Tomas Ruiz",
    ),
    (
        "shouted-titlecase",
        "{Q} shouted Mara Quill as the gates opened.",
        "Never Again,",
        "Mara Quill",
    ),
    ("said-titlecase", "{Q} Ivo Brandt said outside the depot.", "Not One More Day,", "Ivo Brandt"),
    ("colon-titlecase", "Mara Quill said: {Q}", "We Stand Together.", "Mara Quill"),
    (
        "chant-told",
        "{Q} Ivo Brandt told the crowd, who chanted it back.",
        "Save Our Pool!",
        "Ivo Brandt",
    ),
    (
        "reply-comma",
        "Ana Ruiz's reply, {Q}, drew applause from the gallery.",
        "Not on my watch",
        "Ana Ruiz",
    ),
    (
        "ended-with",
        "Ana Ruiz ended the meeting with {Q} and walked out.",
        "See you in court",
        "Ana Ruiz",
    ),
    (
        "answered",
        "Ana Ruiz answered {Q} when asked about a second term.",
        "Absolutely not",
        "Ana Ruiz",
    ),
    ("responded-with", "Ana Ruiz responded with {Q} before leaving.", "Not a chance", "Ana Ruiz"),
    (
        "greeted-with",
        "Ana Ruiz greeted the crowd with {Q} and a wave.",
        "Good morning, Lennox",
        "Ana Ruiz",
    ),
    (
        "wrote-that",
        "Ana Ruiz wrote to the board that {Q} and asked for a review.",
        "The decision was made in haste",
        "Ana Ruiz",
    ),
    (
        "two-partials",
        "Tomas Ruiz said the cuts were {Q} and would be reversed.",
        "cruel and unworkable",
        "Tomas Ruiz",
    ),
    (
        "warned-of",
        "Dana Hale warned of what she called a {Q} in the fleet.",
        "slow-motion crisis",
        "Dana Hale",
    ),
    ("called-a", "Tomas Ruiz called the bypass a {Q} on Monday.", "white elephant", "Tomas Ruiz"),
    (
        "wrote-in-book",
        "Ana Ruiz wrote in the visitors' book {Q} and left.",
        "Come back soon",
        "Ana Ruiz",
    ),
    (
        "told-podcast",
        "Ana Ruiz told the podcast {Q} last week.",
        "Nobody warned us about the cuts",
        "Ana Ruiz",
    ),
    (
        "told-crowd",
        "Ana Ruiz told the crowd {Q} before leaving the stage.",
        "Go home and rest",
        "Ana Ruiz",
    ),
    ("labelled-them", "Ana Ruiz labelled them {Q} in a post on Sunday.", "cowards", "Ana Ruiz"),
    ("no-comma-tag", "{Q} shouted Ana Ruiz as the doors closed.", "Hold the door", "Ana Ruiz"),
    ("no-comma-later", "{Q} Tomas Ruiz recalled on Tuesday.", "Nobody came to help", "Tomas Ruiz"),
    (
        "title-inside",
        "{Q} said Lena Ortiz.",
        "Salt Marsh Summer was the hardest film I ever made,",
        "Lena Ortiz",
    ),
)

# Words a named person repeats, finishes with, signs or leads a chant of: theirs, whatever their
# case, with no verb of saying (a sentence-case title is told by the verb done to a work).
_PERSON_LINES: tuple[tuple[str, str, str], ...] = (
    ("repeating", "Ana Ruiz kept repeating {Q} at the graveside.", "Never again"),
    ("finished-with", "Ana Ruiz finished with {Q} and sat down.", "Long live the harbour"),
    ("signed-card", "Ana Ruiz signed the card {Q} and posted it.", "Love from all at the depot"),
    ("led-chant", "Ana Ruiz led the chant of {Q} outside the hall.", "Save our pool"),
    ("motto", "Ana Ruiz has a simple motto {Q} that she repeats to staff.", "Never give up"),
    ("as-clause", "Ana Ruiz called the scheme {Q} as the slogan went up.", "a disgrace"),
)

# A term in a sentence that also reports speech: the term is nobody's, the speech is quoted.
_TERM_THEN_SPEECH: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "rating",
        "Ana Ruiz, an analyst who has a {T} rating on the shares, said the sale was {Q}",
        "hold",
        "long overdue.",
        "Ana Ruiz",
    ),
    (
        "labelled",
        "Jon Ferris told the court a clerk labelled most of the payments {T} and called it {Q}",
        "stationery",
        "a simple theft.",
        "Jon Ferris",
    ),
    (
        "status",
        "Dana Hale said the pier lost its {T} status in May, which she called {Q}",
        "protected",
        "a scandal.",
        "Dana Hale",
    ),
)

# A title and speech in the same sentence: the title is not a quote, the speech is.
_TITLE_THEN_SPEECH: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "after-screening",
        "After a screening of {T}, director Lena Ortiz said: {Q}",
        "Salt Marsh Summer",
        "We shot it in nine days.",
        "Lena Ortiz",
    ),
    (
        "who-directed",
        "Lena Ortiz, who directed {T}, said the sequel was {Q}",
        "Salt Marsh Summer",
        "nearly done.",
        "Lena Ortiz",
    ),
    (
        "asked-about",
        "Asked about {T}, Jon Ferris said: {Q}",
        "The Quiet Ledger",
        "It changed my life.",
        "Jon Ferris",
    ),
    (
        "after-title",
        "Jon Ferris, who starred in {T} for three seasons, said he was {Q} to leave.",
        "The Quiet Ledger",
        "heartbroken",
        "Jon Ferris",
    ),
)


_OPEN_CLASS_NAME = (
    'a sentence-case name after an everyday noun ("said the scooter “City glide” had ...") with a'
    " verb of saying or a person acting in the sentence: nothing in the words tells the name"
    ' from words said to that thing ("told the crowd “Go home and rest”"), so it stays a quote'
)


_SAID_LIST = (
    'sentence-case items listed after a verb of saying ("said her favourites were “A year'
    ' without rain”, ...") read like the demands or lines someone listed; only headline-case'
    " lists are taken for names there"
)


def _title_cases() -> list[Case]:
    """Every context with every kind of work in both cases of title; each such case in one
    mark style, turn by turn (the other shapes cross all three): the battery stays fast."""
    cases: list[Case] = []
    styles = list(STYLES)
    turn = 0
    for work in WORKS:
        for ctx_id, template, headline_only in _TITLE_CONTEXTS:
            shapes = [("hl", work.headline)]
            if not headline_only:
                shapes.append(("sc", work.sentence))
            for shape, title in shapes:
                style = styles[turn % len(styles)]
                turn += 1
                text = template.format(
                    T=_q(title), noun=work.noun, verb=work.verb, maker=work.maker
                )
                text = text[:1].upper() + text[1:]
                xfail = ""
                if shape == "sc" and ctx_id in ("noun", "noun-said") and work.kind == "product":
                    xfail = _OPEN_CLASS_NAME
                cases.append(
                    Case(
                        f"title-{ctx_id}-{work.kind}-{shape}-{style}",
                        _render(text, style),
                        (title,),
                        xfail=xfail,
                    )
                )
    for style in STYLES:
        for ctx_id, template, items in _CUED_LISTS:
            text = template.format(**{k: _q(v) for k, v in zip("ABC", items, strict=False)})
            cases.append(Case(f"list-{ctx_id}-{style}", _render(text, style), items))
        for ctx_id, template in _LIST_CONTEXTS:
            for shape, titles in (("hl", _NOMINEES[:3]), ("sc", _NOMINEES_SENTENCE)):
                a, b, c = titles
                text = template.format(A=_q(a), B=_q(b), C=_q(c))
                named = (a, b, c) if "{C}" in template else (a, b)
                xfail = _SAID_LIST if shape == "sc" and ctx_id.startswith("said") else ""
                cases.append(
                    Case(f"list-{ctx_id}-{shape}-{style}", _render(text, style), named, xfail=xfail)
                )
    return cases


def _simple(prefix: str, rows: tuple[tuple[str, str, str], ...], slot: str) -> list[Case]:
    cases: list[Case] = []
    for style in STYLES:
        for row_id, template, passage in rows:
            text = template.replace("{" + slot + "}", _q(passage))
            cases.append(Case(f"{prefix}-{row_id}-{style}", _render(text, style), (passage,)))
    return cases


def _scare_cases() -> list[Case]:
    cases: list[Case] = []
    for style in STYLES:
        for i, template in enumerate(_SCARE_SENTENCES):
            for word in _SCARE_WORDS:
                text = template.replace("{S}", _q(word))
                slug = word.replace(" ", "_")
                cases.append(Case(f"scare-{i}-{slug}-{style}", _render(text, style), (word,)))
    return cases


def _speech_cases() -> list[Case]:
    cases: list[Case] = []
    for style in STYLES:
        for row_id, template, passage, speaker in _SPEECH:
            text = template.replace("{Q}", _q(passage))
            cases.append(
                Case(f"speech-{row_id}-{style}", _render(text, style), (), ((passage, speaker),))
            )
        for row_id, template, title, passage, speaker in _TITLE_THEN_SPEECH + _TERM_THEN_SPEECH:
            text = template.replace("{T}", _q(title)).replace("{Q}", _q(passage))
            cases.append(
                Case(
                    f"mixed-{row_id}-{style}", _render(text, style), (title,), ((passage, speaker),)
                )
            )
        for row_id, template, passage in _PERSON_LINES:
            text = _render(template.replace("{Q}", _q(passage)), style)
            cases.append(Case(f"speech-{row_id}-{style}", text, (), ((passage, "Ana Ruiz"),)))
        # single-word cries listed: each is the speaker's
        cries = ("Stop", "Wait", "Police")
        text = "Ana Ruiz shouted {A}, {B} and {C} as the van pulled away.".format(
            **{k: _q(v) for k, v in zip("ABC", cries, strict=True)}
        )
        cases.append(
            Case(
                f"speech-cries-{style}",
                _render(text, style),
                (),
                tuple((c, "Ana Ruiz") for c in cries),
            )
        )
        # a quote that quotes a title inside it: the outer words are the speaker's
        inner = "‘Paper Lanterns’" if style != "single" else "“Paper Lanterns”"
        text = _render(
            _q(f"I still sing {inner} to my kids every night,") + " said Ivo Brandt.", style
        )
        cases.append(
            Case(
                f"speech-nested-title-{style}",
                text,
                (),
                ((f"I still sing {inner} to my kids every night,", "Ivo Brandt"),),
            )
        )
    return cases


def cases() -> list[Case]:
    """Every generated case, in a fixed order (the shuffle is seeded: reruns are identical)."""
    out = (
        _title_cases()
        + _simple("nick", _NICKNAMES, "N")
        + _scare_cases()
        + _simple("term", _TERMS, "X")
        + _simple("cited", _CITED, "X")
        + _simple("hashtag", _HASHTAGS, "X")
        + _simple("name", _MORE_NAMES, "X")
        + _speech_cases()
    )
    random.Random(SEED).shuffle(out)
    return out
