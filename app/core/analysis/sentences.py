"""Reading a paragraph's sentences with its quotes masked out: subjects and names used as
modifiers (where the sentences start is sentence_bounds.py; prepositional and opening phrases,
which no subject sits in, are prepositions.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from app.core.analysis.appositions import apposition_comma, link_appositions
from app.core.analysis.cues import CUE_RE
from app.core.analysis.entities import (
    ORGANISATION,
    ORGANISATION_NOUNS,
    PEOPLE_NOUNS,
    PERSON,
    PLACE,
    THING,
    UNKNOWN,
    surname_like_place,
)
from app.core.analysis.first_names import is_first_name
from app.core.analysis.mention import NAME, NOMINAL, PRONOUN
from app.core.analysis.mentions import ROLE_NOUNS, TITLE_WORDS, Mention
from app.core.analysis.name_titles import nationality_before_name
from app.core.analysis.name_words import SUBJECT_ADVERBS
from app.core.analysis.patterns import compile_guarded
from app.core.analysis.prepositions import PREPOSITIONS, after_preposition, skip_intro
from app.core.analysis.relative_roles import roles_from_who
from app.core.analysis.sentence_bounds import sentence_starts
from app.core.analysis.titled_places import person_noun_before
from app.core.analysis.wordnet_words import is_irregular_past


def mark_subjects(
    masked: str, mentions: list[Mention], starts: list[int] | None = None
) -> list[Mention]:
    """The mentions with `subject` set on each sentence's first one outside a prepositional
    phrase and not possessive: who the sentence is about, which a later "he" or "she" most
    often means."""
    if not mentions:
        return mentions
    starts = starts if starts is not None else sentence_starts(masked)
    out = list(mentions)
    taken = -1
    subject_end = -1  # where the taken sentence's subject ends
    subject_at = -1  # and its index in `out`
    main_from = -1  # where the current sentence's main clause starts
    current = -1
    clause_taken = -1  # the sentence whose opening clause's subject is flagged
    for i, m in enumerate(out):
        if m.kind is NAME and _is_modifier(masked, m):
            out[i] = m = m.flagged(modifier=True)
            continue
        if (  # the district is no one
            m.kind is NOMINAL
            and masked[m.end + 1 : m.end + 2].isdigit()  # cheap test first (speed)
            and m.text[:1].isupper()
            and _numbered_place(masked, m)
        ):
            out[i] = m = m.flagged(modifier=True)  # "District 9 supervisor Tom Vell"
            continue
        if (
            m.kind is not PRONOUN
            and _AUDIENCE_RE.search(masked, max(0, m.start - 16), m.start)
            # "according to the Climate Change Committee" cites a source, spoken to by no one
            and "according to" not in masked[max(0, m.start - 18) : m.start].lower()
        ):
            out[i] = m = m.flagged(audience=True)  # "told The Gazette", "confirmed to Reuters"
        if (
            m.kind is NAME
            # "her fourth album, Maya Reid sounds": the name after it acts, it is no title
            # (the comma asked first: cheaper than the search, and most names lack it) (speed)
            and masked[m.end : m.end + 1] == ","
            and _WORK_BEFORE_RE.search(masked, max(0, m.start - 16), m.start)
            # "the director of the film, Tomas Brek, said": the work ends a person's
            # description ("of the film"), and the name set beside it is that person's
            and not (i and _person_described_before(out[i - 1], m))
        ):
            # "In his 2011 memoir, Low Water, Ortiz recalled": a title, not a person
            out[i] = m = m.flagged(entity=THING)
            continue
        if m.kind is NAME and m.entity is UNKNOWN:
            kind_word = _KIND_BEFORE_RE.search(masked, max(0, m.start - 24), m.start)
            if (
                kind_word is not None
                and kind_word.group(1) in ORGANISATION_NOUNS
                # "Machine operator Tavi Roon, who has worked there for years": a full name
                # that "who" follows is a person's, the trade before it their description
                and not (" " in m.name and _WHO_AFTER_RE.match(masked, m.end))
            ):
                # "Rail operator ScotLink", "the carmaker Veltro": an organisation noun used as
                # a title makes the name an organisation (a later "it" may mean it)
                out[i] = m = m.flagged(entity=ORGANISATION)
        if (
            m.kind is NAME
            and m.entity is UNKNOWN
            and masked[max(0, m.start - 4) : m.start] in ("the ", "The ")
        ):
            # "the Harbour Queen": people do not take an article; boats, bands and bills do.
            out[i] = m = m.flagged(entity=THING)
        if (
            m.kind is NAME
            and m.entity is PERSON
            and surname_like_place(m.name)
            and _LOCATIVE_BEFORE_RE.search(masked, max(0, m.start - 12), m.start)
        ):
            # "a rally in Victoria Park", "the market on Brick Lane": where, not who.
            out[i] = m = m.flagged(entity=PLACE)
        elif m.kind is NAME and m.entity is PLACE and person_noun_before(masked, m):
            out[i] = m = m.flagged(entity=PERSON)  # "Pop star Kiri Lane said"
        sentence = bisect_right(starts, m.start) - 1
        if sentence == taken:
            if (
                m.kind is NOMINAL
                and masked.startswith(" and ", subject_end)
                and m.start == subject_end + 5
                and m.text.startswith(("his ", "her ", "their "))
            ):
                # "Rhea Voss and her husband will meet residents": the relative joins the
                # subject; together they are who a later "they" means (see Resolver.observe).
                out[i] = m.flagged(subject=True)
            elif _trailing_tag(masked, m):
                # "Lind sued Osei last year, Osei said.": the one whose account the sentence
                # is, its main clause's subject, is who a "she" after it most often means.
                out[i] = m.flagged(subject=True)
            elif (
                _reported_subject(masked, m)
                or (
                    m.kind is PRONOUN
                    and m.text in ("he", "she")
                    and (
                        _SAID_GAP_RE.fullmatch(masked, subject_end, m.start)
                        # "Jasmeet Grewal, who filmed the blast from her balcony, said she": a
                        # clause about the subject alone (nobody else named in it) between
                        or (
                            masked.startswith(", who", subject_end)  # cheap test first (speed)
                            and all(o.kind is PRONOUN for o in out[subject_at + 1 : i])
                            and _WHO_SAID_GAP_RE.fullmatch(masked, subject_end, m.start) is not None
                        )
                    )
                )
            ):
                # "A vendor said she hid": the reported clause's "she" is most often the
                # sentence's subject, which learns its gender from it.
                out[i] = m.flagged(reported=True)
            continue
        if sentence != current:
            current = sentence
            end = starts[sentence + 1] if sentence + 1 < len(starts) else len(masked)
            main_from = skip_intro(masked, starts[sentence], end)
            if main_from > starts[sentence] and apposition_comma(masked, out, main_from - 1):
                # "In March the paper printed a letter from a customer, Ada Roe.": the comma is
                # an apposition's, not the end of an opening phrase; the subject comes first.
                main_from = starts[sentence]
        if m.start < main_from:
            if clause_taken != sentence and _clause_subject(masked, starts[sentence], m):
                # "When Bridie loses her temper, she shouts": the opening clause's subject is
                # who a "she" in the main clause most often means.
                out[i] = m.flagged(subject=True)
                clause_taken = sentence
            continue
        if m.possessive or after_preposition(masked, m.start):
            continue
        if m.kind is PRONOUN and m.text.lower() not in ("he", "she", "they", "it"):
            continue
        if m.kind is NAME and m.entity is THING:
            continue  # "Palestinian chief negotiator Saeb Erekat": the adjective is not it
        if _RELATIVE_BEFORE_RE.search(masked, max(main_from, m.start - 16), m.start):
            # "The depot, which Lind built in 2010, is closed": the subject is the depot;
            # Lind acts only inside the clause that describes it.
            continue
        if m.kind is NAME and m.entity is PLACE and not _VERB_AFTER_RE.match(masked, m.end):
            continue  # "Glasgow singer Rose": a place before a noun; "Ashford Town have" acts
        if (
            m.kind is NOMINAL
            and m.entity in (PERSON, ORGANISATION)
            and i + 1 < len(out)
            and out[i + 1].start == m.end + 1
            and _titled_by(m, out[i + 1])
            and not out[i + 1].possessive
            and masked[m.end] == " "
        ):
            # "Derek's wife Janice runs the kitchen", "The carmaker Veltro cut 400 jobs": the
            # noun titles the name; the one named is the subject a later "she" or "it" means.
            continue
        if (
            m.kind is NAME
            and m.entity is UNKNOWN
            and not m.organisation
            and len(m.name.split()) >= 2
            and _reports_after(masked, m)
        ):
            # "Themba Ndlovu said workers were worried": a full name that reports what
            # happened, not what "it" or "we" will do, is a person's, whatever the first name.
            m = m.flagged(entity=PERSON)
        # "A longshoreman at the next berth, who asked not to be named, said workers ran":
        # someone unnamed whose sentence reports their words is a source (see Person.said_at)
        says = m.kind is NOMINAL and m.entity is PERSON and _says(masked, m.end, end)
        out[i] = m.flagged(subject=True, reported=True if says else None)
        taken, subject_end, subject_at = sentence, m.end, i
    return roles_from_who(masked, link_appositions(masked, out))


_REPORTS_AFTER_RE = re.compile(
    r"\s+(?:said|says|told\s+\w+|(asked|urged|thanked))\s+(?!(?:it|its|we|they|their|our)\b)[a-z]"
)
# Whom only people ask, urge or thank: the room a speaker addresses ("asked those present to
# stand", "thanked everyone who came"). A band thanks fans and a ship asks port officials for a
# berth as readily as a person does, so a plural of people is no sign here.
_AUDIENCE_RE = re.compile(r"\s*(?:those|everyone|everybody|anyone|all\s+(?:those|who))\b")


def _reports_after(masked: str, m: Mention) -> bool:
    """Does the verb after this full name show a person (see mark_subjects)? "said" and "told"
    do whoever speaks; "asked", "urged" and "thanked" also follow bands, ships and venues, so
    they do only after a known first name or before an audience only people address."""
    verb = _REPORTS_AFTER_RE.match(masked, m.end)
    if verb is None:
        return False
    if verb.group(1) is None:
        return True
    return is_first_name(m.name.split()[0]) or bool(_AUDIENCE_RE.match(masked, verb.end(1)))


_LOCATIVE_BEFORE_RE = re.compile(
    r"\b(?:in|at|on|near|outside|inside|around|across|through|opposite|off)\s+$", re.IGNORECASE
)
_SUBORDINATOR_RE = re.compile(
    r"\s*(?:When|Whenever|While|After|Before|As|Once|If|Although|Though|Because|Since|Until)"
    r"\s+(?:(?:[a-z]+ly|then|later|finally|first)\s+)?$"
)


# A tag closing a sentence of reported words: ", Osei said.", ", she added on Monday."
_TAG_AFTER_NAME_RE = re.compile(
    r"\s+(?:said|says|added|adds|told\s+(?:reporters|the\s+[A-Z][\w ]{1,30}))"
    # the sentence's end, or an aside's closing comma: "His father, he says, taught him ..."
    r"(?:\s+(?:on|in|at|last|this)\s+[\w ]{1,24}?)?\s*[.!?,]"
)
_COMMA_BEFORE_RE = re.compile(r",\s+$")


def _trailing_tag(masked: str, m: Mention) -> bool:
    """Is this person, named after a comma, the sayer of a tag that ends the sentence?"""
    return (
        m.kind in (NAME, PRONOUN)
        and not m.possessive
        and _COMMA_BEFORE_RE.search(masked, max(0, m.start - 3), m.start) is not None
        and _TAG_AFTER_NAME_RE.match(masked, m.end) is not None
    )


# A verb of saying or thinking whose object is a clause: "said (that)", "believes", "told the
# board (that)".
_REPORTING_BEFORE_RE = compile_guarded(  # searched for most mentions: guarded (speed)
    r"\b(?:said|says|say|told\s+(?:[\w’'-]+\s+){1,3}?|believes?|believed|thinks?|thought|"
    r"claims?|claimed|alleged|alleges|argued|argues|insisted|insists|added|adds|wrote|writes|"
    r"warned|reported|suggested|found|complained|complains)\s+(?:that\s+)?$"
)
_CLAUSE_VERB_AFTER_RE = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|did|[a-z]+ed)\b"
)


def _reported_subject(masked: str, m: Mention) -> bool:
    """Is this person the subject of the clause a verb of saying reports ("The council said
    Ana Ruiz had written to ...")?"""
    return (
        m.kind is NAME
        and not m.possessive
        and m.entity not in (THING, PLACE)
        # the verb after, one anchored match, asked before the search behind (speed)
        and _CLAUSE_VERB_AFTER_RE.match(masked, m.end) is not None
        and _REPORTING_BEFORE_RE.search(masked, max(0, m.start - 40), m.start) is not None
    )


# The verbs _SAID_GAP_RE ends on, looked for before the gap is read.
_SAYS_WORD_RE = re.compile(r" (?:said|says|told)[ :]")


def _says(masked: str, start: int, end: int) -> bool:
    """Does the subject ending at `start` say something in its sentence: "said" right after a
    short tail ("A vendor near the stand said") or closing a clause set off by commas ("A
    nurse, who asked not to be named, said"); not "who said" inside it ("A man who said he
    was a doctor walked in") nor "called it tender"."""
    found = _SAYS_WORD_RE.search(masked, start, end)  # the verb first, then its gap (speed)
    if found is None:
        return False
    at = found.start()
    # (matched from the subject on, not up to the verb: "told" takes its object in the gap,
    # "A nurse told The Ledger")
    return masked[at - 1] == "," or _SAID_GAP_RE.match(masked, start, end) is not None


_RELATIVE_BEFORE_RE = compile_guarded(r"\b(?:which|whom|where)\s+$")  # guarded (speed)
# The subject, a short lower-case tail ("A vendor near the stand"), the verb, the "she".
# The subject's relative clause, set off by commas, then the verb: ", who lives nearby, said ".
_WHO_SAID_GAP_RE = re.compile(r", who [^.;:,]{1,150},\s+(?:said|says|told\s+\w+)\s+(?:that\s+)?")
_SAID_GAP_RE = re.compile(
    r"(?:\s+(?:near|at|from|in|on|of|with)(?:\s+[a-z]+){1,4})?,?\s+(?:said|says|told\s+\w+)"
    r"(?::\s*|\s+)"  # "A welder at the yard said: the shifts were ..."
    r"(?:that\s+)?"
)


def _titled_by(noun: Mention, name: Mention) -> bool:
    """A person's name after a noun for a person, an organisation's after one for a company."""
    if noun.entity is PERSON:
        return name.is_person_name
    return name.kind is NAME and name.entity in (
        ORGANISATION,
        UNKNOWN,
    )


def _clause_subject(masked: str, sentence_start: int, m: Mention) -> bool:
    """The person right after the conjunction opening a sentence ("When Bridie ...")."""
    return (
        m.kind in (NAME, PRONOUN)
        and m.entity not in (THING, PLACE)
        and not m.possessive
        and m.text.lower() not in ("it", "who", "i", "we")
        and _SUBORDINATOR_RE.fullmatch(masked, sentence_start, m.start) is not None
    )


_VERB_AFTER_RE = re.compile(
    r" (?:has|have|had|is|are|was|were|will|would|said|says|announced|confirmed|[a-z]+ed)\b"
)

# Before a name that is spoken to or spoken on, not a speaker: "told The Gazette",
# "confirmed to Reuters", "wrote on Instagram", "said on the radio".
_AUDIENCE_RE = compile_guarded(  # searched often: guarded (speed)
    r"\b(?:told|tells|telling|tell|to|on|via)\s+(?:the\s+)?$", re.IGNORECASE
)
_WORK_BEFORE_RE = re.compile(
    r"\b(?:book|memoir|novel|film|movie|album|song|show|series|documentary|play|podcast|"
    r"column|essay|report|single)\s*,\s*$"
)
_KIND_BEFORE_RE = compile_guarded(r"\b([a-z]+) $")  # guarded (speed)
_WHO_AFTER_RE = re.compile(r", who(?:se)? ")
_AUX = frozenset("has had have is was are were will would could can may might".split())


# compiled once: these run for every mention or quote (speed)
_WORDS_AFTER_RE = re.compile(r" ([a-z][\w-]*)( [a-z]+)?")
# A number after a place's word, and the parenthesis naming the place ("Ward 27 (Bolarkatte)"),
# which the masked text holds as blanks.
_NUMBERED_RE = re.compile(r" \d{1,4}[A-Za-z]?(?: \([^()]{1,40}\)| {3,42})?(?= )")


def _person_described_before(before: Mention, name: Mention) -> bool:
    """Whether `before` is a person described up to the comma right before `name` ("the
    director of the film, Tomas Brek"): the name is then set beside that person, not beside
    the work the description ends with ("In his 2011 memoir, Low Water, ...")."""
    return (
        before.kind is NOMINAL
        and before.entity is PERSON
        and name.start - 3 <= before.end <= name.start
    )


def _is_modifier(masked: str, m: Mention) -> bool:
    """ "a Netflix documentary", "the Apple store": a name before a noun, after an article;
    "Harlow Foods finance director Ruth Kemp", "Rail operator Northlink": a name before a role
    noun that a second name then carries (the role's owner, not the sentence's subject)."""
    before = masked[max(0, m.start - 5) : m.start].lower()
    if masked[m.end + 1 : m.end + 2].isdigit():  # cheap test first (speed)
        return _numbered_place(masked, m)
    after = _WORDS_AFTER_RE.match(masked[m.end : m.end + 40])
    if not after or m.possessive:
        return False
    # (a name known to be an organisation stays one: a later "it" may mean it)
    chain = (
        _ROLE_CHAIN_RE.match(masked, m.end)
        if m.entity is not ORGANISATION and after.group(1) in _CHAIN_WORDS
        else None
    )
    if chain is not None:
        roles = chain.group(1).split()
        # every word a role or a word of rank: "Police arrested officer Dan Hale" is no chain
        if roles[-1] in TITLING_ROLES and all(w in _CHAIN_WORDS for w in roles[:-1]):
            return True
    word = after.group(1)
    if before.endswith((" a ", " an ")) or before in ("a ", "an "):
        return True
    if not before.endswith("the ") or _office_over_seat(m):
        return False
    # "The Harbour Authority cut its forecast": a word followed by a determiner is a verb.
    verb = (after.group(2) or "").strip() in _OBJECT_STARTS
    return not (
        word in PREPOSITIONS  # "The Harbour Council on Friday voted ..."
        or word in _AUX
        or word in SUBJECT_ADVERBS  # "The Harbour Authority recently cut ..."
        or CUE_RE.fullmatch(word)
        or word.endswith(("ed", "s"))
        or is_irregular_past(word)  # "The Calder Board of Education met on Monday"
        or word == "of"
        or verb
        # "The Dutchman Tom Vell won.": the article is the description's, and a past form
        # that is also a noun is his verb, not the head of "the Tom Vell store"
        or (word in _PAST_ALSO_NOUNS and nationality_before_name(m.title.split() or [""], 0))
    )


# Past forms of verbs that WordNet also holds as nouns ("won", "rose"), so is_irregular_past
# leaves them out; read as verbs only after a person the article's description names.
_PAST_ALSO_NOUNS = frozenset(
    "won lost fell rose spoke saw left found led shot felt beat drove sang stole fled sent".split()
)


def _numbered_place(masked: str, m: Mention) -> bool:
    """ "Ward 27 councillor Mohammed Kunhi", "District 9 (Eastside) supervisor Tom Vell": a
    numbered ward or district titles the role the name after it holds; it is nobody."""
    numbered = _NUMBERED_RE.match(masked, m.end)
    chain = _ROLE_CHAIN_RE.match(masked, numbered.end()) if numbered else None
    if chain is None:
        return False
    roles = chain.group(1).split()
    return roles[-1] in TITLING_ROLES and all(w in _CHAIN_WORDS for w in roles[:-1])


# A name, one to three lower-case words ending in a role noun, then a capitalised name.
_ROLE_CHAIN_RE = re.compile(r" ((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*) [A-Z][\w’'.-]*[a-z]")
# The words that may title a name: "officer Dan Hale", "the senior midwife Dr Ana Ruiz" (asides.py
# reads the second).
TITLING_ROLES = TITLE_WORDS | ROLE_NOUNS | PEOPLE_NOUNS
_CHAIN_WORDS = TITLING_ROLES | frozenset(
    "managing senior deputy vice former acting interim executive press communications head "
    "operations technical sporting marketing".split()
)

_OBJECT_STARTS = frozenset("its his her their the a an our this that these those".split())


_SEAT_JOINTS = frozenset({"of", "for", "from"})


def _office_over_seat(m: Mention) -> bool:
    """ "the Member for Harbour Hill Tom Vell spoke", "the MP for Calder Hill Tom Vell": an office
    over a seat or remit read onto the name (portfolios.py, titled_runs.py) is no noun modifier
    ("the President Ana Ruiz administration" still is: a bare title)."""
    return (
        m.entity is PERSON
        and bool(m.title)
        and (bool(m.described) or not _SEAT_JOINTS.isdisjoint(m.title.split()))
    )
