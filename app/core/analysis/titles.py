"""Quoted words that name or cite something rather than report speech, told by their surroundings.

A title ("the documentary “13th”"), a term ("the so-called “Tiger Team”"), a word cited as a word
("the word “carry”"), a sign's text, a heading standing alone: quote_marks.py pairs the marks, this
module says from the words around a pair, before any speaker is looked for, what they enclose.
The cues that make the words a term, a charge, a sign's text or a word cited (neither speech nor
a work's title) are in term_cues.py; this module holds the cues of titles and kind_of.
"""

from __future__ import annotations

import re
from enum import StrEnum

from app.core.analysis import cries, name_shapes, naming, term_cues, work_cues
from app.core.analysis.cues import CUE_RE
from app.core.analysis.patterns import compile_guarded

_WORD_RE = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_SENTENCE_PUNCT_RE = re.compile(r"[.!?…,;:]")
# Nouns that announce a title: "the documentary “13th”", "his show, ''Politicking.''".
_TITLE_NOUN_RE = re.compile(
    r"\b(?:film|movie|book|novel|memoir|song|album|single|show|series|program|programme|"
    r"documentary|podcast|play|musical|opera|article|essay|column|op-ed|editorial|headline|"
    r"segment|episode|hashtag|slogan|poem|painting|exhibit|exhibition|newsletter|magazine|"
    # a record's cut: "Morrow sings over one guitar on the title track, “Harbor Light.”"
    r"track|"
    # more kinds of work: "whose debut “Tidewater” sold", "the sitcom “Flatmates”"
    r"debut|sequel|prequel|remake|reboot|mixtape|ballad|duet|soundtrack|sitcom|novella|"
    r"anthology|cookbook|biography|autobiography|bestseller|blockbuster|adaptation|"
    # a talk given under a title: "His TED talk “Why We Sleep”"
    r"talk|lecture|keynote|sermon|"
    r"titled|entitled|headlined|dubbed|label(?:l)?ed|rated|tagline|motto|anthem|broadcast|"
    r"edition|forum|tour|host|presenter|anchor|creator|author|director|producer|editor|writer|"
    r"star|cast|frontman|showrunner|composer|"
    # the acclaim trade and arts copy puts before a work: "the 2009 Oscar-nominated “Salt
    # Road,”", "the award-winning “Night Shift”", "her best-selling “Tidewater”"
    # (only "-winning", "[- ]nominated", "the/a/her hit" and "hits such as": "the slogan
    # that hit “…,” said X" and "kept winning “…,” X said" are verbs)
    r"[-\s]nominated|-winning|acclaimed|best-?selling|(?<=the\s)hit|(?<=\sa\s)hit|(?<=her\s)hit|"
    r"(?<=his\s)hit|(?<=their\s)hit|hit(?=s\s+(?:such\s+as|including|like)\s)|"
    # a maker's work after "whose", or after a year: "whose hit “Drive Me Home”", "her 2019 hit"
    r"(?<=whose\s)hit|(?<=its\s)hit|(?<=\s\d{4}\s)hit)"
    # works given as examples: "hits such as “Salt Road” and ...", "films including “Tide”" (the
    # list's other items follow the first: title_lists.titles_in_lists)
    r"(?:s?\s+(?:such\s+as|including|like)\s+|\s*(?:of\s+|is\s+|was\s+)?[,:]?\s*)$",
    re.IGNORECASE,
)
# Weaker signs, enough for a title-case phrase of two or more words: "on “Fox News Sunday”",
# "CNN's “State of the Union”".
_TITLE_CUE_RE = re.compile(r"(?:\bon\s+|\bin\s+|[A-Z][\w.&-]*['’]s?\s+)$")
# A sentence opening on a work, one word or more: "In “Salt,” the captain says, “…”", "On
# “Harbour Hour,” Ruiz said ...": words governed by a preposition are nobody's speech, however
# close the tag after them (a review's line of dialogue follows the tag).
_OPENING_PREPOSITION_RE = re.compile(r"(?:^|[.!?…]\s+|\n\s*)(?:In|On)\s+$")
# Works performed or played: "singing “If I Could”", "starred in “Salt”", "played “Clair de
# Lune”" (a lyric sung is introduced with a comma or colon instead).
_SUNG_RIGHT_BEFORE_RE = re.compile(
    r"\b(?:sang|sings|perform(?:ed|s)|play(?:ed|s)|record(?:ed|s)|cover(?:ed|s)|danced\s+to)"
    # not "..., singing “It's Our Time.”": a participle after a comma says how words came
    r"\s+$"
)
_PERFORMED_RE = re.compile(
    r"\b(?:sang|sing|sings|singing|perform(?:ed|s|ing)?|play(?:ed|s|ing)?|record(?:ed|s|ing)?|"
    r"cover(?:ed|s|ing)?|star(?:red|s|ring)\s+in|appear(?:ed|s|ing)?\s+in|danced\s+to|"
    r"directed|directs|produced|release[sd]?|releasing|read\s+from|watch(?:ed|es|ing)?|"
    r"launch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|rehears(?:e|ed|es|ing)|film(?:ed|s|ing)|"
    # works read, written or presented: "he first read “The Old Man and the Sea”", "who wrote
    # “Hollow Ground”" (words written to someone follow a comma or colon: "she wrote, “…”")
    r"read|reads|reading|re-read|wrote|writes|written|penned|authored|co-wrote|co-written|"
    r"published|publishes|adapted|translated|narrated|narrates|voiced|voices|hosted|hosts|"
    r"presented|presents|screened|streamed|binge-watched|"
    # works and named things visited, staged, used, bought or backed: "had attended “Brightwater
    # Live”", "downloaded “Parkwise”", "sailed on “Morning Star of Arran”"
    r"stag(?:ed|es|ing)|open(?:ed|s|ing)|attend(?:ed|s|ing)?|visit(?:ed|s|ing)?|tour(?:ed|ing)|curat(?:ed|es|ing)|"
    r"download(?:ed|s|ing)?|install(?:ed|s|ing)?|subscrib(?:ed|es|ing)\s+to|"
    r"sign(?:ed|s|ing)?\s+up\s+(?:to|for)|bought|buys|buying|order(?:ed|s|ing)|"
    r"back(?:ed|s|ing)|fund(?:ed|s|ing)|sponsor(?:ed|s|ing)|board(?:ed|s|ing)|"
    r"sail(?:ed|s|ing)?\s+on|"
    # a show or a record gone to or heard: "waiting to see “The Lanterns of Calder”" (not
    # "saw" or "heard": "saw “Enough Is Enough” on a placard", "heard “Get Out” shouted")
    r"see|seeing|seen|hear|"
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
# A kind of work set beside the title after a comma, and what the apposition goes on with:
# "“Saltmarsh”, the debut feature of a local director, will open" (speech is followed by its
# speaker: "“Go home,” the film's director said").
_APPOSED_WORK_RE = re.compile(
    r"^[’'”\"]?\s*,\s+(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:film|feature|documentary|novel|book|album|play|musical|series|podcast|song|single|"
    r"memoir|collection|drama|comedy|thriller|opera|exhibition|game)\s+"
    r"(?:of|by|from|about|that|which|for|set|starring|written|directed)\b"
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
_WORK_APPOSITION_RE = compile_guarded(  # searched often: guarded (speed)
    r"\b(?:commentary|column|op-ed|essay|article|editorial|book|novel|memoir|autobiography|"
    r"biography|film|movie|song|"
    r"album|show|series|documentary|podcast|episode|poem|play|newsletter|report|campaign|"
    r"operation)\s*,\s*$",
    re.IGNORECASE,
)
_PLURAL_VERB_AFTER_RE = re.compile(r"\s+(?:are|were|have)(?:n['’]t)?\b")
# Where a sentence's subject can start: the sentence's start, or after "and"/"or" joining it
# to another subject ("the port and “Sail With Us” had become trending topics").
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s+|:\s+|\b(?:and|or)\s+)$")

# What a work does to people, right after its name: "said “Ward Nine” changed her life".
_WORK_VERB_AFTER_RE = re.compile(
    r"\s+(?:changed|made|gave|taught|saved|helped|inspired|launched|shaped|defined|"
    r"introduced|sold|topped|premiered|debuted|aired|opened|earned|won|drew|starred|featured|"
    r"turned|transformed)\s+(?!that\b)"
)
# Where a reported clause starts: "said (that)", "when", "after" ...
_CLAUSE_START_RE = re.compile(
    r"\b(?:(?:said|says|say|added|adds|believes|believed|thinks|thought|hopes|hoped|claims|"
    r"claimed|insists|insisted|argues|argued|warned|warns|noted|notes|admitted|admits|"
    r"confirmed|confirms|announced|announces|revealed|explained|told\s+(?:\w+\s+){0,3}?)"
    r"(?:\s+that)?|that|when|after|before|because|if|while|since|although|though|until|"
    r"whether)\s+$"
)
# A list of titles goes on after a comma: "“Dover Sole,” “Night Watch” and ..."
_LIST_GOES_ON_RE = re.compile(r"\s*(?:[\"“‘']|(?:and|or)\s)")
# "described “X” as the best ...", "named “X” as one of ...": the quoted words are judged.
_KNOWN_FOR_RE = re.compile(
    r"\b(?:known|famous|famed|remembered|celebrated|acclaimed|praised|nominated|honoured|"
    r"honored|credited)\s+(?:for|as\s+the\s+(?:star|creator|author|voice|host)\s+of)\s*$"
)
_JUDGED_BEFORE_RE = re.compile(
    r"\b(?:describ(?:ed|es|ing)|hail(?:ed|s)?|prais(?:ed|es)|rank(?:ed|s)?|nam(?:ed|es)|list(?:ed|s)|"
    r"cit(?:ed|es)|pick(?:ed|s)|cho(?:se|sen)|singled\s+out|select(?:ed|s)|vot(?:ed|es)|"
    r"crown(?:ed|s)|rat(?:ed|es)|regard(?:ed|s)?|sees|saw|view(?:ed|s)?|consider(?:ed|s)?)\s+$"
)
_AS_COMPLEMENT_RE = re.compile(r"\s+as\s+(?:a|an|the|one|his|her|its|their|my|our)\b")

# An aside between dashes right after the marks: "“Salt Road” — Ortiz's best work yet — is".
_DASH_ASIDE_RE = re.compile(r"\s*[—–]\s[^—–.!?;“”\"\n]{2,80}?\s[—–](?=\s)")
_DETERMINER_END_RE = re.compile(r"\b(?:the|a|an|her|his|their|its|whose)\s*$", re.IGNORECASE)
_LOWER_AFTER_RE = re.compile(r"\s+[a-z]")


# A short clause closing at a stop or a comma: a tag's shape ("the captain says.", "said Vos,").
_SHORT_CLAUSE_AFTER_RE = re.compile(r"[\s,]*([^.!?,;:“”\"()]{2,50}?)\s*[.!?,;]")


def _tag_follows(after: str) -> bool:
    """Do the words after the marks make a tag, a verb of saying first or last in a clause of two
    to five words that then ends ("the captain growls.", "said Ana Ruiz,")?"""
    m = _SHORT_CLAUSE_AFTER_RE.match(after)
    if m is None:
        return False
    words = m.group(1).split()
    return 2 <= len(words) <= 5 and any(
        CUE_RE.fullmatch(w) is not None for w in (words[0], words[-1])
    )


class QuoteKind(StrEnum):
    """What a pair of quotation marks encloses; only QUOTE (speech) becomes a model.Quote."""

    QUOTE = "quote"
    TITLE = "title"
    HEADING = "heading"
    OTHER = "other"
    """Marks around things that are not speech: markup attributes, numbers, nicknames."""


# The kinds as module constants, for the tests asked of every quote span (as mention.NAME): on
# Python 3.11 reading `QuoteKind.QUOTE` goes through EnumType.__getattr__'s slow path (speed).
QUOTE, TITLE, HEADING, OTHER = QuoteKind.QUOTE, QuoteKind.TITLE, QuoteKind.HEADING, QuoteKind.OTHER


def kind_of(
    block: str,
    start: int,
    end: int,
    mark_start: int,
    mark_end: int,
    unclosed: bool,
    lead: int,
    tail: int,
) -> QuoteKind:
    """Tell headings and titles from speech; everything else stays a quote.

    `lead` and `tail` bound the block's text without surrounding blanks (and closing ".:").
    """
    text = block[start:end]
    words = _WORD_RE.findall(text)
    if not words:
        return TITLE
    titled = name_shapes.is_title_case(words)  # asked by most rules below: read once
    whole_block = mark_start <= lead and mark_end >= tail
    has_punct = bool(_SENTENCE_PUNCT_RE.search(text.rstrip()[-1:] or ""))
    if whole_block and not unclosed:
        letters = [c for c in text if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(words) <= 12:
            return HEADING
        if not has_punct and len(words) <= 10 and titled:
            return HEADING
    before = block[max(0, mark_start - 40) : mark_start]
    after = block[mark_end : mark_end + 40]
    if titled and not has_punct and after.lstrip()[:1] in "—–":  # asked first (speed)
        # "“Salt Road” — Ortiz's best work yet — is streaming now": the name's verb comes after
        # an aside between dashes (a credit line has no second dash and no verb)
        aside = _DASH_ASIDE_RE.match(block, mark_end, mark_end + 100)
        if aside is not None:
            after = block[aside.end() : aside.end() + 40]
    if cries.cried_before(before) or cries.called_out(before, text):
        # "the fans chanted “Up The Reds” (their old cry)", "the chair, who had heard it all,
        # called “Order!”": words cried out, whatever their case
        return QUOTE
    if (
        not has_punct
        and name_shapes.NOUN_SUBJECT_AFTER_RE.match(after)
        and (
            mark_start <= lead
            or _SENTENCE_START_RE.search(before)
            or (titled and _CLAUSE_START_RE.search(before))
        )
        # a name takes a singular verb ("“Long Nights” is"); plain words that take a plural one
        # ("“grim private motives” were the cause, police said") are things, maybe someone's
        and (titled or not _PLURAL_VERB_AFTER_RE.match(after))
    ):
        # “Ride the Tide” is appearing on buses ...: quoted words as a sentence's subject are a
        # name (a slogan, a title), not anyone's speech; so are title-case words opening a
        # reported clause ("Ellis said “Gladiators” would return next year").
        return TITLE
    if (
        titled
        and len(words) >= 2
        and not has_punct
        and _WORK_VERB_AFTER_RE.match(after)
        and _CLAUSE_START_RE.search(before)
        and not any(w.lower() in name_shapes.TALKING_WORDS for w in words)
    ):
        # "Ruiz said “Ward Nine” changed her life": title-case words as the subject of what a
        # work does to someone, in a reported clause, are its name
        return TITLE
    if (
        not has_punct
        and text[:1].isupper()
        and name_shapes.sentence_case_name(words, text)
        and (
            name_shapes.BRACKET_AFTER_RE.match(after)
            or (
                (mark_start <= lead or _SENTENCE_START_RE.search(before))
                and name_shapes.subject_of_verb(after)
            )
            or (_CLAUSE_START_RE.search(before) and name_shapes.NOUN_SUBJECT_AFTER_RE.match(after))
            or (_PERFORMED_RE.search(before) and not name_shapes.WRITTEN_RE.search(before))
            or name_shapes.ABOUT_RE.search(before)
        )
    ):
        # “Songs from the long road” opens on Friday, “Hold the line for me” (2019) ...: a
        # sentence's subject followed by its verb, a name with its year or network after, the
        # subject of a reported clause ("said “Where the gulls sleep” would return") or the
        # object of what is done to a work ("had watched “Where the gulls sleep”") or of what
        # is said about one ("spoke warmly about “Where the gulls sleep”")
        return TITLE
    if (
        (text.rstrip()[-1:] == "," or after.lstrip()[:1] == ",")
        and _WORK_APPOSITION_RE.search(before)
        and (titled or not _tag_follows(after))
    ):  # the comma asked first: cheaper than the search (speed)
        # "Ana Ruiz's essay, “Why the night boat matters,” was widely shared"; but "In the film,
        # “Nobody leaves,” the captain says." and "In his column, “We must act,” Vos wrote." are
        # a line quoted from the work, its tag closing the sentence
        return TITLE
    if term_cues.cited(block, text, words, titled, has_punct, before, after, mark_end, mark_start):
        return OTHER  # a term, a nickname, a charge, a sign's text, a word cited
    if (titled or work_cues.titled_with_guest(text)) and len(words) <= 12:
        if work_cues.roundup_entry(block, lead, mark_start, after):
            return TITLE  # "Fennick – “Paper Lanterns”: A slow ballad ..."
        if work_cues.credited_work(text, before, after):
            return TITLE  # "“Go Slow!” by Brighton singer Orla Vance"
        if len(words) <= 6 and work_cues.works_listed(before):
            return TITLE  # "three 30-second spots: ‘Harbour,’ ‘Lantern’ and ‘Tidewater.’"
    if len(words) <= 12 and work_cues.named_by_own_title(after):
        return TITLE  # "‘Good Bread Takes Time,’ as its title suggests"
    qualified = work_cues.qualified_noun(text, words, titled, before, after)
    if qualified:
        # "Fridman's “Quiet Rooms” series" names a work; "the ‘Let me go’ chorus" a part of one
        return TITLE if qualified == "work" else OTHER
    if (
        len(words) <= 12
        and (
            _WORK_DOES_AFTER_RE.match(after)
            or (
                (text.rstrip()[-1:] == "," or after.lstrip()[:1] == ",")
                and _TITLED_WORK_APPOSITION_RE.search(before)
            )
        )
        and titled
    ):
        return TITLE  # “Winter Light,” which premiered at Cannes
    if titled and len(words) <= 6 and name_shapes.OWN_THING_NAMED_RE.search(before):
        # "branded its new service “Harbour Link”": an owner naming its own thing gives its
        # name, not a verdict ("called her “Miss Piggy”" names a person: words, below)
        return TITLE
    if titled and len(words) <= 16 and _TITLE_NOUN_RE.search(before):
        return TITLE  # "In his book “Tides and Timetables: How ...”"
    if (
        not titled
        and text[:1].isupper()
        and len(words) <= 12
        and text.rstrip(" ,")[-1:] not in ".!?…:;"
        and "," not in text.rstrip(" ,")
        and name_shapes.WORK_NOUN_RE.search(before)
        and not name_shapes.SAID_IN_RE.search(before)
        and not any(w.lower() in name_shapes.TALKING_WORDS for w in words)
    ):
        # "the song “Hold the line for me”": a sentence-case title right after the kind of
        # work it names (speech would be framed by a comma or a colon, or open lower case)
        return TITLE
    if titled and len(words) <= 12:
        if _DETERMINER_END_RE.search(before) and _LOWER_AFTER_RE.match(after):
            return TITLE  # "the “Bad Blood” songstress", "whose “Salt” sold out"
        if len(words) >= 2 and (
            _TITLE_CUE_RE.search(before) or after.strip()[:1] == "(" or _TITLE_AFTER_RE.match(after)
        ):
            return TITLE
        if before[-3:-1] in ("In", "On") and _OPENING_PREPOSITION_RE.search(before):
            return TITLE  # "In “Salt,” the captain says": the ending asked first
        if (
            _STRONG_TITLE_CUE_RE.search(before)
            or _TITLE_NOUN_RE.search(before)
            or (
                (
                    text.rstrip()[-1:] not in ".!?,"
                    or _LIST_GOES_ON_RE.match(after)
                    # "who directed “Salt Road,” has said ...": the comma closes an aside the
                    # sentence goes on after; no tag follows it
                    or (
                        text.rstrip()[-1:] == ","
                        and _LOWER_AFTER_RE.match(after)
                        and not _tag_follows(after)
                    )
                )
                and _PERFORMED_RE.search(before)
            )
            # "Pupils sang “Lean on Me.”": the stop of the sentence inside the marks, right
            # after a verb of performing music (a line sung would follow a comma or colon)
            or (text.rstrip()[-1:] == "." and _SUNG_RIGHT_BEFORE_RE.search(before))
        ):
            return TITLE
        if text.rstrip()[-1:] not in ".!?" and _KNOWN_FOR_RE.search(before):
            return TITLE  # "Nash, best known for “Hollyoaks,” said ..."
        if not has_punct and _JUDGED_BEFORE_RE.search(before) and _AS_COMPLEMENT_RE.match(after):
            # "Pryce described “Ghosts of the Mersey” as her hardest book": the thing judged
            return TITLE
        if len(words) == 1 and _TITLE_AFTER_RE.match(after):
            return TITLE
        if len(words) <= 8 and _APPOSED_WORK_RE.match(after):
            return TITLE  # "“Saltmarsh”, the debut feature of ..., will open"
    if naming.not_said(
        block, start, end, mark_start, mark_end, words
    ) and not term_cues.said_as_after(block, mark_end):
        # a name given by habit, a sign's text, words nobody said; but a placard's words "as
        # Ana Ruiz shouted from the steps" are hers
        return OTHER
    return QUOTE
