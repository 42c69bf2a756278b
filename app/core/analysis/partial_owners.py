"""Partial quotes a named person is reported as saying in the sentence that quotes them.

"Ivo Brandt said the drought turned the lake into “golden water” for the trade": a short phrase
inside a named speaker's reported clause is his wording, even where the same words were quoted
before with no one tied to them (a caption's "has been a “golden water”").
"""

from __future__ import annotations

from app.core.analysis.attribution_rules import BEFORE_FAR, LocalAttribution
from app.core.analysis.mention import NAME


def reported_from_named(local: LocalAttribution) -> bool:
    """Is the passage inside the clause a person named in the sentence is said to have said
    ("Ivo Brandt, chief of Lakefish, said the lake was “golden water”")?"""
    mention = local.mention
    return (
        local.rule == BEFORE_FAR
        and mention is not None
        and mention.kind is NAME
        and mention.is_person_name
    )
