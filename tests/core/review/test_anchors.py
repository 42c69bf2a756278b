"""Comment anchors through edits: around them, inside them, and when their text is deleted."""

from __future__ import annotations

from app.core.review.anchors import Anchor, remap

OLD = "The council voted on Tuesday. Mayor Ruiz said no."


def _follow(new: str, word: str = "Tuesday") -> tuple[str, bool]:
    start = OLD.index(word)
    (moved,) = remap(OLD, new, [Anchor(start, start + len(word))])
    return new[moved.start : moved.end], moved.detached


def test_edits_around_the_anchor_move_it() -> None:
    assert _follow("Late yesterday the council voted on Tuesday. Mayor Ruiz said no.") == (
        "Tuesday",
        False,
    )
    assert _follow("The council voted on Tuesday night. The mayor said yes.") == ("Tuesday", False)


def test_text_typed_at_its_edges_stays_outside() -> None:
    assert _follow("The council voted on big Tuesday. Mayor Ruiz said no.") == ("Tuesday", False)
    assert _follow("The council voted on Tuesdays. Mayor Ruiz said no.") == ("Tuesday", False)


def test_a_rewritten_anchor_covers_the_new_words() -> None:
    assert _follow("The council voted on Wednesday. Mayor Ruiz said no.") == ("Wednesday", False)


def test_deleted_text_detaches_the_anchor_where_it_stood() -> None:
    new = "The council voted on . Mayor Ruiz said no."
    start = OLD.index("Tuesday")
    (moved,) = remap(OLD, new, [Anchor(start, start + 7)])
    assert moved.detached and moved.start == moved.end == new.index(" .") + 1


def test_long_texts_are_compared_by_words() -> None:
    old = ("word " * 3000) + "anchor here " + ("more " * 3000)
    new = old.replace("word word", "word extra word", 5).replace("more more", "less", 7)
    start = old.index("anchor")
    (moved,) = remap(old, new, [Anchor(start, start + 6)])
    assert new[moved.start : moved.end] == "anchor" and not moved.detached
