"""Pinned checks, re-run on every change; the ones the last change flipped say so."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..messages import RunQuery, UnpinQuery
from ..watches import Watch
from .styling import component_style

__all__ = ["WatchesPanel", "WatchList"]


class WatchList(OptionList):
    """The watches. enter: show the check's tree · d: unpin · c: clear the flip marks."""

    HELP = ("Pinned checks (p in the result panel, ctrl+b in the query bar). They run again whenever the "
            "schema, the tuples or the what-if edits change; ⇄ marks the ones the last change flipped.")

    BINDINGS = [
        Binding("enter", "select", "Show its tree", show=False),
        Binding("d,delete", "unpin", "Unpin"),
        Binding("c", "clear_flips", "Clear flips", show=False),
    ]

    COMPONENT_CLASSES = {"watch-list--allowed", "watch-list--denied", "watch-list--error", "watch-list--flip"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.watches: list[Watch] = []

    def set_watches(self, watches: list[Watch]) -> None:
        keep = self.highlighted
        self.display = bool(watches)
        self.watches = list(watches)
        self.clear_options()
        width = max((len(w.verdict) for w in self.watches), default=0)
        self.add_options([Option(self._prompt(w, width), id=str(i)) for i, w in enumerate(self.watches)])
        if self.watches:
            self.highlighted = min(keep or 0, len(self.watches) - 1)

    def _prompt(self, w: Watch, width: int) -> Text:
        tone = "error" if w.verdict == "error" else ("allowed" if w.verdict == "allowed" else "denied")
        mark = {"allowed": "✓", "denied": "✗", "error": "!"}[tone]
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(f"{mark} {w.verdict:<{width}}", component_style(self, f"watch-list--{tone}"))
        if w.flipped:
            # the flip comes before the query so that a narrow panel still shows it
            text.append(f" ⇄ was {w.before} ", component_style(self, "watch-list--flip"))
        text.append(f" {w.query}")
        if w.error:
            text.append(f"  {w.error}")
        return text

    def restyle(self) -> None:
        """Build the prompts again with the current theme's colours."""
        self.set_watches(self.watches)

    @property
    def current(self) -> Watch | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.watches)):
            return None
        return self.watches[self.highlighted]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        w = self.current
        if w is not None:
            self.post_message(RunQuery(w.query))

    def action_unpin(self) -> None:
        w = self.current
        if w is not None:
            self.post_message(UnpinQuery(w.query))

    def action_clear_flips(self) -> None:
        for w in self.watches:
            w.before = None
        self.set_watches(self.watches)
        panel = self.parent
        if isinstance(panel, WatchesPanel):
            panel.update_title()


class WatchesPanel(Vertical):
    def compose(self) -> ComposeResult:
        yield Static("", id="watches-title", classes="panel-title")
        yield WatchList(id="watch-list")

    @property
    def list(self) -> WatchList:
        return self.query_one(WatchList)

    def set_watches(self, watches: list[Watch]) -> None:
        self.list.set_watches(watches)
        self.update_title()

    def update_title(self) -> None:
        watches = self.list.watches
        flipped = sum(1 for w in watches if w.flipped)
        text = Text(no_wrap=True, overflow="ellipsis")
        if not watches:
            text.append("Watches: none pinned (p on a check's result, or ctrl+b in the query bar)")
        else:
            text.append(f"Watches ({len(watches)})")
            if flipped:
                text.append(f" · ⇄ {flipped} flipped by the last change", "bold")
        self.query_one("#watches-title", Static).update(text)
