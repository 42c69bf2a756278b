"""Proofing use cases the CLI and the GUI call: settings per desk, checks, dictionary, rules.

Everything a desk chief changes (stylebook and spelling variant per desk, rule edits, the
newsroom dictionary) is in the database, so a shared server shares it.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import InputError
from app.core.model import Finding, Severity, Story
from app.core.proofing import names as name_index
from app.core.proofing import spelling, suggest
from app.core.proofing.dictionaries import DEFAULT_VARIANT, normalise_variant
from app.core.proofing.issues import SPELLING, UNKNOWN_NAME, VARIANT_RULE
from app.core.proofing.proofreader import Proofreader, ProofSettings
from app.core.proofing.stylebook import (
    DEFAULT_STYLEBOOK,
    EDITABLE_KEYS,
    Rule,
    effective_rules,
    load_stylebook,
    rule_from_mapping,
    stylebook_ids,
)
from app.core.store.people import PeopleRepository
from app.core.store.proofing import (
    DeskSettingsRepository,
    IgnoredWordsRepository,
    NameIndexRepository,
    NewsroomDictionaryRepository,
    StyleRuleRepository,
)
from app.core.store.stories import StoryRepository
from app.core.text.counts import listed
from app.core.text.plain import plain_text

if TYPE_CHECKING:
    from app.core.services import Desk

NAMES_TTL_S = 120.0
"""The contributor directory is read again after this long."""
SEVERITY_ONLY = (SPELLING, UNKNOWN_NAME, VARIANT_RULE)
"""Rule ids that are no stylebook rule: a desk may only change their severity."""


@dataclass(frozen=True)
class DeskChoice:
    desk: str
    stylebook: str
    variant: str
    stylebook_chosen: bool
    variant_chosen: bool


def desk_choice(desk: Desk, desk_name: str) -> DeskChoice:
    with desk.store.session(write=False) as session:
        stylebook, variant = DeskSettingsRepository(session).get(desk_name or "")
    return DeskChoice(desk_name, stylebook or DEFAULT_STYLEBOOK, variant or DEFAULT_VARIANT,
                      stylebook is not None, variant is not None)  # fmt: skip


def settings_for(desk: Desk, desk_name: str = "", stylebook: str | None = None) -> ProofSettings:
    """A desk's stylebook (or STYLEBOOK), its spelling variant, its rule edits and severities."""
    choice = desk_choice(desk, desk_name)
    book = load_stylebook(stylebook or choice.stylebook)
    with desk.store.session(write=False) as session:
        overrides = StyleRuleRepository(session).overrides(desk_name or "")
    severities: dict[str, Severity] = {}
    rule_overrides = []
    for scope, fields in overrides:
        if fields.get("id") in SEVERITY_ONLY:
            if "severity" in fields:
                severities[str(fields["id"])] = Severity(str(fields["severity"]))
        else:
            rule_overrides.append((scope, fields))
    return ProofSettings(
        stylebook=book.id,
        variant=choice.variant,
        rules=effective_rules(book, rule_overrides),
        severities=severities,
        desk=desk_name or "",
    )


def _directory(desk: Desk) -> list[str]:
    """The contributor directory's names, cached on the desk for a while."""
    cached = getattr(desk, "_proofing_names", None)
    if cached is not None and time.monotonic() - cached[0] < NAMES_TTL_S:
        return cached[1]
    with desk.store.session(write=False) as session:
        people = [p.name for p in PeopleRepository(session).directory()]
    desk._proofing_names = (time.monotonic(), people)  # type: ignore[attr-defined]
    return people


def archive_names_for(desk: Desk, reader: Proofreader, paragraphs: Iterable[str]) -> list[str]:
    """The archive's names (in at least MIN_STORIES stories) that this text may need: its
    capitalised words no other list knows, and the names one swap or one extra letter from
    them. Asked of the index word by word, so a check costs the same at 100,000 stories as at
    ten (reading every frequent name would cost ~0.5 s there)."""
    inside, starts = spelling.story_name_counts(paragraphs)
    vocabulary = reader.vocabulary
    wanted: set[str] = set()
    for word in {*inside, *starts}:
        if len(word) < 2 or vocabulary.knows(word):
            continue
        low = word.lower()
        wanted.add(word)
        for variant in {*suggest.deletes(low), *suggest.swaps(low)}:
            if len(variant) > 1:
                wanted.add(variant[:1].upper() + variant[1:])
    if not wanted:
        return []
    with desk.store.session(write=False) as session:
        return NameIndexRepository(session).known(wanted, name_index.MIN_STORIES)


