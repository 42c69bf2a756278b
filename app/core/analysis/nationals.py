"""Whom a nationality refers back to: "“…,” the Kenyan said" after "Kenyan runner Joseph Kibet".

Sports and entertainment copy names a person once with where they are from ("Kenyan runner Joe
Kibet", "Portugal's Ana Reis", "Ana Reis of Portugal", "Ana Reis (Portugal)") and later calls
them by it alone ("the Kenyan", "the Portuguese", "the Dutchman"). The person the story is
talking about is the usual guess, but a coach or a rival may have been the latest subject: the
nationality itself says who, when the story gave it to one named person only. Read only when a
speaker is such a word, so it costs nothing on other copy.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.core.analysis.entities import ORGANISATION_NOUNS
from app.core.analysis.mention import Mention
from app.core.analysis.nationality_words import COUNTRIES, DEMONYM_NOUNS
from app.core.analysis.referents import Person, Resolution
from app.core.analysis.roles import demonym_gender

# What may stand between a nationality and the name it belongs to. Before the name, role words
# only ("Kenyan long-distance runner Joe Kibet", "Portugal's Ana Reis"); after it, an apposition
# that opens with an article ("Felix Amoah, the Dutch midfielder", "Ines Lobo, a Portuguese
# singer") or the country in a bracket or after "of"/"from" ("Ana Reis (Portugal)"). A clause
# ("Vogel, who coaches Kenyan runners") or another sentence gives no one a nationality.
_ROLE_WORDS_BEFORE = re.compile(r"(?:[’']s)?(?: [\w-]+){0,4} ")
_ADJECTIVE_AFTER = re.compile(r",? (?:the|a|an)(?: [\w-]+){0,3} ")
_COUNTRY_AFTER = re.compile(r"(?: of| from|,)? \(?")
_REACH = 48
# Words that make the gap before a name a clause, not a run of role words ("Kenyan runners beat
# Joe Kibet" gives Kibet no nationality).
_CLAUSE_WORDS = frozenset(
    """the a an and or but to of in for with by at on as who that than beat beats won lost met
    said says told is was are were has had have""".split()
)


def nationality_key(word: str) -> str | None:
    """The adjective a nationality word stands for ("Dutchman" → "dutch"); None for a word
    that names no nationality nationality_words.py knows."""
    lowered = word.lower()
    noun = DEMONYM_NOUNS.get(lowered)
    if noun is not None:
        lowered = noun[0]
    return lowered if lowered in COUNTRIES else None


def _forms(key: str) -> tuple[str, ...]:
    """How the story may give the nationality: the adjective, its nouns, the country."""
    nouns = tuple(
        noun.capitalize() for noun, (adj, _) in DEMONYM_NOUNS.items() if adj == key and noun != key
    )
    return (key.capitalize(), *nouns, *COUNTRIES[key])


def _occurrences(story: str, form: str, upto: int) -> list[int]:
    """Where `form` stands as a whole word in the story before `upto`."""
    found: list[int] = []
    at = story.find(form, 0, upto)
    while at >= 0:
        end = at + len(form)
        before = story[at - 1] if at else " "
        after = story[end] if end < len(story) else " "
        if not before.isalpha() and not after.isalpha():
            found.append(at)
        at = story.find(form, end, upto)
    return found


def _named_near(
    story: str, at: int, length: int, people: list[Person], country: bool
) -> Person | None:
    """The person the nationality at `at` is given to by its place beside their name."""
    before = story[max(0, at - _REACH) : at]
    after = story[at + length : at + length + _REACH]
    for person in people:
        for form in (person.name, person.name.rsplit(" ", 1)[-1]):
            # the name after: "Kenyan runner Joe Kibet", "Portugal's Ana Reis"
            spot = after.find(form)
            gap = after[:spot]
            if (
                spot >= 0
                and (not country or gap[:2] in ("'s", "’s"))
                and _role_words(gap)
                and _name_ends(after, spot + len(form))
                # the surname alone right where the full name ends ("bank Kessler Brandt"):
                # the full name was judged already
                and not (form != person.name and after.endswith(person.name, 0, spot + len(form)))
            ):
                return person
            # the name before: "Felix Amoah, the Dutch midfielder", "Ana Reis (Portugal)"
            spot = before.rfind(form)
            gap = before[spot + len(form) :]
            pattern = _COUNTRY_AFTER if country else _ADJECTIVE_AFTER
            if spot >= 0 and pattern.fullmatch(gap) and _name_starts(before, spot):
                return person
    return None


def _role_words(gap: str) -> bool:
    """Is the gap between a nationality and a name only role words ("runner", "pop star")?"""
    if not _ROLE_WORDS_BEFORE.fullmatch(gap):
        return False
    words = gap.lower().replace("’s", " ").replace("'s", " ").split()
    if words and words[-1] in ORGANISATION_NOUNS:
        return False  # "Swiss bank Kessler Brandt": a body's name, not a person's
    return not any(w in _CLAUSE_WORDS or w.endswith("ed") for w in words)


def _name_ends(text: str, end: int) -> bool:
    """Does a name found in `text` end there (not "Reis" inside "Reiss")?"""
    return end >= len(text) or not text[end].isalpha()


def _name_starts(text: str, start: int) -> bool:
    """Does a name found in `text` start there (not "Lobo" inside "Calobo")?"""
    return start == 0 or not text[start - 1].isalpha()


def _name_goes_on(story: str, end: int) -> bool:
    """Is a country's name followed by another capitalised word ("Kenya Airways", "Denmark
    Street Records"), so that it is part of a firm's or a place's name?"""
    return story[end : end + 1] == " " and story[end + 1 : end + 2].isupper()


