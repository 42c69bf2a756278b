"""Quoted words that the cue words beside them show are not speech: terms, charges, signs.

titles.py tells what a pair of marks encloses; this module holds the rules that find it neither
speech nor a work's title but a name or a word used as one: a term ("the so-called “Tiger
Team”"), a nickname ("“Smithy” to his teammates"), a charge ("convicted of “…”"), a sign's or a
banner's text, a word cited as a word ("the word “gaslighting”"), an abbreviation spelt out, a
grade or a category ("a “hold” rating"), a job title given in marks. Each is read from the few
words right before or after the marks, nothing wider (speed: kind_of asks for every pair).
"""

from __future__ import annotations

import re

from app.core.analysis import name_shapes, naming
from app.core.analysis.cues import CUE_RE
from app.core.analysis.patterns import compile_guarded, lower_case_twin, lowered
from app.core.analysis.rough_sentences import rough_sentence_end, rough_sentence_start

# A verdict's giver after the marks ("was called “reckless” by critics") and the passive verb
# of judging before them: a judgement someone gave, not a term.
_BY_AGENT_AFTER_RE = re.compile(r",?\s+by\s+\S")
_VERDICT_BEFORE_RE = re.compile(r"\b(?:called|labell?ed|branded|termed)\s*$")
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
    # a name given to a thing found or made: "dips in the rhythm, which they named “lull
    # windows”", "named it “…”" (a verdict is "called" or "dubbed": "as she dubbed it “…”")
    r"\b(?:which|that|what)\s+(?:[\w'’-]+\s+){1,3}?(?:named|christened)(?:\s+the)?|"
    r"\b(?:named|christened)\s+(?:it|them|this|these)(?:\s+the)?|"
    # "The ward's motto is “…”", "a man calling himself “Captain Justice”"
    r"\b(?:motto|slogan|tagline|catchphrase|watchword)\s+(?:is|was|became|remains|reads)|"
    r"\bcall(?:s|ed|ing)?\s+(?:himself|herself|themselves|itself)(?:\s+the|\s+an?)?|"
    # passive naming: "it has been dubbed “feather duvet lung”", "is called “the Gap”"
    r"\b(?:been|was|is|are|were|being)\s+(?:dubbed|called|nicknamed|termed|labell?ed)"
    # a participle after a comma names the noun before it: "The striker, dubbed “…” by fans"
    r"|\b(?-i:[a-z])[\w-]*,\s*(?:(?:also|often|sometimes|once|later|now)\s+)?(?:dubbed|nicknamed|"
    r"called|named|"
    r"known\s+as|labell?ed|branded|titled|billed\s+as)|\bbill(?:ed|ing|s)\s+as(?:\s+an?|\s+the)?)"
    r"\s*[,:]?\s*$",
    re.IGNORECASE,
)
# People in general naming a thing: "what historians call the “Long Peace”" (a name, title case).
_GENERAL_NAMING_RE = re.compile(
    r"\bwhat\s+(?:(?:some\s+|many\s+|most\s+)?(?:[a-z-]+\s+)?[a-z]+s\s+(?:call|dub|term)"
    # a rule book naming what it rules on: "booked for what the laws of the game call
    # ‘unsporting behaviour’", "what the regulations term “…”"
    r"|(?:the\s+)?(?:rules?|rulebook|rule\s+book|laws?|regulations?|code|manual|handbook|"
    r"guidelines|guidance|statutes?|legislation|textbooks?|dictionar(?:y|ies))"
    r"(?:\s+of\s+(?:the\s+)?[a-z-]+){0,2}\s+(?:call|calls|term|terms|define|defines))"
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

# Signs and what is worn or set out like one ("wore buttons that said “…”", a shop's chalkboard):
# the things whose words are theirs, not said by anyone. One list for every reading of a sign's
# words below (cited before the marks, and the sign that says them far before a colon).
_SIGN_NOUN_WORDS = (
    r"signs?|signboards?|noticeboards?|chalkboards?|blackboards?|whiteboards?|banners?|"
    r"placards?|posters?|plaques?|billboards?|t-shirts?|shirts?|badges?|buttons?|stickers?|"
    r"mugs?|tote\s+bags?|graffiti"
)

# Words cited as words, not said: "the word “gaslighting”", "signs reading “No Entry”", "type
# “help”", a grade or category given ("rated the air “very poor”").
_CITED_BEFORE_RE = compile_guarded(  # searched often: guarded (speed)
    # (every branch starts at a word's start: the \b asked once, then the lookbehinds only
    # where the words they guard begin, instead of at every position of the text (speed))
    r"\b(?:(?=the|a|an|this|that)"
    r"(?<!said\s)(?<!added\s)(?<!uttered\s)(?<!spoke\s)(?<!wrote\s)(?<!shouted\s)"
    r"(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?(?:word|words|term|terms|phrase|expression|"
    r"acronym|abbreviation|label|hashtag|password|subject\s+line|name)"
    # "the letter “K”" is cited; "wrote in a letter: “…”" is a document's words, not a letter
    r"|(?=the|a|an|this|that)(?<!\bin\s)(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?letters?"
    r"|(?:(?:" + _SIGN_NOUN_WORDS + r"|"
    # other things that carry words: what people wear, notes and cards, a page's headline
    r"caps?|notices?|notes?|cards?|adverts?|ads?|flyers?|headlines?|"
    r"pins?|wristbands?|hats?|hoodies?|jerseys?|scarves|scarf|doormats?|"
    # what a screen or a page shows: "a caption reading “To be continued.”"
    r"captions?|subtitles?|chyrons?|screens?|displays?|pop-ups?)"
    # where a sign hangs or who holds it may come between: "A sign on the door read:", "One
    # placard held by a teenager read"
    r"(?:\s+(?:on|in|at|to|outside|above|over|under|by|beside|near|held\s+by|hung|taped|pinned|"
    r"posted|painted)(?:\s+(?!and\b|or\b|who\b|which\b|when\b|as\b|after\b|while\b|"
    r"he\b|she\b|they\b|it\b|we\b|i\b|said\b|says\b)[\w'’-]+){1,4})?"
    r"|slogans?|looks?|glances?|expressions?|shrugs?|gestures?)\s+"
    r"(?:that\s+)?(?:reading|read|reads|saying|said|says|"
    r"with\s+the\s+words|bearing|declaring)"
    r"|(?:stamped|marked|printed|emblazoned|inscribed|engraved|spelled|spelt|tattooed)"
    # a thing named by its label, the participle right after its noun: "the line labelled
    # “Build number”", "a folder labeled “Taxes”" (a verdict has its object between: "labelled
    # the plan “reckless”"; the passive "was labelled" is a term's, above)
    r"|(?=labell?ed)(?<=[a-z]\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
    r"(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)(?<!\bhe\s)(?<!\bshe\s)"
    r"(?<!\bthey\s)(?<!\bit\s)(?<!\bwe\s)(?<!\bi\s)labell?ed"
    r"(?:\s+with)?"
    r"|(?:type|types|typed|typing|enter|enters|entered|click|clicked|tap|tapped|press|"
    r"pressed|select|selected|choose|chose|tick|ticked|google|googled|googling|"
    r"search(?:ed|es|ing)?(?:\s+for)?)"
    r"(?:\s+on)?(?:\s+the)?"
    r"|(?:rated|rates|rating|graded|grades|classified|classifies|categori[sz]ed|classed|ranked|"
    # "said rates would “stay high”": the noun (interest rates, grades) before its verb
    r"designated)(?!\s+(?:would|will|could|should|might|may|must|can|are|were|had|have|remain|"
    r"remained|stay|stayed|rose|rise|fell|fall|climbed|jumped|dropped|soared)\b)"
    r"(?:\s+[\w-]+){0,4}?(?:\s+(?:as|at|to))?"
    # an order, an alert or a rating moved between named levels: "downgraded at 6 p.m. from
    # “shelter in place” to an “air quality advisory”"
    r"|(?:raised|lowered|upgraded|downgraded|escalated|eased)\s+(?:[\w.-]+\s+){0,4}?"
    r"(?:to|from)(?:\s+an?|\s+the)?"
    r"|from\s+[“\"][^”\"]{1,40}[”\"]\s+to(?:\s+an?|\s+the)?"
    # the same move written the other way round, the new level first: "raised the stock to
    # “buy” from “sell,”" (a broker's rating, not anyone's words)
    r"|to\s+(?:an?\s+|the\s+)?[“\"][^”\"]{1,40}[”\"]\s+from(?:\s+an?|\s+the)?"
    # a word glossed in other words: "He's translated that as “never”"
    r"|translat(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){0,3}?as"
    r"|(?:which|that|it|this|whose\s+name)\s+(?:means|meant|translates\s+as|stands\s+for)"
    # a quoted word's sense given right after it: "use “reform” to mean “change for the better”"
    # (not "she used the phrase to mean “…”": her own gloss, no word cited before it)
    r"|(?<=[”\"’']\s)to\s+mean"
    r"|(?:also|often|sometimes|commonly|popularly|widely|usually|informally|jokingly|"
    r"affectionately)\s+(?:called|known\s+as|referred\s+to\s+as|dubbed|nicknamed|named)"
    r")\s*[,:]?\s*$",
    re.IGNORECASE,
)
# Its lower-case twin, searched in the lowered words before the marks: the same spans at about
# twice the speed (patterns.lower_case_twin); it is tried at every position of them.
_LOWER_CITED_BEFORE_RE = lower_case_twin(_CITED_BEFORE_RE)
# "what “net zero” means", "“AI” stands for", "“proto-counting,” a term used for ..."
_CITED_AFTER_RE = re.compile(
    r"[\s,]*(?:actually\s+|really\s+|even\s+|exactly\s+|now\s+)?(?:means|meant|mean|"
    r"stands\s+for|stood\s+for|refers\s+to)\b"
    # a term being defined: "a “priority coastal zone,” which is defined as ..."
    r"|[\s,]*(?:which|that)\s+(?:is|are|was|were)\s+(?:legally\s+|officially\s+)?defined\b"
    # whose term it is may come between: "“soft-closed,” the insurer’s internal term for"
    r"|\s*,?\s*(?:a|an|the|its|their|his|her)\s+(?:[a-z-]+(?:['’]s)?\s+){0,2}?"
    r"(?:term|word|phrase|expression|name|nickname|label|neologism|coinage|euphemism|acronym|"
    r"abbreviation|jargon|shorthand|slang|parlance)\b"
    # "“We wish her well,” the label said": a record label's tag, not the words' label
    r"(?!\s+(?:said|says|added|told|wrote|stated|announced|confirmed)\b)"
)
# "“Save our ferry,” read one banner": words on a sign, not said.
_SIGN_AFTER_RE = re.compile(
    r"[\s,]*(?:read|reads|said|says|declared|proclaimed)\s+"
    r"(?:a|an|one|the|another|his|her|their|its|our|my)\s+"
    r"(?:[a-z-]+\s+)?(?:sign|banner|placard|poster|billboard|sticker|t-shirt|headline)s?\b"
)

_DETERMINER_BEFORE_RE = re.compile(r"(?:\b(?:its|his|her|their|the|a|an|our)|['’]s?)\s*$")
_PERSON_AFTER_RE = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+")

# An abbreviation and its expansion: "the CPI, or “consumer price index,”", "BNPL (“…”)".
_GLOSS_BEFORE_RE = re.compile(r"\b[A-Z]{2,}s?\s*(?:,\s*or|\(|—|–)\s*$")
# Short names a release defines for itself in brackets: "Nordfeld Group (“Nordfeld” or “the
# Company”)", "(the “Company”)", "(together, “the Parties”)": the brackets hold nothing but
# the quoted names, joined by commas, "or" and "and".
_DEFINED_TERM = r"[“\"][^”\"()]{1,40}[”\"]"
_DEFINED_BEFORE_RE = re.compile(
    r"\((?:(?:together|collectively|jointly|hereinafter)\s*,?\s*)?(?:the\s+)?"
    rf"(?:{_DEFINED_TERM}\s*,?\s*(?:(?:and|or)\s+)?(?:the\s+)?)*$"
)
_DEFINED_AFTER_RE = re.compile(rf"(?:\s*,?\s*(?:(?:and|or)\s+)?(?:the\s+)?{_DEFINED_TERM})*\s*\)")
# What a word cited does in the clause it opens: "the word “home” appears in every scene".
_WORD_VERB_AFTER_RE = re.compile(
    r"\s+(?:(?:does|did|do)\s+not\s+|never\s+|no\s+longer\s+|still\s+|often\s+)?"
    r"(?:appears?|appeared|occurs?|occurred|means?|meant|can|could|should|may|might|must|"
    r"features?|featured|comes?|came|sounds?|sounded|shows?|showed|recurs?|recurred|"
    r"crops?\s+up|cropped\s+up|does|did|do)\b"
)
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

# "“…,” as Ana Ruiz, back from the hearing, said": a tag after the words, inside one sentence.
_AS_SAID_AFTER_RE = re.compile(
    r"[\s,]*as\s+[^.;!?“”\"]{1,90}?\b(?:said|says|put\s+it|puts\s+it|wrote|writes|told|"
    r"shouted|chanted|declared|tweeted|insisted|warned|asked)\b"
)
# A tag right after a quote ending in a comma: "“24/7,” owner Ana Ruiz said", "“9/11,” she said".
_FIGURE_TAG_AFTER_RE = re.compile(
    r"\s*(?:[\w.’'-]+\s+){0,5}?(?:said|says|told|added|wrote|writes|explained|recalled)\b"
)
_COMPOUND_AFTER_RE = re.compile(r"-[^\W\d_]")
# A local or technical word glossed between commas right after it: "the “rajakaluve”, or
# primary drain, along ..." (not "called it “unfair”, or worse, ...": a verdict graded).
_GLOSS_AFTER_RE = re.compile(
    r"\s*,\s*or\s+(?!worse\b|even\b|rather\b|so\b|perhaps\b|maybe\b|more\b|less\b)"
    r"(?:the\s+|an?\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*[,)]"
)
# An official order's or notice's name before the noun: "a “shelter in place” order", "its
# “boil water” advisory" (one word, "a “final” warning", may be a judgement: not here).
_ORDER_AFTER_RE = re.compile(
    r"\s*(?:order|advisory|alert|warning|notice|mandate|curfew|directive|protocol)s?\b"
)
# Another outlet's headline or a caption cited in running text: "ran a story headlined “…”".
_HEADLINED_BEFORE_RE = re.compile(r"\b(?:headlined|headlines?\s+read|captioned)\s*[,:]?\s*$")
# A nickname given to a thing or a person named at some length before it: "the team nicknamed
# the largest event in the data set “the firecracker”", "The press crowned Ruiz “the Queen
# of Clay”". Read from a wider window than the 40 characters of `before`, so only for a
# quote that opens with "the" or is in title case, as a nickname does.
_NICKNAMED_FAR_RE = re.compile(
    r"\b(?:nicknamed|christened|crowned)\s+(?:the|a|an|its|their|his|her|this|that|him|them|"
    r"[A-Z][\w'’-]+)\b[^.;:!?“”\"]{0,70}$"
)


# A menu path: the item after the one opened first, "under Settings, then “Privacy &
# Security.”", "tap “Account” > “Devices”", "in Preferences → “Sound”".
_MENU_PATH_RE = re.compile(
    r"\b(?:under|in|(?:go|goes|going|navigate|navigating)\s+to|open|opens|opening|tap|taps|"
    r"tapping|select|selecting|choose|choosing|click|clicking|via)\s+(?:the\s+)?"
    r"(?:[A-Z][\w&-]*(?:\s+[A-Z&][\w&-]*){0,2}|[“\"‘'][^”\"’'\n]{1,30}[”\"’'])"
    r"\s*(?:,\s*(?:and\s+)?then|>|→|›|»)\s*(?:(?:tap|select|choose|click|open)\s+)?$"
)


# A sign that is the subject of its sentence's "says"/"reads", its words after a colon further
# on: "There is a chalkboard by the door that has said the same thing, in two languages, since
# 2019: ‘…’" (read from a wider window than `before`: only for a quote opened after a colon).
_SIGN_NOUNS = rf"\b(?:{_SIGN_NOUN_WORDS})\b"
_SIGN_SAYS_FAR_RE = re.compile(
    _SIGN_NOUNS + r"[^.!?“”\"\n]{0,100}?"
    r"(?:\b(?:that|which)\s+(?:says|said|reads|read)|\b(?:says|said|reads|read)\s+it\s+all|"
    r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:said|read))"
    r"\b([^.!?“”\"\n]{0,120})[:,]\s*$",
    re.IGNORECASE,
)
# The sign named, then its words after a colon: "Outside, a banner: “SAVE THE 47.”"
_SIGN_COLON_RE = re.compile(
    r"\b(?:an?|one|another|the)\s+(?:[\w-]+\s+){0,2}?" + _SIGN_NOUNS + r"\s*:\s*$",
    re.IGNORECASE,
)


