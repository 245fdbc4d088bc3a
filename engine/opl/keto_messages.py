"""Keto's syntax error messages, derived from where the LALR parser stopped.

The grammar follows Keto's parser token for token, so the set of terminals the
parser would have accepted at the failing token identifies the place in Keto's
parser that fails there, and so its message (Keto's `match`/`expect` calls
print `expected "<literal>", got "<value>"`; its loops print their own texts).
"""

from __future__ import annotations

from .lexer import SOFT_KEYWORDS, Tok

__all__ = ["keto_message", "go_quote", "keto_type_name", "is_wildcard"]

_SOFT = frozenset(SOFT_KEYWORDS.values())
_NAMES = _SOFT | {"IDENT", "STRING"}

_LITERAL = {
    "COLON": ":", "LPAR": "(", "RPAR": ")", "LBRACE": "{", "RBRACE": "}", "LSQB": "[",
    "RSQB": "]", "LANGLE": "<", "RANGLE": ">", "ASSIGN": "=", "ARROW": "=>", "DOT": ".",
    "COMMA": ",", "SEMI": ";", "PIPE": "|", "NOT": "!", "AND": "&&", "OR": "||",
    "IMPLEMENTS": "implements", "NAMESPACE": "Namespace", "CTX": "ctx", "CONTEXT": "Context",
    "BOOLEAN": "boolean", "SUBJECT": "subject", "INCLUDES": "includes", "THIS": "this",
    "CLASS": "class", "RELATED": "related", "PERMITS": "permits", "ARRAY": "Array",
    "SUBJECTSET": "SubjectSet", "TRAVERSE": "traverse",
}

# Keto's `optional(":", "Context")` and friends: where the expected set holds
# an optional token and the required one, Keto names the required one.
_PAIRS = {
    frozenset({"COLON", "RPAR"}): ")",
    frozenset({"COLON", "ARROW"}): "=>",
    frozenset({"COMMA", "RPAR"}): ")",
    frozenset({"LSQB", "DOT"}): ".",
}

_IGNORED = {"ERROR", "NEVER", "BAD_VERB", "BAD_REF", "VERB_X"}


def go_quote(s: str) -> str:
    """Go's %q of a string (strconv.Quote)."""
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\a":
            out.append("\\a")
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\f":
            out.append("\\f")
        elif ch == "\v":
            out.append("\\v")
        elif ch.isprintable():
            out.append(ch)
        elif o < 0x80:
            out.append(f"\\x{o:02x}")
        elif 0xD800 <= o <= 0xDFFF:  # lone surrogates: Go sees invalid UTF-8
            out.append("\\ufffd")
        elif o < 0x10000:
            out.append(f"\\u{o:04x}")
        else:
            out.append(f"\\U{o:08x}")
    out.append('"')
    return "".join(out)


def keto_type_name(tok: Tok) -> str:
    """What Keto's `%s` of the token's item type prints."""
    t = tok.orig_type
    if t in _NAMES and t != "STRING":
        return "Identifier"
    if t == "STRING":
        return "StringLiteral"
    if t == "$END":
        return "EOF"
    if t == "LEXERR":
        return "Error"
    keywords = {"CLASS": "KeywordClass", "IMPLEMENTS": "KeywordImplements",
                "THIS": "KeywordThis", "CTX": "KeywordCtx"}
    if t in keywords:
        return keywords[t]
    return '"' + _LITERAL.get(t, tok.value) + '"'


def _item_string(tok: Tok) -> str:
    """Keto's item.String(), used by one message (the traverse lambda's verb)."""
    t = tok.orig_type
    if t == "LEXERR":
        return "error: " + tok.value
    if t == "$END":
        return "EOF"
    if t in _NAMES:
        v = tok.value
        if len(v.encode()) > 10:
            return f"'{v[:10]}...'"
        return f"'{v}'"
    return tok.value


def is_wildcard(expected: set[str]) -> bool:
    """A place where Keto takes whatever token comes (its `*item` matches)."""
    return "BAD_REF" in expected or ("VERB_X" in expected and len(expected) <= 3)


def keto_message(expected: set[str], tok: Tok) -> str:
    exp = expected - _IGNORED
    got = go_quote(tok.value)
    if tok.type == "BAD_VERB":
        return f"expected 'related' or 'permits', got {got}"
    if tok.expected is not None:  # a traverse lambda's body names another parameter
        return f"expected {go_quote(tok.expected)}, got {got}"
    # places that take a name (soft keywords included) come first
    if "IDENT" in exp and "RBRACE" in exp:
        return f"expected identifier or '}}', got {keto_type_name(tok)} {got}"
    if "IDENT" in exp:
        return f"expected identifier, got {keto_type_name(tok)}"
    if {"RELATED", "PERMITS", "RBRACE", "SEMI"} <= exp:
        return f"expected 'permits' or 'related', got {got}"
    if exp == {"RELATED", "PERMITS"}:
        return f"expected 'related' or 'permits', got {go_quote(_item_string(tok))}"
    if {"INCLUDES", "TRAVERSE"} <= exp:
        return f"expected 'traverse' or 'includes', got {got}"
    if "THIS" in exp:
        return f'expected "this", got {got}'
    if "AND" in exp and "OR" in exp:
        return "did not expect another expression"
    if "PIPE" in exp:
        return f"expected '|', got {got}"
    pair = _PAIRS.get(frozenset(exp))
    if pair is not None:
        return f"expected {go_quote(pair)}, got {got}"
    if len(exp) == 1:
        (only,) = exp
        return f"expected {go_quote(_LITERAL.get(only, only))}, got {got}"
    return f"unexpected token {got}"
