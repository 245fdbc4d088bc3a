"""Keto's expand: the tree of subjects behind ns:obj#rel.

* mode="tuples" — Keto's default: a `union` node over the tuples stored under
  ns:obj#rel; subject-set children expand with one depth less; a subject ID
  or a subject set with an empty relation is a `leaf`. Depth ≤ 1, the node cap
  (4,000) or a cycle on the current path leave a node without children, and
  every node without children is emitted as `leaf`.
* mode="rewrites" — Keto's `expand_rewrites`: permits expand through OPL:
  OR → `union`, AND → `intersection`, `!` → `exclusion` (one child), a
  traverse → a `union` over ns:obj#R whose children are the S#P sets; children
  in Keto's order (computed, traverse, nested rewrite, negation).

JSON nodes: {"type", "tuple": {namespace, object, relation, subject_id |
subject_set}, "children"}; in `tuple` only the subject is filled in, and
`children` is left out of leaves (as Keto prints them).
"""

from __future__ import annotations

from . import limits
from .opl.ast import Computed, Invert, Rewrite, TupleToSubjectSet
from .tuples import Subject, SubjectSet

__all__ = ["expand", "leaf_subjects"]


def _node(kind: str, subject: Subject | None, children=None) -> dict:
    tup = {"namespace": "", "object": "", "relation": ""}
    if isinstance(subject, str):
        tup["subject_id"] = subject
    elif subject is not None:
        tup["subject_set"] = {"namespace": subject.namespace, "object": subject.object,
                              "relation": subject.relation}
    out = {"type": kind, "tuple": tup}
    if children:
        out["children"] = children
    return out


class _Expander:
    def __init__(self, checker, mode: str):
        self.checker = checker
        self.store = checker.store
        self.mode = mode
        self.count = 0
        self.path: set = set()
        self.cap = limits.EXPAND_MAX_NODES

    def subject_set(self, ss: SubjectSet, d: int) -> dict:
        """Expand a subject set: through its permit (rewrite mode) or its tuples."""
        self.count += 1
        if not ss.relation:
            return _node("leaf", ss)
        if ss in self.path:
            return _node("leaf", ss)  # a cycle on the current path
        relation = None
        if self.mode == "rewrites":
            relation, _err = self.checker.relation(ss.namespace, ss.relation)
        self.path.add(ss)
        try:
            if relation is not None and relation.rewrite is not None:
                node = self.rewrite(relation.rewrite, ss, d)
            else:
                node = self.tuples(ss, d)
        finally:
            self.path.discard(ss)
        return node

    def tuples(self, ss: SubjectSet, d: int) -> dict:
        if self.count >= self.cap or d <= 1:
            return _node("leaf", ss)
        children = []
        for subject in list(self.store.subjects(ss.namespace, ss.object, ss.relation)):
            if self.count >= self.cap:
                break
            if isinstance(subject, str) or not subject.relation:
                self.count += 1
                children.append(_node("leaf", subject))
            else:
                children.append(self.subject_set(subject, d - 1))
        return _node("union" if children else "leaf", ss, children)

    def rewrite(self, rw: Rewrite, ss: SubjectSet, d: int) -> dict:
        kind = "union" if rw.op == "or" else "intersection"
        if self.count >= self.cap or d <= 1:
            return _node("leaf", ss)
        children = []
        for c in sorted(rw.children, key=_cost):
            if self.count >= self.cap:
                break
            node = self.child(c, ss, d)
            if node is not None:
                children.append(node)
        return _node(kind if children else "leaf", ss, children)

    def child(self, c, ss: SubjectSet, d: int) -> dict | None:
        self.count += 1
        if isinstance(c, Computed):
            return self.subject_set(SubjectSet(ss.namespace, ss.object, c.relation.text), d - 1)
        if isinstance(c, TupleToSubjectSet):
            via = SubjectSet(ss.namespace, ss.object, c.relation.text)
            if d <= 1:
                return _node("leaf", via)
            kids = []
            for s in list(self.store.subject_sets(ss.namespace, ss.object, c.relation.text)):
                if self.count >= self.cap:
                    break
                kids.append(self.subject_set(SubjectSet(s.namespace, s.object, c.computed.text), d - 1))
            return _node("union" if kids else "leaf", via, kids)
        if isinstance(c, Invert):
            inner = c.child
            if isinstance(inner, Rewrite) and not inner.children:
                return _node("exclusion", None, [])
            node = self.child(inner, ss, d) if not isinstance(inner, Rewrite) else self.rewrite(inner, ss, d)
            return _node("exclusion", None, [node] if node else [])
        if isinstance(c, Rewrite):
            node = self.rewrite(c, ss, d)
            node["tuple"] = _node("union", None)["tuple"]
            return node
        return None


def _cost(c) -> int:
    # Keto sorts a rewrite's children before expanding them (stable)
    if isinstance(c, Computed):
        return 0
    if isinstance(c, TupleToSubjectSet):
        return 1
    if isinstance(c, Rewrite):
        return 2
    return 3


def expand(checker, ss: SubjectSet, mode: str = "rewrites", max_depth: int | None = None) -> dict:
    if mode not in ("rewrites", "tuples"):
        raise ValueError(f"unknown expand mode {mode!r} (rewrites or tuples)")
    d = checker.clamp(max_depth)
    return _Expander(checker, mode).subject_set(ss, d)


def leaf_subjects(tree: dict) -> set[str]:
    """The subjects an expand yields: its leaves that are subject IDs or
    subject sets without a relation (`User:alice`)."""
    out = set()
    stack = [tree]
    while stack:
        n = stack.pop()
        kids = n.get("children")
        if kids:
            stack.extend(kids)
            continue
        t = n.get("tuple") or {}
        if "subject_id" in t:
            out.add(t["subject_id"])
        elif "subject_set" in t:
            s = t["subject_set"]
            if not s.get("relation"):
                out.add(f'{s["namespace"]}:{s["object"]}')
    return out
