"""Syntax classes for the schema view, from the engine's own tokens and AST.

Each span gets a class name that the schema view maps to a component class
(`schema-view--keyword`, …), so that the colours come from the theme's .tcss
and stay readable in light and dark themes.
"""

from __future__ import annotations

from engine.opl.analyze import Analysis
from engine.opl.ast import PermitDecl, RelationDecl
from engine.opl.lexer import KETO_KEYWORDS, SOFT_KEYWORDS

__all__ = ["spans", "CLASSES"]

CLASSES = ("keyword", "builtin", "operator", "string", "comment", "type", "relation", "permit", "error")

_KEYWORDS = set(KETO_KEYWORDS.values())
_BUILTINS = set(SOFT_KEYWORDS.values())
_OPERATORS = {"ARROW", "OR", "AND", "NOT", "PIPE"}


def spans(analysis: Analysis) -> list[tuple[int, int, str]]:
    """(start, end, class) spans over the schema text, in order."""
    out: list[tuple[int, int, str]] = []
    decl: dict[int, str] = {}
    for cls in analysis.module.classes:
        if cls.name is not None:
            decl[cls.name.start] = "type"
        for m in cls.members:
            if isinstance(m, PermitDecl):
                decl[m.name.start] = "permit"
            elif isinstance(m, RelationDecl):
                decl[m.name.start] = "relation"
    names = set(analysis.schema.names)
    for tok in analysis.tokens:
        t = tok.type
        kind = None
        if tok.start in decl:
            kind = decl[tok.start]
        elif t in _KEYWORDS or t == "IMPORT":
            kind = "keyword"
        elif t in _BUILTINS:
            kind = "builtin"
        elif t in _OPERATORS:
            kind = "operator"
        elif t == "STRING":
            kind = "string"
        elif t == "LEXERR":
            kind = "error"
        elif t == "IDENT" and tok.value in names:
            kind = "type"
        elif t == "IDENT" and tok.value in ("import", "from"):
            kind = "keyword"
        if kind is not None and tok.end > tok.start:
            out.append((tok.start, tok.end, kind))
    for c in analysis.comments:
        out.append((c.start, c.end, "comment"))
    out.sort()
    return out
