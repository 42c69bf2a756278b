"""Does a transcript's speaker label name the person a story credits with the quote?"""

from __future__ import annotations

import re

from app.core.verification.normalize import word_set

_TITLES = word_set(
    """mr mrs ms miss dr prof sir dame lord lady president vice prime minister secretary
    mayor governor gov senator sen representative rep congressman congresswoman chancellor
    chairman chairwoman chair ceo general gen col colonel captain capt lt sgt officer chief
    judge justice rev father pastor king queen prince princess the a an of jr sr deputy
    spokesman spokeswoman spokesperson councillor councilman councilwoman commissioner
    ambassador"""
)
_UNKNOWN_SPEAKERS = re.compile(
    r"^(?:speaker|voice|unknown|unidentified|participant|person|male|female|man|woman|crowd|"
    r"audience|caller|multiple|various|all)(?:\s*\w{0,3})?$",
    re.IGNORECASE,
)
_PRONOUNS = word_set("he she they i we it you him her them who one")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _words(name: str) -> list[str]:
    return [w.casefold().replace("’", "'") for w in _WORD.findall(name)]


def speaker_agrees(story_speaker: str | None, source_label: str | None) -> bool | None:
    """True when the names share a name word, False when they clearly differ, None if unknown.

    Unknown covers a pronoun in the story ("he said"), a generic label ("Speaker 2") or no
    label at all: no label is no evidence of another speaker. Titles are compared only when a
    side has nothing else ("MAYOR:" against "Mayor Jane Doe").
    """
    if not story_speaker or not source_label:
        return None
    label = source_label.strip()
    if _UNKNOWN_SPEAKERS.match(label):
        return None
    story_words = _words(story_speaker)
    label_words = _words(label)
    if not story_words or not label_words or set(story_words) <= _PRONOUNS:
        return None
    story_names = {w for w in story_words if w not in _TITLES}
    label_names = {w for w in label_words if w not in _TITLES}
    if story_names and label_names:
        if story_names & label_names:
            return True
        # "O'Rourke" vs "ORourke", "Zelenskiy" vs "Zelensky": a close enough surname agrees
        return any(_close(a, b) for a in story_names for b in label_names)
    return bool(set(story_words) & set(label_words) - {"the", "a", "an", "of"})


def _close(a: str, b: str) -> bool:
    a, b = a.replace("'", ""), b.replace("'", "")
    if min(len(a), len(b)) < 5:
        return a == b
    return a[:5] == b[:5] and abs(len(a) - len(b)) <= 2


def named_speaker(speaker: str | None) -> str | None:
    """The speaker as a name to look for in the material, or None when the story names nobody.

    "a local official", "two U.S. officials", "officials", "he": descriptions and pronouns are
    no name, so such a quote counts as having no speaker (covered by any material).
    """
    if not speaker or not speaker.strip():
        return None
    speaker = speaker.strip()
    if not speaker[:1].isupper():
        return None
    words = _words(speaker)
    if not words or set(words) <= _PRONOUNS:
        return None
    return speaker
