"""The examples gallery and the guided tour: built from examples/ and
templates/tour.yaml, and the tour's claims hold in the engine."""

from __future__ import annotations

import pytest

from engine.workspace import file_kind
from playground.bridge import Session
from playground.gallery import TOUR_PATH, load_examples, load_tour
from paths import EXAMPLES  # tests/paths.py


def test_every_example_folder_is_in_the_gallery_with_its_files():
    examples = load_examples(EXAMPLES)
    folders = sorted(p.name for p in EXAMPLES.iterdir() if p.is_dir() and any(
        file_kind(f.name) for f in p.rglob("*") if f.is_file()))
    assert [e["id"] for e in examples] == folders
    for ex in examples:
        on_disk = {f.relative_to(EXAMPLES / ex["id"]).as_posix(): f.read_text(encoding="utf-8")
                   for f in (EXAMPLES / ex["id"]).rglob("*") if f.is_file() and file_kind(f.name)}
        assert {f["name"]: f["text"] for f in ex["files"]} == on_disk
        kinds = [file_kind(f["name"]) for f in ex["files"]]
        assert kinds == sorted(kinds, key=["schema", "tuples", "workspace"].index)


def test_the_drive_example_suggests_its_first_test_query():
    drive = next(e for e in load_examples(EXAMPLES) if e["id"] == "drive")
    assert drive["query"] == "Document:roadmap#edit@User:carol"
    assert drive["description"].startswith("Google-Drive-like sharing")


def tour_steps():
    return load_tour(load_examples(EXAMPLES))


@pytest.mark.parametrize("step", [s for s in tour_steps() if "expect" in s], ids=lambda s: s["title"])
def test_each_tour_step_gets_the_answer_its_text_promises(step):
    ex = next(e for e in load_examples(EXAMPLES) if e["id"] == step["example"])
    session = Session()
    session.rpc_set_files(ex["files"])
    q = step["query"]
    assert q["mode"] == "check"
    reply = session.rpc_check(q["text"], max_depth=q["max_depth"])
    assert reply["result"] == step["expect"], reply
    if step.get("find"):
        assert step["find"] in session.files[step["file"]]


def test_the_tour_covers_zanzibars_ideas():
    titles = [s["title"].lower() for s in tour_steps()]
    for idea in ("tuples", "subject sets", "rewrites", "traverse", "depth"):
        assert any(idea in t for t in titles), idea


def test_a_tour_pointing_at_a_missing_file_is_refused(tmp_path):
    bad = tmp_path / "tour.yaml"
    bad.write_text("steps:\n  - {title: x, body: y, example: drive, file: nope.tuples}\n")
    with pytest.raises(ValueError, match="no file 'nope.tuples'"):
        load_tour(load_examples(EXAMPLES), bad)
    bad.write_text("steps:\n  - {title: x, body: y, example: drive, file: drive.tuples, find: 'Zzz'}\n")
    with pytest.raises(ValueError, match="is not in drive.tuples"):
        load_tour(load_examples(EXAMPLES), bad)
    assert TOUR_PATH.is_file()
