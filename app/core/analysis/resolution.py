"""Resolving mentions to speakers: pronouns, surnames, role nouns and "the statement".

The resolver walks the story once, in reading order, remembering who has been introduced and
who spoke last; it is the only part of the analysis that needs more than one paragraph, and it
is cheap. Each resolution says in words why it chose what it chose (the quote's
`speaker_reason`), so an editor can see at a glance when to distrust it.

Pronouns agree in gender (an honorific, an earlier "he"/"she", or the first-name table in
resources/data) and in kind: "he" and "she" are people, never an organisation, a place or an
event; "it" and "they" prefer the organisation named last (pronouns.py holds those rules, and
descriptions.py those for "the company", "the statement" and "the spokeswoman"; meeting_people.py
introduces people and keeps the recent ones in order; description_mentions.py reads what a
description met outside quotes leaves in memory).
"""

from __future__ import annotations

from app.core.analysis.deal_verbs import DealMemory
from app.core.analysis.description_mentions import DescriptionMentions
from app.core.analysis.description_words import COMMENTATOR_ROLES
from app.core.analysis.descriptions import DescriptionResolver
from app.core.analysis.entities import (
    DOCUMENT,
    ORGANISATION,
    PLACE,
    THING,
    WORD_LIST_KINDS,
    surname_like_place,
)
from app.core.analysis.hometowns import HometownMemory
from app.core.analysis.meeting_people import MeetingPeople, given_after_prefix
from app.core.analysis.mention import NAME, NOMINAL, PRONOUN
from app.core.analysis.mentions import Mention, last_name, together_parts
from app.core.analysis.nationals import NationalMemory
from app.core.analysis.office_acronyms import OfficeAcronyms
from app.core.analysis.owners import read_out
from app.core.analysis.pronouns import PronounResolver
from app.core.analysis.referents import Organisation, Person, Resolution
from app.core.analysis.roles import demonym_gender
from app.core.analysis.sayer_possessives import SayerPossessives
from app.core.analysis.surnames import could_be_a_person, looks_like_surname

_AS_WRITTEN = "unnamed speaker, as written"
# Verbs of answering: the person just asked or told something speaks.
_ANSWERING = frozenset({"replied", "replies", "answered", "answers", "responded", "retorted"})

__all__ = ["Organisation", "Person", "Resolution", "Resolver"]


