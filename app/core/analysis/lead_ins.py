"""A paragraph that introduces the quote opening the next one: "Caddell continued:", "Ruiz said
the rota was one more attempt to wear the crews down.", "Ana Ruiz disagreed."

Apart from attribution.py, which reads the words around each quote inside its own paragraph:
this reads the end of a paragraph for the paragraph after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analysis.attribution_rules import LEAD_IN, REPORTED_BEFORE, LocalAttribution
from app.core.analysis.calendar_words import WEEKDAYS
from app.core.analysis.clause_subjects import can_speak, clause_subject
from app.core.analysis.cues import Scan, cue_text, find_venue
from app.core.analysis.entities import DOCUMENT, PERSON
from app.core.analysis.first_names import is_first_name
from app.core.analysis.masking import blank_parentheticals, mask_quotes
from app.core.analysis.mention import NAME, NOMINAL, PRONOUN
from app.core.analysis.mentions import Mention, find_mentions, word_alternation
from app.core.analysis.name_words import TITLE_WORDS
from app.core.analysis.phrase_owners import document_author
from app.core.analysis.phrases import is_plural
from app.core.analysis.quote_marks import QuoteSpan
from app.core.analysis.role_nouns import ROLE_NOUNS
from app.core.analysis.sentence_bounds import sentence_starts
from app.core.analysis.subjects import WINDOW, subject_before
from app.core.analysis.tags import before_quote


def lead_in(
    block: str,
    spans: tuple[QuoteSpan, ...],
    mentions: list[Mention],
    masked: str | None = None,
    scan: Scan | None = None,
    starts: list[int] | None = None,
) -> LocalAttribution | None:
    """A block that introduces the next one: who, and the cue.

    Either it ends with a colon ("Caddell continued:"), or its last sentence reports someone's
    speech ("Ruiz said the rota was one more attempt to wear the crews down."): a quote opening
    the next paragraph
    with no tag of its own is then that speaker's.
    """
    if masked is None:
        masked = blank_parentheticals(mask_quotes(block, spans))
    scan = scan if scan is not None else Scan(masked)
    stripped = masked.rstrip()
    if spans and spans[-1].mark_end >= len(stripped) - 1:
        return None
    starts = starts if starts is not None else sentence_starts(masked)
    lo = max(starts[-1], len(stripped) - 1 - WINDOW)
    if stripped.endswith(":"):
        heading = _statement_heading(masked, mentions, lo, len(stripped) - 1)
        if heading is not None:
            return heading
        if _ATTRIBUTABLE_RE.match(masked, lo):
            return None  # "Quotes attributable to Ana Ruiz's office:": no one to read; not "Quotes"
        writer = _writer_read_out(masked, mentions, lo, len(stripped) - 1)
        if writer is not None:
            return LocalAttribution(writer, "wrote", None, 0.75, rule=LEAD_IN)
        found = before_quote(masked, mentions, lo, len(stripped) - 1, scan)
        if found is None:
            # "Asked whether he would stand again, Tom Keane was blunt:": no verb of saying,
            # but the sentence's subject introduces what follows.
            near = [m for m in mentions if m.start >= lo]
            subject = clause_subject(masked, near, lo, len(stripped) - 1)
            if (
                subject is None
                or not can_speak(subject)
                or (subject.kind is NOMINAL and not _bare_role(subject.text))
            ):
                return None
            return LocalAttribution(subject, None, find_venue(masked[lo:]), 0.6, rule=LEAD_IN)
        mention, cue, _ = found
        return LocalAttribution(mention, cue, find_venue(masked[lo:]), 0.75, rule=LEAD_IN)
    if not spans and len(stripped) <= 100:
        heading = _speaker_heading(block, mentions)
        if heading is not None:
            return heading
    if "\x00" in masked[lo:]:
        return None
    writer = _writer_read_out(masked, mentions, lo, len(stripped))
    if writer is not None:
        # "... read out a message from the actor, typed on his phone." then the message
        return LocalAttribution(writer, "wrote", None, 0.5, rule=LEAD_IN)
    near = [m for m in mentions if m.start >= lo]
    found = before_quote(masked, near, lo, len(stripped), scan)
    if found is None or not can_speak(found[0]):
        reaction = _reaction(masked, near, lo, len(stripped))
        if reaction is not None or spans or not stripped.endswith("."):
            # only a sentence describes someone: not an embed's signature line ("— Ana Ruiz
            # (@anaruiz) May 2, 2025"), a caption or a heading
            return reaction  # a paragraph with quotes of its own: the quote after continues them
        return _one_person_described(masked, mentions, lo, len(stripped))
    mention, cue, _ = found
    outer = _outer_reporter(masked, near, lo, mention, scan)
    if outer is not None:
        mention, cue = outer
    return LocalAttribution(mention, cue, find_venue(masked[lo:]), 0.5, rule=REPORTED_BEFORE)


# "She read aloud from an email one woman sent:", "He read out a letter from a constituent,
# Ana Ruiz:": the words that follow are the writer's, not the reader's.
_DOCUMENT = r"(?:letter|e-?mail|message|note|text|post|card|diary|statement|poem|tribute|will)"
_READ_OUT_RE = re.compile(
    r"\bread(?:ing)?\s+(?:(?:aloud|out)\s+)?(?:(?:from|out)\s+)?"
    rf"(?:a|an|the|one)\s+(?:[a-z-]+\s+){{0,2}}?{_DOCUMENT}s?\b"
)
_WRITER_AFTER_RE = re.compile(
    r"\s+(?:(?:from|by|sent\s+by|written\s+by)\s+|(?:that\s+|which\s+)?(?=\S))"
)
_DESCRIBED_WRITER_RE = re.compile(r"(?:an?|the|his|her|their|one)\s+[a-z-]+(?:\s+[a-z-]+)?,\s+")
_WROTE_RE = re.compile(r"\s+(?:had\s+)?(?:sent|wrote|written|posted|left|penned)\b")


def _writer_read_out(masked: str, mentions: list[Mention], lo: int, end: int) -> Mention | None:
    """Whose words the sentence before a quote paragraph reads out: the author named with
    the document ("a letter from X", "an email X sent"), or None."""
    read = _READ_OUT_RE.search(masked, lo, end)
    if read is None:
        return None
    after = _WRITER_AFTER_RE.match(masked, read.end())
    if after is None:
        return None
    for m in mentions:
        if m.start < read.end() < m.end and m.entity is DOCUMENT and m.start >= read.start():
            # "a letter from Margery Haddow" read as one phrase: the document speaks for its
            # writer, as "the statement from X said" does
            return m if document_author(m.text) and can_speak(m) else None
        if m.start < read.end() < m.end and m.entity is PERSON and m.start >= read.start():
            # "an email one woman" read as one phrase, the document with its writer: the
            # writer alone, when a verb of writing follows
            if _WROTE_RE.match(masked, m.end) and masked[read.end() : m.end].strip():
                author = masked[after.end() : m.end]
                return replace(m, start=after.end(), text=author, name=author)
            return None
    for m in mentions:
        if not read.end() <= m.start < end or m.entity is DOCUMENT or not can_speak(m):
            continue
        if m.kind is NAME and _DESCRIBED_WRITER_RE.fullmatch(masked, after.end(), m.start):
            return m  # "a letter from a constituent, Margery Haddow:"
        if m.start != after.end():
            continue
        by = masked[read.end() : m.start].strip()
        # "from X" / "by X" names the writer at once; "an email one woman sent" needs the verb
        if by in ("from", "by", "sent by", "written by") or _WROTE_RE.match(masked, m.end):
            return m
    return None


def _outer_reporter(
    masked: str, mentions: list[Mention], lo: int, inner: Mention, scan: Scan
) -> tuple[Mention, str] | None:
    """ "Ana Ruiz said Calder Homes had said it would reconsider.": the speech reported is
    Ruiz's, who reports Calder's in turn; the quote paragraph after it goes on with Ruiz."""
    cues = scan.cues_in(lo, inner.start)
    if not cues or masked[cues[-1].end() : inner.start].strip() not in ("", "that"):
        return None
    outer = subject_before(masked, mentions, lo, cues[-1].start(), cues[-1].group())
    # a person reporting: "The council said Tom Vell had said ..." may pass on his words
    if outer is None or outer.kind is PRONOUN or outer.entity is not PERSON:
        return None
    return outer, cue_text(cues[-1].group())


STATEMENT_HEADING = "the line before names whose statement follows (“Statement from Ana Ruiz:”)"

# "Quotes attributable to Minister for Harbours Ana Ruiz:": a government media release names whose
# quotes follow, until the next such line. One form for the heading that names the speaker and
# for the line that names only an office ("Quotes attributable to Ana Ruiz's office:"), which
# then names no one.
_ATTRIBUTABLE = r"(?:[Qq]uotes?|[Cc]omments?|[Rr]emarks|[Ss]tatements?)\s+attributable\s+to"
# The words a heading may open with: "The", "A", "Full remarks", "A joint statement".
_HEADING_OPENERS = (
    r"\s*(?:(?:[Tt]he|[Aa]n?|[Ff]ull|[Jj]oint|[Oo]fficial|[Pp]repared|[Ww]ritten)\s+){0,3}"
)

# "Statement from Ana Ruiz:", "A joint statement by the Harlow Rowing Club:", "Full remarks from
# Mayor Ana Ruiz, as delivered:": a line with no verb, as press releases and club pages head the
# text they then quote; the one named after "from"/"by" is its speaker.
_STATEMENT_HEADING_RE = re.compile(
    _HEADING_OPENERS
    + r"(?:(?:[Ss]tatement|[Rr]emarks|[Cc]omments?|[Mm]essage|[Rr]esponse|[Ll]etter)\s+(?:from|by)"
    + rf"|{_ATTRIBUTABLE})\s+"
)
# The line that names no one is read only as it opens, with no opening words: "The comments
# attributable to Tom Vell drew anger, Mara Lind said:" is a sentence whose speaker is Mara Lind.
_ATTRIBUTABLE_RE = re.compile(r"\s*" + _ATTRIBUTABLE + r"\s")


def _statement_heading(
    masked: str, mentions: list[Mention], lo: int, colon: int
) -> LocalAttribution | None:
    """ "Statement from Ana Ruiz:" closing a paragraph: the quote opening the next is hers.

    Only a heading of a statement noun and "from"/"by", with the name reaching to the colon (a
    title after a comma may follow it): "Reaction to the statement from Ana Ruiz:" or "Statement
    from Ana Ruiz's lawyer:" name no one whose words follow."""
    head = _STATEMENT_HEADING_RE.match(masked, lo) if colon - lo <= 160 else None
    if head is None:
        return None
    for m in mentions:
        if m.start < lo or m.start > head.end():
            continue
        # the name itself ("Statement from Ana Ruiz:"), or the whole phrase read as a document
        # that names its author ("The statement from Ana Ruiz:")
        named = m.start == head.end() and m.kind is NAME and not m.possessive
        rest = masked[m.end : colon]
        if (
            (named or (m.kind is NOMINAL and m.entity is DOCUMENT))
            and can_speak(m)
            and (not rest.strip() or re.fullmatch(r",[^,\x00]{2,60},?\s*", rest))
        ):
            return LocalAttribution(m, None, None, 0.6, rule=STATEMENT_HEADING)
        if m.start == head.end():
            return None
    return None


