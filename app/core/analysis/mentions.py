"""Finding who is mentioned in copy: names with their titles, pronouns and role nouns.

A rule-based reader, not a parser: it looks for the shapes reporters write people in
("Republican Representative Mike Turner", "Mr. Burman", "he", "the mayor") and keeps titles apart
from names, so attribution can say who spoke and sourcing can say who they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analysis.credit_places import is_region
from app.core.analysis.document_authors import author_written_after
from app.core.analysis.entities import (
    DOCUMENT,
    GROUP_PLURALS,
    ORGANISATION,
    PERSON,
    PLURAL_PEOPLE,
    kind_of_name,
    kind_of_nominal,
)
from app.core.analysis.first_names import is_first_name
from app.core.analysis.group_mentions import (
    number_ten,
    opening_modifier,
    parts_of_groups,
    someone_speaks,
)
from app.core.analysis.handles import handle_mentions
from app.core.analysis.joins import capital_offices, describe_by_role, join_names
from app.core.analysis.mention import NAME, NOMINAL, Mention, MentionKind, _pronoun
from app.core.analysis.name_parts import join_name_parts
from app.core.analysis.name_runs import _KEEPS_PERIOD, _NAME_RUN_RE, digits_before
from app.core.analysis.name_titles import title_words_before
from app.core.analysis.name_words import HONORIFICS, PRONOUNS, TITLE_WORDS
from app.core.analysis.names import (
    _CLAUSE_WORDS,
    _PRONOUN_RE,
    _ROLE_OF_RE,
    _split_run,
    determiner_back,
    last_name,
)
from app.core.analysis.patterns import word_alternation
from app.core.analysis.phrase_owners import document_author
from app.core.analysis.phrases import WHERE_FROM_RE
from app.core.analysis.role_nouns import (
    AUTHORED_ONLY,
    ROLE_NOUNS,
    ROLE_RE,
    nominal_kind,
    phrase_kind,
)
from app.core.analysis.unnamed_people import (
    company_then_role,
    head_after_age,
    members_as_nouns,
    unglued_role,
)

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


_DIGITS_OR_HYPHEN = frozenset("0123456789-")
_SOMEONE = ("Someone ", "Somebody ")


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
        found.extend(_split_run(text, a, m.end()))
    for m in _PRONOUN_RE.finditer(text, start, end):
        found.append(_pronoun(m.start(), m.end(), m.group(), PRONOUNS[m.group()]))
    for m in ROLE_RE.finditer(text, start, end):
        head = m.start()
        if text[head - 1 : head] == "-":
            # "Its vice-president, Ana Ruiz,", "the co-founder": the compound is the role
            glued = _GLUED_BEFORE_RE.search(text, max(start, head - 12), head)
            head = glued.start() if glued is not None else head
        nominal = _nominal_before(text, max(start, head - 70), head, m.end())
        if nominal is None:
            nominal = opening_modifier(text, start, head, m.end())
        if nominal is None and text.startswith(", ", head - 2):
            nominal = _placed_by_state(text, max(start, head - 60), head, m.end())
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
    found.extend(parts_of_groups(text, start, end))
    found.extend(handle_mentions(text, start, end))
    found = members_as_nouns(text, found)
    found.sort(key=lambda x: (x.start, -x.end))
    found = join_name_parts(text, found)
    found = _roles_before_names(text, found)
    found = join_names(text, found, linked)
    found = capital_offices(text, found)
    if linked:
        found = describe_by_role(text, found)
    out: list[Mention] = []
    last_end = -1
    for mention in found:
        if mention.start >= last_end:
            out.append(mention)
            last_end = mention.end
    return out


# "the Dayton, Ohio, company": a determiner, a city and its state set off by commas.
# A notice's author in an aside after it: "The notice, issued by the council, said".
_AUTHOR_ASIDE_RE = re.compile(
    r",\s+(?:[a-z]+ly\s+)?(?:issued|signed|sent|posted|put\s+out|written|published|"
    r"circulated|distributed|delivered)\s+by\s"
)
_CITY_STATE_BACK_RE = re.compile(
    r"(?:^|(?<=\s))((?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*,\s+"
    r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?),\s+)$"
)


def _placed_by_state(text: str, lo: int, head_start: int, head_end: int) -> Mention | None:
    """ "the Dayton, Ohio, company", "a Reno, Nev., firm": US copy places a company by its city
    and state between commas before the noun; the commas close nothing, the phrase is one."""
    back = _CITY_STATE_BACK_RE.search(text, lo, head_start)
    if back is None or not is_region(back.group(2)):
        return None
    phrase = text[back.start(1) : head_end]
    return Mention(
        back.start(1),
        head_end,
        " ".join(phrase.split()),
        NOMINAL,
        entity=nominal_kind(phrase),
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


def _nominal_before(text: str, lo: int, head_start: int, head_end: int) -> Mention | None:
    """The role-noun phrase ending at a role noun: "one mother", "the production company".

    The nearest determiner that gives a phrase (no clause word, no sentence break inside) wins:
    "The paper spoke to one mother" gives "one mother".
    """
    pos = lo
    while pos < head_start:
        d = determiner_back(text, pos, head_start)
        if not d:
            return None
        a = d.start(1)
        phrase = text[a:head_end]
        # a long owner ends in a possessive: no apostrophe, no search (speed)
        owner = _LONG_OWNER_RE.match(phrase) if "'" in phrase or "’" in phrase else None
        if owner is not None and kind_of_nominal(phrase) is not DOCUMENT:
            # "Deputy Mayor Ilse Varga’s crew": a long owner is kept for a document ("Quenby
            # Logistics Ltd’s statement"); for anything else the owner's name is read alone,
            # but a title makes no owner long ("Gov. Ana Ruiz’s office said")
            titled = title_words_before(phrase)
            if not titled or _LONG_OWNER_RE.match(phrase, titled):
                pos = a + 1
                continue
        inner = phrase.split()[:-1]
        if (
            any(
                (w.lower() in _CLAUSE_WORDS and not _joins_modifiers(inner, i))
                or w in _INNER_DETERMINERS  # "The Board published its report": two phrases
                # "moved to the U.S. Her son said": the stop ended a sentence
                or (inner[i - 1][-1] == "." and w.lower() in _INNER_DETERMINERS)
                or _verb_after_noun(inner, i)  # "Ortiz’s campaign wants voters"
                for i, w in enumerate(inner[1:], start=1)
            )
            or any(
                w.endswith((".", ",", ";", ":"))
                and w.lower().rstrip(".") not in _KEEPS_PERIOD
                and "." not in w[:-1]  # "U.S." is an initialism, not a sentence's end
                for w in inner
            )
        ):
            pos = a + 1
            continue
        after = text[head_end : head_end + 2]
        possessive = after[:1] in ("'", "’") and after[1:2] in ("s", " ", "")
        of = None
        if not possessive:
            kind = kind_of_nominal(phrase)
            of = (
                author_written_after(text, head_end)
                if kind is DOCUMENT
                else _ROLE_OF_RE.match(text, head_end)
            )
            if of is None and kind is PERSON:
                # "A nurse at the hospital, who ...", "a teacher at the school said"
                of = WHERE_FROM_RE.match(text, head_end)
            if of is None and kind is ORGANISATION:
                # "the office of the mayor said": whose office is part of what it is
                of = WHERE_FROM_RE.match(text, head_end)
                of = of if of is not None and of.group().split()[0] == "of" else None
            if of is None and kind is PERSON and _is_office_head(text, a, head_end):
                # "the head of nursing", "the director of public health": the field is the job
                of = _FIELD_OF_RE.match(text, head_end)
        if of:
            # "a spokesperson for the British Foreign Office": who they speak for is part of
            # who they are; "a report by the Institute for Fiscal Studies": who wrote it.
            head_end = _organisation_end(text, of.start(), of.end())
            phrase = text[a:head_end]
        entity = nominal_kind(phrase)
        one_of = (  # the phrase's opening asked first: cheaper than the search (speed)
            _ONE_OF_RE.search(text, max(0, a - 12), a)
            if phrase[:4].lower() in ("the ", "its ", "thei")
            else None
        )
        if one_of is not None:
            # "one of the sources said": one person, not the sources; a later "the source"
            # is them.
            a = one_of.start()
            phrase = text[a:head_end]
        return Mention(
            a,
            head_end,
            " ".join(phrase.split()),  # a blanked "(Nasa)" leaves no gap
            NOMINAL,
            possessive=possessive,
            entity=entity,
        )
    return None


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
        modifiers = [w.group(1).lower() for w in words[: words.index(noun)]]
        if word not in GROUP_PLURALS or any(m in _NOT_MODIFIERS for m in modifiers):
            continue
        of = WHERE_FROM_RE.match(text, end)
        end = of.end() if of is not None else end  # "people familiar with the talks"
        if _GROUP_END_RE.match(text, end):
            phrase = text[start:end]
            entity = PERSON if word in PLURAL_PEOPLE else ORGANISATION
            return Mention(start, end, phrase, NOMINAL, entity=entity)
    return None


_LONG_OWNER_RE = re.compile(r"(?![Tt]he\s|[Aa]n?\s)(?:\S+\s+){2,}?\S*?(?:['’]s|s['’])\s")


# Heads of a job named by its field, lower case: "head of nursing", "director of finance".
_OFFICE_HEADS = frozenset(
    """head chief director secretary minister master commissioner manager leader dean
    superintendent""".split()
)
_FIELD_OF_RE = re.compile(
    rf"\s+of\s+(?!(?:the|a|an|his|her|their|its|our|this|that)\b)[a-z][a-z-]+"
    rf"(?:\s+(?!(?:{word_alternation(_CLAUSE_WORDS)})\b)[a-z][a-z-]*[^\Wsd])?(?![\w'’-])"
)


def _is_office_head(text: str, a: int, head_end: int) -> bool:
    """Whether the phrase text[a:head_end] ends in a head that takes its field after "of"."""
    return text[max(a, head_end - 14) : head_end].rsplit(" ", 1)[-1].lower() in _OFFICE_HEADS


_ONE_OF_RE = re.compile(r"\b(?:[Oo]ne|[Aa]nother)\s+of\s+$")
_WHEN_AFTER_RE = re.compile(
    r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)
_ABBREVIATIONS = frozenset("inc co corp ltd plc llc bros dept univ assn jr sr st".split())


_FULL_STOP_INSIDE_RE = re.compile(r"([\w'’&-]+)\.[ \u00a0]")


def _organisation_end(text: str, start: int, end: int) -> int:
    """Where "for Harlow Council" ends: before "on Monday", and before a sentence's full stop
    ("... said a spokesperson for Harlow Council."), but after "Inc." or "U.S."."""
    when = _WHEN_AFTER_RE.search(text, start, end)
    if when is not None:
        end = when.start()
    for stop in _FULL_STOP_INSIDE_RE.finditer(text, start, end):
        # "an analyst at Calder Street Securities. She said": the sentence ends at the stop
        # after a word that is no abbreviation ("Inc. Chief", "U.S. Army" go on).
        word = stop.group(1)
        if word.lower() not in _ABBREVIATIONS and "." not in word and len(word) > 1:
            end = stop.end(1) + 1
            break
    if text[end - 1 : end] == ".":
        word = text[start:end].split()[-1].rstrip(".")
        if word.lower() not in _ABBREVIATIONS and "." not in word and len(word) > 1:
            end -= 1
    return end


_INNER_DETERMINERS = frozenset("the a an its his her their this that these those".split())
# Words that cannot describe a group cited bare ("said that residents ..." cites no one).
_NOT_MODIFIERS = _CLAUSE_WORDS | _INNER_DETERMINERS | frozenset(PRONOUNS)


def _verb_after_noun(words: list[str], i: int) -> bool:
    """ "campaign wants", "council sent": a lower-case word ending in -s, or a common irregular
    past tense, right after a role noun is its verb."""
    w = words[i]
    before = words[i - 1].lower()
    for suffix in ("’s", "'s"):
        before = before.removesuffix(suffix)
    if (
        i >= 2  # (words[0] is the determiner: "A retired teacher")
        and w.islower()
        and w.endswith("ed")
        and words[i - 1][:1].isupper()
        and w not in _MODIFYING
    ):
        return True  # "The Halden Hawks fired coach Dan Fell": the name's verb, two phrases
    return (
        w.islower()
        and (w in _IRREGULAR_PAST or (w.endswith("s") and not w.endswith(("ss", "’s", "'s"))))
        and before in ROLE_NOUNS
    )


# Participles a name may modify a noun with: "the New York based firm", "the Calder owned site".
_MODIFYING = frozenset(
    """based owned backed funded listed registered headquartered born bred trained educated
    licensed elected appointed""".split()
)
# Past tenses no role noun is modified by: "The council sent residents a letter" is two phrases.
_IRREGULAR_PAST = frozenset("sent gave told left wrote took brought kept got made".split())


def _joins_modifiers(words: list[str], i: int) -> bool:
    """ "the Danish and Swedish transport ministries", "the former mayor and Harwick councillor":
    an "and" between capitalised modifiers joins two descriptions of one speaker."""
    return (
        words[i].lower() == "and"
        and i + 1 < len(words)
        and (words[i - 1][:1].isupper() or words[i + 1][:1].isupper())
    )


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
