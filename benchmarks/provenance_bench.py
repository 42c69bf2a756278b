"""Provenance timings: a 1,000-word story against 10 documents, --pairs throughput, --archive.

    python benchmarks/provenance_bench.py [--database URL_OF_THE_100000_STORY_STORE]

Text is synthetic (benchmarks/corpus.py): ten 900-word documents, and a 1,000-word story made
of their sentences, some reworded, with new sentences between. With --database (a store built
by generate.py), `--archive` is timed on stories of that store with a rewrite of each.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import ROOTS, make_people, sentence  # noqa: E402

SWAPS = {"officials": "authorities", "residents": "locals", "workers": "staff",
         "approved": "backed", "rejected": "turned down", "delayed": "postponed",
         "critics": "opponents", "new": "fresh", "local": "regional"}  # fmt: skip


def _reword(text: str, rng: random.Random) -> str:
    words = text.split()
    words = [SWAPS.get(w, w) if rng.random() < 0.6 else w for w in words]
    if len(words) > 8 and rng.random() < 0.5:
        del words[rng.randrange(1, len(words) - 1)]
    return " ".join(words)


def _documents(rng: random.Random, count: int = 10, words: int = 900) -> list[str]:
    people = make_people(50, 3)
    out = []
    for _ in range(count):
        topic = rng.choice(ROOTS)
        paragraphs, total = [], 0
        while total < words:
            if rng.random() < 0.2:
                said = sentence(rng, topic)[:-1]
                paragraph = f"\u201c{said},\u201d said {rng.choice(people)}."
            else:
                paragraph = " ".join(sentence(rng, topic) for _ in range(rng.randint(1, 3)))
            paragraphs.append(paragraph)
            total += len(paragraph.split())
        out.append("\n\n".join(paragraphs))
    return out


def _story(rng: random.Random, documents: list[str], words: int = 1000) -> str:
    from app.core.provenance.sentences import split_sentences

    pool = [s.text for d in documents for s in split_sentences(d)]
    out, total = [], 0
    while total < words:
        if rng.random() < 0.7:
            text = _reword(rng.choice(pool), rng)
        else:
            text = sentence(rng, rng.choice(ROOTS))
        out.append(text)
        total += len(text.split())
    return "\n\n".join(" ".join(out[i : i + 2]) for i in range(0, len(out), 2))


def _ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return f"median {statistics.median(values) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms"


def attached(runs: int = 15) -> None:
    from app.core.model import SourceDocument, Story
    from app.core.provenance.report import build_report, names_in
    from app.core.provenance.service import document_material
    from app.core.verification import documents as documents_module
    from app.core.verification import prose

    rng = random.Random(5)
    cold = None
    uncached, cached, cpu_uncached, cpu_cached = [], [], [], []
    for run in range(runs):
        texts = _documents(rng)
        body = _story(rng, texts)
        story = Story(headline="Bench", body=body, slug="bench")
        from app.core.analysis.engine import analyze

        story = story.with_changes(quotes=analyze(body).quotes)
        docs = [SourceDocument(f"doc-{run}-{i}.txt", "text", t) for i, t in enumerate(texts)]
        for fresh in (True, False):
            if fresh:
                documents_module.parse_document.cache_clear()
                prose.document_analysis.cache_clear()
                names_in.cache_clear()
            started, cpu = time.perf_counter(), time.process_time()
            build_report(story, [document_material(d) for d in docs])
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu
            if cold is None:
                cold = elapsed
                continue
            (uncached if fresh else cached).append(elapsed)
            (cpu_uncached if fresh else cpu_cached).append(cpu)
    words = len(body.split())
    print(f"provenance, {words}-word story vs 10 attached documents of ~900 words:")
    print(f"  first call in a process (loads model and word data): {cold * 1000:.0f} ms")
    print(
        f"  documents read afresh (parse + speakers + align): {_ms(uncached)} "
        f"(CPU {_ms(cpu_uncached)})"
    )
    print(
        f"  documents already read (the window, a second run): {_ms(cached)} "
        f"(CPU {_ms(cpu_cached)})"
    )


def pairs(count: int = 10_000) -> None:
    rng = random.Random(9)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pairs.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for n in range(count):
                a = sentence(rng, rng.choice(ROOTS))
                b = _reword(a, rng) if rng.random() < 0.5 else sentence(rng, rng.choice(ROOTS))
                fh.write(json.dumps({"id": n, "story": a, "source": b}) + "\n")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "app", "provenance", "--pairs", str(path)],
            capture_output=True, text=True, cwd=ROOT, check=True,
        )  # fmt: skip
        elapsed = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = result.stdout.count("\n")
    print(
        f"--pairs: {lines:,} pairs in {elapsed:.2f} s, one process (start-up included): "
        f"{lines / elapsed:,.0f} pairs/s (CPU {cpu:.2f} s: {lines / cpu:,.0f} pairs/s)"
    )


def archive(url: str, runs: int = 20) -> None:
    from sqlalchemy import text

    from app.core.model import Story
    from app.core.provenance.report import build_report
    from app.core.provenance.service import archive_materials
    from app.core.services import Desk

    desk = Desk.open(url)
    rng = random.Random(11)
    with desk.store.engine.connect() as conn:
        total = conn.execute(text("SELECT count(*) FROM stories")).scalar()
        rows = conn.execute(text("SELECT count(*) FROM archive_index")).scalar()
        ids = [r for (r,) in conn.execute(
            text("SELECT id FROM stories WHERE words BETWEEN 600 AND 1500 AND deleted_at IS NULL"
                 " ORDER BY id LIMIT 2000"))]  # fmt: skip
    picked = rng.sample(ids, runs)
    times, cpus, found = [], [], 0
    for story_id in picked:
        original = desk.get_story(story_id)
        paragraphs = original.body.split("\n\n")
        rewrite = "\n\n".join(_reword(p, rng) for p in paragraphs if rng.random() < 0.8)
        story = Story(headline="Rewrite", body=rewrite, slug="rewrite")
        started, cpu = time.perf_counter(), time.process_time()
        materials = archive_materials(desk, story)
        build_report(story, materials)
        times.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
        found += any(m.document == f"story:{original.slug}" for m in materials)
    desk.close()
    print(
        f"--archive against {total:,} stories ({rows:,} index rows): {_ms(times)} "
        f"(CPU {_ms(cpus)}; candidates + alignment); original found for {found} of {runs} "
        "rewrites"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="a store built by generate.py, for --archive")
    args = parser.parse_args()
    attached()
    pairs()
    if args.database:
        archive(args.database)


if __name__ == "__main__":
    main()
