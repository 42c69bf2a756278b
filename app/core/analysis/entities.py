"""What a name in copy refers to: a person, an organisation, a place, a document or a thing.

Attribution needs this to say who can speak: "he" never means an organisation, a place or an
event, and "the company" never means a person. The kind comes from the shape of the name and a
few word lists (organisation and place heads, nationality adjectives, event words) plus the
first-name gender table in resources/data (see its README for source and licence).
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from app.core.analysis.caps_surnames import caps_surname
from app.core.analysis.first_names import is_first_name
from app.core.analysis.nationality_words import NATIONAL_ADJECTIVES
from app.core.analysis.patterns import word_alternation


class EntityKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    DOCUMENT = "document"
    THING = "thing"
    UNKNOWN = ""


# The kinds as module constants, for the tests asked of every mention (as mention.NAME): on
# Python 3.11 reading `EntityKind.PERSON` goes through EnumType.__getattr__'s slow path (speed).
PERSON, ORGANISATION, PLACE = EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.PLACE
DOCUMENT, THING, UNKNOWN = EntityKind.DOCUMENT, EntityKind.THING, EntityKind.UNKNOWN


# Where a description's head ends: "a spokesman for the club", "a report by the institute"; "a
# source close to the talks" is a source, "an official in the ministry" an official.
# "a statement issued by X": the participle that says who put a document out goes with "by".
ISSUED_WORDS = frozenset(
    "issued released published sent signed written posted drafted circulated".split()
)
ISSUED = rf"(?:{word_alternation(ISSUED_WORDS)})"
# "Lind received a letter saying", "got a text saying": a message that came to someone, whose
# words are its sender's.
RECEIVED = r"(?:received|receives|receive|receiving|got|gets|get|getting)"
HEAD_SPLIT = re.compile(
    r"\s+(?:of|for|at|from|by|with|in|on|near|inside|outside|within|close\s+to|familiar\s+with|"
    rf"{ISSUED}\s+by)\s+"
)


# The functions of one word or phrase below are pure (they read only the constant tables here)
# and a story asks about the same names and nouns many times: they are memoised for speed.
_MEMO = lru_cache(maxsize=16_384)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Firms named for their trade ("Kelso Tech", "Calder Robotics"): organisation heads here, and
# what marks a name as a business in description_words.
TRADE_WORDS = _words(
    "tech technology robotics analytics aerospace semiconductors securities consulting"
)
ORGANISATION_HEADS = TRADE_WORDS | _words(
    """times post news journal tribune herald gazette telegraph guardian reuters press agency
    department ministry committee commission council university institute center centre party
    office house kremlin pentagon congress senate parliament court bank corp corporation inc ltd
    llc plc co group foundation association union network campaign administration government
    police constabulary gendarmerie garda army navy force forces service bureau board authority
    organization organisation
    federation league company coalition alliance fund trust school college hospital church cnn bbc
    nbc cbs abc msnbc fox ap afp dpa tass politico breitbart bloomberg axios twitter facebook
    google apple microsoft amazon instagram meta tiktok youtube netflix republic kingdom nations
    forum project society club records productions studios studio entertainment media
    pictures airlines airways motors labs laboratories partners capital holdings industries
    systems technologies energy pharmaceuticals bancorp brothers magazine newspaper channel
    radio television tv fc united ministries agencies courts commission's police's cabinet
    assembly caucus legislature bank's council's foods rail railway railways water gas power
    homes housing healthcare ventures logistics transport telecom telecoms pharma biotech
    software solutions brands stores markets retail insurance mutual finance financial
    investments properties estates construction engineering mining oil petroleum steel
    resources minerals metals farms
    chemicals electric electronics communications music films games athletic rovers wanderers
    rangers albion academy shipping freight express cinemas theatre theater orchestra opera
    ballet choir""".replace("'s", "")
)

# Capitalised words that end a place name ("Gush Etzion" is a place nobody could guess; these
# are the ones a rule can know).
PLACE_HEADS = _words(
    """street st avenue ave road rd boulevard square park river lake mountain mountains island
    islands county valley bay beach bridge camp track airport station harbor harbour port coast
    city town village state province region district strait sea ocean gulf peninsula desert
    heights hill hills canyon falls forest border zone base field stadium arena hall plaza mall
    square tower building capitol lane terrace crescent quay wharf parade mews embankment
    esplanade promenade"""
)
# Place heads that are also common surnames: after a first name ("Jessica Hall", "Diane Lane")
# the two words are a person, as a reader takes them.
_SURNAME_PLACE_HEADS = _words("hill hall park field lane wood ford brook")
PLACES = _words(
    """afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain
    bangladesh belarus belgium bolivia bosnia brazil bulgaria burma cambodia cameroon canada chad
    chile china colombia congo croatia cuba cyprus czechia denmark ecuador egypt england eritrea
    estonia ethiopia europe finland france gaza georgia germany ghana greece guatemala haiti
    honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
    kazakhstan kenya korea kosovo kuwait laos latvia lebanon libya lithuania luxembourg
    madagascar malaysia mali malta mexico moldova mongolia montenegro morocco mozambique myanmar
    namibia nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama
    paraguay peru philippines poland portugal qatar romania russia rwanda scotland senegal serbia
    singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan
    tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela
    vietnam wales yemen zambia zimbabwe africa asia america americas antarctica arctic
    alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
    minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
    tennessee texas utah vermont virginia wisconsin wyoming ontario quebec alberta manitoba
    saskatchewan london paris berlin moscow beijing tokyo washington brussels kyiv kiev rome
    madrid vienna warsaw prague budapest athens istanbul ankara tehran baghdad damascus beirut
    jerusalem cairo delhi mumbai shanghai seoul pyongyang taipei hong kong sydney melbourne
    toronto ottawa montreal vancouver chicago boston atlanta houston dallas miami seattle denver
    phoenix detroit philadelphia brooklyn manhattan hollywood toledo geneva zurich dublin
    edinburgh glasgow manchester liverpool birmingham lagos nairobi johannesburg riyadh dubai
    doha kabul islamabad karachi dhaka bangkok jakarta manila hanoi havana caracas lima bogota
    santiago mexico carolina dakota jersey hampshire zealand britain"""
)
# Places of more than one word (the single words above cannot say "New York").
PLACES_MULTI = frozenset(
    """new york|new jersey|new mexico|new hampshire|new delhi|new zealand|new orleans|
    north carolina|south carolina|north dakota|south dakota|west virginia|rhode island|
    los angeles|las vegas|san francisco|san diego|san antonio|san jose|san juan|hong kong|
    tel aviv|sao paulo|são paulo|rio de janeiro|buenos aires|mexico city|kuala lumpur|
    south africa|north korea|south korea|saudi arabia|united states|united kingdom|sri lanka|
    costa rica|puerto rico|el salvador|st louis|st. louis|salt lake city|kansas city|
    oklahoma city|des moines|baton rouge|fort worth|port-au-prince|abu dhabi|cape town|
    washington dc|washington d.c.|district of columbia|great britain|northern ireland""".replace(
        "\n", ""
    )
    .replace("    ", "")
    .split("|")
)
# A nationality (nationality_words.py holds them) or another word that says which people or
# which side a name is ("African", "Western", "Republican", "federal"): no person's name.
NATIONALITIES = NATIONAL_ADJECTIVES | _words(
    """arab african european asian western eastern northern southern muslim christian jewish
    catholic republican democrat democratic conservative liberal labour tory socialist communist
    federal national international regional global"""
)
EVENT_HEADS = _words(
    """day week month year games olympics cup championship championships war act law bill
    program programme agreement accord treaty summit festival awards award prize conference
    convention election elections primary debate era revolution crisis plan initiative policy
    rule doctrine protocol series season tour show league's""".replace("'s", "")
)
# A product's spec sheet or fact sheet, a table's footnotes, a contract's fine print: their words
# are whoever publishes them (document heads, and role nouns in name_words).
PRINT_HEADS = _words("sheet footnote footnotes brochure handbook print")
DOCUMENT_HEADS = PRINT_HEADS | _words(
    """statement release letter memo memorandum report post tweet email e-mail filing lawsuit bill
    complaint ruling order study survey poll paper article document video ad advertisement
    message note notice announcement transcript testimony brief affidavit verdict
    judgment opinion editorial blog website site page account book memoir speech assessment
    analysis submission dossier findings bulletin circular advisory communique communiqué suit
    indictment petition motion audit review citation"""
)
# Lower-case heads of phrases that name an organisation ("the production company").
ORGANISATION_NOUNS = _words(
    """company firm agency label club team network newspaper paper broadcaster outlet magazine
    ministry department government administration campaign group organisation organization
    union party council committee commission court authority board bank studio publisher
    retailer carrier airline operator manufacturer maker startup business charity foundation
    university school hospital police military army navy embassy office regulator watchdog
    league federation association coalition alliance institute center centre website site
    lender streamer carmaker automaker chipmaker drugmaker insurer supermarket chain grocer
    brand provider utility supplier exchange body outfit giant conglomerate side squad
    franchise trust force service inquiry panel tribunal service watchdog corporation
    bureau command directorate secretariat inspectorate registry district band"""
)
# Nouns for people, in the singular: who a description such as "one commuter", "the club's
# captain" or "local shopkeepers" is about. Common English words for people, not a list of any
# corpus's speakers; plural forms are made by `plural`.
PEOPLE_NOUNS = _words(
    """resident neighbour neighbor local citizen voter taxpayer commuter passenger rider driver
    motorist cyclist pedestrian traveller traveler tourist visitor guest customer shopper
    consumer client user subscriber viewer listener reader fan supporter spectator player
    athlete runner swimmer coach manager captain referee umpire striker goalkeeper defender
    midfielder jockey trainer owner tenant landlord landlady homeowner farmer grower fisherman
    worker employee staffer colleague boss employer contractor builder engineer designer
    architect developer programmer scientist researcher academic professor lecturer teacher
    headteacher pupil student graduate parent mother father mum mom dad child kid son daughter
    brother sister wife husband partner widow widower grandmother grandfather grandparent
    relative friend doctor nurse surgeon physician paramedic midwife dentist pharmacist vet
    carer caregiver patient survivor victim witness bystander onlooker protester protestor
    campaigner activist organiser organizer volunteer donor investor trader banker analyst
    economist accountant lawyer attorney solicitor barrister prosecutor judge juror defendant
    shareholder stakeholder
    plaintiff suspect inmate prisoner officer detective constable sergeant inspector
    firefighter soldier veteran pilot sailor diplomat official spokesman spokeswoman
    spokesperson minister politician lawmaker legislator senator congressman congresswoman
    councillor councilor mayor governor president leader chief executive director chairman
    chairwoman chairperson founder expert specialist historian author writer novelist poet
    journalist
    reporter editor columnist critic commentator blogger broadcaster presenter host anchor
    actor actress singer musician rapper comedian artist producer filmmaker photographer chef
    baker shopkeeper seller buyer vendor entrepreneur insider source aide adviser advisor
    strategist pollster consultant observer auditor regulator investigator astronaut
    astronomer biologist physicist chemist geologist ecologist epidemiologist virologist
    psychologist psychiatrist sociologist archaeologist mechanic electrician plumber cleaner
    courier miner labourer laborer nun priest vicar pastor rabbi imam monk bishop worshipper
    pilgrim refugee migrant immigrant settler villager islander man woman boy girl teenager
    youngster person adult pensioner retiree member representative delegate negotiator
    mediator envoy ambassador commander general admiral colonel lieutenant candidate nominee
    challenger incumbent opponent rival competitor ally supremo boss mp mep msp mla mpp ceo cfo
    coo cto gp caretaker janitor porter gardener housekeeper receptionist clerk cashier librarian
    curator warden steward stewardess lifeguard coastguard chauffeur butcher florist tailor
    hairdresser barber magistrate coroner headmaster headmistress registrar shepherd groundsman
    publican undertaker postman postwoman nanny childminder beekeeper blacksmith carpenter
    joiner roofer bricklayer welder instructor tutor coordinator administrator treasurer
    superintendent alderman sheriff bailiff verger sexton churchwarden deacon chaplain curate
    rector archdeacon organist composer dancer secretary aunt uncle niece nephew grandma grandpa
    deckhand teller selector harvester bartender barista rancher scaffolder couple duo
    stevedore trucker veterinarian linesman invigilator archivist bursar canvasser forecaster
    meteorologist cabbie packer picker longshoreman dockworker docker warehouseman farmhand
    farmworker dishwasher machinist seamstress crofter renter fitter
    businessman businesswoman councilman councilwoman policeman policewoman sportsman
    sportswoman waiter waitress hero heroine eyewitness passerby mourner caller diner
    churchgoer parishioner holidaymaker reviewer detractor sceptic skeptic proponent backer
    quarterback linebacker cornerback lineman receiver pitcher catcher shortstop outfielder
    infielder reliever winger fullback halfback defenseman defenceman netminder goalie kicker
    punter sprinter hurdler golfer boxer wrestler batsman batter bowler wicketkeeper gymnast
    skier rower fencer marathoner rookie playmaker forward
    attendee participant commenter patron congregant fairgoer concertgoer beachgoer homebuyer
    landowner vacationer camper hiker boater angler hunter
    master mistress lady gentleman head principal matron marshal ranger keeper guard
    foreman forewoman ombudsman provost fireman"""
)
"""The last two lines are heads of people written in more than one word, which a reporter uses as
the whole description ("the harbour master", "the lollipop lady", "the head of nursing", "the
deputy head", "the park ranger")."""


