"""The rows of the tuples table: the files' lines with the what-if layer on top.

Rows from the files are built once per load (in the loading thread: 120k
rows cost a noticeable fraction of a second). The view — filtered, with the
unsaved additions and edits placed — is recomputed on every edit or filter
change with a single pass over the rows.
"""

from __future__ import annotations

import os
from bisect import bisect_left
from dataclasses import dataclass

from engine.diagnostics import Severity
from engine.tuples import RelationTuple

from .loading import Snapshot
from .whatif import WhatIf

__all__ = ["Row", "RowView", "TupleRows", "SAVED", "ADDED", "EDITED", "REMOVED", "BROKEN"]

SAVED, ADDED, EDITED, REMOVED, BROKEN = "saved", "added", "edited", "removed", "broken"


@dataclass(slots=True)
class Row:
    text: str
    tuple: RelationTuple | None  # None: a line that does not read as a tuple
    file: str | None
    line: int | None  # 0-based
    note: str | None = None  # the line's problem (unreadable, or a validation warning)
    severity: Severity | None = None
    lower: str = ""
    index: int = -1  # its place in TupleRows.rows (file rows only)

    def where(self, root: str | None) -> str:
        if self.file is None:
            return ""
        name = os.path.basename(self.file) if root is None else os.path.relpath(self.file, root)
        return f"{name}:{self.line + 1}" if self.line is not None else name


class RowView:
    """The rows on screen, without a Python object per row: the matching file
    rows (indices, in file order), with the few what-if rows inserted among
    them and the additions at the end. view[k] is (row, state)."""

    __slots__ = ("rows", "states", "base", "removed", "inserts", "tail", "_len")

    def __init__(self, rows: list[Row], states: list[str], base, removed: set[int],
                 inserts: list[tuple[int, list[tuple[Row, str]]]], tail: list[tuple[Row, str]]):
        self.rows, self.states, self.base, self.removed = rows, states, base, removed
        self.inserts = inserts  # (position in base, items shown just before base[position]), sorted
        self.tail = tail
        self._len = len(base) + sum(len(items) for _, items in inserts) + len(tail)

    def __len__(self) -> int:
        return self._len

    def __bool__(self) -> bool:
        return self._len > 0

    def __getitem__(self, k: int) -> tuple[Row, str]:
        if k < 0:
            k += self._len
        if not 0 <= k < self._len:
            raise IndexError(k)
        offset = 0
        for pos, items in self.inserts:
            if k < pos + offset:
                break
            if k < pos + offset + len(items):
                return items[k - pos - offset]
            offset += len(items)
        j = k - offset
        if j < len(self.base):
            i = self.base[j]
            return self.rows[i], (REMOVED if i in self.removed else self.states[i])
        return self.tail[j - len(self.base)]

    def __iter__(self):
        for k in range(self._len):
            yield self[k]

    def position(self, row: Row) -> int | None:
        """Where a row is shown, or None."""
        if row.index >= 0 and self.rows[row.index] is row:
            base = self.base
            p = bisect_left(base, row.index)
            if p < len(base) and base[p] == row.index:
                return p + sum(len(items) for pos, items in self.inserts if pos <= p)
            return None
        for k, (r, _) in self.synthetic():
            if r.tuple == row.tuple and r.line == row.line:
                return k
        return None

    def synthetic(self):
        """(position, item) of the rows that are not file rows."""
        offset = 0
        for pos, items in self.inserts:
            for n, item in enumerate(items):
                yield pos + offset + n, item
            offset += len(items)
        start = len(self.base) + offset
        for n, item in enumerate(self.tail):
            yield start + n, item

    def find(self, predicate) -> int | None:
        """The first position whose (row, state) satisfies predicate (a scan)."""
        for k in range(self._len):
            if predicate(*self[k]):
                return k
        return None


