"""Derivation trees: collapsible, results coloured and labelled, each step
jumping to its rule in the schema view."""

from __future__ import annotations

from engine.check.trace import TraceNode
from tui.components.schema_view import SchemaView
from tui.components.styling import component_style
from tui.components.trees import ResultTree

from play_helpers import make_app, run_query, settle


def visible(tree: ResultTree):
    out = []
    stack = list(reversed(tree.root.children))
    while stack:
        node = stack.pop()
        out.append(node)
        if node.is_expanded:
            stack.extend(reversed(node.children))
    return out


async def test_enter_on_a_step_shows_its_rule_in_the_schema(drive):
    app = make_app(drive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await run_query(app, pilot, "Document:roadmap#edit@User:bob")
        tree = app.query_one("#result-tree", ResultTree)
        tree.focus()
        nodes = visible(tree)
        target = next(i for i, n in enumerate(nodes)
                      if isinstance(n.data, TraceNode) and n.data.kind == "traverse")
        trace = nodes[target].data
        for _ in range(target):
            await pilot.press("down")
        status = str(app.query_one("#result-status").render())
        view = app.query_one(SchemaView)
        rule_line = view.line_of(trace.span[0])
        assert status.startswith(f"rule at schema line {rule_line + 1}")
        app.query_one("#left").active = "tab-tests"
        await pilot.press("enter")
        await pilot.pause()
        assert app.query_one("#left").active == "tab-schema"
        assert view.selected == trace.span
        assert view.text[trace.span[0]:trace.span[1]] == "this.related.parents.traverse((p) => p.permits.edit(ctx))"
        assert view.cursor == rule_line
        assert tree.has_focus  # the user keeps walking the tree


async def test_steps_open_and_close(drive):
    app = make_app(drive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await run_query(app, pilot, "Document:roadmap#edit@User:bob")
        tree = app.query_one("#result-tree", ResultTree)
        tree.focus()
        before = len(visible(tree))
        await pilot.press("space")  # close the root
        assert len(visible(tree)) == 1
        await pilot.press("space")
        assert len(visible(tree)) == before
        await pilot.press("o")  # open everything below
        opened = visible(tree)
        assert len(opened) > before
        assert all(n.is_expanded for n in opened if n.allow_expand)
        await pilot.press("O")
        assert len(visible(tree)) == 1


async def test_results_are_labelled_and_coloured_from_the_theme(drive):
    app = make_app(drive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await run_query(app, pilot, "Document:roadmap#edit@User:bob")
        tree = app.query_one("#result-tree", ResultTree)
        nodes = visible(tree)
        member = next(n for n in nodes if n.label.plain.startswith("✓ member"))
        denied = next(n for n in nodes if n.label.plain.startswith("✗ not_member"))
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await pilot.pause()
            for node, tone in ((member, "member"), (denied, "not_member")):
                rendered = tree.render_label(node, tree.rich_style, tree.rich_style)
                word = rendered.plain.index(tone)
                colors = {str(s.style.color) for s in rendered.spans if s.start <= word < s.end and s.style.color}
                want = str(component_style(tree, f"result-tree--{tone}").color)
                assert want in colors
        green = component_style(tree, "result-tree--member").color
        app.theme = "textual-dark"
        await pilot.pause()
        assert component_style(tree, "result-tree--member").color != green


async def test_a_big_denied_tree_appears_lazily(tmp_path):
    # 300 groups nested in a chain: the denial explores every one of them
    lines = [f"Group:g{i}#members@Group:g{i + 1}#members" for i in range(300)]
    (tmp_path / "s.opl").write_text(
        'class User implements Namespace {}\n'
        'class Group implements Namespace {\n  related: {\n    members: (User | SubjectSet<Group, "members">)[]\n'
        '  }\n}\n')
    (tmp_path / "t.tuples").write_text("\n".join(lines) + "\n")
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await run_query(app, pilot, "check Group:g0#members@User:nobody --max-depth 400")
        tree = app.query_one("#result-tree", ResultTree)
        assert str(app.query_one("#result-title").render()).startswith("✗ denied")
        # only the opened path was built, not the whole tree
        built = 0
        stack = [tree.root]
        while stack:
            n = stack.pop()
            built += 1
            stack.extend(n.children)
        assert built < 2000
