"""The subject of a verb of saying: the mention before it, past appositives, asides and
relative clauses ("Ivo Marsh, a senior analyst at Calder Bank, ... told"), or a clause's subject.

Read on one block with its quotes masked; attribution.py decides which verb introduces a quote.
The one a participle of saying belongs to ("sent a text saying", "resigned saying") is read in
participles.py; whether a subject is its clause's own, in clause_subjects.py.
"""

from __future__ import annotations

import re

from app.core.analysis.asides import (
    ADDRESS_TOWN,
    DESCRIBED_THEN_ASIDE_RE,
    apposed_in_relative_clause,
    apposition_start,
    dash_aside_as_commas,
    dash_aside_start,
    inside_relative_clause,
    is_aside,
    place_of_person,
    resolve_who,
    skippable,
    whose_clause_to,
    with_clause,
)
from app.core.analysis.body_names import body_named_beside
from app.core.analysis.clause_subjects import can_speak, clause_subject, opens_its_clause
from app.core.analysis.cues import CUE_RE, is_passive
from app.core.analysis.entities import (
    DOCUMENT,
    ORGANISATION,
    PERSON,
    PLACE,
    THING,
    UNKNOWN,
)
from app.core.analysis.mention import NAME, NOMINAL, PRONOUN
from app.core.analysis.mentions import Mention
from app.core.analysis.name_parts import GENERATION_END_RE
from app.core.analysis.noun_phrases import (
    ADVERB_OR_AUX,
    GENERIC_NP_BEFORE_RE,
    NOT_IN_NP,
    called_by_name,
    phrase_mention,
)
from app.core.analysis.participles import participle_subject, received_message
from app.core.analysis.prepositions import RELATIONS_OF, after_preposition, opens_with_phrase
from app.core.analysis.subject_patterns import (
    ANY_PLURAL_BEFORE_RE,
    AUTHORED_RE,
    BARE_PLURAL_BEFORE_RE,
    COMMA_GAP_RE,
    CONJUNCTION_BEFORE_RE,
    DETERMINERS_BEFORE,
    DOCUMENT_BY_RE,
    DOCUMENT_TO_RE,
    GROUP_PLACED_BEFORE_RE,
    NOT_DESCRIBING_RE,
    OBJECT_AFTER_RE,
    OBJECT_PRONOUNS,
    PUBLISHED_RE,
    RELATIVE_GAP_RE,
    RELATIVE_RUN_ON_RE,
    SHARE_BEFORE_RE,
    SHARED_SUBJECT_RE,
    STRICT_PREPOSITIONS,
    SUBJECT_PP_RE,
    TIME_RE,
    WHICH_BEFORE_RE,
    document_to,
)

# How far from a quote its speaker is looked for, in characters. A sentence longer than this is
# a run-on list of quotes, not prose: bounding the window keeps a paragraph of thousands of
# short quotes linear (each quote reads a window of fixed size, never the paragraph so far).
WINDOW = 800
# A relative clause on the noun of a phrase of place or employer: "at a depot that runs ...".
_PLACE_CLAUSE_RE = re.compile(r"\s+(?:that|which|where)\s")


# A preposition (and determiner) after a group noun, before a bare group ("attorneys for the
# family", "lawyers for both companies"): the bare group may be the place phrase's object.
_GROUP_OF_BEFORE_RE = re.compile(
    r"(?:[a-z]s|people)\s+(?:for|of|at|from|with)\s+(?:(?:the|both|all|a|an)\s+)?$"
)


# A gap of a comma alone between two mentions (compiled once: asked of most candidates).
_COMMA_GAP_RE = re.compile(r"^\s*,\s*$")


