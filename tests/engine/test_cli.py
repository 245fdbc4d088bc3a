"""The `opl` command line, run as a real program: the contract of DESIGN.md
(exit codes, JSON shapes, one-line errors naming file and line)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from paths import EXAMPLES, ROOT

OPL = [sys.executable, "-m", "engine.cli"]
DRIVE = EXAMPLES / "drive"


def opl(*args, cwd=None, stdin=None):
    return subprocess.run([*OPL, *map(str, args)], capture_output=True, text=True, cwd=cwd or ROOT,
                          input=stdin, timeout=120)


# ---------------------------------------------------------------- validate

def test_validate_valid_examples_exits_0():
    r = opl("validate", EXAMPLES)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 errors" in r.stderr


def test_validate_reports_errors_with_file_line_and_column(tmp_path):
    f = tmp_path / "bad.keto.ts"
    f.write_text("class User implements Namespace {}\nclass Doc implements Namespace {\n  related: { owners: Usr[] }\n}\n")
    r = opl("validate", f)
    assert r.returncode == 1
    assert f"{f}:3:22: error[undeclared-namespace]: namespace \"Usr\" was not declared" in r.stdout


def test_validate_json_shape(tmp_path):
    f = tmp_path / "bad.keto.ts"
    f.write_text("class Doc implements Namespace { related: { owners: Usr[] } }")
    r = opl("validate", f, "--format", "json")
    assert r.returncode == 1
    data = json.loads(r.stdout)
    d = data["diagnostics"][0]
    assert set(d) == {"file", "range", "severity", "code", "message"}
    assert d["file"] == str(f) and d["severity"] == "error" and d["code"] == "undeclared-namespace"
    assert d["range"] == {"start": {"line": 0, "character": 52}, "end": {"line": 0, "character": 55}}


def test_validate_tuple_files_against_the_folder_schema(tmp_path):
    (tmp_path / "s.keto.ts").write_text("class User implements Namespace {}\nclass Doc implements Namespace { related: { owners: User[] } }")
    t = tmp_path / "t.tuples"
    t.write_text("Doc:a#owners@User:x\nDoc:a#ownrs@User:x\nbroken line\n")
    r = opl("validate", t, "--format", "json")
    codes = [(d["range"]["start"]["line"], d["code"]) for d in json.loads(r.stdout)["diagnostics"]]
    assert (2, "tuple-syntax") in codes and (1, "tuple-unknown-relation") in codes
    assert r.returncode == 1


def test_validate_bad_usage_exits_2(tmp_path):
    assert opl("validate", tmp_path / "nope.keto.ts").returncode == 2
    other = tmp_path / "x.txt"
    other.write_text("")
    r = opl("validate", other)
    assert r.returncode == 2 and "not a schema" in r.stderr
    assert opl("frobnicate").returncode == 2


# ---------------------------------------------------------------- fmt

def test_fmt_check_and_write(tmp_path):
    f = tmp_path / "s.keto.ts"
    f.write_text("class User implements Namespace{}\n// kept\nclass Doc implements Namespace{related:{owners:User[]}}\n")
    r = opl("fmt", "--check", f)
    assert r.returncode == 1 and "would reformat" in r.stdout
    assert opl("fmt", f).returncode == 0
    text = f.read_text()
    assert "// kept" in text and "  related: {\n    owners: User[]\n  }" in text
    assert opl("fmt", "--check", f).returncode == 0


def test_fmt_refuses_syntax_errors_with_file_and_line(tmp_path):
    f = tmp_path / "s.keto.ts"
    f.write_text("class Doc implements Namespace {\n  related: { owners: User[ }\n}\n")
    r = opl("fmt", f)
    assert r.returncode == 2
    assert r.stderr.startswith(f"opl: {f}:2:") and r.stderr.count("\n") == 1


# ---------------------------------------------------------------- check

def test_check_allowed_and_denied_exit_codes():
    assert opl("check", "-w", DRIVE, "Document:roadmap#edit@User:bob").returncode == 0
    r = opl("check", "-w", DRIVE, "Document:roadmap#edit@User:bob", "Document:roadmap#edit@User:dana")
    assert r.returncode == 1
    assert "Document:roadmap#edit@User:dana: denied (unknown, max_depth_exceeded)" in r.stdout


def test_check_json_shape_and_explain():
    r = opl("check", "-w", DRIVE, "Document:roadmap#edit@User:bob", "--format", "json", "--explain")
    data = json.loads(r.stdout)
    assert set(data) >= {"query", "allowed", "result", "limitation", "error", "tree"}
    assert data["allowed"] is True and data["result"] == "member" and data["limitation"] is None
    tree = data["tree"]
    assert tree["kind"] == "permit" and tree["result"] == "member"
    assert tree["span"]["file"].endswith("namespaces.keto.ts") and "range" in tree["span"]
    r2 = opl("check", "-w", DRIVE, "Document:roadmap#edit@User:bob", "Group:design#members@User:dana",
             "--format", "json")
    assert isinstance(json.loads(r2.stdout), list)


def test_check_with_schema_and_tuple_files_and_strict():
    r = opl("check", "-s", DRIVE / "namespaces.keto.ts", "-t", DRIVE / "drive.tuples",
            "Document:roadmap#edit@User:dana", "--strict", "--format", "json")
    data = json.loads(r.stdout)
    # strict mode follows only Group subject sets here, so the denial is exact
    assert (data["result"], data["allowed"], data["error"]) == ("not_member", False, None)
    r = opl("check", "-s", DRIVE / "namespaces.keto.ts", "-t", DRIVE / "drive.tuples",
            "Document:roadmap#edit@User:bob", "--strict", "--max-depth", "2", "--format", "json")
    data = json.loads(r.stdout)
    # strict mode answers Unknown with an error
    assert data["result"] == "unknown" and "could not be completed" in data["error"] and not data["allowed"]


def test_check_bad_input_is_one_line_and_exit_2(tmp_path):
    r = opl("check", "-w", DRIVE, "no-colon-here")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "malformed" in r.stderr
    ws = tmp_path / "w.opl.yaml"
    ws.write_text("schema_file: [oops\n")
    r = opl("check", "-w", ws, "a:b#c@d")
    assert r.returncode == 2 and r.stderr.startswith(f"opl: {ws}:") and r.stderr.count("\n") == 1
    bad = tmp_path / "s.keto.ts"
    bad.write_text("class Doc implements Namespace { related: { x: Y[] } }")
    r = opl("check", "-s", bad, "Doc:a#x@y")
    assert r.returncode == 2 and f"{bad}:1:" in r.stderr


# ---------------------------------------------------------------- expand, list, lookup

def test_expand_json_is_keto_s_tree():
    r = opl("expand", "Group:engineering#members", "-w", DRIVE, "--mode", "tuples", "--format", "json")
    tree = json.loads(r.stdout)
    assert tree["type"] == "union"
    assert tree["tuple"]["subject_set"] == {"namespace": "Group", "object": "engineering", "relation": "members"}
    kinds = sorted(c["type"] for c in tree["children"])
    assert kinds == ["leaf", "union"]


def test_list_filters_and_pagination():
    r = opl("list", "-w", DRIVE, "--namespace", "Group", "--page-size", "2", "--format", "json")
    page = json.loads(r.stdout)
    assert len(page["relation_tuples"]) == 2 and page["next_page_token"]
    r2 = opl("list", "-w", DRIVE, "--namespace", "Group", "--page-size", "2", "--page-token",
             page["next_page_token"], "--format", "json")
    page2 = json.loads(r2.stdout)
    assert page2["relation_tuples"] and page2["relation_tuples"] != page["relation_tuples"]
    r3 = opl("list", "-w", DRIVE, "--subject", "User:alice", "--format", "json")
    assert json.loads(r3.stdout)["relation_tuples"] == [
        {"namespace": "Group", "object": "engineering", "relation": "members",
         "subject_set": {"namespace": "User", "object": "alice", "relation": ""}}]


def test_lookups():
    r = opl("lookup", "objects", "User:frank", "Document#view", "-w", DRIVE)
    assert r.stdout.split() == ["spec"]
    r = opl("lookup", "subjects", "Document:roadmap#edit", "-w", DRIVE, "--format", "json")
    assert sorted(json.loads(r.stdout)) == ["User:alice", "User:bob", "User:carol", "User:erin"]


# ---------------------------------------------------------------- test

def test_test_passes_on_examples_and_reports_json_and_junit(tmp_path):
    r = opl("test", EXAMPLES, "--format", "json")
    assert r.returncode == 0, r.stdout
    data = json.loads(r.stdout)
    assert data["summary"]["failed"] == 0 and data["summary"]["passed"] >= 20
    t = data["tests"][0]
    assert set(t) >= {"name", "file", "passed", "assertions"}
    assert set(t["assertions"][0]) >= {"kind", "query", "expected", "actual", "passed"}
    r = opl("test", DRIVE, "--format", "junit")
    assert r.stdout.startswith('<?xml version="1.0"') and "<testsuite " in r.stdout


def test_a_failing_test_prints_file_line_and_the_tree(tmp_path):
    ws = tmp_path / "w.opl.yaml"
    ws.write_text(f"""schema_file: {DRIVE / 'namespaces.keto.ts'}
