"""Completion that works while the code is being typed.

OPL: the tokens before the cursor say where it is (top level, a class body,
a `related` block, a type, a permit body, after `this.related.`, inside a
traverse lambda, inside `SubjectSet<G, "…">`); the schema (the current
analysis, or the last one without syntax errors when the current class did
not survive the parse) says what can come there. No clean parse is needed.

Tuple strings (tuple files, workspace files): the part being typed — the
namespace, the object, the relation or the subject — decides the candidates:
the schema's namespaces and relations, the objects and subjects the
workspace's tuples mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..diagnostics import Position, Range, SourceText
from ..opl.analyze import Analysis
from ..opl.schema import Schema
from ..tuples import SubjectSet
from .items import CompletionItem
from .project import Context, Project

__all__ = ["complete"]

_WORD = re.compile(r"[A-Za-z0-9_]*")
_MAX_ITEMS = 500


def complete(project: Project, uri: str, position: Position) -> list[CompletionItem]:
    source = project.source(uri)
    if source is None:
        return []
    offset = source.offset(position)
    kind = project.kind(uri)
    try:
        if kind == "schema":
            a = project.analysis(uri)
            return _Schema(project, uri, a, source, offset).items() if a is not None else []
        if kind == "tuples":
            if (project.path_of(uri) or uri).endswith(".json"):
                return _json_tuple(project, uri, source, offset)
            return _tuple_line(project, uri, source, offset)
        if kind == "workspace":
            return _workspace(project, uri, source, offset)
    except RecursionError:  # hostile nesting: no completion rather than a failure
        return []
    return []


# ---------------------------------------------------------------- OPL

_EXPR_START = {"ARROW", "OR", "AND", "NOT", "LPAR"}

_SNIPPETS_TOP = [
    ("class", "class ${1:Name} implements Namespace {\n  related: {\n    ${2:owners}: ${3:User}[]\n  }\n$0}",
     "a namespace"),
    ("import", 'import { Namespace, SubjectSet, Context } from "@ory/keto-namespace-types"\n',
     "the types Keto's TypeScript declarations provide (Keto itself skips imports)"),
]
_SNIPPET_RELATED = ("related", "related: {\n  ${1:owners}: ${2:User}[]\n}", "the relations of this namespace")
_SNIPPET_PERMITS = ("permits", "permits = {\n  ${1:view}: (ctx: Context): boolean =>\n    $0,\n}",
                    "the permissions of this namespace")
_SNIPPET_PERMIT = ("permit", "${1:name}: (ctx: Context): boolean =>\n  $0,", "a permission")
_SNIPPET_RELATION = ("relation", "${1:name}: ${2:User}[]", "a relation")


class _Schema:
    """Completion in OPL text; works on an embedded schema too (offsets of
    the OPL text; `to_outer` maps them to the document)."""

    def __init__(self, project: Project, uri: str, analysis: Analysis, source: SourceText, offset: int,
                 to_outer=None, outer_source: SourceText | None = None):
        self.project = project
        self.uri = uri
        self.a = analysis
        self.text = analysis.text
        self.offset = offset
        self.to_outer = to_outer or (lambda o: o)
        self.outer_source = outer_source or source
        self.tokens, self.starts = project._memoize(("completion-tokens", id(analysis)), lambda: _tokens(analysis))

    def replace(self, start: int, end: int) -> Range:
        return self.outer_source.range(self.to_outer(start), self.to_outer(end))

    def items(self) -> list[CompletionItem]:
        text, offset = self.text, self.offset
        if self._in_comment(offset):
            return []
        # the word being typed: replaced by the item
        ws = offset
        while ws > 0 and (text[ws - 1].isalnum() or text[ws - 1] == "_"):
            ws -= 1
        we = offset + len(_WORD.match(text, offset).group(0))
        self.word = (ws, we)
        # the token holding the cursor, when it is a string
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.tokens[i].type == "STRING" and _inside_string(text, self.tokens[i], offset):
            return self._in_string(i)
        before = bisect_left(self.starts, ws)
        types = [t.type for t in self.tokens[max(0, before - 12):before]]
        return self._after(types, before)

    def _in_comment(self, offset: int) -> bool:
        comments = self.a.comments
        i = bisect_left([c.start for c in comments], offset) - 1
        if i < 0:
            return False
        c = comments[i]
        if offset < c.end:
            return True
        closed = c.block and c.end - c.start >= 4 and self.text.startswith("*/", c.end - 2)
        return offset == c.end and not closed

    # -------------------------------------------------- where the cursor is

    def _scope(self, before: int):
        """(state, class name, the block's first token index): state is
        "top", "class", "related", "permits" or "body"."""
        tokens = self.tokens
        k = before - 1
        while k >= 0 and tokens[k].type != "CLASS":
            k -= 1
        if k < 0:
            return "top", None, 0
        name = tokens[k + 1].value if k + 1 < before and tokens[k + 1].type not in ("LBRACE", "IMPLEMENTS") \
            else None
        stack: list[str] = []
        depth = 0  # parentheses inside a permit body
        state = "header"
        i = k + 1
        while i < before:
            t = tokens[i].type
            if state == "header":
                if t == "LBRACE":
                    state = "class"
            elif state == "class":
                if t == "RELATED" and _typ(tokens, i + 1) == "COLON" and _typ(tokens, i + 2) == "LBRACE":
                    stack.append("class")
                    state = "related"
                    i += 2
                elif t == "PERMITS" and _typ(tokens, i + 1) == "ASSIGN" and _typ(tokens, i + 2) == "LBRACE":
                    stack.append("class")
                    state = "permits"
                    i += 2
                elif t == "RBRACE":
                    state = "top"
            elif state == "related":
                if t == "RBRACE":
                    state = stack.pop() if stack else "class"
            elif state == "permits":
                if t == "ARROW":
                    state = "body"
                    depth = 0
                elif t == "RBRACE":
                    state = stack.pop() if stack else "class"
            elif state == "body":
                if t == "LPAR":
                    depth += 1
                elif t == "RPAR":
                    depth = max(0, depth - 1)
                elif t == "COMMA" and depth == 0:
                    state = "permits"
                elif t == "RBRACE" and depth == 0:
                    state = stack.pop() if stack else "class"
            i += 1
        return state, name, k

    def _schema_for(self, cls: str | None) -> Schema:
        """The current schema, or the last good one when the class the
        cursor is in did not survive the parse."""
        schema = self.a.schema
        if cls is not None and schema.get(cls) is None:
            good = self.project.last_good(self.uri)
            if good is not None and good.schema.get(cls) is not None:
                return good.schema
        return schema

    # -------------------------------------------------- candidates

    def _after(self, types: list[str], before: int) -> list[CompletionItem]:
        state, cls, _ = self._scope(before)
        schema = self._schema_for(cls)
        t = types
        # this.related. / this.permits.
        if t[-4:] == ["THIS", "DOT", "RELATED", "DOT"]:
            return self._members(schema, [cls], relations=True, permits=False)
        if t[-4:] == ["THIS", "DOT", "PERMITS", "DOT"]:
            return self._members(schema, [cls], relations=False, permits=True, call=True)
        # p.related. / p.permits. in a traverse lambda
        if len(t) >= 4 and t[-1] == "DOT" and t[-2] in ("RELATED", "PERMITS") and t[-3] == "DOT":
            namespaces = self._lambda_namespaces(before - 4, cls, schema)
            if namespaces is not None:
                related = t[-2] == "RELATED"
                return self._members(schema, namespaces, relations=related, permits=not related, call=not related)
        if t[-2:] == ["THIS", "DOT"]:
            return [_kw("related", "this.related.X: a relation of this namespace"),
                    _kw("permits", "this.permits.X(ctx): a permission of this namespace")]
        if len(t) >= 2 and t[-1] == "DOT" and self._lambda_namespaces(before - 2, cls, schema, param_only=True):
            return [_kw("related", "p.related.X: a relation of the traversed object"),
                    _kw("permits", "p.permits.X(ctx): a permission of the traversed object")]
        if t[-2:] == ["CTX", "DOT"]:
            return [_kw("subject", "the subject of the check")]
        if t[-6:-2] == ["THIS", "DOT", "RELATED", "DOT"] and t[-1] == "DOT":
            return self._relation_methods()
        if t[-2:] == ["SUBJECTSET", "LANGLE"]:
            return self._namespaces(schema)
        if state == "related":
            last = t[-1] if t else ""
            if last in ("COLON", "PIPE", "LPAR") or t[-2:] == ["ARRAY", "LANGLE"]:
                return self._namespaces(schema) + [_snippet(
                    "SubjectSet", 'SubjectSet<${1:Namespace}, "${2:relation}">', "the members of a relation",
                    sort="9")]
            if last in ("LBRACE", "RSQB", "COMMA", "SEMI", "RPAR", "RANGLE"):
                return [_snippet(*_SNIPPET_RELATION)]
            return []
        if state == "permits":
            last = t[-1] if t else ""
            if last in ("LBRACE", "COMMA"):
                return [_snippet(*_SNIPPET_PERMIT)]
            return []
        if state == "body":
            last = t[-1] if t else ""
            if last in _EXPR_START:
                return self._expression_starts(schema, cls)
            return []
        if state == "class":
            present = {tok.type for tok in self.tokens[bisect_left(self.starts, self._class_start(before)):before]}
            out = []
            if "RELATED" not in present:
                out.append(_snippet(*_SNIPPET_RELATED))
            if "PERMITS" not in present:
                out.append(_snippet(*_SNIPPET_PERMITS))
            return out
        if state == "header":
            if t and t[-1] in ("IDENT", "STRING") and len(t) >= 2 and t[-2] == "CLASS":
                return [_kw("implements", "class Name implements Namespace")]
            if t and t[-1] == "IMPLEMENTS":
                return [_kw("Namespace", "every OPL class implements Namespace")]
            return []
        if state == "top":
            return [_snippet(label, body, doc) for label, body, doc in _SNIPPETS_TOP] + [
                _kw("class", "class Name implements Namespace { … }")]
        return []

    def _class_start(self, before: int) -> int:
        k = before - 1
        while k >= 0 and self.tokens[k].type != "CLASS":
            k -= 1
        return self.tokens[k].start if k >= 0 else 0

    def _lambda_namespaces(self, param_index: int, cls: str | None, schema: Schema, param_only: bool = False):
        """If tokens[param_index] is the parameter of the traverse lambda it
        stands in: the namespaces the traverse reaches (else None)."""
        if param_index < 0:
            return None
        tokens = self.tokens
        p = tokens[param_index]
        if p.orig_type != "IDENT":
            return None
        k = param_index - 1
        while k >= 0 and tokens[k].type != "TRAVERSE":
            t = tokens[k].type
            # the permit's own `=>` (`(ctx: Context): boolean =>`, `(ctx) =>`): no lambda here
            if t in ("LBRACE", "RBRACE") or param_index - k > 64 or t == "ARROW" and (
                    _typ(tokens, k - 1) == "BOOLEAN" or _typ(tokens, k - 2) == "CTX"):
                return None
            k -= 1
        if k < 4 or tokens[k - 1].type != "DOT":
            return None
        # the lambda's parameter: traverse ( ( p ) => …  or  traverse ( p => …
        declared = [tokens[j].value for j in range(k + 1, min(k + 5, param_index)) if tokens[j].orig_type == "IDENT"]
        if p.value not in declared[:1]:
            return None
        relation = tokens[k - 2]
        if relation.type == "RSQB":  # this.related["x"].traverse
            relation = tokens[k - 3]
        rel = schema.relation(cls, relation.value) if cls else None
        if rel is None:
            return [] if param_only else None
        return list(dict.fromkeys(t.namespace for t in rel.types))

    def _members(self, schema: Schema, namespaces, relations: bool, permits: bool, call: bool = False):
        ws, we = self.word
        rng = self.replace(ws, we)
        follows_paren = self.text[we:we + 1] == "("
        out: list[CompletionItem] = []
        seen = set()
        for ns_name in namespaces:
            ns = schema.get(ns_name) if ns_name else None
            if ns is None:
                continue
            for r in ns.relations:
                if r.name in seen:
                    continue
                if r.is_permit and not permits or not r.is_permit and not relations:
                    continue
                seen.add(r.name)
                if r.is_permit:
                    insert = r.name if (follows_paren or not call) else f"{r.name}(ctx)"
                    out.append(CompletionItem(r.name, "permit", f"permit of {ns.name}", _permit_doc(r),
                                              insert, sort_text="1" + r.name, replace_range=rng))
                else:
                    types = " | ".join(str(t) for t in r.types) or "no types"
                    out.append(CompletionItem(r.name, "relation", f"{ns.name}: ({types})[]", "",
                                              r.name, sort_text="0" + r.name, replace_range=rng))
        return out

    def _namespaces(self, schema: Schema) -> list[CompletionItem]:
        ws, we = self.word
        rng = self.replace(ws, we)
        out = []
        for ns in schema.namespaces:
            rels = ", ".join(r.name for r in ns.plain_relations) or "no relations"
            out.append(CompletionItem(ns.name, "namespace", f"class {ns.name}", f"relations: {rels}",
                                      sort_text="0" + ns.name, replace_range=rng))
        return out

    def _relation_methods(self) -> list[CompletionItem]:
        ws, we = self.word
        rng = self.replace(ws, we)
        return [
            CompletionItem("includes", "keyword", "includes(ctx.subject)", "the subject is a member of the relation",
                           "includes(ctx.subject)", sort_text="0", replace_range=rng),
            CompletionItem("traverse", "snippet", "traverse((p) => p.permits.X(ctx))",
                           "follow the relation to its objects and check a relation or permit there",
                           "traverse((${1:p}) => ${1:p}.${2:permits}.$0)", True, sort_text="1", replace_range=rng),
        ]

    def _expression_starts(self, schema: Schema, cls: str | None) -> list[CompletionItem]:
        ws, we = self.word
        rng = self.replace(ws, we)
        out = [
            CompletionItem("this.related…includes", "snippet", "a relation's members",
                           "", "this.related.${1:relation}.includes(ctx.subject)", True, "7a", rng,
                           filter_text="this.related.includes"),
            CompletionItem("this.permits…(ctx)", "snippet", "another permission of this namespace", "",
                           "this.permits.${1:permit}(ctx)", True, "7b", rng, filter_text="this.permits"),
            CompletionItem("traverse", "snippet", "follow a relation and check there",
                           "", "this.related.${1:relation}.traverse((${2:p}) => ${2:p}.permits.${3:permit}(ctx))",
                           True, "7c", rng, filter_text="this.related.traverse"),
            _kw("this", "the object being checked", rng),
        ]
        ns = schema.get(cls) if cls else None
        if ns is not None:
            for r in ns.relations:
                if r.is_permit:
                    insert = f"this.permits.{r.name}(ctx)"
                    out.append(CompletionItem(insert, "permit", f"permit of {ns.name}", _permit_doc(r), insert,
                                              sort_text="1" + r.name, replace_range=rng))
                else:
                    insert = f"this.related.{r.name}.includes(ctx.subject)"
                    types = " | ".join(str(t) for t in r.types)
                    out.append(CompletionItem(insert, "relation", f"{ns.name}: ({types})[]", "", insert,
                                              sort_text="0" + r.name, replace_range=rng))
        return out

    def _in_string(self, i: int) -> list[CompletionItem]:
        """Inside `SubjectSet<G, "…">`: G's relations."""
        tokens = self.tokens
        tok = tokens[i]
        if i >= 4 and tokens[i - 1].type == "COMMA" and tokens[i - 3].type == "LANGLE" \
                and tokens[i - 4].type == "SUBJECTSET":
            schema = self._schema_for(tokens[i - 2].value)
            ns = schema.get(tokens[i - 2].value)
            if ns is None:
                return []
            s = tok.start + 1
            quote = self.text[tok.start]
            e = tok.end - 1 if tok.end - tok.start >= 2 and self.text[tok.end - 1] == quote else tok.end
            rng = self.replace(s, max(s, e))
            out = []
            for r in ns.relations:
                kind = "permit" if r.is_permit else "relation"
                out.append(CompletionItem(r.name, kind, f"{kind} of {ns.name}", "", r.name,
                                          sort_text=("1" if r.is_permit else "0") + r.name, replace_range=rng))
            return out
        return []


def _tokens(analysis: Analysis):
    """The analysis's tokens without the lexical-error markers, and their starts."""
    tokens = [t for t in analysis.tokens if t.type != "LEXERR"]
    return tokens, [t.start for t in tokens]


def _inside_string(text: str, tok, offset: int) -> bool:
    if not tok.start < offset:
        return False
    if offset < tok.end:
        return True
    quote = text[tok.start]
    closed = tok.end - tok.start >= 2 and text[tok.end - 1] == quote
    return offset == tok.end and not closed


def _typ(tokens, i: int) -> str:
    return tokens[i].type if 0 <= i < len(tokens) else ""


def _kw(label: str, doc: str, rng: Range | None = None) -> CompletionItem:
    return CompletionItem(label, "keyword", doc, "", sort_text="5" + label, replace_range=rng)


def _snippet(label: str, body: str, doc: str, sort: str = "6") -> CompletionItem:
    return CompletionItem(label, "snippet", doc, f"```\n{_plain(body)}\n```", body, True, sort + label)


def _plain(snippet: str) -> str:
    out = re.sub(r"\$\{\d+:([^}]*)\}", r"\1", snippet)
    return re.sub(r"\$\d+", "", out)


def _permit_doc(rel) -> str:
    from .reading import keto_reading
    if rel.rewrite is None:
        return ""
    return f"Keto reads: `{keto_reading(rel.rewrite)}`"


# ---------------------------------------------------------------- tuples

def _known(ctx: Context):
    """Objects per namespace and subjects, from the context's tuples."""
    objects: dict[str, dict[str, None]] = {}
    subject_ids: dict[str, None] = {}
    ws = ctx.ws
    tuples = []
    if ws is not None:
        store = ws.store
        for ns in store.namespaces():
            objects.setdefault(ns, {}).update(dict.fromkeys(store.objects(ns)))
        if len(store) <= 50_000:
            tuples.extend(store)
    for t in tuples:
        objects.setdefault(t.namespace, {})[t.object] = None
        s = t.subject
        if isinstance(s, SubjectSet):
            objects.setdefault(s.namespace, {})[s.object] = None
        else:
            subject_ids[s] = None
    return objects, subject_ids


def tuple_items(project: Project, prefix: str, prefix_start: int, end: int, source: SourceText,
                ctx: Context) -> list[CompletionItem]:
    """Candidates for the tuple string text[prefix_start:cursor] == prefix;
    the part being typed is replaced up to `end` (the next delimiter)."""
    schema = ctx.schema
    objects, subject_ids = project._memoize(("known", id(ctx)), lambda: _known(ctx))

    def rng(part_start: int) -> Range:
        return source.range(part_start, end)

    ns, sep, rest = prefix.partition(":")
    if not sep:
        r = rng(prefix_start)
        names = list(dict.fromkeys([n.name for n in schema.namespaces] + sorted(objects)))
        return [CompletionItem(n, "namespace", "namespace", "", f"{n}:", sort_text=("0" if schema.get(n) else "1") + n,
                               replace_range=r) for n in names]
    obj, sep, rest2 = rest.partition("#")
    if not sep:
        r = rng(prefix_start + len(ns) + 1)
        return [CompletionItem(o, "object", f"{ns}:{o}", "", o, replace_range=r)
                for o in list(objects.get(ns, {}))[:_MAX_ITEMS]]
    rel, sep, sub = rest2.partition("@")
    nsd = schema.get(ns)
    if not sep:
        r = rng(prefix_start + len(ns) + 1 + len(obj) + 1)
        out = []
        if nsd is not None:
            for x in nsd.relations:
                if x.is_permit:
                    continue  # Keto stores tuples under relations
                types = " | ".join(str(t) for t in x.types)
                out.append(CompletionItem(x.name, "relation", f"({types})[]", "", x.name, sort_text="0" + x.name,
                                          replace_range=r))
        return out
    sub_start = prefix_start + len(ns) + 1 + len(obj) + 1 + len(rel) + 1
    relation = nsd.get(rel) if nsd is not None else None
    allowed = list(relation.types) if relation is not None else []
    sns, sep, srest = sub.partition(":")
    out: list[CompletionItem] = []
    if sep:
        sobj, sep2, _srel = srest.partition("#")
        if sep2:
            r = rng(sub_start + len(sns) + 1 + len(sobj) + 1)
            snsd = schema.get(sns)
            wanted = [t.relation for t in allowed if t.namespace == sns and t.relation]
            names = list(dict.fromkeys(wanted + ([x.name for x in snsd.relations] if snsd else [])))
            return [CompletionItem(n, "relation", f"{sns}#{n}", "", n, sort_text=("0" if n in wanted else "1") + n,
                                   replace_range=r) for n in names]
        r = rng(sub_start + len(sns) + 1)
        rels = [t.relation for t in allowed if t.namespace == sns and t.relation]
        for o in list(objects.get(sns, {}))[:_MAX_ITEMS]:
            if rels:
                out.extend(CompletionItem(f"{o}#{x}", "subject", f"{sns}:{o}#{x}", "", f"{o}#{x}", replace_range=r)
                           for x in rels)
            else:
                out.append(CompletionItem(o, "subject", f"{sns}:{o}", "", o, replace_range=r))
        return out
    r = rng(sub_start)
    if allowed:
        for t in allowed:
            for o in list(objects.get(t.namespace, {}))[:_MAX_ITEMS]:
                label = f"{t.namespace}:{o}" + (f"#{t.relation}" if t.relation else "")
                out.append(CompletionItem(label, "subject", str(t), "", label, sort_text="0" + label, replace_range=r))
        for t in dict.fromkeys(t.namespace for t in allowed):
            out.append(CompletionItem(f"{t}:", "namespace", "a subject of this namespace", "", f"{t}:",
                                      sort_text="1" + t, replace_range=r))
    else:
        for n in schema.namespaces:
            out.append(CompletionItem(f"{n.name}:", "namespace", "a subject set", "", f"{n.name}:",
                                      sort_text="1" + n.name, replace_range=r))
        for s in list(subject_ids)[:_MAX_ITEMS]:
            out.append(CompletionItem(s, "subject", "a subject ID", "", s, sort_text="2" + s, replace_range=r))
    return out[:_MAX_ITEMS]


_TUPLE_CHARS = re.compile(r"[^\s\"'\[\]{},]*")


def _tuple_line(project: Project, uri: str, source: SourceText, offset: int) -> list[CompletionItem]:
    pos = source.position(offset)
    line = source.line_text(pos.line)
    head = line[:pos.character]
    body = head.lstrip()
    if body.startswith("//"):
        return []
    start = offset - len(body)
    end = offset + len(_TUPLE_CHARS.match(line, pos.character).group(0))
    # the part being typed ends at the next delimiter
    tail = source.text[offset:end]
    cut = min((i for i in (tail.find(c) for c in ":#@") if i >= 0), default=len(tail))
    return tuple_items(project, body, start, offset + cut, source, project.context(uri))


_JSON_KEY = re.compile(r'"(namespace|object|relation|subject_id)"\s*:\s*"([^"]*)$')


def _json_tuple(project: Project, uri: str, source: SourceText, offset: int) -> list[CompletionItem]:
    text = source.text
    obj_start = text.rfind("{", 0, offset)
    m = _JSON_KEY.search(text, max(0, obj_start), offset)
    if m is None:
        return []
    key = m.group(1)
    value_start = m.start(2)
    close = text.find('"', offset)
    end = close if close >= 0 and "\n" not in text[offset:close] else offset
    ctx = project.context(uri)
    objects, subject_ids = project._memoize(("known", id(ctx)), lambda: _known(ctx))
    body = text[obj_start:offset]
    in_set = '"subject_set"' in body
    ns_m = re.findall(r'"namespace"\s*:\s*"([^"]*)"', body)
    ns = ns_m[-1] if ns_m else ""
    r = source.range(value_start, end)
    if key == "namespace":
        return [CompletionItem(n.name, "namespace", "namespace", "", n.name, replace_range=r) for n in ctx.schema.namespaces]
    if key == "object":
        return [CompletionItem(o, "object", f"{ns}:{o}", "", o, replace_range=r) for o in list(objects.get(ns, {}))[:_MAX_ITEMS]]
    if key == "relation":
        nsd = ctx.schema.get(ns)
        if nsd is None:
            return []
        return [CompletionItem(x.name, "relation", "", "", x.name, replace_range=r)
                for x in nsd.relations if in_set or not x.is_permit]
    return [CompletionItem(s, "subject", "a subject ID", "", s, replace_range=r) for s in list(subject_ids)[:_MAX_ITEMS]]


# ---------------------------------------------------------------- workspace files

_TOP_KEYS = [("schema_file", "the OPL schema file, relative to this file"),
             ("schema", "inline OPL (`schema: |` and the OPL below)"),
             ("tuple_files", "tuple files, relative to this file"),
             ("tuples", "inline tuples: a list or a block of lines"),
             ("max_depth", "Keto's depth limit for checks (default 5)"),
             ("strict", "Keto's strict mode (default false)"),
             ("tests", "test cases: name, tuples, check, …")]
_TEST_KEYS = [("name", "the test's name"), ("tuples", "what-if tuples for this test only"),
              ("check", "query: expectation (true, false, not_member, unknown, error)"),
              ("check_at_depth", "{query, max_depth, expect} entries"),
              ("expand", "ns:object#relation: [leaf subjects]"),
              ("list_objects", "{subject, namespace, permit, expect} entries"),
              ("list_subjects", "{object, permit, expect} entries")]
_EXPECT = [("true", "allowed"), ("false", "denied (not a member, or unknown when not strict)"),
           ("not_member", "exactly NotMember"), ("unknown", "exactly Unknown (e.g. the depth limit)"),
           ("error", "the check fails with an error")]


def _workspace(project: Project, uri: str, source: SourceText, offset: int) -> list[CompletionItem]:
    ctx = project.context(uri)
    emb = ctx.embedded
    if emb is not None:
        inner = emb.to_inner(offset)
        from .workspace_refs import scan_workspace
        block = scan_workspace(source.text).schema_block
        line = source.position(offset).line
        if inner is not None and block is not None and block[0] <= line <= block[1]:
            return _Schema(project, uri, ctx.analysis, source, inner, emb.to_outer, source).items()
    pos = source.position(offset)
    line = source.line_text(pos.line)
    head = line[:pos.character]
    indent = len(head) - len(head.lstrip())
    if "#" in head and re.search(r"(^|\s)#", head):
        return []  # a comment
    key_line = re.match(r"^\s*(-\s+)?([A-Za-z_]\w*)?$", head)
    if key_line and ":" not in head:
        r = source.range(offset - len(key_line.group(2) or ""), offset)
        if indent == 0 and not key_line.group(1):
            return [CompletionItem(k, "keyword", doc, "", f"{k}: ", replace_range=r, sort_text=str(i))
                    for i, (k, doc) in enumerate(_TOP_KEYS)]
        if _in_tests(source, pos.line):
            return [CompletionItem(k, "keyword", doc, "", f"{k}: ", replace_range=r, sort_text=str(i))
                    for i, (k, doc) in enumerate(_TEST_KEYS)]
    # a value after `key: `
    m = re.search(r"([\w:#@()\-.\"']+)\s*:\s+([\w-]*)$", head)
    if m:
        key = m.group(1).strip("\"'")
        value = m.group(2)
        r = source.range(offset - len(value), offset)
        if key in ("expect",) and not head.rstrip().endswith("["):
            return [CompletionItem(v, "value", doc, "", v, replace_range=r, sort_text=str(i))
                    for i, (v, doc) in enumerate(_EXPECT)]
        if "@" in key and "#" in key:
            return [CompletionItem(v, "value", doc, "", v, replace_range=r, sort_text=str(i))
                    for i, (v, doc) in enumerate(_EXPECT)]
        if key == "strict":
            return [CompletionItem(v, "value", "", "", v, replace_range=r) for v in ("true", "false")]
        if key in ("schema_file", "tuple_files") and ctx.ws_path:
            from .project import posix_dir
            want = "schema" if key == "schema_file" else "tuples"
            from ..workspace import file_kind
            names = [p.rsplit("/", 1)[-1] for p in project.list_folder(posix_dir(ctx.ws_path))
                     if file_kind(p.rsplit("/", 1)[-1]) == want]
            return [CompletionItem(n, "value", "", "", n, replace_range=r) for n in names]
        if key == "namespace":
            return [CompletionItem(n.name, "namespace", "", "", n.name, replace_range=r) for n in ctx.schema.namespaces]
        if key == "permit":
            from .workspace_refs import scan_workspace
            refs = scan_workspace(source.text)
            ns = None
            for f in refs.fields:
                if f.line == pos.line or (f.key == "permit" and f.value.start <= offset <= f.value.end):
                    ns = refs.namespace_of(f)
            item = _item_namespace(refs, pos.line)
            ns = ns or item
            nsd = ctx.schema.get(ns) if ns else None
            rels = nsd.relations if nsd else [x for n in ctx.schema.namespaces for x in n.permits]
            return [CompletionItem(x.name, "permit" if x.is_permit else "relation", "", "", x.name,
                                   sort_text=("0" if x.is_permit else "1") + x.name, replace_range=r)
                    for x in dict.fromkeys(rels)]
    # a tuple string: from its first character to the cursor
    scalar = re.search(r"[^\s\"'\[\]{},]*$", head).group(0)
    if scalar.startswith("-"):
        scalar = scalar[1:]
    if not scalar and not re.search(r"(^\s*-\s*$|[\[,{]\s*$|[\"']$)", head):
        return []
    start = offset - len(scalar)
    end = offset + len(re.match(r"[^\s\"'\[\]{},:#@]*", line[pos.character:]).group(0))
    return tuple_items(project, scalar, start, end, source, ctx)


def _in_tests(source: SourceText, line: int) -> bool:
    for ln in range(line - 1, -1, -1):
        text = source.line_text(ln)
        if text and not text[0].isspace() and not text.startswith("#"):
            return text.startswith("tests:")
    return False


def _item_namespace(refs, line: int) -> str | None:
    best = None
    for item, ns in refs.item_namespace.items():
        if item <= line and (best is None or item > best[0]):
            best = (item, ns)
    return best[1] if best else None
