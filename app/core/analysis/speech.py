"""Is a quoted passage someone's speech? The judgement made once its attribution is known.

titles.py sorts out what the marks' surroundings alone decide (a title after "the film", a term
after "so-called", a heading standing alone). What is left depends on how the passage is tied to
a speaker: words a speech tag frames directly ("“...,” she said", "said: “...”") are speech
whatever they look like, while words set inside a sentence with no tag of their own are speech
only if they read as words someone said. A title-case phrase there is a title ("he had watched
“The Long Goodbye”"), one to three lower-case words in a sentence with no verb of saying are
scare quotes or a term ("the bacteria “talk”"), a quoted word before a noun modifies it ("“sea
view” rooms"), and a thing that people habitually call something is given a name, not quoted
("Doctors call the condition “broken heart syndrome”").
"""

from __future__ import annotations

import re

from app.core.analysis import cries, designations, distanced_words
from app.core.analysis.attribution_rules import (
    AFTER,
    BEFORE,
    BEFORE_FAR,
    DASH,
    DASH_BEFORE,
    LATER,
    LEAD_IN,
    OWNER,
    PARTICIPLE,
    PARTICIPLE_BEFORE,
    PREVIOUS_SUBJECT,
    REPORTED_BEFORE,
    SUBJECT,
    WORDS_OF,
    LocalAttribution,
)
from app.core.analysis.cues import said_in
from app.core.analysis.entities import DOCUMENT, PERSON
from app.core.analysis.mention import NAME, NOMINAL, PRONOUN
from app.core.analysis.modifiers import DETERMINERS, modifies_noun
from app.core.analysis.patterns import compile_guarded
from app.core.analysis.phrase_owners import document_author
from app.core.analysis.quotes import _WORD_RE, is_title_case
from app.core.analysis.sentence_bounds import rough_sentence_start

