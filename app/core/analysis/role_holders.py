"""Who holds a role: "the minister said" is the one person the story gave that role.

A reporter introduces someone with their role ("Transport Minister Hugh Varley", "Hugh Varley,
the minister", "Hugh Varley is the club's striker") and later calls them by it alone ("the
minister said"). The resolver (descriptions.py) asks here for everyone the story has given the
role, by the same word or by another word for it (roles.py): one holder is the speaker; two are
no one, since the copy did not say which of them speaks.

Some words before a role say the person does not hold it: a shadow secretary is no secretary,
a deputy manager no manager, a former minister no longer the minister. Such a role is kept
with its qualifier ("shadow secretary"), so a description that says it again ("the shadow
secretary said") finds them, and a plain one ("the principal") only when no one holds the
role itself (never a shadow's).
"""

from __future__ import annotations

from app.core.analysis.nationals import nationality_key
from app.core.analysis.referents import Person
from app.core.analysis.roles import kin_of

# Words before a role that deny holding it (the role of another, or of the past).
NOT_THE_HOLDER = frozenset({"shadow", "former", "deputy", "assistant", "vice", "ex"})
# Of those, the ones a plain role means when no one holds the role itself (in this order).
_STANDS_IN = ("deputy", "assistant", "vice", "former", "ex")
# Of those, the one a later plain role may still mean: "the former striker" is met again as
# "the striker" only when no one holds the role now.
_STILL_CALLED = frozenset({"former", "ex"})


def qualified_role(words: list[str], head: str) -> str:
    """The role as a person holds it: `head`, or "shadow secretary" when a word before it
    (in `words`, lower-case, the head last or absent) denies holding it."""
    for word in words:
        if word in NOT_THE_HOLDER:
            return f"{word} {head}"
    return head


def title_roles(title: str) -> set[str]:
    """The role words a title before a name gives ("Transport Minister" -> {"transport",
    "minister"}), each kept with a qualifier the title has ("Shadow Transport Secretary" ->
    {"shadow transport", "shadow secretary"}): a shadow secretary holds no secretary's role."""
    words = [w.rstrip(".,").lower() for w in title.split()]
    qualifier = next((w for w in words if w in NOT_THE_HOLDER), "")
    if not qualifier:
        return set(words)
    return {f"{qualifier} {w}" for w in words if w != qualifier}


def _holds(person: Person, role: str, titled: bool) -> bool:
    return role in person.descriptions or (titled and role in title_roles(person.title))


class RoleHolders:
    """The people a story gave a role: whom a definite description of that role means."""

    # Set by Resolver.__init__; declared here for readers and type checkers.
    _recent: list[Person]
    people: dict[str, Person]
    _unnamed: dict[str, Person]

    def _role_holders(self, role: str) -> tuple[list[Person], str]:
        """Everyone recent given `role` ("minister", "shadow secretary"), latest first, and the
        word they were given; else everyone given another word for it ("the boss" after "the
        chief executive"), and that word. ([], "") when no one was."""
        if not role:
            return [], ""
        head = role.rsplit(" ", 1)[-1]
        # a nationality in a title ("Fellow Kenyan Amos Lel") may be shared: nationals.py
        # counts who was given it
        titled = nationality_key(head) is None
        holders = [p for p in reversed(self._recent) if _holds(p, role, titled)]
        if holders:
            return holders, role
        if role != head:
            qualifier = role.split(" ", 1)[0]
            if qualifier not in _STILL_CALLED:
                return [], ""
            # "the former striker" with no one called so: whoever is called the striker
            return self._role_holders(head)
        kin = kin_of(head)
        found: list[Person] = []
        word = ""
        for person in reversed(self._recent):
            words = person.descriptions | title_roles(person.title)
            same = kin & words
            if same:
                found.append(person)
                word = word or min(same)
        if found:
            return found, word
        # "The Deputy Principal of Northgate College, Ana Ruiz, ... the principal said": with
        # no one holding the role itself, its deputy is meant (never its shadow)
        for qualifier in _STANDS_IN:
            graded = f"{qualifier} {head}"
            found = [p for p in reversed(self._recent) if _holds(p, graded, titled)]
            if found:
                return found, graded
        return [], ""

    def _central_figure(self, gender: str) -> Person | None:
        """ "Hugh Varley's buses bill ... For Hugh Varley, the moment came ... “…,” the minister
        said": with no one given the role, the one person named in full more than once who was
        given no role of their own (everyone else in the story came with one) and was not yet
        quoted by name is whom the story calls by an office it never stated. None when there
        are two such people. (One quoted already is credited by name: "said Ana Ruiz ... the
        nurse said" is someone else.)"""
        found: Person | None = None
        for person in self.people.values():
            if (
                person.named_in_full
                and person.times_named >= 2
                and not person.roles
                and not person.title
                and not person.quoted
                and (not gender or person.gender in (gender, ""))
                and self._unnamed.get(person.name) is not person
            ):
                if found is not None and found is not person:
                    return None
                found = person
        return found
