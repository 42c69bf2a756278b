"""The copy desk's record of a story (`copydesk audit`, Story → Audit report): build, render."""

from app.core.audit.html import render_html
from app.core.audit.pdf import render_pdf
from app.core.audit.report import build_report

__all__ = ["build_report", "render_html", "render_pdf"]
