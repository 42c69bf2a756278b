"""Which police or fire service a bare "police said" or "Westvale police" means: the one service
the story named ("the Calder Police Service", "Calder Police Chief Ann Roe"), however far back.

Copy names a force once in full and then calls it "police", "officers" or "gardaí"; two forces
named leave the bare word as written. A mixin of org_memory.py's OrganisationMemory (the
resolver's memory of the bodies named), split from it to keep that module under the house
limit: these are the readings of one kind of body by its bare common noun.
"""

from __future__ import annotations

from app.core.analysis.entities import PLACES
from app.core.analysis.referents import Organisation, Person

# The words that make a capitalised name a police service ("the Calder Police Service", "Police
# Scotland", "the Harbour Constabulary"), and the words of its kind that may
# follow ("Service", "Department", "Force"): "Police Federation" or "Office for Police Conduct"
# name a union and a watchdog, which copy never calls "police".
_POLICE_WORDS = frozenset("police constabulary garda gendarmerie".split())
_SERVICE_WORDS = frozenset("service department dept dept. force síochána siochana".split())
# What copy calls a police service by, bare: "police said", "officers said", "gardaí said".
BARE_POLICE = frozenset("police officers gardaí gardai".split())

# "Westvale police", "Westvale fire officials": a place's force, named in full before as the
# "Westvale Police Department" or the "Westvale Fire Service".
FORCE_ENDINGS = (" police", " fire officials", " firefighters")
_FORCE_WORDS = {" police": ("police", "constabulary"), " fire officials": ("fire",)}


def police_service_key(name: str) -> frozenset[str] | None:
    """The words that tell one police service from another ("calder" for "Calder Police
    Service" and "Calder Police"), or None when the name is no police service."""
    words = name.split()
    lowered = [w.lower().strip(",") for w in words]
    at = next((i for i, w in enumerate(lowered) if w in _POLICE_WORDS), -1)
    if at < 0 or not words[at][:1].isupper():
        return None
    tail = lowered[at + 1 :]
    while tail and tail[0] in _SERVICE_WORDS:
        tail = tail[1:]
    if tail and tail[0] != "of" and not (len(tail) == 1 and tail[0] in PLACES):
        return None  # "Police Federation", "Police Complaints Authority"
    if len(words) == 1:
        return None  # "Police" alone names no service
    own = frozenset(lowered) - _POLICE_WORDS - _SERVICE_WORDS - {"the", "of", "an"}
    # a national service may have no place in its name ("Garda Síochána"): its words tell it
    return own or frozenset(lowered) - {"the", "an"}


# Words before an office's place that say the office is no longer held, and words that qualify
# the office rather than name the place.
_PAST_OFFICE = frozenset("former retired ex ex- late then onetime erstwhile".split())
_OFFICE_MODIFIERS = frozenset("acting deputy interim assistant temporary new incoming".split())


def _service_in_title(title: str) -> str | None:
    """The police service an office title holds ("Calder Police" in "Calder Police Chief"):
    the chief of a place's police names that service as "the Calder Police Service" would."""
    words = title.split()
    if words and words[0].lower() in _PAST_OFFICE:
        return None  # "Retired Harbour Police Chief Tom Vell" speaks for no service now
    while words and words[0].lower() in _OFFICE_MODIFIERS:
        words = words[1:]  # "Acting Harbour Police Chief": the service is "Harbour Police"
    at = next((i for i, w in enumerate(words) if w.lower() in _POLICE_WORDS), -1)
    if at < 1 or not words[at][:1].isupper():
        return None
    end = at + 1
    while end < len(words) and words[end].lower() in _SERVICE_WORDS:
        end += 1
    if end == len(words):
        return None  # the title is the service itself, no office held in it
    return " ".join(words[:end]) if police_service_key(" ".join(words[:end])) else None


def _fullness(name: str) -> tuple[int, str]:
    """How full a name is, for keeping the fuller of two names of one body (ties by spelling,
    so the choice never hangs on the order a set is read in)."""
    return len(name), name


class PoliceMemory:
    """The resolver's reading of a police or fire service called by a bare word (a mixin)."""

    # Set by Resolver.__init__; declared here for readers and type checkers.
    _orgs: list[Organisation]
    _org_names: set[str]
    people: dict[str, Person]

    def _the_police_service(self, bare: str = "police") -> str | None:
        """The one police service the story has named, however far back: "police said" or
        "officers said" three paragraphs after "the Calder Police Service" is that service. With
        two services named ("Calder Police" and "Harbour Constabulary", or "Calder Police" and
        "Calder County Police") bare "police" may be either, and stays as written; a name and
        its short form ("Calder Police", "Calder Police Service") are one. Bare "officers" is
        the service only when no other body of officers is named ("the Prison Officers'
        Association"): their members are officers too. A service named only in an office title
        ("Calder Police Chief Ann Roe") counts as named."""
        titled = (_service_in_title(p.title) for p in self.people.values() if p.title)
        # sorted: the answer never hangs on the order a set is read in
        names = sorted({*self._org_names, *(n for n in titled if n)})
        if bare == "officers" and any(
            w.lower().rstrip("'’s").startswith("officer") for n in names for w in n.split()
        ):
            return None
        services: dict[frozenset[str], str] = {}
        for name in names:
            key = police_service_key(name)
            if key is None:
                continue
            held = services.get(key)
            if held is None or _fullness(name) > _fullness(held):
                services[key] = name  # the fuller name: "Calder Police Service"
        return next(iter(services.values())) if len(services) == 1 else None

    def _force_named_before(self, text: str) -> str | None:
        """The body "Westvale police" (or "Westvale fire officials") stands for: one named
        before whose name opens with the same place and holds the force's word ("Westvale
        Police Department"), however far back; else None."""
        ending = next(e for e in FORCE_ENDINGS if text.endswith(e))
        place = text[: -len(ending)]
        if not place or not all(w[:1].isupper() for w in place.split()):
            return None
        words = _FORCE_WORDS.get(ending, ("fire",))
        prefix = place + " "
        for org in reversed(self._orgs):
            rest = org.name[len(prefix) :].lower().split() if org.name.startswith(prefix) else []
            if rest and rest[0] in words:
                return org.name
        return None
