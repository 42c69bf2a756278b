"""Tags that name a voice, not a verb's subject: "“For the bus!” came a voice from the back",
"“When?” came the reply from Ana Lima", "“Nonsense,” came the retort", "“Order!” shouted
someone".

A heckle or an answer tagged this way is somebody else's line: it never goes on from the quote
before it. The speaker is the one the reply is "from" when the story names them; otherwise the
voice as written ("a voice from the back", "someone"), and nobody at all when only the words'
kind is given ("came the retort"): guessing the person before would give the heckle to the one
heckled.
"""

from __future__ import annotations

import re

from app.core.analysis.cues import CUE_RE, cue_text
from app.core.analysis.entities import ORGANISATION, PERSON, PLACE
from app.core.analysis.inverted import inverted
from app.core.analysis.mention import NAME, NOMINAL
from app.core.analysis.mentions import Mention
from app.core.analysis.role_nouns import phrase_kind

# "came" (or "came back") right after the closing mark, then a noun phrase with its article:
# "came a voice", "came the reply", "came back the answer". "came" is no verb of saying
# anywhere else, so it is read only here, right after a quote.
_CAME_RE = re.compile(
    r"[ \u00a0]*(came|comes)(?:[ \u00a0]+back)?[ \u00a0]+(?=(?:a|an|the|one|another)\s)"
)

# The voice: an article, up to four words, then maybe one "from/at/in/near ..." phrase, up to
# the clause's end ("a voice from the opposition benches", "the reply from Ana Lima").
_VOICE_RE = re.compile(
    r"(?:a|an|the|one|another)(?:\s+[\w’'-]+){1,4}?"
    r"(?:\s+(?P<prep>from|at|in|near|on|behind)\s+[^,.;:!?\x00\n]{1,60}?)?(?=\s*(?:[,.;:!?\n]|$))"
)

# A voice heard, however it is put: "a voice from the back", "a shout from the gallery",
# "came a cry". Any other head is what came, not who spoke ("came the retort", "came the news
# from Paris"): the speaker is then only the one the words are from, when the story names them.
_VOICE_HEADS = frozenset(
    """voice voices shout shouts cry cries yell yells heckle heckles jeer jeers roar roars
    chant chants murmur murmurs whisper whispers call calls heckler hecklers""".split()
)

# "shouted someone", "called a voice from the gallery": a voice after a verb of saying that
# is no one's name (inverted.py reads the names and the roles).
_SOMEONE_RE = re.compile(r"[ \u00a0]+(someone|somebody)(?=\s*(?:[,.;:!?\n]|$))")


def came_tag(
    masked: str, mentions: list[Mention], at: int, hi: int
) -> tuple[Mention | None] | None:
    """The voice a "came" tag right after the quote names, as a 1-tuple (its mention is None
    when the tag names only the kind of words: "came the retort"); None when no such tag."""
    m = _CAME_RE.match(masked, at, hi)
    if m is None:
        return None
    return (_voice(masked, mentions, m.end(), hi),)


def reply_tag(
    masked: str, mentions: list[Mention], at: int, hi: int
) -> tuple[Mention | None, str] | None:
    """Right after a quote that ends on a comma, "!" or "?": a "came" tag ("came a voice from
    the back"), a cry "called" by someone ("“Order!” called the chair"), or a verb of saying
    before a voice that is no name ("shouted someone"). The mention (None: "came the retort")
    and the verb; None when the words after the quote are no such tag."""
    came = came_tag(masked, mentions, at, hi)
    if came is not None:
        return came[0], "came"
    cue = CUE_RE.match(masked, at + len(masked[at:hi]) - len(masked[at:hi].lstrip(" \u00a0")))
    if cue is None or cue.end() > hi:
        return None
    voice = voice_after(masked, mentions, cue.end(), hi)
    if voice is not None:
        return voice, cue_text(cue.group())
    if cue.group() in ("called", "calls"):
        caller = inverted(mentions, masked, cue.end(), hi, calling=True)
        if caller is not None:
            return caller, cue.group()
    return None