# Endings that make an English noun a person whatever the word: "paediatrician", "oncologist",
# "podiatrist", "choreographer" (the word lists cannot hold every trade).
PERSON_ENDINGS = r"[a-z]{3,}(?:ician|ologist|iatrist|ographer)s?"
_PERSON_ENDING_RE = re.compile(PERSON_ENDINGS)


def is_person_noun(word: str) -> bool:
    """A lower-case noun for people ("nurse", "residents", "paediatrician")."""
    return word in PEOPLE_NOUNS or word in PLURAL_PEOPLE or bool(_PERSON_ENDING_RE.fullmatch(word))


def plural(noun: str) -> str:
    """The plural of a noun for people ("spokesman" -> "spokesmen", "city" -> "cities")."""
    irregular = {"person": "people", "child": "children", "wife": "wives", "man": "men",
                 "woman": "women"}  # fmt: skip
    if noun in irregular:
        return irregular[noun]
    if noun.endswith(("man", "woman")):
        return noun[:-3] + "men"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


# Lower-case heads that name people in the plural ("officials", "local shopkeepers").
PLURAL_PEOPLE = frozenset(plural(n) for n in PEOPLE_NOUNS) | _words(
    "people authorities police staff crew family families relatives democrats republicans couple "
    "duo gardai gardaí"  # Irish police ("said gardai"), plural with no English -s
)
# Organisations cited as a group, which speak the way a group of people does ("small
# businesses said", "Hospitals in the region said", "said local shops").
PLURAL_BODIES = (
    frozenset(plural(n) for n in ORGANISATION_NOUNS) | {"shops", "stores"}
) - PLURAL_PEOPLE
# Every plural head a cited group may have.
GROUP_PLURALS = PLURAL_PEOPLE | PLURAL_BODIES


