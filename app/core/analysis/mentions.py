"""Finding who is mentioned in copy: names with their titles, pronouns and role nouns.

A rule-based reader, not a parser: it looks for the shapes reporters write people in
("Republican Representative Mike Turner", "Mr. Burman", "he", "the mayor") and keeps titles apart
from names, so attribution can say who spoke and sourcing can say who they are. The phrase a
role noun ends ("a spokesperson for Harlow Council") is read in role_phrases.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analysis.adjective_roles import adjective_then_role
from app.core.analysis.anchor_words import leading_words, may_match
from app.core.analysis.capital_offices import capital_offices
from app.core.analysis.entities import (
    GROUP_PLURALS,
    ORGANISATION,
    PERSON,
    PLURAL_PEOPLE,
    kind_of_name,
)
from app.core.analysis.first_names import is_first_name
from app.core.analysis.group_mentions import (
    number_ten,
    opening_modifier,
    parts_of_groups,
    someone_speaks,
)
from app.core.analysis.handles import handle_mentions
from app.core.analysis.joins import join_names
from app.core.analysis.mention import NAME, NOMINAL, Mention, MentionKind, _pronoun
from app.core.analysis.name_parts import join_name_parts
from app.core.analysis.name_roles import describe_by_role
from app.core.analysis.name_runs import _NAME_RUN_RE, digits_before
from app.core.analysis.name_words import HONORIFICS, NOT_NAME, PRONOUNS, TITLE_WORDS
from app.core.analysis.names import _split_run, last_name
from app.core.analysis.patterns import word_alternation
from app.core.analysis.phrase_owners import document_author
from app.core.analysis.phrases import WHERE_FROM_RE
from app.core.analysis.role_nouns import (
    AUTHORED_ONLY,
    ROLE_NOUNS,
    ROLE_RE,
    phrase_kind,
    role_matches,
)
from app.core.analysis.role_phrases import (
    CLAUSE_WORDS,
    INNER_DETERMINERS,
    nominal_before,
    placed_by_state,
)
from app.core.analysis.titled_runs import people_after_titles_of
from app.core.analysis.unnamed_people import (
    company_then_role,
    head_after_age,
    members_as_nouns,
    unglued_role,
)
from app.core.analysis.wordnet_words import is_wordnet_person

__all__ = [
    "HONORIFICS",
    "ROLE_NOUNS",
    "TITLE_WORDS",
    "Mention",
    "MentionKind",
    "bare_plural",
    "find_mentions",
    "last_name",
    "looks_like_description",
    "phrase_kind",
    "reread_after_quotes",
    "together_parts",
    "word_alternation",
]


# \b(?:he|she|they|we|it|who)\b with each alternative opening on its letter (the \b before it a
# lookbehind): the regex engine skips at C speed to the next h, s, t, w or i (speed).
_PRONOUN_RE = re.compile(
    r"h(?<!\wh)e\b|s(?<!\ws)he\b|t(?<!\wt)hey\b|w(?<!\ww)(?:e|ho)\b|i(?<!\wi)t\b"
)
_PRONOUN_WORDS = leading_words(_PRONOUN_RE)
_DIGITS_OR_HYPHEN = frozenset("0123456789-")
_SOMEONE = ("Someone ", "Somebody ")
# An age spelled out to open a sentence, as style guides ask ("Sixteen-year-old Ana Ruiz",
# "Twenty-one-year-old Tom Vell"): an age before the name, never part of it.
# A headline may capitalise it ("Sixteen-Year-Old Ana Ruiz Wins"); inside a sentence, after
# "The", it is part of a name ("The Ninety-year-old Club said").
_SPELLED_AGE_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?-(?:[Yy]ear|[Mm]onth)-[Oo]ld\s+")
_SENTENCE_OPENERS = frozenset(".!?:;\"“”‘’'(\n")


def _after_spelled_ages(text: str, parts: list[Mention]) -> list[Mention]:
    """ "Sixteen-year-old Ana Ruiz said": the name is what follows the age."""
    out: list[Mention] = []
    for part in parts:
        aged = _SPELLED_AGE_RE.match(text, part.start, part.end)
        # the character before the part, read only for an age (it copies the text before)
        opens = text[: part.start].rstrip(" ")[-1:] if aged is not None else ""
        if aged is None or part.kind is not NAME or (opens and opens not in _SENTENCE_OPENERS):
            out.append(part)
        elif aged.end() < part.end:
            out.extend(_split_run(text, aged.end(), part.end))
    return out


def find_mentions(
    text: str, start: int = 0, end: int | None = None, *, linked: bool = False
) -> list[Mention]:
    """Every name, pronoun and role-noun phrase in text[start:end], in order, never overlapping.

    Three fast scans (capitalised runs, pronouns, role nouns) merged by position; the earliest
    and then the longest mention wins where two overlap. With `linked` (a block read for
    attribution), two people joined by "and" ("Lund and Bakri") are one mention the resolver
    splits (see together_parts), and a role word right before a name or set beside it without
    an article ("Rovers manager Dean Cole", "Priya Shah, headteacher at ...") describes them.
    """
    end = len(text) if end is None else end
    found: list[Mention] = []
    for m in _NAME_RUN_RE.finditer(text, start, end):
        a = m.start()
        if a > start and text[a - 1] in _DIGITS_OR_HYPHEN:
            a = digits_before(text, a, start)  # "3M", "7-Eleven": digits open the name
        if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "'’_"):
            continue
        if text[a - 1 : a] == "-" and a > 1 and text[a - 2].islower():
            # "al-Rashid", "anti-Brandt", "co-CEO Dana Pike": the glued word belongs to the
            # lower-case word before it; the rest of the run may still name someone.
            space = text.find(" ", a, m.end())
            if space == -1:
                continue
            a = space + 1
        if text[a] == "S" and text.startswith(_SOMEONE, a) and someone_speaks(text, a):
            continue  # "Someone who lives nearby": no surname (group_mentions reads it)
        if text[a] == "N" and (ten := number_ten(text, a)) is not None:
            found.append(ten)  # "No 10 said": the prime minister's office
            continue
        parts = _split_run(text, a, m.end())
        if text.find("-old", a, m.end()) != -1 or text.find("-Old", a, m.end()) != -1:  # speed
            parts = _after_spelled_ages(text, parts)
        found.extend(parts)
    # a whole text holding none of the pronouns is not searched for them (speed)
    if start or end != len(text) or may_match(_PRONOUN_WORDS, text):
        for m in _PRONOUN_RE.finditer(text, start, end):
            found.append(_pronoun(m.start(), m.end(), m.group(), PRONOUNS[m.group()]))
    # a whole text: tried only at the words a role match can open with (speed)
    roles = (
        role_matches(text) if not start and end == len(text) else ROLE_RE.finditer(text, start, end)
    )
    for m in roles:
        head = m.start()
        if text[head - 1 : head] == "-":
            # "Its vice-president, Ana Ruiz,", "the co-founder": the compound is the role
            glued = _GLUED_BEFORE_RE.search(text, max(start, head - 12), head)
            head = glued.start() if glued is not None else head
        nominal = _role_phrase(text, start, head, m.end())
        if (
            nominal is not None
            and m.group() in AUTHORED_ONLY
            and not document_author(nominal.text)
            # "The notice, issued by the council, said": its author in an aside
            and not _AUTHOR_ASIDE_RE.match(text, nominal.end, end)
        ):
            continue  # "a notice in the newsletter": posted up; "a notice signed by X" is X's
        if nominal is not None:
            if nominal.end == m.end() and m.group().endswith("-year-old"):
                nominal = head_after_age(text, nominal, end)
            found.append(nominal)
    found.extend(_trades_beside_names(text, start, end, found))
    found.extend(parts_of_groups(text, start, end))
    found.extend(handle_mentions(text, start, end))
    found = members_as_nouns(text, found)
    found.sort(key=lambda x: (x.start, -x.end))
    found = join_name_parts(text, found)
    found = _roles_before_names(text, found)
    found = join_names(text, found, linked)
    found = capital_offices(text, found)
    found = people_after_titles_of(text, found)  # "director of the Larks Tomas Wren"
    if linked:
        found = describe_by_role(text, found)
    out: list[Mention] = []
    last_end = -1
    for mention in found:
        if (
            mention.kind is NAME
            and mention.text[:1] in _GENERIC_BODY_INITIALS
            and mention.text.lower() in GENERIC_BODY_WORDS
        ):
            continue  # "Club statement" (a subhead), "Board tables motion": no body's name
        if (
            mention.kind is NOMINAL
            and text[max(0, mention.start - 3) : mention.start] == "as "
            and _LIFE_STAGE_RE.fullmatch(mention.text)
        ):
            continue  # "he told her as a girl": she, when young, not someone new
        if mention.start >= last_end:
            out.append(mention)
            last_end = mention.end
    return out


# A trade set right before a name ("said drummer Teo Vance", "The band's drummer, Teo Vance,")
# or described after it ("Teo Vance, the band's drummer,", "Teo Vance, a drummer from Ostley").
_TRADE_BEFORE_RE = re.compile(r"(?<![\w'’-])([a-z]{4,}),?[ \u00a0]+$")
_TRADE_AFTER_RE = re.compile(
    r",[ \u00a0]+(?:an?|the|[A-Z][\w’'.-]*['’]s?)[ \u00a0]+(?:[a-z][\w'’-]*[ \u00a0]+){0,3}?"
    r"([a-z]{4,})(?=[ \u00a0]*[,.;:)]|[ \u00a0]+(?:from|of|at|in|for|who|with)\b)"
)


def _trades_beside_names(text: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """The role phrases of nouns WordNet gives no sense but a person and the hand lists lack
    ("drummer", "bassist"), set beside a name in `found`: the person learns the description a
    later "the drummer" refers back to. Only beside a name: a scan of every word cost more than
    the rest of the mention scan, and a trade with no name beside it ("a lottery winner") is
    read by the speaker's own reading."""
    out: list[Mention] = []
    for name in found:
        if name.kind is not NAME:
            continue
        # (the character before or after asked first: most names have neither (speed))
        before = (
            _TRADE_BEFORE_RE.search(text, max(start, name.start - 30), name.start)
            if name.start >= 2
            and (text[name.start - 2].islower() or text.startswith(", ", name.start - 2))
            else None
        )
        after = (
            _TRADE_AFTER_RE.match(text, name.end, min(end, name.end + 60))
            if text.startswith(",", name.end)
            else None
        )
        for trade in (before, after):
            if trade is not None and _a_trade(trade.group(1)):
                phrase = _role_phrase(text, start, trade.start(1), trade.end(1))
                if phrase is not None:
                    out.append(phrase)
    return out


