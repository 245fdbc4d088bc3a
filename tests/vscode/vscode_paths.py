"""Where the VS Code extension, its tools and its test artifacts live."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXT = ROOT / "vscode-extension"
GRAMMAR_TESTS = EXT / "test" / "grammar"
CODE_SERVER = ROOT / ".cache" / "code-server" / "node_modules" / ".bin" / "code-server"
OPL = ROOT / ".venv" / "bin" / "opl"
ARTIFACTS = ROOT / "test-artifacts" / "vscode"
CHROMIUM = Path("/usr/bin/chromium")
SETUP_HINT = "run scripts/setup.d/30-vscode.sh (or `make setup-e2e`)"


def npm(*args: str, cwd: Path = EXT, timeout: float = 600) -> subprocess.CompletedProcess:
    """npm in the extension folder; output kept for the failure message."""
    npm_exe = shutil.which("npm")
    assert npm_exe, "npm is not installed (Node 20 and npm are needed for the VS Code extension)"
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"}
    return subprocess.run([npm_exe, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def require_node_modules() -> None:
    assert (EXT / "node_modules" / ".package-lock.json").is_file(), (
        f"the extension's npm dependencies are not installed: {SETUP_HINT}"
    )


def pyproject_version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
