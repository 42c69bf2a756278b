"""Errors a user can meet, each with a sentence they can act on; no tracebacks for bad input."""

from __future__ import annotations

from datetime import datetime


class CopydeskError(Exception):
    """Base of every error the GUI shows in a dialog and the CLI prints as one line (exit 2)."""

    exit_code = 2


class NotFoundError(CopydeskError):
    """A story, revision or file that is not there."""


class InputError(CopydeskError):
    """Input the app cannot use: unreadable file, wrong encoding, too large, bad option."""


class StoreError(CopydeskError):
    """The database cannot be opened or written (locked, read-only, full disk, bad URL)."""


class SchemaTooNewError(StoreError):
    """The database was upgraded by a newer Copydesk; writing to it could corrupt it."""


class MissingPackageError(CopydeskError):
    """Something this machine lacks: a Python package (or a library it loads) that a feature
    imports on first use. Carries the distribution's name so callers can list it."""

    def __init__(self, message: str, distribution: str) -> None:
        super().__init__(message)
        self.distribution = distribution


class ConflictError(CopydeskError):
    """Someone else saved the story first. Carries both sides so nothing is lost."""

    exit_code = 1

    def __init__(
        self,
        slug: str,
        saved_by: str | None,
        saved_at: datetime | None,
        stored_version: int,
        expected_version: int,
        rejected_body: str,
        rejected_headline: str = "",
    ) -> None:
        when = saved_at.isoformat(timespec="seconds") if saved_at else "an unknown time"
        super().__init__(
            f"Story '{slug}' was saved by {saved_by or 'someone else'} at {when} "
            f"(version {stored_version}) after you opened version {expected_version}. "
            "Your text was not saved over theirs; keep yours as a new revision, take theirs, "
            "or copy yours aside."
        )
        self.slug = slug
        self.saved_by = saved_by
        self.saved_at = saved_at
        self.stored_version = stored_version
        self.expected_version = expected_version
        self.rejected_body = rejected_body
        self.rejected_headline = rejected_headline


class BlockedError(CopydeskError):
    """The publish gate refused an export; the findings say why."""

    exit_code = 1

    def __init__(
        self, message: str, findings: list | None = None, *, overridable: bool = True
    ) -> None:
        super().__init__(message)
        self.findings = list(findings or [])
        self.overridable = overridable
        """False when no reason releases it (a confidential name in the copy)."""


class ReasonRequired(CopydeskError):
    """A change that needs a reason (moving to `ready` with things open) came without one."""

    exit_code = 1

    def __init__(self, message: str, items: list[str] | None = None) -> None:
        super().__init__(message)
        self.items = list(items or [])


class LockedError(CopydeskError):
    """Someone else holds the story's soft lock; taking it over needs a reason."""

    exit_code = 1


class PublicationError(CopydeskError):
    """A change the publication rules forbid: editing published text in place, leaving
    `published` other than by a correction or update, a kill without a reason, reviving a kill."""
