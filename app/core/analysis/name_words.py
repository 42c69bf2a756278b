"""The word lists reading names needs (names.py): honorifics, titles, words that are never a
name, organisation words, role nouns and pronouns."""

from __future__ import annotations

from app.core.analysis.calendar_words import MONTHS
from app.core.analysis.entities import PEOPLE_NOUNS, PLURAL_PEOPLE, PRINT_HEADS

HONORIFICS = frozenset(
    """mr mrs ms miss mx dr prof sen rep gov lt gen col capt sgt adm maj rev cmdr supt insp det amb
    hon pres atty sec cpl pvt fr msgr mme mlle sir dame lord lady del brig cllr coun cr const
    rt revd alhaji alhaja hajia madam pfc spc ens shri smt shrimati kum""".split()
)
"""The last line: a graded style's "Rt" ("Rt Hon", "Rt Revd"), the British "Revd", the
honorifics of a man or woman who has made the pilgrimage ("Alhaji", "Alhaja", "Hajia") and the
"Madam" of Singapore, Malaysian and West African copy, and the Indian "Shri", "Smt."
(Shrimati) and "Kum." (Kumari): they stand before a name as "Mr" and "Mrs" do (not "Sri",
which also begins names: "Sri Mulyani Indrawati"); the US ranks "Pfc.", "Spc.", "Ens." and
the police constable's "Const." of Canadian and Commonwealth copy, with or without its stop
("Const. Ana Ruiz said", "Const Ana Ruiz said") (their stop ends no sentence)."""
# Words that open a sentence and are never part of a name or an abbreviation's phrase: after
# "D.C.", "U.S.", "Jr." or "a.m." they show the stop also ended the sentence ("He grew up in
# Washington, D.C. He said ..."). Not after an honorific: "Mr. He" is a man named He.
SENTENCE_OPENERS = frozenset("He She It They We His Her Its Their Our The".split())
# Adverbs and quantifiers that stand between a subject and its verb: "The Harbour Authority
# recently cut ...", "the Institute for Fiscal Studies both criticised ...". After a name they
# show it is the subject, not a name used before a noun ("the Harbour Authority report").
SUBJECT_ADVERBS = frozenset(
    """both all also each alone too still already never often always now again later recently
    previously reportedly initially originally formally officially jointly""".split()
)
MALE = frozenset({"mr", "sir", "lord", "king", "prince", "fr", "msgr", "alhaji", "shri"})
FEMALE = frozenset(
    "mrs ms miss mme mlle dame lady queen princess alhaja hajia madam smt shrimati kum".split()
)

