"""Warnings about what Keto accepts but an author probably did not mean.

Keto checks none of these; each diagnostic says what Keto will do instead.
"""

from __future__ import annotations

import re

from .. import codes
from ..diagnostics import Diagnostic, Fix, Related, Severity, TextEdit
from .ast import ClassDecl, Computed, Module, TupleToSubjectSet, iter_expr
from .lexer import Tok
from .schema import Schema
from .typecheck import content_span

__all__ = ["lint"]


def lint(module: Module, schema: Schema, tokens: list[Tok], text: str) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    _duplicates(module, out)
    _outside_classes(module, tokens, out)
    for cls in module.classes:
        if cls.name is None:
            continue
        ns = schema.get(cls.name.text)
        if ns is None or ns.decl is not cls:
            continue  # a duplicate class: Keto only sees the first
        _empty_namespace(cls, out)
        _naming(cls, out)
        _operands(cls, schema, out)
        _self_references(cls, out)
    _unused_relations(module, schema, out)
    return out


def _duplicates(module: Module, out: list[Diagnostic]) -> None:
    first: dict[str, ClassDecl] = {}
    for cls in module.classes:
        if cls.name is None:
            continue
        prev = first.get(cls.name.text)
        if prev is not None:
            s, e = content_span(cls.name)
            out.append(Diagnostic(s, e, codes.DUPLICATE_CLASS,
                                  f'class "{cls.name.text}" is declared twice; Keto uses the first declaration',
                                  Severity.WARNING,
                                  related=[Related("first declared here", prev.name.start, prev.name.end)]))
        else:
            first[cls.name.text] = cls
        seen: dict[str, object] = {}
        for m in cls.members:
            if m.is_permit and m.body is None:
                continue
            prev_m = seen.get(m.name.text)
            if prev_m is not None:
                kind = "permit" if m.is_permit else "relation"
                s, e = content_span(m.name)
                out.append(Diagnostic(s, e, codes.DUPLICATE_RELATION,
                                      f'{kind} "{m.name.text}" is declared twice in "{cls.name.text}"; '
                                      "Keto uses the first declaration",
                                      Severity.WARNING,
                                      related=[Related("first declared here", prev_m.name.start, prev_m.name.end)]))
            else:
                seen[m.name.text] = m


_STATEMENT_STARTS = {"import", "export"}


def _outside_classes(module: Module, tokens: list[Tok], out: list[Diagnostic]) -> None:
    """Flag text outside classes, except import/export statements."""
    if not module.junk:
        return
    junk = set(module.junk)
    runs: list[list[Tok]] = []
    current: list[Tok] = []
    for tok in tokens:
        if (tok.start, tok.end) in junk:
            current.append(tok)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    for run in runs:
        statement = None
        for tok in run:
            if tok.value in _STATEMENT_STARTS and tok.orig_type == "IDENT":
                statement = tok.value
            elif statement is None:
                out.append(Diagnostic(run[0].start, run[-1].end, codes.IGNORED_BY_KETO,
                                      "Keto ignores this: only `class … implements Namespace { … }` "
                                      "declarations count outside a class",
                                      Severity.WARNING, tags=("unnecessary",)))
                break
            if tok.type == "STRING" and statement == "import":
                statement = None  # `import … from "…"` ends with its string


def _empty_namespace(cls: ClassDecl, out: list[Diagnostic]) -> None:
    if not any(not (m.is_permit and m.body is None) for m in cls.members):
        s, e = content_span(cls.name)
        out.append(Diagnostic(s, e, codes.EMPTY_NAMESPACE,
                              f'"{cls.name.text}" declares no relations: Keto checks its tuples '
                              "without a schema (any relation name is accepted)",
                              Severity.HINT))


_PASCAL = re.compile(r"^[A-Z][A-Za-z0-9]*$")


def _naming(cls: ClassDecl, out: list[Diagnostic]) -> None:
    name = cls.name
    if not name.quoted and not _PASCAL.match(name.text):
        s, e = content_span(name)
        fixed = name.text[:1].upper() + name.text[1:]
        fixes = [Fix(f"Rename to `{fixed}`", (TextEdit(s, e, fixed),))] if fixed != name.text and _PASCAL.match(fixed) else []
        out.append(Diagnostic(s, e, codes.NAMING_CONVENTION,
                              'namespace names are PascalCase by convention (like "User", "Document")',
                              Severity.HINT, fixes=fixes))
    for m in cls.members:
        if not m.name.quoted and m.name.text[:1].isupper():
            s, e = content_span(m.name)
            kind = "permit" if m.is_permit else "relation"
            out.append(Diagnostic(s, e, codes.NAMING_CONVENTION,
                                  f"{kind} names start with a lower-case letter by convention "
                                  "(like \"owners\", \"view\")", Severity.HINT))


