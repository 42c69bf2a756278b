"""Sentence-by-sentence derivation: which source sentence each story sentence comes from, if any.

Candidates come from an inverted index of the sources' content words and their WordNet senses
(so "prices will fall" finds "costs will come down"); the sentence-pair model judges the best
few for each story sentence in one batch. The surrounding sentences then decide the doubtful
ones: a rewrite follows its original in order, so a sentence the model nearly accepts is taken
as paraphrased when its neighbours are derived from the neighbours of the same source sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.core.provenance.features import SentenceInfo, read_sentence
from app.core.provenance.features import quick_keys as _quick_keys
from app.core.provenance.lexicon import lexicon
from app.core.provenance.pairmodel import PairJudgement, Relation, judge_many, model
from app.core.provenance.sentences import Sentence, split_sentences
from app.core.verification.sourcetext import SourceText

_CANDIDATES = 5  # source sentences judged by the model for each story sentence
_VOTE_FLOOR = 0.4  # candidates with less than this share of the best one's votes are dropped
_COMMON_HITS = 40  # a key in more source sentences than this (and 1/8 of them) casts no votes
_NEIGHBOUR_MARGIN = 0.15  # how far below the threshold a neighbour-supported pair may be
_NEIGHBOUR_REACH = 2  # source sentences between the two neighbours' origins
_NEIGHBOUR_COVER = 0.5  # ... and it must hold this much of the story sentence's content
# Between two sentences derived in order from one source, a weaker likeness will do.
_BRACKETED_SCORE = 0.25
_BRACKETED_COVER = 0.25
# A story sentence drawn from part of a longer source sentence (a rewrite splits and trims):
# most of its content aligned there, and the model not far from saying "the same claim".
_CONTAINED_COVER = 0.7
_CONTAINED_SCORE = 0.25
_CONTAINED_WORDS = 4
_HELD_COVER = 0.8  # ... or nearly all of it there, whatever the model says of the extra clause
# ... or a heavy paraphrase that keeps the specifics: two words found in no more than two
# sentences of either text (a figure, a name, a rare term) tie the pair together.
_ANCHORS = 2
_ANCHORED_SCORE = 0.2
_ANCHOR_SENTENCES = 2
_ANCHOR_ZIPF = 5.0  # ... and not among the most common words of the language
# "NORTHBRIDGE, March 3 (Meridian News) - " opens a wire story; it is no part of the claim.
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{1,40},[^()\n]{0,40}?\([^)\n]{1,40}\)\s*[-–—]+\s*")


@dataclass(frozen=True, slots=True)
class Material:
    """One text the story may be derived from: an attachment or an archive story."""

    document: str
    """What `--json` calls it: the attachment's title, or `story:SLUG`."""
    title: str
    source: SourceText
    names: tuple[str, ...] = ()
    """Agencies and authors the material names for itself (its credits, dateline agency)."""


@dataclass(frozen=True, slots=True)
class Link:
    """A story sentence and where it comes from."""

    sentence: Sentence
    relation: Relation
    score: float
    material: int | None = None
    source: Sentence | None = None

    @property
    def derived(self) -> bool:
        return self.relation is not Relation.DIFFERENT and self.source is not None


@dataclass(slots=True)
class _Indexed:
    material: int
    sentence: Sentence
    order: int
    text: str
    _info: SentenceInfo | None = None

    @property
    def info(self) -> SentenceInfo:
        """Read in full only when the model compares it (most source sentences never are)."""
        if self._info is None:
            self._info = read_sentence(self.text)
        return self._info


