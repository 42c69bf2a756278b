"""Speech tags around a quote: the verb and speaker right after it ("“...,” said Mr. Burman"),
the nearest verb of saying before it and "according to X". Who follows an inverted verb
("said veteran analyst Ivo Marsh") is read in inverted.py.
"""

from __future__ import annotations

import re

from app.core.analysis.appositions import apposed_name
from app.core.analysis.cited_pronouns import cited_pronoun
from app.core.analysis.cues import (
    CUE_RE,
    Scan,
    cites,
    cue_text,
    is_noun,
    passive_agent,
)
from app.core.analysis.entities import DOCUMENT, ORGANISATION, PERSON
from app.core.analysis.group_mentions import bare_documents
from app.core.analysis.inverted import inverted
from app.core.analysis.mention import NAME, NOMINAL, PRONOUN
from app.core.analysis.mentions import (
    Mention,
    bare_plural,
)
from app.core.analysis.name_parts import GENERATION_END_RE
from app.core.analysis.noun_phrases import (
    ADVERB_OR_AUX,
    DETERMINER,
    NP_WORD,
    phrase_mention,
)
from app.core.analysis.quoted_as import quoted_before, quoted_object
from app.core.analysis.subjects import skippable, subject_before


def fragment_ends_sentence(block: str, pre: str, inner: str, mark_end: int) -> bool:
    """A fragment quoted inside a clause of its own ("The results were “encouraging.”") ends
    the sentence inside its marks: the capital after it opens the next sentence, so a name and
    verb there ("Ian Tate said: …") are that sentence's, not a tag for this quote."""
    if inner[-1:] not in ".!?…" or not pre.strip() or pre.rstrip()[-1:] in ":,":
        return False
    tail = block[mark_end : mark_end + 5]
    opening = tail.lstrip()
    if opening[:1] in '“"‘':
        # "The show was a “hit.” “We are thrilled,” said Ray Moss": the next sentence opens
        # with a quote of its own, whose tag is not this fragment's
        opening = opening[1:]
    return tail[:1].isspace() and opening[:1].isupper()


def before_quote(
    masked: str, mentions: list[Mention], lo: int, open_at: int, scan: Scan | None = None
) -> tuple[Mention, str, bool] | None:
    """The nearest cue before the quote with its subject, and whether it introduces the quote."""
    cues = scan.cues_in(lo, open_at) if scan else list(CUE_RE.finditer(masked, lo, open_at))
    fallback: tuple[Mention, str, bool] | None = None
    for index in range(len(cues) - 1, -1, -1):
        cue_match = cues[index]
        cue = cue_match.group()
        agent = passive_agent(masked, cue_match)
        if agent is not None:
            if index != len(cues) - 1:
                # "Ruiz, who was told by Lind that ..., said:": a passive inside a clause
                # introduces nothing; the later verb does.
                continue
            # "Lind was told by Ana Ruiz: “…”": the agent spoke, the subject listened.
            # past the quote when the agent follows it ("was branded “…” by Tom Vell")
            mention = agent_of(mentions, masked, agent, open_at if agent < open_at else len(masked))
        elif cites(cue):
            mention = mention_at(mentions, cue_match.end(), open_at, masked)
        elif (quoted := quoted_before(masked, mentions, cues, index)) is not None:
            mention = quoted  # "The Gazette quoted her as saying: “…”": her words
        else:
            mention = subject_before(masked, mentions, lo, cue_match.start(), cue)
            if mention is None:
                mention = inverted(mentions, masked, cue_match.end(), open_at)
        if mention is not None:
            tail = masked[cue_match.end() : open_at].strip()
            # Adjacent: nothing but a comma or colon, and no later cue, before the quote.
            adjacent = (not tail or tail[-1] in ",:") and index == len(cues) - 1
            if (
                mention.kind is PRONOUN
                and mention.text.lower() == "it"
                and not adjacent
                and index > 0
            ):
                # "Ruiz ... said it would tell visitors “...”": "it" is what is told about;
                # an earlier verb of saying may have its speaker.
                fallback = fallback or (mention, cue_text(cue), adjacent)
                continue
            return mention, cue_text(cue), adjacent
    return fallback


