"""Every name in a document and the symbol it stands for, in all three file
kinds, so that definition, references, highlights and rename are one
lookup each.

Symbols: ("ns", N) a namespace; ("rel", N, R) a relation or permit of N;
("obj", N, O) the object N:O; ("sid", S) a subject ID; ("file", path) a file
named in a workspace file.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from .project import Project, posix_dir
from .tuple_text import TupleParts, json_parts, split_tuple
from .uris import normalize
from .views import opl_view

__all__ = ["Span", "spans_of", "spans_at", "tuple_spans"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # offsets in the document
    end: int
    symbol: tuple
    role: str = "ref"  # "decl" for the declaration in a schema
    detail: object = None  # the Occ, TupleParts or FieldRef it came from


def tuple_spans(parts: TupleParts, out: list[Span]) -> None:
    ns = parts.namespace.text if parts.namespace else None
    for name, p in parts.parts():
        if name == "namespace":
            sym = ("ns", p.text)
        elif name == "object":
            sym = ("obj", ns, p.text)
        elif name == "relation":
            sym = ("rel", ns, p.text)
        elif name == "subject_id":
            sym = ("sid", p.text)
        elif name == "subject_namespace":
            sym = ("ns", p.text)
        elif name == "subject_object":
            sym = ("obj", parts.subject_namespace.text if parts.subject_namespace else None, p.text)
        else:
            sym = ("rel", parts.subject_namespace.text if parts.subject_namespace else None, p.text)
        if p.text:
            out.append(Span(p.start, p.end, sym, "ref", parts))


def spans_of(project: Project, uri: str) -> list[Span]:
    """Every name in the document, by position (cached until a change)."""
    return project._memoize(("spans", uri), lambda: _compute(project, uri))


def _compute(project: Project, uri: str) -> list[Span]:
    kind = project.kind(uri)
    out: list[Span] = []
    view = opl_view(project, uri)
    if view is not None:
        for o in view.index.occs:
            if o.symbol[0] == "rel" and o.symbol[1] is None:
                continue
            out.append(Span(view.outer(o.start), view.outer(o.end), o.symbol, "decl" if o.role == "decl" else "ref", o))
    if kind == "tuples":
        path = project.path_of(uri) or ""
        text = project.text(uri) or ""
        if path.endswith(".json"):
            tf = project.tuple_file(path) if project.path_of(uri) else None
            for e in (tf.entries if tf else []):
                tuple_spans(json_parts(text, e.start, e.end), out)
        else:
            tf = project.tuple_file(path) if project.path_of(uri) else None
            for e in (tf.entries if tf else []):
                tuple_spans(split_tuple(text[e.start:e.end], e.start), out)
    elif kind == "workspace":
        from .workspace_refs import scan_workspace
        text = project.text(uri) or ""
        refs = scan_workspace(text)
        for parts in refs.tuples:
            tuple_spans(parts, out)
        folder = posix_dir(project.path_of(uri) or "/")
        for f in refs.fields:
            if f.key == "namespace":
                out.append(Span(f.value.start, f.value.end, ("ns", f.value.text), "ref", f))
            elif f.key == "permit":
                out.append(Span(f.value.start, f.value.end, ("rel", refs.namespace_of(f), f.value.text), "ref", f))
            else:
                path = normalize(f.value.text if f.value.text.startswith("/") else f"{folder}/{f.value.text}")
                out.append(Span(f.value.start, f.value.end, ("file", path), "ref", f))
    out.sort(key=lambda s: (s.start, s.end))
    return out


def spans_at(project: Project, uri: str, offset: int) -> list[Span]:
    """The names whose span holds offset (its end included)."""
    spans = spans_of(project, uri)
    starts = project._memoize(("span-starts", uri), lambda: [s.start for s in spans])
    i = bisect_right(starts, offset)
    out = []
    j = i - 1
    while j >= 0 and j >= i - 64:
        s = spans[j]
        if s.start <= offset <= s.end:
            out.append(s)
        j -= 1
    out.reverse()
    # a cursor between two names (`a|.b`) is on the one it touches first
    if len(out) > 1:
        inside = [s for s in out if s.start <= offset < s.end]
        if inside:
            out = [s for s in out if (s.start, s.end) == (inside[0].start, inside[0].end)]
    return out