def _role_phrase(text: str, start: int, head: int, stop: int) -> Mention | None:
    """The role phrase the role noun text[head:stop] ends ("the band's drummer", "a drummer
    from Ostley"), or None when it opens no phrase."""
    nominal = nominal_before(text, max(start, head - 70), head, stop)
    if nominal is None:
        nominal = opening_modifier(text, start, head, stop)
    if nominal is None and text.startswith(", ", head - 2):
        nominal = placed_by_state(text, max(start, head - 60), head, stop)
    return nominal


def _a_trade(word: str) -> bool:
    """A noun for a person that no hand list holds ("drummer", "bassists")."""
    return (
        word not in ROLE_NOUNS
        and word not in NOT_NAME  # "nobody": no one to refer back to
        and is_wordnet_person(word, plural=True)
    )


# A notice's author in an aside after it: "The notice, issued by the council, said".
_AUTHOR_ASIDE_RE = re.compile(
    r",\s+(?:[a-z]+ly\s+)?(?:issued|signed|sent|posted|put\s+out|written|published|"
    r"circulated|distributed|delivered)\s+by\s"
)
_GLUED_BEFORE_RE = re.compile(r"(?<![\w-])(?:vice|co|ex)-$")


def _roles_before_names(text: str, found: list[Mention]) -> list[Mention]:
    """Drop a definite role phrase that a name follows at once ("said the economist Priti
    Vale", "the Labour MP Priti Vale said"): the role is the name's title, and the person is
    who speaks. Earliest-wins would otherwise keep "the economist" as an unnamed speaker, or
    let "the Labour MP" swallow the name it overlaps."""
    if len(found) < 2:
        return found
    kept: list[Mention] = []
    for i, mention in enumerate(found):
        if mention.kind is NOMINAL and mention.text[:4].lower() == "the ":
            name = next((m for m in found[i + 1 : i + 4] if m.kind is NAME), None)
            if (
                name is not None
                and name.end > mention.end
                and (name.start <= mention.end or text[mention.end : name.start] == " ")
                and kind_of_name(name.name or name.text) is PERSON
            ):
                continue
        kept.append(mention)
    return kept


