"""A permit's expression as Keto reads it, with every grouping written out.

Keto gives `&&` and `||` the same precedence and reads them left to right;
the engine's rewrite tree already has Keto's shape, so printing it with
parentheses around each nested operation shows what Keto evaluates. The
form is OPL without its ceremony: `related.owners` is
`this.related.owners.includes(ctx.subject)`, `permits.edit` is
`this.permits.edit(ctx)`.
"""

from __future__ import annotations

from ..opl.ast import Computed, ExprError, Invert, Rewrite, TupleToSubjectSet

__all__ = ["keto_reading", "atom_text"]

_OPS = {"or": " || ", "and": " && "}
_LIMIT = 4000


def atom_text(node) -> str:
    if isinstance(node, Computed):
        return f"{node.via}.{node.relation.text}"
    if isinstance(node, TupleToSubjectSet):
        p = node.param.text
        return f"related.{node.relation.text}.traverse({p} => {p}.{node.via}.{node.computed.text})"
    return "…"


def keto_reading(root) -> str:
    """The expression, iteratively (hostile input nests deeply)."""
    out: list[str] = []
    size = 0
    # items: a node to print (with "grouped": parentheses needed), or a literal
    stack: list = [(root, False)]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            size += len(item)
            if size > _LIMIT:
                out.append(" …")
                break
            continue
        node, grouped = item
        if isinstance(node, Rewrite):
            kids = node.children
            if not kids:
                out.append("()")
                continue
            if len(kids) == 1 and not grouped:
                stack.append((kids[0], isinstance(kids[0], Rewrite) and False))
                continue
            parts: list = []
            if grouped:
                parts.append("(")
            for i, kid in enumerate(kids):
                if i:
                    parts.append(_OPS.get(node.op, " ? "))
                parts.append((kid, isinstance(kid, Rewrite) and len(kid.children) > 1))
            if grouped:
                parts.append(")")
            stack.extend(reversed(parts))
        elif isinstance(node, Invert):
            child = node.child
            stack.append((child, isinstance(child, Rewrite)))
            stack.append("!")
        elif isinstance(node, ExprError):
            out.append("<error>")
        else:
            out.append(atom_text(node))
            size += len(out[-1])
    return "".join(out)