SPEAKER_HEADING = "a heading naming the speaker of the quotes under it (“ANA RUIZ – CAPTAIN”)"

# "ANA RUIZ – CAPTAIN, DELL ROVERS", "Tom Vell, head coach": reaction round-ups head each
# speaker's quote paragraphs with a line of a name and a role, no verb and no full stop.
_SPEAKER_HEADING_RE = re.compile(
    r"\s*([A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){1,3})(?:\s*[–—]\s*|\s+-\s+|,\s+)([^.!?:;\x00\n]{2,70})"
)


def _speaker_heading(block: str, mentions: list[Mention]) -> LocalAttribution | None:
    """A line of its own that names a person and their role: the quote paragraphs under it are
    theirs. The role must hold a role or title word ("Ana Ruiz, Dell" names a place, and a
    caption says what someone does: it ends with a full stop); a heading in capitals is read
    with its words capitalised as names are, and must open with a first name."""
    found = _SPEAKER_HEADING_RE.fullmatch(block.rstrip())
    if found is None:
        return None
    role = re.findall(r"[a-z]+", found.group(2).lower())
    if not any(w in ROLE_NOUNS or w in TITLE_WORDS for w in role):
        return None
    if _CAPTION_WORDS_RE.search(found.group(2)):
        return None  # "Ana Ruiz, harbour master, on Monday": a photo caption, no full stop
    name = found.group(1)
    if name.isupper():
        mentions = find_mentions(block.title(), linked=True)  # the same length, so offsets hold
    for m in mentions:
        if m.start == found.start(1):
            if (
                m.kind is NAME
                and m.entity is PERSON
                and m.end == found.end(1)
                and (not name.isupper() or is_first_name(m.name.split()[0]))
            ):
                return LocalAttribution(m, None, None, 0.6, rule=SPEAKER_HEADING)
            return None
    return None