# Nouns for a kind of body, never a body's whole name, though a headline or a subhead sets them
# in capitals ("Board tables motion", "Club statement"): as a name they stood for nothing, and
# "the club said" found "Club" rather than the club the story named.
GENERIC_BODY_WORDS = frozenset(
    "club board company firm team committee department agency union council group".split()
)
# "As a girl", "as a young man": the subject at an age, never a person of their own, whom a
# later "she" or "he" could mean.
_LIFE_STAGE_RE = re.compile(
    r"(?i:an?)[ \u00a0]+(?:(?:small|little|young)[ \u00a0]+)?(?:girl|boy|child|kid|teenager|teen|"
    r"youngster|schoolgirl|schoolboy|student|baby|toddler|man|woman|lad|lass)"
)
_GENERIC_BODY_INITIALS = frozenset(word[0].upper() for word in GENERIC_BODY_WORDS)
_GROUP_WORD_RE = re.compile(r"\s*([A-Za-z][\w.’'-]*)")
# Where a cited group's phrase ends: "said police." but not "said police spokeswoman Ana Ruiz"
_GROUP_END_RE = re.compile(
    r"\s*(?:[.,;:!?)\u201d\"]|$)|\s+(?:on|in|at|who|that|after|when|as|during|last|yesterday|today|"
    r"said|say|says|told|tell|added|add|warned|claimed|insisted|argued|wrote|noted|to(?=\s+[\"“‘'])|"
    r"by\s+(?:phone|telephone|email|e-mail|text|video))\b"
)


