"""Resolving pronouns to speakers: "he" and "she" to a person, "it" and "they" to an
organisation, a group or two people named together.

The pronoun half of the resolver (resolution.py), a mixin sharing its memory. "he" and "she"
agree in gender; among the people that agree, the speaker of the quote just before wins (a run
of quotes keeps its speaker) unless someone else has since been the subject of a sentence; then
the subject of a recent sentence; then the person named last; and when nobody named agrees, a
person met only in passing (an owner, a role as a subject). "it" is the organisation last met as
a subject when the one named since was only an object; "they" may be a person the copy says
goes by "they" (they_them.py). The readings around the ranking for "he" and "she" (an owner
just before, a pair named together, the copy's "she" against a first name) are in he_or_she.py.
"""

from __future__ import annotations

from app.core.analysis.attribution_rules import NO_AGREEING_PERSON
from app.core.analysis.description_words import CONTINUITY_BLOCKS, ORG_REACH
from app.core.analysis.entities import noun_gender
from app.core.analysis.he_or_she import HeOrShe
from app.core.analysis.mention import NOMINAL, _pronoun
from app.core.analysis.mentions import Mention
from app.core.analysis.name_words import (
    GENDERED_POSSESSIVES,
    ORG_WORDS,
    PRONOUN_FORMS,
    PRONOUN_GENDER,
    TITLE_WORDS,
)
from app.core.analysis.phrases import is_plural
from app.core.analysis.pronoun_candidates import agrees, lone_word, named_like_a_person
from app.core.analysis.referents import Organisation, Person, Resolution
from app.core.analysis.they_them import THEY

# How a pronoun reached the subject of a sentence before its quote (read back by
# reported_questions.py, which moves an answer from the asker to the one asked).
SUBJECT_JUST_BEFORE = "subject of a sentence just before"
SUBJECT_BEFORE = "subject of the sentence before"

_SPEAKS_FOR = frozenset({"office", "campaign", "camp", "team"})
# The reason for a newcomer's "he" (newcomers.py reads the paragraph that brings them in).
_BROUGHT_IN = "brought in by the paragraph before, where the last speaker was not taken up"
# How far after the subject's name a pronoun inside its sentence's clauses stands, at most
_SAME_SENTENCE = 160
# Words of offices and bodies: a name holding one is no private person's
_BODY_WORDS = TITLE_WORDS | ORG_WORDS


