"""Hover: what a name is, as Keto sees it.

* a namespace: its relations (with their types) and permits, and how many
  tuples the workspace holds for it;
* a relation: its types, the permits that use it, its tuples;
* a permit: its expression as Keto reads it (`&&` and `||` have equal
  precedence in Keto and are read left to right: every grouping is written
  out);
* a traverse parameter: the types it ranges over;
* a tuple: what it grants — the permits the subject holds on the object
  with the tuple and not without it;
* a check in a workspace file: its answer.
"""

from __future__ import annotations

from ..diagnostics import Position
from ..opl.ast import Computed, Rewrite, TupleToSubjectSet, iter_expr
from ..tuples import RelationTuple, SubjectSet, format_subject
from .items import Hover
from .names import spans_at
from .project import Context, Project
from .reading import keto_reading
from .views import opl_view

__all__ = ["hover"]

_KEYWORDS = {
    "ctx": "`ctx`: the check's context; `ctx.subject` is the subject being checked.",
    "this": "`this`: the object being checked.",
    "includes": "`includes(ctx.subject)`: is the subject one of the relation's members? Subject sets among the "
                "members are followed.",
    "traverse": "`traverse((p) => …)`: follow the relation to each object it holds (subject sets count by their "
                "object; their relation is ignored) and check there.",
    "Namespace": "Every OPL class `implements Namespace`: it declares a namespace.",
    "SubjectSet": '`SubjectSet<G, "r">`: the members of relation `r` of a `G` object.',
    "Context": "`Context`: the type of `ctx`.",
}
_TREE_LINES = 25


def hover(project: Project, uri: str, position: Position) -> Hover | None:
    source = project.source(uri)
    if source is None:
        return None
    offset = source.offset(position)
    try:
        return _hover(project, uri, source, offset)
    except RecursionError:
        return None


def _hover(project: Project, uri: str, source, offset: int) -> Hover | None:
    ctx = project.context(uri)
    view = opl_view(project, uri)
    if view is not None:
        inner = view.inner(offset)
        if inner is not None:
            p = view.index.param_at(inner)
            if p is not None:
                return Hover(_param(view.analysis.schema, p), view.range(p.start, p.end))
    spans = spans_at(project, uri, offset)
    kind = project.kind(uri)
    if spans:
        span = spans[0]
        rng = source.range(span.start, span.end)
        sym = span.symbol
        detail = span.detail
        if sym[0] in ("obj", "sid") and kind in ("tuples", "workspace") and hasattr(detail, "namespace"):
            text = _tuple_hover(project, uri, ctx, detail, source)
            if text:
                return Hover(text, source.range(detail.start, detail.end))
        if sym[0] == "ns":
            return Hover(_namespace(project, ctx, sym[1]), rng)
        if sym[0] == "rel":
            symbols = [s.symbol for s in spans if s.symbol[0] == "rel"]
            return Hover("\n\n---\n\n".join(_relation(project, ctx, s[1], s[2]) for s in symbols), rng)
        if sym[0] == "file":
            return Hover(f"`{sym[1]}`", rng)
    if view is not None:
        inner = view.inner(offset)
        if inner is not None:
            tok = _token_at(view.analysis, inner)
            if tok is not None and tok.value in _KEYWORDS:
                return Hover(_KEYWORDS[tok.value], view.range(tok.start, tok.end))
    if kind == "tuples":
        return _tuple_line_hover(project, uri, ctx, source, offset)
    return None


def _token_at(analysis, offset: int):
    from bisect import bisect_right
    tokens = analysis.tokens
    i = bisect_right([t.start for t in tokens], offset) - 1
    if i >= 0 and tokens[i].start <= offset <= tokens[i].end:
        return tokens[i]
    return None


# ---------------------------------------------------------------- OPL names

