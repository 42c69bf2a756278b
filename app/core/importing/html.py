"""Saved article pages to a StoryDraft: trafilatura keeps the article and drops the furniture."""

from __future__ import annotations

import copy
import logging
from dataclasses import replace

from app.core.analysis.credits import parse_byline
from app.core.errors import InputError
from app.core.importing.assemble import Block, assemble, merge_credits
from app.core.importing.decoding import clean_text
from app.core.importing.html_boxes import fact_boxes_opened
from app.core.importing.html_captions import caption_credits, captions_dropped
from app.core.importing.html_lede import standfirst_restored
from app.core.importing.html_tables import table_rows_as_lines
from app.core.importing.htmlfragment import parse_page, tree_blocks
from app.core.importing.markdown import markdown_blocks
from app.core.importing.result import ImportResult
from app.core.model import Credit, count_words
from app.core.packages import needs

# trafilatura's fallback extractors cost more than linear time in the number of elements, so
# pages past these sizes (far beyond any real article page) use its fast mode, then the plain
# lxml conversion; that keeps every page under MAX_IMPORT_BYTES to a few seconds.
FULL_EXTRACTOR_MAX_ELEMENTS = 8_000
FAST_EXTRACTOR_MAX_ELEMENTS = 50_000
EXTRACTOR_MAX_CHARS = 1_500_000

# Embedded social posts (a tweet, an Instagram or TikTok post, a Threads or Bluesky quote) are
# not the paper's copy: trafilatura kept their text and their signature line ("— Name
# (@handle) date") as two stray paragraphs in the story. They are pruned before extraction.
_EMBED_XPATH = [
    "//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'instagram-media')"
    " or contains(@class, 'tiktok-embed') or contains(@class, 'text-post-media')"
    " or contains(@class, 'bluesky-embed')]",
]

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def _byline_credits(author: str | None) -> list[Credit]:
    """trafilatura gives authors as "A; B"; keep the ones that read as names."""
    credits: list[Credit] = []
    for part in (author or "").split(";"):
        credits.extend(parse_byline(part))
    return credits


def _same(a: str, b: str) -> bool:
    return " ".join(a.lower().split()).strip("*# ") == " ".join(b.lower().split()).strip("*# ")


def _paragraphs_kept(extracted: list[Block], page: list[Block]) -> list[Block]:
    """The page's own paragraphs when the extractor ran them together into one.

    On a short page with a picture (a <figure> and its caption, or a gallery of them)
    trafilatura can fall back to its plain-text pass and give the whole article as a single
    paragraph: the story would lose every paragraph break, and its byline and caption would sit
    inside the first paragraph. When that one block is made of the page's own blocks (at least
    three, a paragraph among them, covering nearly all its text: a one-paragraph brief under
    its headline and picture counts too), those blocks are used instead; a cookie notice or
    menu the extractor left out does not stand in the way.
    """
    if len(extracted) != 1:
        return extracted
    joined = " ".join(extracted[0].text.split())
    kept = [b for b in page if " ".join(b.text.split()) in joined]
    covered = sum(len(" ".join(b.text.split())) + 1 for b in kept)
    if len(kept) < 3 or not any(b.kind == "p" for b in kept) or covered < 0.9 * len(joined):
        return extracted
    return kept


def _byline_split(blocks: list[Block]) -> list[Block]:
    """A byline the extractor ran into the next paragraph, as its own block again.

    trafilatura writes an `<address>` byline ("By Name", the HTML5 element for an article's
    author) and the paragraph after it with a single line break: the byline stayed in the
    story's first paragraph. A first line that starts with "By" and reads as a byline is split
    off, so the credit is read and the story starts with the story.
    """
    mended: list[Block] = []
    for block in blocks:
        first, _, rest = block.text.partition("\n")
        if (
            block.kind == "p"
            and rest.strip()
            and len(first) <= 80
            and first.strip("*_ ").lower().startswith("by ")
            and parse_byline(first.strip("*_ "))
        ):
            mended.extend([Block(first.strip()), Block(rest.strip())])
        else:
            mended.append(block)
    return mended


