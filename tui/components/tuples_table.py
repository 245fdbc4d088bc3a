"""The tuples table: every tuple of the files, filterable, with the what-if layer.

Rows are drawn on demand (a Line API view), so 120k tuples scroll and filter
without building 120k widgets. Unsaved rows say so in words — `+ added`,
`− deleted`, `~ edited` — as well as in colour; lines that do not read as
tuples show `! error` with Keto's message.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Input, Static

from engine.diagnostics import Severity

from ..tuple_rows import ADDED, BROKEN, EDITED, REMOVED, SAVED, Row, TupleRows
from ..whatif import WhatIf
from .styling import component_style

__all__ = ["TuplesTable", "TuplesPanel", "TupleFilter"]

_STATE_LABEL = {SAVED: "", ADDED: "+ added", EDITED: "~ edited", REMOVED: "− deleted", BROKEN: "! error"}
_STATE_WIDTH = 10


class TuplesTable(ScrollView, can_focus=True):
    """The tuples. a add · e edit · d delete/restore · / filter · u undo · X discard all."""

    HELP = ("Every tuple of the workspace's files. Edits are a what-if layer: they change every check at "
            "once but stay unsaved (marked + added, − deleted, ~ edited) until ctrl+s saves them.")

    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Row up", show=False),
        Binding("down,j", "cursor(1)", "Row down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home,g", "edge(0)", "First row", show=False),
        Binding("end,G", "edge(1)", "Last row", show=False),
        Binding("left", "scroll_left", "Scroll left", show=False),
        Binding("right", "scroll_right", "Scroll right", show=False),
        Binding("a,insert", "add", "Add"),
        Binding("e,enter", "edit", "Edit"),
        Binding("d,delete", "delete", "Delete/restore"),
        Binding("slash", "filter", "Filter"),
        Binding("u", "undo", "Undo", show=False),
        Binding("X", "discard", "Discard all", show=False),
        Binding("c", "check_row", "Check it", show=False),
    ]

    COMPONENT_CLASSES = {"tuples-table--cursor", "tuples-table--added", "tuples-table--edited",
                         "tuples-table--removed", "tuples-table--broken", "tuples-table--where",
                         "tuples-table--warning"}

    cursor = reactive(0, always_update=True)

    class AddRequested(Message):
        def __init__(self, text: str = "") -> None:
            super().__init__()
            self.text = text

    class EditRequested(Message):
        def __init__(self, row: Row) -> None:
            super().__init__()
            self.row = row

    class DeleteRequested(Message):
        def __init__(self, row: Row, restore: bool) -> None:
            super().__init__()
            self.row = row
            self.restore = restore

    class UndoRequested(Message):
        pass

    class DiscardRequested(Message):
        pass

    class CheckRequested(Message):
        def __init__(self, row: Row) -> None:
            super().__init__()
            self.row = row

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows = TupleRows()
        self.whatif = WhatIf()
        self.needle = ""
        self.view = TupleRows().view(WhatIf())
        self.text_width = 20
        self.where_width = 3
        self.many_files = False

    # ------------------------------------------------------------ content

    def set_rows(self, rows: TupleRows, whatif: WhatIf) -> None:
        self.rows = rows
        self.whatif = whatif
        self.rebuild()

    def set_filter(self, needle: str) -> None:
        self.needle = needle
        self.rebuild()

    def rebuild(self, keep: Row | None = None) -> None:
        current = keep or self.current_row
        self.view = self.rows.view(self.whatif, self.needle)
        sample = [self.view[k] for k in range(min(len(self.view), 2000))]
        self.text_width = max((len(r.text) for r, _ in sample), default=20) + 2
        self.many_files = len(self.rows.files) > 1
        tail = self.rows.rows[-200:]
        self.where_width = max([3] + [len(self._where(r)) for r, _ in sample] + [len(self._where(r)) for r in tail])
        self.virtual_size = Size(_STATE_WIDTH + self.where_width + 2 + self.text_width + 60, len(self.view))
        found = self.view.position(current) if current is not None else None
        self.cursor = found if found is not None else min(self.cursor, max(0, len(self.view) - 1))
        self.refresh()
        panel = self.parent
        if isinstance(panel, TuplesPanel):
            panel.update_title()

    def _where(self, row: Row) -> str:
        """The row's line (and file, when the workspace has several)."""
        if row.line is None:
            return ""
        if self.many_files:
            return row.where(self.rows.root)
        return str(row.line + 1)

    @property
    def current_row(self) -> Row | None:
        if 0 <= self.cursor < len(self.view):
            return self.view[self.cursor][0]
        return None

    @property
    def current_state(self) -> str | None:
        if 0 <= self.cursor < len(self.view):
            return self.view[self.cursor][1]
        return None

    def show_tuple(self, t) -> bool:
        """Put the cursor on the row of this tuple (an unsaved one first)."""
        found = next((k for k, (r, state) in self.view.synthetic() if r.tuple == t), None)
        if found is None:
            found = next((p for i in self.rows.index.get(t, ())
                          if (p := self.view.position(self.rows.rows[i])) is not None), None)
        if found is not None:
            self.cursor = found
        return found is not None

    def show_line(self, file: str | None, line: int | None) -> bool:
        """Put the cursor on the row of a file's line."""
        i = self.rows.at_line(file, line)
        found = self.view.position(self.rows.rows[i]) if i is not None else None
        if found is not None:
            self.cursor = found
        return found is not None

    # ------------------------------------------------------------ actions

    def watch_cursor(self, old: int, new: int) -> None:
        height = max(1, self.size.height)
        top = self.scroll_offset.y
        if new < top:
            self.scroll_to(y=new, animate=False)
        elif new >= top + height:
            self.scroll_to(y=new - height + 1, animate=False)
        self.refresh()

    def action_cursor(self, delta: int) -> None:
        self.cursor = max(0, min(len(self.view) - 1, self.cursor + delta))

    def action_page(self, direction: int) -> None:
        self.action_cursor(direction * max(1, self.size.height - 1))

    def action_edge(self, end: int) -> None:
        self.cursor = max(0, len(self.view) - 1) if end else 0

    def action_add(self) -> None:
        row = self.current_row
        self.post_message(self.AddRequested(row.text if row is not None and row.tuple is not None else ""))

    def action_edit(self) -> None:
        row = self.current_row
        if row is None:
            return
        if self.current_state == REMOVED:
            self.notify("This tuple is deleted: press d to restore it first", severity="warning", timeout=3)
            return
        self.post_message(self.EditRequested(row))

    def action_delete(self) -> None:
        row = self.current_row
        if row is None:
            return
        if row.tuple is None:
            self.notify("This line is not a tuple: fix it in the file", severity="warning", timeout=3)
            return
        self.post_message(self.DeleteRequested(row, restore=self.current_state == REMOVED))

    def action_filter(self) -> None:
        panel = self.parent
        if isinstance(panel, TuplesPanel):
            panel.query_one(TupleFilter).focus()

    def action_undo(self) -> None:
        self.post_message(self.UndoRequested())

    def action_discard(self) -> None:
        self.post_message(self.DiscardRequested())

    def action_check_row(self) -> None:
        row = self.current_row
        if row is not None and row.tuple is not None:
            self.post_message(self.CheckRequested(row))

    # ------------------------------------------------------------ rendering

    def _style(self, name: str) -> Style:
        return component_style(self, f"tuples-table--{name}")

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        base = self.rich_style
        if index >= len(self.view):
            if not self.view and y == 0:
                msg = "no tuple matches the filter" if self.needle else "no tuples"
                return Strip([Segment(f"  {msg}", base + Style(italic=True))]).crop_extend(0, width, base)
            return Strip.blank(width, base)
        row, state = self.view[index]
        style = base
        if state != SAVED:
            style = base + self._style(state)
        text = Text(no_wrap=True, end="")
        text.append(f"{_STATE_LABEL[state]:<{_STATE_WIDTH}}", style + Style(bold=True, strike=False))
        where = "new" if state == ADDED or row.line is None else self._where(row)
        text.append(f"{where:>{self.where_width}}  ", base + self._style("where"))
        text.append(row.text, style)
        if row.note and state != ADDED:
            sev = self._style("broken" if row.severity is Severity.ERROR else "warning")
            label = "error" if row.severity is Severity.ERROR else "warning"
            text.append(f"  {label}: {row.note}", base + sev)
        line_style = None
        if index == self.cursor:
            line_style = base + self._style("cursor")
        segments = list(text.render(self.app.console))
        if line_style is not None:
            segments = [Segment(s.text, (s.style or base) + line_style, s.control) for s in segments]
        strip = Strip(segments).crop_extend(scroll_x, scroll_x + width, line_style or base)
        return strip.apply_offsets(scroll_x, index)