def _stats(project: Project, ctx: Context):
    """namespace → (tuples, objects); relation key → tuples."""
    def compute():
        per_ns: dict[str, list] = {}
        per_rel: dict[tuple[str, str], int] = {}
        if ctx.ws is not None:
            store = ctx.ws.store
            for ns, obj, rel in store.keys():
                n = len(store.subjects(ns, obj, rel))
                entry = per_ns.setdefault(ns, [0, set()])
                entry[0] += n
                entry[1].add(obj)
                per_rel[(ns, rel)] = per_rel.get((ns, rel), 0) + n
        return per_ns, per_rel
    return project._memoize(("stats", id(ctx.ws)), compute)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _namespace(project: Project, ctx: Context, name: str) -> str:
    ns = ctx.schema.get(name)
    lines = [f"**namespace** `{name}`"]
    if ns is None:
        lines.append("_not declared in the schema_")
    else:
        rels = ns.plain_relations
        permits = ns.permits
        if rels:
            lines.append("**relations**\n" + "\n".join(
                f"- `{r.name}`: `({' | '.join(str(t) for t in r.types)})[]`" for r in rels))
        else:
            lines.append("no relations: Keto checks its tuples without a schema")
        if permits:
            lines.append("**permits**\n" + "\n".join(f"- `{r.name}` = `{keto_reading(r.rewrite)}`" for r in permits))
    per_ns, _ = _stats(project, ctx)
    if ctx.ws is not None:
        tuples, objects = per_ns.get(name, (0, ()))
        lines.append(f"In the workspace: {_plural(tuples, 'tuple')} on {_plural(len(objects), 'object')}.")
    return "\n\n".join(lines)


def _users(schema, ns_name: str, rel_name: str) -> list[str]:
    """Permits that read this relation: `edit` (directly), `Document.view`
    (through a traverse)."""
    out = []
    for ns in schema.namespaces:
        for p in ns.permits:
            for node in iter_expr(p.rewrite):
                if isinstance(node, Computed) and ns.name == ns_name and node.relation.text == rel_name:
                    out.append(f"`{p.name}`")
                    break
                if isinstance(node, TupleToSubjectSet):
                    if ns.name == ns_name and node.relation.text == rel_name:
                        out.append(f"`{p.name}` (traverses it)")
                        break
                    target = ns.get(node.relation.text)
                    if target is not None and node.computed.text == rel_name and \
                            any(t.namespace == ns_name for t in target.types):
                        out.append(f"`{ns.name}.{p.name}` (through `{node.relation.text}`)")
                        break
    return list(dict.fromkeys(out))


def _relation(project: Project, ctx: Context, ns_name: str | None, name: str) -> str:
    schema = ctx.schema
    rel = schema.relation(ns_name, name) if ns_name else None
    where = f"{ns_name}.{name}" if ns_name else name
    if rel is None:
        if ns_name and schema.get(ns_name) is not None and not schema.get(ns_name).relations:
            return f"`{where}`: `{ns_name}` declares no relations, so Keto accepts any relation name there"
        return f"`{where}`: _not declared in the schema_"
    lines = []
    if rel.is_permit:
        lines.append(f"**permit** `{where}`")
        lines.append(f"Keto reads it as\n```\n{keto_reading(rel.rewrite)}\n```")
        if _mixed(rel.rewrite):
            lines.append("`&&` and `||` have the same precedence in Keto and are read left to right "
                         "(TypeScript would bind `&&` tighter).")
    else:
        types = " | ".join(str(t) for t in rel.types) or "no types"
        lines.append(f"**relation** `{where}`: `({types})[]`")
    users = _users(schema, ns_name, name) if not rel.is_permit else []
    if users:
        lines.append("used by " + ", ".join(users))
    if ctx.ws is not None and not rel.is_permit:
        _, per_rel = _stats(project, ctx)
        lines.append(f"In the workspace: {_plural(per_rel.get((ns_name, name), 0), 'tuple')}.")
    return "\n\n".join(lines)


def _mixed(root) -> bool:
    for node in iter_expr(root):
        if isinstance(node, Rewrite):
            for c in node.children:
                if isinstance(c, Rewrite) and c.op != node.op and c.parens is None and len(c.children) > 1:
                    return True
    return False


def _param(schema, p) -> str:
    ttu = p.ttu
    rel = schema.relation(p.cls, ttu.relation.text) if p.cls else None
    if rel is None:
        return f"`{p.name}`: the objects of `{ttu.relation.text}` (not declared)"
    names = list(dict.fromkeys(t.namespace for t in rel.types))
    types = " | ".join(names) or "nothing"
    return (f"`{p.name}: {types}`: each object in `{p.cls}.{ttu.relation.text}` "
            f"(`{' | '.join(str(t) for t in rel.types)}`)")


# ---------------------------------------------------------------- tuples

def _tuple_line_hover(project: Project, uri: str, ctx: Context, source, offset: int) -> Hover | None:
    from .names import spans_of
    line = source.position(offset).line
    for s in spans_of(project, uri):
        if source.position(s.start).line == line and hasattr(s.detail, "namespace"):
            text = _tuple_hover(project, uri, ctx, s.detail, source)
            if text:
                return Hover(text, source.range(s.detail.start, s.detail.end))
    return None


