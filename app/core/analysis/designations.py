"""Is a short quoted noun a thing's designation, nobody's words, though a speaker is near?

naming.py reads names, signs and unsaid words from the clause around the marks before any
speaker is sought; speech.py asks this module about the quotes no speech tag frames, once the
attribution is known: a quoted noun after a determiner that no verb of saying, calling or
judging governs ("would fund a “maternity lodge”", "40 million active “creators”"), and a
compound name before the noun it modifies ("a “low traffic” scheme"). A speaker's verdict,
however it is framed ("said the “witch hunt” had to end", "called the plan a “slow
puncture”"), stays their quote.
"""

from __future__ import annotations

import re

from app.core.analysis.cues import CUE_RE
from app.core.analysis.naming import (
    ADJECTIVE_ENDINGS,
    JOINING,
    VERDICT_ENDINGS,
    VERDICT_NOUNS,
    VERDICT_WORDS,
)

# A determiner or a possessive right before the marks: "a “maternity lodge”", "his “freedom
# figure”", "the group's “…”".
_DETERMINER_MARK_RE = re.compile(
    r"(?:\b(?i:a|an|the|his|her|its|their|our|my|your|this|these|those)"
    # a neutral modifier may stand between: "approved a new “late payment charge”"
    r"(?:\s+(?:new|old|separate|formal|proposed|planned|revised|special|dedicated|additional|"
    r"extra|single|temporary|permanent|weekly|monthly|annual|daily|national|local|regional|"
    r"free|mandatory|compulsory|optional|official|existing|current|first))?"
    r"|\b[a-z][\w.]*['’]s?"
    # or no determiner, after a verb that sets a thing up: "has introduced “dual sign-off”"
    r"|\b(?:introduc(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|(?:roll(?:s|ed|ing)?|rolled)\s+out|"
    r"(?:bring|brings|brought|bringing)\s+in|(?:set|sets|setting)\s+up|scrap(?:s|ped|ping)?|"
    # or starts one: "efforts to start “cooling centres” in parks"
    r"start(?:s|ed|ing)?|launch(?:es|ed|ing)?|open(?:s|ed|ing)?|establish(?:es|ed|ing)?)"
    r")\s+$"
)  # a lower-case owner only: "Clinton's “public option”" is quoted from Clinton's side
_DESIGNATION_WORD_RE = re.compile(r"[a-z][a-z-]*")
# What frames a verdict before the determiner: "called Trump a “…”", "likened them to a “…”",
# "condemned it as a “…”", "would consider it a “…”", "is a “…”".
_VERDICT_FRAME = frozenset(
    """as is are was were be been being become became becomes seem seems seemed remain remains
    like than consider considers considered considering regard regards regarded liken likens
    likened likening bemoan bemoans bemoaned bemoaning deride derided decry decried""".split()
)
# A copula frames a verdict only right before it ("is a “…”", "was now a “…”"); further back
# it is a passive's ("the wing be named after the town's “…”").
_COPULAS = frozenset("is are was were be been being become became becomes".split())
_FRAME_WORD_RE = re.compile(r"[\w'’-]+")
_MARKS = frozenset('"“”‘’')
# Kinds of place, unit, service or payment a designation names (its last word).
_DESIGNATION_HEADS = frozenset(
    """site hotel lodge team unit bay ward bank lot zone hub centre center clinic service fund
    scheme programme program project route lane link desk office station base shelter hostel
    home hall room space area corridor hotline helpline app portal account card pass fee charge
    tax levy allowance grant subsidy payment loan licence license permit register rota shift
    system procedure protocol model panel committee taskforce squad network partnership pilot
    trial bus van shuttle ferry service network kitchen garden pantry cafe café library school
    class course camp club park""".split()
)
# Adjectives that say what kind or whose a thing is, never how good: "a “rural connectivity
# levy”", "the “national resilience fund”" (before the head noun only).
_SORTING_ADJECTIVES = frozenset(
    """rural urban suburban national regional local federal municipal civic digital financial
    fiscal environmental social medical clinical dental residential commercial agricultural
    industrial coastal annual seasonal parental postal legal judicial electoral educational
    vocational occupational technical statutory mental physical musical cultural historical
    maritime marine global international domestic central metropolitan communal municipal
    academic economic electric electronic""".split()
)


def _noun_compound(word: str) -> bool:
    """A hyphenated word ending on a noun ("off-task", "time-on-task", "idle-time"), not on a
    participle or a particle: "eye-watering", "half-baked", "made-up" are verdicts."""
    last = word.rsplit("-", 1)[-1]
    return (
        "-" in word
        and not last.endswith(("ing", "ed", "ly", *VERDICT_ENDINGS))
        and last not in ("up", "out", "off", "down", "in", "on", "over", "away")
    )


