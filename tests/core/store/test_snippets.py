"""Search hits carry a snippet of the body around the match, the same on SQLite and PostgreSQL."""

from __future__ import annotations

from app.core.model import Snippet, Story
from app.core.store.snippets import HIT_END, HIT_START, parse_marked

BODY = (
    "The council met on Tuesday.\n\n"
    "Residents of *Elm Street* asked again about the **ferry timetable**, which the "
    "authority has not published <script>alert(1)</script> since the spring.\n\n"
    "Nothing else was decided.\n"
)


def test_hits_come_with_the_words_around_them(any_desk) -> None:
    any_desk.create_story(Story(headline="Council meets", body=BODY), analyse=False)
    any_desk.create_story(Story(headline="Other", body="Nothing about boats."), analyse=False)
    (hit,) = any_desk.search("timetable")
    snippet = hit.snippet
    assert snippet is not None
    text = snippet.text()
    assert "ferry timetable" in text
    assert "*" not in text, "Markdown emphasis marks are not shown"
    hits = [text[s:e].lower() for s, e in snippet.hits()]
    assert hits == ["timetable"]
    # Whatever the story holds is text, never markup, when the window shows it.
    html = snippet.html()
    assert "<b>timetable</b>" in html
    assert "<script>" not in html


def test_snippet_marks_a_word_being_typed_and_a_phrase(any_desk) -> None:
    any_desk.create_story(Story(headline="Council meets", body=BODY), analyse=False)
    (typed,) = any_desk.search("timet")
    assert [typed.snippet.text()[s:e].lower() for s, e in typed.snippet.hits()] == ["timetable"]
    (phrase,) = any_desk.search('"Elm Street"')
    text = phrase.snippet.text()
    # FTS5 marks the phrase whole, PostgreSQL each of its words: both read as the phrase.
    assert " ".join(text[s:e] for s, e in phrase.snippet.hits()) == "Elm Street"


def test_parse_marked_keeps_pieces_and_strips_markup() -> None:
    raw = f"see [the {HIT_START}plan{HIT_END}](https://example.org) for **more** \\* notes"
    snippet = parse_marked(raw)
    assert snippet.text() == "see the plan for more * notes"
    assert snippet.parts[1] == ("plan", True)
    assert Snippet((("a <b>", False), ("x&y", True))).html() == "a &lt;b&gt;<b>x&amp;y</b>"


def test_accents_and_case_are_matched_as_the_index_matches_them(desk) -> None:
    desk.create_story(Story(headline="Cafés", body="Le CAFÉ du port ferme.\n"), analyse=False)
    (hit,) = desk.search("cafe")
    assert [hit.snippet.text()[s:e] for s, e in hit.snippet.hits()] == ["CAFÉ"]
