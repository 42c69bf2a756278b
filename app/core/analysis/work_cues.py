"""Quoted words that a roundup, a review or a guide sets out as a work's title or a thing's label.

Music and arts roundups list works with their makers ("Fennick – “Paper Lanterns”: a slow
ballad ...", "“Salt in the Wind” by Glasgow trio Fennick"), and reviews and guides put a quoted
label before the noun it qualifies ("the repeated ‘Let me go’ chorus", "the gallery's “Quiet
Rooms” series", "the “Focus” mode"). None of these is anyone's speech, though a name stands
right beside the marks, which the speaker rules would otherwise take for a sayer. titles.kind_of
asks this module after its own title cues; each reading looks at the few characters either side
of the marks only (speed: asked for every pair).
"""

from __future__ import annotations

import re

from app.core.analysis import name_shapes
from app.core.analysis.cues import CUE_RE
from app.core.analysis.naming import _WORD_RE

# A roundup's entry: the maker, a dash, then the work and a colon, at the paragraph's start:
# "Fennick – “Paper Lanterns”: The Leeds duo ...". The name is one to six capitalised words
# (with "&", "ft." and "and" between); nothing else stands before it in the paragraph.
_ENTRY_MAKER_RE = re.compile(
    r"^\s*(?:\d{1,3}[.)]\s+)?(?:[A-Z0-9][\w.'’&!$-]*\s+(?:(?:&|and|ft\.|feat\.|x)\s+)?){0,5}"
    r"[A-Z0-9][\w.'’&!$-]*\s*[–—-]\s*$"
)
_ENTRY_COLON_AFTER_RE = re.compile(r"\s*:\s")

# A work credited to its maker after the marks: "“Go Slow!” by Brighton singer Orla Vance",
# "“Salt in the Wind” by Fennick". A verdict given by someone keeps its verb before the marks
# ("was called “Reckless” by critics"), and a tag follows speech, not "by".
_BY_MAKER_AFTER_RE = re.compile(
    r"\s+by\s+(?:(?:the\s+)?[a-z][\w-]*\s+){0,4}?(?:[A-Z][\w.'’&-]*)(?:\s|[,.;:)]|$)"
)
_JUDGED_BEFORE_RE = re.compile(
    r"\b(?:called|labell?ed|branded|termed|dubbed|described(?:\s+as)?|deemed|declared|"
    r"hailed(?:\s+as)?|slammed\s+as|criticised\s+as|criticized\s+as|named|voted|seen\s+as|"
    r"viewed\s+as|regarded\s+as|as)\s*$",
    re.IGNORECASE,
)

# The words' own name as the sayer of a tag: "‘Good Bread Takes Time,’ as its title suggests":
# a title, slogan or name is not a speaker, so the words are that title, not speech.
_OWN_NAME_TAG_AFTER_RE = re.compile(
    r"[\s,]*as\s+(?:its|the|their|his|her|our)\s+(?:[\w’'-]+\s+)?"
    r"(?:title|name|headline|slogan|tagline|motto|strapline|subtitle)\s+"
    r"(?:suggests|implies|says|puts\s+it|promises|indicates|announces|declares|makes\s+clear)\b"
)

# Works listed after their plural noun and a colon: "via three 30-second spots: ‘Harbour,’
# ‘Lantern’ and ‘Tidewater.’" (title_lists.titles_in_lists carries the list on from the first).
_WORKS_LISTED_BEFORE_RE = re.compile(
    r"\b(?:films|movies|spots|ads|adverts|commercials|songs|tracks|singles|albums|records|books|"
    r"novels|episodes|shows|plays|podcasts|videos|paintings|works|titles|chapters|poems|"
    r"stories|sketches|installments|instalments)\s*:\s*$",
    re.IGNORECASE,
)

