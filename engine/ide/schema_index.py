"""Every name in an OPL schema and what it refers to: class names,
relation and permit names, type references (`User`, `SubjectSet<Group,
"members">`), `this.related.X`, `this.permits.X`, traverses and their lambda
parameters. Built once per analysis; hover, navigation, rename, semantic
tokens and inlay hints read it.

A symbol is ("ns", namespace) or ("rel", namespace, name) — relations and
permits share one name space in Keto, so they share a symbol kind.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..opl.analyze import Analysis
from ..opl.ast import Computed, Name, TupleToSubjectSet, iter_expr

__all__ = ["Occ", "Param", "SchemaIndex", "index_of", "content_span", "traverse_namespaces"]


def content_span(name: Name) -> tuple[int, int]:
    """A quoted name's content, without its quotes."""
    if name.quoted:
        return name.start + 1, max(name.start + 1, name.end - 1)
    return name.start, name.end


@dataclass(frozen=True, slots=True)
class Occ:
    start: int
    end: int
    symbol: tuple
    role: str  # "decl" | "type" (in a relation's types) | "ref" (in a permit body)
    cls: str | None  # the class it is written in
    via: str | None = None  # "related" | "permits" for permit-body references
    node: object = None  # the AST node (member, TypeRef, Computed, TupleToSubjectSet)


@dataclass(frozen=True, slots=True)
class Param:
    """A traverse lambda's parameter (declaration or use) and its types."""

    start: int
    end: int
    name: str
    ttu: TupleToSubjectSet
    cls: str | None
    decl: bool


def traverse_namespaces(schema, cls: str | None, relation: str) -> list[str]:
    """The namespaces a traverse over cls#relation reaches (the relation's
    types; a subject-set type counts by its namespace)."""
    rel = schema.relation(cls, relation) if cls else None
    if rel is None:
        return []
    return list(dict.fromkeys(t.namespace for t in rel.types))


class SchemaIndex:
    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        occs: list[Occ] = []
        params: list[Param] = []
        schema = analysis.schema
        tokens = analysis.tokens
        starts = [t.start for t in tokens]
        for cls in analysis.module.classes:
            cname = cls.name.text if cls.name is not None else None
            if cls.name is not None:
                s, e = content_span(cls.name)
                occs.append(Occ(s, e, ("ns", cname), "decl", cname, node=cls))
            for m in cls.members:
                s, e = content_span(m.name)
                occs.append(Occ(s, e, ("rel", cname, m.name.text), "decl", cname, node=m))
                if not m.is_permit:
                    for t in m.types:
                        s, e = content_span(t.namespace)
                        occs.append(Occ(s, e, ("ns", t.namespace.text), "type", cname, node=t))
                        if t.relation is not None:
                            s, e = content_span(t.relation)
                            occs.append(Occ(s, e, ("rel", t.namespace.text, t.relation.text), "type", cname,
                                            node=t))
                    continue
                atoms = iter_expr(m.body) if m.body is not None else m.dropped_atoms
                for node in atoms:
                    if isinstance(node, Computed):
                        s, e = content_span(node.relation)
                        occs.append(Occ(s, e, ("rel", cname, node.relation.text), "ref", cname, node.via, node))
                    elif isinstance(node, TupleToSubjectSet):
                        s, e = content_span(node.relation)
                        occs.append(Occ(s, e, ("rel", cname, node.relation.text), "ref", cname, "related", node))
                        s, e = content_span(node.computed)
                        for ns in traverse_namespaces(schema, cname, node.relation.text) or [None]:
                            occs.append(Occ(s, e, ("rel", ns, node.computed.text), "ref", cname, node.via, node))
                        params.append(Param(node.param.start, node.param.end, node.param.text, node, cname, True))
                        # uses of the parameter: `p` in `p.related.X`
                        i = bisect_right(starts, node.param.end)
                        while i < len(tokens) and tokens[i].start < node.end:
                            t = tokens[i]
                            if t.value == node.param.text and t.orig_type == "IDENT":
                                params.append(Param(t.start, t.end, t.value, node, cname, False))
                            i += 1
        occs.sort(key=lambda o: (o.start, o.end))
        params.sort(key=lambda p: p.start)
        self.occs = occs
        self.params = params
        self._starts = [o.start for o in occs]
        self._param_starts = [p.start for p in params]

    def at(self, offset: int) -> list[Occ]:
        """Occurrences whose span holds offset (its end included: a cursor
        right after a name is on it)."""
        i = bisect_right(self._starts, offset)
        out = []
        j = i - 1
        while j >= 0 and j >= i - 64:
            o = self.occs[j]
            if o.start <= offset <= o.end:
                out.append(o)
            j -= 1
        out.reverse()
        return out

    def param_at(self, offset: int) -> Param | None:
        i = bisect_right(self._param_starts, offset) - 1
        if i >= 0:
            p = self.params[i]
            if p.start <= offset <= p.end:
                return p
        return None

    def find(self, symbol: tuple) -> list[Occ]:
        return [o for o in self.occs if o.symbol == symbol]

    def declaration(self, symbol: tuple) -> Occ | None:
        """Where Keto finds the symbol: the first declaration (a relation:
        the first in its namespace's first class)."""
        for o in self.occs:
            if o.role != "decl":
                continue
            if symbol[0] == "ns" and o.symbol == symbol:
                ns = self.analysis.schema.get(symbol[1])
                if ns is None or ns.decl is o.node:
                    return o
            elif symbol[0] == "rel" and o.symbol == symbol:
                ns = self.analysis.schema.get(symbol[1])
                rel = ns.get(symbol[2]) if ns else None
                if rel is not None and rel.decl is o.node:
                    return o
        for o in self.occs:  # e.g. a dropped permit: Keto does not see it, but it is written there
            if o.role == "decl" and o.symbol == symbol:
                return o
        return None


_CACHE: dict[int, tuple[Analysis, SchemaIndex]] = {}


def index_of(analysis: Analysis) -> SchemaIndex:
    """The index of an analysis (kept for the few most recent analyses)."""
    hit = _CACHE.get(id(analysis))
    if hit is not None and hit[0] is analysis:
        return hit[1]
    idx = SchemaIndex(analysis)
    if len(_CACHE) >= 16:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[id(analysis)] = (analysis, idx)
    return idx
