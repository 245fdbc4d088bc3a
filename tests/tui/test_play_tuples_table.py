"""The tuples table: filter, add, edit, delete, undo, discard, save — with
unsaved edits marked in words and the watches they flip."""

from __future__ import annotations

from textual.widgets import Input

from tui.components.dialogs import ChoiceDialog, TupleDialog
from tui.components.tuples_table import TupleFilter, TuplesTable
from tui.components.watches_panel import WatchList

from play_helpers import keys, make_app, settle, shown, wait_for


def rows(table: TuplesTable) -> list[tuple[str, str]]:
    return [(r.text, state) for r, state in table.view]


async def open_tuples(app, pilot) -> TuplesTable:
    await settle(app, pilot)
    await pilot.press("escape", "2")  # leave the query bar, show the tuples
    await pilot.pause()
    table = app.query_one(TuplesTable)
    assert table.has_focus
    return table


async def goto(pilot, table: TuplesTable, text: str) -> None:
    index = next(i for i, (r, _) in enumerate(table.view) if r.text == text)
    await pilot.press("home", *["down"] * index)
    assert table.current_row.text == text


async def test_filter_narrows_the_rows(drive):
    app = make_app(drive)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_tuples(app, pilot)
        await pilot.press("slash")
        assert app.query_one(TupleFilter).has_focus
        await pilot.press(*keys("design frank"))
        assert rows(table) == []
        await pilot.press(*["backspace"] * 6)
        assert rows(table) == [("Group:design#members@User:dana", "saved"),
                               ("Folder:engineering#viewers@Group:design#members", "saved")]
        assert "2 shown" in str(app.query_one("#tuples-title").render())
        await pilot.press("enter")
        assert table.has_focus


async def test_add_a_tuple_through_the_dialog_and_see_the_watch_flip(drive):
    app = make_app(drive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.session.pin("Document:roadmap#view@User:frank")
        table = await open_tuples(app, pilot)
        await pilot.press("a")
        await wait_for(pilot, lambda: shown(app, TupleDialog))
        dialog_input = app.screen.query_one("#tuple-input", Input)
        dialog_input.value = ""
        await pilot.press(*keys("Group:design#members@User:fr"))
        await pilot.press("tab")  # completion from the tuples
        assert dialog_input.value == "Group:design#members@User:frank"
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, TupleDialog)
        assert rows(table)[-1] == ("Group:design#members@User:frank", "added")
        assert table.current_row.text == "Group:design#members@User:frank"
        assert "UNSAVED +1" in str(app.query_one("#app-header").render())
        assert "UNSAVED what-if: +1" in str(app.query_one("#tuples-title").render())
        watch = app.query_one(WatchList).watches[0]
        assert watch.flipped and watch.verdict == "allowed"
        assert "⇄ was denied (unknown)" in app.query_one(WatchList).get_option_at_index(0).prompt.plain
        assert "⇄ 1 flipped by the last change" in str(app.query_one("#watches-title").render())


async def test_the_dialog_refuses_a_malformed_tuple(drive):
    app = make_app(drive)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_tuples(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#tuple-input", Input).value = "Group:design#members"
        await pilot.press("enter")
        await wait_for(pilot, lambda: shown(app, TupleDialog))
        assert "expected input to contain '@'" in str(app.screen.query_one("#tuple-advice").render())
        app.screen.query_one("#tuple-input", Input).value = "Nope:x#y@z"
        await pilot.pause()
        assert 'namespace "Nope" is not declared' in str(app.screen.query_one("#tuple-advice").render())
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, TupleDialog)
        assert not app.session.dirty
        assert table.has_focus


async def test_delete_restore_edit_and_undo(drive):
    app = make_app(drive)
    async with app.run_test(size=(120, 40)) as pilot:
        table = await open_tuples(app, pilot)
        await goto(pilot, table, "Group:platform#members@User:bob")
        await pilot.press("d")
        await settle(app, pilot)
        assert ("Group:platform#members@User:bob", "removed") in rows(table)
        assert "− deleted" in table.render_line(table.cursor - table.scroll_offset.y).text
        await pilot.press("d")  # again: restore
        await settle(app, pilot)
        assert ("Group:platform#members@User:bob", "saved") in rows(table)
        assert not app.session.dirty
        await pilot.press("e")
        await pilot.pause()
        dialog_input = app.screen.query_one("#tuple-input", Input)
        assert dialog_input.value == "Group:platform#members@User:bob"
        dialog_input.value = "Group:platform#members@User:bobby"
        await pilot.press("enter")
        await settle(app, pilot)
        listed = rows(table)
        i = listed.index(("Group:platform#members@User:bob", "removed"))
        assert listed[i + 1] == ("Group:platform#members@User:bobby", "edited")
        await pilot.press("u")
        await settle(app, pilot)
        assert ("Group:platform#members@User:bob", "saved") in rows(table)
        assert not app.session.dirty


async def test_discard_asks_then_drops_every_edit(drive):
    app = make_app(drive)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_tuples(app, pilot)
        app.apply_what_if(add=["Group:x#members@User:y"], remove=["Group:platform#members@User:bob"])
        await settle(app, pilot)
        await pilot.press("X")
        await wait_for(pilot, lambda: shown(app, ChoiceDialog))
        await pilot.press("n")
        await pilot.pause()
        assert app.session.dirty
        await pilot.press("X")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert not app.session.dirty
        assert all(state == "saved" for _, state in rows(table))


async def test_ctrl_s_saves_and_the_marks_go(drive):
    app = make_app(drive)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_tuples(app, pilot)
        app.apply_what_if(add=["Group:x#members@User:y"])
        await settle(app, pilot)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert (drive / "drive.tuples").read_text().endswith("Group:x#members@User:y\n")
        assert not app.session.dirty
        assert ("Group:x#members@User:y", "saved") in rows(table)
        assert "UNSAVED" not in str(app.query_one("#app-header").render())


async def test_saving_over_a_file_changed_on_disk_asks(drive):
    app = make_app(drive)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_tuples(app, pilot)
        app.apply_what_if(add=["Group:x#members@User:y"])
        await settle(app, pilot)
        path = drive / "drive.tuples"
        path.write_text(path.read_text() + "Group:z#members@User:w\n")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: shown(app, ChoiceDialog))
        assert "drive.tuples changed on disk" in str(app.screen.query_one(".dialog-message").render())
        await pilot.press("r")  # reload, keep my edits
        await settle(app, pilot)
        assert app.session.dirty
        assert app.session.run("check Group:z#members@User:w").check.allowed
        assert "Group:x#members@User:y" not in path.read_text()
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        text = path.read_text()
        assert text.endswith("Group:z#members@User:w\nGroup:x#members@User:y\n")


async def test_check_a_row(drive):
    app = make_app(drive)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_tuples(app, pilot)
        await goto(pilot, table, "Document:roadmap#owners@User:carol")
        await pilot.press("c")
        await settle(app, pilot)
        assert str(app.query_one("#result-title").render()).startswith(
            "✓ allowed (member) Document:roadmap#owners@User:carol")
