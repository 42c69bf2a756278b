"""The faster constructor for frozen, slotted dataclasses: same objects, still frozen."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pytest

from app.core.fastinit import fast_init
from app.core.model import Quote


@fast_init
@dataclass(frozen=True, slots=True)
class _Point:
    x: int
    y: int = 0
    label: str | None = None


def test_a_fast_built_object_equals_and_hashes_as_the_dataclass_would() -> None:
    point = _Point(1, label="a")
    assert (point.x, point.y, point.label) == (1, 0, "a")
    assert point == _Point(x=1, y=0, label="a")
    assert hash(point) == hash(_Point(1, 0, "a"))
    assert dataclasses.replace(point, y=5) == _Point(1, 5, "a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        _Point()  # type: ignore[call-arg]


def test_classes_it_cannot_rebuild_exactly_are_left_as_they_are() -> None:
    @dataclass(frozen=True, slots=True)
    class WithFactory:
        items: list[int] = field(default_factory=list)

    original = WithFactory.__init__
    assert fast_init(WithFactory).__init__ is original
    assert WithFactory().items == []


def test_the_decorated_classes_get_the_generated_constructor() -> None:
    @dataclass(frozen=True, slots=True)
    class Plain:
        x: int

    # fast_init's constructor writes each field through its slot's setter, named _set_<field>;
    # the dataclass's own goes through object.__setattr__.
    assert "_set_x" in _Point.__init__.__code__.co_names
    assert "_set_text" in Quote.__init__.__code__.co_names
    assert "_set_x" not in Plain.__init__.__code__.co_names


def test_quotes_keep_their_defaults_and_stay_frozen() -> None:
    quote = Quote("We will rebuild.", 0, 16, speaker="Ana Lopez")
    assert quote == dataclasses.replace(Quote("x", 0, 1), text="We will rebuild.", end=16,
                                        speaker="Ana Lopez")  # fmt: skip
    assert quote.confidence == 0.0 and quote.id is None and quote.evidence is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        quote.speaker = "Tom Vell"  # type: ignore[misc]