def _operands(cls: ClassDecl, schema: Schema, out: list[Diagnostic]) -> None:
    ns = schema.get(cls.name.text)
    for m in cls.members:
        if not m.is_permit or m.body is None:
            continue
        for node in iter_expr(m.body):
            if isinstance(node, Computed):
                target = ns.get(node.relation.text)
                if target is None:
                    continue
                if node.via == "related" and target.is_permit:
                    out.append(Diagnostic(
                        node.start, node.end, codes.INCLUDES_PERMIT,
                        f'"{node.relation.text}" is a permit: Keto evaluates it all the same, but write '
                        f"`this.permits.{node.relation.text}(ctx)`",
                        Severity.WARNING,
                        fixes=[Fix(f"Write this.permits.{node.relation.text}(ctx)",
                                   (TextEdit(node.start, node.end, f"this.permits.{node.relation.text}(ctx)"),),
                                   preferred=True)]))
                elif node.via == "permits" and not target.is_permit:
                    out.append(Diagnostic(
                        node.start, node.end, codes.INCLUDES_PERMIT,
                        f'"{node.relation.text}" is a relation, not a permit: Keto evaluates it all the same, '
                        f"but write `this.related.{node.relation.text}.includes(ctx.subject)`",
                        Severity.WARNING,
                        fixes=[Fix(f"Write this.related.{node.relation.text}.includes(ctx.subject)",
                                   (TextEdit(node.start, node.end,
                                             f"this.related.{node.relation.text}.includes(ctx.subject)"),),
                                   preferred=True)]))
            elif isinstance(node, TupleToSubjectSet):
                _traverse(node, ns, schema, out)


def _traverse(node: TupleToSubjectSet, ns, schema: Schema, out: list[Diagnostic]) -> None:
    rel = ns.get(node.relation.text)
    if rel is None:
        return
    sets = rel.subject_set_types
    if sets:
        names = ", ".join(str(t) for t in sets)
        out.append(Diagnostic(
            node.relation.start, node.relation.end, codes.TRAVERSE_SUBJECT_SET_RELATION,
            f'"{node.relation.text}" holds subject sets ({names}): traverse ignores their relation '
            f'and checks "{node.computed.text}" on the objects they point to',
            Severity.INFORMATION))
        for t in sets:
            target = schema.get(t.namespace)
            if target is not None and target.relations and target.get(node.computed.text) is None:
                s, e = content_span(node.computed)
                out.append(Diagnostic(
                    s, e, codes.TRAVERSE_RELATION_MISSING,
                    f'"{t.namespace}" has no relation "{node.computed.text}": Keto\'s type check looks at '
                    f'the types of {t.namespace}#{t.relation} instead, so this passes it, but a check that '
                    f'follows a {t.namespace} subject set fails with an error',
                    Severity.WARNING))


def _self_references(cls: ClassDecl, out: list[Diagnostic]) -> None:
    """Permits that reach themselves on the same object (no traverse between):
    Keto recurses until its depth limit or call budget runs out."""
    permits = {m.name.text: m for m in cls.members if m.is_permit and m.body is not None}
    graph: dict[str, set[str]] = {}
    for name, m in permits.items():
        graph[name] = {n.relation.text for n in iter_expr(m.body)
                       if isinstance(n, Computed) and n.relation.text in permits}
    for name, m in permits.items():
        # is `name` reachable from itself?
        stack = list(graph[name])
        seen: set[str] = set()
        cyclic = False
        while stack:
            cur = stack.pop()
            if cur == name:
                cyclic = True
                break
            if cur in seen:
                continue
            seen.add(cur)
            stack.extend(graph.get(cur, ()))
        if not cyclic:
            continue
        base = any(isinstance(n, (TupleToSubjectSet,)) or
                   (isinstance(n, Computed) and n.relation.text not in permits)
                   for n in iter_expr(m.body))
        s, e = content_span(m.name)
        if base:
            msg = (f'permit "{name}" depends on itself on the same object: Keto recurses until its depth '
                   "limit, so a denied check comes out Unknown (and is answered false)")
        else:
            msg = (f'permit "{name}" depends on itself with no base case: it can never be granted; '
                   "Keto answers Unknown, or fails with a \"cyclic permit reference\" error when `!` is involved")
        out.append(Diagnostic(s, e, codes.PERMIT_CYCLE, msg, Severity.WARNING))


def _unused_relations(module: Module, schema: Schema, out: list[Diagnostic]) -> None:
    used: set[tuple[str, str]] = set()
    for ns in schema.namespaces:
        for rel in ns.relations:
            for t in rel.types:
                if t.relation:
                    used.add((t.namespace, t.relation))
            if rel.rewrite is not None:
                for n in iter_expr(rel.rewrite):
                    if isinstance(n, Computed):
                        used.add((ns.name, n.relation.text))
                    elif isinstance(n, TupleToSubjectSet):
                        used.add((ns.name, n.relation.text))
                        target = ns.get(n.relation.text)
                        for t in (target.types if target else ()):
                            used.add((t.namespace, n.computed.text))
    for ns in schema.namespaces:
        if not ns.permits:
            continue  # a namespace without permits is checked through its relations
        for rel in ns.plain_relations:
            if (ns.name, rel.name) not in used and rel.decl is not None:
                s, e = content_span(rel.decl.name)
                out.append(Diagnostic(s, e, codes.UNUSED_RELATION,
                                      f'relation "{rel.name}" is not used by any permit or type',
                                      Severity.HINT, tags=("unnecessary",)))
