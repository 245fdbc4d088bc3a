"""The tests panel: pass or fail per test, the tree of each failing check."""

from __future__ import annotations

from engine.check.trace import TraceNode
from tui.components.tests_panel import TestsPanel

from play_helpers import make_app, settle


def shown(tree):
    out = []
    stack = list(reversed(tree.root.children))
    while stack:
        node = stack.pop()
        out.append(node)
        if node.is_expanded:
            stack.extend(reversed(node.children))
    return out


async def test_failures_show_their_derivation_tree(fixture_copy):
    app = make_app(fixture_copy("failing-test"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await app.tests_done.wait()
        panel = app.query_one(TestsPanel)
        assert str(panel.query_one("#tests-title").render()) == "Tests: 1 passed · 1 failed"
        nodes = shown(panel.tree)
        labels = [n.label.plain for n in nodes]
        assert labels[0] == "✓ pass  viewers view"
        assert "✗ FAIL  strangers view too (wrong on purpose)" in labels
        assert ("✗ FAIL  check Doc:d1#view@User:mallory: expected true, got not_member" in labels)
        trace = [n for n in nodes if isinstance(n.data, TraceNode)]
        assert trace and trace[0].label.plain.startswith("✗ not_member  permit Doc:d1#view@User:mallory")
        # passing tests stay closed
        assert not nodes[0].is_expanded


async def test_a_what_if_edit_reruns_the_tests(fixture_copy):
    app = make_app(fixture_copy("failing-test"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.apply_what_if(add=["Doc:d1#owners@User:mallory"])
        await settle(app, pilot)
        title = str(app.query_one("#tests-title").render())
        assert title == "Tests: 2 passed · with the unsaved what-if edits"


async def test_r_runs_the_tests_again(drive):
    app = make_app(drive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "3")
        await pilot.pause()
        panel = app.query_one(TestsPanel)
        assert str(panel.query_one("#tests-title").render()) == "Tests: 9 passed"
        panel.query_one("#tests-title").update("stale")
        await pilot.press("r")
        await settle(app, pilot)
        assert str(panel.query_one("#tests-title").render()) == "Tests: 9 passed"


async def test_a_workspace_without_tests_says_so(tmp_path):
    (tmp_path / "s.opl").write_text("class User implements Namespace {}\n")
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert "has none" in str(app.query_one("#tests-title").render())
