"""Marks the writer sets inside a reported clause that are not the sayer's words.

speech.not_speech keeps a short passage in a sentence that holds a verb of saying whenever it
could be the sayer's own word ("Ruiz said the plan was “unworkable”", "Critics called the bill
“reckless”"): a predicate, a verdict, a word a verb of judging governs. Two shapes read
otherwise, whoever speaks in the sentence:

- a saying or a scheme's name set before the noun it qualifies, its parts joined by a comma
  ("“buy now, pay later” loans", "a “no win, no fee” firm"): a name for a kind of thing, which
  nobody speaks as a clause of their own; the words someone says end a clause, they do not
  run on into a noun;
- a term the writer glosses at once: a dash and "or" with what it means ("“loan stacking” —
  or juggling several plans at once"), a dash and "where" ("“rain gardens” – where storm
  water soaks away"), a dash and the noun a definition opens with ("— the practice of ...",
  "— the idea that ..."), or a next sentence that says what the term is for ("That’s a term for
  ..."). A writer explains a term; nobody explains the words they quote someone saying. A
  word after a copula or a verb of judging ("the council was “dithering” — or stalling") is
  a verdict, and stays the sayer's;
- what a word means, given by the writer (", meaning ‘rest’ in Hebrew", "translates as
  “…”"), and words opening a sentence that a copula names a kind of saying ("“…” has become
  a cliché", "“…” was the slogan of the year"): nobody says a gloss or a stock phrase;
- marks in a sentence whose only sayer is no one ("No one will say ... it would make him
  “a target”"): unsaid.py;
- a word someone avoids, refuses or swaps for another ("avoided using “genocide”", "chose to
  say ‘pause’ instead of ‘shutdown’"): avoided_words.py.

All are asked only of passages no speech tag frames directly ("“…,” she said", "said:
“…”"), and each is guarded by a cheap test of the passage itself before any search (speed).
"""

from __future__ import annotations

import re

from app.core.analysis import avoided_words, unsaid
from app.core.analysis.modifiers import NOT_A_NOUN
from app.core.analysis.naming import VERDICT_WORDS

# Lower-case words, some ending in a comma that joins them to the next: "buy now, pay later".
_JOINED_WORD_RE = re.compile(r"[a-z][a-z’'-]*,?")
# The closing mark, a space and the noun qualified: "” loans", "" deals".
_NOUN_AFTER_RE = re.compile(r"[\"”’']\s([a-z][a-z-]+)\b")


def joined_modifier(text: str, start: int, end: int) -> bool:
    """ "“buy now, pay later” loans": four to six lower-case words, phrases of two or more
    joined by a comma, set before the noun they qualify, are a name for a kind of thing, not a
    clause anyone says."""
    words_text = text[start:end]
    if "," not in words_text.rstrip(" ,"):
        return False  # cheap test first: most passages have no comma inside (speed)
    words = words_text.split()
    if not 4 <= len(words) <= 6 or words[-1].endswith(","):
        return False
    if not all(_JOINED_WORD_RE.fullmatch(w) for w in words):
        return False
    # each part a phrase of its own ("buy now" | "pay later"); a list of single words
    # ("“reckless, provocative, dangerous” actions") or of degrees ("“too little, too late”",
    # "“deeply flawed, badly run”") is a verdict the sayer gives
    parts = [part.split() for part in words_text.split(",")]
    if any(len(part) < 2 for part in parts) or any(
        w.endswith("ly") or w in VERDICT_WORDS for w in words
    ):
        return False
    if _MODAL_BEFORE_RE.search(text, max(0, start - 12), start):
        return False  # "the city must “build more, build faster” whatever": the sayer's verbs
    after = _NOUN_AFTER_RE.match(text, end, end + 40)
    return (
        after is not None
        and after.group(1) not in NOT_A_NOUN
        and after.group(1) not in _NOT_A_NOUN_EITHER
        and not after.group(1).endswith("ly")
    )


# Words after the marks that are no noun the saying could qualify: "played “with heart, with
# purpose” throughout", "“stay home, stay safe” unless ...": the passage ends the sayer's clause.
_NOT_A_NOUN_EITHER = frozenset(
    """throughout unless whether whatever whenever wherever however instead even though
    although now here there just only still yet ever already also soon regardless anyway
    everywhere anywhere""".split()
)
# A modal right before the marks: the passage is the verb phrase it governs.
_MODAL_BEFORE_RE = re.compile(r"\b(?:must|should|would|will|can|could|might|may|shall)\s+[\"“‘']$")


