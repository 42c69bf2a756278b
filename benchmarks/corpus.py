"""Synthetic newsroom copy for benchmarks: deterministic stories with quotes, credits, edits.

Nothing here comes from real articles: words, names and sentence shapes are made up, so the
benchmarks can build archives of any size without evaluation data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

FIRST = (
    "Ana Ben Carla Dmitri Elena Farid Grace Hugo Ines Jonas Kemi Lars Maya Nikolai Olga Pavel "
    "Quinn Rosa Samir Tara Umar Vera Wen Ximena Yusuf Zofia Amir Bianca Chen Dara Emil Fatima"
).split()
LAST = (
    "Ortiz Novak Haddad Lindqvist Okafor Petrov Marsh Tanaka Silva Brandt Kowalski Moreau "
    "Reyes Ivanova Mensah Duarte Keller Nakamura Rossi Fischer Ali Banerjee Costa Dubois "
    "Eriksen Gallo Hughes Ibrahim Jansen Kato Lopez Meyer Nguyen Olsen Park Quispe Santos "
    "Torres Varga Weber"
).split()
TITLES = ("Mayor", "Senator", "Minister", "Professor", "Chief Executive", "Coach", "Judge")
CUES = ("said", "told reporters", "added", "noted", "wrote", "warned", "explained")
DESKS = ("Metro", "World", "Business", "Sports", "Politics", "Culture", "Science")
STATUSES = ("draft", "editing", "copy_desk", "ready", "published", "killed")
PLACES = ("Lisbon", "Nairobi", "Denver", "Osaka", "Warsaw", "Quito", "Tromso", "Accra")
ROOTS = (
    "council budget river bridge vote plan water school court market energy housing storm "
    "transit election harbour union contract museum festival hospital police farm tariff bond "
    "rate drought wildfire stadium league season vaccine climate port railway mine report "
    "inquiry protest ceasefire summit treaty strike factory airport tunnel grid"
).split()
FILLER = (
    "the a of to in and on for with at by from after before over under about against between "
    "during without new old local national several many few most officials residents workers "
    "leaders experts critics supporters members analysts people city region country state "
    "government company agency committee group year week month day"
).split()
VERBS = (
    "approved rejected delayed expanded announced reviewed defended criticised funded opened "
    "closed questioned backed opposed extended reduced raised proposed"
).split()


def make_people(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        middle = rng.choice("ABCDEFGHJKLMNPRSTW") + ". " if rng.random() < 0.3 else ""
        names.add(f"{rng.choice(FIRST)} {middle}{rng.choice(LAST)}")
    return sorted(names)


def story_length(rng: random.Random) -> int:
    """News copy: mostly 300-1,200 words, a tail to 5,000, and a few 20,000-word documents."""
    if rng.random() < 0.001:
        return 20_000
    return int(min(5000, max(200, rng.lognormvariate(6.6, 0.55))))


def sentence(rng: random.Random, topic: str) -> str:
    words = [rng.choice(FILLER) for _ in range(rng.randint(5, 14))]
    words.insert(rng.randrange(len(words)), topic)
    words.insert(rng.randrange(len(words)), rng.choice(VERBS))
    words.insert(rng.randrange(len(words)), rng.choice(ROOTS))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def quote_paragraph(rng: random.Random, speaker: str, topic: str) -> str:
    said = sentence(rng, topic)[:-1]
    cue = rng.choice(CUES)
    if rng.random() < 0.5:
        return f"\u201c{said},\u201d {speaker} {cue}."
    return f"{speaker} {cue}: \u201c{said}.\u201d"


@dataclass
class GeneratedStory:
    headline: str
    slug_hint: str
    body: str
    desk: str
    status: str
    keywords: list[str]
    credits: list[tuple[str, str, str | None]]  # role, name, location
    revisions: list[str]  # oldest first; the last equals `body`


def make_story(index: int, seed: int, people: list[str]) -> GeneratedStory:
    rng = random.Random(seed * 1_000_003 + index)
    topic = rng.choice(ROOTS)
    place = rng.choice(PLACES)
    target = story_length(rng)
    speakers = [f"{rng.choice(TITLES)} {rng.choice(people)}" for _ in range(rng.randint(1, 4))]
    paragraphs: list[str] = []
    words = 0
    while words < target:
        if rng.random() < 0.2:
            paragraph = quote_paragraph(rng, rng.choice(speakers), topic)
        else:
            paragraph = " ".join(sentence(rng, topic) for _ in range(rng.randint(1, 3)))
        paragraphs.append(paragraph)
        words += paragraph.count(" ") + 1
    second, third = rng.choice(ROOTS), rng.choice(ROOTS)
    headline = f"{place} {topic} {rng.choice(VERBS)} as {second} {third} talks continue"
    credits = [("reporting", rng.choice(people), place) for _ in range(rng.randint(1, 2))]
    credits += [("editing", rng.choice(people), None)]
    revisions = _edits(rng, paragraphs, rng.randint(1, 20))
    return GeneratedStory(
        headline=headline[0].upper() + headline[1:],
        slug_hint=f"{topic}-{place}-{index}".lower(),
        body=revisions[-1],
        desk=rng.choice(DESKS),
        status=rng.choice(STATUSES),
        keywords=[topic, place.lower()],
        credits=credits,
        revisions=revisions,
    )


def _edits(rng: random.Random, paragraphs: list[str], count: int) -> list[str]:
    """`count` successive texts, each changing about 5% of the words as an editor would:
    a sentence rewritten here, a clause cut or added there, a paragraph tightened."""
    current = list(paragraphs)
    texts = ["\n\n".join(current)]
    total_words = sum(p.count(" ") + 1 for p in current)
    topic = rng.choice(ROOTS)
    for _ in range(count - 1):
        budget = max(1, total_words // 20)
        while budget > 0:
            i = rng.randrange(len(current))
            sentences = current[i].split(". ")
            j = rng.randrange(len(sentences))
            action = rng.random()
            if action < 0.6:  # rewrite a sentence
                new = sentence(rng, topic).rstrip(".")
                budget -= new.count(" ") + 1
                sentences[j] = new
            elif action < 0.8 or len(sentences) == 1:  # add one
                new = sentence(rng, topic).rstrip(".")
                budget -= new.count(" ") + 1
                sentences.insert(j, new)
            else:  # cut one
                budget -= sentences.pop(j).count(" ") + 1
            current[i] = ". ".join(sentences)
        texts.append("\n\n".join(current))
    return texts
