"""Keyboard first: every action bound, help listing the keys, the command
palette, panel switching, zoom, themes, and a usable 80×24."""

from __future__ import annotations

from textual.command import CommandPalette

from tui.app import PlayApp
from tui.components.help_screen import HelpScreen, _bindings, key_label
from tui.components.problems_panel import ProblemList
from tui.components.schema_view import SchemaView
from tui.components.trees import ResultTree
from tui.components.tuples_table import TuplesTable
from tui.components.watches_panel import WatchList

from play_helpers import keys, make_app, run_query, settle, shown, wait_for


async def test_help_lists_every_binding_of_every_panel(drive):
    app = make_app(drive)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("f1")
        await wait_for(pilot, lambda: shown(app, HelpScreen))
        text = app.screen.plain_text()
        for _title, cls in app.screen.sections:
            for b in _bindings(cls):
                if b.description:
                    assert b.description in text, (cls.__name__, b.description)
                    assert key_label(b.key) in text
        assert "n" in text and "Next problem" in text and "Delete/restore" in text and "Pin as watch" in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


def test_every_action_of_every_component_is_bound():
    """Each action a component offers has a key (and so a line in the help)."""
    from tui.components.result_panel import ResultPanel
    from tui.components.tests_panel import TestsPanel
    from tui.components.query_bar import QueryInput
    for cls in (PlayApp, SchemaView, TuplesTable, ResultTree, WatchList, ResultPanel, TestsPanel, QueryInput,
                ProblemList):
        own = {name[len("action_"):] for name in vars(cls) if name.startswith("action_")}
        bound = {b.action.split("(")[0] for base in cls.__mro__ for b in _bindings(base)}
        assert own <= bound, (cls.__name__, own - bound)


async def test_number_keys_switch_panels(drive):
    app = make_app(drive)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape")
        for key, tab, widget in (("2", "tab-tuples", TuplesTable), ("3", "tab-tests", ResultTree),
                                 ("4", "tab-problems", ProblemList), ("1", "tab-schema", SchemaView)):
            await pilot.press(key)
            await pilot.pause()
            assert app.query_one("#left").active == tab
            assert isinstance(app.focused, widget)
        await pilot.press("5")
        assert app.focused is app.query_one("#result-tree")
        app.session.pin("Document:roadmap#view@User:alice")
        app.query_one(WatchList).set_watches(list(app.session.watches))
        await pilot.press("6")
        assert isinstance(app.focused, WatchList)


async def test_the_command_palette_runs_actions(drive):
    app = make_app(drive)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.current_theme.dark
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: shown(app, CommandPalette))
        await pilot.press(*keys("Toggle light"))
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert not app.current_theme.dark


async def test_ctrl_t_toggles_the_theme_and_labels_follow(drive):
    app = make_app(drive)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await run_query(app, pilot, "Document:roadmap#edit@User:bob")
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.theme == "textual-light"
        await pilot.press("ctrl+t")
        assert app.theme == "textual-dark"


async def test_f2_zooms_the_focused_panel(drive):
    app = make_app(drive)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "1", "f2")
        await pilot.pause()
        assert app.screen.maximized is not None
        assert app.query_one(SchemaView).size.height >= 18
        await pilot.press("f2")
        await pilot.pause()
        assert app.screen.maximized is None


async def test_problems_are_visited_with_n_and_shown_below_the_schema(fixture_copy):
    app = make_app(fixture_copy("schema-syntax-error"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "1")
        view = app.query_one(SchemaView)
        lines = sorted(view.by_line)
        await pilot.press("n")
        assert view.cursor == lines[0]
        await pilot.press("n")
        assert view.cursor == lines[1]
        await pilot.press("N")
        assert view.cursor == lines[0]
        await pilot.press(*["n"] * len(lines))
        assert view.cursor == lines[0]  # wraps around
        target = lines[-1]
        while view.cursor != target:
            await pilot.press("n")
        status = str(app.query_one("#schema-status").render())
        assert status.startswith(f"E {target + 1}:") and 'expected ":", got "User"' in status


async def test_problems_panel_jumps_to_schema_and_tuples(fixture_copy):
    app = make_app(fixture_copy("unreadable-tuple-lines"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "4")
        await pilot.pause()
        problems = app.query_one(ProblemList)
        first = problems.problems[0]
        assert first.kind == "tuples" and "expected input to contain ':'" in first.message
        await pilot.press("home", "enter")
        await pilot.pause()
        assert app.query_one("#left").active == "tab-tuples"
        table = app.query_one(TuplesTable)
        assert table.current_row.text == "this line is not a tuple"
        await pilot.press("4")
        await pilot.pause()
        schema_index = next(i for i, p in enumerate(problems.problems) if p.kind == "schema")
        await pilot.press("home", *["down"] * schema_index, "enter")
        await pilot.pause()
        assert app.query_one("#left").active == "tab-schema"
        assert app.query_one(SchemaView).selected is not None


async def test_usable_at_80_by_24(drive):
    app = make_app(drive)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.screen.has_class("-narrow")
        await run_query(app, pilot, "Document:roadmap#edit@User:bob")
        for selector in ("#query-input", "#schema-view", "#result-tree", "#result-title", "#app-header"):
            region = app.query_one(selector).region
            assert region.width >= 60 and region.height >= 1, selector
            assert region.bottom <= 23
        assert app.query_one("#schema-view").region.height >= 5
        assert app.query_one("#result-tree").region.height >= 5


async def test_wide_terminals_put_the_panels_side_by_side(drive):
    app = make_app(drive)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        assert app.screen.has_class("-wide")
        left, right = app.query_one("#left").region, app.query_one("#right").region
        assert left.right <= right.x and left.y == right.y


def test_docs_list_every_key():
    """docs/tui.md names every binding the help screen shows."""
    from pathlib import Path

    from tui.components.dialogs import ChoiceDialog, TupleDialog
    from tui.components.query_bar import QueryInput
    from tui.components.result_panel import ResultPanel
    from tui.components.tests_panel import TestsPanel
    from tui.components.tuples_table import TupleFilter
    doc = (Path(__file__).resolve().parents[2] / "docs" / "tui.md").read_text()
    missing = []
    for cls in (PlayApp, QueryInput, SchemaView, TuplesTable, TupleFilter, ResultPanel, ResultTree, WatchList,
                TestsPanel, ProblemList, TupleDialog, ChoiceDialog):
        for b in _bindings(cls):
            if b.description and b.description not in doc:
                missing.append((cls.__name__, b.description))
    assert not missing
