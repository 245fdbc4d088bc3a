"""In-app help: every key binding, read from the widgets' own BINDINGS and HELP.

Each widget declares its bindings and a HELP text (as in Posting), so this
screen cannot drift from what the keys do.
"""

from __future__ import annotations

import os

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

__all__ = ["HelpScreen", "key_label"]

_KEY_NAMES = {"up": "↑", "down": "↓", "left": "←", "right": "→", "pageup": "PgUp", "pagedown": "PgDn",
              "slash": "/", "question_mark": "?", "escape": "esc", "delete": "Del", "insert": "Ins",
              "space": "space", "enter": "enter", "tab": "tab"}


def key_label(keys: str) -> str:
    out = []
    for k in keys.split(","):
        k = k.strip()
        if k.startswith("ctrl+"):
            out.append("ctrl+" + _KEY_NAMES.get(k[5:], k[5:]))
        else:
            out.append(_KEY_NAMES.get(k, k))
    return " / ".join(out)


def _bindings(cls) -> list[Binding]:
    found = []
    for b in getattr(cls, "BINDINGS", []):
        if isinstance(b, Binding):
            found.append(b)
        elif isinstance(b, tuple) and len(b) >= 3:
            found.append(Binding(*b))
    return found


class HelpScreen(ModalScreen[None]):
    """Every key, by where it works. escape, q or F1: close."""

    BINDINGS = [
        Binding("escape,q,f1,question_mark", "dismiss", "Close help"),
        Binding("up,k", "scroll(-1)", "Scroll up", show=False),
        Binding("down,j", "scroll(1)", "Scroll down", show=False),
        Binding("pageup", "scroll(-10)", "Page up", show=False),
        Binding("pagedown,space", "scroll(10)", "Page down", show=False),
    ]

    def __init__(self, sections: list[tuple[str, type]], intro: str) -> None:
        """sections: (title, widget class) — the class's HELP and BINDINGS are shown."""
        super().__init__()
        self.sections = sections
        self.intro = intro

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="dialog"):
            yield Static("opl play — keys (escape closes)", classes="dialog-title")
            with VerticalScroll(id="help-body"):
                yield Static(Text(self.intro), classes="help-intro")
                for title, cls in self.sections:
                    yield Static(self._section(title, cls), classes="help-section")

    def plain_text(self, width: int = 100) -> str:
        """The help as plain text (what the screen shows)."""
        from rich.console import Console
        console = Console(width=width, record=True, file=open(os.devnull, "w"), color_system=None)
        console.print(Text(self.intro))
        for title, cls in self.sections:
            console.print(self._section(title, cls))
        return console.export_text()

    def _section(self, title: str, cls) -> Group:
        parts: list = [Text(title, style="bold")]
        help_text = getattr(cls, "HELP", None)
        if help_text:
            parts.append(Text(help_text, style="italic"))
        table = Table(show_header=False, box=None, expand=True, padding=(0, 1))
        table.add_column("key", no_wrap=True, min_width=14)
        table.add_column("does", ratio=1)
        for b in _bindings(cls):
            if b.description:
                table.add_row(key_label(b.key), b.description)
        parts.append(table)
        return Group(*parts)

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()

    def action_scroll(self, lines: int) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_relative(y=lines, animate=False)
