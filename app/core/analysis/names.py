"""Reading names in copy: runs of capitalised words split into people, organisations and the
titles before them ("Republican Representative Mike Turner", "Mr. Burman", "Labour’s Sam
Tarrant"). The runs themselves are found and cut at full stops in name_runs.py; what a run
says by its own words (cached, whatever its place) is read in run_reading.py; the role nouns it
reads beside them are in role_nouns.py; where a title or description before a name ends is in
name_titles.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from app.core.analysis.calendar_words import WEEKDAY_WORDS
from app.core.analysis.datelines import parse_blanked_dateline
from app.core.analysis.entities import (
    GROUP_PLURALS,
    ORGANISATION,
    PERSON,
    PLACE,
    PLURAL_BODIES,
    UNKNOWN,
    kind_of_name,
    surname_like_org_word,
)
from app.core.analysis.first_names import is_first_name
from app.core.analysis.mention import NAME, NOMINAL, Mention, _pronoun
from app.core.analysis.name_runs import (
    _CORPORATE,
    _TOKEN,
    _corporate_stop,
    _run_groups,
    with_number,
)
from app.core.analysis.name_titles import (
    NAME_PARTICLE,
    nationality_before_name,
    styled_with_the,
)
from app.core.analysis.name_words import (
    FEMALE,
    MALE,
    NOT_NAME,
    ORG_WORDS,
)
from app.core.analysis.office_ends import office_without_name
from app.core.analysis.patterns import compile_guarded, word_alternation
from app.core.analysis.phrases import WHERE_FROM_RE
from app.core.analysis.portfolios import portfolio_office
from app.core.analysis.post_nominals import letters_after_name
from app.core.analysis.role_nouns import ROLE_NOUNS, nominal_kind
from app.core.analysis.run_reading import (
    RunReading,
    read_run,
    surname_not_title,
    titles_someone,
)
from app.core.analysis.word_names import named_before, word_first_name
from app.core.analysis.wordnet_words import is_irregular_past, is_lemma, is_wordnet_person

_LOWER_WORD_BEFORE_RE = re.compile(
    r"\b(?:on|by|until|till|since|from|last|next|this|that|every|each|before|after|through|"
    r"of|to|and|or|late|early)\s$"
)
_CAP_PRONOUNS = {"He": "m", "She": "f", "They": "", "We": "", "It": "", "I": ""}
_CONTRACTION_RE = re.compile(r"(\w+)['’](?:s|d|ll|ve|re|m)$")


_PLACED_AFTER_RE = re.compile(r"\s+(?:in|on|of|at|from|across|around|near)\s")
_PLURAL_VERB_AFTER_RE = re.compile(
    r"\s+(?:are|were|have|say|include|want|need|hope|fear|believe|think|argue|claim|warn|"
    r"insist|do|don't|don’t|remain|continue)\b"
)
_SPEAKS_AFTER_RE = re.compile(
    r"\s+(?:said|says|told|added|announced|reported|wrote|warned|stated|confirmed|noted|"
    r"claimed|insisted|argued|explained|disclosed|acknowledged|denied|declined|expects)\b"
)
_NOT_A_SUBJECT_AFTER_RE = re.compile(r"[?!]|\s+(?:on|in|at|of|to|into|onto|about|with|the|a|an)\b")


# A lone opening word before a role noun and a name grades the role ("Local councillor Ana Roe").
_GRADES_A_ROLE_RE = compile_guarded(rf"[ \u00a0]+(?:{word_alternation(ROLE_NOUNS)})[ \u00a0]+[A-Z]")


_ORG_NAME_AFTER = (
    rf"(?:the\s+)?{_TOKEN}(?:[ \u00a0](?:(?:{NAME_PARTICLE}|of|for|on|&)"
    r"[ \u00a0](?:the[ \u00a0])?)?"
    rf"{_TOKEN}){{0,4}}"
)
_ROLE_OF_RE = re.compile(rf"\s+(?:for|of|at|from)\s+{_ORG_NAME_AFTER}")


def _split_run(text: str, a: int, b: int) -> list[Mention]:
    """One run of capitalised tokens -> mentions; a word ending a sentence ends a mention."""
    out: list[Mention] = []
    for start, end in _run_groups(text[a:b]):
        if a + end == b - 1 and _corporate_stop(text[a + start : b], text[b : b + 2]):
            end += 1
        out.extend(_group_mention(text, a + start, a + end))
    return out


# compiled once: these run for every mention or quote (speed)
_COMPOUND_ADJECTIVE_RE = re.compile(r"[^\s-]+(?:-[^\s-]+)*-[a-z]+")


def _group_mention(text: str, a: int, b: int) -> list[Mention]:
    raw = text[a:b]
    if raw in _CAP_PRONOUNS:
        return [_pronoun(a, b, raw, _CAP_PRONOUNS[raw])]
    # The contraction and the possessive need an apostrophe, the compound adjective a hyphen:
    # asked first, those tests skip the searches for most runs (speed).
    apostrophe = "'" in raw or "’" in raw
    contracted = _CONTRACTION_RE.match(raw) if apostrophe else None
    if contracted and contracted.group(1) in _CAP_PRONOUNS:
        # "He’s claiming that ...": the pronoun with "is"/"has"/"would" glued on.
        word = contracted.group(1)
        return [_pronoun(a, a + len(word), word, _CAP_PRONOUNS[word])]
    if " " not in raw and "-" in raw and _COMPOUND_ADJECTIVE_RE.fullmatch(raw):
        return []  # "Bluetooth-equipped", "Texas-based": a compound adjective, not a name
    if text[a - 2 : a] == ", " and letters_after_name(raw):
        return []  # "Ada Lowe, PhD, said": letters set after a name, not someone who speaks
    first, _, rest = raw.partition(" ")
    if first in _CAP_PRONOUNS and first != "I" and rest:
        # "He Said" never happens, but "She Trump" does not either: a sentence-initial
        # pronoun glued to a capitalised word is still the pronoun.
        pronoun = _pronoun(a, a + len(first), first, _CAP_PRONOUNS[first])
        tail = _name_mention(text, a + len(first) + 1, b)
        return [pronoun] + ([tail] if tail else [])
    split = _POSSESSIVE_INSIDE_RE.search(raw) if apostrophe else None
    if split is None and ("'s " in raw or "’s " in raw or "s' " in raw or "s’ " in raw):
        split = _OWNER_INSIDE_RE.search(raw)
        tail = raw[split.end() :].split(" ") if split else []
        if len(tail) < 2 or re.sub(r"['’]s?\.?$", "", tail[-1]).lower() in ORG_WORDS:
            split = None  # "St Brannock’s Children Hospital": the possessive is in the name
    if split and all(w.rstrip(".,").lower() in _CORPORATE for w in raw[split.end() :].split()):
        split = None  # "McDonald’s Corp. said": the abbreviation ends the firm's name
    if split and split.end() < len(raw):
        # "Labour’s Sam Tarrant": the owner, then a name of its own (a possessive followed by a
        # lower-case word stays one phrase: "Mr. Brandt’s March 3 announcement" is dropped
        # after the owner by _name_mention).
        head = _name_mention(text, a, a + split.start() + len(split.group(1)))
        tail = _name_mention(text, a + split.end(), b)
        return [m for m in (head, tail) if m is not None]
    mention = _name_mention(text, a, b)
    if " " not in raw and (named := word_first_name(text, a, b, mention)) is not None:
        return [named]  # "Will and Ana Reyes", "Bill said": a first name that is also a word
    return [mention] if mention else []


# A possessive inside a run of capitalised words, before a capitalised first name.
_POSSESSIVE_INSIDE_RE = re.compile(r"^(\S+?(?:['’]s|s['’])) (?=[A-Z])")
# The same after an owner of several words: "the World Widget Federation's Secretary-General
# Paolo Verdi" is the federation, then a person with a title of their own.
_OWNER_INSIDE_RE = re.compile(r"^((?:\S+ ){1,4}?\S+?(?:['’]s|s['’])) (?=[A-Z])")


def _name_mention(text: str, a: int, b: int) -> Mention | None:
    raw = text[a:b]
    day, _, rest = raw.partition(" ")
    if (
        rest
        and day.lower() in WEEKDAY_WORDS
        and _LOWER_WORD_BEFORE_RE.search(text, max(0, a - 16), a)
    ):
        # "on Tuesday Ruiz said", "by Friday Okafor had": the day is a date, Ruiz the name
        return _name_mention(text, a + len(day) + 1, b)
    office = portfolio_office(text, a, b)
    if office is not None:
        # "Leader of the Opposition Ana Ruiz": the portfolio fronts the run, not her name
        named = _name_mention(text, office[1], b)
        if not named:
            return named
        # the title runs up to the name's own words ("Leader of the National Party Tom Vell")
        whole = text[office[0] : named.end]
        cut = len(whole) - len(named.name) if whole.endswith(named.name) else office[1] - office[0]
        return replace(named, start=office[0], text=whole, title=whole[:cut].strip())
    after = text[b : b + 2]
    read = _read_run(raw, after)  # the part that reads the run's words (speed)
    if read is None:
        return None
    opens_clause = (
        a == 0
        or (
            text[a - 2 : a].strip() in ("", ".", ",", ":", ";")
            # after a blanked title, nickname or aside (mask_quotes, blank_parentheticals: "Ana
            # xxxxxx  Ruiz", "Ana (Bo) Ruiz" as "Ana      Ruiz") the clause goes on
            and text[a - 3 : a] not in ("x  ", "   ")
        )
        or (text[a - 2 : a] in ("— ", "– ") and _after_dateline(text, a))
    )
    not_subject = False
    single = len(read[1]) == 1  # asked once for the checks of a lone word below (speed)
    if single and _NUMBER_AFTER_RE.match(text, b) and is_first_name(read[1][0]):
        # "Ward 7 residents", "Jordan 3 leaves at noon": a word that could be a first name,
        # with a number after it, designates a ward, a route or a room, never a person
        return None
    if single and opens_clause:
        word = read[1][0]
        plural = _NOUN_BEFORE_PLURAL_RE.match(text, b)  # no call when no plural follows (speed)
        if plural is not None and _qualifies_a_plural(plural) and _common_noun(word, text[:a]):
            # "Freight trains were halted", "Coal barges stopped": a common noun opening the
            # sentence before the plural it qualifies (whose verb follows) names nothing
            return None
        if (
            word[-1:] == "s"
            and _PAST_VERB_AFTER_RE.match(text, b)
            and not _SAYS_AFTER_RE.match(text, b)
            and _common_noun(word[:-1], text[:a])
            and not named_before(word, text[:a])
            and word.lower() not in GROUP_PLURALS
            and not is_wordnet_person(word.lower(), plural=True)
        ):
            # "Covers went from 60 a night to 140", "Bookings were down": a plural common
            # noun opening the sentence before its verb, no one's surname (a surname met in
            # a name before, "Tom Banks ... Banks went", still reads as his); people in the
            # plural ("Protesters chanted") are read on as a group
            return None
        if word.endswith("ed") and text.startswith(" by ", b):
            return None  # "Pressed by Lind, she said": a participle opening the clause
        if word.lower() in ROLE_NOUNS or word.endswith("s"):
            if _GRADES_A_ROLE_RE.match(text, b):
                return None  # "Local councillor Ana Roe": the word grades her role
            # "Officials said ...", "Residents of Elm Court": read on past the word
            return _name_mention_at(text, a, b, read, opens_clause)
        # "Strange? She ...": the only other thing read past a lone word, asked here
        not_subject = read[0] == 0 and _NOT_A_SUBJECT_AFTER_RE.match(text, b) is not None
        if (
            word.lower().endswith("ing")
            and word.lower() not in _ING_WORDS
            and _SAYS_AFTER_RE.match(text, b)
        ):
            # "Boeing said", "Fleming told the court": a name ending so, the subject of a
            # verb of saying, is no participle opening the clause ("Speaking to students,")
            opens_clause = False
    found = _run_mention(raw, after, opens_clause, not_subject)
    if found is None:
        return None
    if found.name.lower() in NOT_NAME and titles_someone(text, found.name):
        # "Gov Ana Ruiz said ... “…,” Gov said": the title the paragraph gave her, alone, is
        # no surname (read_run's "Sen said" reading cannot see the paragraph)
        return None
    if (
        not found.title
        and text[max(0, a - 2) : a] == ", "
        and office_without_name(text, found.name, b)
    ):
        # "Ana Ruiz, Nueva Tierra Governor, said": her office, set after her name, described,
        # not a name; opening its own clause ("Nueva Tierra Governor said") it is the speaker
        found = Mention(found.start, found.end, found.text, NOMINAL, entity=PERSON)
    if found.possessive and _SPEAKS_AFTER_RE.match(text, b):
        # "Macy’s said", "McDonald’s told investors": a possessive owns a noun, never a verb,
        # so the "’s" is the firm's own name
        firm = text[a + found.start : b]
        return Mention(
            a + found.start,
            b,
            firm,
            NAME,
            name=firm,
            organisation=True,
            entity=ORGANISATION,
        )
    if (
        found.entity is ORGANISATION
        and text.startswith(":", b)  # the rarest test first (speed)
        and raw.isupper()
        and len(raw) >= 4
        and (a == 0 or text[a - 1] == "\n")
        and is_first_name(raw.title())
    ):
        # "ROWAN: Morning.": a transcript's speaker label, a first name in capitals, is no
        # acronym's organisation (IKEA or AMBER in running copy still are)
        found = replace(found, entity=UNKNOWN, organisation=False)
    if a < 40 and _in_dateline(text, a):  # a < 40 first (speed)
        # "CHARLOTTE, N.C. —", "JACKSON, Miss. —": a dateline's town in capitals (whatever
        # first name it shares) and its region are where the story was filed, no one a
        # pronoun may mean
        found = replace(found, entity=PLACE, organisation=False)
    return with_number(text, found.shifted(a))


@lru_cache(maxsize=16_384)  # pure, asked of the same runs of words often (speed)
def _run_mention(raw: str, after: str, opens_clause: bool, not_subject: bool) -> Mention | None:
    """The mention a run makes when nothing past it but `after` and `not_subject` (what
    _NOT_A_SUBJECT_AFTER_RE says of the text after it) is read: offsets local to the run."""
    return _name_mention_at(
        raw + after, 0, len(raw), _read_run(raw, after), opens_clause, not_subject
    )


# A number right after a single capitalised word: "Ward 7", "Gate 12".
_NUMBER_AFTER_RE = re.compile(r" \d")
# A lower-case plural, then a past or plural verb: the plural is the subject, so the word
# before it qualifies it ("Freight trains stopped running"); "Okafor trains boxers" has no verb.
_NOUN_BEFORE_PLURAL_RE = re.compile(
    r" ([a-z]{3,}s) (?:were|are|have|had|will|would|could|can|may|might|must|should|did|do|"
    r"remain|remained|[a-z]{3,}ed|(?P<past>[a-z]{2,}))\b"
)


def _common_noun(word: str, before: str) -> bool:
    """Whether a capitalised word opening a sentence may be a common noun: an English word
    ("Freight", "Coal"), not a surname ("Mensah wants increased funding") nor the last word of
    a name met before it ("Tom Baker ... Baker wants increased pay")."""
    return is_lemma(word.lower()) and not named_before(word, before)


def _qualifies_a_plural(found: re.Match[str]) -> bool:
    """Whether the word before `found` (_NOUN_BEFORE_PLURAL_RE's match after it) stands before
    a plural and its verb: not a plural of people ("Union members were told" keeps the union),
    and a verb indeed ("Okafor trains young boxers" has none)."""
    noun = found.group(1)
    past = found.group("past")
    return (
        (past is None or is_irregular_past(past))
        and noun not in GROUP_PLURALS
        and not is_wordnet_person(noun, plural=True)
    )


@lru_cache(maxsize=16_384)  # pure, asked of the same runs as read_run is (speed)
def _read_run(raw: str, after: str) -> RunReading | None:
    """read_run's reading, keeping an Irish "An" at the front: "An Garda Síochána", "An Post"
    (English writes "an" only before a vowel's sound, so "An" before a consonant is the Irish
    article, the name's own first word)."""
    read = read_run(raw, after)
    return _with_irish_an(raw, read) if raw.startswith("An ") else read


def _with_irish_an(raw: str, read: RunReading | None) -> RunReading | None:
    """read_run's reading of a run opening on "An", with the Irish article put back at its
    front (see _read_run)."""
    if read is not None and read[0] == 1 and _IRISH_AN_RE.match(raw):
        _, kept, offsets, possessive, full_end, last_title = read
        title = last_title + (last_title >= 0)
        return (0, ("An", *kept), (0, *offsets), possessive, full_end, title)
    return read


@lru_cache(maxsize=1024)  # asked of the same paragraph opening by each run in it (speed)
def _dateline_offset(opening: str) -> int:
    """Where the paragraph's own text starts after a dateline at its start
    (datelines.parse_dateline's reading: "HOLTBY, Ont. (AP) — ", in bold or a link too, its
    marks blanked), else -1."""
    found = parse_blanked_dateline(opening)
    return found.offset if found is not None else -1


# What ends any dateline parse_dateline reads: a dash, a colon or an agency's ")". An opening
# holding none is no dateline, and most paragraphs' openings hold none (speed: no parse).
_DATELINE_END_RE = re.compile(r"[-—–:)]")
# A dash, an agency's ")" or a wire's "/": without one, only a colon may end a dateline, and
# only after a place in capitals ("KARACHI: ..."), so "Brandt added: “...”" is none.
_DASH_OR_AGENCY_RE = re.compile(r"[-—–)/]")


def _opening_dateline_offset(text: str) -> int:
    """_dateline_offset of the paragraph's first 120 characters, -1 without parsing when
    nothing in them could end a dateline (speed: most paragraphs' openings)."""
    if _DATELINE_END_RE.search(text, 0, 120) is None:
        return -1
    opening = text[:120]
    if _DASH_OR_AGENCY_RE.search(opening) is None and opening.lstrip()[1:2].islower():
        return -1  # a colon after a word in lower or title case: "Brandt added:"
    return _dateline_offset(opening)


def _in_dateline(text: str, a: int) -> bool:
    """Whether the run at `a` is inside the dateline opening the paragraph: its town in
    capitals or the region after it ("HOLTBY, Ont. —"), not a name."""
    return a < 40 and a < _opening_dateline_offset(text)


def _after_dateline(text: str, a: int) -> bool:
    """Whether the dash before `a` ends a dateline ("HELENA, Mont. (AP) — Freight trains"):
    the story's first sentence opens after it."""
    return a < 80 and _opening_dateline_offset(text) == a


# "An" then a word opening on a consonant other than a silent-prone "H", not an acronym ("An
# FBI agent", "An MP" are English: the letters are said with a vowel).
_IRISH_AN_RE = re.compile(r"An [BCDFGJKLMNPQRSTVWXYZ][a-záéíóú]")


# A past verb right after a word opening a sentence: its subject ("Covers went from 60 ...").
_PAST_VERB_AFTER_RE = re.compile(
    r" (?:were|had|went|rose|fell|grew|came|began|ran|soared|dropped|[a-z]{3,}ed)\b"
)
# A verb of saying right after a word, which then is its subject ("Boeing said").
_SAYS_AFTER_RE = re.compile(
    r"\s+(?:said|says|told|announced|added|confirmed|declined|denied|warned|stated)\b"
)
# Words in -ing that are no names even before "said" ("Nothing said so").
_ING_WORDS = frozenset("nothing something anything everything according during".split())


def _name_mention_at(
    text: str,
    a: int,
    b: int,
    read: RunReading,
    opens_clause: bool,
    not_subject: bool | None = None,
) -> Mention | None:
    raw = text[a:b]
    i, kept, run_offsets, possessive, full_end, last_title = read
    tokens = list(kept)
    offsets = [a + o for o in run_offsets]
    full_end += a
    title_tokens = tokens[: last_title + 1]
    name_tokens = tokens[last_title + 1 :]
    if len(tokens) == 1 and i == 0 and tokens[0].lower().endswith(("ing", "ly")) and opens_clause:
        return None  # "Speaking to students, ..." opens a clause; it names no one.
    if (
        len(tokens) == 1
        and opens_clause
        and tokens[0].lower() not in ORG_WORDS
        and (
            tokens[0].lower() in ROLE_NOUNS
            # "Hospitals in the region said"; a bare "Banks said" may be a surname
            or (tokens[0].lower() in PLURAL_BODIES and _PLACED_AFTER_RE.match(text, b))
            # "Nominees include ...": a plural noun takes a plural verb, a person does not
            or (tokens[0].endswith("s") and _PLURAL_VERB_AFTER_RE.match(text, b))
        )
    ):
        # "Critics have called ...", "Officials said ...": people described, not named.
        start = offsets[0]
        word = tokens[0]
        end = start + len(word)
        of = None if possessive else _ROLE_OF_RE.match(text, end) or WHERE_FROM_RE.match(text, end)
        if of and word.lower() in GROUP_PLURALS:
            end = of.end()  # "Residents of Elm Court", "People familiar with the talks"
        return Mention(
            start,
            end,
            text[start:end],
            NOMINAL,
            possessive=possessive,
            entity=ORGANISATION if word.lower() in PLURAL_BODIES else nominal_kind(word),
        )
    if (
        len(tokens) == 1
        and i == 0
        and opens_clause
        and (_NOT_A_SUBJECT_AFTER_RE.match(text, b) if not_subject is None else not_subject)
    ):
        return None  # "Strange? She does not think so.", "Feeds on our grudges": not a name
    if sum(1 for t in tokens if len(t) >= 3 and t.isupper() and "." not in t) >= 2:
        # an all-caps subhead, not a name (dotted initials are not shouting: "Acme CEO J.K. Doe")
        return None
    start = offsets[0]
    end = max(offsets[-1] + len(tokens[-1]), full_end)
    name = " ".join(name_tokens)
    if (
        not name
        or (name.lower() in NOT_NAME and not surname_not_title(tokens, text[b : b + 2]))
        or (len(name) == 1 and not title_tokens)
    ):
        return None  # a lone capital ("on X") is a platform or a letter, not a name
    # (read only for a name: no early return above needs either (speed))
    # Only the name says whether it is an organisation: "New York City Mayor Ann Ruiz" is a
    # person whose title holds "City".
    organisation = (
        any(t.rstrip(".").lower() in ORG_WORDS for t in name_tokens)
        and not surname_like_org_word(name_tokens)
    ) or (
        raw.startswith(("The ", "the "))
        and not styled_with_the(raw, tokens[0])
        and not nationality_before_name(tokens, last_title)
    )
    gender = ""
    for t in (t.rstrip(".").lower() for t in title_tokens):  # a title's gender ("Mrs", "Queen")
        if t in MALE:
            gender = "m"
        elif t in FEMALE:
            gender = "f"
    title = " ".join(title_tokens)
    entity = kind_of_name(name, has_title=bool(title), gendered=bool(gender))
    if (organisation and entity is not PERSON) or name[:1].isdigit():
        entity = ORGANISATION  # no person's name opens with digits ("3M", "7-Eleven")
    return Mention(
        start,
        end,
        text[start:end],
        NAME,
        name=name,
        title=title,
        gender=gender,
        organisation=organisation or entity is ORGANISATION,
        possessive=possessive,
        entity=entity,
    )


@lru_cache(maxsize=16_384)  # pure, asked of the same words often (speed)
def last_name(name: str) -> str:
    """The surname as reporters reuse it on second reference ("Holtz-Eakin", "de Blasio")."""
    tokens = [t for t in name.split() if t.rstrip(".").lower() not in {"jr", "sr", "ii", "iii"}]
    if not tokens:
        return name
    if len(tokens) >= 2 and tokens[-2].lower() in {"de", "van", "von", "da", "di", "del", "al"}:
        return " ".join(tokens[-2:])
    return tokens[-1].rstrip(",")
