"""A second, deliberately naive model of Keto's check, written from the
specification alone (keto-semantics.md §2 and §3), never from
the engine's code. The differential tests compare it with the engine.

It favours obviousness over speed: tuples are a plain list scanned on every
lookup, every step is a plain recursive call, combinators are loops over
thunks. Each rule below quotes (in a comment) the sentence of §3 it implements,
so that a disagreement with the engine can be traced to the doc.

Three layers:
* the model: a schema (namespaces, relations with their allowed types, permits
  written as surface expressions) and tuples in insertion order;
* `to_rewrite`: §2's mapping from a permit expression to Keto's rewrite tree;
* `Evaluator`: §3's check.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Callable, Union

# --------------------------------------------------------------------------
# The model


@dataclass(frozen=True)
class SubjectSet:
    namespace: str
    object: str
    relation: str = ""


Subject = Union[str, SubjectSet]


@dataclass(frozen=True)
class Tuple:
    namespace: str
    object: str
    relation: str
    subject: Subject


@dataclass(frozen=True)
class TypeRef:
    """`N` (relation None) or `SubjectSet<N, "r">`."""
    namespace: str
    relation: str | None = None


@dataclass(frozen=True)
class Relation:
    name: str
    types: tuple[TypeRef, ...]


# surface expressions: what the OPL text says, parentheses and all


@dataclass(frozen=True)
class Related:          # this.related.R.includes(ctx.subject)
    relation: str


@dataclass(frozen=True)
class Permits:          # this.permits.P(ctx)
    permit: str


@dataclass(frozen=True)
class Traverse:         # this.related.R.traverse(x => x.related.T.includes(..)) / x.permits.T(ctx)
    relation: str
    target: str
    via: str = "permits"  # "related" or "permits": only the rendering differs


@dataclass(frozen=True)
class Not:              # !operand
    operand: "Operand"


@dataclass(frozen=True)
class Group:            # ( expr )
    expr: "Chain"


@dataclass(frozen=True)
class Chain:            # operand (op operand)*, op in "||", "&&"
    first: "Operand"
    rest: tuple[tuple[str, "Operand"], ...] = ()


Operand = Union[Related, Permits, Traverse, Not, Group]


@dataclass(frozen=True)
class Permit:
    name: str
    body: Chain


@dataclass(frozen=True)
class Namespace:
    name: str
    relations: tuple[Relation, ...] = ()
    permits: tuple[Permit, ...] = ()

    def relation(self, name: str) -> Relation | None:
        for r in self.relations:
            if r.name == name:
                return r
        return None

    def permit(self, name: str) -> Permit | None:
        for p in self.permits:
            if p.name == name:
                return p
        return None

    @property
    def has_relations(self) -> bool:
        # permits are relations too in Keto's namespace model
        return bool(self.relations or self.permits)


@dataclass(frozen=True)
class Schema:
    namespaces: tuple[Namespace, ...] = ()

    def namespace(self, name: str) -> Namespace | None:
        for n in self.namespaces:
            if n.name == name:
                return n
        return None


@dataclass
class Model:
    """A schema, its tuples (insertion order, no duplicates) and the names a
    test enumerates queries over."""
    schema: Schema
    tuples: list[Tuple]
    objects: dict[str, list[str]] = field(default_factory=dict)
    subjects: list[Subject] = field(default_factory=list)
    extra_relations: list[str] = field(default_factory=list)   # undeclared names to query

    def queries(self) -> list[Tuple]:
        out = []
        for ns, objects in self.objects.items():
            n = self.schema.namespace(ns)
            names = []
            if n is not None:
                names += [r.name for r in n.relations] + [p.name for p in n.permits]
            names += [r for r in self.extra_relations if r not in names]
            for obj in objects:
                for rel in names:
                    for sub in self.subjects:
                        out.append(Tuple(ns, obj, rel, sub))
        return out


# --------------------------------------------------------------------------
# §2: permit expression → rewrite tree


@dataclass(frozen=True)
class Rewrite:
    op: str                       # "or" | "and"
    children: tuple


@dataclass(frozen=True)
class Computed:                   # computed subject set (related or permit)
    relation: str


@dataclass(frozen=True)
class TupleToSubjectSet:
    relation: str
    target: str


@dataclass(frozen=True)
class Invert:
    child: object


_OPS = {"||": "or", "&&": "and"}


def to_rewrite(body: Chain) -> Rewrite:
    """The rewrite tree Keto evaluates for a permit body.

    §2: "`&&` and `||` have equal precedence and associate left to right";
    "Same-operator children flatten: `a || (b || c)` is one union of three, and
    one-child groups flatten too — except directly under `!`, where `!(x)` stays
    a one-child group". A permit body is itself a rewrite; a lone atom is a
    one-child union (there is nothing to flatten it into).
    """
    node = _build_chain(body)
    if not isinstance(node, Rewrite):
        return Rewrite("or", (node,))
    node = _flatten(node)
    while len(node.children) == 1 and isinstance(node.children[0], Rewrite):
        node = node.children[0]
    return node


def _build_chain(chain: Chain):
    lhs = _build_operand(chain.first)
    for op, operand in chain.rest:
        lhs = Rewrite(_OPS[op], (lhs, _build_operand(operand)))
    return lhs


def _build_group(expr: Chain) -> Rewrite:
    # a parenthesised group is a rewrite; `(x)` is a one-child union
    node = _build_chain(expr)
    if not isinstance(node, Rewrite):
        node = Rewrite("or", (node,))
    return node


def _build_operand(operand):
    if isinstance(operand, Related):
        return Computed(operand.relation)
    if isinstance(operand, Permits):
        return Computed(operand.permit)
    if isinstance(operand, Traverse):
        return TupleToSubjectSet(operand.relation, operand.target)
    if isinstance(operand, Group):
        return _build_group(operand.expr)
    if isinstance(operand, Not):
        inner = operand.operand
        if isinstance(inner, Group):
            # kept as a group even with one child: flattened inside, not away
            return Invert(_flatten(_build_group(inner.expr)))
        return Invert(_build_operand(inner))
    raise TypeError(operand)


def _flatten(node: Rewrite) -> Rewrite:
    children: list = []

    def add(child):
        if isinstance(child, Rewrite):
            child = _flatten(child)
            if child.op == node.op or len(child.children) == 1:
                for grandchild in child.children:
                    add(grandchild)
                return
        elif isinstance(child, Invert) and isinstance(child.child, Rewrite):
            child = Invert(_flatten(child.child))
        children.append(child)

    for c in node.children:
        add(c)
    return Rewrite(node.op, tuple(children))


# --------------------------------------------------------------------------
# Outcomes


MEMBER = "member"
NOT_MEMBER = "not_member"
UNKNOWN = "unknown"
DEPTH = "max_depth_exceeded"
WIDTH = "max_width_exceeded"


@dataclass(frozen=True)
class Outcome:
    result: str                     # member | not_member | unknown
    limitation: str | None = None
    error: str | None = None        # set ⇒ the check failed

    @property
    def allowed(self) -> bool:
        return self.error is None and self.result == MEMBER


IS_MEMBER = Outcome(MEMBER)
IS_NOT_MEMBER = Outcome(NOT_MEMBER)
UNKNOWN_DEPTH = Outcome(UNKNOWN, DEPTH)
UNKNOWN_WIDTH = Outcome(UNKNOWN, WIDTH)


def error(message: str) -> Outcome:
    return Outcome(UNKNOWN, None, message)


def relation_missing(relation: str) -> Outcome:
    return error(f'relation "{relation}" does not exist')


CYCLIC = "cyclic permit reference"
INCOMPLETE = "The check could not be completed"

Thunk = Callable[[], Outcome]


def union(checks: list[Thunk]) -> Outcome:
    """§3: "Union: the first IsMember *or error* wins; otherwise any limitation
    → Unknown (first limitation kept); otherwise NotMember." Empty → NotMember."""
    first_limit = None
    for check in checks:
        r = check()
        if r.error is not None or r.result == MEMBER:
            return r
        if r.result == UNKNOWN and first_limit is None:
            first_limit = r
    return first_limit if first_limit is not None else IS_NOT_MEMBER


