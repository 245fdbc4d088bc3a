"""The result panel: the last query's answer and its tree.

A check shows its verdict and derivation tree; expand its tree; list the
matching tuples; lookup the objects or subjects found. The line below the
tree tells where the highlighted step's rule is in the schema.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static, Tree

from engine.check.trace import TraceNode
from engine.diagnostics import SourceText

from ..messages import PinQuery
from ..query import Outcome
from .trees import Item, ResultTree, result_label

__all__ = ["ResultPanel"]


class ResultPanel(Vertical):
    """The answer to the last query. p: pin the check as a watch."""

    HELP = ("The last query's answer. A check shows its derivation tree: every step with its result, its rule "
            "and the tuple that matched; the path that decided it is open. enter on a step shows its rule "
            "in the schema view.")

    BINDINGS = [
        Binding("p", "pin", "Pin as watch"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.outcome: Outcome | None = None
        self.shown_query: str | None = None  # the query whose answer is on screen
        self.last_allowed: bool | None = None
        self.source: SourceText | None = None  # the schema text, for line numbers of rules

    def compose(self) -> ComposeResult:
        yield Static(Text("Type a query above: check, expand, list or lookup (F1: help)", no_wrap=True,
                          overflow="ellipsis"), id="result-title", classes="panel-title")
        yield ResultTree(id="result-tree")
        yield Static("", id="result-status", classes="panel-status")

    @property
    def tree(self) -> ResultTree:
        return self.query_one(ResultTree)

    # ------------------------------------------------------------ showing

    def show(self, outcome: Outcome, source: SourceText | None = None) -> None:
        self.outcome = outcome
        self.source = source
        q = outcome.query
        title = Text(no_wrap=True, overflow="ellipsis")
        tree = self.tree
        if outcome.error is not None:
            title.append("! error ", "bold")
            title.append(f"{q.text}: {outcome.error}")
            tree.show_items([])
            self.last_allowed = None
        elif outcome.check is not None:
            r = outcome.check
            verdict = "allowed" if r.allowed else "denied"
            label, _tone = result_label(r.result, r.limitation, r.error)
            title.append(f"{'✓' if r.allowed else '✗'} {verdict} ", "bold")
            title.append(f"({label[2:]}) ")
            title.append(r.query)
            if r.error:
                title.append(f" — error: {r.error}")
            if r.note:
                title.append(f" — {r.note}")
            if r.tree is not None:
                tree.show_trace(r.tree)
            else:
                tree.show_items([Item(r.note or "no rule was evaluated", "not_member")])
            self.last_allowed = r.allowed
        elif outcome.expand is not None:
            title.append(f"expand {q.target}", "bold")
            title.append(f" ({q.mode})")
            tree.show_expand(outcome.expand)
            self.last_allowed = None
        elif q.verb == "list":
            n = len(outcome.tuples)
            title.append(f"list {q.target or '(everything)'}", "bold")
            title.append(f": {n} tuple{'s' if n != 1 else ''}" + (" (first page)" if outcome.more else ""))
            tree.show_items([Item(str(t), payload=str(t)) for t in outcome.tuples])
            self.last_allowed = None
        else:
            n = len(outcome.found)
            what = "objects" if q.verb == "lookup_objects" else "subjects"
            title.append(f"lookup {what} ", "bold")
            title.append(f"{q.subject + ' ' if q.subject else ''}{q.target}: {n} found")
            tree.show_items([Item(x, "member", payload=x) for x in outcome.found])
            self.last_allowed = None
        self.query_one("#result-title", Static).update(title)
        self._status(None)
        self.shown_query = q.text
        tree.cursor_line = 0
        tree.scroll_home(animate=False)

    def _status(self, node) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        data = node.data if node is not None else None
        if isinstance(data, TraceNode) and data.span is not None and self.source is not None:
            line = self.source.position(data.span[0]).line + 1
            text.append(f"rule at schema line {line} · enter: show it")
        elif isinstance(data, TraceNode):
            text.append("no OPL rule behind this step (a tuple lookup)")
        elif self.outcome is not None and self.outcome.check is not None:
            text.append("p: pin as watch · space: open/close · o/O: open/close all")
        self.query_one("#result-status", Static).update(text)

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        self._status(event.node)

    # ------------------------------------------------------------ actions

    def action_pin(self) -> None:
        if self.outcome is not None and self.outcome.check is not None:
            self.post_message(PinQuery(self.outcome.check.query))
        else:
            self.notify("Only checks can be pinned", severity="warning", timeout=3)
