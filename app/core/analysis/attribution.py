"""Who said each quote in one block: the cue verb, the speaker as written, and the venue.

Works on one block at a time with the quotes masked out, so the words around a quote are read
without the words inside it. Resolving a pronoun or surname to a full name needs the story
before the block and happens later, in the engine's cheap linking pass. How a quote stands to
its neighbours is read in quote_neighbours.py; words a clause introduces with a colon and no
verb of saying, in colon_intros.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from app.core.analysis.appositions import name_beside
from app.core.analysis.attribution_rules import (
    AFTER,
    BEFORE,
    BEFORE_FAR,
    DASH,
    DASH_BEFORE,
    HEARD,
    LATER,
    OWNER,
    PARTICIPLE,
    PARTICIPLE_BEFORE,
    PREVIOUS_SUBJECT,
    REPLY,
    REPORTED_BEFORE,
    SUBJECT,
    TOLD_BY_WHOM,
    WORDS_OF,
    LocalAttribution,
)
from app.core.analysis.bare_tags import NAME_ONLY, name_without_verb
from app.core.analysis.came_tags import prompted_speaker, reply_tag
from app.core.analysis.clause_subjects import can_speak, clause_subject
from app.core.analysis.colon_intros import colon_subject
from app.core.analysis.cries import crier_before
from app.core.analysis.cues import (
    CUE_RE,
    Scan,
    asked_and_told,
    cites,
    cue_text,
    passive_agent,
)
from app.core.analysis.dash_signatures import role_then_name
from app.core.analysis.entities import DOCUMENT
from app.core.analysis.findings import FINDING, finding
from app.core.analysis.first_person import person_saying_i
from app.core.analysis.inverted import NON_INVERTING, inverted
from app.core.analysis.masking import MASK, blank_parentheticals, mask_quotes
from app.core.analysis.mentions import NAME, Mention, find_mentions
from app.core.analysis.owners import document_owners, owner_before_quote, owner_of_words
from app.core.analysis.participles import received_message
from app.core.analysis.prepositions import after_preposition
from app.core.analysis.quote_marks import QuoteSpan
from app.core.analysis.quote_neighbours import (
    LIST_JOIN_RE,
    quote_ends_sentence,
    says_the_next_quote,
    speech_between,
)
from app.core.analysis.read_documents import document_writer
from app.core.analysis.sentence_bounds import sentence_starts
from app.core.analysis.subjects import WINDOW, subject_before
from app.core.analysis.tags import (
    after_quote,
    agent_of,
    before_quote,
    fragment_ends_sentence,
    heard_after,
    heard_before,
    mention_at,
    outer_reporter,
    says_nothing,
    words_owner_after,
)
from app.core.analysis.titles import QUOTE

_DASH_RE = re.compile(r"^[\s\u00a0]*(?:[―—–]+|--)[\s\u00a0]*")


# An aside of comparison right before a verb of saying: ", as the company claimed".
_AS_ASIDE_RE = re.compile(r",\s+(?:and\s+)?(?:not\s*,?\s+)?as\s+[^,;:.]{1,60}$")

_DASH_BEFORE_RE = re.compile(r"\s+(?:--|—|–)\s*$")


_MAIN_AFTER_RE = re.compile(r"[\s,]*")
# A verb of saying followed by the clause it reports ("said she had", "said that the"):
# reported speech, not a tag.
_REPORTS_CLAUSE_RE = re.compile(r"\s+(?:that|she|he|they|it|we|I|the|his|her|their)\s")


_PARTICIPLE_AFTER_RE = re.compile(
    r"[\s,]*(saying|adding|noting|arguing|insisting|explaining|warning|claiming|stressing|"
    r"writing|asking|telling)\b"
)


def attribute_block(
    block: str,
    spans: tuple[QuoteSpan, ...],
    mentions: list[Mention] | None = None,
    masked: str | None = None,
    scan: Scan | None = None,
    starts: list[int] | None = None,
) -> list[LocalAttribution]:
    """One LocalAttribution per span (titles and headings get an empty one)."""
    if not spans:
        return []
    if masked is None:
        masked = blank_parentheticals(mask_quotes(block, spans))
    if mentions is None:
        mentions = find_mentions(masked)
    starts = starts if starts is not None else sentence_starts(masked)
    mention_starts = [m.start for m in mentions]
    scan = scan if scan is not None else Scan(masked)
    out: list[LocalAttribution] = []
    prev_close = 0
    for i, span in enumerate(spans):
        if span.kind is not QUOTE:
            out.append(LocalAttribution(None, None, None, 0.0))
            continue
        # The clause before the quote: from the sentence start (or the previous quote, when it
        # ended a sentence) up to the opening mark.
        lo = starts[bisect_right(starts, span.mark_start) - 1]
        if i and quote_ends_sentence(block, spans[i - 1]):
            lo = max(lo, prev_close)
        lo = max(lo, span.mark_start - WINDOW)
        nxt = spans[i + 1].mark_start if i + 1 < len(spans) else len(block)
        at = bisect_right(starts, span.mark_end)
        hi = starts[at] if at < len(starts) else len(block)
        hi = min(hi, span.mark_end + WINDOW)
        # Only the mentions inside the window: every helper below walks this short list.
        near = mentions[bisect_left(mention_starts, lo) : bisect_left(mention_starts, hi)]
        found = _attribute(block, masked, near, span, lo, hi, nxt, scan)
        if (
            found.rule == AFTER
            and i
            and out[-1].rule in (BEFORE, BEFORE_FAR)
            and span.mark_start - spans[i - 1].mark_end < 8
            and LIST_JOIN_RE.fullmatch(masked, spans[i - 1].mark_end, span.mark_start)
        ):
            # "as Ruiz went on about “the rota” and “our tired crews,” Lee nodded": the last
            # item of a list of quotes is the list's speaker's; the tag after it reports
            # what happened next, not who said the list.
            found = out[-1]
        if found.inherit and lo > 0:
            # "Bridenstine expects three rockets. “Adding one more ...”": a quote opening a
            # sentence with nobody named around it is the previous sentence's subject's.
            sentence = bisect_right(starts, lo - 1) - 1
            prev_lo = max(starts[sentence] if sentence >= 0 else 0, lo - WINDOW)
            if i and prev_close < lo and quote_ends_sentence(block, spans[i - 1]):
                # "“I don’t know.” Vell shrugged. “Maybe we lost.”": the quote before ended
                # its sentence inside the marks (masked, the stop is hidden), so the sentence
                # just before this one starts after it, and holds no speech
                prev_lo = max(prev_lo, prev_close)
            if not speech_between(block, spans, i, prev_lo):
                window = mentions[
                    bisect_left(mention_starts, prev_lo) : bisect_left(mention_starts, lo)
                ]
                # "... Ortiz said. “Nobody wants ...”": the reported speaker first, then
                # the sentence's subject.
                reported = before_quote(masked, window, prev_lo, lo, scan)
                if reported is not None:
                    reported = outer_reporter(masked, window, prev_lo, reported, scan)
                if reported is not None and can_speak(reported[0]):
                    found = LocalAttribution(
                        reported[0], reported[1], found.venue, 0.55, rule=REPORTED_BEFORE
                    )
                else:
                    subject = clause_subject(masked, window, prev_lo, lo, main_clause=True)
                    if subject is not None and can_speak(subject):
                        found = LocalAttribution(
                            subject, None, found.venue, 0.5, rule=PREVIOUS_SUBJECT
                        )
        out.append(found)
        prev_close = span.mark_end
    return out


def _attribute(
    block: str,
    masked: str,
    mentions: list[Mention],
    span: QuoteSpan,
    lo: int,
    hi: int,
    next_open: int,
    scan: Scan,
) -> LocalAttribution:
    after_hi = min(hi, next_open) if next_open > span.mark_end else hi
    post = masked[span.mark_end : after_hi]
    pre = masked[lo : span.mark_start]
    venue = scan.venue_in(lo, hi)
    inner = block[span.start : span.end].rstrip(" \u00a0")
    ends_sentence = inner[-1:] in ".!?…"
    before = before_quote(masked, mentions, lo, span.mark_start, scan)
    if before is None and fragment_ends_sentence(block, pre, inner, span.mark_end):
        post, after_hi, hi = "", span.mark_end, span.mark_end  # the next sentence's words
    # 1. Right after the quote: `," said X` / `," X said` / `," X, an expert, said`; it loses
    # to a cue that introduces the quote when the quote is a finished sentence, since the
    # words after it then usually introduce the next quote.
    # “rebooted” the gates as the company ...: a quote running on into its sentence has no
    # tag of its own after it; an object follows, not a speaker.
    runs_on = inner[-1:] not in ".,!?;:…—–-" and masked[span.mark_end : span.mark_end + 1] == " "
    if inner[-1:] in ",!?…":
        # "“For the bus!” came a voice from the back", "“Order!” called the chair": a voice
        # answering, never the quote before's speaker going on
        reply = reply_tag(masked, mentions, span.mark_end, after_hi)
        if reply is not None:
            mention, cue = reply
            if mention is None:
                return LocalAttribution(None, cue, venue, 0.8, rule=REPLY)
            return LocalAttribution(mention, cue, venue, 0.85, rule=AFTER)
    heard = None if runs_on else heard_after(masked, mentions, span.mark_end, after_hi)
    found = (
        after_quote(masked, mentions, span.mark_end, after_hi, phrases=not runs_on)
        if heard is None or heard[1] != -1  # "Lind was told by Ana Ruiz": the agent's words
        else None
    )
    if heard is not None and found is None and heard[1] != -1:
        # "“Go home,” protesters were told by police officers": whoever the ones told are
        agent = agent_of(mentions, masked, heard[1], after_hi)
        found = (agent, heard[0]) if agent is not None else None
    if heard is not None and found is None and not (before and before[2]):
        # "“Pack a bag,” Lind was told": words said to someone, by no one named
        return LocalAttribution(None, heard[0], venue, 0.9, rule=HEARD)
    if (
        found
        and before is not None
        and found[1].lower().startswith(("report", "according", "in the words"))
    ):
        # "Wyden said the idea is “…,” WBAL reported": the outlet reports what Wyden said
        found = None
    if found and before is not None and says_the_next_quote(masked, found, after_hi, next_open):
        # "Hart called it “a disgrace,” Finch said it was “about time”": a list of speakers,
        # each with a verb and a clause of their own; Finch's verb opens the next quote.
        found = None
    if found and not (before and before[2] and ends_sentence):
        leads_on = (
            after_hi == next_open
            and not masked[span.mark_end : after_hi].rstrip().endswith((".", "!", "?"))
            and masked[span.mark_end : after_hi].rstrip()[-1:] in (",", ":")
        )
        # `Japan branded it an “outlaw nation.” Russia insisted that ...`: a finished sentence
        # with its own speech verb before it; the name after it opens the next sentence.
        next_sentence = (
            ends_sentence
            and before is not None
            and found[0].start > span.mark_end
            and masked[found[0].start : found[0].start + 1].isupper()
            and not CUE_RE.match(masked, span.mark_end + len(post) - len(post.lstrip()))
        )
        if (
            not next_sentence
            and ends_sentence
            and found[0].start > span.mark_end
            and masked[found[0].start : found[0].start + 1].isupper()
            and pre.rstrip().endswith(":")
            and pre.strip(" :")
        ):
            # "Ana Ruiz was blunt: “We lost.” Tom Vell said nothing.": a finished sentence
            # introduced by its speaker's clause and a colon; the name after it opens the next
            # sentence, whatever its verb
            introduced = colon_subject(masked, mentions, lo, span.mark_start, venue)
            if introduced is not None:
                return introduced
        if not (ends_sentence and leads_on) and not next_sentence:
            mention, cue = found
            return LocalAttribution(mention, cue, venue, 0.9, rule=AFTER)
    # 1b. A participle right after the quote (`“...,” saying he trusted the courts`): the
    # words are the main clause's subject's.
    participle = _PARTICIPLE_AFTER_RE.match(post)
    if participle and not (before and before[2]):
        subject = clause_subject(masked, mentions, lo, span.mark_start)
        if subject is not None and can_speak(subject):
            return LocalAttribution(subject, participle.group(1), venue, 0.7, rule=PARTICIPLE)
    # 2. A dash and a name after the quote: `” ― Sonya Herridge`.
    dash = _DASH_RE.match(post)
    if dash:
        at = span.mark_end + dash.end()
        for m in mentions:
            if m.start == at and m.kind is NAME:
                return LocalAttribution(m, "―", venue, 0.8, rule=DASH)
        signed = role_then_name(masked, mentions, at, after_hi)  # "” – coach Luis da Costa"
        if signed is not None:
            return LocalAttribution(signed, "―", venue, 0.8, rule=DASH)
    # 2a. "“We sold out,” Ana Ruiz, head of sales.": a tag with its verb left out.
    if not pre.strip() and inner[-1:] == "," and not (before and before[2]):
        named = name_without_verb(masked, mentions, span.mark_end, hi, scan)
        if named is not None:
            return LocalAttribution(named, None, venue, 0.6, rule=NAME_ONLY)
    # 2b. A name, a dash, the quote: "among them Ana Ruiz -- “Nobody should sail ...”".
    dashed = _DASH_BEFORE_RE.search(pre)
    if dashed and not (before and before[2]):
        at = lo + dashed.start()
        for m in reversed(mentions):
            if (
                at - 1 <= m.end <= at
                and m.is_person_name
                and not m.possessive
                and not after_preposition(masked, m.start)
            ):
                return LocalAttribution(m, "—", venue, 0.6, rule=DASH_BEFORE)
    # 3. Words owned by someone: `Brandt's claim that crews had "..."`, `his promise to "..."`;
    # nearer the quote than a cue that does not introduce it, so it wins over that cue.
    owned = owner_of_words(masked, mentions, lo, span.mark_start) or owner_before_quote(
        masked, mentions, span.mark_start, span.mark_end
    )
    if owned is not None and (
        before is None
        or (
            not before[2]
            and owned[0].start > before[0].start
            # "Ortiz called Mr. Brandt's remarks “a warning”": the labeller's words.
            and not before[1].lower().startswith(NON_INVERTING)
        )
    ):
        return LocalAttribution(owned[0], owned[1], venue, 0.7, rule=OWNER)
    cues = scan.cues_in(lo, span.mark_start)
    if cues and cues[-1].group().endswith("ing") and received_message(masked, lo, cues[-1].start()):
        # "Lind received a letter saying “…”": the sender's words, said to Lind (as when heard)
        return LocalAttribution(None, cue_text(cues[-1].group()), venue, 0.85, rule=HEARD)
    whom = asked_and_told(masked, lo, span.mark_start) if not (before and before[2]) else None
    if whom is not None:
        # "She called the leasing office and was told ... “…”": the office's words, not hers
        told = _called(masked, mentions, whom)
        rule = HEARD if told is None else TOLD_BY_WHOM
        return LocalAttribution(told, "told", venue, 0.6 if told else 0.85, rule=rule)
    prompted = prompted_speaker(masked, mentions, lo, span.mark_start)
    if prompted is not None:
        # "he said, which prompted Ana Lima, the member for Holt, to call out “…”": hers
        return LocalAttribution(prompted[0], prompted[1], venue, 0.8, rule=BEFORE)
    if before is None:
        # "ended with a section of the crowd chanting “…”": those crying out, as written
        crier = crier_before(masked, mentions, lo, span.mark_start)
        if crier is not None:
            return LocalAttribution(crier[0], crier[1], venue, 0.7, rule=BEFORE)
    # 4. A cue before the quote in the same sentence: `X said, "..."`, `X called it "..."`.
    if before and pre.rstrip().endswith(":"):
        # "Whit read aloud from an email sent by a shop manager: “…”": the writer's words
        writer = document_writer(masked, mentions, lo, span.mark_start)
        if writer is not None:
            return LocalAttribution(writer, before[1], venue, 0.75, rule=BEFORE)
    if before:
        said_i = person_saying_i(inner, masked, mentions, lo, before, scan)
        mention, cue, adjacent = said_i or before
        return LocalAttribution(
            mention, cue, venue, 0.85 if adjacent else 0.7, rule=BEFORE if adjacent else BEFORE_FAR
        )
    # 5. A cue later in the same sentence: `"...," the mayor said on Tuesday, adding "..."`.
    for cue_match in scan.cues_in(span.mark_end, hi):
        cue = cue_match.group()
        if _AS_ASIDE_RE.search(masked, span.mark_end, cue_match.start()):
            # "... because she “…”, and not, as the company claimed, because ...": the aside
            # says whose account the words after it are, not the quote before it.
            break
        if says_nothing(masked, cue_match.end()):
            break  # "“The results are good.” Vell said nothing.": no tag of the quote
        if (
            ends_sentence
            and not pre.strip()
            and masked[span.mark_end : span.mark_end + 1] == " "
            and masked[span.mark_end + 1 : span.mark_end + 2].isupper()
            and _REPORTS_CLAUSE_RE.match(masked, cue_match.end())
            and MASK in masked[:lo]
        ):
            # "“It fell,” he said. “It was gone.” Down the street, Ana Pell said she had
            # seconds to run.": a whole sentence quoted on its own after a quote of its block,
            # then a new sentence reporting someone's words in a clause of their own; that
            # verb tags no quote (the quote goes on from the one before it)
            break
        agent = passive_agent(masked, cue_match)
        if agent is not None:
            mention = agent_of(mentions, masked, agent, hi)
        elif cites(cue):
            mention = mention_at(mentions, cue_match.end(), hi, masked)
        else:
            mention = subject_before(
                masked, mentions, span.mark_end, cue_match.start(), cue_match.group()
            ) or inverted(mentions, masked, cue_match.end(), hi)
        if mention is not None:
            return LocalAttribution(mention, cue_text(cue), venue, 0.6, rule=LATER)
        break
    owner = words_owner_after(masked, mentions, span.mark_end, hi)
    if owner is not None:  # "“…” Those were the last words of Tom Vell"
        return LocalAttribution(owner, "words", venue, 0.6, rule=WORDS_OF)
    # 6. "After saying her foot was “so swollen ...,” she was taken to hospital": a participle
    # of saying with no subject of its own takes the main clause's, named after the quote.
    for cue_match in scan.cues_in(lo, span.mark_start):
        if not cue_match.group().endswith("ing") or any(
            lo <= m.start < cue_match.start() for m in mentions
        ):
            continue
        for m in mentions:
            if m.start <= span.mark_end:
                continue
            if _MAIN_AFTER_RE.fullmatch(masked, span.mark_end, m.start) and can_speak(m):
                return LocalAttribution(
                    m, cue_text(cue_match.group()), venue, 0.6, rule=PARTICIPLE_BEFORE
                )
            break
        break
    # (a list item's bullet opens no clause: "- “…”", "* “…”", "• “…”" after "she said:")
    starts_clause = not pre.strip(" \t\u00a0-—–:(*+•·▪‣◦") or pre.rstrip().endswith(":")
    # "Lind, who was told “pack a bag,” left": no colon, and more than a word (“nothing”)
    told = pre.rstrip()[-1:] == "d" and " " in inner.strip()
    if pre.rstrip()[-1:] in (":", ",") or told:
        heard = heard_before(pre.rstrip())
        if heard is not None:
            return LocalAttribution(None, heard, venue, 0.85, rule=HEARD)
    if pre.rstrip().endswith(":") and pre.strip(" :"):
        introduced = colon_subject(masked, mentions, lo, span.mark_start, venue)
        if introduced is not None:
            return introduced
    if not starts_clause:
        # A partial quote with no speech verb ("Trump likened them to a “...”"): the
        # sentence's subject is usually the one whose words are quoted.
        subject = clause_subject(masked, mentions, lo, span.mark_start)
        if subject is not None and can_speak(subject):
            return LocalAttribution(subject, None, venue, 0.45, rule=SUBJECT)
        if subject is not None and subject.entity is DOCUMENT:
            # "The study, published in the journal Heart, found that walking was “as good as
            # running”", "A survey of 2,000 adults by Polldata found": a finding is the
            # document's (its author's, when it names one).
            found = finding(masked, subject, span.mark_start)
            if found is not None:
                return LocalAttribution(found[0], found[1], venue, 0.5, rule=FINDING)
    return LocalAttribution(None, None, venue, 0.3, inherit=starts_clause)


def _called(masked: str, mentions: list[Mention], at: int) -> Mention | None:
    """Whom the subject called, the mention at `at`, or the name set beside it ("the landlord,
    Brightway Homes,"); None when no one is named there."""
    for i, m in enumerate(mentions):
        if m.start == at and not m.possessive:
            return name_beside(masked, mentions, i) or m
    return None


__all__ = ["attribute_block", "document_owners"]