# A dash, then "or" and what the term means (a gerund or a noun phrase), "where" and a
# clause, or the noun a definition opens with: "“loan stacking” — or juggling ...", "“rain
# gardens” – where water soaks away", "‘shrinkflation’ — the practice of ...". ("— where
# they could", "— where possible" is a condition on the sayer's words, no gloss.) A second
# term joined by "or" may come between ("“shrinkflation” or “downsizing” — the idea that ...").
_GLOSS_AFTER_RE = re.compile(
    r"[\"”’'](?:\s+(?:or|and)\s+[\"“‘'][^\"”’'\n]{1,40}[\"”’'])?\s*(?:-{1,2}|[—–])\s*"
    r"(?:or\s+(?:[a-z]+ing|an?|the)\s|where\s+(?!(?:they|he|she|it|we|I|you|possible|"
    r"necessary|needed|appropriate|allowed|applicable)\b)[a-z]|the\s+(?:practice|idea|"
    r"process|act|notion|concept|phenomenon)\s+(?:of|that|in\s+which|whereby|where)\b)"
)
# The next sentence names the quoted words a term and says what for: "That’s a term for ...".
_TERM_NOTE_RE = re.compile(
    r"[.!?][\"”’')]*\s+(?:That|It|This)(?:['’]s|\s+is)\s+(?:a|the)\s+(?:[a-z-]+\s+)?term\s+"
    r"(?:for|used\s+(?:for|to)|that\s+(?:describes|means|refers))\b"
    r"(?!\s+(?:which|whom|it|them|this|that|him|her)\b)"  # "a term for which she apologised"
)
# What makes the quoted words a verdict: a copula or a verb of judging right before the marks,
# the judging verb perhaps with its object between ("called the ruling “shameful”").
_VERDICT_BEFORE_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|seems?|seemed|became|becomes|remains?|remained|"
    r"(?:called|calls|call|branded|labell?ed|dubbed|deemed)(?:\s+(?!for\b)[\w’'-]+){0,3}|"
    r"described\s+as(?:\s+an?)?)\s+[\"“‘']$"
)
# Articles, pronouns, negations: a term a writer glosses is a bare noun or gerund phrase ("debt
# spirals", "loan stacking"); "“a lost year”", "“fight this”" are someone's wording.
_NOT_IN_A_TERM = frozenset(
    """a an the this that these those it its them us we i me my our your his her their no not
    never any every all""".split()
)


def glossed_term(text: str, start: int, end: int) -> bool:
    """ "the loans come with “debt spirals” — or borrowing to repay borrowing": the writer
    glosses a term right after its marks (or in the next sentence, "That’s a term for ..."),
    which no one does for words quoted as someone's speech."""
    words = text[start:end].split()
    if len(words) > 4:
        return False
    glossed = _GLOSS_AFTER_RE.match(text, end, end + 80) is not None or (
        "term" in text[end : end + 200]  # cheap test before the search (speed)
        and _TERM_NOTE_RE.search(text, end, end + 200) is not None
    )
    if not glossed or any(w.lower().strip(".,;:!?") in _NOT_IN_A_TERM for w in words):
        return False  # "“a lost year” — or a lost generation", "“fight this” — or the ...": wording
    return _VERDICT_BEFORE_RE.search(text, max(0, start - 24), start) is None


# What a word is glossed as: ", meaning ‘…’", ", which means “…”", "translates as “…”", "is
# Latin for ‘…’", "the word for ‘…’". A bare "means" ("the vote means “game over”") is a
# clause someone may say, and is left to the sayer.
_MEANING_BEFORE_RE = re.compile(
    r"(?:(?P<comma>,)\s+(?:meaning|(?:which|that)\s+means)|\btranslat(?:es|ed|ing)\s+(?:as|to)|"
    r"\b(?:is|was|['’]s)\s+(?P<lang>[A-Z][a-z]+)\s+for|\bword\s+for|\bmeaning\s+of)\s+[\"“‘']$"
)
# "is Latin for", "is Hebrew for": a language's name, not "was Christmas for “the lawyers”".
_LANGUAGE_ENDINGS = ("ish", "ese", "ian", "ic", "ean", "ali")
_LANGUAGES = frozenset(
    """Latin Greek French Dutch German Hebrew Maori Māori Swahili Hindi Urdu Thai Zulu Xhosa
    Sanskrit Farsi Tagalog Welsh Basque Catalan Navajo Yoruba Igbo Hausa Tamil Punjabi Gujarati
    Malay Pashto Cree Inuktitut Sami Tongan Samoan Quechua Aramaic Esperanto Manx""".split()
)
# A language named after the gloss: "‘rest’ in Hebrew".
_IN_LANGUAGE_RE = re.compile(r"[\"”’']\s+in\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+)\b")


def _language(word: str) -> bool:
    return word in _LANGUAGES or word.endswith(_LANGUAGE_ENDINGS)


