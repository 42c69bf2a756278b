"""The audit report as one HTML page, from the exports' Jinja2 environment and stylesheet."""

from __future__ import annotations

from functools import lru_cache

from app.core.audit.model import AuditReport
from app.core.config import resource_path
from app.core.exporting import html as export_html

AUDIT_STYLESHEET = "audit.css"


@lru_cache(maxsize=1)
def audit_stylesheet() -> str:
    return resource_path("styles", AUDIT_STYLESHEET).read_text(encoding="utf-8")


def render_html(report: AuditReport) -> str:
    """A complete HTML5 page, styles inlined, no script (autoescaped: every value is text)."""
    template = export_html.environment().get_template("audit.html.j2")
    return template.render(
        report=report,
        stylesheet=export_html.stylesheet(),
        audit_stylesheet=audit_stylesheet(),
    )