class TupleRows:
    def __init__(self, snapshot: Snapshot | None = None):
        self.rows: list[Row] = []
        self.root: str | None = None
        self.files: list[str | None] = []
        if snapshot is not None:
            self.rows = build_rows(snapshot)
            self.root = str(snapshot.root)
            self.files = [tf.file for tf in snapshot.ws.tuple_files]
        for i, r in enumerate(self.rows):
            r.index = i
        self.lowers = [r.lower for r in self.rows]
        self.states = [SAVED if r.tuple is not None else BROKEN for r in self.rows]
        self._index: dict[RelationTuple, list[int]] | None = None
        self.tuple_count = sum(1 for state in self.states if state == SAVED)
        self.broken_count = len(self.rows) - self.tuple_count
        self._lines: dict | None = None

    @property
    def index(self) -> dict[RelationTuple, list[int]]:
        """Where each tuple's rows are. The what-if layer touches few tuples,
        and finding them must not compare every row on each edit; built on the
        first edit, not at start-up."""
        if self._index is None:
            index: dict[RelationTuple, list[int]] = {}
            for i, r in enumerate(self.rows):
                if r.tuple is not None:
                    index.setdefault(r.tuple, []).append(i)
            self._index = index
        return self._index

    def annotate(self, problems) -> None:
        """Put each tuple file problem on its row (the worst one per line)."""
        for p in problems:
            if p.kind == "schema" or p.line is None:
                continue
            i = self.at_line(p.file, p.line)
            if i is None:
                continue
            row = self.rows[i]
            if row.severity is None or p.severity.rank < row.severity.rank:
                row.note, row.severity = p.message, p.severity

    def at_line(self, file: str | None, line: int | None) -> int | None:
        """The row of a file's line, if it has one."""
        if self._lines is None:
            self._lines = {(r.file, r.line): i for i, r in enumerate(self.rows)}
        return self._lines.get((file, line))

    def _matching(self, terms: list[str]) -> list[int] | range:
        lowers = self.lowers
        if not terms:
            return range(len(lowers))
        if len(terms) == 1:
            t = terms[0]
            return [i for i, low in enumerate(lowers) if t in low]
        return [i for i, low in enumerate(lowers) if all(t in low for t in terms)]

    def view(self, whatif: WhatIf, needle: str = "") -> RowView:
        """File rows (removed ones stay, marked), each edit right after the
        row it replaces, then the additions — filtered by `needle`."""
        terms = needle.lower().split()

        def keep(text: str) -> bool:
            return all(t in text for t in terms)

        matching = self._matching(terms)
        if not whatif.dirty:
            return RowView(self.rows, self.states, matching, set(), [], [])
        removed: set[int] = set()
        removed_tuple: dict[int, RelationTuple] = {}
        for t in whatif.removed:
            for i in self.index.get(t, ()):
                removed.add(i)
                removed_tuple[i] = t
        by_origin: dict[RelationTuple, list[RelationTuple]] = {}
        plain: list[RelationTuple] = []
        for new, old in whatif.added.items():
            if old is not None and old in self.index:
                by_origin.setdefault(old, []).append(new)
            else:
                plain.append(new)
        inserts: list[tuple[int, list[tuple[Row, str]]]] = []
        placed: set = set()
        for i in sorted(removed):
            news = [n for n in by_origin.get(removed_tuple[i], ()) if n not in placed]
            if not news:
                continue
            placed.update(news)
            row = self.rows[i]
            items = []
            for new in news:
                r = Row(str(new), new, row.file, row.line, lower=str(new).lower())
                if not terms or keep(r.lower):
                    items.append((r, EDITED))
            if items:
                # right after the removed row (or where it would be, when filtered out)
                p = bisect_left(matching, i)
                shown = p < len(matching) and matching[p] == i
                inserts.append((p + 1 if shown else p, items))
        tail = []
        for new in plain + [n for n in whatif.added if n not in placed and n not in plain]:
            r = Row(str(new), new, None, None, lower=str(new).lower())
            if not terms or keep(r.lower):
                tail.append((r, ADDED if whatif.added.get(new) is None else EDITED))
        inserts.sort(key=lambda x: x[0])
        return RowView(self.rows, self.states, matching, removed, inserts, tail)


def build_rows(snap: Snapshot) -> list[Row]:
    ws = snap.ws
    rows: list[Row] = []
    for tf in ws.tuple_files:
        text = tf.text
        # the tuple as the file writes it (a text file), else Keto's text form
        as_written = tf.file is None or not tf.file.endswith(".json")
        file_rows: list[Row] = []
        for e in tf.entries:
            shown = text[e.start:e.end] if as_written else str(e.tuple)
            file_rows.append(Row(shown, e.tuple, tf.file, e.line, None, None, shown.lower()))
        for d in tf.errors:
            line = d.range.start.line if d.range else None
            shown = text[d.start:d.end] if 0 <= d.start <= d.end <= len(text) else ""
            if not shown.strip():
                shown = tf.source.line_text(line).strip() if (tf.source is not None and line is not None) else ""
            file_rows.append(Row(shown, None, tf.file, line, d.message, Severity.ERROR, shown.lower()))
        if tf.errors:  # unreadable lines go where they are in the file
            file_rows.sort(key=lambda r: r.line if r.line is not None else -1)
        rows.extend(file_rows)
    return rows
