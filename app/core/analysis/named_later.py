"""A speaker described by role in one place and named in another: "China's envoy to Chile said
..." and, further down, "China's envoy to Chile Wen Lo has said": the quote is Wen Lo's. And a
story that opens on a quote and a pronoun, naming its person only after ("“…,” he said. Tom
Vell, 45, spent 20 years in prison ..."): the quote is Tom Vell's.

Copy often opens on a role ("the club's new manager said") and gives the name a paragraph or
two later, in apposition with the same role. The reading pass resolves mentions in text order,
so it can only keep such a speaker as written; this pass, run once per analysis, looks for the
same role phrase later standing right next to a person's name and gives the quote that name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import model
from app.core.analysis.attribution_rules import CONTINUES, NO_AGREEING_PERSON, reason_text
from app.core.analysis.credits import is_credit_paragraph
from app.core.analysis.entities import PLURAL_PEOPLE
from app.core.analysis.first_names import first_name_gender
from app.core.analysis.mention import NAME, PRONOUN
from app.core.analysis.mentions import ROLE_NOUNS, find_mentions
from app.core.analysis.name_words import PRONOUN_FORMS
from app.core.analysis.roles import kin_of

# How many uses of one role to look at: a role repeated all through a long text is no one's.
_MOST_USES = 20
_DETERMINER_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# What may stand between the role and the name: where the role serves ("to Britain", "of the
# Trust"), then nothing, a comma, or "named".
_JOIN_RE = re.compile(
    r"(?:\s+(?:to|of|for|at|in)(?:\s+the)?(?:\s+[A-Z][\w'’-]*){1,3})?,?\s+(?:named\s+)?"
)


def name_described_speakers(text: str, quotes: list[model.Quote]) -> list[model.Quote]:
    """`quotes` with each described-only speaker replaced by the name the role is given later."""
    found: dict[str, tuple[str, int] | None] = {}
    out: list[model.Quote] = []
    for q in quotes:
        role = _role(q)
        if role is None and not _kept_as_written(q):
            out.append(q)
            continue
        if role is not None and role not in found:
            found[role] = _named(text, role)
        hit = found[role] if role is not None else None
        if hit is None:
            titled = _titled_later(text, q)
            if titled is not None:
                name, title = titled
                out.append(
                    replace(
                        q,
                        speaker=name,
                        speaker_reason=f"{q.speaker_mention} → {name}: the first person named "
                        f"after it with that role (“{title} {name}”)",
                    )
                )
                continue
            out.append(q)
            continue
        name = hit[0]
        out.append(
            replace(
                q,
                speaker=name,
                speaker_reason=f"{q.speaker_mention} → {name}: the same role given a name "
                f"elsewhere in the story (“{role} … {name}”)",
            )
        )
    return out


# How far after a quote "the Jewish state's premier" may be named ("Prime Minister X").
_TITLE_REACH = 1500
_DEFINITE_ROLE_RE = re.compile(r"^(?:[Tt]he|[A-Z][\w.-]*['’]s)\s+(?:[\w-]+['’]s\s+)?")


def _titled_later(text: str, q: model.Quote) -> tuple[str, str] | None:
    """For a quote kept as "the Jewish state's premier said" with nobody so described before:
    the first person named after it whose title is that role or another word for it ("Israeli
    Prime Minister Ana Levi"), and the title; else None."""
    mention = q.speaker_mention or ""
    lede = _lede_role(text, mention)
    if not lede and (
        not _DEFINITE_ROLE_RE.match(mention) or " of " in mention or " for " in mention
    ):
        return None
    head = mention.split()[-1].lower()
    if head not in ROLE_NOUNS or head in PLURAL_PEOPLE:
        return None
    # Another word for the role only when an owner pins it down ("the Jewish state's premier",
    # "the firm's boss"); a bare "the officer" is more likely another officer than the
    # detective inspector named later.
    owned = not lede and any(w.endswith(("’s", "'s")) for w in mention.split()[:-1])
    words = {head} | kin_of(head) if owned else {head}
    window = text[q.end : q.end + _TITLE_REACH]
    for m in find_mentions(window):
        if not (m.is_person_name and m.title and len(m.name.split()) >= 2):
            continue
        title = {w.rstrip(".").lower() for w in m.title.split()}
        if title & words:
            return m.name, m.title
    return None


# How far into a story its lede may stand (after a headline, byline and dateline).
_LEDE_REACH = 600


def _lede_role(text: str, mention: str) -> bool:
    """Is `mention` a role opening the story indefinitely ("A judge has described ...", "AN
    ELDERLY driver was ...", kept as "JUDGE" when set in capitals), or a headline's role ("Judge
    tells ...")? The delayed-identification lede: its unnamed subject is the story's person,
    named a paragraph later ("Judge Ana Ruiz made the comments"). Only in the lede: "a judge"
    further down is anyone."""
    if " " in mention.strip():
        first, _, rest = mention.partition(" ")
        if first.lower() not in ("a", "an") or " " in rest:
            return False
        at = text.find(mention, 0, _LEDE_REACH)
    elif mention.istitle() and mention.isalpha():
        # "Judge tells Lydiate his raids were cruel": a headline drops the article, so a role
        # opening a line of it is the role the story names later ("Judge Miriam Falk")
        at = text.find(mention, 0, _LEDE_REACH)
        if at != 0 and text[at - 1 : at] != "\n":
            return False
    else:
        if not (mention.isupper() and mention.isalpha()):
            return False
        at = text.find(mention, 0, _LEDE_REACH)
        if at < 2 or text[max(0, at - 3) : at].strip().lower() not in ("a", "an"):
            return False
    # the lede's first words: a paragraph (or the text) starts at or just before the article,
    # and only a headline, byline or caption (lines without a full stop) stand before it
    if at == -1 or not (at < 3 or "\n" in text[max(0, at - 4) : at]):
        return False
    return not any(line.rstrip().endswith((".", "!", "?")) for line in text[:at].splitlines())


def _kept_as_written(q: model.Quote) -> bool:
    """A quote whose speaker is its mention as written (a one-word role: "A judge")."""
    return (
        bool(q.speaker)
        and q.speaker == q.speaker_mention
        and "as written" in (q.speaker_reason or "")
    )


def _role(q: model.Quote) -> str | None:
    """The role phrase of a quote kept "as written" ("China's envoy to Chile"), else None."""
    if (
        not q.speaker
        or q.speaker != q.speaker_mention
        or "as written" not in (q.speaker_reason or "")
    ):
        return None
    role = _DETERMINER_RE.sub("", q.speaker)
    words = role.split()
    # One-word roles ("officials", "residents") are too common to tie to one person.
    if len(words) < 2 or any(w[:1].isdigit() for w in words):
        return None
    return role


def _named(text: str, role: str) -> tuple[str, int] | None:
    """The person named right after a use of `role` in the story, and where."""
    pattern = re.compile(re.escape(role), re.IGNORECASE)
    for seen, m in enumerate(pattern.finditer(text)):
        if seen >= _MOST_USES:
            break
        # A slice, not the whole text: mention finding may look at all the text it is given.
        window = text[m.end() : m.end() + 100]
        for mention in find_mentions(window):
            if _JOIN_RE.fullmatch(window, 0, mention.start) is None:
                continue
            if "," in window[: mention.start] and not _APPOSITION_END_RE.match(window, mention.end):
                # "According to a spokeswoman for the Trust, Ana Ruiz “was ...”": after a
                # comma, a name that runs on into its own clause is no apposition of the role.
                break
            if mention.kind is NAME and mention.is_person_name and len(mention.name.split()) >= 2:
                return mention.name, m.start()
            break
    return None


# A name set beside a role closes with a comma or the sentence's end ("the envoy, Wen Lo, said").
_APPOSITION_END_RE = re.compile(r"\s*(?:[,.;:!?)]|$)")


# How far after a quote whose "he" or "she" nobody before agrees with its person may be named:
# the sentence or two after it.
_PRONOUN_REACH = 300
_SENTENCE_END_BEFORE_RE = re.compile(r"(?:[.!?][”\"’')]*|\n)\s*$")


def name_pronouns_named_after(text: str, quotes: list[model.Quote]) -> list[model.Quote]:
    """`quotes` with each "he" or "she" that no one named before agrees with given the person
    named right after, when that person opens the next sentence and the gender agrees; quotes
    that continue such a quote follow it. Copy opening on a quote names the speaker later, and
    the reading pass, resolving in text order, cannot look ahead."""
    out: list[model.Quote] = []
    carried: tuple[str, str] | None = None  # the pronoun, and the name it was given
    for q in quotes:
        reason = q.speaker_reason or ""
        name = None
        if q.speaker in ("he", "she") and NO_AGREEING_PERSON in reason:
            name = _opens_next_sentence(text, q.end, "m" if q.speaker == "he" else "f")
        elif carried is not None and q.speaker == carried[0] and CONTINUES in reason:
            name = carried[1]
        if name is None:
            carried = None
            out.append(q)
            continue
        carried = (q.speaker or "", name)
        why = reason_text(q.speaker or "", name, "named right after the quote, gender agrees", "")
        out.append(replace(q, speaker=name, speaker_reason=why))
    return out


def _opens_next_sentence(text: str, at: int, gender: str) -> str | None:
    """The person named in full first after `at`, when the name opens a sentence after the
    one holding `at` ("“…,” he said. Tom Vell, 45, ...") and no table gives the other gender."""
    # From the quote's last character: the second half of a split quote ("“We won,” she
    # said, “but barely.” Coach Dana Fry ...") ends its sentence inside the marks.
    window = text[max(0, at - 1) : at + _PRONOUN_REACH]
    for m in find_mentions(window):
        if m.kind is PRONOUN:
            continue
        if not (m.is_person_name and len(m.name.split()) >= 2) or m.possessive:
            return None  # someone or something else first: the pronoun may be theirs
        if not _SENTENCE_END_BEFORE_RE.search(window, 0, m.start):
            return None  # "“…,” he said of Tom Vell": someone else in the same sentence
        if _in_credit_line(window, m.start):
            return None  # "Ana Lima contributed reporting.": the writer, who never speaks
        known = m.gender or first_name_gender(m.name.split()[0])
        return m.name if known in ("", gender) else None
    return None


def _in_credit_line(window: str, at: int) -> bool:
    """Does the paragraph holding `at` credit the writers ("Ana Lima contributed reporting.")?
    Only paragraphs after the quote's own: the window starts inside that one."""
    start = window.rfind("\n\n", 0, at)
    if start < 0:
        return False
    end = window.find("\n\n", at)
    return is_credit_paragraph(window[start : end if end >= 0 else len(window)].strip())


# A person named with an age, acting: "Ned Pollard, 63, bought", "Ana Ruiz, 41, said"; not
# one acted upon or counted ("Tom Vell, 45, was jailed", "Ana Ruiz, 81, was one of six").
_AGED_ACTING_RE = re.compile(r",\s+\d{1,3},\s+(?!(?:was|were|is|are|has\s+been|had\s+been)\b)")
# Any form of "he" ("him", "his", "himself") or of "she" in the lead: the gender it gives.
_LEAD_HE_RE, _LEAD_SHE_RE = (
    re.compile(rf"\b(?:{'|'.join(w for w, s in PRONOUN_FORMS.items() if s == subject)})\b")
    for subject in ("he", "she")
)


def name_lead_described_later(text: str, quotes: list[model.Quote]) -> list[model.Quote]:
    """`quotes` with the unnamed person a story opens on ("A LOCAL resident who scooped £4m
    says he has ...") given the name the next paragraph opens on with an age, acting ("Former
    bin man Ned Pollard, 63, bought ..."): the delayed identification of tabloid and feature
    leads. The reading pass, resolving in text order, can only keep "a local resident" as
    written. Only the opening paragraph's quotes, and only when the lead's "he" or "she" does
    not disagree with the name's first name; an official commenting ("Chief Inspector Ana Ruiz
    said") carries no age, and a person acted upon ("Tom Vell, 45, was jailed for the fraud")
    is someone else."""
    start = len(text) - len(text.lstrip())
    first_end = text.find("\n", start)
    if first_end == -1 or not text[start : start + 3].lower().startswith(("a ", "an ")):
        return quotes
    lead = text[start:first_end]
    opening = lead[:300].lower()
    described = [
        q
        for q in quotes
        if q.end <= first_end
        and q.speaker
        and q.speaker_mention
        and q.speaker.split()[0].lower() in ("a", "an")
        and opening.startswith(q.speaker_mention.lower())
    ]
    if not described:
        return quotes
    rest = text[first_end:].lstrip()
    name = None
    for m in find_mentions(rest[:200]):
        if m.is_person_name and len(m.name.split()) >= 2 and not m.possessive:
            name = m.name if _AGED_ACTING_RE.match(rest, m.end) else None
        break  # only the paragraph's first mention: its subject
    if name is None:
        return quotes
    lowered = lead.lower()
    said = "m" if _LEAD_HE_RE.search(lowered) else "f" if _LEAD_SHE_RE.search(lowered) else ""
    known = first_name_gender(name.split()[0])
    if said and known and said != known:
        return quotes  # "A pensioner ... says she ..." and "Tom Vell, 45,": someone else
    speaker = described[0].speaker
    why = f"{speaker} → {name}: the person the story opens on, named with an age next"
    return [
        replace(q, speaker=name, speaker_reason=why)
        if q.speaker == speaker and q.end <= first_end
        else q
        for q in quotes
    ]


# "Dave Harlan Jr." is found again as "Harlan".
_GENERATIONS = frozenset(("Jr", "Sr", "II", "III", "IV"))


def _not_a_person(reason: str) -> bool:
    """A speaker the reading pass took for a body or a place ("Harbour", a place named, is not
    the surname of "Thames Harbour")."""
    return "organisation" in reason or "place" in reason


def name_surnames_named_later(quotes: list[model.Quote]) -> list[model.Quote]:
    """`quotes` with a speaker kept as a bare surname ("“…,” Harlan said") given the one full name
    another quote's speaker has with that surname ("coach Dave Harlan said ... “…”").

    Wire copy republished from its second paragraph, and features that name someone in full only
    in a later paragraph, use the surname first; the reading pass, resolving in text order, keeps
    it as written. Only when exactly one full name ends in that surname (two Harlans: left as is),
    and never for an organisation ("Reuters" is not "Thomson Reuters")."""
    full: dict[str, set[str]] = {}
    for q in quotes:
        parts = [p for p in (q.speaker or "").split() if p.rstrip(".,") not in _GENERATIONS]
        if (
            len(parts) >= 2
            and all(p[:1].isupper() for p in parts)
            and not _not_a_person(q.speaker_reason or "")
        ):
            full.setdefault(parts[-1].rstrip(","), set()).add(q.speaker or "")
    if not full:
        return quotes
    out: list[model.Quote] = []
    for q in quotes:
        names = full.get(q.speaker or "")
        reason = q.speaker_reason or ""
        if not names or len(names) != 1 or _not_a_person(reason) or "named" not in reason:
            out.append(q)
            continue
        [name] = names
        rule = reason.split("; ", 1)[1] if "; " in reason else reason.split(": ", 1)[-1]
        why = reason_text(q.speaker or "", name, "surname of the person named in full later", rule)
        out.append(replace(q, speaker=name, speaker_reason=why))
    return out
