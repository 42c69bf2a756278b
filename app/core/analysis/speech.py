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
    REPLY,
    REPORTED_BEFORE,
    SUBJECT,
    WORDS_OF,
    LocalAttribution,
)
from app.core.analysis.cues import said_in
from app.core.analysis.mention import NOMINAL
from app.core.analysis.modifiers import modifies_noun
from app.core.analysis.own_words import (
    a_name,
    acting_speaker,
    habitual_naming,
    intensified,
    person_acting,
    what_they_call,
)
from app.core.analysis.patterns import compile_guarded
from app.core.analysis.quotes import _WORD_RE, is_title_case
from app.core.analysis.rough_sentences import rough_sentence_start
from app.core.analysis.unsaid import hypothetical

# Readings where a speech tag frames the quote itself: its words are speech, whatever their look.
TAGGED = frozenset(
    {AFTER, BEFORE, DASH, DASH_BEFORE, LEAD_IN, REPORTED_BEFORE, OWNER, PARTICIPLE}
    | {PARTICIPLE_BEFORE, REPLY, WORDS_OF}
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
    # "gave the buzz a name of their own, “…”": a name someone gave, set beside the noun
    r"(?:\s+of\s+(?:their|his|her|its|our|my|your)\s+own)?"
    r"\s*,\s*[\"“‘']$",
    re.I,
)
# A pet name someone habitually gives their own things: "My daughter calls them my “homework.”",
# "He calls it his “office”" (present tense, a possessive before the word; "called the deal a
# “disaster”" and "calls it “a disgrace”" are verdicts: no possessive).
_PET_NAME_RE = re.compile(
    r"\bcalls?\s+(?:it|them|him|her|this|these|that|those)\s+(?:my|his|her|their|our|your)\s+"
    r"[\"“‘']$"
)
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

# A role taken on: "would act as a “…”", "serves as the “…”".
_ROLE_BEFORE_RE = re.compile(
    r"\b(?:act|acts|acted|acting|serve|serves|served|serving|function|functions|functioned|"
    r"functioning|operate|operates|operated|operating)\s+as\s+(?:a|an|the|its|their)\s+[\"“‘'`]$"
)
_OBJECT_OF_RE = re.compile(r"\b(?:about|of|on|in|into|from|with|told|tells|telling)\s*$")


def not_speech(text: str, start: int, end: int, local: LocalAttribution) -> bool:
    """Should the passage text[start:end] be left out of the quotes (a title, term, scare quote)?"""
    words_text = text[start:end]
    if _WORD_RE.search(words_text) is None:
        return True  # no words at all
    rule = local.rule
    if hypothetical(text, start, local):
        return True  # "Most people would think, “Why bother?”": nobody said it
    if (
        # the match after the marks asked before the search before them: cheaper (speed)
        _COMPLEMENT_AFTER_RE.match(text, end + 1)
        and _CALLED_BEFORE_RE.search(text, max(0, start - 24), start)
        and looks_like_title(words_text)
    ):
        # "Reviewers called “The Long Walk” a triumph": the quoted words are the thing judged,
        # a title; the judgement is the words after it.
        return True
    if (
        rule in TAGGED
        and _OBJECT_OF_RE.search(text, max(0, start - 12), start - 1)
        and words_text.rstrip()[-1:] not in _SENTENCE_END
        and looks_like_title(words_text)
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
    if _NAMED_APPOSITION_RE.search(text, max(0, start - 40), start):
        return True  # "said the ship's name, “Sea Queen,” came from": a name, however tagged
    if distanced_words.named_saying(text, start):
        return True  # "She quotes the town's old saying, ‘o rio dá, o rio tira’": a people's
    if (
        rule in TAGGED
        and habitual_naming(local)
        and a_name(words_text)
        and len(words_text.split()) <= 6
        and words_text.rstrip(" ,.")[-1:] not in "!?"
    ):
        return True  # "The squad, which players call “the family,” meets": a name, however tagged
    if rule in TAGGED:
        return False
    # the words, read only past the tagged quotes' return: most quotes are tagged (speed)
    words = _WORD_RE.findall(words_text)
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
    if habitual_naming(local) and a_name(words_text):
        return True
    if (
        len(words) <= 3
        and words_text[:1].islower()
        and _PET_NAME_RE.search(text, max(0, start - 30), start)
    ):
        return True  # "My daughter calls them my “homework.”": a pet name, a nickname
    if (
        rule in UNTAGGED
        and not person_acting(local)
        and _named_mid_sentence(text, start, words_text, words)
    ):
        return True  # "Kestrel Studios won a prize for “Where the gulls sleep”"
    # With a verb of saying before it, "called for a “clean” bill" is the speaker's word, and
    # so is "Young hoped for a more “fair and equitable” service"; "the “sea view” rooms" are
    # nobody's.
    keeps = (
        # one word tied to a sayer is theirs, however their reported clause goes on
        acting_speaker(text, start, local, modifier=len(words) == 1)
        # "officials said it was an “utterly dismal” year": an intensified judgement is the
        # sayer's, people in general or not
        or (intensified(words) and acting_speaker(text, start, local, people=True))
        or what_they_call(text, local)
    ) and (
        # a verb of saying after the quote: only a speaker who is named keeps the word
        local.rule != LATER or (local.mention is not None and local.mention.kind is not NOMINAL)
    )
    if modifies_noun(text, start, end) and (
        not keeps
        or designations.compound_term(
            words_text, text[end + 1 : end + 40], text[max(0, start - 16) : start]
        )
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
        return alone or not acting_speaker(text, start, local, people=True)
    return False


def looks_like_title(text: str, words: list[str] | None = None) -> bool:
    """Title case, at most twenty words, not an exclamation, no words of someone talking.

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
    if local.rule in UNTAGGED or habitual_naming(local):
        return False
    cue = (local.cue or "").lower()
    if cue in _CHARACTERISING:
        return True
    return (
        cue in _JUDGING
        and start > 0
        and _AS_BEFORE_MARK_RE.search(text, max(0, start - 8), start) is not None
    )


# What a name set inside a sentence follows: a word (an object's verb, a preposition, a noun).
_MID_SENTENCE_RE = re.compile(r"[\w’',)]\s[\"“‘'`]+$")


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
