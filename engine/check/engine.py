"""Keto's check, step by step.

Each step below is one of Keto's (internal/check/step): IsAllowed dispatches
to Rewrite (permits), Direct and ExpandSubject as a union; Rewrite plans its
children (the OR batch of computed subject sets, then the rest in source
order) as a union or an intersection; Traverse, Computed and Invert do what
their names say. Depth accounting, short-circuiting, the width limit, the
shared visited set and the per-path call budget follow Keto exactly (see
docs/keto-semantics.md and the comments at each step).

Results are (membership, limitation, error) triples. With ``tr`` (a trace
node) every step also records itself; the fast path passes None and builds
nothing.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

from .. import limits
from ..opl.ast import Computed, Invert, Rewrite, TupleToSubjectSet
from ..opl.schema import Relation, Schema
from ..store import MemoryStore
from ..tuples import Subject, SubjectSet, format_subject
from .result import (MEMBER, NOT_MEMBER, R_DEPTH, R_MEMBER, R_NOT, UNKNOWN, WIDTH,
                     budget_error, relation_error)
from .trace import TraceNode

__all__ = ["Checker"]

# Each step is a Python call or two; a path may be 1,000 steps long (Keto's
# budget). check() makes sure the recursion limit allows that, whatever the
# host set (and puts the host's limit back afterwards).
_RECURSION_NEEDED = 8000

_NO_RELATION = (None, None)


class _Split(NamedTuple):
    """What the checker keeps of a key's subject sets (Derived.split)."""

    trivial: tuple  # those whose two steps can only end in NotMember (see _trivial)
    rest: tuple  # the others, in order
    trivial_set: frozenset | None  # `trivial` as a set: made by explain mode only
    stored: tuple  # those with anything stored under them, in order


def allows_direct(relation: Relation | None, subject: Subject) -> bool:
    """Keto's AllowsDirectMember: would the schema accept this subject stored
    directly under this relation?"""
    if isinstance(subject, str):
        return relation is None or relation.rewrite is None
    if relation is None or relation.rewrite is not None:
        return False
    for t in relation.types:
        if t.namespace == subject.namespace and t.relation == subject.relation:
            return True
    return False


_last_subject: tuple = (None, "")


def _q(ns, obj, rel, sub) -> str:
    # A derivation tree names the one subject of its check in every node:
    # format it once, not per node (it was a sixth of explain mode's time).
    # The cache is one (subject, text) pair, replaced whole: threads sharing
    # it can only see a matching pair.
    global _last_subject
    last = _last_subject
    if last[0] is sub:
        text = last[1]
    else:
        text = format_subject(sub)
        _last_subject = (sub, text)
    return f"{ns}:{obj}#{rel}@{text}"


