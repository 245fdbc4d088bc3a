"""The engine's check, compared with an independent reference model.

tests/keto_reference/ holds a deliberately naive evaluator of Keto's check,
written from keto-semantics.md §2–§3 alone. Hypothesis builds small random
schemas and tuples; for every object × relation/permit × subject, at request
depths 1..6 and in strict and non-strict mode, the engine (through its public
`Workspace` API, fed the rendered OPL and tuple text) and the reference must
agree on the result, the limitation and the error. The explicit examples at the
end pin down what the doc says where it is subtle; each states the doc's answer
and holds both implementations to it.

`-m slow` runs a longer profile of the same property.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine import Workspace
from keto_reference.evaluator import (CYCLIC, INCOMPLETE, Chain, Evaluator, Group, Model, Namespace, Not, Outcome,
                                      Permit, Permits, Related, Relation, Schema, Traverse, TypeRef)
from keto_reference.render import Style, model_text, parse_tuple, parse_tuples, tuple_text
from keto_reference.strategies import models, styles

REQUEST_DEPTHS = range(1, 7)


# --------------------------------------------------------------------------
# Comparing outcomes


def _error_kind(message: str | None) -> str | None:
    if message is None:
        return None
    if "does not exist" in message:
        return "missing relation"
    if "cyclic" in message:
        return "cyclic"
    if "could not be completed" in message:
        return "incomplete"
    return message


def observed(r) -> tuple:
    """What the comparison looks at, for the engine's CheckResult and the
    reference's Outcome alike."""
    return (r.result, r.limitation, _error_kind(r.error), r.allowed)


def engine_check(ws: Workspace, query: str, depth: int):
    # no help with the stack: hypothesis runs each example under a recursion
    # limit of about (current depth + 2000), and the engine must cope with
    # that (see test_cyclic_permits_do_not_depend_on_the_hosts_recursion_limit)
    return ws.check(query, max_depth=depth)


def compare(model: Model, style: Style = Style(), global_depth: int = 5) -> list[str]:
    """Every query of the model at every request depth, strict and not:
    the disagreements, described so that they can be reproduced."""
    schema, tuples = model_text(model, style)
    problems = []
    for strict in (False, True):
        ws = Workspace.from_text(schema=schema, tuples=tuples, max_depth=global_depth, strict=strict)
        assert ws.analysis.ok, f"the generated schema must load in Keto:\n{schema}\n{ws.analysis.errors}"
        reference = Evaluator(model.schema, model.tuples, global_max_depth=global_depth, strict=strict)
        for query in model.queries():
            text = tuple_text(query)
            for depth in REQUEST_DEPTHS:
                expected = observed(reference.check(query, depth))
                actual = observed(engine_check(ws, text, depth))
                if actual != expected:
                    problems.append(f"{text} max_depth={depth} (global {global_depth}) strict={strict}: "
                                    f"engine {actual}, reference {expected}")
    if problems:
        problems.insert(0, f"--- schema\n{schema}--- tuples\n{tuples}---")
    return problems


# --------------------------------------------------------------------------
# The property


global_depths = st.sampled_from([5, 5, 3])


def _differential(model, style, global_depth):
    problems = compare(model, style, global_depth)
    assert not problems, "\n".join(problems[:12])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(models(), styles, global_depths)
def test_engine_agrees_with_the_reference_model(model, style, global_depth):
    _differential(model, style, global_depth)


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(models(), styles, global_depths)
def test_engine_agrees_with_the_reference_model_long(model, style, global_depth):
    _differential(model, style, global_depth)


# --------------------------------------------------------------------------
# Explicit examples: the doc's answer, held against both implementations

# spelling helpers for hand-written models


def rel(name: str, *types: str) -> Relation:
    """rel("members", "User", "Group#members") → members: (User | SubjectSet<Group, "members">)[]"""
    refs = []
    for t in types:
        ns, _, r = t.partition("#")
        refs.append(TypeRef(ns, r or None))
    return Relation(name, tuple(refs))


