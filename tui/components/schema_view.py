"""The schema view: the OPL file, highlighted, with its diagnostics in place.

A read-only view with a cursor line. Each line with a problem gets a marker
in the gutter (E, W, i — a letter, not only a colour), its range underlined,
and the first message after the code; the line under the cursor shows its
messages in full below the view. A derivation-tree node's rule is shown by
`show_span`, which selects and scrolls to it.
"""

from __future__ import annotations

from bisect import bisect_right

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from engine.diagnostics import Diagnostic, Severity

from ..highlight import CLASSES
from .styling import component_style

__all__ = ["SchemaView", "SchemaPanel"]

_MARK = {Severity.ERROR: "E", Severity.WARNING: "W", Severity.INFORMATION: "i", Severity.HINT: "h"}
_SEV = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFORMATION: "info", Severity.HINT: "info"}


class SchemaView(ScrollView, can_focus=True):
    """The schema file. ↑↓ move the cursor line; n/N jump between problems."""

    HELP = "The schema file with syntax highlighting; problems are marked E/W/i in the gutter and underlined."

    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Line up", show=False),
        Binding("down,j", "cursor(1)", "Line down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home,g", "edge(0)", "First line", show=False),
        Binding("end,G", "edge(1)", "Last line", show=False),
        Binding("left", "scroll_left", "Scroll left", show=False),
        Binding("right", "scroll_right", "Scroll right", show=False),
        Binding("n", "problem(1)", "Next problem"),
        Binding("N,p", "problem(-1)", "Previous problem"),
    ]

    COMPONENT_CLASSES = {f"schema-view--{c}" for c in CLASSES} | {
        "schema-view--gutter", "schema-view--cursor", "schema-view--span",
        "schema-view--error", "schema-view--warning", "schema-view--info",
    }

    cursor = reactive(0, always_update=True)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = ""
        self.lines: list[str] = []
        self.starts: list[int] = [0]
        self.spans: list[tuple[int, int, str]] = []
        self.diagnostics: list[Diagnostic] = []
        self.by_line: dict[int, list[Diagnostic]] = {}
        self.selected: tuple[int, int] | None = None
        self._cache: dict[int, Text] = {}
        self._gutter = 4

    # ------------------------------------------------------------ content

    def set_schema(self, text: str, spans: list[tuple[int, int, str]], diagnostics: list[Diagnostic]) -> None:
        keep_cursor = self.cursor if text == self.text else 0
        self.text = text
        self.lines = text.split("\n")
        self.starts = [0]
        for ln in self.lines[:-1]:
            self.starts.append(self.starts[-1] + len(ln) + 1)
        self.spans = spans
        self.diagnostics = sorted(diagnostics, key=lambda d: (d.start, d.severity.rank))
        self.by_line = {}
        for d in self.diagnostics:
            first, last = self.line_of(d.start), self.line_of(max(d.start, d.end - 1))
            for ln in range(first, last + 1):
                self.by_line.setdefault(ln, []).append(d)
        if self.selected is not None and text != getattr(self, "_selected_text", None):
            self.selected = None
        self._gutter = len(str(len(self.lines))) + 3
        self._cache.clear()
        width = max((len(ln) for ln in self.lines), default=0) + self._gutter + 60
        self.virtual_size = Size(width, len(self.lines))
        self.cursor = min(keep_cursor, max(0, len(self.lines) - 1))
        self.refresh()

    def line_of(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def problems_at(self, line: int) -> list[Diagnostic]:
        return self.by_line.get(line, [])

    # ------------------------------------------------------------ jumps

    def show_span(self, start: int, end: int) -> None:
        """Select [start, end) and bring it into view."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        self.selected = (start, end)
        self._selected_text = self.text
        self._cache.clear()
        self.cursor = self.line_of(start)
        self.scroll_to(y=max(0, self.cursor - self.size.height // 3), animate=False)
        self.refresh()

    def watch_cursor(self, old: int, new: int) -> None:
        if not self.lines:
            return
        height = max(1, self.size.height)
        top = self.scroll_offset.y
        if new < top:
            self.scroll_to(y=new, animate=False)
        elif new >= top + height:
            self.scroll_to(y=new - height + 1, animate=False)
        self.refresh()
        panel = self.parent
        if isinstance(panel, SchemaPanel):
            panel.update_status()

    def action_cursor(self, delta: int) -> None:
        self.cursor = max(0, min(len(self.lines) - 1, self.cursor + delta))

    def action_page(self, direction: int) -> None:
        self.action_cursor(direction * max(1, self.size.height - 1))

    def action_edge(self, end: int) -> None:
        self.cursor = (len(self.lines) - 1) if end else 0

    def action_problem(self, direction: int) -> None:
        lines = sorted(self.by_line)
        if not lines:
            self.notify("No problems in the schema", timeout=2)
            return
        if direction > 0:
            nxt = next((ln for ln in lines if ln > self.cursor), lines[0])
        else:
            nxt = next((ln for ln in reversed(lines) if ln < self.cursor), lines[-1])
        self.cursor = nxt

    # ------------------------------------------------------------ rendering

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def _style(self, name: str) -> Style:
        return component_style(self, f"schema-view--{name}")

    def _background(self, name: str) -> Style:
        return component_style(self, f"schema-view--{name}")

    def _line_text(self, y: int) -> Text:
        cached = self._cache.get(y)
        if cached is not None:
            return cached
        line = self.lines[y].replace("\t", " ")
        base = self.starts[y]
        end = base + len(line)
        body = Text(line, no_wrap=True, end="")
        for s, e, kind in self._spans_in(base, end):
            body.stylize(self._style(kind), max(0, s - base), min(len(line), e - base))
        diags = self.by_line.get(y, [])
        for d in diags:
            s, e = max(d.start, base), min(max(d.end, d.start + 1), end)
            style = self._style(_SEV[d.severity]) + Style(underline=True)
            if s < e:
                body.stylize(style, s - base, e - base)
        if self.selected is not None:
            s, e = max(self.selected[0], base), min(self.selected[1], end)
            if s < e:
                body.stylize(self._background("span"), s - base, e - base)
        gutter_style = self._style("gutter")
        number = f"{y + 1:>{self._gutter - 3}} "
        text = Text(number, style=gutter_style, no_wrap=True, end="")
        if diags:
            worst = min(diags, key=lambda d: d.severity.rank)
            text.append(_MARK[worst.severity], self._style(_SEV[worst.severity]) + Style(bold=True))
            text.append(" ")
        else:
            text.append("  ", gutter_style)
        text.append_text(body)
        starting = [d for d in diags if self.line_of(d.start) == y]
        if starting:
            d = min(starting, key=lambda d: d.severity.rank)
            more = f" (+{len(diags) - 1})" if len(diags) > 1 else ""
            text.append(f"   ■ {d.severity.value}: {d.message.splitlines()[0]}{more}",
                        self._style(_SEV[d.severity]) + Style(italic=True))
        self._cache[y] = text
        return text

    def _spans_in(self, start: int, end: int):
        # spans are sorted by start; a linear scan from the first that may overlap
        spans = self.spans
        lo, hi = 0, len(spans)
        while lo < hi:
            mid = (lo + hi) // 2
            if spans[mid][1] <= start:
                lo = mid + 1
            else:
                hi = mid
        i = max(0, lo - 8)  # comments can start before the line and end on it
        while i < len(spans) and spans[i][0] < end:
            s, e, kind = spans[i]
            if e > start:
                yield s, e, kind
            i += 1

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        base = self.rich_style
        if index >= len(self.lines):
            return Strip.blank(width, base)
        text = self._line_text(index)
        style = base
        if index == self.cursor:
            style = base + self._background("cursor")
        segments = [Segment(s.text, style + s.style if s.style else style, s.control)
                    for s in text.render(self.app.console)]
        strip = Strip(segments).crop_extend(scroll_x, scroll_x + width, style)
        return strip.apply_offsets(scroll_x, index)


class SchemaPanel(Vertical):
    """The schema view and, below it, the problems of the cursor's line."""

    def compose(self) -> ComposeResult:
        yield Static("", id="schema-title", classes="panel-title")
        yield SchemaView(id="schema-view")
        yield Static("", id="schema-status", classes="panel-status")

    @property
    def view(self) -> SchemaView:
        return self.query_one(SchemaView)

    def set_title(self, title: str) -> None:
        self.query_one("#schema-title", Static).update(Text(title, no_wrap=True, overflow="ellipsis"))

    def update_status(self) -> None:
        view = self.view
        diags = view.problems_at(view.cursor)
        if diags:
            d = min(diags, key=lambda d: d.severity.rank)
            r = d.range
            where = f"{r.start.line + 1}:{r.start.character + 1}" if r else f"{view.cursor + 1}"
            extra = f"  (+{len(diags) - 1} more)" if len(diags) > 1 else ""
            msg = Text(f"{_MARK[d.severity]} {where} {d.severity.value}[{d.code}]: {d.message}{extra}",
                       no_wrap=True, overflow="ellipsis")
        else:
            total = len(view.diagnostics)
            msg = Text(f"line {view.cursor + 1}/{len(view.lines)} · "
                       + (f"{total} problem{'s' if total != 1 else ''} (n / N to visit)" if total else "no problems"),
                       no_wrap=True, overflow="ellipsis")
        self.query_one("#schema-status", Static).update(msg)
