"""The query bar: one line of Keto's string syntax, completion and history.

Typing opens the completion list (from the schema and the tuples); tab takes
the highlighted candidate, ↑↓ move in the list while it is open and walk
the history otherwise. enter runs the query; ctrl+b pins it as a watch.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..completion import Candidate
from ..history import History
from ..messages import PinQuery

__all__ = ["QueryBar", "QueryInput", "CompletionList"]

class CompletionList(OptionList, can_focus=False):
    """Candidates for the word being typed (never takes the focus)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.candidates: list[Candidate] = []

    def show(self, candidates: list[Candidate]) -> None:
        if candidates == self.candidates and self.display == bool(candidates):
            return
        self.candidates = candidates
        self.clear_options()
        if not candidates:
            self.display = False
            return
        prompts = []
        for c in candidates:
            t = Text(no_wrap=True)
            t.append(c.label)
            t.append(f"  {c.kind}", "dim italic")
            prompts.append(Option(t))
        self.add_options(prompts)
        self.highlighted = 0
        self.display = True

    @property
    def current(self) -> Candidate | None:
        if not self.display or self.highlighted is None or not self.candidates:
            return None
        return self.candidates[min(self.highlighted, len(self.candidates) - 1)]


class QueryInput(Input):
    """The query. enter: run · tab: complete · ↑↓: history (or candidates) · ctrl+b: pin · esc: close list."""

    HELP = ("check NS:OBJ#REL@SUBJECT (or just the tuple), expand NS:OBJ#REL, list [NS][:OBJ][#REL][@SUBJECT], "
            "lookup objects SUBJECT NS#PERMIT, lookup subjects NS:OBJ#PERMIT; --max-depth N after check, "
            "expand or lookup; --mode tuples after expand.")

    BINDINGS = [
        Binding("enter", "submit", "Run the query", show=False),
        Binding("tab", "complete", "Complete", show=False),
        Binding("up", "older", "Previous", show=False),
        Binding("down", "newer", "Next", show=False),
        Binding("escape", "dismiss", "Close list", show=False),
        Binding("ctrl+b", "pin", "Pin", show=True),
    ]

    def __init__(self, history: History, completer: Callable[[str], list[Candidate]], **kwargs) -> None:
        super().__init__(**kwargs)
        self.history = history
        self.completer = completer
        self._typed = False  # the user typed since the last run / recall: completion is live

    @property
    def completions(self) -> CompletionList:
        return self.screen.query_one(CompletionList)

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "complete":
            # tab leaves the bar (focus next) unless there is something to complete
            return self.completions.display and bool(self.completions.candidates)
        return True

    def refresh_completions(self) -> None:
        if not self._typed or not self.has_focus:
            self.completions.show([])
            return
        self.completions.show(self.completer(self.value))

    async def _on_key(self, event: events.Key) -> None:
        if event.is_printable:
            self._typed = True
        await super()._on_key(event)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input is self:
            if event.value == "":
                self._typed = False
            self.refresh_completions()

    def action_delete_left(self) -> None:
        self._typed = True
        super().action_delete_left()

    def on_blur(self, event: events.Blur) -> None:
        self.completions.show([])

    def action_complete(self) -> None:
        c = self.completions.current
        if c is None:
            return
        self.value = c.text
        self.cursor_position = len(self.value)
        self.refresh_completions()

    def action_older(self) -> None:
        lst = self.completions
        if lst.display and lst.candidates:
            lst.highlighted = max(0, (lst.highlighted or 0) - 1)
            return
        value = self.history.previous(self.value)
        if value is not None:
            self._recall(value)

    def action_newer(self) -> None:
        lst = self.completions
        if lst.display and lst.candidates:
            lst.highlighted = min(len(lst.candidates) - 1, (lst.highlighted or 0) + 1)
            return
        value = self.history.next()
        if value is not None:
            self._recall(value)

    def _recall(self, value: str) -> None:
        self._typed = False
        self.value = value
        self.cursor_position = len(value)

    def action_dismiss(self) -> None:
        if self.completions.display:
            self._typed = False
            self.completions.show([])
        else:
            self.post_message(QueryBar.Leave())

    def action_pin(self) -> None:
        if self.value.strip():
            self.post_message(PinQuery(self.value.strip()))

    def action_submit(self) -> None:
        self._typed = False
        self.completions.show([])
        self.history.reset()
        return super().action_submit()


class QueryBar(Vertical):
    """The prompt, the input and the completion list under it."""

    class Leave(Message):
        """Escape with nothing to close: the app moves the focus to the result."""

    def __init__(self, history: History, completer: Callable[[str], list[Candidate]], *,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self._history = history
        self._completer = completer

    def compose(self) -> ComposeResult:
        with Horizontal(id="query-row"):
            yield Static("›", id="query-prompt")
            yield QueryInput(self._history, self._completer, id="query-input",
                             placeholder="check NS:OBJ#REL@SUBJECT   (tab completes, ↑ history, F1 help)")
        yield CompletionList(id="completions")

    @property
    def input(self) -> QueryInput:
        return self.query_one(QueryInput)

    def on_mount(self) -> None:
        self.query_one(CompletionList).display = False
