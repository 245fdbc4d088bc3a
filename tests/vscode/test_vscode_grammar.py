"""The TextMate grammars, tested by vscode-tmgrammar-test (VS Code's own
tokenizer, vscode-textmate + oniguruma) on an OPL schema, a tuple file, a JSON
tuple file and a workspace file with OPL and tuples embedded."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from vscode_paths import EXT, GRAMMAR_TESTS, require_node_modules

# Node, npm and the extension's npm packages (installed by scripts/setup.d/30-vscode.sh,
# part of `make setup-e2e`) are external programs: `make test-python` leaves these out.
pytestmark = pytest.mark.e2e

CASES = sorted(p.name for p in GRAMMAR_TESTS.glob("*.test.*"))
RUNNER = EXT / "node_modules" / ".bin" / "vscode-tmgrammar-test"


def run_grammar_tests(*files: str, cwd=EXT) -> subprocess.CompletedProcess:
    """The runner finds the grammars through the package.json of `cwd`."""
    require_node_modules()
    return subprocess.run([str(RUNNER), "--compact", *files], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_every_grammar_has_a_test_file():
    manifest = json.loads((EXT / "package.json").read_text())
    scopes = {g["scopeName"] for g in manifest["contributes"]["grammars"]}
    tested = set()
    for case in CASES:
        header = (GRAMMAR_TESTS / case).read_text().splitlines()[0]
        tested.add(header.split('"')[1])
    assert scopes == tested


@pytest.mark.parametrize("case", CASES)
def test_grammar(case):
    done = run_grammar_tests(f"test/grammar/{case}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "run successfuly" in done.stdout, done.stdout


def test_a_wrong_scope_fails(tmp_path):
    """The runner really compares scopes: an assertion that cannot hold fails."""
    case = tmp_path / "wrong.test.opl"
    case.write_text(
        '// SYNTAX TEST "source.opl" "a wrong expectation"\n'
        "class User implements Namespace {}\n"
        "// <----- entity.name.type.class.opl\n"
    )
    shutil.copy(EXT / "package.json", tmp_path / "package.json")
    shutil.copytree(EXT / "syntaxes", tmp_path / "syntaxes")
    shutil.copytree(EXT / "language-configuration", tmp_path / "language-configuration")
    done = run_grammar_tests("wrong.test.opl", cwd=tmp_path)
    assert done.returncode != 0, done.stdout
    assert "entity.name.type.class.opl" in done.stdout + done.stderr