def forget_cached_names(desk: Desk) -> None:
    desk._proofing_names = None  # type: ignore[attr-defined]


def story_names(story: Story) -> list[str | None]:
    """Names the story itself vouches for: its credits (and their places), its named sources
    and its quotes' speakers as written.

    Confidential sources included: the checks run on this workstation only (a finding that
    reaches an export or the audit report goes through their confidentiality rule), and
    leaving the names out told the editor that "no list knows" a source the story lists, and
    suggested nothing for the name misspelt."""
    names: list[str | None] = []
    for credit in story.credits:
        names += [credit.name, credit.location]
    names += [s.name for s in story.sources if not s.anonymous]
    for quote in story.quotes:
        names += [quote.speaker, quote.speaker_mention]
    return names


def proofreader(
    desk: Desk, story: Story | None = None, *, stylebook: str | None = None,
    desk_name: str | None = None, extra_names: Iterable[str | None] = (),
    text: str | None = None,
) -> Proofreader:  # fmt: skip
    """Everything the checks know for STORY (or for loose text, with EXTRA_NAMES); TEXT (the
    story's body by default) decides which of the archive's names are looked up."""
    if text is None and story is not None:
        text = story.body
    settings = settings_for(desk, desk_name if desk_name is not None else
                            (story.desk if story else ""), stylebook)  # fmt: skip
    people = _directory(desk)
    with desk.store.session(write=False) as session:
        newsroom = NewsroomDictionaryRepository(session).words()
        ignored = IgnoredWordsRepository(session).words(story.id) if story and story.id else []
    names = [*people, *(story_names(story) if story else ()), *extra_names]
    reader = Proofreader.build(settings, names=names, newsroom=newsroom, ignored=ignored)
    if text:
        found = archive_names_for(desk, reader, (p.text for p in plain_text(text).paragraphs))
        if found:
            reader = reader.with_words(names=found)
    return reader


def check_story(desk: Desk, story: Story, stylebook: str | None = None) -> list[Finding]:
    """Spelling and style findings for a stored story, offsets into its body."""
    return proofreader(desk, story, stylebook=stylebook).check_body(story.body)


def check_text(
    desk: Desk | None, text: str, *, markdown: bool = False, stylebook: str | None = None
) -> list[Finding]:
    """Findings for loose text (a file): its own credits and quotes' speakers are known names.

    Offsets index TEXT as given. Without a desk (no store), nothing beyond the text is known.
    """
    from app.core.analysis.credits import parse_credits
    from app.core.analysis.engine import analyze

    credits = parse_credits(text, declared=False)  # loose text: only lines that vouch
    result = analyze(text, credits=credits)
    found: list[str | None] = []
    for credit in credits:
        found += [credit.name, credit.location]
    for quote in result.quotes:
        found += [quote.speaker, quote.speaker_mention]
    found += [s.name for s in result.sources if not s.anonymous]
    if desk is None:
        settings = ProofSettings(stylebook=stylebook or DEFAULT_STYLEBOOK)
        settings.effective_rules()  # an unknown stylebook is an error before anything runs
        reader = Proofreader.build(settings, names=found)
    else:
        reader = proofreader(desk, None, stylebook=stylebook, desk_name="", extra_names=found,
                             text=text)  # fmt: skip
    return reader.check_body(text, markup=markdown)


