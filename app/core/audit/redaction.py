"""The confidentiality rule applied to every passage an audit report quotes.

Names are found exactly as the exporters find them (app.core.confidential.locate: accents,
confusable letters, transliteration, a right-to-left override, markup inside a name,
particles, handles and URL slugs, the surname alone as a capitalised word), and replaced by
"[confidential source]"; a source's private contact (each part of it, and a phone number
however punctuated: app.core.contactmatch) and notes are replaced too. A surname
misspelt by one slip (app.core.namenear: "Kowalcyzk") is replaced as well: an export lets an
editor release such a word with a reason (it may be another person), but a report quoting
passages has no such step, and a word wrongly hidden in a record costs less than a source
named in one. A private
report (`--private`) redacts nothing. The report is then checked as an export is
(app.core.exporting.confidential.assert_clean), so both say the same of a name.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.confidential import locate, names_any, replace_spans
from app.core.exporting.confidential import secret_spans
from app.core.model import Source
from app.core.namematch import merge_spans
from app.core.namenear import near_names

PLACEHOLDER = "[confidential source]"
NAME = "confidential source"
"""How a confidential source appears where its name would be (a speaker, a sources table)."""


class Redactor:
    """Callable that returns a text with confidential sources' names and details taken out."""

    def __init__(self, hidden: Sequence[Source], *, spared: Sequence[str] = ()) -> None:
        """`spared`: people the story names on purpose (its credited writers), whose surnames
        are never taken for a misspelt source's."""
        self.hidden = tuple(hidden)
        self._names = [s.name for s in self.hidden]
        self._spared = tuple(spared)
        # A report repeats its passages (a finding's message and context for each of many
        # findings of one kind): each text is read once per report.
        self._done: dict[tuple[str, bool], str] = {}

    def __bool__(self) -> bool:
        return bool(self.hidden)

    def __call__(self, text: str | None, *, caseless: bool = False) -> str:
        """`text` redacted; `caseless` for text that lost its capitals (a slug)."""
        if not text or not self.hidden:
            return text or ""
        key = (text, caseless)
        done = self._done.get(key)
        if done is None:
            done = self._done[key] = self._redacted(text, caseless)
        return done

    def _redacted(self, text: str, caseless: bool) -> str:
        # The places the export gate asks (exporting.confidential.secret_spans), and the
        # markup read as text too: a passage is printed as written, markup and all, so a name
        # in an attribute or an HTML comment is as legible there as in the text.
        spans = secret_spans(text, self.hidden, spared=self._spared, caseless=caseless)
        spans += locate(text, self.hidden, markup=False, caseless=caseless)
        return replace_spans(text, merge_spans(spans), PLACEHOLDER) if spans else text

    def slug(self, text: str | None) -> str:
        """A slug or file name: a surname counts there in lower case too."""
        return self(text, caseless=True)

    def names(self, text: str | None) -> bool:
        """Does `text` (a speaker, a source's name) name a confidential source, or one slip
        from one?"""
        if not text or not self.hidden:
            return False
        return names_any(text, self.hidden) or bool(
            near_names(text, self._names, markup=False, spared=self._spared)
        )

    def person(self, text: str | None) -> str:
        """A name field: "confidential source" when it names one, else the name as given."""
        if not text:
            return ""
        return NAME if self.names(text) else self(text)
