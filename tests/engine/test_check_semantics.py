"""Keto's check semantics, rule by rule (docs: keto-semantics.md §3).

Each test states a rule in its name, builds the smallest schema and tuples
that show it, and checks the three-valued answer."""

from __future__ import annotations

import pytest

from engine import Workspace

GROUPS = """
class User implements Namespace {}
class Group implements Namespace {
  related: { members: (User | SubjectSet<Group, "members">)[] }
}
"""


def ws(schema: str, tuples: str = "", **kw) -> Workspace:
    w = Workspace.from_text(schema=schema, tuples=tuples, **kw)
    assert w.analysis.ok, [d.message for d in w.analysis.errors]
    return w


def result(w: Workspace, query: str, depth=None, strict=None):
    r = w.check(query, max_depth=depth, strict=strict)
    return r.result, r.limitation, r.error


# ---------------------------------------------------------------- depth

def test_depth_at_or_below_zero_and_above_the_global_limit_mean_the_global_limit():
    chain = "\n".join(f"Group:g{i}#members@Group:g{i + 1}#members" for i in range(4)) + "\nGroup:g4#members@User:x"
    w = ws(GROUPS, chain, max_depth=5)
    assert w.check("Group:g0#members@User:x", max_depth=0).allowed
    assert w.check("Group:g0#members@User:x", max_depth=-3).allowed
    assert w.check("Group:g0#members@User:x", max_depth=99).allowed
    assert result(w, "Group:g0#members@User:x", depth=2) == ("unknown", "max_depth_exceeded", None)


def test_a_chain_of_five_nested_groups_at_depth_two_is_unknown_not_not_member():
    chain = "\n".join(f"Group:g{i}#members@Group:g{i + 1}#members" for i in range(5)) + "\nGroup:g5#members@User:x"
    schema = GROUPS + """
class Doc implements Namespace {
  related: { readers: SubjectSet<Group, "members">[] }
  permits = {
    union: (ctx) => this.related.readers.includes(ctx.subject),
    notEither: (ctx) => !this.permits.union(ctx),
  }
}"""
    w = ws(schema, chain + "\nDoc:d#readers@Group:g0#members")
    assert result(w, "Group:g0#members@User:x", depth=2) == ("unknown", "max_depth_exceeded", None)
    # negation over an exhausted branch stays unknown: never allowed
    r = w.check("Doc:d#notEither@User:x", max_depth=2)
    assert (r.result, r.allowed) == ("unknown", False)


def test_the_subject_found_directly_in_a_pointer_wins_even_with_one_step_left():
    w = ws(GROUPS, "Group:a#members@Group:b#members\nGroup:b#members@User:x")
    assert result(w, "Group:a#members@User:x", depth=1) == ("member", None, None)
    # but following a pointer further needs depth
    w2 = ws(GROUPS, "Group:a#members@Group:b#members\nGroup:b#members@Group:c#members\nGroup:c#members@User:x")
    assert result(w2, "Group:a#members@User:x", depth=1) == ("unknown", "max_depth_exceeded", None)
    assert result(w2, "Group:a#members@User:x", depth=2) == ("member", None, None)


def test_user_subjects_are_subject_sets_so_denials_near_the_depth_limit_are_unknown():
    # `User:y` is the subject set User:y#"": ExpandSubject follows it, and at
    # the depth limit the answer is unknown rather than not_member
    w = ws(GROUPS, "Group:a#members@User:y")
    assert result(w, "Group:a#members@User:x", depth=1) == ("unknown", "max_depth_exceeded", None)
    assert result(w, "Group:a#members@User:x", depth=2) == ("not_member", None, None)


def test_a_subject_id_is_not_the_subject_set_of_the_same_name():
    w = ws(GROUPS, "Group:a#members@User:alice\nGroup:b#members@alice")
    assert w.check("Group:a#members@User:alice").allowed
    assert not w.check("Group:a#members@alice").allowed
    assert w.check("Group:b#members@alice").allowed
    assert not w.check("Group:b#members@User:alice").allowed


# ---------------------------------------------------------------- schema lookups

def test_a_declared_namespace_lacking_the_relation_is_an_error():
    w = ws(GROUPS, "Group:a#members@User:x")
    assert result(w, "Group:a#admins@User:x") == ("unknown", None, 'relation "admins" does not exist')


def test_an_undeclared_namespace_is_answered_false_at_the_top():
    w = ws(GROUPS, "Team:t#members@User:x")
    r = w.check("Team:t#members@User:x")
    assert (r.allowed, r.result) == (False, "not_member")