# Readings where a speech tag frames the quote itself: its words are speech, whatever their look.
TAGGED = frozenset(
    {AFTER, BEFORE, DASH, DASH_BEFORE, LEAD_IN, REPORTED_BEFORE, OWNER, PARTICIPLE}
    | {PARTICIPLE_BEFORE, WORDS_OF}
)
# Readings with no verb of saying anywhere in the sentence.
UNTAGGED = frozenset({"", SUBJECT, PREVIOUS_SUBJECT})
# Words of someone talking, not of a title: "We're America." is a chant, not a film.
_SPEAKING = frozenset("i we you me us my our your i'm we're".split())
# Words of a line someone talking would say (first and second person, a "don't").
_TALKING = frozenset(
    """i i'm i’m i've i’ve i'll i’ll we we're we’re we'll we’ll we've we’ve you you're you’re
    you'll you’ll don't don’t didn't didn’t let's let’s""".split()
)
_LINE_AS_NOUN_RE = re.compile(
    r"\b(?:a|an|the|collective|polite|curt|terse|weary|resounding|cheery|less|more|from|to|"
    r"of)\s*$",
    re.IGNORECASE,
)
_CALLED_BEFORE_RE = re.compile(
    r"\b(?:call|calls|called|calling|dubbed|labell?ed|branded|deemed|named)\s*[\"“‘']$"
)
_COMPLEMENT_AFTER_RE = re.compile(r",?\s+(?:a|an|the|one\s+of|his|her|their|its)\s+[a-z]")
# A name set beside the noun that says it is one: "the ship's name, “Sea Queen,”".
_NAMED_APPOSITION_RE = compile_guarded(  # asked of every quote: guarded (speed)
    r"\b(?:name|title|nickname|motto|slogan|catchphrase|tagline|watchword|code\s?name|hashtag)"
    r"\s*,\s*[\"“‘']$",
    re.I,
)
# Habitual naming: "Doctors call the condition “…”", "locals call it “…”" (present tense).
_NAMING_CUES = frozenset({"call", "calls", "dub", "dubs", "nickname", "nicknames"})
_SENTENCE_END = ".!?…"
_CHARACTERISING = frozenset(
    """call calls called calling dub dubs dubbed label labels labeled labelled brand branded
    describe describes described describing nickname nicknamed term termed""".split()
)
# Verbs of judging that give their verdict after "as": "hailed the mayor as “…”".
_JUDGING = frozenset(
    """hail hails hailed praise praises praised laud lauds lauded tout touts touted dismiss
    dismisses dismissed denounce denounces denounced condemn condemns condemned mock mocks
    mocked slam slams slammed blast blasts blasted characterize characterizes characterized
    characterise characterises characterised""".split()
)
# An official classifying what it deals with: "are treating the death as “…”", "classified
# it as". Only the progressive "is treating" is an inquiry's finding: "The council treats
# residents as “customers.”" is the writer's scare quote.
_CLASSED_AS_RE = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:treating|investigating)|"
    r"classif(?:y|ies|ied)|classed)\s+(?:[\w’'-]+\s+){1,7}?as\s+$"
)
_AS_BEFORE_MARK_RE = re.compile(r"\bas\s+[\"“‘'`]+$")
_TITLE_SIGNAL_RE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|our|my|your|this|that)(?:\s+[a-z][\w-]*){0,2}"
    r"|\b(?:in|on|of|from|with|about|for|including|include|includes|like|as)"
    r"|\bsuch\s+as|['’]s?)\s*$",
    re.IGNORECASE,
)
_EXPLETIVE_RE = re.compile(
    r"\s+(?:turned\s+out|turns\s+out|seems|seemed|appears|appeared|emerged|remains|remained|"
    r"is|was|has\s+been|had\s+been|will\s+be|would\s+be)\b"
)
# The subject (and an aside between commas), then the auxiliary right before the quote.
_AUXILIARY_RE = re.compile(
    r"^(?:\s*,[^,]{0,60},)?\s+(?:(?:has|have|had)\s+been|is|are|was|were|gets?|got)\s+[\"“‘']$"
)
# A verb done to the subject, not a feeling it may have voiced ("was “stunned”" can be words).
_PARTICIPLE_RE = re.compile(
    r"(?!(?:disappoint|delight|thrill|shock|sadden|worr|concern|surpris|frustrat|outrag|appal|"
    r"horrif|devastat|pleas|stunn|excit|embarrass|humiliat|disgust|amaz|reliev|blindsid|bemus|"
    r"baffl|confus|anger|annoy|insult|offend|terrif|scar|tir|bor|interest|prepar|determin|"
    r"commit|dedicat|convinc|satisfi|overwhelm|honou?r|humbl|bless|proud)[a-z]*\b)"
    r"(?:[a-z]+ed\b|(?:let|given|made|told|taken|kept|shown|seen|known|held|brought|sent|put|left|"
    r"set|thrown|forgotten|hidden|beaten|caught|done|paid)\b)"
)
# A role taken on: "would act as a “…”", "serves as the “…”".
_ROLE_BEFORE_RE = re.compile(
    r"\b(?:act|acts|acted|acting|serve|serves|served|serving|function|functions|functioned|"
    r"functioning|operate|operates|operated|operating)\s+as\s+(?:a|an|the|its|their)\s+[\"“‘'`]$"
)
_OBJECT_OF_RE = re.compile(r"\b(?:about|of|on|in|into|from|with|told|tells|telling)\s*$")
_PERSONAL = frozenset("he she they".split())  # pronouns that are never expletive
_DEFINITE = frozenset("the this that these those his her their its".split())
_PASSIVE_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|given|seen|shown|known|held|made|told|taken|brought|kept|"
    # the other irregular participles: "Staff were sent home after a “quick review”"
    r"sent|put|caught|thrown|hit|cut|paid|sold|built|bought|taught|struck|shut|spent|driven|"
    r"written|chosen|beaten|hidden|stolen|broken|shaken|led|run|won|lost|sworn|forgotten)\b"
)


