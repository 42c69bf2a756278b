"""The robustness benchmark's rewrites (benchmarks/robustness.py) keep each gold quote on the
same words: a rename or a changed mark that shifted an offset would score the engine against
the wrong passage and move the printed figures for nothing."""

from __future__ import annotations

from benchmarks import robustness

TEXT = (
    "Helen Whitlock, the harbour master, said the pier was safe. "
    '"We checked it twice," Whitlock said.\n'
    'Her deputy has said the same. "No cracks," he said. "None at all."'
)


def _article() -> dict:
    quotes = []
    for words, speaker in (("We checked it twice,", "Helen Whitlock"), ("No cracks,", "he")):
        start = TEXT.index(words)
        quotes.append({"start": start, "end": start + len(words), "speaker": speaker})
    for q in quotes:
        q["text"] = TEXT[q["start"] : q["end"]]
    return {"id": "t1", "text": TEXT, "quotes": quotes, "others": []}


def test_renaming_a_speaker_renames_them_everywhere_and_keeps_the_quotes_in_place() -> None:
    changed = robustness.rename_people(_article())
    assert changed is not None
    assert "Whitlock" not in changed["text"] and "Helen" not in changed["text"]
    first = changed["quotes"][0]
    assert changed["text"][first["start"] : first["end"]] == "We checked it twice,"
    new_name = first["speaker"]
    assert new_name != "Helen Whitlock" and new_name.split()[0] in robustness._FIRST["f"]
    assert f"{new_name.split()[1]} said" in changed["text"]
    second = changed["quotes"][1]
    assert changed["text"][second["start"] : second["end"]] == "No cracks,"


def test_straight_marks_turn_curly_in_turn_within_each_paragraph() -> None:
    changed = robustness.curly_marks(_article())
    assert changed is not None
    assert "“We checked it twice,” Whitlock" in changed["text"]
    assert "“No cracks,” he said. “None at all.”" in changed["text"]
    assert '"' not in changed["text"]


def test_the_present_tense_leaves_an_auxiliary_alone() -> None:
    changed = robustness.present_tense(_article())
    assert changed is not None
    assert "Whitlock says." in changed["text"] and "he says." in changed["text"]
    assert "has said the same" in changed["text"]


def test_an_edit_inside_a_passage_moves_its_end() -> None:
    text, move = robustness._apply("abcdef", [(1, 2, "XYZ"), (4, 5, "")])
    assert text == "aXYZcdf"
    assert move(0) == 0 and move(2) == 4 and move(4) == 6 and move(6) == 7