def derive(story_text: str, materials: Sequence[Material]) -> list[Link]:
    """Every story sentence, linked to its most likely source sentence (or to none: `new`)."""
    lex = lexicon()
    story = split_sentences(story_text)
    sources: list[_Indexed] = []
    index: dict[str, list[int]] = defaultdict(list)
    for m, material in enumerate(materials):
        for order, sentence in enumerate(split_sentences(material.source.text)):
            text = _DATELINE.sub("", sentence.text)
            n = len(sources)
            sources.append(_Indexed(m, sentence, order, text))
            for key in _quick_keys(text):
                index[key].append(n)
    infos = [read_sentence(_DATELINE.sub("", s.text), lex) for s in story]
    story_keys = [_quick_keys(info.text) for info in infos]
    in_story: dict[str, int] = defaultdict(int)
    for keys in story_keys:
        for key in keys:
            in_story[key] += 1
    pairs: list[tuple[SentenceInfo, SentenceInfo]] = []
    owners: list[tuple[int, int]] = []
    total = max(1, len(sources))
    for i, info in enumerate(infos):
        votes: dict[int, float] = defaultdict(float)
        for key in story_keys[i]:
            hits = index.get(key)
            if not hits or len(hits) > max(_COMMON_HITS, total // 8):
                continue  # a word in many source sentences tells little, and costs much
            weight = lex.weight(key) if not key.startswith("~") else 2.0
            for n in hits:
                votes[n] += weight
        best = sorted(votes, key=votes.__getitem__, reverse=True)[:_CANDIDATES]
        if best:  # far weaker candidates rarely win and cost a model call each
            floor = votes[best[0]] * _VOTE_FLOOR
            best = [n for n in best if votes[n] >= floor]
        for n in best:
            pairs.append((info, sources[n].info))
            owners.append((i, n))
    judged = judge_many(pairs)
    options: dict[int, list[tuple[PairJudgement, int]]] = defaultdict(list)
    for (i, n), judgement in zip(owners, judged, strict=True):
        anchors = 0
        if judgement.relation is Relation.DIFFERENT and judgement.score >= _ANCHORED_SCORE:
            anchors = sum(
                1
                for key in story_keys[i] & _quick_keys(sources[n].text)
                if _is_anchor(key, len(index[key]), in_story[key], lex)
            )
        if (
            judgement.relation is Relation.DIFFERENT
            and len(infos[i].content) >= _CONTAINED_WORDS
            and (
                judgement.cover >= _HELD_COVER
                or (judgement.cover >= _CONTAINED_COVER and judgement.score >= _CONTAINED_SCORE)
                or anchors >= _ANCHORS
            )
        ):
            judgement = replace(
                judgement,
                relation=Relation.PARAPHRASED,
                score=max(judgement.score, judgement.cover),
            )
        options[i].append((judgement, n))
    links: list[Link] = []
    threshold = model().threshold
    choice: dict[int, tuple[PairJudgement, int]] = {}
    for i in range(len(story)):
        ranked = sorted(options.get(i, []), key=lambda o: _rank(o[0]), reverse=True)
        if ranked:
            choice[i] = ranked[0]
    for i, sentence in enumerate(story):
        picked = choice.get(i)
        if picked is None:
            links.append(Link(sentence, Relation.DIFFERENT, 0.0))
            continue
        judgement, n = picked
        relation = judgement.relation
        if relation is Relation.DIFFERENT and judgement.score >= threshold - _NEIGHBOUR_MARGIN:
            relation, n = _by_neighbours(i, options, choice, sources, threshold, relation, n)
        if relation is Relation.DIFFERENT:
            relation, n = _bracketed(i, options, choice, sources, relation, n)
        if relation is Relation.DIFFERENT:
            links.append(Link(sentence, Relation.DIFFERENT, round(judgement.score, 3)))
            continue
        source = sources[n]
        links.append(
            Link(sentence, relation, round(judgement.score, 3), source.material, source.sentence)
        )
    return links


def _bracketed(
    i: int,
    options: dict[int, list[tuple[PairJudgement, int]]],
    choice: dict[int, tuple[PairJudgement, int]],
    sources: list[_Indexed],
    relation: Relation,
    n: int,
) -> tuple[Relation, int]:
    """A rewrite that follows its original sentence by sentence: when the sentences before and
    after this one come from one source, in order, and a source sentence between their origins
    that no other story sentence took resembles this one, that is where it comes from."""
    before, after = choice.get(i - 1), choice.get(i + 1)
    if not before or not after:
        return relation, n
    if Relation.DIFFERENT in (before[0].relation, after[0].relation):
        return relation, n
    first, last = sources[before[1]], sources[after[1]]
    if first.material != last.material or not first.order < last.order <= first.order + 4:
        return relation, n
    taken = {picked[1] for j, picked in choice.items() if j != i and
             picked[0].relation is not Relation.DIFFERENT}  # fmt: skip
    for judgement, candidate in sorted(options[i], key=lambda o: -o[0].score):
        here = sources[candidate]
        if (
            candidate not in taken
            and here.material == first.material
            and first.order < here.order < last.order
            and judgement.score >= _BRACKETED_SCORE
            and judgement.cover >= _BRACKETED_COVER
        ):
            return Relation.PARAPHRASED, candidate
    return relation, n


def _is_anchor(key: str, in_sources: int, in_story: int, lex) -> bool:
    if key.startswith("~") or in_sources > _ANCHOR_SENTENCES or in_story > _ANCHOR_SENTENCES:
        return False
    if key[:1].isdigit():
        return len(key) >= 2
    return len(key) >= 3 and lex.zipf(key) < _ANCHOR_ZIPF


def _rank(judgement: PairJudgement) -> tuple[int, float]:
    level = {Relation.COPIED: 2, Relation.PARAPHRASED: 1, Relation.DIFFERENT: 0}
    return level[judgement.relation], judgement.score


def _by_neighbours(
    i: int,
    options: dict[int, list[tuple[PairJudgement, int]]],
    choice: dict[int, tuple[PairJudgement, int]],
    sources: list[_Indexed],
    threshold: float,
    relation: Relation,
    n: int,
) -> tuple[Relation, int]:
    """Accept a near-miss when the story's neighbours come from this candidate's neighbours."""
    anchors = []
    for j in (i - 1, i + 1):
        picked = choice.get(j)
        if picked and picked[0].relation is not Relation.DIFFERENT:
            anchors.append(sources[picked[1]])
    if not anchors:
        return relation, n
    for judgement, candidate in sorted(options[i], key=lambda o: -o[0].score):
        if judgement.score < threshold - _NEIGHBOUR_MARGIN:
            break
        if judgement.cover < _NEIGHBOUR_COVER:
            continue
        here = sources[candidate]
        if any(
            a.material == here.material and 0 < abs(a.order - here.order) <= _NEIGHBOUR_REACH
            for a in anchors
        ):
            return Relation.PARAPHRASED, candidate
    return relation, n


def shares(links: Sequence[Link], count: int) -> list[float]:
    """Per material: characters of story sentences derived from it / all story-sentence chars."""
    total = sum(len(link.sentence.text) for link in links)
    out = [0.0] * count
    if not total:
        return out
    for link in links:
        if link.derived and link.material is not None:
            out[link.material] += len(link.sentence.text)
    return [round(value / total, 3) for value in out]