def chain(*parts) -> Chain:
    """chain(a, "||", b, "&&", c): operands and operators, left to right."""
    return Chain(parts[0], tuple(zip(parts[1::2], parts[2::2])))


def ns(name: str, relations=(), permits=()) -> Namespace:
    return Namespace(name, tuple(relations), tuple(Permit(p, body if isinstance(body, Chain) else chain(body))
                                                   for p, body in permits))


USER = Namespace("User")

MEMBER = ("member", None, None, True)
NOT_MEMBER = ("not_member", None, None, False)
UNKNOWN_DEPTH = ("unknown", "max_depth_exceeded", None, False)
UNKNOWN_WIDTH = ("unknown", "max_width_exceeded", None, False)
STRICT_UNKNOWN = ("unknown", "max_depth_exceeded", "incomplete", False)
MISSING = ("unknown", None, "missing relation", False)
CYCLE = ("unknown", None, "cyclic", False)


def both(namespaces, tuples: str, query: str, depth: int, strict: bool = False, global_depth: int = 5) -> tuple:
    """The reference's and the engine's outcome for one check."""
    model = Model(Schema((USER, *namespaces)), parse_tuples(tuples))
    schema_text, tuple_lines = model_text(model)
    ws = Workspace.from_text(schema=schema_text, tuples=tuple_lines, max_depth=global_depth, strict=strict)
    assert ws.analysis.ok, ws.analysis.errors
    reference = Evaluator(model.schema, model.tuples, global_max_depth=global_depth, strict=strict)
    return observed(reference.check(parse_tuple(query), depth)), observed(engine_check(ws, query, depth))


def expect(expected, namespaces, tuples, query, depth, strict=False, global_depth=5):
    reference, engine = both(namespaces, tuples, query, depth, strict, global_depth)
    assert reference == expected, f"reference model: {reference}"
    assert engine == expected, f"engine: {engine}"


GROUP = ns("Group", [rel("members", "User", "Group#members")],
           [("union", chain(Related("members"))), ("notEither", chain(Not(Permits("union"))))])
NESTED_GROUPS = "".join(f"Group:g{i}#members@Group:g{i + 1}#members\n" for i in range(5)) + "Group:g5#members@User:alice\n"


@pytest.mark.parametrize("query, expected", [
    ("Group:g0#members@User:alice", UNKNOWN_DEPTH),
    ("Group:g0#union@User:alice", UNKNOWN_DEPTH),
    ("Group:g0#notEither@User:alice", UNKNOWN_DEPTH),
])
def test_a_chain_of_nested_groups_is_unknown_at_depth_2(query, expected):
    # §3 worked fact: "a check at depth 2 through the chain is Unknown, not
    # NotMember; the permit notEither = !union over it stays Unknown."
    expect(expected, [GROUP], NESTED_GROUPS, query, 2)


def test_the_chain_resolves_at_the_depth_it_needs():
    # g0 → … → g4 then the shortcut finds alice directly in g5: the ExpandSubject
    # at g4 runs at depth d−4 and must be ≥ 1 to follow nothing more
    expect(UNKNOWN_DEPTH, [GROUP], NESTED_GROUPS, "Group:g0#members@User:alice", 4, global_depth=6)
    expect(MEMBER, [GROUP], NESTED_GROUPS, "Group:g0#members@User:alice", 5, global_depth=6)
    # §3: "if ≤ 0 or above the global limit, the global limit is used"
    expect(UNKNOWN_DEPTH, [GROUP], NESTED_GROUPS, "Group:g0#members@User:alice", 6, global_depth=4)
    expect(MEMBER, [GROUP], NESTED_GROUPS, "Group:g0#members@User:alice", 0, global_depth=5)
    expect(UNKNOWN_DEPTH, [GROUP], NESTED_GROUPS, "Group:g0#members@User:alice", -1, global_depth=4)


