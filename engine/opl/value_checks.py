"""Post-lexer pass: Keto decisions that depend on token *values*.

An LALR table decides by token type only, but Keto's parser compares values in
two places. To make the parser fail on exactly the token Keto fails on, this
pass retypes those tokens before parsing:

* ``this.<verb>`` — Keto reads any token as the verb, then a property access
  (``.x`` or ``["x"]``), and only then rejects a verb other than ``related`` or
  ``permits``, at the verb. If the property access is well formed, the verb
  becomes BAD_VERB (the parser rejects it there); otherwise VERB_X, so that the
  parser fails where the property access breaks, as Keto does.
* ``traverse((p) => q.…)`` — Keto requires the lambda body to start with the
  parameter's name. A different name becomes BAD_REF, remembering the expected
  name for the message.
"""

from __future__ import annotations

from .lexer import Tok

__all__ = ["apply_value_checks"]

_VERBS = ("RELATED", "PERMITS")
# tokens after which `this` is a name, not the start of an expression
_NAME_CONTEXT = ("DOT", "LSQB")


def apply_value_checks(tokens: list[Tok]) -> str | None:
    """Retype tokens in place. Returns the parameter name a traverse lambda
    expected when the input ends right after its `=>` (for the message)."""
    at_end = None
    n = len(tokens)
    for i, tok in enumerate(tokens):
        t = tok.type
        if t == "THIS":
            if i + 2 >= n or tokens[i + 1].type != "DOT":
                continue
            if i > 0 and (tokens[i - 1].type in _NAME_CONTEXT or _is_lambda_param(tokens, i)
                          or _is_lambda_ref(tokens, i)):
                continue
            verb = tokens[i + 2]
            # `class` stays itself: at top level it starts a class (the
            # parser handles `this.class` inside one, see parser._report)
            if verb.type in _VERBS or verb.type in ("LEXERR", "CLASS"):
                continue
            verb.type = "BAD_VERB" if property_access_ok(tokens, i + 3) else "VERB_X"
        elif t == "TRAVERSE":
            expected = _check_lambda(tokens, i)
            if expected is not None:
                at_end = expected
    return at_end


def _is_lambda_param(tokens: list[Tok], i: int) -> bool:
    # `traverse(this => …` or `traverse((this) => …`
    if tokens[i - 1].type == "LPAR":
        if i >= 2 and tokens[i - 2].type == "TRAVERSE":
            return True
        if i >= 3 and tokens[i - 2].type == "LPAR" and tokens[i - 3].type == "TRAVERSE":
            return True
    return False


def _is_lambda_ref(tokens: list[Tok], i: int) -> bool:
    # `traverse(p => this…` or `traverse((p) => this…`: the lambda's own verb
    # check applies there, not the one of `this.`
    if tokens[i - 1].type != "ARROW":
        return False
    if i >= 4 and tokens[i - 3].type == "LPAR" and tokens[i - 4].type == "TRAVERSE":
        return True
    return (i >= 6 and tokens[i - 2].type == "RPAR" and tokens[i - 4].type == "LPAR"
            and tokens[i - 5].type == "LPAR" and tokens[i - 6].type == "TRAVERSE")


def property_access_ok(tokens: list[Tok], j: int) -> bool:
    """Keto's matchPropertyAccess: `[` any `]`, or `.` any. Keto takes the end
    of input as "any" too."""
    n = len(tokens)
    if j >= n:
        return False
    if tokens[j].type == "LSQB":
        return j + 2 < n and tokens[j + 2].type == "RSQB"
    return tokens[j].type == "DOT"


def _check_lambda(tokens: list[Tok], i: int) -> str | None:
    n = len(tokens)
    j = i + 1
    if j >= n or tokens[j].type != "LPAR":
        return None
    j += 1
    if j < n and tokens[j].type == "LPAR":
        if j + 2 >= n or tokens[j + 2].type != "RPAR":
            return None
        param = tokens[j + 1]
        j += 3
    else:
        if j >= n:
            return None
        param = tokens[j]
        j += 1
    if j >= n or tokens[j].type != "ARROW":
        return None
    if j + 1 >= n:
        return param.value
    ref = tokens[j + 1]
    if ref.value != param.value or ref.type == "LEXERR":
        if ref.type != "LEXERR":
            ref.type = "BAD_REF"
        ref.expected = param.value
    return None