# What a photo caption says and a speaker's heading never does: when the picture was taken
# ("on Monday", "yesterday", "last week") or that it is a picture ("pictured", "(left)"). A
# weekday tells when only after "on"/"last"/"this" or standing alone between commas; one that
# opens a name or a role ("Sunday league coach", "the Monday Club", "Dellford Wednesday") or
# owns one ("yesterday's winner") is no time, so the heading still names the speaker.
_WEEKDAY = rf"(?:{WEEKDAYS})"
_CAPTION_WORDS_RE = re.compile(
    rf"\b(?:on|last|this)\s+{_WEEKDAY}\b(?!\s*['’]|\s+[A-Z])|,\s*{_WEEKDAY}(?=\s*(?:,|$))|"
    r"\b(?:pictured|photographed|yesterday|last\s+(?:week|night|month|year))\b(?!['’])|"
    r"\((?:left|right|centre|center)\)"
)


REACTION = "whose reaction the paragraph before gives (“Ruiz disagreed.”)"


# A person's stance, in a short sentence that a quote paragraph then bears out: "Ana Ruiz
# disagreed.", "But Ruiz, the opposition leader, was scathing.", "Ruiz hit back."
_STANCE_VERBS = (
    r"disagreed|agreed|objected|demurred|dissented|hit\s+back|fired\s+back|pushed\s+back|"
    r"went\s+further|struck\s+a\s+\w+\s+(?:tone|note)|took\s+a\s+\w+\s+view"
)
_STANCE_WORDS = (
    r"scathing|unconvinced|unimpressed|blunt|defiant|adamant|sceptical|skeptical|cautious|"
    r"optimistic|upbeat|furious|critical|dismissive|unrepentant|unmoved|emphatic|sure|positive|"
    r"hopeful|gloomy|downbeat|candid|frank|philosophical|bullish|bearish|angry|delighted|"
    r"relieved|worried|concerned"
)
_REACTION_RE = re.compile(
    r"\s+(?:(?:also|too|however|though|instead|immediately|quickly)\s+)?"
    rf"(?:{_STANCE_VERBS}|"
    r"(?:was|were|is|are|sounded|seemed|appeared|remained)\s+(?:more\s+|less\s+|far\s+|"
    rf"even\s+|rather\s+|much\s+|not\s+)?(?:{_STANCE_WORDS}))"
    r"[\s,]*(?:[^.!?\x00]{0,60})?[.!]?$"
)
# A cheap first look (one factored alternation): no word of stance, no need to find the
# sentence's subject.
_REACTION_WORD_RE = re.compile(
    r"\b(?:"
    + word_alternation(
        set(_STANCE_WORDS.split("|"))
        | {"disagreed", "agreed", "objected", "demurred", "dissented", "back", "further"}
        | {"struck", "took"}
    )
    + r")\b"
)


