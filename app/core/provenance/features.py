"""What two sentences share: the lexical, numeric, synonym and alignment features of a pair.

A sentence is read once (`read_sentence`) and compared with many (`pair_features`), because
provenance compares each story sentence with several source sentences. The features are
symmetric (a rewrite may add or drop words on either side) and cheap: set operations over
word keys plus rapidfuzz's C routines; the model in `pairmodel` weighs them.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, LCSseq

from app.core.provenance.lexicon import Lexicon, lexicon
from app.core.verification.normalize import STOPWORDS, tokenize

_NEGATIONS = frozenset({"not", "no", "never", "n't", "nor", "none", "nothing", "neither"})
_SPACE = re.compile(r"\s+")

# Alignment strengths: the same word, the same lemma, a WordNet synonym, the same word family.
_EXACT, _LEMMA, _SYNONYM, _FAMILY = 1.0, 0.9, 0.75, 0.65


@dataclass(frozen=True, slots=True)
class SentenceInfo:
    """One sentence read for comparison (computed once, compared many times)."""

    text: str
    keys: tuple[str, ...]
    key_set: frozenset[str]
    content: tuple[str, ...]
    """Content words in order (keys that are not function words)."""
    lemmas: tuple[str, ...]
    """The lemma of each content word, in the same order."""
    lemma_set: frozenset[str]
    senses: tuple[frozenset[int], ...]
    """WordNet synsets of each content word."""
    weights: tuple[float, ...]
    numbers: frozenset[str]
    names: frozenset[str]
    """Capitalised words inside the sentence: names, places, organisations."""
    negations: int
    bigrams: frozenset[tuple[str, str]]
    trigrams: frozenset[tuple[str, str, str]]
    grams: frozenset[str]
    """Character 4-grams of the lower-cased text."""
    lower: str


def _is_number(key: str) -> bool:
    return key[:1].isdigit()


def _content_words(keys: tuple[str, ...], lex: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Content words and their lemmas; a WordNet phrase ("come down", "before long") is one
    word here, so that it can meet its one-word synonym ("fall", "soon")."""
    all_lemmas = [lex.lemma(k) for k in keys]
    content: list[str] = []
    lemmas: list[str] = []
    i, n = 0, len(keys)
    while i < n:
        for size in (3, 2):
            if i + size <= n:
                phrase = "_".join(all_lemmas[i : i + size])
                if phrase in lex.phrases:
                    content.append("_".join(keys[i : i + size]))
                    lemmas.append(phrase)
                    i += size
                    break
        else:
            key = keys[i]
            if key not in STOPWORDS and key not in _NEGATIONS:
                content.append(key)
                lemmas.append(all_lemmas[i])
            i += 1
    return tuple(content), tuple(lemmas)


def read_sentence(text: str, lex: Lexicon | None = None) -> SentenceInfo:
    """Read a sentence for comparison (cached by its text: documents are read again and again)."""
    if lex is None or lex is lexicon():
        return _read_cached(text)
    return _read(text, lex)


@functools.lru_cache(maxsize=50_000)
def _read_cached(text: str) -> SentenceInfo:
    return _read(text, lexicon())


_QUICK_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def quick_keys(text: str) -> set[str]:
    """Lemmas and WordNet senses ("~ID") of a sentence's content words, without reading it
    fully: enough to find which sentences may be worth comparing."""
    keys: set[str] = set()
    for match in _QUICK_WORD.finditer(text):
        keys.update(_word_keys(match.group()))
    return keys


@functools.lru_cache(maxsize=100_000)
def _word_keys(word: str) -> frozenset[str]:
    word = word.casefold().replace("’", "'")
    if word in STOPWORDS or word in _NEGATIONS:
        return frozenset()
    lex = lexicon()
    return frozenset({lex.lemma(word), *(f"~{s}" for s in lex.senses(word))})


