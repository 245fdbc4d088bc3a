"""Builds the syntax tree while the LALR parser reduces (no parse tree first).

Permit bodies are built the way Keto's parser builds them: the first operand
becomes the root (wrapped in a one-child union unless it is a group), an
operator wraps the current root in a new node, and a further operand is
appended to the current root — whether or not an operator came before it.
Keto then simplifies the tree (simplify()). Lints that need the source shape
(mixed operators, juxtaposed operands, dangling operators, nesting depth) are
collected on the way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import codes, limits
from ..diagnostics import Diagnostic, Fix, Severity, TextEdit
from .ast import (Block, ClassDecl, Computed, ExprError, Invert, Module, Name, PermitDecl,
                  RelationDecl, Rewrite, TupleToSubjectSet, TypeRef, iter_expr)
from .lexer import Tok

__all__ = ["Builder", "Splice", "simplify"]


class Splice(list):
    """Children of an inlined grammar rule (one whose name starts with `_`),
    spliced into the parent's children as lark does."""

    __slots__ = ()


def _name(tok: Tok) -> Name:
    return Name(tok.value, tok.start, tok.end, tok.orig_type == "STRING")


@dataclass(slots=True)
class _SubjectSetVal:
    namespace: Tok
    relation: Tok
    start: int
    end: int


@dataclass(slots=True)
class _Head:
    name: Name
    start: int
    head_end: int
    annotated: bool = False
    bad: bool = False


@dataclass(slots=True)
class _BlockVal:
    block: Block
    members: list


@dataclass(slots=True)
class _Abort:
    start: int
    end: int
    # operands parsed before Keto gave up on the body: it still type-checks them
    atoms: list = field(default_factory=list)


@dataclass(slots=True)
class _LambdaBody:
    via: str
    name: Tok
    end: int


@dataclass(slots=True, eq=False)
class _Nest:
    """A group or `!` as written, for Keto's nesting limit."""

    cost: int
    first: int  # offset of the token Keto reports when the limit is hit
    height: int  # cost of the deepest nesting inside, this one included
    inner: list["_Nest"]


@dataclass(slots=True, eq=False)
class _Seq:
    """Keto's `root` while it parses one expression list."""

    root: Rewrite
    start: int
    end: int
    after_op: bool = False
    last_op: Tok | None = None
    op_kind: str | None = None  # the first operator of this list
    mixed: list[Tok] = field(default_factory=list)  # operators that switch kind
    juxtaposed: list[int] = field(default_factory=list)  # operand starts without operator
    dangling: list[Tok] = field(default_factory=list)  # operators without operand
    nested: list[_Nest] = field(default_factory=list)


def _as_rewrite(child) -> Rewrite:
    # Keto's AsRewrite: a rewrite stays itself, anything else gets wrapped
    if isinstance(child, Rewrite):
        return child
    return Rewrite("or", [child], child.start, child.end)


_OPS = {"AND": "and", "OR": "or"}


