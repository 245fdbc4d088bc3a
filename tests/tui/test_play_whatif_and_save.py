"""The what-if layer and saving it: edits change checks at once, stay
unsaved until saved, save line by line and atomically, and never overwrite
a file changed on disk without being told to."""

from __future__ import annotations

import json
import os

import pytest

from tui.saving import SaveConflict, SaveRefused
from tui.session import Session
from tui.tuple_rows import ADDED, EDITED, REMOVED, SAVED


def session(path) -> Session:
    s = Session(path)
    s.load()
    return s


def test_an_added_tuple_changes_the_check_and_flips_its_watch(drive):
    s = session(drive)
    watch = s.pin("Document:roadmap#view@User:frank")
    assert not watch.result.allowed
    change, flipped = s.add(["Group:design#members@User:frank"])
    assert change is not None
    assert [w.query for w in flipped] == ["Document:roadmap#view@User:frank"]
    assert flipped[0].before.startswith("denied") and flipped[0].verdict == "allowed"
    assert s.run("check Document:roadmap#view@User:frank").check.allowed
    assert s.dirty and s.whatif.summary() == "+1"


def test_undo_and_discard_return_to_the_files(drive):
    s = session(drive)
    before = set(s.ws.store)
    s.add(["Group:design#members@User:frank"])
    s.remove(["Group:platform#members@User:bob"])
    assert not s.run("check Document:roadmap#edit@User:bob").check.allowed
    s.undo()
    assert s.run("check Document:roadmap#edit@User:bob").check.allowed
    assert s.whatif.summary() == "+1"
    s.discard()
    assert set(s.ws.store) == before and not s.dirty


def test_rows_mark_unsaved_edits_in_place(drive):
    s = session(drive)
    bob = next(r.tuple for r in s.rows.rows if r.text == "Group:platform#members@User:bob")
    dana = next(r.tuple for r in s.rows.rows if r.text == "Group:design#members@User:dana")
    s.remove([bob])
    s.replace(dana, "Group:design#members@User:frank")
    s.add(["Document:new#owners@User:zoe"])
    view = [(r.text, state) for r, state in s.rows.view(s.whatif)]
    i = view.index(("Group:design#members@User:dana", REMOVED))
    assert view[i + 1] == ("Group:design#members@User:frank", EDITED)
    assert ("Group:platform#members@User:bob", REMOVED) in view
    assert view[-1] == ("Document:new#owners@User:zoe", ADDED)
    assert ("Folder:company#owners@User:erin", SAVED) in view
    filtered = [r.text for r, _ in s.rows.view(s.whatif, "design FRANK")]
    assert filtered == ["Group:design#members@User:frank"]


def test_save_edits_lines_in_place_and_keeps_comments(drive):
    s = session(drive)
    path = drive / "drive.tuples"
    original = path.read_text()
    dana = next(r.tuple for r in s.rows.rows if r.text == "Group:design#members@User:dana")
    bob = next(r.tuple for r in s.rows.rows if r.text == "Group:platform#members@User:bob")
    s.replace(dana, "Group:design#members@User:frank")
    s.remove([bob])
    s.add(["Document:new#owners@User:zoe"])
    written = s.save()
    assert list(written) == [str(path)]
    text = path.read_text()
    expected = (original.replace("Group:design#members@User:dana", "Group:design#members@User:frank")
                .replace("Group:platform#members@User:bob\n", "") + "Document:new#owners@User:zoe\n")
    assert text == expected
    assert not [p for p in os.listdir(drive) if p.endswith(".tmp")]
    s.install(s.read())
    assert not s.dirty
    assert s.run("check Document:new#edit@User:zoe").check.allowed


def test_save_refuses_to_overwrite_a_file_changed_on_disk(drive):
    s = session(drive)
    s.add(["Group:design#members@User:frank"])
    path = drive / "drive.tuples"
    path.write_text(path.read_text() + "Group:design#members@User:gina\n")
    with pytest.raises(SaveConflict) as e:
        s.save()
    assert e.value.paths == [str(path)]
    assert "User:gina" in path.read_text() and "design#members@User:frank" not in path.read_text()
    s.save(force=True)  # what the "Overwrite" answer does
    assert "design#members@User:frank" in path.read_text()


