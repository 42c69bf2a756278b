"""Role cues of a credit line: the grammar that cuts a line at each cue ("Reporting by",
"Editing by", "With AFP") into (role, names) segments, and the foreign bylines ("Von A und B")
rewritten as English before the cut.

It lives apart from credits.py, which decides whether a line is a credit line at all and reads
the names of each segment, because the cue table alone is a fifth of that reader.
"""

from __future__ import annotations

import re

from app.core.analysis.news_agencies import WIRE_AGENCIES, agency_alternation
from app.core.model import CreditRole

_R = CreditRole

# Agencies that a line credits with "With": "-- With AFP", "By Ana Lima, with Reuters".
_AGENCY_NAMES = r"(?:The\s+)?" + agency_alternation(WIRE_AGENCIES) + r"\b"
_WITH_AGENCY_CUE = r"(?:--|—|–)?\s*with\s+(?=" + _AGENCY_NAMES + ")"
# Cue phrases that open a segment, each with the words that must follow ("by", ":").
_BY = r"\s*(?:by\b\s*:?|:)"
# A credit that drops the "by": "Reporting Ana Lima; editing Tom Ray" (a capital must follow).
_BY_OR_NAME = r"(?:\s*(?:by\b\s*:?|:)|\s+(?=(?-i:[A-Z])))"
_CUES: tuple[tuple[str, CreditRole], ...] = (
    (r"additional\s+reporting" + _BY_OR_NAME, _R.ADDITIONAL_REPORTING),
    (
        r"(?:--|—|–)?\s*with\s+(?:additional\s+)?assistance\s+(?:from|by)\b\s*:?",
        _R.ADDITIONAL_REPORTING,
    ),
    # NYT: "Reporting was contributed by ...", "Contributing reporting were ...".
    (r"(?:reporting|research)\s+(?:was|were)\s+contributed\s+by\b\s*:?", _R.ADDITIONAL_REPORTING),
    (
        r"contributing(?:\s+(?:reporting|reporters?|writers?))?(?:\s+(?:by|was|were)\b)?\s*:?"
        r"(?=\s*(?-i:[A-Z]))",
        _R.ADDITIONAL_REPORTING,
    ),
    (r"contributors?\s*:", _R.ADDITIONAL_REPORTING),
    (
        r"(?:--|—|–)?\s*with\s+(?:additional\s+)?(?:reporting|research)\s+(?:by|from)\b\s*:?",
        _R.ADDITIONAL_REPORTING,
    ),
    # "Research by Ana Lima", "Research: Ana Lima" (a magazine's credit box)
    (r"(?:additional\s+)?research" + _BY, _R.ADDITIONAL_REPORTING),
    (_WITH_AGENCY_CUE, _R.ADDITIONAL_REPORTING),
    # Canadian papers: "With files from The Canadian Press", "— With files from Ana Lima".
    (r"(?:--|—|–)?\s*with\s+files\s+(?:from|by)\b\s*:?", _R.ADDITIONAL_REPORTING),
    (r"(?:reporting|reported)" + _BY_OR_NAME, _R.REPORTING),
    # "Text by Ana Lima | Photography by Tom Ray", "Words by Ana Lima": a magazine's writing
    # credit beside the others; "authored by" as some sites write it
    (r"(?:writing|written|authored|text|words)" + _BY, _R.WRITING),
    (r"editing" + _BY_OR_NAME, _R.EDITING),
    (r"edited" + _BY, _R.EDITED_BY),
    (r"(?:compiled|compilation)" + _BY, _R.COMPILED_BY),
    (r"(?:graphics?|infographics?|graphic\s+design)" + _BY, _R.GRAPHICS),
    (r"(?:illustrations?|illustrated)" + _BY, _R.ILLUSTRATION),
    # "Art by Kari Holm", "Artwork: Kari Holm": a magazine's picture that is drawn ("Art:"
    # alone heads a section, so only with "by")
    (r"art\s+by\b\s*:?|artwork" + _BY, _R.ILLUSTRATION),
    # "Staff Photos: Ana Lima", "File photo by Ana Lima": the desk's word before the cue
    (r"(?:(?:staff|file)\s+)?(?:photos?|photographs?|photography|pictures?)" + _BY, _R.PHOTO),
    # "Photographed by Ana Lima", "Foto: Ana Lima" (German, Spanish, Italian), "Photo / Ana
    # Lima" (the slash some papers set after the word)
    # "Photo © Ana Lima/dpa": the copyright sign in the colon's place
    (
        r"(?:photographed|fotos?)" + _BY + r"|photos?\s*/(?=\s*[A-Z])|(?:photos?|fotos?)\s+(?=©)",
        _R.PHOTO,
    ),
    # Picture labels in other languages: "Bild: Ana Lima" (German), "Foto/Quelle: dpa" (German
    # sites' photo-and-source label), "Gambar: Ana Lima" (Indonesian), "Foto de Ana Lima"
    # (Spanish, Portuguese), "Foto di Ana Lima" (Italian): a capital must follow "de"/"di".
    (
        r"(?:bild|gambar|foto\s*/\s*quelle)\s*:"
        r"|(?:foto(?:graf[ií]a)?s?|fotografie)\s+(?:de|di|von|van)\s+(?=(?-i:[A-Z]))",
        _R.PHOTO,
    ),
    # "Photographer: Ana Lima/Bloomberg" (Bloomberg's caption style), "Photo courtesy of Ana
    # Lima", "Courtesy Ana Lima", "Credit: Ana Lima/Getty Images" (a picture's credit line),
    # "Harbour Courier photo by Ana Lima" / "Courier photo: Ana Lima" (a paper's own picture,
    # its name in capitals before the word)
    (
        r"photographers?\s*:|(?:photos?\s+)?courtesy(?:\s+of\b|\s*:)(?=\s*(?-i:[A-Z]))"
        # "Courtesy Ana Lima" with no "of": two capitalised words, so "Courtesy Counts" is no
        # credit
        r"|(?:photos?\s+)?courtesy(?=\s+(?-i:[A-Z])[\w.'’-]*\s+(?-i:[A-Z]))"
        r"|(?:(?:image|photo|picture)\s+)?credits?\s*:"
        # (not "By Ana Lima. Photo by Tom Ray": a byline, then the picture's credit)
        r"|^(?-i:(?!By\b|BY\b)(?:[A-Z][\w.&'’-]*\s+){1,3}(?:[Ss]taff\s+)?[Pp]hotos?)" + _BY,
        _R.PHOTO,
    ),
    (r"(?:videos?|video\s+(?:production|editing)|filmed|filming)" + _BY, _R.VIDEO),
    (r"(?:produced|production|producers?)" + _BY, _R.PRODUCTION),
    (r"(?:data(?:\s+(?:analysis|reporting|visuali[sz]ation|journalism))?)" + _BY, _R.DATA),
    (r"(?:design(?:ed)?|page\s+design)" + _BY, _R.DESIGN),
    (r"(?:narrated|narration|voiced)" + _BY, _R.NARRATION),
    (r"(?:audio(?:\s+(?:production|editing))?|sound\s+design)" + _BY, _R.AUDIO),
    (r"fact[\s-]?check(?:ing|ed|ers?)?" + _BY, _R.FACT_CHECKING),
    # "Translated by", "Translation: ...", "Translated from the Spanish by ..."
    (
        r"(?:translated(?:\s+from\s+(?:the\s+)?[A-Z][a-z]+)?|translations?|translators?)" + _BY,
        _R.TRANSLATION,
    ),
    # "Interviews by Ana Lima", "Interview by", and a credit box's (and the list style's)
    # "Interviews: Ana Lima"; not "Interview: Ana Lima", which heads a Q&A with the person
    # interviewed, who is no contributor
    (r"interviews?\s+(?:conducted\s+)?by\b\s*:?|interviews\s*:", _R.INTERVIEWS),
    (r"editors?\s*:", _R.EDITING),  # a magazine's "Editor: Ana Lima"
    (r"(?:photo\s+credits?|images?)" + _BY, _R.PHOTO),  # "Photo credit: ...", "Image: ..."
    (r"byline\s*:", _R.BYLINE),
    # "Story by Ana Lima. Photos by Tom Ray.": the writer's own byline; an author page's
    # heading: "Articles by Ana Lima and Tom Ray", "Posts by Ana Lima"; a blog's "Posted by"
    (r"(?:story|stories|articles?|posts|posted)" + _BY, _R.BYLINE),
)
_CUE_RE = re.compile("|".join(f"(?P<c{i}>{pattern})" for i, (pattern, _) in enumerate(_CUES)), re.I)

