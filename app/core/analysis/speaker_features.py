"""What the speaker-confidence model reads of a quote: its reason, its shape, its company.

Every feature comes from what the rules already produced (the quote, its speaker, mention and
`speaker_reason`) and the text around it, so the model can sit after the engine without reaching
into it. The features are computed alike when fitting (benchmarks/fit_speaker_model.py) and when
running (speaker_confidence.with_confidence): one function, `quote_features`, serves both.

Paragraphs are the engine's: every non-blank line is one (copy pasted with single line breaks
reads as the same paragraphs as copy with blank lines between them).
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Sequence

from app.core.analysis import attribution_rules as rules
from app.core.analysis import name_words
from app.core.model import Quote

# The mention scanner's pronouns, and the possessives an owner reading leaves as the mention
# ("his claim that …").
PRONOUNS = frozenset(name_words.PRONOUNS) | {"his", "her", "its", "their"}

SAME_PARAGRAPH = "quoted earlier in the same paragraph"
"""The rule attribution_rules.same_paragraph gives, which it words inline rather than by a
constant ("X: quoted earlier in the same paragraph, nobody else named since")."""

NOT_RULES = frozenset({"NO_AGREEING_PERSON", "REPLY"})
"""attribution_rules' reasons given where no rule found a mention (REPLY: "came the retort",
no one named, so the quote has no speaker to weigh): no rule, so no flag."""


def owned_rules() -> dict[str, str]:
    """Every rule attribution_rules names, by its constant: the module's upper-case strings (the
    reasons in NOT_RULES aside), and same_paragraph's inline wording."""
    owned = {
        name: value
        for name, value in vars(rules).items()
        if name.isupper() and isinstance(value, str) and name not in NOT_RULES
    }
    return owned | {"SAME_PARAGRAPH": SAME_PARAGRAPH}


_RULE_ORDER = tuple(
    "AFTER BEFORE BEFORE_FAR LATER SUBJECT CONTINUES LEAD_IN DASH DASH_BEFORE PREVIOUS_SUBJECT "
    "SAME_PARAGRAPH WORDS_OF HEARD TOLD_BY_WHOM REPORTED_BEFORE OWNER PARTICIPLE "
    "PARTICIPLE_BEFORE".split()
)
"""The order the fitted weights list the rule flags in (resources/models/speaker_model.json):
the only thing said here about the rules, whose wording is the owner's."""

# The rule that found the mention: flag "rule_<constant>", set when the owner's wording of it
# is anywhere in the reason ("X: quoted earlier in the same paragraph" has no "; " before it).
_OWNED = owned_rules()
RULES: tuple[tuple[str, str], ...] = tuple(
    (f"rule_{name.lower()}", _OWNED[name]) for name in _RULE_ORDER
)

# How the mention became a speaker (the wording of resolution.py, pronouns.py, descriptions.py).
RESOLUTIONS: tuple[tuple[str, str], ...] = (
    ("res_full", "named in full"),
    ("res_surname", "surname of a person named earlier"),
    ("res_subject_before", "subject of a sentence just before"),
    ("res_previous_speaker", "speaker of the quote before"),
    ("res_last_person", "last named person before the quote"),
    ("res_unnamed", "unnamed speaker"),
    ("res_last_org", "last organisation named"),
    ("res_no_org", "no organisation named before it"),
    ("res_no_group", "no group or organisation before it"),
    ("res_org", "organisation named"),
    ("res_described", "described"),
    ("res_owner", "owner"),
    ("res_people_subject", "the people who were the subject just before"),
    ("res_gender_first_name", "gender agrees (first name)"),
    ("res_gender_noun", "gender agrees (the noun)"),
)

FEATURES: tuple[str, ...] = (
    *(name for name, _ in RULES),
    "rule_none",
    *(name for name, _ in RESOLUTIONS),
    "mention_pronoun",
    "mention_lower",
    "speaker_lower",
    "speaker_one_word",
    "quote_partial",
    "quote_words",
    "quote_whole_paragraph",
    "quotes_in_paragraph",
    "speakers_in_story",
    "same_as_previous",
    "mention_distance",
    "speakers_nearby",
    "speaker_named_count",
    "paragraphs_since_named",
    "first_paragraph",
    "named_before_quote",
    "names_between",
    "pronoun_names_between",
    "pronoun_speakers_nearby",
    "rule_confidence",
)

