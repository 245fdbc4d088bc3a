"""The extension's pure TypeScript modules (the query under the cursor, where
the server is found), through their node:test suite."""

from __future__ import annotations

import re

import pytest

from vscode_paths import npm, require_node_modules

# Node, npm and the extension's npm packages (installed by scripts/setup.d/30-vscode.sh,
# part of `make setup-e2e`) are external programs: `make test-python` leaves these out.
pytestmark = pytest.mark.e2e


def test_the_node_unit_tests_pass():
    require_node_modules()
    done = npm("run", "--silent", "test:unit")
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    counts = {k: int(v) for k, v in re.findall(r"^# (tests|pass|fail) (\d+)$", out, re.M)}
    assert counts.get("fail") == 0, out
    # every test file ran (a bundling mistake would leave some out)
    assert counts.get("pass", 0) >= 20 and counts["pass"] == counts["tests"], out
    for name in ("a check key in a workspace file loses the YAML colon", "the workspace's .venv comes before PATH"):
        assert re.search(rf"^ok \d+ - {re.escape(name)}", out, re.M), f"{name!r} did not run:\n{out}"


def test_the_extension_type_checks():
    require_node_modules()
    done = npm("run", "--silent", "typecheck")
    assert done.returncode == 0, done.stdout + done.stderr