def _read(text: str, lex: Lexicon) -> SentenceInfo:
    tokens = tokenize(text)
    keys = tuple(k.replace("’", "'") for k in tokens.keys)
    content, lemmas = _content_words(keys, lex)
    names = frozenset(
        keys[i]
        for i in range(1, len(keys))
        if tokens.exact[i][:1].isupper() and keys[i] not in STOPWORDS
    )
    lower = _SPACE.sub(" ", text.casefold()).strip()
    return SentenceInfo(
        text=text,
        keys=keys,
        key_set=frozenset(keys),
        content=content,
        lemmas=lemmas,
        lemma_set=frozenset(lemmas),
        senses=tuple(
            lex.senses(lem) if "_" in lem else lex.senses(k)
            for k, lem in zip(content, lemmas, strict=True)
        ),
        weights=tuple(lex.weight(k) for k in content),
        numbers=frozenset(k for k in keys if _is_number(k)),
        names=names,
        negations=sum(1 for k in keys if k in _NEGATIONS or k.endswith("n't")),
        bigrams=frozenset(itertools.pairwise(keys)),
        trigrams=frozenset(zip(keys, keys[1:], keys[2:], strict=False)),
        grams=frozenset(lower[i : i + 4] for i in range(max(0, len(lower) - 3))),
        lower=lower,
    )


FEATURES: tuple[str, ...] = (
    "len_min", "len_max", "len_diff", "len_ratio",
    "word_dice", "word_cover_min", "word_cover_max",
    "lemma_dice", "lemma_cover_min", "lemma_cover_max",
    "bigram_dice", "trigram_dice", "char4_dice",
    "align_min", "align_max", "align_mean",
    "unaligned_min", "unaligned_max", "unaligned_weight_min", "unaligned_weight_max",
    "unaligned_top_max", "synonym_matches",
    "numbers_any", "numbers_unmatched_min", "numbers_unmatched_max", "numbers_conflict",
    "names_unmatched_min", "names_unmatched_max",
    "negation_diff",
    "fuzz_ratio", "fuzz_token_sort", "fuzz_token_set", "fuzz_partial",
    "lcs_seq", "indel_seq", "longest_run", "chunks",
    "weighted_cosine", "unaligned_ratio_min", "unaligned_ratio_max",
    "bigram_cover_min", "bigram_cover_max", "content_min", "content_max",
)  # fmt: skip


def _dice(a: frozenset, b: frozenset) -> float:
    total = len(a) + len(b)
    return 2 * len(a & b) / total if total else 0.0


def _cover(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a) if a else 1.0


def _align(a: SentenceInfo, b: SentenceInfo, lex: Lexicon) -> tuple[list[float], list[float], int]:
    """Greedy one-to-one alignment of content words, strongest kind of match first.

    Returns the match strength of each content word of `a` and of `b` (0 when unaligned), and
    how many pairs met through a synonym or a word family rather than the same lemma.
    """
    sa = [0.0] * len(a.content)
    sb = [0.0] * len(b.content)
    free_b: dict[str, list[int]] = {}
    for j, lemma in enumerate(b.lemmas):
        free_b.setdefault(lemma, []).append(j)
    # same word or same lemma
    for i, lemma in enumerate(a.lemmas):
        slots = free_b.get(lemma)
        if slots:
            j = slots.pop(0)
            strength = _EXACT if a.content[i] == b.content[j] else _LEMMA
            sa[i] = sb[j] = strength
    soft = 0
    rest_a = [i for i, s in enumerate(sa) if not s]
    rest_b = [j for j, s in enumerate(sb) if not s]
    if rest_a and rest_b:
        fam = lex.fam
        for i in rest_a:
            syn_a = a.senses[i]
            fam_a = fam.get(a.lemmas[i])
            if not syn_a and fam_a is None:
                continue
            for j in rest_b:
                if sb[j]:
                    continue
                lb = b.lemmas[j]
                if syn_a and not syn_a.isdisjoint(b.senses[j]):
                    sa[i] = sb[j] = _SYNONYM
                elif fam_a is not None and fam.get(lb) == fam_a:
                    sa[i] = sb[j] = _FAMILY
                else:
                    continue
                soft += 1
                break
    return sa, sb, soft


def _weighted(
    strengths: list[float], weights: tuple[float, ...]
) -> tuple[float, int, float, float]:
    total = sum(weights)
    if not total:
        return 1.0, 0, 0.0, 0.0
    got = sum(s * w for s, w in zip(strengths, weights, strict=True))
    unaligned = [w for s, w in zip(strengths, weights, strict=True) if not s]
    return got / total, len(unaligned), sum(unaligned), max(unaligned, default=0.0)