def _reaction(masked: str, mentions: list[Mention], lo: int, hi: int) -> LocalAttribution | None:
    """ "Ana Ruiz disagreed." closing a paragraph: a quote paragraph with no tag after it is
    hers, not the speaker before."""
    if hi - lo > 160 or not mentions or _REACTION_WORD_RE.search(masked, lo, hi) is None:
        return None
    subject = clause_subject(masked, mentions, lo, hi, main_clause=True)
    if subject is None or not can_speak(subject) or subject.kind is PRONOUN:
        return None
    end = subject.end
    rest = masked[end:hi]
    aside = re.match(r",[^,\x00]{2,80},", rest)
    if aside:
        end += aside.end()
    if not _REACTION_RE.match(masked, end, hi):
        return None
    return LocalAttribution(subject, None, find_venue(masked[lo:]), 0.5, rule=REACTION)


# "Riverside nurse Ana Ruiz was the first to walk out." ¶ "I felt ...": a paragraph about one
# person, named in full as its subject, then a quote paragraph in the first person with no tag.
# engine.py gives the quote to her only when its words say "I", "me" or "my" (FIRST_PERSON_RE).
DESCRIBED = "the one person the paragraph before describes, the quote in the first person"
FIRST_PERSON_RE = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me)\b")


def _one_person_described(
    masked: str, mentions: list[Mention], lo: int, hi: int
) -> LocalAttribution | None:
    """The person named in full as the subject of the paragraph's last sentence, when no other
    person is named in the paragraph (two people: nothing says whose the quote is)."""
    # full names only: a lone capitalised word ("Riverside nurse ...") may be a place
    people = [m for m in mentions if m.kind is NAME and m.is_person_name and " " in m.name]
    if len(people) > 1 and _INTRODUCED_RE.match(masked, people[0].end, hi):
        # "... is the province's Acting Crop Specialist.": a role in capitals names no one
        people = people[:1]
    if not people and not masked[:lo].strip():
        # "He also wanted the residents to know ...": one sentence about "he" or "she", nobody
        # named in it; the pronoun is then resolved as any speaker's is
        subject = clause_subject(masked, mentions, lo, hi, main_clause=True)
        if (
            subject is not None
            and subject.kind is PRONOUN
            and subject.text.lower() in ("he", "she")
            and not any(m.kind is NAME and m.is_person_name for m in mentions)
        ):
            return LocalAttribution(subject, None, find_venue(masked[lo:]), 0.4, rule=DESCRIBED)
        return None
    if (
        len(people) != 1
        or people[0].start < lo
        # a first name no list holds: the role before the name shows a person ("nurse Tui Ngata")
        or not (people[0].entity is PERSON or people[0].described)
        or " and " in people[0].name
        or "&" in people[0].name
    ):
        return None
    subject = clause_subject(
        masked, [m for m in mentions if m.start >= lo], lo, hi, main_clause=True
    )
    if subject is not people[0]:
        return None
    # "Dana Whitfield is the province's crop specialist." then a quote paragraph: the
    # introduction of the voice that follows, whatever person its words are in
    rule = INTRODUCED if _INTRODUCED_RE.match(masked, subject.end, hi) else DESCRIBED
    return LocalAttribution(subject, None, find_venue(masked[lo:]), 0.4, rule=rule)