def read_text_file(path: Path) -> str:
    """A text file as UTF-8 (what `spell` reads); a clear error for anything else."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if b"\0" in data[:8192]:
        raise InputError(f"{path} is not a text file.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text.") from None


# -- the newsroom dictionary and words ignored in a story ------------------------------------------


def _clean_word(word: str) -> str:
    word = (word or "").strip()
    if not word or len(word) > 100 or any(c.isspace() for c in word):
        raise InputError(f"'{word}' is not one word (no spaces, at most 100 characters).")
    return word


def dictionary_words(desk: Desk) -> list[str]:
    with desk.store.session(write=False) as session:
        return NewsroomDictionaryRepository(session).words()


def add_to_dictionary(desk: Desk, words: Iterable[str]) -> list[str]:
    clean = [_clean_word(w) for w in words]
    with desk.store.session() as session:
        return NewsroomDictionaryRepository(session).add(clean, desk.user)


def remove_from_dictionary(desk: Desk, words: Iterable[str]) -> int:
    with desk.store.session() as session:
        return NewsroomDictionaryRepository(session).remove([w.strip() for w in words])


def ignore_in_story(desk: Desk, key: int | str, word: str) -> bool:
    word = _clean_word(word)
    with desk.store.session() as session:
        story_id = StoryRepository(session).row(key).id
        return IgnoredWordsRepository(session).add(story_id, word, desk.user)


def ignored_words(desk: Desk, key: int | str) -> list[str]:
    with desk.store.session(write=False) as session:
        story_id = StoryRepository(session).row(key).id
        return IgnoredWordsRepository(session).words(story_id)


# -- desks and rules ----------------------------------------------------------------------------


def set_desk_settings(
    desk: Desk, desk_name: str, stylebook: str | None = None, variant: str | None = None
) -> DeskChoice:
    if stylebook is not None:
        load_stylebook(stylebook)  # an unknown id is an error here, not at the next check
    if variant is not None:
        variant = normalise_variant(variant)
    with desk.store.session() as session:
        DeskSettingsRepository(session).set(desk_name.strip(), stylebook, variant, desk.user)
    return desk_choice(desk, desk_name.strip())


def all_desk_settings(desk: Desk) -> list[tuple[str, str | None, str | None]]:
    with desk.store.session(write=False) as session:
        return DeskSettingsRepository(session).all()


def rules_for(desk: Desk, desk_name: str = "", stylebook: str | None = None) -> tuple[Rule, ...]:
    return settings_for(desk, desk_name, stylebook).effective_rules()


def set_rule(
    desk: Desk, rule_id: str, fields: Mapping[str, object], *, desk_name: str = ""
) -> dict:
    """Edit a rule (or add one) for the whole newsroom or one desk; checked before it is stored:
    a new rule needs a pattern and a message, and the result must compile in every stylebook."""
    unknown = set(fields) - EDITABLE_KEYS
    if unknown:
        raise InputError(f"Unknown {listed('rule field', sorted(unknown))}.")
    if rule_id in SEVERITY_ONLY:
        if set(fields) - {"severity"}:
            raise InputError(f"Only the severity of '{rule_id}' can be changed.")
        rule_from_mapping({"id": "x", "pattern": "x", "message": "x", **fields})  # the severity
    scope = (desk_name or "").strip()
    with desk.store.session(write=False) as session:
        stored = StyleRuleRepository(session).get(scope, rule_id) or {}
    merged = {**stored, **fields, "id": rule_id}
    if rule_id not in SEVERITY_ONLY:
        bases = [b.rule(rule_id) for b in (load_stylebook(i) for i in stylebook_ids())]
        bases = [b for b in bases if b is not None]
        missing = [key for key in ("pattern", "message") if not merged.get(key)]
        if not bases and missing:
            # Most often a mistyped id: "needs a pattern" alone did not say the rule was unknown.
            raise InputError(
                f"No stylebook has a rule '{rule_id}' ('copydesk style rules' lists them); "
                f"a new rule needs a {' and a '.join(missing)}."
            )
        for base in bases or [None]:
            rule_from_mapping(merged, base=base)  # raises InputError with the reason
    with desk.store.session() as session:
        return StyleRuleRepository(session).set(scope, rule_id, dict(fields), desk.user)


def reset_rule(desk: Desk, rule_id: str, *, desk_name: str = "") -> bool:
    with desk.store.session() as session:
        return StyleRuleRepository(session).reset((desk_name or "").strip(), rule_id)


def rule_edits(desk: Desk) -> list[tuple[str, str, dict, str, object]]:
    with desk.store.session(write=False) as session:
        return StyleRuleRepository(session).all()


# -- the archive's names ------------------------------------------------------------------------


def rebuild_name_index(desk: Desk, batch: int = 500) -> int:
    """Fill the index from every stored story (for stores that had stories before 0008)."""
    from sqlalchemy import select

    from app.core.store.schema import StoryRow

    counts: dict[str, int] = {}
    stories = 0
    with desk.store.session(write=False) as session:
        last = 0
        while True:
            rows = session.execute(
                select(StoryRow.id, StoryRow.body).where(StoryRow.id > last)
                .order_by(StoryRow.id).limit(batch)
            ).all()  # fmt: skip
            if not rows:
                break
            for story_id, body in rows:
                last = story_id
                stories += 1
                for word in name_index.archive_names(body or ""):
                    counts[word] = counts.get(word, 0) + 1
    with desk.store.session() as session:
        repo = NameIndexRepository(session)
        repo.clear()
        from app.core.store.schema import NameIndexRow

        items = [{"word": w, "stories": n} for w, n in counts.items() if len(w) <= 100]
        for i in range(0, len(items), 1000):
            session.execute(NameIndexRow.__table__.insert(), items[i : i + 1000])
    forget_cached_names(desk)
    return stories
