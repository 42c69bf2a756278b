"""Keystroke cost with Suggest edits, smart quotes and spelling all on at once, in a
20,000-word story that already holds suggestions and comments, in the real window (offscreen),
the sidebar, the review panel and the spelling underlines refreshing.

Prints median/p95/max per key, as GUI-thread CPU time (what the keystroke costs; a busy
machine does not inflate it) and wall clock, for typing (insertions, quotes and apostrophes
among them), the quote keys alone, Backspace (text marked deleted) and typing over a
selection (replacements); then what the pauses cost: writing the body with its CriticMarkup
(the editor does it a moment after typing stops) and opening the story. Goal (issues 15, 16,
17): p95 <= 2 ms a key with all three on.

    python benchmarks/suggest_bench.py [--words 20000] [--keys 200]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.gui_bench import make_body, settle, spin
from benchmarks.stats import percentile

TYPED = "the council said \"we don't know 'why' the ferry's late\" on tuesdy "
"""Quotes and apostrophes (smart quotes convert them), and a misspelling (underlined)."""


def line(name: str, samples: list[float], target: str = "") -> str:
    return (f"{name:<50} median {statistics.median(samples):6.2f} ms   p95 "
            f"{percentile(samples, 95):6.2f} ms   max {max(samples):6.2f} ms   "
            f"(n={len(samples)}) {target}")  # fmt: skip


class Timed:
    """Per key: CPU and wall for the key handled (the filters, the edit, the smart-quote step,
    the changed paragraph's spelling, the layout) and for that plus the events it leaves
    pending (the repaint, a sidebar result arriving)."""

    def __init__(self) -> None:
        self.cpu: list[float] = []
        self.wall: list[float] = []
        self.cpu_all: list[float] = []
        self.wall_all: list[float] = []
        self.quote_cpu: list[float] = []
        self.quote_wall: list[float] = []

    def extend(self, other: Timed) -> None:
        for name in vars(self):
            getattr(self, name).extend(getattr(other, name))

    def print(self, name: str, goal: str = "") -> None:
        print(line(f"{name}: key handled, CPU", self.cpu, goal))
        print(line(f"{name}: key handled, wall", self.wall))
        print(line(f"{name}: key + pending events, CPU", self.cpu_all))
        print(line(f"{name}: key + pending events, wall", self.wall_all))
        if self.quote_cpu:
            print(line(f"{name}: quote keys alone, CPU", self.quote_cpu, goal))
            print(line(f"{name}: quote keys alone, wall", self.quote_wall))


def with_suggestions(body: str, count: int, seed: int) -> str:
    """`body` with `count` suggestions by two other authors spread through it (CriticMarkup)."""
    from app.core.review import critic

    rng = random.Random(seed)
    words = body.split(" ")
    chosen = sorted(rng.sample(range(10, len(words) - 10), count))
    at = critic.datetime(2026, 5, 1, 10, 0, tzinfo=critic.UTC)
    for n, index in enumerate(reversed(chosen), start=1):
        word = words[index]
        if "\n" in word or not word.isalpha():
            continue
        meta = critic.render_meta(n, ("ana", "ben")[n % 2], at)
        kind = n % 3
        if kind == 0:
            words[index] = "{++" + word + "++}" + meta
        elif kind == 1:
            words[index] = "{--" + word + "--}" + meta
        else:
            words[index] = "{~~" + word + "~>" + word.upper() + "~~}" + meta
    return " ".join(words)


def keys(app, text, sequence: list, burst: int, pause: float) -> Timed:
    from PySide6.QtTest import QTest

    timed = Timed()
    for i, key in enumerate(sequence):
        started, cpu = time.perf_counter(), time.thread_time()
        QTest.keyClick(text, key)
        wall_key, cpu_key = time.perf_counter() - started, time.thread_time() - cpu
        app.processEvents()
        timed.cpu.append(cpu_key * 1000)
        timed.wall.append(wall_key * 1000)
        timed.cpu_all.append((time.thread_time() - cpu) * 1000)
        timed.wall_all.append((time.perf_counter() - started) * 1000)
        if key in ("'", '"'):
            timed.quote_cpu.append(cpu_key * 1000)
            timed.quote_wall.append(wall_key * 1000)
        spin(app, pause if (i + 1) % burst == 0 else 0.06)
    return timed


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="copydesk-suggest-bench-"))
    os.environ["COPYDESK_DATA_DIR"] = str(folder / "data")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QTextCursor

    from app.gui.application import create_application

    app = create_application([sys.argv[0]])
    from app.core.model import Story
    from app.core.services import Desk
    from app.gui.main_window import MainWindow
    from app.gui.review import marks

    desk = Desk.open(f"sqlite:///{folder / 'bench.db'}", user="chief")
    markup = with_suggestions(make_body(args.words, 2), args.suggestions, 7)
    story = desk.create_story(Story(headline="The long read", body=markup, body_markup=markup))
    for n in range(args.comments):
        words = story.body.split()
        desk.comment_on(story.id, words[100 + n * 300], f"Check this ({n})")
    story = desk.get_story(story.id)
    window = MainWindow(desk, settings=QSettings(str(folder / "s.ini"),
                                                 QSettings.Format.IniFormat))  # fmt: skip
    window.resize(1280, 800)
    window.show()
    spin(app, 0.3)
    window.live.start()
    started = time.perf_counter()
    window.autosaver.switch_to(story.id)
    window.repaint()
    app.processEvents()
    opened = (time.perf_counter() - started) * 1000
    settle(app, window)
    proofing = window.editor.proofing
    deadline = time.perf_counter() + 60
    while proofing.reader() is None and time.perf_counter() < deadline:
        spin(app, 0.1)  # the spelling checker is built off the GUI thread
    if proofing.reader() is None:
        print("the spelling checker did not load within a minute")
        return 1
    proofing.highlighter.finish_now()  # the first whole-story underlining is not a keystroke
    settle(app, window)
    quotes = window.editor.smart_quotes
    window.autosaver._timer.setInterval(3_600_000)  # saves are not what is measured here
    window.autosaver._max_timer.setInterval(3_600_000)
    window.actions.suggest_edits.setChecked(True)
    text = window.editor.text_edit
    text.setFocus()
    cursor = text.textCursor()
    cursor.setPosition(text.document().characterCount() // 2)
    text.setTextCursor(cursor)

    load = os.getloadavg()[0]
    print(
        f"Copydesk keystroke benchmark: Suggest edits + smart quotes + spelling "
        f"(1280x800, offscreen); store in {folder}"
    )
    print(
        f"machine: {os.cpu_count()} cores, load average {load:.1f} (wall clock suffers when "
        "the cores are busy; CPU time does not)"
    )
    print(f"story {story.word_count:,} words, {args.suggestions} suggestions by two authors, "
          f"{args.comments} comments; opened in {opened:.0f} ms")  # fmt: skip
    print(
        f"smart quotes: {'on' if quotes.style is not None else 'OFF'}; spelling and style: "
        f"{'on' if proofing.reader() is not None else 'OFF'} "
        f"({len(proofing.reader().settings.effective_rules())} style rules)\n"
    )
    goal = "goal p95 <= 2 ms"
    typed = [TYPED[i % len(TYPED)] for i in range(args.keys)]
    window.actions.suggest_edits.setChecked(False)
    keys(app, text, typed[: args.keys // 2], 12, 0.45).print(
        "suggest OFF, quotes+spelling on, typing"
    )
    window.actions.suggest_edits.setChecked(True)
    keys(app, text, typed, 12, 0.45).print("ALL ON, typing", goal)
    typed_paragraph = text.textCursor().block().text()
    keys(app, text, [Qt.Key.Key_Backspace] * (args.keys // 2), 12, 0.45).print(
        "ALL ON, Backspace (strikes)", goal
    )
    over = Timed()
    for i in range(args.keys // 4):
        cursor = text.textCursor()
        position = 2000 + i * 997
        cursor.setPosition(position)
        cursor.setPosition(position + 4, QTextCursor.MoveMode.KeepAnchor)
        text.setTextCursor(cursor)
        over.extend(keys(app, text, ["x"], 1, 0.06))
    over.print("ALL ON, typing over a selection", goal)
    curly = sum(typed_paragraph.count(m) for m in "“”‘’")
    straight = sum(typed_paragraph.count(m) for m in "'\"")
    print(f"{'':<50} the typed paragraph holds {curly} curly and {straight} straight marks")
    doc = text.document()
    serial = []
    for _ in range(10):
        started = time.perf_counter()
        marks.document_to_markup(doc)
        serial.append((time.perf_counter() - started) * 1000)
    print(line("body with CriticMarkup, after a pause", serial))
    found = len(marks.collect_marks(doc))
    print(f"{'':<46} {found} suggested stretches in the document now")
    window.close()
    desk.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--suggestions", type=int, default=60)
    parser.add_argument("--comments", type=int, default=10)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