# A quantity right before the marks: "the fewest “…” minutes", "a total of 40 “…” hours".
_QUANTITY_BEFORE_RE = re.compile(
    r"\b(?:fewest|fewer|total|average|median|daily|weekly|monthly|"
    r"\d[\d,.]*)\s+[\"“‘']$"
)
# What a workplace or a survey measures: the head a quoted compound names a kind of.
_MEASURE_HEADS = frozenset(
    """minutes hours days figures rate rates score scores target targets metric metrics data
    numbers count counts index ratio time times""".split()
)
# Things counted before the marks: "two “experts”", "140 million active “…”".
# A count right before the marks ("40 million active “creators”"); the number ends on a digit
# and no verb of saying follows it: "who joined in 2021, said he was “proud”" counts nothing.
_COUNTED_MARK_RE = re.compile(
    r"\b(?:\d(?:[\d,.]*\d)?|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
    r"thousands|millions|thousand|million|billion|hundred)"
    r"(?:\s+(?!(?:in|of|for|on|to|said|says|told|added)\b)[a-z-]+){0,3}\s+$"
)
# Verbs of saying that report a clause and take no noun as their object's verdict.
_CLAUSE_CUES = frozenset(
    """say says said saying tell tells told telling add adds added note notes noted explain
    explains explained insist insists insisted claim claims claimed argue argues argued report
    reports reported state states stated announce announces announced confirm confirms
    confirmed reveal reveals revealed admit admits admitted acknowledge acknowledges
    acknowledged""".split()
)
# Verbs that make the quoted noun before them a clause's subject: "a “…” had been set up".
_CLAUSE_VERBS = frozenset("had has have was were is are would will could should".split())
# A passive of naming right before the determiner: "be named after the town's “…”".
_NAMED_AFTER_RE = re.compile(r"\b(?:re)?named\s+(?:after|for)\s+(?:the\s+)?$")
# The word after the closing mark: a noun there makes the quoted words its modifier.
_FOLLOW_RE = re.compile(r"\s+([a-z][a-z-]*)")
# The head a quoted modifier comes before, maybe itself a compound ("“overflow” car park").
_HEAD_RE = re.compile(r"\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")
_AFTER_A_NOUN = frozenset(
    """in on for to that which who and or at with from by as of into over under after before
    had has have is was were are would will could can should may might must did does do
    then when where while because but than since until across around through throughout among
    within without per about against between during inside outside near via beyond behind
    below above under over toward towards upon despite""".split()
)


