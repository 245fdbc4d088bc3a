"""Hypothesis strategies for small random models: 2–4 namespaces (always `User`,
with no relations), relations typed `User`, other namespaces and
`SubjectSet<N, "r">`, permits built from `||`, `&&`, `!`, nested groups,
`this.related.R.includes`, `this.permits.P` (self-references included, so
permit cycles happen) and traverses in both forms; tuples over a few objects
whose subjects make chains and cycles, with an occasional tuple under a permit's
name, under an undeclared relation, or in an undeclared namespace.

Schemas are generated type-correct (keto-semantics.md §2 "Type checks"), because
Keto refuses to load anything else; tuples are not validated against them,
as the engine evaluates whatever decodes.
"""

from __future__ import annotations

from hypothesis import strategies as st

from .evaluator import (Chain, Group, Model, Namespace, Not, Permit, Permits, Related, Relation, Schema,
                        SubjectSet, Traverse, Tuple, TypeRef)
from .render import Style

NAMESPACE_POOL = ("Group", "Folder", "Doc")
RELATION_POOL = ("members", "owners", "parents", "viewers")
PERMIT_POOL = ("view", "edit", "admin")
OBJECT_POOL = ("a", "b", "c", "d")
SUBJECT_IDS = ("alice", "bob")
UNDECLARED = "bogus"          # a relation name no class declares
UNKNOWN_NS = "Ghost"          # a namespace no class declares
EXTRA_NS = "Team"             # a class with no relations, or permits only
MAX_GROUP_NESTING = 2         # keeps `!(` and `(` far below Keto's nesting limit of 10


class _Names:
    """Names decided before bodies and types, so that every reference can be
    checked the way Keto's type checker would."""

    def __init__(self, relations: dict[str, list[Relation]], permits: dict[str, list[str]]):
        self.relations = relations
        self.permits = permits

    def relation(self, ns: str, name: str) -> Relation | None:
        for r in self.relations.get(ns, []):
            if r.name == name:
                return r
        return None

    def traverse_ok(self, relation: Relation, target: str, via: str) -> bool:
        """§2: "relation "r" was not declared in namespace "N" — traverse over R
        that is missing, or one of R's types lacks the relation/permit named
        inside the lambda. For a SubjectSet<X, "r"> type Keto checks the types
        of X#r, not X itself". Self-referential SubjectSet chains are refused
        here rather than reasoned about (the type checker's recursion limit)."""

        def ok(t: TypeRef, seen: frozenset) -> bool:
            if t.relation is None:
                if via == "related":
                    return any(r.name == target for r in self.relations.get(t.namespace, []))
                return target in self.permits.get(t.namespace, [])
            key = (t.namespace, t.relation)
            if key in seen:
                return False
            inner = self.relation(t.namespace, t.relation)
            return inner is not None and all(ok(tt, seen | {key}) for tt in inner.types)

        return all(ok(t, frozenset()) for t in relation.types)


def _atoms(ns: str, names: _Names) -> list:
    atoms: list = [Related(r.name) for r in names.relations[ns]]
    atoms += [Permits(p) for p in names.permits[ns]]
    for r in names.relations[ns]:
        for other, rels in names.relations.items():
            for target in rels:
                if names.traverse_ok(r, target.name, "related"):
                    atoms.append(Traverse(r.name, target.name, "related"))
        for other, permits in names.permits.items():
            for target in permits:
                if names.traverse_ok(r, target, "permits"):
                    atoms.append(Traverse(r.name, target, "permits"))
    return list(dict.fromkeys(atoms))


@st.composite
def _chain(draw, atoms: list, nesting: int) -> Chain:
    n = draw(st.integers(1, 3))
    first = draw(_operand(atoms, nesting))
    rest = tuple((draw(st.sampled_from(("||", "&&"))), draw(_operand(atoms, nesting))) for _ in range(n - 1))
    return Chain(first, rest)


@st.composite
def _operand(draw, atoms: list, nesting: int):
    kinds = ["atom", "atom", "atom", "not"]
    if nesting < MAX_GROUP_NESTING:
        kinds += ["group", "not_group"]
    kind = draw(st.sampled_from(kinds))
    if kind == "atom":
        return draw(st.sampled_from(atoms))
    if kind == "not":
        return Not(draw(st.sampled_from(atoms)))
    group = Group(draw(_chain(atoms, nesting + 1)))
    return group if kind == "group" else Not(group)


@st.composite
def schemas(draw) -> Schema:
    names = draw(st.lists(st.sampled_from(NAMESPACE_POOL), min_size=1, max_size=3, unique=True))
    rel_names = {n: draw(st.lists(st.sampled_from(RELATION_POOL), min_size=1, max_size=3, unique=True))
                 for n in names}
    permit_names = {n: draw(st.lists(st.sampled_from(PERMIT_POOL), min_size=0, max_size=3, unique=True))
                    for n in names}
    type_pool = [TypeRef("User")] + [TypeRef(n) for n in names] + \
        [TypeRef(n, r) for n in names for r in rel_names[n]]

    def types():
        # half the relations point at one namespace only, as `parents: Folder[]`
        # does: those are what traverses can walk
        if draw(st.booleans()):
            return (TypeRef(draw(st.sampled_from(names))),)
        return tuple(draw(st.lists(st.sampled_from(type_pool), min_size=1, max_size=3, unique=True)))

    relations = {n: [Relation(r, types()) for r in rel_names[n]] for n in names}
    known = _Names(relations, permit_names)
    namespaces = [Namespace("User")]
    for n in names:
        atoms = _atoms(n, known)
        permits = tuple(Permit(p, draw(_chain(atoms, 0))) for p in permit_names[n])
        namespaces.append(Namespace(n, tuple(relations[n]), permits))
    if draw(st.integers(0, 3)) == 0:
        # a class without relations: empty (like User), or with permits only
        # (which makes it a namespace with relations, permits being relations)
        team = draw(st.lists(st.sampled_from(PERMIT_POOL), min_size=0, max_size=2, unique=True))
        atoms = [Permits(p) for p in team]
        namespaces.append(Namespace(EXTRA_NS, (), tuple(Permit(p, draw(_chain(atoms, 0))) for p in team)))
    order = draw(st.permutations(namespaces))
    return Schema(tuple(order))


