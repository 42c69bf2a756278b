"""The quote/source sidebar as a Qt tree: quotes by speaker, sources, sourcing, findings.

A thin adapter over `SidebarContent`: every row answers the roles below, so tests read what a
user would see (text, state, icon) and where clicking it leads (the span) without any view.
"""

from __future__ import annotations

import enum
import textwrap
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.core.analysis.speaker_confidence import check_speaker
from app.core.model import Finding, Quote, Source
from app.core.quote_text import normalise_quote
from app.gui.models.sidebar_content import SidebarContent, SourceEntry, Span
from app.gui.models.speaker_tips import speaker_tooltip
from app.gui.quote_states import (
    ANONYMOUS_ICON,
    CHECK_SPEAKER_ICON,
    CONFIDENTIAL_ICON,
    STATES,
    QuoteState,
    severity_icon,
    severity_word,
    state_icon,
    state_of,
    themed_icon,
    tinted_icon,
)

ModelIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


class Column(enum.IntEnum):
    TEXT = 0


PROOFING_TITLES = {"spelling": "Spelling", "unknown_name": "Names to check",
                   "spelling-variant": "Spelling variant"}  # fmt: skip


class ItemKind(enum.StrEnum):
    SECTION = "section"
    SPEAKER = "speaker"
    QUOTE = "quote"
    SOURCE = "source"
    ANONYMOUS = "anonymous"
    INSTITUTIONAL = "institutional"
    FINDING = "finding"
    PLACEHOLDER = "placeholder"