def _sign_says_far(block: str, mark_start: int) -> bool:
    """The sign is what says the words: no verb of saying of anyone else comes between its
    verb and the colon ("the sign that says the same, told reporters: “…”" is the teller's)."""
    m = _SIGN_SAYS_FAR_RE.search(block, max(0, mark_start - 240), mark_start)
    return m is not None and CUE_RE.search(m.group(1)) is None


# One quoted plural noun among plain ones, the only item of the list in marks: "sorted into
# tenants, “stakeholders,” and neighbours" marks a category's label, not words said
# (a run of verdicts is adjectives, "called it slow, “reckless” and late", and stays theirs).
_LIST_BEFORE_RE = re.compile(r"\b[a-z]{3,}s\s*,\s*$")
_LIST_AFTER_RE = re.compile(r"\s*,?\s+(?:and|or)\s+[a-z]")


def _labelled_list_item(
    block: str, mark_start: int, mark_end: int, before: str, after: str, text: str
) -> bool:
    """One quoted plural noun in a list of plain ones, no verb of saying before it in its
    sentence ("Ruiz said the board were cowards, “hypocrites,” and liars" is her insult)."""
    word = text.rstrip(" ,")
    return (
        word.islower()
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith(("ss", "ous", "ness"))
        and _LIST_BEFORE_RE.search(before) is not None
        and _LIST_AFTER_RE.match(after) is not None
        and CUE_RE.search(block, rough_sentence_start(block, mark_start), mark_start) is None
        # "..., “hypocrites,” and liars, Ruiz said.": a tag closing the sentence
        and _CLOSING_TAG_RE.search(block[mark_end : rough_sentence_end(block, mark_end)]) is None
    )