@st.composite
def models(draw) -> Model:
    schema = draw(schemas())
    declared = [n for n in schema.namespaces if n.has_relations]
    with_relations = [n for n in declared if n.relations]
    objects = list(OBJECT_POOL[: draw(st.integers(1, len(OBJECT_POOL)))])

    subject_sets = [SubjectSet("User", s) for s in SUBJECT_IDS]
    for n in declared:
        for o in objects:
            subject_sets += [SubjectSet(n.name, o, r.name) for r in n.relations]
    rare_sets = [SubjectSet(n.name, o, rel) for n in declared for o in objects
                 for rel in [p.name for p in n.permits] + ["", UNDECLARED]]
    rare_sets += [SubjectSet(UNKNOWN_NS, "x", "rel"), SubjectSet(UNKNOWN_NS, "x")]
    all_names = sorted({r.name for n in declared for r in n.relations} | {p.name for n in declared for p in n.permits})

    users = [SubjectSet("User", s) for s in SUBJECT_IDS]

    @st.composite
    def subject(draw):
        # the queries ask about alice (as an ID and as User:alice): grants
        # must be common, pointers too
        kind = draw(st.integers(0, 9))
        if kind <= 2:
            return draw(st.sampled_from(SUBJECT_IDS))
        if kind <= 5:
            return draw(st.sampled_from(users))
        if kind <= 8:
            return draw(st.sampled_from(subject_sets))
        return draw(st.sampled_from(rare_sets))

    @st.composite
    def pointer_chain(draw):
        """ns:o1#r1@ns:o2#r2, ns:o2#r2@ns:o3#r3, … — repeated objects make
        cycles — optionally ending in a grant to a subject."""
        n = draw(st.sampled_from(with_relations))
        r = draw(st.sampled_from(n.relations)).name
        links = [(n.name, draw(st.sampled_from(objects)), r)]
        for _ in range(draw(st.integers(1, 4))):
            if draw(st.integers(0, 3)) == 0:
                n = draw(st.sampled_from(with_relations))
                r = draw(st.sampled_from(n.relations)).name
            links.append((n.name, draw(st.sampled_from(objects)), r))
        out = [Tuple(a[0], a[1], a[2], SubjectSet(*b)) for a, b in zip(links, links[1:])]
        if draw(st.booleans()):
            out.append(Tuple(*links[-1], draw(subject())))
        return out

    @st.composite
    def relation_tuple(draw):
        place = draw(st.integers(0, 19))
        if place <= 1:
            # no schema: an undeclared namespace, or `User` (no relations); any
            # name, so that traverses and pointers into them find something
            ns, objs = (UNKNOWN_NS, ["x"]) if place == 0 else ("User", list(SUBJECT_IDS))
            rels = ["rel", ""] + all_names
        else:
            n = draw(st.sampled_from(declared))
            ns, objs = n.name, objects
            kind = draw(st.integers(0, 19))
            if kind <= 15 and n.relations:
                rels = [r.name for r in n.relations]
            elif kind <= 17 and n.permits:
                rels = [p.name for p in n.permits]       # a tuple under a permit's name
            elif kind == 18:
                rels = [""]                              # the empty relation: no schema
            else:
                rels = [UNDECLARED]
        return Tuple(ns, draw(st.sampled_from(objs)), draw(st.sampled_from(rels)), draw(subject()))

    tuples = [draw(relation_tuple()) for _ in range(draw(st.integers(2, 14)))]
    for chain in draw(st.lists(pointer_chain(), min_size=0, max_size=2)):
        tuples += chain
    tuples = list(dict.fromkeys(tuples))          # a store holds each tuple once
    tuples = list(draw(st.permutations(tuples)))  # insertion order matters (§3)

    query_objects = {n.name: objects for n in declared}
    if schema.namespace(EXTRA_NS) is not None:
        query_objects[EXTRA_NS] = objects[:1]
    if draw(st.integers(0, 3)) == 0:
        query_objects["User"] = ["alice"]          # a namespace without relations
    if any(t.namespace == UNKNOWN_NS for t in tuples):
        query_objects[UNKNOWN_NS] = ["x"]          # an undeclared namespace
    query_subjects = ["alice", SubjectSet("User", "alice"), draw(st.sampled_from(subject_sets[2:] + rare_sets))]
    return Model(schema, tuples, query_objects, query_subjects, [UNDECLARED, ""])


styles = st.builds(Style, st.booleans(), st.booleans(), st.booleans(), st.booleans())
