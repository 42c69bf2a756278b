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


FERRIES = (
    "The harbour board met for three hours on Tuesday and heard from residents, traders and "
    "the union before it turned, late in the evening, to the ferries and their timetable.\n\n"
    "Nothing else was decided.\n"
)


def _marked(snippet: Snippet) -> list[str]:
    return [snippet.text()[s:e] for s, e in snippet.hits()]


def test_a_word_found_by_its_stem_is_marked_and_the_snippet_centred_on_it(any_desk) -> None:
    """'ferry' finds 'ferries' (stemmed search): the snippet shows and marks that word, not
    the start of the body with nothing marked."""
    any_desk.create_story(Story(headline="Board meets", body=FERRIES), analyse=False)
    (hit,) = any_desk.search("ferry ")
    assert hit.snippet is not None
    assert _marked(hit.snippet) == ["ferries"]
    assert hit.snippet.parts[0] == ("…", False), "the window is around the hit, mid-paragraph"
    assert "to the ferries and their timetable" in hit.snippet.text()


def test_phrases_and_the_word_being_typed_are_marked_by_their_stems(any_desk) -> None:
    any_desk.create_story(Story(headline="Board meets", body=FERRIES), analyse=False)
    (phrase,) = any_desk.search('"ferry and their timetables"')
    assert _marked(phrase.snippet) == ["ferries and their timetable"]
    # Typed so far: a prefix of the stems, so 'ferri' is 'ferries' and 'ferry' ('ferri') both.
    any_desk.create_story(Story(headline="Ferry", body="One ferry sailed.\n"), analyse=False)
    typed = {h.headline: _marked(h.snippet) for h in any_desk.search("ferri")}
    assert typed == {"Board meets": ["ferries"], "Ferry": ["ferry"]}


def test_each_backend_marks_what_its_own_stemmer_found(any_desk) -> None:
    """FTS5's porter makes 'general' and 'generous' one stem, PostgreSQL's Snowball does not:
    the snippet marks the word on the backend whose search found the story, and only there."""
    any_desk.create_story(Story(headline="Offer", body="A generous offer came.\n"), analyse=False)
    found = any_desk.search("general ")
    if any_desk.info.backend == "sqlite":
        (hit,) = found
        assert _marked(hit.snippet) == ["generous"]
    else:
        assert found == []
    (both,) = any_desk.search("generously ")
    assert _marked(both.snippet) == ["generous"]


def test_a_typed_word_marks_a_word_whose_stem_it_starts_but_the_word_does_not(any_desk) -> None:
    """'capability' is indexed as 'capabl': typing "capabl" finds it, and marks it, though the
    word itself does not start with what was typed."""
    body = "The fleet's capability was questioned.\n"
    any_desk.create_story(Story(headline="Fleet", body=body), analyse=False)
    (hit,) = any_desk.search("capabl")
    assert _marked(hit.snippet) == ["capability"]