FOLDER = ns("Folder", [rel("parent", "Folder#parent", "User")])
CYCLE_TUPLES = "Folder:a#parent@Folder:b#parent\nFolder:b#parent@Folder:c#parent\nFolder:c#parent@Folder:a#parent\n"


@pytest.mark.parametrize("x", "abc")
@pytest.mark.parametrize("y", "abc")
def test_a_cycle_of_subject_sets_makes_every_pair_true(x, y):
    # §3 worked fact: "A cycle Folder:a → b → c → a via subject sets makes every
    # x#parent@y#parent pair among them true, and terminates."
    expect(MEMBER, [FOLDER], CYCLE_TUPLES, f"Folder:{x}#parent@Folder:{y}#parent", 5)


FILE = ns("File", [rel("owners", "User")], [("canEdit", chain(Related("owners")))])


def test_a_tuple_under_a_permit_name_counts_only_in_non_strict_mode():
    # §3 worked fact: "In non-strict mode a tuple written directly under a
    # permit name (File:f#canEdit@User:eve) grants it; strict mode ignores it."
    expect(MEMBER, [FILE], "File:f#canEdit@User:eve", "File:f#canEdit@User:eve", 5)
    expect(NOT_MEMBER, [FILE], "File:f#canEdit@User:eve", "File:f#canEdit@User:eve", 5, strict=True)


DOC = ns("Doc", [rel("a", "User"), rel("b", "User"), rel("c", "User")], [
    ("andOr", chain(Related("a"), "&&", Group(chain(Related("b"), "||", Related("c"))))),
    ("mixed", chain(Related("a"), "||", Related("b"), "&&", Related("c"))),
    ("notGroup", chain(Not(Group(chain(Related("a")))))),
    ("notAtom", chain(Not(Related("a")))),
])


def test_a_nested_rewrite_at_depth_zero_is_unknown_before_its_batched_lookup():
    # §3: "A rewrite reached with d ≤ 0 is Unknown at once — its batched direct
    # lookup never runs: a && (b || c) at depth 1 is Unknown even if a tuple
    # grants b."
    tuples = "Doc:d#a@alice\nDoc:d#b@alice\n"
    expect(UNKNOWN_DEPTH, [DOC], tuples, "Doc:d#andOr@alice", 1)
    expect(MEMBER, [DOC], tuples, "Doc:d#andOr@alice", 2)


def test_and_and_or_have_equal_precedence_left_to_right():
    # §2: "a || b && c means (a || b) && c — unlike TypeScript"
    expect(NOT_MEMBER, [DOC], "Doc:d#a@alice\n", "Doc:d#mixed@alice", 5)
    expect(MEMBER, [DOC], "Doc:d#a@alice\nDoc:d#c@alice\n", "Doc:d#mixed@alice", 5)


def test_a_group_under_not_costs_a_level_an_atom_does_not():
    # §3: "!(this.permits.p(ctx)) keeps a one-child group and so checks p at
    # d−1, while !this.permits.p(ctx) checks it at d." With no tuple for bob, at
    # depth 1 the group's per-relation check runs at depth 0.
    expect(UNKNOWN_DEPTH, [DOC], "Doc:d#a@alice\n", "Doc:d#notGroup@bob", 1)
    expect(MEMBER, [DOC], "Doc:d#a@alice\n", "Doc:d#notAtom@bob", 1)
    expect(MEMBER, [DOC], "Doc:d#a@alice\n", "Doc:d#notGroup@bob", 2)
    expect(NOT_MEMBER, [DOC], "Doc:d#a@alice\n", "Doc:d#notGroup@alice", 1)


LOOPS = ns("Doc", [rel("owners", "User")], [
    ("edit", chain(Not(Permits("view")))),
    ("view", chain(Not(Permits("edit")))),
    ("self", chain(Permits("self"))),
])


