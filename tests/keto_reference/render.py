"""The reference model as text: OPL for the schema, Keto's text form for tuples
and queries (keto-semantics.md §1–§2). Written independently of the engine's
own formatter so that the engine parses text it did not produce.

`Style` varies the spelling of the same model (the parser must not care):
`Array<…>` versus `(…)[]`, `this.related["R"]`, bare lambda parameters.
"""

from __future__ import annotations

from dataclasses import dataclass

from .evaluator import (Chain, Group, Model, Namespace, Not, Permits, Related, Relation, Schema,
                        Subject, SubjectSet, Traverse, Tuple, TypeRef)

HEADER = 'import { Namespace, SubjectSet, Context } from "@ory/keto-namespace-types"\n\n'


@dataclass(frozen=True)
class Style:
    array_generic: bool = False     # Array<A | B> instead of (A | B)[]
    bracket_property: bool = False  # this.related["R"] instead of this.related.R
    bare_lambda: bool = False       # x => … instead of (x) => …
    typed_permits: bool = True      # (ctx: Context): boolean => … instead of (ctx) => …


def subject_text(subject: Subject) -> str:
    # "a subject set with empty relation printed as ns:obj (no #)"
    if isinstance(subject, SubjectSet):
        if subject.relation == "":
            return f"{subject.namespace}:{subject.object}"
        return f"{subject.namespace}:{subject.object}#{subject.relation}"
    return subject


def tuple_text(t: Tuple) -> str:
    return f"{t.namespace}:{t.object}#{t.relation}@{subject_text(t.subject)}"


def tuples_text(tuples: list[Tuple]) -> str:
    return "".join(tuple_text(t) + "\n" for t in tuples)


def type_text(t: TypeRef) -> str:
    if t.relation is None:
        return t.namespace
    return f'SubjectSet<{t.namespace}, "{t.relation}">'


def relation_text(r: Relation, style: Style) -> str:
    names = " | ".join(type_text(t) for t in r.types)
    if style.array_generic:
        return f"{r.name}: Array<{names}>"
    if len(r.types) == 1:
        return f"{r.name}: {names}[]"
    return f"{r.name}: ({names})[]"


def _prop(kind: str, name: str, style: Style, var: str = "this") -> str:
    if style.bracket_property:
        return f'{var}.{kind}["{name}"]'
    return f"{var}.{kind}.{name}"


def operand_text(o, style: Style) -> str:
    if isinstance(o, Related):
        return f"{_prop('related', o.relation, style)}.includes(ctx.subject)"
    if isinstance(o, Permits):
        return f"{_prop('permits', o.permit, style)}(ctx)"
    if isinstance(o, Traverse):
        param = "x" if style.bare_lambda else "(x)"
        if o.via == "related":
            inner = f"x.related.{o.target}.includes(ctx.subject)"
        else:
            inner = f"x.permits.{o.target}(ctx)"
        return f"{_prop('related', o.relation, style)}.traverse({param} => {inner})"
    if isinstance(o, Not):
        return "!" + operand_text(o.operand, style)
    if isinstance(o, Group):
        return "(" + expr_text(o.expr, style) + ")"
    raise TypeError(o)


def expr_text(e: Chain, style: Style = Style()) -> str:
    parts = [operand_text(e.first, style)]
    for op, operand in e.rest:
        parts.append(op)
        parts.append(operand_text(operand, style))
    return " ".join(parts)


def namespace_text(n: Namespace, style: Style) -> str:
    lines = [f"class {n.name} implements Namespace {{"]
    if n.relations:
        lines.append("  related: {")
        for r in n.relations:
            lines.append("    " + relation_text(r, style))
        lines.append("  }")
    if n.permits:
        head = "(ctx: Context): boolean =>" if style.typed_permits else "(ctx) =>"
        lines.append("  permits = {")
        for p in n.permits:
            lines.append(f"    {p.name}: {head} {expr_text(p.body, style)},")
        lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def schema_text(schema: Schema, style: Style = Style()) -> str:
    return HEADER + "\n".join(namespace_text(n, style) for n in schema.namespaces)


def model_text(model: Model, style: Style = Style()) -> tuple[str, str]:
    return schema_text(model.schema, style), tuples_text(model.tuples)


def parse_subject(text: str) -> Subject:
    """§1: strip `(`/`)` from both ends; with a `:` it is a subject set
    `ns:obj#rel` (relation optional), otherwise a subject ID."""
    text = text.strip("()")
    if ":" not in text:
        return text
    head, _, relation = text.partition("#")
    namespace, _, obj = head.partition(":")
    return SubjectSet(namespace, obj, relation)


def parse_tuple(text: str) -> Tuple:
    """`namespace:object#relation@subject`, cut left to right (§1); for the
    hand-written examples of the tests, so no error handling."""
    namespace, _, rest = text.partition(":")
    obj, _, rest = rest.partition("#")
    relation, _, subject = rest.partition("@")
    return Tuple(namespace, obj, relation, parse_subject(subject))


def parse_tuples(text: str) -> list[Tuple]:
    return [parse_tuple(line.strip()) for line in text.splitlines()
            if line.strip() and not line.strip().startswith("//")]