# First words of place names ("San Francisco", "Fort Worth", "Lake Placid").
PLACE_PREFIXES = _words(
    """san santa los las el fort port saint st mount mt lake cape new north south east west
    upper lower greater"""
)
_SAINTLY = _words("san santa los las fort port saint st mount mt lake cape new")
FEMALE_NOUNS = _words(
    """mother woman wife daughter sister girl actress spokeswoman chairwoman congresswoman
    businesswoman grandmother aunt niece widow queen princess lady mom mum grandma landlady nun
    policewoman sportswoman councilwoman headmistress waitress heroine stewardess postwoman"""
)
MALE_NOUNS = _words(
    """father man husband son brother boy actor spokesman chairman congressman businessman
    grandfather uncle nephew widower king prince dad grandpa monk policeman fisherman
    sportsman councilman headmaster waiter hero postman groundsman"""
)


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


# Generation suffixes after a name ("Jr.", "III"): capitals that are not an acronym.
GENERATIONS = frozenset("jr sr ii iii iv".split())
# Joined initials before a surname ("A.J.", "J.R.R."); a place's initials ("U.S.") are not them.
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}")
_PLACE_INITIALS = frozenset("u.s u.k u.n e.u d.c n.y l.a".split())

# Heads that make an organisation only as the last word after one that is no first name
# ("Kestrel Air", "Norse Aviation"): first, they are a rank or a portfolio ("Air Marshal Tom Vell",
# "Aviation Minister Ana Ruiz"); after a first name, a surname ("Tom Air").
_LAST_ONLY_ORG_HEADS = frozenset("air aviation".split())

