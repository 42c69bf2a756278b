"""CriticMarkup: parsing, the accepted and rejected texts, offset maps, ids and metadata."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.review import critic

AT = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
MARKED = (
    "The council {++narrowly ++}{>>#1 Ana Lima 2026-05-01T10:00:00Z<<}voted "
    "{~~7-2~>8-1~~}{>>#2 Ben 2026-05-01T10:05:00Z<<} on Tuesday{-- night--}{>>#3 Ana Lima "
    "2026-05-01T10:06:00Z<<}."
)


def test_suggestions_carry_id_author_time_and_offsets_into_the_markup() -> None:
    found = critic.suggestions(MARKED)
    assert [(s.id, s.kind, s.old, s.new, s.author) for s in found] == [
        (1, "insert", "", "narrowly ", "Ana Lima"),
        (2, "replace", "7-2", "8-1", "Ben"),
        (3, "delete", " night", "", "Ana Lima"),
    ]
    assert found[1].at == datetime(2026, 5, 1, 10, 5, tzinfo=UTC)
    for s in found:
        assert MARKED[s.start] == "{" and MARKED[s.end - 3 : s.end] == "<<}"


def test_accepted_and_rejected_texts() -> None:
    assert critic.accepted(MARKED).text == "The council narrowly voted 8-1 on Tuesday."
    assert critic.rejected(MARKED).text == "The council voted 7-2 on Tuesday night."


def test_resolve_applies_some_and_keeps_the_rest_as_markup() -> None:
    after = critic.resolve(MARKED, {1: "accept", 3: "reject"})
    assert after.startswith("The council narrowly voted {~~7-2~>8-1~~}")
    assert after.endswith("on Tuesday night.")
    assert [s.id for s in critic.suggestions(after)] == [2]


def test_the_map_takes_accepted_offsets_back_into_the_markup() -> None:
    view = critic.accepted(MARKED)
    start = view.text.index("voted 8-1")
    s, e = view.to_markup(start), view.to_markup(start + len("voted"), is_end=True)
    assert MARKED[s:e] == "voted"
    assert view.to_view(MARKED.index("Tuesday")) == view.text.index("Tuesday")


def test_escaped_braces_and_unclosed_marks_are_text() -> None:
    text = r"Write \{++this++} and {++that without a close"
    assert critic.parse(text) == []
    assert critic.accepted_text(text) == text


def test_pieces_sharing_an_id_are_one_suggestion() -> None:
    meta = "{>>#4 Ana 2026-05-01T10:00:00Z<<}"
    text = "**{--bold--}" + meta + "**{-- tail--}" + meta
    (only,) = critic.suggestions(text)
    assert (only.id, only.kind, only.old) == (4, "delete", "bold tail")
    assert critic.accepted_text(text) == "****"  # the serializer never splits like this
    assert critic.rejected(text).text == "**bold** tail"


def test_normalise_gives_new_marks_ids_and_turns_comments_into_threads() -> None:
    text = (
        "The {==mayor==}{>>Which one?<<} said {++so++}. {~~Four~>Five~~} people.{>>TK check<<}"
        "{>>#99 orphan 2026-01-01T00:00:00Z<<}"
    )
    result = critic.normalise(text, "chief", AT, next_id=7)
    found = critic.suggestions(result.markup)
    assert [(s.id, s.author, s.at) for s in found] == [(7, "chief", AT), (8, "chief", AT)]
    assert "{==" not in result.markup and "Which one?" not in result.markup
    assert "orphan" not in result.markup
    texts = [(c.text, result.markup[c.start : c.end]) for c in result.comments]
    assert texts == [("Which one?", "mayor"), ("TK check", "people.")]
    assert result.next_id == 9


def test_metadata_notes_are_safe_for_any_author_name() -> None:
    note = critic.render_meta(3, "Ana <<} {evil}\nname", AT)
    meta = critic.parse_meta(note[3:-3])
    assert meta is not None and meta.id == 3 and meta.at == AT
    assert "<<}" not in meta.author and "{" not in meta.author


_TEXT = st.text(alphabet=st.sampled_from("ab {}~>-+=<\\*\n"), max_size=40)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_any_text_parses_and_maps_without_crashing(text: str) -> None:
    view = critic.accepted(text)
    for offset in range(len(view.text) + 1):
        assert 0 <= view.to_markup(offset) <= len(text)
    normal = critic.normalise(text, "x", AT, 1)
    # normalising again changes nothing: every mark already has its metadata
    assert critic.normalise(normal.markup, "y", AT, normal.next_id).markup == normal.markup
    assert critic.accepted_text(normal.markup) == critic.accepted_text(
        critic.normalise(normal.markup, "y", AT, normal.next_id).markup
    )