def not_speech(text: str, start: int, end: int, local: LocalAttribution) -> bool:
    """Should the passage text[start:end] be left out of the quotes (a title, term, scare quote)?"""
    words_text = text[start:end]
    words = _WORD_RE.findall(words_text)
    if not words:
        return True
    rule = local.rule
    if _hypothetical(text, start, local):
        return True  # "Most people would think, “Why bother?”": nobody said it
    if (
        _CALLED_BEFORE_RE.search(text, max(0, start - 24), start)
        and _COMPLEMENT_AFTER_RE.match(text, end + 1)
        and looks_like_title(words_text, words)
    ):
        # "Reviewers called “The Long Walk” a triumph": the quoted words are the thing judged,
        # a title; the judgement is the words after it.
        return True
    if (
        rule in TAGGED
        and _OBJECT_OF_RE.search(text, max(0, start - 12), start - 1)
        and words_text.rstrip()[-1:] not in _SENTENCE_END
        and looks_like_title(words_text, words)
        and not _characterised(local)
    ):
        # "Asked about “Strictly Come Dancing,” she said ...", "He told “Good Morning Britain”
        # that ...": title-case words governed by a preposition, or the one told, are a name
        # (a show, a book) however close the tag; speech is framed by a comma, a colon, "that".
        return True
    if words_text.rstrip(" ,.;:").endswith(designations.LIST_HEADS) and designations.list_name(
        text, start, end
    ):  # the ending asked first: cheaper than the search (speed)
        return True  # "on the agency's “watch list,” Ruiz said": a list's name, however tagged
    if _NAMED_APPOSITION_RE.search(text, max(0, start - 24), start):
        return True  # "said the ship's name, “Sea Queen,” came from": a name, however tagged
    if rule in TAGGED:
        return False
    if cries.said_untagged(text, start, end):
        return False  # "the crowd chanted “Nadia, Nadia”", "‘Sad,’ says mayor": someone's
    if distanced_words.distanced(text, start, end):
        return True  # "“buy now, pay later” loans", "“loan stacking” — or juggling ..."
    if designations.designation(text, start, end, said=rule not in UNTAGGED) and not _characterised(
        local, text, start
    ):
        return True  # "would fund a “maternity lodge”": a thing's designation, nobody's words
    if (
        rule in UNTAGGED
        and _LINE_AS_NOUN_RE.search(text, max(0, start - 14), start - 1)
        and any(w.lower() in _TALKING for w in words)
    ):
        # "no time for the “I told you so” brigade", "shifted from “We’ll win the league” to
        # ...": a line anyone might say, used as a noun, with no verb of saying: nobody's
        return True
    # A quote that is a sentence of its own ("“Please.”" after a quote and its tag, "was blunt:
    # “Avoidable.”") is speech.
    ends = words_text.rstrip()[-1:] in _SENTENCE_END
    opens = text[max(0, start - 4) : start - 1].rstrip()[-1:] in (":", "—", "–")
    sentence = ends and (local.inherit or (opens and words_text[:1].isupper()))
    if (
        looks_like_title(words_text, words)
        and not sentence
        # figures alone ("“24/7,” owner Ana Ruiz said") have no case to read a title from
        and any(c.isalpha() for c in words_text)
        and not _characterised(local, text, start)
        # with a verb of saying earlier in the sentence ("warned that it could ignite “World
        # War Three”"), title case alone is not enough: something must announce a title
        and (rule != BEFORE_FAR or _TITLE_SIGNAL_RE.search(text, max(0, start - 40), start - 1))
    ):
        return True
    if _habitual_naming(local) and _a_name(words_text):
        return True
    if (
        rule in UNTAGGED
        and not _person_acting(local)
        and _named_mid_sentence(text, start, words_text, words)
    ):
        return True  # "Kestrel Studios won a prize for “Where the gulls sleep”"
    # With a verb of saying before it, "called for a “clean” bill" is the speaker's word, and
    # so is "Young hoped for a more “fair and equitable” service"; "the “sea view” rooms" are
    # nobody's.
    keeps = (
        # one word tied to a sayer is theirs, however their reported clause goes on
        _acting_speaker(text, start, local, modifier=len(words) == 1)
        # "officials said it was an “utterly dismal” year": an intensified judgement is the
        # sayer's, people in general or not
        or (_intensified(words) and _acting_speaker(text, start, local, people=True))
        or _what_they_call(text, local)
    ) and (
        # a verb of saying after the quote: only a speaker who is named keeps the word
        local.rule != LATER or (local.mention is not None and local.mention.kind is not NOMINAL)
    )
    if modifies_noun(text, start, end) and (
        not keeps
        or designations.compound_term(words_text, text[end + 1 : end + 40])
        # no verb of saying anywhere in the sentence: "He left a “room tone” track running"
        # names a kind of thing; the one acting says nothing ("called for a “clean” bill" has
        # its verb of saying, and "hoped for a more “fair and equitable” service" is a verdict:
        # both stay the speaker's)
        or (
            rule in UNTAGGED
            and designations.plain_compound(words_text.split())
            and not _cue_before(text, start)
        )
    ):
        # "Negotiators say a “phase one” deal": people in general, a term; "she said a
        # “safe parking” lot would open": a compound name for a kind of thing, whoever speaks
        return True
    if rule in UNTAGGED and _own_modifier(text, start, local) and is_scare_quote(words_text):
        # "By May, Harbour Alliance “super funds” had spent ...": the subject found is the name
        # right before the marks, a modifier of the quoted noun, not anyone speaking it
        return True
    if (
        rule in UNTAGGED
        and words_text[:1].islower()
        and _ROLE_BEFORE_RE.search(text, max(0, start - 24), start)
        and len(words) <= 4
    ):
        # "Under the plan, the county would act as a “bulk buyer”": with no verb of saying, the
        # role something takes on is named, not anyone's words
        return True
    if (
        rule in UNTAGGED
        and local.mention is not None
        and text[max(0, start - 4) : start - 1] == "as "  # asked first: cheaper (speed)
        and _CLASSED_AS_RE.search(text, max(0, start - 90), start - 1)
    ):
        # "Police are treating the fire as “suspicious.”": the subject's own classification,
        # given on the record, is its words however short
        return False
    if rule in UNTAGGED and is_scare_quote(words_text):
        # "Reid has been pounding Trump as a “con artist”": a person or an organisation acting
        # on someone uses their own words; "a player is considered “ineligible”", "the
        # bacteria “talk”" and anything a generic or passive subject gets are nobody's words,
        # and so is one word with no verb of saying at all ("Ruiz took a “break”").
        alone = len(words) == 1 and not _cue_before(text, start)
        return alone or not _acting_speaker(text, start, local, people=True)
    return False