class Role(enum.IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    SPAN = Qt.ItemDataRole.UserRole + 2
    QUOTE = Qt.ItemDataRole.UserRole + 3
    SOURCE = Qt.ItemDataRole.UserRole + 4
    FINDING = Qt.ItemDataRole.UserRole + 5
    STATE = Qt.ItemDataRole.UserRole + 6
    KEY = Qt.ItemDataRole.UserRole + 7
    FIELD = Qt.ItemDataRole.UserRole + 8
    """Where the row's SPAN is: "body" (Markdown offsets) or "headline" (the headline's)."""


HEADLINE = "headline"


UNKNOWN_SPEAKER = "Speaker not identified"
TIP_WIDTH = 72
"""Characters a line of a quote's tooltip holds (a long quote on one line spans the screen)."""
_QUOTE_PREVIEW = 160


@dataclass(eq=False)
class _Node:
    kind: ItemKind
    key: str
    text: str = ""
    payload: object = None
    span: tuple[int, int] | None = None
    doubted: int = 0  # speakers to check: this quote (0 or 1), or a speaker's quotes
    place: str = "body"  # where `span` is: the body, or the HEADLINE
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def add(self, child: _Node) -> _Node:
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _QUOTE_PREVIEW:
        text = text[: _QUOTE_PREVIEW - 1].rstrip() + "…"
    return f"“{text}”"


def quote_detail(quote: Quote, check: bool | None = None) -> str:
    """The second line under a quote: its state in words, then how and where it was said.
    `check`: whether to ask for the speaker to be checked (by default, as the model says)."""
    parts = [STATES[state_of(quote)].label]
    if check_speaker(quote) if check is None else check:
        parts.append("check the speaker")
    if quote.cue:
        parts.append(quote.cue)
    if quote.venue:
        parts.append(quote.venue)
    return " · ".join(parts)


def quote_tooltip(quote: Quote, check: bool | None = None) -> str:
    state = state_of(quote)
    lines = [f"{STATES[state].label}: {STATES[state].meaning}"]
    if quote.verdict and state in (QuoteState.VERIFIED, QuoteState.DISPUTED):
        lines.append(f"Machine verdict: {STATES[QuoteState(str(quote.verdict))].label}")
    if quote.status_by:
        when = quote.status_at.strftime("%Y-%m-%d %H:%M") if quote.status_at else ""
        lines.append(f"Marked by {quote.status_by} {when}".rstrip())
    if quote.status_note:
        lines.append(f"Note: {quote.status_note}")
    if quote.speaker_mention and quote.speaker_mention != quote.speaker:
        lines.append(f"Written as “{quote.speaker_mention}”")
    if quote.speaker_reason:
        lines.append(f"Why this speaker: {quote.speaker_reason}")
    if check_speaker(quote) if check is None else check:
        lines.append(
            f"Check the speaker: the rules that chose it are often wrong in copy like this "
            f"(confidence {quote.confidence:.1%})"
        )
    if quote.id is None:
        lines.append("Not saved yet: save the story to mark it.")
    return "\n".join(lines)


def _quotes_title(quotes: int, doubted: int) -> str:
    """ "Quotes (8)", or "Quotes (8, 2 speakers to check)": the count an editor works down."""
    if not doubted:
        return f"Quotes ({quotes})"
    noun = "speaker" if doubted == 1 else "speakers"
    return f"Quotes ({quotes}, {doubted} {noun} to check)"


def finding_label(finding: Finding) -> str:
    """`Warning: message`, then where it is as an editor reads copy (paragraph and words)."""
    label = f"{severity_word(finding.severity).capitalize()}: {finding.message}"
    if finding.paragraph is not None:
        label += f"\nParagraph {finding.paragraph}: “{finding.context}”"
    return label


def span_tip(kind: str, payload: object, check: bool | None = None) -> str:
    """What hovering over a tinted or underlined stretch of the editor says about it.
    `check`: for a quote, whether to ask for its speaker to be checked (as `quote_tooltip`)."""
    if kind == "quote":
        quote: Quote = payload  # type: ignore[assignment]
        said = quote.speaker or "a speaker not identified yet"
        how = f" ({quote.cue})" if quote.cue else ""
        return f"Quote by {said}{how}\n{quote_tooltip(quote, check)}"
    if kind == "finding":
        finding: Finding = payload  # type: ignore[assignment]
        return f"{severity_word(finding.severity).capitalize()}: {finding.message}"
    if kind == "anonymous":
        return (
            f"Anonymous sourcing: “{payload.text}”\nSay why the source is not named, or name them."
        )
    return f"Institutional source: “{payload.text}”"


def source_label(source: Source) -> str:
    label = source.name
    if source.title and source.title not in label:
        label = f"{source.title} {label}"
    flags = [
        flag
        for flag, on in (("confidential", source.confidential), ("anonymous", source.anonymous))
        if on
    ]
    if flags:
        label += f" ({', '.join(flags)})"
    if source.description and source.description != source.title:
        label += f"\n{source.description}"
    return label


class QuoteTreeModel(QAbstractItemModel):
    """Sections → (speaker →) items, rebuilt whole on each analysis (a few hundred rows at most)."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._root = _Node(ItemKind.SECTION, "root")
        self._content = SidebarContent()

    # -- filling --------------------------------------------------------------------------

    @property
    def content(self) -> SidebarContent:
        return self._content

    def set_content(self, content: SidebarContent) -> None:
        self.beginResetModel()
        self._content = content
        self._root = self._build(content)
        self.endResetModel()

    def _build(self, content: SidebarContent) -> _Node:
        root = _Node(ItemKind.SECTION, "root")
        quotes = root.add(_Node(ItemKind.SECTION, "s:quotes"))
        groups: dict[str, _Node] = {}
        for quote in content.quotes:
            speaker = quote.speaker or UNKNOWN_SPEAKER
            group = groups.get(speaker)
            if group is None:
                group = quotes.add(_Node(ItemKind.SPEAKER, f"sp:{speaker}", speaker, speaker))
                groups[speaker] = group
            key = f"q:{normalise_quote(quote.text)}"
            span = (quote.start, quote.end)
            doubted = int(content.checks_speaker(quote))
            group.add(_Node(ItemKind.QUOTE, key, _quoted(quote.text), quote, span, doubted))
            group.doubted += doubted
        for group in groups.values():
            group.text = f"{group.text} ({len(group.children)})"
        quotes.text = _quotes_title(len(content.quotes), sum(g.doubted for g in groups.values()))
        if not content.quotes:
            quotes.add(_Node(ItemKind.PLACEHOLDER, "p:quotes", _no_quotes(content)))

        sources = root.add(
            _Node(ItemKind.SECTION, "s:sources", f"Named sources ({len(content.sources)})")
        )
        for entry in content.sources:
            span = (entry.start, entry.end) if entry.start is not None else None
            sources.add(
                _Node(
                    ItemKind.SOURCE,
                    f"src:{entry.source.name}",
                    source_label(entry.source),
                    entry,
                    span,
                )
            )
        self._add_spans(
            root, "anonymous", "Anonymous sourcing", ItemKind.ANONYMOUS, content.anonymous
        )
        self._add_spans(
            root,
            "institutional",
            "Institutional sources",
            ItemKind.INSTITUTIONAL,
            content.institutional,
        )
        findings = root.add(
            _Node(ItemKind.SECTION, "s:findings", f"Findings ({len(content.findings)})")
        )
        for number, finding in enumerate(content.findings):
            span = (finding.start, finding.end) if finding.start is not None else None
            label = finding_label(finding)
            findings.add(
                _Node(ItemKind.FINDING, f"f:{finding.code}:{number}", label, finding, span)
            )
        self._add_proofing(root, content.proofing, content.headline_proofing)
        return root

    @staticmethod
    def _add_proofing(
        root: _Node, proofing: tuple[Finding, ...], headline: tuple[Finding, ...] = ()
    ) -> None:
        """Spelling and style: one group per kind with its count (misspellings, unknown names,
        each style rule), so a desk sees at a glance what the copy needs most. The headline's
        come first in their group, marked as the headline's (it is the story's first line;
        they were underlined but not listed, so the count left them out)."""
        count = len(proofing) + len(headline)
        section = root.add(_Node(ItemKind.SECTION, "s:proofing", f"Spelling and style ({count})"))
        groups: dict[str, list[tuple[Finding, str]]] = {}
        for finding, where in [(f, HEADLINE) for f in headline] + [(f, "body") for f in proofing]:
            kind = finding.code if finding.code in ("spelling", "unknown_name") else (
                finding.rule or finding.code)  # fmt: skip
            groups.setdefault(kind, []).append((finding, where))
        order = sorted(groups, key=lambda k: (k != "spelling", k == "unknown_name", k))
        for kind in order:
            title = PROOFING_TITLES.get(kind, f"Style: {kind}")
            group = section.add(_Node(ItemKind.SECTION, f"s:proofing:{kind}",
                                      f"{title} ({len(groups[kind])})"))  # fmt: skip
            for number, (finding, where) in enumerate(groups[kind]):
                span = (finding.start, finding.end) if finding.start is not None else None
                label = finding.message
                if finding.context:
                    label = f"{finding.message} — {finding.context}"
                key = f"pf:{kind}:{number}"
                if where == HEADLINE:
                    label, key = f"Headline: {label}", f"pf:{HEADLINE}:{kind}:{number}"
                group.add(_Node(ItemKind.FINDING, key, label, finding, span, place=where))

    @staticmethod
    def _add_spans(
        root: _Node, key: str, title: str, kind: ItemKind, spans: tuple[Span, ...]
    ) -> None:
        section = root.add(_Node(ItemKind.SECTION, f"s:{key}", f"{title} ({len(spans)})"))
        for span in spans:
            section.add(_Node(kind, f"{key}:{span.text}", span.text, span, (span.start, span.end)))

    # -- finding rows ---------------------------------------------------------------------

    def _walk(self, node: _Node | None = None):
        node = node or self._root
        for child in node.children:
            yield child
            yield from self._walk(child)

    def _index_of(self, node: _Node) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def index_for_position(self, position: int) -> QModelIndex:
        """The quote row whose span holds `position` (invalid if the cursor is in no quote)."""
        for node in self._walk():
            if node.kind is ItemKind.QUOTE and node.span[0] <= position <= node.span[1]:
                return self._index_of(node)
        return QModelIndex()

    def index_for_key(self, key: str) -> QModelIndex:
        for node in self._walk():
            if node.key == key:
                return self._index_of(node)
        return QModelIndex()

    def rows_of_kind(self, kind: ItemKind) -> list[QModelIndex]:
        return [self._index_of(n) for n in self._walk() if n.kind is kind]

    def highlights(self) -> list[tuple[int, int, str]]:
        """(start, end, state) for the editor: quotes tinted by state, findings underlined."""
        spans = [(q.start, q.end, str(state_of(q))) for q in self._content.quotes]
        spans += [
            (f.start, f.end, "finding")
            for f in self._content.findings
            if f.start is not None and f.end is not None
        ]
        return sorted(spans)

    def tips(self) -> list[tuple[int, int, str]]:
        """(start, end, text) for the editor's tooltips: quotes, findings, sourcing."""
        c = self._content
        tips = [(q.start, q.end, span_tip("quote", q, c.checks_speaker(q))) for q in c.quotes]
        tips += [(s.start, s.end, span_tip("anonymous", s)) for s in c.anonymous]
        tips += [(s.start, s.end, span_tip("institutional", s)) for s in c.institutional]
        tips += [
            (f.start, f.end, span_tip("finding", f))
            for f in c.findings
            if f.start is not None and f.end is not None
        ]
        return sorted(tips)

    # -- Qt overrides ---------------------------------------------------------------------

    def _node(self, index: ModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: ModelIndex = _NO_PARENT) -> QModelIndex:
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: ModelIndex = _NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        return self._index_of(node) if node is not None else QModelIndex()

    def rowCount(self, parent: ModelIndex = _NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: ModelIndex = _NO_PARENT) -> int:
        return len(Column)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self._node(index)
        if node.kind is ItemKind.PLACEHOLDER:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if node.kind is ItemKind.QUOTE:
                return f"{node.text}\n{quote_detail(node.payload, bool(node.doubted))}"
            return node.text
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(node)
        if role == Qt.ItemDataRole.FontRole and node.kind in (ItemKind.SECTION, ItemKind.SPEAKER):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.FontRole and node.kind is ItemKind.PLACEHOLDER:
            font = QFont()
            font.setItalic(True)
            return font
        return self._user_data(node, role)

    def _user_data(self, node: _Node, role: int) -> object:
        if role == Role.KIND:
            return str(node.kind)
        if role == Role.SPAN:
            return node.span
        if role == Role.KEY:
            return node.key
        if role == Role.FIELD:
            return node.place
        if role == Role.QUOTE and node.kind is ItemKind.QUOTE:
            return node.payload
        if role == Role.STATE and node.kind is ItemKind.QUOTE:
            return str(state_of(node.payload))
        if role == Role.SOURCE and node.kind is ItemKind.SOURCE:
            return node.payload.source
        if role == Role.FINDING and node.kind is ItemKind.FINDING:
            return node.payload
        return None

    @staticmethod
    def _icon(node: _Node) -> object:
        if node.kind is ItemKind.QUOTE:
            return state_icon(state_of(node.payload))
        if node.kind is ItemKind.SPEAKER:
            if node.doubted:
                return tinted_icon(CHECK_SPEAKER_ICON)
            return themed_icon("mdi6.account-voice")
        if node.kind is ItemKind.SOURCE:
            source: Source = node.payload.source
            if source.confidential:
                return themed_icon(CONFIDENTIAL_ICON)
            if source.anonymous:
                return themed_icon(ANONYMOUS_ICON)
            return themed_icon("mdi6.account-outline")
        if node.kind is ItemKind.ANONYMOUS:
            return themed_icon(ANONYMOUS_ICON)
        if node.kind is ItemKind.INSTITUTIONAL:
            return themed_icon("mdi6.bank-outline")
        if node.kind is ItemKind.FINDING:
            return severity_icon(node.payload.severity)
        return None

    @staticmethod
    def _tooltip(node: _Node) -> str | None:
        if node.kind is ItemKind.QUOTE:
            # The row shows the quote's opening words; the hover has all of them.
            whole = textwrap.fill(f"“{' '.join(node.payload.text.split())}”", TIP_WIDTH)
            return f"{whole}\n{quote_tooltip(node.payload, bool(node.doubted))}"
        if node.kind is ItemKind.SPEAKER:
            quotes = [child.payload for child in node.children]
            return speaker_tooltip(node.payload, quotes, node.doubted)
        if node.kind is ItemKind.SOURCE:
            entry: SourceEntry = node.payload
            tip = entry.source.notes and "Has private notes (never exported)"
            return tip or ("Not in the text any more" if entry.start is None else None)
        if node.kind is ItemKind.FINDING:
            finding: Finding = node.payload
            where = "headline" if node.place == HEADLINE else "text"
            return f"{finding_label(finding)}\n({finding.code}; click to select it in the {where})"
        return None

    @staticmethod
    def _accessible(node: _Node) -> str:
        if node.kind is ItemKind.QUOTE:
            quote: Quote = node.payload
            label = STATES[state_of(quote)].label
            check = ", check the speaker" if node.doubted else ""
            return f"{label} quote by {quote.speaker or 'unknown speaker'}{check}: {quote.text}"
        return node.text.replace("\n", ", ")


def _no_quotes(content: SidebarContent) -> str:
    """The empty tree's one line: with no story open it tells the editor how to get one."""
    if not content.story_open and content.no_stories:
        # The welcome page shows no list: "pick one in the list" sent the editor looking.
        return "No stories yet: import wire copy with Ctrl+O, or start one with Ctrl+N"
    if not content.story_open:
        return "No story open: pick one in the list, or start one with Ctrl+N"
    return "No quotes in this story"
