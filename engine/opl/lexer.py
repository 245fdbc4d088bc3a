"""Tokenizes OPL exactly as Ory Keto's lexer does, but without stopping.

Keto stops at the first lexical error. We put a LEXERR token in the stream
where Keto's lexer would have handed its parser an error item (its value is
Keto's text for it, e.g. `at "@x": unexpected token @`) and carry on, so that
the parser reports it with the message Keto's parser prints in that place, and
later errors too. The token types are the terminals declared in ``opl.lark``.

Words Keto treats as identifiers but its parser compares by value
(``related``, ``Namespace``, ``includes`` …) get their own token types here
("soft keywords"); the grammar accepts them wherever a name is allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import codes

__all__ = ["Tok", "Comment", "LexResult", "lex", "KETO_KEYWORDS", "SOFT_KEYWORDS"]


class Tok:
    """One token. ``value`` is Keto's item value (a string's content without
    quotes); ``start``/``end`` delimit the whole source text of the token."""

    __slots__ = ("type", "value", "start", "end", "orig_type", "expected", "code", "detail")

    def __init__(self, type: str, value: str, start: int, end: int):
        self.type = type
        self.value = value
        self.start = start
        self.end = end
        # set by the value-check pass when it retypes a token
        self.orig_type = type
        self.expected: str | None = None
        # LEXERR only: the diagnostic code, and (message, offset of the rest
        # of the input) until the value is made (only for reported errors)
        self.code: str | None = None
        self.detail: tuple[str, int] | None = None

    def __repr__(self) -> str:
        return f"Tok({self.type}, {self.value!r}, {self.start}, {self.end})"


@dataclass(slots=True)
class Comment:
    start: int
    end: int
    block: bool  # /* */ rather than //


@dataclass(slots=True)
class LexResult:
    tokens: list[Tok]
    comments: list[Comment]


KETO_KEYWORDS = {"class": "CLASS", "implements": "IMPLEMENTS", "this": "THIS", "ctx": "CTX"}
SOFT_KEYWORDS = {
    "Namespace": "NAMESPACE",
    "related": "RELATED",
    "permits": "PERMITS",
    "Array": "ARRAY",
    "SubjectSet": "SUBJECTSET",
    "Context": "CONTEXT",
    "boolean": "BOOLEAN",
    "includes": "INCLUDES",
    "traverse": "TRAVERSE",
    "subject": "SUBJECT",
}
_WORD_TYPES = {**KETO_KEYWORDS, **SOFT_KEYWORDS}

_PUNCT = {
    ":": "COLON", ".": "DOT", "(": "LPAR", ")": "RPAR", "[": "LSQB", "]": "RSQB",
    "{": "LBRACE", "}": "RBRACE", "<": "LANGLE", ">": "RANGLE", "=": "ASSIGN",
    ",": "COMMA", ";": "SEMI", "|": "PIPE", "!": "NOT",
}
_OPS = {"=>": "ARROW", "||": "OR", "&&": "AND"}

# Order matters and follows Keto: two-rune operators, then comments, then
# one-rune tokens, strings, identifiers. Leading spaces (Keto's set, nothing
# else) are part of the match, so each token costs one match.
_MASTER = re.compile(
    r"""[\t\n\v\f\r ]*(?:"""
    r"""([A-Za-z_][A-Za-z0-9_]*)"""    # 1 identifier
    r"""|(=>|\|\||&&)"""              # 2 operators (before their one-rune prefixes)
    r"""|([:.()\[\]{}<>=,;|!])"""     # 3 one-rune tokens
    r"""|(//[^\n]*)"""                # 4 line comment
    r"""|(/\*)"""                     # 5 block comment start
    r"""|(["'])"""                    # 6 string start
    r"""|\Z)"""                       # only spaces were left
)
_SPACES = re.compile(r"[\t\n\v\f\r ]*")


def lex(text: str) -> LexResult:
    tokens: list[Tok] = []
    comments: list[Comment] = []
    append = tokens.append
    match = _MASTER.match
    words = _WORD_TYPES
    punct = _PUNCT
    n = len(text)
    pos = 0
    while pos < n:
        m = match(text, pos)
        if m is None:
            # Keto: `unexpected token %c` at the offending rune; we skip it.
            pos = _SPACES.match(text, pos).end()
            append(_lexerr(codes.UNEXPECTED_CHARACTER, text, pos, pos + 1, f"unexpected token {text[pos]}", pos))
            pos += 1
            continue
        kind = m.lastindex
        if kind is None:
            break
        end = m.end()
        if kind == 1:
            word = m.group(1)
            append(Tok(words.get(word, "IDENT"), word, end - len(word), end))
        elif kind == 3:
            ch = text[end - 1]
            append(Tok(punct[ch], ch, end - 1, end))
        elif kind == 2:
            op = m.group(2)
            append(Tok(_OPS[op], op, end - 2, end))
        elif kind == 4:
            comments.append(Comment(m.start(4), end, False))
        elif kind == 5:
            start = end - 2
            close = text.find("*/", end)
            if close < 0:
                append(_lexerr(codes.UNCLOSED_COMMENT, text, start, n, "unclosed comment", n))
                comments.append(Comment(start, n, True))
                end = n
            else:
                end = close + 2
                comments.append(Comment(start, end, True))
        else:  # kind == 6, a string
            start = end - 1
            quote = text[start]
            close = text.find(quote, end)
            if close < 0:
                # Keto reports it right after the opening quote. To keep the
                # rest of the file usable we end the string at the line's end.
                append(_lexerr(codes.UNCLOSED_STRING, text, start + 1, n, "unclosed string literal", n))
                eol = text.find("\n", start + 1)
                end = n if eol < 0 else eol
                append(Tok("STRING", text[start + 1:end], start, end))
            else:
                end = close + 1
                append(Tok("STRING", text[start + 1:close], start, end))
        pos = end
    return LexResult(tokens, comments)


# Keto quotes the rest of the input in its lexer messages; a very long rest is
# cut (Keto's own message would be as long as the file).
_REST_LIMIT = 10_000


def _lexerr(code: str, text: str, start: int, end: int, message: str, rest_at: int) -> Tok:
    # Keto's text quotes the rest of the input: made only for the errors that
    # are reported (lexerr_value), or a file of junk would cost quadratic time
    tok = Tok("LEXERR", message, start, end)
    tok.code = code
    tok.detail = (message, rest_at)
    return tok


def lexerr_value(tok: Tok, text: str) -> str:
    """Keto's value of a lexical error item: `at "<rest of input>": <message>`."""
    from .keto_messages import go_quote

    if tok.detail is not None:
        message, rest_at = tok.detail
        tok.value = f"at {go_quote(text[rest_at:rest_at + _REST_LIMIT])}: {message}"
        tok.detail = None
    return tok.value