def designation(text: str, start: int, end: int, *, said: bool) -> bool:
    """A thing's designation set inside a sentence, nobody's words: a quoted noun of one to three
    plain lower-case words after a determiner, in a clause where no verb of saying, calling or
    judging governs it ("would fund a “maternity lodge”", "work out his “freedom figure”").
    Asked only of quotes no speech tag frames. A verdict ("called the plan a “slow puncture”",
    "likened them to a “vicious pack”"), an adjective ("a “historic” deal") or a phrase with a
    joining word ("a “danger to life”") stays the speaker's words. `said`: a verb of saying
    earlier in the sentence ("Hale said the council had created a “bureaucratic nightmare”"):
    then no word may read as a verdict (an adjective such as "bureaucratic", "utter"); the
    modifiers of designations are nouns and -ing words ("maternity", "rapid-access", "parking").
    """
    words = text[start:end].rstrip(" ,").split()
    if not 1 <= len(words) <= 3:
        return False
    if not all(_DESIGNATION_WORD_RE.fullmatch(w) for w in words):
        return False
    if any(w in JOINING or w == "so-called" for w in words):
        return False
    follow = _FOLLOW_RE.match(text, end + 1)
    if follow is not None and not _after_a_noun(follow.group(1)):
        return False  # "bring a “common-sense” approach": a modifier, the speaker's word
    last = words[-1]
    if last not in _DESIGNATION_HEADS and (
        last.endswith(ADJECTIVE_ENDINGS) or (len(words) == 1 and last.endswith("er"))
    ):
        return False  # "a “stronger” paper", "the “historic” vote": a verdict ("clinic" is not)
    if said and any(
        w in VERDICT_WORDS
        or w in VERDICT_NOUNS  # "a “stealth tax”", "a “sham” review"
        or (
            w.endswith(ADJECTIVE_ENDINGS)
            and not w.endswith("ing")
            and w not in _DESIGNATION_HEADS
            # "a new “rural connectivity levy”": an adjective that sorts, no verdict
            and not (w in _SORTING_ADJECTIVES and w != last)
        )
        for w in words
    ):
        return False
    m = _DETERMINER_MARK_RE.search(text, max(0, start - 16), start - 1)
    counted = m is None
    if m is not None and _NAMED_AFTER_RE.search(text, max(0, m.start() - 24), m.start()):
        # "suggested the wing be named after the town's “founding families”": what a thing is
        # named after is a designation, whoever suggests it
        return True
    if (
        said
        and not counted
        and last not in _DESIGNATION_HEADS
        and last.rstrip("s") not in (_DESIGNATION_HEADS)
    ):
        # with a speaker reporting the sentence, only a kind of place, unit or service is a
        # designation ("would fund a “maternity lodge”"); "had created a “witch hunt”", "said
        # the “power grab” had to end" are the speaker's words
        return False
    if counted:
        # "40 million active “creators”": things counted, the word doubted, not anyone's
        m = _COUNTED_MARK_RE.search(text, max(0, start - 40), start - 1)
        if m is None:
            return False
    lo = max(0, m.start() - 40)
    if _in_a_run(text, lo, m.start()):
        return False  # "as “provocative” and a “grave threat”": one of a run of quoted words
    frame = [w.lower() for w in _FRAME_WORD_RE.findall(text, lo, m.start())[-4:]]
    if not counted and any(
        w in _VERDICT_FRAME and (w not in _COPULAS or i >= len(frame) - 2)
        for i, w in enumerate(frame)
    ):
        return False  # "is a “…”", "likened it to a “…”" (but "there are 40 million “…”")
    several = len(words) >= 2  # one word tied to a speaker is theirs ("said the “savings” had")
    if (
        several
        and follow is not None
        and follow.group(1) in _CLAUSE_VERBS
        and frame[-2:]
        and (frame[-1] == "that" or CUE_RE.fullmatch(frame[-1]) is not None)
    ):
        # "said a “rapid-access bay” had been set up": the subject of the reported clause,
        # what the thing is called, not the words of the one reporting it
        return True
    # a verb that governs the noun ("called the plan a", "promised a") makes it a verdict; one
    # that reports a clause ("said there were ...", "told staff the ...") does not reach it
    return not any(
        CUE_RE.fullmatch(w) is not None
        and (not several or w not in _CLAUSE_CUES or i == len(frame) - 1)
        for i, w in enumerate(frame)
    )


def compound_term(words_text: str, after: str, before: str = "") -> bool:
    """Plain words naming a kind of thing ("safe parking", "low traffic", "efficiency"), set
    before a noun of a place, unit or service (`after`: the text after the closing mark): no
    adjective ending but -ing, no joining word, no verdict word. A judgement ("a “deeply
    flawed” process", "a “fair and equitable” service", "the “sham” panel"), a verdict on a way
    of acting ("the council's “witch hunt” approach") or one word before a noun no list names
    ("a “clean” bill", "a “common-sense” approach") stays the speaker's."""
    words = words_text.strip().split()
    head = _HEAD_RE.match(after)
    if head is None:
        return False
    if (
        head.group(1) in _MEASURE_HEADS
        and _QUANTITY_BEFORE_RE.search(before)
        and (len(words) >= 2 or _noun_compound(words[0]))
    ):
        # "the sites with the fewest “off-task” minutes": a quantity of a measure, the quoted
        # compound its kind ("the “sky-high” rates", with no quantity, may be a verdict)
        return _a_noun_modifier(words[0]) if len(words) == 1 else plain_compound(words)
    if not any(
        h is not None and (h in _DESIGNATION_HEADS or h[:-1] in _DESIGNATION_HEADS)
        for h in head.groups()
    ):
        return False  # "the council's “witch hunt” approach": a verdict on the approach
    if len(words) == 1:
        return _a_noun_modifier(words[0])
    return plain_compound(words)


def plain_compound(words: list[str]) -> bool:
    """Two or three plain words that name a kind of thing ("room tone", "low traffic", "safe
    parking"): a noun last, no joining word, no verdict word, no adjective ending but -ing
    before it ("fair and equitable", "entirely true", "deeply flawed" are verdicts)."""
    return (
        2 <= len(words) <= 3
        and all(_DESIGNATION_WORD_RE.fullmatch(w) for w in words)
        and not any(w in JOINING or w in VERDICT_WORDS for w in words)
        and not any(w.endswith(ADJECTIVE_ENDINGS) and not w.endswith("ing") for w in words[:-1])
        # the head is a noun ("low traffic", "safe parking"); an adjective ends a verdict
        and not words[-1].endswith(VERDICT_ENDINGS)
    )


