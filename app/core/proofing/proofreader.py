"""One list of findings for spelling and house style: paragraphs checked, offsets into the body.

The editor checks one paragraph at a time (its text is what the plain view reads); `check`,
`spell` and the publish gate check a whole body through app.core.text.plain and get findings
whose offsets point into the stored Markdown. Both go through `Proofreader.check_paragraph`, so
they agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from app.core.findings import locate
from app.core.model import Finding, Severity
from app.core.proofing import incremental, spelling, style
from app.core.proofing.dictionaries import DEFAULT_VARIANT, VARIANTS, lexicon, normalise_variant
from app.core.proofing.issues import SPELLING, UNKNOWN_NAME, Issue
from app.core.proofing.stylebook import DEFAULT_STYLEBOOK, Rule, load_stylebook
from app.core.text.plain import PlainText, plain_text


@dataclass(frozen=True)
class ProofSettings:
    """What a desk checks with: a stylebook's rules (as the newsroom edited them), a spelling
    variant, and the severities chosen for spelling and unknown names."""

    stylebook: str = DEFAULT_STYLEBOOK
    variant: str = DEFAULT_VARIANT
    rules: tuple[Rule, ...] | None = None
    """None: the bundled stylebook's rules as they are."""
    severities: Mapping[str, Severity] = field(default_factory=dict)
    spelling: bool = True
    style: bool = True
    desk: str = ""

    def effective_rules(self) -> tuple[Rule, ...]:
        return self.rules if self.rules is not None else load_stylebook(self.stylebook).rules


@dataclass(frozen=True)
class Proofreader:
    """Settings plus what the spelling check knows; immutable, so it can cross threads."""

    settings: ProofSettings
    vocabulary: spelling.Vocabulary

    @classmethod
    def build(
        cls,
        settings: ProofSettings | None = None,
        *,
        names: Iterable[str | None] = (),
        newsroom: Iterable[str] = (),
        ignored: Iterable[str] = (),
    ) -> Proofreader:
        settings = settings or ProofSettings()
        other = next(v for v in VARIANTS if v != normalise_variant(settings.variant))
        vocabulary = spelling.Vocabulary(
            lexicon(settings.variant),
            lexicon(other),
            names=spelling.name_words(names),
            newsroom=frozenset(w for w in newsroom if w),
            ignored=frozenset(w for w in ignored if w),
        )
        return cls(settings, vocabulary)

    def with_story(self, paragraphs: Iterable[str]) -> Proofreader:
        """This proofreader with the story's own evidence of names (its paragraphs' text)."""
        inside, starts = spelling.story_name_counts(paragraphs)
        v = self.vocabulary
        if inside == v.story_names and starts == v.story_starts:
            return self
        return replace(self, vocabulary=replace(v, story_names=inside, story_starts=starts))

    def with_words(
        self, *, names: Iterable[str] = (), newsroom: Iterable[str] = (),
        ignored: Iterable[str] = (),
    ) -> Proofreader:  # fmt: skip
        """More known words (after "Add to newsroom dictionary" or "Ignore in this story")."""
        v = self.vocabulary
        return replace(self, vocabulary=replace(
            v,
            names=v.names | spelling.name_words(names),
            newsroom=v.newsroom | frozenset(newsroom),
            ignored=v.ignored | frozenset(ignored),
            shared={},  # verdicts change with the words known
        ))  # fmt: skip

    def check_paragraph(self, text: str) -> list[Issue]:
        """Spelling and style issues of one paragraph, in its plain offsets, in text order."""
        spelled = spelling.check_paragraph(text, self.vocabulary) if self.settings.spelling else []
        return self._combined(text, spelled)

    def recheck(self, text: str, previous: ParagraphCheck | None = None) -> ParagraphCheck:
        """TEXT checked as `check_paragraph` checks it, for the editor: PREVIOUS (the same
        paragraph before an edit) saves reading again the words the edit did not reach, and
        the style rules remember each sentence. A misspelling's suggestion is left for
        `complete` (when someone hovers or right-clicks it): a word being typed is a new
        misspelling at almost every key."""
        spelled = None
        if self.settings.spelling:
            before = previous.spelling if previous is not None and previous.reader is self else None
            spelled = incremental.spell(text, self.vocabulary, before, lazy=True)
        issues = self._combined(text, spelled.issues if spelled is not None else [])
        return ParagraphCheck(self, text, spelled, tuple(issues))

    def complete(self, issue: Issue) -> Issue:
        """ISSUE with the suggestion `recheck` left out, if it left one out."""
        return spelling.complete(issue, self.vocabulary)

    def _combined(self, text: str, spelled: list[Issue]) -> list[Issue]:
        issues: list[Issue] = []
        severities = self.settings.severities
        for issue in spelled:
            chosen = severities.get(issue.rule)
            issues.append(replace(issue, severity=chosen) if chosen else issue)
        if self.settings.style:
            issues += style.check_paragraph(text, self.settings.effective_rules())
        issues.sort(key=lambda i: (i.start, i.end))
        return issues

    def check_plain(self, view: PlainText) -> list[Finding]:
        """Findings for a whole body, offsets into the body, paragraph and context filled in."""
        reader = self.with_story(p.text for p in view.paragraphs)
        findings = []
        for paragraph in view.paragraphs:
            for issue in reader.check_paragraph(paragraph.text):
                start, end = paragraph.body_span(issue.start, issue.end)
                findings.append(
                    Finding(issue.severity, issue.code, issue.message, start, end,
                            rule=issue.rule, suggestion=issue.suggestion)
                )  # fmt: skip
        return list(locate(view.body, findings))

    def check_body(self, body: str, *, markup: bool = True) -> list[Finding]:
        return self.check_plain(plain_text(body, markup=markup))


@dataclass(frozen=True)
class ParagraphCheck:
    """One paragraph's issues as the editor keeps them, to check its next version quickly."""

    reader: Proofreader
    text: str
    spelling: incremental.SpellingPass | None
    issues: tuple[Issue, ...]


def counts_by_kind(findings: Iterable[Finding]) -> dict[str, int]:
    """Findings per kind for the sidebar: "spelling", "unknown_name", or the style rule's id."""
    counts: dict[str, int] = {}
    for f in findings:
        key = f.code if f.code in (SPELLING, UNKNOWN_NAME) else (f.rule or f.code)
        counts[key] = counts.get(key, 0) + 1
    return counts
