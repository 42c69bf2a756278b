"""People who speak for an organisation as a body: "lawyers for the company", "its organizers".

A company's court filing is the company's case, written by its lawyers, and a group's post is
the group's, written by its organizers: the words are the organisation's (the gold's rule for a
party's filing), so the quote goes to the body the description names. Only a body: "lawyers for
Ana Ruiz" stay as written, since a person speaks for themself. A mixin of the description
resolver (descriptions.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.core.analysis.mention import NOMINAL, PRONOUN
from app.core.analysis.mentions import Mention, phrase_kind
from app.core.analysis.referents import Resolution

# "lawyers for the company", "attorneys representing Calder Homes", "the company's lawyers"
_COUNSEL = r"(?:lawyers|attorneys|solicitors|barristers)"
_COUNSEL_FOR_RE = re.compile(rf"(?i:(?:the\s+)?{_COUNSEL})\s+(?:for|representing)\s+(.+)")
_OWN_COUNSEL_RE = re.compile(rf"(.+?)['’]s?\s+{_COUNSEL}")
# "its organizers", "its founders": the people who run the body "it" is
_ITS_PEOPLE_RE = re.compile(r"(?i:its)\s+(?:organi[sz]ers|founders|leaders|leadership)")


class PartyVoices:
    """Whose words "lawyers for the company" or "its organizers" give: the body's."""

    # The resolver's own (descriptions.py, pronouns.py, org_memory.py).
    _resolve_nominal: Callable[[Mention, int], Resolution]
    _resolve_pronoun: Callable[..., Resolution]
    _org_short_form: Callable[[str], str | None]
    is_organisation: Callable[[str], bool]

    def _party_spoken_for(self, mention: Mention, block: int) -> Resolution | None:
        """The organisation a description of its lawyers or organizers speaks for, or None
        (a person's lawyers, or a body the story did not name)."""
        text = mention.text
        if "s " not in text:  # cheap test first (speed): every form has a plural noun
            return None
        if _ITS_PEOPLE_RE.fullmatch(text):
            owner = self._resolve_pronoun(Mention(0, 0, "it", PRONOUN), block)
            if self.is_organisation(owner.name):
                return Resolution(owner.name, True, f"{text} speak for it: {owner.reason}")
            return None
        found = _COUNSEL_FOR_RE.fullmatch(text) or _OWN_COUNSEL_RE.fullmatch(text)
        if found is None:
            return None
        party = found.group(1)
        if party.startswith("The "):
            party = "the " + party[4:]  # "The company’s lawyers" open the sentence
        if party[:1].isupper():
            body = self._org_short_form(party) or party
            if not self.is_organisation(body):
                return None
            return Resolution(body, True, f"{text} speak for {body}, named before")
        described = Mention(0, 0, party, NOMINAL, entity=phrase_kind(party))
        owner = self._resolve_nominal(described, block)
        if owner.name == party or not self.is_organisation(owner.name):
            return None
        return Resolution(owner.name, True, f"{text} speak for {party}: {owner.reason}")
