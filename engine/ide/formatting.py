"""Formatting: the engine's canonical OPL layout (engine/opl/format.py),
which keeps every comment and refuses files it cannot format safely."""

from __future__ import annotations

from .items import Edit
from .project import Project

__all__ = ["format_document", "format_edits"]


def format_document(project: Project, uri: str) -> str | None:
    """The formatted text of a schema document; None when it cannot be
    formatted (syntax errors, a permit Keto drops) or is not a schema."""
    from ..opl.format import FormatError, format_text
    if project.kind(uri) != "schema":
        return None
    a = project.analysis(uri)
    if a is None or not a.parsed.syntax_ok:
        return None  # the formatter refuses it; do not pay for a second analysis
    try:
        return format_text(a.text)
    except (FormatError, RecursionError):
        return None


def format_edits(project: Project, uri: str) -> list[Edit] | None:
    """The formatting as one edit over the part that changes (so that the
    cursor and folds outside it stay put); [] when already formatted."""
    new = format_document(project, uri)
    if new is None:
        return None
    old = project.text(uri) or ""
    if new == old:
        return []
    n = min(len(old), len(new))
    a = 0
    while a < n and old[a] == new[a]:
        a += 1
    b = 0
    while b < n - a and old[len(old) - 1 - b] == new[len(new) - 1 - b]:
        b += 1
    # whole lines read better in an editor's undo history
    a = old.rfind("\n", 0, a) + 1
    source = project.source(uri)
    return [Edit(source.range(a, len(old) - b), new[a:len(new) - b])]