def outer_reporter(
    masked: str,
    mentions: list[Mention],
    lo: int,
    reported: tuple[Mention, str, bool],
    scan: Scan | None = None,
) -> tuple[Mention, str, bool]:
    """Who reports the clause holding `reported`, the speech found just before a quote:
    "Chief Tom Vale explains the user posted a picture." holds two verbs, and the quote after
    it is the chief's, who is telling the story, not the user's whose post it is about. The
    outer speaker when a verb of saying, bare or with "that", opens the clause; else
    `reported` itself."""
    inner = reported[0]
    if inner.kind is not PRONOUN and inner.entity is ORGANISATION:
        return reported  # "Vale said the council announced ...": a body's words go on
    outer = before_quote(masked, mentions, lo, inner.start, scan)
    if outer is None or outer[0].end > inner.start or not outer[0].is_person_name:
        return reported
    head = masked[lo : inner.start]
    at = head.rfind(outer[1])
    if at == -1 or not _OPENS_CLAUSE_RE.fullmatch(head, at + len(outer[1])):
        return reported
    return outer


# What runs from an outer verb of saying to the subject of the clause it reports.
_OPENS_CLAUSE_RE = re.compile(r"\s+(?:that\s+)?")


def after_quote(
    masked: str, mentions: list[Mention], at: int, hi: int, phrases: bool = True
) -> tuple[Mention, str] | None:
    rest = masked[at:hi]
    lead = len(rest) - len(rest.lstrip(" ,.;:!?\u00a0—–-\n"))
    if "\n" in rest[:lead] or ";" in rest[:lead]:
        # "Osei said it was “a mistake”; Lind said ...": a semicolon closes the quote's
        # clause, so the verb after it is the next clause's, not this quote's tag.
        return None
    pos = at + lead
    if masked.startswith("as ", pos):
        pos += 3  # "“...,” as a Harbour Board memo put it."
    if masked.startswith(("the ", "The "), pos) and any(
        m.start == pos + 4 and m.kind is NAME for m in mentions
    ):
        pos += 4  # "“...,” the HSB said": the name, not a phrase "the HSB"
    cue = CUE_RE.match(masked, pos)
    if cue and not cites(cue.group()):
        mention = inverted(mentions, masked, cue.end(), hi)
        if mention is not None:
            return mention, cue_text(cue.group())
    if cue and cites(cue.group()):
        mention = mention_at(mentions, cue.end(), hi, masked)
        if mention is not None:
            return _says_after_source(masked, mentions, mention, hi) or (
                mention,
                cue_text(cue.group()).lower(),
            )
    for m in mentions:
        if m.start == pos:
            cue = _cue_after_subject(masked, m.end, hi)
            if cue:
                verb = CUE_RE.search(masked, m.end, hi)
                agent = passive_agent(masked, verb) if verb is not None else None
                quoted = quoted_object(masked, mentions, verb) if verb is not None else None
                if quoted is not None:
                    return quoted, cue  # "“…,” the Gazette quoted her as saying": hers
                if agent is not None:
                    # "“…,” Lind was told by Ana Ruiz": the agent spoke, not the subject.
                    by = agent_of(mentions, masked, agent, hi)
                    return (by, cue) if by is not None else None
            cue_end = masked.find(cue, m.end) + len(cue) if cue else -1
            if cue and cue.startswith(_NAMING_VERBS) and _NAMED_OBJECT_RE.match(masked, cue_end):
                # "Whereas Osei called it “a mistake”, Lind called it ...": a verb that names
                # something takes its own object and quote; it tags no quote before it.
                break
            if cue and says_nothing(masked, cue_end):
                # "“The results are good.” Vell said nothing.": a verb of saying that says
                # nothing tags no quote; the name opens a sentence of its own
                break
            if cue and not _TO_DO_RE.match(masked, cue_end):
                return apposed_name(mentions, m, cue_end), cue
            break
        if m.start > pos:
            break
    group = bare_plural(masked, pos)
    if group is not None:
        # "“…,” people familiar with the talks said": a group cited with no determiner
        cue = _cue_after_subject(masked, group.end, hi)
        if cue:
            return group, cue
    np = _GENERIC_NP_AFTER_RE.match(masked, pos, hi) if phrases else None
    if np:
        cue = _cue_after_subject(masked, np.end(), hi)
        nominal = phrase_mention(masked, np.start(), np.end())
        if cue and nominal is not None:
            return nominal, cue
        if nominal is not None:
            # "a narrator in the Ruiz ad asks": the phrase and where it comes from.
            for cue_match in CUE_RE.finditer(masked, np.end(), min(hi, np.end() + 80)):
                if is_noun(masked, cue_match.start()):
                    continue  # "a spokesman for the label said": "label" is the noun
                if _PP_GAP_RE.fullmatch(masked, np.end(), cue_match.start()):
                    text = " ".join(masked[np.start() : cue_match.start()].split())
                    phrase = Mention(
                        np.start(),
                        np.start() + len(text),
                        text,
                        NOMINAL,
                        entity=PERSON,
                    )
                    return phrase, cue_text(cue_match.group())
                break
    return None


