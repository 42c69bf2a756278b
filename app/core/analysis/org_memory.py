"""The resolver's memory of organisations (a mixin of descriptions.py): the bodies a story
names, so that a later "the company", "the bank" or "its statement" finds which one is meant.

It holds the organisations named so far and the subjects named in a way no person is
("Harlow Foods apologised"), and answers which of them a description or an acronym refers back
to. Split from descriptions.py, which kept growing past the house limit; the unnamed people
and documents stay there. Which police service a bare "police said" means is in
police_services.py (a mixin of this one).
"""

from __future__ import annotations

from app.core.analysis.credit_names import is_news_outlet
from app.core.analysis.description_words import (
    ACRONYM_SKIP,
    ANY_KIND_OF_ORG,
    LOOKS_PAST_ANOTHER_KIND,
    ORG_REACH,
    business_named,
    other_kind,
    same_kind,
)
from app.core.analysis.entities import HEAD_SPLIT, UNKNOWN
from app.core.analysis.first_names import is_first_name
from app.core.analysis.mentions import Mention
from app.core.analysis.phrases import head_noun, self_described, strip_determiner
from app.core.analysis.police_services import PoliceMemory
from app.core.analysis.referents import Organisation, Person

# What a description of a news body is headed by: "the paper said" may mean the Herald.
_NEWS_HEADS = frozenset(
    "newspaper paper daily tabloid outlet publication magazine agency broadcaster network "
    "channel station site website newsroom wire".split()
)