_CLOSING_TAG_RE = re.compile(
    r"\b(?:said|says|added|adds|wrote|writes|told|tells|insisted|argued|claimed|declared)"
    r"(?:\s+[\w.’'-]+){0,3}\s*[.!?]?\s*$"
)


# A code-shaped word (a capital letter and a hyphen, or figures in it) set before the noun it
# classifies: "owners holding “B-khata” documents", "a “Form-16” certificate" (no verdict
# is written so; lower-case modifiers are speech.py's, which knows who speaks).
_CODE_WORD_RE = re.compile(r"[A-Z]{1,3}-[a-z]{2,}|[A-Za-z]{1,8}-?\d{1,4}[A-Za-z]?")
_CODE_HEAD_AFTER_RE = re.compile(
    r"\s+(?!(?:and|or|but|nor|is|was|are|were|has|had|have|will|would|can|could|to|of|in|on|"
    r"at|for|with|by|as|that|which|who|from|into|than|then|so|if)\b)[a-z]{3,}\b"
)


def _nicknamed_far(window: str) -> bool:
    """A verb of nicknaming ends the window's clause, its object between it and the marks."""
    return (
        "named" in window or "crowned" in window or "christened" in window
    ) and _NICKNAMED_FAR_RE.search(window) is not None


def _translation(before: str, text: str) -> bool:
    """Words in brackets right after a quote or a finished sentence, or a finished sentence
    themselves: a translation ("“Nous resterons,” she said. (“We will stay.”)"), not an
    abbreviation spelt out."""
    opened = before.rstrip()
    after_end = opened[-1:] == "(" and opened[:-1].rstrip()[-1:] in _ENDS
    return after_end or text.rstrip()[-1:] in _ENDS


