"""File names from slugs, atomic writes, no silent overwrite, batch export with an index."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import InputError
from app.core.exporting import service, writer
from app.core.exporting.filenames import MAX_STEM, file_name, safe_stem
from tests.core.exporting.helpers import parse_html

RESERVED = ["CON", "con", "PRN", "aux", "NUL", "com1", "COM9", "lpt1", "LPT9", "con.txt"]


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        ("council-budget", "council-budget"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "story"),
        ('a/b\\c:d*e?f"g<h>i|j', "a-b-c-d-e-f-g-h-i-j"),
        ("", "story"),
        ("  Ünïcödé Straße  ", "ünïcödé-strasse"),
        ("tab\tnew\nline\x00nul", "tab-new-line-nul"),
    ],
)
def test_safe_stem_examples(slug: str, expected: str) -> None:
    assert safe_stem(slug) == expected


@pytest.mark.parametrize("slug", RESERVED)
def test_reserved_device_names_are_avoided(slug: str) -> None:
    stem = safe_stem(slug)
    assert stem.split(".")[0].lower() not in {"con", "prn", "aux", "nul", "com1", "com9", "lpt1",
                                              "lpt9"}  # fmt: skip


@given(st.text(max_size=400))
def test_any_slug_gives_one_safe_component(slug: str) -> None:
    name = file_name(slug, "html")
    stem = name[: -len(".html")]
    assert 0 < len(stem) <= MAX_STEM + len("-story")
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert ".." not in name
    assert not stem.startswith((".", "-")) and not stem.endswith((".", " "))
    assert len(name.encode("utf-8")) < 255
    assert Path(name).name == name


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "story.html"
    writer.atomic_write(target, "one")
    writer.atomic_write(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["story.html"]
    assert (target.stat().st_mode & 0o444) == 0o444


def test_atomic_write_failure_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "story.html"
    target.write_text("old")

    def broken_replace(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        writer.atomic_write(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["story.html"]


def test_never_overwrites_another_storys_file(desk, make_story, tmp_path: Path) -> None:
    first = make_story(slug="council/budget")
    second = make_story(slug="council-budget-2", headline="Another story")
    one = service.export_story(desk, first.slug, "html", tmp_path)
    assert one.path == (tmp_path / "council-budget.html").resolve()
    with pytest.raises(InputError):
        service.export_story(desk, second.slug, "html", one.path)
    assert "Council approves budget" in one.path.read_text(encoding="utf-8")
    again = service.export_story(desk, first.slug, "html", one.path)  # its own file: fine
    assert again.path == one.path


def test_same_safe_name_in_a_folder_gets_a_suffix(desk, make_story, tmp_path: Path) -> None:
    a = make_story(slug="Budget")
    b = make_story(slug="budget!", headline="Other")
    out = tmp_path / "out"
    batch = service.export_many(desk, [a.slug, b.slug], out, confirm_status=True)
    names = sorted(p.name for p in out.iterdir())
    assert names == ["budget-2.html", "budget.html", "index.html"]
    assert len(batch.exported) == 2 and batch.blocked == {}


def test_batch_export_with_index_and_progress(desk, make_story, tmp_path: Path) -> None:
    slugs = [make_story(slug=f"story-{i}", headline=f"Story {i}").slug for i in range(5)]
    blocked = make_story(slug="index", headline="", credits=()).slug
    seen: list[tuple[int, int, str]] = []
    batch = service.export_many(
        desk, [*slugs, blocked], tmp_path / "out", progress=lambda *a: seen.append(a)
    )
    assert [s[0] for s in seen] == [1, 2, 3, 4, 5, 6] and all(s[1] == 6 for s in seen)
    assert set(batch.blocked) == {"index"}
    assert batch.index == (tmp_path / "out" / "index.html").resolve()
    links = [a["href"] for a in parse_html(batch.index.read_text(encoding="utf-8")).find("a")]
    assert links == [f"story-{i}.html" for i in range(5)]


def test_index_name_is_kept_from_a_story_called_index(desk, make_story, tmp_path) -> None:
    story = make_story(slug="index")
    batch = service.export_many(desk, [story.slug], tmp_path / "out")
    assert batch.exported[0].path.name == "index-2.html"
    assert batch.index is not None and batch.index.name == "index.html"
