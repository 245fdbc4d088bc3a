"""Relation tuple storage with the indexes a check needs.

``TupleStore`` is the interface the engine reads through; ``MemoryStore`` is
the in-memory implementation (a persistent or remote store can implement the
same methods). Tuples keep insertion order, which decides the order in which
Keto-style checks follow subject sets (Keto reads in no fixed order).

Memory: strings are interned, equal subject sets share one object, and a key
(namespace, object, relation) holding one subject — most of them — stores it
without a container. What the checker derives from a key (its subject sets)
is built on first use and dropped when the key changes; the index by subject,
for reverse lookups, is built by the first of them (see MemoryStore.__init__).
"""

from __future__ import annotations

import sys
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from .tuples import RelationTuple, Subject, SubjectSet

__all__ = ["TupleStore", "MemoryStore", "Key", "Derived"]

# (namespace, object, relation) — a SubjectSet compares and hashes equal to it
Key = tuple

_intern = sys.intern
_EMPTY: frozenset = frozenset()


class TupleStore(ABC):
    """What the check engine, expand and list ask of a store.

    A store implements the abstract reads; the engine's hot path also calls
    `holds`, `stores`, `derived` and `has_subject_sets`, which have plain
    defaults here and fast versions in MemoryStore. `version` must
    change whenever the contents do (the checker caches per version)."""

    version: int = 0

    @abstractmethod
    def subjects(self, ns: str, obj: str, rel: str) -> list[Subject]:
        """All subjects of ns:obj#rel, in insertion order."""

    @abstractmethod
    def keys(self):
        """Every (namespace, object, relation) with at least one tuple."""

    @abstractmethod
    def __len__(self) -> int: ...

    def has(self, ns: str, obj: str, rel: str, subject: Subject) -> bool:
        """Is this exact tuple stored?"""
        return subject in self.subjects(ns, obj, rel)

    def holds(self, key, subject) -> bool:
        return self.has(key[0], key[1], key[2], subject)

    def subject_sets(self, ns: str, obj: str, rel: str) -> tuple:
        """The subject-set subjects of ns:obj#rel, in insertion order."""
        return tuple(s for s in self.subjects(ns, obj, rel) if not isinstance(s, str))

    def derived(self, key):
        sets = self.subject_sets(*key)
        return Derived(sets) if sets or self.subjects(*key) else None

    def has_subject_sets(self, key) -> bool:
        return bool(self.subject_sets(*key))

    def stores(self, key) -> bool:
        """Is anything stored under this key?"""
        return bool(self.subjects(*key))

    # reverse lookups (list_objects) walk from a subject to what holds it

    def holders(self, subject) -> set:
        """The keys under which this subject is stored (read only)."""
        return {k for k in self.keys() if self.holds(k, subject)}

    def sets_naming(self, ns: str, obj: str) -> set:
        """The subject sets stored anywhere that name this object (any
        relation); a few more that are no longer stored are allowed."""
        return {s for k in self.keys() for s in self.subject_sets(*k) if s.namespace == ns and s.object == obj}

    def keys_of(self, ns: str, obj: str) -> Iterable[Key]:
        """The keys of this object with anything stored under them; a few
        more that are empty now are allowed."""
        return {k for k in self.keys() if k[0] == ns and k[1] == obj}

    def objects(self, namespace: str) -> list[str]:
        return list(dict.fromkeys(k[1] for k in self.keys() if k[0] == namespace))

    def __iter__(self) -> Iterator[RelationTuple]:
        for key in list(self.keys()):
            for s in self.subjects(*key):
                yield RelationTuple(key[0], key[1], key[2], s)


class Derived:
    """What the checker reads of one key, built on first use: its subject
    sets in order, and a slot for the checker's own cache (valid while
    `version` matches the store's)."""

    __slots__ = ("sets", "version", "owner", "split")

    def __init__(self, sets: tuple):
        self.sets = sets
        self.version = -1
        self.owner = None
        self.split = None


class _Reverse(NamedTuple):
    holders: dict  # subject -> the keys holding it
    naming: dict  # (namespace, object) -> the stored subject sets naming it
    keys_of: dict  # (namespace, object) -> its keys


class _Many(list):
    """Two or more subjects of one key, in order; with a set once large."""

    __slots__ = ("index",)

    def __init__(self, items):
        super().__init__(items)
        self.index: set | None = None


