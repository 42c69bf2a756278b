"""Who said it, on invented copy in several house styles: a later word for the same role ("the
firm's boss" after "the chief executive"), a person called by nationality, two people speaking
together, letters after a name, organisations whose names run on with "for" or "and", a
document sent to someone, a name inside an aside, and a role named only further down."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.copy_cases import Case, check

CASES: list[Case] = [
    # -- another word for the role the person was introduced with -------------------------
    Case(
        "role-kin-business-boss",
        "Nadia Voss, the chief executive of Harrow Foods, said sales had fallen. “We have had a "
        "hard year,” the firm’s boss said.",
        {"hard year": "Nadia Voss"},
    ),
    Case(
        "role-kin-football-gaffer",
        "Rovers manager Dean Cole watched from the stands. “We were second best,” the Rovers "
        "boss admitted afterwards.",
        {"second best": "Dean Cole"},
    ),
    Case(
        "role-kin-school-head",
        "Priya Shah, headteacher at Elm Park Academy, met parents on Monday. “Nobody will lose "
        "their place,” the head said.",
        {"Nobody will lose": "Priya Shah"},
    ),
    Case(
        "role-kin-precise-word-is-someone-else",
        # a chairman is not the chief executive introduced before: kept as written
        "Carl Imre, the bank’s chief executive, resigned. “It was the right decision,” the "
        "chairman said.",
        {"right decision": "the chairman"},
    ),
    # -- called by nationality -------------------------------------------------------------
    Case(
        "nationality-sport",
        "Defender Luca Brera missed the game through injury. “It was frustrating to watch,” "
        "the Italian said.",
        {"frustrating": "Luca Brera"},
    ),
    Case(
        "nationality-noun-with-gender",
        "Marc Delon finished fourth in the time trial. “My legs were empty,” said the Frenchman.",
        {"legs were empty": "Marc Delon"},
    ),
    # -- two people together ----------------------------------------------------------------
    Case(
        "together-reply",
        "Asked about the merger, Lund and Bakri replied: “We have nothing to add.”",
        {"nothing to add": "Lund and Bakri"},
    ),
    Case(
        "together-they-later",
        "Aled Price and Mari Owen ran the cafe for a decade. “We never took a holiday,” they said.",
        {"never took": "Aled Price and Mari Owen"},
    ),
    Case(
        "together-not-the-end-of-a-list",
        "Guests included Ola Berg, Tim Rusk and Lena Voss, who joked: “I came for the cake.”",
        {"for the cake": "Lena Voss"},
    ),
    Case(
        "together-not-two-titles",
        "“Orders are up,” said Veltra President and CEO Nina Haas.",
        {"Orders are up": "Nina Haas"},
    ),
    # -- letters after a name ---------------------------------------------------------------
    Case(
        "post-nominal-mp",
        "“This is a scandal,” said Sian Roberts MP, who chairs the committee.",
        {"scandal": "Sian Roberts"},
    ),
    Case(
        "post-nominal-kc-court",
        "Defending, Marcus Bell KC said: “My client accepts full responsibility.”",
        {"full responsibility": "Marcus Bell"},
    ),
    Case(
        "post-nominal-honour",
        "Dame Ada Lowe DBE, the charity’s founder, said the award was “for every volunteer.”",
        {"every volunteer": "Ada Lowe"},
    ),
    # -- organisations whose names run on ---------------------------------------------------
    Case(
        "org-department-for",
        "The Department for Transport said the line would “reopen in spring.”",
        {"reopen in spring": "Department for Transport"},
    ),
    Case(
        "org-office-for",
        "The Office for National Statistics said the economy “grew modestly” in May.",
        {"grew modestly": "Office for National Statistics"},
    ),
    Case(
        "org-two-places-one-force",
        "Avon and Somerset Police said in a statement: “A man has been arrested.”",
        {"arrested": "Avon and Somerset Police"},
    ),
    # -- documents --------------------------------------------------------------------------
    Case(
        "document-sent-to-someone",
        "A letter from Harrow Foods to staff said the site would “close by March.”",
        {"close by March": "Harrow Foods"},
    ),
    Case(
        "document-email-to-parents",
        "An email from Elm Park Academy to parents said the trip was “cancelled with regret.”",
        {"cancelled with regret": "Elm Park Academy"},
    ),
    Case(
        "document-published-on-a-day",
        "The report, published by the Institute for Fiscal Studies on Monday, said the plans "
        "were “not credible.”",
        {"not credible": "Institute for Fiscal Studies"},
    ),
    # -- a name inside an aside is not the sayer --------------------------------------------
    Case(
        "aside-alongside-a-named-object",
        "The prime minister, speaking in Brussels alongside the German chancellor, Olaf Brandt, "
        "said: “Europe must stand together.”",
        {"stand together": "The prime minister"},
    ),
    Case(
        "aside-apposed-name-still-speaks",
        "The High Commissioner, Amal Noor, said the talks were “frank.”",
        {"frank": "Amal Noor"},
    ),
    # -- "the former ..." refers back to someone in the story ------------------------------
    Case(
        "back-reference-former",
        "Hillary Vance spoke out on Tuesday about the shooting. On a morning radio show, the "
        "former secretary of state said she wanted to speak “directly to parents.”",
        {"directly to parents": "Hillary Vance"},
    ),
    Case(
        "back-reference-embattled",
        "Carl Imre faced shareholders on Friday. “I am not going anywhere,” the embattled "
        "chairman said.",
        {"not going anywhere": "Carl Imre"},
    ),
    Case(
        "back-reference-indefinite-is-someone-new",
        "Carl Imre faced shareholders on Friday. “He has lost the room,” a former director said.",
        {"lost the room": "a former director"},
    ),
    # -- the sentence before a bare quote: its main clause's subject speaks -----------------
    Case(
        "previous-subject-not-a-clause-inside-it",
        "Ruth Okafor, who lost the primary, named housing as one reason that they should turn "
        "out. “Rents are crushing people.”",
        {"Rents are crushing": "Ruth Okafor"},
    ),
    # -- unnamed people with a description and an aside --------------------------------------
    Case(
        "unnamed-relative-clause-object",
        "A Syrian refugee who fled Aleppo in 2015 said: “Nobody wants to go back.”",
        {"Nobody wants": "A Syrian refugee"},
    ),
    Case(
        "unnamed-relative-clause-named-object",
        "The woman who found Dan Lowe on the towpath said: “He was barely breathing.”",
        {"barely breathing": "The woman"},
    ),
    Case(
        "unnamed-phrase-then-anonymity-aside",
        "An aide to the senator, speaking on condition of anonymity, said: “He will not run.”",
        {"will not run": "An aide to the senator"},
    ),
    Case(
        "unnamed-phrase-then-who-aside",
        "A mother of three from Bootle, who did not want to be named, said: “We are scared.”",
        {"We are scared": "A mother of three from Bootle"},
    ),
    Case(
        "pronoun-subject-before-two-objects",
        "Ana Ruiz thanked Piet Holm and Lena Voss. “They made a hard call,” she said.",
        {"hard call": "Ana Ruiz"},
    ),
    # -- "added" carries on the words of the person before ---------------------------------
    Case(
        "goes-on-definite-role-added",
        "Mark Dunn said the club had let fans down.\n\nThe chairman, who bought the club in "
        "2015, added: “We will rebuild.”",
        {"rebuild": "Mark Dunn"},
    ),
    Case(
        "goes-on-not-the-judge",
        "Reed’s barrister, Ian Kaye, said his client was “deeply remorseful.” The judge added: "
        "“He showed none in court.”",
        {"remorseful": "Ian Kaye", "none in court": "The judge"},
    ),
    Case(
        "goes-on-indefinite-is-a-new-voice",
        "Westbay Council said: “Safety is our priority.” A council spokesman added: “The road "
        "will reopen.”",
        {"Safety is": "Westbay Council", "road will reopen": "A council spokesman"},
    ),
    # -- documents speak for whoever issued them --------------------------------------------
    Case(
        "document-author-in-an-aside",
        "The report, by the Resolution Trust, said wages had been “flat for fifteen years.”",
        {"flat for": "Resolution Trust"},
    ),
    Case(
        "document-plural-possessive-owner",
        "Harrow Foods’ annual report said the year had been “challenging.”",
        {"challenging": "Harrow Foods"},
    ),
    Case(
        "document-finding-with-author",
        "A survey of 2,000 adults by Polldata found that most were “worried about bills.”",
        {"worried about": "Polldata"},
    ),
    Case(
        "document-finding-no-author",
        "The study, published in the journal Heart, found that walking was “as good as running.”",
        {"as good as": "The study"},
    ),
    # -- who someone is to another person, and who answers ---------------------------------
    Case(
        "relation-owner-then-name",
        "“He is a fine leader,” said Piet Holm’s deputy, Lena Voss.",
        {"fine leader": "Lena Voss"},
    ),
    Case(
        "answer-after-asked",
        "Kay Burley asked Piet Holm whether he would quit. “No,” he replied.",
        {"No,": "Piet Holm"},
    ),
    Case(
        "answer-after-told",
        "Ana Ruiz told Piet Holm the deal was off. “Then I will sue,” he replied.",
        {"will sue": "Piet Holm"},
    ),
    Case(
        "answer-same-gender",
        "Ana Ruiz asked Lena Voss about the plan. “It is dead,” she replied.",
        {"It is dead": "Lena Voss"},
    ),
    Case(
        "said-is-no-answer",
        "Ana Ruiz asked Lena Voss about the plan. “I had to know,” she said later.",
        {"had to know": "Ana Ruiz"},
    ),
    # -- organisations behind a description or a statement ----------------------------------
    Case(
        "org-owner-of-a-chief-executive",
        "Apple’s chief executive, Tim Cook, spoke first. The company later said the phone was "
        "“years in the making.”",
        {"years in the making": "Apple"},
    ),
    Case(
        "org-statement-right-after",
        "The Ministry of Defence confirmed the crash. A statement said the crew were “safe and "
        "well.”",
        {"safe and well": "Ministry of Defence"},
    ),
    Case(
        "org-kind-of-statement",
        "Harlow United have sacked manager Dean Cole. “We thank Dean for his work,” a club "
        "statement read.",
        {"thank Dean": "Harlow United"},
    ),
    Case(
        "councillor-abbreviated",
        "Calder Council’s cabinet member for housing, Cllr Ann Ford, said: “We will build 500 "
        "homes.”",
        {"500 homes": "Ann Ford"},
    ),
    # -- the name a described person goes by --------------------------------------------------
    Case(
        "called-nickname-in-apposition",
        "One fan, a retired docker called Wee Davie, said: “We deserved better.”",
        {"deserved better": "Wee Davie"},
    ),
    Case(
        "gave-name-only-as",
        "A regular, who gave his name only as Dave, said: “It is a shame.”",
        {"It is a shame": "Dave"},
    ),
    # -- a quote paragraph after someone's reaction is theirs --------------------------------
    Case(
        "reaction-disagreed",
        "“The plan is sound,” said Piet Holm.\n\nAna Ruiz disagreed.\n\n“It is a fantasy.”",
        {"plan is sound": "Piet Holm", "fantasy": "Ana Ruiz"},
    ),
    Case(
        "reaction-with-an-aside",
        "“Profits will double,” said Carl Imre.\n\nBut Jo Reed, an analyst at Halden Capital, "
        "was sceptical.\n\n“The guidance is vague. Nobody believes it.”",
        {"Profits will double": "Carl Imre", "guidance is vague": "Jo Reed"},
    ),
    Case(
        "reaction-not-any-news-about-someone",
        "“She was a great leader,” said Piet Holm.\n\nAna Ruiz died in 2019 after a long "
        "illness.\n\n“We will miss her terribly.”",
        {"great leader": "Piet Holm", "miss her": "Piet Holm"},
    ),
    # -- a surname that is also a kind of place ----------------------------------------------
    Case(
        "place-like-surname-who",
        "Jo Park, who runs the shelter, said demand had doubled. Volunteers are stretched. "
        "“We are running on empty,” she said.",
        {"running on empty": "Jo Park"},
    ),
    Case(
        "place-like-surname-said",
        "Ana Hill said the plan was “mad.” She added: “Nobody asked us.”",
        {"mad": "Ana Hill", "Nobody asked": "Ana Hill"},
    ),
    Case(
        "place-stays-a-place",
        "The fire started in George Street, which was closed. “It was terrifying,” one "
        "resident said.",
        {"terrifying": "one resident"},
    ),
    # -- a role named further down by its title ---------------------------------------------
    Case(
        "named-later-by-title",
        "The island nation’s premier welcomed the “historic” deal on Tuesday.\n\nCritics "
        "were less sure.\n\nPrime Minister Tala Veikune said the deal would pay for schools.",
        {"historic": "Tala Veikune"},
    ),
    Case(
        "named-later-by-kin-title",
        "The carmaker’s boss called the plant “the heart of the company.”\n\nChief Executive "
        "Ingrid Sola announced the investment in Coventry.",
        {"heart of the company": "Ingrid Sola"},
    ),
    Case(
        "named-later-bare-role-is-not-kin",
        # a bare "the officer" may be anyone in uniform: not the detective named later
        "“The scene was distressing,” the officer said.\n\nDetective Inspector Gary Holt "
        "appealed for witnesses.",
        {"distressing": "the officer"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_speaker_choice(case: Case) -> None:
    assert check(case, analyze(case.text).quotes) == []


def test_reasons_say_which_rule_chose() -> None:
    quotes = {q.text[:12]: q for q in analyze(CASES[0].text).quotes}
    assert "chief executive" not in quotes["We have had "].speaker_reason
    assert "same role" in quotes["We have had "].speaker_reason
    (together,) = analyze(CASES[6].text).quotes
    assert "two people named together" in together.speaker_reason
    (italian,) = analyze(CASES[4].text).quotes
    assert "nationality" in italian.speaker_reason
    (premier, *_) = analyze(CASES[54].text).quotes
    assert "Prime Minister Tala Veikune" in premier.speaker_reason


def test_a_programme_title_before_the_subject_does_not_hide_it() -> None:
    # Whether "Morning Desk" itself is a title is the quote reader's business; the bare quote
    # after the sentence is the senator's, not the previous speaker's.
    text = (
        "“We must back the police,” Dean Pryce said on Sunday.\n\nOn “Morning Desk,” Sen. "
        "Ruth Okafor (Ore.), who lost the primary, identified young voters as the key to the race. "
        "“They are sick of being ignored.”"
    )
    (last,) = [q for q in analyze(text).quotes if "sick of being ignored" in q.text]
    assert last.speaker == "Ruth Okafor"
    assert "subject of the sentence just before" in last.speaker_reason


def test_two_people_speaking_together_are_two_sources() -> None:
    analysis = analyze(
        "Asked about the merger, Lund and Bakri replied: “We have nothing to add.”\n\n"
        "Avon and Somerset Police said in a statement: “A man has been arrested.”"
    )
    assert [q.speaker for q in analysis.quotes] == ["Lund and Bakri", "Avon and Somerset Police"]
    names = [s.name for s in analysis.sources]
    assert "Lund" in names and "Bakri" in names
    assert "Lund and Bakri" not in names
