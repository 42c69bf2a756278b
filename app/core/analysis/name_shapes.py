"""The shapes of a quoted name that titles.py reads beside its cue words.

A sentence-case title ("the song “Hold the line for me”"), a term people in general use ("what
divers call “sea snow”"), a label given to a thing ("labelled most of the payments
“stationery”"), a name followed by its verb or its year ("“Songs from the long road” opens on
Friday", "… (2019)"): each is told from speech by the passage's own shape (capitalised, no
pause or stop, nobody talking in it) and the word next to it, never by one phrasing.
Title case itself (is_title_case) is here too: the quote pairer and the speech reader ask it.
"""

from __future__ import annotations

import re

from app.core.analysis.cues import CUE_RE
from app.core.analysis.entities import PEOPLE_NOUNS, PLURAL_PEOPLE

# Kinds of work whose name follows them with no comma: "the album “Songs from the long road”"
# names it in any case (people nouns and verbs such as "titled" are not here: "the author
# “borrowed” ...", "the host “Ana”" are other shapes).
WORK_NOUN_RE = re.compile(
    r"\b(?:film|movie|book|novel|memoir|song|album|single|series|show|programme|program|"
    r"documentary|podcast|play|musical|opera|ballet|poem|painting|exhibition|exhibit|newsletter|"
    r"magazine|episode|sitcom|drama|game|app|campaign|festival|tour|collection|anthology|track|"
    r"operation|initiative|scheme|project|ship|ferry|vessel|yacht|lifeboat|trawler)\s$",
    re.IGNORECASE,
)
# Words said or written in, on or to a work are speech: "wrote in the visitors' book “Come
# back soon”", "told the podcast “Nobody warned us”".
SAID_IN_RE = re.compile(
    r"(?:\b(?:said|says|say|wrote|writes|write|writing|posted|posts|tweeted|added|declared|"
    r"insisted|admitted|confessed|scrawled|scribbled)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:in|on|into|to)|\b(?:told|tells|telling))\s+"
    r"(?:the|a|an|his|her|their|its|our|my)\s+(?:[\w'’-]+\s+)?[\w'’-]+\s$"
)
# Words of someone talking: a line with them is speech, not a sentence-case title.
TALKING_WORDS = frozenset("i i'm i’m we we're we’re you you're you’re don't don’t".split())
# Naming after the words: "“X” was called ...", "“X” is known as ...", "“X” as the slogan".
NAMED_AFTER_RE = re.compile(
    r"\s+(?:is|was|are|were|has\s+been|had\s+been|used\s+to\s+be)\s+(?:once\s+|still\s+|"
    r"now\s+|also\s+)?(?:called|known\s+as|renamed|dubbed|termed|nicknamed|spelt|spelled)\b"
    r"|[\s,]*as\s+(?:a|an|the|their|its|his|her|our|my|your)\s+(?:[a-z-]+\s+)?(?:slogan|"
    r"motto|tagline|catchphrase|hashtag|watchword|rallying\s+cry|battle\s+cry|password|"
    r"nickname|title|name)s?\b"
    # "as the slogan went up": "as" opening a clause, not naming
    r"(?!\s+(?:[a-z]+ed|went|goes|was|were|is|are|has|had|came|comes|rang|rings)\b)"
)
JUDGEMENT_ENDINGS = tuple("ous ful less ive able ible ed ing ly".split())
# -ing words that judge, however they are led ("bloody annoying", "frankly insulting"); other
# -ing words after a modifier name a practice ("flexible learning", "remote working").
_JUDGING_ING = frozenset(
    """worrying shocking damning disappointing insulting humiliating devastating embarrassing
    alarming appalling astonishing baffling bewildering concerning troubling misleading
    staggering breathtaking heartbreaking terrifying chilling sickening disgusting frightening
    depressing confusing puzzling infuriating maddening patronising patronizing demeaning
    degrading stunning amazing exciting inspiring encouraging promising reassuring refreshing
    interesting compelling overwhelming crushing punishing gruelling grueling damaging
    shattering deafening unrelenting unforgiving uncaring unwavering self-serving annoying
    irritating exhausting frustrating distressing upsetting harrowing revolting nauseating
    laughable""".split()
)
# Words that grade a judgement before its -ing word: "very worrying", "not reassuring".
_GRADING = frozenset("very so too most more less least quite rather pretty really not".split())


