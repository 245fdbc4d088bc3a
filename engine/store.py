"""Relation tuple storage with the indexes a check needs.

``TupleStore`` is the interface the engine reads through; ``MemoryStore`` is
the in-memory implementation (a persistent or remote store can implement the
same methods). Tuples keep insertion order, which decides the order in which
Keto-style checks follow subject sets (Keto reads in no fixed order).

Memory: strings are interned and equal subject sets share one object, so a
user who appears in many tuples costs one entry.
"""

from __future__ import annotations

import sys
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator

from .tuples import RelationTuple, Subject, SubjectSet

__all__ = ["TupleStore", "MemoryStore", "Key"]

# (namespace, object, relation) — SubjectSet compares and hashes equal to it
Key = tuple


class TupleStore(ABC):
    """What the check engine asks of a store."""

    @abstractmethod
    def has(self, ns: str, obj: str, rel: str, subject: Subject) -> bool:
        """Is this exact tuple stored?"""

    @abstractmethod
    def subject_sets(self, ns: str, obj: str, rel: str) -> list[SubjectSet]:
        """The subject-set subjects of ns:obj#rel, in insertion order."""

    @abstractmethod
    def sets_containing(self, subject: Subject) -> frozenset | set:
        """Keys (ns, obj, rel) under which this subject is stored directly."""

    @abstractmethod
    def subjects(self, ns: str, obj: str, rel: str) -> list[Subject]:
        """All subjects of ns:obj#rel, in insertion order."""

    @abstractmethod
    def __iter__(self) -> Iterator[RelationTuple]:
        """All tuples (grouped by namespace, object and relation)."""

    @abstractmethod
    def __len__(self) -> int: ...


class _Entry:
    """The subjects stored under one (namespace, object, relation)."""

    __slots__ = ("subjects", "members", "sets", "sets_frozen")

    def __init__(self):
        self.subjects: list[Subject] = []
        self.members: set = set()
        self.sets: list[SubjectSet] = []
        self.sets_frozen: frozenset | None = None


_EMPTY: frozenset = frozenset()


class MemoryStore(TupleStore):
    def __init__(self, tuples: Iterable[RelationTuple] = ()):
        self._entries: dict[Key, _Entry] = {}
        self._by_subject: dict[Subject, set] = {}
        self._objects: dict[str, dict[str, None]] = {}  # namespace -> objects (ordered)
        self._intern: dict = {}
        self._count = 0
        self.add_all(tuples)

    # ------------------------------------------------------------ writes

    def _canon(self, s: str) -> str:
        return sys.intern(s)

    def _subject(self, subject: Subject) -> Subject:
        if isinstance(subject, str):
            return sys.intern(subject)
        found = self._intern.get(subject)
        if found is None:
            found = SubjectSet(sys.intern(subject.namespace), sys.intern(subject.object),
                               sys.intern(subject.relation))
            self._intern[found] = found
        return found

    def add(self, t: RelationTuple) -> bool:
        """Add a tuple; False if it was already there."""
        ns, obj, rel = sys.intern(t.namespace), sys.intern(t.object), sys.intern(t.relation)
        key = (ns, obj, rel)
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry()
        subject = self._subject(t.subject)
        if subject in entry.members:
            return False
        entry.members.add(subject)
        entry.subjects.append(subject)
        if not isinstance(subject, str):
            entry.sets.append(subject)
            entry.sets_frozen = None
        holders = self._by_subject.get(subject)
        if holders is None:
            holders = self._by_subject[subject] = set()
        holders.add(key)
        self._objects.setdefault(ns, {})[obj] = None
        self._count += 1
        return True

    def add_all(self, tuples: Iterable[RelationTuple]) -> int:
        n = 0
        for t in tuples:
            n += self.add(t)
        return n

    def remove(self, t: RelationTuple) -> bool:
        key = (t.namespace, t.object, t.relation)
        entry = self._entries.get(key)
        if entry is None or t.subject not in entry.members:
            return False
        entry.members.discard(t.subject)
        entry.subjects.remove(t.subject)
        if not isinstance(t.subject, str):
            entry.sets.remove(t.subject)
            entry.sets_frozen = None
        holders = self._by_subject.get(t.subject)
        if holders is not None:
            holders.discard(key)
        if not entry.members:
            del self._entries[key]
        self._count -= 1
        return True

    def copy(self) -> "MemoryStore":
        return MemoryStore(self)

    # ------------------------------------------------------------ reads

    def has(self, ns, obj, rel, subject) -> bool:
        entry = self._entries.get((ns, obj, rel))
        return entry is not None and subject in entry.members

    def subject_sets(self, ns, obj, rel) -> list[SubjectSet]:
        entry = self._entries.get((ns, obj, rel))
        return entry.sets if entry is not None else []

    def subject_sets_frozen(self, key) -> frozenset:
        entry = self._entries.get(key)
        if entry is None or not entry.sets:
            return _EMPTY
        if entry.sets_frozen is None:
            entry.sets_frozen = frozenset(entry.sets)
        return entry.sets_frozen

    def entry(self, key):
        """The raw entry for (ns, obj, rel), for the engine's hot path."""
        return self._entries.get(key)

    def sets_containing(self, subject) -> set:
        return self._by_subject.get(subject, _EMPTY)

    def subjects(self, ns, obj, rel) -> list[Subject]:
        entry = self._entries.get((ns, obj, rel))
        return entry.subjects if entry is not None else []

    def objects(self, namespace: str) -> list[str]:
        return list(self._objects.get(namespace, ()))

    def namespaces(self) -> list[str]:
        return list(self._objects)

    def keys(self):
        return self._entries.keys()

    def __iter__(self) -> Iterator[RelationTuple]:
        # grouped by (namespace, object, relation) in order of first insertion,
        # each group in insertion order
        for (ns, obj, rel), entry in list(self._entries.items()):
            for subject in list(entry.subjects):
                yield RelationTuple(ns, obj, rel, subject)

    def __len__(self) -> int:
        return self._count

    def __contains__(self, t: RelationTuple) -> bool:
        return self.has(t.namespace, t.object, t.relation, t.subject)
