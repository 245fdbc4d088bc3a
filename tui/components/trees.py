"""Trees of results: derivation trees (TraceNode), expand trees and plain items.

Children are added when a node is first opened, so a denied check's tree of
thousands of steps appears at once; the path that decided the result is
opened from the start. Every result says what it is in words — `✓ member`,
`✗ not_member`, `? unknown`, `! error` — and in the theme's colour. Enter on
a step with an OPL rule posts JumpToSpan.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from engine.check.trace import TraceNode

from ..messages import JumpToSpan
from .styling import component_style

__all__ = ["ResultTree", "Item", "result_label", "MARKS"]

MARKS = {"member": "✓", "not_member": "✗", "unknown": "?", "error": "!"}


def result_label(result: str, limitation: str | None = None, error: str | None = None) -> tuple[str, str]:
    """(text, style class) for a three-valued result."""
    if error:
        return f"{MARKS['error']} error", "error"
    text = f"{MARKS.get(result, '?')} {result}"
    if limitation:
        text += f" ({limitation})"
    return text, result


@dataclass(slots=True)
class Item:
    """A node that is neither a trace step nor an expand node."""

    label: Text | str
    tone: str | None = None  # member | not_member | unknown | error | None
    children: list | None = None  # more Items, TraceNodes or expand dicts, added when opened
    span: tuple[int, int] | None = None
    payload: object = None  # what a panel wants back when the node is chosen


def _subject_of(node: dict) -> str:
    t = node.get("tuple") or {}
    if "subject_id" in t:
        return t["subject_id"]
    if "subject_set" in t:
        s = t["subject_set"]
        return f'{s.get("namespace", "")}:{s.get("object", "")}' + (f'#{s["relation"]}' if s.get("relation") else "")
    return ""


class ResultTree(Tree):
    """A result tree. enter: show the step's rule in the schema · space: open/close · o/O: open/close all."""

    HELP = ("Derivation and expand trees. Each step shows its result in words and colour, its kind, its query "
            "and its OPL rule; enter jumps to the rule in the schema view.")

    BINDINGS = [
        Binding("enter", "select_cursor", "Show rule", show=False),
        Binding("space", "toggle_node", "Open/close", show=False),
        Binding("left", "scroll_left", "Scroll left", show=False),
        Binding("right", "scroll_right", "Scroll right", show=False),
        Binding("o", "open_all", "Open all", show=False),
        Binding("O", "close_all", "Close all", show=False),
    ]

    COMPONENT_CLASSES = {"result-tree--member", "result-tree--not_member", "result-tree--unknown",
                         "result-tree--error", "result-tree--rule", "result-tree--dim"}

    # a whole denied tree can have thousands of steps: "open all" stops here
    OPEN_ALL_LIMIT = 3000

    def __init__(self, label: str = "", *, id: str | None = None) -> None:
        super().__init__(label, id=id)
        self.show_root = False
        self.guide_depth = 3

    # ------------------------------------------------------------ filling

    def show_trace(self, root: TraceNode, parent: TreeNode | None = None, open_path: bool = True) -> TreeNode:
        """Add a derivation tree (under `parent`, or as the only content)."""
        if parent is None:
            self.clear()
            parent = self.root
        node = self._add(parent, root)
        if open_path:
            self.open_path(node)
        return node

    def open_path(self, node: TreeNode) -> None:
        """Open a trace node down the path of steps that decided its result."""
        if not isinstance(node.data, TraceNode):
            return
        path = set(map(id, node.data.deciding_path()))
        current: TreeNode | None = node
        while current is not None:
            if current.allow_expand:
                current.expand()
            self._populate(current)
            nxt = None
            for child in current.children:
                if isinstance(child.data, TraceNode) and id(child.data) in path:
                    nxt = child
                    break
            current = nxt

    def populate(self, node: TreeNode) -> None:
        self._populate(node)

    def show_expand(self, tree: dict) -> None:
        self.clear()
        node = self._add(self.root, tree)
        node.expand()
        self._populate(node)

    def show_items(self, items: list[Item]) -> None:
        self.clear()
        for item in items:
            self._add(self.root, item)

    def add_item(self, parent: TreeNode, item: Item, expand: bool = False) -> TreeNode:
        node = self._add(parent, item)
        if expand:
            node.expand()
            self._populate(node)
        return node

    def _add(self, parent: TreeNode, data) -> TreeNode:
        has_children = bool(self._children_of(data))
        if has_children:
            return parent.add(self._label(data), data=data, allow_expand=True)
        return parent.add_leaf(self._label(data), data=data)

    @staticmethod
    def _children_of(data) -> list:
        if isinstance(data, TraceNode):
            return data.children
        if isinstance(data, dict):
            return data.get("children") or []
        if isinstance(data, Item):
            return data.children or []
        return []

    def _populate(self, node: TreeNode) -> None:
        if getattr(node, "_filled", False):
            return
        node._filled = True  # type: ignore[attr-defined]
        for child in self._children_of(node.data):
            self._add(node, child)

    def on_tree_node_expanded(self, event: Tree.NodeExpanded) -> None:
        self._populate(event.node)

    # ------------------------------------------------------------ labels

    def _label(self, data) -> Text:
        if isinstance(data, TraceNode):
            res, tone = result_label(data.result, data.limitation, data.error)
            text = Text(no_wrap=True, end="")
            text.append(res, f"tone:{tone}")
            text.append(f"  {data.kind} ")
            text.append(data.query)
            if data.rule:
                text.append(f"  [{data.rule}]", "tone:rule")
            if data.tuple:
                text.append(f"  tuple {data.tuple}", "tone:dim")
            if data.error and data.error != data.rule:
                text.append(f"  — {data.error}", "tone:error")
            if data.note:
                text.append(f"  — {data.note}", "tone:dim")
            return text
        if isinstance(data, dict):
            text = Text(no_wrap=True, end="")
            text.append(data.get("type", "?"), "tone:rule")
            who = _subject_of(data)
            if who:
                text.append(f" {who}")
            return text
        if isinstance(data, Item):
            label = data.label if isinstance(data.label, Text) else Text(str(data.label), no_wrap=True)
            if data.tone:
                label = label.copy()
                label.stylize(f"tone:{data.tone}", 0, label.plain.find("  ") if "  " in label.plain else None)
            return label
        return Text(str(data), no_wrap=True)

    def render_label(self, node: TreeNode, base_style: Style, style: Style) -> Text:
        # "tone:…" style names are placeholders resolved here with the theme's
        # component styles, so a theme switch recolours every label
        label = node._label.copy()
        resolved = Text(label.plain, no_wrap=True, end="")
        for span in label.spans:
            name = str(span.style)
            if name.startswith("tone:"):
                resolved.stylize(component_style(self, f"result-tree--{name[5:]}"),
                                 span.start, span.end)
            else:
                resolved.stylize(span.style, span.start, span.end)
        resolved.stylize(style)
        node._label = label  # keep the placeholders for the next theme
        if node._allow_expand:
            prefix = Text(self.ICON_NODE_EXPANDED if node.is_expanded else self.ICON_NODE, style=base_style)
            prefix.stylize(Style(bold=True))
            return Text.assemble(prefix, resolved)
        return resolved

    def refresh_labels(self) -> None:
        """Draw every label again (the theme changed)."""
        self._clear_line_cache()
        self.refresh()

    # ------------------------------------------------------------ actions

    def span_of(self, node: TreeNode | None) -> tuple[int, int] | None:
        if node is None:
            return None
        data = node.data
        if isinstance(data, TraceNode):
            return data.span
        if isinstance(data, Item):
            return data.span
        return None

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        span = self.span_of(event.node)
        if span is not None:
            self.post_message(JumpToSpan(*span))

    def action_open_all(self) -> None:
        node = self.cursor_node or self.root
        count = 0
        stack = [node]
        while stack and count < self.OPEN_ALL_LIMIT:
            n = stack.pop()
            if n.allow_expand:
                self._populate(n)
                n.expand()
                count += len(n.children)
                stack.extend(n.children)
        if stack:
            self.notify(f"Opened the first {count} steps", timeout=3)

    def action_close_all(self) -> None:
        node = self.cursor_node or self.root
        node.collapse_all()
        if node is not self.root:
            node.collapse()
