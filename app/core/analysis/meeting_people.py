"""Meeting people: how a name or a description read outside quotes fills the resolver's memory.

The resolver (resolution.py) observes each mention in reading order; when the mention is a
person's name, `_person_for` finds the person it stands for or introduces them ("Joe Biden"
after "Joseph R. Biden Jr.", "Trump" and later "Donald Trump", a namesake named later),
`_learn` notes what the mention says about them (gender, title, description) and `_touch` makes
them the most recent. The look-ups over that memory live in known_people.py; the rules that
fill it live here, apart from the pronoun and description rules that read it.
"""

from __future__ import annotations

from app.core.analysis.entities import GENERATIONS, PERSON, ends_with_words, noun_gender
from app.core.analysis.first_names import first_name_gender
from app.core.analysis.known_people import KnownPeople
from app.core.analysis.mention import NAME
from app.core.analysis.mentions import Mention, find_mentions, last_name
from app.core.analysis.phrase_owners import document_author
from app.core.analysis.referents import Person
from app.core.analysis.surname_slips import slipped_surname
from app.core.analysis.surnames import first_of_two_surnames
from app.core.analysis.they_them import THEY

# Words that open a South Asian name before the given name: a lineage ("Syed", "Sayyid"), an
# honour or a calling ("Haji", "Hafiz", "Mufti", "Maulana", "Pir"), a landed style ("Mian",
# "Chaudhry", "Sardar", "Nawab", "Makhdoom", "Khawaja"). Pakistani and Indian copy writes the
# whole name first, then the given name alone ("Syed Nasir Hussain Shah ... Nasir said").
NAME_PREFIXES = frozenset(
    """syed sayyid syeda sayed mian chaudhry chaudhary makhdoom haji hafiz mufti maulana
    maulvi pir sardar nawab khawaja khwaja""".split()
)


def given_after_prefix(tokens: list[str]) -> str | None:
    """The given name after a lineage or honour ("Nasir" in "Syed Nasir Hussain Shah"), when
    the name opens with one and has a surname after the given name; None otherwise."""
    if len(tokens) >= 3 and tokens[0].lower() in NAME_PREFIXES:
        return tokens[1]
    return None


def _other_generation(name: str, last_token: str) -> bool:
    """ "Tom Vell Jr." after "Tom Vell Sr.": both names carry a generation and they differ, so
    they are father and son, not two spellings of one man ("Tom Vell" after either is him).
    The suffixes are entities.GENERATIONS, the ones a name's end is read with."""
    mine = last_token.rstrip(".").lower()
    theirs = name.rpartition(" ")[2].rstrip(".").lower()
    return mine != theirs and mine in GENERATIONS and theirs in GENERATIONS