def looks_like_title(text: str, words: list[str] | None = None) -> bool:
    """Title case, at most twelve words, not an exclamation, no words of someone talking.

    `words`, the words of `text` when the caller has read them already (not_speech asks up to
    three times of one passage), saves reading them again (speed)."""
    if words is None:
        words = _WORD_RE.findall(text)
    return (
        0 < len(words) <= 20
        and is_title_case(words)
        and text.rstrip()[-1:] != "!"
        and not (
            len(words) <= 4
            and any(w.lower().split("'")[0].split("’")[0] in _SPEAKING for w in words)
        )
    )


def is_scare_quote(text: str, most: int = 3) -> bool:
    """A few words that are no sentence: a term or scare quotes when no one says them."""
    stripped = text.strip()
    words = stripped.split()
    if not words or len(words) > most:
        return False
    return not (stripped[:1].isupper() and stripped[-1:] in _SENTENCE_END)


_OWN_MODIFIER_RE = re.compile(r"(?:['’]s?)?\s?[\"“‘'`]$")


def _own_modifier(text: str, start: int, local: LocalAttribution) -> bool:
    """The mention found ends right before the opening mark ("Harbour Alliance “super funds”",
    "the council's “review”"): it is part of the quoted noun's own phrase."""
    mention = local.mention
    return (
        mention is not None
        and 0 < start - mention.end <= 4
        and _OWN_MODIFIER_RE.match(text, mention.end, start) is not None
    )


def _cue_before(text: str, start: int) -> bool:
    """A verb of saying earlier in the quote's sentence ("to accuse X of being “duped”")."""
    return said_in(text, rough_sentence_start(text, start), start)