def test_a_permit_cycle_through_not_exhausts_the_call_budget():
    # §3: "exceeding it is the error "cyclic permit reference" — e.g.
    # edit = !view, view = !edit. edit = this.permits.edit(ctx) ends as
    # Unknown(depth) instead."
    expect(CYCLE, [LOOPS], "", "Doc:d#edit@alice", 5)
    expect(CYCLE, [LOOPS], "", "Doc:d#edit@alice", 5, strict=True)
    expect(UNKNOWN_DEPTH, [LOOPS], "", "Doc:d#self@alice", 5)


def test_cyclic_permits_do_not_depend_on_the_hosts_recursion_limit():
    # "Bad input never crashes": a host may run the engine under Python's
    # default recursion limit (1000 frames), as hypothesis does with (depth +
    # 2000). The cyclic permit must still end in Keto's error, not in
    # RecursionError.
    ws = Workspace.from_text(schema=model_text(Model(Schema((USER, LOOPS)), []))[0], tuples="")
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(_stack_depth() + 1000)
    try:
        result = ws.check("Doc:d#edit@alice")
    except RecursionError:
        result = None
    finally:
        sys.setrecursionlimit(old)
    assert result is not None, "the engine raised RecursionError"
    assert observed(result) == CYCLE


def _stack_depth() -> int:
    frame, n = sys._getframe(), 0
    while frame is not None:
        frame, n = frame.f_back, n + 1
    return n


FOLDER_VIEW = ns("Folder", [rel("viewers", "User")], [("view", chain(Related("viewers")))])
DOC_TRAVERSE = ns("Doc", [rel("parents", "Folder")],
                  [("view", chain(Traverse("parents", "view", "permits")))])


def test_traverse_ignores_the_relation_of_the_subject_set():
    # §3: "Traverse (R, P): ... IsAllowed(S.namespace:S.object#P @ subject, d−1).
    # The relation of S is ignored."
    tuples = "Doc:d#parents@Folder:f#whatever\nFolder:f#viewers@alice\n"
    expect(MEMBER, [FOLDER_VIEW, DOC_TRAVERSE], tuples, "Doc:d#view@alice", 5)


def test_traverse_errors_win_only_when_met_before_a_member():
    # §3: "If S's namespace has relations but lacks P → error; like any error in
    # a union it wins only if met before a member (so with both among the
    # traversed sets, tuple order decides)." Group declares relations, but no
    # `view`.
    group = ns("Group", [rel("members", "User")])
    good, bad = "Doc:d#parents@Folder:f\nFolder:f#viewers@alice\n", "Doc:d#parents@Group:g\n"
    expect(MISSING, [FOLDER_VIEW, DOC_TRAVERSE, group], bad + good, "Doc:d#view@alice", 5)
    expect(MEMBER, [FOLDER_VIEW, DOC_TRAVERSE, group], good + bad, "Doc:d#view@alice", 5)


LINKS = ns("G", [rel("m", "User", "G#m")])


def test_the_visited_set_is_shared_with_sibling_branches():
    # §3: "a pointer followed earlier (even one that ended Unknown at a lower
    # depth) is skipped later". a → [b, c]; b → c → d → e ∋ alice. At depth 3,
    # c is first reached below b at depth 1 (Unknown there), so a's own pointer
    # to c is skipped: Unknown. At depth 4 the path through b suffices.
    tuples = "G:a#m@G:b#m\nG:a#m@G:c#m\nG:b#m@G:c#m\nG:c#m@G:d#m\nG:d#m@G:e#m\nG:e#m@alice\n"
    expect(UNKNOWN_DEPTH, [LINKS], tuples, "G:a#m@alice", 3)
    expect(MEMBER, [LINKS], tuples, "G:a#m@alice", 4)


def test_user_subjects_are_pointers_so_a_denial_near_the_depth_limit_is_unknown():
    # §3: "every User:x subject is a pointer. A negative check on a relation
    # holding User:x subjects therefore recurses into them and, near the depth
    # limit, ends Unknown rather than NotMember"; strict mode follows only
    # SubjectSet<…> types, so there it is NotMember.
    expect(UNKNOWN_DEPTH, [FILE], "File:f#owners@User:bob\n", "File:f#owners@User:alice", 1)
    expect(NOT_MEMBER, [FILE], "File:f#owners@User:bob\n", "File:f#owners@User:alice", 2)
    expect(NOT_MEMBER, [FILE], "File:f#owners@User:bob\n", "File:f#owners@User:alice", 1, strict=True)