def test_a_namespace_without_relations_has_no_schema_any_relation_name_works():
    w = ws(GROUPS, "User:x#manager@User:boss")
    assert w.check("User:x#manager@User:boss").allowed
    assert w.check("User:x#anything@User:boss").result == "not_member"


def test_without_any_schema_tuples_are_evaluated_plainly():
    w = Workspace.from_text(schema="", tuples="a:b#c@d\na:b#c@(x:y#z)\nx:y#z@e")
    assert w.check("a:b#c@d").allowed
    assert w.check("a:b#c@e").allowed
    assert not w.check("a:b#c@f").allowed


# ---------------------------------------------------------------- expand subject

def test_only_the_first_hundred_subject_sets_are_followed():
    tuples = [f"Group:big#members@Group:g{i}#members" for i in range(101)]
    tuples.append("Group:g100#members@Group:deep#members")
    tuples.append("Group:deep#members@User:x")
    w = ws(GROUPS, "\n".join(tuples))
    assert result(w, "Group:big#members@User:x") == ("unknown", "max_width_exceeded", None)
    # the direct shortcut looks at all pointers, before the width cut
    w2 = ws(GROUPS, "\n".join(tuples[:101] + ["Group:g100#members@User:x"]))
    assert w2.check("Group:big#members@User:x").allowed


def test_a_cycle_of_subject_sets_makes_every_pair_true_and_terminates():
    schema = """
class Folder implements Namespace {
  related: { parent: SubjectSet<Folder, "parent">[] }
}"""
    w = ws(schema, "Folder:a#parent@Folder:b#parent\nFolder:b#parent@Folder:c#parent\nFolder:c#parent@Folder:a#parent")
    for x in "abc":
        for y in "abc":
            r = w.check(f"Folder:{x}#parent@Folder:{y}#parent")
            assert r.allowed, (x, y, r)


def test_the_visited_set_is_shared_by_sibling_branches():
    # g1 is reached first through `a` with too little depth left (unknown
    # there); the second path to g1 (through `b`) then skips it, so the answer
    # stays unknown although the path through b is short enough
    schema = GROUPS
    tuples = "\n".join([
        "Group:root#members@Group:a#members",
        "Group:root#members@Group:b#members",
        "Group:a#members@Group:a2#members",
        "Group:a2#members@Group:g1#members",
        "Group:b#members@Group:g1#members",
        "Group:g1#members@Group:g2#members",
        "Group:g2#members@Group:g3#members",
        "Group:g3#members@User:x",
    ])
    w = ws(schema, tuples)
    assert result(w, "Group:root#members@User:x", depth=4) == ("unknown", "max_depth_exceeded", None)
    # in the other order the short path comes first and is found
    order2 = tuples.replace("Group:root#members@Group:a#members\nGroup:root#members@Group:b#members",
                            "Group:root#members@Group:b#members\nGroup:root#members@Group:a#members")
    assert result(ws(schema, order2), "Group:root#members@User:x", depth=4) == ("member", None, None)


# ---------------------------------------------------------------- rewrites

DOC = GROUPS + """
class Doc implements Namespace {
  related: {
    owners: User[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: User[]
    parents: Doc[]
  }
  permits = {
    edit: (ctx) => this.related.owners.includes(ctx.subject) || this.related.editors.includes(ctx.subject),
    view: (ctx) => this.related.viewers.includes(ctx.subject) || this.permits.edit(ctx) ||
                   this.related.parents.traverse((p) => p.permits.view(ctx)),
    both: (ctx) => this.related.owners.includes(ctx.subject) && this.related.viewers.includes(ctx.subject),
    mixed: (ctx) => this.related.owners.includes(ctx.subject) || this.related.editors.includes(ctx.subject) && this.related.viewers.includes(ctx.subject),
  }
}"""


def test_permits_are_unions_and_intersections():
    w = ws(DOC, "Doc:d#owners@User:o\nDoc:d#viewers@User:v\nDoc:d#owners@User:ov\nDoc:d#viewers@User:ov")
    assert w.check("Doc:d#edit@User:o").allowed
    assert w.check("Doc:d#view@User:o").allowed
    assert not w.check("Doc:d#edit@User:v").allowed
    assert w.check("Doc:d#both@User:ov").allowed
    assert not w.check("Doc:d#both@User:o").allowed


def test_and_and_or_have_equal_precedence_left_to_right():
    # mixed = (owners || editors) && viewers — not owners || (editors && viewers)
    w = ws(DOC, "Doc:d#owners@User:o")
    assert not w.check("Doc:d#mixed@User:o").allowed
    w2 = ws(DOC, "Doc:d#owners@User:o\nDoc:d#viewers@User:o")
    assert w2.check("Doc:d#mixed@User:o").allowed