def _practice(words: list[str]) -> bool:
    """ "flexible learning", "community policing", "hybrid working": a practice named by an
    -ing noun after a modifier that is no adverb, not a verdict ("deeply worrying", "very
    disappointing", "utterly baffling")."""
    if len(words) < 2:
        return False
    last, before = words[-1].lower(), words[-2].lower()
    return (
        last.endswith("ing")
        and last not in _JUDGING_ING
        and before.isalpha()
        and not before.endswith("ly")
        and before not in _GRADING
    )


def a_term(words: list[str], text: str) -> bool:
    """Up to five words naming a thing ("cold iron", "micro-arousals"), not a verdict (which
    opens with an article or ends on an adjective or participle: "a mess", "ill-judged").
    One full stop may close it: a name ending its sentence keeps the stop inside the marks in
    American style ("what doctors call “white coat hypertension.”"); then no word may be a
    judgement's ("what they call “self-centered message.”" is theirs: a verdict, said), nor may
    one lower-case word stand alone ("Critics have called the plan “cruel.”": a verdict)."""
    end = text.rstrip(" ,")
    if end.endswith(".") and not end.endswith(".."):
        if any(w.lower().endswith(JUDGEMENT_ENDINGS) for w in words) or (
            len(words) == 1 and words[0].islower()
        ):
            return False
        end = end[:-1]
    return (
        len(words) <= 5
        and end[-1:] not in ".!?…;:"
        and words[0].lower() not in ("a", "an")
        and (not words[-1].lower().endswith(JUDGEMENT_ENDINGS) or _practice(words))
    )


# A thing labelled, marked or filed under a name, the thing between: "had labelled most of the
# payments “stationery”", "marking it “urgent”" (a person labelled is someone's words, below).
LABELLED_RE = re.compile(
    r"\b(?:labell?(?:ed|ing|s)?|mark(?:ed|ing|s)|tagg(?:ed|ing)|tags|fil(?:ed|ing)|cod(?:ed|ing)|"
    r"categori[sz](?:ed|ing)|classif(?:ied|ying))\s+(?:it|(?:most|many|some|all|each|both|"
    r"several|one|none|half)\s+of\s+them|(?:(?:most|many|some|all|each|both|"
    r"several|one|none|half)\s+of\s+)?the(?:\s+[a-z-]+)?\s+([a-z-]+))(?:\s+as)?\s*$"
)


def labelled(before: str, words: list[str] | None = None) -> bool:
    """Words a thing is labelled with: a label, not speech; a person's label ("labelled the
    protesters “thugs”", "labelled them “cowards”") stays the labeller's words, and so does a
    verdict opening with an article ("labelled the plan “a shambles”"): a category is no
    "a <noun>", a judgement is. `words` are the quoted words, when known."""
    m = LABELLED_RE.search(before)
    if m is None:
        return False
    if words and words[0].lower() in ("a", "an") and m.group().startswith("label"):
        return False
    noun = m.group(1)
    return noun is None or (noun not in PEOPLE_NOUNS and noun not in PLURAL_PEOPLE)


# A year or a network in brackets after a name: "“Where the gulls sleep” (2019)".
# A quoted name as a sentence's subject, followed by its verb: "“Long Nights” is ...", "the
# phrase “…” had lost its meaning" ("“…” was said" is not a name's verb).
NOUN_SUBJECT_AFTER_RE = re.compile(
    r"\s+(?:is|was|are|were|has|have|had|became|becomes|remains|remained|will|would|"
    r"went|goes|trended|trends|"
    # the same verbs denied, as reviews and trade copy write them: "“Salt Road” wasn’t the only
    # sequel news this week"
    r"(?:is|was|are|were|has|have|had|wo|would)n['’]t)\s+(?!said\b|says\b|told\b)"
)
BRACKET_AFTER_RE = re.compile(r"\s*\((?:\d{4}\b|[A-Z])")
# Words written or read out are someone's: "wrote “Back at five” on the door" (sentence case).
WRITTEN_RE = re.compile(r"\b(?:wrote|writes|written|read|reads|reading|re-read)\s+$")
# What something is about is named, not said: "spoke warmly about “Where the gulls sleep”".
ABOUT_RE = re.compile(r"\b(?:about|regarding|concerning)\s$")
# The verb right after a quoted subject: present or past tense, lower case ("opens", "aired").
VERB_AFTER_RE = re.compile(r"\s+([a-z]{3,}(?:s|ed))\b(?!\s*,)")


