"""Code actions: the engine's fix for every diagnostic that carries one
("did you mean", add the parentheses that make Keto's reading of mixed
`&&`/`||` explicit, write `this.permits.X(ctx)`, …), and declarations of
what is missing — a relation a permit, a type or a tuple names, a namespace
— written into the schema, whichever file the diagnostic is in."""

from __future__ import annotations

import re

from .. import codes
from ..diagnostics import Diagnostic, Range
from ..opl.ast import ClassDecl
from .items import CodeAction, Edit
from .names import spans_at
from .project import Project
from .views import OplView, schema_view

__all__ = ["code_actions"]

_MISSING_REL = re.compile(r'namespace "([^"]+)" did not declare relation "([^"]+)"')
_MISSING_TRAVERSED = re.compile(r'relation "([^"]+)" was not declared in namespace "([^"]+)"')
_MISSING_NS = re.compile(r'namespace "([^"]+)" (?:was|is) not declared')
_SUBJECT_NS = re.compile(r'subject\'s namespace "([^"]+)" is not declared')
_TUPLE_REL = re.compile(r'"([^"]+)" declares no relation "([^"]+)"')


def _overlaps(a: Range, b: Range) -> bool:
    return (a.start.line, a.start.character) <= (b.end.line, b.end.character) and \
        (b.start.line, b.start.character) <= (a.end.line, a.end.character)


def code_actions(project: Project, uri: str, rng: Range) -> list[CodeAction]:
    source = project.source(uri)
    if source is None:
        return []
    out: list[CodeAction] = []
    for d in project.diagnostics(uri):
        if d.range is None or not _overlaps(d.range, rng):
            continue
        for fix in d.fixes:
            edits = [Edit(source.range(e.start, e.end), e.new_text) for e in fix.edits]
            out.append(CodeAction(fix.title, "quickfix", {uri: edits}, d, fix.preferred))
        try:
            out.extend(_declarations(project, uri, d))
        except RecursionError:
            pass
    return out


def _declarations(project: Project, uri: str, d: Diagnostic) -> list[CodeAction]:
    ctx = project.context(uri)
    view = schema_view(project, ctx)
    if view is None:
        return []
    missing: list[tuple[str, str, str | None]] = []  # (namespace, relation, type) to declare
    namespaces: list[str] = []
    msg = d.message
    if d.code == codes.UNDECLARED_RELATION:
        m = _MISSING_REL.search(msg)
        if m:
            missing.append((m.group(1), m.group(2), None))
    elif d.code == codes.TRAVERSE_RELATION_MISSING and d.severity.value == "error":
        m = _MISSING_TRAVERSED.search(msg)
        if m:
            missing.append((m.group(2), m.group(1), None))
    elif d.code == codes.UNDECLARED_NAMESPACE:
        m = _MISSING_NS.search(msg)
        if m:
            namespaces.append(m.group(1))
    elif d.code == codes.TUPLE_UNKNOWN_RELATION:
        m = _TUPLE_REL.search(msg)
        if m:
            missing.append((m.group(1), m.group(2), _subject_type(project, uri, d, ctx.schema)))
    elif d.code == codes.TUPLE_UNKNOWN_NAMESPACE:
        m = _SUBJECT_NS.search(msg) or _MISSING_NS.search(msg)
        if m:
            namespaces.append(m.group(1))
    out = []
    for ns, rel, typ in missing:
        edit = _declare_relation(view, ns, rel, typ or _default_type(ctx.schema, ns))
        if edit is not None:
            out.append(CodeAction(f"Declare relation `{rel}` in `{ns}`", "quickfix", {view.uri: [edit]}, d))
    for ns in namespaces:
        text = view.analysis.text
        tail = "" if text.endswith("\n") or not text else "\n"
        end = len(text)
        edit = Edit(view.range(end, end), f"{tail}\nclass {ns} implements Namespace {{}}\n")
        out.append(CodeAction(f"Declare namespace `{ns}`", "quickfix", {view.uri: [edit]}, d))
    return out


def _default_type(schema, ns: str) -> str:
    if schema.get("User") is not None:
        return "User"
    names = schema.names
    return names[0] if names else ns


def _subject_type(project: Project, uri: str, d: Diagnostic, schema) -> str | None:
    """The type a tuple's subject suggests: `SubjectSet<G, "r">`, `G`."""
    for span in spans_at(project, uri, d.start):
        parts = span.detail
        if not hasattr(parts, "subject_namespace"):
            continue
        if parts.subject_namespace is not None:
            ns = parts.subject_namespace.text
            rel = parts.subject_relation.text if parts.subject_relation else ""
            return f'SubjectSet<{ns}, "{rel}">' if rel else ns
    return None


def _class(view: OplView, ns: str) -> ClassDecl | None:
    found = view.analysis.schema.get(ns)
    if found is not None and found.decl is not None:
        return found.decl
    for cls in view.analysis.module.classes:
        if cls.name is not None and cls.name.text == ns:
            return cls
    return None


def _indent_of(text: str, offset: int) -> str:
    line_start = text.rfind("\n", 0, offset) + 1
    line = text[line_start:]
    return line[:len(line) - len(line.lstrip(" \t"))]


def _declare_relation(view: OplView, ns: str, rel: str, typ: str) -> Edit | None:
    cls = _class(view, ns)
    if cls is None:
        return None
    text = view.analysis.text
    decl = f"{rel}: {typ}[]" if "|" not in typ else f"{rel}: ({typ})[]"
    related = next((b for b in cls.blocks if b.kind == "related" and b.closed), None)
    if related is not None:
        members = [m for m in cls.relations if related.start <= m.start <= related.end]
        close = text.rfind("}", related.start, related.end)
        if close < 0:
            return None
        if members:
            last = members[-1]
            indent = _indent_of(text, last.start)
            return Edit(view.range(last.end, last.end), f"\n{indent}{decl}")
        indent = _indent_of(text, related.start) + "  "
        return Edit(view.range(related.start + text[related.start:close].find("{") + 1,
                               related.start + text[related.start:close].find("{") + 1), f"\n{indent}{decl}")
    if not cls.closed:
        return None
    indent = _indent_of(text, cls.start) + "  "
    return Edit(view.range(cls.body_start, cls.body_start),
                f"\n{indent}related: {{\n{indent}  {decl}\n{indent}}}\n" + ("" if text[cls.body_start:cls.body_start + 1] == "\n" else _indent_of(text, cls.start)))