def intersection(checks: list[Thunk]) -> Outcome:
    """§3: "Intersection: the first NotMember or error wins; otherwise a
    limitation → Unknown; otherwise IsMember." Empty → NotMember."""
    if not checks:
        return IS_NOT_MEMBER
    first_limit = None
    for check in checks:
        r = check()
        if r.error is not None or r.result == NOT_MEMBER:
            return r
        if r.result == UNKNOWN and first_limit is None:
            first_limit = r
    return first_limit if first_limit is not None else IS_MEMBER


def invert(r: Outcome) -> Outcome:
    """§3: "swaps IsMember and NotMember; Unknown and errors pass through"."""
    if r.error is not None or r.result == UNKNOWN:
        return r
    return IS_NOT_MEMBER if r.result == MEMBER else IS_MEMBER


# --------------------------------------------------------------------------
# §3: the check


GLOBAL_MAX_DEPTH = 5
MAX_READ_WIDTH = 100
CALL_BUDGET = 1000


class _Schemaless:
    """The relation lookup's answer when there is no schema to consult."""


NO_SCHEMA = _Schemaless()


class _Budget(Exception):
    pass


class Evaluator:
    def __init__(self, schema: Schema, tuples: list[Tuple], *, global_max_depth: int = GLOBAL_MAX_DEPTH,
                 strict: bool = False, max_width: int = MAX_READ_WIDTH):
        self.schema = schema
        self.tuples = list(tuples)
        self.global_max_depth = global_max_depth
        self.strict = strict
        self.max_width = max_width

    # -- the top level

    def check(self, query: Tuple, max_depth: int | None = None) -> Outcome:
        # "Depth: the request's max depth; if ≤ 0 or above the global limit, the
        # global limit is used."
        d = max_depth if max_depth is not None and 0 < max_depth <= self.global_max_depth \
            else self.global_max_depth
        # "An unknown namespace answers `false` over REST." A request names
        # two namespaces when its subject is a subject set; either one unknown
        # makes Keto refuse it, before any tuple is read.
        if self.schema.namespace(query.namespace) is None:
            return IS_NOT_MEMBER
        if isinstance(query.subject, SubjectSet) and self.schema.namespace(query.subject.namespace) is None:
            return IS_NOT_MEMBER
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(max(old, 30 * CALL_BUDGET))
        try:
            r = self._is_allowed(query.namespace, query.object, query.relation, query.subject, d,
                                 skip_direct=False, visited=None, steps=frozenset())
        finally:
            sys.setrecursionlimit(old)
        # "Unknown is answered ... as an error (HTTP 422 "The check could not
        # be completed") in strict mode."
        if self.strict and r.error is None and r.result == UNKNOWN:
            return Outcome(UNKNOWN, r.limitation, INCOMPLETE)
        return r

    # -- schema questions

    def _lookup(self, namespace: str, relation: str):
        """Relation, Permit, NO_SCHEMA, or None (declared namespace lacking it).

        "An unknown namespace, a namespace with no relations, or the empty
        relation means "no schema"." """
        ns = self.schema.namespace(namespace)
        if ns is None or not ns.has_relations or relation == "":
            return NO_SCHEMA
        return ns.relation(relation) or ns.permit(relation)

    def _accepts_directly(self, namespace: str, relation: str, subject: Subject) -> bool:
        """Strict mode: "Direct runs only where the schema allows it (never on
        permits; a subject set must match a declared type exactly; subject IDs
        allowed on plain relations; without a schema, subject IDs still count but
        subject sets never do)"."""
        found = self._lookup(namespace, relation)
        if found is NO_SCHEMA:
            return isinstance(subject, str)
        if not isinstance(found, Relation):
            return False            # a permit, or nothing declared
        if isinstance(subject, str):
            return True
        for t in found.types:
            if t.namespace == subject.namespace and (t.relation or "") == subject.relation:
                return True
        return False

    def _exists(self, namespace: str, obj: str, relation: str, subject: Subject) -> bool:
        for t in self.tuples:
            if (t.namespace, t.object, t.relation, t.subject) == (namespace, obj, relation, subject):
                return True
        return False

    # -- IsAllowed

    def _is_allowed(self, ns, obj, rel, subject, d, *, skip_direct, visited, steps) -> Outcome:
        # "Call budget: at most 1000 steps along one path; exceeding it is the
        # error "cyclic permit reference"." A step here is one IsAllowed;
        # `steps` holds the states the path went through.
        if len(steps) >= CALL_BUDGET:
            return error(CYCLIC)
        # A shortcut to the same answer: what an IsAllowed does is decided by
        # its arguments and the visited set alone, so meeting the same state
        # again on one path means the path repeats itself until the budget
        # runs out, and every step on it then returns that error.
        state = (ns, obj, rel, subject, d, skip_direct, None if visited is None else frozenset(visited))
        if state in steps:
            return error(CYCLIC)
        steps = steps | {state}
        # "IsAllowed(tuple, d): if d ≤ 0 → Unknown(depth)."
        if d <= 0:
            return UNKNOWN_DEPTH
        # "A namespace that is declared but lacks the relation → error"
        found = self._lookup(ns, rel)
        if found is None:
            return relation_missing(rel)
        checks: list[Thunk] = []
        # "Then a union, in this order: Rewrite (only if the relation is a
        # permit), Direct, ExpandSubject."
        if isinstance(found, Permit):
            root = to_rewrite(found.body)
            checks.append(lambda: self._rewrite(ns, obj, subject, root, d, visited, steps))
        if not skip_direct:
            checks.append(lambda: self._direct(ns, obj, rel, subject, found))
        checks.append(lambda: self._expand_subject(ns, obj, rel, subject, found, d, visited, steps))
        return union(checks)

    def _direct(self, ns, obj, rel, subject, found) -> Outcome:
        # "Direct: an exact tuple exists → IsMember." (strict: only where the
        # schema allows it; non-strict honours tuples under a permit's name)
        if self.strict and not self._accepts_directly(ns, rel, subject):
            return IS_NOT_MEMBER
        return IS_MEMBER if self._exists(ns, obj, rel, subject) else IS_NOT_MEMBER

    def _expand_subject(self, ns, obj, rel, subject, found, d, visited, steps) -> Outcome:
        declared_sets: list[TypeRef] = []
        if self.strict:
            # "ExpandSubject runs only when the relation declares SubjectSet<…>
            # types (so never on permits) and follows only those"
            if isinstance(found, Relation):
                declared_sets = [t for t in found.types if t.relation is not None]
            if not declared_sets:
                return IS_NOT_MEMBER
        # "take every tuple ns:obj#rel@S whose subject S is a subject set"
        pointers: list[SubjectSet] = []
        for t in self.tuples:
            if (t.namespace, t.object, t.relation) == (ns, obj, rel) and isinstance(t.subject, SubjectSet):
                s = t.subject
                if self.strict and TypeRef(s.namespace, s.relation) not in declared_sets:
                    continue
                pointers.append(s)
        # "None → NotMember."
        if not pointers:
            return IS_NOT_MEMBER
        # "Only the first max_read_width pointers are followed"
        followed = pointers[: self.max_width]
        # "If the subject is directly in any S → IsMember." (strict: "counts a
        # pointer only if that pointer's relation would accept the subject
        # directly")
        for s in followed:
            if self._exists(s.namespace, s.object, s.relation, subject) and (
                    not self.strict or self._accepts_directly(s.namespace, s.relation, subject)):
                return IS_MEMBER
        # "If d ≤ 1 → Unknown(depth)."
        if d <= 1:
            return UNKNOWN_DEPTH
        # "The set is created by the first ExpandSubject on a path and then
        # shared by every step below it, sibling branches included"
        if visited is None:
            visited = set()
        checks: list[Thunk] = []
        for s in followed:
            checks.append(self._follow(s, subject, d, visited, steps))
        if len(pointers) > len(followed):
            checks.append(lambda: UNKNOWN_WIDTH)
        return union(checks)

    def _follow(self, s: SubjectSet, subject, d, visited, steps) -> Thunk:
        def run() -> Outcome:
            # "For each S not yet visited in this subtree: IsAllowed(S@subject,
            # d−1) without its Direct step." Whether S was visited is asked when
            # its turn comes, so a pointer reached deeper by an earlier sibling
            # is skipped.
            if s in visited:
                return IS_NOT_MEMBER
            visited.add(s)
            return self._is_allowed(s.namespace, s.object, s.relation, subject, d - 1,
                                    skip_direct=True, visited=visited, steps=steps)
        return run

    # -- rewrites

    def _rewrite(self, ns, obj, subject, node: Rewrite, d, visited, steps) -> Outcome:
        # "A rewrite reached with d ≤ 0 is Unknown at once — its batched direct
        # lookup never runs"
        if d <= 0:
            return UNKNOWN_DEPTH
        if node.op == "and":
            return intersection([self._child(ns, obj, subject, c, d, visited, steps)
                                 for c in node.children])
        # "OR: all computed-subject-set children are first tried as one batched
        # direct lookup, then each as IsAllowed(ns:obj#R, d−1); the other
        # children follow in source order."
        computed = [c for c in node.children if isinstance(c, Computed)]
        others = [c for c in node.children if not isinstance(c, Computed)]
        checks: list[Thunk] = []
        if computed:
            checks.append(lambda: self._batched_direct(ns, obj, subject, computed))
            for c in computed:
                # "The per-relation IsAllowed(d−1) calls after the OR batch skip
                # their own Direct."
                checks.append(self._computed(ns, obj, subject, c.relation, d - 1, True, visited, steps))
        for c in others:
            checks.append(self._child(ns, obj, subject, c, d, visited, steps))
        return union(checks)

    def _batched_direct(self, ns, obj, subject, computed: list[Computed]) -> Outcome:
        for c in computed:
            # strict: "The OR batch skips every relation that would not accept
            # the subject."
            if self.strict and not self._accepts_directly(ns, c.relation, subject):
                continue
            if self._exists(ns, obj, c.relation, subject):
                return IS_MEMBER
        return IS_NOT_MEMBER

    def _computed(self, ns, obj, subject, relation, d, skip_direct, visited, steps) -> Thunk:
        return lambda: self._is_allowed(ns, obj, relation, subject, d, skip_direct=skip_direct,
                                        visited=visited, steps=steps)

    def _child(self, ns, obj, subject, child, d, visited, steps) -> Thunk:
        """A child of a rewrite (outside the OR batch) or the operand of `!`.

        "Nested rewrites (a parenthesised group directly inside a group) get
        d−1; traverse, invert, and computed children inside AND keep d"."""
        if isinstance(child, Computed):
            return self._computed(ns, obj, subject, child.relation, d, False, visited, steps)
        if isinstance(child, Rewrite):
            return lambda: self._rewrite(ns, obj, subject, child, d - 1, visited, steps)
        if isinstance(child, TupleToSubjectSet):
            return lambda: self._traverse(ns, obj, subject, child, d, visited, steps)
        if isinstance(child, Invert):
            return lambda: invert(self._operand(ns, obj, subject, child.child, d, visited, steps)())
        raise TypeError(child)

    def _operand(self, ns, obj, subject, child, d, visited, steps) -> Thunk:
        # "The operand of `!` runs at the same d even when it is a group"
        if isinstance(child, Rewrite):
            return lambda: self._rewrite(ns, obj, subject, child, d, visited, steps)
        return self._child(ns, obj, subject, child, d, visited, steps)

    def _traverse(self, ns, obj, subject, node: TupleToSubjectSet, d, visited, steps) -> Outcome:
        # "for each tuple ns:obj#R@S whose subject is a subject set (subject IDs
        # are ignored), IsAllowed(S.namespace:S.object#P @ subject, d−1). The
        # relation of S is ignored."
        checks: list[Thunk] = []
        for t in self.tuples:
            if (t.namespace, t.object, t.relation) == (ns, obj, node.relation) and isinstance(t.subject, SubjectSet):
                s = t.subject
                checks.append(self._traversed(s, subject, node.target, d, visited, steps))
        return union(checks)

    def _traversed(self, s: SubjectSet, subject, target, d, visited, steps) -> Thunk:
        return lambda: self._is_allowed(s.namespace, s.object, target, subject, d - 1, skip_direct=False,
                                        visited=visited, steps=steps)
