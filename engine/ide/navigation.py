"""Go to definition, find references, highlights and rename — across the
schema, the tuple files and the workspace files that share it, including
`SubjectSet<G, "rel">` strings and the parts of tuple strings."""

from __future__ import annotations

import re

from ..diagnostics import Position, Range
from .items import Edit, Location, RenameError, RenameTarget
from .names import Span, spans_at, spans_of
from .project import Project
from .views import schema_view

__all__ = ["definition", "references", "document_highlights", "prepare_rename", "rename"]

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ZERO = Range(Position(0, 0), Position(0, 0))


def _at(project: Project, uri: str, position: Position) -> list[Span]:
    source = project.source(uri)
    if source is None:
        return []
    return spans_at(project, uri, source.offset(position))


def definition(project: Project, uri: str, position: Position) -> list[Location]:
    out: list[Location] = []
    for span in _at(project, uri, position):
        out.extend(_declarations(project, uri, span.symbol))
    return list(dict.fromkeys(out))


def _declarations(project: Project, uri: str, symbol: tuple) -> list[Location]:
    kind = symbol[0]
    if kind == "file":
        return [Location(project.uri_of(symbol[1]), _ZERO)] if project.exists(symbol[1]) else []
    if kind in ("ns", "rel"):
        view = schema_view(project, project.context(uri))
        if view is None:
            return []
        occ = view.index.declaration(symbol)
        if occ is None:
            return []
        return [Location(view.uri, view.range(occ.start, occ.end))]
    # an object or subject ID: where the tuples first mention it
    for other in project.family(uri):
        for s in spans_of(project, other):
            if s.symbol == symbol and project.kind(other) == "tuples":
                return [Location(other, project.source(other).range(s.start, s.end))]
    return []


def references(project: Project, uri: str, position: Position, include_declaration: bool = True) -> list[Location]:
    out: list[Location] = []
    for span in _at(project, uri, position):
        for other, s in _occurrences(project, uri, span.symbol):
            if s.role == "decl" and not include_declaration:
                continue
            out.append(Location(other, project.source(other).range(s.start, s.end)))
    return list(dict.fromkeys(out))


def _occurrences(project: Project, uri: str, symbol: tuple):
    if symbol[0] == "rel" and symbol[1] is None:
        return
    for other in project.family(uri):
        if project.source(other) is None:
            continue
        for s in spans_of(project, other):
            if s.symbol == symbol:
                yield other, s


def document_highlights(project: Project, uri: str, position: Position) -> list[tuple[Range, str]]:
    """(range, "write" for the declaration / "read") of the name's uses in
    this document."""
    source = project.source(uri)
    out = []
    for span in _at(project, uri, position):
        for s in spans_of(project, uri):
            if s.symbol == span.symbol:
                out.append((source.range(s.start, s.end), "write" if s.role == "decl" else "read"))
    return list(dict.fromkeys(out))


def _renameable(project: Project, uri: str, span: Span) -> str | None:
    """Why this name cannot be renamed, or None."""
    kind = span.symbol[0]
    if kind == "file":
        return "file names are renamed in the editor's file explorer"
    if kind in ("ns", "rel"):
        view = schema_view(project, project.context(uri))
        if view is None or view.index.declaration(span.symbol) is None:
            what = "namespace" if kind == "ns" else "relation or permit"
            return f"the {what} {span.symbol[-1]!r} is not declared in the schema"
    return None


def prepare_rename(project: Project, uri: str, position: Position) -> RenameTarget | None:
    spans = _at(project, uri, position)
    if not spans:
        return None
    span = spans[0]
    why = _renameable(project, uri, span)
    if why is not None:
        raise RenameError(why)
    source = project.source(uri)
    return RenameTarget(source.range(span.start, span.end), source.text[span.start:span.end])


def rename(project: Project, uri: str, position: Position, new_name: str) -> dict[str, list[Edit]]:
    """uri → edits; raises RenameError when the rename cannot be done."""
    spans = _at(project, uri, position)
    if not spans:
        raise RenameError("there is no name here to rename")
    span = spans[0]
    why = _renameable(project, uri, span)
    if why is not None:
        raise RenameError(why)
    symbol = span.symbol
    kind = symbol[0]
    if kind in ("ns", "rel"):
        if not _IDENT.match(new_name):
            raise RenameError(f"{new_name!r} is not a name OPL and tuples accept (letters, digits and _)")
        schema = project.context(uri).schema
        if kind == "ns" and schema.get(new_name) is not None and new_name != symbol[1]:
            raise RenameError(f"a namespace {new_name!r} is already declared")
        if kind == "rel":
            ns = schema.get(symbol[1])
            if ns is not None and ns.get(new_name) is not None and new_name != symbol[2]:
                raise RenameError(f"{symbol[1]!r} already declares {new_name!r}")
    else:
        if not new_name or re.search(r"[\s:#@]", new_name) or new_name != new_name.strip("()"):
            raise RenameError(f"{new_name!r} cannot stand in a tuple (no spaces, ':', '#', '@' or parentheses at its ends)")
    edits: dict[str, list[Edit]] = {}
    for other, s in _occurrences(project, uri, symbol):
        edits.setdefault(other, []).append(Edit(project.source(other).range(s.start, s.end), new_name))
    for other in edits:
        edits[other] = list(dict.fromkeys(edits[other]))
    return edits
