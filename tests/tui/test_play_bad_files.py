"""Bad files open anyway, with their problems shown; nothing crashes."""

from __future__ import annotations

from engine.diagnostics import Severity
from tui.components.problems_panel import ProblemList
from tui.components.schema_view import SchemaView
from tui.components.tuples_table import TuplesTable
from tui.loading import load_snapshot

from play_helpers import make_app, run_query, settle


def test_a_missing_workspace_is_an_empty_one_with_its_error(tmp_path):
    snap = load_snapshot(tmp_path / "nowhere")
    assert snap.error and "no such file or directory" in snap.error
    assert snap.problems[0].severity is Severity.ERROR
    assert len(snap.ws.store) == 0


def test_a_file_that_is_no_workspace(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("hello")
    snap = load_snapshot(f)
    assert snap.error and "not a workspace" in snap.error


def test_a_single_schema_file_opens(tmp_path):
    f = tmp_path / "s.opl"
    f.write_text("class User implements Namespace {}\n")
    snap = load_snapshot(f)
    assert snap.error is None and snap.ws.schema.names == ["User"]


async def test_schema_with_a_syntax_error(fixture_copy):
    app = make_app(fixture_copy("schema-syntax-error"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        view = app.query_one(SchemaView)
        assert "editors User[]" in view.text
        line = view.text.split("\n").index("    editors User[]")
        marks = view.problems_at(line)
        assert any(d.syntax and d.message == 'expected ":", got "User"' for d in marks)
        header = str(app.query_one("#app-header").render())
        assert "✗ schema: 1 error" in header
        problems = app.query_one(ProblemList)
        assert any('expected ":", got "User"' in p.message for p in problems.problems)
        # checks still answer (on what the parser recovered)
        await run_query(app, pilot, "check Doc:d1#view@User:alice")
        assert app.query_one("#result-panel").last_allowed is True


async def test_unreadable_tuple_lines_are_rows_with_their_error(fixture_copy):
    app = make_app(fixture_copy("unreadable-tuple-lines"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        table = app.query_one(TuplesTable)
        broken = [(r.text, r.note) for r, state in table.view if state == "broken"]
        assert broken == [("this line is not a tuple", "malformed string input: expected input to contain ':'"),
                          ("Doc:d2#viewers", "malformed string input: expected input to contain '@'")]
        await run_query(app, pilot, "Doc:d3#viewers@User:bob")
        assert app.query_one("#result-panel").last_allowed is True


async def test_bad_yaml_opens_with_the_problem(fixture_copy):
    app = make_app(fixture_copy("bad-yaml"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        problems = app.query_one(ProblemList).problems
        assert problems and "invalid YAML" in problems[0].message
        await run_query(app, pilot, "check a:b#c@d")
        assert app.query_one("#result-panel").last_allowed is False


async def test_missing_schema_file(fixture_copy):
    app = make_app(fixture_copy("missing-schema-file"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        messages = [p.message for p in app.query_one(ProblemList).problems]
        assert any("cannot read schema file nowhere.keto.ts" in m for m in messages)


async def test_a_missing_workspace_opens(tmp_path):
    app = make_app(tmp_path / "does-not-exist")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        messages = [p.message for p in app.query_one(ProblemList).problems]
        assert any("no such file or directory" in m for m in messages)
        assert "cannot read the workspace" in str(app.query_one("#app-header").render())
        await run_query(app, pilot, "check garbage")
        assert "malformed string input" in str(app.query_one("#result-title").render())


async def test_no_argument_uses_the_current_directory(drive, monkeypatch):
    monkeypatch.chdir(drive)
    app = make_app(None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.session.snapshot.display_name == "drive/drive.opl.yaml"
        assert len(app.session.ws.store) == 13


async def test_binary_garbage_in_every_file(tmp_path):
    (tmp_path / "ws.opl.yaml").write_bytes(b"schema_file: s.opl\ntuple_files: [t.tuples]\n")
    (tmp_path / "s.opl").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "t.tuples").write_bytes(b"\xff\xfe\x00garbage\n" * 20)
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.query_one(ProblemList).problems
        await pilot.press("escape", "1", "n", "2", "down", "d", "e", "escape")
        await settle(app, pilot)
        assert app.is_running