# A quoted label right before the noun it qualifies, after a determiner or an owner and at most
# two describing words: "the repeated ‘Let me go, let me go’ chorus", "Fridman's “Solos” series".
_QUALIFIER_BEFORE_RE = re.compile(
    r"(?:\b(?i:the|a|an|its|his|her|their|our|this|that|these|those|new|latest)|[\w)]['’]s?)"
    r"(?:\s+[a-z][\w-]*,?){0,2}\s*$"
)
# Nouns naming a work or a run of works: the label before them is its title.
_WORK_NOUN_AFTER_RE = re.compile(
    r"\s+(?:series|exhibitions?|exhibits?|shows?|festival|tour|season|performances?|"
    r"installations?|retrospective|showcase|residency|mixtape|EP|LP|trilogy|franchise|"
    r"collection|podcast|newsletter|column|segment|strand)\b"
)
# Nouns naming a part of a song, a setting, a test, a format: the label before them is a term.
_PART_NOUN_AFTER_RE = re.compile(
    r"\s+(?:chorus|refrain|hook|lyrics?|verse|riff|motif|catchphrase|meme|challenge|trend|"
    r"genre|aesthetic|mode|settings?|option|tab|menu|icon|folder|toggle|filter|feature|app|"
    r"test|exam|quiz|format|template|method|technique|formula|recipe)s?\b"
)


# A guest credited inside a song's title: "“Best Friend (feat. Ana Ruiz)”", "(with Tom Vell)".
_GUEST_CREDIT_RE = re.compile(
    r"\s*\((?:feat\.?|ft\.?|featuring|with)\s[^()]{1,60}\)", re.IGNORECASE
)


def titled_with_guest(text: str) -> bool:
    """A title in title case once its guest credit is set aside ("Best Friend (feat. Ana
    Ruiz)"): the lower-case "feat." alone must not make it look like a sentence."""
    if "(" not in text:
        return False
    core = _GUEST_CREDIT_RE.sub("", text)
    return core != text and name_shapes.is_title_case(_WORD_RE.findall(core))


def roundup_entry(block: str, lead: int, mark_start: int, after: str) -> bool:
    """A roundup's entry head: the maker and a dash open the paragraph, the work's title in the
    marks, then a colon and the entry's text ("Fennick – “Paper Lanterns”: A slow ballad")."""
    if after[:1] != ":" and after.lstrip()[:1] != ":":  # asked first (speed)
        return False
    head = block[lead:mark_start]
    return (
        len(head) <= 80 and "\n" not in head and _ENTRY_MAKER_RE.match(head) is not None
    ) and _ENTRY_COLON_AFTER_RE.match(after) is not None


def credited_work(text: str, before: str, after: str) -> bool:
    """A work followed by its maker: "“Go Slow!” by Orla Vance" (title case, no comma closing
    the words as a tag's would, no verb of judging before the marks)."""
    return (
        "by" in after[:4]  # asked first (speed)
        and text.rstrip()[-1:] != ","
        and _BY_MAKER_AFTER_RE.match(after) is not None
        and _JUDGED_BEFORE_RE.search(before) is None
    )


def works_listed(before: str) -> bool:
    """A plural noun of works and a colon right before the marks: the first of the works' titles
    ("three 30-second spots: ‘Harbour,’ ‘Lantern’ and ‘Tidewater.’")."""
    return before.rstrip()[-1:] == ":" and _WORKS_LISTED_BEFORE_RE.search(before) is not None


def named_by_own_title(after: str) -> bool:
    """A tag after the words whose sayer is their own title or slogan ("…,’ as its title
    suggests"): the words are the title, nobody's speech."""
    return "as" in after and _OWN_NAME_TAG_AFTER_RE.match(after) is not None


def qualified_noun(text: str, words: list[str], titled: bool, before: str, after: str) -> str:
    """The noun a quoted label qualifies, after a determiner or an owner: "work" for a series,
    a show, a tour; "part" for a chorus, a mode, a test; "" when the marks stand before neither
    (a comma or a stop closing the words leaves them someone's: "“Go home,” the show's host").

    A label in lower case is taken only with no verb of saying either side, and never a single
    plain word: "called it a “tough” test", "a “game-changing” feature, Ruiz said" are verdicts
    someone gave, partial quotes of them.
    """
    if len(words) > 8 or text.rstrip()[-1:] in ",.!?;:" or not after[:1].isspace():
        return ""
    # the noun after the marks asked first: two matches where they start, cheaper than the
    # search of the words before, and most marks stand before no such noun (speed)
    kind = (
        "work"
        if _WORK_NOUN_AFTER_RE.match(after)
        else "part"
        if _PART_NOUN_AFTER_RE.match(after)
        else ""
    )
    if not kind or _QUALIFIER_BEFORE_RE.search(before) is None:
        return ""
    if titled:
        return kind
    if len(words) == 1 and "-" not in text:
        return ""
    if CUE_RE.search(before) is not None or CUE_RE.search(after) is not None:
        return ""
    return kind
