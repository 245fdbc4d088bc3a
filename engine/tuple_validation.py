"""Relation tuples checked against a schema.

Every tuple that decodes is still loaded and evaluated (with Keto's
no-schema semantics where the schema does not cover it); these diagnostics say
what Keto would refuse to store, or would store but read differently.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import codes
from .diagnostics import Diagnostic, Fix, Severity, TextEdit
from .opl.schema import Schema
from .opl.suggest import closest
from .tuples import RelationTuple, SubjectSet, format_subject

__all__ = ["validate_tuple", "validate_tuples"]


def _replace(t: RelationTuple, **kw) -> str:
    return str(t._replace(**kw))


def validate_tuple(t: RelationTuple, schema: Schema, start: int, end: int) -> list[Diagnostic]:
    """Diagnostics for one tuple whose text spans start..end (fixes rewrite
    the whole tuple text, which works for text lines; JSON callers drop them)."""
    out: list[Diagnostic] = []

    def diag(code, message, severity, fixes=()):
        out.append(Diagnostic(start, end, code, message, severity, fixes=list(fixes)))

    def fix_to(title: str, new: str) -> list[Fix]:
        return [Fix(title, (TextEdit(start, end, new),), preferred=True)]

    ns = schema.get(t.namespace)
    if ns is None:
        best = closest(t.namespace, schema.names)
        diag(codes.TUPLE_UNKNOWN_NAMESPACE,
             f'namespace "{t.namespace}" is not declared: Keto would refuse to store this tuple '
             "(it is still evaluated here, without a schema)",
             Severity.ERROR,
             fix_to(f"Did you mean `{best}`?", _replace(t, namespace=best)) if best else ())
    else:
        rel = ns.get(t.relation)
        if rel is None and ns.relations:
            best = closest(t.relation, [r.name for r in ns.relations])
            diag(codes.TUPLE_UNKNOWN_RELATION,
                 f'"{t.namespace}" declares no relation "{t.relation}": a check of it fails with '
                 f'relation "{t.relation}" does not exist',
                 Severity.WARNING,
                 fix_to(f"Did you mean `{best}`?", _replace(t, relation=best)) if best else ())
        elif rel is not None and rel.is_permit:
            diag(codes.TUPLE_ON_PERMIT,
                 f'"{t.relation}" is a permit: Keto honours a tuple stored under it in non-strict '
                 "mode only (strict mode ignores it)", Severity.WARNING)
        elif rel is not None and rel.types:
            _subject_type(t, rel, schema, diag, fix_to)
    if isinstance(t.subject, SubjectSet) and t.subject.namespace and schema.namespaces \
            and schema.get(t.subject.namespace) is None:
        best = closest(t.subject.namespace, schema.names)
        fixes = ()
        if best:
            fixes = fix_to(f"Did you mean `{best}`?",
                           _replace(t, subject=t.subject._replace(namespace=best)))
        diag(codes.TUPLE_UNKNOWN_NAMESPACE,
             f'the subject\'s namespace "{t.subject.namespace}" is not declared: Keto would refuse '
             "to store this tuple", Severity.ERROR, fixes)
    return out


def _subject_type(t, rel, schema, diag, fix_to) -> None:
    allowed = rel.types
    names = ", ".join(str(x) for x in allowed)
    if isinstance(t.subject, str):
        plain = [x for x in allowed if not x.relation]
        if plain:
            suggestion = f"{plain[0].namespace}:{t.subject}"
            diag(codes.TUPLE_SUBJECT_ID_LOOKS_LIKE_SET,
                 f'"{t.subject}" is a subject ID, while {names} describes subject sets such as '
                 f'"{suggestion}": the two are different subjects',
                 Severity.INFORMATION,
                 fix_to(f"Write `{suggestion}`", _replace(t, subject=SubjectSet(plain[0].namespace, t.subject))))
        return
    s = t.subject
    if any(x.namespace == s.namespace and x.relation == s.relation for x in allowed):
        return
    same_ns = [x for x in allowed if x.namespace == s.namespace]
    fixes = ()
    if same_ns:
        better = SubjectSet(s.namespace, s.object, same_ns[0].relation)
        fixes = fix_to(f"Write `{format_subject(better)}`", _replace(t, subject=better))
    diag(codes.TUPLE_SUBJECT_TYPE,
         f'"{format_subject(s)}" is not of a type "{t.relation}" allows ({names}): Keto stores it, '
         "follows it in non-strict mode and ignores it in strict mode",
         Severity.WARNING, fixes)


def validate_tuples(entries: Iterable, schema: Schema) -> list[Diagnostic]:
    """entries: objects with .tuple, .start and .end (TupleEntry)."""
    out: list[Diagnostic] = []
    seen: dict[RelationTuple, object] = {}
    for e in entries:
        out.extend(validate_tuple(e.tuple, schema, e.start, e.end))
        if e.tuple in seen:
            out.append(Diagnostic(e.start, e.end, codes.TUPLE_DUPLICATE,
                                  "the same tuple appears earlier", Severity.HINT, tags=("unnecessary",)))
        else:
            seen[e.tuple] = e
    return out