def _characterised(local: LocalAttribution, text: str = "", start: int = 0) -> bool:
    """ "Trump called her “Miss Piggy”": a name someone gives is their words, title case or not;
    so is what they hail, praise or dismiss someone as ("hailed him as “The Quiet Fixer”")."""
    if local.rule in UNTAGGED or _habitual_naming(local):
        return False
    cue = (local.cue or "").lower()
    if cue in _CHARACTERISING:
        return True
    return (
        cue in _JUDGING
        and start > 0
        and _AS_BEFORE_MARK_RE.search(text, max(0, start - 8), start) is not None
    )


def _acting_speaker(
    text: str, start: int, local: LocalAttribution, *, people: bool = False, modifier: bool = False
) -> bool:
    """Is the sentence's subject someone who could be using their own words, in the active voice?

    `people`: people described in general ("Critics likened it to “a ghost town”") count too;
    otherwise only someone named or definite does ("Negotiators say a “phase one” deal": a term).
    `modifier`: the quote is one word before a noun; only the voice before the verb of saying
    counts, not a passive inside the reported clause.
    """
    mention = local.mention
    if mention is None:
        return False
    if mention.kind is NOMINAL:
        first = mention.text.split()[0].lower()
        if mention.entity is DOCUMENT:
            # "Two reports by the inspector general found ...": a text speaks for its author
            return document_author(mention.text) is not None
        general = people and mention.entity is PERSON
        if first not in _DEFINITE and not general:
            return False  # "Teachers", "a player", "several firms": no one in particular
    if (
        mention.kind is PRONOUN
        # "She was “quietly confident”": a person's own state, reported in their words
        and mention.text.lower() not in _PERSONAL
        and _EXPLETIVE_RE.match(text, mention.end)
    ):
        return False  # "It turned out that the “weapon” was ...": no one
    between = text[mention.end : start] if 0 <= start - mention.end <= 200 else ""
    if _AUXILIARY_RE.match(between) and _PARTICIPLE_RE.match(text, start):
        return False  # "Morgan was “let go” by the bank": the quoted verb is done to the subject
    cue = local.cue
    if modifier and cue and len(between) > 40:
        # "Ruiz warned that the rules should not be used to curb “long-held” rights": a passive
        # inside the clause she reports is not hers; for one word she uses to qualify a noun,
        # only the voice up to her verb of saying counts
        at = between.find(cue)
        if at != -1:
            between = between[: at + len(cue)]
    return not _PASSIVE_RE.search(between)


# What a name set inside a sentence follows: a word (an object's verb, a preposition, a noun).
_MID_SENTENCE_RE = re.compile(r"[\w’',)]\s[\"“‘'`]+$")


def _person_acting(local: LocalAttribution) -> bool:
    """A person named or referred to by a pronoun is the sentence's subject: what they repeat,
    finish with or sign a card with ("Ana Ruiz finished with “Long live the harbour”") can be
    their words; titles.py tells the works they watch or stage by the verb."""
    mention = local.mention
    return mention is not None and mention.kind is not NOMINAL and mention.entity is PERSON


def _named_mid_sentence(text: str, start: int, words_text: str, words: list[str]) -> bool:
    """A sentence-case name inside a sentence no one is said to speak: "won a prize for “Where
    the gulls sleep”", "The nominees are “A year without rain”, ...". Speech set mid-sentence
    with no verb of saying ends as a sentence does, talks ("“We want our pool back”") or
    pauses ("greeted them with “Good morning, Lennox”").

    Title case is looks_like_title's; this is the capitalised first word, a plain lower-case
    rest and no stop: how sentence-case house styles write titles.
    """
    if not 2 <= len(words) <= 12 or not words_text[:1].isupper():
        return False
    body = words_text.rstrip(" ,")
    if (
        body[-1:] in _SENTENCE_END
        or "," in body
        or ";" in body
        or any(w.lower() in _TALKING for w in words)
    ):  # "Find my bus" can be an app; "We want our pool back" is someone talking
        return False
    return _MID_SENTENCE_RE.search(text, max(0, start - 6), start) is not None


