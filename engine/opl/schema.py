"""The compiled schema the check engine reads: namespaces with their
relations (allowed subject types) and permits (rewrite trees).

Lookups follow Keto: when a name is declared twice, the first declaration is
the one found.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .ast import ClassDecl, Member, Rewrite

__all__ = ["Relation", "Namespace", "Schema", "SubjectType"]


@dataclass(frozen=True, slots=True)
class SubjectType:
    """`User` → ("User", ""); `SubjectSet<Group, "members">` → ("Group", "members")."""

    namespace: str
    relation: str = ""

    def __str__(self) -> str:
        if not self.relation:
            return self.namespace
        return f'SubjectSet<{self.namespace}, "{self.relation}">'


@dataclass(slots=True, eq=False)
class Relation:
    namespace: str
    name: str
    types: tuple[SubjectType, ...]
    rewrite: Rewrite | None  # a permit's body
    decl: Member | None = None

    @property
    def is_permit(self) -> bool:
        return self.rewrite is not None

    @property
    def subject_set_types(self) -> tuple[SubjectType, ...]:
        return tuple(t for t in self.types if t.relation)


@dataclass(slots=True, eq=False)
class Namespace:
    name: str
    relations: list[Relation] = field(default_factory=list)
    decl: ClassDecl | None = None
    _by_name: dict[str, Relation] = field(default_factory=dict)

    def add(self, rel: Relation) -> None:
        self.relations.append(rel)
        self._by_name.setdefault(rel.name, rel)

    def get(self, name: str) -> Relation | None:
        return self._by_name.get(name)

    @property
    def permits(self) -> list[Relation]:
        return [r for r in self.relations if r.is_permit]

    @property
    def plain_relations(self) -> list[Relation]:
        return [r for r in self.relations if not r.is_permit]


@dataclass(slots=True, eq=False)
class Schema:
    namespaces: list[Namespace] = field(default_factory=list)
    _by_name: dict[str, Namespace] = field(default_factory=dict)

    def add(self, ns: Namespace) -> None:
        self.namespaces.append(ns)
        self._by_name.setdefault(ns.name, ns)

    def get(self, name: str) -> Namespace | None:
        return self._by_name.get(name)

    def relation(self, namespace: str, relation: str) -> Relation | None:
        ns = self._by_name.get(namespace)
        return ns.get(relation) if ns is not None else None

    @property
    def names(self) -> list[str]:
        return list(self._by_name)

    @classmethod
    def empty(cls) -> "Schema":
        return cls()
