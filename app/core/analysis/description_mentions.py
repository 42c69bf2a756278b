"""Descriptions the resolver meets (a mixin of resolution.py): "the company", "Eve Hart's
lawyer", "an analyst at Moorgate Securities", "the chairman ... added".

What a description met outside quotes leaves in memory (the owner a possessive names, the
organisation named inside it, the person it refers back to or brings in unnamed, the gender a
possessive gives its owner), and a definite description whose verb carries on someone's words
("The chairman added:"), which is the speaker before. Kept apart from resolution.py, which
walks the story and resolves names and pronouns, so that each stays a readable size.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.analysis.description_words import COMMENTATOR_ROLES, OTHER_PARTY
from app.core.analysis.entities import (
    DOCUMENT,
    HEAD_SPLIT,
    ORGANISATION,
    PERSON,
    UNKNOWN,
    kind_of_name,
    noun_gender,
)
from app.core.analysis.mention import NAME, PRONOUN
from app.core.analysis.mentions import Mention
from app.core.analysis.name_roles import organisation_owner
from app.core.analysis.name_words import POSSESSIVE_PRONOUNS, pronoun_gender
from app.core.analysis.phrase_owners import named_inside, possessive_person
from app.core.analysis.phrases import is_plural, owned_by_name, strip_determiner
from app.core.analysis.referents import Organisation, Person, Resolution
from app.core.analysis.roles import kin_of

# The gender a possessive before a description gives its owner ("her mother": a woman's), ""
# for the others ("their", "its") and any other word: one look-up a mention (speed)
_OWNER_GENDER = {word: pronoun_gender(word) for word in POSSESSIVE_PRONOUNS}
# Verbs of saying that carry on the words of someone already quoted.
_GOING_ON = frozenset({"added", "adds", "continued", "continues"})


class DescriptionMentions:
    """What a description met in the copy leaves in the resolver's memory."""

    # Set by Resolver.__init__; declared here for readers and type checkers.
    _tick: int
    _orgs: list[Organisation]
    _unnamed: dict[str, Person]
    _met_only: tuple[Person, int] | None
    _owned: tuple[int, int, Person, str] | None
    _group: tuple[str, int] | None
    _document_subject: tuple[Mention, int, int] | None
    _last_speaker: Person | None
    _last_speaker_block: int
    _last_spoken: tuple[str, int] | None
    _sayer_possessive: Callable[[Mention, str], None]  # sayer_possessives.py

    def _meet_description(self, mention: Mention, block: int) -> None:
        """A description met outside quotes (the observing of a NOMINAL mention)."""
        if mention.apposed and mention.entity is ORGANISATION:
            return  # "The company, Nordfeld Ltd., said": the name beside it is met next
        gender = _OWNER_GENDER.get(mention.text[:4].rstrip().lower(), "")
        if gender:
            self._sayer_possessive(mention, gender)  # "The caretaker said that his uncle"
        name = possessive_person(mention.text)
        if name is not None:
            # "Eve Hart’s lawyer said ...": Eve Hart is known by name for a later "Hart",
            # but it is her lawyer the next "he" or "she" may mean, so not made recent;
            # only a pronoun nobody recent agrees with may mean her, when the noun says
            # whom it does not ("Anna Lind's son, Tom, was hurt. She said ..."; after "Tom
            # Reed's lawyer said", "he" is the lawyer, not Reed).
            owner = self._person_for(
                Mention(
                    mention.start,
                    mention.start + len(name),
                    name,
                    NAME,
                    name=name,
                    possessive=True,
                    entity=PERSON,
                )
            )
            if owner is not None and noun_gender(mention.text):
                self._met_only = (owner, self._tick)
        company = organisation_owner(mention.text)
        if company is not None and not self.is_person(company):
            # "Apple’s chief executive said": a later "the company" is Apple
            self._note_org(company)
            self._orgs[-1].subject_at = self._tick
        inside = named_inside(mention.text)
        if (
            inside is not None
            and kind_of_name(inside) in (ORGANISATION, UNKNOWN)
            and not self._known(inside)
        ):
            # "Fans of Millwall Rovers", "a spokesperson for the Foreign Office": the
            # organisation named inside a description is met too.
            name = self._spelled_out(inside) or inside
            new = not self.is_organisation(name)
            self._note_org(name)
            head = HEAD_SPLIT.split(mention.text.lower(), maxsplit=1)[0].split()[-1:]
            if new and head and head[0] in COMMENTATOR_ROLES:
                # "an analyst at Moorgate Securities": only where a commentator works
                self._orgs[-1].commentator = True
        # "The city council said ...": an organisation as a subject may own the statement
        # quoted next, unless it only refers back to one named already.
        if mention.entity is ORGANISATION:
            self._note_authors(mention)  # "a team of researchers"
        if mention.entity is ORGANISATION and (
            self._recent_org() is None or owned_by_name(mention.text)
        ):
            # "Ortiz’s campaign" names a new organisation; "the company" refers back.
            self._note_org(strip_determiner(mention.text))
        elif mention.entity is ORGANISATION:
            self._refer_to_org(mention.text)
        elif mention.entity is PERSON and not mention.apposed:
            # "The manager was furious": the person described so before, if any;
            # else someone unnamed ("my neighbour laughed") a later "he" may mean.
            if not self._refers_back(mention) and self._unnamed_person(mention) is None:
                self._described_subject(mention)
            self._describe(mention)
            self._note_authors(mention)
            if mention.subject and is_plural(mention.text):
                # "Scott's relatives ... said they": a later "they" may mean them.
                self._group = (mention.text, self._tick)
        if mention.entity is PERSON:
            self._joined_subject(mention, block)  # "Rhea Voss and her husband"
        if mention.entity is ORGANISATION and mention.subject and self._orgs:
            self._orgs[-1].subject_at = self._tick
        if mention.entity is DOCUMENT:
            self._meet_document_author(mention)  # "the verdict of Colm Brady"
        if mention.entity is DOCUMENT and mention.subject:
            self._document_subject = (mention, block, self._tick)
        # the gender a possessive before a description gives its owner ("her mother")
        owner = _OWNER_GENDER.get(mention.text.split()[0].lower(), "")
        owned = self._unnamed.get(strip_determiner(mention.text)) if owner else None
        if owner and owned is not None:
            self._owned = (block, mention.end, owned, owner)

    def _goes_on(self, mention: Mention, block: int, cue: str) -> Resolution | None:
        """ "The chairman, who bought the club in 2015, added: “…”": a definite description
        nobody was given, with a verb that carries on someone's words, is the speaker before
        (a new voice comes in as "a spokesman added")."""
        if cue.split()[0].lower() not in _GOING_ON or not mention.text.lower().startswith("the "):
            return None
        if is_plural(mention.text) or mention.entity is not PERSON:
            return None
        head = mention.text.split()[-1].lower().removesuffix("’s").removesuffix("'s")
        spoken = self._last_spoken
        if (
            spoken is not None
            and block - spoken[1] <= 1
            and spoken[0][:4].lower() == "the "
            and head in spoken[0].lower().split()
            and (self._last_speaker is None or self._last_speaker.name != spoken[0])
        ):
            # "“…,” the Mayor of Preston Vale said. “…,” the mayor added": the office quoted
            # just before, unnamed, goes on; not a name met before it (the place, read as one)
            return Resolution(spoken[0], True, f"“{cue}” goes on from {spoken[0]}, quoted before")
        gender = noun_gender(mention.text)
        speaker = self._last_speaker
        why = "the speaker before"
        if speaker is None or block - self._last_speaker_block > 1:
            # "Mark Dunn said the club had let fans down. The chairman ... added": whoever
            # was reported speaking just before
            speaker, why = self._pronoun_person(
                Mention(0, 0, mention.text, PRONOUN, gender=gender), block
            )
            if speaker is None or speaker.subject_at < self._tick - 6:
                return None
        if not speaker.named_in_full or (gender and speaker.gender and gender != speaker.gender):
            return None
        known = speaker.roles | {w.rstrip(".").lower() for w in speaker.title.split()}
        if head in OTHER_PARTY or (known and head not in known and not known & kin_of(head)):
            # "Ian Kaye, the defence barrister, said ... The judge added": someone else
            return None
        self._touch(speaker, subject=True)
        return Resolution(speaker.name, True, f"“{cue}” goes on from {why}")
