"""The OPL syntax tree. Every node carries its source span (start, end offsets).

Permit bodies are kept in Keto's own shape — a rewrite tree of unions and
intersections over computed subject sets, traverses and inversions — because
that shape (including Keto's quirks) decides the answers of a check. Source
details the check does not need (parentheses, annotations) are kept alongside
for the formatter, hover and code actions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

__all__ = [
    "Name", "TypeRef", "RelationDecl", "PermitDecl", "ClassDecl", "Module",
    "Rewrite", "Computed", "TupleToSubjectSet", "Invert", "ExprError", "Expr", "Member",
    "iter_expr",
]


@dataclass(slots=True)
class Name:
    text: str
    start: int
    end: int
    quoted: bool = False

    def __str__(self) -> str:
        return self.text


@dataclass(slots=True)
class TypeRef:
    """One allowed subject type of a relation: `User` or `SubjectSet<Group, "members">`."""

    namespace: Name
    relation: Name | None
    start: int
    end: int

    @property
    def label(self) -> str:
        if self.relation is None:
            return self.namespace.text
        return f'SubjectSet<{self.namespace.text}, "{self.relation.text}">'


@dataclass(slots=True)
class RelationDecl:
    name: Name
    types: list[TypeRef]
    start: int
    end: int
    form: str  # "simple" | "array" | "union" | "subject_set" | "error"
    is_permit = False


# ---- permit expressions (Keto's rewrite tree) --------------------------------

@dataclass(slots=True, eq=False)
class Computed:
    """`this.related.R.includes(ctx.subject)` (via="related") or
    `this.permits.P(ctx)` (via="permits"): the computed subject set R."""

    relation: Name
    via: str
    start: int
    end: int


@dataclass(slots=True, eq=False)
class TupleToSubjectSet:
    """`this.related.R.traverse((p) => p.related.S.includes(ctx.subject))` or
    `... p.permits.S(ctx)`: follow R's subject sets, check S there."""

    relation: Name
    computed: Name
    via: str
    param: Name
    start: int
    end: int


@dataclass(slots=True, eq=False)
class Invert:
    child: "Expr"
    start: int
    end: int
    # end of the `!` token
    bang_end: int = 0
    # parser bookkeeping for Keto's nesting limit (build.py)
    nest: object = None


@dataclass(slots=True, eq=False)
class Rewrite:
    op: str  # "or" | "and"
    children: list["Expr"]
    start: int
    end: int
    # (start, end) of the parentheses when this node is a written group
    parens: tuple[int, int] | None = None
    # parser bookkeeping for Keto's nesting limit (build.py)
    nest: object = None
    # the checker's plan of this node (engine/check/engine.py), made once
    plan: object = None


@dataclass(slots=True, eq=False)
class ExprError:
    """An expression that did not parse (only in files with syntax errors)."""

    start: int
    end: int


Expr = Union[Rewrite, Computed, TupleToSubjectSet, Invert, ExprError]


@dataclass(slots=True)
class PermitDecl:
    name: Name
    body: Rewrite | None  # None: dropped by Keto or unparsable
    start: int
    end: int
    head_end: int  # offset just after `=>`
    dropped: bool = False
    annotated: bool = False  # `(ctx: Context): boolean`
    # operands of a dropped body (Keto type-checks them all the same)
    dropped_atoms: list = field(default_factory=list)
    is_permit = True


Member = Union[RelationDecl, PermitDecl]


@dataclass(slots=True)
class Block:
    kind: str  # "related" | "permits"
    start: int
    end: int
    closed: bool = True


@dataclass(slots=True)
class ClassDecl:
    name: Name | None
    start: int
    end: int
    body_start: int  # just after `{` (or the header's end)
    # relations and permits in declaration order: Keto's namespace.Relations
    members: list[Member] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    closed: bool = True

    @property
    def relations(self) -> list[RelationDecl]:
        return [m for m in self.members if not m.is_permit]

    @property
    def permits(self) -> list[PermitDecl]:
        return [m for m in self.members if m.is_permit]


@dataclass(slots=True)
class Module:
    classes: list[ClassDecl]
    # spans of tokens outside any class (imports, exports, stray text)
    junk: list[tuple[int, int]]


def iter_expr(root: Expr):
    """All nodes of an expression, pre-order, without recursion (bodies can be
    deep in hostile input)."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, Rewrite):
            stack.extend(reversed(node.children))
        elif isinstance(node, Invert):
            stack.append(node.child)