# "Dana Whitfield is Saskatchewan's acting crop specialist.", "... is a senior economist at
# Kestrel Bank.": a short sentence that only gives the person's role.
INTRODUCED = "the person the sentence before introduces by their role"
_INTRODUCED_RE = re.compile(
    r"\s+is\s+(?:the|a|an|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}['’]s?)\s+[^.!?\x00]{3,90}\.?$"
)
# "he", "she", "him", "her": whom the words speak of
_THIRD_PERSON_RE = re.compile(r"\b(?:[Ss]?[Hh]e|him|[Hh]er)\b")


def lead_gives(lead: LocalAttribution, block: str, start: int, end: int) -> bool:
    """May the lead-in before the paragraph give the untagged quote at block[start:end] its
    speaker? A described person only with "I", "me" or "my" in the words; an introduced one
    unless the words speak of a "he" or "she" or name the person (and say no "I"): "Dana
    Whitfield is the crop specialist." then "“She told us to plant early.”" is someone else
    talking about her."""
    if lead.rule not in (DESCRIBED, INTRODUCED):
        return True
    if FIRST_PERSON_RE.search(block, start, end) is not None:
        return True
    if lead.rule != INTRODUCED or _THIRD_PERSON_RE.search(block, start, end) is not None:
        return False
    # "Tom Vell is the club's oldest fan." then "“Without Tom we would have folded.”": words
    # naming the person introduced are someone else's about him
    name = lead.mention.name if lead.mention is not None else None
    words = block[start:end]
    return not name or not any(
        re.search(rf"\b{re.escape(part)}\b", words) for part in name.split() if len(part) > 1
    )


__all__ = ["lead_gives", "lead_in"]


def _bare_role(text: str) -> bool:
    """ "The chief had opened the news conference with a prepared statement:": a role alone
    ("the chief", "the head coach") refers back to the person the story gave it, who speaks
    next; not a description of someone new ("a neighbour was blunt:") nor anything longer."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and words[0] in ("The", "the")
        and all(w.islower() for w in words[1:])
        and words[-1] in ROLE_NOUNS
        and not is_plural(words[-1])
    )