WINDOW = 600
"""How far from a quote (characters) its mention and its speaker's naming are looked for: the
readings an editor weighs sit beside the quote, and a bound keeps long stories linear."""

_BREAK = re.compile(r"\n\s*")  # a line break and any blank lines after it


class StoryContext:
    """What every quote's features share, computed once per analysis so that a story of many
    quotes costs in proportion to its quotes (paragraph bounds, who speaks where)."""

    def __init__(self, text: str, quotes: Sequence[Quote]) -> None:
        self.text = text
        breaks = list(_BREAK.finditer(text))
        self.starts = [0, *(m.end() for m in breaks)]
        self.ends = [*(m.start() for m in breaks), len(text)]
        self.paragraph = [self.index_of(q.start) for q in quotes]
        self.quotes_in: dict[int, int] = {}
        self.speakers_in: dict[int, set[str]] = {}
        for quote, at in zip(quotes, self.paragraph, strict=True):
            self.quotes_in[at] = self.quotes_in.get(at, 0) + 1
            if quote.speaker:
                self.speakers_in.setdefault(at, set()).add(quote.speaker)
        self.speakers = len({q.speaker for q in quotes if q.speaker})
        self._counts: dict[str, int] = {}
        self._near: dict[int, int] = {}

    def index_of(self, offset: int) -> int:
        """The paragraph holding `offset` (a paragraph owns the break after it)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def start_of(self, index: int) -> int:
        """Where paragraph `index` starts (the first one for an index before it)."""
        return self.starts[index] if index > 0 else 0

    def bounds(self, start: int, end: int, first: int | None = None) -> tuple[int, int]:
        """The quote's paragraph (or paragraphs, for a quote running over several); `first`:
        the index of the paragraph holding `start`, when the caller knows it already."""
        lo = self.starts[self.index_of(start) if first is None else first]
        return lo, max(lo, self.ends[self.index_of(max(start, end - 1))])

    def speakers_near(self, index: int) -> int:
        """Different speakers quoted in the paragraph before, this one and the one after,
        remembered per story: a paragraph's quotes share it."""
        found = self._near.get(index)
        if found is None:
            near: set[str] = set()
            for at in (index - 1, index, index + 1):
                near |= self.speakers_in.get(at, set())
            found = self._near[index] = len(near)
        return found

    def count(self, word: str) -> int:
        """How often the story writes `word` (a surname), remembered per story."""
        if word not in self._counts:
            self._counts[word] = len(word_starts(self.text, word, 0, len(self.text)))
        return self._counts[word]


@functools.lru_cache(maxsize=64)
def _whole_word(word: str) -> re.Pattern[str]:
    """`word` standing alone: "he" is not the one in "the" or "she". The word comes first and
    the look-behind after it, so the search skips ahead to the word's letters instead of
    trying the look-behind at every position."""
    escaped = re.escape(word)
    return re.compile(rf"{escaped}(?<!\w{escaped})(?!\w)")


def word_starts(text: str, word: str, lo: int, hi: int) -> list[int]:
    """Where `word` stands alone in text[lo:hi], as `_whole_word(word).finditer(text, lo, hi)`
    finds it: no word character just before it (looking before `lo` too) or just after it (up
    to `hi`, where the search ends), and a match resumes the search at its end. Names are
    found with str.find rather than a pattern compiled per name (a new story brings new names,
    and compiling their patterns cost more than the searches); pronouns, a few words met in
    every story and often inside longer words ("the"), keep their cached pattern."""
    if not word or word in PRONOUNS:
        return [m.start() for m in _whole_word(word).finditer(text, lo, hi)]
    found: list[int] = []
    size = len(word)
    at = text.find(word, lo, hi)
    while at != -1:
        after = at + size
        # a word character as the pattern's \w reads one (str.isalnum, or an underscore)
        if (at == 0 or not ((c := text[at - 1]).isalnum() or c == "_")) and (
            after == hi or not ((c := text[after]).isalnum() or c == "_")
        ):
            found.append(at)
            at = text.find(word, after, hi)
        else:
            at = text.find(word, at + 1, hi)
    return found


