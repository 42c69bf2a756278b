"""Derivation sentence by sentence: a heavy rewrite of a story written for the project."""

from __future__ import annotations

from app.core.provenance.derive import Material, derive
from app.core.verification.sourcetext import SourceText

ORIGINAL = """\
Firefighters have contained a wildfire that burned through 3,400 hectares of pine forest near Valdoria, the regional fire service said on Thursday.

The blaze started on Monday afternoon in a ravine east of the town and spread quickly in strong winds.

About 600 residents of two villages were evacuated on Tuesday night and spent the night in a school gym.

They were allowed to return home on Wednesday evening after the wind dropped.

Investigators believe the fire was started by sparks from a harvesting machine.

No one was injured, but eleven barns and a sawmill were destroyed.

The fire service said it had deployed four water-bombing aircraft and more than 200 firefighters.

It was the largest fire in the region since 2017.
"""

REWRITE = """\
A forest fire that scorched some 3,400 hectares of pines around Valdoria is now under control, according to the regional fire service.

The flames broke out in a gully to the east of the town on Monday and were driven on by powerful gusts.

Around 600 people from two villages had to leave their homes and sleep in a school gymnasium.

Local cafes have started collecting clothes and food for the families.

Sparks thrown off by a harvesting machine are thought to have caused the fire, investigators say.

Eleven barns and a sawmill burned down, though nobody was hurt.

More than 200 firefighters and four water-bombing planes were sent to fight it.

The town's mayor is expected to visit the villages next week.
"""


def test_a_heavy_rewrite_is_traced_and_its_own_sentences_stay_new() -> None:
    material = Material("original.txt", "original.txt", SourceText("original.txt", "text",
                                                                   ORIGINAL))
    links = derive(REWRITE, [material])
    assert len(links) == 8
    derived = [link.derived for link in links]
    # the two sentences the rewrite added are new; every other one is traced to its original
    assert derived == [True, True, True, False, True, True, True, False]
    origins = [ORIGINAL.index(link.source.text) for link in links if link.derived]
    assert origins == sorted(origins)  # each from the matching sentence, in order
