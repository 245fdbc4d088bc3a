"""Workspace files, tests in them, expand, list and the reverse lookups."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paths import EXAMPLES
from engine import Workspace
from engine.expand import leaf_subjects
from engine.listing import PageTokenError
from engine.testing import check_matches
from engine.workspace import WorkspaceError
from engine.workspace_file import read_workspace

SCHEMA = """class User implements Namespace {}
class Group implements Namespace { related: { members: (User | SubjectSet<Group, "members">)[] } }
class Doc implements Namespace {
  related: { owners: User[] viewers: (User | SubjectSet<Group, "members">)[] banned: User[] }
  permits = {
    edit: (ctx) => this.related.owners.includes(ctx.subject),
    view: (ctx) => (this.permits.edit(ctx) || this.related.viewers.includes(ctx.subject)) && !this.related.banned.includes(ctx.subject),
  }
}
"""


def test_inline_schema_and_tuples_report_problems_on_the_workspace_lines(tmp_path):
    text = """schema: |
  class User implements Namespace {}
  class Doc implements Namespace { related: { owners: Usr[] } }
tuples: |
  Doc:a#owners@User:x
  broken
tests:
  - name: t
    check:
      Doc:a#owners@User:x: true
"""
    p = tmp_path / "w.opl.yaml"
    p.write_text(text)
    ws, diags = read_workspace(text, p)
    by_code = {d.code: d for d in ws.diagnostics}
    assert by_code["undeclared-namespace"].range.start.line == 2
    assert by_code["undeclared-namespace"].range.start.character == text.splitlines()[2].index("Usr")
    assert by_code["tuple-syntax"].range.start.line == 5
    assert by_code["tuple-syntax"].file == str(p)


def test_yaml_errors_and_wrong_keys_point_at_their_lines(tmp_path):
    text = "schema_file: x.keto.ts\nmax_depth: many\nfoo: 1\n"
    p = tmp_path / "w.opl.yaml"
    p.write_text(text)
    _, diags = read_workspace(text, p)
    lines = {d.code + ":" + d.message.split()[0]: d.range.start.line for d in diags}
    assert lines["workspace-file:cannot"] == 0
    assert lines["workspace-yaml:max_depth"] == 1
    assert lines["workspace-yaml:unknown"] == 2
    with pytest.raises(WorkspaceError) as e:
        Workspace.load(p)
    assert str(e.value).startswith(f"{p}:1: cannot read schema file x.keto.ts")


def test_a_directory_without_workspace_file_uses_its_schema_and_tuples(tmp_path):
    (tmp_path / "s.keto.ts").write_text(SCHEMA)
    (tmp_path / "t.tuples").write_text("Doc:a#owners@User:x\n")
    (tmp_path / "u.tuples.json").write_text('[{"namespace":"Doc","object":"a","relation":"viewers","subject_id":"y"}]')
    ws = Workspace.load(tmp_path)
    assert ws.check("Doc:a#edit@User:x").allowed
    assert ws.check("Doc:a#view@y").allowed


def test_expectations_follow_keto_s_rest_answers():
    ws = Workspace.from_text(SCHEMA, "Group:g#members@Group:h#members\nGroup:h#members@Group:i#members\n"
                                     "Group:i#members@User:x")
    unknown = ws.check("Group:g#members@User:x", max_depth=1)
    assert unknown.result == "unknown"
    assert check_matches("false", unknown, strict=False)
    assert check_matches("unknown", unknown, strict=False)
    assert not check_matches("not_member", unknown, strict=False)
    assert not check_matches("error", unknown, strict=False)
    strict = Workspace.from_text(SCHEMA, "Group:g#members@Group:h#members\nGroup:h#members@Group:i#members\n"
                                         "Group:i#members@User:x", strict=True)
    su = strict.check("Group:g#members@User:x", max_depth=1)
    assert check_matches("unknown", su, strict=True) and check_matches("error", su, strict=True)
    assert not check_matches("false", su, strict=True)


def test_what_if_tuples_apply_to_their_test_only(tmp_path):
    p = tmp_path / "w.opl.yaml"
    p.write_text(f"""schema: |
{''.join('  ' + ln + chr(10) for ln in SCHEMA.splitlines())}
tests:
  - name: with
    tuples: [Doc:a#owners@User:x]
    check: {{Doc:a#edit@User:x: true}}
  - name: without
    check: {{Doc:a#edit@User:x: false}}
""")
    report = Workspace.load(p).run_tests()
    assert [o.passed for o in report.outcomes] == [True, True]


def test_a_wrong_expectation_fails_with_its_line_and_tree(tmp_path):
    p = tmp_path / "w.opl.yaml"
    p.write_text("schema: |\n" + "".join("  " + ln + "\n" for ln in SCHEMA.splitlines()) +
                 "tests:\n  - name: t\n    check:\n      Doc:a#edit@User:x: true\n")
    report = Workspace.load(p).run_tests()
    (outcome,) = report.outcomes
    (a,) = outcome.assertions
    assert not a.passed and a.assertion.line == 13 and a.actual == "not_member"
    assert a.check.tree is not None and a.check.tree.result == "not_member"


# ---------------------------------------------------------------- expand

def test_expand_tuples_mode_is_keto_s_tree():
    ws = Workspace.from_text(SCHEMA, "Group:g#members@User:x\nGroup:g#members@Group:h#members\n"
                                     "Group:h#members@y\nGroup:h#members@Group:g#members")
    tree = ws.expand("Group:g#members", mode="tuples")
    assert tree["type"] == "union"
    assert tree["tuple"] == {"namespace": "", "object": "", "relation": "",
                             "subject_set": {"namespace": "Group", "object": "g", "relation": "members"}}
    leaf, h = tree["children"]
    assert leaf == {"type": "leaf", "tuple": {"namespace": "", "object": "", "relation": "",
                                              "subject_set": {"namespace": "User", "object": "x", "relation": ""}}}
    assert h["type"] == "union"
    # y is a subject ID; the cycle back to g is cut and shown as a leaf
    assert [c["type"] for c in h["children"]] == ["leaf", "leaf"]
    assert h["children"][0]["tuple"]["subject_id"] == "y"
    assert leaf_subjects(tree) == {"User:x", "y"}


def test_expand_respects_depth_and_rewrites_mode_goes_through_permits():
    ws = Workspace.from_text(SCHEMA, "Doc:a#owners@User:o\nDoc:a#viewers@Group:g#members\nGroup:g#members@User:v\n"
                                     "Doc:a#banned@User:b")
    shallow = ws.expand("Doc:a#viewers", mode="tuples", max_depth=1)
    assert shallow["type"] == "leaf"
    rw = ws.expand("Doc:a#view", mode="rewrites")
    assert rw["type"] == "intersection"
    kinds = [c["type"] for c in rw["children"]]
    assert "exclusion" in kinds and "union" in kinds
    assert {"User:o", "User:v", "User:b"} <= leaf_subjects(rw)
    # Keto's default reads tuples only: no tuples under the permit's name
    assert ws.expand("Doc:a#view", mode="tuples")["type"] == "leaf"


# ---------------------------------------------------------------- list

def test_list_filters_and_pages():
    tuples = "\n".join(f"Doc:d{i}#owners@User:u{i % 3}" for i in range(250))
    ws = Workspace.from_text(SCHEMA, tuples)
    page, token = ws.list(namespace="Doc")
    assert len(page) == 100 and token
    seen = list(page)
    while token:
        page, token = ws.list(namespace="Doc", page_token=token)
        seen += page
    assert len(seen) == 250 and len(set(seen)) == 250
    big, _ = ws.list(page_size=10_000)
    assert len(big) == 250 // 1 and len(ws.list(page_size=1000)[0]) == 250  # capped at 500
    assert len(ws.list(subject="User:u1")[0]) == len([i for i in range(250) if i % 3 == 1][:100])
    assert ws.list(object="d7", relation="owners")[0][0].subject.object == "u1"
    with pytest.raises(PageTokenError):
        ws.list(namespace="Group", page_token=token or ws.list(namespace="Doc")[1])


# ---------------------------------------------------------------- reverse lookups agree with check

USERS = ["User:a", "User:b", "User:c", "d"]


@st.composite
def tuple_sets(draw):
    out = []
    for _ in range(draw(st.integers(0, 14))):
        kind = draw(st.integers(0, 4))
        doc = f"Doc:{draw(st.sampled_from('xyz'))}"
        if kind == 0:
            out.append(f"{doc}#owners@{draw(st.sampled_from(USERS))}")
        elif kind == 1:
            out.append(f"{doc}#viewers@{draw(st.sampled_from(USERS))}")
        elif kind == 2:
            out.append(f"{doc}#viewers@Group:{draw(st.sampled_from('gh'))}#members")
        elif kind == 3:
            out.append(f"Group:{draw(st.sampled_from('gh'))}#members@{draw(st.sampled_from(USERS + ['Group:g#members', 'Group:h#members']))}")
        else:
            out.append(f"{doc}#banned@{draw(st.sampled_from(USERS))}")
    return "\n".join(out)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tuple_sets(), st.sampled_from(["edit", "view"]), st.integers(1, 6))
def test_reverse_lookups_agree_with_check(tuples, permit, depth):
    ws = Workspace.from_text(SCHEMA, tuples, max_depth=depth)
    objects = set(ws.list_objects("User:a", "Doc", permit))
    for obj in ("x", "y", "z"):
        assert (obj in objects) == ws.check(f"Doc:{obj}#{permit}@User:a").allowed
    subjects = set(ws.list_subjects("Doc:x", permit))
    for s in USERS:
        mentioned = any(s == t.split("@", 1)[1] for t in tuples.splitlines())
        if mentioned:
            assert (s in subjects) == ws.check(f"Doc:x#{permit}@{s}").allowed


def test_examples_load_and_their_tests_pass():
    for ws_file in sorted(EXAMPLES.glob("*/*.opl.yaml")):
        ws = Workspace.load(ws_file)
        assert ws.analysis.ok
        assert ws.run_tests().ok, ws_file


def test_the_engine_reads_through_the_store_interface():
    # a store implementing only TupleStore's abstract reads answers as MemoryStore does
    from engine.check.engine import Checker
    from engine.store import TupleStore

    class PlainStore(TupleStore):
        def __init__(self, tuples):
            self.data = {}
            for t in tuples:
                self.data.setdefault((t.namespace, t.object, t.relation), []).append(t.subject)

        def subjects(self, ns, obj, rel):
            return list(self.data.get((ns, obj, rel), []))

        def keys(self):
            return self.data.keys()

        def __len__(self):
            return sum(map(len, self.data.values()))

    ws = Workspace.load(EXAMPLES / "drive")
    plain = Checker(ws.schema, PlainStore(list(ws.store)), max_depth=ws.max_depth)
    for obj in ("roadmap", "spec", "secret"):
        for permit in ("view", "edit"):
            for user in ("alice", "bob", "carol", "dana", "erin", "frank"):
                want = ws.checker.check("Document", obj, permit, SubjectSet_("User", user))[0]
                assert plain.check("Document", obj, permit, SubjectSet_("User", user))[0] == want


from engine.tuples import SubjectSet as SubjectSet_  # noqa: E402


# ---------------------------------------------------------------- what-if overlays

from engine.overlay import OverlayStore  # noqa: E402
from engine.store import MemoryStore  # noqa: E402
from engine.tuples import parse_tuple  # noqa: E402

OBJS = ["Doc:x", "Doc:y", "Group:g", "Group:h"]
RELS = {"Doc": ["owners", "viewers", "banned"], "Group": ["members"]}
SUBS = ["User:a", "User:b", "d", "Group:g#members", "Group:h#members"]


@st.composite
def tuple_strings(draw):
    obj = draw(st.sampled_from(OBJS))
    rel = draw(st.sampled_from(RELS[obj.split(":")[0]]))
    return f"{obj}#{rel}@{draw(st.sampled_from(SUBS))}"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(tuple_strings(), max_size=15), st.lists(tuple_strings(), max_size=6),
       st.lists(tuple_strings(), max_size=6), st.integers(1, 5))
def test_an_overlay_reads_and_checks_like_the_edited_copy(base_lines, add, remove, depth):
    base = MemoryStore(parse_tuple(t) for t in base_lines)
    adds, removes = [parse_tuple(t) for t in add], [parse_tuple(t) for t in remove]
    overlay = OverlayStore(base, add=adds, remove=removes)
    copy = MemoryStore(base)
    for t in removes:
        copy.remove(t)
    for t in adds:
        copy.add(t)
    assert sorted(map(str, overlay)) == sorted(map(str, copy)) and len(overlay) == len(copy)
    for obj in OBJS:
        ns, o = obj.split(":")
        for rel in RELS[ns]:
            key = (ns, o, rel)
            assert overlay.subjects(*key) == copy.subjects(*key)
            assert overlay.has_subject_sets(key) == copy.has_subject_sets(key)
            assert overlay.stores(key) == copy.stores(key)
            for s in SUBS:
                sub = parse_tuple(f"a:b#c@{s}").subject
                assert overlay.holds(key, sub) == copy.holds(key, sub)
    w_base = Workspace.from_text(SCHEMA, "\n".join(base_lines), max_depth=depth)
    what_if = w_base.with_tuples(add=add, remove=remove)
    w_copy = Workspace.from_text(SCHEMA, "\n".join(str(t) for t in copy), max_depth=depth)
    for obj in ("Doc:x", "Doc:y"):
        for permit in ("edit", "view", "viewers"):
            for s in SUBS:
                q = f"{obj}#{permit}@{s}"
                a, b = what_if.check(q), w_copy.check(q)
                assert (a.result, a.limitation, a.error) == (b.result, b.limitation, b.error), q
    # the base is untouched
    assert sorted(map(str, base)) == sorted(map(str, MemoryStore(parse_tuple(t) for t in base_lines)))