TITLE_WORDS = frozenset(
    """president vice prime minister secretary senator sen rep representative congressman
    congresswoman governor gov mayor chancellor premier king queen prince princess pope emperor
    general gen admiral colonel col major captain lieutenant sergeant commander chief judge justice
    commissioner chairman chairwoman chairperson chair director ambassador speaker leader spokesman
    spokeswoman spokesperson attorney sheriff superintendent inspector detective professor prof
    dr doctor rev reverend bishop archbishop cardinal rabbi imam sheikh emir sultan ayatollah
    candidate nominee councilman councilwoman councillor alderman delegate deputy envoy minister
    foreign defense defence interior finance state home health first lady chief executive ceo
    cfo coo cto founder coach officer agent correspondent editor anchor host analyst economist
    lt mr mrs ms miss mx sir dame lord lady hon amb atty sec supt insp det cmdr capt sgt adm maj
    cpl pvt msgr mme mlle fr del counsel treasurer comptroller provost principal manager
    captain registrar mp mep msp mla mpp qc kc sister father pastor deacon vicar canon
    monsignor abbot abbess friar baron baroness earl duke duchess countess
    rt revd alhaji alhaja hajia madam cllr coun cr brig pres pfc spc ens shri smt shrimati kum
    airman constable const
    seaman trooper class dci dsi pc pcso dc ds pm dpm cm taoiseach tánaiste tanaiste
    sp asp dsp csp ssp acp dcp cp igp aig""".split()
)
"""The last words: ranks ("Pfc. Ana Ruiz", "Senior Airman Tom Vell", "DCI Ann Hale", and the
British police's "PC Ana Ruiz", "DS Tom Vell", "PCSO Ann Hale"; not "Di", a surname's particle
in "Lorenzo Di Marcello"), and "Class" where it ends a graded one ("Sgt. 1st Class Ana Ruiz",
"Petty Officer First Class Ben Marsh"), and the shortened offices of Commonwealth and South
Asian copy: "PM Ana Ruiz", "DPM Tom Vell", India's "CM Ravi Rao" (Chief Minister), and Ireland's
prime minister and deputy, "the Taoiseach", "Tánaiste Ana Ruiz"; the police ranks of Nigerian,
Ghanaian, Indian and Pakistani copy: "SP Ana Ruiz" (Superintendent), "ASP", "DSP", "CSP", "SSP",
"ACP", "DCP", "CP Tom Vell" (Commissioner of Police), "IGP", "AIG" (not "DIG", a verb)."""
# Capitalised words that open a sentence or a clause but never a name.
NOT_NAME = frozenset(
    """the a an and but or so yet for nor if in on at by to of from with as when while after before
    since until though although because however meanwhile still also then thus this that these those
    there here it its he she they we i you his her their our my your who whom whose which what where
    why how not no yes all some many most more each every any both other such one two three four
    five six seven eight nine ten first last next new former later earlier asked despite during
    under over about against among between into through without within instead indeed even only
    just now today tonight yesterday tomorrow monday tuesday wednesday thursday friday saturday
    sunday mr mrs ms dr sen rep gov said says according like do does did is are was were be been
    has have had can could will would should must might once contrary perhaps amid consider oh
    given including unlike following besides beyond whether unless having being otherwise overall
    sure well okay ok thanks please instead neither either nor another ala ariz ark calif colo
    conn fla ill ind kan ky mass md mich minn mo mont neb nev okla ore tenn tex va vt wash wis
    wyo bst gmt est edt cst cdt pst pdt
    cet cest utc rather furthermore moreover nonetheless nevertheless likewise similarly
    consequently hence therefore finally ultimately initially additionally notably separately
    elsewhere ironically admittedly fortunately unfortunately moments minutes hours days weeks
    months years decades whereas whilst whenever wherever
    everyone everybody nobody noone everything something anything nothing nowhere everywhere
    somewhere anywhere others few several
    dozens hundreds thousands millions billions scores tens
    outside inside afterwards afterward thereafter nearby behind beneath below above across
    along alongside around opposite throughout towards toward underneath upstairs downstairs
    overnight abroad indoors outdoors offshore amongst subsequently previously eventually
    accordingly meantime anyway again already twice
    update updates updated breaking correction clarification""".split()
) | frozenset(MONTHS.lower().split("|"))  # the months, spelled out and short ("Jan", "Sept")
"""The three lines before the last four: indefinite pronouns and counts of people
("Everyone", "Nobody", "Thousands") open sentences as subjects and speak as crowds, never as a
person's name. "Someone" and "Anyone" are left out: they head descriptions of one real speaker
("Someone close to the mayor said"). The three after them: adverbs and prepositions of place
and time that open a sentence before its subject ("Outside court, Inspector Ada Reyes said").
The last: a live blog's or a correction's label opening a paragraph ("Update, 3:15 p.m.: The
mayor has declared an emergency. “…,” she said" gave the words to "Update")."""
# Past-tense verbs of saying that open an inverted tag ("Added Osei: “…”", "Countered Ana
# Ruiz, a neighbour: “…”"): capitalised at a sentence's start, but never the first word of a name.
TAG_OPENERS = frozenset(
    """added continued explained recalled countered replied responded answered insisted warned
    observed remarked argued concluded cautioned retorted quipped joked conceded admitted
    declared stressed complained recounted mused""".split()
)
ORG_WORDS = frozenset(
    """times post news journal tribune herald gazette telegraph guardian reuters press agency
    department ministry committee commission council university institute center centre party
    office house kremlin pentagon congress senate parliament court bank corp inc ltd llc group
    foundation association union network campaign administration government police army navy
    service bureau board authority organization organisation federation league company council
    coalition alliance fund trust school college hospital church agency cnn bbc nbc cbs abc msnbc
    fox ap afp dpa tass politico breitbart bloomberg axios twitter facebook google apple microsoft
    amazon county city state states republic kingdom nations forum project society club
    constabulary gendarmerie""".split()
)
# Role nouns before names.py adds relations, organisations, documents and acronyms to them.
BASE_ROLE_NOUNS = (
    frozenset(
        """president mayor governor senator spokesman spokeswoman spokesperson official officials
    campaign report statement survey poll study candidate nominee lawmaker lawmakers aide aides
    adviser advisers advisor advisors analyst analysts expert experts economist economists attorney
    lawyer lawyers judge officer officers police prosecutor prosecutors minister secretary chief
    director chairman chairwoman chairperson chair leader leaders member members representative
    congressman
    congresswoman commissioner ambassador source sources witness witnesses resident residents voter
    voters supporter supporters critic critics protester protesters organizer organizers group
    company firm agency department ministry government administration committee council court
    newspaper paper website network outlet magazine daily announcer host moderator questioner
    reporter reporters writer author authors historian professor scientist researcher researchers
    doctor teacher student students woman man mother father wife husband son daughter friend
    letter memo document email tweet post ad ads video release filing lawsuit complaint ruling
    submission dossier supervisor supervisors sides camps suit indictment petition motion audit
    review order bill insider insiders diplomat diplomats executive executives manager founder owner
    spokespeople people person staff staffer staffers team employee employees worker workers
    democrats republicans chancellor premier general commander soldier soldiers veteran veterans
    sheriff coach player players fan fans singer actor actress star rapper comedian candidates
    parliamentarian ally allies legislator legislators delegate delegates envoy observers observer
    strategist strategists pollster pollsters surrogate surrogates partner partners father-in-law
    governor-elect president-elect justice justices investigators investigator regulators regulator
    agent agents correspondent editor editors anchor columnist columnists blogger article site
    tweets posts memoir book speech filing ministries departments agencies companies firms
    governments councils committees rep reps refugee refugees migrant migrants patient patients
    victim victims survivor survivors resident neighbor neighbour neighbors neighbours nurse nurses
    councillor
    councilor councillors councilors councilmember reader readers groups family relatives
    families activist operative operatives pilot pilots captain captains skipper skippers gaffer
    gaffers crew crews farmers
    drivers passengers riders rescuer rescuers troops evacuee evacuees medic medics demonstrator
    demonstrators frontman frontwoman champion citation""".split()
    )
    | PRINT_HEADS
    | PEOPLE_NOUNS
    | PLURAL_PEOPLE
)
PRONOUN_FORMS = {
    "he": "he", "him": "he", "his": "he", "himself": "he",
    "she": "she", "her": "she", "hers": "she", "herself": "she",
    "they": "they", "them": "they", "their": "they", "theirs": "they", "themselves": "they",
    "it": "it", "its": "it", "itself": "it",
}  # fmt: skip
"""Every form of the third-person pronouns, by the subject form it stands for: the one table
the analysis reads a pronoun's person and gender from ("his lawyer" is a man's, "her office"
speaks for a woman), so the subject, object, possessive and reflexive forms never disagree."""
PRONOUN_GENDER = {"he": "m", "she": "f", "they": "", "it": ""}
"""The gender each subject form gives its person ("they" and "it" give none)."""
POSSESSIVE_PRONOUNS = ("his", "her", "their", "its")
"""The possessive determiners ("his office", "their statement"): an owner before a noun."""


