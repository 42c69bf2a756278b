"""A site's placeholder account in a byline: "By Admin", "By Editor", "Posted by webmaster".

Publishing systems print the account that posted a page where a byline goes, and many small
sites post everything from the account the system created ("admin", "editor"). The line is a
credit line by its shape, but it names no one: crediting "Admin" as a writer is a credit the
editor must delete by hand. The credit is dropped; any other credit on the line is kept.

The Swahili papers' "Na Mwandishi Wetu" ("By Our Writer") is dropped the same way.

Only the whole name is tested, so "By Ana Lima, Editor" (a title after a name) and "By Tom
Editor" (a surname) are untouched.
"""

from __future__ import annotations

from app.core.analysis.credit_line import CreditLine

# The accounts publishing systems create and sites leave in place, as bylines print them.
_PLACEHOLDERS = frozenset(
    """admin administrator administrators editor editors webmaster webadmin siteadmin
    site-admin superadmin superuser""".split()
) | frozenset(("site admin", "site administrator", "site editor", "web editor", "super user"))
# The paper's own unnamed writer in Swahili bylines ("Na Mwandishi Wetu": "By Our Writer", as
# "By Our Correspondent" is read as no one): names no person either.
_HOUSE_WRITERS = frozenset(("mwandishi wetu", "waandishi wetu", "mwandishi maalum"))


def without_placeholders(found: CreditLine) -> CreditLine:
    """`found` without the credits that name a placeholder account; `found` when none does."""
    kept = [
        c
        for c in found.credits
        if c.name.strip().lower() not in _PLACEHOLDERS
        and c.name.strip().lower() not in _HOUSE_WRITERS
    ]
    if len(kept) == len(found.credits):
        return found
    return CreditLine(kept, found.failed, found.caption)
