"""The workspace's tests: pass or fail, and the derivation tree of each failing check."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from .trees import Item, ResultTree

__all__ = ["TestsPanel"]


def _value(v) -> str:
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(map(str, v)) + "]"
    return str(v)


class TestsPanel(Vertical):
    """The tests of the workspace file. r: run again · enter on a step: show its rule."""

    HELP = ("The tests of the .opl.yaml file, run on the playground's tuples (what-if edits included) after "
            "every change. A failing check shows its derivation tree.")

    BINDINGS = [Binding("r", "run", "Run tests")]

    __test__ = False  # not a pytest test class, whatever its name says

    class RunRequested(Message):
        pass

    def compose(self) -> ComposeResult:
        yield Static("Tests: not run yet", id="tests-title", classes="panel-title")
        yield ResultTree(id="tests-tree")

    @property
    def tree(self) -> ResultTree:
        return self.query_one(ResultTree)

    def action_run(self) -> None:
        self.post_message(self.RunRequested())

    def show_running(self) -> None:
        self.query_one("#tests-title", Static).update("Tests: running…")

    def show_error(self, message: str) -> None:
        self.query_one("#tests-title", Static).update(Text(f"Tests: ! {message}", no_wrap=True, overflow="ellipsis"))

    def show_report(self, report, whatif: bool = False) -> None:
        title = Text(no_wrap=True, overflow="ellipsis")
        if not report.outcomes:
            title.append("Tests: this workspace has none (add `tests:` to its .opl.yaml)")
            self.tree.show_items([])
            self.query_one("#tests-title", Static).update(title)
            return
        title.append(f"Tests: {report.passed} passed", "bold" if report.ok else "")
        if report.failed:
            title.append(f" · {report.failed} failed", "bold")
        if report.errors:
            title.append(f" · {report.errors} with errors", "bold")
        if whatif:
            title.append(" · with the unsaved what-if edits")
        self.query_one("#tests-title", Static).update(title)
        tree = self.tree
        tree.clear()
        for outcome in report.outcomes:
            mark, tone = ("✓ pass", "member") if outcome.passed else ("✗ FAIL", "not_member")
            children = []
            if outcome.error:
                children.append(Item(f"! error  {outcome.error}", "error"))
            for a in outcome.assertions:
                children.append(self._assertion(a))
            item = Item(Text(f"{mark}  {outcome.case.name}", no_wrap=True), tone, children)
            node = tree.add_item(tree.root, item, expand=not outcome.passed)
            if not outcome.passed:
                # open each failing check down to the step that decided it
                for child in node.children:
                    data = child.data
                    if isinstance(data, Item) and data.children and data.tone == "not_member":
                        child.expand()
                        tree.populate(child)
                        for trace in child.children:
                            tree.open_path(trace)

    @staticmethod
    def _assertion(a) -> Item:
        spec = a.assertion
        mark, tone = ("✓ pass", "member") if a.passed else ("✗ FAIL", "not_member")
        if a.error:
            label = f"{mark}  {spec.kind} {spec.query}: {a.error}"
            return Item(label, "error" if not a.passed else tone)
        label = f"{mark}  {spec.kind} {spec.query}: expected {_value(spec.expected)}, got {_value(a.actual)}"
        children = None
        if not a.passed and a.check is not None and a.check.tree is not None:
            children = [a.check.tree]
        return Item(Text(label, no_wrap=True), tone, children)
