"""A desk word run on after a writer's name with no comma: "Nell Varga Contributor".

Pages print the writer's job as one capitalised word after the name, with nothing between them
("Ana Lima Contributor", "Tom Ray Intern", "By Ana Lima Columnist"), and the declared reading
(and "By ...") took the word for the name's last part: "Ana Lima Contributor" was credited.
The desk titles of several words ("Ana Lima Staff Writer") are cut by credit_people's patterns;
this cuts the one word those leave, after every reader has read the line.

Guards: the word is a journalist's job noun that names no one (not "Writer", which is a
surname); the name left keeps two words or more, so "By Tom Editor" (a surname) is left as read.
"""

from __future__ import annotations

from dataclasses import replace

from app.core.analysis.credit_desk_titles import DESK_HEADS
from app.core.analysis.credit_line import CreditLine

# Job nouns a page sets after a writer's name: credit_people's journalist nouns but "writer"
# (a surname), some plurals, and the jobs no desk title ends on; no surname a desk prints.
_DESK_WORDS = (
    (DESK_HEADS - {"writer"})
    | {f"{noun}s" for noun in ("contributor", "columnist", "correspondent", "reporter")}
    | frozenset("intern interns freelancer freelance photojournalist".split())
)


# Words a desk sets before the job word ("Guest Columnist", "Senior Correspondent"): cut with it.
_DESK_MODIFIERS = frozenset(
    "guest senior junior chief staff contributing opinion freelance associate special".split()
)


def without_desk_tails(found: CreditLine) -> CreditLine:
    """`found` with a job word cut from the end of each credited name that has one."""
    if not any(_desk_tail(credit.name) for credit in found.credits):
        return found
    credits = [replace(credit, name=without_desk_word(credit.name)) for credit in found.credits]
    return CreditLine(credits, found.failed, found.caption)


def _desk_tail(name: str) -> bool:
    words = name.split()
    return (
        len(words) >= 3
        and words[-1][:1].isupper()
        and words[-1].lower() in _DESK_WORDS
        and all(word[:1].isupper() for word in words[:-1])
    )


def without_desk_word(name: str) -> str:
    """`name` without a job word closing it ("Nell Varga Columnist" -> "Nell Varga"), for the
    name scan, where the whole part would otherwise be set aside as a job title."""
    if not _desk_tail(name):
        return name
    words = name.split()[:-1]
    if len(words) >= 3 and words[-1].lower() in _DESK_MODIFIERS:
        words.pop()  # "Nell Varga Guest Columnist"
    return " ".join(words)
