"""The query bar: running queries, completion, history, pinning."""

from __future__ import annotations

from tui.components.query_bar import CompletionList
from tui.components.result_panel import ResultPanel
from tui.components.trees import ResultTree
from tui.components.watches_panel import WatchList

from play_helpers import keys, make_app, run_query, settle


def labels(tree: ResultTree) -> list[str]:
    out = []
    stack = list(reversed(tree.root.children))
    while stack:
        node = stack.pop()
        out.append(node.label.plain)
        if node.is_expanded:
            stack.extend(reversed(node.children))
    return out


async def test_a_check_shows_its_verdict_and_derivation_tree(drive):
    app = make_app(drive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await run_query(app, pilot, "Document:roadmap#edit@User:bob")
        title = str(app.query_one("#result-title").render())
        assert title.startswith("✓ allowed (member) Document:roadmap#edit@User:bob")
        shown = labels(app.query_one("#result-tree", ResultTree))
        assert shown[0].startswith("✓ member  permit Document:roadmap#edit@User:bob")
        # the deciding path is open down to the tuple that matched
        assert any(s.startswith("✓ member  subject_set Group:platform#members@User:bob") or
                   "tuple Group:platform#members@User:bob" in s for s in shown)
        assert any(s.startswith("✗ not_member  direct") for s in shown)


async def test_a_denied_check_at_a_small_depth_is_unknown(drive):
    app = make_app(drive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await run_query(app, pilot, "check Document:roadmap#edit@User:bob --max-depth 2")
        assert str(app.query_one("#result-title").render()).startswith("✗ denied (unknown")
        assert labels(app.query_one("#result-tree", ResultTree))[0].startswith("? unknown")


async def test_expand_list_and_lookup(drive):
    app = make_app(drive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await run_query(app, pilot, "expand Group:engineering#members")
        shown = labels(app.query_one("#result-tree", ResultTree))
        assert shown[0] == "union Group:engineering#members"
        assert "leaf User:alice" in shown
        await run_query(app, pilot, "list Group:engineering#members")
        assert labels(app.query_one("#result-tree", ResultTree)) == [
            "Group:engineering#members@User:alice", "Group:engineering#members@Group:platform#members"]
        await run_query(app, pilot, "lookup objects User:frank Document#view")
        assert str(app.query_one("#result-title").render()).endswith("User:frank Document#view: 1 found")
        assert labels(app.query_one("#result-tree", ResultTree)) == ["spec"]


async def test_a_malformed_query_says_why(drive):
    app = make_app(drive)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await run_query(app, pilot, "check Document:roadmap")
        title = str(app.query_one("#result-title").render())
        assert title.startswith("! error check Document:roadmap: malformed string input")


async def test_tab_completes_from_the_schema_and_tuples(drive):
    app = make_app(drive)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        bar = app.query_one("#query-input")
        await pilot.press(*keys("check Document:r"))
        completions = app.query_one(CompletionList)
        assert completions.display and [c.text for c in completions.candidates] == ["check Document:roadmap#"]
        await pilot.press("tab")
        assert bar.value == "check Document:roadmap#"
        assert bar.has_focus
        await pilot.press("v")
        assert [c.text for c in completions.candidates] == ["check Document:roadmap#view@",
                                                           "check Document:roadmap#viewers@"]
        await pilot.press("down", "tab")
        assert bar.value == "check Document:roadmap#viewers@"
        await pilot.press("escape")
        assert not completions.display
        assert bar.has_focus


async def test_tab_leaves_the_bar_when_there_is_nothing_to_complete(drive):
    app = make_app(drive)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.query_one("#query-input").has_focus
        await pilot.press("tab")
        assert not app.query_one("#query-input").has_focus


async def test_history_recalls_earlier_queries(drive, tmp_path):
    history = tmp_path / "history"
    app = make_app(drive, history_file=history)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await run_query(app, pilot, "check Document:roadmap#view@User:alice")
        await run_query(app, pilot, "check Document:spec#view@User:bob")
        bar = app.query_one("#query-input")
        bar.value = ""
        await pilot.press("up")
        assert bar.value == "check Document:spec#view@User:bob"
        await pilot.press("up")
        assert bar.value == "check Document:roadmap#view@User:alice"
        await pilot.press("down", "down")
        assert bar.value == ""
    assert history.read_text().splitlines() == ["check Document:roadmap#view@User:alice",
                                                "check Document:spec#view@User:bob"]


async def test_pinning_from_the_bar_and_from_the_result(drive):
    app = make_app(drive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press(*keys("Document:roadmap#view@User:dana"), "ctrl+b")
        await pilot.pause()
        watches = app.query_one(WatchList)
        assert [w.query for w in watches.watches] == ["Document:roadmap#view@User:dana"]
        await run_query(app, pilot, "check Document:roadmap#edit@User:dana")
        app.query_one(ResultTree).focus()
        await pilot.press("p")
        await pilot.pause()
        assert [w.query for w in watches.watches] == ["Document:roadmap#view@User:dana",
                                                      "Document:roadmap#edit@User:dana"]
        assert [w.verdict for w in watches.watches] == ["allowed", "denied (unknown)"]


async def test_escape_moves_from_the_bar_to_the_result(drive):
    app = make_app(drive)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape")
        assert app.focused is app.query_one("#result-tree")
        await pilot.press("ctrl+l")
        assert app.focused is app.query_one("#query-input")


async def test_the_shown_check_reruns_after_an_edit(drive):
    app = make_app(drive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await run_query(app, pilot, "Document:roadmap#view@User:frank")
        panel = app.query_one(ResultPanel)
        assert panel.last_allowed is False
        app.apply_what_if(add=["Group:design#members@User:frank"])
        await settle(app, pilot)
        assert panel.last_allowed is True
