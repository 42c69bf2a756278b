"""The detail pane under the quote tree: HTML for a quote (status, verdict, diff, evidence).

Kept apart from the panel so the words a desk reads can be tested without any widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from app.core.model import Finding, Quote, Source
from app.gui.quote_states import STATES, QuoteState, severity_word, state_of

EVIDENCE_LINK = "copydesk-evidence:open"


def _when(quote: Quote) -> str:
    return quote.status_at.strftime("%Y-%m-%d %H:%M") if quote.status_at else ""


def diff_html(diff: Sequence[object], dark: bool = False) -> str:
    """Word diff, source → story: added words underlined, dropped words struck through.

    Marked by decoration and a +/− sign too, never by colour alone.
    """
    added, dropped = ("#86efac", "#fca5a5") if dark else ("#166534", "#b91c1c")
    parts = []
    for op in diff:
        kind = getattr(op, "op", "equal")
        story, source = escape(getattr(op, "story", "")), escape(getattr(op, "source", ""))
        if kind == "equal":
            parts.append(story or source)
            continue
        if kind in ("delete", "replace") and source:
            parts.append(
                f'<s style="color:{dropped}" title="in the source, not in the story">−{source}</s>'
            )
        if kind in ("insert", "replace") and story:
            parts.append(
                f'<u style="color:{added}" title="in the story, not in the source">'
                f"<b>+{story}</b></u>"
            )
    return " ".join(parts)


def quote_html(
    quote: Quote,
    check: object | None = None,
    dark: bool = False,
    has_documents: bool = False,
) -> str:
    """Everything a desk needs to decide on one quote, in reading order."""
    state = state_of(quote)
    info = STATES[state]
    rows = [
        f"<p><b>{escape(info.label)}</b> — {escape(info.meaning)}</p>",
        f"<p>“{escape(quote.text)}”</p>",
    ]
    said = [escape(quote.speaker or "Speaker not identified")]
    if quote.speaker_mention and quote.speaker_mention != quote.speaker:
        said.append(f"(written “{escape(quote.speaker_mention)}”)")
    if quote.cue:
        said.append(escape(quote.cue))
    if quote.venue:
        said.append(escape(quote.venue))
    rows.append(f"<p>{' · '.join(said)}</p>")
    if quote.status_by and state in (QuoteState.VERIFIED, QuoteState.DISPUTED):
        note = f": {escape(quote.status_note)}" if quote.status_note else ""
        rows.append(
            f"<p>Marked {escape(str(quote.status))} by {escape(quote.status_by)} "
            f"{escape(_when(quote))}{note}</p>"
        )
    verdict = getattr(check, "verdict", None) or quote.verdict
    if verdict is not None:
        label = STATES[QuoteState(str(verdict))].label
        score = getattr(check, "score", None)
        scored = f" (score {score:.2f})" if isinstance(score, float) else ""
        by = f", checked by {escape(quote.verdict_by)}" if quote.verdict_by else ""
        rows.append(f"<p>Machine verdict: <b>{escape(label)}</b>{scored}{by}</p>")
    if check is not None and getattr(check, "speaker_mismatch", False):
        rows.append(
            "<p><b>Speaker mismatch:</b> the source gives these words to "
            f"{escape(getattr(check, 'source_speaker', None) or 'someone else')}.</p>"
        )
    diff = getattr(check, "diff", ()) if check is not None else ()
    if diff and verdict is not None and str(verdict) != "verbatim":
        rows.append(f"<p>Changes from the source:<br>{diff_html(diff, dark)}</p>")
    evidence = getattr(check, "evidence", None) or quote.evidence
    if evidence is not None:
        stamp = f" at {escape(evidence.timestamp)}" if evidence.timestamp else ""
        rows.append(
            f"<p>Evidence in <b>{escape(evidence.document)}</b>{stamp}:<br>"
            f"<i>“{escape(evidence.passage)}”</i><br>"
            f'<a href="{EVIDENCE_LINK}">Open the document at this passage</a></p>'
        )
    elif verdict is None:
        hint = (
            "Run “Check quotes” to compare it with the attached material."
            if has_documents
            else "Attach the source material (transcript, wire copy, notes), then check quotes."
        )
        rows.append(f"<p>{hint}</p>")
    if quote.id is None:
        rows.append("<p><i>Not saved yet — save the story to mark this quote.</i></p>")
    return "".join(rows)


def source_html(source: Source) -> str:
    rows = [f"<p><b>{escape(source.name)}</b></p>"]
    if source.title:
        rows.append(f"<p>{escape(source.title)}</p>")
    if source.description:
        rows.append(f"<p>{escape(source.description)}</p>")
    flags = [
        f
        for f, on in (("Anonymous", source.anonymous), ("Confidential", source.confidential))
        if on
    ]
    if flags:
        rows.append(f"<p>{' · '.join(flags)}</p>")
    if source.contact or source.notes:
        rows.append("<p><i>Private — never exported:</i></p>")
        if source.contact:
            rows.append(f"<p>Contact: {escape(source.contact)}</p>")
        if source.notes:
            rows.append(f"<p>Notes: {escape(source.notes)}</p>")
    return "".join(rows)


def finding_html(finding: Finding, *, headline: bool = False) -> str:
    """A finding's details; `headline`: its offsets are the headline's (it says so)."""
    where = ""
    if headline:
        where = f"<p>Headline: <i>“{escape(finding.context or '')}”</i></p>"
    elif finding.paragraph is not None:
        where = f"<p>Paragraph {finding.paragraph}: <i>“{escape(finding.context or '')}”</i></p>"
    return (
        f"<p><b>{escape(severity_word(finding.severity).capitalize())}</b> · "
        f"{escape(finding.code)}</p><p>{escape(finding.message)}</p>{where}"
    )