def pronoun_gender(word: str) -> str:
    """ "m" for "he", "him", "his" or "himself", "f" for the forms of "she", else "" (any other
    word, "they" and "it" included); `word` in lower case."""
    subject = PRONOUN_FORMS.get(word)
    return PRONOUN_GENDER[subject] if subject else ""


GENDERED_POSSESSIVES = tuple(word for word in POSSESSIVE_PRONOUNS if pronoun_gender(word))
"""The possessives that give their owner a gender ("his", "her"): a person's, never a body's."""


PRONOUNS = {
    "he": PRONOUN_GENDER["he"],
    "she": PRONOUN_GENDER["she"],
    "they": "",
    "i": "",
    "we": "",
    "it": "",
    "who": "",
}
"""The subject pronouns found as mentions, with the gender they give."""

# Where posts are put: a venue of the words ("said on X"), never their author ("in a Facebook
# post" is the poster's; cues and phrase_owners read them).
PLATFORMS = (
    "X", "Twitter", "Telegram", "Facebook", "Instagram", "TikTok", "Truth Social", "YouTube",
    "Threads", "Bluesky", "LinkedIn", "WhatsApp", "Weibo", "WeChat", "VKontakte", "VK", "Reddit",
    "Snapchat", "Substack", "Medium", "Mastodon", "Gab", "Parler",
)  # fmt: skip
