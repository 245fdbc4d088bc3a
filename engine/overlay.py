"""A what-if layer over a store: some tuples added, some removed, the base
untouched.

Tests with `tuples:` and what-if edits would otherwise copy the whole store
(a second for 100k tuples); an overlay costs what its edits cost. Reads of
keys the edits do not touch go straight to the base, with its caches. The
base must not change while an overlay over it is in use.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from .store import Derived, MemoryStore, TupleStore
from .tuples import RelationTuple, Subject

__all__ = ["OverlayStore"]

# overlays share no version numbers with any store they sit on
_versions = itertools.count(-2, -1)


class OverlayStore(TupleStore):
    def __init__(self, base: TupleStore, add: Iterable[RelationTuple] = (), remove: Iterable[RelationTuple] = ()):
        self.base = base
        self.added = MemoryStore()
        self.removed: set[RelationTuple] = set()
        self._touched_keys: set[tuple] = set()
        self._derived: dict[tuple, Derived | None] = {}
        self.version = next(_versions)
        for t in remove:
            self.remove(t)
        for t in add:
            self.add(t)

    # ------------------------------------------------------------ writes

    def _touch(self, t: RelationTuple) -> None:
        key = (t.namespace, t.object, t.relation)
        self._touched_keys.add(key)
        self._derived.pop(key, None)
        self.version = next(_versions)

    def add(self, t: RelationTuple) -> bool:
        # a removed base tuple added again goes last, as in a store (the
        # order decides which subject sets a check follows first)
        t = RelationTuple(*t)
        if self.added.has(*t) or (t not in self.removed and self.base.has(*t)):
            return False
        self.added.add(t)
        self._touch(t)
        return True

    def add_all(self, tuples: Iterable[RelationTuple], interned: bool = False) -> int:
        return sum(self.add(t) for t in tuples)

    def remove(self, t: RelationTuple) -> bool:
        t = RelationTuple(*t)
        if self.added.remove(t):
            self._touch(t)
            return True
        if t not in self.removed and self.base.has(*t):
            self.removed.add(t)
            self._touch(t)
            return True
        return False

    def copy(self) -> MemoryStore:
        return MemoryStore(self)

    # ------------------------------------------------------------ reads

    def subjects(self, ns, obj, rel) -> list[Subject]:
        key = (ns, obj, rel)
        if key not in self._touched_keys:
            return self.base.subjects(ns, obj, rel)
        removed = self.removed
        out = [s for s in self.base.subjects(ns, obj, rel) if RelationTuple(ns, obj, rel, s) not in removed]
        out.extend(self.added.subjects(ns, obj, rel))
        return out

    def has(self, ns, obj, rel, subject) -> bool:
        return self.holds((ns, obj, rel), subject)

    def holds(self, key, subject) -> bool:
        if key not in self._touched_keys:
            return self.base.holds(key, subject)
        if self.added.holds(key, subject):
            return True
        return self.base.holds(key, subject) and RelationTuple(key[0], key[1], key[2], subject) not in self.removed

    def derived(self, key):
        if key not in self._touched_keys:
            return self.base.derived(key)
        if key in self._derived:
            return self._derived[key]
        subjects = self.subjects(*key)
        d = Derived(tuple(s for s in subjects if not isinstance(s, str))) if subjects else None
        self._derived[key] = d
        return d

    def has_subject_sets(self, key) -> bool:
        if key not in self._touched_keys:
            return self.base.has_subject_sets(key)
        d = self.derived(key)
        return d is not None and bool(d.sets)

    def subject_sets(self, ns, obj, rel) -> tuple:
        d = self.derived((ns, obj, rel))
        return d.sets if d is not None else ()

    def stores(self, key) -> bool:
        if key not in self._touched_keys:
            return self.base.stores(key)
        return bool(self.subjects(*key))

    def holders(self, subject) -> set:
        base = self.base.holders(subject)
        if self.removed:
            base = {k for k in base if self.holds(k, subject)}
        added = self.added.holders(subject)
        return base | added if added else base

    def sets_naming(self, ns: str, obj: str) -> set:
        added = self.added.sets_naming(ns, obj)
        base = self.base.sets_naming(ns, obj)
        return base | added if added else base

    def keys_of(self, ns: str, obj: str) -> set:
        return set(self.base.keys_of(ns, obj)) | set(self.added.keys_of(ns, obj))

    def keys(self):
        keys = dict.fromkeys(self.base.keys())
        keys.update(dict.fromkeys(self.added.keys()))
        for key in self._touched_keys:
            if key in keys and not self.subjects(*key):
                del keys[key]
        return keys.keys()

    def objects(self, namespace: str) -> list[str]:
        if self.removed:
            # an object whose every tuple was removed is no longer mentioned
            return list(dict.fromkeys(k[1] for k in self.keys() if k[0] == namespace))
        out = dict.fromkeys(self.base.objects(namespace))
        out.update(dict.fromkeys(self.added.objects(namespace)))
        return list(out)

    def namespaces(self) -> list[str]:
        out = dict.fromkeys(self.base.namespaces())
        out.update(dict.fromkeys(self.added.namespaces()))
        return list(out)

    def __iter__(self) -> Iterator[RelationTuple]:
        for key in list(self.keys()):
            for s in self.subjects(*key):
                yield RelationTuple(key[0], key[1], key[2], s)

    def __len__(self) -> int:
        return len(self.base) - len(self.removed) + len(self.added)

    def __contains__(self, t) -> bool:
        return self.has(*t)
