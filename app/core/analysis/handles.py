"""The name someone posts under online: "A user posting as gridlock_ghost wrote", "a member who
goes by tessellate", "a commenter using the handle @quietriver". The handle is whom the copy
quotes, though it is no capitalised name the name scan would find.

Found from the short words " as ", " by ", " under " and "using the " with str.find, then the
verb before and the handle after are read where they stand: a pattern searched over every
paragraph cost a hundredth of the time budget (speed).
"""

from __future__ import annotations

import re

from app.core.analysis.entities import PERSON
from app.core.analysis.mention import NAME, Mention

# The verb before each cue word that makes what follows a name someone posts under.
_VERBS_BEFORE = {
    " as ": frozenset(
        "posting posts posted writing writes commenting comments online tweeting".split()
    ),
    " under ": frozenset("posting posts posted writing writes commenting comments".split()),
    " by ": frozenset("goes going went".split()),
    " using ": frozenset(),  # "using the handle ...": the noun after says it
}
_NAME_NOUNS = r"(?:handle|username|user\s?name|screen\s?name|name)"
_AFTER_RE = re.compile(
    rf"(?:the\s+(?P<n>{_NAME_NOUNS})\s+)?(?P<h>@?[A-Za-z0-9_][\w.-]*[A-Za-z0-9_])"
)
# Words that follow "posting as" or "goes by" without being a handle ("posting as a nurse",
# "goes by quickly", "posting as usual").
_NOT_HANDLES = frozenset(
    """a an the his her their its my our your one him them himself herself themselves
    usual normal well car bus train foot bike air sea now then""".split()
)


# Who posts, set before a handle between commas: "one user, brokenpedal, asked". Each ends
# in "r", so one find of "r, " finds them all.
_POSTERS = frozenset(
    "user commenter poster member reader follower redditor subscriber viewer listener".split()
)
_APPOSED_RE = re.compile(r"(?P<h>@?[A-Za-z0-9_][\w.-]*[A-Za-z0-9_]),")


def _marked(word: str) -> bool:
    """A mark no plain word has: @, an underscore, a digit, a capital inside."""
    return (
        word[0] == "@"
        or "_" in word
        or any(c.isdigit() for c in word)
        or any(c.isupper() for c in word[1:])
    )


def handle_mentions(text: str, start: int, end: int) -> list[Mention]:
    """The handles named in text[start:end], as names of people. A capitalised plain word
    ("goes by Ray") is left to the name scan, which finds it."""
    out: list[Mention] = []
    for cue, verbs in _VERBS_BEFORE.items():
        at = text.find(cue, start, end)
        while at != -1:
            found = _handle_at(text, at, cue, verbs, end)
            if found is not None:
                out.append(found)
            at = text.find(cue, at + 1, end)
    at = text.find("r, ", start, end)
    while at != -1:
        space = text.rfind(" ", max(0, at - 14), at)
        if text[space + 1 : at + 1].lower() in _POSTERS:
            m = _APPOSED_RE.match(text, at + 3, end)
            # only a handle no word could be ("one reader, retired," "one member, however,")
            if m is not None and _marked(m.group("h")):
                handle = m.group("h")
                out.append(Mention(m.start(), m.end("h"), handle, NAME, name=handle, entity=PERSON))
        at = text.find("r, ", at + 3, end)
    return out


def _handle_at(text: str, at: int, cue: str, verbs: frozenset[str], end: int) -> Mention | None:
    """The handle after the cue word at `at`, when the verb before it says one follows."""
    space = text.rfind(" ", max(0, at - 16), at)
    verb = text[space + 1 : at].lower()  # (no slice-and-split: this runs for every " as ")
    if verbs and verb not in verbs:
        return None
    if verb == "online" and not text.endswith("known", 0, space):
        return None  # "known online as ...", not "posted online as a warning"
    m = _AFTER_RE.match(text, at + len(cue), end)
    if m is None or (not verbs and m.group("n") is None):
        return None
    handle = m.group("h")
    lowered = handle.lower()
    if lowered in _NOT_HANDLES or lowered.endswith("ly"):
        return None
    if handle[0].isupper() and not _marked(handle):
        return None  # "goes by Ray", "posting as Ferndale Mom": a name the name scan reads
    if not (m.group("n") or _marked(handle) or handle.islower()):
        return None
    return Mention(m.start("h"), m.end("h"), handle, NAME, name=handle, entity=PERSON)
