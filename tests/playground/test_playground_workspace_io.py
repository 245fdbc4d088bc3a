"""Export to one self-contained .opl.yaml and import back: nothing lost."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.workspace_file import read_workspace
from playground.bridge import Session
from playground.gallery import load_examples
from playground.workspace_io import clean_name, export_workspace, import_files, yaml_block
from paths import EXAMPLES  # tests/paths.py


def drive() -> dict[str, str]:
    ex = next(e for e in load_examples(EXAMPLES) if e["id"] == "drive")
    return {f["name"]: f["text"] for f in ex["files"]}


def no_files(path):
    raise FileNotFoundError(path)


def test_export_inlines_schema_and_tuples_and_keeps_the_tests_as_written():
    files = drive()
    out = export_workspace(files)
    assert out["name"] == "drive.opl.yaml"
    text = out["text"]
    assert "schema_file" not in text and "tuple_files" not in text
    ws, diags = read_workspace(text, PurePosixPath("/x/drive.opl.yaml"), no_files)
    assert ws is not None and [d.message for d in diags if d.severity.value == "error"] == []
    assert ws.analysis.text == files["namespaces.keto.ts"]
    assert sorted(map(str, ws.tuples)) == sorted(
        ln for ln in files["drive.tuples"].splitlines() if ln.strip() and not ln.startswith("//"))
    assert "# alice is in engineering" in text  # the tests' comments survive
    assert text.startswith("# Google-Drive-like sharing")
    assert ws.run_tests().passed == 9


def test_import_splits_an_exported_file_back_into_the_same_files():
    files = drive()
    exported = export_workspace(files)
    back = {f["name"]: f["text"] for f in import_files([(exported["name"], exported["text"])])}
    assert set(back) == {"drive.opl.yaml", "drive.keto.ts", "drive.tuples"}
    assert back["drive.keto.ts"] == files["namespaces.keto.ts"]
    assert back["drive.tuples"] == files["drive.tuples"]
    s = Session()
    s.rpc_set_files([{"name": n, "text": t} for n, t in back.items()])
    assert s.rpc_run_tests()["passed"] == 9
    assert list(back) == ["drive.keto.ts", "drive.tuples", "drive.opl.yaml"]  # schema, tuples, workspace


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x85\u2028\u2029"),
               max_size=200))
def test_any_schema_text_survives_export_and_import(schema):
    files = {"w.opl.yaml": "schema_file: s.keto.ts\ntuple_files: [t.tuples]\nmax_depth: 3\n",
             "s.keto.ts": schema, "t.tuples": "a:b#c@d\n"}
    exported = export_workspace(files)["text"]
    back = {f["name"]: f["text"] for f in import_files([("w.opl.yaml", exported)])}
    assert back["w.keto.ts"] == schema
    assert back["w.tuples"] == "a:b#c@d\n"
    assert "max_depth: 3" in back["w.opl.yaml"]


@pytest.mark.parametrize("text", ["a\n  b\n", "  leading\n", "trailing  \nx", "", "\n\n\n", "tab\there\n", "é ✓ 🙂\n"])
def test_yaml_blocks_read_back_exactly(text):
    import yaml
    assert yaml.safe_load(yaml_block("schema", text)) == {"schema": text}


def test_json_tuple_files_are_exported_as_text_lines():
    files = {"w.opl.yaml": "tuple_files: [t.tuples.json]\n",
             "t.tuples.json": '[{"namespace": "a", "object": "b", "relation": "c", "subject_id": "d"}]'}
    text = export_workspace(files)["text"]
    ws, _ = read_workspace(text, PurePosixPath("/x/w.opl.yaml"), no_files)
    assert list(map(str, ws.tuples)) == ["a:b#c@d"]


def test_broken_yaml_is_imported_as_written_and_refuses_to_export():
    broken = "schema: |\n  class A implements Namespace {}\n tuples: [\n"
    assert import_files([("x.opl.yaml", broken)]) == [{"name": "x.opl.yaml", "text": broken}]
    with pytest.raises(ValueError, match="not valid YAML"):
        export_workspace({"x.opl.yaml": broken})


def test_flow_style_workspaces_stay_inline():
    text = '{schema: "class A implements Namespace {}", tests: []}\n'
    assert import_files([("x.opl.yaml", text)]) == [{"name": "x.opl.yaml", "text": text}]


def test_imported_names_lose_folders_and_control_characters_and_stay_unique():
    out = import_files([("../../etc/a.tuples", "x"), ("dir\\a.tuples", "y"), ("b\x00\x1b.opl", "z")])
    assert {f["name"]: f["text"] for f in out} == {"a.tuples": "x", "a-2.tuples": "y", "b.opl": "z"}
    assert out[0]["name"] == "b.opl"  # the schema first
    assert clean_name("\x01") == "file"
