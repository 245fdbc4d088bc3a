"""The what-if layer: tuples added and removed on top of the files, unsaved.

The edits are applied to the workspace's own MemoryStore in place (copying a
120k-tuple store for every edit would take seconds), and recorded here so
that they can be shown, undone, discarded, saved, and re-applied when the
files change on disk underneath them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from engine.store import MemoryStore
from engine.tuples import RelationTuple

__all__ = ["WhatIf", "Change"]


@dataclass(slots=True)
class Change:
    """One user action, as the primitive steps that undo it."""

    label: str
    undo: list[tuple[str, RelationTuple]] = field(default_factory=list)  # ("add"|"remove", tuple)
    replaced: dict = field(default_factory=dict)  # new → old, to restore edit pairings on undo


class WhatIf:
    def __init__(self) -> None:
        # tuples not in the files; the value is the on-disk tuple it replaces (an edit) or None
        self.added: dict[RelationTuple, RelationTuple | None] = {}
        # on-disk tuples taken out (an ordered set)
        self.removed: dict[RelationTuple, None] = {}
        self.history: list[Change] = []

    # ------------------------------------------------------------ state

    @property
    def dirty(self) -> bool:
        return bool(self.added or self.removed)

    @property
    def count(self) -> int:
        return len(self.added) + len(self.removed)

    def summary(self) -> str:
        edits = sum(1 for old in self.added.values() if old is not None)
        plus = len(self.added) - edits
        minus = len(self.removed) - edits
        parts = []
        if plus:
            parts.append(f"+{plus}")
        if minus:
            parts.append(f"−{minus}")
        if edits:
            parts.append(f"~{edits}")
        return " ".join(parts)

    def replacement_of(self, old: RelationTuple) -> list[RelationTuple]:
        return [new for new, o in self.added.items() if o == old]

    # ------------------------------------------------------------ primitive steps

    def _add(self, store: MemoryStore, t: RelationTuple, change: Change, replaces=None) -> bool:
        if t in self.removed:
            del self.removed[t]
            store.add(t)
            change.undo.append(("remove", t))
            return True
        if t in store:
            return False
        self.added[t] = replaces
        store.add(t)
        change.undo.append(("remove", t))
        return True

    def _remove(self, store: MemoryStore, t: RelationTuple, change: Change) -> bool:
        if t in self.added:
            change.replaced[t] = self.added.pop(t)
            store.remove(t)
            change.undo.append(("add", t))
            return True
        if t not in store:
            return False
        self.removed[t] = None
        store.remove(t)
        change.undo.append(("add", t))
        return True

    # ------------------------------------------------------------ actions

    def apply(self, store: MemoryStore, add=(), remove=(), label: str = "edit") -> Change | None:
        """Remove then add; None when nothing changed."""
        change = Change(label)
        for t in remove:
            self._remove(store, t, change)
        for t in add:
            self._add(store, t, change)
        return self._record(change)

    def replace(self, store: MemoryStore, old: RelationTuple, new: RelationTuple) -> Change | None:
        """Edit a tuple: the new one takes the old one's place (and line, when saved)."""
        if old == new:
            return None
        change = Change(f"edit {old}")
        origin = self.added.get(old) if old in self.added else old
        if not self._remove(store, old, change):
            return None
        self._add(store, new, change, replaces=origin)
        return self._record(change)

    def _record(self, change: Change) -> Change | None:
        if not change.undo:
            return None
        self.history.append(change)
        return change

    def undo(self, store: MemoryStore) -> Change | None:
        """Revert the last action."""
        if not self.history:
            return None
        change = self.history.pop()
        scratch = Change("undo")
        for op, t in reversed(change.undo):
            if op == "add":
                self._add(store, t, scratch, replaces=change.replaced.get(t))
            else:
                self._remove(store, t, scratch)
        return change

    def discard(self, store: MemoryStore) -> None:
        """Back to the files."""
        for t in list(self.added):
            store.remove(t)
        for t in list(self.removed):
            store.add(t)
        self.added.clear()
        self.removed.clear()
        self.history.clear()

    def reapply(self, store: MemoryStore, on_disk) -> None:
        """The store was rebuilt from the files: apply the edits again.
        `on_disk(t)` says whether the files now hold t; edits the files have
        caught up with are dropped."""
        for t in list(self.added):
            if on_disk(t):
                del self.added[t]
            else:
                store.add(t)
        for t in list(self.removed):
            if on_disk(t):
                store.remove(t)
            else:
                del self.removed[t]
        self.history.clear()

    def disk_changed(self, store: MemoryStore, appeared, vanished) -> None:
        """The files gained `appeared` and lost `vanished` tuples while the
        store kept the edits: bring the store up to date without losing them."""
        for t in vanished:
            if t in self.removed:
                del self.removed[t]  # the user's removal happened on disk too
            elif t not in self.added:
                store.remove(t)
        for t in appeared:
            if t in self.added:
                del self.added[t]  # the files caught up with the addition
            elif t in self.removed:
                pass  # still removed by the user
            else:
                store.add(t)
        self.history.clear()