def heard_after(masked: str, mentions: list[Mention], at: int, hi: int) -> tuple[str, int] | None:
    """The verb of a passive tag right after a quote whose subject was spoken to ("“…,” Lind
    was told", "“…?” she was asked", "residents were warned") or that says who said it ("it
    was claimed"), and where the agent's words start after "by" (-1 when no "by" follows: no
    one named said them); None for any other tag."""
    window = masked[at : at + 70]
    if not any(aux in window for aux in _PASSIVE_AUX_WORDS):  # most tags are active (speed)
        return None
    rest = masked[at : at + 8]
    pos = at + len(rest) - len(rest.lstrip(" ,.!?\u00a0—–-"))
    verb = None
    for m in mentions:
        if m.start >= pos:
            if m.start == pos:
                verb = _HEARD_AFTER_RE.match(masked, m.end, hi)
                if verb is None and m.text.lower() == "it":
                    verb = _IMPERSONAL_AFTER_RE.match(masked, m.end, hi)  # "it was claimed"
            break
    if verb is None:
        verb = _HEARD_NP_AFTER_RE.match(masked, pos, hi)  # "the crowd was told", "residents"
    if verb is None:
        return None
    return verb.group("verb"), verb.end() + 3 if masked.startswith(" by ", verb.end()) else -1


_PASSIVE_AUX_WORDS = (" was ", " were ", " been ", " is ", " are ", " get")
# Verbs of telling someone something, in the passive: "Lind was told", "residents were warned".
_TOLD = (
    r"told|asked|warned|advised|instructed|ordered|reminded|assured|reassured|urged|promised|"
    r"cautioned|begged"
)
_HEARD_VERBS = rf"(?P<verb>{_TOLD})(?![\w-])"
# The one told, an auxiliary of the passive, maybe an adverb, the verb: "was told", "had been
# warned", "was later asked".
_HEARD_AFTER_RE = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:was|were|is|are|been|being|get|gets|got)\s+"
    rf"(?:(?:[a-z]+ly|later|also|then|again|once|often|since)\s+)?{_HEARD_VERBS}"
)
# "it was claimed", "it has been alleged": a passive of saying with an empty subject.
_IMPERSONAL_AFTER_RE = re.compile(
    r"\s+(?:(?:has|had)\s+been|was|is)\s+(?:[a-z]+ly\s+|also\s+|later\s+)?"
    r"(?P<verb>claimed|alleged|said|argued|suggested|reported|stated)(?![\w-])"
)
# A phrase naming the ones told: after a determiner ("the crowd"), or a bare plural ("local
# residents"); a verb of saying or a clause word in it makes it no subject of the tag ("said
# one woman who was told", "before he was asked to sit down").
_NP_WORD_AFTER = (
    r"(?!(?:said|says|who|whom|that|which|and|but|as|when|after|before|while|until|because|"
    r"since|if|so|then|where|once)\b)[a-z][\w’'-]*"
)
_HEARD_NP_AFTER_RE = re.compile(
    rf"(?:{DETERMINER}(?:\s+{_NP_WORD_AFTER}){{1,4}}?|(?:{_NP_WORD_AFTER}\s+){{0,2}}?"
    rf"{_NP_WORD_AFTER}s){_HEARD_AFTER_RE.pattern}"
)
# "Lind was told:", "She had been warned,": the one told introduces the words, no speaker.
_HEARD_BEFORE_RE = re.compile(
    rf"\b(?:was|were|been|being|is|are|get|gets|got)\s+(?:[a-z]+ly\s+)?(?:{_TOLD})"
    # no colon or comma: "Lind, who was told “pack a bag,” left" (every verb here ends in "d")
    r"\s*[:,]?\s*$"
)


def heard_before(pre: str) -> str | None:
    """The verb of a passive with no agent ending the clause that introduces a quote ("Lind was
    told: “…”"), or None: the one told introduces words someone unnamed said to them."""
    found = _HEARD_BEFORE_RE.search(pre[-40:])
    return found.group().split()[-1].rstrip(":,") if found else None


_NAMING_VERBS = ("call", "describ", "dub", "label", "brand", "term")
_NAMED_OBJECT_RE = re.compile(r"\s+(?:it|them|him|her|this|that|the\s+[a-z]+)(?:\s+as)?\s+[“\"‘'«]")


