"""The OPL front end: Keto's language and messages, recovery, partial trees."""

from __future__ import annotations

import json

import pytest

from paths import DATA
from engine.opl.analyze import analyze
from engine.opl.ast import Computed, Invert, Rewrite, TupleToSubjectSet
from engine.opl.parser import parse

CORPUS = DATA / "keto_corpus"
EXPECT = json.loads((CORPUS / "expectations.json").read_text())


@pytest.mark.parametrize("name", sorted(p.name for p in (CORPUS / "accepted").glob("*.ts")))
def test_every_opl_example_from_keto_and_its_docs_parses_without_errors(name):
    text = (CORPUS / "accepted" / name).read_text()
    a = analyze(text)
    assert a.errors == [], [d.message for d in a.errors]


@pytest.mark.parametrize("name", sorted(p.name for p in (CORPUS / "rejected").glob("*.ts")))
def test_rejected_examples_fail_with_keto_s_first_error(name):
    exp = EXPECT[f"rejected/{name}"]
    a = analyze((CORPUS / "rejected" / name).read_text())
    assert a.errors, "Keto rejects this file"
    assert a.errors[0].message == exp["first_error"]["message"]


FIVE_ERRORS = """\
class User implements Namespace {}
class Doc implements Namespace {
  related: {
    owners: Usr[]
    viewers: (User | SubjectSet<Group, "members">)[]
  }
  permits = {
    view: (ctx) => this.related.viewer.includes(ctx.subject),
    edit: (ctx) => this.permits.own(ctx),
    share: (ctx) => this.related.owners.traverse((p) => p.permits.grant(ctx)),
  }
}
"""


def test_validate_reports_five_independent_errors_each_on_its_line_and_column():
    a = analyze(FIVE_ERRORS)
    got = [(d.range.start.line + 1, d.range.start.character + 1, d.message) for d in a.errors]
    assert got == [
        (4, 13, 'namespace "Usr" was not declared'),
        (5, 33, 'namespace "Group" was not declared'),
        (8, 33, 'namespace "Doc" did not declare relation "viewer"'),
        (9, 33, 'namespace "Doc" did not declare relation "own"'),
        (10, 34, 'relation "grant" was not declared in namespace "Usr"'),
    ]
    # and suggestions where there are near names
    viewer = a.errors[2]
    assert viewer.fixes and viewer.fixes[0].title == "Did you mean `viewers`?"


def test_syntax_errors_are_all_reported_after_recovery():
    text = """\
class A implements Namespace {
  related: {
    x: User[
    y: User[]
  }
  permits = {
    p: (ctx) => this.related.x.includes(ctx.subject) ||,
    q: ctx => this.related.y.includes(ctx.subject),
    r: (ctx) => this.related.y.includes(ctx.subject)
  }
}
class B implements Namespace {
"""
    r = parse(text)
    lines = [d.range.start.line + 1 for d in r.diagnostics if d.syntax]
    assert lines[0] == 4  # Keto's first error: `]` expected, got `y`
    assert r.diagnostics[0].message == 'expected "]", got "y"'
    assert 8 in lines  # `ctx =>` is rejected: the parameter needs parentheses
    assert len(lines) >= 3
    # the partial tree keeps both classes and the permits around the errors
    names = [c.name.text for c in r.module.classes]
    assert names == ["A", "B"]
    a = r.module.classes[0]
    assert [m.name.text for m in a.members if m.is_permit][:1] == ["p"]
    assert "r" in [m.name.text for m in a.members]


def test_incomplete_code_still_gives_a_tree():
    text = "class Doc implements Namespace {\n  related: { owners: User[] }\n  permits = {\n    view: (ctx) => this.related."
    r = parse(text)
    assert r.diagnostics and r.diagnostics[0].syntax
    assert [c.name.text for c in r.module.classes] == ["Doc"]
    assert [m.name.text for m in r.module.classes[0].members][:1] == ["owners"]


def test_equal_precedence_left_to_right_and_flattening():
    text = """
class U implements Namespace {}
class D implements Namespace {
  related: { a: U[] b: U[] c: U[] }
  permits = {
    p: (ctx) => this.related.a.includes(ctx.subject) || this.related.b.includes(ctx.subject) && this.related.c.includes(ctx.subject),
    q: (ctx) => this.related.a.includes(ctx.subject) || (this.related.b.includes(ctx.subject) || this.related.c.includes(ctx.subject)),
    r: (ctx) => !(this.permits.p(ctx)),
  }
}"""
    a = analyze(text)
    p, q, r = [m for m in a.module.classes[1].members if m.is_permit]
    # (a || b) && c
    assert p.body.op == "and"
    assert isinstance(p.body.children[0], Rewrite) and p.body.children[0].op == "or"
    assert isinstance(p.body.children[1], Computed) and p.body.children[1].relation.text == "c"
    assert any(d.code == "mixed-operators" for d in a.diagnostics)
    # one union of three
    assert q.body.op == "or" and [c.relation.text for c in q.body.children] == ["a", "b", "c"]
    # `!(x)` keeps its one-child group
    inv = r.body.children[0]
    assert isinstance(inv, Invert) and isinstance(inv.child, Rewrite) and len(inv.child.children) == 1


def test_traverse_forms():
    text = """
class U implements Namespace {}
class F implements Namespace { related: { viewers: U[] } permits = { view: (ctx) => this.related.viewers.includes(ctx.subject) } }
class D implements Namespace {
  related: { parents: F[] }
  permits = {
    a: (ctx) => this.related.parents.traverse((p) => p.permits.view(ctx)),
    b: (ctx) => this.related.parents.traverse(p => p.related.viewers.includes(ctx.subject)),
    c: (ctx) => this.related["parents"].traverse((x) => x.related["viewers"].includes(ctx.subject)),
  }
}"""
    a = analyze(text)
    assert a.ok
    for m in [m for m in a.module.classes[2].members if m.is_permit]:
        t = m.body.children[0]
        assert isinstance(t, TupleToSubjectSet) and t.relation.text == "parents"


def test_nesting_deeper_than_ten_is_keto_s_error():
    nine = "(" * 9 + "this.permits.p(ctx)" + ")" * 9
    ten = "(" * 10 + "this.permits.p(ctx)" + ")" * 10
    base = "class D implements Namespace {{ permits = {{ p: (ctx) => {} }} }}"
    assert analyze(base.format(nine)).ok
    a = analyze(base.format(ten))
    assert a.errors[0].message == "expression nested too deeply; maximal nesting depth is 10"


def test_keto_oddities_accepted_and_warned():
    # an empty last permit is dropped silently by Keto: we warn
    a = analyze("class D implements Namespace { permits = { p: (ctx) => , } }")
    assert a.ok and any(d.code == "dropped-permit" for d in a.diagnostics)
    # followed by another permit, Keto fails at that permit's name
    b = analyze("class D implements Namespace { related: { x: D[] } permits = { p: (ctx) => , q: (ctx) => this.related.x.includes(ctx.subject) } }")
    assert b.errors[0].message == "expected 'permits' or 'related', got \"q\""
    # text outside classes is ignored by Keto: we warn unless it is an import
    c = analyze('import { Namespace } from "@ory/keto-namespace-types"\nconst x = y\nclass D implements Namespace {}')
    assert c.ok
    assert [d.code for d in c.diagnostics if d.code == "ignored-by-keto"] == ["ignored-by-keto"]
