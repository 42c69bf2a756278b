"""Build the third invented gold set (articles.jsonl, gold.jsonl) from its annotated sources.

The markup and its checks are those of ../invented/build.py (one builder for all three sets, so
the sets cannot drift apart in format): this script runs it on this folder.

    python benchmarks/gold/invented3/build.py
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _builder():
    builder = HERE.parent / "invented" / "build.py"
    spec = importlib.util.spec_from_file_location("invented_build", builder)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    raise SystemExit(_builder().main(HERE))
