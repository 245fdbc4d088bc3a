"""Keto's type checks, in Keto's order and with Keto's messages.

Keto queues one check per type reference and per operand while it parses,
then runs them all (when the file has no syntax error) and reports every
failure. Namespace and relation lookups take the first declaration of a name,
and a permit only counts as declared when its body parsed (Keto drops the
others).
"""

from __future__ import annotations

from .. import codes, limits
from ..diagnostics import Diagnostic, Fix, Related, Severity, TextEdit
from .ast import ClassDecl, Computed, Module, Name, TupleToSubjectSet, iter_expr
from .suggest import closest

__all__ = ["type_check"]


def content_span(name: Name) -> tuple[int, int]:
    """Keto places an error on a string's content, not its quotes."""
    if name.quoted:
        return name.start + 1, max(name.start + 1, name.end - 1)
    return name.start, name.end


class _Lookup:
    def __init__(self, module: Module):
        self.classes: dict[str, ClassDecl] = {}
        for cls in module.classes:
            if cls.name is not None:
                self.classes.setdefault(cls.name.text, cls)

    def member(self, namespace: str, name: str):
        cls = self.classes.get(namespace)
        if cls is None:
            return None
        for m in cls.members:
            if m.name.text == name and not (m.is_permit and m.body is None):
                return m
        return None

    def member_names(self, namespace: str) -> list[str]:
        cls = self.classes.get(namespace)
        if cls is None:
            return []
        return [m.name.text for m in cls.members if not (m.is_permit and m.body is None)]


def type_check(module: Module) -> list[Diagnostic]:
    look = _Lookup(module)
    out: list[Diagnostic] = []
    for cls in module.classes:
        if cls.name is None:
            continue
        events = []
        for m in cls.members:
            if not m.is_permit:
                for t in m.types:
                    events.append((t.start, t))
            elif m.body is not None:
                events.extend((a.start, a) for a in iter_expr(m.body)
                              if isinstance(a, (Computed, TupleToSubjectSet)))
            else:
                events.extend((a.start, a) for a in m.dropped_atoms)
        events.sort(key=lambda e: e[0])
        current = cls.name.text
        for _, ev in events:
            if isinstance(ev, Computed):
                _current_has(look, current, ev.relation, out, ev.via)
            elif isinstance(ev, TupleToSubjectSet):
                _all_types_have(look, current, ev.relation, ev.relation.text, ev.computed.text,
                                limits.SUBJECT_SET_TYPECHECK_MAX_DEPTH, out, ev)
                _current_has(look, current, ev.relation, out, "related")
            else:  # a type reference
                _type_exists(look, ev, out)
    # Keto repeats itself in recursive checks; one diagnostic per place is enough
    seen = set()
    unique = []
    for d in out:
        key = (d.start, d.end, d.message)
        if key not in seen:
            seen.add(key)
            unique.append(d)
    return unique


def _error(name: Name, code: str, message: str, fixes=(), related=()) -> Diagnostic:
    start, end = content_span(name)
    return Diagnostic(start, end, code, message, Severity.ERROR, syntax=True,
                      fixes=list(fixes), related=list(related))


def _rename_fix(name: Name, candidates: list[str]) -> list[Fix]:
    # Keto's message stays Keto's; the suggestion is the fix's title
    best = closest(name.text, candidates)
    if best is None:
        return []
    start, end = content_span(name)
    return [Fix(f"Did you mean `{best}`?", (TextEdit(start, end, best),), preferred=True)]


def _type_exists(look: _Lookup, t, out: list[Diagnostic]) -> None:
    ns = t.namespace.text
    if ns not in look.classes:
        out.append(_error(t.namespace, codes.UNDECLARED_NAMESPACE, f'namespace "{ns}" was not declared',
                          _rename_fix(t.namespace, look.classes)))
        return
    if t.relation is not None:
        rel = t.relation.text
        if look.member(ns, rel) is None:
            cls = look.classes[ns]
            out.append(_error(t.relation, codes.UNDECLARED_RELATION,
                              f'namespace "{ns}" did not declare relation "{rel}"',
                              _rename_fix(t.relation, look.member_names(ns)),
                              [Related(f'namespace "{ns}" is declared here', cls.name.start, cls.name.end)]))


def _current_has(look: _Lookup, current: str, rel: Name, out: list[Diagnostic], via: str) -> None:
    if current not in look.classes:
        out.append(_error(rel, codes.UNDECLARED_NAMESPACE, f'namespace "{current}" was not declared'))
        return
    if look.member(current, rel.text) is None:
        out.append(_error(rel, codes.UNDECLARED_RELATION,
                          f'namespace "{current}" did not declare relation "{rel.text}"',
                          _rename_fix(rel, look.member_names(current))))


def _all_types_have(look: _Lookup, namespace: str, item: Name, relation_type: str, relation: str,
                    depth: int, out: list[Diagnostic], ttu: TupleToSubjectSet) -> None:
    # Keto: recursiveCheckAllRelationsTypesHaveRelation; every error sits on
    # the traversed relation's name
    if depth < 0:
        out.append(_error(item, codes.SUBJECT_SET_TOO_DEEP, "could not typecheck deeply nested SubjectSet further"))
        return
    r = look.member(namespace, relation_type)
    if r is None:
        out.append(_error(item, codes.TRAVERSE_RELATION_MISSING,
                          f'relation "{relation_type}" was not declared in namespace "{namespace}"'))
        return
    for t in getattr(r, "types", ()):
        if t.relation is None:
            if look.member(t.namespace.text, relation) is None:
                out.append(_error(item, codes.TRAVERSE_RELATION_MISSING,
                                  f'relation "{relation}" was not declared in namespace "{t.namespace.text}"',
                                  _rename_fix(ttu.computed, look.member_names(t.namespace.text)),
                                  [Related(f'the name looked up in "{t.namespace.text}"',
                                           ttu.computed.start, ttu.computed.end)]))
        else:
            _all_types_have(look, t.namespace.text, item, t.relation.text, relation, depth - 1, out, ttu)