def read_html(text: str, name: str | None = None, encoding: str | None = None) -> ImportResult:
    """Import a saved article page (or an HTML fragment)."""
    text, warnings = clean_text(text)
    headline: str | None = None
    credits: list[Credit] = []
    blocks: list[Block] = []
    with needs("Importing a saved web page (.html)"):
        import trafilatura  # imported on first use: it costs ~0.1 s at start-up
        from trafilatura.deduplication import LRUCache

    root = parse_page(text)
    fallback_blocks, title = tree_blocks(root) if root is not None else ([], None)
    extracted, metadata = None, None
    elements = sum(1 for _ in root.iter()) if root is not None else 0
    text_size = len(root.text_content()) if root is not None else 0
    too_big = text_size > EXTRACTOR_MAX_CHARS or elements > FAST_EXTRACTOR_MAX_ELEMENTS
    if too_big:
        warnings.append(
            "The page is too large for article extraction; all its text was imported. "
            "Check for navigation or adverts left in the body."
        )
    if root is not None and not too_big:
        full = elements <= FULL_EXTRACTOR_MAX_ELEMENTS
        fact_boxes_opened(root)
        try:
            if full:
                metadata = trafilatura.extract_metadata(copy.deepcopy(root))
            extracted = trafilatura.extract(
                root,
                fast=not full,
                output_format="markdown",
                include_formatting=True,
                include_comments=False,
                include_tables=True,  # rows kept as lines: see html_tables
                include_images=False,
                include_links=False,
                prune_xpath=_EMBED_XPATH,
                # Repeated blocks are dropped within this page only: trafilatura's default
                # cache lives as long as the process, so a page imported a fourth time came
                # back as "no article" (all its text, menus included) and a paragraph seen on
                # earlier pages could go missing from a later one.
                deduplicate=LRUCache(maxsize=4096),
            )
        except Exception as exc:  # third-party extractor: a strange page must not crash import
            warnings.append(f"The article extractor failed ({type(exc).__name__}); used all text.")
    if metadata is not None:
        headline = (metadata.title or "").strip() or None
        credits = _byline_credits(metadata.author)
    elif root is not None:
        authors = root.xpath('//meta[@name="author" or @property="article:author"]/@content')
        credits = _byline_credits("; ".join(str(a) for a in authors[:5]))
    pictures: list[Credit] = []  # the captions' picture credits, after the story's own
    if extracted and extracted.strip():
        blocks = _byline_split(
            _paragraphs_kept(markdown_blocks(table_rows_as_lines(extracted)), fallback_blocks)
        )
        if root is not None:
            blocks = standfirst_restored(root, blocks)
    else:
        blocks = fallback_blocks
        if blocks and not too_big:
            warnings.append("No article found by the extractor; imported all the page's text.")
    if root is not None and blocks:
        blocks = captions_dropped(root, blocks)
        kept = " ".join(" ".join(b.text for b in blocks).split())
        pictures = caption_credits(root, kept)
    h1 = next((b.text for b in fallback_blocks if b.kind == "h1"), None)
    if h1 and len(h1) <= 250:
        headline = h1  # the page's own headline; <title> often carries the site's name too
    headline = headline or title
    if headline and blocks and _same(blocks[0].text, headline):
        blocks = blocks[1:]
    blocks = [Block(b.text, "h") if b.kind.startswith("h") else b for b in blocks]
    assembled = assemble(
        blocks,
        headline=headline,
        find_headline=False,  # a page without <title> or <h1> has no headline to guess
        detect_subheads=False,
        credits=credits,
    )
    draft = replace(assembled.draft, credits=merge_credits([*assembled.draft.credits, *pictures]))
    if not count_words(draft.body):
        # A story of 0 words helps nobody: say why instead of storing an empty story.
        title = f"a title ('{draft.headline[:60]}') but " if draft.headline else ""
        raise InputError(
            f"Nothing to import: the page has {title}no article text (only markup, scripts or "
            "styles, or nothing at all)."
        )
    return ImportResult(
        draft=draft,
        kind="html",
        name=name,
        encoding=encoding,
        warnings=tuple(warnings + assembled.warnings),
    )