def _glossed_word_before(text: str, comma: int, start: int, end: int) -> bool:
    """ "Sela, meaning ‘rest’", "“sela”, meaning ‘rest’", "Sela, meaning ‘rest’ in Hebrew": a
    name or a marked word before the comma and a short gloss with no stop of its own, or a
    language named after it; "the fund was empty, meaning “no more grants.”" is a consequence
    the sayer draws, their words."""
    after = _IN_LANGUAGE_RE.match(text, end, end + 40)
    if after is not None and _language(after.group(1)):
        return True
    passage = text[start:end].rstrip()
    if len(passage.split()) > 3 or passage.endswith((".", "!", "?")):
        return False
    before = text[max(0, comma - 30) : comma].split()
    word = before[-1] if before else ""
    return word.endswith(("”", "’", '"', "'")) or word[:1].isupper()


def translated_gloss(text: str, start: int, end: int) -> bool:
    """ "named the boat Sela, meaning ‘rest’ in Hebrew": the writer gives what a word means;
    nobody says the gloss, whoever speaks in the sentence."""
    if len(text[start:end].split()) > 5 or text[max(0, start - 2) : start - 1] != " ":
        return False  # cheap test first: short, and a space before the mark (speed)
    found = _MEANING_BEFORE_RE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    if found["lang"] is not None:
        return _language(found["lang"])
    if found["comma"] is not None:
        return _glossed_word_before(text, found.start("comma"), start, end)
    return True


# Words quoted as a stock phrase: the quoted words open the sentence, and a copula names them
# a kind of saying ("“We go again” has become a tired cliché", "“Build back better” was the
# slogan of the year"). A possessive ("was his mantra") ties the phrase to someone: left.
_STOCK_PHRASE_AFTER_RE = re.compile(
    r"[\"”’']\s+(?:(?:has|have|had)\s+(?:long\s+)?become|used\s+to\s+be|is|was|remains|"
    r"became|becomes)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:cliché|cliche|catchphrase|"
    r"catch-phrase|buzzword|buzz-phrase|refrain|slogan|phrase|saying|expression|idiom|"
    r"platitude|truism|mantra)s?\b"
)


def stock_phrase(text: str, start: int, end: int) -> bool:
    """ "“We go again next week” has become a tired cliché": the writer holds the words up
    as a kind of saying, nobody's in particular."""
    opening = text[max(0, start - 2) : start - 1]
    if opening not in ("", "\n") and not text.endswith((". ", "? ", "! "), 0, start - 1):
        return False  # cheap test first: the marks open the sentence (speed)
    return _STOCK_PHRASE_AFTER_RE.match(text, end, end + 90) is not None


# A saying named right before the marks: "quotes the town's old saying about the estuary, ‘o
# rio dá, o rio tira’", "the proverb “…”". Nobody's words: a people's stock. A personal
# possessive ("her favourite saying") ties it to someone, and a motto is someone's ("has a
# simple motto “…” that she repeats"): left.
# "Saying" is a noun only after an adjective of sayings ("a notice saying “…”" is a verb).
_SAYING_ADJECTIVES = (
    r"old|local|famous|popular|well-known|ancient|age-old|familiar|common|traditional|"
    r"folk|country|family|village|sailors['’]|fishermen['’]s"
)
_SAYING_BEFORE_RE = re.compile(
    r"\b(?!(?:his|her|their|my|our|your)\b)(?:the|a|an|[A-Z]?[\w-]+['’]s)\s+"
    rf"(?:(?:(?:{_SAYING_ADJECTIVES})\s+){{0,2}}saying|"
    r"(?:[a-z-]+\s+){0,2}?(?:proverb|adage))"
    r"(?:\s+(?:about|on|for|of)\s+[^.!?\"“”‘’]{1,40}?)?[,:]?\s+[\"“‘']$"
)


def named_saying(text: str, start: int) -> bool:
    """Do the marks at `start` hold a saying the sentence names as one ("the old saying")?"""
    return _SAYING_BEFORE_RE.search(text, max(0, start - 90), start) is not None


# The charge a sayer lays: "accused the board of “cooking the books” — or hiding losses",
# "blamed the council for “sitting on its hands”": the marked words are the sayer's charge,
# whatever the dash after them says.
_CHARGE_BEFORE_RE = re.compile(
    r"\b(?:accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\b[^.!?\"“”]{0,50}?"
    r"\b(?:of|with|for)\s+[\"“‘']$"
)


def _charged(text: str, start: int) -> bool:
    """Do the marks at `start` hold the charge a sayer lays ("accused ... of “…”")?"""
    return _CHARGE_BEFORE_RE.search(text, max(0, start - 70), start) is not None


def distanced(text: str, start: int, end: int) -> bool:
    """Is the passage text[start:end], in a sentence whatever its sayer, the writer's marked
    name, noun or term rather than anyone's words? (The readings above, cheapest first.)"""
    return (
        joined_modifier(text, start, end)
        or (glossed_term(text, start, end) and not _charged(text, start))
        or translated_gloss(text, start, end)
        or stock_phrase(text, start, end)
        or unsaid.no_one_says(text, start, end)
        or avoided_words.avoided(text, start, end)
    )
