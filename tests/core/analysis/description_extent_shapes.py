"""Generated stories for the description-extent battery (test_description_extent_battery.py).

An unnamed source is often described by a person noun, where they work, a clause about that
place and an aside: "The fleet manager at a Kelmarsh haulier that runs 40 lorries, who asked not
to be named, said ...". The clause about the place ("that runs 40 lorries") says what the
haulier is, not who the speaker is: the mention as written stops before it, and the speaker is
the short description (the person noun without where they were met, speaker_forms.py) or the
description with the place. Every person, place and sentence here is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

PEOPLE = (
    "The fleet manager",
    "A night nurse",
    "One engineer",
    "A senior buyer",
    "The duty manager",
    "A shift supervisor",
)
PLACES = (
    ("at a Kelmarsh haulier", "that runs 40 lorries"),
    ("at a Tarnside hospital", "which has 300 beds"),
    ("at a warehouse in Felsham", "that supplies most of the county"),
    ("at a boatyard near Dunmere", "which builds ferries"),
)
ASIDES = (
    "who asked not to be named",
    "speaking on condition of anonymity",
    "who was not authorised to speak publicly",
)
FORMS = (
    "{who}, {aside}, said the change “came far too late.”",
    "{who}, {aside}, said: “Nobody told us about the second shift.”",
)


@dataclass(frozen=True)
class Story:
    """One generated story, the speakers an editor accepts and the mention as written."""

    id: str
    text: str
    speakers: tuple[str, ...]
    mention: str


def stories() -> list[Story]:
    """Every person at every place, with an aside, in each form."""
    out: list[Story] = []
    for p, person in enumerate(PEOPLE):
        for w, (place, clause) in enumerate(PLACES):
            for f, form in enumerate(FORMS):
                aside = ASIDES[(p + w + f) % len(ASIDES)]
                who = f"{person} {place} {clause}"
                text = "Not everyone agreed. " + form.format(who=who, aside=aside)
                short = person
                out.append(
                    Story(
                        f"extent-{p}-{w}-{f}",
                        text,
                        (short, f"{short} {place}"),
                        f"{person} {place}",
                    )
                )
    return out