# "By: Ana Lima", "By - Ana Lima" (a dash some sites set after the cue)
BYLINE_START_RE = re.compile(r"by\b\s*(?::|[-–—](?=\s))?\s*", re.I)
# Bylines in other languages and the word that joins their names: "Von A und B", "Por A y B".
_FOREIGN_BYLINE_RE = re.compile(
    r"^(?P<cue>von|por|par|door|av|af|przez|oleh"
    # Italian "di Ana Lima", "DI ANA LIMA": in lower case or capitals only, since "Di" opens
    # surnames ("Di Stefano said") and "di" is "of"; a capital must follow
    r"|(?-i:di|DI)(?=\s+(?-i:[A-Z]))"
    # Swahili "Na Ana Lima", "NA ANA LIMA" (Tanzanian and Kenyan papers): as a byline opens,
    # capitalised, a name of two words or more after it; "na" is also Swahili's "and"
    r"|(?-i:Na|NA)(?=\s+(?-i:[A-Z])))\b\s*:?\s+(?=\S+\s+\S)"
    r"(?!(?:karena|sebab)\b)",  # "Oleh karena itu": "therefore", no byline
    re.I,
)
# The "and" of each foreign byline's language, by its cue ("von" ... "und"), as an alternation:
# the cue's reader joins names by it, and the declared name scan cuts a pasted line at it.
FOREIGN_AND = {
    "von": "und",
    "por": "y|e",
    "par": "et",
    "door": "en",
    "av": "och|og",
    "af": "og",
    "przez": "i",
    "oleh": "dan",  # Indonesian, Malay: "Oleh Ana Lima dan Tom Ray"
    "di": "e",  # Italian: "di Ana Lima e Tom Ray"
    "na": "na",  # Swahili: "Na Ana Lima na Tom Ray"
}


