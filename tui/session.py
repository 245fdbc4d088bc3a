"""One playground session: the loaded workspace, the what-if layer on top of
it, the pinned checks and the query history — everything the app shows,
without any widget. The app calls these methods on its event loop; loading
runs in a thread and hands a Snapshot to `install`.
"""

from __future__ import annotations

from pathlib import Path

from engine.tuples import RelationTuple, TupleSyntaxError, parse_tuple
from engine.workspace import QueryError, Workspace

from . import query as q
from .history import History
from .loading import Snapshot, add_problems, load_snapshot, reload_snapshot, validation_problems
from .saving import save
from .tuple_rows import TupleRows
from .watches import Watch, Watches
from .whatif import Change, WhatIf

__all__ = ["Session", "parse_tuple_text"]


def parse_tuple_text(text: str) -> RelationTuple:
    """A tuple typed by the user; raises QueryError with Keto's message."""
    try:
        return parse_tuple(text.strip())
    except TupleSyntaxError as e:
        raise QueryError(str(e)) from None


class Session:
    def __init__(self, target: Path, history: History | None = None):
        self.target = target
        self.history = history or History(None)
        self.snapshot: Snapshot | None = None
        self.rows = TupleRows()
        self.whatif = WhatIf()
        self.watches = Watches()
        # bumped on every change of the tuples or schema: results computed
        # in a thread for an older generation are dropped
        self.generation = 0
        # texts this session wrote, so that its own saves do not ask
        self.own_writes: dict[str, str] = {}

    # ------------------------------------------------------------ loading

    @property
    def ws(self) -> Workspace:
        assert self.snapshot is not None, "load() or install() first"
        return self.snapshot.ws

    @property
    def loaded(self) -> bool:
        return self.snapshot is not None

    def read(self) -> Snapshot:
        """Load from disk (call from a thread); install() the result."""
        snap = load_snapshot(self.target) if self.snapshot is None else reload_snapshot(self.snapshot)
        snap.rows = TupleRows(snap)
        return snap

    def install(self, snap: Snapshot) -> list[Watch]:
        """Make a loaded snapshot current, keeping the what-if edits on top;
        returns the watches whose verdict flipped."""
        old = self.snapshot
        if snap.store_reused and old is not None:
            store = old.ws.store
            snap.ws.store = store
            self.whatif.disk_changed(store, snap.disk_added, snap.disk_removed)
        elif self.whatif.dirty:
            disk = snap.ws.store
            on_disk = {t for tf in snap.ws.tuple_files for t in tf.tuples}
            self.whatif.reapply(disk, on_disk.__contains__)
        snap.ws.invalidate()
        self.snapshot = snap
        self.rows = snap.rows if snap.rows is not None else TupleRows(snap)
        self.generation += 1
        return self.watches.rerun(snap.ws, mark_flips=old is not None)

    @staticmethod
    def validate(snap: Snapshot) -> list:
        """The tuple validation problems of a snapshot (call from a thread;
        then add_validation)."""
        return validation_problems(snap)

    def add_validation(self, snap: Snapshot, problems: list) -> bool:
        """Attach validation problems, if `snap` is still the current one."""
        if snap is not self.snapshot or snap.validated:
            return False
        add_problems(snap, problems)
        self.rows.annotate(problems)
        snap.validated = True
        return True

    def load(self) -> Snapshot:
        """Read, validate and install at once (tests, scripts)."""
        snap = self.read()
        self.install(snap)
        self.add_validation(snap, self.validate(snap))
        return snap

    # ------------------------------------------------------------ queries

    def run(self, text: str, explain: bool = True) -> q.Outcome:
        """Parse and run a query-bar line; malformed input becomes Outcome.error."""
        self.history.add(text)
        try:
            query = q.parse(text)
        except QueryError as e:
            return q.Outcome(q.Query("error", text.strip()), error=str(e))
        return q.run(query, self.ws, explain=explain)

    def pin(self, query: str) -> Watch:
        return self.watches.pin(query, self.ws)

    def unpin(self, query: str) -> bool:
        return self.watches.unpin(query)

    # ------------------------------------------------------------ what-if

    def _changed(self, change: Change | None) -> tuple[Change | None, list[Watch]]:
        if change is None:
            return None, []
        return change, self._after_change()

    def _after_change(self) -> list[Watch]:
        self.ws.invalidate()
        self.generation += 1
        return self.watches.rerun(self.ws)

    def add(self, tuples, label: str = "add") -> tuple[Change | None, list[Watch]]:
        ts = [parse_tuple_text(t) if isinstance(t, str) else t for t in tuples]
        return self._changed(self.whatif.apply(self.ws.store, add=ts, label=label))

    def remove(self, tuples, label: str = "delete") -> tuple[Change | None, list[Watch]]:
        ts = [parse_tuple_text(t) if isinstance(t, str) else t for t in tuples]
        return self._changed(self.whatif.apply(self.ws.store, remove=ts, label=label))

    def apply(self, add=(), remove=(), label: str = "what-if") -> tuple[Change | None, list[Watch]]:
        a = [parse_tuple_text(t) if isinstance(t, str) else t for t in add]
        r = [parse_tuple_text(t) if isinstance(t, str) else t for t in remove]
        return self._changed(self.whatif.apply(self.ws.store, add=a, remove=r, label=label))

    def replace(self, old: RelationTuple, new) -> tuple[Change | None, list[Watch]]:
        t = parse_tuple_text(new) if isinstance(new, str) else new
        return self._changed(self.whatif.replace(self.ws.store, old, t))

    def undo(self) -> tuple[Change | None, list[Watch]]:
        return self._changed(self.whatif.undo(self.ws.store))

    def discard(self) -> list[Watch]:
        if not self.whatif.dirty:
            return []
        self.whatif.discard(self.ws.store)
        return self._after_change()

    @property
    def dirty(self) -> bool:
        return self.whatif.dirty

    def save(self, force: bool = False) -> dict[str, str]:
        """Write the edits to the tuple files (see saving.py); the caller
        reloads afterwards, which folds the edits into the files."""
        written = save(self.snapshot, self.whatif, list(self.ws.store), force=force)
        self.own_writes.update(written)
        return written

    def is_own_write(self, path: str) -> bool:
        """Does the file on disk hold exactly what this session last wrote?"""
        text = self.own_writes.get(path)
        if text is None:
            return False
        try:
            return Path(path).read_text(encoding="utf-8", errors="replace") == text
        except OSError:
            return False

    # ------------------------------------------------------------ tests

    def run_tests(self):
        from engine.testing import run_tests
        return run_tests(self.ws)
