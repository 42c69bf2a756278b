"""Quoted words that are a name someone habitually gives, text on a screen or a sign, a name
explained by the noun beside it, or words nobody said.

titles.py reads the cues right next to a pair of marks (a title after "the film", a term after
"so-called"); this module reads the clause around them for four shapes that are no one's
speech even in a sentence that reports speech:

- habitual naming: what a group, a place's people or an organisation calls a thing, in the
  present tense or with a habit spelt out ("a stretch crews call “the Kettle”", "what the
  health board calls a “hub clinic”", "came to call her “the Skipper”"), and a thing named
  in a relative clause ("a quiz she called “Fish Friday”"); a person's own judgement in the
  present tense ("Hale calls the bypass “a waste of money”") stays theirs, and so does "what
  he called “…”" (one act of speech, past tense);
- text on a screen, a sign or a door ("an error message saying “…”", "a sign in her window
  that reads “…”", "a door marked simply “…”"); a message someone sent or left is theirs;
- a name explained by a noun beside it ("“no ticket, no ride”, a rule the firm ...", "the
  group's “homes first” programme");
- words nobody said: what anyone who promises something would say, what someone never says,
  a phrase someone has for something ("a phrase for it: “…”").
"""

from __future__ import annotations

import re

from app.core.analysis import cries, name_shapes
from app.core.analysis.entities import (
    ORGANISATION,
    PERSON,
    PLURAL_PEOPLE,
    RECEIVED,
    kind_of_name,
    kind_of_nominal,
)
from app.core.analysis.patterns import compile_guarded