def test_two_operands_without_an_operator_are_ored():
    schema = """
class User implements Namespace {}
class Doc implements Namespace {
  related: { a: User[] b: User[] }
  permits = { p: (ctx) => this.related.a.includes(ctx.subject) this.related.b.includes(ctx.subject) }
}"""
    w = Workspace.from_text(schema=schema, tuples="Doc:d#b@User:x")
    assert w.analysis.ok
    assert any(d.code == "juxtaposed-expressions" for d in w.analysis.diagnostics)
    assert w.check("Doc:d#p@User:x").allowed


def test_traverse_ignores_the_subject_sets_relation_and_skips_subject_ids():
    w = ws(DOC, "Doc:child#parents@Doc:parent#whatever\nDoc:child#parents@parentid\nDoc:parent#viewers@User:x")
    assert w.check("Doc:child#view@User:x").allowed
    w2 = ws(DOC, "Doc:child#parents@parent\nDoc:parent#viewers@User:x")
    assert not w2.check("Doc:child#view@User:x").allowed


def test_traverse_into_a_namespace_lacking_the_permit_is_an_error_unless_a_member_comes_first():
    schema = DOC + """
class Folder implements Namespace { related: { viewers: User[] } }"""
    bad_first = "Doc:c#parents@Folder:f\nDoc:c#parents@Doc:p\nDoc:p#viewers@User:x"
    r = ws(schema, bad_first).check("Doc:c#view@User:x")
    assert r.error == 'relation "view" does not exist'
    good_first = "Doc:c#parents@Doc:p\nDoc:c#parents@Folder:f\nDoc:p#viewers@User:x"
    assert ws(schema, good_first).check("Doc:c#view@User:x").allowed


def test_nested_rewrites_cost_a_depth_level_so_a_and_b_or_c_at_depth_one_is_unknown():
    schema = """
class User implements Namespace {}
class Doc implements Namespace {
  related: { a: User[] b: User[] c: User[] }
  permits = { p: (ctx) => this.related.a.includes(ctx.subject) &&
                          (this.related.b.includes(ctx.subject) || this.related.c.includes(ctx.subject)) }
}"""
    w = ws(schema, "Doc:d#a@User:x\nDoc:d#b@User:x")
    assert result(w, "Doc:d#p@User:x", depth=1) == ("unknown", "max_depth_exceeded", None)
    assert w.check("Doc:d#p@User:x", max_depth=3).allowed


def test_a_parenthesised_operand_of_not_checks_one_level_deeper():
    schema = """
class User implements Namespace {}
class Doc implements Namespace {
  related: { banned: User[] }
  permits = {
    p: (ctx) => this.related.banned.includes(ctx.subject),
    notp: (ctx) => !this.permits.p(ctx),
    notpgroup: (ctx) => !(this.permits.p(ctx)),
  }
}"""
    # subject IDs, so that no subject-set pointer adds depth of its own
    w = ws(schema, "Doc:d#banned@y")
    # !p checks p at the same depth, !(p) one deeper
    assert result(w, "Doc:d#notp@x", depth=2) == ("member", None, None)
    assert result(w, "Doc:d#notpgroup@x", depth=2) == ("unknown", "max_depth_exceeded", None)
    assert result(w, "Doc:d#notpgroup@x", depth=3) == ("member", None, None)


def test_negation_swaps_member_and_not_member_only():
    schema = """
class User implements Namespace {}
class Doc implements Namespace {
  related: { banned: User[] }
  permits = { allowed: (ctx) => !this.related.banned.includes(ctx.subject) }
}"""
    w = ws(schema, "Doc:d#banned@User:bad")
    assert not w.check("Doc:d#allowed@User:bad").allowed
    assert w.check("Doc:d#allowed@User:good").allowed


# ---------------------------------------------------------------- call budget

def test_permits_inverting_each_other_exhaust_the_call_budget():
    schema = """
class User implements Namespace {}
class Doc implements Namespace {
  permits = {
    edit: (ctx) => !this.permits.view(ctx),
    view: (ctx) => !this.permits.edit(ctx),
  }
}"""
    r = ws(schema).check("Doc:d#edit@User:x")
    assert r.error is not None and "cyclic permit reference" in r.error
    assert not r.allowed


