"""scripts/setup.d/30-vscode.sh: idempotent — a second run rebuilds nothing
and reinstalls nothing."""

from __future__ import annotations

import subprocess

import pytest

from vscode_paths import CODE_SERVER, EXT, ROOT

pytestmark = pytest.mark.e2e

SETUP = ROOT / "scripts" / "setup.d" / "30-vscode.sh"


def run_setup() -> subprocess.CompletedProcess:
    return subprocess.run(["sh", str(SETUP)], cwd=ROOT, capture_output=True, text=True, timeout=1800)


def test_setup_is_idempotent():
    first = run_setup()
    assert first.returncode == 0, first.stdout + first.stderr
    vsix = sorted(EXT.glob("opl-studio-*.vsix"))
    assert vsix, "the setup built no .vsix"
    stamps = {p: p.stat().st_mtime_ns for p in [*vsix, EXT / "node_modules" / ".package-lock.json"]}
    second = run_setup()
    assert second.returncode == 0, second.stdout + second.stderr
    assert {p: p.stat().st_mtime_ns for p in stamps} == stamps
    assert "Packaged" not in second.stdout
    done = subprocess.run([str(CODE_SERVER), "--version"], capture_output=True, text=True, timeout=120)
    assert done.stdout.startswith("4.100.3 "), done.stdout
