"""Light and dark palettes, and the one colour per quote state that every view shares."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# Findings are underlined in the editor; quote tints come from quote_states.STATES.
FINDING_COLORS: dict[str, tuple[str, str]] = {
    "error": ("#c62828", "#ff6b63"),
    "warning": ("#b26a00", "#ffb74d"),
    "info": ("#1565c0", "#64b5f6"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Dark when the window background is darker than its text; icons and tints follow this."""
    palette = palette or QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def finding_color(severity: str, dark: bool | None = None) -> QColor:
    light, dark_colour = FINDING_COLORS.get(severity, FINDING_COLORS["info"])
    return QColor(dark_colour if (is_dark() if dark is None else dark) else light)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def light_palette() -> QPalette:
    return _palette(
        {
            QPalette.ColorRole.Window: "#f3f4f6",
            QPalette.ColorRole.WindowText: "#1d2025",
            QPalette.ColorRole.Base: "#ffffff",
            QPalette.ColorRole.AlternateBase: "#f0f3f7",
            QPalette.ColorRole.ToolTipBase: "#ffffdc",
            QPalette.ColorRole.ToolTipText: "#1d2025",
            QPalette.ColorRole.PlaceholderText: "#6b7280",
            QPalette.ColorRole.Text: "#1d2025",
            QPalette.ColorRole.Button: "#e9ebef",
            QPalette.ColorRole.ButtonText: "#1d2025",
            QPalette.ColorRole.BrightText: "#ffffff",
            QPalette.ColorRole.Highlight: "#2f6fbd",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.Link: "#1f5fa8",
            QPalette.ColorRole.Mid: "#c4c8cf",
            QPalette.ColorRole.Dark: "#9aa0a8",
            QPalette.ColorRole.Light: "#ffffff",
        },
        disabled="#8b9099",
    )


def dark_palette() -> QPalette:
    return _palette(
        {
            QPalette.ColorRole.Window: "#25282d",
            QPalette.ColorRole.WindowText: "#e6e8eb",
            QPalette.ColorRole.Base: "#1c1e22",
            QPalette.ColorRole.AlternateBase: "#262a30",
            QPalette.ColorRole.ToolTipBase: "#33373d",
            QPalette.ColorRole.ToolTipText: "#e6e8eb",
            QPalette.ColorRole.PlaceholderText: "#9aa0a8",
            QPalette.ColorRole.Text: "#e6e8eb",
            QPalette.ColorRole.Button: "#32363c",
            QPalette.ColorRole.ButtonText: "#e6e8eb",
            QPalette.ColorRole.BrightText: "#ffffff",
            QPalette.ColorRole.Highlight: "#3d7fd1",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.Link: "#79b0ff",
            QPalette.ColorRole.Mid: "#464b53",
            QPalette.ColorRole.Dark: "#16181b",
            QPalette.ColorRole.Light: "#4a4f57",
        },
        disabled="#7b818a",
    )


def _palette(roles: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    _disabled(palette, disabled)
    return palette


def _disabled(palette: QPalette, colour: str) -> None:
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))


def apply_theme(app: QApplication, dark: bool) -> None:
    """Fusion everywhere, so both palettes look the same on every desktop."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else light_palette())
    from app.gui import icons  # icons are coloured from the palette: rebuild them

    icons.reset()
