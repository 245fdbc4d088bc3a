"""Property tests: the front end never raises and never hangs; formatting is
idempotent and keeps the meaning and every comment; tuples round-trip."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paths import DATA
from engine.opl.analyze import analyze
from engine.opl.format import FormatError, _shape, format_text
from engine.tuples import (RelationTuple, SubjectSet, TupleFile, parse_tuple, parse_tuple_json, parse_tuple_text,
                           tuple_from_json, tuple_to_json)

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TOKENS = ["class", "implements", "Namespace", "{", "}", "related", "permits", ":", "=", "(", ")", "ctx",
          "=>", "this", ".", "includes", "subject", "traverse", "||", "&&", "!", ",", ";", "[", "]", "<",
          ">", "|", "SubjectSet", "Array", "User", "Doc", "x", '"m"', "'q'", "//c\n", "/*c*/", "\n", "@",
          "1", "Context", "boolean", '"', "/*"]
VALID = sorted(p for p in (DATA / "keto_corpus" / "accepted").glob("*.ts"))


def _never_raises(text: str) -> None:
    a = analyze(text)
    for d in a.diagnostics:
        assert d.range is not None
        assert 0 <= d.start <= d.end <= len(text) or d.start == d.end == 0


@FAST
@given(st.binary(max_size=400))
def test_random_bytes(data):
    _never_raises(data.decode("utf-8", errors="replace"))


@FAST
@given(st.lists(st.sampled_from(TOKENS), max_size=120), st.sampled_from([" ", "", "\n"]))
def test_random_token_soups(tokens, sep):
    _never_raises(sep.join(tokens))


@FAST
@given(st.sampled_from(VALID), st.data())
def test_random_edits_of_valid_files(path, data):
    text = path.read_text()
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(text)))
        j = data.draw(st.integers(i, min(len(text), i + 20)))
        text = text[:i] + data.draw(st.sampled_from(TOKENS + [""])) + text[j:]
    _never_raises(text)


def test_ten_thousand_nested_parentheses():
    body = "(" * 10_000 + "this.permits.p(ctx)" + ")" * 10_000
    a = analyze("class D implements Namespace { permits = { p: (ctx) => " + body + " } }")
    assert a.errors[0].message == "expression nested too deeply; maximal nesting depth is 10"
    unbalanced = analyze("class D implements Namespace { permits = { p: (ctx) => " + "(" * 10_000)
    assert unbalanced.errors
    nots = analyze("class D implements Namespace { permits = { p: (ctx) => " + "!(" * 5_000 + " } }")
    assert nots.errors


def test_a_five_megabyte_file_is_handled():
    cls = (VALID[0].read_text() + "\n") * 1
    big = ""
    i = 0
    while len(big) < 5_000_000:
        big += cls.replace("class ", f"class N{i}", 1) if i else cls
        big += "\nclass C%d implements Namespace { related: { x: C%d[] } }\n" % (i, i)
        i += 1
    t = time.perf_counter()
    a = analyze(big)
    assert time.perf_counter() - t < 120  # a guard against hanging, not a benchmark
    assert len(a.module.classes) > 1000


# ---------------------------------------------------------------- formatting

NAMES = st.sampled_from(["owners", "viewers", "editors", "parents", "members", "banned", "x"])
PERMS = st.sampled_from(["view", "edit", "share", "own"])


@st.composite
def expressions(draw, rels, perms, depth=0):
    kind = draw(st.integers(0, 5 if depth < 3 else 2))
    if kind == 0:
        return f"this.related.{draw(st.sampled_from(rels))}.includes(ctx.subject)"
    if kind == 1:
        return f"this.permits.{draw(st.sampled_from(perms))}(ctx)"
    if kind == 2:
        return (f"this.related.{draw(st.sampled_from(rels))}.traverse((p) => "
                f"p.permits.{draw(st.sampled_from(perms))}(ctx))")
    if kind == 3:
        inner = draw(expressions(rels, perms, depth + 1))
        # Keto rejects `!!x` and `!a || b` means `(!a) || b`: `!` takes an atom or a group
        return "!" + (inner if inner.startswith("this.") and " " not in inner else f"({inner})")
    if kind == 4:
        return "(" + draw(expressions(rels, perms, depth + 1)) + ")"
    op = draw(st.sampled_from([" || ", " && ", " ||\n      ", " &&\n "]))
    return draw(expressions(rels, perms, depth + 1)) + op + draw(expressions(rels, perms, depth + 1))


@st.composite
def models(draw):
    rels = draw(st.lists(NAMES, min_size=1, max_size=4, unique=True))
    perms = draw(st.lists(PERMS, min_size=1, max_size=3, unique=True))
    ws = draw(st.sampled_from([" ", "  ", "\n", "\t", " /* c */ ", " // note\n"]))
    lines = ['import { Namespace, Context } from "@ory/keto-namespace-types"', "",
             "class User implements Namespace {}", f"class Doc implements Namespace {{{ws}related: {{"]
    for r in rels:
        sep = draw(st.sampled_from(["", ";", ","]))
        typ = draw(st.sampled_from(["User[]", "Doc[]", "(User | Doc)[]", 'SubjectSet<Doc, "%s">[]' % rels[0],
                                    "Array<User | Doc>"]))
        if typ.startswith("Array"):
            sep = ""
        lines.append(f"  {r}:{ws}{typ}{sep}")
    lines.append("  }")
    lines.append(f"  permits{ws}= {{")
    for p in perms:
        sig = draw(st.sampled_from(["(ctx)", "(ctx: Context)", "(ctx: Context): boolean"]))
        lines.append(f"    {p}: {sig} =>{ws}{draw(expressions(rels, perms))},")
    lines.append("  }")
    lines.append("}")
    return "\n".join(lines)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(models())
def test_formatting_is_idempotent_and_keeps_meaning_and_comments(text):
    a = analyze(text)
    assert a.parsed.syntax_ok, [d.message for d in a.errors]
    try:
        once = format_text(text)
    except FormatError as e:
        pytest.fail(f"refused a valid model: {e}")
    assert format_text(once) == once
    assert _shape(once) == _shape(text)


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_formatting_every_keto_example(path):
    text = path.read_text()
    once = format_text(text)
    assert format_text(once) == once
    assert _shape(once) == _shape(text)


def test_formatting_refuses_files_with_syntax_errors_only():
    with pytest.raises(FormatError) as e:
        format_text("class A implements Namespace { related: { x: B[ } }")
    assert "syntax" in str(e.value)
    # a type error does not stop formatting
    assert format_text("class A implements Namespace { related: { x: B[] } }").startswith("class A")


# ---------------------------------------------------------------- tuples

PART = st.text(alphabet=st.characters(blacklist_characters=":#@()\n\r", blacklist_categories=("Cs",)),
               max_size=8)
PART_NONEMPTY = PART.filter(lambda s: s.strip() == s)


@st.composite
def tuples(draw):
    ns, obj = draw(PART), draw(PART)
    rel = draw(PART)
    if draw(st.booleans()):
        subject = draw(PART.filter(lambda s: s and s.strip("()") == s))
    else:
        subject = SubjectSet(draw(PART), draw(PART), draw(PART))
    return RelationTuple(ns, obj, rel, subject)


@FAST
@given(tuples())
def test_tuple_text_and_json_round_trip(t):
    assert parse_tuple(str(t)) == t
    back, warnings = tuple_from_json(json.loads(json.dumps(tuple_to_json(t))))
    assert back == t and warnings == []


@FAST
@given(st.lists(tuples(), max_size=20))
def test_tuple_files_round_trip(ts):
    ts = [t for t in ts if str(t).strip() == str(t) and not str(t).startswith("//")]
    text = "\n".join(str(t) for t in ts)
    assert parse_tuple_text(text).tuples == ts
    assert parse_tuple_json(json.dumps([tuple_to_json(t) for t in ts])).tuples == ts


LINE_PARTS = ["n", "o", "r", ":", "#", "@", "(", ")", " ", "\t", "/", "//", "User", "x y"]


@FAST
@given(st.lists(st.lists(st.sampled_from(LINE_PARTS), max_size=9).map("".join), max_size=12))
def test_a_large_file_read_lazily_gives_what_a_small_one_gives(lines):
    # files over LAZY_BYTES are streamed by a faster loop (no offsets kept);
    # the tuples and the diagnostics must be the same as the full parse's
    text = "\n".join(lines)
    full = parse_tuple_text(text, "t.tuples")
    lazy = TupleFile(text, "t.tuples", lazy=True)
    assert list(lazy.iter_tuples()) == full.tuples
    assert [(d.code, d.message, d.range) for d in lazy.diagnostics] == \
        [(d.code, d.message, d.range) for d in full.diagnostics]


def test_keto_tuple_parsing_rules():
    assert parse_tuple("n:o#r@n:o").subject == SubjectSet("n", "o", "")
    assert parse_tuple("n:o#r@n:o#").subject == SubjectSet("n", "o", "")
    assert parse_tuple("n:o#r@(n:o#r)").subject == SubjectSet("n", "o", "r")
    assert parse_tuple("n:o#r@)bob(").subject == "bob"
    assert parse_tuple("a:b:c#d@e").object == "b:c"
    assert parse_tuple(":#@").subject == ""
    for bad, missing in (("nobj#r@s", "':'"), ("n:o@s", "'#'"), ("n:o#r", "'@'")):
        with pytest.raises(ValueError) as e:
            parse_tuple(bad)
        assert str(e.value) == f"malformed string input: expected input to contain {missing}"
    with pytest.raises(ValueError) as e:
        parse_tuple("n:o#r@a#x:y")
    assert str(e.value) == "malformed string input: expected subject set to contain ':'"
