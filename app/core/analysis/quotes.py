"""Finding direct quotes in one block of copy: pairing quotation marks of every style.

Marks are paired per block (a paragraph) so that one stray mark can never spoil more than its
own paragraph. Orientation comes from the characters around a mark first and its glyph second,
because real copy mixes styles (“no evidence" yet) and sometimes types ” where “ was meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from app.core.analysis.entities import PEOPLE_NOUNS, PLURAL_PEOPLE

# Double marks: curly, straight, low-9, guillemets, and the typewriter pairs ``...'' / ''...''.
_DOUBLE_RE = re.compile(r"'''|''|``|‘‘|’’|[\"“”„‟«»〝〞]")
# Single marks are only used as primary quotation marks when a text has no double marks at all.
_SINGLE_RE = re.compile(r"[‘’'‹›‚`]")

_OPEN_GLYPHS = frozenset({"“", "„", "‟", "«", "〝", "``", "‘‘", "‘", "‹", "‚", "`"})
_CLOSE_GLYPHS = frozenset({"”", "»", "〞", "’’", "’", "›"})
_FIXED_GLYPHS = frozenset("«»„")
_DOUBLE_CHARS = '"“”„‟«»〝〞'
# What may sit right before an opening mark / right after a closing mark.
_BEFORE_OPEN = frozenset("([{—–-/:;,…\u00a0\u2009\u202f\u2015") | frozenset(_DOUBLE_CHARS + "‘'")
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-/…\u00a0\u2009\u202f\u2015*") | frozenset(
    _DOUBLE_CHARS + "’'"
)

_WORD_RE = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_SENTENCE_PUNCT_RE = re.compile(r"[.!?…,;:]")
# Nouns that announce a title: "the documentary “13th”", "his show, ''Politicking.''".
_TITLE_NOUN_RE = re.compile(
    r"\b(?:film|movie|book|novel|memoir|song|album|single|show|series|program|programme|"
    r"documentary|podcast|play|musical|opera|article|essay|column|op-ed|editorial|headline|"
    r"segment|episode|hashtag|slogan|poem|painting|exhibit|exhibition|newsletter|magazine|"
    r"titled|entitled|headlined|dubbed|label(?:l)?ed|rated|tagline|motto|anthem|broadcast|"
    r"edition|forum|tour|host|presenter|anchor|creator|author|director|producer|editor|writer|"
    r"star|cast|frontman|showrunner|composer)\s*(?:of\s+)?[,:]?\s*$",
    re.IGNORECASE,
)
# Weaker signs, enough for a title-case phrase of two or more words: "on “Fox News Sunday”",
# "CNN's “State of the Union”".
_TITLE_CUE_RE = re.compile(r"(?:\bon\s+|\bin\s+|[A-Z][\w.&-]*['’]s?\s+)$")
# Works performed or played: "singing “If I Could”", "starred in “Salt”", "played “Clair de
# Lune”" (a lyric sung is introduced with a comma or colon instead).
_PERFORMED_RE = re.compile(
    r"\b(?:sang|sing|sings|singing|perform(?:ed|s|ing)?|play(?:ed|s|ing)?|record(?:ed|s|ing)?|"
    r"cover(?:ed|s|ing)?|star(?:red|s|ring)\s+in|appear(?:ed|s|ing)?\s+in|danced\s+to|"
    r"directed|directs|produced|released|releases|read\s+from|watch(?:ed)?|"
    r"listen(?:ed)?\s+to)\s+(?:a\s+(?:rendition|version|cover)\s+of\s+|(?:his|her|their|the|its)\s+)?"
    r"(?:(?:new|hit|latest|classic|debut|first|second|third)\s+)?(?:song\s+|single\s+|track\s+)?$",
    re.IGNORECASE,
)
_STRONG_TITLE_CUE_RE = re.compile(r"\b(?:titled|entitled|headlined|headline|named)\s*[,:]?\s*$")
_TITLE_AFTER_RE = re.compile(
    r"^[\s,.]*(?:radio\s+|TV\s+|television\s+|talk\s+|news\s+|web\s+)?(?:program|programme|"
    r"show|series|documentary|film|movie|book|podcast|column|article|segment|forum|tour|album|"
    r"song|initiative|op-ed|essay|episode|exhibit|exhibition|special)\b"
)
# Words that present what follows as a term, a slogan or a nickname, not as anyone's speech:
# "the so-called “Tiger Team”", "known as the “Buffett rule”", "a type of “lung”".
_TERM_BEFORE_RE = re.compile(
    r"(?:\bso-called|\bknown\s+as(?:\s+the|\s+a)?|\bthe\s+(?:term|"
    r"slogan|motto|tagline|hashtag|nickname|notorious)|\bslogan|\btagline|\bnicknamed(?:\s+the)?|"
    r"\b(?:a|the)\s+(?:type|form|kind|sort)\s+of|\bwhat(?:'s|’s|\s+is)\s+called|"
    r"\bdiagnosed\s+with(?:\s+a|\s+an)?|\bcode-?named|\btrademarked|\bnickname\s+of|"
    # "The ward's motto is “…”", "a man calling himself “Captain Justice”"
    r"\b(?:motto|slogan|tagline|catchphrase|watchword)\s+(?:is|was|became|remains|reads)|"
    r"\bcall(?:s|ed|ing)?\s+(?:himself|herself|themselves|itself)(?:\s+the|\s+an?)?|"
    # passive naming: "it has been dubbed “feather duvet lung”", "is called “the Gap”"
    r"\b(?:been|was|is|are|were|being)\s+(?:dubbed|called|nicknamed|termed|labell?ed)"
    # a participle after a comma names the noun before it: "The striker, dubbed “…” by fans"
    r"|\b(?-i:[a-z])[\w-]*,\s*(?:(?:also|often|sometimes|once|later|now)\s+)?(?:dubbed|nicknamed|"
    r"called|named|"
    r"known\s+as|labell?ed|branded|titled|billed\s+as)|\bbilled\s+as(?:\s+an?|\s+the)?)"
    r"\s*[,:]?\s*$",
    re.IGNORECASE,
)
# People in general naming a thing: "what historians call the “Long Peace”" (a name, title case).
_GENERAL_NAMING_RE = re.compile(
    r"\bwhat\s+(?:some\s+|many\s+|most\s+)?[a-z]+s\s+(?:call|dub|term)(?:\s+the|\s+an?)?\s*$"
)
# Nouns that make the quoted words before them a name, not speech.
_TERM_AFTER_RE = re.compile(
    r"[\s,.]*(?:ad\s+)?(?:campaign|slogan|tagline|hashtag|motto|loophole|button|label|"
    r"initiative|movement|rule|doctrine|strategy|policy|plan|brand|franchise|trademark|formula|"
    r"framework|principle)s?\b"
)
# "Critics praised “Winter Light,” which premiered at Cannes": what a film, show or book does.
_WORK_DOES_AFTER_RE = re.compile(
    r"[\s,]*(?:which|that)\s+(?:premiered|premieres|opened|opens|aired|airs|debuted|debuts|"
    r"grossed|streams|topped|charted|was\s+released|is\s+released|was\s+published|is\s+published|"
    r"was\s+nominated|is\s+nominated|was\s+adapted|is\s+based|was\s+based|was\s+filmed|"
    r"stars|starred|follows|tells\s+the\s+story)\b"
)
# "Her TED talk, “Why We Sleep,” has ...": a title-case name set off after a work of this kind
# (only title case: "In a speech, “We will not back down,” she said" is speech).
_TITLED_WORK_APPOSITION_RE = re.compile(
    r"\b(?:talk|lecture|keynote|sermon|exhibition|exhibit|painting|sculpture|installation|"
    r"collection|game|app|course|musical|opera|ballet|sitcom|drama|comedy|thriller|"
    r"track|single|record|anthology|trilogy|franchise|brand)\s*,\s*$",
    re.IGNORECASE,
)
_WORK_APPOSITION_RE = re.compile(
    r"\b(?:commentary|column|op-ed|essay|article|editorial|book|novel|memoir|film|movie|song|"
    r"album|show|series|documentary|podcast|episode|poem|play|newsletter|report)\s*,\s*$",
    re.IGNORECASE,
)
# Words cited as words, not said: "the word “gaslighting”", "signs reading “No Entry”", "type
# “help”", a grade or category given ("rated the air “very poor”").
_CITED_BEFORE_RE = re.compile(
    r"(?:(?<!said\s)(?<!added\s)(?<!uttered\s)(?<!spoke\s)(?<!wrote\s)(?<!shouted\s)"
    r"\b(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?(?:word|words|term|terms|phrase|expression|"
    r"letters?|acronym|abbreviation|label|hashtag|password|subject\s+line|name)"
    r"|\b(?:signs?|banners?|placards?|posters?|billboards?|stickers?|t-shirts?|shirts?|caps?|"
    r"mugs?|notices?|graffiti|slogans?)\s+(?:that\s+)?(?:reading|read|reads|saying|said|says|"
    r"with\s+the\s+words|bearing|declaring)"
    r"|\b(?:stamped|marked|printed|emblazoned|inscribed|engraved|spelled|spelt|tattooed)"
    r"(?:\s+with)?"
    r"|\b(?:type|types|typed|typing|enter|enters|entered|click|clicked|tap|tapped|press|"
    r"pressed|select|selected|choose|chose|tick|ticked|google|googled|search(?:ed|es)?\s+for)"
    r"(?:\s+on)?(?:\s+the)?"
    r"|\b(?:rated|rates|rating|graded|grades|classified|classifies|categori[sz]ed|classed|ranked|"
    r"designated)(?:\s+[\w-]+){0,4}?(?:\s+(?:as|at|to))?"
    r"|\b(?:raised|lowered|upgraded|downgraded)\s+(?:[\w-]+\s+){0,3}to"
    r"|\b(?:which|that|it|this|whose\s+name)\s+(?:means|meant|translates\s+as|stands\s+for)"
    r"|\b(?:also|often|sometimes|commonly|popularly|widely|usually|informally|jokingly|"
    r"affectionately)\s+(?:called|known\s+as|referred\s+to\s+as|dubbed|nicknamed|named)"
    r")\s*[,:]?\s*$",
    re.IGNORECASE,
)
# "what “net zero” means", "“AI” stands for", "“proto-counting,” a term used for ..."
_CITED_AFTER_RE = re.compile(
    r"[\s,]*(?:actually\s+|really\s+|even\s+|exactly\s+|now\s+)?(?:means|meant|mean|"
    r"stands\s+for|stood\s+for|refers\s+to)\b"
    r"|\s*,?\s*(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:term|word|phrase|expression|name|nickname|label|"
    r"neologism|coinage|euphemism|acronym|abbreviation)\b"
)
# "“30 years waiting for you,” read one banner": words on a sign, not said.
_SIGN_AFTER_RE = re.compile(
    r"[\s,]*(?:read|reads|said|says|declared|proclaimed)\s+"
    r"(?:a|an|one|the|another|his|her|their|its|our|my)\s+"
    r"(?:[a-z-]+\s+)?(?:sign|banner|placard|poster|billboard|sticker|t-shirt|headline)s?\b"
)
# "a class of medicines called “…”", "a technique named “…”": a thing given its name. Not after
# a person ("the mayor called it “…”"), a pronoun ("what he called") or a verb.
_NAMED_THING_RE = re.compile(
    r"\b([a-z][a-z-]+)\s+(?:called|named|titled|dubbed|nicknamed|known\s+as)\s*[,:]?\s*$"
)
_NOT_A_THING = frozenset(
    """he she they we i you it who what which that this these those them him her us me one
    and or but also has have had was were is are be been being not never often sometimes
    then later once publicly privately openly repeatedly previously recently""".split()
)
_DETERMINER_BEFORE_RE = re.compile(r"(?:\b(?:its|his|her|their|the|a|an|our)|['’]s?)\s*$")
_PERSON_AFTER_RE = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+")
_NOUN_SUBJECT_AFTER_RE = re.compile(
    r"\s+(?:is|was|are|were|has|have|had|became|becomes|remains|remained|will|would|"
    r"went|goes|trended|trends)\s+(?!said\b|says\b|told\b)"
)
# Where a sentence's subject can start: the sentence's start, or after "and"/"or" joining it
# to another subject ("the port and “Sail With Us” had become trending topics").
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s+|:\s+|\b(?:and|or)\s+)$")
# Labels of links to other stories set in the body: their quoted words are headlines.
_TEASER_RE = re.compile(
    r"\s*(?:READ\s+MORE|Read\s+more|RELATED|Related|SEE\s+ALSO|See\s+also|ALSO\s+READ|"
    r"Also\s+read|MORE|WATCH|Watch|LISTEN|Listen|LIVE|Live|READ|Read|RECOMMENDED|Recommended)"
    r"(?:\s+(?:STORY|story|STORIES|stories|ARTICLE|article))?\s*[:|>»–—-]\s"
)
_NUMBERED_RE = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4})[.):]\s+(?=[\"“‘'])")
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to with vs via nor per".split()
)


class QuoteKind(StrEnum):
    """What a pair of quotation marks encloses; only QUOTE (speech) becomes a model.Quote."""

    QUOTE = "quote"
    TITLE = "title"
    HEADING = "heading"
    OTHER = "other"
    """Marks around things that are not speech: markup attributes, numbers, nicknames."""


@dataclass(frozen=True, slots=True)
class Mark:
    """One quotation mark in a block: where, which glyph, and which way it can face."""

    start: int
    end: int
    glyph: str
    can_open: bool
    can_close: bool


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A pair of marks in one block; offsets are local to the block.

    `start`/`end` bound the quoted text (marks excluded); `mark_start`/`mark_end` include them.
    `unclosed` means the block ended inside the quote (a multi-paragraph quote or a stray mark).
    """

    start: int
    end: int
    mark_start: int
    mark_end: int
    kind: QuoteKind = QuoteKind.QUOTE
    unclosed: bool = False


