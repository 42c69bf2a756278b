"""Whose words and whose documents: "Brandt's claim that “…”" is Brandt's; "Calder Records
issued a statement" makes a later "the statement said" theirs.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from app.core.analysis.appositions import name_beside
from app.core.analysis.clause_subjects import can_speak, clause_subject
from app.core.analysis.description_words import DOCUMENT_KINDS
from app.core.analysis.entities import DOCUMENT, HEAD_SPLIT, ISSUED_WORDS, PERSON, UNKNOWN
from app.core.analysis.mention import NOMINAL, PRONOUN
from app.core.analysis.mentions import Mention
from app.core.analysis.name_words import (
    GENDERED_POSSESSIVES,
    POSSESSIVE_PRONOUNS,
    pronoun_gender,
)
from app.core.analysis.patterns import compile_guarded, word_alternation
from app.core.analysis.phrase_owners import document_author
from app.core.analysis.sentence_bounds import sentence_starts
from app.core.analysis.subjects import WINDOW

_SPEECH_NOUNS = (
    r"claims?|assertions?|insistence|promises?|pledges?|vows?|warnings?|words|remarks?|comments?|"
    r"statements?|description|characterization|calls?|demands?|boasts?|suggestions?|arguments?|"
    r"contention|predictions?|threats?|accusations?|allegations?|complaints?|pleas?|messages?|"
    r"phrase|rhetoric|tweets?|posts?|answers?|reply|response|retort|quip|joke|admission|"
    r"testimony|verdict|assessment|mantra|refrain|catchphrase|announcements?|declarations?|"
    r"pronouncements?|predictions?|insistence|boasts?|pledges?|interjections?|interruptions?|"
    r"outbursts?|jibes?|jabs?|barbs?|taunts?|insults?|slurs?"
)


# `<owner>'s [adjective] claim [that ... | of | to] "`: the quote is the owner's words.
_OWNED_WORDS_RE = re.compile(
    rf"^(?P<pos>['’]s?|\s)?\s*(?:(?:[a-z][\w-]*|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})\s+)?"
    rf"(?P<noun>{_SPEECH_NOUNS})"
    r"(?:\s+(?:that|of|to|about|on|as)(?:\s+[^\s.;:!?\x00]+){0,8})?[\s,:]*$"
)


# "his", "His", "their", ...: the possessive determiners, capitalised or not
_POSSESSIVE_ALTERNATION = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in POSSESSIVE_PRONOUNS)
# compiled once (it was formatted and looked up for every quote): speed
_OWNED_BY_PRONOUN_RE = compile_guarded(
    rf"\b({_POSSESSIVE_ALTERNATION})\s+(?:[a-z][\w-]*\s+)?({_SPEECH_NOUNS})\b"
)


def owner_of_words(
    masked: str, mentions: list[Mention], lo: int, open_at: int
) -> tuple[Mention, str] | None:
    """The owner of a noun of saying just before the quote, and the noun."""
    for m in reversed(mentions):
        if m.start < lo or m.end > open_at or not m.possessive:
            continue
        match = _OWNED_WORDS_RE.match(masked[m.end : open_at])
        if match is None:
            return None  # only the nearest possessive can own the words
        if can_speak(m):
            return m, match.group("noun")
        return None
    # "his claim that ...": the possessive pronouns are not mentions of their own.
    pos = _OWNED_BY_PRONOUN_RE.search(masked[max(lo, open_at - 120) : open_at])
    if pos is None:
        return None
    at = max(lo, open_at - 120) + pos.start(1)
    match = _OWNED_WORDS_RE.match(masked[at + len(pos.group(1)) : open_at])
    if match is None:
        return None
    word = pos.group(1).lower()
    mention = Mention(
        at,
        at + len(word),
        pos.group(1),
        PRONOUN,
        gender=pronoun_gender(word),
        possessive=True,
        entity=PERSON if word in GENDERED_POSSESSIVES else UNKNOWN,
    )
    return mention, match.group("noun")


# `<owner>'s "…" comment`: the noun of saying after the quote, the owner's possessive right
# before its opening mark (an adjective may sit between quote and noun: "“…” closing remark").
_GLUED_POSSESSIVE_RE = re.compile(r"(?:['’]s?)?\s*")
_NOUN_AFTER_RE = re.compile(rf"[\s,]*(?:[a-z][\w-]*\s+)?(?:{_SPEECH_NOUNS})\b")


def owner_before_quote(
    masked: str, mentions: list[Mention], open_at: int, close_at: int
) -> tuple[Mention, str] | None:
    """`Halvorsen's “…” comment`: the possessive glued to the quote owns it when a noun of saying
    follows the closing mark; nothing else between them, so "Halvorsen's new album “…”" is not."""
    noun = _NOUN_AFTER_RE.match(masked, close_at)
    if noun is None:
        return None
    for m in reversed(mentions):
        if m.end <= open_at:
            glued = _GLUED_POSSESSIVE_RE.fullmatch(masked, m.end, open_at)
            if m.possessive and glued and can_speak(m):
                return m, noun.group().split()[-1]
            return None
    return None


# "Calder Records issued a statement", "the ministry posted a letter": who owns the
# document a later "the statement continued" quotes.
_ISSUED_RE = compile_guarded(  # searched in every block: guarded (speed)
    # "Brandt wrote an email to her supervisor", "Fitch filed a lawsuit": who wrote or brought it
    r"\b(?:issued|released|put\s+out|posted|published|sent|shared|gave|read\s+out|wrote|"
    r"drafted|signed|filed|[Ii]n|[Oo]n)\s+"
    r"(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    # the kinds a later "the statement said" may name, a press release, an e-mail, a complaint;
    # "In an order on Tuesday, Judge Ostrow wrote", "the governor signed an executive order"
    r"(?P<doc>press\s+release|news\s+release|"
    rf"{word_alternation(DOCUMENT_KINDS | {'e-mail', 'complaint'})})\b"
    # "posted late Monday that ...", "tweeted on Friday that ...": the verb is the document
    r"|\b(?P<verb>posted|tweeted)(?=\s+(?:[\w-]+\s+){0,3}?(?:that|on\s+(?:its|his|her|their|"
    r"social|the\s+\w+\s+page)\b))"
    # "Brandt emailed her supervisor": a later "the email says" is hers
    r"|\b(?P<verb3>e-?mailed)\s+(?:his|her|their|its|the|a|an|[A-Z])"
    # "Tara Vance has sued her former label": a later "the lawsuit says" is hers (not "was sued",
    # "sued by": the one sued brings no lawsuit)
    # (the lookbehinds asked only where "sued" begins, not at every position of the block)
    r"|\b(?=sued)(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?<!is\s)(?<!are\s)(?<!got\s)"
    r"(?P<verb2>sued)(?!\s+by\b)"
)
_VERB_DOCUMENTS = {
    "posted": "post",
    "tweeted": "tweet",
    "sued": "lawsuit",
    "emailed": "email",
    "e-mailed": "email",
}


# In every block _ISSUED_RE reads (a cheap test first): the document kinds ("mail" for "email",
# "e-mail", "emailed") and "sued".
_DOCUMENT_WORDS = tuple(sorted((DOCUMENT_KINDS - {"email"}) | {"mail", "sued", "complaint"}))


def document_owners(
    masked: str, mentions: list[Mention], starts: list[int] | None = None
) -> tuple[tuple[Mention, str], ...]:
    """(issuer, document noun) for each "X issued a statement" in a block, in order."""
    if not any(word in masked for word in _DOCUMENT_WORDS):
        return ()
    out: list[tuple[Mention, str]] = list(_authored(masked, mentions))
    for m in _ISSUED_RE.finditer(masked):
        starts = starts if starts is not None else sentence_starts(masked)
        lo = max(starts[bisect_right(starts, m.start()) - 1], m.start() - WINDOW)
        lo = max(lo, masked.rfind(";", lo, m.start()) + 1)  # a clause of its own after ";"
        window = [x for x in mentions if lo <= x.start < m.start()]
        subject = _speaker_before(masked, window, m.start())
        if subject is None:
            subject = clause_subject(masked, window, lo, m.start())
        if subject is None and not masked[lo : m.start()].strip(" \t\"“‘'"):
            # "In a post on its website on Friday, the Harbour Board said": the document
            # opens the sentence and its issuer is the subject after the opening phrase.
            subject = _subject_after_opening(masked, mentions, m.end())
        doc = m.group("doc") or ""
        verb = m.group("verb") or m.group("verb2") or m.group("verb3")
        noun = doc.split()[-1] if doc else _VERB_DOCUMENTS[verb]
        if subject is not None and can_speak(subject):
            out.append((subject, noun))
    return tuple(sorted(out, key=lambda pair: pair[0].end))


# "..., the weather bureau said in its latest bulletin": the one saying it issued it.
_SAID_IN_RE = re.compile(r"\b(?:said|says|warned|warns|announced|wrote|stated|added)\s+$")


def _speaker_before(masked: str, window: list[Mention], at: int) -> Mention | None:
    """For "<someone> said in its bulletin", the one right before the speech verb (not the
    sentence's subject when the saying closes a report: "The storm hit the coast, the bureau
    said in its bulletin"), or None."""
    verb = _SAID_IN_RE.search(masked, max(0, at - 12), at)
    if verb is None or not window:
        return None
    last = window[-1]
    if masked[last.end : verb.start()].strip():
        return None
    return last if can_speak(last) else None


def _subject_after_opening(masked: str, mentions: list[Mention], at: int) -> Mention | None:
    """The subject after an opening phrase that ends at its first comma in the sentence
    ("In a post on Friday, the board said"), or None."""
    comma = masked.find(", ", at, at + WINDOW)
    stop = masked.find(".", at, comma) if comma != -1 else -1
    if comma == -1 or stop != -1:
        return None
    window = [x for x in mentions if comma < x.start < comma + WINDOW]
    return clause_subject(masked, window, comma + 2, comma + 2 + WINDOW)


# "written by the board’s auditor, Pia Lorne": the author's role runs past the possessive.
_OWNED_ROLE_GAP_RE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+")


# "A statement from the widow, Ruth Calder, was read", "a letter signed by the head, Ann Boyd":
# the document's author, named beside the description that introduces them.
_AUTHOR_GAP_RE = re.compile(r"\s+(?:from|by|(?:signed|issued|released|sent|written)\s+by)\s+$")


def _authored(masked: str, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """(author, document noun) for each document written with its author ("a statement from
    Ruth Calder", "a statement from the widow, Ruth Calder"), so a later "the statement said"
    is the author's."""
    out: list[tuple[Mention, str]] = []
    for i, m in enumerate(mentions):
        if m.kind is not NOMINAL or m.entity is not DOCUMENT:
            continue
        noun = HEAD_SPLIT.split(m.text.lower(), maxsplit=1)[0].split()[-1]
        if document_author(m.text) is not None:
            beside = mentions[i + 1] if i + 1 < len(mentions) else None
            if (
                beside is not None
                and beside.is_person_name
                and _OWNED_ROLE_GAP_RE.fullmatch(masked, m.end, beside.start)
            ):
                # "A report written by the board’s auditor, Pia Lorne,": the name beside the
                # role the author's words ran into is the author, not "the board"
                out.append((beside, noun))
                continue
            # the resolver reads the author off the document, as it does for a speaker
            out.append((m, noun))
            continue
        beside = name_beside(masked, mentions, i + 1) if i + 1 < len(mentions) else None
        if (
            beside is not None
            and beside.is_person_name
            and _AUTHOR_GAP_RE.fullmatch(masked[m.end : mentions[i + 1].start])
        ):
            out.append((beside, noun))
            continue
        author = _signed_later(masked, mentions, i)
        if author is not None:
            out.append((author, noun))
    return out


# "The memo, dated March 3 and sent to all staff by Dana Whitlock, ...", "The report, written
# by the state auditor, Gail Mercer, ...": the participle that says who put the document out
# comes later in its sentence, after a date, its addressees or who has read it since ("reviewed
# by The Ledger" is no author: only these participles make one). Not past a verb of saying or a
# relative ("The report, which said nurses were sent home by Ana Ruiz, ...": she is in what
# the report says, not its author).
_SIGNED_LATER_RE = re.compile(
    r"(?:(?![.!?;][\s”\"’]*[A-Z“\"]|\n|\b(?:said|says|which|that|who)\b).){0,120}?"
    rf"\b(?:{word_alternation(ISSUED_WORDS | {'filed', 'prepared', 'authored'})})"
    r"(?:\s+(?!by\b)[\w’'.-]+){0,8}\s+by\s+(?:(?:the|a|an|his|her|their)\s+)?$",
    re.S,
)


def _signed_later(masked: str, mentions: list[Mention], at: int) -> Mention | None:
    """The author a participle later in the document's sentence names ("sent to all staff by
    Dana Whitlock"; "written by the state auditor, Gail Mercer": the name beside the role), or
    None."""
    doc = mentions[at]
    for j in range(at + 1, min(at + 5, len(mentions))):
        x = mentions[j]
        if x.start - doc.end > 200:
            return None
        if not _SIGNED_LATER_RE.match(masked[doc.end : x.start]):
            continue
        if not can_speak(x):
            return None
        beside = name_beside(masked, mentions, j)
        return beside if beside is not None and beside.is_person_name else x
    return None


def read_out(
    documents: dict[str, tuple[str, int]], reader: Mention, block: int, cue: str | None
) -> tuple[str, bool, str] | None:
    """(speaker, introduced, reason) when the cue reads out a document sent in this paragraph
    by someone else: "Mr Holm sent a message that Mr Baird read out to the hall: “…”" is the
    message's, so its sender's; the one reading it out only voices it."""
    if not cue or cue.split()[0].lower() != "read":
        return None
    for noun, (owner, at) in reversed(documents.items()):
        if at == block and owner not in (reader.text, reader.name):
            return owner, True, f"read out by {reader.text}: the {noun}'s owner"
    return None
