"""OPL text → syntax tree, compiled schema and every diagnostic.

This is the one entry point every face uses for schema files.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass

from ..diagnostics import Diagnostic, SourceText
from .ast import Module
from .lexer import Comment, Tok
from .lints import lint
from .parser import ParseResult, parse
from .schema import Namespace, Relation, Schema, SubjectType
from .typecheck import type_check

__all__ = ["Analysis", "analyze", "compile_schema"]


@dataclass(slots=True, eq=False)
class Analysis:
    text: str
    file: str | None
    parsed: ParseResult
    schema: Schema
    diagnostics: list[Diagnostic]

    @property
    def module(self) -> Module:
        return self.parsed.module

    @property
    def tokens(self) -> list[Tok]:
        return self.parsed.tokens

    @property
    def comments(self) -> list[Comment]:
        return self.parsed.comments

    @property
    def source(self) -> SourceText:
        return self.parsed.source

    @property
    def ok(self) -> bool:
        """Keto would load this schema (no syntax or type error)."""
        return not any(d.syntax for d in self.diagnostics)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.syntax]


def compile_schema(module: Module) -> Schema:
    schema = Schema()
    for cls in module.classes:
        if cls.name is None or schema.get(cls.name.text) is not None:
            continue
        ns = Namespace(cls.name.text, decl=cls)
        for m in cls.members:
            if m.is_permit:
                if m.body is None:
                    continue  # Keto drops it
                ns.add(Relation(ns.name, m.name.text, (), m.body, m))
            else:
                types = tuple(SubjectType(t.namespace.text, t.relation.text if t.relation else "")
                              for t in m.types)
                ns.add(Relation(ns.name, m.name.text, types, None, m))
        schema.add(ns)
    return schema


def analyze(text: str, file: str | None = None) -> Analysis:
    # The tree is many small objects and no cycles: the cyclic garbage
    # collector would rescan them again and again on a large file.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _analyze(text, file)
    finally:
        if enabled:
            gc.enable()


def _analyze(text: str, file: str | None) -> Analysis:
    parsed = parse(text)
    schema = compile_schema(parsed.module)
    syntax = [d for d in parsed.diagnostics if d.syntax]
    parse_lints = [d for d in parsed.diagnostics if not d.syntax]
    types = type_check(parsed.module)
    lints = lint(parsed.module, schema, parsed.tokens, text)
    parsed.source.resolve(types + lints)
    # Keto's order: syntax errors, then type errors; our warnings after them
    rest = sorted(parse_lints + lints, key=lambda d: (d.start, d.end))
    diagnostics = syntax + types + rest
    for d in diagnostics:
        d.file = file
    return Analysis(text, file, parsed, schema, diagnostics)