@dataclass(frozen=True, slots=True)
class BlockQuotes:
    """The quotes of one block plus the marks that found no partner."""

    spans: tuple[QuoteSpan, ...]
    strays: tuple[int, ...]
    opens_with_mark: bool
    lead: int = 0
    """Where the block's own words begin (after blanks and a heading number such as "3.")."""


def uses_double_marks(text: str) -> bool:
    """True when the text quotes with double marks (almost all copy); else singles are primary."""
    return any(ch in text for ch in _DOUBLE_CHARS) or "''" in text or "``" in text


def _marks(block: str, double: bool) -> list[Mark]:
    """Every candidate mark with the directions its surroundings allow."""
    out: list[Mark] = []
    n = len(block)
    for m in (_DOUBLE_RE if double else _SINGLE_RE).finditer(block):
        start, end = m.span()
        glyph = m.group()
        if glyph == "'''":
            # A nested single quote touching the closing/opening pair: keep the pair's side.
            if start > 0 and not block[start - 1].isspace():
                start += 1
            else:
                end -= 1
            glyph = "''"
        prev = block[start - 1] if start > 0 else ""
        nxt = block[end] if end < n else ""
        if not double and prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe: don't, O'Neill
        if not double and glyph in "’'" and nxt.isdigit() and not prev.isalnum():
            continue  # ’90s
        left_open = prev == "" or prev.isspace() or prev in _BEFORE_OPEN
        right_close = nxt == "" or nxt.isspace() or nxt in _AFTER_CLOSE
        opens = left_open and nxt != "" and not nxt.isspace()
        closes = right_close and prev != "" and not prev.isspace()
        if glyph in _FIXED_GLYPHS:
            # Guillemets and low-9 marks are typed on purpose and often spaced (« text »).
            opens, closes = glyph in "«„", glyph == "»"
        elif opens == closes:
            # Surroundings do not decide (spaces on both sides, or glued on both): the glyph does.
            if glyph in _OPEN_GLYPHS:
                opens, closes = True, False
            elif glyph in _CLOSE_GLYPHS:
                opens, closes = False, True
            else:
                opens = closes = True
        if not double and not opens and prev.isalpha() and nxt.isalpha():
            continue
        out.append(Mark(start, end, glyph, opens, closes))
    return out