def _runs(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[int, int]:
    """The longest run of words in a row shared by both, and how many runs cover a's matches."""
    if not a or not b:
        return 0, 0
    positions: dict[str, list[int]] = {}
    for j, key in enumerate(b):
        positions.setdefault(key, []).append(j)
    longest = 0
    previous: dict[int, int] = {}
    for key in a:
        current = {}
        for j in positions.get(key, ()):
            current[j] = previous.get(j - 1, 0) + 1
        if current:
            longest = max(longest, max(current.values()))
        previous = current
    # chunks: greedy left-to-right runs (METEOR's fragmentation)
    chunks, last = 0, -2
    for key in a:
        js = positions.get(key)
        if not js:
            last = -2
            continue
        if last + 1 in js:
            last += 1
        else:
            chunks += 1
            last = js[0]
    return longest, chunks


def pair_features(
    a: SentenceInfo, b: SentenceInfo, lex: Lexicon | None = None, cover: list[float] | None = None
) -> list[float]:
    """The feature vector of FEATURES for a pair (order does not matter). When `cover` is
    given, the share of `a`'s content (by weight) aligned in `b` is appended to it: how much
    of a story sentence its source sentence holds, whatever else the source says."""
    lex = lex or lexicon()
    la, lb = len(a.keys), len(b.keys)
    sa, sb, soft = _align(a, b, lex)
    cov_a, un_a, unw_a, top_a = _weighted(sa, a.weights)
    if cover is not None:
        cover.append(cov_a)
    cov_b, un_b, unw_b, top_b = _weighted(sb, b.weights)
    num_a = len(a.numbers - b.numbers)
    num_b = len(b.numbers - a.numbers)
    names_a = len(a.names - b.key_set)
    names_b = len(b.names - a.key_set)
    longest, chunks = _runs(a.keys, b.keys)
    matched = sum(1 for s in sa if s)
    shared = a.lemma_set & b.lemma_set
    wa = {lem: w for lem, w in zip(a.lemmas, a.weights, strict=True)}
    wb = {lem: w for lem, w in zip(b.lemmas, b.weights, strict=True)}
    dot = sum(wa[x] * wb[x] for x in shared)
    norm = math.sqrt(sum(w * w for w in wa.values()) * sum(w * w for w in wb.values()))
    wcos = dot / norm if norm else 0.0
    big_a, big_b = _cover(a.bigrams, b.bigrams), _cover(b.bigrams, a.bigrams)
    word_a, word_b = _cover(a.key_set, b.key_set), _cover(b.key_set, a.key_set)
    lem_a, lem_b = _cover(a.lemma_set, b.lemma_set), _cover(b.lemma_set, a.lemma_set)
    return [
        min(la, lb),
        max(la, lb),
        abs(la - lb),
        min(la, lb) / max(la, lb, 1),
        _dice(a.key_set, b.key_set),
        min(word_a, word_b),
        max(word_a, word_b),
        _dice(a.lemma_set, b.lemma_set),
        min(lem_a, lem_b),
        max(lem_a, lem_b),
        _dice(a.bigrams, b.bigrams),
        _dice(a.trigrams, b.trigrams),
        _dice(a.grams, b.grams),
        min(cov_a, cov_b),
        max(cov_a, cov_b),
        (cov_a + cov_b) / 2,
        min(un_a, un_b),
        max(un_a, un_b),
        min(unw_a, unw_b),
        max(unw_a, unw_b),
        max(top_a, top_b),
        soft,
        float(bool(a.numbers or b.numbers)),
        min(num_a, num_b),
        max(num_a, num_b),
        float(bool(num_a and num_b)),
        min(names_a, names_b),
        max(names_a, names_b),
        abs(a.negations - b.negations),
        fuzz.ratio(a.lower, b.lower) / 100,
        fuzz.token_sort_ratio(a.lower, b.lower) / 100,
        fuzz.token_set_ratio(a.lower, b.lower) / 100,
        fuzz.partial_ratio(a.lower, b.lower) / 100,
        LCSseq.normalized_similarity(a.keys, b.keys),
        Indel.normalized_similarity(a.content, b.content),
        longest / max(1, min(la, lb)),
        chunks / max(1, matched),
        wcos,
        min(un_a / max(1, len(a.content)), un_b / max(1, len(b.content))),
        max(un_a / max(1, len(a.content)), un_b / max(1, len(b.content))),
        min(big_a, big_b),
        max(big_a, big_b),
        min(len(a.content), len(b.content)),
        max(len(a.content), len(b.content)),
    ]
