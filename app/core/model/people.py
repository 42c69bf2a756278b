"""Who a story names and credits: directory entries, credits and sources.

Sources carry private fields (contact, notes, a confidential name) that never leave the
workstation; app.core.confidential decides what an export may show.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.model.enums import CreditRole


@dataclass(frozen=True, slots=True)
class Person:
    """An entry in the contributor directory."""

    name: str
    email: str | None = None
    url: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Credit:
    """One contributor's part in a story, in credit-line order.

    `organisation` is the agency or outlet the credit line names for this contributor ("Ana
    Lima/Reuters", "By Ana Lima, Associated Press", "Photo: AFP / Ana Lima"): kept apart from the
    name so a house style never credits one agency's picture to another ("AP Photo/Ana Lima"
    for a Reuters photographer) and exports can say who the contributor worked for.
    """

    role: CreditRole
    name: str
    location: str | None = None
    email: str | None = None
    organisation: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {
            "role": str(self.role),
            "name": self.name,
            "location": self.location,
            "email": self.email,
            "organisation": self.organisation,
        }


@dataclass(frozen=True, slots=True)
class Source:
    """Someone or something that informs a story.

    `contact` and `notes` are private: they never leave the workstation (no export, no search
    index, no CLI output without an explicit flag). A confidential source's name is private too.
    """

    name: str
    title: str | None = None
    description: str | None = None
    anonymous: bool = False
    confidential: bool = False
    contact: str | None = None
    notes: str | None = None
    id: int | None = None

    def to_json(self, private: bool = False) -> dict[str, object]:
        data: dict[str, object] = {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "anonymous": self.anonymous,
            "confidential": self.confidential,
        }
        if private:
            data["contact"] = self.contact
            data["notes"] = self.notes
        return data
