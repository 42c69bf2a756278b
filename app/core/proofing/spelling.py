"""The spelling check of one paragraph: dictionary words, names the newsroom knows, and
capitalised words nobody knows (told apart from misspellings).

A lower-case word the dictionary does not know is a misspelling. A capitalised word inside a
sentence is taken for a name: known when the dictionary, the contributor directory, the story's
sources, speakers and credits, the archive or the newsroom dictionary has it; otherwise it is an
`unknown_name` (information, not an error) — unless it is one edit away from a name that is
known, which makes it a likely misspelling of that name. A capitalised word that opens a
sentence is a misspelling when one edit turns it into a dictionary word and the story never
uses it as a name elsewhere ("Teh"), a name otherwise. Words in capitals are acronyms.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz.distance import OSA

from app.core.model import Severity
from app.core.proofing import suggest, variants
from app.core.proofing.dictionaries import Lexicon
from app.core.proofing.issues import SPELLING, STYLE, UNKNOWN_NAME, VARIANT_RULE, Issue
from app.core.proofing.words import Token, plain_apostrophes, strip_possessive, tokens


def _delete_index(names: Iterable[str]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for name in set(names):
        low = name.lower()
        for key in {low, *suggest.deletes(low)}:
            index.setdefault(key, []).append(name)
    return index


def name_words(names: Iterable[str | None]) -> frozenset[str]:
    """The capitalised words of names ("Volodymyr Zelenskiy" -> both; "the ferry authority"
    -> none: a speaker mention's common words are spelled like any other)."""
    out: set[str] = set()
    for name in names:
        for token in tokens(name or ""):
            for part in token.text.split("-"):
                word = plain_apostrophes(strip_possessive(part))
                if len(word) > 1 and word[:1].isupper():
                    out.add(word)
    return frozenset(out)


def story_name_counts(paragraphs: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each capitalised word appears inside a sentence in the story, and how often
    at the start of one: a name's evidence (a word used as a name elsewhere is a name at the
    start of a sentence too; a typo is seldom made twice the same way)."""
    inside: Counter[str] = Counter()
    starts: Counter[str] = Counter()
    for text in paragraphs:
        middle, opening = _capitals(text)
        inside.update(middle)
        starts.update(opening)
    return inside, starts


@lru_cache(maxsize=16384)
def _capitals(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A paragraph's capitalised words inside sentences and opening them (memoised: the
    story's counts are summed again after every pause in typing)."""
    middle: list[str] = []
    opening: list[str] = []
    for token in tokens(text):
        if token.capitalised and not token.text.isupper():
            into = opening if token.sentence_start else middle
            into.extend(plain_apostrophes(strip_possessive(p)) for p in token.text.split("-"))
    return tuple(middle), tuple(opening)


# Closed compounds news copy coins faster than dictionaries list them: a productive prefix on a
# dictionary word ("nonbinary", "midcentury"), or a word and a compounding tail ("systemwide",
# "caregiving", "tradeoffs"). Two free-standing words run together ("eventhough") stay errors.
_PREFIXES = ("counter", "under", "multi", "micro", "super", "inter", "cyber", "hyper", "over",
             "nano", "mega", "mini", "semi", "post", "anti", "tele", "non", "pre", "mid",
             "sub", "out", "un", "re", "co")  # fmt: skip
_TAILS = ("giving", "makers", "making", "maker", "wide", "long", "like", "offs", "outs",
          "ups", "off", "out", "up")  # fmt: skip
_MIN_STEM = 4


def closed_compound(low: str, known) -> bool:
    for prefix in _PREFIXES:
        rest = low[len(prefix) :]
        if low.startswith(prefix) and len(rest) >= _MIN_STEM and known(rest):
            return True
    for tail in _TAILS:
        head = low[: -len(tail)]
        if low.endswith(tail) and len(head) >= _MIN_STEM and known(head):
            return True
    return False


NEAR_PROPER_NOUN_MIN = 5
"""A name this long or longer is compared with the dictionary's proper nouns (shorter names
sit one letter from some proper noun too often: Elon, Leon)."""


@dataclass(frozen=True)
class Vocabulary:
    """Everything the spelling check may take as rightly spelled, beyond the dictionary."""

    lexicon: Lexicon
    other: Lexicon | None = None
    """The other variant's dictionary: its words are no misspellings, its spellings of a word
    the desk spells differently are a house-style finding (app.core.proofing.variants)."""
    names: frozenset[str] = frozenset()
    """Name words from the directory, the story's sources, speakers and credits, the archive."""
    newsroom: frozenset[str] = frozenset()
    """The newsroom dictionary (added by anyone, shared through the database)."""
    ignored: frozenset[str] = frozenset()
    """Words a person chose to ignore in this story."""
    story_names: Counter[str] = field(default_factory=Counter)
    """Capitalised words inside sentences of this story, with how often each appears."""
    story_starts: Counter[str] = field(default_factory=Counter)
    """Capitalised words opening sentences of this story, with how often each appears."""
    _newsroom_lower: frozenset[str] = field(init=False, repr=False, compare=False)
    _names_lower: dict[str, str] = field(init=False, repr=False, compare=False)
    shared: dict = field(default_factory=dict, repr=False, compare=False)
    """What does not depend on the story, kept across `with_story` copies (dataclasses.replace
    hands the same dict on): lower-case words' verdicts and the listed names' index."""
    _story_index: dict[str, list[str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _memo: dict[tuple[str, bool], Issue | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_newsroom_lower", frozenset(w.lower() for w in self.newsroom))
        lowered = {n.lower(): n for n in self.names}
        lowered.update({w.lower(): w for w in self.newsroom if w[:1].isupper()})
        object.__setattr__(self, "_names_lower", lowered)
        object.__setattr__(self, "_memo", {})

    def knows(self, word: str) -> bool:
        if self.lexicon.knows(word) or word in self.names or word in self.ignored:
            return True
        if word in self.newsroom:
            return True
        # a newsroom word at the start of a sentence or in capitals
        return word.lower() in self._newsroom_lower and (word[1:].islower() or word.isupper())

    def near_name(self, word: str, *, listed_only: bool = False) -> str | None:
        """A known name one edit away from WORD: a listed name, a proper noun of the dictionary,
        or a name the story uses more often than WORD."""
        low = word.lower()
        listed = self._near_listed(word, low)
        if listed is not None or listed_only:
            return listed
        if len(low) < NEAR_PROPER_NOUN_MIN or self.story_names.get(word, 0) > 1:
            return None  # short, or a name the story uses again and again: no slip
        key = ("slip", word)
        if key not in self.shared:  # the dictionary's part does not depend on the story
            self.shared[key] = next(
                (title for title in (c[:1].upper() + c[1:] for c in suggest.slips(low))
                 if title != word and (title in self.lexicon.words
                                       or title.lower() in self.lexicon.words)),
                None,
            )  # "Tusday": Tuesday; "Mountian" in a name: Mountain  # fmt: skip
        return self.shared[key]

    def _near_listed(self, word: str, low: str) -> str | None:
        mine = self.story_names.get(word, 0)
        listed, story = self._near_index()
        hits: list[str] = []
        for key in (low, *suggest.deletes(low)):
            hits.extend(listed.get(key, ()))
            hits.extend(story.get(key, ()))
        best = None
        for name in dict.fromkeys(hits):
            if name == word or OSA.distance(name.lower(), low) != 1:
                continue
            if name in self._names_lower.values():
                return name
            if self.story_names.get(name, 0) > max(1, mine):
                best = best or name
        return best

    def _near_index(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """Symmetric-delete indexes of the known names (listed; the story's repeated ones):
        two words are one edit apart only if one of them, or one of their one-letter
        deletions, is shared (then checked exactly)."""
        listed = self.shared.get("names-index")
        if listed is None:
            listed = self.shared["names-index"] = _delete_index(self._names_lower.values())
        story = self._story_index
        if story is None:
            repeated = frozenset(n for n, count in self.story_names.items() if count > 1)
            cached = self.shared.get("story-index")
            if cached is not None and cached[0] == repeated:
                story = cached[1]  # the story's repeated names have not changed since
            else:
                story = _delete_index(repeated)
                self.shared["story-index"] = (repeated, story)
            object.__setattr__(self, "_story_index", story)
        return listed, story

    def extra_words(self) -> frozenset[str]:
        found = self.__dict__.get("_extra")
        if found is None:
            found = self.names | self.newsroom | frozenset(self.story_names)
            object.__setattr__(self, "_extra", found)
        return found

    def extra_index(self) -> suggest.Known:
        """The extra words ready for suggestions (built once per vocabulary)."""
        found = self.__dict__.get("_extra_index")
        if found is None:
            found = suggest.Known.of(self.extra_words())
            object.__setattr__(self, "_extra_index", found)
        return found


def _dropped_g(text: str, token: Token, vocabulary: Vocabulary) -> bool:
    """ "Takin’", "nothin'": a dropped g marked by an apostrophe is spelled on purpose."""
    return (
        token.end < len(text)
        and text[token.end] in "'’"
        and token.text.endswith("in")
        and vocabulary.knows(token.text + "g")
    )


def check_paragraph(text: str, vocabulary: Vocabulary) -> list[Issue]:
    issues: list[Issue] = []
    words = tokens(text)
    for i in range(len(words)):
        found = word_issues(text, words, i, vocabulary)
        if found:
            issues.extend(found)
    return issues


def word_issues(
    text: str, words: Sequence[Token], i: int, vocabulary: Vocabulary, *, lazy: bool = False
) -> tuple[Issue, ...]:
    """What `check_paragraph` reports for word I of TEXT (WORDS are its tokens).

    It depends on the word, whether a sentence starts there, the character after it and the
    word before it, nothing else: the editor re-checks only the words an edit reached.
    LAZY leaves a misspelling's suggestion to be found when someone asks (`complete`): a word
    being typed is a new misspelling at almost every key, and its suggestion costs ~0.5 ms.
    """
    token = words[i]
    if vocabulary.knows(token.text) or vocabulary.knows(plain_apostrophes(token.text)):
        return ()
    if _dropped_g(text, token, vocabulary):
        return ()
    if "-" in token.text:
        parts: list[Issue] = []
        at = token.start
        for part in token.text.split("-"):
            if len(part) > 2:  # "sci-fi", "Wi-Fi": short parts are no words of their own
                issue = _check_word(Token(part, at, at + len(part), token.sentence_start and
                                          at == token.start), vocabulary, lazy)  # fmt: skip
                if issue:
                    parts.append(issue)
            at += len(part) + 1
        return tuple(parts)
    issue = _check_word(token, vocabulary, lazy)
    previous = words[i - 1] if i else None
    if (issue and issue.code == SPELLING and previous
            and _binomial(text, previous, token, vocabulary)):  # fmt: skip
        species = f"{previous.text} {token.text}"
        issue = replace(issue, code=UNKNOWN_NAME, rule=UNKNOWN_NAME, severity=Severity.INFO,
                        suggestion=None, message=f"“{token.text}” reads as the second part "
                        f"of a scientific name (“{species}”): check it")  # fmt: skip
    return (issue,) if issue else ()


_LATIN_ENDINGS = ("ensis", "oides", "osa", "is", "us", "um", "ae", "ii", "i", "a", "ata", "ica")


def _binomial(text: str, genus: Token, token: Token, vocabulary: Vocabulary) -> bool:
    """ "Yersinia pestis": a Latin-looking word after an unknown capitalised one, one space
    between, is a species name, not a misspelling."""
    return (
        genus.capitalised
        and text[genus.end : token.start] == " "
        and not token.capitalised
        and token.text.endswith(_LATIN_ENDINGS)
        and not vocabulary.knows(genus.text)
    )


def _check_word(token: Token, vocabulary: Vocabulary, lazy: bool = False) -> Issue | None:
    """The issue with one word, if any (memoised per vocabulary: words repeat)."""
    key = (token.text, token.sentence_start)
    # A lower-case word's verdict does not depend on the story's names: shared across copies.
    memo = vocabulary._memo if token.text[:1].isupper() else vocabulary.shared
    found = memo.get(key, _UNSEEN)
    if found is _UNSEEN:
        if lazy:  # the verdict without the suggestion, unless the whole one is known already
            key = ("lazy", *key)
            found = memo.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = memo[key] = _judge(Token(token.text, 0, len(token.text),
                                             token.sentence_start), vocabulary, lazy)  # fmt: skip
    return found.shifted(token.start) if found is not None else None


_UNSEEN = object()


def _judge(token: Token, vocabulary: Vocabulary, lazy: bool = False) -> Issue | None:
    word = token.text
    base = plain_apostrophes(strip_possessive(word))
    if len(base) < 2 or vocabulary.knows(base) or vocabulary.knows(plain_apostrophes(word)):
        return None
    if base.isupper() or (base[-1:] == "s" and base[:-1].isupper()):
        return None  # an acronym: ATACMS, HIMARS, CBP’s, ICUs
    if base[:1].islower() and any(c.isupper() for c in base):
        return None  # a brand or a unit: iPhone, eBay, dBA
    if vocabulary.other is not None and (
        vocabulary.other.knows(base) or vocabulary.other.knows(plain_apostrophes(word))
    ):
        return _variant(token, base, vocabulary)
    end = token.start + len(strip_possessive(word))
    mixed = any(c.isupper() for c in base[1:])
    if not token.capitalised and not mixed:
        if closed_compound(base, vocabulary.knows):
            return None
        return _misspelling(token.start, end, base, vocabulary, lazy)
    if base.endswith("s") and (vocabulary.knows(base[:-1]) or base[:-1] in vocabulary.story_names):
        return None  # a name in the plural: the Bidens
    seen = vocabulary.story_names.get(base, 0) + vocabulary.story_starts.get(base, 0)
    if not token.sentence_start or seen > 1 or mixed:
        near = vocabulary.near_name(base, listed_only=mixed)
        if near is not None:
            return Issue(
                token.start, end, SPELLING, SPELLING, Severity.WARNING,
                f"“{base}” is one letter away from the known name “{near}”: a misspelling?",
                near, base,
            )  # fmt: skip
        return Issue(
            token.start, end, UNKNOWN_NAME, UNKNOWN_NAME, Severity.INFO,
            f"“{base}” is a name no list knows (directory, sources, archive, newsroom dictionary): "
            "check its spelling",
            None, base,
        )  # fmt: skip
    lower = base.lower()
    near_word = suggest.within_one_edit(lower, vocabulary.lexicon.has_lower)
    if near_word is None:
        near = vocabulary.near_name(base)
        if near is None:
            return Issue(
                token.start, end, UNKNOWN_NAME, UNKNOWN_NAME, Severity.INFO,
                f"“{base}” is a name no list knows (directory, sources, archive, newsroom "
                "dictionary): check its spelling",
                None, base,
            )  # fmt: skip
    return _misspelling(token.start, end, base, vocabulary, lazy)


def _variant(token: Token, base: str, vocabulary: Vocabulary) -> Issue | None:
    """A word the other variant spells: house style when the desk spells it differently.

    Not inside a name, though: "Calderport Harbour Authority", "the Labour Party" and "Sydney
    Harbour" are spelled as their owners spell them. A capitalised word is taken as part of a
    name when it stands mid-sentence, or when the story capitalises it mid-sentence elsewhere."""
    if token.capitalised and (not token.sentence_start or vocabulary.story_names.get(base, 0)):
        return None
    to_american = vocabulary.lexicon.variant == "en-US"
    fix = variants.counterpart(base, to_american, vocabulary.lexicon.knows)
    if fix is None:
        return None  # a word only the other (larger) dictionary has: not a misspelling
    kind, desk = ("British", "en-US") if to_american else ("American", "en-GB")
    return Issue(
        token.start, token.start + len(base), STYLE, VARIANT_RULE, Severity.WARNING,
        f"{kind} spelling “{base}” on an {desk} desk: “{fix}”.", fix, base,
    )  # fmt: skip


def _misspelling(
    start: int, end: int, word: str, vocabulary: Vocabulary, lazy: bool = False
) -> Issue:
    best = None if lazy else _best_suggestion(word, vocabulary)
    message = _pending_message(word) + (f" (did you mean “{best}”?)" if best else "")
    return Issue(start, end, SPELLING, SPELLING, Severity.WARNING, message, best, word)


def _pending_message(word: str) -> str:
    return f"Possible misspelling: “{word}”"


def _best_suggestion(word: str, vocabulary: Vocabulary) -> str | None:
    """The one-click fix for a misspelt WORD (memoised per vocabulary: the names it knows
    are candidates too)."""
    key = ("best", word)
    memo = vocabulary._memo
    if key not in memo:
        options = suggest.suggestions(
            word, vocabulary.lexicon, vocabulary.extra_index(), limit=1, thorough=False
        )
        memo[key] = options[0] if options else None
    return memo[key]


def complete(issue: Issue, vocabulary: Vocabulary) -> Issue:
    """ISSUE with its suggestion, when it is a misspelling found lazily (`word_issues`)."""
    if (issue.code != SPELLING or issue.suggestion is not None
            or issue.message != _pending_message(issue.word)):  # fmt: skip
        return issue
    found = _misspelling(issue.start, issue.end, issue.word, vocabulary)
    return replace(found, severity=issue.severity, rule=issue.rule)