# Organisation words that are also common surnames: "Amy Fox", "Carol House".
_SURNAME_ORG_WORDS = frozenset("fox house".split())


def surname_like_org_word(tokens: list[str]) -> bool:
    """A first name, maybe an initial, then one of those words: a person ("Amy Fox", "Michael
    J. Fox"), not the network or the newspaper."""
    return (
        2 <= len(tokens) <= 3
        and tokens[-1].rstrip(".").lower() in _SURNAME_ORG_WORDS
        and is_first_name(tokens[0])
        and all(len(t.rstrip(".")) == 1 for t in tokens[1:-1])
    )


@_MEMO
def surname_like_place(name: str) -> bool:
    """Two words read as a place only for a last word that is also a surname ("Chidi Lane",
    "Mill Lane"): a person when the copy shows one (a first name, a speech verb, a
    description of a person beside it)."""
    tokens = name.split()
    return (
        len(tokens) == 2
        and tokens[-1].lower() in _SURNAME_PLACE_HEADS
        and tokens[0].lower() not in PLACES
        and tokens[0][:1].isupper()
    )


@_MEMO
def kind_of_name(name: str, *, has_title: bool = False, gendered: bool = False) -> EntityKind:
    """The kind of a capitalised name as written ("Dick Clark Productions", "Gush Etzion").

    `has_title` and `gendered` say the mention came with a person's title or an honorific
    ("Mayor", "Mr."): those make a person whatever the words.
    """
    tokens = [t.strip(".,’'") for t in name.split() if t.strip(".,’'")]
    if not tokens:
        return UNKNOWN
    lowered = [t.lower() for t in tokens]
    last = lowered[-1]
    if gendered:
        return PERSON
    if (
        (any(t in ORGANISATION_HEADS for t in lowered) and not surname_like_org_word(tokens))
        or name.startswith(("The ", "the "))
        or "&" in tokens  # "Kelso & Finch": no person's name holds an ampersand
        or (last in _LAST_ONLY_ORG_HEADS and len(tokens) >= 2 and not is_first_name(tokens[0]))
    ):
        return ORGANISATION
    if has_title:
        return PERSON
    if len(tokens) >= 2 and _is_acronym(tokens[-1]) and lowered[-1] not in GENERATIONS:
        # "Roth IRA", "Model X3": a product or an account; "Hari Prasad KC" a person
        return PERSON if caps_surname(tokens) else THING
    if len(tokens) == 1:
        if _is_acronym(tokens[0]):
            return ORGANISATION
        if last in PLACES:
            return PLACE
        if last in NATIONALITIES:
            return THING
        if last in EVENT_HEADS:
            return THING
        return UNKNOWN
    if surname_like_place(name) and is_first_name(tokens[0]):
        return PERSON
    if (
        " ".join(lowered) in PLACES
        or " ".join(lowered) in PLACES_MULTI
        or last in PLACE_HEADS
        or (lowered[0] in PLACES and len(tokens) == 2 and last in PLACES)
        or (lowered[0] in _SAINTLY and len(tokens) <= 3)
        or (lowered[0] in PLACE_PREFIXES and not is_first_name(tokens[1]) and len(tokens) <= 3)
    ):
        return PLACE
    if last in EVENT_HEADS or all(t in NATIONALITIES for t in lowered):
        return THING
    if last in DOCUMENT_HEADS:
        return DOCUMENT
    if (
        is_first_name(tokens[0])
        or (len(tokens) >= 2 and len(tokens[0]) <= 2)
        or (len(tokens) >= 2 and _INITIALS_RE.fullmatch(name.split()[0]) is not None)
    ) and lowered[0] not in _PLACE_INITIALS:
        # A known first name, or initials ("J.D. Vance", "G.K. Butterfield", "A.J. Berry").
        return PERSON
    if any(t in PLACES for t in lowered):
        return PLACE
    return UNKNOWN