def nationals(story: str, word: str, upto: int, people: list[Person]) -> list[Person]:
    """The named people the story gave this nationality before `upto` ("the Portuguese" after
    "Portugal's Ana Reis"), each once, in the order first found."""
    key = nationality_key(word)
    named = [p for p in people if p.named_in_full and " " in p.name]
    if key is None or not story or not named:
        return []
    countries = COUNTRIES[key]
    found: list[Person] = []
    for form in _forms(key):
        for at in _occurrences(story, form, upto):
            if form in countries and _name_goes_on(story, at + len(form)):
                continue  # "Tom Vell of Kenya Airways": a firm's name, no country given him
            person = _named_near(story, at, len(form), named, form in countries)
            if person is not None and person not in found:
                found.append(person)
    return found


class NationalMemory:
    """The resolver's reading of a speaker called by nationality alone (a mixin)."""

    story: str = ""
    """The story's text (as the engine reads it), set by the engine: where nationalities are."""
    _recent: list[Person]

    if TYPE_CHECKING:  # the resolver's own, in meeting_people.py

        def _touch(self, person: Person, subject: bool = False) -> None: ...

    def _by_nationality(self, word: str, start: int) -> Resolution | None:
        """ "“…,” the Portuguese said": the one person the story gave that nationality; as
        written when it gave it to two ("Kenyan runner Joe Kibet beat fellow Kenyan Amos Lel");
        None when it gave it to nobody (the resolver then asks whom the story is about)."""
        if nationality_key(word) is None:  # cheap test first (speed)
            return None
        found = nationals(self.story, word, start, self._recent)
        gender = demonym_gender(word)
        if gender:  # "the Englishman" is none of the women given English ("English teacher Ana")
            found = [p for p in found if p.gender in (gender, "")]
        if len(found) > 1:
            return Resolution(f"the {word}", True, f"{word}: given to two people or more")
        if not found:
            return None
        self._touch(found[0], subject=True)
        return Resolution(found[0].name, True, f"the one person the story gave as {word}")

    def _national_subject(self, mention: Mention) -> bool:
        """ "Tom Vell, an Irish jockey, won. Coach Dan Moss was delighted. The Irishman
        explained ... “…,” he said": a sentence's subject called by nationality alone is the
        one person the story gave it, and so the subject a later "he" follows (True when it
        was read so). Nobody given it, or two, and it stays as met (an organisation)."""
        if not mention.subject or not self._nationality_word(mention):  # cheap test first
            return False
        if _names_a_title(self.story, mention.name):
            return False  # "The Scotsman reported": the paper the story named, no person
        found = self._by_nationality(mention.name, mention.start)  # touches the person
        return found is not None and found.reason.startswith("the one person")

    def _aged_national(self, text: str, start: int) -> Resolution | None:
        """ "said the 34-year-old Kenyan" after "Kenyan runner Joe Kibet, 34": the one person
        given that nationality (when nobody was given the age); as written when two were."""
        word = text.rsplit(" ", 1)[-1]
        if nationality_key(word) is None:  # cheap test first (speed)
            return None
        if self._age_given_another(text, word, start):
            return None
        found = self._by_nationality(word, start)
        if found is not None and found.reason.endswith("or more"):
            return Resolution(text, True, found.reason)
        return found

    def _age_given_another(self, text: str, word: str, start: int) -> bool:
        """ "His rival Joel Rono, 34, was second ... said the 34-year-old Kenyan": the story
        wrote the age beside a name the age reading did not catch, so the nationality alone
        must not pick someone else (the age and the nearer subject decide, as before)."""
        age = next((w for w in text.split() if w[:1].isdigit()), "")
        number = age.split("-", 1)[0]
        if not number.isdigit():
            return False
        story = self.story[:start]
        aged = [p for p in self._recent if f"{p.name}, {number}" in story]
        if not aged:
            return False
        given = nationals(self.story, word, start, self._recent)
        return not any(p in given for p in aged)

    @staticmethod
    def _nationality_word(mention: Mention) -> bool:
        """ "The Irishman explained", "The Australian hopes": a person by nationality, read as
        an organisation for its capital and its article; no body is called so."""
        name = mention.name
        return (
            " " not in name
            and not mention.title
            and not mention.possessive
            # a noun for one person only: "the Dutch", "the Portuguese" may be a side
            and demonym_gender(name) is not None
        )


# A paper or other title named by a nationality noun: "the Scotsman newspaper", "told The
# Scotsman" (a capital "The" inside a sentence is a title's).
_TITLE_NOUNS = r"(?:newspaper|paper|magazine|website|daily|weekly|tabloid)"


def _names_a_title(story: str, word: str) -> bool:
    """True when the story writes the nationality noun as a title's name somewhere: followed
    by a word for a publication, or after a capital "The" inside a sentence. A paper called so
    ("The Scotsman") is no person the story gave that nationality."""
    if story.lower().count(word.lower()) < 2:
        return False  # cheap test first (speed): the word met only as the subject
    escaped = re.escape(word)
    return (
        re.search(rf"\b{escaped}\s+{_TITLE_NOUNS}\b", story, re.IGNORECASE) is not None
        or re.search(rf"[\w,;:]\s+The\s+{escaped}\b", story) is not None
    )