def _intensified(words: list[str]) -> bool:
    """An adverb of degree and the word it intensifies ("deeply troubling", "utterly dismal"):
    a judgement, never the name of a kind of thing."""
    return len(words) == 2 and words[0].lower().endswith("ly") and words[1].islower()


_WHAT_BEFORE_RE = re.compile(r"\bwhat\s+(?:[\w-]+\s+){0,2}$")


def _what_they_call(text: str, local: LocalAttribution) -> bool:
    """ "what federal auditors call “reckless” spending": the sayer's own words for it, each of
    them ("… and “wasteful” contracts"), however general the sayer."""
    mention = local.mention
    return (
        (local.cue or "").lower() in _NAMING_CUES | {"called", "term", "terms", "termed"}
        and mention is not None
        and _WHAT_BEFORE_RE.search(text, max(0, mention.start - 40), mention.start) is not None
    )


def _habitual_naming(local: LocalAttribution) -> bool:
    """ "Doctors call the condition “…”": people in general naming a thing, not a speaker."""
    cue = (local.cue or "").lower()
    mention = local.mention
    if cue not in _NAMING_CUES or mention is None or mention.kind is not NOMINAL:
        return False
    first = mention.text.split()[0].lower()
    return first not in DETERMINERS and first not in ("one", "another")


def _a_name(words_text: str) -> bool:
    """A name given ("broken heart syndrome", "the Cauldron"), not a judgement ("a disaster",
    "reckless"): judgements open with an article or are one word shaped like an adjective."""
    words = words_text.strip(" ,.;:!?").split()
    if not words or words[0].lower() in ("a", "an"):
        return False
    return not (len(words) == 1 and words[0].lower().endswith(_ADJECTIVE_ENDINGS))


_ADJECTIVE_ENDINGS = tuple("ous ful less ive able ible al ic ed ing ish ant ent ary".split())


# Words nobody said: what someone would, might or could say, what you may ask, what people
# usually say, what a child asks whenever it asks; the quote follows within the same clause.
_HYPOTHETICAL_RE = compile_guarded(  # searched often: guarded (speed)
    r"\b(?:(?:would|might|may|could|can|will)\s+(?:[a-z]+\s+)?(?:think|say|ask|wonder|reply|"
    r"answer|respond|tell\s+\w+|go)"
    r"|(?:often|always|usually|sometimes|typically|just|tend\s+to)\s+(?:say|ask|tell\s+\w+|go)"
    # "Nobody wants to be the one who says ...", "people go, “...”" (how people in general talk)
    r"|(?:one|ones|person|people|those|someone|anyone)\s+who\s+(?:says?|asks?)"
    r"|(?:people|fans|kids|everyone|everybody|you)\s+(?:go|are\s+like|be\s+like)(?=\s*[,:])"
    r"|wants?\s+to\s+say|one\s+to\s+say|imagine|picture"
    r"|when\s+(?:a|an|your|you|someone|somebody|people|anyone)\s+[^.!?,]{0,30}?"
    r"(?:asks?|says?|tells?\s+\w+))\b[^.!?“”\"]{0,40}$",
    re.IGNORECASE,
)
_GENERIC_WORDS = frozenset(
    """you one we people most many some readers viewers anyone anybody someone somebody nobody
    no everyone everybody parents customers voters a an""".split()
)


def _hypothetical(text: str, start: int, local: LocalAttribution) -> bool:
    """Is the quote what someone in general would or might say, not what anyone said?"""
    mention = local.mention
    if mention is not None:
        first = mention.text.split()[0].lower()
        if mention.kind is NAME:
            generic = first in _GENERIC_WORDS  # "Nobody wants to ... say"
        elif mention.kind is PRONOUN:
            generic = first in ("you", "one", "we")
        else:
            generic = first not in _DEFINITE  # "a customer", "parents", not "the mayor"
        if not generic:
            return False  # cheap test first: most quotes have a definite speaker
    return _HYPOTHETICAL_RE.search(text, max(0, start - 90), max(0, start - 1)) is not None