def mention_distance(
    story: StoryContext, quote: Quote, mention: str, index: int, end: int
) -> float:
    """log(1 + characters) between the quote and the nearest place its mention is written as a
    word, within the quote's paragraph and the one before (a far or missing mention is a weaker
    reading); 0 inside the quote's span or across its edge (a tag the span includes). `end`:
    where the quote's paragraph ends."""
    if not mention:
        return 8.0
    lo = max(story.start_of(index - 1), quote.start - WINDOW)
    hi = min(end, quote.end + WINDOW)
    best = None
    size = len(mention)
    for at in word_starts(story.text, mention, lo, hi):
        if at + size <= quote.start:
            gap = quote.start - at - size
        elif at >= quote.end:
            gap = at - quote.end
        else:
            return 0.0
        if best is not None and gap > best:
            break  # past the quote and moving away
        best = gap
    return 8.0 if best is None else math.log1p(best)


def _last_naming(story: StoryContext, surname: str, index: int, end: int) -> int:
    """Where the speaker's surname was last written as a word before `end` (the end of the
    quote's paragraph), at most three paragraphs back; -1 when it was not."""
    found = word_starts(story.text, surname, story.start_of(index - 3), end)
    return found[-1] if found else -1


# A capitalised word not opening a sentence: r"\b[A-Z](?<![.!?:“\"\n]\s[A-Z])[a-z]+" with the
# capital first and the word boundary a look-behind after it, so the search skips at C speed
# to the next capital instead of trying the boundary at every position (speed).
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])(?<![.!?:“\"\n]\s[A-Z])[a-z]+")


@functools.lru_cache(maxsize=2048)
def reason_features(how: str) -> tuple[float, ...]:
    """The rule and resolution flags of a reason (after its mention): a story repeats a few
    dozen reasons, so each is read once."""
    flags = [float(phrase in how) for _, phrase in RULES]
    flags.append(float(not any(flags)))
    flags.extend(float(phrase in how) for _, phrase in RESOLUTIONS)
    return tuple(flags)


def quote_features(
    text: str, quotes: Sequence[Quote], index: int, story: StoryContext | None = None
) -> list[float]:
    """The model's inputs for quotes[index], in FEATURES order (`story`: the shared part,
    built once by the caller for a story's many quotes). One list built at the end: this runs
    for every quote of every analysis."""
    story = story or StoryContext(text, quotes)
    quote = quotes[index]
    reason = quote.speaker_reason or ""
    flags = reason_features(reason.split(": ", 1)[1] if ": " in reason else reason)
    mention = (quote.speaker_mention or "").strip()
    speaker = quote.speaker or ""
    lowered = mention.lower()
    pronoun = float(lowered in PRONOUNS)
    names = speaker.split()
    surname = names[-1] if names and len(names[-1]) > 2 else ""
    body = quote.text.lstrip("“”\"‘’' …")
    at = story.paragraph[index]
    lo, hi = story.bounds(quote.start, quote.end, at)
    whole = quote.start - lo < 12 and hi - quote.end < 12  # marks and spaces at most
    if whole:
        whole = len(text[lo : quote.start].strip()) + len(text[quote.end : hi].strip()) <= 2
    nearby = math.log1p(story.speakers_near(at))
    named_at = _last_naming(story, surname, at, hi) if surname else -1
    before = 0 <= named_at < quote.start and quote.start - named_at <= WINDOW
    between = 0.0
    if before:
        words = _CAPITALISED.findall(text, named_at + len(surname), quote.start)
        between = math.log1p(len(words) - words.count(surname))
    if named_at < 0:
        since = 3.0
    elif named_at >= quote.start:
        since = 0.0
    else:
        since = float(min(3, at - story.index_of(named_at)))
    return [
        *flags,
        pronoun,
        float(bool(mention) and mention[:1].islower() and not pronoun),
        float(speaker[:1].islower()),
        float(len(names) == 1),
        float(body[:1].islower()),
        math.log1p(quote.text.count(" ") + 1),  # words, near enough
        float(whole),
        math.log1p(story.quotes_in[at]),
        math.log1p(story.speakers),
        float(index > 0 and quotes[index - 1].speaker == speaker),
        mention_distance(story, quote, mention, at, hi),
        nearby,
        math.log1p(story.count(surname)) if surname else 0.0,
        since,
        float(at == 0),
        float(before),
        between,
        # A pronoun is the reading that others named nearby put most at risk.
        between * pronoun,
        nearby * pronoun,
        quote.confidence,
    ]
