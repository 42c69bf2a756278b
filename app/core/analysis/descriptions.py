"""Resolving descriptions to speakers: "the company", "the statement", "the official".

The half of the resolver (resolution.py) that remembers organisations, documents and the people
described without a name, so that a later "the company said", "the statement added" or "the
spokeswoman said" finds who is meant. A mixin: it shares the resolver's memory. The memory of
organisations itself is in org_memory.py; that of people described without a name, in
unnamed_memory.py.
"""

from __future__ import annotations

from app.core.analysis.description_words import (
    ADVERSARIAL,
    AGE_RE,
    BACK_REFERENCE_WORDS,
    CONTINUITY_BLOCKS,
    COUNTED,
    DOCUMENT_ALIASES,
    DOCUMENT_KINDS,
    DOCUMENT_REACH,
    INDEFINITE,
    INFORMANT_NOUNS,
    ISSUED_DOCUMENTS,
    ORG_REACH,
    REPORTING_ROLES,
    TRADE_FIRMS,
    business_named,
    in_trade,
)
from app.core.analysis.entities import (
    DOCUMENT,
    HEAD_SPLIT,
    ORGANISATION,
    PLURAL_BODIES,
    PLURAL_PEOPLE,
    noun_gender,
)
from app.core.analysis.framed_words import naming_cue
from app.core.analysis.group_memory import GroupMemory
from app.core.analysis.kin import KinMemory
from app.core.analysis.mention import NOMINAL, PRONOUN
from app.core.analysis.mentions import ROLE_NOUNS, Mention, find_mentions, phrase_kind
from app.core.analysis.name_roles import organisation_owner
from app.core.analysis.name_words import GENDERED_POSSESSIVES, pronoun_gender
from app.core.analysis.org_memory import OrganisationMemory
from app.core.analysis.party_voices import PartyVoices
from app.core.analysis.performers import PerformerMemory
from app.core.analysis.phrase_owners import document_author
from app.core.analysis.phrases import (
    head_noun,
    self_described,
    strip_determiner,
)
from app.core.analysis.police_services import BARE_POLICE, FORCE_ENDINGS
from app.core.analysis.referents import Organisation, Person, Resolution
from app.core.analysis.role_holders import RoleHolders, qualified_role, title_roles
from app.core.analysis.unnamed_memory import PERSONAL_POSSESSIVES, UnnamedMemory

# "his opponent" after "running against Ana Ruiz": Ruiz (name_roles.describe_by_role).
_OPPONENT = frozenset({"opponent"})