class PronounResolver(HeOrShe):
    """he, she, it and they: the resolver's pronoun rules."""

    # Set by Resolver.__init__; declared here for readers and type checkers.
    _recent: list[Person]
    _tick: int
    _document_said: tuple[str, str, int] | None
    _document_subject: tuple[Mention, int, int] | None
    _subject_tick: int
    _subject_name: tuple[int, int, str]
    _last_speaker: Person | None
    _last_speaker_block: int
    _last_speaker_tick: int
    _group: tuple[str, int] | None
    _pronouns: dict[int, tuple[Person | None, str]]
    _met_only: tuple[Person, int] | None
    _owned: tuple[int, int, Person, str] | None
    _handed: tuple[Person, int, int] | None
    _orgs: list[Organisation]
    _addressed: tuple[Person, int] | None
    # _touch, _recent_org, _org_behind_a_name and _resolve_nominal come from Resolver and
    # DescriptionResolver.

    def _spoken_for(self, mention: Mention, block: int) -> Resolution | None:
        """ "her office said", "his campaign said": a body that speaks for the person the
        possessive stands for, who is the speaker (as an issuer is a statement's)."""
        words = mention.text.lower().split()
        if len(words) != 2 or words[0] not in GENDERED_POSSESSIVES or words[1] not in _SPEAKS_FOR:
            return None
        he_or_she = PRONOUN_FORMS[words[0]]
        pronoun = _pronoun(mention.start, mention.start, he_or_she, PRONOUN_GENDER[he_or_she])
        found = self._resolve_pronoun(pronoun, block)
        if found.name == he_or_she:
            return None
        return Resolution(found.name, True, f"{mention.text} speaks for them: {found.reason}")

    def _resolve_pronoun(self, mention: Mention, block: int, before_whom: str = "") -> Resolution:
        lowered = mention.text.lower()
        word = PRONOUN_FORMS.get(lowered, lowered)
        if word in ("he", "she"):
            person, why = self._pronouns.get(mention.start) or self._he_or_she(
                mention, block, before_whom
            )
            if person is None:
                return Resolution(mention.text, True, why or NO_AGREEING_PERSON)
            if not person.gender:
                person.gender, person.gender_from = mention.gender, "pronoun"
            self._touch(person, subject=True)
            return Resolution(person.name, True, why)
        if word == "it":
            org = self._recent_org()
            said = self._document_said
            if (
                said is not None
                and self._tick - said[2] <= 2
                and (org is None or org.seen <= said[2])
            ):
                # "A circular from the Bursar said ... It warned": the document just
                # quoted, no body named since, speaks again for its owner (and stays the
                # "it" of the next quote: "It called it “…” and thanked staff for “…”")
                self._document_said = (said[0], said[1], self._tick)
                return Resolution(said[0], True, f"{said[1]}, just before: its owner, {said[0]}")
            document = self._document_subject
            if (
                document is not None
                and self._tick - document[2] <= 2
                and (org is None or org.seen <= document[2])
            ):
                # "The inspector's report was published on Monday. “…,” it said": the
                # document the sentence before was about, for whoever wrote it
                paper = document[0]
                found = self._resolve_nominal(paper, document[1])
                # the document stays the "it" of the next quote ("It called the change “…” and
                # thanked staff for “…”"), as long as no body is named since
                self._document_subject = (paper, document[1], self._tick)
                why = "" if found.name == paper.text else f": {found.reason}"
                return Resolution(found.name, True, f"{paper.text}, the subject just before{why}")
            subject = self._subject_org(org)
            body = subject or org
            if body is not None:
                why = "last organisation named" + (" as a subject" if subject else "")
                # "Her office said ... “…,” it said": the office speaks for her, as when
                # "her office said" stands beside the quote
                owner = self._spoken_for(
                    Mention(mention.start, mention.end, body.name, NOMINAL), block
                )
                if owner is not None:
                    return Resolution(owner.name, True, f"{why}: {owner.reason}")
                return Resolution(body.name, True, why)
            # "Felsham Town said ... “…,” it added": no person is "it", so the latest subject
            # named in a way no person is (as "the company" would find it)
            thing = self._org_behind_a_name() or self._speaker_as_body(block)
            if thing is not None:
                return Resolution(thing, True, "last name before it that is no person's")
            return Resolution(mention.text, True, "no organisation named before it")
        if word == "they":
            # "they" is a group of people or an organisation that was a sentence's subject
            # (or spoke); an organisation met only as an object ("a letter to Senate leaders")
            # is not who "they" are.
            # The most recent of: a group of people as a subject, an organisation as a subject
            # (or speaker), a person just named whose pronoun the copy gives as "they" ("Robin
            # Arlo, a spokesperson, confirmed ... “...,” they said").
            options: list[tuple[int, str, str]] = []
            org = self._recent_org()
            if org is not None and org.subject_at >= 0:
                options.append((org.subject_at, org.name, "last organisation named as a subject"))
            if self._group is not None and self._tick - self._group[1] <= ORG_REACH:
                options.append(
                    (self._group[1], self._group[0], "the people who were the subject just before")
                )
            declared = self._goes_by_they()
            if declared is not None:
                options.append(
                    (max(declared.subject_at, declared.seen), declared.name,
                     "the person the story says goes by “they”")
                )  # fmt: skip
            person = self._recent[-1] if self._recent else None
            if (
                person is not None
                and not person.gender
                and person.named_in_full
                and person.subject_at >= self._tick - 6
            ):
                options.append(
                    (person.subject_at, person.name, "the person just before (singular they)")
                )
            if options:
                _, name, why = max(options)
                return Resolution(name, True, why)
            return Resolution(mention.text, True, "no group or organisation before it")
        return Resolution(mention.text, True, "as written")

    def _answerer(self, mention: Mention) -> Resolution | None:
        """ "“No,” he replied" after "Kay Burley asked Piet Holm whether he would quit": the
        person asked, if the pronoun agrees and they were asked just before."""
        if self._addressed is None or mention.text.lower() not in ("he", "she"):
            return None
        person, when = self._addressed
        if self._tick - when > 6 or (person.gender and person.gender != mention.gender):
            return None
        self._addressed = None
        self._touch(person, subject=True)
        return Resolution(person.name, True, "the person asked or told just before answers")

    def _described_subject(self, mention: Mention) -> None:
        """ "The headteacher at Ostley Primary said ...": a definite description nobody was
        given, as a subject, is who a later "she" means when no one recent agrees (it is not
        made recent: "the Portuguese boss" may be someone named before)."""
        words = mention.text.split()
        if not mention.subject or len(words) < 2 or words[0] not in ("The", "the"):
            return
        if is_plural(mention.text):
            return
        # Not kept with the unnamed people: "the 29-year-old father of two replied" is shown
        # as written, not as a person met before.
        person = Person("the " + " ".join(words[1:]), named_in_full=False)
        gender = noun_gender(mention.text)
        if gender:
            person.gender, person.gender_from = gender, "the noun"
        self._met_only = (person, self._tick)

    def _subject_org(self, last: Organisation | None) -> Organisation | None:
        """ "Ostley Council said the road would reopen. The work was done by Hale Construction.
        “…,” it said": the organisation last met as a subject (or speaking), when the one
        named last was met since only as an object."""
        if last is None or last.subject_at == last.seen:
            return None
        best: Organisation | None = None
        for org in self._orgs:
            if (
                org is not last
                and org.subject_at > last.subject_at
                and self._tick - org.subject_at <= ORG_REACH
                and (best is None or org.subject_at > best.subject_at)
            ):
                best = org
        return best

    def _reported_gender(self, mention: Mention) -> bool:
        """ "A vendor near the stand said she hid": the sentence's subject, whose gender nothing
        gave, is who the reported "she" is; it learns the gender (True when it did)."""
        if self._tick - self._subject_tick > 4:
            return False
        person = next((p for p in self._recent if p.subject_at == self._subject_tick), None)
        if person is None or person.gender:
            return False
        person.gender, person.gender_from = mention.gender, "pronoun"
        return True

    def _goes_by_they(self) -> Person | None:
        """The person last met whom the copy said goes by "they", if met recently."""
        for person in reversed(self._recent):
            if person.gender == THEY:
                return person if person.seen >= self._tick - ORG_REACH else None
        return None

    def _pronoun_person(
        self, mention: Mention, block: int, passed_over: Person | None = None
    ) -> tuple[Person | None, str]:
        gender = mention.gender
        agreeing = [
            p
            for p in reversed(self._recent)
            if (not gender or not p.gender or p.gender == gender)
            and p is not passed_over
            # "Crowds gathered. “…,” he said": a capitalised plural opening its sentence is
            # many people, never one "he" or "she" (it may be a later "they")
            and not (gender and " " not in p.name and lone_word(p))  # cheap test first (speed)
        ]
        if not agreeing:
            return None, ""
        known = [p for p in agreeing if p.gender]
        handed = self._handed
        if (
            handed is not None
            and handed[1] == block - 1
            and handed[0] in agreeing
            and self._subject_tick <= handed[2]
            and self._last_speaker_tick <= handed[2]
        ):
            # "“…,” said Tom Vell. ¶ It was a different story for Ivo Marsh, who ... ¶ “…,” he
            # said": the paragraph between brought Marsh in; nobody has been a subject since
            return handed[0], _BROUGHT_IN + agrees(handed[0])
        speaker = self._last_speaker
        if (
            speaker is not None
            and speaker in agreeing
            and block - self._last_speaker_block <= CONTINUITY_BLOCKS
            and not any(
                p is not speaker
                and p.subject_at > self._last_speaker_tick
                # "“…,” Chan said. Sales fell 20 percent. “…,” he said": a lone capitalised word
                # opening a sentence, met once and marked as no one's name, is a noun
                and not lone_word(p)
                for p in agreeing
            )
        ):
            return speaker, "speaker of the quote before" + agrees(speaker)
        # The latest subject wins over people named since only as objects; a person whose
        # gender is unknown but who is named like a person ("Secretary General Tomas Wren
        # condemned what he called ..."; not "Small Rooms reached number four", see
        # _named_like_a_person) beats an older subject whose gender agrees, but not
        # a person whose gender agrees named after it ("Greyfield Quarry closed. The order was
        # signed by Martin Oduya. He said ...": the quarry is older than Oduya).
        latest_subject = max(agreeing, key=lambda p: p.subject_at)
        salient = self._salient_subject(latest_subject, known, block, mention)
        if (
            latest_subject.subject_at >= 0
            and not latest_subject.gender
            and named_like_a_person(
                latest_subject, block, latest_subject.subject_at == self._subject_tick
            )
            and all(p.subject_at < latest_subject.subject_at for p in known)
            and all(p.seen <= latest_subject.subject_at for p in known)
            and latest_subject.subject_at >= agreeing[0].seen - 2
        ) or salient:
            why = salient or SUBJECT_JUST_BEFORE
            return latest_subject, why + agrees(latest_subject)
        for pool in (known, agreeing):
            subjects = [p for p in pool if p.subject_at >= 0]
            if subjects:
                best = max(subjects, key=lambda p: p.subject_at)
                latest = pool[0]
                if best is latest or best.subject_at >= latest.seen - 2:
                    return best, SUBJECT_JUST_BEFORE + agrees(best)
                if best.subject_at == self._subject_tick:
                    # "Farquhar was unhappy with the goal, which came after a foul on Orlić.
                    # “…,” he said": the last sentence's subject, not a name in its clauses.
                    return best, SUBJECT_BEFORE + agrees(best)
            if pool:
                # "The council said Ana Ruiz had written to Eve Hart. “…,” she said": with no
                # agreeing subject, the subject of the reported words, not their object.
                reported = max(pool, key=lambda p: p.reported_at)
                if reported.reported_at >= 0 and reported.reported_at >= pool[0].seen - 2:
                    return reported, "subject of the words reported just before" + agrees(reported)
                return pool[0], "last named person before the quote" + agrees(pool[0])
        return None, ""

    def _salient_subject(
        self, person: Person, known: list[Person], block: int, mention: Mention
    ) -> str:
        """The reason `person` is "he" or "she" for being the salient subject, else "".

        "Tendai Kaur criticised Tom Vell for the delays. “…,” he said": a person named in full
        whose gender nothing gave, the subject of the last sentence (in this paragraph or the
        one before), is nearer and more salient than agreeing people only ever met as objects,
        whatever their first names say: the gender only rules out disagreement, and nothing
        disagrees. Inside the clauses of that very sentence ("... faulted the ferry line
        for what he called “…”") they are "he" over anyone further back. An agreeing person
        who was a subject once is the story's own: a thing met as a subject since ("Kelby Pier
        was closed") does not take their "he"."""
        if (
            person.gender
            or person.subject_at < 0
            or person.subject_at != self._subject_tick
            or not person.named_in_full
            or " " not in person.name
            or person.subject_block < block - 1
            # "Civil Defence", "State Highways": a body's words, no person's name
            or any(w.lower() in _BODY_WORDS for w in person.name.split())
        ):
            return ""
        where, end, name = self._subject_name
        if (
            not mention.subject
            and where == block
            and name == person.name
            and 0 < mention.start - end <= _SAME_SENTENCE
        ):
            # "Ines Marlow faulted the ferry line for what she called “…”": a pronoun
            # inside the clauses of the sentence the person is the subject of
            return "subject of the sentence holding it"
        if all(p.subject_at < 0 for p in known):
            return SUBJECT_JUST_BEFORE
        return ""