class Builder:
    """Reduction handlers; ``handlers()`` maps grammar rule names to them."""

    def __init__(self, text: str, tokens: list[Tok]):
        self.text = text
        self.tokens = tokens
        self.diagnostics: list[Diagnostic] = []

    def handlers(self) -> dict:
        h = {
            "start": self.start, "junk": self.junk,
            "class_decl": self.class_decl, "class_decl_bad_header": self.class_decl_bad_header,
            "class_item": self.class_item, "related_block": self.related_block,
            "relation_array": self.relation_array, "relation_subject_set": self.relation_subject_set,
            "relation_union": self.relation_union, "relation_simple": self.relation_simple,
            "relation_bad": self.relation_bad, "subject_set": self.subject_set,
            "permits_block": self.permits_block, "permits_cut": self.permits_cut,
            "permit_c": self.permit_c, "permit_c_bad": self.none, "permit_b": self.permit_b,
            "permit_abort": self.permit_abort, "permit_head": self.permit_head,
            "permit_head_bad": self.permit_head_bad,
            "op": self.first, "group": self.group, "not_group": self.not_group,
            "not_atom": self.not_atom, "group_open": self.group_open, "not_empty": self.not_empty,
            "not_group_open": self.not_group_open,
            "agrp": self.abort, "cgrp": self.abort,
            "includes": self.includes, "permits_call": self.permits_call,
            "traverse": self.traverse, "never": self.expr_error, "atom_bad": self.expr_error,
            "lambda_related": self.lambda_related, "lambda_permits": self.lambda_permits,
        }
        for ctx in ("t", "p"):
            h[f"seqa_{ctx}"] = self.seq_item
            h[f"seqg_{ctx}"] = self.seq_item
            h[f"seqo_{ctx}"] = self.seq_item
            h[f"abort_{ctx}"] = self.abort
            h[f"cut_{ctx}"] = self.abort
        return h

    # ------------------------------------------------------------ generic

    @staticmethod
    def first(a):
        return a[0]

    @staticmethod
    def none(a):
        return None

    # ------------------------------------------------------------ top level

    def start(self, a) -> Module:
        classes = []
        junk = []
        for x in a:
            if isinstance(x, ClassDecl):
                classes.append(x)
            elif isinstance(x, Tok):
                junk.append((x.start, x.end))
        return Module(classes, junk)

    def junk(self, a):
        return a[0]

    def _class(self, cls_tok: Tok, name: Name | None, body_start: int, items: list, end_tok: Tok) -> ClassDecl:
        cls = ClassDecl(name, cls_tok.start, end_tok.end, body_start)
        for item in items:
            if isinstance(item, _BlockVal):
                cls.blocks.append(item.block)
                cls.members.extend(item.members)
        cls.closed = end_tok.type == "RBRACE" and end_tok.end > end_tok.start
        return cls

    def class_decl(self, a):
        # CLASS name IMPLEMENTS NAMESPACE LBRACE item* [permits_cut] RBRACE
        return self._class(a[0], _name(a[1]), a[4].end, a[5:-1], a[-1])

    def class_decl_bad_header(self, a):
        # CLASS [name] ERROR LBRACE item* RBRACE
        name = _name(a[1]) if a[1].type != "ERROR" else None
        lbrace = 3 if name is not None else 2
        return self._class(a[0], name, a[lbrace].end, a[lbrace + 1:-1], a[-1])

    def class_item(self, a):
        x = a[0]
        return x if isinstance(x, _BlockVal) else None

    # ------------------------------------------------------------ related

    def related_block(self, a):
        members = [x for x in a[3:-1] if isinstance(x, RelationDecl)]
        return _BlockVal(Block("related", a[0].start, a[-1].end), members)

    def subject_set(self, a):
        return _SubjectSetVal(a[1], a[3], a[0].start, a[4].end)

    def _type_ref(self, x, ss: _SubjectSetVal | None = None) -> TypeRef:
        if ss is not None:
            return TypeRef(_name(ss.namespace), _name(ss.relation), x.start, ss.end)
        return TypeRef(_name(x), None, x.start, x.end)

    def _members(self, items: list) -> list[TypeRef]:
        # member (PIPE member)*, a member being a token or SUBJECTSET + subject_set
        types = []
        i, n = 0, len(items)
        while i < n:
            x = items[i]
            if isinstance(x, Tok) and x.type == "SUBJECTSET" and i + 1 < n and isinstance(items[i + 1], _SubjectSetVal):
                types.append(self._type_ref(x, items[i + 1]))
                i += 2
            else:
                types.append(self._type_ref(x))
                i += 1
            i += 1  # the `|`
        return types

    def relation_array(self, a):
        # name COLON ARRAY LANGLE members RANGLE
        return RelationDecl(_name(a[0]), self._members(a[4:-1]), a[0].start, a[-1].end, "array")

    def relation_subject_set(self, a):
        # name COLON SUBJECTSET subject_set LSQB RSQB [COMMA]
        end = a[5].end
        return RelationDecl(_name(a[0]), [self._type_ref(a[2], a[3])], a[0].start, end, "subject_set")

    def relation_union(self, a):
        # name COLON LPAR members RPAR LSQB RSQB [COMMA]
        rsqb = len(a) - 2 if a[-1].type == "COMMA" else len(a) - 1
        return RelationDecl(_name(a[0]), self._members(a[3:rsqb - 2]), a[0].start, a[rsqb].end, "union")

    def relation_simple(self, a):
        # name COLON type LSQB RSQB [COMMA]
        return RelationDecl(_name(a[0]), [self._type_ref(a[2])], a[0].start, a[4].end, "simple")

    def relation_bad(self, a):
        if len(a) == 2:
            return RelationDecl(_name(a[0]), [], a[0].start, a[1].end, "error")
        return None

    # ------------------------------------------------------------ permits

    def permits_block(self, a):
        # PERMITS ASSIGN LBRACE permit* (RBRACE | permit_b RBRACE | permit_abort)
        members = [x for x in a[3:] if isinstance(x, PermitDecl)]
        last = a[-1]
        closed = isinstance(last, Tok) and last.type == "RBRACE"
        end = last.end
        return _BlockVal(Block("permits", a[0].start, end, closed), members)

    def permits_cut(self, a):
        # PERMITS ASSIGN LBRACE permit_c* permit_head cut_t: the `}` that
        # follows closes the class.
        members = [x for x in a[3:-2] if isinstance(x, PermitDecl)]
        head: _Head = a[-2]
        members.append(self._dropped(head, a[-1], cut=True))
        return _BlockVal(Block("permits", a[0].start, a[-1].end if a[-1] else head.head_end, False), members)

    def permit_head(self, a):
        # name COLON LPAR CTX [COLON CONTEXT] RPAR [COLON BOOLEAN] ARROW
        return _Head(_name(a[0]), a[0].start, a[-1].end, annotated=len(a) > 6)

    def permit_head_bad(self, a):
        return _Head(_name(a[0]), a[0].start, a[1].end, bad=True)

    def _permit(self, head: _Head, seq: _Seq, end: int) -> PermitDecl:
        body = self._close(seq)
        self._check_nesting(seq)
        permit = PermitDecl(head.name, simplify(body), head.start, end, head.head_end,
                            annotated=head.annotated)
        return permit

    def permit_c(self, a):
        head, seq, comma = a
        return self._permit(head, seq, seq.end)

    def permit_b(self, a):
        head, seq = a
        return self._permit(head, seq, seq.end)

    def permit_abort(self, a):
        head, abort = a
        return self._dropped(head, abort)

    def _dropped(self, head: _Head, abort, cut: bool = False) -> PermitDecl:
        end = abort.end if abort is not None else head.head_end
        permit = PermitDecl(head.name, None, head.start, end, head.head_end, dropped=not head.bad,
                            annotated=head.annotated)
        permit.dropped_atoms = abort.atoms if abort is not None else []
        if head.bad:
            return permit
        if cut:
            why = ("its body is empty, so Keto ends the permits block here, and the `}` "
                   "that follows ends the whole class: anything after it in this class is ignored")
        else:
            why = ("its body is empty (or starts with an operator), so Keto ends the "
                   "permits block here; what follows is read as class body")
        self.diagnostics.append(Diagnostic(
            head.name.start, head.name.end, codes.DROPPED_PERMIT,
            f'Keto drops the permit "{head.name.text}": {why}', Severity.WARNING,
            tags=("unnecessary",)))
        return permit

    def abort(self, a):
        parts = [x for x in a if x is not None]
        if not parts:
            return None
        atoms = []
        for x in parts:
            if isinstance(x, _Seq):
                atoms.extend(n for n in iter_expr(x.root) if isinstance(n, (Computed, TupleToSubjectSet)))
            elif isinstance(x, _Abort):
                atoms.extend(x.atoms)
        return _Abort(parts[0].start, parts[-1].end, atoms)

    # ------------------------------------------------------------ expressions

    def seq_item(self, a):
        if len(a) == 1:
            child = a[0]
            seq = _Seq(_as_rewrite(child), child.start, child.end)
            self._note_nesting(seq, child)
            return seq
        seq, x = a
        if isinstance(x, Tok):  # an operator: Keto wraps the root
            kind = _OPS[x.type]
            if seq.after_op:
                seq.dangling.append(x)
            if seq.op_kind is None:
                seq.op_kind = kind
            elif seq.last_op is not None and _OPS[seq.last_op.type] != kind:
                seq.mixed.append(x)
            seq.root = Rewrite(kind, [seq.root], seq.root.start, x.end)
            seq.after_op = True
            seq.last_op = x
            seq.end = x.end
            return seq
        # an operand: appended to the current root, operator or not
        if not seq.after_op:
            seq.juxtaposed.append(x.start)
        seq.root.children.append(x)
        seq.root.end = x.end
        seq.after_op = False
        seq.end = x.end
        self._note_nesting(seq, x)
        return seq

    def _note_nesting(self, seq: _Seq, child) -> None:
        nest = getattr(child, "nest", None)
        if nest is not None:
            seq.nested.append(nest)
            child.nest = None

    def _close(self, seq: _Seq) -> Rewrite:
        """End of an expression list: lint it and return Keto's root."""
        if seq.after_op and seq.last_op is not None:
            seq.dangling.append(seq.last_op)
        for op in seq.dangling:
            self.diagnostics.append(Diagnostic(
                op.start, op.end, codes.TRAILING_OPERATOR,
                f"`{op.value}` has no operand after it; Keto accepts it and ignores it",
                Severity.WARNING, tags=("unnecessary",),
                fixes=[Fix(f"Remove `{op.value}`", (TextEdit(op.start, op.end, ""),))]))
        for start in seq.juxtaposed:
            self.diagnostics.append(Diagnostic(
                start, start + 1 if start < len(self.text) else start, codes.JUXTAPOSED_EXPRESSIONS,
                "two expressions with no operator between them: Keto adds this one to the "
                "surrounding operation (so after a single operand it is OR-ed); write `||` or `&&`",
                Severity.WARNING,
                fixes=[Fix("Insert `||`", (TextEdit(start, start, "|| "),))]))
        if seq.mixed:
            self._mixed_operators(seq)
        return seq.root

    def _mixed_operators(self, seq: _Seq) -> None:
        first = seq.mixed[0]
        text = self.text[seq.start:seq.end]
        keto = "(" * len(seq.mixed)
        edits = [TextEdit(seq.start, seq.start, keto)]
        for op in seq.mixed:
            # close the group right after the operand before the operator
            before = _token_before(self.tokens, op)
            at = before.end if before is not None else op.start
            edits.append(TextEdit(at, at, ")"))
        # render Keto's reading and TypeScript's for the message (short texts only)
        reading = ""
        if len(text) <= 200 and "\n" not in text.strip():
            reading = f": Keto reads `{_apply_edits(self.text, edits, seq.start, seq.end)}`"
        self.diagnostics.append(Diagnostic(
            first.start, first.end, codes.MIXED_OPERATORS,
            "`&&` and `||` mixed without parentheses. Keto gives them equal precedence and "
            "reads them left to right (TypeScript would bind `&&` tighter)" + reading,
            Severity.WARNING,
            fixes=[Fix("Add parentheses to make Keto's reading explicit", tuple(edits), preferred=True)]))

    def _check_nesting(self, seq: _Seq) -> None:
        limit = limits.EXPRESSION_NESTING_MAX_DEPTH
        height = max((n.height for n in seq.nested), default=0)
        if height < limit:
            return
        # Keto reports the first place, in source order, where the depth left
        # runs out; it is inside the first nesting deep enough.
        remaining = limit
        nests = seq.nested
        while True:
            for nest in nests:
                if nest.height >= remaining:
                    break
            else:  # pragma: no cover - height says one is deep enough
                return
            remaining -= nest.cost
            if remaining <= 0:
                offset = nest.first
                break
            nests = nest.inner
        tok = _token_at(self.tokens, offset)
        start, end = (tok.start, tok.end) if tok else (offset, offset)
        self.diagnostics.append(Diagnostic(
            start, end, codes.NESTING_TOO_DEEP,
            f"expression nested too deeply; maximal nesting depth is {limit}",
            Severity.ERROR, syntax=True))

    def _group_nest(self, lpar: Tok, seq: _Seq | None, cost_bang: bool) -> _Nest:
        inner = seq.nested if seq is not None else []
        inner_height = max((n.height for n in inner), default=0)
        after_lpar = _next_token_start(self.tokens, lpar)
        nest = _Nest(1, after_lpar, 1 + inner_height, inner)
        if cost_bang:
            # `!(`: the `!` costs one (reported at the `(`), the group another
            nest = _Nest(1, lpar.start, 2 + inner_height, [nest])
        return nest

    def group(self, a):
        lpar, seq, rpar = a
        rw = self._close(seq)
        rw.parens = (lpar.start, rpar.end)
        rw.start, rw.end = lpar.start, rpar.end
        rw.nest = self._group_nest(lpar, seq, False)
        return rw

    def _unclosed(self, lpar: Tok) -> None:
        self.diagnostics.append(Diagnostic(
            lpar.start, lpar.end, codes.UNCLOSED_GROUP,
            "this `(` is never closed: Keto accepts it because the `}` that follows ends the "
            "permit, but write the `)`", Severity.WARNING))

    def group_open(self, a):
        lpar, seq = a
        self._unclosed(lpar)
        rw = self._close(seq)
        rw.parens = (lpar.start, seq.end)
        rw.start, rw.end = lpar.start, seq.end
        rw.nest = self._group_nest(lpar, seq, False)
        return rw

    def not_group(self, a):
        bang, lpar, seq, rpar = a
        rw = self._close(seq)
        rw.parens = (lpar.start, rpar.end)
        rw.start, rw.end = lpar.start, rpar.end
        inv = Invert(rw, bang.start, rpar.end, bang.end)
        inv.nest = self._group_nest(lpar, seq, True)
        return inv

    def not_group_open(self, a):
        bang, lpar, seq = a
        self._unclosed(lpar)
        rw = self._close(seq)
        rw.parens = (lpar.start, seq.end)
        rw.start, rw.end = lpar.start, seq.end
        inv = Invert(rw, bang.start, seq.end, bang.end)
        inv.nest = self._group_nest(lpar, seq, True)
        return inv

    def not_empty(self, a):
        # NOT LPAR <aborted or cut body>: Keto builds `!` over a nil rewrite
        bang, lpar, abort = a
        end = abort.end if abort is not None else lpar.end
        empty = Rewrite("or", [], lpar.start, end, parens=(lpar.start, end))
        inv = Invert(empty, bang.start, end, bang.end)
        inv.nest = self._group_nest(lpar, None, True)
        self.diagnostics.append(Diagnostic(
            bang.start, end, codes.EMPTY_GROUP,
            "`!` over an empty expression: Keto accepts it, but a check that reaches it fails "
            "(Keto dereferences a missing rewrite)", Severity.WARNING))
        return inv

    def not_atom(self, a):
        bang, atom = a
        inv = Invert(atom, bang.start, atom.end, bang.end)
        inv.nest = _Nest(1, atom.start, 1, [])
        return inv

    # ------------------------------------------------------------ atoms

    def includes(self, a):
        # THIS DOT RELATED prop(2|3) DOT INCLUDES LPAR CTX DOT SUBJECT RPAR
        return Computed(_name(a[4]), "related", a[0].start, a[-1].end)

    def permits_call(self, a):
        # THIS DOT PERMITS prop(2|3) LPAR CTX RPAR
        return Computed(_name(a[4]), "permits", a[0].start, a[-1].end)

    def traverse(self, a):
        # THIS DOT RELATED prop(2|3) DOT TRAVERSE LPAR lambda...
        lam = a[9:] if a[3].type == "LSQB" else a[8:]
        param = lam[1] if lam[0].type == "LPAR" and len(lam) == 7 else lam[0]
        body: _LambdaBody = lam[-1]
        return TupleToSubjectSet(_name(a[4]), _name(body.name), body.via, _name(param), a[0].start, body.end)

    def lambda_related(self, a):
        return _LambdaBody("related", a[2], a[-1].end)

    def lambda_permits(self, a):
        return _LambdaBody("permits", a[2], a[-1].end)

    def expr_error(self, a):
        return ExprError(a[0].start, a[-1].end)