tuple_files: [{DRIVE / 'drive.tuples'}]
tests:
  - name: wrong on purpose
    check:
      Document:roadmap#edit@User:dana: true
""")
    r = opl("test", ws)
    assert r.returncode == 1
    assert f"{ws}:6: check Document:roadmap#edit@User:dana: expected true, got unknown" in r.stdout
    assert "traverse" in r.stdout  # the derivation tree of the wrong answer


def test_coverage_report_and_lcov(tmp_path):
    lcov = tmp_path / "lcov.info"
    r = opl("test", DRIVE, "--coverage", "--lcov", lcov)
    assert "permit coverage:" in r.stdout
    text = lcov.read_text()
    assert text.startswith("TN:") and "BRDA:" in text and "end_of_record" in text


# ---------------------------------------------------------------- parse

def test_parse_to_json_and_text(tmp_path):
    f = tmp_path / "t.tuples"
    f.write_text("// comment\n  nspace:obj#rel@sub  \n\nnspace:obj2#rel@(nspace:obj2#rel)\n")
    data = json.loads(opl("parse", f, "--to", "json").stdout)
    assert data == [
        {"namespace": "nspace", "object": "obj", "relation": "rel", "subject_id": "sub"},
        {"namespace": "nspace", "object": "obj2", "relation": "rel",
         "subject_set": {"namespace": "nspace", "object": "obj2", "relation": "rel"}},
    ]
    assert opl("parse", f, "--to", "text").stdout.splitlines() == ["nspace:obj#rel@sub",
                                                                   "nspace:obj2#rel@nspace:obj2#rel"]
    j = tmp_path / "t.tuples.json"
    j.write_text(json.dumps(data))
    assert opl("parse", j, "--to", "text").stdout.splitlines()[0] == "nspace:obj#rel@sub"


def test_parse_malformed_line_is_file_line_and_keto_s_message(tmp_path):
    f = tmp_path / "t.tuples"
    f.write_text("a:b#c@d\n\nno delimiters here\n")
    r = opl("parse", f)
    assert r.returncode == 2
    assert r.stderr == f"opl: {f}:3: malformed string input: expected input to contain ':'\n"


def test_parse_reads_stdin():
    r = opl("parse", "-", "--to", "text", stdin="a:b#c@(d:e#f)\n")
    assert r.stdout == "a:b#c@d:e#f\n"