class Resolver(
    PronounResolver,
    DescriptionResolver,
    DescriptionMentions,
    MeetingPeople,
    NationalMemory,
    HometownMemory,
    DealMemory,
    SayerPossessives,
    OfficeAcronyms,
):
    """Running memory of the people and organisations a story has named, most recent last."""

    def __init__(self) -> None:
        self._by_surname: dict[str, Person] = {}
        self._by_first: dict[str, Person] = {}
        self._recent: list[Person] = []
        self._orgs: list[Organisation] = []
        self._org_names: set[str] = set()
        self.people: dict[str, Person] = {}
        self._aliases: dict[str, Person] = {}
        # An honorific and a surname as written ("Mrs. Vell"), by the person they first meant
        self._forms: dict[str, Person] = {}
        self._tick = 0
        # (where, tick) of the latest mentions observed: what was known before a given place
        self._ticks_at: list[tuple[int, int]] = []
        # When a sentence last had a subject (anyone or anything): "he" after a sentence whose
        # subject agrees means that subject, however many people its clauses named after it.
        self._subject_tick = -1
        self._last_speaker: Person | None = None
        self._last_speaker_block = -10
        self._last_speaker_tick = -1
        self._documents: dict[str, tuple[str, int]] = {}
        self._group: tuple[str, int] | None = None  # people as a sentence's subject, and when
        # (paragraph, end, name) of the last person named as a subject: "and her husband"
        # right after it joins them into a group
        self._subject_name: tuple[int, int, str] = (-1, -1, "")
        # The latest group of researchers named ("the authors write", "Researchers at ..."):
        # whose words a paper or a study quotes.
        self._authors: tuple[str, int] | None = None
        # Unnamed people introduced by description ("a senior official"), by their head noun,
        # for a later "the official said".
        self._described: dict[str, tuple[str, int]] = {}
        # Places and other names met as a subject: what "the club" may turn out to be.
        self._things: list[tuple[str, int]] = []
        # People described but never named ("my neighbour"): pronouns may mean them.
        self._unnamed: dict[str, Person] = {}
        # The last subject "he"/"she" observed, by its offset, with whom it stood for.
        self._pronouns: dict[int, tuple[Person | None, str]] = {}
        # The person last asked or told something, and when: who "he replied" may mean.
        self._addressed: tuple[Person, int] | None = None
        # Two words read as a place only for a surname-like last word ("Chidi Hall"), by that
        # word: a later "Mr Hall" makes them a person.
        self._place_or_person: dict[str, str] = {}
        # Someone met but not made recent ("Anna Lind's son"), and when: a "she" that agrees
        # with nobody recent may mean them.
        self._met_only: tuple[Person, int] | None = None
        # The last quote's speaker as resolved (a name or a description) and its paragraph.
        self._last_spoken: tuple[str, int] | None = None
        # (owner, document as written, tick) of the last document quoted with an owner
        self._document_said: tuple[str, str, int] | None = None
        # where the last name described as a commentator ended ("Lev Dunn, chief economist
        # at ...") and in which paragraph: the body named right after is where they work
        self._commentator_at: tuple[int, int] | None = None
        # (document, paragraph, tick) of the last document met as a sentence's subject
        self._document_subject: tuple[Mention, int, int] | None = None
        self._block = 0  # the paragraph being read
        # the verb of saying beside the mention being resolved ("added"), "" while observing
        self._cue = ""
        # the gender of "He"/"She" opening the quote being resolved: whom the words are about
        self._spoken_of = ""
        # The person a "his"/"her" description just met stands for ("Her mother"), with its
        # paragraph, where the phrase ends and the possessive's gender: "Her mother, she said,
        # ..." is not her.
        self._owned: tuple[int, int, Person, str] | None = None
        # Whose relative each person was named as ("Ana Ruiz and her son Tom": Tom, Ana's), so
        # that a later "Her son said" means Tom only while "her" still means Ana (kin.py).
        self._relative_of: dict[Person, Person] = {}
        # The person a quote-free paragraph ended by bringing in (newcomers.py), its paragraph
        # and the tick: the next "he" or "she" that agrees is theirs, not the last speaker's.
        self._handed: tuple[Person, int, int] | None = None
        # The "the <Place> man" phrases given to a person so far, lower-cased (hometowns.py).
        self._homes_read: set[str] = set()
        # The paragraph being read and the offset its mentions count from (set by the engine),
        # where the latest subject ended, and the bodies met as a deal's object (deal_verbs.py).
        self.paragraph: tuple[str, int] = ("", 0)
        self._subject_end: tuple[int, int, int] = (-1, -1, -1)
        self._dealt: dict[str, int] = {}

    # -- observing ------------------------------------------------------------------------

    def observe(self, mention: Mention, block: int = 0) -> None:
        """Note a mention outside quotes (it may introduce someone or make them recent)."""
        self._block = block
        self._cue = ""
        parts = together_parts(mention) if " and " in mention.name else []
        if parts:
            # "Aled Price and Mari Owen ran the cafe": each is met, as if named apart; as a
            # subject, together they are who a later "they" means.
            self.observe(parts[0].flagged(subject=mention.subject), block)
            self.observe(parts[1], block)
            if mention.subject:
                self._group = (self._together_name(parts), self._tick)
            return
        if mention.entity is PLACE and surname_like_place(mention.name):
            # "Chidi Hall opened the shop": a place or a person; a later "Mr Hall" says which.
            self._place_or_person[last_name(mention.name).lower()] = mention.name
            if not mention.subject:
                return  # "on Mill Lane": met, not a step in the story
        self._tick += 1
        self._ticks_at.append((mention.start, self._tick))
        if len(self._ticks_at) > 48:
            del self._ticks_at[:16]
        if mention.subject:
            self._subject_tick = self._tick
            self._note_subject_end(mention)
        if mention.kind is PRONOUN:
            if (
                mention.reported
                # "His lawyer said he would appeal": "he" is the client, no gender for "his lawyer"
                and self._owned_just_before(mention, block) is None
                and self._reported_gender(mention)
            ):
                return
            # A pronoun as a sentence's subject keeps its person in mind ("He later said ...").
            if mention.subject and mention.text.lower() in ("he", "she"):
                found = self._he_or_she(mention, block)
                # remembered for a quote later in the sentence: "She said another man, X,
                # “…”" is still whoever she was before X was named
                self._pronouns = {mention.start: found}
                if found[0] is not None:
                    if not found[0].gender:
                        # "Tendai Kaur runs the bakery. He took over ...": the story has said
                        # which; a person named later whose first name agrees no longer wins
                        # over Kaur for the next "he".
                        found[0].gender, found[0].gender_from = mention.gender, "pronoun"
                    self._touch(found[0], subject=True)
            return
        if mention.kind is NOMINAL:
            self._meet_description(mention, block)
            return
        if mention.kind is not NAME or mention.modifier:
            return
        if mention.entity is ORGANISATION:
            if mention.audience or self._national_subject(mention):
                # "she told The Harbour Gazette": spoken to, not "the company" later; "The
                # Irishman explained": the person given that nationality (nationals.py)
                return
            name = self._spelled_out(mention.name or mention.text) or mention.name or mention.text
            works_at = (
                not (mention.subject or mention.possessive)
                and self._commentator_at is not None
                and self._commentator_at[1] == block
                and 0 < mention.start - self._commentator_at[0] <= 48
                and not self.is_organisation(name)
            )
            self._note_org(name)
            self._note_object_body(mention, name)
            if mention.subject or mention.possessive:
                self._orgs[-1].subject_at = self._tick
                self._orgs[-1].commentator = False  # a subject of its own now
            elif works_at:
                # "said Lev Dunn, chief economist at Harwick Capital": where he works only
                self._orgs[-1].commentator = True
            return
        short = self._org_short_form(mention.name) or (
            mention.name if self._body_again(mention) else None
        )
        if short is not None:
            self._note_org(short)
            return
        if mention.subject and mention.entity is PLACE:
            # "Ashford Town have parted company with ...": a club or a council may hide behind
            # a place's name; a later "the club said" may mean it.
            self._thing_subject(mention.name or mention.text)
        if not mention.is_person_name:
            return
        person = self._person_for(
            mention,
            # A lone capitalised word opening a sentence is a person only if it could be a
            # surname ("Trump said", not "Negotiations between ...").
            create_single=bool(mention.gender)
            # "her father, Sean": a name beside a description of a person is a person
            or bool(mention.described)
            or (mention.subject and could_be_a_person(mention.name)),
        )
        if person is not None and mention.audience:
            # "Kay Burley asked Piet Holm whether he would quit": who a "he replied" means
            self._addressed = (person, self._tick)
        if mention.described in COMMENTATOR_ROLES:
            self._commentator_at = (mention.end, block)
        if person is not None:
            if mention.described:
                self._note_relative(mention, person)  # "her son Tom": whose son (kin.py)
            self._touch(person, subject=mention.subject)
            if mention.subject:
                self._subject_name = (block, mention.end, person.name)
            if mention.reported:
                person.reported_at = self._tick

    def handed_over(self, name: str, block: int) -> None:
        """The quote-free paragraph `block` ended by bringing in `name` ("It was a different
        story for Ivo Marsh, who has run the shop since 1990."), and took the last speaker up
        nowhere: a "he" or "she" next is the newcomer's."""
        person = self.people.get(name)
        self._handed = (person, block, self._tick) if person is not None else None

    def spoke(self, speaker: str, block: int = 0, by_name: bool = False) -> None:
        """A resolved speaker becomes the most recent person and the run's current speaker
        (`by_name`: credited by their name, "said Ana Ruiz", not "she said")."""
        self._last_spoken = (speaker, block)
        person = (
            self.people.get(speaker) or self._aliases.get(speaker) or self._unnamed.get(speaker)
        )
        if person is None and self._met_only is not None and self._met_only[0].name == speaker:
            person = self._met_only[0]  # "the headteacher" spoke: a run of quotes keeps them
        if person is not None:
            self._tick += 1
            self._touch(person)
            person.quoted = person.quoted or by_name
            self._last_speaker = person
            self._last_speaker_block = block
            self._last_speaker_tick = self._tick
        else:
            for org in self._orgs:
                if org.name == speaker:
                    self._note_org(speaker)
                    org.subject_at = self._tick
                    break

    # -- resolving ------------------------------------------------------------------------

    def resolve(
        self,
        mention: Mention,
        block: int = 0,
        cue: str | None = None,
        before_whom: str = "",
        spoken_of: str = "",
    ) -> Resolution:
        """The speaker a mention next to a quote stands for (`cue`: the verb of saying).

        `introduced` is False only for a bare surname of a person never named in full before
        it: the "speaker not introduced" check reads it. `before_whom`: for a "he" or "she" opening
        a relative clause ("blamed his brother, whom he called ..."), the words before ", whom":
        the pronoun never means the person they end with, whom the clause describes.
        `spoken_of`: "m" or "f" when the quote opens with "He" or "She", someone the speaker
        talks about, so a bare role does not refer back to that person.
        """
        self._tick += 1
        self._block = block
        self._cue = cue or ""
        self._spoken_of = spoken_of
        read = read_out(self._documents, mention, block, cue)
        if read is not None:
            return Resolution(*read)
        if mention.kind is PRONOUN:
            if cue and cue.split()[0].lower() in _ANSWERING:
                answer = self._answerer(mention)
                if answer is not None:
                    return answer
            return self._resolve_pronoun(mention, block, before_whom)
        if mention.kind is NOMINAL or mention.entity in WORD_LIST_KINDS:
            person = self._named_by_surname(mention)
            if person is not None:
                # "Judge added:", "Church said", "St. Johnston said" after "Helen Judge", "Dana
                # Church", "Felicity St. Johnston": the person's surname, not a role or a place
                self._touch(person, subject=True)
                return Resolution(person.name, True, "surname of a person named earlier")
        if mention.kind is NOMINAL:
            found = (
                self._spoken_for(mention, block)
                or self._from_home(mention)  # "the Kilcorran man" (hometowns.py)
                or self._resolve_nominal(mention, block)
            )
            if mention.entity is DOCUMENT and found.name != mention.text:
                # "A circular from the Bursar said ... It warned": the next "it"
                self._document_said = (found.name, mention.text, self._tick)
            if cue and found.reason == _AS_WRITTEN:
                return self._goes_on(mention, block, cue) or found
            return found
        if mention.entity is ORGANISATION and not self._nationality_word(mention):
            name = mention.name or mention.text
            full = self._spelled_out(name)
            if full is not None:
                # "the HSB" after "the Harbour Safety Board": one source, named in full.
                self._note_org(full)
                return Resolution(full, True, f"{name}, the organisation named in full before")
            holder = self._office_holder(name, mention.start)
            if holder is not None:
                # "the DFO said" after "the deputy fire officer (DFO), Halvard Osei"
                self._touch(holder, subject=True)
                return Resolution(holder.name, True, f"{name}: the office given in full before")
            if name.lower() == "police":
                # "Police said" after "the Harbour Police Service announced": that force
                force = self._the_police_service()
                if force is not None:
                    self._note_org(force)
                    return Resolution(force, True, "the police force named before")
            self._note_org(name)
            return Resolution(name, True, "organisation named")
        parts = together_parts(mention) if " and " in mention.name else []
        if parts:
            # "Lund and Bakri replied": both speak; a later "they" is both of them.
            names = [self.resolve(part.flagged(subject=True), block).name for part in parts]
            together = f"{names[0]} and {names[1]}"
            if parts[0].name.startswith(parts[0].text + " "):
                together = f"{parts[0].text} and {names[1]}"  # "Jean and Mike Pryor said"
            self._group = (together, self._tick)
            return Resolution(together, True, "two people named together")
        short = self._org_short_form(mention.name)
        if short is not None:
            self._note_org(short)
            return Resolution(short, True, "short form of an organisation named earlier")
        if self._body_again(mention):
            self._note_org(mention.name)
            return Resolution(mention.name, True, "organisation named earlier")
        if " " not in mention.name and not mention.title and not mention.possessive:
            national = self._by_nationality(mention.name, mention.start)
            if national is not None:  # "the Portuguese" after "Portugal's Ana Reis" (nationals.py)
                return national
            gender = demonym_gender(mention.name)
            if gender is not None:
                # "“It was frustrating,” the Italian said": the person the story is about,
                # called by where they are from.
                person, why = self._pronoun_person(
                    Mention(0, 0, mention.text, PRONOUN, gender=gender), block
                )
                if person is not None and person.named_in_full:
                    self._touch(person, subject=True)
                    return Resolution(
                        person.name, True, f"described by nationality ({mention.name}): {why}"
                    )
        if mention.entity in (PLACE, THING, DOCUMENT) and not (
            # "“…,” Chidi Lane said": a lane does not speak; the name is a person's
            (mention.entity is PLACE and surname_like_place(mention.name))
            # "“…,” Bill said" after "Bill Foster": a first name that is also a word (a bill)
            or mention.name.lower() in self._by_first
        ):
            return Resolution(mention.name or mention.text, True, f"{mention.entity} named")
        known_before = self._known(mention.name)
        bare = len(mention.name.split()) == 1 and not mention.title and not mention.gender
        person = self._person_for(mention, create_single=True)
        if person is None:  # pragma: no cover - create_single always gives one
            return Resolution(mention.name, True, "named")
        self._touch(person, subject=True)
        if len(mention.name.split()) >= 2:
            if person.name != mention.name:
                return Resolution(person.name, True, "another spelling of a person named earlier")
            return Resolution(person.name, True, "named in full")
        if known_before and person.name != mention.name:
            tokens = person.name.split()
            part = (
                "first name"
                if mention.name in (tokens[0], given_after_prefix(tokens)) and len(tokens) > 1
                else ("surname")
            )
            return Resolution(person.name, True, f"{part} of a person named earlier")
        introduced = not (bare and not person.named_in_full and looks_like_surname(mention.name))
        return Resolution(
            person.name,
            introduced,
            "named by surname only" if not introduced else "named",
        )
