"""Fixtures of the VS Code extension's tests: the built .vsix (packaged once
per session from the current sources) and the artifacts folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from vscode_paths import ARTIFACTS, npm, require_node_modules


@pytest.fixture(scope="session")
def vsix(tmp_path_factory) -> Path:
    """`npm run package` (version check, type check, esbuild bundle, vsce),
    into a fresh folder so that a stale .vsix never stands in for the sources."""
    require_node_modules()
    out = tmp_path_factory.mktemp("vsix") / "opl-studio.vsix"
    done = npm("run", "package", "--", "--out", str(out))
    assert done.returncode == 0, f"npm run package failed:\n{done.stdout}\n{done.stderr}"
    assert out.is_file(), f"vsce wrote no {out}:\n{done.stdout}"
    return out


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    # lets fixtures see whether their test failed (screenshots of failures)
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