# A participle of cause and its agent after the quoted words: a reduced passive describing
# the thing named ("“Hot mudflows” caused by the rain slid down"), not its verb. Only cause:
# what befell a work or who made it ("“Glass houses” banned by the board", "“Paper boats”
# shortlisted by the panel", "directed by Ana Ruiz") still follows a title.
_DESCRIBED_BY_RE = re.compile(
    r"\s+(?:caused|triggered|sparked|fuell?ed|prompted|generated|unleashed|worsened|"
    r"aggravated|exacerbated)\s+by\b"
)


def subject_of_verb(after: str) -> bool:
    """A verb, not a verb of saying ("“Hold on” shouted Ana": her words), right after."""
    m = VERB_AFTER_RE.match(after)
    return (
        m is not None
        and CUE_RE.match(after, m.start(1)) is None
        and not m.group(1).endswith("ss")
        and _DESCRIBED_BY_RE.match(after) is None
    )


def sentence_case_name(words: list[str], text: str) -> bool:
    """A capitalised phrase with no pause or stop in it and no one talking: a name's shape."""
    return (
        len(words) <= 12
        and "," not in text.rstrip(" ,")
        and text.rstrip(" ,")[-1:] not in ".!?…;:"
        and not any(w.lower() in TALKING_WORDS for w in words)
    )


_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to with vs via nor per".split()
)


def between_name_parts(before: str, after: str) -> bool:
    """Quoted words set inside a name ("Ana “Bo” Ruiz said"): a capitalised word touches each side,
    so the marks hold a nickname, not speech."""
    prev_word = before.rstrip().rsplit(" ", 1)[-1] if before.strip() else ""
    next_word = after.lstrip().split(" ", 1)[0] if after.strip() else ""
    return (
        bool(prev_word)
        and bool(next_word)
        and prev_word[:1].isupper()
        and next_word[:1].isupper()
        and not prev_word.endswith((",", ":", ";"))
        # a full stop after a surname ends the sentence, not the name ("said Ana “Bo” Ruiz.")
        and (next_word[-1:] not in ".!?" or (next_word[-1:] == "." and len(next_word) > 3))
        and before.endswith(" ")
        and after.startswith(" ")
    )


def is_title_case(words: list[str]) -> bool:
    """Every significant word capitalised: the look of a name or a title, not of a sentence."""
    # stops at the first lower-case word (most quotes fail on their second): asked per quote
    for i, w in enumerate(words):
        if i and w.lower() in _SMALL_WORDS:
            continue
        if not (w[0].isupper() or w[0].isdigit()):
            return False
    return bool(words)


# An owner naming its own thing: "calling its own venture “…”", "named their new app “…”".
OWN_THING_NAMED_RE = re.compile(
    r"\b(?:call|calls|called|calling|name|names|named|naming|brand|brands|branded|branding|"
    r"dub|dubs|dubbed|dubbing)\s+(?:its|their)\s+(?:own\s+)?(?:new\s+)?"
    r"(?:venture|channel|network|station|service|company|firm|brand|label|product|app|"
    r"website|site|magazine|show|programme|program|line|store|shop|restaurant|project|fund)"
    r"\s*,?\s*$"
)


# "a class of medicines called “…”", "a technique named “…”": a thing given its name. Not after
# a person ("the mayor called it “…”"), a pronoun ("what he called") or a verb.
_NAMED_THING_RE = re.compile(
    r"\b([a-z][a-z-]+)\s+(?:called|named|titled|dubbed|nicknamed|known\s+as)"
    r"(?:\s+the|\s+an?)?\s*[,:]?\s*$"  # "a figure called the “…”"
)
_NAMING_WORDS = ("called", "named", "titled", "dubbed", "known")  # one is in every match above
_NOT_A_THING = frozenset(
    """he she they we i you it who what which that this these those them him her us me one
    and or but also has have had was were is are be been being not never often sometimes
    then later once publicly privately openly repeatedly previously recently""".split()
)


def named_thing(before: str) -> bool:
    """A thing named just before the marks ("a ferry called “Swift”"): its noun is no word for
    people, so the quoted words are its name, not what someone said."""
    if not any(word in before for word in _NAMING_WORDS):
        return False  # the pattern needs one of them: skip its search (speed)
    m = _NAMED_THING_RE.search(before)
    if m is None:
        return False
    word = m.group(1).lower()
    return (
        word not in _NOT_A_THING
        and word not in PEOPLE_NOUNS
        and word not in PLURAL_PEOPLE
        and not word.endswith("ly")
    )
