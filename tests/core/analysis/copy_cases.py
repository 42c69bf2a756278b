"""Short invented copy for each class of attribution error, in many registers (wire, broadcast,
local news, features, reviews, science, sport, business): what an editor expects of every pair
of quotation marks in it. Every sentence was written for the project; none comes from a corpus.

Each case lists the passages that are speech (a fragment of the quoted words -> the speaker, or a
tuple of speakers an editor would equally accept) and the passages that are not (titles,
nicknames, scare quotes, terms, words cited as words, headings). test_general_copy.py checks
them; `python -m tests.core.analysis.copy_cases` prints the score per class while tuning.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

Speaker = str | tuple[str, ...]


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    quotes: dict[str, Speaker] = field(default_factory=dict)
    not_quotes: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return self.id.split("-", 1)[0]


CASES: list[Case] = [
    # -- titles: films, shows, books, songs, albums, podcasts, reports, campaigns, events -----
    Case(
        "title-film-review",
        "The director’s latest film, “A Quiet Harbour,” opens in cinemas on Friday. “I wanted "
        "to make something gentle,” Ines Duarte told reporters at the premiere.",
        {"I wanted to make": "Ines Duarte"},
        ("A Quiet Harbour",),
    ),
    Case(
        "title-radio-programme",
        "Speaking on BBC Radio 4’s “Today” programme, the housing minister, Tom Ashworth, said "
        "the plan was “fully costed and ready to go.”",
        {"fully costed": "Tom Ashworth"},
        ("Today",),
    ),
    Case(
        "title-songs-and-album",
        "The band closed the set with “Northern Lights” and “Paper Boats,” two songs from their "
        "2019 album “Salt.”",
        {},
        ("Northern Lights", "Paper Boats", "Salt"),
    ),
    Case(
        "title-memoir",
        "In her memoir “Counting the Tides,” Ruth Ellery describes growing up on the coast. "
        "“My father never learned to swim,” she writes.",
        {"My father never": "Ruth Ellery"},
        ("Counting the Tides",),
    ),
    Case(
        "title-report-titled",
        "A report titled “Falling Behind: Rural Broadband in 2023” found that one in five homes "
        "could not stream video, the study’s author, Kofi Mensah, said.",
        {},
        ("Falling Behind",),
    ),
    Case(
        "title-campaign",
        "The council launched its “Love Your Park” campaign on Monday, urging residents to pick "
        "up litter and report broken benches.",
        {},
        ("Love Your Park",),
    ),
    Case(
        "title-event",
        "More than 3,000 runners took part in “Run the Bridges” on Sunday, organisers said.",
        {},
        ("Run the Bridges",),
    ),
    Case(
        "title-reality-show",
        "Amara Diallo rose to fame on the reality show “Island Kitchen” before opening her first "
        "restaurant in 2015.",
        {},
        ("Island Kitchen",),
    ),
    Case(
        "title-object-of-watched",
        "Harris said he had watched “The Long Goodbye” three times as a student and still "
        "found it “strangely comforting.”",
        {"strangely comforting": "Harris"},
        ("The Long Goodbye",),
    ),
    Case(
        "title-song-subject",
        "“Golden Hour” spent six weeks at number one, and Mia Torres said she was “stunned” by "
        "the response.",
        {"stunned": "Mia Torres"},
        ("Golden Hour",),
    ),
    Case(
        "title-exhibition-apposition",
        "The museum’s new exhibition, “Threads of Empire,” runs until March. Its curator, Yusuf "
        "Adeyemi, said: “We want visitors to argue about it.”",
        {"We want visitors": "Yusuf Adeyemi"},
        ("Threads of Empire",),
    ),
    Case(
        "title-with-question-mark",
        "The documentary “Who Killed the Mayor?” drew four million viewers on its first night.",
        {},
        ("Who Killed the Mayor?",),
    ),
    Case(
        "title-nominee-list",
        "Nominees for best drama include “The Crossing,” “Harbour Lights” and “Seven Winters.”",
        {},
        ("The Crossing", "Harbour Lights", "Seven Winters"),
    ),
    Case(
        "title-possessive-series",
        "Netflix’s “Cold Creek” was the most-watched series of the week, the streamer said.",
        {},
        ("Cold Creek",),
    ),
    Case(
        "title-game-studio",
        "Players of “Tower Siege” will get a free update next month, the studio said on Tuesday.",
        {},
        ("Tower Siege",),
    ),
    Case(
        "title-op-ed-headlined",
        "In an op-ed headlined “Why the Night Bus Matters,” the union’s leader, Gwen Farrow, "
        "argued for more funding.",
        {},
        ("Why the Night Bus Matters",),
    ),
    Case(
        "title-sentence-case-novel",
        "Her debut novel, “The girl who counted boats,” was shortlisted for the Costa prize.",
        {},
        ("The girl who counted boats",),
    ),
    Case(
        "title-starring-in",
        "Dev Patel, who stars in “The Last Ferry,” said the shoot was “the hardest six weeks of "
        "my life.”",
        {"the hardest six weeks": "Dev Patel"},
        ("The Last Ferry",),
    ),
    Case(
        "title-podcast-host",
        "Lena Marsh, who hosts the podcast “Small Print,” said listeners had sent in more than "
        "2,000 questions. “People are confused and a bit scared,” she said.",
        {"People are confused": "Lena Marsh"},
        ("Small Print",),
    ),
    Case(
        "title-episode-aired",
        "The episode, “Ghosts of the Mill,” aired on Channel 5 last night and drew complaints "
        "from viewers.",
        {},
        ("Ghosts of the Mill",),
    ),
    Case(
        "title-single-word-album",
        "Her third album, “Undertow,” is out on Friday. “It’s about grief, mostly,” Cara Quinn "
        "said in an interview.",
        {"It’s about grief": "Cara Quinn"},
        ("Undertow",),
    ),
    Case(
        "title-book-by",
        "The book “Money for Nothing” by economist Alan Greer argues that banks lend too much.",
        {},
        ("Money for Nothing",),
    ),
    # -- nicknames ------------------------------------------------------------------------
    Case(
        "nickname-boxer",
        "Former boxer Joe “The Hammer” Delaney, 62, said he still trains every morning.",
        {},
        ("The Hammer",),
    ),
    Case(
        "nickname-storm",
        "The storm, nicknamed “the Beast from the East,” closed schools across the region.",
        {},
        ("the Beast from the East",),
    ),
    Case(
        "nickname-fans-call",
        "Fans call the stadium “the Cauldron” because of the noise on match days.",
        {},
        ("the Cauldron",),
    ),
    Case(
        "nickname-known-as",
        "Known to friends as “Bunny,” Margaret Hale ran the village shop for forty years.",
        {},
        ("Bunny",),
    ),
    Case(
        "nickname-dubbed-by",
        "The striker, dubbed “the new Pelé” by local papers, scored twice on Saturday.",
        {},
        ("the new Pelé",),
    ),
    # -- scare quotes ---------------------------------------------------------------------
    Case(
        "scare-free-breakfast",
        "The “free” breakfast turned out to cost £12 once coffee was added.",
        {},
        ("free",),
    ),
    Case(
        "scare-figurative-verb",
        "The cells “smell” sugar in the blood and release insulin within seconds, the study found.",
        {},
        ("smell",),
    ),
    Case(
        "scare-bacteria-talk",
        "Scientists at Leeds found that the bacteria “talk” to one another using chemical "
        "signals, a discovery that could lead to new antibiotics.",
        {},
        ("talk",),
    ),
    Case(
        "scare-consultation",
        "After weeks of “consultation,” the plan was approved unchanged.",
        {},
        ("consultation",),
    ),
    Case(
        "scare-goal",
        "The referee’s decision to allow the “goal” left home fans furious.",
        {},
        ("goal",),
    ),
    Case(
        "scare-experts",
        "Investors have grown wary of meme stocks and the “experts” who promote them online.",
        {},
        ("experts",),
    ),
    Case(
        "scare-retirement",
        "Judge Paula Grey’s “retirement” lasted all of three months before she returned to the "
        "bench.",
        {},
        ("retirement",),
    ),
    Case(
        "scare-subject-verb",
        "Teachers at Millbrook Primary were given a “reward” of an extra day’s training.",
        {},
        ("reward",),
    ),
    Case(
        "scare-adjective-before-noun",
        "The hotel’s “sea view” rooms overlook a car park, and the pool was closed all week.",
        {},
        ("sea view",),
    ),
    # -- terms ----------------------------------------------------------------------------
    Case(
        "term-so-called",
        "The so-called “Tiger Team” will report to the board in June.",
        {},
        ("Tiger Team",),
    ),
    Case(
        "term-doctors-call",
        "Doctors call the condition “broken heart syndrome.”",
        {},
        ("broken heart syndrome",),
    ),
    Case(
        "term-known-as",
        "Engineers use a technique known as “cold spraying” to repair the hull.",
        {},
        ("cold spraying",),
    ),
    Case(
        "term-button",
        "Users can tap the “Report” button to flag abusive messages.",
        {},
        ("Report",),
    ),
    Case(
        "term-clause",
        "The bill includes a “sunset clause” that ends the tax after five years.",
        {},
        ("sunset clause",),
    ),
    Case(
        "term-medicines-called",
        "The drug belongs to a class of medicines called “GLP-1 agonists.”",
        {},
        ("GLP-1 agonists",),
    ),
    Case(
        "term-considered",
        "Under the rules, a player is considered “ineligible” if he misses three tests.",
        {},
        ("ineligible",),
    ),
    Case(
        "term-category",
        "The agency rated the air quality “very poor” for a third day, its highest warning level.",
        {},
        ("very poor",),
    ),
    # -- words cited as words, signs, imagined lines ----------------------------------------
    Case(
        "other-word-of-year",
        "The word “gaslighting” was the dictionary’s word of the year.",
        {},
        ("gaslighting",),
    ),
    Case(
        "other-type-help",
        "Type “help” into the search box to see a list of commands.",
        {},
        ("help",),
    ),
    Case(
        "other-what-means",
        "Many readers wrote in to ask what “net zero” actually means.",
        {},
        ("net zero",),
    ),
    Case(
        "other-signs-reading",
        "Signs reading “No Entry” and “Danger: Deep Water” were posted along the bank.",
        {},
        ("No Entry", "Danger: Deep Water"),
    ),
    Case(
        "other-stamped",
        "Each bottle was stamped “Not for resale” and sold for £3.",
        {},
        ("Not for resale",),
    ),
    # -- headings -------------------------------------------------------------------------
    Case(
        "heading-caps-subhead",
        "Fans queued for hours outside the ground.\n\n“A GAME OF TWO HALVES”\n\nThe first half "
        "was dull, Smith admitted.",
        {},
        ("A GAME OF TWO HALVES",),
    ),
    Case(
        "heading-numbered",
        "Here is what the experts advise.\n\n3. “Check the small print”\n\nMost contracts allow "
        "a cooling-off period.",
        {},
        ("Check the small print",),
    ),
    # -- speech that must stay speech (partial, short, title-case, chanted) -----------------
    Case(
        "speech-called-it",
        "Mayor Lena Brooks called the decision “a kick in the teeth for commuters.”",
        {"a kick in the teeth": "Lena Brooks"},
    ),
    Case(
        "speech-described-as",
        "Rovers manager Gary Whitfield described his side’s performance as “unacceptable.”",
        {"unacceptable": "Gary Whitfield"},
    ),
    Case(
        "speech-single-word-said",
        "Dr. Anjali Patel, who led the study, said the results were “encouraging” but warned "
        "that more trials were needed.",
        {"encouraging": "Anjali Patel"},
    ),
    Case(
        "speech-promised-to",
        "Health Secretary Owen Lloyd promised to “get a grip” on waiting lists.",
        {"get a grip": "Owen Lloyd"},
    ),
    Case(
        "speech-one-word-tag",
        "Margaret Hale was asked about the fine. “Ridiculous,” she said.",
        {"Ridiculous": "Margaret Hale"},
    ),
    Case(
        "speech-what-he-called",
        "Senator Luis Ortiz condemned what he called “a reckless gamble with public money.”",
        {"a reckless gamble": "Luis Ortiz"},
    ),
    Case(
        "speech-fans-chanted",
        "Fans chanted “Stand up for the Rovers” throughout the second half.",
        {"Stand up for the Rovers": "Fans"},
    ),
    Case(
        "speech-word-in-reported-speech",
        "Ines Okafor said the company’s “savings” had come from cutting the night shift.",
        {"savings": "Ines Okafor"},
    ),
    Case(
        "speech-named-caller",
        "Councillor Rob Dyer called the new car park “a monument to bad planning.”",
        {"a monument to": "Rob Dyer"},
    ),
    Case(
        "speech-title-case-tweet",
        "Minutes after the final whistle, Kane Roberts posted on X: “We Go Again.”",
        {"We Go Again": "Kane Roberts"},
    ),
    Case(
        "speech-short-after-colon",
        "The verdict from Chief Inspector Alan Shaw was blunt: “Avoidable.”",
        {"Avoidable": "Alan Shaw"},
    ),
    # -- pronouns -------------------------------------------------------------------------
    Case(
        "pronoun-gender-agrees",
        "Sarah Lin, the company’s chief executive, met analysts on Tuesday with her deputy, Mark "
        "Evans. “We have never been in better shape,” she said.",
        {"We have never": "Sarah Lin"},
    ),
    Case(
        "pronoun-subject-not-object",
        "Tom Reyes sued his former employer, Anna Vogel, last year. He said on Monday: “I just "
        "want the truth to come out.”",
        {"I just want": "Tom Reyes"},
    ),
    Case(
        "pronoun-run-of-quotes",
        "Coach Dana Whitley was blunt after the loss.\n\n“We were second best all night,” she "
        "said.\n\n“The players know it and I know it.”",
        {"We were second best": "Dana Whitley", "The players know": "Dana Whitley"},
    ),
    Case(
        "pronoun-skips-the-charity",
        "Karen Holt, who runs the Seaview Food Bank, said demand had doubled. The charity now "
        "feeds 400 families a week. “We cannot keep up,” she said.",
        {"We cannot keep up": "Karen Holt"},
    ),
    Case(
        "pronoun-skips-police-and-town",
        "Police in Ashford said the suspect was arrested at his home. Inspector Paul Grant said "
        "officers had acted quickly. “It was a textbook operation,” he added.",
        {"It was a textbook": "Paul Grant"},
    ),
    Case(
        "pronoun-same-gender-subject",
        "James Carter met his rival, Peter Novak, at the summit. Carter later told reporters the "
        "talks had been frank. “We disagree on almost everything,” he said.",
        {"We disagree": "James Carter"},
    ),
    Case(
        "pronoun-it-council",
        "Greenfield Council said it would review the decision. “We take these concerns "
        "seriously,” it said in a statement.",
        {"We take these": "Greenfield Council"},
    ),
    Case(
        "pronoun-sister-not-defendant",
        "The trial of Victor Hale entered its third week on Monday. His sister, Clara Hale, took "
        "the stand. “My brother is not a violent man,” she told the jury.",
        {"My brother": "Clara Hale"},
    ),
    Case(
        "pronoun-they-group",
        "Residents of Elm Court have complained for months about damp. “Nobody listens,” they "
        "said in a letter to the council.",
        {"Nobody listens": ("Residents of Elm Court", "Residents")},
    ),
    Case(
        "pronoun-across-paragraphs",
        "Professor Grace Obi has studied glaciers for thirty years.\n\nShe said the ice "
        "was thinning faster than models predicted. “We are running out of time,” she said.",
        {"We are running out": "Grace Obi"},
    ),
    # -- apposition -----------------------------------------------------------------------
    Case(
        "apposition-name-first",
        "Maria Gonzalez, the chair of the parents’ association, said: “Our children deserve "
        "better.”",
        {"Our children": "Maria Gonzalez"},
    ),
    Case(
        "apposition-role-first",
        "The head of the regulator, Simon Blake, said the fines were “long overdue.”",
        {"long overdue": "Simon Blake"},
    ),
    Case(
        "apposition-relative-clause",
        "Dr. Helen Ng, an epidemiologist at Westbrook University who was not involved in the "
        "study, called the findings “striking.”",
        {"striking": "Helen Ng"},
    ),
    Case(
        "apposition-inverted-said",
        "Said Raj Mehta, 34, a bus driver from Leeds: “We are just asking for a fair deal.”",
        {"We are just asking": "Raj Mehta"},
    ),
    Case(
        "apposition-age-and-clause-after",
        "“It is a great day for the town,” said Bob Ellis, 71, who has lived on Mill Street "
        "since 1969.",
        {"It is a great day": "Bob Ellis"},
    ),
    Case(
        "apposition-captain-who-scored",
        "The club’s captain, Lewis Dunn, who scored the winner, said: “The lads were brilliant.”",
        {"The lads": "Lewis Dunn"},
    ),
    Case(
        "apposition-company-title",
        "Acme Foods chief executive Joanna Pike told investors the company was “well placed for "
        "growth.”",
        {"well placed": "Joanna Pike"},
    ),
    Case(
        "apposition-former-champion",
        "Former Olympic champion Katie Moss, now a coach in Bath, said the new track was “world "
        "class.”",
        {"world class": "Katie Moss"},
    ),
    Case(
        "apposition-after-quote",
        "“The water came up to our knees in ten minutes,” said Noor Khan, a shopkeeper on the "
        "high street.",
        {"The water came up": "Noor Khan"},
    ),
    Case(
        "apposition-leader-of",
        "The leader of the opposition, Ayesha Rahman, told the chamber the budget was “a con.”",
        {"a con": "Ayesha Rahman"},
    ),
    # -- unnamed speakers -----------------------------------------------------------------
    Case(
        "unnamed-one-resident",
        "Firefighters were at the scene for six hours. “We had no warning at all,” one resident "
        "said.",
        {"We had no warning": "one resident"},
    ),
    Case(
        "unnamed-spokesman-for",
        "A spokesman for the ministry said: “The matter is under review.”",
        {"The matter is under review": ("A spokesman for the ministry", "A spokesman")},
    ),
    Case(
        "unnamed-senior-official",
        "One senior official, who asked not to be named because the talks were private, said "
        "the deal was “all but done.”",
        {"all but done": ("One senior official", "senior official")},
    ),
    Case(
        "unnamed-mother-of-three",
        "“Nobody told us anything,” said a mother of three waiting outside the school gates.",
        {"Nobody told us": ("a mother of three", "a mother")},
    ),
    Case(
        "unnamed-witnesses",
        "Witnesses described hearing “a huge bang” just after midnight.",
        {"a huge bang": "Witnesses"},
    ),
    Case(
        "unnamed-police-spokeswoman",
        "A police spokeswoman said officers were called at 9.40pm. “A man has been arrested,” "
        "she said.",
        {"A man has been arrested": "A police spokeswoman"},
    ),
    Case(
        "unnamed-industry-source",
        "An industry source told the newspaper: “Nobody expected the numbers to be this bad.”",
        {"Nobody expected": "An industry source"},
    ),
    Case(
        "unnamed-fan-outside",
        "A fan outside the ground said: “That was the worst game I have ever seen.”",
        {"That was the worst": ("A fan outside the ground", "A fan")},
    ),
    Case(
        "unnamed-the-official-again",
        "A senior diplomat said the summit was in doubt. “There is no agenda yet,” the diplomat "
        "added.",
        {"There is no agenda": ("A senior diplomat", "the diplomat")},
    ),
    # -- organisations and statements -----------------------------------------------------
    Case(
        "org-said-in-a-statement",
        "The Environment Agency said in a statement that the river was “not safe for swimming.”",
        {"not safe": ("The Environment Agency", "Environment Agency")},
    ),
    Case(
        "org-in-a-statement-first",
        "In a statement, Northbridge Rail said: “Safety is our top priority.”",
        {"Safety is our": "Northbridge Rail"},
    ),
    Case(
        "org-the-company-said",
        "Harlow Foods apologised to customers on Monday. “We are deeply sorry for the "
        "disruption,” the company said.",
        {"We are deeply sorry": "Harlow Foods"},
    ),
    Case(
        "org-pentagon",
        "“The claims are without merit,” the Pentagon said.",
        {"The claims": ("Pentagon", "the Pentagon")},
    ),
    Case(
        "org-warned-of",
        "The Met Office warned of “significant disruption” on Friday as the storm arrives.",
        {"significant disruption": ("Met Office", "The Met Office")},
    ),
    Case(
        "org-statement-from",
        "A statement from Kestrel Airlines said the flight had landed “without incident.”",
        {"without incident": "Kestrel Airlines"},
    ),
    Case(
        "org-the-union-said",
        "Members of Unite will walk out on Monday. The union said its members had been “pushed "
        "to breaking point.”",
        {"pushed to breaking point": "Unite"},
    ),
    Case(
        "org-according-to",
        "According to the World Health Organization, the outbreak is “under control.”",
        {"under control": ("World Health Organization", "the World Health Organization")},
    ),
    Case(
        "org-police-said",
        "Police said the driver had been “travelling well above the limit.”",
        {"travelling well above": "Police"},
    ),
    Case(
        "org-club-posted",
        "Hartley Town posted on X: “Get well soon, Reece!”",
        {"Get well soon": "Hartley Town"},
    ),
    Case(
        "org-statement-said-later",
        "Brightwater Energy issued a statement on Friday. “Customers will not be affected,” the "
        "statement said.",
        {"Customers will not": "Brightwater Energy"},
    ),
    Case(
        "org-report-by",
        "A report by the Institute for Fiscal Studies warned that taxes would have to rise "
        "“significantly.”",
        {"significantly": ("Institute for Fiscal Studies", "the Institute for Fiscal Studies")},
    ),
    # -- named speakers, second reference --------------------------------------------------
    Case(
        "named-surname-later",
        "Priya Shah, 29, won the race in record time. Shah said afterwards: “I could hardly "
        "breathe at the end.”",
        {"I could hardly": "Priya Shah"},
    ),
    Case(
        "named-honorific-later",
        "Central bank governor Emeka Okoro kept rates on hold. Mr. Okoro said the bank would "
        "“stay the course.”",
        {"stay the course": "Emeka Okoro"},
    ),
    Case(
        "named-inverted-title",
        "“This is a good day for farmers,” said Agriculture Minister Joyce Banda.",
        {"This is a good day": "Joyce Banda"},
    ),
    Case(
        "named-first-name-word",
        "“We start again tomorrow,” said Will Carter, the team’s manager.",
        {"We start again": "Will Carter"},
    ),
    # -- whole stories: several people, organisations and non-speech marks together ----------
    Case(
        "article-film-review",
        "“Salt and Iron” review: a shipyard drama that finds its voice late\n\n"
        "By the time the final whistle sounds at the Harland yard, “Salt and Iron” has earned "
        "its tears, even if it takes an hour to get there.\n\n"
        "Niamh Cusack plays Bridie Doyle, a welder who returns to Belfast after twenty years in "
        "Glasgow to care for her father, Sean (Ciarán Hinds). He wants none of it. “I managed "
        "fine before you came back,” he tells her in the first scene, and the film spends its "
        "first act proving him wrong.\n\n"
        "Director Aoife Brennan, whose debut “The Long Field” won a prize at Cannes in 2016, "
        "shoots the yard like a cathedral. In an interview last month she said she had wanted "
        "“a film about work that doesn’t look away from the work.” It shows: the welding "
        "scenes, set to Van Morrison’s “Madame George,” are the best thing in it.\n\n"
        "Cusack is superb. When Bridie finally loses her temper with the yard’s manager (a smug "
        "Rory Kinnear), she shouts, “You don’t get to decide who belongs here,” and the line "
        "lands because the film has held it back so long.\n\n"
        "The “feel-good” ending, which the studio reportedly insisted on, is less convincing. "
        "Brennan told The Irish Times that the final scene was “a compromise I can live "
        "with.”\n\n"
        "“Salt and Iron” is in cinemas from Friday.",
        {
            "I managed fine": "Sean",
            "a film about work": "Aoife Brennan",
            "You don’t get to decide": "Bridie Doyle",
            "a compromise I can": "Aoife Brennan",
        },
        ("Salt and Iron", "The Long Field", "Madame George", "feel-good"),
    ),
    Case(
        "article-match-report",
        "Rovers 2 City 1: Okafor double sends Rovers top\n\n"
        "Emeka Okafor scored twice in the second half as Hartley Rovers came from behind to "
        "beat Ashton City and go top of League Two on Saturday.\n\n"
        "City led at the break through Jamie Price’s header, and for long spells the hosts "
        "looked short of ideas. Manager Sue Barker said her players had been “flat, really "
        "flat” before the interval.\n\n"
        "“I told them at half-time that we were playing not to lose,” Barker said. “Credit to "
        "them, they listened.”\n\n"
        "Okafor, signed from Dundee in the summer for an undisclosed fee, levelled with a "
        "volley on 58 minutes and headed the winner from a corner with four minutes left.\n\n"
        "“It’s the best feeling,” the 24-year-old said. “My mum was in the stand, so that "
        "one’s for her.”\n\n"
        "City’s manager, Paul Hendry, was left to rue a penalty appeal that was waved away. "
        "“It’s a stonewall penalty. Everyone in the ground saw it apart from the one man who "
        "matters,” he said.\n\n"
        "The Football Association said on Sunday it would review the incident. A spokesperson "
        "for City said the club would make “no further comment.”\n\n"
        "Rovers, nicknamed “the Pilgrims,” travel to Northfield next week.",
        {
            "flat, really flat": "Sue Barker",
            "I told them at half-time": "Sue Barker",
            "Credit to them": "Sue Barker",
            "It’s the best feeling": "Emeka Okafor",
            "My mum was in": "Emeka Okafor",
            "It’s a stonewall": "Paul Hendry",
            "no further comment": ("A spokesperson for City", "A spokesperson"),
        },
        ("the Pilgrims",),
    ),
    Case(
        "article-science",
        "Bees can count to four, study suggests\n\n"
        "Honeybees can tell the difference between groups of up to four objects, according to "
        "research published on Wednesday in the journal Animal Behaviour.\n\n"
        "The team, led by Dr. Clara Whitfield at the University of Exeter, trained 40 bees to "
        "fly towards cards printed with a set number of shapes, rewarding them with sugar "
        "water.\n\n"
        "“We were surprised by how quickly they learned,” Whitfield said. “By the tenth visit "
        "most bees were choosing the right card.”\n\n"
        "The researchers describe the ability as “proto-counting,” a term used for animals "
        "that can track small quantities without symbols. They write that the finding "
        "“challenges the idea that numerical skills require a large brain.”\n\n"
        "Not everyone is convinced. Professor Martin Hale of Imperial College London, who was "
        "not involved in the study, said the bees might be responding to the total area of the "
        "shapes rather than their number. “It is a lovely experiment, but I would want to see "
        "it repeated with shapes of different sizes,” he said.\n\n"
        "Whitfield said her group was already planning that test. “That’s exactly the right "
        "question,” she said.",
        {
            "We were surprised": "Clara Whitfield",
            "By the tenth visit": "Clara Whitfield",
            "challenges the idea": ("The researchers", "the researchers"),
            "It is a lovely experiment": "Martin Hale",
            "That’s exactly": "Clara Whitfield",
        },
        ("proto-counting",),
    ),
    Case(
        "article-bank-jobs",
        "Northgate Bank to cut 1,200 jobs as profits slide\n\n"
        "LONDON (Reuters) - Northgate Bank will cut 1,200 jobs and close 40 branches over the "
        "next two years, the lender said on Thursday, after first-half profit fell by a "
        "third.\n\n"
        "Chief executive Rachel Dunmore said the cuts were “painful but necessary” and blamed "
        "what she called “a perfect storm” of falling interest rates and rising costs.\n\n"
        "“We have to be a simpler, leaner bank,” Dunmore told analysts on a conference call. "
        "“Customers are voting with their thumbs: most of them never set foot in a "
        "branch.”\n\n"
        "The bank said in a statement that most of the job losses would come through "
        "“natural attrition” and voluntary redundancy.\n\n"
        "The union Accord, which represents about 9,000 Northgate staff, called the plan “a "
        "betrayal of loyal workers.” Its general secretary, Ged Nash, said: “Staff have been "
        "told nothing. They found out from the news.”\n\n"
        "Shares in Northgate rose 2 percent in early trading. One analyst at Barclays, who "
        "declined to be named, said investors had expected “something much worse.”",
        {
            "painful but necessary": "Rachel Dunmore",
            "a perfect storm": "Rachel Dunmore",
            "We have to be": "Rachel Dunmore",
            "Customers are voting": "Rachel Dunmore",
            "natural attrition": "Northgate Bank",
            "a betrayal of loyal": "Accord",
            "Staff have been told": "Ged Nash",
            "something much worse": ("One analyst at Barclays", "One analyst"),
        },
    ),
    Case(
        "article-local-crime",
        "Man charged after pensioner’s car stolen in Millbrook\n\n"
        "A 32-year-old man has been charged after a car was taken from outside a pensioner’s "
        "home in Millbrook on Tuesday night, police said.\n\n"
        "Officers were called to Chapel Lane at about 10.15pm after neighbours reported hearing "
        "“a lot of shouting.” The car, a blue Ford Fiesta, was found abandoned in Hollins Park "
        "the next morning.\n\n"
        "Sgt. Dave Ellison of Millbrook Police said the owner, an 81-year-old woman, had been "
        "“shaken but unhurt.”\n\n"
        "“She was very brave,” he said. “She gave us a good description, and that led us "
        "straight to him.”\n\n"
        "The woman’s daughter, who asked not to be named, said her mother had lived on Chapel "
        "Lane for 50 years. “She’s never had a day’s trouble until now,” she said. “We just "
        "want her to feel safe in her own home again.”\n\n"
        "Jordan Pike, of Hollins Road, will appear before Millbrook magistrates on Friday.",
        {
            "a lot of shouting": "neighbours",
            "shaken but unhurt": "Dave Ellison",
            "She was very brave": "Dave Ellison",
            "She gave us": "Dave Ellison",
            "She’s never had": "The woman’s daughter",
            "We just want her": "The woman’s daughter",
        },
    ),
    Case(
        "article-broadcast-politics",
        "Chancellor rules out fuel tax rise\n\n"
        "The Chancellor, Miriam Hale, has ruled out raising fuel duty this year, telling the "
        "BBC that drivers were “already stretched to the limit.”\n\n"
        "Speaking on the “Sunday Politics” programme, Ms. Hale said a rise would be “the wrong "
        "thing at the wrong time.” She added: “I am not going to balance the books on the "
        "backs of people who have to drive to work.”\n\n"
        "Labour’s transport spokesman, Owen Price, accused her of “making it up as she goes "
        "along.” He told Sky News: “Last month the Treasury was briefing the opposite.”\n\n"
        "A Treasury source said the decision had been taken “weeks ago” and denied any "
        "U-turn.\n\n"
        "The RAC welcomed the announcement. “This will be a relief to millions of motorists,” "
        "said its spokesman, Simon Williams.\n\n"
        "Hale is due to deliver her autumn statement, billed as a “growth budget,” on "
        "November 22.",
        {
            "already stretched": "Miriam Hale",
            "the wrong thing": "Miriam Hale",
            "I am not going": "Miriam Hale",
            "making it up": "Owen Price",
            "Last month the Treasury": "Owen Price",
            "weeks ago": "A Treasury source",
            "This will be a relief": "Simon Williams",
        },
        ("Sunday Politics", "growth budget"),
    ),
    Case(
        "article-label-statement",
        "Singer cancels tour citing exhaustion\n\n"
        "Pop star Lila Moreno has cancelled the rest of her “Midnight Garden” tour, her record "
        "label said on Monday, days after she collapsed on stage in Lisbon.\n\n"
        "In a statement, Halcyon Records said Moreno had been advised by doctors to rest “for "
        "the foreseeable future.” “Lila’s health comes first, and we ask fans to respect her "
        "privacy,” the statement said.\n\n"
        "Moreno, 27, posted a short video on Instagram on Sunday night. “I’m so sorry. I love "
        "you all and I will be back,” she said in the clip, which has been viewed more than "
        "four million times.\n\n"
        "The tour, which began in March, was due to end with two nights at London’s O2 Arena "
        "in September. Ticket holders will be refunded automatically, the promoter, Live "
        "Nation, said.\n\n"
        "Her hit “Paper Heart” spent eight weeks at number one last year.",
        {
            "for the foreseeable future": "Halcyon Records",
            "Lila’s health comes first": "Halcyon Records",
            "I’m so sorry": "Lila Moreno",
        },
        ("Midnight Garden", "Paper Heart"),
    ),
    Case(
        "article-first-person",
        "What I learned from a year without a car\n\n"
        "When I sold my car last January, my neighbour laughed. “You’ll last a month,” he "
        "said.\n\n"
        "He was wrong, but not by much. The first weeks were hard. The bus timetable, "
        "supposedly “integrated,” turned out to be two buses an hour that never meet.\n\n"
        "I asked Jenny Walsh, who runs the Cycle Hub in town, what most people get wrong. "
        "“They think they need a fancy bike,” she told me. “You don’t. You need good lights "
        "and a decent lock.”\n\n"
        "By the summer, though, something had changed. I was fitter, and I had saved about "
        "£3,000.",
        {
            "You’ll last a month": "my neighbour",
            "They think they need": "Jenny Walsh",
            "You don’t.": "Jenny Walsh",
        },
        ("integrated",),
    ),
    Case(
        "article-wire-politics",
        "WASHINGTON (AP) — President Dana Whitmore on Tuesday called for a “clean” spending "
        "bill, as talks with congressional leaders stalled for a second week.\n\n"
        "“We are not going to hold the country hostage,” Whitmore told reporters at the White "
        "House. “Send me a bill and I will sign it.”\n\n"
        "Senate Majority Leader Tom Kessler, a Republican from Ohio, said the president was "
        "“not serious” about a deal. In a post on X, Kessler wrote: “Still waiting for the "
        "White House to return our calls.”\n\n"
        "People familiar with the talks said the two sides remained about $40 billion apart. "
        "One Democratic aide described the mood as “grim.”\n\n"
        "The White House press secretary, Lena Ortiz, said the president had spoken to "
        "Kessler twice by phone. “The door is open,” she said. “It has always been open.”\n\n"
        "The so-called “gang of eight,” a bipartisan group of senators, is expected to present "
        "its own proposal on Thursday.",
        {
            "clean": "Dana Whitmore",
            "We are not going to hold": "Dana Whitmore",
            "Send me a bill": "Dana Whitmore",
            "not serious": "Tom Kessler",
            "Still waiting": "Tom Kessler",
            "grim": "One Democratic aide",
            "The door is open": "Lena Ortiz",
            "It has always been open": "Lena Ortiz",
        },
        ("gang of eight",),
    ),
    Case(
        "article-care-home",
        "Care home criticised over staffing\n\n"
        "A care home in Eastleigh has been rated “inadequate” by the health watchdog after "
        "inspectors found residents left without help for hours.\n\n"
        "The Care Quality Commission’s report, published on Tuesday, said staff were "
        "“stretched beyond safe limits” and that medicines were not always given on time.\n\n"
        "Beechwood House, which cares for 46 older people, said it accepted the findings. “We "
        "are sorry that we have let our residents down,” a spokeswoman for the home said. “A "
        "new manager started this month and we are recruiting more staff.”\n\n"
        "Relatives told the Echo they had raised concerns more than a year ago. “Nobody wanted "
        "to know,” said Pat Collins, whose father lived at the home until March.\n\n"
        "The commission will inspect the home again within six months. Its deputy chief "
        "inspector, Dr. Rosie Benneyworth, said: “People deserve to feel safe where they "
        "live.”",
        {
            "stretched beyond safe": "Care Quality Commission",
            "We are sorry that": ("a spokeswoman for the home", "a spokeswoman"),
            "A new manager started": ("a spokeswoman for the home", "a spokeswoman"),
            "Nobody wanted to know": "Pat Collins",
            "People deserve": "Rosie Benneyworth",
        },
        ("inadequate",),
    ),
    # -- more organisations, documents and statements ------------------------------------
    Case(
        "org-statement-paragraphs",
        "Ashford Town have parted company with their manager after a run of six defeats.\n\n"
        "In a statement on Tuesday, the club said:\n\n"
        "“We thank Ryan for his hard work and wish him well for the future.\n\n"
        "“A new appointment will be made in due course.”",
        {"We thank Ryan": "Ashford Town"},
    ),
    Case(
        "org-told-in-a-statement",
        "Veltra Motors told the BBC in a statement that the recall was “a precaution.”",
        {"a precaution": "Veltra Motors"},
    ),
    Case(
        "org-in-a-statement-to",
        "In a statement to the Guardian, the Home Office said it “does not comment on individual "
        "cases.”",
        {"does not comment": "Home Office"},
    ),
    Case(
        "org-company-after-ceo",
        "Orbis Software shares fell 9 percent on Wednesday. The company said demand had been "
        "“softer than expected” in Europe.",
        {"softer than expected": "Orbis Software"},
    ),
    Case(
        "org-ministry-acronym",
        "The Ministry of Defence (MoD) confirmed the crash. “Both crew members ejected safely,” "
        "the MoD said.",
        {"Both crew members": ("Ministry of Defence", "MoD")},
    ),
    Case(
        "org-lawsuit-alleges",
        "The lawsuit, filed by the Coastal Fishers Association, alleges that the plant has "
        "“poisoned the bay for a decade.”",
        {"poisoned the bay": "Coastal Fishers Association"},
    ),
    Case(
        "org-according-to-statement",
        "The bridge will stay closed until March, according to a statement released by Kent "
        "County Council. “We understand the frustration,” the council said.",
        {"We understand": "Kent County Council"},
    ),
    Case(
        "org-study-authors",
        "The study, published in the Lancet, followed 12,000 adults for a decade. Its authors "
        "wrote that the results were “consistent with a modest protective effect.”",
        {"consistent with": ("Its authors", "authors")},
    ),
    Case(
        "org-club-spokesperson",
        "A spokesperson for Harbour United said the player would “take some time away from "
        "football.”",
        {"take some time away": ("A spokesperson for Harbour United", "A spokesperson")},
    ),
    Case(
        "org-white-house",
        "The White House called the report “deeply flawed” and said it would not change course.",
        {"deeply flawed": "White House"},
    ),
    Case(
        "org-it-said",
        "Greenway Homes has been fined £2m for safety breaches. It said it was “disappointed” "
        "by the ruling and would appeal.",
        {"disappointed": "Greenway Homes"},
    ),
    Case(
        "org-they-said-club",
        "Fans of Millwall Rovers staged a protest before kick-off. The club said in a post on X "
        "that it “respects the right to protest peacefully.”",
        {"respects the right": "Millwall Rovers"},
    ),
    Case(
        "org-website",
        "The festival has been cancelled for a second year. “We are heartbroken,” organisers "
        "wrote on the festival’s website.",
        {"We are heartbroken": "organisers"},
    ),
    # -- runs of quotes across paragraphs -------------------------------------------------
    Case(
        "named-follow-on-paragraphs",
        "Leah Price, 41, has run the bakery on Station Road for twelve years.\n\n"
        "“I get up at four every morning,” she said. “I love it, mostly.”\n\n"
        "“The rent has doubled since I started, though. Something has to give.”\n\n"
        "Her landlord, Marcus Bell, said rents had risen across the town. “I have bills to pay "
        "too,” he said.",
        {
            "I get up at four": "Leah Price",
            "I love it": "Leah Price",
            "The rent has doubled": "Leah Price",
            "I have bills": "Marcus Bell",
        },
    ),
    Case(
        "named-lead-in-colon",
        "Asked whether he would stand again, Tom Keane was blunt:\n\n"
        "“No. I have done my bit, and someone younger should have a go.”",
        {"No. I have done": "Tom Keane"},
    ),
    Case(
        "named-two-speakers-alternate",
        "“We will appeal,” said defence lawyer Nadia Osei. “This verdict is wrong.”\n\n"
        "Prosecutor Ian Ward said the jury had reached “the only possible conclusion.” “Justice "
        "has been done,” he said.",
        {
            "We will appeal": "Nadia Osei",
            "This verdict is wrong": "Nadia Osei",
            "the only possible conclusion": "Ian Ward",
            "Justice has been done": "Ian Ward",
        },
    ),
    Case(
        "pronoun-new-person-in-paragraph",
        "“We were robbed,” said Rovers manager Tony Hale.\n\n"
        "Across the city, Dean Morris was celebrating a first win in ten games. “It’s been a "
        "long wait,” he said.",
        {"We were robbed": "Tony Hale", "It’s been a long wait": "Dean Morris"},
    ),
    Case(
        "pronoun-she-not-org-or-place",
        "Northfield Council voted on Monday to close the library. Its leader, Jan Webb, said the "
        "decision was painful. “Nobody goes into politics to shut libraries,” she said.",
        {"Nobody goes into politics": "Jan Webb"},
    ),
    Case(
        "apposition-title-then-description",
        "“The data are clear,” said Dr. Omar Farah, a cardiologist at St Mary’s Hospital in "
        "London, who led the trial.",
        {"The data are clear": "Omar Farah"},
    ),
    # -- more non-speech ------------------------------------------------------------------
    Case(
        "title-told-show",
        "Speaking to ITV’s “Good Morning Britain,” the actor said he was “thrilled” to be back.",
        {"thrilled": ("the actor",)},
        ("Good Morning Britain",),
    ),
    Case(
        "title-headline-read",
        "The newspaper’s front page carried the headline “Gotcha” over a photo of the ship.",
        {},
        ("Gotcha",),
    ),
    Case(
        "title-hashtag",
        "The hashtag “#SaveOurPier” was trending across the country by Sunday night.",
        {},
        ("#SaveOurPier",),
    ),
    Case(
        "title-lowercase-book",
        "Her book, “a field guide to getting lost,” became a surprise bestseller.",
        {},
        ("a field guide",),
    ),
    Case(
        "title-tv-series-in",
        "Olivia Colman stars as a detective in “Broken Shore,” which begins on BBC One tonight.",
        {},
        ("Broken Shore",),
    ),
    Case(
        "scare-so-called-lowercase",
        "The so-called “forever chemicals” have been found in rainwater on every continent.",
        {},
        ("forever chemicals",),
    ),
    Case(
        "term-called-in-apposition",
        "The process, called “fracking,” involves pumping water into rock at high pressure.",
        {},
        ("fracking",),
    ),
    Case(
        "article-entertainment",
        "Singer Tara Vance has sued her former label, claiming it owes her more than $3 million "
        "in unpaid royalties.\n\n"
        "The lawsuit, filed on Monday in Los Angeles, says Crestline Records “systematically "
        "underpaid” Vance for her first three albums, including the platinum-selling “Wild "
        "Honey.”\n\n"
        "Vance, 31, wrote on Instagram that she had “tried for two years to sort this out "
        "quietly.” She added: “I’m doing this for every young artist who signs a contract "
        "they don’t understand.”\n\n"
        "Crestline said the claims were “without merit” and that it would “vigorously "
        "defend” itself. “We have always honored our agreements with Ms. Vance,” a spokesman "
        "for the label said.\n\n"
        "Vance’s manager, Dee Collins, told Variety the singer was “exhausted but "
        "determined.”",
        {
            # the words of the lawsuit she brought, never the label it names
            "systematically": "Tara Vance",
            "tried for two years": "Tara Vance",
            "I’m doing this": "Tara Vance",
            "without merit": "Crestline Records",
            "vigorously": "Crestline Records",
            "We have always honored": ("a spokesman for the label", "a spokesman"),
            "exhausted but": "Dee Collins",
        },
        ("Wild Honey",),
    ),
    Case(
        "article-us-politics",
        "WASHINGTON — President Carla Medina on Thursday accused Republicans of “playing games "
        "with people’s paychecks” as a government shutdown entered its third day.\n\n"
        "“Open the government, then we can talk,” Medina said in the Rose Garden.\n\n"
        "House Speaker Doug Renner (R-Texas) fired back within the hour. “The president knows "
        "exactly where we stand,” he told reporters on Capitol Hill.\n\n"
        "A senior administration official, who spoke on condition of anonymity to discuss "
        "private talks, said the two sides had not spoken since Tuesday.\n\n"
        "Renner’s spokeswoman, Abby Lane, said the speaker was “ready to meet anytime, "
        "anywhere.”\n\n"
        "Medina has called the shutdown “entirely avoidable.” Asked on Thursday whether she "
        "would sign a short-term bill, she said: “Send it to me and find out.”",
        {
            "playing games": "Carla Medina",
            "Open the government": "Carla Medina",
            "The president knows": "Doug Renner",
            "ready to meet": "Abby Lane",
            "entirely avoidable": "Carla Medina",
            "Send it to me": "Carla Medina",
        },
    ),
    Case(
        "article-tech",
        "Lumen Labs said on Tuesday it would stop selling its Halo headset in Europe, blaming "
        "what it called “unworkable” new privacy rules.\n\n"
        "In a blog post, the company’s chief executive, Priya Natarajan, wrote that Lumen had "
        "“no choice but to pause.” “We will not ship a product we cannot support,” she "
        "wrote.\n\n"
        "The European Commission said the rules applied “equally to every company” and that it "
        "had not been contacted by Lumen.\n\n"
        "Analysts were unsurprised. “Halo was never a big seller in Europe,” said Mark Lowe, an "
        "analyst at Cardin Securities. “This is a cheap way to make a point.”",
        {
            "unworkable": "Lumen Labs",
            "no choice but to pause": "Priya Natarajan",
            "We will not ship": "Priya Natarajan",
            "equally to every company": "European Commission",
            "Halo was never": "Mark Lowe",
            "This is a cheap way": "Mark Lowe",
        },
    ),
    Case(
        "article-court",
        "A former nurse was jailed for six years on Friday for stealing painkillers from "
        "patients at a Bristol hospital.\n\n"
        "Judge Helen Marsh told Karen Doyle, 45, that she had “betrayed the trust of the most "
        "vulnerable people in our society.”\n\n"
        "Doyle’s lawyer, Simon Okoye, said his client was “deeply ashamed.” “She has lost her "
        "career and her reputation,” he said.\n\n"
        "Prosecutors said Doyle took more than 2,000 tablets over three years.\n\n"
        "In a statement read outside court, the family of one patient said: “We hope no other "
        "family goes through what we did.”",
        {
            "betrayed the trust": "Helen Marsh",
            "deeply ashamed": "Simon Okoye",
            "She has lost her career": "Simon Okoye",
            "We hope no other": ("the family of one patient", "the family"),
        },
    ),
    Case(
        "article-album-review",
        "On “Glass Rooms,” her fourth album, Maya Reid sounds freer than ever.\n\n"
        "Opener “Slow Burn” sets the tone: a muffled drum machine, a single piano line and "
        "Reid’s voice close to the microphone. “I kept the door open, you walked in,” she "
        "sings, and the song never quite resolves.\n\n"
        "Reid told the Observer last year that she wrote most of the record “on the floor of a "
        "rented flat in Lisbon.” It shows. Even the single, “Daylight,” sounds like it was "
        "recorded at 3am.\n\n"
        "Not everything works. “Paper Crown” outstays its welcome by two minutes.",
        {
            "I kept the door open": "Maya Reid",
            "on the floor of": "Maya Reid",
        },
        ("Glass Rooms", "Slow Burn", "Daylight", "Paper Crown"),
    ),
    Case(
        "article-weather",
        "Thousands of homes were without power on Sunday after Storm Idris brought winds of up "
        "to 90mph to the west coast.\n\n"
        "The Met Office issued an amber warning for wind, saying there was “a danger to life "
        "from flying debris.”\n\n"
        "In Portree, residents described the night as “terrifying.” “The whole house was "
        "shaking,” said Morag Bain, 67. “I didn’t sleep a wink.”\n\n"
        "Grid operator Northline said engineers were working “around the clock” and that most "
        "customers would be reconnected by Monday evening.",
        {
            "a danger to life": "Met Office",
            "terrifying": "residents",
            "The whole house": "Morag Bain",
            "I didn’t sleep": "Morag Bain",
            "around the clock": "Northline",
        },
    ),
    Case(
        "article-transfer",
        "Wrexham Athletic have signed striker Kofi Boateng from Lille on a three-year deal.\n\n"
        "The 26-year-old, who scored 19 goals last season, said he was “buzzing” to join. “I "
        "spoke to the manager and his plans for the club convinced me,” he told the club’s "
        "website.\n\n"
        "Manager Steve Quinn added: “Kofi gives us pace and goals, two things we lacked last "
        "year.”\n\n"
        "The club did not disclose the fee, which is reported to be about £4 million.",
        {
            "buzzing": "Kofi Boateng",
            "I spoke to the manager": "Kofi Boateng",
            "Kofi gives us pace": "Steve Quinn",
        },
    ),
    Case(
        "pronoun-interview-feature",
        "Rosa Delgado was 19 when she opened her first café. Her father, a baker, lent her "
        "£2,000.\n\n"
        "“He never asked for it back,” she said. “I think he knew I’d need it.”\n\n"
        "Today Delgado runs six cafés and employs 80 people. Her business partner, Ian Moss, "
        "joined in 2015.\n\n"
        "“Rosa doesn’t sleep,” Moss said. “I’ve stopped trying to keep up.”\n\n"
        "She laughs at that. “He exaggerates,” she said.",
        {
            "He never asked": "Rosa Delgado",
            "I think he knew": "Rosa Delgado",
            "Rosa doesn’t sleep": "Ian Moss",
            "I’ve stopped trying": "Ian Moss",
            "He exaggerates": "Rosa Delgado",
        },
    ),
    Case(
        "pronoun-object-then-subject",
        "Detectives interviewed Mark Ellis twice last week. Inspector Jane Roe said officers "
        "were keeping “an open mind.”\n\n"
        "“We are appealing for anyone who saw the van to come forward,” she said.",
        {"an open mind": "Jane Roe", "We are appealing": "Jane Roe"},
    ),
    Case(
        "pronoun-he-after-two-men",
        "Labour’s Sam Tarrant defeated the sitting MP, Colin Drew, by 312 votes. Tarrant, 34, "
        "thanked his campaign team. “This is for every family that felt ignored,” he said.\n\n"
        "Drew said he would not stand again. “It has been the honour of my life,” he said.",
        {"This is for every family": "Sam Tarrant", "It has been the honour": "Colin Drew"},
    ),
    Case(
        "pronoun-they-company",
        "Shoppers complained after Fresco Markets removed self-checkouts from 40 stores. The "
        "chain said it wanted to offer “more human contact.” “We listened,” they said.",
        {"more human contact": "Fresco Markets", "We listened": "Fresco Markets"},
    ),
    Case(
        "pronoun-she-quote-before-her-name",
        "“It was the hardest decision I have ever made,” she said, as Ellen Marsh announced her "
        "retirement from the Senate on Monday.",
        {"It was the hardest": "Ellen Marsh"},
    ),
    Case(
        "pronoun-continuity-across-description",
        "Gary Neal, the town’s mayor, opened the new bridge on Saturday. The £6m crossing took "
        "three years to build and replaces a ferry that ran for a century.\n\n"
        "“Some people said it would never happen,” he said. “Well, here it is.”",
        {"Some people said": "Gary Neal", "Well, here it is": "Gary Neal"},
    ),
    Case(
        "unnamed-woman-who-lives",
        "“The smoke was so thick we couldn’t see the road,” said a woman who lives on the estate.",
        {"The smoke was so thick": ("a woman who lives on the estate", "a woman")},
    ),
    Case(
        "unnamed-one-parent-told",
        "One parent told the BBC: “We only found out from a text message at 7am.”",
        {"We only found out": "One parent"},
    ),
    Case(
        "unnamed-source-close-to",
        "A source close to the player said he was “devastated” by the injury.",
        {"devastated": ("A source close to the player", "A source")},
    ),
    Case(
        "unnamed-another-resident",
        "One resident said the power had been off since Friday. “We have no heating and no "
        "hot water,” another resident added.",
        {"We have no heating": ("another resident",)},
    ),
    Case(
        "unnamed-nurse-continues",
        "A nurse at the hospital, who asked not to be named, said staff were “exhausted.”\n\n"
        "“We haven’t had a proper break in weeks,” she said.",
        {
            "exhausted": ("A nurse at the hospital", "A nurse"),
            "We haven’t had": ("A nurse at the hospital", "A nurse"),
        },
    ),
    Case(
        "unnamed-the-authors",
        "The authors of the study warn that the decline “may already be irreversible” in some "
        "regions.",
        {"may already be": ("The authors of the study", "The authors")},
    ),
    Case(
        "term-phase-one",
        "Negotiators say a “phase one” agreement could be signed within weeks.",
        {},
        ("phase one",),
    ),
    Case(
        "term-category-hit",
        "Air pollution in the capital hit “severe” levels for the third time this month.",
        {},
        ("severe",),
    ),
    Case(
        "title-policy-name",
        "Her “Homes for All” plan would build 100,000 council houses by 2030.",
        {},
        ("Homes for All",),
    ),
    Case(
        "apposition-owned-role-then-name",
        "“We will not be intimidated,” said Mayor Dana Frost’s spokesman, Leo Hart.",
        {"We will not be intimidated": "Leo Hart"},
    ),
    Case(
        "named-interviewer-is-not-speaker",
        "In an interview with ITV’s Carl Jones on Sunday, Home Secretary Nadia Price said the "
        "plan was “a foregone conclusion.”",
        {"a foregone conclusion": "Nadia Price"},
    ),
    Case(
        "named-asked-if",
        "Asked if he would resign, Health Secretary Mark Dunn told Sky News: “No. I have a job "
        "to do.”",
        {"No. I have a job": "Mark Dunn"},
    ),
    Case(
        "org-report-which-called",
        "Home sales could fall by a fifth next year, said a report from Halden Analytics, "
        "which called the market “badly overheated.”",
        {"badly overheated": "Halden Analytics"},
    ),
    Case(
        "org-reports-by-a-role",
        "The agency’s own watchdog has criticised it twice this year. Two reports by the "
        "inspector general found that managers had “failed to protect” whistleblowers.",
        {"failed to protect": "the inspector general"},
    ),
    Case(
        "org-letter-of-a-department",
        "Ofsted inspected Hillside Academy in May. The department’s letter warned the school "
        "that its funding was “at risk.”",
        {"at risk": ("the department",)},
    ),
    Case(
        "title-singing-a-song",
        "Amira Haddad won the talent round singing “Blue Harbour Nights” and took the crown.",
        {},
        ("Blue Harbour Nights",),
    ),
    Case(
        "other-which-means",
        "The team named the new species Velox parvus, which means “small swift one.”",
        {},
        ("small swift one",),
    ),
    Case(
        "named-long-inverted-description",
        "“The pump failed twice,” said board member and veteran marine engineer Hugo Brandt, "
        "“and nobody wrote it down.”",
        {"The pump failed twice": "Hugo Brandt", "and nobody wrote it down": "Hugo Brandt"},
    ),
    Case(
        "heading-teaser-link",
        "The river rose two metres overnight.\n\nREAD MORE: ‘It was chaos’ – residents describe "
        "the night the water came in\n\n“We lost everything,” said Ann Lee, 58.",
        {"We lost everything": "Ann Lee"},
        ("It was chaos",),
    ),
    Case(
        "speech-critics-call",
        "The council’s new car park opened on Monday. Critics call it “a monument to waste.”",
        {"a monument to waste": "Critics"},
    ),
    Case(
        "speech-critics-likened",
        "Critics likened the empty retail park to “a ghost town.”",
        {"a ghost town": "Critics"},
    ),
    Case(
        "speech-word-before-noun-with-a-speaker",
        "Rivals had “reckless” plans for the harbour, Mayor Ines Kolar said on Friday.",
        {"reckless": "Ines Kolar"},
    ),
    Case(
        "unnamed-nationality-officials",
        "Spanish officials here insist that the fires were started by “arsonists” who came "
        "from outside the region.",
        {"arsonists": "Spanish officials"},
    ),
    Case(
        "pronoun-fixed-at-the-subject",
        "Elena Voss runs the shelter on Dock Road.\n\n"
        "She said another resident, 19-year-old Tom Pryor, “went back in twice to get the dogs "
        "out.”",
        {"went back in twice": "Elena Voss"},
    ),
    Case(
        "apposition-long-role-then-name",
        "“The board accepted the resignation,” said the chairman of the club’s finance "
        "committee, Omar Malik.",
        {"The board accepted": "Omar Malik"},
    ),
    Case(
        "named-two-titles",
        "“Demand is rising briskly,” said Veltra President and CEO Nina Haas.",
        {"Demand is rising": "Nina Haas"},
    ),
    Case(
        "org-outlet-reporting-a-speaker",
        "Senator Ruth Calder said the plan was “ridiculous and dangerous,” the Courier reported.",
        {"ridiculous and dangerous": "Ruth Calder"},
    ),
    Case(
        "org-outlet-reporting-alone",
        "All “relevant sites” were disinfected overnight, reports Jane Okoro, the Courier’s "
        "health correspondent.",
        {"relevant sites": "Jane Okoro"},
    ),
]


def score(cases: list[Case] | None = None) -> dict[str, Counter]:
    """Per class: cases passed out of cases, from `check`."""
    from app.core.analysis.engine import analyze

    out: dict[str, Counter] = {}
    for case in cases or CASES:
        counter = out.setdefault(case.kind, Counter())
        counter["cases"] += 1
        problems = check(case, analyze(case.text).quotes)
        if not problems:
            counter["passed"] += 1
    return out


def check(case: Case, quotes) -> list[str]:
    """What is wrong with the engine's quotes for `case` (empty: all right)."""
    problems: list[str] = []
    seen: set[str] = set()
    for q in quotes:
        key = next((k for k in case.quotes if k in q.text), None)
        if key is None:
            bad = next((n for n in case.not_quotes if n in q.text or q.text.strip() in n), None)
            what = f"not speech ({bad})" if bad else "unexpected"
            problems.append(f"{what}: {q.text!r} -> {q.speaker!r} [{q.speaker_reason}]")
            continue
        seen.add(key)
        want = case.quotes[key]
        accepted = (want,) if isinstance(want, str) else want
        if (q.speaker or "").lower() not in {a.lower() for a in accepted}:
            problems.append(
                f"speaker of {key!r}: {q.speaker!r} via {q.speaker_mention!r}, want {want!r} "
                f"[{q.speaker_reason}]"
            )
    for key in case.quotes:
        if key not in seen:
            problems.append(f"missed: {key!r}")
    return problems


if __name__ == "__main__":  # pragma: no cover - a tuning aid
    import sys

    from app.core.analysis.engine import analyze

    verbose = "-v" in sys.argv
    totals = Counter()
    for kind, counter in score().items():
        print(f"{kind:<12} {counter['passed']:>3} / {counter['cases']}")
        totals.update(counter)
    print(f"{'all':<12} {totals['passed']:>3} / {totals['cases']}")
    if verbose:
        for case in CASES:
            for problem in check(case, analyze(case.text).quotes):
                print(f"  {case.id}: {problem}")