class OrganisationMemory(PoliceMemory):
    """Organisations the resolver remembers, and the names no person has that stand for one."""

    # Set by Resolver.__init__; declared here for readers and type checkers.
    _orgs: list[Organisation]
    _org_names: set[str]
    _recent: list[Person]
    _tick: int
    _ticks_at: list[tuple[int, int]]
    people: dict[str, Person]
    _things: list[tuple[str, int]]
    _last_spoken: tuple[str, int] | None
    _dealt: dict[str, int]  # bodies met as the object of a verb of joint action (deal_verbs.py)

    def _org_short_form(self, name: str) -> str | None:
        """ "Big Machine" after "Big Machine Label Group": the organisation, not a person."""
        tokens = name.split()
        if not tokens or self._known(name):
            return None
        first_name = len(tokens) == 1 and is_first_name(name)
        for org in reversed(self._orgs):
            if tokens[0] not in org.name:
                continue  # its first word is not in the name: no split needed (speed)
            words = org.name.split()
            if len(words) > len(tokens) and words[: len(tokens)] == tokens:
                # "Clinton" after "the Clinton Foundation" is still Clinton; "Calder" after
                # "Calder Robotics Inc." is the firm, whose name says it is a business
                if first_name and not business_named("company", org.name):
                    return None
                return org.name
        return None

    def _body_again(self, mention: Mention) -> bool:
        """ "Vantor said" after "Vantor, the company's biggest rival, said": a name the story
        has given a body before, met again with nothing saying it is a person's (no title,
        no gender, no person of that name)."""
        return (
            mention.entity is UNKNOWN
            and not mention.title
            and not mention.gender
            and mention.name in self._org_names
            and not self._known(mention.name)
        )

    def _spelled_out(self, name: str) -> str | None:
        """The full name an acronym stands for, if the story named it in full before."""
        letters = name.replace(".", "")
        if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
            return None
        for full in self._org_names:
            words = [w for w in full.split() if w.lower() not in ACRONYM_SKIP]
            if len(words) >= 2 and "".join(w[0] for w in words).upper() == letters:
                return full
        return None

    def _note_org(self, name: str) -> None:
        for org in self._orgs:
            if org.name == name:
                org.seen = self._tick
                self._orgs.remove(org)
                self._orgs.append(org)
                return
        self._orgs.append(Organisation(name, self._tick, first=self._tick))
        self._org_names.add(name)
        if len(self._orgs) > 16:
            del self._orgs[:4]

    def _refer_to_org(self, text: str) -> None:
        """A definite description of an organisation outside a quote's tag: "the bank" brings
        the bank back to mind; "the government", after only a trade body was named, is an
        organisation of its own, so a later "it says" is the government's."""
        words = HEAD_SPLIT.split(text.lower(), maxsplit=1)[0].split()
        if len(words) < 2 or words[0] not in ("the", "this", "that"):
            return
        if self_described(text):
            # "The Unite union said": a body its own description names, met now; a later
            # "it said" is the union's, not the company named before it
            if words[0] == "the" and len(words) <= 4:
                self._note_org(strip_determiner(text))
            return
        org = self._org_for(head_noun(words[-1]))
        if org is None:
            self._note_org(strip_determiner(text))
        elif org is not self._orgs[-1]:
            self._note_org(org.name)

    def _recent_org(self) -> Organisation | None:
        if self._orgs and self._tick - self._orgs[-1].seen <= ORG_REACH:
            return self._orgs[-1]
        return None

    def _org_named_before(self, at: int, past_outlets: bool = False) -> Organisation | None:
        """The latest organisation named before offset `at`: "According to the complaint, the
        firm ..." names the firm after the complaint, so the firm did not file it. With
        `past_outlets`, a news outlet is looked past: "A letter, seen by Reuters, said" is not
        Reuters' letter."""
        upto = self._tick
        for where, tick in reversed(self._ticks_at):
            if where < at:
                break
            upto = tick - 1
        for org in reversed(self._orgs):
            if self._tick - org.seen > ORG_REACH:
                return None
            if org.seen <= upto and not (past_outlets and is_news_outlet(org.name)):
                return org
        return None

    def _own_tick(self, at: int) -> int:
        """The tick at which the mention at offset `at` was met, when it was met in the
        sentence being read (else the current tick): what a description there may refer back
        to was named by then, not in its own aside after it ("The group, led by Keel
        Partners, said")."""
        for where, tick in reversed(self._ticks_at):
            if where == at:
                return tick
            if where < at:
                break
        return self._tick

    def _org_for(self, head: str, besides: str = "", upto: int = -1) -> Organisation | None:
        """The organisation "the <head>" refers back to: one whose name holds the head ("the
        bank": Northgate Bank), else the latest one named unless its name says it is another
        kind ("the department" is not Hillside Academy); "the company" looks past a ministry,
        "the agency" past the company a regulator sued. `besides` is the description being
        resolved, remembered as an organisation of its own when it was met before any name
        ("The company said in a statement" after "Northway Lines, which runs the ferry"): it
        never refers back to itself. With `upto`, a body first named after that tick is no
        referent."""
        org = self._org_with_head(head, besides, upto)
        if org is not None:
            return org
        # a firm met only as where an analyst works is no "the company" the story is about
        # and a paper the story cites ("According to the Harbour Herald, ...") is no "the
        # police" or "the council": only a description of a news body may mean it
        outlets_too = head in _NEWS_HEADS
        orgs = [
            org
            for org in self._orgs
            if org.name.lower() != besides
            and not org.commentator
            and (outlets_too or not is_news_outlet(org.name))
            and (upto < 0 or org.first <= upto)
        ]
        for back, org in enumerate(reversed(orgs)):
            if self._tick - org.seen > ORG_REACH or (back and head not in LOOKS_PAST_ANOTHER_KIND):
                return None
            if not other_kind(org.name, head) and not other_kind(self._in_full(org.name), head):
                return org
        return None

    def _bodies_named(self, count: int) -> bool:
        """Has the story named at least `count` bodies within reach (no commentator's firm or
        news outlet among them)? "The companies said" then speaks for them together."""
        found = 0
        for org in reversed(self._orgs):
            if self._tick - org.seen > ORG_REACH:
                break
            if _a_voice(org):
                found += 1
                if found >= count:
                    return True
        return False

    def _statement_issuer(self, kind: str) -> str | None:
        """Who issued "a statement" or "a club statement": a body named with the kind's word,
        else the organisation just before when it was a subject lately. One met only as an
        object ("Ambar Tools Ltd filed suit at Calder County Court") or of another kind than
        the statement names (no court issues a company statement) is looked past, to a name no
        person has met as a subject since ("But Pell intends to fight"), else the latest body
        met as a subject lately, of that kind."""
        org = self._org_with_head(kind) if kind else None
        if org is not None:
            return org.name
        org = self._recent_org()
        if org is None:
            return None
        lately = max(0, self._tick - 10)
        typed = kind in ANY_KIND_OF_ORG
        if org.subject_at >= lately and not (typed and other_kind(org.name, kind)):
            return org.name
        thing = self._org_behind_a_name(kind, after=org.seen)
        if thing is not None:
            return thing
        for other in reversed(self._orgs):
            if (
                other is not org
                and other.subject_at >= lately
                and _a_voice(other)
                and not (typed and other_kind(other.name, kind))
            ):
                return other.name
        return None

    def _subject_body(self, org: Organisation, head: str) -> Organisation | None:
        """ "Fenwick Holdings agreed to buy Marlow Mining. “…,” the company said": the body the
        last sentence had as its subject, when the one "the company" found (named last) was
        met since only as that sentence's object, and the subject is of the kind the head
        asks for as surely as the object is (a firm buying a firm); only after a verb of joint
        action (deal_verbs.py): after "Kestrel sued Harbourline" either side may answer."""
        if org.subject_at == org.seen or org.commentator or self._dealt.get(org.name) != org.seen:
            return None  # named last as a subject, a commentator's firm, or not one party to a deal
        kinds = same_kind(head)

        def named_for(name: str) -> bool:
            """Does the body's own name say it is of the head's kind ("Marlow Mining")?"""
            return business_named(head, name) or bool(kinds & set(name.lower().split()))

        by_name = named_for(org.name)
        for other in self._orgs:
            if (
                other is not org
                and other.subject_at == self._subject_tick
                and other.subject_at < org.seen
                and _a_voice(other)
                and (
                    named_for(other.name)
                    if by_name
                    else not other_kind(self._in_full(other.name), head)
                )
            ):
                return other
        return None

    def _in_full(self, name: str) -> str:
        """The name a short form was first given in full ("Brightwater" after "Brightwater Energy
        plc"), which says what kind of body it is; else the name itself. "The government" after
        "Brightwater's chairman" is no Brightwater."""
        prefix = name + " "
        return next((o.name for o in reversed(self._orgs) if o.name.startswith(prefix)), name)

    def _org_with_head(self, head: str, besides: str = "", upto: int = -1) -> Organisation | None:
        """ "the bank" after "Northgate Bank", "the force" after Westvale Police, however far;
        "the company" after "a scaffolding company" and then "Hollin & Drew Scaffolding Ltd" is
        the firm named last, not the description before its name."""
        kind = same_kind(head)
        for org in reversed(self._orgs):
            if org.name.lower() == besides or (upto >= 0 and org.first > upto):
                continue
            if kind & set(org.name.lower().split()):
                return org
            if business_named(head, org.name) and not org.commentator:
                return org
        return None

    def _org_by_trade(self, words: list[str], upto: int = -1) -> Organisation | None:
        """The latest organisation, within reach, whose name holds the word describing "the
        <word> <head>": "the mining company" is Marlow Mining even when Fenwick Holdings was
        named since; "the production company" Harlow Lane Productions (plurals included)."""
        # (a short word before the head is most often an adjective: "the new company")
        modifiers = [w for w in words[1:-1] if len(w) >= 4 and w.isalpha()]
        if not modifiers:
            return None
        for org in reversed(self._orgs):
            if self._tick - org.seen > ORG_REACH:
                return None
            if upto >= 0 and org.first > upto:
                continue
            names = org.name.lower().split()[1:]  # the first word is the body's own name
            if any(n in (m, m + "s", m + "es") for m in modifiers for n in names):
                return org
        return None

    def _thing_subject(self, name: str) -> None:
        self._things.append((name, self._tick))
        if len(self._things) > 8:
            del self._things[:4]

    def _org_behind_a_name(self, head: str = "", after: int = -1) -> str | None:
        """For "the company" with no organisation named: the latest subject named in a way no
        person is ("Harlow Foods apologised", "Ashford Town have parted company"), which then
        counts as an organisation."""
        best: tuple[int, str] | None = (after, "") if after >= 0 else None
        for name, tick in self._things:
            if self._tick - tick <= ORG_REACH and (best is None or tick > best[0]):
                best = (tick, name)
        for person in self._recent:
            words = person.name.split()
            if (
                (
                    (len(words) >= 2 and person.named_in_full)
                    # "Oxfam said ... The charity added": one word, no one's surname
                    or (
                        len(words) == 1
                        and head in ANY_KIND_OF_ORG
                        and not self._surname_of_someone(person)
                    )
                )
                and not person.gender
                and not person.title
                and not person.descriptions
                and not is_first_name(words[0])
                and person.subject_at >= 0
                and self._tick - person.subject_at <= ORG_REACH
                and (best is None or person.subject_at > best[0])
            ):
                best = (person.subject_at, person.name)
        if best is None or not best[1]:
            return None
        name = best[1]
        person = self.people.pop(name, None)
        if person is not None and person in self._recent:
            self._recent.remove(person)
        self._note_org(name)
        return name

    def _speaker_as_body(self, block: int) -> str | None:
        """ "“…,” Kestrel said in a statement. “…,” it added": no person is "it", so the one-word
        name that spoke just before (this paragraph or the one before) is a body's, when
        nothing said it is a person's: no gender but a first name's guess, no title or
        description, no one else's surname. It counts as an organisation from then on."""
        spoken = self._last_spoken
        if spoken is None or block - spoken[1] > 1:
            return None
        name = spoken[0]
        if " " in name or not name[:1].isupper():
            return None
        person = self.people.get(name)
        if person is not None and (
            # a gender guessed from a first name alone says little ("Kestrel" may be one)
            person.gender_from not in ("", "first name")
            or person.title
            or person.descriptions
            or person.marked_as_person
        ):
            return None
        # (this pass over everyone answers "no one else's surname" for a known name too)
        if any(len(w := p.name.split()) >= 2 and w[-1] == name for p in self.people.values()):
            return None  # "Okafor" after "Ada Okafor": her surname
        if person is not None:
            del self.people[name]
            if person in self._recent:
                self._recent.remove(person)
        self._note_org(name)
        return name

    def _surname_of_someone(self, single: Person) -> bool:
        """Is this one-word name the last name of another person in the story?"""
        word = single.name
        return any(
            p is not single and len(p.name.split()) >= 2 and p.name.split()[-1] == word
            for p in self.people.values()
        )

    def is_organisation(self, name: str) -> bool:
        # (every organisation _note_org keeps in self._orgs has its name in self._org_names,
        # which never forgets one: the set alone answers, without a pass over the list)
        return name in self._org_names


def _a_voice(org: Organisation) -> bool:
    """A body the story may quote: not a commentator's firm ("an analyst at Moorgate
    Securities") nor a news outlet the story cites."""
    return not org.commentator and not is_news_outlet(org.name)
