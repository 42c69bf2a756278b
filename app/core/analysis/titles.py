"""Quoted words that name or cite something rather than report speech, told by their surroundings.

A title ("the documentary “13th”"), a term ("the so-called “Tiger Team”"), a word cited as a word
("the word “carry”"), a sign's text, a heading standing alone: quotes.py pairs the marks, this
module says from the words around a pair, before any speaker is looked for, what they enclose.
"""

from __future__ import annotations

import re
from enum import StrEnum

from app.core.analysis import cries, name_shapes, naming
from app.core.analysis.patterns import compile_guarded

_WORD_RE = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_SENTENCE_PUNCT_RE = re.compile(r"[.!?…,;:]")
# Nouns that announce a title: "the documentary “13th”", "his show, ''Politicking.''".
_TITLE_NOUN_RE = re.compile(
    r"\b(?:film|movie|book|novel|memoir|song|album|single|show|series|program|programme|"
    r"documentary|podcast|play|musical|opera|article|essay|column|op-ed|editorial|headline|"
    r"segment|episode|hashtag|slogan|poem|painting|exhibit|exhibition|newsletter|magazine|"
    # a talk given under a title: "His TED talk “Why We Sleep”"
    r"talk|lecture|keynote|sermon|"
    r"titled|entitled|headlined|dubbed|label(?:l)?ed|rated|tagline|motto|anthem|broadcast|"
    r"edition|forum|tour|host|presenter|anchor|creator|author|director|producer|editor|writer|"
    r"star|cast|frontman|showrunner|composer)\s*(?:of\s+|is\s+|was\s+)?[,:]?\s*$",
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
# Words that present what follows as a term, a slogan or a nickname, not as anyone's speech:
# "the so-called “Tiger Team”", "known as the “Buffett rule”", "a type of “lung”".
_TERM_BEFORE_RE = compile_guarded(  # searched often: guarded (speed)
    r"(?:\bso-called|\bself-(?:styled|proclaimed|appointed|declared)|"
    # "known as", "known in the trade as", "known to friends as"
    r"\bknown\s+(?:[\w-]+\s+){0,4}?as(?:\s+the|\s+a)?|\bthe\s+(?:term|"
    r"slogan|motto|tagline|hashtag|nickname|notorious)|\bslogan|\btagline|\bnicknamed(?:\s+the)?|"
    # what people knew someone or something by: "Villagers knew him as “the bread man”", "Fans
    # know the stadium simply as “the Pit”"
    r"\bkn(?:ew|ow|ows)\s+(?:him|her|them|it|(?-i:[A-Z][\w'’-]+)|"
    r"(?:the|this|that|their|its|his|her|our)(?:\s+[\w'’-]+){1,2}?)"
    r"(?:\s+(?:simply|only|just|still|mostly|affectionately|fondly|locally|better))?"
    r"\s+as(?:\s+the|\s+an?)?|"
    # the one nicknamed between: "Colleagues nicknamed Greta Vos “the Iron Pen”"
    r"\b(?:nicknamed|christened)\s+(?:him|her|them|it|(?-i:[A-Z][\w'’-]+)"
    r"(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})(?:\s+the)?|"
    r"\b(?:a|the)\s+(?:type|form|kind|sort)\s+of|\bwhat(?:'s|’s|\s+is)\s+called|"
    # a saying cited, nobody's words: "a case of “be careful what you wish for”", "the
    # political equivalent of “the dog ate my homework”", "the proverbial “…”"
    r"\ba\s+(?:classic\s+)?case\s+of|\bequivalent\s+of|"
    r"\bthe\s+(?:old|classic|familiar|age-old|proverbial|time-honou?red)|"
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
    r"\bwhat\s+(?:some\s+|many\s+|most\s+)?(?:[a-z-]+\s+)?[a-z]+s\s+(?:call|dub|term)"
    r"(?:\s+the|\s+an?)?\s*$"
)
# Nouns that make the quoted words before them a name, not speech.
_TERM_AFTER_RE = re.compile(
    r"[\s,.]*(?:ad\s+)?(?:campaign|slogan|tagline|hashtag|motto|loophole|button|label|"
    r"initiative|movement|rule|doctrine|strategy|policy|plan|brand|franchise|trademark|formula|"
    r"framework|principle|"
    # a grade or a category given: "a “hold” rating", "its “protected” status"
    r"rating|status|grade|category|classification|designation|tier)s?\b"
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
# Words cited as words, not said: "the word “gaslighting”", "signs reading “No Entry”", "type
# “help”", a grade or category given ("rated the air “very poor”").
_CITED_BEFORE_RE = compile_guarded(  # searched often: guarded (speed)
    r"(?:(?<!said\s)(?<!added\s)(?<!uttered\s)(?<!spoke\s)(?<!wrote\s)(?<!shouted\s)"
    r"\b(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?(?:word|words|term|terms|phrase|expression|"
    r"acronym|abbreviation|label|hashtag|password|subject\s+line|name)"
    # "the letter “K”" is cited; "wrote in a letter: “…”" is a document's words, not a letter
    r"|(?<!\bin\s)\b(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?letters?"
    r"|\b(?:(?:signs?|banners?|placards?|posters?|billboards?|stickers?|t-shirts?|shirts?|"
    r"caps?|mugs?|notices?|graffiti|headlines?)"
    # where a sign hangs or who holds it may come between: "A sign on the door read:", "One
    # placard held by a teenager read"
    r"(?:\s+(?:on|in|at|outside|above|over|under|by|beside|near|held\s+by|hung|taped|pinned|"
    r"posted|painted)(?:\s+(?!and\b|or\b|who\b|which\b|when\b|as\b|after\b|while\b|"
    r"he\b|she\b|they\b|it\b|we\b|i\b|said\b|says\b)[\w'’-]+){1,4})?"
    r"|slogans?|looks?|glances?|expressions?|shrugs?|gestures?)\s+"
    r"(?:that\s+)?(?:reading|read|reads|saying|said|says|"
    r"with\s+the\s+words|bearing|declaring)"
    r"|\b(?:stamped|marked|printed|emblazoned|inscribed|engraved|spelled|spelt|tattooed)"
    r"(?:\s+with)?"
    r"|\b(?:type|types|typed|typing|enter|enters|entered|click|clicked|tap|tapped|press|"
    r"pressed|select|selected|choose|chose|tick|ticked|google|googled|googling|"
    r"search(?:ed|es|ing)?(?:\s+for)?)"
    r"(?:\s+on)?(?:\s+the)?"
    r"|\b(?:rated|rates|rating|graded|grades|classified|classifies|categori[sz]ed|classed|ranked|"
    # "said rates would “stay high”": the noun (interest rates, grades) before its verb
    r"designated)(?!\s+(?:would|will|could|should|might|may|must|can|are|were|had|have|remain|"
    r"remained|stay|stayed|rose|rise|fell|fall|climbed|jumped|dropped|soared)\b)"
    r"(?:\s+[\w-]+){0,4}?(?:\s+(?:as|at|to))?"
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
    # a term being defined: "a “priority coastal zone,” which is defined as ..."
    r"|[\s,]*(?:which|that)\s+(?:is|are|was|were)\s+(?:legally\s+|officially\s+)?defined\b"
    r"|\s*,?\s*(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:term|word|phrase|expression|name|nickname|label|"
    r"neologism|coinage|euphemism|acronym|abbreviation)\b"
)
# "“Save our ferry,” read one banner": words on a sign, not said.
_SIGN_AFTER_RE = re.compile(
    r"[\s,]*(?:read|reads|said|says|declared|proclaimed)\s+"
    r"(?:a|an|one|the|another|his|her|their|its|our|my)\s+"
    r"(?:[a-z-]+\s+)?(?:sign|banner|placard|poster|billboard|sticker|t-shirt|headline)s?\b"
)
_DETERMINER_BEFORE_RE = re.compile(r"(?:\b(?:its|his|her|their|the|a|an|our)|['’]s?)\s*$")
_PERSON_AFTER_RE = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+")
_NOUN_SUBJECT_AFTER_RE = re.compile(
    r"\s+(?:is|was|are|were|has|have|had|became|becomes|remains|remained|will|would|"
    r"went|goes|trended|trends)\s+(?!said\b|says\b|told\b)"
)
_PLURAL_VERB_AFTER_RE = re.compile(r"\s+(?:are|were|have)\b")
# Where a sentence's subject can start: the sentence's start, or after "and"/"or" joining it
# to another subject ("the port and “Sail With Us” had become trending topics").
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s+|:\s+|\b(?:and|or)\s+)$")

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
# An abbreviation and its expansion: "the CPI, or “consumer price index,”", "BNPL (“…”)".
_GLOSS_BEFORE_RE = re.compile(r"\b[A-Z]{2,}s?\s*(?:,\s*or|\(|—|–)\s*$")
# "the phrase “…” has ...": a word or phrase named as the subject of what follows.
_WORD_NAMED_RE = re.compile(
    r"\b(?:the|this|that)\s+(?:[a-z-]+\s+)?(?:word|words|term|phrase|expression|slogan|label)\s*$"
)
# The name of an offence or a verdict, a legal term: "convicted of “…”", "pleaded guilty to “…”".
_OFFENCE_BEFORE_RE = re.compile(
    r"(?:\b(?:convicted|acquitted|cleared|found\s+(?:not\s+)?guilty|charged|arrested|jailed|"
    r"sentenced|suspected|on\s+suspicion|indicted|guilty|innocent)\s+(?:of|with|for)"
    r"|\bpleaded\s+(?:not\s+)?guilty\s+to|\bpleads?\s+(?:not\s+)?guilty\s+to"
    r"|\b(?:a|the)\s+verdicts?\s+of)(?:\s+(?:a|an|the|one\s+count\s+of|two\s+counts\s+of))?"
    r"\s*$"
)
_ADMITTED_RE = re.compile(r"\b(?:admit(?:s|ted|ting)?|den(?:y|ies|ied|ying))\s+$")
# "“Smithy” to his teammates", "“Nan” to her grandchildren": what some people call someone.
_KNOWN_TO_RE = re.compile(
    r"\s+to\s+(?:his|her|their|its)\s+(?:[a-z-]+\s+)?(?:friends|teammates|team-mates|colleagues|"
    r"fans|family|pupils|students|players|staff|mates|followers|neighbou?rs|supporters|"
    r"constituents|readers|viewers|listeners|customers|regulars|grandchildren|children|kids|"
    r"crew|squad|troops|family|loved\s+ones)\b"
)
# Capitalised heads of code names and given names: "Operation “Clean Sweep”", "Storm “Ciara”".
_NAME_HEAD_RE = re.compile(
    r"\b(?:Operation|Op|Project|Exercise|Plan|Storm|Hurricane|Typhoon|Cyclone|Tropical\s+Storm|"
    r"Camp|Team|Code|Codename|Code\s+Name|Taskforce|Task\s+Force)\s+$"
)
_JUDGED_BEFORE_RE = re.compile(
    r"\b(?:describ(?:ed|es|ing)|hail(?:ed|s)?|prais(?:ed|es)|rank(?:ed|s)?|nam(?:ed|es)|list(?:ed|s)|"
    r"cit(?:ed|es)|pick(?:ed|s)|cho(?:se|sen)|singled\s+out|select(?:ed|s)|vot(?:ed|es)|"
    r"crown(?:ed|s)|rat(?:ed|es)|regard(?:ed|s)?|sees|saw|view(?:ed|s)?|consider(?:ed|s)?)\s+$"
)
_AS_COMPLEMENT_RE = re.compile(r"\s+as\s+(?:a|an|the|one|his|her|its|their|my|our)\b")

# "“…,” as Ana Ruiz, back from the hearing, said": a tag after the words, inside one sentence.
_AS_SAID_AFTER_RE = re.compile(
    r"[\s,]*as\s+[^.;!?“”\"]{1,90}?\b(?:said|says|put\s+it|puts\s+it|wrote|writes|told|"
    r"shouted|chanted|declared|tweeted|insisted|warned|asked)\b"
)

# An aside between dashes right after the marks: "“Salt Road” — Ortiz's best work yet — is".
_DASH_ASIDE_RE = re.compile(r"\s*[—–]\s[^—–.!?;“”\"\n]{2,80}?\s[—–](?=\s)")
_DETERMINER_END_RE = re.compile(r"\b(?:the|a|an|her|his|their|its|whose)\s*$", re.IGNORECASE)
_LOWER_AFTER_RE = re.compile(r"\s+[a-z]")
_COMPOUND_AFTER_RE = re.compile(r"-[^\W\d_]")


class QuoteKind(StrEnum):
    """What a pair of quotation marks encloses; only QUOTE (speech) becomes a model.Quote."""

    QUOTE = "quote"
    TITLE = "title"
    HEADING = "heading"
    OTHER = "other"
    """Marks around things that are not speech: markup attributes, numbers, nicknames."""


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
        return QuoteKind.TITLE
    titled = name_shapes.is_title_case(words)  # asked by most rules below: read once
    whole_block = mark_start <= lead and mark_end >= tail
    has_punct = bool(_SENTENCE_PUNCT_RE.search(text.rstrip()[-1:] or ""))
    if whole_block and not unclosed:
        letters = [c for c in text if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(words) <= 12:
            return QuoteKind.HEADING
        if not has_punct and len(words) <= 10 and titled:
            return QuoteKind.HEADING
    before = block[max(0, mark_start - 40) : mark_start]
    after = block[mark_end : mark_end + 40]
    if titled and not has_punct and after.lstrip()[:1] in "—–":  # asked first (speed)
        # "“Salt Road” — Ortiz's best work yet — is streaming now": the name's verb comes after
        # an aside between dashes (a credit line has no second dash and no verb)
        aside = _DASH_ASIDE_RE.match(block, mark_end, mark_end + 100)
        if aside is not None:
            after = block[aside.end() : aside.end() + 40]
    if cries.cried_before(before):
        # "the fans chanted “Up The Reds” (their old cry)": words cried out, whatever their case
        return QuoteKind.QUOTE
    if (
        not has_punct
        and _NOUN_SUBJECT_AFTER_RE.match(after)
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
        return QuoteKind.TITLE
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
            or (_CLAUSE_START_RE.search(before) and _NOUN_SUBJECT_AFTER_RE.match(after))
            or (_PERFORMED_RE.search(before) and not name_shapes.WRITTEN_RE.search(before))
            or name_shapes.ABOUT_RE.search(before)
        )
    ):
        # “Songs from the long road” opens on Friday, “Hold the line for me” (2019) ...: a
        # sentence's subject followed by its verb, a name with its year or network after, the
        # subject of a reported clause ("said “Where the gulls sleep” would return") or the
        # object of what is done to a work ("had watched “Where the gulls sleep”") or of what
        # is said about one ("spoke warmly about “Where the gulls sleep”")
        return QuoteKind.TITLE
    if (text.rstrip()[-1:] == "," or after.lstrip()[:1] == ",") and _WORK_APPOSITION_RE.search(
        before
    ):  # the comma asked first: cheaper than the search (speed)
        # "Ana Ruiz's essay, “Why the night boat matters,” was widely shared"
        return QuoteKind.TITLE
    if (
        len(words) <= 4
        and not has_punct
        and text[:1].islower()
        and _DETERMINER_BEFORE_RE.search(before)
        and _PERSON_AFTER_RE.match(after)
    ):
        # "The Gazette assigned its “chief waterfront correspondent” Lena Ortiz": a job title.
        return QuoteKind.OTHER
    if _COMPOUND_AFTER_RE.match(after) and len(words) <= 3:
        return QuoteKind.OTHER  # “multitool”-type: part of a compound word
    if (
        len(words) <= 10
        and text[:1].islower()
        and (
            _OFFENCE_BEFORE_RE.search(before)
            # "He admitted “causing death by careless driving”": a charge, not his words
            or (words[0].endswith("ing") and _ADMITTED_RE.search(before))
        )
    ):
        return QuoteKind.OTHER  # "convicted of “coercive and controlling behaviour”": a charge
    if len(words) <= 3 and not has_punct and _KNOWN_TO_RE.match(after):
        return QuoteKind.OTHER  # Smith – “Smithy” to his teammates – said: a nickname
    if len(words) <= 6 and titled and _NAME_HEAD_RE.search(before):
        return QuoteKind.OTHER  # Operation “Clean Sweep”, Storm “Ciara”: the rest of a name
    if before.endswith("=") or not any(c.isalpha() for c in text):
        return QuoteKind.OTHER  # an HTML attribute, a number
    if (len(words) <= 8 and _TERM_BEFORE_RE.search(before)) or (
        len(words) <= 20 and titled and _TERM_BEFORE_RE.search(before)
    ):
        return QuoteKind.OTHER  # a term, a slogan, a nickname
    if (
        "what" in before
        and (titled or name_shapes.a_term(words, text))
        and _GENERAL_NAMING_RE.search(before)
    ):
        # "what historians call the “Long Peace”", "what divers call “sea snow”": people in
        # general naming a thing (a judgement, "a disaster", "deeply flawed", stays theirs)
        return QuoteKind.OTHER
    if len(words) <= 8 and (
        (before[-1:] == "(" and after[:1] == ")") or _GLOSS_BEFORE_RE.search(before)
    ):
        return QuoteKind.OTHER  # BNPL (“buy now, pay later”): an abbreviation spelt out
    if (
        len(words) <= 8
        and not has_punct
        and _WORD_NAMED_RE.search(before)
        and _NOUN_SUBJECT_AFTER_RE.match(after)
    ):
        return QuoteKind.OTHER  # "said the phrase “cost of living crisis” had lost its meaning"
    if (
        len(words) <= 6
        and (
            _CITED_BEFORE_RE.search(before)
            or name_shapes.named_thing(before)
            or name_shapes.labelled(before)
        )
        and not _AS_SAID_AFTER_RE.match(block, mark_end, mark_end + 120)
    ):
        # a word cited, a sign, a category, a name; but words on a shirt "as Ana Ruiz said
        # before the vote" are hers
        return QuoteKind.OTHER
    if len(words) <= 12 and _SIGN_AFTER_RE.match(after):
        return QuoteKind.OTHER  # a banner's words
    if (
        len(words) <= 6
        and not has_punct
        and words[0].lower() not in ("a", "an")  # "called it “a disgrace” as ...": a verdict
        and name_shapes.NAMED_AFTER_RE.match(after)
    ):
        # "when “retail corridor” was called the high street", "using “homes before hotels” as
        # the slogan": the words are a name given or taken, the subject or object of naming
        return QuoteKind.OTHER
    if len(words) <= 4 and _CITED_AFTER_RE.match(after):
        return QuoteKind.OTHER  # what “net zero” means
    if len(words) <= 2 and titled and name_shapes.between_name_parts(before, after):
        return QuoteKind.OTHER  # a nickname: Robert C. "Bobby" Scott
    if (
        len(words) <= 8
        and _TERM_AFTER_RE.match(after)
        # "the “Rust, we’re on it” ad campaign", "its “Homes First” policy"; not "had “evil” plans"
        and (_DETERMINER_BEFORE_RE.search(before) or titled)
    ):
        return QuoteKind.OTHER  # "the “Rust, we’re on it” ad campaign"
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
        return QuoteKind.TITLE  # “Winter Light,” which premiered at Cannes
    if titled and len(words) <= 6 and name_shapes.OWN_THING_NAMED_RE.search(before):
        # "branded its new service “Harbour Link”": an owner naming its own thing gives its
        # name, not a verdict ("called her “Miss Piggy”" names a person: words, below)
        return QuoteKind.TITLE
    if titled and len(words) <= 16 and _TITLE_NOUN_RE.search(before):
        return QuoteKind.TITLE  # "In his book “Tides and Timetables: How ...”"
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
        return QuoteKind.TITLE
    if titled and len(words) <= 12:
        if _DETERMINER_END_RE.search(before) and _LOWER_AFTER_RE.match(after):
            return QuoteKind.TITLE  # "the “Bad Blood” songstress", "whose “Salt” sold out"
        if len(words) >= 2 and (
            _TITLE_CUE_RE.search(before) or after.strip()[:1] == "(" or _TITLE_AFTER_RE.match(after)
        ):
            return QuoteKind.TITLE
        if (
            _STRONG_TITLE_CUE_RE.search(before)
            or _TITLE_NOUN_RE.search(before)
            or (
                (text.rstrip()[-1:] not in ".!?," or _LIST_GOES_ON_RE.match(after))
                and _PERFORMED_RE.search(before)
            )
        ):
            return QuoteKind.TITLE
        if text.rstrip()[-1:] not in ".!?" and _KNOWN_FOR_RE.search(before):
            return QuoteKind.TITLE  # "Nash, best known for “Hollyoaks,” said ..."
        if not has_punct and _JUDGED_BEFORE_RE.search(before) and _AS_COMPLEMENT_RE.match(after):
            # "Pryce described “Ghosts of the Mersey” as her hardest book": the thing judged
            return QuoteKind.TITLE
        if len(words) == 1 and _TITLE_AFTER_RE.match(after):
            return QuoteKind.TITLE
        if len(words) <= 8 and _APPOSED_WORK_RE.match(after):
            return QuoteKind.TITLE  # "“Saltmarsh”, the debut feature of ..., will open"
    if naming.not_said(
        block, start, end, mark_start, mark_end, words
    ) and not _AS_SAID_AFTER_RE.match(block, mark_end, mark_end + 120):
        # a name given by habit, a sign's text, words nobody said; but a placard's words "as
        # Ana Ruiz shouted from the steps" are hers
        return QuoteKind.OTHER
    return QuoteKind.QUOTE
