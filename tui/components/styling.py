"""Component styles as Rich styles that stay readable in every theme.

Textual's partial component styles keep colours such as `auto 60%` (the
muted text colour) unresolved, which renders as white on a light theme. The
full style resolves them against the widget's background; this keeps its
text attributes and colour, and its background only where the .tcss sets one.
"""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget

__all__ = ["component_style"]


def component_style(widget: Widget, name: str) -> Style:
    full = widget.get_component_rich_style(name)
    own_background = widget.get_component_styles(name).has_rule("background")
    return Style(color=full.color, bgcolor=full.bgcolor if own_background else None, bold=full.bold,
                 dim=full.dim, italic=full.italic, underline=full.underline, strike=full.strike,
                 reverse=full.reverse)
