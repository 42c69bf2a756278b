"""Import and analysis of adversarial copy: seconds per 100 KB at 100 KB, 1 MB and 10 MB.

`python benchmarks/import_speed.py [--sizes 100000 1000000 10000000] [--max-seconds 600]`

The copy is the reliability suite's (tests/reliability/adversarial.py): many short paragraphs
and paragraphs of many short quotes, the shapes that were quadratic (revision deltas in
difflib; attribution). Each size is imported the way `copydesk import` does it, phase by phase:
- read: the importer (decoding, boilerplate, paragraphs);
- analysis: quotes, speakers and sources (in a child process, given up after --max-seconds);
- store: everything else `Desk.create_story` does (word count, first revision, the name
  index's and the archive index's keys, then the write of the story with its quotes), and the
  longest write transaction (what other workstations wait for on SQLite).
Linear time shows as the same seconds per 100 KB at every size.

`python benchmarks/import_speed.py --pathological [--runs 3]` instead times, one row each
against its target, the pathological inputs the tests check the results of (the inputs are
tests/pathological_inputs.py, shared with the tests, so the figure is for the input tested):
- tests/core/importing/test_bad_input.py: each pathological paste (target 5 s) and the 10 MB
  paste (10 s), through `read_text`;
- tests/core/importing/test_docx.py: the 30 MB docx bomb, by file and by bytes (2 s), and the
  20,000-paragraph document (8 s);
- tests/core/analysis/test_datelines.py: the 5 MB paragraph (0.2 s);
- tests/core/analysis/test_credits.py and test_credit_house_styles.py: the 260 KB credit line
  and the 2,000 characters of prose sentences (0.5 s each);
- tests/core/importing/test_many_paragraphs.py: 50,000 short paragraphs, read and analysed
  as an import does (6 s);
- tests/core/test_saving_pathological.py: each body paste, saved as a new story (3 s);
- tests/integration/test_cli_robustness.py: `copydesk analyze` and `copydesk import` of the
  docx bomb, in-process as the test runs them (30 s for the test's three commands).
The tests keep only a hang guard far above these targets (tests/hang_guard.py) or count what
the speed depended on; a row whose CPU time is over its target here is the regression to look
into (wall-clock time is printed too; on a loaded machine it measures the load as well).
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.reliability.adversarial import adversarial_text

CTX = multiprocessing.get_context("fork")


def _analyse(text: str, queue) -> None:
    from app.core.analysis.engine import analyze

    started = time.perf_counter()
    result = analyze(text)
    queue.put((time.perf_counter() - started, list(result.quotes), list(result.sources)))


def _timed_analysis(text: str, limit: float):
    queue = CTX.Queue()
    child = CTX.Process(target=_analyse, args=(text, queue))
    child.start()
    try:
        return queue.get(timeout=limit)
    except Exception:
        return None
    finally:
        if child.is_alive():
            child.kill()
        child.join()


def measure(size: int, limit: float, url: str) -> dict[str, object]:
    from sqlalchemy import event

    import app.core.saving as saving
    import app.core.services as services
    from app.core.importing import read_text

    text = adversarial_text(size)
    started = time.perf_counter()
    draft = read_text(text, "talks.txt").draft
    read_s = time.perf_counter() - started
    analysed = _timed_analysis(draft.body, limit)
    desk = services.Desk.open(url, user="bench")
    spans: list[list[float]] = []
    event.listen(desk.store.engine, "begin", lambda _c: spans.append([time.perf_counter()]))
    event.listen(desk.store.engine, "commit", lambda _c: spans[-1].append(time.perf_counter()))
    real = saving._analyse
    if analysed is not None:  # the store gets the analysis the child made
        saving._analyse = lambda _body, _credits: (tuple(analysed[1]), tuple(analysed[2]))
    try:
        started = time.perf_counter()
        story = services.Story(headline=draft.headline, body=draft.body, credits=draft.credits)
        desk.create_story(story, analyse=analysed is not None)
        store_s = time.perf_counter() - started
    finally:
        saving._analyse = real
        desk.close()
    longest = max((s[1] - s[0] for s in spans if len(s) == 2), default=0.0)
    return {
        "size": len(text.encode("utf-8")),
        "read": read_s,
        "analysis": analysed[0] if analysed is not None else None,
        "quotes": len(analysed[1]) if analysed is not None else None,
        "store": store_s,
        "longest_txn": longest,
    }


def _median_seconds(work, runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of `work()` (this process's CPU time, which a loaded
    machine does not inflate the way it does wall-clock time)."""
    timings = []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        try:
            work()
        except Exception as exc:  # an InputError is a result here, anything else a failure
            if type(exc).__name__ != "InputError":
                raise
        timings.append((time.perf_counter() - started, time.process_time() - cpu))
    middle = len(timings) // 2
    return sorted(t[0] for t in timings)[middle], sorted(t[1] for t in timings)[middle]


