"""A rewrite of a wire story, with every kind of change, against its original and a statement.

The fixtures (tests/fixtures/provenance) are written for the project: the original wire story
(Meridian News), the transport board's statement and a rewrite that paraphrases most of it,
rewords a quote from the statement, turns a direct quote into paraphrase, makes a title vaguer,
rewords the anonymous sourcing, changes a number, a year and a place, gives a quote to the
wrong person, adds a quote nobody in the material said, quotes someone the material never
covers, and adds a sentence of its own.
"""

from __future__ import annotations

from app.core.model import Verdict
from app.core.provenance.service import story_provenance


def _quote(story, words: str):
    return next(q for q in story.quotes if q.text.startswith(words))


def test_every_quote_verdict_and_coverage(rewrite) -> None:
    verdicts = {q.text[:24]: (q.verdict, q.covered) for q in rewrite.quotes}
    assert verdicts == {
        "We cannot keep patching ": (Verdict.VERBATIM, True),  # "a local official": unnamed
        "Closing the line in spri": (Verdict.VERBATIM, True),
        "Passengers can count on ": (Verdict.ALTERED, True),  # reworded from the statement
        "The new lining will last": (Verdict.NOT_FOUND, True),  # Marsh never said it
        "I will be cycling to wor": (Verdict.NOT_FOUND, False),  # nobody covers Priya Nair
    }


def test_reworded_quote_has_the_statement_as_evidence(rewrite) -> None:
    quote = _quote(rewrite, "Passengers can count on")
    assert quote.evidence is not None
    assert quote.evidence.document == "board-statement.txt"
    assert "every five minutes during the rush hour" in quote.evidence.passage


def test_every_rewrite_finding_with_both_passages(desk, rewrite) -> None:
    report = story_provenance(desk, "tunnel-rewrite")
    found = {
        (f.code, f.story.text[:30], (f.source.text if f.source else "")[:30])
        for f in report.findings
    }
    assert found == {
        ("sourcing_changed", "The Northbridge rail tunnel wi", "NORTHBRIDGE, March 3 (Meridian"),
        ("source_uncredited", "The Northbridge rail tunnel wi", "NORTHBRIDGE, March 3 (Meridian"),
        ("title_vaguer", '"We cannot keep patching a tun', '"We cannot keep patching a tun'),
        ("quote_dropped", "Marsh said every month of dela", "Every month we wait, the repai"),
        ("fact_changed", "She said the work would cost 4", "Marsh said the work would cost"),
        (
            "quote_speaker_changed",
            "Closing the line in spring, wh",
            "Closing the line in spring, wh",
        ),
        ("quote_altered", "Passengers can count on a repl", "able to rely on replacement bu"),
        ("fact_changed", "Replacement buses will leave f", "Replacement buses will leave f"),
        ("fact_changed", "The tunnel last closed for rep", "The tunnel last closed for rep"),
    }
    messages = " ".join(f.message for f in report.findings)
    for words in (
        "42 million became 48 million",
        "Castle Street became Market Square",
        "1998 became 1996",
        "a local official",
        "Omar Haddad",
        "Meridian News",
    ):
        assert words in messages
    body = desk.get_story("tunnel-rewrite").body
    for finding in report.findings:
        assert body[finding.story.start : finding.story.end] == finding.story.text


def test_sentences_shares_and_credit(desk, rewrite) -> None:
    report = story_provenance(desk, "tunnel-rewrite")

    def relation(words: str) -> str:
        link = next(x for x in report.links if x.sentence.text.startswith(words))
        return "new" if not link.derived else str(link.relation)

    assert relation("The tunnel is one of") == "new"  # same topic, a claim of its own
    assert relation('"The new lining will') == "new"
    assert relation('"I will be cycling') == "new"
    assert relation("Around 18,000 commuters") == "paraphrased"  # drawn from a longer sentence
    assert relation("Marsh said every month") == "paraphrased"
    assert relation("She said the work") == "paraphrased"
    sources = report.to_json()["sources"]
    assert [s["document"] for s in sources] == ["tunnel-original.txt", "board-statement.txt"]
    assert sources[0]["credited"] is False and sources[1]["credited"] is None
    assert 0.5 < sources[0]["share"] < 0.9 and 0 < sources[1]["share"] < 0.2


def test_crediting_the_agency_clears_source_uncredited(desk, rewrite) -> None:
    story = rewrite.with_changes(body=rewrite.body + "\n\nAdditional reporting by Meridian News.")
    desk.save_story(story)
    report = story_provenance(desk, "tunnel-rewrite")
    assert report.to_json()["sources"][0]["credited"] is True
    assert "source_uncredited" not in {f.code for f in report.findings}


def test_the_gate_blocks_altered_and_covered_not_found_and_warns_for_the_rest(desk, rewrite):
    from app.core.exporting.service import check_story

    result = check_story(desk, "tunnel-rewrite")
    blocking = sorted(f.code for f in result.blocking)
    assert blocking == ["quote_altered", "quote_not_found"]
    warnings = {f.code for f in result.warnings}
    assert {
        "quote_uncovered",
        "title_vaguer",
        "quote_dropped",
        "fact_changed",
        "sourcing_changed",
        "quote_speaker_changed",
        "source_uncredited",
    } <= warnings
    uncovered = next(f for f in result.warnings if f.code == "quote_uncovered")
    assert "No material attached for this speaker (Priya Nair)" in uncovered.message


def test_a_person_verifying_the_quotes_releases_the_block(desk, rewrite) -> None:
    from app.core.exporting.service import check_story
    from app.core.model import QuoteStatus

    for words in ("Passengers can count on", "The new lining will last"):
        desk.set_quote_status(_quote(rewrite, words).id, QuoteStatus.VERIFIED)
    assert not check_story(desk, "tunnel-rewrite").blocking