_ENDS = ("”", '"', ".", "!", "?")


# An official classifying what it deals with, in the active voice: "The hospital classified his
# condition as “critical.”", "Police classed the death as “unexplained.”" (speech.py keeps it
# for the subject, as it keeps "are treating the fire as"). A category's name in title case
# ("classified the drug as “Schedule I”") and the passive ("was classified as") stay cited.
_CLASSIFIED_AS_RE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeing\s)"
    r"\b(?:classif(?:ies|ied)|classe[sd])\s+(?:[\w’'-]+\s+){1,5}?as\s*$"
)


def _classification(before: str) -> bool:
    """Do the words before the marks end with a subject classifying something "as"?"""
    return "class" in before and _CLASSIFIED_AS_RE.search(before) is not None


def _cited_before(before: str) -> bool:
    """A word cited, a sign's text, a category by the cue words before the marks; but not a
    notice someone issued, sent or posted ("The council issued a notice saying “…”"): its
    words are the issuer's, as naming.py reads a message someone sent."""
    low = lowered(before)
    m = _CITED_BEFORE_RE.search(before) if low is None else _LOWER_CITED_BEFORE_RE.search(low)
    if m is None:
        return False
    cue = before[m.start() : m.end()]  # the words as written (`m` may be of the lowered ones)
    # (a sign or a poster put up stays its text, as one held up does)
    if cue[:1] in "nN" and naming.sent_before(before, m.start()):
        return False
    # "The coach posted a single word: “Believe.”": a word someone sent, set off by a colon,
    # is their message ("wrote the word “love” on the wall" still cites a word)
    return not (
        before.rstrip().endswith(":")
        and cue.rstrip(" :").endswith(("word", "words"))
        and naming.sent_before(before, m.start())
    )