def pathological(runs: int) -> int:
    """Print each pathological input's time next to its target; 1 if any is over."""
    from app.core.analysis.credits import parse_credit_line, read_credit_line
    from app.core.analysis.datelines import parse_dateline
    from app.core.importing import read_bytes, read_file, read_text
    from tests import pathological_inputs as inputs
    from tests.integration.cli_run import run_cli

    over = 0
    print(f"{'input':<44} {'wall s':>8} {'CPU s':>8} {'target s':>9}  runs")

    def row(name: str, work, target: float, times: int = runs) -> None:
        nonlocal over
        wall, cpu = _median_seconds(work, times)
        over += cpu > target  # on a loaded machine wall-clock time says more about the load
        flag = "" if cpu <= target else "  OVER"
        print(f"{name:<44} {wall:8.4f} {cpu:8.4f} {target:9.1f}  {times}{flag}")
        sys.stdout.flush()

    for text in inputs.PASTES:
        row(f"paste {inputs.paste_id(text)}", lambda t=text: read_text(t), inputs.PASTE_SECONDS)
    ten = inputs.ten_megabyte_paste()
    row("10 MB paste", lambda: read_text(ten), inputs.TEN_MEGABYTE_SECONDS, 1)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        bomb = folder / "bomb.docx"
        bomb.write_bytes(inputs.docx_bomb(folder))

        def refuse_bomb() -> None:
            for attempt in (lambda: read_file(bomb), lambda: read_bytes(bomb.read_bytes())):
                try:
                    attempt()
                except Exception as exc:
                    assert type(exc).__name__ == "InputError", exc
                else:
                    raise AssertionError("the docx bomb was imported")

        row("docx bomb, by file and by bytes", refuse_bomb, inputs.DOCX_BOMB_SECONDS)
        long = inputs.long_docx(folder)
        row("20,000-paragraph docx", lambda: read_bytes(long, name="long.docx"),
            inputs.LONG_DOCX_SECONDS)  # fmt: skip
        env = {"COPYDESK_DATABASE": f"sqlite:///{folder / 'cli.db'}"}
        row("CLI analyze + import of the docx bomb",
            lambda: [run_cli(command, str(bomb), env=env) for command in ("analyze", "import")],
            30.0)  # fmt: skip
    row("5 MB paragraph, dateline", lambda: parse_dateline(inputs.HUGE_DATELINE_PARAGRAPH),
        inputs.DATELINE_SECONDS)  # fmt: skip
    line = inputs.long_credit_line()
    row("260 KB credit line", lambda: parse_credit_line(line), inputs.CREDIT_SECONDS)
    prose = inputs.many_sentences_credit_line()
    row("2,000 characters of sentences, credit line", lambda: read_credit_line(prose),
        inputs.CREDIT_SECONDS)  # fmt: skip
    from app.core.analysis.engine import analyze

    paragraphs = inputs.many_short_paragraphs()

    def read_and_analyse() -> None:
        draft = read_text(paragraphs).draft
        analyze(draft.body, credits=draft.credits)

    row("50,000 short paragraphs, read + analysis", read_and_analyse,
        inputs.SHORT_PARAGRAPHS_SECONDS, 1)  # fmt: skip
    from app.core.model import Story
    from app.core.services import Desk

    with tempfile.TemporaryDirectory() as name:
        desk = Desk.open(f"sqlite:///{Path(name) / 'bodies.db'}", user="bench")
        for body in inputs.BODY_PASTES:
            row(f"save body {inputs.paste_id(body)}",
                lambda b=body: desk.create_story(Story(headline="Council talks", body=b)),
                inputs.BODY_SECONDS, 1)  # fmt: skip
        desk.close()
    print("PASS" if not over else f"FAIL: {over} over target")
    return 1 if over else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pathological", action="store_true", help="time the tests' pathological inputs instead"
    )
    parser.add_argument("--runs", type=int, default=3, help="runs per input (--pathological)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 10_000_000])
    parser.add_argument(
        "--max-seconds", type=float, default=600.0, help="give analysis up after this long"
    )
    parser.add_argument("--database", help="SQLAlchemy URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    if args.pathological:
        return pathological(args.runs)
    print(
        f"{'size':>9}  {'read s/100KB':>12}  {'analysis s/100KB':>16}  {'store s/100KB':>13}  "
        f"{'import+analysis s/100KB':>23}  {'quotes':>7}  {'longest write (s)':>17}"
    )
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            url = args.database or f"sqlite:///{Path(folder) / 'bench.db'}"
            row = measure(size, args.max_seconds, url)
        per = 100_000 / row["size"]
        analysis = (f"{row['analysis'] * per:16.3f}" if row["analysis"] is not None
                    else f"{'> ' + str(int(args.max_seconds)) + ' s':>16}")  # fmt: skip
        total = (f"{(row['read'] + row['analysis'] + row['store']) * per:23.3f}"
                 if row["analysis"] is not None else f"{'(analysis unfinished)':>23}")  # fmt: skip
        quotes = f"{row['quotes']:>7}" if row["quotes"] is not None else f"{'-':>7}"
        print(
            f"{row['size'] / 1000:>7.0f}KB  {row['read'] * per:12.3f}  {analysis}  "
            f"{row['store'] * per:13.3f}  {total}  {quotes}  {row['longest_txn']:17.3f}"
        )
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
