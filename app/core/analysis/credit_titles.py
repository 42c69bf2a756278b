"""Courtesy and academic titles before a name that are no part of it ("Dr Ana Lima", "Prof. Tom
Ray", "the Rev. Tom Ray", "Sir Tom Ray").

A credit names the person; the title says what the person holds or how to address them, which
the credit has no place for (the same reason credit_post_nominals drops "MD" and "OBE" after a
name). Kept in the name, "Dr Ana Lima" and "Ana Lima" are two contributors to the directory, to
the merge of one person credited twice, and to the house styles, which all compare names; and a
house style prints a byline without the title.

Which titles: the academic (Dr, Prof., Professor), the clerical (Rev., Revd, Reverend, "the
Rev."), the courtesy titles (Mr, Mrs, Ms, Mx, Miss) and the honours of a knighthood (Sir, Dame),
which go before a name but are not a given name. Left out are words that are also given names
or surnames ("Dean", "Earl", "Prince", "Major", "Bishop", "Judge") and the peerages ("Lord",
"Lady"), whose holder is often named by the title itself ("Lord Lund of Bergen"). A title is
dropped only when a name of two words or more is left ("Dr Lima" stays: a surname alone is no
credit's name), so the title is never all that is read. The speaker engine's wider list
(name_words.HONORIFICS: offices and ranks, "Sen.", "Gen.", "Lord", and "del", also a particle)
is not used: a byline carries none of those, and "Del Pell" is a name.
"""

from __future__ import annotations

import re

from app.core.analysis.credit_names import NAME_PARTICLES

__all__ = ["without_titles"]

_TITLES = "Dr Prof Professor Rev Revd Reverend Mr Mrs Ms Mx Miss Sir Dame".split()
# Each title as written ("Dr", "Dr.") and in capitals ("DR", "DR."), never in lower case: "dr
# ana lima" is put in proper case before it is asked (credit_name_case).
_TITLE_RE = re.compile(
    r"^(?:(?:the|The|THE)\s+(?=Rev|REV))?(?:"
    + "|".join(rf"{title}|{title.upper()}" for title in sorted(_TITLES, key=len, reverse=True))
    + r")\.?\s+(?:(?:Emerit(?:us|a)|EMERIT(?:US|A))\s+)?"  # "Professor Emerita Ana Lima"
)


def without_titles(name: str) -> str:
    """ "Dr Ana Lima" -> "Ana Lima", "Prof. Dr. Ana Lima" -> "Ana Lima"; "Dr Lima", "Dean Ray"
    and "Professor of History" are left as they are."""
    text = name
    while True:
        match = _TITLE_RE.match(text)
        if match is None:
            return text
        rest = text[match.end() :]
        words = rest.split()
        named = [word for word in words if word not in NAME_PARTICLES]  # "Dr de Souza": one
        if len(named) < 2 or not (words[0][:1].isupper() or words[0] in NAME_PARTICLES):
            return text
        text = rest