class MeetingPeople(KnownPeople):
    """Introducing people and keeping the recent ones in order; a mixin of Resolver."""

    # Set by Resolver.__init__; declared here for readers and type checkers.
    _recent: list[Person]
    _tick: int
    _subject_tick: int
    _block: int
    _place_or_person: dict[str, str]

    def _person_for(self, mention: Mention, create_single: bool = False) -> Person | None:
        tokens = mention.name.split()
        if len(tokens) >= 2:
            person = self._named(mention.name)
            if person is None:
                existing = self._by_surname.get(last_name(mention.name).lower())
                if existing is not None and self.people.get(existing.name) is not existing:
                    # a one-word name since read as a body ("Brackwell said in a statement …
                    # it added") is no one's surname now: "Dana Brackwell" is a new person
                    existing = None
                # "Joseph R. Biden Jr." and "Joe Biden" are one person to a reader, and so are
                # "Ana Ruiz Morales" and "Ruiz Morales", "Yann Le Goff" and "Le Goff".
                if (
                    existing is not None
                    and (
                        existing.name.split()[0] == tokens[0]
                        or ends_with_words(existing.name, tokens)
                    )
                    and not _other_generation(existing.name, tokens[-1])
                ):
                    person = existing
                    self._aliases[mention.name] = person
                elif existing is not None and not existing.named_in_full:
                    # "Trump" first, "Donald Trump" later: the same person, now named in full.
                    person = existing
                    del self.people[person.name]
                    person.name = mention.name
                    person.named_in_full = True
                    self.people[person.name] = person
                    gender = first_name_gender(tokens[0])
                    if gender and not person.gender:
                        person.gender, person.gender_from = gender, "first name"
                else:
                    person = Person(mention.name)
                    self.people[mention.name] = person
                    surname = last_name(mention.name).lower()
                    if existing is None or not existing.named_in_full:
                        # A namesake named later ("Ana Ruiz ... her brother, Tomas Ruiz")
                        # does not take the bare surname from the person named first, whom
                        # the story is usually about; an honorific still finds them.
                        self._by_surname[surname] = person
                    # "Greta von Altenau" comes back as "von Altenau", read from its capital
                    self._by_surname.setdefault(surname.split()[-1], person)
                    paternal = first_of_two_surnames(tokens)  # "Pérez" for "Ana Pérez Ruiz"
                    if paternal is not None:
                        self._by_surname.setdefault(paternal.lower(), person)
                    self._by_first.setdefault(tokens[0].lower(), person)
                    given = given_after_prefix(tokens)
                    if given is not None:
                        # "Syed Nasir Hussain Shah" comes back as "Nasir"
                        self._by_first.setdefault(given.lower(), person)
                    gender = first_name_gender(tokens[0])
                    if gender:
                        person.gender, person.gender_from = gender, "first name"
            self._learn(person, mention)
            return person
        key = mention.name.lower()
        # "Mrs. Vell" is whoever "Mrs. Vell" was before, though a daughter, "Ms. Vell", was
        # named since: the honorific and surname as written keep their person
        form = mention.text if mention.gender and mention.text != mention.name else ""
        person = self._forms.get(form) if form else None
        if person is None:
            person = self._by_surname.get(key) or self._by_first.get(key)
            if person is not None and mention.gender:
                person = self._namesake(person, mention.gender)  # "Mr. Ruiz" after Ana, Tomas
                if form:
                    person = self._other_form_namesake(person, form)
                    if person.named_in_full:
                        self._forms[form] = person
        if person is None and (mention.gender or create_single) and key in self._place_or_person:
            # "Chidi Hall opened the shop ... Mr Hall said", "Hill bought the ovens": the two
            # words were a person.
            full = self._place_or_person.pop(key)
            person = self._person_for(Mention(mention.start, mention.end, full, NAME, name=full))
        if person is None and (mention.gender or create_single):
            person = slipped_surname(key, self._by_surname)  # "Mr Haldaine" after "Oren Haldane"
        if person is None and create_single:
            person = Person(mention.name, named_in_full=False)
            self.people[mention.name] = person
            self._by_surname[key] = person
            gender = first_name_gender(mention.name)
            if gender:  # "Danny, who gives only his first name"
                person.gender, person.gender_from = gender, "first name"
        if person is not None:
            self._learn(person, mention)
        return person

    def _learn(self, person: Person, mention: Mention) -> None:
        person.times_named += 1
        if mention.entity is PERSON:
            person.marked_as_person = True
        if mention.described or mention.title:
            person.role_at = self._tick
        if mention.described:
            person.descriptions.add(mention.described)
            # ("shadow secretary": the role word is the last, role_holders.py)
            gender = noun_gender(mention.described.rsplit(" ", 1)[-1])
            if gender and not person.gender:
                person.gender, person.gender_from = gender, "the noun"
        if mention.title and not person.title:
            person.title = mention.title
        if mention.gender == THEY:
            # "Robin Ashe, who uses they/them pronouns": the copy's word beats any guess.
            person.gender, person.gender_from = THEY, "they"
        elif mention.gender and person.gender_from not in ("honorific", "they"):
            # An honorific (Mr., Ms.) says more than a first name's usual gender.
            person.gender, person.gender_from = mention.gender, "honorific"

    def _meet_document_author(self, mention: Mention) -> None:
        """ "That was the verdict of Colm Brady, who has fished the bay for years": the name
        inside a document's description is a person met there, whom the next "he" may mean
        (read as one phrase, the name was met nowhere and "he" went to someone else)."""
        author = document_author(mention.text)
        if author is None or not author[:1].isupper() or " " not in author:
            return
        named = find_mentions(author)
        if len(named) != 1 or not named[0].is_person_name or named[0].text != author:
            return
        person = self._person_for(named[0], create_single=False)
        if person is not None:
            self._touch(person, subject=mention.subject)

    def _touch(self, person: Person, subject: bool = False) -> None:
        person.seen = self._tick
        if subject:
            person.subject_at = self._subject_tick = self._tick
            person.subject_block = self._block
        recent = self._recent
        if recent and recent[-1] is person:
            return
        # (each person is in the list once at most, and Person compares by identity: the
        # C-level test and removal do what a loop from the end did, at a fraction of its cost)
        if person in recent:
            recent.remove(person)
        recent.append(person)
        if len(recent) > 24:
            # Pronouns reach back a few people, not the whole story: keep the list short so
            # resolution stays linear in the story's length.
            del recent[:8]
