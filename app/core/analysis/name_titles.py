"""The words before a name that say what someone is, not who: titles, styles and descriptions.

names.py reads a run of capitalised words ("Most Rev. Ade Bello", "Republican Dana Cole",
"Ruth Major Dube"); this module says where the title or description in front ends and the
person's own name begins: words grading an honorific, title words that are also surnames,
words no personal name is made of, and a party, nationality or job before a first name. The
lower-case particles inside names live here too ("de", "von"): a particle is never a
description, and names.py builds its runs of capitalised words from the same list.

Split from names.py, which kept growing past the house limit.
"""

from __future__ import annotations

from app.core.analysis.entities import NATIONALITIES, PEOPLE_NOUNS, PLACES
from app.core.analysis.first_names import is_first_name
from app.core.analysis.mention import Mention
from app.core.analysis.name_words import HONORIFICS, NOT_NAME, ORG_WORDS, TITLE_WORDS
from app.core.analysis.role_nouns import ROLE_NOUNS
from app.core.analysis.roles import is_demonym_noun
from app.core.analysis.wordnet_words import is_wordnet_person

NAME_PARTICLE = r"(?:de|del|della|der|den|di|da|dos|das|du|la|le|van|von|ter|bin|ibn|al|el|y)"
"""Lower-case particles inside names ("Bill de Blasio", "Ursula von der Leyen") as a regex
group: the name-run patterns (name_runs, names, dash_signatures) let a name go on through one,
so one list serves them all."""


# Words that grade an honorific ("Most Rev.", "Right Hon.", "Very Rev."): part of the name's
# style, so an apposition's name starts at them ("The Archbishop of Lagos, Most Rev. Ade
# Bello, said" names Bello, not the archbishop as a new person).
_STYLE_GRADES = frozenset({"most", "right", "very", "rt"})


def _styles_a_title(tokens: list[str], i: int) -> bool:
    """Does tokens[i] grade the honorific or title right after it ("Most Rev.")?"""
    if i + 2 >= len(tokens) or tokens[i].rstrip(".").lower() not in _STYLE_GRADES:
        return False
    nxt = tokens[i + 1].rstrip(".").lower()
    return nxt in HONORIFICS or nxt in TITLE_WORDS or nxt in _GRADED_STYLES


_GRADED_STYLES = frozenset({"reverend", "honourable", "honorable", "worshipful", "venerable"})


def _opens_a_name(tokens: list[str], i: int) -> bool:
    """Does tokens[i], a word the front of a run would otherwise drop (NOT_NAME), open the name
    after it: an honorific ("Mr. He"), a grade of one ("Most Rev."), or an initial that reads as
    a word ("A. J. Kemp", "I. M. Pell"). "A." and "I." end sentences too ("rich in vitamin A.
    Ian Tate said", "World War I."), so they open a name only before another initial."""
    if i + 1 >= len(tokens):
        return False
    tok = tokens[i]
    return (
        tok.rstrip(".").lower() in HONORIFICS
        or (is_initial(tok) and is_initial(tokens[i + 1]))
        or _styles_a_title(tokens, i)
    )


def is_initial(token: str) -> bool:
    """ "J.": one capital and its full stop."""
    return len(token) == 2 and token[1] == "." and token[0].isupper()


def initial_ends_sentence(before: str, after: str) -> bool:
    """Does a capital and its full stop end a sentence, `before` being the capitalised word in
    front of it and `after` the text after its stop? "The council chose Option B. Ian Tate
    said", "He served in World War I. Tom Vell said": a thing's letter or number ends the
    sentence when a first name and another capitalised word follow it and the word before is
    no one's given name ("John B. Kemp", "Harry S. Truman"), title ("Director J. Edgar
    Hoover"), style or initial ("A. J. Kemp")."""
    word = before.rstrip(".,")
    if not word[:1].isupper() or len(word) < 2 or is_first_name(word):
        return False
    low = word.lower()
    if low in NOT_NAME or low in HONORIFICS or low in PEOPLE_NOUNS or _not_a_personal_name(word):
        return False
    first, _, rest = after.lstrip(" \u00a0").partition(" ")
    return (
        len(first) > 1
        and first[0].isupper()
        and is_first_name(first)
        and rest[:1].isupper()
        and first.lower() not in NOT_NAME
    )


def title_words_before(phrase: str) -> int:
    """How many characters of `phrase` the titles and honorifics opening it take, with the
    space after each ("Gov. Ana Ruiz’s office": 5; "Deputy Mayor Ilse Varga’s crew": 13)."""
    at = 0
    while True:
        space = phrase.find(" ", at)
        if space == -1:
            return at
        word = phrase[at:space].rstrip(".").lower()
        if word not in HONORIFICS and word not in TITLE_WORDS:
            return at
        at = space + 1


# Styles that take "the" in running copy: "the Rev. Ann Moss", "the Very Rev. Ian Dale", "the
# Hon. Tom Reed". A run opening "The Rev." is a person styled so, not a body like "The Times".
_STYLES_AFTER_THE = _GRADED_STYLES | _STYLE_GRADES | {"rev", "revd", "hon"}


def styled_with_the(raw: str, first: str) -> bool:
    """Is the run `raw` "The"/"the" and a style of address before a name ("The Rev. Ann
    Moss"), `first` being the word after the determiner?"""
    return raw.startswith(("The ", "the ")) and first.rstrip(".").lower() in _STYLES_AFTER_THE