class TupleFilter(Input):
    """Filter the tuples: every word must appear (case-insensitive). enter/esc: back to the table."""

    HELP = "Type words to filter the tuples table; enter or escape returns to the table."

    BINDINGS = [
        Binding("escape", "leave", "Back to table", show=False),
        Binding("down", "leave", "Back to table", show=False),
    ]

    def action_leave(self) -> None:
        panel = self.parent
        if isinstance(panel, TuplesPanel):
            panel.table.focus()


class TuplesPanel(Vertical):
    """The filter, the table and a title that counts tuples and unsaved edits."""

    def compose(self) -> ComposeResult:
        yield Static("", id="tuples-title", classes="panel-title")
        yield TupleFilter(placeholder="filter tuples (/)", id="tuple-filter")
        yield TuplesTable(id="tuples-table")

    @property
    def table(self) -> TuplesTable:
        return self.query_one(TuplesTable)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "tuple-filter":
            event.stop()
            self.table.set_filter(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "tuple-filter":
            event.stop()
            self.table.focus()

    def update_title(self) -> None:
        table = self.table
        total = table.rows.tuple_count
        broken = table.rows.broken_count
        title = Text(no_wrap=True, overflow="ellipsis")
        title.append(f"{total:,} tuple{'s' if total != 1 else ''} in files")
        if broken:
            title.append(f" · {broken} unreadable line{'s' if broken != 1 else ''}", "bold")
        if table.needle:
            title.append(f" · {len(table.view):,} shown")
        w = table.whatif
        if w.dirty:
            title.append(f" · UNSAVED what-if: {w.summary()} (ctrl+s save · X discard)", "bold")
        self.query_one("#tuples-title", Static).update(title)
