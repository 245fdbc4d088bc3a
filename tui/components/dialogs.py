"""Modal dialogs: typing a tuple, and choosing between a few answers."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from engine.tuples import RelationTuple

from ..completion import Candidate

__all__ = ["TupleDialog", "ChoiceDialog"]


class TupleDialog(ModalScreen[RelationTuple | None]):
    """Type a tuple. enter: apply as a what-if · tab: complete · escape: cancel."""

    HELP = "Add or edit a tuple in Keto's syntax NS:OBJ#REL@SUBJECT; the change is a what-if until saved."

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("tab", "complete", "Complete", show=False),
        Binding("up", "move(-1)", "Previous candidate", show=False),
        Binding("down", "move(1)", "Next candidate", show=False),
    ]

    def __init__(self, title: str, value: str, parse: Callable[[str], RelationTuple],
                 advise: Callable[[RelationTuple], list[str]],
                 completer: Callable[[str], list[Candidate]]) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.parse = parse
        self.advise = advise
        self.completer = completer
        self.candidates: list[Candidate] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="tuple-dialog", classes="dialog"):
            yield Static(self.title_text, classes="dialog-title")
            yield Input(self.value, id="tuple-input", placeholder="Namespace:object#relation@Subject:id")
            yield OptionList(id="tuple-completions")
            yield Static("", id="tuple-advice", classes="dialog-advice")
            yield Static("enter: apply (unsaved what-if) · tab: complete · escape: cancel", classes="dialog-keys")

    def on_mount(self) -> None:
        self.query_one("#tuple-completions", OptionList).display = False
        inp = self.query_one("#tuple-input", Input)
        inp.focus()
        inp.cursor_position = len(inp.value)
        self._advise(inp.value)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._advise(event.value)
        self.candidates = self.completer(event.value) if event.value.strip() else []
        lst = self.query_one("#tuple-completions", OptionList)
        lst.clear_options()
        if self.candidates:
            lst.add_options([Option(Text(c.text, no_wrap=True)) for c in self.candidates[:50]])
            lst.highlighted = 0
            lst.styles.height = min(6, len(self.candidates))
        lst.display = bool(self.candidates)

    def _advise(self, value: str) -> None:
        advice = self.query_one("#tuple-advice", Static)
        if not value.strip():
            advice.update("")
            return
        try:
            t = self.parse(value)
        except ValueError as e:
            advice.update(Text(f"! {e}", no_wrap=False))
            advice.set_class(True, "-bad")
            return
        notes = self.advise(t)
        advice.set_class(False, "-bad")
        advice.update(Text("\n".join(f"W {n}" for n in notes) if notes else "✓ a well-formed tuple"))

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in ("complete", "move"):
            return bool(self.candidates) and self.query_one("#tuple-completions", OptionList).display
        return True

    def action_complete(self) -> None:
        lst = self.query_one("#tuple-completions", OptionList)
        if not self.candidates or lst.highlighted is None:
            return
        inp = self.query_one("#tuple-input", Input)
        inp.value = self.candidates[lst.highlighted].text
        inp.cursor_position = len(inp.value)

    def action_move(self, delta: int) -> None:
        lst = self.query_one("#tuple-completions", OptionList)
        if lst.highlighted is not None:
            lst.highlighted = max(0, min(len(self.candidates) - 1, lst.highlighted + delta))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            t = self.parse(event.value)
        except ValueError as e:
            self.query_one("#tuple-advice", Static).update(Text(f"! {e}"))
            return
        self.dismiss(t)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoiceDialog(ModalScreen[str]):
    """A question with a few answers; each answer has a key (shown on its button)."""

    HELP = "A question: press the key shown on an answer, or move with tab and press enter."

    BINDINGS = [Binding("escape", "choose('cancel')", "Cancel")]

    def __init__(self, title: str, message: str, choices: list[tuple[str, str, str]]) -> None:
        """choices: (answer id, key, label); "cancel" is what escape answers."""
        super().__init__()
        self.title_text = title
        self.message = message
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(id="choice-dialog", classes="dialog"):
            yield Static(self.title_text, classes="dialog-title")
            yield Static(self.message, classes="dialog-message")
            with Horizontal(classes="dialog-buttons"):
                for answer, key, label in self.choices:
                    yield Button(f"{label} [{key}]", id=f"choice-{answer}", classes="choice")

    def on_mount(self) -> None:
        # When the app is shutting down, the buttons may never have been
        # mounted; a question nobody will answer must not raise.
        buttons = self.query(Button)
        if buttons:
            buttons.first().focus()

    def on_key(self, event) -> None:
        for answer, key, _label in self.choices:
            if event.key == key:
                event.stop()
                self.dismiss(answer)
                return

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id.removeprefix("choice-"))

    def action_choose(self, answer: str) -> None:
        self.dismiss(answer)