# Kinds a name gets from word lists alone ("Church", "St. Johnston"), which a surname may share.
WORD_LIST_KINDS = (
    ORGANISATION,
    PLACE,
    THING,
    DOCUMENT,
)


def ends_with_words(name: str, tokens: list[str]) -> bool:
    """A full name's last words are these ("Ana Ruiz Morales" ends with "Ruiz Morales"): a
    second reference by a surname of more than one word."""
    words = name.lower().split()
    return len(words) > len(tokens) and words[-len(tokens) :] == [t.lower() for t in tokens]


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# A named owner before the head: "the Department of Rural Affairs’ statement".
_NAMED_OWNER_RE = re.compile(
    r"^(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+(?:of|and|for|the|&|[A-Z][\w.&-]*))*(?:['’]s|s['’])\s+"
)


def head_words(text: str) -> list[str]:
    """The words up to a phrase's head, lower case, possessive endings dropped: after a named
    owner ("the Department of Rural Affairs’ statement" is a statement, not a department) and
    before what follows the head ("a spokesman for the club" is a spokesman)."""
    owner = _NAMED_OWNER_RE.match(text)
    lowered = text[owner.end() if owner else 0 :].lower()
    # (the compiled pattern's own split: re.split looks a compiled pattern up in its cache of
    # pattern strings first, and misses, at several times the cost of the split itself: speed)
    head = HEAD_SPLIT.split(lowered, maxsplit=1)[0]
    return head.replace("’s", "").replace("'s", "").split()


