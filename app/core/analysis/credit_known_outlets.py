"""Outlets known by one word that is no outlet's word: "Forbes", "Wired", "Variety", "Vox".

A byline sets the writer's employer after a comma where others set the town ("By Ana Lima,
Wired"); credit_byline_place tells a one-word outlet by its shape (an inner capital, an outlet's
word closing it: "HuffPost", "Lakeweek") or by the engine's name typing, and takes any other
word for the place. Magazines and sites with an ordinary word or a surname for a name have
neither, and were made the writer's place ("Ana Lima in Variety") or a second writer ("Forbes").
This is a short list of widely known ones, in lower case; the shape tests cover the rest.
"""

from __future__ import annotations

# As each outlet writes its own name ("BuzzFeed", "TechCrunch"): a line in capitals is shown
# in this spelling (credit_spelling).
OUTLET_SPELLINGS: tuple[str, ...] = tuple(
    """Forbes Vox Slate Wired Mashable Gizmodo Engadget Quartz Salon Vice Variety Billboard Time
    Bustle Deadline Fortune Vulture Eater Polygon Kotaku TechCrunch Semafor Grist Thrillist
    Gothamist Jezebel Deadspin Upworthy BuzzFeed Newsweek Axios Politico""".split()
)
KNOWN_ONE_WORD_OUTLETS: frozenset[str] = frozenset(name.lower() for name in OUTLET_SPELLINGS)