def scan_block(block: str, *, double: bool = True) -> BlockQuotes:
    """Pair the marks of one block into quotes.

    A stack handles nesting (a straight-quoted passage that quotes something in curly marks);
    an opener of the same style met inside an open quote means the earlier opener was stray,
    which is how a missing closing mark usually shows.
    """
    marks = _marks(block, double)
    spans: list[QuoteSpan] = []
    strays: list[int] = []
    stack: list[Mark] = []
    for mark in marks:
        if not stack:
            if mark.can_open:
                stack.append(mark)
            else:
                strays.append(mark.start)
            continue
        top = stack[-1]
        if mark.can_close:
            stack.pop()
            if not stack:
                spans.append(QuoteSpan(top.end, mark.start, top.start, mark.end))
            continue
        # A mark that can only open while a quote is open.
        if _family(mark.glyph) != _family(top.glyph) and len(stack) < 3:
            stack.append(mark)  # a nested quote in another style
        else:
            strays.append(top.start)
            stack[-1] = mark
    if stack:
        bottom = stack[0]
        end = len(block.rstrip())
        spans.append(QuoteSpan(bottom.end, end, bottom.start, end, unclosed=True))
    first = block.lstrip()
    opens_with_mark = (
        bool(marks) and marks[0].can_open and marks[0].start == len(block) - len(first)
    )
    # Where the block's own text begins and ends, computed once: a block of thousands of quotes
    # must not be re-sliced for each of them.
    numbered = _NUMBERED_RE.match(block)  # "2. “Keep Your Receipts”" is a numbered heading
    lead = numbered.end() if numbered else len(block) - len(block.lstrip())
    tail = len(block.rstrip(" \t\n.:"))
    if _TEASER_RE.match(block):
        # "READ MORE: ‘It was chaos’ – residents describe the flood": another story's headline
        classified = tuple(_with_kind(s, QuoteKind.HEADING) for s in spans)
    else:
        classified = tuple(
            _titles_in_lists(block, [_classify(block, s, lead, tail) for s in spans])
        )
    return BlockQuotes(classified, tuple(strays), opens_with_mark, lead)


