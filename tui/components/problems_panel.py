"""Every problem of the workspace: schema, tuple files and the workspace file."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from engine.diagnostics import Severity

from ..loading import Problem
from ..messages import JumpToSpan, JumpToTuple
from .styling import component_style

__all__ = ["ProblemsPanel", "ProblemList"]

# a file with a problem on each of 100k lines must not build 100k options
SHOWN = 1000
_LABEL = {Severity.ERROR: "E error", Severity.WARNING: "W warning", Severity.INFORMATION: "i info",
          Severity.HINT: "h hint"}
_TONE = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFORMATION: "info", Severity.HINT: "info"}


class ProblemList(OptionList):
    """The problems. enter: show it in the schema view or the tuples table."""

    HELP = "Every diagnostic of the schema, tuple and workspace files; enter shows where it is."

    BINDINGS = [Binding("enter", "select", "Show", show=False)]

    COMPONENT_CLASSES = {"problem-list--error", "problem-list--warning", "problem-list--info"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.problems: list[Problem] = []
        self.all_problems: list[Problem] = []
        self.root: str | None = None

    def set_problems(self, problems: list[Problem], root: str | None) -> None:
        self.all_problems = problems
        self.problems = problems[:SHOWN]
        self.root = root
        self.clear_options()
        if not problems:
            self.add_option(Option(Text("No problems: Keto would load this workspace", style="italic"),
                                   disabled=True))
            return
        self.add_options([Option(self._prompt(p)) for p in self.problems])
        if len(problems) > SHOWN:
            self.add_option(Option(Text(f"… and {len(problems) - SHOWN} more", style="italic"), disabled=True))

    def restyle(self) -> None:
        """Build the prompts again with the current theme's colours."""
        self.set_problems(self.all_problems, self.root)

    def _prompt(self, p: Problem) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        style = component_style(self, f"problem-list--{_TONE[p.severity]}")
        text.append(f"{_LABEL[p.severity]:<10}", style)
        text.append(f"{p.location(self.root)}  ")
        if p.code:
            text.append(f"[{p.code}] ", "dim")
        text.append(p.message.splitlines()[0] if p.message else "")
        return text

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        index = event.option_index
        if not (0 <= index < len(self.problems)):
            return
        p = self.problems[index]
        if p.kind == "schema" and p.start is not None:
            self.post_message(JumpToSpan(p.start, p.end if p.end is not None else p.start))
        elif p.kind in ("tuples", "workspace") and p.line is not None:
            self.post_message(JumpToTuple(p.file, p.line))


class ProblemsPanel(Vertical):
    def compose(self) -> ComposeResult:
        yield Static("", id="problems-title", classes="panel-title")
        yield ProblemList(id="problem-list")

    def set_problems(self, problems: list[Problem], root: str | None) -> None:
        self.query_one(ProblemList).set_problems(problems, root)
        errors = sum(1 for p in problems if p.severity is Severity.ERROR)
        warnings = sum(1 for p in problems if p.severity is Severity.WARNING)
        others = len(problems) - errors - warnings
        text = Text(no_wrap=True)
        text.append(f"Problems: {errors} error{'s' if errors != 1 else ''}, "
                    f"{warnings} warning{'s' if warnings != 1 else ''}")
        if others:
            text.append(f", {others} other")
        self.query_one("#problems-title", Static).update(text)
