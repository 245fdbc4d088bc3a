"""Document symbols (the outline) and workspace symbols (search by name)."""

from __future__ import annotations

import re

from ..workspace import file_kind
from .items import DocumentSymbol, Location, WorkspaceSymbol
from .names import spans_of
from .project import Project
from .reading import keto_reading
from .schema_index import content_span
from .views import OplView, opl_view

__all__ = ["document_symbols", "workspace_symbols"]

_MAX_TUPLE_SYMBOLS = 2000
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def _schema_symbols(view: OplView) -> list[DocumentSymbol]:
    out = []
    for cls in view.analysis.module.classes:
        if cls.name is None:
            continue
        s, e = content_span(cls.name)
        children = []
        for m in cls.members:
            ms, me = content_span(m.name)
            if m.is_permit:
                detail = keto_reading(m.body) if m.body is not None else "dropped by Keto"
                kind = "permit"
            else:
                detail = "(" + " | ".join(t.label for t in m.types) + ")[]"
                kind = "relation"
            children.append(DocumentSymbol(m.name.text, kind, view.range(m.start, max(m.end, me)),
                                           view.range(ms, me), detail[:200]))
        out.append(DocumentSymbol(cls.name.text, "namespace", view.range(cls.start, max(cls.end, e)),
                                  view.range(s, e), "namespace", children))
    return out


def document_symbols(project: Project, uri: str) -> list[DocumentSymbol]:
    kind = project.kind(uri)
    source = project.source(uri)
    if source is None:
        return []
    view = opl_view(project, uri)
    if kind == "schema":
        return _schema_symbols(view) if view is not None else []
    if kind == "tuples":
        out = []
        seen = set()
        for s in spans_of(project, uri):
            parts = s.detail
            if id(parts) in seen or not hasattr(parts, "namespace"):
                continue
            seen.add(id(parts))
            text = source.text[parts.start:parts.end]
            if len(out) >= _MAX_TUPLE_SYMBOLS:
                break
            rng = source.range(parts.start, parts.end)
            out.append(DocumentSymbol(" ".join(text.split())[:120], "tuple", rng, rng))
        return out
    if kind == "workspace":
        return _workspace_symbols(project, uri, source, view)
    return []


def _workspace_symbols(project: Project, uri: str, source, view) -> list[DocumentSymbol]:
    lines = source.text.split("\n")
    keys = []
    for i, line in enumerate(lines):
        m = _TOP_KEY.match(line)
        if m and not line[0].isspace():
            keys.append((i, m.group(1)))
    ctx = project.context(uri)
    tests = ctx.ws.tests if ctx.ws is not None else []
    out = []
    for n, (line, key) in enumerate(keys):
        last = keys[n + 1][0] - 1 if n + 1 < len(keys) else len(lines) - 1
        while last > line and not lines[last].strip():
            last -= 1
        rng = source.range(source.offset_of(line, 0), source.offset_of(last, len(lines[last])))
        sel = source.range(source.offset_of(line, 0), source.offset_of(line, len(key)))
        sym = DocumentSymbol(key, "key", rng, sel)
        if key == "tests":
            case_lines = [c.line for c in tests]
            for k, case in enumerate(tests):
                end = (case_lines[k + 1] - 1) if k + 1 < len(case_lines) else last
                while end > case.line and not lines[end].strip():
                    end -= 1
                crng = source.range(source.offset_of(case.line, 0), source.offset_of(end, len(lines[end])))
                sym.children.append(DocumentSymbol(case.name, "test", crng, source.range(
                    source.offset_of(case.line, 0), source.offset_of(case.line, len(lines[case.line]))),
                    f"{len(case.assertions)} assertion{'s' if len(case.assertions) != 1 else ''}"))
        elif key == "schema" and view is not None:
            sym.children.extend(_schema_symbols(view))
        out.append(sym)
    return out


def _matches(query: str, name: str) -> bool:
    """Case-insensitive subsequence match (`docv` finds `Document.view`)."""
    if not query:
        return True
    it = iter(name.lower())
    return all(c in it for c in query.lower())


def workspace_symbols(project: Project, query: str, limit: int = 500) -> list[WorkspaceSymbol]:
    out: list[WorkspaceSymbol] = []
    for path in project.known_files():
        kind = file_kind(path.rsplit("/", 1)[-1])
        if kind not in ("schema", "workspace"):
            continue
        uri = project.uri_of(path)
        try:
            symbols = document_symbols(project, uri)
        except RecursionError:
            continue
        stack = [(s, "") for s in symbols]
        while stack:
            sym, container = stack.pop()
            if sym.kind in ("namespace", "relation", "permit", "test"):
                full = f"{container}.{sym.name}" if container and sym.kind in ("relation", "permit") else sym.name
                if _matches(query, full):
                    out.append(WorkspaceSymbol(sym.name, sym.kind, Location(uri, sym.selection_range),
                                               container))
            stack.extend((c, sym.name if sym.kind == "namespace" else container) for c in sym.children)
            if len(out) >= limit:
                return out
    return out
