"""Speech verbs and venues: the words that say someone said something, and where.

Found once per paragraph (`Scan`) and looked up by position, so a paragraph of thousands of
short quotes is read once, not once per quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from app.core.analysis.anchor_words import finditer_at, leading_words, may_match, words_of
from app.core.analysis.mentions import word_alternation
from app.core.analysis.name_words import PLATFORMS, TAG_OPENERS
from app.core.analysis.patterns import compile_guarded

_CUE_WORDS = """
say says said saying tell tells told telling add adds added adding note notes noted noting
emphasize emphasizes emphasized emphasizing emphasise emphasised stress stresses stressed
remark remarks remarked declare declares declared declaring write writes wrote writing
post posts posted posting tweet tweets tweeted tweeting ask asks asked asking reply replies
replied replying respond responds responded responding answer answers answered explain explains
explained explaining argue argues argued arguing insist insists insisted insisting continue
continues continued warn warns warned warning claim claims claimed claiming state states stated
announce announces announced assert asserts asserted asserting acknowledge acknowledges
acknowledged admit admits admitted admitting concede concedes conceded recall recalls recalled
joke jokes joked quip quips quipped shout shouts shouted yell yelled cry cried exclaim exclaimed
whisper whispered urge urges urged urging plead pleaded predict predicts predicted suggest
suggests suggested suggesting observe observes observed comment comments commented counter
counters countered conclude concludes concluded describe describes described describing call
calls called calling termed dub dubs dubbed label labels labeled labelled brand branded promise
promises promised promising vow vows vowed pledge pledged maintain maintains maintained contend
contends contended muse mused boast boasts boasted complain complains complained lament lamented
report reports reported read reads blast blasts blasted slam slams slammed criticize criticizes
criticized criticise criticised accuse accuses accused charge charged agree agrees agreed deny
denies denied testify testified text texted email emailed e-mailed message messaged wonder
wondered sing sings sang chant chants chanted proclaim proclaimed affirm affirmed confirm
confirms confirmed recount recounted speculate speculated mock mocked praise praised echo echoed
voice voiced express expressed critique critiqued characterize characterized hail hailed deem
deemed dismiss dismissed tout touted condemn condemned cite cites cited demand demanded scold
scolded laud lauded advise advised caution cautioned announce added retort retorted
thunder thundered snap snapped sigh sighed quote quoted recount interject interjected
order orders ordered screamed scream screams instructed instruct begged beg
reiterate reiterates reiterated reiterating cheered welcomed welcomes applauded
allege alleges alleging
assure assures assured reassure reassures reassured remind reminds reminded
interrupt interrupts interrupted
announcing stating concluding confirming proclaiming ruled
reveal reveals revealed revealing confess confesses confessed reckons reckoned
reflects reflected enthuses enthused gushes gushed raves raved teases teased
laughs laughed smiles smiled grins grinned beams beamed chuckles chuckled giggled sobs sobbed
weeps wept moans moaned groaned grumbles grumbled fumes fumed raged sneered scoffs scoffed
snarled barked bellowed roared murmured muttered mumbled stammered gasped
protests protested objects objected retorts interjects muses marvels marvelled marveled
ventures ventured snaps laments pleads exclaims yells sighs
growls growled mutters murmurs whispers barks snarls groans sneers mumbles hisses hissed
drawls drawled rasps rasped stammers
""".split()
# The second block is how features and tabloids tag speech ("'Best day of my life,' grinned
# Derek"; "she revealed"; "he reckoned"): a manner of saying is still a verb of saying. Only the
# forms a tag takes (past, and the third person of present-tense features): "and I just smile"
# or "a grin" tag nothing. The last two lines fill that block's present tense ("“…,” Mrs Roe
# protests", "she muses") and its verbs of objecting; the last two, the manner of a line a
# review quotes ("“Nobody leaves,” the captain growls", "she mutters").
_CUE_PHRASES = [
    # "shot back", "fired back": a retort; "shot" and "fired" alone are gunfire or dismissal
    r"(?:shot|shoots|fired|fires)\s+back",
    r"put\s+it",
    # "“…,” she had written": the past participle tags words only after its helper, as "wrote"
    r"(?:had|has|have)\s+written",
    r"went\s+on(?:\s+to\s+say)?",
    r"pointed\s+out",
    r"(?:chimed|chimes)\s+in",
    # "“That's not a compliment,” Varga cut in": breaking into another's answer
    r"(?:cut|cuts|broke|breaks|butted|butts)\s+in(?![\w-])",
    r"points\s+out",
    r"referred\s+to",
    # "the Gazette quotes her as saying": a paper passing someone's words on (quoted_as.py);
    # "quotes" alone is more often the noun ("in scare quotes")
    r"quotes(?=\s[^.;:!?\x00\n]{1,70}?\sas\s+(?:saying|telling|stating|having\s+said)\b)",
    # "The staff report included the comment the delay was “…”": a document's words cited
    # ("a comment piece", "the comment column": a kind of article; "the remark by Cr Ruiz":
    # its author named, whose words they are)
    r"(?:included|includes|contained|contains|carried|carries)\s+(?:the|a|this)\s+"
    r"(?:comment|remark|observation)(?!\s+(?:by|from|of|piece|column|section|box|page)\b)",
    # "Rosa highlighted that the fund was late": pointing something out, when a clause follows
    r"(?:highlight|underscore|underline)(?:s|d|ed)?(?=\s+that\b)",
    # "she introduces him as “my management”": naming someone, as "called" and "dubbed" do
    r"introduc(?:es|ed)\s+(?:him|her|them|me|us|himself|herself|themselves)\s+as",
    # "struck a cautious note", "sounded a more hopeful tone"
    r"(?:struck|strikes|sounded|sounds|took|takes)\s+(?:a|an)(?:\s+[\w-]+){0,2}?\s+(?:note|tone)",
    r"(?:voiced|issued|gave|sounded|expressed|delivered)\s+(?:a|an|his|her|their)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:warning|statement|message|rebuke|reply|retort|verdict|assessment)",
]
# Lower-case only (plus "According to", "In the words of"): "States" in "the United States" is
# not a cue.
CUE_RE = compile_guarded(  # searched often: guarded (speed)
    r"(?<![\w-])(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of|Said|Says|Asked|Wrote|"
    + word_alternation({w.capitalize() for w in TAG_OPENERS})
    + "|"
    + "|".join(_CUE_PHRASES)
    + "|"
    + word_alternation(set(_CUE_WORDS))
    + r")(?![\w-])"
)
_CUE_OPENERS = leading_words(CUE_RE)
_PLATFORMS = "|".join(PLATFORMS)
_VENUE_EVENTS = (
    r"(?:address|speech|interview|statement|post|tweet|video|"
    r"broadcast|news\s+conference|press\s+conference|conference\s+call|briefing|rally|hearing|"
    r"e-?mail|letter|op-ed|podcast|message|memo|blog\s+post|town\s+hall|debate|session|"
    r"meeting|appearance|remarks|testimony|column|essay|note|call|sermon|show|program|"
    r"programme|documentary|report|filing|press\s+release|news\s+release|gaggle)"
)
_VENUE_RE = compile_guarded(  # searched often: guarded (speed)
    r"\b(?i:on|in|at|during|via|through|to)\s+"
    r"(?:(?:the\s+)?(?:social\s+media\s+|messaging\s+)?(?:platform|app|site|network)\s+)?"
    rf"(?P<platform>{_PLATFORMS})\b"
    r"|\b(?i:in|at|during|on)\s+(?i:a|an|the|his|her|their|its)\s+"
    rf"(?P<event>(?:[\w-]+\s+){{0,3}}?{_VENUE_EVENTS})\b",
)
# Every venue holds a platform or an event word as a whole word (after a blank, before \b): a
# block holding none of their opening words is not searched (speed).
_VENUE_WORDS = leading_words(re.compile(rf"\b(?:{_PLATFORMS}|{_VENUE_EVENTS})\b"))


# "Officers responded to a report of a “suspicious package”": emergency services answering a
# call say nothing; "responded to the criticism, calling it" still speaks.
_ANSWERED_A_CALL_RE = re.compile(
    r"\s+to\s+(?:a|an|the|reports?|calls?)\s+(?:\S+\s+){0,3}?"
    r"(?:reports?|calls?|scene|incident|fire|blaze|alarm|emergency|crash|collision|accident|"
    r"disturbance|shooting|stabbing|robbery|burglary|break-in|alert|sighting|outbreak)\b"
)


class Scan:
    """The cue verbs and venues of one masked block, found once and looked up by position.

    Searching the clause around each quote again would read a paragraph of many quotes once
    per quote; one pass plus a binary search per quote keeps the work linear.
    """

    __slots__ = ("_masked", "_venue_starts", "_venues", "cue_starts", "cues")

    def __init__(self, masked: str, start: int = 0) -> None:
        """`start`: read cues from there on only (a sentence's start: no cue runs across a
        sentence's end, so the cues found from there are the same as those of the whole)."""
        found = (  # tried only where a word a cue opens with stands (speed)
            finditer_at(CUE_RE, masked, _CUE_OPENERS & words_of(masked), start)
            if _CUE_OPENERS is not None
            else CUE_RE.finditer(masked, start)
        )
        self.cues = [
            m
            for m in found
            if not is_noun(masked, m.start())
            and (not is_passive(masked, m) or passive_agent(masked, m) is not None)
            and not (m.group().startswith("respond") and _ANSWERED_A_CALL_RE.match(masked, m.end()))
        ]
        self.cue_starts = [m.start() for m in self.cues]
        # Venues are read only for a quote's attribution: found on first use, so a paragraph
        # without quotes never searches for them (speed).
        self._masked = masked
        self._venues: list[re.Match[str]] | None = None
        self._venue_starts: list[int] = []

    @property
    def venues(self) -> list[re.Match[str]]:
        if self._venues is None:
            masked = self._masked
            self._venues = (
                list(_VENUE_RE.finditer(masked)) if may_match(_VENUE_WORDS, masked) else []
            )
            self._venue_starts = [m.start() for m in self._venues]
        return self._venues

    @property
    def venue_starts(self) -> list[int]:
        self.venues  # noqa: B018 - found on first use
        return self._venue_starts

    def cues_in(self, lo: int, hi: int) -> list[re.Match[str]]:
        """The cue verbs in masked[lo:hi], in order."""
        found = self.cues[bisect_left(self.cue_starts, lo) : bisect_left(self.cue_starts, hi)]
        while found and found[-1].end() > hi:
            found.pop()
        return found

    def venue_in(self, lo: int, hi: int) -> str | None:
        for m in self.venues[bisect_left(self.venue_starts, lo) :]:
            if m.start() >= hi:
                break
            if m.end() <= hi:
                return venue_text(m)
        return None


# "struck a cautious note", "the report", "his statement": a cue word after a determiner (and
# maybe an adjective) is a noun, not a verb of saying.
_NOUN_BEFORE_RE = re.compile(
    r"(?:\b(?:a|an|the|his|her|their|its|our|this|that|one|of|these|those|several|many)|"
    r"[A-Za-z]['’]s?)\s+(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)


_NOUNABLE = frozenset(
    """note notes report reports remark remarks comment comments answer answers reply replies
    quote quotes call calls tweet tweets post posts message messages text email blast claim
    claims warning warnings charge promise promises pledge vow vows joke jokes plea pleas
    statement statements cry echo boast complaint complaints order orders demand demands texts
    emails label labels brand brands whispers murmurs groans growls""".split()
)
# Nouns only right after a determiner ("the states", "an order"), never after an adjective or a
# noun ("the board's website states that ...").
_NOUNABLE_STRICT = frozenset("state states".split())
_STRICT_BEFORE_RE = re.compile(
    r"\b(?:a|an|the|these|those|its|their|our|of|all|both|many|several|other)\s+$", re.IGNORECASE
)

# Subjects and helpers the verb "state" follows ("we state of our own free will that ...").
_STATE_SUBJECTS = frozenset(
    "I we We you You they They to will would shall must may can could should".split()
)
# "state" modifying the noun after it: "which state lawmakers passed", "state police said".
_STATE_BEFORE_NOUN_RE = re.compile(
    r"states?\s+(?:lawmakers|legislators|legislature|officials|senators?|representatives|police|"
    r"troopers|prosecutors?|regulators?|auditors?|attorneys?|agenc(?:y|ies)|departments?|"
    r"governments?|media|television|courts?|law|laws|funds?|funding|budgets?|employees|workers)\b"
)


# compiled once: these run for every mention or quote (speed)
_LOWER_WORD_RE = re.compile(r"[a-z]+")


# "continued his recovery", "continues with the plan": "continue" with an object
# goes on doing something; it tags speech only before the words ("he continued: “…”") or after.
_CARRIED_ON_RE = re.compile(
    r"continu(?:e|es|ed)\s+(?:his|her|their|its|our|my|your|the|a|an|with|working)\s"
)


def said_in(text: str, lo: int, hi: int) -> bool:
    """Is a verb of saying in text[lo:hi], one not used as a noun ("the claim") or as a verb
    that governs something else? (speech.py and unsaid.py ask it of a sentence's parts.)"""
    return any(not is_noun(text, m.start()) for m in CUE_RE.finditer(text, lo, hi))


def is_noun(masked: str, at: int) -> bool:
    """Is the cue word at `at` no verb of saying here: a noun ("the report", "his statement")
    or a verb that governs something else ("continued his recovery")?"""
    if masked.startswith("continu", at):
        return _CARRIED_ON_RE.match(masked, at) is not None
    word = _LOWER_WORD_RE.match(masked[at : at + 12])
    if word is not None and word.group() in _NOUNABLE_STRICT:
        return bool(
            _STRICT_BEFORE_RE.search(masked, max(0, at - 12), at)
            or _STATE_BEFORE_NOUN_RE.match(masked, at)
            # "a paradoxical state of matter", "a state of emergency": the verb "state" takes no
            # "of" after it (the document's "states of the findings that" is another matter)
            or (
                word.group() == "state"
                and masked.startswith(" of ", at + 5)
                and (masked[max(0, at - 12) : at].split() or [""])[-1] not in _STATE_SUBJECTS
            )
        )
    if word is None or word.group() not in _NOUNABLE:
        return False
    before = _NOUN_BEFORE_RE.search(masked, max(0, at - 30), at)
    if before is None:
        return False
    if word.group().endswith("s") and _DOCUMENT_ACTS_RE.fullmatch(before.group()):
        # "The lawsuit claims the firm ...", "the report notes that": a document as the
        # subject, the verb after it (not "the lawsuit claims were dismissed": a noun)
        return _VERB_AFTER_NOUN_RE.match(masked, at + len(word.group())) is not None
    return True


# A determiner and a document's head right before a cue word ("The lawsuit claims").
_DOCUMENT_ACTS_RE = re.compile(
    r"(?i:the|a|an|this|that|its|their|his|her)\s+"
    r"(?:lawsuit|suit|complaint|report|study|letter|memo|filing|indictment|petition|motion|"
    r"statement|survey|audit|ruling|order|document|review)\s+"
)
# After a plural noun: its own verb ("the lawsuit claims were dismissed").
_VERB_AFTER_NOUN_RE = re.compile(
    r"\s+(?:were|are|have|had|was|is|will|would|could|can|may|might|should|must|did|do|"
    r"filed|made|brought|against|of|by|from|in|on|for|to|and|or)\b|[,.;:]"
)


_PASSIVE_AUX = frozenset("been being be was were is are get gets got".split())


def is_passive(masked: str, m: re.Match[str]) -> bool:
    """ "have been accused of", "was told": the subject hears or suffers, it does not speak."""
    word = m.group()
    if word.endswith("ing") or not word[:1].islower():
        return False
    before = masked[max(0, m.start() - 24) : m.start()].split()
    if not before:
        return False
    if before[-1].endswith("ly") and len(before) > 1:
        return before[-2] in _PASSIVE_AUX
    return before[-1] in _PASSIVE_AUX


# "was quoted by the Gazette as saying", "was cited by": the subject's words, passed on by the
# agent; with every other verb of saying the one after "by" is the one who spoke.
_REPORTING = frozenset("quote quoted cite cited report reported read echo echoed".split())
_BY_RE = re.compile(r"\s+by(?=\s)")
_BY_AS_RE = re.compile(r" by [^,;:.!?\x00]{1,60}? as\s")


def passive_agent(masked: str, m: re.Match[str]) -> int | None:
    """Where the words naming the agent of a passive verb of saying begin (right after "by"; the
    space that follows is read as after an inverted verb) ("was told by Ana Ruiz", "were
    warned by the council"), or None: the agent is the one who spoke, the subject the one who
    heard, so a tag reads the name after "by" and not the subject before the verb."""
    if m.group() in _REPORTING:
        return None
    if not is_passive(masked, m):
        # "a trader described by police as “…”": a participle with no auxiliary, but "by …
        # as" after it, is still a passive; the one after "by" did the describing
        if not m.group().endswith("ed") or masked[m.end() : m.end() + 4] != " by ":
            return None
        if _BY_AS_RE.match(masked, m.end()) is None:
            return None
    by = _BY_RE.match(masked, m.end()) or _QUOTE_THEN_BY_RE.match(masked, m.end())
    return by.end() if by else None


# "was branded “a disgrace” by campaigners", "was described as “…” by reviewers": the words
# named between the passive verb and its agent (masked, the quote is a run of MASK).
_QUOTE_THEN_BY_RE = re.compile(r"(?:\s+as)?\s+[\"“‘']\x00+[\"”’'],?\s+by(?=\s)")


def cue_text(cue: str) -> str:
    return " ".join(cue.split())


def cites(cue: str) -> bool:
    """Whether the cue cites whoever follows it ("according to X", "in the words of X"): the
    speaker is the mention after it, never a subject before it."""
    return cue[:1] in "AaIi" and cue.lower().startswith(("according", "in the words"))


def find_venue(text: str) -> str | None:
    """'on Telegram', 'in a nightly address' -> 'Telegram', 'nightly address'."""
    m = _VENUE_RE.search(text)
    return venue_text(m) if m else None


def venue_text(m: re.Match[str]) -> str:
    if m.group("platform"):
        return m.group("platform")
    words = m.group("event").split()
    return " ".join(words)


# Someone who rang or wrote to someone "and was told": what they heard is the words of whom
# they called ("She called the leasing office and was told a technician would come “first
# thing tomorrow.”"), not their own. An agent after "told by" is read by the usual path.
_ASKED_AND_TOLD_RE = re.compile(
    r"\b(?:called|phoned|rang|emailed|e-mailed|contacted|asked|messaged|texted|wrote\s+to|"
    r"called\s+up)\s+(?P<whom>[^,.;:!?\x00]{2,60}?)(?:,[^,.;:!?\x00]{2,40},)?\s+and\s+"
    r"(?:was|were|had\s+been)\s+told\b(?!\s+by\b)[^.;!?\x00]*$"
)


def asked_and_told(masked: str, lo: int, at: int) -> int | None:
    """Where whom the subject called starts, when the quote at `at` is what they were told
    there ("He phoned Harlow Gas and was told an engineer would come “within the hour.”");
    None when the sentence says no such thing."""
    window = masked[max(lo, at - 200) : at]
    if " told" not in window or " and " not in window:
        return None  # the pattern needs both (speed)
    m = _ASKED_AND_TOLD_RE.search(masked, max(lo, at - 200), at)
    return m.start("whom") if m is not None else None