def english_byline(text: str) -> str:
    """ "Von Matthias Körber und Lena Vogt" -> "By Matthias Körber and Lena Vogt".

    The joining word is taken only between names of two words or more, so "José Ortega y
    Gasset" keeps its "y".
    """
    match = _FOREIGN_BYLINE_RE.match(text)
    if not match:
        return text
    body = text[match.end() :]
    joiner = re.compile(rf"\s+(?:{FOREIGN_AND[match['cue'].lower()]})\s+", re.I)
    parts = joiner.split(body)
    if len(parts) > 1 and all(len(p.split(",")[-1].split()) >= 2 for p in parts):
        body = " and ".join(parts)
    return "By " + body


_CAPITALISED_END_RE = re.compile(r"\b[A-Z][\w.'’-]*$")
# One capitalised word between a separator and a cue: "| Text Editing by", "; Photo Editing by".
_QUALIFIER_RE = re.compile(r"[|;]\s*(?P<word>[A-Z][a-z]+)\s+$")
# Capitalised words (an outlet's name) between a full stop and a photo cue.
_OUTLET_AFTER_STOP_RE = re.compile(
    r"(?<=[A-Za-z]{2}\.)\s+(?P<outlet>(?:[A-Z][\w&'’-]*\s+){1,4})(?:[Ss]taff\s+)?$"
)
_BY_OR_COLON_RE = re.compile(r"\bby\b|:", re.I)


def opens_with_cue(text: str) -> bool:
    """Does `text` open with a credit's cue ("by", "reporting by", "photo:"), in any case?"""
    return bool(BYLINE_START_RE.match(text) or _CUE_RE.match(text))