def bare_plural(text: str, start: int) -> Mention | None:
    """The group cited at `start` with no determiner ("said officials", "according to senior
    officials", "local residents said", "people familiar with the talks"). Only a tag's speaker
    slot asks: elsewhere a bare plural is as often who is spoken to ("told police") or about, so
    it is no mention of its own."""
    words, pos = [], start
    while len(words) < 3 and (word := _GROUP_WORD_RE.match(text, pos)) is not None:
        words.append(word)
        pos = word.end()
    for noun in reversed(words):  # the longest phrase ending at a plural people noun
        word = noun.group(1).rstrip(".")  # "said police."
        end = noun.start(1) + len(word)
        if word not in GROUP_PLURALS:
            continue
        modifiers = [w.group(1).lower() for w in words[: words.index(noun)]]
        if any(m in _NOT_MODIFIERS for m in modifiers):
            continue
        of = WHERE_FROM_RE.match(text, end)
        end = of.end() if of is not None else end  # "people familiar with the talks"
        if _GROUP_END_RE.match(text, end):
            phrase = text[start:end]
            entity = PERSON if word in PLURAL_PEOPLE else ORGANISATION
            return Mention(start, end, phrase, NOMINAL, entity=entity)
    return None


# Words that cannot describe a group cited bare ("said that residents ..." cites no one).
_NOT_MODIFIERS = CLAUSE_WORDS | INNER_DETERMINERS | frozenset(PRONOUNS)


_DESCRIPTION_OPENERS = frozenset(
    """a an the one his her their its former senior chief then longtime veteran executive deputy
    acting top lead co-founder founder head now also both another retired outgoing incoming
    interim who whose himself herself age aged""".split()
)


def looks_like_description(text: str) -> bool:
    """Does this comma-enclosed phrase read as an appositive (who someone is), not a clause?

    "an expert with the Atlantic Council", "director of the centre", "82", "R-Ohio" are
    descriptions; "shared his disapproval" is a clause and is not.
    """
    words = text.split()
    if not words:
        return False
    first = unglued_role(words[0].strip("(").lower())
    return (
        first in _DESCRIPTION_OPENERS
        or first in TITLE_WORDS
        or first in ROLE_NOUNS
        or first[:1].isdigit()
        or first.endswith(("’s", "'s"))
        or (words[0][:1].isupper() and "-" in words[0])
        or company_then_role(words)
        or adjective_then_role(words)
    )


def reread_after_quotes(
    masked: str, mentions: list[Mention], starts: list[int], after: list[int]
) -> list[Mention]:
    """`mentions` with each one-word name opening a sentence only a quote's words ended read
    again as opening it: "... called it “a disgrace.” Officials said" (the full stop is inside
    the masked marks, so "Officials" was read mid-sentence, as a surname). `after` is `starts`
    with those sentences (sentences.starts_after_quotes); the same list when there are none."""
    if after is starts:
        return mentions
    opened = set(after).difference(starts)
    out: list[Mention] = []
    for m in mentions:
        if m.start not in opened or m.kind is not NAME or " " in m.text:
            out.append(m)
            continue
        # the closing mark and the blank before the word, read as a full stop and a blank
        probe = f"{masked[: m.start - 2]}. {masked[m.start :]}"
        again = find_mentions(probe, m.start, m.end, linked=True)
        out.extend(n for n in again[:1] if n.start == m.start)  # none: "Speaking to ..."
    return out


def together_parts(mention: Mention) -> list[Mention]:
    """The people a mention of two names joined by "and" stands for ("Lund and Bakri"), each at
    its place in the copy; empty for any other mention."""
    if mention.kind is not NAME or " and " not in mention.name:
        return []
    if mention.entity is not PERSON or mention.organisation:
        return []
    parts = [m for m in find_mentions(mention.text) if m.is_person_name]
    if len(parts) != 2:
        return []
    first, second = parts
    if (
        " " not in first.name
        and second.name.count(" ") == 1
        and is_first_name(first.name)
        and is_first_name(second.name.split()[0])
    ):
        # "Jean and Mike Pryor": a couple sharing the surname; "Jean" is Jean Pryor
        surname = second.name.split()[1]
        first = replace(first, name=f"{first.name} {surname}", entity=PERSON)
    return [first.shifted(mention.start), second.shifted(mention.start)]
