"""A real editor: headless Neovim (Debian's 0.7) opens a schema with
`opl lsp` attached, receives its diagnostics, sends its own incremental
changes as the buffer is edited, and gets completion."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from lsp_editor import SERVER, SERVER_ENV, at

pytestmark = pytest.mark.e2e

SCRIPT = Path(__file__).parent / "editors" / "neovim.lua"


def run_neovim(file: Path, out: Path) -> dict:
    nvim = shutil.which("nvim")
    assert nvim is not None, "neovim is installed by scripts/setup.d/00-apt.sh"
    env = dict(SERVER_ENV, OPL_NVIM_OUT=str(out), OPL_NVIM_FILE=str(file), OPL_NVIM_SERVER=json.dumps(SERVER),
               XDG_CONFIG_HOME=str(out.parent / "config"), XDG_DATA_HOME=str(out.parent / "data"),
               XDG_STATE_HOME=str(out.parent / "state"))
    proc = subprocess.run([nvim, "--headless", "-n", "-i", "NONE", "-u", "NONE", "-c", f"luafile {SCRIPT}"],
                          env=env, cwd=file.parent, capture_output=True, text=True, timeout=120)
    assert out.exists(), f"neovim wrote nothing: {proc.stdout[-2000:]} {proc.stderr[-2000:]}"
    return json.loads(out.read_text())


def test_neovim_receives_diagnostics_and_completion(drive, tmp_path):
    schema = drive / "namespaces.keto.ts"
    text = schema.read_text().replace("this.related.viewers.includes(ctx.subject) ||\n      this.permits.edit(ctx)",
                                      "this.related.viewerz.includes(ctx.subject) ||\n      this.permits.edit(ctx)", 1)
    schema.write_text(text)
    result = run_neovim(schema, tmp_path / "nvim.json")
    assert result["first_ok"]
    errors = [d for d in result["first"] if d["severity"] == 1]
    assert errors == [{"line": at(text, "viewerz").line, "col": at(text, "viewerz").character, "severity": 1,
                       "message": 'namespace "Folder" did not declare relation "viewerz"',
                       "code": "undeclared-relation"}]
    # Neovim's own incremental change, and the diagnostic for it
    assert result["after_edit_ok"]
    ownerz = [d for d in result["after_edit"] if "ownerz" in d["message"]]
    assert ownerz and ownerz[0]["line"] == result["edited_line"]
    assert {"parents", "owners", "editors", "viewers"} <= set(result["completion"])