def _family(glyph: str) -> str:
    if glyph in "“”„‟〝〞":
        return "curly"
    if glyph in "«»":
        return "guillemet"
    if glyph in ("''", "``", "‘‘", "’’"):
        return "typewriter"
    return glyph


def _classify(block: str, span: QuoteSpan, lead: int, tail: int) -> QuoteSpan:
    """Tell headings and titles from speech; everything else stays a quote.

    `lead` and `tail` bound the block's text without surrounding blanks (and closing ".:").
    """
    text = block[span.start : span.end]
    words = _WORD_RE.findall(text)
    if not words:
        return _with_kind(span, QuoteKind.TITLE)
    whole_block = span.mark_start <= lead and span.mark_end >= tail
    has_punct = bool(_SENTENCE_PUNCT_RE.search(text.rstrip()[-1:] or ""))
    if whole_block and not span.unclosed:
        letters = [c for c in text if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(words) <= 12:
            return _with_kind(span, QuoteKind.HEADING)
        if not has_punct and len(words) <= 10 and is_title_case(words):
            return _with_kind(span, QuoteKind.HEADING)
    before = block[max(0, span.mark_start - 40) : span.mark_start]
    after = block[span.mark_end : span.mark_end + 40]
    if (
        not has_punct
        and _NOUN_SUBJECT_AFTER_RE.match(after)
        and (span.mark_start <= lead or _SENTENCE_START_RE.search(before))
    ):
        # “Ride the Tide” is appearing on buses ...: quoted words as a sentence's subject are a
        # name (a slogan, a title), not anyone's speech.
        return _with_kind(span, QuoteKind.TITLE)
    if _WORK_APPOSITION_RE.search(before) and (
        text.rstrip()[-1:] == "," or after.lstrip()[:1] == ","
    ):
        # "Ana Ruiz's essay, “Why the night boat matters,” was widely shared"
        return _with_kind(span, QuoteKind.TITLE)
    if (
        len(words) <= 4
        and not has_punct
        and text[:1].islower()
        and _DETERMINER_BEFORE_RE.search(before)
        and _PERSON_AFTER_RE.match(after)
    ):
        # "The Gazette assigned its “chief waterfront correspondent” Lena Ortiz": a job title.
        return _with_kind(span, QuoteKind.OTHER)
    if re.match(r"-[^\W\d_]", after) and len(words) <= 3:
        return _with_kind(span, QuoteKind.OTHER)  # “multitool”-type: part of a compound word
    if before.endswith("=") or not any(c.isalpha() for c in text):
        return _with_kind(span, QuoteKind.OTHER)  # an HTML attribute, a number
    if (len(words) <= 8 and _TERM_BEFORE_RE.search(before)) or (
        len(words) <= 20 and is_title_case(words) and _TERM_BEFORE_RE.search(before)
    ):
        return _with_kind(span, QuoteKind.OTHER)  # a term, a slogan, a nickname
    if "what" in before and _GENERAL_NAMING_RE.search(before) and is_title_case(words):
        return _with_kind(span, QuoteKind.OTHER)  # "what historians call the “Long Peace”"
    if len(words) <= 6 and (_CITED_BEFORE_RE.search(before) or _named_thing(before)):
        return _with_kind(span, QuoteKind.OTHER)  # a word cited, a sign, a category, a name
    if len(words) <= 12 and _SIGN_AFTER_RE.match(after):
        return _with_kind(span, QuoteKind.OTHER)  # a banner's words
    if len(words) <= 4 and _CITED_AFTER_RE.match(after):
        return _with_kind(span, QuoteKind.OTHER)  # what “net zero” means
    if len(words) <= 2 and is_title_case(words) and _between_name_parts(before, after):
        return _with_kind(span, QuoteKind.OTHER)  # a nickname: Robert C. "Bobby" Scott
    if (
        len(words) <= 8
        and _TERM_AFTER_RE.match(after)
        # "the “Rust, we’re on it” ad campaign", "its “Homes First” policy"; not "had “evil” plans"
        and (_DETERMINER_BEFORE_RE.search(before) or is_title_case(words))
    ):
        return _with_kind(span, QuoteKind.OTHER)  # "the “Rust, we’re on it” ad campaign"
    if (
        len(words) <= 12
        and (
            _WORK_DOES_AFTER_RE.match(after)
            or (
                (text.rstrip()[-1:] == "," or after.lstrip()[:1] == ",")
                and _TITLED_WORK_APPOSITION_RE.search(before)
            )
        )
        and is_title_case(words)
    ):
        return _with_kind(span, QuoteKind.TITLE)  # “Winter Light,” which premiered at Cannes
    if is_title_case(words) and len(words) <= 16 and _TITLE_NOUN_RE.search(before):
        return _with_kind(span, QuoteKind.TITLE)  # "In his book “Tides and Timetables: How ...”"
    if is_title_case(words) and len(words) <= 12:
        if re.search(r"\b(?:the|a|an|her|his|their)\s*$", before, re.I) and re.match(
            r"\s+[a-z]", after
        ):
            return _with_kind(span, QuoteKind.TITLE)  # "the “Bad Blood” songstress"
        if len(words) >= 2 and (
            _TITLE_CUE_RE.search(before) or after.strip()[:1] == "(" or _TITLE_AFTER_RE.match(after)
        ):
            return _with_kind(span, QuoteKind.TITLE)
        if (
            _STRONG_TITLE_CUE_RE.search(before)
            or _TITLE_NOUN_RE.search(before)
            or (text.rstrip()[-1:] not in ".!?," and _PERFORMED_RE.search(before))
        ):
            return _with_kind(span, QuoteKind.TITLE)
        if len(words) == 1 and _TITLE_AFTER_RE.match(after):
            return _with_kind(span, QuoteKind.TITLE)
    return span


def _named_thing(before: str) -> bool:
    m = _NAMED_THING_RE.search(before)
    if m is None:
        return False
    word = m.group(1).lower()
    return (
        word not in _NOT_A_THING
        and word not in PEOPLE_NOUNS
        and word not in PLURAL_PEOPLE
        and not word.endswith("ly")
    )


def _titles_in_lists(block: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """“A” and “B”: a title-case phrase listed with a title is a title too."""
    out = list(spans)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if prev.kind is not QuoteKind.TITLE or cur.kind is not QuoteKind.QUOTE:
            continue
        between = block[prev.mark_end : cur.mark_start].strip(" ,")
        words = _WORD_RE.findall(block[cur.start : cur.end])
        if between in ("and", "or", "") and words and is_title_case(words):
            out[i] = _with_kind(cur, QuoteKind.TITLE)
    return out


def _between_name_parts(before: str, after: str) -> bool:
    prev_word = before.rstrip().rsplit(" ", 1)[-1] if before.strip() else ""
    next_word = after.lstrip().split(" ", 1)[0] if after.strip() else ""
    return (
        bool(prev_word)
        and bool(next_word)
        and prev_word[:1].isupper()
        and next_word[:1].isupper()
        and not prev_word.endswith((",", ":", ";"))
        and next_word[-1:] not in ".!?"
        and before.endswith(" ")
        and after.startswith(" ")
    )


def is_title_case(words: list[str]) -> bool:
    """Every significant word capitalised: the look of a name or a title, not of a sentence."""
    significant = [w for i, w in enumerate(words) if i == 0 or w.lower() not in _SMALL_WORDS]
    return bool(significant) and all(w[0].isupper() or w[0].isdigit() for w in significant)


def _with_kind(span: QuoteSpan, kind: QuoteKind) -> QuoteSpan:
    return QuoteSpan(span.start, span.end, span.mark_start, span.mark_end, kind, span.unclosed)
