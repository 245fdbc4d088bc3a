"""Unsaved what-if edits survive a playground that ends without asking: they
are kept on disk while they exist, and the next playground on the workspace
puts them back, still unsaved. (The real-terminal version, with a killed
terminal, is in test_play_e2e_tmux.py.)"""

from __future__ import annotations

import json

from tui.components.dialogs import ChoiceDialog
from tui.recovery import Recovery

from play_helpers import make_app, settle, shown, wait_for

FRANK = "Group:design#members@User:frank"
BOB = "Group:platform#members@User:bob"


async def edit_and_end(drive, state, edit) -> None:
    """A playground that makes edits and then ends (as a closed terminal
    would end it: no question asked, nothing saved)."""
    app = make_app(drive, recovery_dir=state)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        edit(app)
        await settle(app, pilot)


async def test_edits_left_unsaved_come_back_in_the_next_playground(drive, tmp_path):
    state = tmp_path / "state"

    def edit(app):
        app.apply_what_if(add=[FRANK], remove=[BOB])
        old = next(t for t in app.session.ws.store if str(t) == "Group:engineering#members@Group:platform#members")
        app.session.replace(old, "Group:engineering#members@Group:design#members")
        app._after_change()
    await edit_and_end(drive, state, edit)
    kept = json.loads(next(state.iterdir()).read_text())
    assert kept["added"] == [FRANK] and kept["removed"] == [BOB]
    assert kept["replaced"] == [["Group:engineering#members@Group:platform#members",
                                 "Group:engineering#members@Group:design#members"]]

    app = make_app(drive, recovery_dir=state)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        s = app.session
        assert s.dirty and s.whatif.summary() == "+1 −1 ~1"
        assert s.run(f"check {FRANK}").check.allowed
        assert not s.run(f"check {BOB}").check.allowed
        # the edit is still an edit: saved, it takes the old tuple's line
        assert "Group:engineering#members@Group:platform#members" in [str(v) for v in s.whatif.added.values()]
        assert "+1 −1 ~1" in str(app.query_one("#app-header").render())
        assert any("Unsaved edits restored" in (n.title or "") for n in app._notifications)
        # the files are untouched until saved
        assert FRANK not in (drive / "drive.tuples").read_text()
        await pilot.press("escape", "ctrl+s")
        await settle(app, pilot)
        await wait_for(pilot, lambda: not app.session.dirty)
    assert FRANK in (drive / "drive.tuples").read_text()
    assert not any(state.iterdir()), "saved edits leave nothing to recover"


async def test_discarding_or_undoing_every_edit_forgets_them(drive, tmp_path):
    state = tmp_path / "state"
    await edit_and_end(drive, state, lambda app: app.apply_what_if(add=[FRANK]))
    assert len(list(state.iterdir())) == 1

    app = make_app(drive, recovery_dir=state)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.session.dirty
        await pilot.press("escape", "f8")
        await wait_for(pilot, lambda: shown(app, ChoiceDialog))
        await pilot.press("y")
        await settle(app, pilot)
        assert not app.session.dirty
    assert not any(state.iterdir())

    await edit_and_end(drive, state, lambda app: (app.apply_what_if(add=[FRANK]), app.action_undo()))
    assert not any(state.iterdir())


async def test_recovered_edits_belong_to_their_workspace_only(drive, tmp_path, fixture_copy):
    state = tmp_path / "state"
    await edit_and_end(drive, state, lambda app: app.apply_what_if(add=[FRANK]))
    other = fixture_copy("failing-test")
    app = make_app(other, recovery_dir=state)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert not app.session.dirty
    assert len(list(state.iterdir())) == 1  # still there for the drive workspace


def test_a_damaged_recovery_file_is_ignored(drive, tmp_path):
    state = tmp_path / "state"
    r = Recovery(state, drive)
    state.mkdir()
    for text in ("", "{", "[]", '{"workspace": "elsewhere", "added": ["a:b#c@d"]}',
                 json.dumps({"workspace": r.target, "added": [1, None], "replaced": [["x"], 3]})):
        r.path.write_text(text)
        assert r.read() is None
    r.path.write_text(json.dumps({"workspace": r.target, "added": ["not a tuple", FRANK]}))
    assert r.read().added == ["not a tuple", FRANK]


async def test_a_malformed_recovered_tuple_is_skipped_and_the_rest_restored(drive, tmp_path):
    state = tmp_path / "state"
    r = Recovery(state, drive)
    state.mkdir()
    r.path.write_text(json.dumps({"workspace": r.target, "added": ["not a tuple", FRANK], "removed": [BOB]}))
    app = make_app(drive, recovery_dir=state)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.session.whatif.summary() == "+1 −1"
