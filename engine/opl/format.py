"""The canonical OPL layout: 2-space indentation as in Keto's examples, one
relation or permit per line, long permit bodies broken after their
operators. Every comment is kept; only whitespace and the optional
separators between relations change, so the meaning cannot change — and the
result is re-parsed and compared with the input before it is returned.

Files with syntax errors, or with a permit Keto drops (whose surroundings
Keto reads oddly), are refused.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from .. import codes
from .analyze import analyze
from .ast import ClassDecl, Module, PermitDecl, RelationDecl
from .lexer import Comment, Tok
from .parser import parse

__all__ = ["format_text", "FormatError"]

WIDTH = 100
INDENT = "  "


class FormatError(ValueError):
    """The file cannot be formatted; `line` is 0-based."""

    def __init__(self, message: str, line: int = 0):
        super().__init__(message)
        self.line = line


# separators between two tokens
NONE, SPACE = 0, 1


@dataclass(slots=True)
class _Break:
    indent: int
    blank: bool = False


_NO_SPACE_BEFORE = {"DOT", "RPAR", "RSQB", "COMMA", "COLON", "SEMI", "RANGLE"}
_NO_SPACE_AFTER = {"DOT", "LPAR", "LSQB", "NOT", "LANGLE"}
_CALLABLE = {"IDENT", "STRING", "INCLUDES", "TRAVERSE", "PERMITS", "RELATED", "SUBJECT", "CTX",
             "NAMESPACE", "ARRAY", "SUBJECTSET", "CONTEXT", "BOOLEAN", "THIS", "BAD_VERB", "VERB_X",
             "BAD_REF", "RSQB"}


def _space(a: Tok, b: Tok) -> int:
    if b.type in _NO_SPACE_BEFORE or a.type in _NO_SPACE_AFTER:
        return NONE
    if b.type in ("LPAR", "LSQB", "LANGLE") and a.type in _CALLABLE:
        return NONE  # a call, an index, a generic
    if b.type == "LSQB" and a.type in ("RPAR", "RANGLE"):
        return NONE  # `(A | B)[]`, `SubjectSet<A, "r">[]`
    if a.type == "LBRACE" and b.type == "RBRACE":
        return NONE  # `{}`
    return SPACE


def format_text(text: str) -> str:
    analysis = analyze(text)
    errors = [d for d in analysis.parsed.diagnostics if d.syntax]
    if errors:
        first = errors[0]
        raise FormatError(f"cannot format a file with syntax errors: {first.message}", first.range.start.line)
    dropped = [d for d in analysis.diagnostics if d.code == codes.DROPPED_PERMIT]
    if dropped:
        raise FormatError("cannot format: Keto drops a permit here (fix the warning first)",
                          dropped[0].range.start.line)
    out = _Printer(text, analysis.module, analysis.tokens, analysis.comments).run()
    _verify(text, out)
    return out


class _Printer:
    def __init__(self, text: str, module: Module, tokens: list[Tok], comments: list[Comment]):
        self.text = text
        self.module = module
        self.tokens = tokens
        self.comments = comments
        self.starts = [t.start for t in tokens]
        # breaks[i]: the layout before token i (default: a space or nothing)
        self.breaks: dict[int, _Break] = {}
        self.drop: set[int] = set()  # separators we leave out
        self.lines_before = self._blank_lines()

    # ------------------------------------------------------------ planning

    def _tok(self, offset: int) -> int:
        """Index of the token starting at or after offset."""
        return bisect_left(self.starts, offset)

    def _last(self, end: int) -> int:
        """Index of the last token ending at or before end."""
        return bisect_left(self.starts, end) - 1

    def _blank_lines(self) -> list[bool]:
        """Was there a blank line (or more) before token i in the input?"""
        out = []
        prev_end = 0
        text = self.text
        for t in self.tokens:
            gap = text[prev_end:t.start]
            out.append(gap.count("\n") >= 2 and _blank_in(gap))
            prev_end = t.end
        return out

    def _brk(self, i: int, indent: int, keep_blank: bool = False, blank: bool = False) -> None:
        if 0 <= i < len(self.tokens):
            self.breaks[i] = _Break(indent, blank or (keep_blank and self.lines_before[i]))

    def plan(self) -> None:
        first_class = True
        for cls in self.module.classes:
            i = self._tok(cls.start)
            if i > 0:
                self._brk(i, 0, blank=True)
            elif not first_class:
                self._brk(i, 0, blank=True)
            first_class = False
            self._class(cls)
        # top-level text after the last class, or between classes
        for start, _end in self.module.junk:
            i = self._tok(start)
            if i > 0 and not self._in_junk(i - 1):
                self._brk(i, 0, blank=True)
            elif i > 0 and self._line_break_before(i):
                self._brk(i, 0, keep_blank=True)

    def _in_junk(self, i: int) -> bool:
        t = self.tokens[i]
        return (t.start, t.end) in self._junk_set

    def _line_break_before(self, i: int) -> bool:
        prev = self.tokens[i - 1]
        return "\n" in self.text[prev.end:self.tokens[i].start]

    def _class(self, cls: ClassDecl) -> None:
        lbrace = self._tok(cls.body_start) - 1
        rbrace = self._last(cls.end)
        if not cls.blocks and rbrace == lbrace + 1 and not self._comments_between(lbrace, rbrace):
            return  # `class User implements Namespace {}`
        first = True
        for block in cls.blocks:
            i = self._tok(block.start)
            self._brk(i, 1, blank=not first)
            first = False
            self._block(cls, block)
        # stray `;` in the class body
        for j in range(lbrace + 1, rbrace):
            if self.tokens[j].type == "SEMI" and j not in self.breaks and self._outside_blocks(cls, j):
                self.drop.add(j)
        self._brk(rbrace, 0)

    def _outside_blocks(self, cls: ClassDecl, j: int) -> bool:
        s = self.tokens[j].start
        return not any(b.start <= s < b.end for b in cls.blocks)

    def _block(self, cls: ClassDecl, block) -> None:
        open_i = self._tok(block.start)
        while open_i < len(self.tokens) and self.tokens[open_i].type != "LBRACE":
            open_i += 1
        close_i = self._last(block.end)
        members = [m for m in cls.members if block.start <= m.start < block.end]
        first = True
        for m in members:
            i = self._tok(m.start)
            self._brk(i, 2, keep_blank=not first)
            first = False
            if isinstance(m, PermitDecl):
                self._permit(m)
            else:
                self._relation(m)
        if members or self._comments_between(open_i, close_i):
            self._brk(close_i, 1)
        # separators between relations (`;` and the `,` after `[]`)
        if block.kind == "related":
            for j in range(open_i + 1, close_i):
                if self.tokens[j].type == "SEMI" or (self.tokens[j].type == "COMMA" and
                                                     self.tokens[j - 1].type == "RSQB"):
                    self.drop.add(j)

    def _relation(self, m: RelationDecl) -> None:
        pass  # one line, default spacing

    def _permit(self, m: PermitDecl) -> None:
        head_last = self._last(m.head_end)
        body_first = head_last + 1
        body_last = self._last(m.end)
        # the comma after the body stays on the body's last line
        width = self._flat_width(self._tok(m.start), body_last + 1) + 2 * len(INDENT)
        has_comments = self._comments_between(body_first - 1, body_last + 1)
        if width <= WIDTH and not has_comments:
            return
        self._brk(body_first, 3)
        self._split(body_first, body_last, 3)

    def _split(self, first: int, last: int, indent: int) -> None:
        """Break an expression (tokens first..last) after its top-level
        operators; groups that still do not fit are opened up."""
        toks = self.tokens
        depth = 0
        operand_start = first
        for j in range(first, last + 1):
            t = toks[j].type
            if t == "LPAR":
                depth += 1
            elif t == "RPAR":
                depth -= 1
            elif t in ("AND", "OR") and depth == 0:
                self._operand(operand_start, j - 1, indent)
                if j + 1 <= last:
                    self._brk(j + 1, indent)
                operand_start = j + 1
        self._operand(operand_start, last, indent)

    def _operand(self, first: int, last: int, indent: int) -> None:
        if first > last:
            return
        toks = self.tokens
        width = self._flat_width(first, last + 1) + indent * len(INDENT)
        comments = self._comments_between(first, last)
        if width <= WIDTH and not comments:
            return
        # `( … )` or `!( … )` spanning the operand: open it up
        lpar = first + 1 if toks[first].type == "NOT" else first
        if toks[lpar].type == "LPAR" and toks[last].type == "RPAR" and self._matching(lpar) == last:
            self._brk(lpar + 1, indent + 1)
            self._split(lpar + 1, last - 1, indent + 1)
            self._brk(last, indent)

    def _matching(self, i: int) -> int:
        depth = 0
        for j in range(i, len(self.tokens)):
            t = self.tokens[j].type
            if t == "LPAR":
                depth += 1
            elif t == "RPAR":
                depth -= 1
                if depth == 0:
                    return j
        return -1

    def _flat_width(self, first: int, end: int) -> int:
        toks = self.tokens
        w = 0
        for j in range(first, min(end, len(toks))):
            if j in self.drop:
                continue
            w += len(self.text[toks[j].start:toks[j].end])
            if j > first and _space(toks[j - 1], toks[j]) == SPACE:
                w += 1
        return w

    def _comments_between(self, i: int, j: int) -> bool:
        """Any comment between token i and token j (exclusive)?"""
        if i < 0 or j >= len(self.tokens) or j <= i:
            return False
        a, b = self.tokens[i].end, self.tokens[j].start
        k = bisect_left(self._comment_starts, a)
        return k < len(self._comment_starts) and self._comment_starts[k] < b

    # ------------------------------------------------------------ printing

    def run(self) -> str:
        self._comment_starts = [c.start for c in self.comments]
        self._junk_set = set(self.module.junk)
        self.plan()
        text = self.text
        toks = self.tokens
        out: list[str] = []
        comments = self.comments
        ci = 0
        indent = 0  # the indentation of the current line
        at_line_start = True

        def newline(level: int, blank: bool = False):
            nonlocal at_line_start, indent
            while out and out[-1] in (" ",):
                out.pop()
            if out:
                out.append("\n\n" if blank else "\n")
            indent = level
            out.append(INDENT * level)
            at_line_start = True

        prev_end = 0
        prev_tok: Tok | None = None
        for i, tok in enumerate(toks):
            brk = self.breaks.get(i)
            # comments in the gap before this token
            while ci < len(comments) and comments[ci].start < tok.start:
                c = comments[ci]
                ci += 1
                body = text[c.start:c.end].rstrip()
                same_line = prev_tok is not None and "\n" not in text[prev_end:c.start]
                if same_line:
                    out.append(" " + body)
                else:
                    lvl = brk.indent if brk is not None else indent + (0 if prev_tok is None else 1)
                    if brk is not None and tok.type == "RBRACE":
                        lvl += 1  # a comment before a closing brace belongs inside
                    blank_before = (prev_tok is not None or ci > 1) and _blank_in(text[prev_end:c.start])
                    if prev_tok is None and not out:
                        out.append(INDENT * lvl)
                    else:
                        newline(lvl, blank_before)
                    out.append(body)
                    at_line_start = False
                prev_end = c.end
                if ci >= len(comments) or comments[ci].start > tok.start:
                    # after the last comment of the gap
                    if not c.block or "\n" in text[c.end:tok.start] or _ends_line(text, c.end):
                        # a line comment ends its line: the token starts a new one
                        if brk is None:
                            brk = _Break(indent + (1 if prev_tok is not None else 0))
                        brk = _Break(brk.indent, brk.blank or _blank_in(text[c.end:tok.start]))
            if i in self.drop:
                prev_tok, prev_end = tok, tok.end
                continue
            if brk is not None and (out or prev_tok is not None):
                newline(brk.indent, brk.blank)
            elif prev_tok is not None and not at_line_start:
                if _space(prev_tok, tok) == SPACE or out[-1].startswith(" //") or out[-1].startswith(" /*"):
                    out.append(" ")
            out.append(text[tok.start:tok.end])
            at_line_start = False
            prev_tok, prev_end = tok, tok.end
        while ci < len(comments):
            c = comments[ci]
            ci += 1
            body = text[c.start:c.end].rstrip()
            if prev_tok is not None and "\n" not in text[prev_end:c.start]:
                out.append(" " + body)
            else:
                if out:
                    newline(0, _blank_in(text[prev_end:c.start]))
                out.append(body)
            prev_end = c.end
        result = "".join(out)
        result = "\n".join(line.rstrip() for line in result.split("\n"))
        return result.strip("\n") + "\n" if result.strip() else ""


def _blank_in(gap: str) -> bool:
    lines = gap.split("\n")
    return any(not ln.strip() for ln in lines[1:-1])


def _ends_line(text: str, offset: int) -> bool:
    j = offset
    while j < len(text) and text[j] in " \t\r":
        j += 1
    return j >= len(text) or text[j] == "\n"


def _shape(text: str):
    """What formatting must not change: the tree (without positions) and the
    comments."""
    result = parse(text)
    return _strip(result.module), [text[c.start:c.end].rstrip() for c in result.comments]


def _strip(node):
    from dataclasses import fields, is_dataclass
    if isinstance(node, list):
        return [_strip(x) for x in node]
    if isinstance(node, tuple):
        return tuple(_strip(x) for x in node)
    if is_dataclass(node):
        out = [type(node).__name__]
        for f in fields(node):
            if f.name in ("start", "end", "body_start", "head_end", "parens", "nest", "bang_end", "junk",
                          "blocks", "closed", "dropped_atoms"):
                continue
            out.append((f.name, _strip(getattr(node, f.name))))
        return tuple(out)
    return node


def _verify(before: str, after: str) -> None:
    a, b = _shape(before), _shape(after)
    if a != b:
        raise FormatError("internal error: formatting would change the file's meaning; left unchanged")