def subject_before(
    masked: str, mentions: list[Mention], lo: int, cue_start: int, cue: str
) -> Mention | None:
    """The subject of a cue verb: adjacent, or past an appositive, or the clause's subject."""
    tail = masked[max(lo, cue_start - 3) : cue_start]
    participle = cue.lower().endswith("ing")
    if "-" in tail or "–" in tail or "—" in tail:
        opens = dash_aside_start(masked, mentions, lo, cue_start, participle)
        if opens is not None:
            # "The advert showed a row of nurses - young and old - declaring “…”": the aside
            # describes the nurses; the participle is read as if it came right after them.
            cue_start = opens
        else:
            masked = dash_aside_as_commas(masked, lo, cue_start)
    if participle and received_message(masked, lo, cue_start):
        return None  # "Lind got a text saying “…”": the sender's words, sender unnamed
    candidates = [m for m in mentions if lo <= m.start and m.end <= cue_start]
    for idx, m in enumerate(candidates):
        if m.kind is NOMINAL and m.entity is ORGANISATION:
            # "The union representing the drivers, the Garrow Rail Union, said": the name
            named = body_named_beside(masked, candidates, idx)
            if named is not None and not masked[named.end : cue_start].strip(" ,"):
                return named
    if participle:
        found = participle_subject(masked, candidates, lo, cue_start)
        if found is not None:
            return found
    if SHARED_SUBJECT_RE.search(masked, lo, cue_start):
        # "Roberts said she liked it but said “...”": the second verb shares the subject.
        shared = clause_subject(masked, candidates, lo, cue_start)
        if shared is not None and (
            shared.kind is not NOMINAL
            or shared.entity in (PERSON, ORGANISATION)
            # "The EU statement stopped short of ... but said": the document says it
            or shared.entity is DOCUMENT
        ):
            return shared
    which = WHICH_BEFORE_RE.search(masked, max(lo, cue_start - 30), cue_start)
    if which:
        # "a report from Halden Analytics, which called the market “...”": the antecedent
        for m in reversed(candidates):
            if m.end <= which.start() and COMMA_GAP_RE.fullmatch(masked, m.end, which.start()):
                if can_speak(m) or m.entity is DOCUMENT:
                    return m
                break
    for idx in range(len(candidates) - 1, -1, -1):
        m = candidates[idx]
        gap = masked[m.end : cue_start]
        if (
            gap.startswith(",")
            and "," not in gap[1:]  # ", Jr., the harbour chair, said": it opens an aside too
            and GENERATION_END_RE.search(masked, max(0, m.end - 4), m.end)
        ):
            gap = " " + gap[1:]  # "Warren Pikeman, Jr., said": the comma closes the suffix
        if m.possessive:
            continue
        if whose_clause_to(masked, m, cue_start):
            # "A nurse whose ward sits beside the new car park told": the clause is about her
            return resolve_who(masked, candidates, idx)
        if (
            m.kind is NAME
            and gap.strip() in ("", ",")
            and called_by_name(masked, max(lo, m.start - 40), m.start)
        ):
            # "One fan, a retired docker called Wee Davie, said": the name the person goes by
            return m
        if (
            m.kind is PRONOUN
            and m.text == "who"
            and (idx == 0 or m.start - candidates[idx - 1].end > 2)
        ):
            continue  # "anyone who complains": "who" stands for no one named
        run_on = m.text == "who" and idx > 0 and RELATIVE_RUN_ON_RE.fullmatch(gap) is not None
        if m.kind is PRONOUN and m.text == "who" and (RELATIVE_GAP_RE.fullmatch(gap) or run_on):
            # "a night nurse who feared losing her job and asked not to be named, said": the
            # relative clause ends at the comma (or, opening the sentence, at the verb)
            at = place_of_person(masked, candidates, idx - 1)
            antecedent = candidates[at]
            if (not run_on or opens_its_clause(masked[lo : antecedent.start])) and (
                not any(
                    not re.match(r"\s+(?:not\s+)?to\b", gap[c.end() :])
                    # "who was told by Lind that ...": what they heard, not what they said
                    and not is_passive(gap, c)
                    for c in CUE_RE.finditer(gap)
                )  # "who ... asked not to be identified," is no speech of theirs
                and not antecedent.possessive
                and not after_preposition(masked, antecedent.start)
                # "who" stands for people: "the University of York who ..." is a slip
                and antecedent.entity in (PERSON, UNKNOWN)
            ):
                if (
                    run_on
                    and antecedent.kind is NOMINAL
                    and at == idx - 1
                    and not NOT_DESCRIBING_RE.search(gap)
                ):
                    return with_clause(masked, antecedent, m.end + len(gap.rstrip()))
                return resolve_who(masked, candidates, at)
        if (
            after_preposition(masked, m.start)
            # "a statement from the council saying ...": who it came from says it; "wrote to
            # the postal service asking it to ...": whom it went to does not
            and not (
                participle
                and all(w.endswith("ly") for w in gap.split())  # "with Ruiz proudly saying"
                and not _TO_BEFORE_RE.search(masked, max(lo, m.start - 8), m.start)
            )
            # "after Greenspan told Congress": "after" opens a clause whose subject speaks
            and not (CONJUNCTION_BEFORE_RE.search(masked, max(lo, m.start - 12), m.start))
            and not (m.kind is NAME and not gap.strip() and opens_with_phrase(masked, lo, m.start))
        ):
            continue
        words = TIME_RE.sub(" ", gap).split()
        if all(w.lower().strip(",") in ADVERB_OR_AUX or w.endswith("ly") for w in words) and (
            "," not in gap or participle
        ):
            if participle and "," in gap and idx > 0:
                # "Ruiz had mocked the complaint, saying ...": the participle's subject is
                # the main clause's, not the object just before the comma.
                main = clause_subject(masked, candidates, lo, cue_start)
                if main is not None:
                    return main
            relative = inside_relative_clause(masked, candidates, idx)
            if relative is not None:
                # "A Syrian refugee who fled Aleppo in 2015 said": Aleppo is what the refugee
                # fled; the refugee speaks.
                return resolve_who(masked, candidates, relative)
            return resolve_who(masked, candidates, idx)
        described = DESCRIBED_THEN_ASIDE_RE.fullmatch(gap)
        if (
            described
            and m.kind is NOMINAL
            and m.entity is PERSON
            and "\x00" not in gap
            and is_aside(described.group(2))
        ):
            # "An aide to the senator, speaking on condition of anonymity, said", "A mother of
            # three from Bootle, who did not want to be named, said": the described person;
            # a clause about the place ("at a distributor that runs 40 vans") is not them.
            tail = described.group(1)
            clause = _PLACE_CLAUSE_RE.search(tail)
            end = m.end + (clause.start() if clause else len(tail))
            return Mention(m.start, end, masked[m.start : end], NOMINAL, entity=m.entity)
        if gap.lstrip().startswith(",") and gap.rstrip().endswith(","):
            inner = gap.strip().strip(",")
            if m.kind is NOMINAL and m.entity is DOCUMENT and AUTHORED_RE.fullmatch(inner.strip()):
                # "The lawsuit, filed by the Coastal Fishers Association, alleges": the
                # document with who is behind it.
                end = m.end + len(gap.rstrip().rstrip(","))
                return Mention(m.start, end, masked[m.start : end], NOMINAL, entity=m.entity)
            if "\x00" not in inner and skippable(inner):
                relative = apposed_in_relative_clause(masked, candidates, idx)
                if relative is not None:
                    # "Ms Roe, who took over from her father, Paddy, in 1997, said": the
                    # father is named inside her clause; she speaks.
                    return resolve_who(masked, candidates, relative)
                return resolve_who(masked, candidates, idx)
            if m.kind is NOMINAL and m.entity is DOCUMENT and PUBLISHED_RE.fullmatch(inner.strip()):
                # "The study, published in the journal Heart, found": the study
                return m
        # Where the apposition holding the name opens (its comma).
        opens = apposition_start(masked, m.start)
        before = next((c for c in reversed(candidates[:idx]) if c.end <= opens), None)
        if (
            gap.strip() == ","
            and m.is_person_name
            and opens != ADDRESS_TOWN  # the town of an address is no apposition
            and masked[max(0, opens) : opens + 2] == ", "
            # "The prime minister, speaking alongside the German chancellor, Olaf Brandt,
            # said": the name is the object's, inside an aside; the subject before speaks.
            and not (
                before is not None
                and before.end == opens
                and before.kind is NOMINAL
                and (
                    after_preposition(masked, before.start)
                    or OBJECT_AFTER_RE.search(masked, max(0, before.start - 12), before.start)
                    is not None
                )
            )
        ):
            # "The High Commissioner, Amal Noor, said": the name in apposition speaks.
            return m
        if m.kind is NOMINAL and _COMMA_GAP_RE.match(gap):
            continue
        if (
            m.kind is NOMINAL
            and idx + 1 < len(candidates)
            and " of " in m.text
            and m.text.partition(" of ")[0].rsplit(None, 1)[-1].lower() in RELATIONS_OF
        ):
            named = candidates[idx + 1]
            if (
                named.kind is NAME
                and not masked[m.end : named.start].strip()
                and not masked[named.end : cue_start].strip(" ,")
                and after_preposition(masked, named.start)
            ):
                # "The family of former Dell Rovers captain Ana Ruiz said": the description
                # runs on to the name it is of; her family speak
                text = masked[m.start : named.end]
                return Mention(m.start, named.end, text, NOMINAL, entity=m.entity)
        if (
            (
                SUBJECT_PP_RE.fullmatch(gap)
                # "A letter from Harrow Foods to staff said": a document names who it went to
                # "The report by the county treasurer said": it names who wrote it
                or (
                    m.entity is DOCUMENT
                    and (DOCUMENT_TO_RE.fullmatch(gap) or DOCUMENT_BY_RE.fullmatch(gap))
                )
            )
            and not re.search(r"\b(?:that|which|who)\s*$", gap)
            and (m.kind is NOMINAL or m.is_person_name)
            and (can_speak(m) or m.entity is DOCUMENT)
            and not CUE_RE.search(gap)
        ):
            # "A memo on the board's website states that ...": the phrase after the
            # subject says where it is; the subject speaks, described by it.
            sent = document_to(masked, m.start, m.end, gap) if m.entity is DOCUMENT else None
            if sent is not None:  # "a report to the councillors of Dunmore Shire revealed"
                return Mention(m.start, m.start + len(sent), sent, NOMINAL, entity=DOCUMENT)
            pp = gap.split()
            if (
                m.kind is NOMINAL
                and len(pp) <= 5
                # "A woman beside him": where she stood means nothing in a list of sources
                and pp[-1].lower() not in OBJECT_PRONOUNS
                and not any(w.endswith(("ed", "ing")) for w in pp)
            ):
                # a short phrase is part of the description; a long one ("of the research
                # published in the journal ...") is left out.
                text = masked[m.start : cue_start].rstrip()
                return Mention(m.start, m.start + len(text), text, NOMINAL, entity=m.entity)
            relative = inside_relative_clause(masked, candidates, idx)
            if relative is not None:
                return resolve_who(masked, candidates, relative)
            return m
    share = SHARE_BEFORE_RE.search(masked, max(lo, cue_start - 60), cue_start)
    if share and not candidates_after(candidates, share.end(1)):
        # "58 percent said the closure was “the right call”": the share of those asked speaks.
        return Mention(
            share.start(1),
            share.end(1),
            share.group(1),
            NOMINAL,
            entity=PERSON,
        )
    bare = BARE_PLURAL_BEFORE_RE.search(masked, max(lo, cue_start - 40), cue_start)
    if bare is None or _GROUP_OF_BEFORE_RE.search(
        masked, max(lo, bare.start(1) - 24), bare.start(1)
    ):
        placed = GROUP_PLACED_BEFORE_RE.search(masked, max(lo, cue_start - 70), cue_start)
        if (
            placed is not None
            and not opens_its_clause(masked[lo : placed.start(1)])
            # "Shares rose after analysts at Calder Bank called it": a clause of its own
            and not CONJUNCTION_BEFORE_RE.search(
                masked, max(lo, placed.start(1) - 12), placed.start(1)
            )
        ):
            # "X rejected it as “…”, and sources in the camp told ...": a group deep in the
            # sentence is not the subject the quote's tag is looking for
            placed = None
        if placed is not None and (bare is None or placed.start(1) < bare.start(1)):
            # "attorneys for the family said": the family's lawyers speak, not the family
            bare = placed
    if bare is None and not candidates_after(candidates, cue_start - 30):
        bare = ANY_PLURAL_BEFORE_RE.search(masked, max(lo, cue_start - 30), cue_start)
        before = masked[max(lo, bare.start(1) - 12) : bare.start(1)].split() if bare else []
        if bare and (
            bare.group(1).split()[-1] in NOT_IN_NP
            or (before and before[-1].lower() in STRICT_PREPOSITIONS | DETERMINERS_BEFORE)
        ):
            bare = None  # "the cost of repairs said" is no speaker; "a day after unions warned" is
    if bare and not candidates_after(candidates, bare.end(1)):
        # "in which people say, “...”", "residents said": unnamed speakers, no determiner.
        return Mention(bare.start(1), bare.end(1), bare.group(1), NOMINAL, entity=PERSON)
    np = GENERIC_NP_BEFORE_RE.search(masked, lo, cue_start)
    if np and not after_preposition(masked, np.start(1)) and not _bare_noun_cue(np.group(1), cue):
        nominal = phrase_mention(masked, np.start(1), np.end(1))
        if nominal is not None:
            return nominal
    if participle or cue.lower() in {"described", "called", "dubbed", "labeled", "branded"}:
        # `X shared his disapproval, posting, "..."`: the subject of the main clause.
        for m in candidates:
            if m.possessive or after_preposition(masked, m.start) or m.modifier:
                continue
            if m.kind is PRONOUN and m.text.lower() == "it":
                continue
            if m.kind is NAME and m.entity in (THING, PLACE):
                continue  # "At the Republican convention ...": an adjective, a place
            return m
    return None


def candidates_after(candidates: list[Mention], at: int) -> bool:
    return any(m.start >= at and m.text.lower() != "who" for m in candidates)


_TO_BEFORE_RE = re.compile(r"\b(?:to|into|toward|towards)\s+$")


_SINGULAR_DETERMINERS = frozenset("a an one another".split())
# Cue words whose bare form is as often a noun for what was said ("a message", "a post").
_NOUN_CUES = frozenset("message post note tweet text comment remark reply answer quote".split())


def _bare_noun_cue(phrase: str, cue: str) -> bool:
    """ "sent a strangely cheerful note that ...": after "a"/"an" such a cue word in its bare
    form is a noun, since as a verb after one singular subject it would take an -s ("a
    spokesman messages"); the phrase is the noun's own article and adjectives, no speaker."""
    return cue.lower() in _NOUN_CUES and phrase.split(None, 1)[0].lower() in _SINGULAR_DETERMINERS