# "which prompted Ana Lima, the member for Holt, to call out “…”": the one moved to speak,
# named as the object of the verb that moved them, speaks (not the subject who prompted it).
_PROMPTED_RE = re.compile(
    r"\b(?:prompted|prompting|led|leading|moved|provoked|provoking|drove|driving|caused|"
    r"causing|forced|forcing|inspired|invited|inviting|urged|urging)[ \u00a0]+$"
)
_TO_SAY_RE = re.compile(
    r"(?:,[^,\x00]{1,80},)?[ \u00a0]+to[ \u00a0]+(?:call[ \u00a0]+out|cry[ \u00a0]+out|shout|"
    r"yell|say|reply|respond|retort|ask|add|interject|heckle|exclaim|quip|remark|declare)"
    r"(?:[ \u00a0]+(?:that|back))?[ \u00a0,:]*$"
)


def prompted_speaker(
    masked: str, mentions: list[Mention], lo: int, mark: int
) -> tuple[Mention, str] | None:
    """ "which prompted Ana Lima, the member for Holt, to call out “…”": the person the verb
    moved to speak (its object, named before "to" and any apposition), and the verb; None when
    the quote is not introduced so."""
    to = _TO_SAY_RE.search(masked, max(lo, mark - 140), mark)
    if to is None:
        return None
    for mention in reversed(mentions):
        if mention.end > to.start() or mention.start < lo:
            continue
        if mention.kind is not NAME or not mention.is_person_name:
            return None
        if masked[mention.end : to.start()].strip(" ,"):
            return None
        if _PROMPTED_RE.search(masked, max(lo, mention.start - 20), mention.start) is None:
            return None
        verb = to.group().strip(" ,:").split(" to ")[-1].strip()
        return mention, verb
    return None


def voice_after(masked: str, mentions: list[Mention], at: int, hi: int) -> Mention | None:
    """After a verb of saying that follows a quote: "someone", or "a voice from the back"
    (an unnamed voice, as written, or the one it is from)."""
    some = _SOMEONE_RE.match(masked, at, hi)
    if some is not None:
        return Mention(some.start(1), some.end(1), some.group(1), NOMINAL, entity=PERSON)
    start = at + len(masked[at:hi]) - len(masked[at:hi].lstrip(" \u00a0"))
    found = _voice(masked, mentions, start, hi)
    if found is None or found.text.split()[1].lower() not in ("voice", "voices"):
        return None  # only a voice: "said the mayor" is inverted.py's, with its checks
    return found


def _voice(masked: str, mentions: list[Mention], at: int, hi: int) -> Mention | None:
    """The noun phrase at `at`: who it is from when a person or a body is named after "from"
    ("the reply from Ana Lima"), else the phrase as written when it is a voice ("a voice from
    the back") or a person ("a man near the door"); None for a kind of words ("the retort")."""
    voice = _VOICE_RE.match(masked, at, hi)
    if voice is None:
        return None
    if voice.group("prep") == "from":
        source = voice.end("prep") + 1
        for mention in mentions:
            if (
                mention.start == source
                and mention.end <= voice.end()
                and mention.entity is not PLACE
                and (mention.kind is NAME or mention.entity in (PERSON, ORGANISATION))
            ):
                return mention  # "the reply from Ana Lima", "a statement from the council"
    phrase = masked[at : voice.start("prep") if voice.group("prep") else voice.end()]
    if phrase.split()[-1].lower() not in _VOICE_HEADS and phrase_kind(phrase) is not PERSON:
        return None  # "came the retort", "came the news from Paris": what came, not who
    text = " ".join(voice.group().split())
    return Mention(at, at + len(text), text, NOMINAL, entity=PERSON)


__all__ = ["came_tag", "prompted_speaker", "reply_tag", "voice_after"]
