"""The reliability table: one line per scenario and backend, as the suite and the soak print it."""

from __future__ import annotations

from collections.abc import Iterable

from tests.reliability.harness import Figures

HEADER = ("scenario", "backend", "ops", "ok", "conflicts", "failures", "lost", "notes")


def render(rows: Iterable[Figures]) -> str:
    lines = [HEADER]
    for f in rows:
        notes = ", ".join(f"{k} {v}" for k, v in f.notes.items())
        lines.append((f.scenario, f.backend, str(f.operations), str(f.succeeded),
                      str(f.conflicts), str(len(f.failures)), str(f.lost), notes))  # fmt: skip
    widths = [max(len(row[i]) for row in lines) for i in range(len(HEADER) - 1)]
    out = []
    for row in lines:
        cells = [row[i].ljust(widths[i]) if i < 2 else row[i].rjust(widths[i])
                 for i in range(len(widths))]  # fmt: skip
        out.append("  ".join(cells) + "  " + row[-1])
    failures = [f"  {f.scenario} ({f.backend}): {msg}" for f in rows for msg in f.failures[:3]]
    if failures:
        out += ["", "failures (first three of each):", *failures]
    return "\n".join(out)
