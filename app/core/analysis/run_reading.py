"""What a run of capitalised words says by its own words and the two characters after it:
which words at its front open no name, where a possessive or a sentence's full stop ends it,
which letters after it are post-nominals, and where the title before the name ends.

Split from names.py, which reads the run in its place in the copy (the clause it opens, the
words after it) and makes the mention; this part is pure and cached, so one reading serves
every place the same words stand in.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.analysis.calendar_words import WEEKDAY_WORDS
from app.core.analysis.entities import PERSON, PLACES, UNKNOWN, kind_of_name
from app.core.analysis.first_names import is_first_name
from app.core.analysis.name_runs import _KEEPS_PERIOD, _corporate_stop
from app.core.analysis.name_titles import (
    _descriptor_end,
    _first_name_before_title,
    _not_a_personal_name,
    _opens_a_name,
)
from app.core.analysis.name_words import HONORIFICS, NOT_NAME, ORG_WORDS, TAG_OPENERS, TITLE_WORDS
from app.core.analysis.post_nominals import POST_NOMINALS

# Words that open sentences but are also first names: kept as a name before another name
# ("Will Carter", "May Ruiz").
_NAME_OR_WORD = frozenset({"will", "may", "june", "april", "july", "august", "new", "jan", "mo"})
# Vietnamese middle names written capitalised ("Do Van Thanh", "Le Thi Hoa"): the family name
# before them may be spelt like an English word, and it is still the name's first part.
_VIETNAMESE_MIDDLE = frozenset({"Van", "Văn", "Thi", "Thị"})

# Offices East and Southern African copy writes as capitals before a portfolio holder's name:
# Kenya's Cabinet Secretary ("Health CS Ana Ruiz"), Principal Secretary, Chief Administrative
# Secretary and county-assembly member, South Africa's provincial Member of the Executive
# Council ("Education MEC Tom Vell"). Only in capitals and with two words of a name after them
# ("CS Lewis" keeps its initials).
_ACRONYM_OFFICES = frozenset({"CS", "PS", "CAS", "MCA", "MEC"})

# (words dropped at the front, the tokens left, their offsets in the run, possessive, where the
# name ends, the index of the last title word)
RunReading = tuple[int, tuple[str, ...], tuple[int, ...], bool, int, int]


def surname_not_title(tokens: list[str], after: str) -> bool:
    """ "Sen said", "Del told reporters": a title's short form alone, with no stop and a verb
    after it, titles no one; it is a surname (Mira Sen). "Sen. Tom Vell" is the senator."""
    return (
        len(tokens) == 1
        and tokens[0].lower() in HONORIFICS
        and tokens[0][1:].islower()
        and after[:1] == " "
        and after[1:2].islower()
    )


def titles_someone(text: str, word: str) -> bool:
    """Does the story write `word` as a title before a name anywhere ("Gov Ana Ruiz", "Sen. Tom
    Vell")? Then the word alone later ("Gov said") is that title, not a surname. Asked only of a
    lone title-shaped word before a verb (rare), so the search over the text is cheap."""
    return re.search(rf"\b{re.escape(word)}\.?\s+[A-Z][a-z]", text) is not None


def _ends_a_name(tokens: list[str]) -> bool:
    """ "said economist Mira Sen.": a title's short form after a name ends it as its surname, so
    the stop after it ends the sentence ("Lt. Gen." is two titles and keeps its stop)."""
    return (
        len(tokens) >= 2
        and tokens[-1].rstrip(".").lower() in HONORIFICS
        and tokens[-2][:1].isupper()
        and not tokens[-2].endswith(".")
        and tokens[-2].lower() not in TITLE_WORDS
    )


@lru_cache(maxsize=16_384)  # pure, asked of the same runs of words often (speed)
def read_run(raw: str, after: str) -> RunReading | None:
    """What names._name_mention reads from a run's own words and the two characters after it:
    (words dropped at the front, the tokens left, their offsets in the run, possessive, where
    the name ends, the index of the last title word), or None for no name. Offsets are the
    run's own, so one reading serves every place the same words stand in."""
    possessive = after[:1] in ("'", "’") and after[1:2] in ("s", " ", "")
    tokens = raw.replace("\u00a0", " ").split(" ")
    offsets = []
    pos = 0
    for tok in tokens:
        offsets.append(pos)
        pos += len(tok) + 1
    # Drop clause openers and other capitalised function words at the front.
    i = 0
    while (
        i < len(tokens)
        and tokens[i].rstrip(".").lower() in NOT_NAME
        and not _opens_a_name(tokens, i)
        and not (
            # a day is also a given name ("Sunday Adebayo") only when the run opens with it, since
            # "on Monday Ruiz said" puts the day after a lower-case preposition
            (tokens[i].lower() in _NAME_OR_WORD or (i == 0 and tokens[i].lower() in WEEKDAY_WORDS))
            and i + 1 < len(tokens)
            and tokens[i + 1].rstrip(".").lower() not in NOT_NAME
        )
        and not (i + 2 < len(tokens) and tokens[i + 1] in _VIETNAMESE_MIDDLE)
        and not surname_not_title(tokens, after)
    ):
        i += 1
    if i + 1 < len(tokens) and tokens[i].lower() in TAG_OPENERS:
        i += 1  # "Added Osei": the verb of an inverted tag, then the name
    if i == len(tokens):
        return None
    tokens, offsets = tokens[i:], offsets[i:]
    for j, tok in enumerate(tokens[:-1]):
        if tok.endswith(("’s", "'s")) and not (
            # "St Brannock’s Hospital": a possessive before an institution's last word is in it
            j + 2 == len(tokens) and re.sub(r"['’]s?\.?$", "", tokens[-1]).lower() in ORG_WORDS
        ):
            # "Mr. Brandt’s March 3 announcement": the possessive ends the name.
            tokens, offsets = tokens[: j + 1], offsets[: j + 1]
            break
    while (
        len(tokens) >= 3
        and tokens[0].rstrip(".,").lower() in PLACES
        and tokens[1].rstrip(".").lower() not in TITLE_WORDS
        # "The Texas Medical Association", "the Arizona Statistical Bureau": a body's name
        # opens with its place
        and tokens[-1].rstrip(".").lower() not in ORG_WORDS
    ):
        # "ambassador to Britain Liu Xiaming": the place ends the phrase before the name.
        tokens, offsets = tokens[1:], offsets[1:]
    if tokens[-1].endswith(("’s", "'s", "’", "'")):
        possessive = True
        tokens[-1] = (
            tokens[-1].rstrip("s").rstrip("’'")
            if tokens[-1][-1] == "s"
            else tokens[-1].rstrip("’'")
        )
        if not tokens[-1]:
            return None
    last = tokens[-1]
    if (
        last.endswith(".")
        and (last.rstrip(".").lower() not in _KEEPS_PERIOD or _ends_a_name(tokens))
        and len(last) > 2
        and not _corporate_stop(last, after)
    ):
        # A sentence-final period is not part of the name ("... said Mr. Burman."); an
        # abbreviation's is ("Dale Hewitt Jr. said": the verb follows the name, not a period).
        tokens[-1] = last.rstrip(".")
    full_end = offsets[-1] + len(tokens[-1])
    while (
        len(tokens) >= 3
        and tokens[-1].rstrip(".") in POST_NOMINALS
        and (
            is_first_name(tokens[0].rstrip("."))
            or tokens[0].rstrip(".").lower() in HONORIFICS
            or not any(_not_a_personal_name(t) for t in tokens[:-1])
        )
        # "the West Bromwich MP": a constituency, not a name
        and kind_of_name(" ".join(tokens[:-1])) in (PERSON, UNKNOWN)
    ):
        # "Sian Roberts MP", "Marcus Bell KC", "Dame Ada Lowe DBE": letters after a person's
        # name say what they are, not who; the mention keeps them, the name does not.
        tokens, offsets = tokens[:-1], offsets[:-1]
        tokens[-1] = tokens[-1].rstrip(",")
    # Split the title off: everything up to the last title word.
    last_title = -1
    for j, tok in enumerate(tokens[:-1]):
        if _title_word(tok.rstrip(".").lower()) and tok[:1].isupper():  # not "del Rio"
            last_title = j
        elif tok in _ACRONYM_OFFICES and j + 2 < len(tokens):
            last_title = j  # "Semi-Arid Lands CS Tom Vell": two words of a name after it
    if last_title >= 0 and any(
        t.rstrip(".").lower() in ORG_WORDS for t in tokens[last_title + 1 :]
    ):
        last_title = -1
    if 0 < last_title < len(tokens) - 1 and _first_name_before_title(tokens, last_title):
        last_title = -1  # "Ruth Major Dube", "Lerato Bishop Nkosi": a surname, not a rank
    last_title = _descriptor_end(tokens, last_title)
    return i, tuple(tokens), tuple(offsets), possessive, full_end, last_title


def _title_word(word: str) -> bool:
    """A title before a name, hyphenated ones included: "Secretary-General", "Attorney-General",
    "Vice-President" are titles because each of their parts is one; so are "Editor-in-Chief",
    "Commander-in-Chief", "Editor-at-Large", "Co-Founder" and "Ex-Mayor", a title joined by a
    particle or under a prefix."""
    if word in TITLE_WORDS:
        return True
    if "-" not in word:
        return False
    parts = word.split("-")
    if parts[0] in ("co", "ex"):
        parts = parts[1:]
    return (
        parts[0] in TITLE_WORDS
        and parts[-1] not in ("in", "at")
        and all(part in TITLE_WORDS or part in ("in", "at", "large") for part in parts)
    )
