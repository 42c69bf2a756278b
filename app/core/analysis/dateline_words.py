"""Words that are never a dateline's place (a desk's labels, words of a sentence, the heads of a
diary's entries), and the shape a town's name has: the vocabulary datelines.py guards its readings
with, kept apart so the reader stays about reading."""

from __future__ import annotations

from app.core.analysis.calendar_words import MONTH_NAMES, WEEKDAY_WORDS
from app.core.analysis.credit_organisations import is_agency
from app.core.analysis.first_names import is_first_name

# Words of a release's or a page's label printed in capitals over the story with its date
# ("FOR IMMEDIATE RELEASE, May 20", "MEDIA ADVISORY, June 3"): no place. The one table of
# them: a dateline's place is never one either ("EMBARGOED —", see NOT_PLACES).
LABEL_WORDS = frozenset(
    """RELEASE IMMEDIATE ADVISORY STATEMENT NOTICE MEMO MEMORANDUM POSTED PUBLISHED ENDS RSVP
    CHAPTER PART EPISODE DIARY MINUTES AGENDA BULLETIN NEWSLETTER EMBARGOED EMBARGO""".split()
)
# Words a desk puts in capitals before a dash that are labels, not places ("BREAKING —").
NOT_PLACES = (
    frozenset(
        str.split(
            """
    BREAKING UPDATE UPDATED EXCLUSIVE NOTE WARNING ANALYSIS OPINION FACTBOX EXPLAINER CORRECTED
    CORRECTION REFILE URGENT FLASH ALERT EDITORS EDITOR PHOTO PHOTOS VIDEO WATCH LIVE LISTEN
    SPONSORED ADVERTISEMENT READ MORE RELATED SUBSCRIBE UPDATES
    NATO UN EU US UK USA FBI CIA NASA WHO IMF OPEC OK TV CEO GDP AI FIFA UEFA NBA NFL THE AND
    Q A I QUESTION ANSWER DISCLAIMER SPOILER TRANSCRIPT SUMMARY BACKGROUND CONTEXT CLARIFICATION
    SOURCE SOURCES CREDIT CREDITS TAGS KEYWORDS TOPICS LOCATION DATELINE HEADLINE BYLINE PS NB
    FACT CHECK VERDICT CLAIM RATING TIMELINE KEY POINTS WHAT WHY HOW WHEN WHERE TODAY TONIGHT
    EDITORIAL COMMENTARY COMMENT COLUMN LETTER LETTERS REVIEW INTERVIEW PODCAST FEATURE PROFILE
    OBITUARY PREVIEW RECAP SPORTS SPORT BUSINESS POLITICS WORLD NATION LOCAL WEATHER TRAFFIC
    MARKETS HEALTH SCIENCE TECH ENTERTAINMENT LIFESTYLE TRAVEL FOOD QUOTE FACTS
    HOWEVER MEANWHILE YES NO WELL SO BUT OR ALSO FIRST FINALLY AGAIN STILL THEN HERE THERE THIS
    THAT THESE THOSE NOW LOOK IMAGINE REMEMBER WAIT OKAY SORRY THANKS HELLO WELCOME INDEED
    INSTEAD OVERALL YESTERDAY TOMORROW
    """
        )
    )
    | frozenset(day.upper() for day in WEEKDAY_WORDS)  # the one list of weekdays
    | frozenset(MONTH_NAMES.upper().split("|"))  # and of months
    | LABEL_WORDS
)

# Words of a sentence, never of a place name: "LONDON IS CALLING —", "PARIS WILL WAIT —".
SENTENCE_WORDS = frozenset(
    """IS ARE WAS WERE BE BEEN HAS HAVE HAD WILL WOULD CAN COULD SHALL SHOULD MAY MIGHT MUST DO
    DOES DID NOT NO MY OUR YOUR HIS HER THEIR WE YOU I IT ITS THIS THAT THESE THOSE WHAT WHO HOW
    WHY WHEN IF BUT OR SO TO FOR WITH ME US GETS GOT SAYS""".split()
)

# Words that head an entry of a diary, a listing or a letter, never a town: "Meeting, May 20:",
# "Dear Ana, May 20:".
DIARY_WORDS = frozenset(
    """MEETING MEETINGS CONCERT EVENT EVENTS SESSION DEADLINE HEARING TRIAL LAUNCH OPENING DAY
    WEEK ROUND MATCH GAME STAGE ENTRY DATED DEAR HI HELLO REMINDER DEPARTURE ARRIVAL EVE
    CHRISTMAS EASTER THANKSGIVING HALLOWEEN RAMADAN EID DIWALI HANUKKAH PASSOVER HOLIDAY
    ELECTION ELECTIONS BUDGET FINAL FINALS DEBATE VOTE""".split()
)


# First words of places that are also given names ("SANTA ROSA", "ST JOHN", "GLEN COVE"); not
# entities.PLACE_PREFIXES, the first words of any place name, a different table.
GIVEN_NAME_PLACE_HEADS = frozenset("SANTA SANTO SAN SAO ST SAINT GLEN".split())

_NO_TOWN_WORDS = SENTENCE_WORDS | DIARY_WORDS | NOT_PLACES


def is_label(place: str) -> bool:
    """ "BREAKING", "Analysis", "NATO", "THE CITY": a desk's label or a word that is no place,
    whole or as the first word; "REUTERS —", "AP —": an agency is never the place."""
    return place.upper() in NOT_PLACES or place.split()[0].upper() in NOT_PLACES or is_agency(place)


def town_shape(place: str) -> bool:
    """Up to three words, none of them a desk's label, a given name first, a sentence's word or
    the head of a diary's entry: what a town's name can be."""
    words = place.split()
    first = words[0].rstrip(".")
    if len(words) > 3 or is_label(place):
        return False
    if is_first_name(first) and first.upper() not in GIVEN_NAME_PLACE_HEADS:
        return False
    return not any(word.upper().rstrip(".") in _NO_TOWN_WORDS for word in words)