def test_a_permit_calling_itself_runs_out_of_depth_instead():
    schema = """
class User implements Namespace {}
class Doc implements Namespace {
  permits = { edit: (ctx) => this.permits.edit(ctx) }
}"""
    w = Workspace.from_text(schema=schema)
    assert any(d.code == "permit-cycle" for d in w.analysis.diagnostics)
    assert result(w, "Doc:d#edit@User:x") == ("unknown", "max_depth_exceeded", None)


# ---------------------------------------------------------------- strict mode

STRICT = """
class User implements Namespace {}
class Group implements Namespace { related: { members: (User | SubjectSet<Group, "members">)[] } }
class File implements Namespace {
  related: { viewers: (User | SubjectSet<Group, "members">)[] owners: User[] }
  permits = { canEdit: (ctx) => this.related.owners.includes(ctx.subject),
              canView: (ctx) => this.related.viewers.includes(ctx.subject) || this.permits.canEdit(ctx) }
}"""


def test_a_tuple_under_a_permit_name_counts_only_in_non_strict_mode():
    tuples = "File:f#canEdit@User:eve"
    assert ws(STRICT, tuples).check("File:f#canEdit@User:eve").allowed
    r = ws(STRICT, tuples, strict=True).check("File:f#canEdit@User:eve")
    assert not r.allowed and r.result == "not_member"


def test_strict_mode_follows_only_declared_subject_set_types():
    # owners allows User only: non-strict mode follows the group pointer
    # anyway, strict mode does not
    tuples = "File:f#owners@Group:g#members\nGroup:g#members@User:x"
    assert ws(STRICT, tuples).check("File:f#canEdit@User:x").allowed
    assert not ws(STRICT, tuples, strict=True).check("File:f#canEdit@User:x").allowed
    # viewers declares SubjectSet<Group, "members">: followed in both modes
    good = "File:f#viewers@Group:g#members\nGroup:g#members@User:x"
    assert ws(STRICT, good).check("File:f#canView@User:x").allowed
    assert ws(STRICT, good, strict=True).check("File:f#canView@User:x").allowed


def test_strict_mode_answers_unknown_with_an_error_at_the_top():
    chain = "\n".join(f"Group:g{i}#members@Group:g{i + 1}#members" for i in range(5)) + "\nGroup:g5#members@User:x"
    r = ws(STRICT, chain, strict=True).check("Group:g0#members@User:x", max_depth=2)
    assert r.result == "unknown"
    assert r.error is not None and "could not be completed" in r.error
    assert not r.allowed


def test_strict_mode_ignores_subject_ids_in_no_schema_subject_sets_but_keeps_them_for_ids():
    w = ws(STRICT, "File:f#owners@eve", strict=True)
    assert w.check("File:f#owners@eve").allowed


# ---------------------------------------------------------------- limits on big inputs

def test_a_ten_thousand_deep_group_chain_stops_at_the_depth_limit_and_says_so():
    n = 10_000
    chain = "\n".join(f"Group:g{i}#members@Group:g{i + 1}#members" for i in range(n)) + f"\nGroup:g{n}#members@User:x"
    w = ws(GROUPS, chain, max_depth=50)
    r = w.check("Group:g0#members@User:x")
    assert (r.result, r.limitation, r.allowed) == ("unknown", "max_depth_exceeded", False)
    # the end of the chain is reachable from near it
    assert w.check(f"Group:g{n - 3}#members@User:x").allowed


def test_a_thousand_node_cycle_terminates_and_says_which_limit_it_hit():
    n = 1000
    ring = "\n".join(f"Group:g{i}#members@Group:g{(i + 1) % n}#members" for i in range(n))
    # with depth to spare, the 1,000-step call budget ends the walk round the ring
    r = ws(GROUPS, ring, max_depth=5000).check("Group:g0#members@User:nobody")
    assert r.result == "unknown" and not r.allowed
    assert r.error is not None and "1000 resolution steps" in r.error
    # with Keto's usual depths the depth limit comes first
    r = ws(GROUPS, ring, max_depth=200).check("Group:g0#members@User:nobody")
    assert (r.result, r.limitation, r.error) == ("unknown", "max_depth_exceeded", None)
    # and a member on the ring is found
    assert ws(GROUPS, ring + "\nGroup:g3#members@y", max_depth=200).check("Group:g0#members@y").allowed


def test_a_wide_group_says_it_hit_the_width_limit():
    tuples = "\n".join(f"Group:g#members@Group:m{i}#members" for i in range(150))
    r = ws(GROUPS, tuples + "\nGroup:m140#members@Group:deep#members\nGroup:deep#members@User:x").check(
        "Group:g#members@User:x")
    assert (r.result, r.limitation) == ("unknown", "max_width_exceeded")