# A gloss's cue: a quoted word, then "to mean" ("uses “reform” to mean “…”").
_GLOSS_CUE_RE = re.compile(r"[”\"’']\s+to\s+mean\s*$")
_SENTENCE_END_RE = re.compile(r"[.!?][”\"’']?\s")


def _gloss_reported(block: str, before: str, mark_start: int, mark_end: int) -> bool:
    """A gloss that a verb of saying in its sentence gives to someone ("Critics say Doran uses
    “renewal” to mean “cuts”", "“…,” opponents say"): their words, a partial quote, not the
    writer's gloss of a cited word."""
    if "mean" not in before[-8:] or _GLOSS_CUE_RE.search(before) is None:  # cheap first (speed)
        return False
    lo = max(0, mark_start - 160)
    ends = list(_SENTENCE_END_RE.finditer(block, lo, max(lo, mark_start - 1)))
    head = block[ends[-1].end() if ends else lo : max(lo, mark_start - 1)]
    tail = block[mark_end + 1 : mark_end + 60]
    stop = _SENTENCE_END_RE.search(tail)
    tail = tail[: stop.start()] if stop else tail
    # the words outside the marks only: a cue inside the cited word is no verb of saying
    outside = re.sub(r"[“\"‘][^”\"’]*[”\"’]", " ", head) + " " + tail
    return CUE_RE.search(outside) is not None


