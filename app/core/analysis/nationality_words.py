"""The words copy uses for where a person is from: one table every reading asks.

A nationality reaches the engine in three shapes: the adjective ("Kenyan runner Joe Kibet",
"an American"), a noun of its own ("the Dutchman", "Briton Ana Ruiz") and the country's name
("Portugal's Ana Reis", "Ana Reis (Portugal)"). The readings that need them (entities.py's
name kinds, roles.py's gender of a demonym, nationals.py's "the Kenyan" said, unnamed_people.py's
"an Israeli at the scene") each held a copy of these lists once, and a word added to one copy
missed the others; they are held here once.
"""

from __future__ import annotations

COUNTRIES: dict[str, tuple[str, ...]] = {
    "american": ("United States", "USA", "US"),
    "british": ("Britain", "Great Britain", "GB"),
    "english": ("England",),
    "scottish": ("Scotland",),
    "welsh": ("Wales",),
    "irish": ("Ireland",),
    "french": ("France",),
    "german": ("Germany",),
    "italian": ("Italy",),
    "spanish": ("Spain",),
    "portuguese": ("Portugal",),
    "dutch": ("Netherlands", "Holland"),
    "belgian": ("Belgium",),
    "swiss": ("Switzerland",),
    "austrian": ("Austria",),
    "swedish": ("Sweden",),
    "norwegian": ("Norway",),
    "danish": ("Denmark",),
    "finnish": ("Finland",),
    "polish": ("Poland",),
    "czech": ("Czech Republic", "Czechia"),
    "slovak": ("Slovakia",),
    "hungarian": ("Hungary",),
    "romanian": ("Romania",),
    "bulgarian": ("Bulgaria",),
    "greek": ("Greece",),
    "turkish": ("Turkey",),
    "russian": ("Russia",),
    "ukrainian": ("Ukraine",),
    "belarusian": ("Belarus",),
    "georgian": ("Georgia",),
    "armenian": ("Armenia",),
    "israeli": ("Israel",),
    "palestinian": ("Palestine",),
    "lebanese": ("Lebanon",),
    "syrian": ("Syria",),
    "iraqi": ("Iraq",),
    "iranian": ("Iran",),
    "saudi": ("Saudi Arabia",),
    "egyptian": ("Egypt",),
    "libyan": ("Libya",),
    "moroccan": ("Morocco",),
    "algerian": ("Algeria",),
    "tunisian": ("Tunisia",),
    "afghan": ("Afghanistan",),
    "pakistani": ("Pakistan",),
    "indian": ("India",),
    "chinese": ("China",),
    "japanese": ("Japan",),
    "korean": ("Korea", "South Korea"),
    "vietnamese": ("Vietnam",),
    "thai": ("Thailand",),
    "filipino": ("Philippines",),
    "indonesian": ("Indonesia",),
    "malaysian": ("Malaysia",),
    "australian": ("Australia",),
    "canadian": ("Canada",),
    "mexican": ("Mexico",),
    "brazilian": ("Brazil",),
    "argentine": ("Argentina",),
    "argentinian": ("Argentina",),
    "chilean": ("Chile",),
    "colombian": ("Colombia",),
    "venezuelan": ("Venezuela",),
    "cuban": ("Cuba",),
    "nigerian": ("Nigeria",),
    "kenyan": ("Kenya",),
    "ethiopian": ("Ethiopia",),
}
"""Every nationality adjective the engine knows (lower case), with the names copy gives its
country by: "Kenyan runner Joe Kibet" and "Joe Kibet of Kenya" give him the same nationality."""

NATIONAL_ADJECTIVES = frozenset(COUNTRIES)
"""The adjectives alone, for the tests that ask only whether a word is one."""

DEMONYM_NOUNS: dict[str, tuple[str, str]] = {
    "frenchman": ("french", "m"),
    "frenchwoman": ("french", "f"),
    "englishman": ("english", "m"),
    "englishwoman": ("english", "f"),
    "scotsman": ("scottish", "m"),
    "scotswoman": ("scottish", "f"),
    "welshman": ("welsh", "m"),
    "welshwoman": ("welsh", "f"),
    "irishman": ("irish", "m"),
    "irishwoman": ("irish", "f"),
    "dutchman": ("dutch", "m"),
    "dutchwoman": ("dutch", "f"),
    "scot": ("scottish", ""),
    "spaniard": ("spanish", ""),
    "swede": ("swedish", ""),
    "dane": ("danish", ""),
    "pole": ("polish", ""),
    "finn": ("finnish", ""),
    "brit": ("british", ""),
    "briton": ("british", ""),
    "aussie": ("australian", ""),
    "kiwi": ("", ""),
    "argentine": ("argentine", ""),
}
"""Nouns for one person from a country, with the adjective they stand for and the gender they
give ("m", "f" or "" for either): "the Dutchman" is Dutch and a man. "Kiwi" has no one-word
adjective here (New Zealand's is its name); "Argentine" is its own adjective and a noun."""

ADJECTIVE_ONLY = frozenset(
    "british english french scottish welsh irish dutch spanish swedish danish polish finnish swiss "
    "turkish".split()
)
"""Adjectives copy does not use as a noun for one person: "the British said" means a government
or a side, and the person is "a Briton", "the Frenchman", "the Swede" ("the Swiss" is a side)."""

PERSON_ADJECTIVES = frozenset(
    a for a in NATIONAL_ADJECTIVES if a not in ADJECTIVE_ONLY and not a.endswith("ese")
)
"""Adjectives that are also the noun for one person: "an American", "the Kenyan said". Those
in -ese are left out: "the Portuguese", "the Chinese" may be a side as often as one person."""

NOUNS_THAT_ARE_NAMES = frozenset({"dane", "finn", "pole"})
"""Nouns for a national that are also people's names ("Dane Whitfield", "Finn Carter", "Jack
Pole"). They are read as a nationality only where the story ties them to the country beside a
name (nationals.py), never as a description before a name nor as a speaker's nationality alone:
"Dane Michael Ruiz" is one man's full name, and "Pole said" after "Jack Pole" is he. ("Scot",
rarer as a name, is read as a nationality everywhere, as it was before this table was one.)"""