def test_reloading_keeps_the_edits_on_top_of_the_new_files(drive):
    s = session(drive)
    s.add(["Group:design#members@User:frank"])
    path = drive / "drive.tuples"
    path.write_text(path.read_text().replace("Group:platform#members@User:bob\n", "")
                    + "Group:design#members@User:gina\n")
    s.install(s.read())
    assert s.dirty and s.whatif.summary() == "+1"
    assert s.run("check Document:roadmap#view@User:frank").check.allowed
    assert s.run("check Document:roadmap#view@User:gina").check.allowed
    assert not s.run("check Document:roadmap#edit@User:bob").check.allowed


def test_a_schema_change_on_disk_keeps_the_store_and_reruns_watches(drive):
    s = session(drive)
    store = s.ws.store
    w = s.pin("Document:roadmap#view@User:dana")
    assert w.result.allowed
    schema = drive / "namespaces.keto.ts"
    schema.write_text(schema.read_text().replace("this.related.viewers.includes(ctx.subject) ||\n      this.permits.edit(ctx) ||\n      this.related.parents.traverse((p) => p.permits.view(ctx)),\n  }\n}\n", "this.permits.edit(ctx),\n  }\n}\n"))
    flipped = s.install(s.read())
    assert s.ws.store is store
    assert [x.query for x in flipped] == ["Document:roadmap#view@User:dana"]
    assert not w.result.allowed


def test_inline_tuples_are_saved_into_the_workspace_file(fixture_copy):
    ws = fixture_copy("inline-tuples")
    s = session(ws)
    bob = next(r.tuple for r in s.rows.rows if r.text == "Doc:d2#viewers@User:bob")
    s.remove([bob])
    s.add(["Doc:d3#viewers@User:carol"])
    s.save()
    text = (ws / "ws.opl.yaml").read_text()
    assert "  - Doc:d1#viewers@User:alice\n  - Doc:d3#viewers@User:carol\n" in text
    assert "bob" not in text and text.startswith("# tuples written in the workspace file itself\n")
    s.install(s.read())
    assert {str(t) for t in s.ws.store} == {"Doc:d1#viewers@User:alice", "Doc:d3#viewers@User:carol"}


def test_json_tuple_files_are_rewritten_as_json(fixture_copy):
    ws = fixture_copy("json-tuples")
    s = session(ws)
    s.add(["Doc:d3#viewers@User:carol"])
    s.save()
    data = json.loads((ws / "t.tuples.json").read_text())
    assert data[-1] == {"namespace": "Doc", "object": "d3", "relation": "viewers",
                        "subject_set": {"namespace": "User", "object": "carol", "relation": ""}}
    assert len(data) == 3


def test_a_workspace_without_a_tuple_file_refuses_to_save_new_tuples(tmp_path):
    (tmp_path / "ws.opl.yaml").write_text("schema: |\n  class User implements Namespace {}\n")
    s = session(tmp_path)
    s.add(["User:a#x@b"])
    with pytest.raises(SaveRefused, match="tuple_files"):
        s.save()
    assert (tmp_path / "ws.opl.yaml").read_text() == "schema: |\n  class User implements Namespace {}\n"


def test_a_directory_workspace_gets_a_tuple_file_for_new_tuples(tmp_path):
    (tmp_path / "s.opl").write_text("class User implements Namespace {}\n")
    s = session(tmp_path)
    s.add(["User:a#x@b"])
    s.save()
    assert (tmp_path / "whatif.tuples").read_text() == "User:a#x@b\n"


def test_saving_keeps_unreadable_lines(fixture_copy):
    ws = fixture_copy("unreadable-tuple-lines")
    s = session(ws)
    s.add(["Doc:d9#viewers@User:zed"])
    s.save()
    text = (ws / "broken.tuples").read_text()
    assert "this line is not a tuple\nDoc:d2#viewers\n" in text and text.endswith("Doc:d9#viewers@User:zed\n")


def test_saving_keeps_the_file_mode(drive):
    path = drive / "drive.tuples"
    os.chmod(path, 0o640)
    s = session(drive)
    s.add(["Group:design#members@User:frank"])
    s.save()
    assert (os.stat(path).st_mode & 0o777) == 0o640
