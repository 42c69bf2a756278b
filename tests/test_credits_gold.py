"""The invented credits and datelines gold (benchmarks/gold/credits/) is well formed.

benchmarks/credits_accuracy.py trusts this gold blindly: a role the model does not know, a name
or place the line does not contain, or a half missing a style would silently move its figures.
The committed halves must also be what the hand-written sources build to.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from app.core.model import CreditRole

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "gold" / "credits"
HALVES = ("dev", "held_out")


def _load(name: str) -> list[dict]:
    with (GOLD / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


ITEMS = {half: _load(half) for half in HALVES}
ALL = [item for half in HALVES for item in ITEMS[half]]


def test_committed_halves_are_what_the_sources_build_to() -> None:
    spec = importlib.util.spec_from_file_location("credits_gold_build", GOLD / "build.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    for half, items in build.halves().items():
        assert (GOLD / f"{half}.jsonl").read_text(encoding="utf-8") == build.dump(items), half


def test_halves_alternate_and_share_every_style() -> None:
    ids = [item["id"] for item in ALL]
    assert len(ids) == len(set(ids))
    for kind in ("credit_line", "dateline"):
        styles = [
            {item["style"] for item in ITEMS[half] if item["kind"] == kind} for half in HALVES
        ]
        assert styles[0] == styles[1], kind
    assert sum(item["kind"] == "credit_line" for item in ALL) >= 80
    assert sum(item["kind"] == "dateline" for item in ALL) >= 40


@pytest.mark.parametrize(
    "item", [i for i in ALL if i["kind"] == "credit_line"], ids=lambda i: i["id"]
)
def test_credit_line_gold_is_read_from_its_line(item: dict) -> None:
    text = item["text"].casefold()
    assert item["credits"], "every line credits someone"
    for credit in item["credits"]:
        assert set(credit) == {"role", "name", "place", "email", "organisation"}
        CreditRole(credit["role"])
        name = credit["name"]
        assert name.strip() == name and name.casefold() in text, name
        # Proper case: an all-caps line's names are written as they should be shown.
        assert not (name.isupper() and len(name) > 4 and " " in name), name
        if credit["place"] is not None:
            assert credit["place"].casefold() in text, credit["place"]
        if credit["email"] is not None:
            assert "@" in credit["email"] and credit["email"] in item["text"]
        if credit["organisation"] is not None:  # as the line spells it
            assert credit["organisation"] in item["text"], credit["organisation"]
    for part in item["unparsed"]:
        assert part and part.casefold() in text, part


@pytest.mark.parametrize("item", [i for i in ALL if i["kind"] == "dateline"], ids=lambda i: i["id"])
def test_dateline_gold_is_read_from_its_opening(item: dict) -> None:
    assert set(item) == {"id", "kind", "style", "text", "place", "agency"}
    if item["place"] is not None:
        # The dateline's place opens the story's first paragraph (after any byline).
        assert any(line.startswith(item["place"]) for line in item["text"].split("\n"))
    if item["agency"] is not None:
        assert f"({item['agency']})" in item["text"]


def test_gold_dir_builds_and_scores_a_set_kept_elsewhere(tmp_path: Path, capsys) -> None:
    """--gold-dir builds a set outside the repository and the scorer reads it from there."""
    spec = importlib.util.spec_from_file_location("credits_gold_build", GOLD / "build.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "credit_lines.txt").write_text(
        "C a :: By Wenna Torlak\nbyline | Wenna Torlak | |\n"
        "C b :: By Osric Palden\nbyline | Osric Palden | |\n",
        encoding="utf-8",
    )
    (tmp_path / "source" / "datelines.txt").write_text(
        "D a :: BRUGES — The canal reopened. || BRUGES ||\n", encoding="utf-8"
    )
    committed = (GOLD / "dev.jsonl").read_text(encoding="utf-8")
    assert build.main(["--gold-dir", str(tmp_path)]) == 0
    assert (GOLD / "dev.jsonl").read_text(encoding="utf-8") == committed
    dev = [json.loads(line) for line in (tmp_path / "dev.jsonl").read_text().splitlines()]
    held = [json.loads(line) for line in (tmp_path / "held_out.jsonl").read_text().splitlines()]
    assert [i["text"] for i in dev] == ["By Wenna Torlak", "BRUGES — The canal reopened."]
    assert [i["text"] for i in held] == ["By Osric Palden"]

    scorer_spec = importlib.util.spec_from_file_location(
        "credits_accuracy_for_test", GOLD.parents[1] / "credits_accuracy.py"
    )
    assert scorer_spec and scorer_spec.loader
    credits_accuracy = importlib.util.module_from_spec(scorer_spec)
    scorer_spec.loader.exec_module(credits_accuracy)
    capsys.readouterr()
    assert credits_accuracy.main(["--gold-dir", str(tmp_path), "--held-out"]) == 0
    assert "== held_out half: 1 credit lines, 0 dateline openings" in capsys.readouterr().out


def _build_module():
    spec = importlib.util.spec_from_file_location("credits_gold_build", GOLD / "build.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


def test_build_accepts_every_model_role_and_refuses_others(tmp_path: Path) -> None:
    """A set kept outside the repository may credit any role the parser can return."""
    build = _build_module()
    source = tmp_path / "source"
    source.mkdir()
    (source / "datelines.txt").write_text("", encoding="utf-8")
    rows = [f"C invented :: {role} line\n{role} | Wren Hollis | |" for role in CreditRole]
    (source / "credit_lines.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = build.credit_lines(tmp_path)
    assert [item["credits"][0]["role"] for item in items] == [role.value for role in CreditRole]
    (source / "credit_lines.txt").write_text(
        "C invented :: Sketches: Wren Hollis\nsketching | Wren Hollis | |\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match="unknown role"):
        build.credit_lines(tmp_path)