# "“…,” Pauley agreed Thursday to launch a show": a promise or consent to do, not a tag.
_TO_DO_RE = re.compile(r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+to\s+[a-z]+")
# What a verb of saying takes when nothing was said: "said nothing", "told police little".
_SAID_NOTHING_RE = re.compile(
    r"\s+(?:(?:very|so|reporters|police|them|him|her|us|me)\s+)?(?:nothing|little|not\s+a\s+word)\b"
)


def says_nothing(masked: str, cue_end: int) -> bool:
    """Does the verb of saying ending at `cue_end` say nothing ("Vell said nothing")?"""
    return _SAID_NOTHING_RE.match(masked, cue_end) is not None


_PP_GAP_RE = re.compile(r"\s+(?:in|at|of|for|from|with|on)\s+[^,.;:!?\x00]{1,50}?\s+")


_GENERIC_NP_AFTER_RE = re.compile(rf"{DETERMINER}(?:\s+{NP_WORD}){{1,4}}?(?=\s)")


# compiled once: these run for every mention or quote (speed)
_COMMA_RE = re.compile(r"\s*,")
_APPOSITIVE_RE = re.compile(r"[^,\x00]{1,200}?,")
_NEXT_WORD_RE = re.compile(r"\s+([\w'’]+)")


# The comma that closes a cited source, past the body it is from ("a statement from the port,").
_SOURCE_COMMA_RE = re.compile(r"(?:\s+(?:from|of|by|in)\s+[^,.;:!?\n]{1,40})?\s*,\s*")


# Verbs with which the name after the source answers the words cited, not says them.
_ANSWERS_BACK = frozenset(
    "deny denies denied dispute disputes disputed reject rejects rejected dismiss dismisses"
    " dismissed contradict contradicts contradicted refute refutes refuted criticise criticised"
    " criticize criticized accuse accuses accused".split()
)


def _says_after_source(
    masked: str, mentions: list[Mention], source: Mention, hi: int
) -> tuple[Mention, str] | None:
    """ "“…,” according to the Calder Herald, Ana Ruiz said.": the source the paper is cited
    for is no speaker when a name after its comma is the subject of a verb of saying of its
    own; that name spoke. Only a name (or "he"/"she") right after the comma, with the verb
    straight after it (an apposition may come between)."""
    comma = _SOURCE_COMMA_RE.match(masked, source.end, hi)
    if comma is None:  # cheap test first (speed)
        return None
    subject = next((m for m in mentions if m.start == comma.end()), None)
    if subject is None or not (
        (subject.kind is NAME and subject.is_person_name)
        or (subject.kind is PRONOUN and subject.text.lower() in ("he", "she"))
    ):
        return None
    cue = _cue_after_subject(masked, subject.end, hi)
    if cue is None or cites(cue) or not _ANSWERS_BACK.isdisjoint(cue.lower().split()):
        # "…, according to the Herald, Ana Ruiz denied": she denied the paper's words
        return None
    return subject, cue


def _cue_after_subject(masked: str, pos: int, hi: int) -> str | None:
    """A cue verb right after a subject, past an appositive and adverbs."""
    # "Ana Ruiz, the attorney general of Calder, one of the states suing, said"
    comma = _COMMA_RE.match(masked[pos:hi])
    skipped = pos + comma.end() if comma else pos
    if comma and GENERATION_END_RE.search(masked, max(0, pos - 4), pos):
        pos = skipped  # "Warren Pikeman, Jr., said": the suffix's closing comma
    for _ in range(2 if comma else 0):
        appositive = _APPOSITIVE_RE.match(masked[skipped:hi])
        if not (appositive and skippable(appositive.group())):
            break
        skipped += appositive.end()
        pos = skipped
    while True:
        m = _NEXT_WORD_RE.match(masked[pos:hi])
        if not m:
            return None
        word = m.group(1).lower()
        cue = CUE_RE.match(masked, pos + m.start(1))
        if cue:
            return cue_text(cue.group())
        if word in ADVERB_OR_AUX or word.endswith("ly"):
            pos += m.end()
            continue
        if word == "who":
            return _cue_after_relative(masked, pos + m.end(), hi)
        if word in _ISSUED and _ISSUED_PHRASE_RE.match(masked, pos + m.end(), hi):
            # "the statement released after the meeting said": past the phrase, to its verb
            later = CUE_RE.search(masked, pos + m.end(), min(hi, pos + m.end() + 70))
            if later is not None and not _BREAK_RE.search(masked, pos, later.start()):
                return cue_text(later.group())
        return None


# A document's participle phrase between it and its verb: "the statement released after the
# meeting said", "a memo sent to staff on Friday said".
_ISSUED = frozenset("released issued published posted sent distributed circulated filed".split())
_ISSUED_PHRASE_RE = re.compile(r"\s+(?:after|by|on|at|in|from|following|to|late|earlier)\b")
_BREAK_RE = re.compile(r"[,;:.!?\x00]")


_CLAUSE_WORD_RE = re.compile(r"\s+[a-z][\w’'-]*")


def _cue_after_relative(masked: str, pos: int, hi: int) -> str | None:
    """ "“…,” a woman who lives nearby said": the cue past a short clause saying which woman
    (two to six lower-case words, the first no cue: "a man who said ..." is reported speech)."""
    for n in range(6):
        word = _CLAUSE_WORD_RE.match(masked, pos, hi)
        if word is None:
            return None
        cue = CUE_RE.match(masked, word.start() + len(word.group()) - len(word.group().lstrip()))
        if cue and n == 0:
            return None
        if cue:
            return cue_text(cue.group())
        pos = word.end()
    return None


_DOCUMENT_AUTHOR_RE = re.compile(r"\s+(?:from|by|of)\s+(?:the\s+)?")


_SPACES_RE = re.compile(r"\s*")
# Between "according to" and who is cited: a determiner, capitalised words ("Virginia").
_CITED_GAP_RE = re.compile(r"\s*(?:(?:the|their|his|her|its|a|an)\s+)?(?:[A-Z][\w.&-]*\s+){0,3}")


def agent_of(mentions: list[Mention], masked: str, agent: int, hi: int) -> Mention | None:
    """Who a passive verb of saying names after "by": a group cited with no determiner ("had
    been told by officials that ..."), else the mention there ("was told by Ana Ruiz")."""
    group = bare_plural(masked, _SPACES_RE.match(masked, agent).end())
    return group if group is not None else inverted(mentions, masked, agent, hi)


# "“…” Those were the last words of Tom Vell", "“…” These were Ana Ruiz's first words": a
# sentence right after a quote naming whose words they were, with no verb of saying in it.
_WORDS_OF_RE = re.compile(
    r"[\s\u00a0]*(?:Those|These|That|This|Such)\s+(?:were|are|was|is)\s+(?:the\s+)?"
    r"(?:(?P<own>[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,3}?)(?:’s|'s)\s+)?"
    r"(?:(?:first|last|final|exact|only|very|parting|dying|opening|closing)\s+)?words"
    r"(?(own)|\s+of\s+)"
)


def words_owner_after(masked: str, mentions: list[Mention], at: int, hi: int) -> Mention | None:
    """The person a sentence right after a quote says the words were ("Those were the last
    words of Tom Vell", "These were Ana Ruiz's first words"), or None."""
    if "words" not in masked[at : at + 60]:  # most quotes are followed by anything else (speed)
        return None
    found = _WORDS_OF_RE.match(masked, at, hi)
    if found is None:
        return None
    if found.group("own") is not None:
        own_at = found.start("own")
        return next((m for m in mentions if m.start == own_at and m.kind is not PRONOUN), None)
    return next((m for m in mentions if m.start == found.end()), None)


def mention_at(mentions: list[Mention], lo: int, hi: int, masked: str) -> Mention | None:
    """The mention right after "according to" or "in the words of" (a word such as "their" may
    come between)."""
    at = _SPACES_RE.match(masked, lo).end()
    group = bare_plural(masked, at)
    if group is not None:
        return group  # "according to police", "according to people familiar with the talks"
    papers = bare_documents(masked, at, hi)
    if papers is not None:
        return papers  # "according to court documents", "according to excerpts published"
    pronoun = cited_pronoun(masked, at)
    if pronoun is not None:
        return pronoun  # "According to him, “…”": the person, resolved as "he" is
    for i, m in enumerate(mentions):
        if m.start < lo < m.end and m.kind is NOMINAL:
            # "In the words of one former colleague": the phrase was read from "the words",
            # the cue's own noun; the one cited is what follows the cue.
            return phrase_mention(masked, at, m.end)
        if m.start >= lo and not _CITED_GAP_RE.fullmatch(masked, lo, m.start):
            return None  # "according to their attorneys, ... they": not the one cited
        if lo <= m.start < hi:
            following = mentions[i + 1] if i + 1 < len(mentions) else None
            if (
                m.kind is NOMINAL
                and following is not None
                and following.start < hi
                and (
                    (following.kind is NAME and following.start - m.end == 1)
                    # "according to a statement from the Ministry of Defence", "a survey by X",
                    # "a statement from the couple's representative"
                    or (
                        m.entity is DOCUMENT
                        and (following.kind is NAME or following.entity in (PERSON, ORGANISATION))
                        and _DOCUMENT_AUTHOR_RE.fullmatch(masked, m.end, following.start)
                    )
                )
            ):
                return following  # "according to the event organizer Alliance for Schools"
            return m
    return None
