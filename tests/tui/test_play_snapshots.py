"""SVG snapshots of the main screens (pytest-textual-snapshot).

After a deliberate change of the look: `pytest tests/tui/test_play_snapshots.py --snapshot-update`,
then look at the new SVGs before committing them.
"""

from __future__ import annotations

from tui.components.trees import ResultTree

from play_helpers import make_app, settle


def prepare(*steps):
    """A run_before that waits for the workspace, runs `steps` (async callables
    taking app and pilot), and leaves a still screen (no toasts, no blinking)."""
    async def run_before(pilot):
        app = pilot.app
        await settle(app, pilot)
        for input_ in app.query("Input"):
            input_.cursor_blink = False
        for step in steps:
            await step(app, pilot)
            await settle(app, pilot)
        app.clear_notifications()
        await pilot.pause()
    return run_before


def query(text):
    async def step(app, pilot):
        bar = app.query_one("#query-input")
        bar.focus()
        bar.value = text
        await pilot.press("enter")
    return step


def keys(*names):
    async def step(app, pilot):
        await pilot.press(*names)
    return step


def call(fn):
    async def step(app, pilot):
        fn(app)
    return step


def test_check_with_its_tree_at_80x24(snap_compare, drive):
    assert snap_compare(make_app(drive), terminal_size=(80, 24),
                        run_before=prepare(query("Document:roadmap#edit@User:bob")))


def test_what_if_edits_and_a_flipped_watch_light(snap_compare, drive):
    def edit(app):
        app.theme = "textual-light"
        app.session.pin("Document:roadmap#view@User:frank")
        app.apply_what_if(add=["Group:design#members@User:frank"], remove=["Group:platform#members@User:bob"])
    assert snap_compare(make_app(drive), terminal_size=(120, 36),
                        run_before=prepare(query("Document:roadmap#view@User:frank"), call(edit),
                                           keys("escape", "2")))


def test_what_if_edits_dark(snap_compare, drive):
    def edit(app):
        app.session.pin("Document:roadmap#view@User:frank")
        app.apply_what_if(add=["Group:design#members@User:frank"], remove=["Group:platform#members@User:bob"])
    assert snap_compare(make_app(drive), terminal_size=(120, 36),
                        run_before=prepare(call(edit), keys("escape", "2")))


def test_a_failing_test_and_its_tree(snap_compare, fixture_copy):
    assert snap_compare(make_app(fixture_copy("failing-test")), terminal_size=(100, 30),
                        run_before=prepare(keys("escape", "3")))


def test_schema_with_a_syntax_error(snap_compare, fixture_copy):
    assert snap_compare(make_app(fixture_copy("schema-syntax-error")), terminal_size=(100, 30),
                        run_before=prepare(keys("escape", "1", "n")))


def test_expand_tree(snap_compare, drive):
    assert snap_compare(make_app(drive), terminal_size=(100, 30),
                        run_before=prepare(query("expand Document:roadmap#view"),
                                           call(lambda app: app.query_one(ResultTree).action_open_all())))


def test_help_screen(snap_compare, drive):
    assert snap_compare(make_app(drive), terminal_size=(80, 24), run_before=prepare(keys("f1")))


def test_tuple_dialog_with_completion(snap_compare, drive):
    async def type_tuple(app, pilot):
        app.screen.query_one("#tuple-input").value = ""
        await pilot.press(*"Group:design#members@User:")
    assert snap_compare(make_app(drive), terminal_size=(80, 24),
                        run_before=prepare(keys("escape", "2", "a"), type_tuple))


def test_completion_in_the_query_bar(snap_compare, drive):
    async def type_query(app, pilot):
        await pilot.press(*"Document:roadmap#")
    assert snap_compare(make_app(drive), terminal_size=(80, 24), run_before=prepare(type_query))


def test_a_missing_workspace(snap_compare, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the message names the path: keep it the same on every machine
    assert snap_compare(make_app("nowhere"), terminal_size=(80, 24),
                        run_before=prepare(keys("escape", "4")))
