"""Parses OPL: Keto's language, Keto's first error, and recovery beyond it.

The LALR(1) tables come from lark (grammar.py, opl.lark). This module runs
them over our own tokens: a loop of a few lines that calls the tree builder on
each reduction (measured 2-3x faster than lark's generic loop with its token
objects; see docs/performance.md) and that recovers from errors:

* a missing closer or separator is inserted when that lets the parser go on
  (`)`, `]`, `>`, `,`, `.`);
* otherwise, yacc style: states are popped until one can shift the ERROR
  token, ERROR is shifted, and input is skipped until a token fits;
* at the end of input (or at a `class` inside a class) the open constructs
  are closed so that a partial tree comes out.

Errors within three tokens of the previous one are not reported (cascades).
The first error's message is Keto's (keto_messages.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import codes, limits
from ..diagnostics import Diagnostic, Related, Severity, SourceText
from .ast import Module
from .build import Builder, Splice
from .grammar import load_tables
from .keto_messages import go_quote, is_wildcard, keto_message
from .lexer import Comment, Tok, lex, lexerr_value
from .value_checks import apply_value_checks, property_access_ok

__all__ = ["ParseResult", "parse"]


@dataclass(slots=True)
class ParseResult:
    module: Module
    tokens: list[Tok]
    comments: list[Comment]
    # syntax errors (Keto refuses the file) and parse-level lints
    diagnostics: list[Diagnostic]
    source: SourceText

    @property
    def syntax_ok(self) -> bool:
        return not any(d.syntax for d in self.diagnostics)


_INSERTABLE = ("RPAR", "RSQB", "RANGLE", "COMMA", "DOT")
_CLOSERS = ("RPAR", "RSQB", "RANGLE", "RBRACE", "LBRACE")


def parse(text: str) -> ParseResult:
    from ..gc_pause import paused

    with paused():
        return _parse(text)


def _parse(text: str) -> ParseResult:
    source = SourceText(text)
    lexed = lex(text)
    tokens = lexed.tokens
    ref_at_end = apply_value_checks(tokens)
    run = _Run(text, tokens)
    run.ref_at_end = ref_at_end
    module = run.parse()
    diags = run.diagnostics + run.builder.diagnostics
    # Keto reports the error it meets first; ours are sorted the same way, so
    # that the first syntax error is Keto's
    order = run.order
    diags.sort(key=lambda d: (not d.syntax, order.get(id(d), d.start)))
    source.resolve(diags)
    return ParseResult(module, tokens, lexed.comments, diags, source)


class _Run:
    def __init__(self, text: str, tokens: list[Tok]):
        tables = load_tables()
        self.actions = tables.actions
        self.rules = tables.rules
        self.start_state = tables.start
        self.end_state = tables.end
        self.text = text
        self.tokens = tokens
        self.builder = Builder(text, tokens)
        handlers = self.builder.handlers()
        # per rule: (origin, length, handler or None for inlined rules)
        self.rule_fns = [(origin, size, None if origin.startswith("_") else handlers[name])
                         for origin, size, name in tables.rules]
        self.diagnostics: list[Diagnostic] = []
        # where Keto meets each syntax error (its reported range may differ)
        self.order: dict[int, int] = {}
        self.errors = 0
        self.since_error = 3  # tokens shifted since the last error
        self.ref_at_end: str | None = None

    # ------------------------------------------------------------ driver

    def parse(self) -> Module:
        actions = self.actions
        rule_fns = self.rule_fns
        tokens = self.tokens
        n = len(tokens)
        end_offset = len(self.text)
        end_tok = Tok("$END", "", end_offset, end_offset)
        end_state = self.end_state
        states = [self.start_state]
        values: list = []
        self.states, self.values = states, values
        i = 0
        guard = 0
        shifts = 0  # tokens shifted so far (for the cascade rule)
        while True:
            tok = tokens[i] if i < n else end_tok
            act = actions[states[-1]].get(tok.type)
            if act is None:
                guard += 1
                if guard > 20 * (n + 10):  # recovery always progresses; never hang anyway
                    return self._salvage()
                self.since_error += shifts
                shifts = 0
                i = self._recover(tok, i)
                if i < 0:
                    return self._salvage()
                continue
            if act >= 0:
                states.append(act)
                values.append(tok)
                i += 1
                shifts += 1
                continue
            origin, size, fn = rule_fns[-1 - act]
            if fn is None and size == 1:
                # an inlined one-symbol rule (`_name: IDENT | …`): the value
                # stays where it is, only the state changes
                del states[-1]
                states.append(actions[states[-1]][origin])
                continue
            if size:
                args = values[-size:]
                del values[-size:]
                del states[-size:]
            else:
                args = []
            if fn is None:
                value = _inline(args)
            else:
                for x in args:
                    if type(x) is Splice:
                        args = _flatten(args)
                        break
                value = fn(args)
            states.append(actions[states[-1]][origin])
            values.append(value)
            if tok is end_tok and states[-1] == end_state:
                return values[-1]

    def _salvage(self) -> Module:
        # the recovery gave up (it should not): keep what was built
        from .ast import ClassDecl
        classes = []
        for v in self.values:
            if isinstance(v, ClassDecl):
                classes.append(v)
            elif type(v) is Splice:
                classes.extend(x for x in v if isinstance(x, ClassDecl))
        return Module(classes, [])

    # ------------------------------------------------------------ simulation

    def _accepts(self, states: list[int], ttype: str, depth: int | None = None) -> bool:
        """Would the parser, with these states (the first `depth` of them),
        shift a token of this type — or accept the input, for $END? Runs the
        reductions on an overlay, without copying the stack (it can be
        thousands of states deep)."""
        return _Sim(self, states, depth).accepts(ttype)

    def _expected(self) -> set[str]:
        """The terminals the parser can really shift here. (The table row also
        lists look-aheads that LALR merged in from other contexts; those
        would only lead to an error after a reduction.)"""
        row = self.actions[self.states[-1]]
        return {t for t in row if (t.isupper() or t == "$END") and self._accepts(self.states, t)}

    def _feed(self, tok: Tok) -> None:
        """Feed one token through the real stacks (it must be acceptable)."""
        actions = self.actions
        states, values = self.states, self.values
        while True:
            act = actions[states[-1]][tok.type]
            if act >= 0:
                states.append(act)
                values.append(tok)
                return
            origin, size, fn = self.rule_fns[-1 - act]
            if size:
                args = values[-size:]
                del values[-size:]
                del states[-size:]
            else:
                args = []
            if fn is None:
                value = _inline(args)
            else:
                if any(type(x) is Splice for x in args):
                    args = _flatten(args)
                value = fn(args)
            states.append(actions[states[-1]][origin])
            values.append(value)

    # ------------------------------------------------------------ recovery

    def _report(self, tok: Tok, force: bool = False, index: int = -1) -> None:
        if not force and self.since_error < 3:
            return
        if self.errors >= limits.MAX_SYNTAX_ERRORS:
            return
        self.errors += 1
        if tok.type == "LEXERR":
            lexerr_value(tok, self.text)
        expected = self._expected()
        top_level = self._is_top_level()
        related: list[Related] = []
        start, end = tok.start, tok.end
        code = tok.code if tok.type == "LEXERR" else codes.SYNTAX_ERROR
        if tok.type == "LEXERR" and top_level:
            message = f"fatal: {tok.value}"
        elif tok.type in ("LEXERR", "$END") and is_wildcard(expected):
            # Keto takes the error item (or the end of input) as "any token"
            # and its lexer then answers "broken state", at offset 0.
            message = keto_message(self._expected_after_any(), _broken())
            related.append(Related("the input breaks off here (Keto loses its position and "
                                   "reports the start of the file)", tok.start, max(tok.end, tok.start)))
            start = end = 0
        elif tok.type == "CLASS" and "VERB_X" in expected and index >= 0:
            # `this.class…`: Keto reads `class` as the verb, then the property
            # access, and only then rejects the verb
            tokens = self.tokens
            if property_access_ok(tokens, index + 1):
                message = f"expected 'related' or 'permits', got {go_quote(tok.value)}"
            else:
                nxt = index + 1
                if nxt < len(tokens) and tokens[nxt].type == "LSQB":
                    want, at = "]", nxt + 2
                else:
                    want, at = ".", nxt
                bad = tokens[at] if at < len(tokens) else None
                if bad is None:
                    message = f'expected "{want}", got ""'
                    start = end = _end_position(self.text)
                else:
                    message = f'expected "{want}", got {go_quote(bad.value)}'
                    start, end = bad.start, bad.end
        else:
            if tok.type == "$END" and self.ref_at_end is not None and "BAD_VERB" in expected:
                tok.expected = self.ref_at_end  # the lambda body is missing
            message = keto_message(expected, tok)
            if tok.type == "$END":
                # Keto reports the end of input at the character before it
                start = end = _end_position(self.text)
            elif tok.type == "LEXERR" and code == codes.UNEXPECTED_CHARACTER:
                end = start + 1
        diag = Diagnostic(start, end, code, message, Severity.ERROR, syntax=True, related=related)
        self.diagnostics.append(diag)
        self.order[id(diag)] = tok.start

    def _is_top_level(self) -> bool:
        # at top level a `class` starts a class right on the outermost
        # stack; in a wildcard place inside a class it is just a token
        sim = _Sim(self, self.states)
        return sim.shift("CLASS") and sim.height() <= 3

    def _expected_after_any(self) -> set[str]:
        for probe in ("VERB_X", "IDENT"):
            sim = _Sim(self, self.states)
            if sim.shift(probe):
                row = self.actions[sim.top()]
                return {t for t in row if (t.isupper() or t == "$END") and _Sim(sim.run, sim.snapshot()).accepts(t)}
        return set()

    def _recover(self, tok: Tok, i: int) -> int:
        """Handle a token the parser cannot take; returns the index of the
        next token to read (or -1 to give up)."""
        lexerr = tok.type == "LEXERR"
        self._report(tok, force=lexerr, index=i)
        self.since_error = 0
        if lexerr:
            return i + 1  # Keto would stop; we drop the bad character
        if tok.type == "$END" or tok.type == "CLASS":
            return i if self._close_until(tok.type) else -1
        # a missing closer or separator?
        for cand in _INSERTABLE:
            if self._accepts(self.states, cand):
                if self._accepts_after(self.states, cand, tok.type):
                    self._feed(Tok(cand, "", tok.start, tok.start))
                    return i
        if tok.type in ("RELATED", "PERMITS") and self._accepts(self.states, "RBRACE"):
            if self._accepts_after(self.states, "RBRACE", tok.type):
                self._feed(Tok("RBRACE", "", tok.start, tok.start))
                return i
        # yacc-style: pop to a state that takes ERROR, then skip input
        return self._error_token(tok, i)

    def _accepts_after(self, states: list[int], first: str, then: str) -> bool:
        sim = _Sim(self, states)
        return sim.shift(first) and sim.accepts(then)

    def _error_token(self, tok: Tok, i: int) -> int:
        states = self.states
        depth = len(states)
        while depth > 1 and not self._accepts(states, "ERROR", depth):
            depth -= 1
        if depth <= 1 or not self._accepts(states, "ERROR", depth):
            return i + 1  # nothing takes an error here: drop the token
        start = tok.start
        popped = self.values[depth - 1:]
        for v in popped:
            s = getattr(v, "start", None)
            if isinstance(s, int):
                start = min(start, s)
                break
        del self.states[depth:]
        del self.values[depth - 1:]
        err = Tok("ERROR", "", start, tok.end)
        self._feed(err)
        # skip input until something fits
        tokens = self.tokens
        n = len(tokens)
        j = i
        while j < n:
            t = tokens[j]
            if t.type == "LEXERR":
                self._report(t, force=True)
                j += 1
                continue
            if t.type == "CLASS" or self._accepts(self.states, t.type):
                break
            err.end = t.end
            j += 1
        return j

    def _close_until(self, ttype: str) -> bool:
        """Close open constructs until `ttype` ($END or CLASS) fits: a half
        written piece becomes ERROR (yacc style), then closers are inserted."""
        last_error_depth = -1
        for _ in range(4 * len(self.states) + 40):
            if self._accepts(self.states, ttype):
                return True
            row = self.actions[self.states[-1]]
            if "BAD_REF" in row or "VERB_X" in row:
                # a wildcard slot (Keto takes any token here): give up the piece
                if not self._pop_to_error():
                    return False
                continue
            for cand in _CLOSERS:
                if self._accepts(self.states, cand):
                    pos = len(self.text)
                    self._feed(Tok(cand, "", pos, pos))
                    break
            else:
                if self._accepts(self.states, "ERROR") and last_error_depth != len(self.states):
                    last_error_depth = len(self.states)
                    pos = len(self.text)
                    self._feed(Tok("ERROR", "", pos, pos))
                elif len(self.states) > 1:
                    self.states.pop()
                    self.values.pop()
                else:
                    return False
        return self._accepts(self.states, ttype)

    def _pop_to_error(self) -> bool:
        states = self.states
        depth = len(states) - 1
        while depth > 1 and not self._accepts(states, "ERROR", depth):
            depth -= 1
        if depth <= 1:
            return False
        start = len(self.text)
        for v in self.values[depth - 1:]:
            s = getattr(v, "start", None)
            if isinstance(s, int):
                start = s
                break
        del self.states[depth:]
        del self.values[depth - 1:]
        self._feed(Tok("ERROR", "", start, len(self.text)))
        return True


class _Sim:
    """A copy-on-write view of the parser's state stack for look-ahead: the
    shared part is never copied, pushed states live in an overlay."""

    __slots__ = ("run", "states", "base", "extra")

    def __init__(self, run: "_Run", states: list[int], depth: int | None = None):
        self.run = run
        self.states = states
        self.base = len(states) if depth is None else depth
        self.extra: list[int] = []

    def top(self) -> int:
        return self.extra[-1] if self.extra else self.states[self.base - 1]

    def height(self) -> int:
        return self.base + len(self.extra)

    def snapshot(self) -> list[int]:
        return self.states[:self.base] + self.extra

    def _step(self, ttype: str):
        """One action for ttype: "shift", "accept", "reduced" or None."""
        run = self.run
        act = run.actions[self.top()].get(ttype)
        if act is None:
            return None
        if act >= 0:
            return "shift"
        origin, size, _fn = run.rule_fns[-1 - act]
        if size:
            k = min(size, len(self.extra))
            if k:
                del self.extra[len(self.extra) - k:]
            self.base -= size - k
        self.extra.append(run.actions[self.top()][origin])
        if ttype == "$END" and self.extra[-1] == run.end_state:
            return "accept"
        return "reduced"

    def _limit(self) -> int:
        # a token can trigger a chain of reductions as long as the stack
        return 4 * (self.base + len(self.extra)) + 100

    def accepts(self, ttype: str) -> bool:
        for _ in range(self._limit()):
            step = self._step(ttype)
            if step is None:
                return False
            if step != "reduced":
                return True
        return False

    def shift(self, ttype: str) -> bool:
        for _ in range(self._limit()):
            step = self._step(ttype)
            if step is None:
                return False
            if step == "shift":
                self.extra.append(self.run.actions[self.top()][ttype])
                return True
            if step == "accept":
                return True
        return False


def _broken() -> Tok:
    return Tok("LEXERR", "broken state", 0, 0)


def _end_position(text: str) -> int:
    """Where Keto reports an error at the end of input. Its position code
    counts the input's bytes down one per character, so it stops on the
    character before the end (the end of the last line when the file ends
    with a newline) — or, after multi-byte characters, later: we follow it."""
    budget = len(text.encode("utf-8", "surrogatepass"))
    line = 0
    for ch in text:
        budget -= 1
        if budget <= 0:
            break
        if ch == "\n":
            line += 1
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    if line + 1 < len(starts):
        return starts[line + 1] - 1  # the end of that line
    return len(text)


def _inline(args: list):
    if len(args) == 1:
        return args[0]
    first = args[0] if args else None
    if type(first) is Splice:
        out = first
        rest = args[1:]
    else:
        out = Splice()
        rest = args
    for a in rest:
        if type(a) is Splice:
            out.extend(a)
        else:
            out.append(a)
    return out


def _flatten(args: list) -> list:
    out = []
    for a in args:
        if type(a) is Splice:
            out.extend(a)
        else:
            out.append(a)
    return out