def nationality_before_name(tokens: list[str], last_title: int) -> bool:
    """Is the run "the" + a nationality noun or a party member's word + a name ("the Dutchman
    Tom Vell", "The Republican Dana Cole")? The article belongs to the description, so the run
    is a person, not a body like "The Times"."""
    if last_title == 1:
        # "The Liberal Democrat Dana Cole", "the Social Democrat Tom Vell": a two-word member
        return f"{tokens[0]} {tokens[1]}".lower() in _TWO_WORD_MEMBERS
    return last_title == 0 and (is_demonym_noun(tokens[0]) or tokens[0].lower() in PARTY_MEMBERS)


# A party member's word, which "the" may open as it opens "the Dutchman": "The Republican Dana
# Cole said", "the Conservative Tom Vell" (a body's name holds a body's word: "The Republican
# National Committee" is read by ORG_WORDS first).
PARTY_MEMBERS = frozenset(
    "republican democrat conservative liberal tory socialist communist".split()
)
_TWO_WORD_MEMBERS = frozenset(
    ("liberal democrat", "social democrat", "christian democrat", "free democrat")
)


# Title words that are also common surnames: after a given name they are the surname, while
# "Austin Mayor Ruiz" keeps a place before an office that is rarely anyone's name.
_SURNAME_TITLES = frozenset(
    "major bishop judge king prince cardinal deacon pope baron earl duke sheriff marshal".split()
)


def _first_name_before_title(tokens: list[str], last_title: int) -> bool:
    """Whether the words before a title word that is also a surname are a person's own names
    ("Ruth Major Dube"): a known first name opens them and none is a title, a body, a place or
    a nationality; a rank never follows a given name, so the word is part of the name."""
    first = tokens[0].rstrip(".")
    return (
        tokens[last_title].lower() in _SURNAME_TITLES
        and is_first_name(first)
        and first.lower() not in HONORIFICS
        and not any(_not_a_personal_name(t) for t in tokens[:last_title])
    )


def _not_a_personal_name(token: str) -> bool:
    """A word no person's name is made of ("West", "Labour", "Council", "MP")."""
    word = token.rstrip(".,").lower()
    return (
        word in TITLE_WORDS
        or word in ORG_WORDS
        or word in PLACES
        or word in NATIONALITIES
        or word in ROLE_NOUNS
        or token.isupper()
    )


def _descriptor_end(tokens: list[str], last_title: int) -> int:
    """Where the words describing a person end: "Republican Dana Cole", "Miss Harbour Alicia
    Moreno", "Activist Angela Ruiz" name Dana Cole, Alicia Moreno, Angela Ruiz.

    A party or nationality word before the name describes, and so do capitalised words before
    a known first name when none of them is a first name itself.
    """
    start = last_title + 1
    rest = tokens[start:]
    if len(rest) < 3 or any(t.endswith(("’s", "'s")) for t in rest[:-1]):
        return last_title
    for k in range(1, len(rest) - 1):
        word = rest[k].rstrip(".")
        if not is_first_name(word) or (
            # a first name that is also a month or a word ("Resident May Ruiz", "Reader Jan
            # Holloway") only right before the surname
            word.lower() in NOT_NAME and (k != len(rest) - 2 or rest[-1].lower() in NOT_NAME)
        ):
            continue
        before = rest[:k]
        if all(
            (not is_first_name(t.rstrip(".")) or _job_word(t) or is_demonym_noun(t))
            and t.rstrip(".").lower() not in _PARTICLES
            for t in before
        ) and (
            any(
                t.lower() in NATIONALITIES
                or is_demonym_noun(t)  # "Dutchman Tom Vell", "Briton Ana Ruiz"
                or t.lower() in TITLE_WORDS
                or t.lower() in ROLE_NOUNS
                or _job_word(t)
                for t in before
            )
            or before[0].rstrip(".").lower() in HONORIFICS
            or (last_title >= 0 and tokens[last_title].rstrip(".").lower() in HONORIFICS)
        ):
            return last_title + k
        break
    lead = rest[0].rstrip(".")
    if (
        len(rest) == 3
        and (lead.lower() in ROLE_NOUNS or _trade_before_given_name(lead, rest[1]))
        and not is_first_name(lead)
        and not any(t.rstrip(".").lower() in NOT_NAME for t in rest[1:])
    ):
        # "Welder Sizwe Zulu said": a job before a first name no table knows
        return start
    return last_title


_PARTICLES = frozenset(NAME_PARTICLE.strip("(?:)").split("|"))


def _trade_before_given_name(lead: str, nxt: str) -> bool:
    """A trade no hand list holds before a given name ("Drummer Tem Rowe", "Bassist Ana
    Ruiz"): WordNet's words that only ever name a person, and only before a word that is a
    first name and no surname's particle ("Chandler Van Hesse" is a name)."""
    word = nxt.rstrip(".")
    return (
        is_wordnet_person(lead.lower(), plural=True)
        and is_first_name(word)
        and word.lower() not in _PARTICLES
    )


def _job_word(token: str) -> bool:
    """A word for a person before a known first name: "Farmer Tom Ostby", "Pilot Ana Ruiz"
    (rare first names too, so the table's "Farmer" must not make it one), and the
    house-style "Mother-of-two Ana Ruiz", "Father-of-three Tom Vell"."""
    word = token.lower()
    if "-of-" in word:
        word = word.partition("-of-")[0]
    return word in PEOPLE_NOUNS


def place_after_office(office: str, name: Mention) -> bool:
    """Is `name`, after a capitalised `office` and "of", the office's place ("the Mayor of
    Calder Hill", "the Bishop of Jordan Vale"), though its first word is also a first name? No
    office is held of a person. Only a bare name of one or two words after a title word: a
    titled name ("Secretary of State Ana Ruiz") or a kin noun ("the Daughter of ...") keeps
    the person."""
    return (
        not name.title
        and not name.possessive
        and office.lower() in TITLE_WORDS
        and len(name.text.split()) <= 2
    )