class DescriptionResolver(
    UnnamedMemory,
    KinMemory,
    GroupMemory,
    OrganisationMemory,
    PerformerMemory,
    RoleHolders,
    PartyVoices,
):
    """Organisations, documents and unnamed people: the resolver's memory of descriptions."""

    # Set by Resolver.__init__; declared here for readers and type checkers.
    _orgs: list[Organisation]
    _documents: dict[str, tuple[str, int]]
    _described: dict[str, tuple[str, int]]
    _recent: list[Person]
    _tick: int
    people: dict[str, Person]
    _unnamed: dict[str, Person]
    _owned: tuple[int, int, Person, str] | None
    _block: int
    _last_spoken: tuple[str, int] | None
    _spoken_of: str
    _document_subject: tuple[Mention, int, int] | None
    _document_said: tuple[str, str, int] | None

    def issued(self, issuer: Mention, document: str, block: int) -> None:
        """ "Calder Records issued a statement": remember whose statement it is."""
        if issuer.kind is NOMINAL:
            found = self._resolve_nominal(issuer, block)
            name = found.name
        elif issuer.kind is PRONOUN:
            name = self._resolve_pronoun(issuer, block).name
        else:
            if document != "lawsuit":
                # (a lawsuit's issuer is met as the sentence's mention already: met again, the
                # one who sued would be made the latest subject over a trailing tag's speaker,
                # "Nguyen sued Yilmaz last year, Yilmaz said")
                self.observe(issuer, block)
            # "Ms Tulloch sent a message": Moira Tulloch, named in full before
            person = self._person_for(issuer) if issuer.is_person_name else None
            name = self._org_short_form(issuer.name) or (
                person.name if person is not None else self.canonical(issuer.name)
            )
        if name and name.lower() not in ("it", "they", "he", "she"):
            self.issued_by_name(name, document, block)

    def issued_by_name(self, name: str, document: str, block: int) -> None:
        key = document.lower()
        key = DOCUMENT_ALIASES.get(key, key)
        if key in DOCUMENT_KINDS:
            self._documents[key] = (name, block)

    def _resolve_nominal(self, mention: Mention, block: int) -> Resolution:
        text = mention.text
        if text.lower() in ("one", "another"):
            return self._one_of_group(text)
        if text.lower() in BARE_POLICE:
            # "After what police describe as “…”" paragraphs after "the Calder Police Service"
            service = self._the_police_service(text.lower())
            if service is not None:
                self._note_org(service)
                return Resolution(service, True, "the one police service named in the story")
        if text[:1].isupper() and text.endswith(FORCE_ENDINGS):
            force = self._force_named_before(text)
            if force is not None:
                return Resolution(force, True, "the force named in full before")
        party = self._party_spoken_for(mention, block)  # "lawyers for the company"
        if party is not None:
            return party
        # "a spokesperson for the Foreign Office": the role noun heads the phrase.
        head_part = text.lower()
        if mention.entity is DOCUMENT and ", " in head_part:
            # "The complaint, filed by the miners’ union,": the document ends at the comma
            head_part = head_part.split(", ", 1)[0]
        words = HEAD_SPLIT.split(head_part, maxsplit=1)[0].split()
        determiner = words[0] if words else ""
        definite = determiner in ("the", "this", "that", "its", "their", "his", "her")
        author = document_author(text) if mention.entity is DOCUMENT else None
        if author is not None and author[:1].islower():
            # "reports by the inspector general", "the department’s letter": who that is
            described = Mention(0, 0, author, NOMINAL, entity=phrase_kind(author))
            found = self._resolve_nominal(described, block)
            return Resolution(found.name, True, f"the document's author, {author}: {found.reason}")
        if author is not None:
            # "a statement from Kestrel Airlines", "the Care Quality Commission’s report"
            named = find_mentions(author)
            if len(named) == 1 and named[0].is_person_name and named[0].title:
                # "The verdict from Chief Inspector Alan Shaw": the person, title apart
                person = self._person_for(named[0], create_single=True)
                if person is not None:
                    return Resolution(person.name, True, f"who the document names: {author}")
            name = self._spelled_out(author) or self._org_short_form(author) or author
            if not self.is_person(name) and not self._known(name):
                self._note_org(name)
            return Resolution(self.canonical(name), True, f"who the document names: {name}")
        if mention.entity is DOCUMENT and words:
            owner = self._documents.get(DOCUMENT_ALIASES.get(words[-1], words[-1]))
            if owner is not None and (
                (determiner in ("the", "this", "that") and block - owner[1] <= DOCUMENT_REACH)
                # "the Council issued a statement calling it “...”": the one just issued
                or (determiner in ("a", "an") and block == owner[1])
            ):
                return Resolution(owner[0], True, f"the {words[-1]}'s owner: {owner[0]} issued it")
        if mention.entity is DOCUMENT and definite:
            if determiner in GENDERED_POSSESSIVES:
                person, why = self._pronoun_person(
                    Mention(0, 0, determiner, PRONOUN, gender=pronoun_gender(determiner)),
                    block,
                )
                if person is not None:
                    return Resolution(person.name, True, f"whose {words[-1]}: {why}")
            if determiner in ("their", "its"):
                # "Their report said": whoever "they" are (a group, an organisation), never a
                # single person just quoted; "its statement": the organisation.
                word = "they" if determiner == "their" else "it"
                # a document owns no document: "Its annual report says" as a sentence's subject
                # must not find "it" in itself (which asked "it" again, without end)
                documents = self._document_subject, self._document_said
                self._document_subject = self._document_said = None
                try:
                    owner = self._resolve_pronoun(Mention(0, 0, word, PRONOUN), block)
                finally:
                    self._document_subject, self._document_said = documents
                if owner.name != word:
                    return Resolution(
                        owner.name, True, f"whose {words[-1]}: {determiner} → {owner.reason}"
                    )
            authors = self._research_authors(words[-1])
            if authors is not None:
                # "The paper, in the Journal of ..., describes": the researchers' words, not
                # the journal's or the university's
                return Resolution(authors, True, f"the {words[-1]}'s authors, named before")
            # a lawsuit or an indictment is brought against the body it names, not by it
            org = (
                None
                if words[-1] in ADVERSARIAL
                else self._org_named_before(mention.start, past_outlets=True)
            )
            if org is not None:
                return Resolution(
                    org.name, True, f"the {words[-1]}'s owner, last organisation named"
                )
            speaker = self._last_speaker
            if (
                speaker is not None
                and block - self._last_speaker_block <= CONTINUITY_BLOCKS
                # "their report" is no single person's, nor "its statement"
                and determiner not in ("their", "its")
            ):
                return Resolution(
                    speaker.name, True, f"the {words[-1]}'s owner, the speaker before"
                )
            return Resolution(text, True, "as written")
        if (
            mention.entity is DOCUMENT
            and determiner in ("a", "an")
            and words[-1] in ISSUED_DOCUMENTS
        ):
            # "A club statement read", "A statement said" right after "The Ministry of
            # Defence confirmed the crash": the organisation just before issued it.
            issuer = self._statement_issuer(words[-2] if len(words) >= 3 else "")
            if issuer is not None:
                return Resolution(
                    issuer, True, f"the {words[-1]}'s owner, the organisation just before"
                )
        if mention.entity is ORGANISATION and definite and not self_described(text):
            head = head_noun(words[-1]) if words else ""
            # "the national weather bureau", "the coastguard high command": a body described in full
            # is a body of its own unless a name before holds its head ("the bureau")
            described = len(words) >= 4
            # (a description made up to read a document's author, at no offset, has no tick)
            upto = self._own_tick(mention.start) if mention.end else -1
            # "the mining company": the body named for its trade (not "the police high
            # command", described in full: a body of its own)
            if head in PLURAL_BODIES and self._bodies_named(2):
                # "Staples is buying Office Depot ... “…,” the companies said": both, as written
                return Resolution(text, True, "bodies named before, together, as written")
            by_trade = self._org_by_trade(words, upto) if len(words) == 3 else None
            org = by_trade or (
                self._org_with_head(head, upto=upto)
                if described
                else self._org_for(head, upto=upto)
            )
            if org is not None and by_trade is None and not described:
                # "Fenwick Holdings agreed to buy Marlow Mining. “…,” the company said"
                org = self._subject_body(org, head) or org
            if org is not None and text.lower().startswith(org.name.lower() + " "):
                # "The ministry of health said": the body in full, not "the ministry" its
                # own head noun left in memory when the sentence was read; a later "the
                # ministry" is this body
                full = strip_determiner(text)
                self._note_org(full)
                return Resolution(full, True, "organisation described in full")
            if org is not None and org.name.lower() != text.lower():
                if head and (head in org.name.lower().split() or business_named(head, org.name)):
                    return Resolution(org.name, True, f"the {head} named before")
                # "... in Marlow County Circuit Court. Bellhaven Orchards denied it. “…,” the
                # company said": a name no person has, a subject since, outranks the court.
                thing = None if described else self._org_behind_a_name(head, after=org.seen)
                if thing is not None:
                    return Resolution(thing, True, "last name before it that is no person's")
                return Resolution(org.name, True, "last organisation named")
            # "the company" with no organisation named refers back to a name no person has;
            # "the national weather bureau" describes a body of its own, so it stays as written
            thing = None if described else self._org_behind_a_name(head)
            if thing is not None:
                return Resolution(thing, True, "last name before it that is no person's")
            other = None if described or org is None else self._org_for(head, text.lower())
            if other is not None:
                # met first as "the company" (noted as a body of its own), then read as the
                # name before it: "Northway Lines, which runs the ferry ... The company said in
                # a statement" resolves the issuer, then the speaker, to the same firm
                return Resolution(other.name, True, "last organisation named")
            return Resolution(text, True, "no organisation named before it, as written")
        head = head_noun(words[-1]) if words else ""
        # an age in figures only: ages are given in figures beside a name ("Tala Reyes, 17"),
        # and "the five-year-old said" is most often a child never named, not the last subject
        if definite and AGE_RE.fullmatch(head):
            aged = self._described_as(head)
            if aged is not None:
                # "Tala Reyes, 17, won ... Coach Ben Alder watched. “…,” the 17-year-old
                # said": the person given that age, whoever was a subject since
                self._touch(aged[0], subject=True)
                return Resolution(aged[0].name, True, f"the person given the age ({head})")
            # "The 56-year-old said": the person the story is talking about (not one the story
            # gave another age: "Dev Patel, 45, ... the 24-year-old" is someone else)
            person, why = self._pronoun_person(Mention(0, 0, text, PRONOUN, gender=""), block)
            if person is not None and person.roles == person.descriptions:
                self._touch(person, subject=True)
                return Resolution(person.name, True, why)
        # the holders of the role, looked up once: a bare "the <role>" asks again below
        held: tuple[list[Person], str] | None = None
        if determiner in ("the", "this", "that") and head not in PLURAL_PEOPLE:
            role = qualified_role(words[1:-1], head)
            held = self._role_holders(role)
            found = self._held_role(mention, words, head, role, held)
            if found is not None:
                return found
            if role != head:
                held = None  # "the deputy minister": the role below is the plain one
        if determiner in PERSONAL_POSSESSIVES and len(words) == 2:
            # "Her partner, Owen, ... Her partner said": a relative named beside the same
            # possessive noun before is that person, not a new unnamed one.
            described = self._relative(determiner, head, also=_OPPONENT)
            if described is not None:
                self._touch(described[0], subject=True)
                why = f"the person described before as {described[1]}"
                return Resolution(described[0].name, True, why)
        if definite and determiner in ("the", "that", "this") and head in self._described:
            described, seen = self._described[head]
            if self._tick - seen <= ORG_REACH * 2:
                # "a senior official said ... the official added", whoever spoke in between
                return Resolution(described, True, f"the {head} described before")
        owner = organisation_owner(text) if "s " in text else None  # cheap test first (speed)
        if owner is not None and head in ROLE_NOUNS and head not in PLURAL_PEOPLE:
            # "Corvane's chief executive told the crowd" after "Corvane CEO Danielle Okonjo-Price"
            # or "Ana Ruiz, chief executive of Corvane": whom the story gave that role there
            described = self._described_as(head)
            if described is not None and self._runs(described[0], owner):
                self._touch(described[0], subject=True)
                why = f"the person described as {described[1]} at {owner}"
                return Resolution(described[0].name, True, why)
        # "the striker", "the chief executive": a role alone, no name or place in it
        back_reference = any(w in BACK_REFERENCE_WORDS for w in words[1:-1])
        bare_role = (
            not back_reference and len(words) <= 3 and text[:1].lower() + text[1:] == text.lower()
        )
        if (
            determiner == "the"
            and (back_reference or bare_role)
            and head in ROLE_NOUNS
            and head not in PLURAL_PEOPLE
            # "John Marsh was arrested. “…,” the sheriff said": an official reporting on him
            and not (bare_role and head in REPORTING_ROLES)
        ):
            # "the former secretary of state said", "the embattled chairman added": a way
            # of referring back to someone in the story, not a new person (who would be "a
            # former secretary").
            person, why = self._pronoun_person(
                Mention(0, 0, text, PRONOUN, gender=noun_gender(head)), block
            )
            if (
                person is not None
                # or one name only, a person's ("singer-songwriter Adele"): a mononym
                and (
                    person.named_in_full
                    or person.marked_as_person
                    or person.gender_from == "first name"
                )
                # a bare "the striker said" refers back only to the sentence just before
                and (
                    not bare_role
                    # ... and never to someone the story gave another role ("Carl Imre, the
                    # chief executive" is not "the chairman")
                    or (
                        person.subject_at == self._subject_tick
                        and not person.roles
                        and not person.title
                        # "Dean Cole scored twice. “He was unplayable,” the manager said":
                        # the words are about Cole, so someone else says them
                        and not (self._spoken_of and person.gender in (self._spoken_of, ""))
                        # "Vell backed what the minister called “…”": whose words another frames
                        and not naming_cue(self._cue)
                    )
                )
            ):
                self._learn_role(person, head)  # a later "the <kin word>" finds them (kin.py)
                self._touch(person, subject=True)
                return Resolution(person.name, True, f"described as {text}: {why}")
            central = self._central_figure(noun_gender(head)) if bare_role else None
            if (
                central is not None
                and not (self._spoken_of and central.gender in (self._spoken_of, ""))
                and not naming_cue(self._cue)
                and not (held if held is not None else self._role_holders(head))[0]
            ):
                self._learn_role(central, head)
                self._touch(central, subject=True)
                why = "no one was given that role, and the one person named more than once"
                return Resolution(central.name, True, f"the {head}: {why} with no role")
        if determiner == "the" and len(words) == 2 and head in TRADE_FIRMS:
            # "Kestrel Mining plc said ... The miner said": the firm, unless someone was
            # described as a miner ("Ruiz, a miner for 30 years")
            org = self._recent_org()
            if org is not None and in_trade(head, org.name):
                return Resolution(org.name, True, f"the {head}: {org.name}, in that trade")
        age = next((w for w in words[1:-1] if AGE_RE.fullmatch(w)), "") if definite else ""
        if age:
            aged = self._described_as(age)
            if aged is not None:
                # "Tala Reyes, 17, ... the 17-year-old striker said": the person given that age
                self._touch(aged[0], subject=True)
                return Resolution(aged[0].name, True, f"the person given the age ({age})")
            national = self._aged_national(text, mention.start)  # "the 34-year-old Kenyan"
            if national is not None:
                return national
            # "says the 58-year-old retired teacher": an age marks the person in the story
            person, why = self._pronoun_person(
                Mention(0, 0, text, PRONOUN, gender=noun_gender(head)), block
            )
            if person is not None:
                self._learn_role(person, head, age)
                self._touch(person, subject=True)
                return Resolution(person.name, True, f"described by age: {why}")
        if determiner == "the" and len(words) == 2 and head in INFORMANT_NOUNS:
            # "“…,” a Syrian refugee said ... “…,” the source said": nobody was called a source,
            # so the source is the unnamed person quoted just before.
            spoken = self._last_spoken
            if (
                spoken is not None
                and block - spoken[1] <= 1
                and spoken[0].split()[0].lower() in INDEFINITE - {"the"}
            ):
                return Resolution(spoken[0], True, "the unnamed person quoted just before")
        if words and words[0] in INDEFINITE | COUNTED:
            self._unnamed_person(mention)
            self._describe(mention)
        return Resolution(text, True, "unnamed speaker, as written")

    def _held_role(
        self,
        mention: Mention,
        words: list[str],
        head: str,
        role: str,
        held: tuple[list[Person], str],
    ) -> Resolution | None:
        """ "The minister said": the one person the story gave that role (role_holders.py), by
        that word or another for it; when two hold it, no one (the copy did not say which),
        unless a word in the description is in one holder's title ("the transport minister").
        `role` is the description's role (qualified_role) and `held` its holders and the word
        they were given (RoleHolders._role_holders), looked up by the caller."""
        holders, word = held
        if not holders:
            return None
        if word != head and self._unnamed_since(head, holders[0]):
            return None  # "A technician at the ground said ... the technician": not the coach
        if len(holders) > 1:
            # "the transport minister" of "Transport Minister Hugh Varley" and "Health Minister
            # Ana Ruiz": the word before the role is in one holder's title
            marks = set(words[1:-1]) - {head}
            owned = [p for p in holders if marks & title_roles(p.title)] if marks else []
            names = " and ".join(p.name for p in holders[:2])
            if len(owned) != 1:
                # "Police Chief Ana Ruiz ... Fire Chief Tom Bell ... Ruiz said ... the chief
                # added": the holder the story is on, who spoke last or was just a subject
                on = self._holder_in_focus(holders)
                if on is None:
                    return Resolution(
                        mention.text, True, f"no one: two people hold the role of {word} ({names})"
                    )
                self._touch(on[0], subject=True)
                return Resolution(
                    on[0].name, True, f"of the two described as {word} ({names}), {on[1]}"
                )
            holders = owned
        person = holders[0]
        self._touch(person, subject=True)
        if word != role:
            return Resolution(
                person.name, True, f"the person described as {word} ({role}: same role)"
            )
        return Resolution(person.name, True, f"the person described as {role}")

    def _holder_in_focus(self, holders: list[Person]) -> tuple[Person, str] | None:
        """Of several people given a role, the one the story is on: the speaker of the quote
        before, the subject of the sentence just before, or the latest met again since given
        the role (so after every other holder was last met); and why. None when none is."""
        speaker = self._last_speaker
        if (
            speaker is not None
            and speaker in holders
            and self._block - self._last_speaker_block <= CONTINUITY_BLOCKS
        ):
            return speaker, "the one who spoke last"
        for person in holders:
            if person.subject_at == self._subject_tick:
                return person, "the subject of the sentence just before"
        # "Police Chief Ana Ruiz ... Fire Chief Tom Bell ... Ruiz told reporters", "Ruiz's
        # visa was refused": the story came back to one of them, by name, after every other
        # was last met (the latest met is the first holder)
        latest = holders[0]
        if latest.seen > latest.role_at:
            return latest, "the one the story came back to since"
        return None

    def _runs(self, person: Person, owner: str) -> bool:
        """Is `person` the role's holder at `owner`: the owner in their title ("Corvane CEO
        Danielle Okonjo-Price"). (Not "Ana Ruiz, chief executive of Apex": what her
        description was of is not kept, and a rival's chief executive may speak next.)"""
        return owner.split()[0].lower() in person.title.lower().split()
