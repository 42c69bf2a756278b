"""Regions that follow a city after a comma in credit lines ("Santa Fe, New Mexico", "Mo.").

A credit line cuts its list of people at commas, so "Toledo, Ohio" must be known to be one
place before the comma is taken as a separator. The general place list of the entity reader
(`entities.PLACES`) holds single words only and few multi-word countries; this adds the US
states (names, AP abbreviations and postal codes), Canadian provinces, Australian states and
the multi-word countries and territories a desk writes after a city. Written by hand from
public lists of names (ISO 3166 short names, the AP Stylebook's state abbreviations).
"""

from __future__ import annotations

import gzip
from functools import cache

from app.core.analysis.entities import PLACES, PLACES_MULTI
from app.core.config import resource_path

_MULTI_WORD = """new mexico|new york|new jersey|new hampshire|north carolina|south carolina|
north dakota|south dakota|west virginia|rhode island|district of columbia|
british columbia|new brunswick|nova scotia|prince edward island|northwest territories|
newfoundland and labrador|new south wales|south australia|western australia|
northern territory|northern ireland|
sierra leone|south africa|south sudan|north korea|south korea|saudi arabia|united states|
united kingdom|united arab emirates|sri lanka|costa rica|puerto rico|el salvador|
new zealand|papua new guinea|burkina faso|ivory coast|cote d'ivoire|côte d'ivoire|
dominican republic|central african republic|czech republic|east timor|timor-leste|
equatorial guinea|cape verde|west bank|gaza strip|hong kong|north macedonia|
bosnia and herzegovina|trinidad and tobago|san marino|sao tome and principe|
são tomé and príncipe|solomon islands|marshall islands|faroe islands|
cayman islands|virgin islands|canary islands|the netherlands|the gambia|the bahamas|
the philippines|vatican city|guinea-bissau|western sahara|basque country|
inner mongolia|northern cyprus|south ossetia|new caledonia|french guiana|french polynesia"""

_SINGLE_WORD = """afghanistan albania algeria andorra angola argentina armenia australia austria
azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia
bosnia botswana brazil brunei bulgaria burundi burma cambodia cameroon canada chad chile china
colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt
england eritrea estonia eswatini ethiopia fiji finland france gabon gambia gaza georgia germany
ghana greece greenland grenada guatemala guinea guyana haiti honduras hungary iceland india
indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo
kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
macau madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia
moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands
nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines
poland portugal qatar romania russia rwanda samoa scotland senegal serbia seychelles singapore
slovakia slovenia somalia somaliland spain sudan suriname sweden switzerland syria taiwan
tajikistan tanzania thailand togo tonga tunisia turkey türkiye turkmenistan tuvalu uganda
ukraine uruguay uzbekistan vanuatu venezuela vietnam wales yemen zambia zimbabwe crimea
catalonia kashmir tibet xinjiang kurdistan chechnya transnistria abkhazia
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
tennessee texas utah vermont virginia washington wisconsin wyoming guam
alberta manitoba ontario quebec saskatchewan yukon nunavut newfoundland labrador
queensland tasmania victoria"""

# AP style ("Toledo, Ohio" but "Santa Fe, N.M.", "St. Louis, Mo.") and postal codes ("Austin,
# TX"); compared without their dots.
_ABBREVIATIONS = """ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich
minn miss mo mont neb nev nh nj nm ny nc nd okla ore pa ri sc sd tenn tex vt va wash wva w va
wis wyo dc us usa uk uae
al ak az ar ca co ct de fl hi id il in ia ks me mi mn ms mt ne nv oh ok or sd tn tx ut wa wv
wi wy bc ont que alta sask man nsw qld vic"""

REGIONS: frozenset[str] = frozenset(
    {part.strip() for part in _MULTI_WORD.replace("\n", "").split("|")}
    | set(_SINGLE_WORD.split())
    | set(PLACES_MULTI)
    | {word for word in PLACES if len(word) > 3}
)
_ABBREVIATED: frozenset[str] = frozenset(_ABBREVIATIONS.split())


def is_known_place(text: str) -> bool:
    """Whether `text` is a place the lists know: a town (entities.PLACES) or a region; the one
    test the credit readers ask before taking a word for a person, an outlet or a site."""
    return text.lower() in PLACES or is_region(text)


@cache
def _cities() -> frozenset[str]:
    """The world's cities of 100,000 people or more, lower case (resources/data/cities.txt.gz,
    from GeoNames: tools/derive_cities.py)."""
    with gzip.open(resource_path("data", "cities.txt.gz"), "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip())


def is_town(text: str) -> bool:
    """`is_known_place`, or a city of 100,000 people or more: asked only where a credit line
    sets a writer's town, after a comma that closes a full name ("By Ana Lima, Oslo") or
    after "of" ("BY ANA LIMA OF OSLO"). Not asked before taking a word for a person anywhere
    else, since many towns are surnames and first names as well ("By Lima and Ray", "Austin")."""
    return is_known_place(text) or " ".join(text.split()).lower() in _cities()


def is_region(text: str) -> bool:
    """Whether `text` is a state, province, country or territory written after a city."""
    words = text.strip().rstrip(",").split()
    if not words or len(words) > 5:
        return False
    lowered = " ".join(words).lower()
    if lowered in REGIONS:
        return True
    bare = lowered.replace(".", "").replace(" ", "")
    # Abbreviations only as written by a desk: with a dot ("Mo.") or in capitals ("TX").
    written_short = "." in text or text.strip().isupper()
    return written_short and bare in _ABBREVIATED