def _token_at(tokens: list[Tok], offset: int) -> Tok | None:
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return tokens[lo] if lo < len(tokens) and tokens[lo].start == offset else None


def _token_before(tokens: list[Tok], tok: Tok) -> Tok | None:
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < tok.start:
            lo = mid + 1
        else:
            hi = mid
    return tokens[lo - 1] if lo > 0 else None


def _next_token_start(tokens: list[Tok], tok: Tok) -> int:
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start <= tok.start:
            lo = mid + 1
        else:
            hi = mid
    return tokens[lo].start if lo < len(tokens) else tok.end


def _apply_edits(text: str, edits: list[TextEdit], start: int, end: int) -> str:
    out = []
    pos = start
    for e in sorted(edits, key=lambda e: e.start):
        out.append(text[pos:e.start])
        out.append(e.new_text)
        pos = e.end
    out.append(text[pos:end])
    return " ".join("".join(out).split())


def simplify(root: Rewrite) -> Rewrite:
    """Keto's simplifyExpression (newest): every nested rewrite is simplified;
    a child rewrite with the parent's operator, or with a single child, is
    replaced by its children; a `!` keeps its operand as it is (after
    simplifying inside it). The top node itself is never unwrapped.

    Iterative, because hostile input nests deeply."""
    # post-order over rewrites, children before parents
    order: list[Rewrite] = []
    stack: list = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if isinstance(node, Invert):
            stack.append(node.child)
            continue
        if not isinstance(node, Rewrite) or id(node) in seen:
            continue
        seen.add(id(node))
        order.append(node)
        stack.extend(node.children)
    for node in reversed(order):
        new_children = []
        for child in node.children:
            if isinstance(child, Rewrite) and (child.op == node.op or len(child.children) == 1):
                new_children.extend(child.children)
            else:
                new_children.append(child)
        node.children = new_children
    return root