_WORD_RE = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_ADVERBS = (
    r"(?:(?:still|now|often|usually|sometimes|also|simply|all|affectionately|fondly|jokingly|"
    r"privately|locally|generally|commonly|widely|routinely|always|even|already|long)\s+)*"
)
_ADVERB_WORDS = frozenset(_ADVERBS[6:-6].split("|"))
# A present-tense naming verb, what it names, and an article left outside the marks: "crews
# call “…”", "what the health board calls a “…”", "which Kestrel still labels a “…”".
_PRESENT_NAMING_RE = compile_guarded(
    r"\b(?P<verb>call|calls|dub|dubs|term|terms|"
    r"label|labels|nickname|nicknames|refer\s+to\s+as|refers\s+to\s+as|"
    # the thing between: "Staff refer to the ward as “the Ark”"
    r"refers?\s+to\s+(?:the|this|that|its|their|our|his|her)(?:\s+[\w'’-]+){1,2}?\s+as|"
    # a habit that goes on to now: "locals have dubbed the bridge “the Harp”"
    r"(?:have|has)\s+(?:long\s+|since\s+|already\s+)?(?:called|dubbed|nicknamed|termed|"
    r"labell?ed))"
    r"(?P<obj>(?:\s+(?!a\b|an\b)[\w'’-]+){0,4}?)(?P<art>\s+(?:a|an|the))?\s*$",
    re.IGNORECASE,
)
# A habit of naming spelt out, whoever names: "came to call her “…”", "has taken to calling the
# boiler “…”", "started calling the van “…”".
_HABIT_RE = compile_guarded(
    r"\b(?:(?:came|come|comes|coming|took|taken|takes|began|begun|begin|begins|started|starts|"
    r"grew|grown|used|learned|learnt)\s+to\s+call(?:ing)?|(?:started|starting|began|begun|"
    r"begin|keep|keeps|kept)\s+calling)"
    r"(?:\s+(?!a\b|an\b)[\w'’-]+){0,4}?(?:\s+the)?\s*$",
    re.IGNORECASE,
)
# A thing named in a relative clause: "a weekly club she called “…”", "a fixture the club has
# already branded “…”" (the thing is a noun right before the namer).
_RELATIVE_NAMING_RE = compile_guarded(
    r"\b(?P<thing>[a-z][a-z-]{2,})\s+(?:that\s+|which\s+|whom\s+)?"
    r"(?P<namer>he|she|they|we|(?:the|its|his|her|their)(?:\s+[\w'’-]+){1,3}|"
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})\s+"
    r"(?:(?:has|have|had)\s+)?" + _ADVERBS + r"(?:called|named|branded|dubbed|christened|"
    r"titled|renamed|nicknamed)\s*$",
)
_NAMING_PARTICIPLES = ("called", "named", "branded", "dubbed", "christened", "titled")
_NOT_A_THING = frozenset(
    """what which that who whom whose and but or as when while because after before since
    said says say told tells added adds wrote writes if though although whether than how why
    where once then also""".split()
)
_PERSONS = frozenset(("him", "her", "them"))
# Groups of people named with a singular noun, who call someone or something by a name.
_COLLECTIVES = frozenset("band cast squad choir orchestra gang crowd class troupe".split())
# Whoever names in general: "what everyone calls", "what locals call".
_GENERIC_NAMERS = frozenset(
    """everyone everybody people they locals most many some all insiders regulars residents
    others""".split()
)
# Verdicts, not names: "calls it “the worst deal in years”".
# Nouns and participles used as verdicts before another noun: "the “sham” panel", "a
# “vanity” project", "the “broken” system", a “failing” school.
VERDICT_NOUNS = frozenset(
    """joke sham farce token vanity fake bogus rogue zombie puppet gimmick stunt shambles
    rubbish nonsense disgrace scandal kangaroo pretend phantom ghost toy tick-box box-ticking
    window-dressing broken rotten failing crumbling thriving shocking damning disgusting
    appalling worrying stealth""".split()
)
VERDICT_WORDS = frozenset(
    """worst best most least biggest greatest utter total complete absolute real true only
    very so too""".split()
)
# Screens, signs and notices, then the verb of what they show: "an error message saying",
# "a sign in her window that reads", "screens at the gate showing".
_SHOWN_RE = compile_guarded(
    r"\b(?:(?:error\s+)?messages?|pop-?ups?|prompts?|alerts?|notifications?|"
    r"screens?|displays?|signs?|signposts?|notices?|banners?|placards?|plaques?|"
    r"labels?|stickers?|posters?|"
    # what a product's packaging says: "The packaging says “sugar free,” but ..." (a box
    # office is people: "The box office said “every seat is gone.”")
    r"packaging|packets?|wrappers?|cartons?|bottles?|jars?|tins?|boxes|box(?!\s+office)|tags?|menus?)"
    # the gap says where the sign is, never a clause of its own: "pointed to the sign on the
    # wall and said “…”" is the one pointing speaking
    # ("a sign she had made read “…”" is still the sign's)
    r"(?P<gap>(?:\s+(?!from\b|by\b|to\b|and\b|or\b|but\b|then\b|while\b)[\w'’-]+){0,4}?)"
    r"\s+(?:that\s+|which\s+)?"
    r"(?:reading|reads|read|saying|says|said|showing|shows|showed|displaying|displays|"
    r"displayed|flashing|flashed|flashes)\s*[,:]?\s*$",
)  # lower case: "The Harbour Board said: “…”" is a body speaking
# A device that shows words: "the app now shows “…”", "the meter flashed “…”".
_DEVICE_SHOWS_RE = re.compile(
    r"\b(?:app|apps|phone|phones|tablet|device|dashboard|meter|machine|terminal|kiosk|clock|"
    r"counter|console|printer|till|tills|satnav)(?:\s+[\w'’-]+){0,2}?\s+(?:shows|showed|showing|"
    r"displays|displayed|displaying|flashes|flashed|flashing|beeps|beeped)\s*[,:]?\s*$"
)
# Words cited as examples, a subject line, what you may hear or see: "words such as “…”", "the
# subject “…”", "if you hear “…”" (a caption an account posts is its words: not here).
_CITED_RE = re.compile(
    r"(?:\b(?:words?|terms?|phrases?|expressions?|labels?|slogans?)\s+(?:like|such\s+as|"
    r"including)|\bthe\s+(?:subject|subject\s+line|heading)|"
    r"\b(?:if|when|whenever|once|until)\s+(?:you|they|we|people|residents|users|drivers|"
    r"passengers|callers|customers)\s+(?:hear|see|get|read|spot|notice|receive))\s*[,:]?\s*$",
    re.IGNORECASE,
)


def _cited(before: str, tail: int) -> bool:
    """Are the words cited as examples ("words such as “…”")? Not when a crowd is said to cry
    them out ("chanted (angry) slogans like “…” and “…”"): examples of what was chanted are
    its words, as "chanted “…”" is (cries.py)."""
    m = _CITED_RE.search(before, tail)
    if m is None:
        return False
    lead = before[max(0, m.start() - 40) : m.start()].split()[-3:]  # "chanted anti-war"
    return not any(w.strip(",;").lower() in cries.CRIES for w in lead)