def _tuple_of(parts) -> RelationTuple | None:
    if parts.namespace is None or parts.object is None or parts.relation is None:
        return None
    if parts.subject_id is not None:
        subject = parts.subject_id.text
    elif parts.subject_namespace is not None:
        subject = SubjectSet(parts.subject_namespace.text, parts.subject_object.text if parts.subject_object else "",
                             parts.subject_relation.text if parts.subject_relation else "")
    else:
        return None
    return RelationTuple(parts.namespace.text, parts.object.text, parts.relation.text, subject)


def _test_workspace(project: Project, ctx: Context, source, offset: int):
    """The workspace with the what-if tuples of the test this line is in."""
    ws = ctx.ws
    if ws is None or not ws.tests or ctx.ws_path is None:
        return ws
    line = source.position(offset).line
    case = None
    for c in ws.tests:
        if c.line <= line:
            case = c
    if case is not None and case.tuples:
        return ws.with_tuples(add=case.tuples)
    return ws


def _tuple_hover(project: Project, uri: str, ctx: Context, parts, source) -> str | None:
    t = _tuple_of(parts)
    if t is None or ctx.ws is None:
        return None
    settings = project.settings
    in_workspace_file = project.kind(uri) == "workspace"
    ws = _test_workspace(project, ctx, source, parts.start) if in_workspace_file else ctx.ws
    if not ctx.analysis.ok:
        return f"`{t}`\n\n_the schema has errors: Keto would not load it_"
    schema = ctx.schema
    ns = schema.get(t.namespace)
    rel = ns.get(t.relation) if ns is not None else None
    if in_workspace_file and (rel is None or rel.is_permit or _is_query(source, parts)):
        return _check_hover(ws, t, settings)
    lines = [f"`{t}`"]
    subject = format_subject(t.subject)
    lines.append(f"`{subject}` is in `{t.relation}` of `{t.namespace}:{t.object}`.")
    if ns is None or rel is None:
        return "\n\n".join(lines)
    static = []
    for p in ns.permits:
        for node in iter_expr(p.rewrite):
            if isinstance(node, TupleToSubjectSet) and node.relation.text == t.relation:
                if isinstance(t.subject, SubjectSet):
                    static.append(f"`{p.name}` on `{t.namespace}:{t.object}` follows it to "
                                  f"`{t.subject.namespace}:{t.subject.object}` and checks `{node.computed.text}` there")
                break
    if static:
        lines.append("\n".join("- " + s for s in static))
    if not ns.permits:
        return "\n\n".join(lines)
    # what the subject holds on the object with this tuple and without it
    try:
        depth = settings.max_depth
        strict = settings.strict
        held, granted = [], []
        without = ws.with_tuples(remove=[t]) if len(ws.store) <= 20_000 else None
        for p in ns.permits:
            q = RelationTuple(t.namespace, t.object, p.name, t.subject)
            if ws.check(q, max_depth=depth, strict=strict).allowed:
                held.append(p.name)
                if without is not None and not without.check(q, max_depth=depth, strict=strict).allowed:
                    granted.append(p.name)
    except (RecursionError, ValueError):
        return "\n\n".join(lines)
    if without is not None:
        if granted:
            lines.append(f"**Grants** `{subject}` on `{t.namespace}:{t.object}`: "
                         + ", ".join(f"`{g}`" for g in granted))
        else:
            lines.append(f"Grants no permit of `{t.namespace}` that `{subject}` would not hold without it.")
    if held:
        lines.append(f"`{subject}` holds on `{t.namespace}:{t.object}`: " + ", ".join(f"`{h}`" for h in held))
    return "\n\n".join(lines)


def _is_query(source, parts) -> bool:
    """A check key (`Document:d#view@User:a: true`) rather than a tuple."""
    rest = source.text[parts.end:parts.end + 3]
    return rest.startswith(":") or rest.startswith('":') or rest.startswith("':")


def _check_hover(ws, t: RelationTuple, settings) -> str:
    from ..check.trace import render_text
    try:
        r = ws.check(t, max_depth=settings.max_depth, explain=True, strict=settings.strict)
    except (RecursionError, ValueError) as e:
        return f"`{t}`: {e}"
    verdict = "**allowed**" if r.allowed else "**denied**"
    head = f"`{t}`: {verdict} ({r.result}{', ' + r.limitation if r.limitation else ''})"
    if r.error:
        head += f" — error: {r.error}"
    if r.note:
        head += f" — {r.note}"
    if r.tree is None:
        return head
    text = render_text(r.tree, max_nodes=_TREE_LINES)
    return f"{head}\n\n```\n{text}\n```"
