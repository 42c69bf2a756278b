"""Audit report and publication timings: the report (build, HTML, PDF) of a 1,000-word and a
20,000-word story, and exporting an old publication after corrections.

Run: python benchmarks/audit_speed.py [--runs 10]
Builds a throwaway SQLite store (quotes verified against a transcript, exported with an
override, published and corrected twice), then prints medians and 95th percentiles in ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.export_speed import make_body
from benchmarks.stats import measure


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="copydesk-audit-bench-"))
    os.environ["COPYDESK_DATA_DIR"] = str(tmp / "data")
    from app.core.audit import build_report, render_html, render_pdf
    from app.core.exporting import service
    from app.core.model import Credit, CreditRole, Source, Story, StoryStatus
    from app.core.services import Desk

    desk = Desk.open(f"sqlite:///{tmp / 'bench.db'}", user="bench")
    transcript = tmp / "transcript.txt"
    transcript.write_text("MAYOR ANA ORTIZ: We have waited long enough for this.\n", "utf-8")
    for words in (1000, 20000):
        story = desk.create_story(Story(
            headline=f"Council budget ({words} words)", body=make_body(words),
            status=StoryStatus.READY, credits=(Credit(CreditRole.BYLINE, "Ana Ortiz"),),
        ))  # fmt: skip
        desk.add_source(story.id, Source("Olek Marsh", confidential=True))
        desk.verify_story(story.id, [transcript])
        service.export_story(desk, story.id, "html", tmp, override_reason="bench")
        desk.set_status(story.id, StoryStatus.PUBLISHED)
        for note in ("First correction.", "Second correction."):
            desk.correct(story.id, note)
            desk.set_status(story.id, StoryStatus.PUBLISHED)
        quotes = len(desk.get_story(story.id).quotes)
        report = build_report(desk, story.id)
        timings = [
            measure("build report", lambda sid=story.id: build_report(desk, sid), args.runs),
            measure("render HTML", lambda r=report: render_html(r), args.runs),
            measure("render PDF", lambda r=report: render_pdf(r), args.runs),
            measure("export current text (html)",
                    lambda sid=story.id: service.export_story(desk, sid, "html"), args.runs),
            measure("export publication 1 (html)",
                    lambda sid=story.id: service.export_story(desk, sid, "html", publication=1),
                    args.runs),
        ]  # fmt: skip
        pdf = render_pdf(report)
        print(f"{words:,}-word story, {quotes} quotes, 3 publications "
              f"(PDF {len(pdf) / 1024:.0f} KB):")  # fmt: skip
        for t in timings:
            print(f"  {t.name:<30} median {t.median_ms:7.1f} ms   p95 {t.p95_ms:7.1f} ms")
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
