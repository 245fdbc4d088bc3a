"""Semantic tokens: what each word of OPL is (a namespace, a relation, a
permit, a traverse parameter, a keyword), and the parts of tuple strings, so
that editors without an OPL grammar colour it right and those with one
colour names by meaning."""

from __future__ import annotations

from ..diagnostics import SourceText
from .items import SemanticToken
from .names import spans_of
from .project import Project
from .schema_index import Occ
from .views import OplView, opl_view

__all__ = ["semantic_tokens"]

_BY_TOKEN = {
    "CLASS": ("keyword", ()), "IMPLEMENTS": ("keyword", ()), "THIS": ("keyword", ()),
    "RELATED": ("keyword", ()), "PERMITS": ("keyword", ()),
    "CTX": ("parameter", ()),
    "NAMESPACE": ("type", ("defaultLibrary",)), "CONTEXT": ("type", ("defaultLibrary",)),
    "BOOLEAN": ("type", ("defaultLibrary",)), "ARRAY": ("type", ("defaultLibrary",)),
    "SUBJECTSET": ("type", ("defaultLibrary",)),
    "INCLUDES": ("method", ("defaultLibrary",)), "TRAVERSE": ("method", ("defaultLibrary",)),
    "SUBJECT": ("property", ("defaultLibrary",)),
    "OR": ("operator", ()), "AND": ("operator", ()), "NOT": ("operator", ()), "ARROW": ("operator", ()),
    "STRING": ("string", ()),
}
_STATEMENT_WORDS = {"import", "export", "from", "type", "const"}


def _emit(out: list, source: SourceText, start: int, end: int, typ: str, mods=()) -> None:
    """A token, split at line ends (LSP tokens do not span lines)."""
    if end <= start:
        return
    p = source.position(start)
    q = source.position(end)
    if p.line == q.line:
        out.append(SemanticToken(p.line, p.character, q.character - p.character, typ, tuple(mods)))
        return
    for line in range(p.line, q.line + 1):
        text = source.line_text(line)
        a = p.character if line == p.line else 0
        b = q.character if line == q.line else len(text)
        if b > a:
            out.append(SemanticToken(line, a, b - a, typ, tuple(mods)))


def _opl(view: OplView, out: list) -> None:
    index = view.index
    names: dict[int, tuple[int, str, tuple]] = {}
    for o in index.occs:
        if o.symbol[0] == "ns":
            typ = "class"
        elif o.role == "decl":
            typ = "method" if getattr(o.node, "is_permit", False) else "property"
        elif o.via == "permits":
            typ = "method"
        else:
            typ = "property"
        names.setdefault(o.start, (o.end, typ, ("declaration",) if o.role == "decl" else ()))
    for p in index.params:
        names.setdefault(p.start, (p.end, "parameter", ("declaration",) if p.decl else ()))
    items = []  # (start, end, type, modifiers) in OPL offsets
    for tok in view.analysis.tokens:
        if tok.type == "LEXERR":
            continue
        hit = names.get(tok.start) or (names.get(tok.start + 1) if tok.orig_type == "STRING" else None)
        if hit is not None:
            s = tok.start if tok.start in names else tok.start + 1
            items.append((s, hit[0], hit[1], hit[2]))
            continue
        kind = _BY_TOKEN.get(tok.orig_type)
        if kind is None and tok.orig_type == "IDENT" and tok.value in _STATEMENT_WORDS:
            kind = ("keyword", ())
        if kind is not None:
            items.append((tok.start, tok.end, kind[0], kind[1]))
    for c in view.analysis.comments:
        items.append((c.start, c.end, "comment", ()))
    items.sort()
    source = view.source
    for s, e, typ, mods in items:
        a, b = view.outer(s), view.outer(e)
        if view.embedded is None:
            _emit(out, source, a, b, typ, mods)
        else:  # line by line: the block's indentation is not part of the OPL
            ps, pe = view.analysis.source.position(s), view.analysis.source.position(e)
            for line in range(ps.line, pe.line + 1):
                ls = view.analysis.source.offset_of(line, 0) if line != ps.line else s
                le = view.analysis.source.offset_of(line, 10 ** 9) if line != pe.line else e
                _emit(out, source, view.outer(ls), view.outer(le), typ, mods)


_PART_TYPES = {"ns": "class", "rel": "property", "obj": "variable", "sid": "variable", "file": "string"}


_PARTS = (("namespace", "class"), ("object", "variable"), ("relation", "property"), ("subject_id", "variable"),
          ("subject_namespace", "class"), ("subject_object", "variable"), ("subject_relation", "property"))


def _tuple_lines(project: Project, uri: str, source: SourceText, out: list) -> None:
    """A tuple file, line by line (it may hold a hundred thousand tuples)."""
    from .tuple_text import split_tuple
    schema = project.context(uri).schema
    permits = {(ns.name, r.name) for ns in schema.namespaces for r in ns.permits}
    text = source.text
    starts = source.line_starts
    for line, start in enumerate(starts):
        end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
        raw = text[start:end]
        body = raw.strip()
        if not body:
            continue
        lead = len(raw) - len(raw.lstrip())
        if body.startswith("//"):
            out.append(SemanticToken(line, lead, len(body), "comment"))
            continue
        parts = split_tuple(body, lead)
        for name, typ in _PARTS:
            p = getattr(parts, name)
            if p is not None and p.end > p.start:
                if typ == "property" and name == "relation" and (parts.namespace.text, p.text) in permits:
                    typ = "method"
                out.append(SemanticToken(line, p.start, p.end - p.start, typ))


def semantic_tokens(project: Project, uri: str) -> list[SemanticToken]:
    """Tokens in document order."""
    source = project.source(uri)
    if source is None:
        return []
    out: list[SemanticToken] = []
    kind = project.kind(uri)
    view = opl_view(project, uri)
    if view is not None:
        _opl(view, out)
    text_tuples = kind == "tuples" and not (project.path_of(uri) or "").endswith(".json")
    if text_tuples:
        _tuple_lines(project, uri, source, out)
    elif kind in ("tuples", "workspace"):
        schema = project.context(uri).schema
        for s in spans_of(project, uri):
            if isinstance(s.detail, Occ):
                continue  # OPL names: done above
            typ = _PART_TYPES.get(s.symbol[0], "variable")
            if s.symbol[0] == "rel" and s.symbol[1]:
                rel = schema.relation(s.symbol[1], s.symbol[2])
                if rel is not None and rel.is_permit:
                    typ = "method"
            _emit(out, source, s.start, s.end, typ)
    out.sort(key=lambda t: (t.line, t.character))
    # overlapping tokens are not allowed: keep the first
    clean: list[SemanticToken] = []
    for t in out:
        if clean and clean[-1].line == t.line and clean[-1].character + clean[-1].length > t.character:
            continue
        clean.append(t)
    return clean