class Checker:
    def __init__(self, schema: Schema, store: MemoryStore, *, strict: bool = False,
                 max_depth: int = limits.DEFAULT_MAX_DEPTH, max_width: int = limits.DEFAULT_MAX_WIDTH,
                 budget: int = limits.MAX_CALL_STEPS):
        self.schema = schema
        self.store = store
        self.strict = strict
        self.max_depth = max_depth
        self.max_width = max_width
        self.budget = budget
        self._budget_error = budget_error(budget)
        self._relations: dict = {}
        # a coverage.Coverage while `opl test --coverage` runs
        self.coverage = None
        # explain mode writes out the nodes of trivial subject sets instead of
        # evaluating them (off only to test that both trees are equal)
        self.shortcut_trees = True
        self._labels: dict = {}  # subject set -> its written-out nodes' rules and span
        # per check: (the subject, {(ns, obj, rel, depth): (the Rewrite
        # step's result, the budget it had)}); see is_allowed. A check uses
        # it only while its own subject is the one in it, so that two threads
        # checking on one Checker at once (each check() replaces it) can only
        # share correct entries.
        self._memo: tuple | None = None

    # ------------------------------------------------------------ schema

    def relation(self, ns: str, rel: str):
        """Keto's ASTRelationFor: (relation, None), or (None, None) for "no
        schema" (empty relation, unknown namespace, namespace without
        relations), or (None, error) for a declared namespace lacking it."""
        key = (ns, rel)
        found = self._relations.get(key)
        if found is None:
            found = _NO_RELATION
            if rel:
                namespace = self.schema.get(ns)
                if namespace is not None and namespace.relations:
                    r = namespace.get(rel)
                    found = (r, None) if r is not None else (None, relation_error(rel))
            self._relations[key] = found
        return found

    def clamp(self, depth: int | None) -> int:
        """Keto: a request depth ≤ 0 or above the global maximum means the
        global maximum."""
        if depth is None or depth <= 0 or depth > self.max_depth:
            return self.max_depth
        return depth

    # ------------------------------------------------------------ entry

    def check(self, ns: str, obj: str, rel: str, subject: Subject, depth: int | None = None,
              trace: bool = False):
        d = self.clamp(depth)
        limit = sys.getrecursionlimit()
        if limit < _RECURSION_NEEDED:
            sys.setrecursionlimit(limit + _RECURSION_NEEDED)
        # coverage counts every evaluation of a branch: no reuse then
        self._memo = (subject, {}) if self.coverage is None else None
        try:
            if trace:
                root = TraceNode("permit", _q(ns, obj, rel, subject))
                res = self.is_allowed(ns, obj, rel, subject, d, self.budget, None, False, root)
                return res, root
            return self.is_allowed(ns, obj, rel, subject, d, self.budget, None, False, None), None
        finally:
            if limit < _RECURSION_NEEDED:
                sys.setrecursionlimit(limit)

    # ------------------------------------------------------------ steps

    def is_allowed(self, ns, obj, rel, sub, d, b, visited, skip_direct, tr):
        """IsAllowed: Rewrite (permits), Direct, ExpandSubject, as a union."""
        if tr is not None:
            tr.depth = d
        if b <= 0:
            return self._done(tr, self._budget_error)
        if d <= 0:
            if tr is not None:
                tr.kind = "limit"
                tr.note = "no depth left"
            return self._done(tr, R_DEPTH)
        known = self._relations.get((ns, rel))
        if known is None:
            known = self.relation(ns, rel)
        relation, err = known
        if err is not None:
            return self._done(tr, err)
        strict = self.strict
        store = self.store
        lim = None
        b1 = b - 1
        if tr is not None:
            self._label(tr, ns, rel, relation)
        if relation is not None and relation.rewrite is not None:
            rw = relation.rewrite
            if tr is None:
                # the Rewrite step, inline (depth is left: checked above)
                if b1 <= 0:
                    return self._budget_error
                # The same permit of the same object at the same depth is
                # often asked twice in one check (`view` re-derives `edit`
                # along the same folder chain). Outside an ExpandSubject
                # (visited is None) its result depends only on the depth and
                # the budget, and the budget only through errors (each step
                # passes b - 1 down; a step out of budget fails the whole
                # check): a result that was no error stays valid for any
                # budget at least as large.
                memo = self._memo if visited is None else None
                if memo is not None:
                    memo = memo[1] if memo[0] is sub else None
                hit = memo.get((ns, obj, rel, d)) if memo is not None else None
                if hit is not None and b1 >= hit[1]:
                    res = hit[0]
                else:
                    if rw.op == "or":
                        res = self._union(rw, ns, obj, sub, d, b1, visited, None)
                    else:
                        res = self._intersection(rw, ns, obj, sub, d, b1, visited, None)
                    if memo is not None and res[2] is None:
                        memo[(ns, obj, rel, d)] = (res, b1)
            else:
                res = self.rewrite(rw, ns, obj, sub, d, b1, visited, tr.add(TraceNode("union", tr.query)))
            if res[0] == MEMBER or res[2] is not None:
                return self._done(tr, res)
            if res[0] == UNKNOWN:
                lim = res[1]
        key = (ns, obj, rel)
        if not skip_direct and (not strict or allows_direct(relation, sub)):
            if tr is None:
                # the Direct step, inline
                if b1 <= 0:
                    return self._budget_error
                if store.holds(key, sub):
                    return R_MEMBER
            else:
                res = self.direct(ns, obj, rel, sub, d, b1, tr)
                if res[0] == MEMBER or res[2] is not None:
                    return self._done(tr, res)
                if res[0] == UNKNOWN and lim is None:
                    lim = res[1]
        if not strict:
            if tr is None and b1 > 0 and not store.has_subject_sets(key):
                res = R_NOT  # ExpandSubject finds nothing to follow
            else:
                res = self.expand_subject(ns, obj, rel, sub, d, b1, visited, None, tr)
        elif relation is not None and relation.subject_set_types:
            types, err = self._strict_types(relation, sub)
            if err is not None:
                return self._done(tr, err)
            res = self.expand_subject(ns, obj, rel, sub, d, b1, visited, types, tr)
        else:
            res = None
        if res is not None:
            if res[0] == MEMBER or res[2] is not None:
                return self._done(tr, res)
            if res[0] == UNKNOWN and lim is None:
                lim = res[1]
        return self._done(tr, (UNKNOWN, lim, None) if lim else R_NOT)

    def direct(self, ns, obj, rel, sub, d, b, tr):
        """Direct: is this exact tuple stored?"""
        node = None
        if tr is not None:
            node = tr.add(TraceNode("direct", _q(ns, obj, rel, sub), rule="a stored tuple", depth=d))
        if b <= 0:
            return self._done(node, self._budget_error)
        if d <= 0:
            return self._done(node, R_DEPTH)
        if self.store.has(ns, obj, rel, sub):
            if node is not None:
                node.tuple = _q(ns, obj, rel, sub)
            return self._done(node, R_MEMBER)
        return self._done(node, R_NOT)

    def direct_multi(self, ns, obj, rels, sub, d, b, tr):
        """The OR batch: is the subject stored under any of these relations?"""
        node = None
        if tr is not None:
            node = tr.add(TraceNode("direct", f"{ns}:{obj}#{{{', '.join(rels)}}}@{format_subject(sub)}",
                                    rule="stored tuples of " + ", ".join(rels) + " (one batched lookup)",
                                    depth=d))
        if b <= 0:
            return self._done(node, self._budget_error)
        if d <= 0:
            return self._done(node, R_DEPTH)
        holds = self.store.holds
        for rel in rels:
            if holds((ns, obj, rel), sub):
                if node is not None:
                    node.tuple = _q(ns, obj, rel, sub)
                return self._done(node, R_MEMBER)
        return self._done(node, R_NOT)

    def _strict_types(self, relation: Relation, sub):
        """Strict mode: the SubjectSet types to follow, each with whether its
        relation would accept the subject directly."""
        types = {}
        for t in relation.subject_set_types:
            target, err = self.relation(t.namespace, t.relation)
            if err is not None:
                return None, err
            types[(t.namespace, t.relation)] = allows_direct(target, sub)
        return types, None

    def expand_subject(self, ns, obj, rel, sub, d, b, visited, types, tr):
        """ExpandSubject: follow the subject sets stored under ns:obj#rel.

        Keto first asks whether the subject is stored directly in any of them
        (one query over all of them); then, with depth left, checks each not
        yet visited — the first 100 only — without their Direct step. The
        visited set is made by the first ExpandSubject on a path and shared by
        everything below it."""
        node = None
        if tr is not None:
            node = tr.add(TraceNode("subject_set", _q(ns, obj, rel, sub),
                                    rule=f"subject sets stored in {ns}:{obj}#{rel}", depth=d))
        if b <= 0:
            return self._done(node, self._budget_error)
        if d <= 0:
            return self._done(node, R_DEPTH)
        store = self.store
        der = store.derived((ns, obj, rel))
        if der is None or not der.sets:
            return self._done(node, R_NOT)
        pointers = der.sets
        split = self._split_of(der)
        # Is the subject stored in one of them? Only the pointers with
        # something stored under them can say yes (usually a few groups).
        holds = store.holds
        if types is None:
            for p in split.stored:
                if holds(p, sub):
                    if node is not None:
                        node.tuple = _q(p.namespace, p.object, p.relation, sub)
                        node.note = f"the subject is stored in {p}"
                    return self._done(node, R_MEMBER)
        else:
            pointers = tuple(p for p in pointers if (p.namespace, p.relation) in types)
            if not pointers:
                return self._done(node, R_NOT)
            for p in split.stored:
                if types.get((p.namespace, p.relation)) and holds(p, sub):
                    if node is not None:
                        node.tuple = _q(p.namespace, p.object, p.relation, sub)
                        node.note = f"the subject is stored in {p}"
                    return self._done(node, R_MEMBER)
        if d <= 1:
            if node is not None:
                node.note = "no depth left to follow the subject sets"
            return self._done(node, R_DEPTH)
        if visited is None:
            visited = set()
        lim = None
        b1 = b - 1
        # explain mode: the pointers whose two steps are known to end in
        # NotMember (see below); their nodes are written out, not evaluated
        known_not = None
        if len(pointers) > self.max_width:
            pointers = pointers[:self.max_width]
            lim = WIDTH
            if node is not None:
                node.add(TraceNode("limit", node.query, rule=f"only the first {self.max_width} subject sets",
                                   membership=UNKNOWN, limitation=WIDTH, depth=d))
        if node is not None:
            if b1 >= 2 and types is None and self.shortcut_trees:
                known_not = split.trivial_set
                if known_not is None:
                    # made by explain mode only: the fast path needs no set
                    known_not = frozenset(split.trivial)
                    der.split = split = split._replace(trivial_set=known_not)
        elif lim is None and b1 >= 2 and types is None:
            # Most pointers are subject sets nothing is stored under (every
            # `User:x` of a group). For those, IsAllowed (Direct skipped) ends
            # in ExpandSubject finding no tuples: NotMember — given a plain
            # relation (or none), depth left (d - 1 ≥ 1 here) and budget for
            # the two steps (b1 ≥ 2). They are only marked visited; the rest
            # are checked in order. The split is cached per key and store
            # version.
            visited.update(split.trivial)
            pointers = split.rest
        d1 = d - 1
        is_allowed = self.is_allowed
        for p in pointers:
            if p in visited:
                if node is not None:
                    node.add(TraceNode("cycle", _q(p.namespace, p.object, p.relation, sub),
                                       membership=NOT_MEMBER, depth=d1,
                                       note="already followed on this path: skipped"))
                continue
            visited.add(p)
            child = None
            if node is not None:
                q = _q(p.namespace, p.object, p.relation, sub)
                if known_not is not None and p in known_not:
                    node.children.append(self._not_member_nodes(p, q, d1))
                    continue
                child = node.add(TraceNode("union", q))
            res = is_allowed(p.namespace, p.object, p.relation, sub, d1, b1, visited, True, child)
            if res[0] == MEMBER or res[2] is not None:
                return self._done(node, res)
            if res[0] == UNKNOWN and lim is None:
                lim = res[1]
        return self._done(node, (UNKNOWN, lim, None) if lim else R_NOT)

    def _trivial(self, key) -> bool:
        """Is IsAllowed(key, skipDirect) NotMember whatever the subject, given
        depth and budget? True for a plain relation (or none) with no subject
        set stored under it."""
        if self.store.has_subject_sets(key):
            return False
        rel, err = self.relation(key[0], key[2])
        return err is None and (rel is None or rel.rewrite is None)

    def _split_of(self, der) -> _Split:
        """A key's _Split, kept per key and store version."""
        if der.version != self.store.version or der.owner is not self or der.split is None:
            trivial, rest = [], []
            for p in der.sets:
                (trivial if self._trivial(p) else rest).append(p)
            stores = self.store.stores
            der.split = _Split(tuple(trivial), tuple(rest), None, tuple(p for p in der.sets if stores(p)))
            der.version = self.store.version
            der.owner = self
        return der.split

    def _not_member_nodes(self, p, q: str, d: int) -> TraceNode:
        """The nodes IsAllowed (Direct skipped) would record for a trivial
        subject set p, with depth d (≥ 1) and budget (≥ 2) left: the step
        itself, and its ExpandSubject finding nothing to follow; both
        NotMember. Writing them out spares explain mode two calls per member
        of every group followed (most of its nodes on a typical model).
        tests/engine/test_trace_shortcut.py keeps them equal to the
        evaluated ones."""
        label = self._labels.get(p)
        if label is None:
            step = TraceNode("union", q)
            self._label(step, p.namespace, p.relation, self.relation(p.namespace, p.relation)[0])
            label = self._labels[p] = (step.rule, step.span,
                                       f"subject sets stored in {p.namespace}:{p.object}#{p.relation}")
        rule, span, inner = label
        step = TraceNode("union", q, rule, NOT_MEMBER, None, None, None, span, d)
        step.children.append(TraceNode("subject_set", q, inner, NOT_MEMBER, None, None, None, None, d))
        return step

    def rewrite(self, rw: Rewrite, ns, obj, sub, d, b, visited, tr):
        """A permit's rewrite node: OR (union) or AND (intersection)."""
        if tr is not None:
            tr.kind = "union" if rw.op == "or" else "intersection"
            tr.span = (rw.start, rw.end)
            tr.depth = d
            tr.rule = "||" if rw.op == "or" else "&&"
        if b <= 0:
            return self._done(tr, self._budget_error)
        if d <= 0:
            return self._done(tr, R_DEPTH)
        if rw.op == "or":
            return self._union(rw, ns, obj, sub, d, b, visited, tr)
        return self._intersection(rw, ns, obj, sub, d, b, visited, tr)

    def _union(self, rw, ns, obj, sub, d, b, visited, tr):
        lim = None
        b1 = b - 1
        plan = rw.plan
        if plan is None:
            # the OR batch's relations, the computed children, the others
            computed = tuple(c for c in rw.children if type(c) is Computed)
            plan = rw.plan = (tuple(c.relation.text for c in computed), computed,
                              tuple(c for c in rw.children if type(c) is not Computed))
        rels, computed, others = plan
        cov = self.coverage
        if computed:
            batch = rels
            if self.strict:
                batch = [r for r in rels if allows_direct(self.relation(ns, r)[0], sub)]
            if batch:
                if tr is None:
                    # the batched Direct step, inline
                    if b1 <= 0:
                        return self._budget_error
                    holds = self.store.holds
                    for r in batch:
                        if holds((ns, obj, r), sub):
                            return R_MEMBER
                else:
                    res = self.direct_multi(ns, obj, batch, sub, d, b1, tr)
                    if res[0] == MEMBER or res[2] is not None:
                        return self._done(tr, res)
                    if res[0] == UNKNOWN:
                        lim = res[1]
            fast = tr is None and b1 >= 2 and d >= 2
            for c in computed:
                if cov is not None:
                    cov.hit(c)
                if fast and self._trivial((ns, obj, c.relation.text)):
                    continue  # NotMember (see expand_subject)
                node = self._computed_node(tr, c, ns, obj, sub) if tr is not None else None
                res = self.is_allowed(ns, obj, c.relation.text, sub, d - 1, b1, visited, True, node)
                if res[0] == MEMBER or res[2] is not None:
                    return self._done(tr, res)
                if res[0] == UNKNOWN and lim is None:
                    lim = res[1]
        for c in others:
            t = type(c)
            if cov is not None:
                cov.hit(c)
            if t is TupleToSubjectSet:
                res = self.traverse(c, ns, obj, sub, d, b1, visited, tr)
            else:
                res = self._child(c, t, ns, obj, sub, d - 1 if t is Rewrite else d, b1, visited, tr)
            if res[0] == MEMBER or res[2] is not None:
                return self._done(tr, res)
            if res[0] == UNKNOWN and lim is None:
                lim = res[1]
        return self._done(tr, (UNKNOWN, lim, None) if lim else R_NOT)

    def _intersection(self, rw, ns, obj, sub, d, b, visited, tr):
        if not rw.children:
            return self._done(tr, R_NOT)
        lim = None
        b1 = b - 1
        cov = self.coverage
        for c in rw.children:
            t = type(c)
            if cov is not None:
                cov.hit(c)
            res = self._child(c, t, ns, obj, sub, d - 1 if t is Rewrite else d, b1, visited, tr)
            if res[0] == NOT_MEMBER or res[2] is not None:
                return self._done(tr, res)
            if res[0] == UNKNOWN and lim is None:
                lim = res[1]
        return self._done(tr, (UNKNOWN, lim, None) if lim else R_MEMBER)

    def _child(self, c, t, ns, obj, sub, d, b, visited, tr):
        """Run one rewrite child as its own step (Keto's rewriteChildToStep)."""
        if t is TupleToSubjectSet:
            return self.traverse(c, ns, obj, sub, d, b, visited, tr)
        if t is Computed:
            node = self._computed_node(tr, c, ns, obj, sub) if tr is not None else None
            if b <= 0:
                return self._done(node, self._budget_error)
            # ComputedUserset: IsAllowed on the relation at the same depth
            return self.is_allowed(ns, obj, c.relation.text, sub, d, b - 1, visited, False, node)
        if t is Invert:
            return self.invert(c, ns, obj, sub, d, b, visited, tr)
        if t is Rewrite:
            node = tr.add(TraceNode("union", _q(ns, obj, "…", sub))) if tr is not None else None
            if node is not None:
                node.query = tr.query
            return self.rewrite(c, ns, obj, sub, d, b, visited, node)
        return self._done(None, (UNKNOWN, None, "this expression did not parse"))

    def invert(self, inv: Invert, ns, obj, sub, d, b, visited, tr):
        """`!`: IsMember and NotMember swap; Unknown and errors pass through."""
        node = None
        if tr is not None:
            node = tr.add(TraceNode("negation", tr.query, rule="!", span=(inv.start, inv.end), depth=d))
        if b <= 0:
            return self._done(node, self._budget_error)
        if d <= 0:
            return self._done(node, R_DEPTH)
        child = inv.child
        if type(child) is Rewrite and not child.children:
            # Keto accepts `!()`, then fails on the missing rewrite
            return self._done(node, (UNKNOWN, None, "cannot evaluate `!` over an empty expression "
                                                     "(Keto fails on its missing rewrite)"))
        if self.coverage is not None:
            self.coverage.hit(child)
        res = self._child(child, type(child), ns, obj, sub, d, b - 1, visited, node)
        m = res[0]
        if m == MEMBER:
            res = R_NOT
        elif m == NOT_MEMBER:
            res = R_MEMBER
        return self._done(node, res)

    def traverse(self, ttu: TupleToSubjectSet, ns, obj, sub, d, b, visited, tr):
        """Tuple to subject set: for each subject set S stored under
        ns:obj#R, check S.namespace:S.object#P — the relation of S is ignored,
        subject IDs are skipped, and there is no width limit."""
        node = None
        if tr is not None:
            node = tr.add(TraceNode("traverse", tr.query,
                                    rule=f"{ttu.relation.text} → {ttu.computed.text}",
                                    span=(ttu.start, ttu.end), depth=d))
        if b <= 0:
            return self._done(node, self._budget_error)
        if d <= 0:
            return self._done(node, R_DEPTH)
        lim = None
        computed = ttu.computed.text
        d1, b1 = d - 1, b - 1
        for s in self.store.subject_sets(ns, obj, ttu.relation.text):
            child = None
            if node is not None:
                child = node.add(TraceNode("permit", _q(s.namespace, s.object, computed, sub),
                                           note=f"via {ns}:{obj}#{ttu.relation.text}@{s}"))
            res = self.is_allowed(s.namespace, s.object, computed, sub, d1, b1, visited, False, child)
            if res[0] == MEMBER or res[2] is not None:
                return self._done(node, res)
            if res[0] == UNKNOWN and lim is None:
                lim = res[1]
        return self._done(node, (UNKNOWN, lim, None) if lim else R_NOT)

    # ------------------------------------------------------------ tracing

    @staticmethod
    def _done(node: TraceNode | None, res: tuple) -> tuple:
        if node is not None:
            node.membership, node.limitation, node.error = res
        return res

    def _label(self, tr: TraceNode, ns, rel, relation) -> None:
        if relation is not None and relation.rewrite is not None:
            if tr.kind not in ("computed",):
                tr.kind = "permit"
            tr.rule = tr.rule or f"permit {ns}.{rel}"
            if tr.span is None and relation.decl is not None:
                tr.span = (relation.decl.name.start, relation.decl.name.end)
        else:
            if tr.kind not in ("computed",):
                tr.kind = "union"
            if relation is None:
                tr.rule = tr.rule or ("no schema: tuples only" if rel else "a subject set")
            else:
                tr.rule = tr.rule or f"relation {ns}.{rel}"
                if tr.span is None and relation.decl is not None:
                    tr.span = (relation.decl.name.start, relation.decl.name.end)

    @staticmethod
    def _computed_node(tr: TraceNode, c: Computed, ns, obj, sub) -> TraceNode:
        text = (f"this.permits.{c.relation.text}(ctx)" if c.via == "permits"
                else f"this.related.{c.relation.text}.includes(ctx.subject)")
        return tr.add(TraceNode("computed", _q(ns, obj, c.relation.text, sub), rule=text,
                                span=(c.start, c.end)))


def subject_key(subject: Subject):
    return subject if isinstance(subject, str) else SubjectSet(*subject)