@pytest.mark.parametrize("pointers, expected", [(100, NOT_MEMBER), (101, UNKNOWN_WIDTH)])
def test_only_the_first_hundred_pointers_are_followed(pointers, expected):
    # §3: "Only the first max_read_width (default 100) pointers are followed
    # (more → limitation max_width_exceeded)."
    tuples = "".join(f"G:a#m@G:h{i}#m\n" for i in range(pointers))
    expect(expected, [LINKS], tuples, "G:a#m@alice", 5)


def test_schema_lookups():
    # §3: "A namespace that is declared but lacks the relation → error relation
    # "x" does not exist"; "a namespace with no relations, or the empty
    # relation means no schema: plain tuple semantics, no error"; "An unknown
    # namespace answers false over REST".
    expect(MISSING, [FILE], "", "File:f#nothing@alice", 5)
    expect(MEMBER, [FILE], "User:u#anything@alice\n", "User:u#anything@alice", 5)
    expect(MEMBER, [FILE], "File:f#@alice\n", "File:f#@alice", 5)
    expect(NOT_MEMBER, [FILE], "Ghost:g#r@alice\n", "Ghost:g#r@alice", 5)
    # …and so does a subject set naming one (the doc does not say which of the
    # request's namespaces; both are taken here)
    expect(NOT_MEMBER, [FILE], "File:f#owners@Ghost:g#r\n", "File:f#owners@Ghost:g#r", 5)


def test_strict_mode_follows_nothing_where_there_is_no_schema():
    # §3 strict mode: "ExpandSubject runs only when the relation declares
    # SubjectSet<…> types" — a relation without a schema declares none. The
    # traverse (not filtered) lands on Ghost:g#view, whose pointer leads to
    # alice: non-strict finds her, strict does not look.
    tuples = "Doc:d#parents@Ghost:g\nGhost:g#view@Ghost:h#r\nGhost:h#r@alice\n"
    expect(MEMBER, [FOLDER_VIEW, DOC_TRAVERSE], tuples, "Doc:d#view@alice", 5)
    expect(NOT_MEMBER, [FOLDER_VIEW, DOC_TRAVERSE], tuples, "Doc:d#view@alice", 5, strict=True)


def test_strict_or_batch_skips_relations_that_would_not_accept_the_subject():
    # §3 strict: "The OR batch skips every relation that would not accept the
    # subject." `parents` accepts only Folder:… subject sets, so a stored
    # User:alice there counts in non-strict mode only.
    doc = ns("Doc", [rel("parents", "Folder")], [("view", chain(Related("parents")))])
    tuples = "Doc:d#parents@User:alice\n"
    expect(MEMBER, [FOLDER_VIEW, doc], tuples, "Doc:d#view@User:alice", 5)
    expect(NOT_MEMBER, [FOLDER_VIEW, doc], tuples, "Doc:d#view@User:alice", 5, strict=True)


def test_strict_mode_answers_unknown_with_an_error():
    # §3: "Unknown is answered allowed: false in non-strict mode and as an error
    # (HTTP 422 "The check could not be completed") in strict mode."
    expect(UNKNOWN_DEPTH, [GROUP], NESTED_GROUPS, "Group:g0#members@User:alice", 2)
    expect(STRICT_UNKNOWN, [GROUP], NESTED_GROUPS, "Group:g0#members@User:alice", 2, strict=True)


def test_the_reference_names_its_errors_as_the_engine_classifies_them():
    # the comparison classifies messages; make sure the reference's own
    # messages land in the same classes
    assert _error_kind(CYCLIC) == "cyclic"
    assert _error_kind(INCOMPLETE) == "incomplete"
    assert observed(Outcome("unknown", None, 'relation "x" does not exist')) == MISSING