# Judging adjectives with no ending that tells them from a noun: "ran an “inferior” scheme" is
# the sayer's verdict on the scheme, where "an “efficiency” scheme" names a kind of scheme.
_PLAIN_VERDICTS = frozenset(
    """inferior superior substandard sub-standard cheap poor weak unfair unjust unsafe unfit
    inadequate corrupt dodgy shady predatory draconian cruel harsh lax meagre paltry lousy crude
    bad""".split()
)


def _a_noun_modifier(word: str) -> bool:
    """One plain noun that names a kind of thing before another noun ("an “efficiency”
    committee", "a “rail-link” bus", a “wellbeing” hub), not a verdict ("the “sham” panel",
    "the “toothless” unit", "a “greener” service", "a “shoddy” service")."""
    return (
        _DESIGNATION_WORD_RE.fullmatch(word) is not None
        and word not in VERDICT_NOUNS
        and word not in VERDICT_WORDS
        and word not in _PLAIN_VERDICTS
        and (word.endswith("ing") or not word.endswith(ADJECTIVE_ENDINGS + VERDICT_ENDINGS))
        and not word.endswith(("er", "est"))  # "greener", "finest"
        and word.split("-")[0] not in _RANKING_PARTS  # "a “world-class” service": a verdict
        # nouns end -cy, -ry, -ty ("efficiency", "recovery", "safety"); "shoddy", "risky" do not
        and (not word.endswith("y") or word.endswith(_NOUN_Y_ENDINGS))
    )


# First parts of a compound that ranks what it modifies: "world-class", "top-notch", "second-rate".
_RANKING_PARTS = frozenset(
    "world first second third top high low best worst five-star gold half bargain".split()
)
_NOUN_Y_ENDINGS = tuple("cy ry ty gy my ny phy".split())


def _in_a_run(text: str, lo: int, at: int) -> bool:
    """Quoted words close shortly before `at` and are themselves a word or a short phrase ("as
    “provocative” and a “grave threat”"): one of a run of quoted verdicts. A partial quote of a
    clause before it ("was “looking hard at every option” and that a “mobile service” would
    run") is no run: the quoted noun after it is read on its own."""
    close = max(text.rfind(c, lo, at) for c in _MARKS)
    if close == -1:
        return False
    opening = max(text.rfind(c, max(0, close - 160), close) for c in _MARKS)
    return opening == -1 or len(text[opening + 1 : close].split()) <= 3


def _after_a_noun(word: str) -> bool:
    """A word that can follow a noun phrase: a preposition, an auxiliary, or a verb in the past
    tense ("while a “relief bus” covered the village"); another noun makes the quote its
    modifier."""
    return word in _AFTER_A_NOUN or (
        len(word) > 4 and word.endswith("ed") and not word.endswith("eed")
    )


# The kinds of list or register a name in quotation marks can give: "the “watch list”", "a
# “no-fly list”", "the council's “housing register”".
LIST_HEADS = ("list", "lists", "register", "registers", "registry", "blacklist", "blacklists")
# Where a name or a record is with respect to a list (on it, added to it, taken off it, checked
# against it), then the list's owner or determiner: "on the NSA's “…”", "against the agency's
# digital “…”", "onto the national “…”".
_LIST_PLACE_RE = re.compile(
    r"\b(?:on|onto|off|from|to|against|in|into)\s+((?:[\w.&'’-]+\s+){1,4})$", re.IGNORECASE
)
# Definite only: "on the “watch list”" names a list kept somewhere; "told it was on a “priority
# list”" is the teller's phrase for it.
_LIST_DETERMINERS = frozenset("the its their his her our this that".split())


def list_name(text: str, start: int, end: int) -> bool:
    """The name of a list or register (“watch list”, “no-fly list”) that someone or something
    is on, is added to, is taken off or is checked against: the list's name, not the words of
    whoever mentions it, even in a tagged quote ("had been put on the agency's “watch list,”
    Ruiz said"). A verdict ("the budget is just a “wish list,”", "called the plan a “wish
    list”") has no such preposition before it and stays the speaker's, and so does a list no
    owner or definite article marks as a known one ("said it was on a “priority list”").
    Callers test first that the quoted words end with a word of LIST_HEADS (speed)."""
    words = text[start:end].strip(" ,.;:").split()
    if not 1 <= len(words) <= 3 or not all(_DESIGNATION_WORD_RE.fullmatch(w) for w in words):
        return False
    if words[-1] not in LIST_HEADS:
        return False
    m = _LIST_PLACE_RE.search(text, max(0, start - 60), start - 1)
    if m is None:
        return False
    owner = m.group(1).lower().split()
    if any(w in _VERDICT_FRAME or w in _CLAUSE_VERBS for w in owner):
        return False  # "the answer to the plan is a “wish list”": a verdict after all
    return owner[0] in _LIST_DETERMINERS or any(w[-2:] in ("'s", "’s") for w in owner)