_MARKED_RE = re.compile(
    r"\b(?:marked|stamped|labell?ed|printed|engraved|inscribed)\s+(?:simply|only|just|clearly|"
    r"boldly|plainly|merely)\s*[,:]?\s*$",
    re.IGNORECASE,
)
# The noun that says what a name is, set beside it: "“…”, a rule the owners ...".
_EXPLAINED_AFTER_RE = re.compile(
    r"[\s,]*(?:—|–|-)?\s*(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:rule|policy|scheme|system|principle|"
    r"procedure|protocol|programme|program|doctrine|clause|regime|nickname|label|shorthand|"
    r"euphemism|motto|slogan|"
    # a way of doing things named: "practise “gentle parenting,” a style that avoids ..."
    r"style|approach|method|technique|philosophy|trend|craze|diet|regimen|workout)\b"
    # not "a practice", "a tactic", "a strategy": "“cutting corners”, a practice she wants
    # stopped" is the speaker's verdict
)
# A word shaped like an adjective: "the “historic” programme" is a verdict, not a name.
ADJECTIVE_ENDINGS = name_shapes.JUDGEMENT_ENDINGS + tuple("al ic ant ent ary ish".split())
# A term and where it is defined: "“garden annexes” as defined by the tax rules".
_DEFINED_AFTER_RE = re.compile(
    r"[\s,]*(?:as|where)\s+(?:(?:it|they|that|this)\s+(?:is|are)\s+)?(?:legally\s+|strictly\s+)?"
    r"(?:defined|set\s+out|understood)\s+(?:by|in|under)\b"
)
# Kinds of thing a quoted name can stand before: "the group's “…” programme".
_NAMED_KIND_AFTER_RE = re.compile(
    r"\s+(?:programme|program|scheme|project|fund|drive|agenda|model|system|regime|package|"
    r"pilot|charter|pledge|protocol|procedure|process|team|unit|zone|service|network|"
    r"partnership|alliance|award|prize|trophy|cup|league|festival|"
    r"fair|week|day|night|weekend|event|run|walk|challenge|appeal|fundraiser|"
    # a feature of a device or a site: "the “preview” setting", "its “focus” mode"
    r"setting|mode|option|feature|tab|menu|filter|toggle|function|tool|icon|field|folder|"
    # the bracket answers fall in: "the “…” zone"
    r"camp|column|bracket)s?\b"
)
# A slogan's line: "the union's “no ticket, no ride” line" (a slogan has a pause; "the
# minister's “witch hunt” line" is a verdict on the minister's words).
_SLOGAN_AFTER_RE = re.compile(r"\s+(?:line|mantra|refrain|catchphrase|chant)s?\b")
# "the “…” programme", "the group's new “…” mode" (after "a" the words are as often a
# verdict: "a “world-class” service")
_POSSESSIVE_BEFORE_RE = re.compile(
    r"(?:\b(?:its|his|her|their|our|the)|['’]s?)(?:\s+(?:new|old|latest|free|own))?\s*$",
    re.IGNORECASE,
)
# Someone who would say it, not anyone who did: "wary of anyone who promises the roof will".
_ANYONE_WHO_RE = compile_guarded(
    r"\b(?:anyone|anybody|someone|somebody|whoever|any\s+[a-z]+|no\s+one|nobody)\s+who\s+"
    r"(?:promises?|claims?|says?|tells?\s+\w+|insists?|swears?|guarantees?|offers?|assures?\s+\w+)"
    r"\b[^.!?;“”\"]{0,60}$",
    re.IGNORECASE,
)
# Words someone never says: "never says “…”", "did not once say “…”".
_NEVER_SAYS_RE = re.compile(
    r"\b(?:never|not|n['’]t|no\s+longer)\s+(?:once\s+|even\s+|actually\s+|ever\s+)?"
    r"(?:say|says|said|utter|utters|uttered)(?:\s+the\s+words?)?\s*[,:]?\s*$",
    re.IGNORECASE,
)
# What someone in general is made to say or think, a thought: "makes you go “…”", "her first
# thought was “…”"; and a range of reactions: "ranged from “…” to “…”".
_REACTION_RE = re.compile(
    r"(?:\bmakes?\s+(?:you|one|people|everyone|anyone)\s+(?:want\s+to\s+)?(?:go|say|think|"
    r"shout|ask|wonder)|\b(?:first\s+|only\s+|immediate\s+|one\s+)?(?:thought|thoughts|instinct)"
    r"\s+(?:was|were|is)|\bfrom\s+[\"“‘'][^\"“”‘’]{1,60}[\"”’']\s+to)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_RANGE_END_RE = re.compile(r"\s+to\s+[\"“‘']")
# A phrase someone has for something, then the phrase: "a phrase for the lost causes: “…”".
_PHRASE_FOR_RE = compile_guarded(
    r"\b(?:a|an|the|her|his|their|its|our|my)\s+(?:own\s+|favourite\s+|favorite\s+|private\s+)?"
    r"(?:phrase|expression|saying|name|nickname|term)\s+for\s+[^.!?;“”\"]{1,70}[:,—–]\s*$",
    re.IGNORECASE,
)


def not_said(
    block: str,
    start: int,
    end: int,
    mark_start: int,
    mark_end: int,
    words: list[str] | None = None,
) -> bool:
    """Are the words between the marks a name, a screen's or a sign's text, or words nobody
    said, as the clause around them tells? (`start`/`end` bound the words, `mark_start` and
    `mark_end` the marks; `words`, the words between them when the caller has read them
    already, saves reading them again: speed.)"""
    if end - start > 120 or block.count(" ", start, end) > 14:
        return False  # a long passage: speech, not a name (asked first: speed)
    text = block[start:end]
    if words is None:
        words = _WORD_RE.findall(text)
    if not words or len(words) > 12:
        return False
    before = block[max(0, mark_start - 120) : mark_start]
    after = block[mark_end : mark_end + 60]
    low = before.lower()
    # each pattern below is searched only when its cue word is in the window (speed)
    calling = "call" in low
    if (
        len(words) <= 5
        and _a_name(words, text)
        and (
            (calling and _HABIT_RE.search(before))
            or _present_naming(before, low, several=len(words) > 1)
        )
    ):
        return True  # "what locals call “the Kettle”", "came to call her “…”"
    if (
        len(words) <= 6
        and name_shapes.is_title_case(words[1:] if words[0] == "the" and len(words) > 1 else words)
        and _relative_naming(before)
    ):
        # "a quiz night she called “Fish Friday”", "the actor whom the tabloids dubbed “the
        # Ice Queen of Aarhus”"
        return True
    tail = max(0, len(before) - 50)
    near = low[tail:]
    if (
        _shown(before)
        or (_has(near, _MARKED_CUES) and _MARKED_RE.search(before, tail))
        or (_has(near, _DEVICE_CUES) and _DEVICE_SHOWS_RE.search(before, tail))
        or (_has(near, _CITED_CUES) and _cited(before, tail))
    ):
        return True  # "an error message saying “…”", "a door marked simply “…”"
    if (
        len(words) <= 6
        and words[0].lower() not in ("a", "an")  # "“a marked fall”, a term ...": a finding
        and text.rstrip()[-1:] not in ".!?"
        and _EXPLAINED_AFTER_RE.match(after)
        # someone talking ("“We will not back down,” an approach the union has taken") speaks
        and not any(w.lower() in name_shapes.TALKING_WORDS for w in words)
    ):
        return True  # "“no ticket, no ride”, a rule the firm has not used"
    if len(words) <= 5 and text.rstrip(" ,")[-1:] not in ".!?;:" and _DEFINED_AFTER_RE.match(after):
        return True  # "not “garden annexes” as defined by the tax rules": a defined term
    if (
        len(words) <= 5
        and text.rstrip(" ,")[-1:] not in ".!?;:"
        and (
            _NAMED_KIND_AFTER_RE.match(after)
            or ("," in text and _SLOGAN_AFTER_RE.match(after) is not None)
        )
        and _POSSESSIVE_BEFORE_RE.search(before, max(0, len(before) - 20))
        and not any(w.lower().endswith(VERDICT_ENDINGS) for w in words)
        and not (len(words) == 1 and words[0].lower().endswith(ADJECTIVE_ENDINGS))
        and not (len(words) == 1 and words[0].lower() in VERDICT_NOUNS)  # the “sham” panel
    ):
        return True  # "the group's “homes first” programme"
    return bool(
        (" who " in low and _ANYONE_WHO_RE.search(before))
        or (("say" in low or "said" in low or "utter" in low) and _NEVER_SAYS_RE.search(before))
        or (" for " in low and _PHRASE_FOR_RE.search(before))
        or (
            _has(low, _REACTION_CUES)
            and _REACTION_RE.search(before, max(0, len(before) - 90)) is not None
        )
        or (low.endswith(("from ", "from")) and _RANGE_END_RE.match(after) is not None)
    )


# Words each pattern needs, looked for (one C-level search) before it is searched (speed).
_MARKED_CUES = re.compile("marked|stamped|label|printed|engraved|inscribed")
_DEVICE_CUES = re.compile("show|display|flash|beep")
_CITED_CUES = re.compile(
    "like|such|including|subject|heading|hear|see|get|read|spot|notice|receive"
)
_REACTION_CUES = re.compile("make|thought|instinct|from")
# The nouns _SHOWN_RE opens on (it is case-sensitive, so these are too).
_SHOWN_NOUN_CUES = re.compile(
    "messag|pop|prompt|alert|notif|screen|displa|sign|notice|banner|placard|plaque|label|"
    "sticker|poster|packag|packet|wrapper|carton|bottle|jar|tin|box|tag|menu"
)


def _has(low: str, cues: re.Pattern[str]) -> bool:
    return cues.search(low) is not None


def _a_name(words: list[str], text: str) -> bool:
    """A name given ("the Kettle", "hub clinic"), not a verdict ("a disgrace", "unworkable",
    "the worst deal in years")."""
    lowered = [w.lower() for w in words]
    if not name_shapes.is_title_case(words) and (
        any(w in JOINING for w in lowered)  # "smoke and mirrors": a verdict
        or (len(words) == 1 and lowered[0].endswith(ADJECTIVE_ENDINGS))  # "shambolic"
    ):
        return False
    return name_shapes.a_term(words, text) and not any(w in VERDICT_WORDS for w in lowered)


def _present_naming(before: str, low: str, *, several: bool = True) -> bool:
    """Present-tense naming by people in general or an organisation: "what locals call",
    "which Kestrel Systems still labels a"; a person's ("Hale calls the bypass") is a verdict.
    `several`: the name has more than one word."""
    if not any(v in low for v in ("call", "dub", "term", "label", "nickname", "refer")):
        return False  # the pattern needs one of them: skip its search (speed)
    m = _PRESENT_NAMING_RE.search(before)
    if m is None:
        return False
    obj = m.group("obj").split()
    if obj and m.group("art") and m.group("art").strip().lower() in ("a", "an"):
        return False  # "calls the plan a “…”": a verdict on something
    pre = re.split(r"[.!?;:“”\"]", before[: m.start()])[-1].split()
    adverbs = False
    while pre and pre[-1].lower() in _ADVERB_WORDS:
        pre.pop()  # "what locals still call"
        adverbs = True
    if not pre:
        return False
    # an organisation that calls something by a word, object named ("The union calls the offer
    # “theft”"), gives a verdict; with no object ("which the firm labels a “…”") or a habit
    # spelt out ("still calls the ward “…”") it names a thing; so does a group calling a
    # person by a name of more than one word ("the band call him “the Admiral”"), a nickname
    # ("call him “lazy”" stays a verdict)
    org_names = not obj or adverbs or (several and len(obj) == 1 and obj[0].lower() in _PERSONS)
    head = pre[-1]
    low = head.lower()
    if low in _GENERIC_NAMERS:
        return True
    if several and low in ("it", "they") and len(pre) >= 2 and pre[-2].lower() in ("what", "which"):
        # "would offer what it calls “Friday enrichment”": "it" is no person; an organisation
        # naming a thing it runs, a name straight after the verb ("what it calls “a power
        # grab”" is a verdict: _a_name has turned it away; one word, "what it calls
        # “circular” trays", may be the organisation's own claim)
        return org_names
    if (
        head[:1].isupper()
        and len(pre) == 1
        and low.endswith("s")
        and kind_of_nominal(low) is PERSON
    ):
        # a plural opening the sentence is people in general, as lower case further on:
        # "Commuters have nicknamed the line “the Snail”" (a name, "Hale", is read below)
        return True
    if head[:1].isupper():
        run: list[str] = []
        for word in reversed(pre):
            if not word[:1].isupper():
                break
            run.insert(0, word)
        kind = kind_of_name(" ".join(run))
        # "labels" and "terms" name a category; "calls" may be a verdict: only an organisation's
        # calling is known to be naming
        verb = m.group("verb").lower().split()
        labels = verb[-1].startswith(("label", "term", "refer")) or verb[0].startswith("refer")
        return org_names and (kind is ORGANISATION or (labels and kind is not PERSON))
    if any(w.lower() in _GENERIC_NAMERS for w in pre[-5:]) and any(
        w.lower() in ("what", "which", "that") for w in pre[-7:]
    ):
        return True  # "what everyone at the depot calls"
    phrase = " ".join(pre[-4:])
    for det in ("the ", "a ", "an ", "its ", "their "):
        at = phrase.lower().rfind(det)
        if at != -1:
            phrase = phrase[at:]
            break
    kind = kind_of_nominal(phrase)
    if kind is ORGANISATION:
        return org_names
    # plural people in general: "crews", "older fishermen", "Capitol veterans"
    plural = (
        low in PLURAL_PEOPLE
        or low in _COLLECTIVES  # "the band call him “…”": people named as one group
        or (low.endswith("s") and not low.endswith("ss"))
    )
    return kind is PERSON and plural


def _relative_naming(before: str) -> bool:
    """A thing named by the one who runs or sells it, in a relative clause: "a weekly club she
    called “…”" (not "what she called “…”": one act of speech)."""
    if not any(v in before for v in _NAMING_PARTICIPLES):
        return False  # the pattern needs one of them: skip its search (speed)
    m = _RELATIVE_NAMING_RE.search(before)
    return m is not None and m.group("thing") not in _NOT_A_THING


# Someone sending or leaving a message: its words are theirs ("left a message saying “…”").
_SENDER_RE = re.compile(
    r"\b(?:sent|sends|send|left|leaves|leave|posted|posts|wrote|writes|texted|emailed|put\s+out|"
    r"gave|gives|give|sounded|broadcast|"
    r"issued|received\s+from)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _shown(before: str) -> bool:
    """Text a screen, a sign or a notice shows: "an error message saying", "a sign in her
    window that reads"; not a message someone sent or left ("left a message saying")."""
    if not any(v in before for v in ("read", "say", "said", "show", "display", "flash")):
        return False  # the pattern needs one of them: skip its search (speed)
    tail = max(0, len(before) - 80)
    if _SHOWN_NOUN_CUES.search(before, tail) is None:
        return False  # nor can it match without its noun, which starts in the window (speed)
    m = _SHOWN_RE.search(before, tail)
    if m is None or _RECORD_LABEL_RE.match(m.group()):
        return False  # "“…,” the label said": a record label speaking, as a company does
    if sent_before(before, m.start()):
        return False
    # "Residents received a notice saying": sent to them ("got a message saying" may be a
    # screen's, as an error message is)
    return not m.group().startswith("notice") or not _RECEIVED_RE.search(
        before, max(0, m.start() - 40), m.start()
    )


def sent_before(before: str, at: int) -> bool:
    """Whether someone sent, issued or posted the message, notice or sign named at `at` ("The
    council issued a notice saying", "left a message saying"): then its words are theirs."""
    return _SENDER_RE.search(before, max(0, at - 40), at) is not None


# A notice someone received: "Residents received a notice saying “…”" is its sender's words,
# sent to them, not one posted up.
_RECEIVED_RE = re.compile(rf"\b{RECEIVED}\s+(?:[\w'’-]+\s+){{0,3}}$")


# A label that "said", straight after the noun, is a record label speaking; a label on a jar
# "reads", or says where it is first ("the label on the jar said").
_RECORD_LABEL_RE = re.compile(r"labels?\s+said\b")


# Words that join a phrase: "“danger to life”", "“resolution and power”" are phrases someone
# used, not a name or a designation.
JOINING = frozenset("to of and or in on for with by at from than as not no so".split())
# Endings of a verdict's last word: "unworkable", "reckless", "ill-judged".
VERDICT_ENDINGS = tuple("ed ous ful less able ible ive ly".split())