@_MEMO
def noun_gender(text: str) -> str:
    """'f' for "one mother", 'm' for "the spokesman", '' when the noun does not say."""
    words = head_words(text)
    head = words[-1] if words else ""
    return "f" if head in FEMALE_NOUNS else "m" if head in MALE_NOUNS else ""


@_MEMO
def kind_of_nominal(text: str) -> EntityKind:
    """The kind of a role-noun phrase by its head ("the statement", "the production company")."""
    words = head_words(text)
    if not words:
        return UNKNOWN
    head = words[-1]
    if head not in DOCUMENT_HEADS and head not in ORGANISATION_NOUNS:
        head = _singular(head)  # "the defense ministries", "the companies"
    if head in DOCUMENT_HEADS:
        return DOCUMENT
    if head in ORGANISATION_NOUNS:
        return ORGANISATION
    if head in _OWNERS_KIND and _BODY_OWNER_RE.search(text):
        return ORGANISATION
    return PERSON


# A rival is of its owner's kind: "the company's biggest rival", "its main
# competitor" are bodies; "her rival", "the senator's rival" are people.
_OWNERS_KIND = frozenset("rival rivals competitor competitors".split())
_BODY_OWNER_RE = re.compile(rf"(?i:\bits|\b(?:{'|'.join(sorted(ORGANISATION_NOUNS))})['’]s?)\s")