def cue_segments(text: str) -> list[tuple[CreditRole | None, str]] | None:
    """Cut a line at each role cue that starts it or follows ";", "," or "and"; a label no cue
    knows after ".", ";" or "|" ("Styling: Kari Holm") is cut off as a segment of no role,
    whole, for the caller to report."""
    starts: list[tuple[int, int, CreditRole | None]] = []
    byline = BYLINE_START_RE.match(text)
    opening_cue = _CUE_RE.match(text)
    if byline is None and opening_cue is None:
        return None  # a credit line opens with its cue: spare prose the scan below
    if byline and not opening_cue:
        starts.append((0, byline.end(), CreditRole.BYLINE))
    for match in _CUE_RE.finditer(text):
        before = text[: match.start()].rstrip()
        separated = before.endswith((";", ",", ".", "|")) or before.lower().endswith(" and")
        cue = match.group().strip()
        # Two credits run together with no separator: "... in Kyiv Editing by Tom Ray"; an
        # agency credited with "with" needs none either: "By Ana Lima with AFP".
        # "... in Kyiv writing by Tom Ray": lower case too, after a capitalised word.
        after_name = bool(_CAPITALISED_END_RE.search(before))
        run_on = (
            (cue[:1].isupper() or after_name) and bool(_BY_OR_COLON_RE.search(cue))
        ) or match.lastgroup == f"c{_WITH_AGENCY}"
        if match.start() != 0 and not (separated or run_on):
            continue
        if starts and match.start() < starts[-1][1]:
            continue
        index = int(match.lastgroup[1:]) if match.lastgroup else 0
        start = match.start()
        if _CUES[index][1] is CreditRole.PHOTO and starts:
            # "By Ana Lima. Harbour Times photo by Tom Ray": the outlet's name after the full
            # stop opens the picture's credit; the byline ends at the stop
            outlet = _OUTLET_AFTER_STOP_RE.search(text, starts[-1][1], start)
            start = outlet.start("outlet") if outlet else start
        elif starts and not separated:
            # "... | Text Editing by Ana Lima", "; Copy Editing by": a word qualifying the cue
            # after the separator belongs to the cue, not to the names before it
            qualifier = _QUALIFIER_RE.search(text, starts[-1][1], start)
            start = qualifier.start("word") if qualifier else start
        starts.append((start, match.end(), _CUES[index][1]))
    if not starts or starts[0][0] != 0:
        return None
    starts = _with_unknown_labels(text, starts)
    segments: list[tuple[CreditRole | None, str]] = []
    for position, (_, body_start, role) in enumerate(starts):
        end = starts[position + 1][0] if position + 1 < len(starts) else len(text)
        body = text[body_start:end].strip()
        body = re.sub(r"(?:[;,|·•]|\band)\s*$", "", body).strip()
        segments.append((role, body))
    return segments


_WITH_AGENCY = next(i for i, (pattern, _) in enumerate(_CUES) if pattern == _WITH_AGENCY_CUE)


# A magazine foot's label no cue knows, after a stop or a separator: "Styling: Kari Holm",
# "Hair and make-up: Kari Holm", "Set design: Kari Holm" (one to three words, a capital after).
_LABEL_RE = re.compile(
    r"(?:(?<=[^\s.]{2}\.)|(?<=[;|]))\s+(?P<label>[A-Z][a-z]+(?:[\s-]+(?:and|&|[a-z]+)){0,3})"
    r"\s*:\s+(?=[A-Z])"
)
# Labels other readers know after a byline: an e-mail's, a contact's, a profile's.
_NOT_ROLE_LABELS = frozenset("email e-mail mail contact reach tel phone twitter follow web".split())


def _with_unknown_labels(
    text: str, starts: list[tuple[int, int, CreditRole | None]]
) -> list[tuple[int, int, CreditRole | None]]:
    """`starts` with one of no role at each label no cue knows ("Words: Ana Lima. Styling:
    Kari Holm. Photography: Tom Ray"): the label's part was read as the names before it, and
    the writer lost with it. Its segment keeps the label, to be reported as written."""
    if ":" not in text:
        return starts
    added = [
        (found.start("label"), found.start("label"), None)
        for found in _LABEL_RE.finditer(text, starts[0][1])
        if found["label"].lower() not in _NOT_ROLE_LABELS
        and not _CUE_RE.match(text, found.start("label"))
        and not any(start <= found.start("label") < end for start, end, _ in starts)
    ]
    return sorted([*starts, *added], key=lambda start: start[0]) if added else starts
