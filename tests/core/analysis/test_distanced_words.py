"""Marks the writer sets inside a sentence that holds a verb of saying (distanced_words.py): a
comma-joined saying used as a modifier and a term the writer glosses; and the partial quotes
beside the same shapes that stay the sayer's words."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _quotes(text: str) -> list[str]:
    return [q["text"] for q in analyze(text).to_json()["quotes"]]


NOT_QUOTES = {
    # a scheme's name, its parts joined by a comma, before the noun it qualifies
    "joined-modifier-said": "Ana Ruiz said the “buy now, pay later” loans were a trap for "
    "students.",
    "joined-modifier-told": "Lenders told the Marsh Valley regulator that “no win, no fee” "
    "firms were thriving.",
    "joined-modifier-no-sayer": "The Kestrel Bank review looked at “buy now, pay later” deals "
    "sold online.",
    # the same name met again after a preposition is still the name
    "joined-modifier-echo": "Kestrel Bank said the “buy now, pay later” market had doubled. "
    "Regulators are now turning to “buy now, pay later.”",
    # a term the writer glosses at once: a dash and "or", a dash and "where", a note after
    "gloss-dash-or": "The regulator said the loans come with “debt spirals” — or borrowing to "
    "repay borrowing.",
    "gloss-dash-where": "Residents said the plans for “rain gardens” – where storm water soaks "
    "away into planted beds – would not work on clay.",
    "gloss-dash-definition": "Shoppers say they are seeing more “shrinkpricing” or “pack "
    "trimming” — the practice of selling less for the same price.",
    "gloss-term-note": "Analysts at Harbour Bank expect the new phones to set off a "
    "“replacement wave” this autumn, Ruiz said. That’s a term for a rush of upgrades after "
    "years of slow sales.",
    # what a word means, given by the writer, whoever speaks in the sentence
    "gloss-meaning": "Ana Ruiz said she named the bakery Sela, meaning ‘rest’ in Hebrew.",
    "gloss-which-means": "The boat is called Tamar, which means “palm tree”, Vell said when "
    "he bought it.",
    # the words held up as a kind of saying, opening the sentence
    "stock-phrase-cliche": "“The squad has never been in better shape than this year” used to "
    "be a pre-season cliché in club reporting.",
    "stock-phrase-refrain": "“We take every game as it comes and nothing more” has become the "
    "league’s favourite refrain.",
}


@pytest.mark.parametrize("text", NOT_QUOTES.values(), ids=NOT_QUOTES.keys())
def test_distanced_words_are_not_quotes(text: str) -> None:
    assert _quotes(text) == []


STILL_QUOTES = {
    # a list of single verdict words before a noun is the sayer's verdict
    "verdict-list": (
        "Mayor Tom Vell denounced what he called the board’s “reckless, provocative, "
        "dangerous” actions.",
        "reckless, provocative, dangerous",
    ),
    # a saying of degree is a verdict too
    "degree-saying": (
        "Ana Ruiz said it was a “too little, too late” offer from the board.",
        "too little, too late",
    ),
    # a predicate after a copula is the sayer's word
    "predicate": ("Ruiz said the plan was “unworkable”.", "unworkable"),
    # the object of a verb of judging is the sayer's word
    "called": (
        "Critics have called the bill “reckless”, and Vell said on Monday he agreed.",
        "reckless",
    ),
    # a longer phrase as the clause's subject is quoted wording
    "phrase-subject": (
        "Dana Pell said the “total collapse of trust” was the board’s own doing.",
        "total collapse of trust",
    ),
    # a comma inside the marks closes the word: the verb after it is not its clause's
    "word-then-comma": (
        "Vell said he would end the “blockade,” met the unions and left.",
        "blockade,",
    ),
    # a dash and "or" with no gloss after it ("or so", "or worse") is the writer's aside
    "dash-or-so": ("Vell said the talks were “going nowhere” — or so he claimed.", "going nowhere"),
    "dash-or-worse": ("Ruiz called the plan “unworkable” — or worse.", "unworkable"),
    # a dash and a noun phrase that is no definition is the writer's aside
    "dash-aside": (
        "Vell said the council was “dithering” — the third time he has said so.",
        "dithering",
    ),
    # after a copula the word is the sayer's verdict, whatever the dash glosses
    "copula-gloss": ("Vell said the council was “dithering” — or stalling.", "dithering"),
    # a bare "means" and what follows it is a clause the sayer may say
    "bare-means": ("Ruiz said the vote means “game over” for the plan.", "game over"),
    # a sentence-opening quote that someone is said to have said stays theirs
    "phrase-then-said": (
        "“The squad has never been in better shape than this year,” Vell said, a line that "
        "has become a cliché.",
        "The squad has never been in better shape than this year,",
    ),
    # a verdict in comma parts that ends the sayer's clause: no noun after it to qualify
    "joined-verdict-then-adverb": (
        "Coach Lina Orrow said the side had played “with heart, with purpose” throughout the "
        "season.",
        "with heart, with purpose",
    ),
    "joined-advice-then-unless": (
        "Pim Lasko told fans to “stay home, stay safe” unless they held tickets.",
        "stay home, stay safe",
    ),
    "joined-after-modal": (
        "The minister said the city must “build more, build faster” whatever the cost.",
        "build more, build faster",
    ),
    "joined-single-marks-then-wherever": (
        "Pia Holm told the meeting the town should ‘shop local, eat local’ wherever possible.",
        "shop local, eat local",
    ),
    # a dash and "or" that go on with the sayer's words or a clause are no gloss of a term
    "dash-or-a-variant": (
        "Lina Orrow warned of “a lost year” — or a lost generation, she said.",
        "a lost year",
    ),
    "dash-or-the-clause": (
        "Orrow said she would “fight this” — or the children would lose their school.",
        "fight this",
    ),
    # a dash and "where" with a condition, or a definition's noun after wording with a
    # negation, go on with the sayer's sentence
    "dash-where-condition": (
        "Pim Lasko said police would act “without delay” — where they could.",
        "without delay",
    ),
    "negation-dash-idea": (
        "Orrow said she had “no regrets” — the idea that she would quit was wrong, she added.",
        "no regrets",
    ),
    # a note that points back at the term ("a term for which ...", "the term used for it")
    # says nothing of what it means: the sayer's word
    "term-for-which": (
        "Orrow said her critics were just “keyboard knights”. That's a term for which she "
        "later apologised.",
        "keyboard knights",
    ),
    "described-as-a-term-for-it": (
        "Lasko described the plan as a “money pit”. That is the term used for it by every "
        "critic in town.",
        "money pit",
    ),
    # a verb of judging with its object before the marks: the sayer's verdict
    "called-object-dash-or": (
        "Pim Lasko called the ruling “shameful” — or the worst decision in years.",
        "shameful",
    ),
    # a term the sayer has used is theirs: no gloss of what it is for
    "term-she-used": (
        "Dana Pell warned of a “lost decade” for the harbour. It is a term she has used before.",
        "lost decade",
    ),
}


@pytest.mark.parametrize("text, quote", STILL_QUOTES.values(), ids=STILL_QUOTES.keys())
def test_partial_quotes_beside_them_stay(text: str, quote: str) -> None:
    assert quote in _quotes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "She quotes the town’s old saying about the estuary, ‘o rio dá, o rio tira’, and shrugs.",
        "Ana Ruiz said the proverb “many hands make light work” was wrong.",
        "He recalled the old adage: “Never the same river twice.”",
    ],
)
def test_a_saying_named_as_one_is_nobodys_words(sentence: str) -> None:
    """ "She quotes the town's old saying, ‘…’": the saying came out as a quote with a junk
    speaker ("the town's old"). A motto stays its holder's (the non-speech battery)."""
    assert not analyze(f"Ana Ruiz, 71, sells lottery tickets. {sentence}").quotes
