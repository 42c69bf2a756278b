"""Spelling and style speed: a whole story's check, and the editor's cost per keystroke.

1. Whole-story check (`Proofreader.check_body`: plain view, spelling, the Reuters-like
   stylebook, paragraph and context of every finding) on each article of
   ../shared/corpora/real-copy-dev, read at run time: milliseconds per 1,000 words with the
   per-paragraph caches emptied before every story (a story opened for the first time), and
   for one 20,000-word story made of those articles, as wall-clock and as CPU time (the
   latter leaves out other programs on a shared machine). Target: <= 20 ms per 1,000 words.
2. The editor's cost per keystroke in that 20,000-word story, offscreen, typing in the middle
   of a paragraph: each key press timed from the event to the end of its handling, with the
   underlines on (spelling and style) and off, so the difference is what proofing costs.
   Target: p95 <= 2 ms with spelling and style on.

    python benchmarks/proofing_speed.py [--keys 400]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.spelling_injection import articles
from benchmarks.stats import percentile

LONG_WORDS = 20_000


def _clear_caches() -> None:
    from app.core.proofing import style, words
    from app.core.text import plain

    words.tokens.cache_clear()
    style._SENTENCES.clear()  # the style rules' per-sentence results
    plain._read_block.cache_clear()


def long_story() -> str:
    """About 20,000 words of real copy: the articles, one after another, in Markdown."""
    parts: list[str] = []
    count = 0
    for article in articles():
        parts.append(article.text)
        count += len(article.text.split())
        if count >= LONG_WORDS:
            break
    return "\n\n".join(parts)


def whole_story() -> None:
    from app.core.proofing.proofreader import Proofreader, ProofSettings

    reader = Proofreader.build(ProofSettings())
    per_thousand, cpu_per_thousand = [], []
    for article in articles():
        words = len(article.text.split())
        _clear_caches()
        fresh = Proofreader.build(ProofSettings())  # nothing remembered from other stories
        started, started_cpu = time.perf_counter(), time.thread_time()
        fresh.check_body(article.text)
        cpu_per_thousand.append((time.thread_time() - started_cpu) * 1000 / words * 1000)
        per_thousand.append((time.perf_counter() - started) * 1000 / words * 1000)
    print("Whole-story check, each article of real-copy-dev (caches empty, ms per 1,000 words):")
    for label, values in (("wall", per_thousand), ("CPU ", cpu_per_thousand)):
        print(f"  {label}: median {statistics.median(values):.1f}   p95 "
              f"{percentile(values, 95):.1f}   max {max(values):.1f}   (n={len(values)}; "
              f"target <= 20)")  # fmt: skip
    body = long_story()
    words = len(body.split())
    times, cpu_times = [], []
    for _ in range(3):
        _clear_caches()
        fresh = Proofreader.build(ProofSettings())
        started, started_cpu = time.perf_counter(), time.thread_time()
        findings = fresh.check_body(body)
        cpu_times.append((time.thread_time() - started_cpu) * 1000)
        times.append((time.perf_counter() - started) * 1000)
    best, best_cpu = min(times), min(cpu_times)
    print(
        f"  one {words:,}-word story: {best:.0f} ms wall, {best_cpu:.0f} ms CPU "
        f"({best_cpu / words * 1000:.1f} ms CPU per 1,000 words; {len(findings)} findings)"
    )
    started = time.perf_counter()
    reader.check_body(body)
    again = (time.perf_counter() - started) * 1000
    print(f"  the same story checked again (paragraph caches warm, as after a keystroke): "
          f"{again:.0f} ms")  # fmt: skip


def keystrokes(keys: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.core.model import Story
    from app.core.proofing.proofreader import Proofreader, ProofSettings
    from app.gui.panels.editor import EditorPanel

    app = QApplication.instance() or QApplication([])
    body = long_story()
    editor = EditorPanel()
    editor.resize(1000, 800)
    editor.show()
    editor.set_story(Story(headline="Long", body=body, slug="long", id=1))
    reader = Proofreader.build(ProofSettings()).with_story(p for p in body.split("\n\n"))
    results = {}
    doc = editor.text_edit.document()
    # Typical paragraphs of the story (300 to 800 characters), a fresh one for each pass.
    candidates = [doc.findBlockByNumber(n) for n in range(doc.blockCount() // 3, doc.blockCount())]
    candidates = [b for b in candidates if 300 <= len(b.text()) <= 800]
    for number, (label, active) in enumerate((("off", None), ("on", reader))):
        editor.proofing.highlighter.set_reader(active)
        started = time.perf_counter()
        editor.proofing.highlighter.finish_now()
        full = (time.perf_counter() - started) * 1000
        block = candidates[number * 7]
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + len(block.text()) // 2)
        editor.text_edit.setTextCursor(cursor)
        wall, cpu = [], []
        text = "the council met on tuesday and the mayor sayd the plan was dramatic "
        for i in range(keys):
            ch = text[i % len(text)]
            started, started_cpu = time.perf_counter(), time.thread_time()
            if ch == " ":
                QTest.keyClick(editor.text_edit, Qt.Key.Key_Space)
            else:
                QTest.keyClicks(editor.text_edit, ch)
            cpu.append((time.thread_time() - started_cpu) * 1000)
            wall.append((time.perf_counter() - started) * 1000)
            if i % 50 == 49:
                app.processEvents()  # let timers run between bursts, as a typist pauses
        results[label] = (wall, cpu)
        print(f"Keystrokes, underlines {label:3} ({len(block.text())}-character paragraph): "
              f"wall median {statistics.median(wall):.2f} / p95 {percentile(wall, 95):.2f} ms; "
              f"CPU median {statistics.median(cpu):.2f} / p95 {percentile(cpu, 95):.2f} ms "
              f"(n={keys}; whole-story underline pass {full:.0f} ms, run in slices)")  # fmt: skip
    (on_wall, on_cpu), (off_wall, off_cpu) = results["on"], results["off"]
    share = percentile(on_wall, 95) - percentile(off_wall, 95)
    share_cpu = percentile(on_cpu, 95) - percentile(off_cpu, 95)
    print(
        f"  proofing's share at p95: wall {share:.2f} ms, CPU {share_cpu:.2f} ms (target: p95 "
        f"<= 2 ms with spelling and style on; CPU time leaves out other programs on a busy "
        f"machine)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=400)
    args = parser.parse_args()
    whole_story()
    keystrokes(args.keys)


if __name__ == "__main__":
    main()
