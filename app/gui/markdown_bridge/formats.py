"""Block and character formats the toolbar applies, identical to what Qt's Markdown importer makes.

Text formatted from the toolbar and text loaded from Markdown must look (and write out) the same.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextFormat

BLOCK_QUOTE_INDENT = 40  # what Qt's own Markdown importer uses, so both paths look the same


def heading_char_format(level: int) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, max(0, 4 - level) if level else 0)
    return fmt


def block_format(kind: str, level: int = 1) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setHeadingLevel(level if kind == "heading" else 0)
    if kind == "quote":
        fmt.setProperty(QTextFormat.Property.BlockQuoteLevel, level)
        fmt.setLeftMargin(BLOCK_QUOTE_INDENT * level)
        fmt.setRightMargin(BLOCK_QUOTE_INDENT)
    else:
        fmt.setProperty(QTextFormat.Property.BlockQuoteLevel, 0)
        fmt.setLeftMargin(0)
        fmt.setRightMargin(0)
    return fmt
