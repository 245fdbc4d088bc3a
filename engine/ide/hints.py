"""Inlay hints: the inferred type of each traverse lambda's parameter —
`(p: Folder) =>` — which the schema says but the code does not."""

from __future__ import annotations

from ..diagnostics import Range
from .items import InlayHint
from .project import Project
from .schema_index import traverse_namespaces
from .views import opl_view

__all__ = ["inlay_hints"]


def inlay_hints(project: Project, uri: str, rng: Range | None = None) -> list[InlayHint]:
    if not project.settings.inlay_hints:
        return []
    view = opl_view(project, uri)
    if view is None:
        return []
    schema = view.analysis.schema
    out = []
    for p in view.index.params:
        if not p.decl:
            continue
        namespaces = traverse_namespaces(schema, p.cls, p.ttu.relation.text)
        if not namespaces:
            continue
        pos = view.source.position(view.outer(p.end))
        if rng is not None and not rng.contains(pos):
            continue
        rel = schema.relation(p.cls, p.ttu.relation.text)
        tooltip = f"the objects in {p.cls}.{p.ttu.relation.text}: " + " | ".join(str(t) for t in rel.types)
        out.append(InlayHint(pos, ": " + " | ".join(namespaces), "type", tooltip))
    return out