_SMALL = 8  # up to this many subjects, membership is a scan


class MemoryStore(TupleStore):
    def __init__(self, tuples: Iterable[RelationTuple] = ()):
        # key -> a subject, or a _Many of subjects
        self._rel: dict[Key, object] = {}
        # The index by subject, which reverse lookups need (`holders`,
        # `sets_naming`, `keys_of`): built by the first of them after a
        # change. Checks never need it (they ask only whether their subject
        # is stored under one of a few keys: Checker.expand_subject), and
        # building it with every load cost a third of the load.
        self._reverse: _Reverse | None = None
        self._objects: dict[str, dict[str, None]] = {}  # namespace -> objects, ordered
        self._subjects: dict[SubjectSet, SubjectSet] = {}  # one object per subject set
        self._derived: dict[Key, Derived] = {}
        self._count = 0
        # bumped by every change: caches that depend on more than one key check it
        self.version = 0
        self.add_all(tuples)

    # ------------------------------------------------------------ writes

    def _canonical(self, subject: Subject) -> Subject:
        if isinstance(subject, str):
            return _intern(subject)
        found = self._subjects.get(subject)
        if found is None:
            if type(subject) is SubjectSet:
                found = subject  # adopt it (tuple files intern their strings)
            else:
                found = SubjectSet(_intern(subject[0]), _intern(subject[1]), _intern(subject[2]))
            self._subjects[found] = found
        return found

    def add(self, t: RelationTuple) -> bool:
        """Add a tuple; False if it was already there."""
        ns, obj, rel, subject = t
        key = (_intern(ns), _intern(obj), _intern(rel))
        subject = self._canonical(subject)
        rel_map = self._rel
        cur = rel_map.get(key, _MISSING)
        if cur is _MISSING:
            rel_map[key] = subject
        elif type(cur) is _Many:
            if cur.index is not None:
                if subject in cur.index:
                    return False
                cur.index.add(subject)
            elif subject in cur:
                return False
            cur.append(subject)
            if cur.index is None and len(cur) > _SMALL:
                cur.index = set(cur)
        else:
            if cur == subject:
                return False
            rel_map[key] = _Many((cur, subject))
        objs = self._objects.get(key[0])
        if objs is None:
            objs = self._objects[key[0]] = {}
        objs[key[1]] = None
        if not isinstance(subject, str):
            self._derived.pop(key, None)
        self._count += 1
        self.version += 1
        self._reverse = None
        return True

    def add_all(self, tuples: Iterable[RelationTuple], interned: bool = False) -> int:
        """Add many tuples (the loop of add(), inlined: loading a million
        tuples spends most of its time here). `interned`: the strings are
        interned already (tuple files do it), skip that."""
        from .gc_pause import paused
        n = 0
        rel_map = self._rel
        objects = self._objects
        derived = self._derived
        canonical = self._canonical
        subjects = self._subjects
        with paused():
            for ns, obj, rel, subject in tuples:
                if interned:
                    key = (ns, obj, rel)
                    if type(subject) is not str:
                        # canonical(), inline
                        found = subjects.get(subject)
                        if found is None:
                            subject = canonical(subject)
                        else:
                            subject = found
                else:
                    key = (_intern(ns), _intern(obj), _intern(rel))
                    subject = canonical(subject)
                cur = rel_map.get(key, _MISSING)
                if cur is _MISSING:
                    rel_map[key] = subject
                    # an object is new only with a new key: index it then
                    objs = objects.get(key[0])
                    if objs is None:
                        objs = objects[key[0]] = {}
                    objs[key[1]] = None
                elif type(cur) is _Many:
                    if cur.index is not None:
                        if subject in cur.index:
                            continue
                        cur.index.add(subject)
                    elif subject in cur:
                        continue
                    cur.append(subject)
                    if cur.index is None and len(cur) > _SMALL:
                        cur.index = set(cur)
                else:
                    if cur == subject:
                        continue
                    rel_map[key] = _Many((cur, subject))
                if derived and not isinstance(subject, str):
                    derived.pop(key, None)
                n += 1
        self._count += n
        self.version += 1
        self._reverse = None
        return n

    def remove(self, t: RelationTuple) -> bool:
        key = (t.namespace, t.object, t.relation)
        cur = self._rel.get(key, _MISSING)
        subject = t.subject
        if cur is _MISSING:
            return False
        if type(cur) is _Many:
            if subject not in (cur.index if cur.index is not None else cur):
                return False
            cur.remove(subject)
            if cur.index is not None:
                cur.index.discard(subject)
            if len(cur) == 1:
                self._rel[key] = cur[0]
        else:
            if cur != subject:
                return False
            del self._rel[key]
        self._derived.pop(key, None)
        self._count -= 1
        self.version += 1
        self._reverse = None
        return True

    def copy(self) -> "MemoryStore":
        return MemoryStore(self)

    # ------------------------------------------------------------ reads

    def has(self, ns, obj, rel, subject) -> bool:
        cur = self._rel.get((ns, obj, rel), _MISSING)
        if cur is _MISSING:
            return False
        if type(cur) is _Many:
            return subject in (cur.index if cur.index is not None else cur)
        return cur == subject

    def holds(self, key, subject) -> bool:
        """has(), with the key given as (ns, obj, rel)."""
        cur = self._rel.get(key, _MISSING)
        if cur is _MISSING:
            return False
        if type(cur) is _Many:
            return subject in (cur.index if cur.index is not None else cur)
        return cur == subject

    def derived(self, key) -> Derived | None:
        """The checker's view of a key (None when nothing is stored there)."""
        d = self._derived.get(key)
        if d is None:
            cur = self._rel.get(key, _MISSING)
            if cur is _MISSING:
                return None
            if type(cur) is _Many:
                sets = tuple(s for s in cur if not isinstance(s, str))
            else:
                sets = () if isinstance(cur, str) else (cur,)
            d = self._derived[key] = Derived(sets)
        return d

    def has_subject_sets(self, key) -> bool:
        """Is any subject set stored under this key? (Cheaper than derived().)"""
        d = self._derived.get(key)
        if d is not None:
            return bool(d.sets)
        cur = self._rel.get(key, _MISSING)
        if cur is _MISSING:
            return False
        if type(cur) is _Many:
            for s in cur:
                if not isinstance(s, str):
                    return True
            return False
        return not isinstance(cur, str)

    def subject_sets(self, ns, obj, rel) -> tuple:
        d = self.derived((ns, obj, rel))
        return d.sets if d is not None else ()

    def stores(self, key) -> bool:
        return key in self._rel

    def _reverse_index(self) -> "_Reverse":
        r = self._reverse
        if r is None:
            holders: dict = {}
            naming: dict = {}
            keys_of: dict = {}
            for key, cur in self._rel.items():
                keys_of.setdefault((key[0], key[1]), []).append(key)
                for sub in (cur if type(cur) is _Many else (cur,)):
                    found = holders.get(sub)
                    if found is None:
                        holders[sub] = {key}
                    else:
                        found.add(key)
                    if type(sub) is not str:
                        naming.setdefault((sub[0], sub[1]), set()).add(sub)
            r = self._reverse = _Reverse(holders, naming, keys_of)
        return r

    def holders(self, subject) -> set:
        return self._reverse_index().holders.get(subject, _EMPTY)

    def sets_naming(self, ns: str, obj: str) -> set:
        return self._reverse_index().naming.get((ns, obj), _EMPTY)

    def keys_of(self, ns: str, obj: str):
        return self._reverse_index().keys_of.get((ns, obj), ())

    def subjects(self, ns, obj, rel) -> list[Subject]:
        cur = self._rel.get((ns, obj, rel), _MISSING)
        if cur is _MISSING:
            return []
        if type(cur) is _Many:
            return list(cur)
        return [cur]

    def objects(self, namespace: str) -> list[str]:
        return list(self._objects.get(namespace, ()))

    def namespaces(self) -> list[str]:
        return list(self._objects)

    def keys(self):
        return self._rel.keys()

    def __iter__(self) -> Iterator[RelationTuple]:
        # grouped by (namespace, object, relation) in order of first insertion,
        # each group in insertion order
        for (ns, obj, rel), cur in list(self._rel.items()):
            if type(cur) is _Many:
                for subject in list(cur):
                    yield RelationTuple(ns, obj, rel, subject)
            else:
                yield RelationTuple(ns, obj, rel, cur)

    def __len__(self) -> int:
        return self._count

    def __contains__(self, t: RelationTuple) -> bool:
        return self.has(t.namespace, t.object, t.relation, t.subject)


class _Missing:
    __slots__ = ()


_MISSING = _Missing()
