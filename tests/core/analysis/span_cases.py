"""Invented copy on the edge of what a quote is: titles and names no cue word announces, scare
quotes, terms, imagined lines, words cited as words and headline-shaped paragraphs, set beside
the partial quotes an editor still wants listed (a phrase tied to a speaker in its sentence).

Every sentence was written for the project in the manner of a different kind of publisher (wire,
broadcaster, tabloid, trade paper, reviews, sport, courts, local news); none comes from a corpus.
test_span_cases.py checks them with copy_cases.check.
"""

from __future__ import annotations

from tests.core.analysis.copy_cases import Case

CASES: list[Case] = [
    # -- titles of works read, written, presented: no "film" or "book" before them ----------
    Case(
        "title-read-as-a-boy",
        "Morrow said he first read “The Old Man and the Sea” at school. “It taught me to "
        "write short,” he said.",
        {"It taught me": "Morrow"},
        ("The Old Man and the Sea",),
    ),
    Case(
        "title-who-wrote-a-list",
        "Ines Vale, who wrote “Hollow Ground” and “The Last Tram Home,” said the prize came as "
        "a surprise.",
        {},
        ("Hollow Ground", "The Last Tram Home"),
    ),
    Case(
        "title-hosted",
        "Before politics, Okafor hosted “Money Talks Tonight” on a local station and said he "
        "was “never short of an opinion.”",
        {"never short": "Okafor"},
        ("Money Talks Tonight",),
    ),
    Case(
        "title-launched-after-said",
        "Ortiz said the council would launch “Love Your Park” in May, and called the old scheme "
        "“a flop.”",
        {"a flop": "Ortiz"},
        ("Love Your Park",),
    ),
    Case(
        "title-operation-unveiled",
        "The minister said police had unveiled “Operation Safe Harbour” to tackle knife crime.",
        {},
        ("Operation Safe Harbour",),
    ),
    Case(
        "title-grew-up-watching",
        "Dunn, 61, said he grew up watching “Grandstand” with his father every Saturday.",
        {},
        ("Grandstand",),
    ),
    # -- a title opening a reported clause -----------------------------------------------------
    Case(
        "title-subject-of-reported-clause",
        "Producer Kim Ellis said “Gladiators of Steel” would return to screens next year.",
        {},
        ("Gladiators of Steel",),
    ),
    Case(
        "title-subject-after-unnamed-speaker",
        "The singer told fans that “Ocean Drive” was written in a single afternoon.",
        {},
        ("Ocean Drive",),
    ),
    Case(
        "title-subject-after-when",
        "When “Glass Houses” swept the awards in 2021, the studio ordered two sequels.",
        {},
        ("Glass Houses",),
    ),
    # -- the thing judged: "described “X” as the best", "her favourite film was “X”" -----------
    Case(
        "title-described-as",
        "Pryce described “Ghosts of the Mersey” as the hardest book she had written.",
        {},
        ("Ghosts of the Mersey",),
    ),
    Case(
        "title-hailed-as",
        "Pundits hailed “The Long Season” as the finest sports documentary of the decade, and "
        "its director said he was “lost for words.”",
        {"lost for words": "its director"},
        ("The Long Season",),
    ),
    Case(
        "title-favourite-book-is-obituary",
        "A lifelong reader, she once said her favourite book was “Cider with Rosie.”",
        {},
        ("Cider with Rosie",),
    ),
    Case(
        "title-favourite-film-was",
        "Asked for a guilty pleasure, she said her favourite film was “Brief Encounter.”",
        {},
        ("Brief Encounter",),
    ),
    Case(
        "title-list-announced-by-its-last-item",
        "Asked to name her favourites, Reid said “Salt”, “Gull” and “Low Tide” (2019) were the "
        "songs she was proudest of.",
        {},
        ("Salt", "Gull", "Low Tide"),
    ),
    Case(
        "title-whose-then-a-partial-quote",
        "Ortiz, whose “Harbour Nights” sold out the Lyceum, said she was “thrilled.”",
        {"thrilled": "Ortiz"},
        ("Harbour Nights",),
    ),
    Case(
        "title-best-known-for",
        "Nash, best known for “Hollyoaks,” said acting was “the only job I ever wanted.”",
        {"the only job": "Nash"},
        ("Hollyoaks",),
    ),
    # -- a name governed by a preposition or by "told", even with a speech tag --------------
    Case(
        "title-asked-about-show",
        "Asked about “Strictly Come Dancing,” the striker said he would love to take part.",
        {},
        ("Strictly Come Dancing",),
    ),
    Case(
        "title-told-the-programme",
        "Kemp told “Good Morning Britain” that he was “absolutely gutted.”",
        {"absolutely gutted": "Kemp"},
        ("Good Morning Britain",),
    ),
    Case(
        "title-interview-with-programme",
        "In an interview with “60 Minutes,” Vance said the deal was “dead.”",
        {"dead": "Vance"},
        ("60 Minutes",),
    ),
    Case(
        "title-on-a-programme-then-a-partial-quote",
        "Ortiz, speaking on ITV’s “Good Morning Britain,” said she was “delighted.”",
        {"delighted": "Ortiz"},
        ("Good Morning Britain",),
    ),
    Case(
        "title-podcast-then-a-partial-quote",
        "In the podcast “Harbour Talk,” Ortiz said the town had “lost its way.”",
        {"lost its way": "Ortiz"},
        ("Harbour Talk",),
    ),
    Case(
        "other-operation-code-name",
        "Police said Operation “Clean Sweep” had led to 40 arrests, and Det Supt Ian Cole "
        "called the results “staggering.”",
        {"staggering": "Ian Cole"},
        ("Clean Sweep",),
    ),
    # -- scare quotes and terms ------------------------------------------------------------------
    Case(
        "scare-passive-participle",
        "Morgan, 31, was “let go” by the bank in 2020 and now runs a bakery in Hove.",
        {},
        ("let go",),
    ),
    Case(
        "scare-passive-participle-sport",
        "Kane was “dropped” for the cup tie and watched from the stands.",
        {},
        ("dropped",),
    ),
    Case(
        "term-self-styled",
        "Carla Munro, the self-styled “queen of the quayside,” opened her first stall in 1998.",
        {},
        ("queen of the quayside",),
    ),
    Case(
        "term-known-in-the-trade-as",
        "The practice, known in the trade as “ghosting,” is now banned by the regulator.",
        {},
        ("ghosting",),
    ),
    Case(
        "nickname-to-his-teammates",
        "Smith – “Smithy” to his teammates – said the win was “the best of my career.”",
        {"the best of my career": "Smith"},
        ("Smithy",),
    ),
    Case(
        "nickname-to-her-pupils",
        "Maureen Platt, “Miss P” to three generations of pupils, retires on Friday.",
        {},
        ("Miss P",),
    ),
    Case(
        "other-storm-name",
        "Forecasters said Storm “Ingrid” would bring gusts of 80mph to the west coast.",
        {},
        ("Ingrid",),
    ),
    Case(
        "other-the-word-as-subject-trade-press",
        "Analysts said the word “transitory” was quietly dropped from the bank’s statement.",
        {},
        ("transitory",),
    ),
    Case(
        "term-being-defined",
        "Grants go to a “priority coastal zone,” which is defined as any parish within a mile "
        "of the sea, the department said.",
        {},
        ("priority coastal zone",),
    ),
    Case(
        "term-offence-convicted-of",
        "Hughes, 34, was convicted of “coercive and controlling behaviour” at Leeds Crown Court.",
        {},
        ("coercive and controlling behaviour",),
    ),
    Case(
        "term-offence-admitted",
        "Pryor admitted “causing death by careless driving” and was jailed for two years. The "
        "judge called the crash “entirely avoidable.”",
        {"entirely avoidable": "The judge"},
        ("causing death by careless driving",),
    ),
    Case(
        "term-offence-pleaded-guilty",
        "A 19-year-old man pleaded guilty to “assault occasioning actual bodily harm.”",
        {},
        ("assault occasioning",),
    ),
    Case(
        "speech-quoted-verb-and-its-particle",
        "Prosecutors said Hughes had “preyed on” vulnerable women for a decade.",
        {"preyed on": "Prosecutors"},
    ),
    Case(
        "term-abbreviation-spelt-out",
        "BNPL (“buy now, pay later”) lenders will be regulated from 2025, the Treasury said.",
        {},
        ("buy now, pay later",),
    ),
    Case(
        "term-abbreviation-or-gloss",
        "The RPI, or “retail prices index,” rose 4.1%, the ONS said, and economist Ian Lowe called "
        "the rise “painful but expected.”",
        {"painful but expected": "Ian Lowe"},
        ("retail prices index",),
    ),
    Case(
        "other-the-phrase-as-subject",
        "Ruiz said the phrase “cost of living crisis” had lost its meaning for voters.",
        {},
        ("cost of living crisis",),
    ),
    # -- words cited, searched, imagined --------------------------------------------------------
    Case(
        "other-searched-for",
        "On polling day thousands of people searched “how to vote by post,” the firm said.",
        {},
        ("how to vote by post",),
    ),
    Case(
        "other-a-look-that-said",
        "She gave the referee a look that said “don’t even think about it.”",
        {},
        ("even think about it",),
    ),
    Case(
        "other-people-go",
        "Fans go, “Aren’t you the woman from the telly?” and I just smile.",
        {},
        ("Aren’t you the woman",),
    ),
    Case(
        "other-the-one-who-says",
        "Nobody on the committee wants to be the one who says “I told you so.”",
        {},
        ("I told you so",),
    ),
    Case(
        "other-a-case-of-a-saying",
        "For the council, it’s a case of “be careful what you wish for.”",
        {},
        ("be careful what you wish for",),
    ),
    Case(
        "other-equivalent-of-a-saying",
        "It is the political equivalent of “the dog ate my homework,” Ortiz said, and the "
        "excuse was “frankly insulting.”",
        {"frankly insulting": "Ortiz"},
        ("the dog ate my homework",),
    ),
    Case(
        "title-pitch-of-two-titles",
        "Think “Downton Abbey” meets “The Wire,” Ortiz said of the new drama.",
        {},
        ("Downton Abbey", "The Wire"),
    ),
    Case(
        "other-a-line-used-as-a-noun",
        "Ortiz has no time for the “I told you so” brigade. “They were silent when it mattered,” "
        "she said.",
        {"They were silent": "Ortiz"},
        ("I told you so",),
    ),
    Case(
        "other-lines-from-and-to",
        "Among fans the mood has shifted from “We’ll win the league” to “Please don’t go down.”",
        {},
        ("win the league", "go down"),
    ),
    Case(
        "other-less-and-more",
        "It was less “Thank you for your service” and more “Don’t let the door hit you.”",
        {},
        ("Thank you for your service", "Don’t let the door"),
    ),
    # -- headline-shaped paragraphs: teasers, listings ----------------------------------------
    Case(
        "heading-teaser-without-label",
        "Councillors voted 9-4 to close the library on Tuesday.\n\nFlood victims say ‘We were "
        "left with nothing’ as insurers delay payouts\n\nThe vote followed a six-month "
        "consultation.",
        {},
        ("We were left with nothing",),
    ),
    Case(
        "heading-teaser-dont-miss",
        "The council met on Monday.\n\nDON’T MISS: ‘We were left with nothing’, say flood "
        "victims.\n\nThe vote was 9-4, a spokesman said.",
        {},
        ("We were left with nothing",),
    ),
    Case(
        "heading-teaser-most-read",
        "The vote was 9-4.\n\nMost read: Mayor says bins plan is “madness”.\n\n“It starts in "
        "May,” said councillor Ann Pryce.",
        {"It starts in May": "Ann Pryce"},
        ("madness",),
    ),
    Case(
        "heading-listing",
        "“Harbour Nights” – Sundays at 9pm on BBC One\n\nThe drama follows a ferry crew.",
        {},
        ("Harbour Nights",),
    ),
    # -- real partial quotes stay quotes ---------------------------------------------------------
    Case(
        "speech-called-it",
        "Mayor Lin Ochoa called the plan “reckless” on Tuesday.",
        {"reckless": "Lin Ochoa"},
    ),
    Case(
        "speech-described-as",
        "Coach Ray Dunn described the performance as “unacceptable.”",
        {"unacceptable": "Ray Dunn"},
    ),
    Case(
        "speech-promised",
        "Hart promised “a fresh start” for the town when she took office in May.",
        {"a fresh start": "Hart"},
    ),
    Case(
        "speech-title-case-name-someone-gives",
        "The senator called her rival “Lady Luck” at a rally in Ohio.",
        {"Lady Luck": "The senator"},
    ),
    Case(
        "speech-feeling-after-was",
        "Dana Morgan said she was “stunned” when the jury returned after an hour.",
        {"stunned": "Dana Morgan"},
    ),
    Case(
        "speech-quoted-sentence-with-dash-tag",
        "Readers wrote in all week.\n\n“The best night of my life.” ― Tom Hale\n\n“Never "
        "again.” ― Ana Ruiz",
        {"best night": "Tom Hale", "Never again": "Ana Ruiz"},
    ),
    Case(
        "speech-echo-of-a-word-just-quoted",
        "Ochoa said the budget would be “balanced by spring.”\n\nWhether it is “balanced” "
        "remains to be seen.",
        {"balanced by spring": "Ochoa", "balanced": "Ochoa"},
    ),
    Case(
        "speech-echo-in-the-next-sentence",
        "Mayor Ruth Okafor promised a “greener, fairer” city in 2019. Her “greener, fairer” "
        "city has fewer buses than before.",
        {"greener, fairer": "Ruth Okafor"},
    ),
    Case(
        "title-a-name-quoted-again-is-no-echo",
        "“We are proud of Salt,” said the producer, Ian Cole. The documentary “Salt” won "
        "twice. Later “Salt” was sold to a streamer.",
        {"We are proud": "Ian Cole"},
        ("Salt",),
    ),
    Case(
        "speech-summary-bullet-without-a-stop",
        "Key points:\n\n• Mayor Lin Ochoa says the bins plan is ‘reckless’\n\n• A vote is due in "
        "May",
        {"reckless": "Lin Ochoa"},
    ),
    Case(
        "speech-embedded-post-ending-on-a-date",
        "The mayor posted on Tuesday.\n\n“We will not be bullied” — Lin Ochoa (@linochoa) "
        "May 3, 2024",
        {"We will not be bullied": "Lin Ochoa"},
    ),
    Case(
        "speech-ordinary-paragraph-ending-on-a-word",
        "Dunn said the team had been “second best all night” and apologised to fans.",
        {"second best": "Dunn"},
    ),
]
