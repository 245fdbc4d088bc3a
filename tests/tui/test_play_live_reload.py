"""Live reload with watchfiles: edits on disk update diagnostics and watches
at once, and never overwrite unsaved what-if edits without asking."""

from __future__ import annotations

from tui.components.dialogs import ChoiceDialog
from tui.components.schema_view import SchemaView
from tui.components.tuples_table import TuplesTable
from tui.components.watches_panel import WatchList

from play_helpers import make_app, settle, shown, wait_for

DOCUMENT_VIEW = ("    view: (ctx: Context): boolean =>\n      this.related.viewers.includes(ctx.subject) ||\n"
                 "      this.permits.edit(ctx) ||\n"
                 "      this.related.parents.traverse((p) => p.permits.view(ctx)),\n")
ONLY_VIEWERS = "    view: (ctx: Context): boolean =>\n      this.related.viewers.includes(ctx.subject),\n"


async def started(app, pilot):
    await settle(app, pilot)
    # the watcher is running once its worker has started
    await wait_for(pilot, lambda: any(w.group == "watch" and w.is_running for w in app.workers))
    await pilot.pause(0.3)


async def test_a_schema_edit_on_disk_updates_diagnostics_and_watches(drive):
    app = make_app(drive, watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        app.session.pin("Document:spec#view@User:bob")
        app.query_one(WatchList).set_watches(list(app.session.watches))
        assert app.session.watches.items[0].verdict == "allowed"
        schema = drive / "namespaces.keto.ts"
        text = schema.read_text()
        # only a document's viewers view it now (the last view is Document's), and a typo
        head, found, tail = text.rpartition(DOCUMENT_VIEW)
        assert found
        broken = (head + ONLY_VIEWERS + tail).replace("class Document implements Namespace {",
                                                      "class Document implements Namespace {\n  oops")
        schema.write_text(broken)
        view = app.query_one(SchemaView)
        await wait_for(pilot, lambda: "oops" in view.text)
        line = view.text.split("\n").index("  oops")
        assert any(d.syntax for d in view.problems_at(line))
        assert "✗ schema:" in str(app.query_one("#app-header").render())
        watch = app.session.watches.items[0]
        await wait_for(pilot, lambda: watch.flipped)
        assert watch.verdict.startswith("denied") and watch.before == "allowed"
        assert "⇄ was allowed" in app.query_one(WatchList).get_option_at_index(0).prompt.plain
        # and back
        schema.write_text(text)
        await wait_for(pilot, lambda: "oops" not in view.text and watch.verdict == "allowed")
        assert "✓ schema ok" in str(app.query_one("#app-header").render())


async def test_a_tuple_edit_on_disk_reloads_without_asking(drive):
    app = make_app(drive, watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        app.session.pin("Document:roadmap#view@User:frank")
        path = drive / "drive.tuples"
        path.write_text(path.read_text() + "Group:design#members@User:frank\n")
        table = app.query_one(TuplesTable)
        await wait_for(pilot, lambda: any(r.text == "Group:design#members@User:frank" for r, _ in table.view))
        assert not isinstance(app.screen, ChoiceDialog)
        watch = app.session.watches.items[0]
        assert watch.verdict == "allowed" and watch.flipped


async def test_a_change_on_disk_with_unsaved_edits_asks_and_keeps_them(drive):
    app = make_app(drive, watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        app.apply_what_if(add=["Group:design#members@User:frank"])
        await settle(app, pilot)
        path = drive / "drive.tuples"
        path.write_text(path.read_text() + "Group:design#members@User:gina\n")
        await wait_for(pilot, lambda: shown(app, ChoiceDialog))
        message = str(app.screen.query_one(".dialog-message").render())
        assert "drive.tuples changed on disk while you have 1 unsaved what-if edit" in message
        await pilot.press("r")
        await wait_for(pilot, lambda: app.session.run("check Group:design#members@User:gina").check.allowed)
        assert app.session.dirty
        assert app.session.run("check Document:roadmap#view@User:frank").check.allowed
        assert "Group:design#members@User:frank" not in path.read_text()


async def test_dropping_the_edits_or_reloading_later(drive):
    app = make_app(drive, watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        app.apply_what_if(add=["Group:design#members@User:frank"])
        await settle(app, pilot)
        path = drive / "drive.tuples"
        path.write_text(path.read_text() + "Group:design#members@User:gina\n")
        await wait_for(pilot, lambda: shown(app, ChoiceDialog))
        await pilot.press("l")  # not now
        await pilot.pause()
        assert "files changed on disk: ctrl+r reloads" in str(app.query_one("#app-header").render())
        assert not app.session.run("check Group:design#members@User:gina").check.allowed
        path.write_text(path.read_text() + "Group:design#members@User:hal\n")
        await wait_for(pilot, lambda: shown(app, ChoiceDialog))
        await pilot.press("d")  # reload, drop my edits
        await wait_for(pilot, lambda: app.session.run("check Group:design#members@User:hal").check.allowed)
        assert not app.session.dirty
        assert not app.session.run("check Group:design#members@User:frank").check.allowed


async def test_saving_does_not_ask_about_its_own_write(drive):
    app = make_app(drive, watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        app.apply_what_if(add=["Group:design#members@User:frank"])
        await settle(app, pilot)
        app.apply_what_if(add=["Group:design#members@User:gina"])
        await pilot.press("escape", "ctrl+s")
        await settle(app, pilot)
        await pilot.pause(1.0)  # the watcher sees the write
        await settle(app, pilot)
        assert not isinstance(app.screen, ChoiceDialog)
        assert not app.session.dirty
        assert (drive / "drive.tuples").read_text().endswith(
            "Group:design#members@User:frank\nGroup:design#members@User:gina\n")


async def test_a_workspace_that_appears_is_loaded(tmp_path):
    app = make_app(tmp_path, watch=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot)
        assert app.session.snapshot.error
        (tmp_path / "s.opl").write_text("class User implements Namespace {}\n")
        (tmp_path / "t.tuples").write_text("User:a#b@c\n")
        await wait_for(pilot, lambda: app.session.snapshot.error is None and len(app.session.ws.store) == 1)


async def test_a_missing_folder_that_appears_is_loaded(tmp_path):
    target = tmp_path / "later"
    app = make_app(target, watch=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot)
        assert "no such file or directory" in app.session.snapshot.error
        staging = tmp_path / "staging"
        staging.mkdir()
        (staging / "s.opl").write_text("class User implements Namespace {}\n")
        (staging / "t.tuples").write_text("User:a#b@c\n")
        staging.rename(target)  # appears at once, files and all
        await wait_for(pilot, lambda: app.session.snapshot.error is None and len(app.session.ws.store) == 1)
