"""Journalists' job titles in a credit line: "Staff Writer", "National Affairs Correspondent",
"Associated Press writers", "Harbour Times staff".

A title names no person: the list of people (credit_people) passes over it, keeping the outlet
a title names ("Associated Press writer Ana Lima") as the person's organisation.
"""

from __future__ import annotations

import re

from app.core.analysis.credit_organisations import is_organisation
from app.core.analysis.credit_outlet_titles import outlet_title

# "Staff writer Ana Lima", "Chief Political Correspondent Ana Lima": the title is not the name.
_JOURNALIST_NOUNS = (
    r"(?i:writers?|reporters?|correspondents?|editors?|photographers?|columnists?|journalists?)"
)
TITLE_PREFIX_RE = re.compile(r"^(?:[A-Za-z]+\s+){0,3}?" + _JOURNALIST_NOUNS + r"\s+(?=[A-Z])")
# A journalist's noun at the end of a title ("Associated Press writers", "Reuters reporter").
_TITLE_NOUN_RE = re.compile(r"\b(?i:staff\s+)?" + _JOURNALIST_NOUNS + r"\b")
# "Ana Lima Staff Writer" (no comma): the title run on after the name.
TITLE_SUFFIX_RE = re.compile(
    r"(?<=\S)\s+(?:(?:Staff|Senior|Chief|Political|Foreign|Business|Sports|Science|Health|"
    r"Education|City|Metro|Investigative|Special|Contributing|Associate|Managing|Deputy|"
    r"Economics|Diplomatic|Security|Legal|Courts|Environment|Culture|Arts|Tech|Technology)\s+)"
    r"{0,2}(?:Writer|Reporter|Correspondent|Editor|Photographer|Columnist|Journalist)s?$"
)

# Words of a desk title before its head noun: "National Affairs Correspondent", "Deputy
# Political Editor", "Europe and Middle East Correspondent".
_DESK_WORDS = frozenset(
    """national international foreign political politics affairs business economics economic
    finance financial markets sports sport science health education city metro investigative
    special senior chief staff deputy associate assistant managing contributing regional state
    local court courts legal crime security defence defense diplomatic environment
    environmental climate energy culture arts tech technology digital social media consumer
    transport transportation property housing agriculture rural parliamentary white house
    europe european asia africa middle east latin america world home news entertainment music
    film food travel lifestyle features opinion data visual video weather religion labour
    labor industry employment investigations general breaking night weekend sunday and &
    u.s. us uk medical auto automotive aviation retail fashion wine markets real estate
    military education religion ap afp cp aap pa associated press freelance""".split()
)
DESK_HEADS = frozenset(
    "writer reporter correspondent editor columnist photographer journalist critic contributor"
    " stringer freelancer".split()
)
# "By Ana Lima, Freelance": the word alone says how she works, as a title does; it was taken
# for her town, her outlet or a second writer
_FREELANCE = frozenset({"freelance", "freelancer", "freelancers"})


def is_desk_title(item: str) -> bool:
    """ "National Affairs Correspondent": every word a desk's, ending in a journalist noun."""
    words = item.lower().split()
    if len(words) == 1 and words[0] in _FREELANCE:
        return True
    if not words or words[-1].rstrip("s") not in DESK_HEADS:
        return False
    return all(word in _DESK_WORDS for word in words[:-1]) or outlet_title(item)


# A job title alone, up to three words before a journalist's noun ("Staff Writer", "Senior
# political correspondent"): said after a name in a byline, it names no second person.
TITLE_ONLY_RE = re.compile(
    r"(?:[A-Za-z]+\s+){0,3}"
    r"(?i:writer|reporter|correspondent|editor|columnist|photographer|journalist|freelancer)s?"
)

OUTLET_STAFF_RE = re.compile(r"(?P<outlet>.+?)\s+(?i:staff(?:\s+(?:writers?|reporters?))?)")


def outlet_staff(item: str) -> bool:
    """ "Harbour Times staff", "Reuters staff writers": an outlet's staff after a list of
    names, the outlet they work for (read by `parse_people`), no person."""
    staffed = OUTLET_STAFF_RE.fullmatch(item.strip())
    return staffed is not None and is_organisation(staffed["outlet"])


def title_outlet(item: str, name: str) -> str | None:
    """The outlet in what was cut from `item` around `name`: "Associated Press writers Ana
    Lima" -> "Associated Press", "Ana Lima Reuters" -> "Reuters"; None for a bare title."""
    cut = item.replace(name, " ", 1)
    cut = _TITLE_NOUN_RE.sub(" ", cut)
    cut = " ".join(cut.split())
    return cut if cut and is_organisation(cut) and not is_desk_title(cut) else None
