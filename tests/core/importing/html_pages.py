"""Invented article pages in the shapes common content systems save them in.

Each shape builds a page of `count` story paragraphs (short pages and long ones: trafilatura
treats them differently) and says what an editor expects from the import: the headline, the
story's paragraphs in order, the furniture left out, and the byline. All copy is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

NAV = '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
COOKIE = '<div class="cookie-banner">We use cookies to improve your visit. Accept all</div>'
FOOT = "<footer>Copyright 2026 The Millbrook Echo. All rights reserved.</footer>"
FURNITURE = ("Home", "cookies", "Copyright")


@dataclass(frozen=True)
class Expected:
    """What the import of one page must give."""

    html: str
    headline: str
    body: list[str]
    absent: tuple[str, ...] = FURNITURE
    byline: str | None = None
    extra: tuple[str, ...] = field(default_factory=tuple)  # kept, but not checked for order


def story(count: int, topic: str) -> list[str]:
    return [
        f"Paragraph {n} on {topic}: crews at Tessaly Dock logged stage {n} of the works, and "
        f"residents of Upper Marrow Lane said the noise stayed bearable in week {n}."
        for n in range(1, count + 1)
    ]


def ps(paragraphs: list[str], css: str = "") -> str:
    attr = f' class="{css}"' if css else ""
    return "".join(f"<p{attr}>{p}</p>" for p in paragraphs)


def page(body: str, author: str, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>Story | The Millbrook Echo</title>'
        + (f'<meta name="author" content="{author}">' if author else "")
        + "</head>"
        f"<body>{NAV}{COOKIE}{body}{FOOT}</body></html>"
    )


def wordpress(count: int) -> Expected:
    paragraphs = story(count, "the library")
    hours = ["Opening hours:", "Monday to Friday, nine to six", "Saturday, ten to four"]
    html = page(
        '<div id="content"><article class="post type-post"><header class="entry-header">'
        '<h1 class="entry-title">Library reopens its east wing</h1><div class="entry-meta">By '
        '<span class="author vcard"><a>Ilsa Brandt</a></span> on <time>3 March 2026</time>'
        '</div></header><div class="entry-content">'
        + ps(paragraphs[:-1])
        + "<p>"
        + "<br>".join(hours)
        + "</p>"
        + ps(paragraphs[-1:])
        + '<div class="sharedaddy"><h3>Share this:</h3><ul><li>Twitter</li></ul></div></div>'
        '</article><div id="secondary" class="widget-area"><h2>Recent posts</h2><ul><li>'
        "<a>Fete planned for summer</a></li></ul></div></div>",
        "Ilsa Brandt",
    )
    body = paragraphs[:-1] + hours + paragraphs[-1:]
    absent = (*FURNITURE, "Share this", "Recent posts", "Fete planned")
    return Expected(html, "Library reopens its east wing", body, absent, "Ilsa Brandt")


def arc_divs(count: int) -> Expected:
    paragraphs = story(count, "the bridge")
    html = page(
        '<main><article><h1 data-testid="headline">Bridge repairs finish early</h1>'
        '<div data-testid="byline">By Corin Vale</div><div class="article-body">'
        + "".join(f'<div data-testid="paragraph" class="sc-17ab">{p}</div>' for p in paragraphs)
        + "</div></article></main>",
        "Corin Vale",
    )
    return Expected(html, "Bridge repairs finish early", paragraphs, byline="Corin Vale")


def drupal(count: int) -> Expected:
    paragraphs = story(count, "the market")
    html = page(
        '<article class="node node--type-article"><h1 class="page-title"><span>Market hall '
        'gets new roof</span></h1><div class="field field--name-field-author">Oona Patel</div>'
        '<div class="text-formatted field field--name-body field__item">'
        + ps(paragraphs)
        + '</div><div class="field field--name-field-tags"><div class="field__label">Tags</div>'
        '<div class="field__item"><a>Markets</a></div></div></article>',
        "Oona Patel",
    )
    absent = (*FURNITURE, "Tags")
    return Expected(html, "Market hall gets new roof", paragraphs, absent, "Oona Patel")


def amp(count: int) -> Expected:
    paragraphs = story(count, "the tram")
    html = (
        '<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>Tram line</title>'
        '<meta name="author" content="Reza Holm"><style amp-custom>body{}</style></head><body>'
        '<header class="amp-header"><a>The Millbrook Echo</a></header><amp-sidebar id="s"><ul>'
        "<li>News</li><li>Sport</li></ul></amp-sidebar><article><h1>Tram line extended to the "
        'harbour</h1><p class="byline">By Reza Holm</p><amp-img src="a.jpg" width="600" '
        'height="400" alt="A tram"></amp-img>'
        + ps(paragraphs[:1])
        + '<amp-ad width="300" height="250" type="x"><div placeholder>Advertisement</div></amp-ad>'
        + ps(paragraphs[1:])
        + "</article><footer>Copyright 2026</footer></body></html>"
    )
    absent = ("Advertisement", "Sport", "Copyright")
    return Expected(html, "Tram line extended to the harbour", paragraphs, absent, "Reza Holm")


def medium(count: int) -> Expected:
    paragraphs = story(count, "the orchard")
    half = len(paragraphs) // 2
    css = "pw-post-body-paragraph"
    html = page(
        "<article><div><section><div><div><h1>What the orchard taught me</h1><div><a>Juno "
        "Marsh</a><span>Follow</span><span>7 min read</span></div>"
        + ps(paragraphs[:half], css)
        + "</div></div></section><section><div><div><hr>"
        + ps(paragraphs[half:], css)
        + "</div></div></section></div></article><div><span>Clap</span></div>",
        "Juno Marsh",
    )
    absent = (*FURNITURE, "Follow", "7 min read", "Clap")
    return Expected(html, "What the orchard taught me", paragraphs, absent, "Juno Marsh")


STANDFIRST = (
    "Parents across the valley were told on Sunday that classrooms would stay shut while "
    "the heating is repaired."
)


def standfirst_in_header(count: int) -> Expected:
    paragraphs = story(count, "the school")
    html = page(
        "<article><header><h1>School term starts a week late</h1>"
        f'<p class="standfirst">{STANDFIRST}</p><p class="byline">By Pia Lund</p></header>'
        '<div class="article-body">' + ps(paragraphs) + "</div></article>",
        "Pia Lund",
    )
    body = [STANDFIRST, *paragraphs]
    return Expected(html, "School term starts a week late", body, byline="Pia Lund")


INTRO = "Swimmers will pay the same next year after councillors voted against a rise on Tuesday."


def intro_div(count: int) -> Expected:
    paragraphs = story(count, "the pool")
    html = page(
        f'<article><h1>Pool fees frozen for a year</h1><div class="intro">{INTRO}</div>'
        '<div class="story">' + ps(paragraphs) + "</div></article>",
        "Ada Quist",
    )
    return Expected(html, "Pool fees frozen for a year", [INTRO, *paragraphs], byline="Ada Quist")


def br_paragraphs(count: int) -> Expected:
    paragraphs = story(count, "the harbour wall")
    html = page(
        '<div id="main"><h1>Harbour wall to be raised</h1><div class="text">'
        + "<br><br>".join(paragraphs)
        + "</div></div>",
        "Finn Roke",
    )
    return Expected(html, "Harbour wall to be raised", paragraphs, byline="Finn Roke")


PULL_QUOTE = "“We could not keep turning people away,” said the practice manager."


def pull_quote(count: int) -> Expected:
    paragraphs = story(count, "the clinic")
    html = page(
        '<article><h1>Clinic adds evening hours</h1><div class="body">'
        + ps(paragraphs[:2])
        + f'<blockquote class="pullquote"><p>{PULL_QUOTE}</p></blockquote>'
        + ps(paragraphs[2:])
        + "</div></article>",
        "Lena Osk",
    )
    body = [*paragraphs[:2], PULL_QUOTE, *paragraphs[2:]]
    return Expected(html, "Clinic adds evening hours", body, byline="Lena Osk")


def social_embed(count: int) -> Expected:
    paragraphs = story(count, "the festival")
    html = page(
        '<article><h1>Festival sells out in an hour</h1><div class="body">'
        + ps(paragraphs[:3])
        + '<blockquote class="twitter-tweet"><p lang="en">Sold out already. See you in the '
        "field!</p>&mdash; Field Crew (@fieldcrew) <a>June 1, 2026</a></blockquote>"
        + ps(paragraphs[3:])
        + "</div></article>",
        "Tomas Ekwe",
    )
    # An embedded post is not the paper's copy: it is dropped whole, never left as a stray
    # signature paragraph ("— Field Crew (@fieldcrew) ...") in the story.
    absent = (*FURNITURE, "@fieldcrew", "Sold out already")
    return Expected(html, "Festival sells out in an hour", paragraphs, absent, "Tomas Ekwe")


def read_more_links(count: int) -> Expected:
    paragraphs = story(count, "the depot")
    html = page(
        '<article><h1>Bus depot to move north</h1><div class="article-body">'
        + ps(paragraphs[:2])
        + '<p><strong>Read more:</strong> <a href="/a">Depot staff vote on new shifts</a></p>'
        + ps(paragraphs[2:-1])
        + '<div class="related-links"><h3>Related</h3><ul><li><a href="/b">Fares to rise in '
        "spring</a></li></ul></div>"
        + ps(paragraphs[-1:])
        + '<p><a href="/d">READ MORE: Depot neighbours win noise fight</a></p></div></article>',
        "Mara Dyce",
    )
    absent = (*FURNITURE, "Read more", "Depot staff vote", "Fares to rise", "noise fight")
    return Expected(html, "Bus depot to move north", paragraphs, absent, "Mara Dyce")


def live_blog(count: int) -> Expected:
    entries = [
        f"Update {n}: the flood desk at Tessaly said the east bank rose {n + 1} centimetres "
        "since the last reading, and crews stayed on the levee."
        for n in range(1, count + 1)
    ]
    titles = [f"Levee reading number {n} in" for n in range(1, count + 1)]
    html = page(
        '<main><h1>Live: flood warnings along the river</h1><div class="live-blog">'
        + "".join(
            f'<div class="live-entry"><time>{9 + n // 4}:{15 * (n % 4):02d}</time>'
            f'<h2 class="entry-title">{title}</h2>'
            f'<div class="entry-body"><p>{entry}</p></div></div>'
            for n, (title, entry) in enumerate(zip(titles, entries, strict=True))
        )
        + "</div></main>",
        "Ruth Okafor",
    )
    # Every entry keeps its title above it, not only the first.
    body = [line for pair in zip(titles, entries, strict=True) for line in pair]
    return Expected(html, "Live: flood warnings along the river", body, byline="Ruth Okafor")


def gallery(count: int) -> Expected:
    lede = "The annual parade drew its largest crowd yet on Saturday evening, organisers said."
    captions = [
        f"Picture {n}: the lantern parade passes Orvel mill, where volunteers spent {n + 2} "
        "weeks on the floats. Photo: Kit Amory"
        for n in range(1, count + 1)
    ]
    html = page(
        f"<main><article><h1>In pictures: the lantern parade</h1><p>{lede}</p>"
        '<div class="gallery">'
        + "".join(
            f'<figure><img src="{n}.jpg"><figcaption>{caption}</figcaption></figure>'
            for n, caption in enumerate(captions)
        )
        + "</div></article></main>",
        "Kit Amory",
    )
    # Captions are not body copy: left out on short pages and long ones alike.
    absent = (*FURNITURE, "lantern parade passes", "Photo: Kit Amory")
    return Expected(html, "In pictures: the lantern parade", [lede], absent, "Kit Amory")


def captioned_brief(count: int) -> Expected:
    paragraphs = story(max(1, count // 5), "the mill")
    html = page(
        '<main><article><h1>Mill wheel turns again</h1><figure><img src="m.jpg"><figcaption>'
        "The wheel at Orvel mill. Photo: Juno Pell</figcaption></figure>"
        + ps(paragraphs)
        + "</article></main>",
        "Ann Rook",
    )
    absent = (*FURNITURE, "wheel at Orvel mill", "Photo:")
    return Expected(html, "Mill wheel turns again", paragraphs, absent, "Juno Pell")


def results_table(count: int) -> Expected:
    paragraphs = story(count, "the election")
    html = page(
        '<article><h1>Ward results declared</h1><div class="body">'
        + ps(paragraphs[:2])
        + "<table><tr><th>Candidate</th><th>Votes</th></tr><tr><td>Alma Hirst</td>"
        "<td>1,204</td></tr><tr><td>Bruno Tey</td><td>987</td></tr></table>"
        + ps(paragraphs[2:])
        + "</div></article>",
        "Soren Gale",
    )
    # The results are story copy: each row kept as a line of text where the table stood.
    rows = ["Candidate – Votes", "Alma Hirst – 1,204", "Bruno Tey – 987"]
    body = [*paragraphs[:2], *rows, *paragraphs[2:]]
    return Expected(html, "Ward results declared", body, byline="Soren Gale")


def teaser_figure(count: int) -> Expected:
    paragraphs = story(count, "the harbour wall")
    html = page(
        '<main><article><h1>Harbour wall to be rebuilt</h1><div class="article-body">'
        + ps(paragraphs[:2])
        + '<div class="related-story teaser"><a href="/x"><figure><img src="t.jpg">'
        "<figcaption>Boats at Calderport. Photo: Wren Aldous</figcaption></figure>"
        "<span>Calderport moorings sold out</span></a></div>"
        + ps(paragraphs[2:])
        + "</div></article></main>",
        "Odile Marsh",
    )
    # A teaser's picture belongs to another story: its credit is not this story's.
    absent = (*FURNITURE, "moorings sold out")
    return Expected(html, "Harbour wall to be rebuilt", paragraphs, absent, "Odile Marsh")


def fact_box(count: int) -> Expected:
    paragraphs = story(count, "the reservoir")
    html = page(
        '<article><h1>Reservoir levels fall again</h1><div class="body">'
        + ps(paragraphs[:3])
        + '<aside class="factbox"><h4>Key facts</h4><ul><li>Capacity: 40 billion litres</li>'
        "<li>Built: 1962</li></ul></aside>" + ps(paragraphs[3:]) + "</div></article>",
        "Nia Ferro",
    )
    # The box is story copy the desk wrote: kept where it stood, not dropped as a side column.
    facts = ["Key facts", "- Capacity: 40 billion litres\n- Built: 1962"]  # a bulleted list
    body = [*paragraphs[:3], *facts, *paragraphs[3:]]
    return Expected(html, "Reservoir levels fall again", body, byline="Nia Ferro")


def german(count: int) -> Expected:
    paragraphs = [
        f"Absatz {n}: Die Arbeiten am Hafen von Tessalingen kamen in Woche {n} gut voran, "
        "sagte der Bauleiter am Montag den Anwohnern der unteren Terrasse."
        for n in range(1, count + 1)
    ]
    html = (
        '<!DOCTYPE html><html lang="de"><head><title>Hafen | Millbrooker Bote</title>'
        '<meta name="author" content="Greta Sommer"></head><body><nav><a>Startseite</a> '
        '<a>Politik</a></nav><div class="cookie">Diese Seite verwendet Cookies. Akzeptieren'
        '</div><article><h1>Hafenarbeiten kommen voran</h1><p class="autor">Von Greta Sommer'
        "</p>" + ps(paragraphs) + "</article><footer>Impressum Datenschutz</footer></body></html>"
    )
    absent = ("Cookies", "Startseite", "Impressum")
    return Expected(html, "Hafenarbeiten kommen voran", paragraphs, absent, "Greta Sommer")


def address_byline(count: int) -> Expected:
    paragraphs = story(count, "the mill")
    html = page(
        '<article><h1>Mill sold to a co-op</h1><address class="author">By <a rel="author">'
        "Hana Corvel</a></address>" + ps(paragraphs) + "</article>",
        "",
    )
    return Expected(html, "Mill sold to a co-op", paragraphs, byline="Hana Corvel")


def bold_dateline(count: int) -> Expected:
    paragraphs = story(count, "the weir")
    html = page(
        '<article><h1>Weir gates replaced</h1><div class="article-body"><p><strong>ORVEL, '
        "England</strong> — " + paragraphs[0] + "</p>" + ps(paragraphs[1:]) + "</div></article>",
        "Hana Corvel",
    )
    absent = (*FURNITURE, "ORVEL")
    return Expected(html, "Weir gates replaced", paragraphs, absent, "Hana Corvel")


def inline_promos(count: int) -> Expected:
    paragraphs = story(count, "the ferry")
    html = page(
        '<article><h1>Ferry fares held</h1><div class="article-body">'
        + ps(paragraphs[:2])
        + '<div class="ad-slot"><span>Advertisement</span></div><div class="newsletter-signup">'
        "<h3>Get the Echo every morning</h3><p>Sign up for our free morning newsletter, "
        "delivered to your inbox.</p><button>Sign up</button></div>"
        + ps(paragraphs[2:-1])
        + '<div class="inline-related"><h4>Most read</h4><ol><li><a>Swans return to the lake'
        "</a></li></ol></div>" + ps(paragraphs[-1:]) + "</div></article>",
        "Hana Corvel",
    )
    absent = (*FURNITURE, "Advertisement", "newsletter", "Get the Echo", "Swans", "Most read")
    return Expected(html, "Ferry fares held", paragraphs, absent, "Hana Corvel")


def logo_h1_and_json_ld(count: int) -> Expected:
    paragraphs = story(count, "the quay")
    json_ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Quay '
        'reopens", "author": [{"@type": "Person", "name": "Hana Corvel"}]}</script>'
    )
    html = page(
        '<header><h1 class="logo"><a href="/">The Millbrook Echo</a></h1></header>'
        "<article><h1>Quay reopens</h1>" + ps(paragraphs) + "</article>" + json_ld,
        "",
    )
    return Expected(html, "Quay reopens", paragraphs, byline="Hana Corvel")


SHAPES: dict[str, Callable[[int], Expected]] = {
    "wordpress": wordpress,
    "arc-divs": arc_divs,
    "drupal": drupal,
    "amp": amp,
    "medium": medium,
    "standfirst-in-header": standfirst_in_header,
    "intro-div": intro_div,
    "br-paragraphs": br_paragraphs,
    "pull-quote": pull_quote,
    "social-embed": social_embed,
    "read-more-links": read_more_links,
    "live-blog": live_blog,
    "gallery": gallery,
    "results-table": results_table,
    "fact-box": fact_box,
    "german": german,
    "address-byline": address_byline,
    "bold-dateline": bold_dateline,
    "inline-promos": inline_promos,
    "logo-h1-and-json-ld": logo_h1_and_json_ld,
    "teaser-figure": teaser_figure,
    "captioned-brief": captioned_brief,
}
