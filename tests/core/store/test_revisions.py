"""Every revision restores exactly, however compactly the history stores it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.model import Story
from app.core.services import Desk
from app.core.store import deltas
from app.core.store.revisions import KEYFRAME_EVERY
from app.core.store.schema import RevisionRow

texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)


@given(old=texts, new=texts)
def test_a_delta_restores_the_new_text_exactly(old: str, new: str) -> None:
    assert deltas.apply_delta(old, deltas.make_delta(old, new)) == new


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=st.lists(st.tuples(st.integers(0, 40), texts), min_size=1, max_size=25))
def test_every_saved_revision_comes_back_exactly(desk: Desk, edits) -> None:
    body = "First paragraph of the story.\n\nSecond paragraph, with a quote.\n"
    story = desk.create_story(Story(headline="History", body=body), analyse=False)
    expected = [body]
    for position, insert in edits:
        cut = min(position, len(body))
        body = body[:cut] + insert + body[cut + len(insert) // 2 :]
        outcome = desk.save_story(story.with_changes(body=body), reason="save", analyse=False)
        story = outcome.story
        if outcome.revision is not None:
            expected.append(body)
    history = desk.revisions(story.id)
    assert [r.body for r in reversed(history)] == expected
    for number, text in enumerate(expected, start=1):
        assert desk.revision(story.id, number).body == text


def test_history_is_stored_as_deltas_between_keyframes(desk: Desk) -> None:
    paragraphs = [f"Paragraph {i} says something about the council budget." for i in range(60)]
    story = desk.create_story(Story(headline="Budget", body="\n\n".join(paragraphs)),
                              analyse=False)
    for n in range(KEYFRAME_EVERY + 2):
        paragraphs[n] = paragraphs[n].replace("budget", f"plan {n}")
        story = desk.save_story(story.with_changes(body="\n\n".join(paragraphs)),
                                analyse=False).story
    with desk.store.session(write=False) as session:
        rows = session.query(RevisionRow).order_by(RevisionRow.number).all()
        formats = [r.body_format for r in rows]
        delta_size = max(len(r.body_data) for r in rows if r.body_format == deltas.DELTA)
        keyframe_size = min(len(r.body_data) for r in rows if r.body_format == deltas.KEYFRAME)
    assert formats[0] == deltas.KEYFRAME
    assert formats[KEYFRAME_EVERY] == deltas.KEYFRAME
    assert formats.count(deltas.DELTA) == len(formats) - 2
    assert delta_size * 5 < keyframe_size
