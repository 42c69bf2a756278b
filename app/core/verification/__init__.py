"""Quote verification: align each quote with the attached source material and give a verdict."""

from app.core.verification.align import SourceIndex
from app.core.verification.documents import (
    document_from_text,
    load_document,
    parse_document,
    read_source,
)
from app.core.verification.sourcetext import Segment, SourceText
from app.core.verification.verdicts import QuoteCheck, build_index, verify_quote, verify_quotes
from app.core.verification.worddiff import DiffOp

__all__ = [
    "DiffOp",
    "QuoteCheck",
    "Segment",
    "SourceIndex",
    "SourceText",
    "build_index",
    "document_from_text",
    "load_document",
    "parse_document",
    "read_source",
    "verify_quote",
    "verify_quotes",
]