def said_as_after(block: str, mark_end: int) -> bool:
    """Whether a tag inside the sentence follows the marks ("“…,” as Ana Ruiz said"): words on a
    shirt or a placard that someone is then said to have said are theirs."""
    return _AS_SAID_AFTER_RE.match(block, mark_end, mark_end + 120) is not None


def cited(
    block: str,
    text: str,
    words: list[str],
    titled: bool,
    has_punct: bool,
    before: str,
    after: str,
    mark_end: int,
    mark_start: int = -1,
) -> bool:
    """Whether the words between the marks are a term, a nickname, a charge, a sign's text or a
    word cited, by the cue words in `before` and `after` (the 40 characters either side).

    `titled` and `has_punct` are the passage's title case and final stop, read once by kind_of.
    `mark_start` (the opening mark's offset) lets a nickname's cue be read further back.
    """
    if (
        len(words) <= 4
        and not has_punct
        and text[:1].islower()
        and _PERSON_AFTER_RE.match(after)  # a match where `after` starts: cheaper, asked first
        and _DETERMINER_BEFORE_RE.search(before)
    ):
        # "The Gazette assigned its “chief waterfront correspondent” Lena Ortiz": a job title.
        return True
    if _COMPOUND_AFTER_RE.match(after) and len(words) <= 3:
        return True  # “multitool”-type: part of a compound word
    if (
        len(words) <= 10
        and text[:1].islower()
        and (
            _OFFENCE_BEFORE_RE.search(before)
            # "He admitted “causing death by careless driving”": a charge, not his words
            or (words[0].endswith("ing") and _ADMITTED_RE.search(before))
        )
    ):
        return True  # "convicted of “coercive and controlling behaviour”": a charge
    if len(words) <= 3 and not has_punct and _KNOWN_TO_RE.match(after):
        return True  # Smith – “Smithy” to his teammates – said: a nickname
    if len(words) <= 6 and titled and _NAME_HEAD_RE.search(before):
        return True  # Operation “Clean Sweep”, Storm “Ciara”: the rest of a name
    if before.endswith("=") or (
        not any(c.isalpha() for c in text)
        # a figure set off with the comma of a tag is someone's words ("“24/7,” Ruiz said")
        and not (text.endswith(",") and _FIGURE_TAG_AFTER_RE.match(after))
    ):
        return True  # an HTML attribute, a number
    if (
        (len(words) <= 8 and _TERM_BEFORE_RE.search(before))
        or (len(words) <= 20 and titled and _TERM_BEFORE_RE.search(before))
    ) and not (
        _BY_AGENT_AFTER_RE.match(after)
        and (
            words[0].lower() in ("a", "an")
            # "was called “reckless” by critics": a word or two of judgement, lower case, from
            # a verb that judges (not "nicknamed “slugger” by fans", a name)
            or (len(words) <= 2 and text.islower() and _VERDICT_BEFORE_RE.search(before))
        )
    ):
        # a term, a slogan, a nickname; but "was called “a fantasy” by Tom Vell" is a verdict
        # with the one who gave it
        return True
    if (
        "what" in before
        and (titled or name_shapes.a_term(words, text))
        and _GENERAL_NAMING_RE.search(before)
    ):
        # "what historians call the “Long Peace”", "what divers call “sea snow”": people in
        # general naming a thing (a judgement, "a disaster", "deeply flawed", stays theirs)
        return True
    if len(words) <= 8 and (
        (before[-1:] == "(" and after[:1] == ")" and not _translation(before, text))
        or _GLOSS_BEFORE_RE.search(before)
    ):
        return True  # BNPL (“buy now, pay later”): an abbreviation spelt out
    if (
        len(words) <= 4
        and "(" in before  # asked first: cheaper than the searches (speed)
        and _DEFINED_BEFORE_RE.search(before)
        and _DEFINED_AFTER_RE.match(after)
        and not _translation(before, text)
    ):
        return True  # Nordfeld Group (“Nordfeld” or “the Company”): names a release defines
    if (
        len(words) <= 8
        and not has_punct
        # the matches where `after` starts asked before the search of `before` (speed)
        and (name_shapes.NOUN_SUBJECT_AFTER_RE.match(after) or _WORD_VERB_AFTER_RE.match(after))
        and _WORD_NAMED_RE.search(before)
    ):
        # "said the phrase “cost of living crisis” had lost its meaning", "said the word
        # “home” appears in every scene": the words are what the clause is about
        return True
    if (
        len(words) <= 6
        and (
            _cited_before(before)
            or name_shapes.named_thing(before)
            or name_shapes.labelled(before, words)
        )
        and not said_as_after(block, mark_end)
        and not (not titled and text[:1].islower() and _classification(before))
        and not _gloss_reported(block, before, mark_start, mark_end)
    ):
        # a word cited, a sign, a category, a name; but words on a shirt "as Ana Ruiz said
        # before the vote" are hers
        return True
    if len(words) <= 12 and _SIGN_AFTER_RE.match(after):
        return True  # a banner's words
    if (
        len(words) <= 20
        and mark_start > 0
        and before.rstrip()[-1:] in ":,"
        and (_sign_says_far(block, mark_start) or _SIGN_COLON_RE.search(before))
    ):
        return True  # a chalkboard that has said the same thing for years: ‘…’
    if (
        len(words) <= 6
        and not has_punct
        and words[0].lower() not in ("a", "an")  # "called it “a disgrace” as ...": a verdict
        and name_shapes.NAMED_AFTER_RE.match(after)
    ):
        # "when “retail corridor” was called the high street", "using “homes before hotels” as
        # the slogan": the words are a name given or taken, the subject or object of naming
        return True
    if len(words) <= 4 and _CITED_AFTER_RE.match(after):
        return True  # what “net zero” means
    if len(words) <= 2 and not has_punct and text.islower() and _GLOSS_AFTER_RE.match(after):
        return True  # the “rajakaluve”, or primary drain, ...: a local word glossed
    if (
        2 <= len(words) <= 5
        and not has_punct
        and text.islower()
        and _ORDER_AFTER_RE.match(after)
        and _DETERMINER_BEFORE_RE.search(before)
    ):
        return True  # a “shelter in place” order: the order's name
    if (
        len(words) <= 20
        and ("head" in before or "caption" in before)
        and _HEADLINED_BEFORE_RE.search(before)
    ):
        return True  # ran a story headlined “…”: another outlet's headline, cited
    if (
        len(words) <= 8
        and (titled or words[0].lower() == "the")
        and mark_start > 0
        and _nicknamed_far(block[max(0, mark_start - 110) : mark_start])
    ):
        return True  # the team nicknamed the largest event “the firecracker”
    if (
        len(words) <= 5
        and titled
        and ("then" in before or ">" in before or "→" in before or "›" in before or "»" in before)
        # "then “We Will Win,” he told them": words someone says, their tag after a comma
        and text.rstrip()[-1:] != ","
        and not any(w.lower() in name_shapes.TALKING_WORDS for w in words)
        and _MENU_PATH_RE.search(before)
    ):
        return True  # under Settings, then “Privacy & Security”: an item of a menu path
    if (
        len(words) == 1
        and mark_start > 0
        and _labelled_list_item(block, mark_start, mark_end, before, after, text)
    ):
        return True  # corporations, “creators,” and normal people: a category's label
    if (
        len(words) == 1
        and not has_punct
        and _CODE_WORD_RE.fullmatch(text)
        and _CODE_HEAD_AFTER_RE.match(after)
    ):
        return True  # holding “B-khata” documents: a code classifying the noun after it
    if len(words) <= 2 and titled and name_shapes.between_name_parts(before, after):
        return True  # a nickname: Robert C. "Bobby" Scott
    # "the “Rust, we’re on it” ad campaign", "its “Homes First” policy"; not "had “evil” plans"
    return (
        len(words) <= 8
        and _TERM_AFTER_RE.match(after) is not None
        and (_DETERMINER_BEFORE_RE.search(before) is not None or titled)
    )
