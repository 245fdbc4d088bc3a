"""Explain mode writes out the two NotMember nodes of a trivial subject set
(a plain relation with no subject set stored under it) instead of evaluating
them. The trees must be exactly the ones evaluation builds: every node, every
field, in order. Compared here with the shortcut on and off, on random models
(the differential test's generator) and on the bundled Drive example.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings

from engine import Workspace
from engine.check.engine import Checker
from keto_reference.render import Style, model_text, tuple_text
from keto_reference.strategies import models, styles

from engine.workspace import parse_query

ROOT = Path(__file__).resolve().parents[2]


def dump(node) -> dict:
    """Every field of every node (to_json leaves spans out unless asked)."""
    out = {name: getattr(node, name) for name in node.__slots__ if name != "children"}
    out["children"] = [dump(c) for c in node.children]
    return out


def trees(ws: Workspace, query: str, depth: int, strict: bool) -> tuple[dict, dict, int]:
    """The tree with and without the shortcut, and how often it was taken."""
    q = parse_query(query)
    out = []
    taken = 0
    for shortcut in (True, False):
        checker = Checker(ws.schema, ws.store, strict=strict, max_depth=ws.max_depth)
        checker.shortcut_trees = shortcut
        if shortcut:
            written = checker._not_member_nodes

            def counting(*args):
                nonlocal taken
                taken += 1
                return written(*args)
            checker._not_member_nodes = counting
        res, root = checker.check(q.namespace, q.object, q.relation, q.subject, depth, trace=True)
        out.append((res, dump(root)))
    (res_on, tree_on), (res_off, tree_off) = out
    assert res_on == res_off
    return tree_on, tree_off, taken


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(models(), styles)
def test_written_out_nodes_equal_evaluated_ones_on_random_models(model, style):
    # Non-strict only: strict mode follows typed subject sets, which the
    # shortcut leaves alone. Up to 40 queries of each model, spread over it,
    # keep an example's time bounded (explain trees of permit cycles are big).
    schema, tuples = model_text(model, style)
    ws = Workspace.from_text(schema=schema, tuples=tuples)
    queries = model.queries()
    for query in queries[::max(1, len(queries) // 40)]:
        text = tuple_text(query)
        for depth in (2, 5):
            on, off, _ = trees(ws, text, depth, False)
            assert on == off, f"{text} depth={depth}\n{schema}\n{tuples}"


def test_written_out_nodes_equal_evaluated_ones_on_the_drive_example():
    ws = Workspace.load(ROOT / "examples" / "drive" / "drive.opl.yaml")
    objects = {(t.namespace, t.object) for t in ws.store}
    users = sorted({str(t.subject) for t in ws.store if t.subject.namespace == "User"})
    taken = 0
    compared = 0
    for ns, obj in sorted(objects):
        namespace = ws.schema.get(ns)
        names = [r.name for r in namespace.relations] if namespace is not None else []
        for rel in names:
            for user in users:
                on, off, n = trees(ws, f"{ns}:{obj}#{rel}@{user}", 0, False)
                assert on == off, f"{ns}:{obj}#{rel}@{user}"
                taken += n
                compared += 1
    assert compared > 100
    # the comparison means something only if the shortcut was taken
    assert taken > 20
