"""OPL text as a document shows it: a schema file, or the inline `schema: |`
block of a workspace file. A view maps offsets of the OPL text to offsets of
the document and back, so that every OPL feature works in both."""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics import Range, SourceText
from ..opl.analyze import Analysis
from .project import Context, Project
from .schema_index import SchemaIndex, index_of

__all__ = ["OplView", "opl_view", "schema_view", "schema_uri"]


@dataclass(slots=True, eq=False)
class OplView:
    uri: str
    analysis: Analysis
    source: SourceText  # the document's
    embedded: object = None  # project.Embedded, or None for a schema file

    @property
    def index(self) -> SchemaIndex:
        return index_of(self.analysis)

    def outer(self, offset: int) -> int:
        return self.embedded.to_outer(offset) if self.embedded is not None else offset

    def inner(self, offset: int) -> int | None:
        """The OPL offset of a document offset (None: not in the OPL text)."""
        if self.embedded is None:
            return offset
        from .workspace_refs import scan_workspace
        block = scan_workspace(self.source.text).schema_block
        line = self.source.position(offset).line
        if block is None or not block[0] <= line <= block[1]:
            return None
        return self.embedded.to_inner(offset)

    def range(self, start: int, end: int) -> Range:
        return self.source.range(self.outer(start), self.outer(end))


def opl_view(project: Project, uri: str) -> OplView | None:
    """The OPL of a document: a schema file's, or a workspace file's inline
    schema."""
    kind = project.kind(uri)
    if kind == "schema":
        a = project.analysis(uri)
        source = project.source(uri)
        return OplView(uri, a, source) if a is not None and source is not None else None
    if kind == "workspace":
        ctx = project.context(uri)
        if ctx.embedded is not None:
            return OplView(uri, ctx.analysis, project.source(uri), ctx.embedded)
    return None


def schema_uri(project: Project, ctx: Context) -> str | None:
    if ctx.embedded is not None:
        return project.uri_of(ctx.ws_path)
    if ctx.schema_path:
        return project.uri_of(ctx.schema_path)
    return None


def schema_view(project: Project, ctx: Context) -> OplView | None:
    """The view of a context's schema (for declarations)."""
    if not ctx.has_schema:
        return None
    uri = schema_uri(project, ctx)
    if uri is None:
        return None
    if ctx.embedded is not None:
        return OplView(uri, ctx.analysis, project.source(uri), ctx.embedded)
    source = project.source(uri)
    if source is None:
        return None
    return OplView(uri, ctx.analysis, source)
