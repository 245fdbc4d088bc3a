"""Derivation trees: the steps a check took, each with its result.

One structure for every face: the CLI (--explain), the TUI, the browser
playground and the language server render it. A node records the kind of
step, the query it decided, the result, the tuple that matched (at leaves),
the OPL span of the rule behind it, and its children. A denied check's tree
holds every branch tried, since nothing short-circuits a denial.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .result import NAMES

__all__ = ["TraceNode", "KINDS", "render_text"]

KINDS = ("permit", "union", "intersection", "negation", "direct", "subject_set", "computed",
         "traverse", "limit", "cycle")


@dataclass(slots=True, eq=False, init=False)
class TraceNode:
    kind: str
    query: str
    rule: str = ""  # a short description of the OPL rule or step
    membership: int = 0
    limitation: str | None = None
    error: str | None = None
    tuple: str | None = None  # the tuple that matched (leaves)
    span: tuple[int, int] | None = None  # offsets in the schema file
    depth: int | None = None  # depth left when the step ran
    note: str | None = None
    children: list["TraceNode"] = field(default_factory=list)

    # Written out rather than generated: explain mode makes a few hundred
    # nodes per check, and this is quicker than the generated __init__ with
    # its default_factory (~4 % of explain mode's time on the benchmark).
    def __init__(self, kind: str, query: str, rule: str = "", membership: int = 0,
                 limitation: str | None = None, error: str | None = None, tuple: str | None = None,
                 span: tuple[int, int] | None = None, depth: int | None = None, note: str | None = None,
                 children: list["TraceNode"] | None = None):
        self.kind = kind
        self.query = query
        self.rule = rule
        self.membership = membership
        self.limitation = limitation
        self.error = error
        self.tuple = tuple
        self.span = span
        self.depth = depth
        self.note = note
        self.children = [] if children is None else children

    def add(self, child: "TraceNode") -> "TraceNode":
        self.children.append(child)
        return child

    def finish(self, res: tuple) -> tuple:
        self.membership, self.limitation, self.error = res
        return res

    @property
    def result(self) -> str:
        return NAMES[self.membership]

    def to_json(self, spans=None) -> dict:
        """spans: a callable (start, end) -> {"file", "range"} or None."""
        out = {
            "kind": self.kind,
            "query": self.query,
            "rule": self.rule,
            "result": self.result,
            "limitation": self.limitation,
            "error": self.error,
            "tuple": self.tuple,
            "span": spans(*self.span) if (spans is not None and self.span is not None) else None,
            "depth": self.depth,
        }
        if self.note:
            out["note"] = self.note
        out["children"] = [c.to_json(spans) for c in self.children]
        return out

    def walk(self):
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def deciding_path(self) -> list["TraceNode"]:
        """The chain of nodes that decided the result (for highlighting)."""
        path = [self]
        node = self
        while node.children:
            same = [c for c in node.children if c.membership == node.membership and c.error == node.error]
            if not same:
                break
            node = same[0]
            path.append(node)
        return path


_MARK = {"member": "✓", "not_member": "✗", "unknown": "?"}
_COLOR = {"member": "\x1b[32m", "not_member": "\x1b[31m", "unknown": "\x1b[33m"}


def render_text(node: TraceNode, color: bool = False, max_nodes: int = 2000) -> str:
    """An indented text rendering (what `opl check --explain` prints)."""
    lines: list[str] = []
    stack = [(node, "", True, True)]
    while stack and len(lines) < max_nodes:
        n, prefix, last, root = stack.pop()
        res = n.result
        label = f"{_MARK[res]} {res}"
        if n.limitation:
            label += f" ({n.limitation})"
        if n.error:
            label = f"! error: {n.error}"
        if color:
            label = f"{_COLOR.get(res, '')}{label}\x1b[0m"
        text = f"{n.kind} {n.query}"
        if n.rule:
            text += f"  [{n.rule}]"
        if n.tuple:
            text += f"  tuple {n.tuple}"
        if n.note:
            text += f"  — {n.note}"
        branch = "" if root else ("└─ " if last else "├─ ")
        lines.append(f"{prefix}{branch}{label}  {text}")
        child_prefix = prefix if root else prefix + ("   " if last else "│  ")
        kids = n.children
        for i in range(len(kids) - 1, -1, -1):
            stack.append((kids[i], child_prefix, i == len(kids) - 1, False))
    if stack:
        lines.append(f"… ({sum(1 for _ in node.walk()) - len(lines)} more steps)")
    return "\n".join(lines)
