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
def test_every_encoding_restores_the_text_exactly(old: str, new: str) -> None:
    assert deltas.apply_delta(old, deltas.make_delta(old, new)) == new
    fmt, data = deltas.encode(new, old)
    assert deltas.decode(fmt, data, old) == new


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    edits=st.lists(
        st.tuples(
            st.integers(0, 40),
            texts,
            st.sampled_from(["save", "autosave", "close"]),
            st.sampled_from(["History", "History (updated)"]),
        ),
        min_size=1,
        max_size=25,
    )
)
def test_every_recorded_revision_comes_back_exactly(desk: Desk, edits) -> None:
    body = "First paragraph of the story.\n\nSecond paragraph, with a quote.\n"
    story = desk.create_story(Story(headline="History", body=body), analyse=False)
    expected = [("History", body)]
    for position, insert, reason, headline in edits:
        cut = min(position, len(body))
        body = body[:cut] + insert + body[cut + len(insert) // 2 :]
        changed = story.with_changes(body=body, headline=headline)
        outcome = desk.save_story(changed, reason=reason, analyse=False)
        story = outcome.story
        if outcome.revision is not None:
            expected.append((headline, body))
    assert desk.get_story(story.id).body == body  # the working copy is the last save
    history = desk.revisions(story.id)
    assert [(r.headline, r.body) for r in reversed(history)] == expected
    for number, (headline, text) in enumerate(expected, start=1):
        revision = desk.revision(story.id, number)
        assert (revision.headline, revision.body) == (headline, text)


def _stored(desk: Desk, story_id: int) -> list[tuple[str, int]]:
    """(format, stored bytes) of each revision, oldest first."""
    with desk.store.session(write=False) as session:
        query = session.query(RevisionRow).filter_by(story_id=story_id)
        return [(r.body_format, len(r.body_data)) for r in query.order_by(RevisionRow.number)]


def test_history_costs_about_what_the_edits_cost(desk: Desk) -> None:
    paragraphs = [f"Paragraph {i} says something about the council budget." for i in range(60)]
    story = desk.create_story(Story(headline="Budget", body="\n\n".join(paragraphs)), analyse=False)
    texts = [story.body]
    for n in range(KEYFRAME_EVERY + 2):
        paragraphs[n] = paragraphs[n].replace("budget", f"spending plan number {n}")
        story = desk.save_story(
            story.with_changes(body="\n\n".join(paragraphs)), analyse=False
        ).story
        texts.append(story.body)
    rows = _stored(desk, story.id)
    formats = [fmt for fmt, _size in rows]
    assert formats[KEYFRAME_EVERY - 1] == deltas.KEYFRAME  # revision 50 is whole
    assert formats.count(deltas.KEYFRAME) == 1
    stored = sum(size for _fmt, size in rows)
    assert stored * 20 < sum(len(t) for t in texts)
    assert [desk.revision(story.id, n).body for n in (1, 49, 50, 51, 53)] == [
        texts[0],
        texts[48],
        texts[49],
        texts[50],
        texts[52],
    ]


def test_long_stories_past_the_zlib_window_use_word_deltas(desk: Desk) -> None:
    body = "\n\n".join(f"Paragraph {i} of a very long investigation." * 3 for i in range(400))
    assert len(body) > deltas.ZLIB_WINDOW
    story = desk.create_story(Story(headline="Long", body=body), analyse=False)
    edited = body.replace("Paragraph 7 ", "Section seven ", 1)
    desk.save_story(story.with_changes(body=edited), analyse=False)
    assert _stored(desk, story.id)[0][0] == deltas.DELTA
    assert desk.revision(story.id, 1).body == body


def test_a_revision_stored_whole_keeps_its_headline(desk: Desk) -> None:
    """Found by hypothesis: a revision whose delta was no smaller than its whole text."""
    body = "First paragraph of the story.\n\nSecond paragraph, with a quote.\n"
    story = desk.create_story(Story(headline="History", body=body), analyse=False)
    desk.save_story(story.with_changes(body="0" * 116 + body), reason="save", analyse=False)
    assert desk.revision(story.id, 1).headline == "History"
    assert desk.revision(story.id, 1).body == body
