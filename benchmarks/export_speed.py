"""Export timings: one 1,000-word story (target < 30 ms) and a batch of 1,000 (< 30 s).

Run: python benchmarks/export_speed.py [--stories 1000] [--keep] [--pathological]
`--pathological` also exports a story holding each of tests/pathological_inputs.EXPORT_PASTES
as a paragraph (target: under 3 s each, gate included).
Builds a throwaway SQLite store, exports through the same service the CLI uses, prints
timings, and shows batch progress on stderr the way `copydesk export` does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPH = (
    "The council voted 7-2 on Tuesday to approve the budget, which raises spending by "
    "3 percent and adds 12 km of new bus lanes across the city's eastern districts. "
    '"We have waited long enough for this," said Mayor Ana Ortiz, who had pushed for '
    "the plan since taking office. Critics said the money would be better spent on "
    "repairs to existing roads, schools and the ageing water network."
)


def make_body(words: int = 1000) -> str:
    paragraphs: list[str] = []
    count = 0
    while count < words:
        paragraphs.append(PARAGRAPH)
        count += len(PARAGRAPH.split())
        if len(paragraphs) % 5 == 0:
            paragraphs.append("## What comes next")
    return "\n\n".join(paragraphs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--pathological", action="store_true", help="also the dense pastes")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="copydesk-bench-"))
    os.environ["COPYDESK_DATA_DIR"] = str(tmp / "data")
    from app.core.exporting import service
    from app.core.model import Credit, CreditRole, Dateline, Story, StoryStatus
    from app.core.services import Desk

    desk = Desk.open(f"sqlite:///{tmp / 'bench.db'}", user="bench")
    body = make_body()
    credits = (
        Credit(CreditRole.REPORTING, "Ana Ortiz", "Springfield"),
        Credit(CreditRole.EDITING, "Lee Park"),
    )

    def story(i: int) -> Story:
        return Story(
            headline=f"Council approves budget {i}", slug=f"budget-{i}", body=body,
            dek="Spending rises 3 percent", desk="Metro", keywords=("budget",),
            dateline=Dateline("SPRINGFIELD", "Nov 17", "Reuters"),
            status=StoryStatus.READY, credits=credits,
        )  # fmt: skip

    print(f"Building {args.stories} stories of {len(body.split())} words...", file=sys.stderr)
    t0 = time.perf_counter()
    for i in range(args.stories):
        desk.create_story(story(i))
    print(f"  built in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

    out = tmp / "one"
    out.mkdir()
    service.export_story(desk, "budget-0", "html", out)  # warm-up: templates, Markdown
    runs = []
    for _ in range(30):
        t = time.perf_counter()
        service.export_story(desk, "budget-0", "html", out)
        runs.append((time.perf_counter() - t) * 1000)
    median = statistics.median(runs)
    print(f"one 1,000-word story, html, gate + render + write: median {median:.1f} ms, "
          f"best {min(runs):.1f} ms (target < 30 ms)")  # fmt: skip

    def progress(done: int, total: int, slug: str) -> None:
        if done % 50 == 0 or done == total:
            print(f"\r[{done:>{len(str(total))}}/{total}] {slug:<20}", end="", file=sys.stderr)
            if done == total:
                print(file=sys.stderr)

    slugs = [f"budget-{i}" for i in range(args.stories)]
    t = time.perf_counter()
    batch = service.export_many(desk, slugs, tmp / "batch", progress=progress)
    seconds = time.perf_counter() - t
    print(f"batch of {len(batch.exported)} stories + index: {seconds:.1f} s "
          f"({seconds / max(1, len(slugs)) * 1000:.1f} ms each; target < 30 s)")  # fmt: skip
    slow = _pathological(desk, story(0), tmp) if args.pathological else 0
    desk.close()
    if args.keep:
        print(f"kept {tmp}", file=sys.stderr)
    else:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return 0 if median < 30 and seconds < 30 and not slow else 1


def _pathological(desk, base, tmp: Path) -> int:
    """Export one story per dense paste; print each time; return how many missed 3 s."""
    from dataclasses import replace

    from app.core.exporting import service
    from app.core.model.story import new_story_uid
    from tests.pathological_inputs import EXPORT_PASTES, paste_id

    slow = 0
    for n, paste in enumerate(EXPORT_PASTES):
        slug = f"dense-{n}"
        desk.create_story(
            replace(base, slug=slug, uid=new_story_uid(), body=f"The council met.\n\n{paste}")
        )
        t = time.perf_counter()
        service.export_story(desk, slug, "html", tmp / "one", override_reason="benchmark")
        seconds = time.perf_counter() - t
        slow += seconds >= 3
        print(f"dense paste {paste_id(paste):<22} exported in {seconds:.2f} s (target < 3 s)")
    return slow


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main())
