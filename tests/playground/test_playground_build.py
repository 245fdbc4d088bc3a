"""The static site `opl playground build` writes, and `opl playground serve`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path

import pytest

from playground.assets import BuildError, PYODIDE_FILES
from playground.build import MARKER, _prepare_out
from paths import ROOT  # tests/paths.py

OPL = Path(sys.executable).with_name("opl")


def test_a_folder_that_is_not_a_build_is_never_cleared(tmp_path):
    (tmp_path / "precious.txt").write_text("keep me")
    with pytest.raises(BuildError, match="not empty"):
        _prepare_out(tmp_path)
    assert (tmp_path / "precious.txt").read_text() == "keep me"
    old = tmp_path / "old-build"
    old.mkdir()
    (old / MARKER).write_text("")
    (old / "stale.js").write_text("")
    _prepare_out(old)
    assert sorted(p.name for p in old.iterdir()) == [MARKER]


@pytest.mark.e2e
def test_the_build_holds_everything_the_page_loads_and_nothing_from_elsewhere(site):
    manifest = json.loads((site / "manifest.json").read_text())
    for name in PYODIDE_FILES:
        assert (site / "pyodide" / name).is_file()
    assert [w.split("-")[0] for w in manifest["wheels"]] == ["opl_studio", "lark", "PyYAML"]
    for w in manifest["wheels"]:
        with zipfile.ZipFile(site / "wheels" / w) as zf:
            assert zf.testzip() is None
            assert any(n.endswith(".dist-info/WHEEL") for n in zf.namelist())
    with zipfile.ZipFile(site / "wheels" / "opl_studio-0.1.0-py3-none-any.whl") as zf:
        names = zf.namelist()
        assert "engine/ide/__init__.py" in names and "playground/bridge.py" in names
    with zipfile.ZipFile(site / "wheels" / manifest["pycache"]) as zf:
        pycs = zf.namelist()
        assert "playground/__pycache__/bridge.cpython-314.pyc" in pycs
        assert any(n.startswith("engine/ide/__pycache__/") for n in pycs)
        assert any(n.startswith("yaml/__pycache__/") for n in pycs)
    snapshot = site / "pyodide" / manifest["snapshot"]
    assert snapshot.is_file() and snapshot.read_bytes()[:2] == b"\x1f\x8b"  # gzip
    index = (site / "index.html").read_text()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', index).group(1)
    assert "default-src 'self'" in csp and "connect-src 'self'" in csp and "'unsafe-eval'" not in csp
    assert f'data-version="{manifest["version"]}"' in index
    # every src/href of the page is relative: any static host, any folder
    for ref in re.findall(r'(?:src|href)="([^"]+)"', index):
        assert not re.match(r"^(https?:)?//", ref), ref
    examples = json.loads((site / "examples.json").read_text())
    assert "drive" in [e["id"] for e in examples]
    assert len(json.loads((site / "tour.json").read_text())) >= 5
    sw = (site / "sw.js").read_text()
    cached = json.loads(re.search(r"const FILES = (\[.*?\]);", sw, re.S).group(1))
    on_disk = {"./" + p.relative_to(site).as_posix() for p in site.rglob("*")
               if p.is_file() and p.name not in (MARKER, "sw.js")}
    assert set(cached) - {"./"} == on_disk


@pytest.mark.e2e
def test_opl_playground_build_and_serve(tmp_path):
    out = tmp_path / "site"
    done = subprocess.run([str(OPL), "playground", "build", "--out", str(out)], capture_output=True, text=True,
                          timeout=900, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out.resolve())
    assert (out / "index.html").is_file()

    refused = subprocess.run([str(OPL), "playground", "build", "--out", str(ROOT / "examples")],
                             capture_output=True, text=True, timeout=900)
    assert refused.returncode == 2 and "holds no playground build" in refused.stderr

    proc = subprocess.Popen([str(OPL), "playground", "serve", "--port", "0", "--out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert m, line + proc.stderr.read() if proc.poll() is not None else line
        base = m.group(0)
        with urllib.request.urlopen(base) as r:
            assert r.status == 200 and b"OPL playground" in r.read()
        with urllib.request.urlopen(base + "pyodide/pyodide.asm.wasm") as r:
            assert r.headers["Content-Type"] == "application/wasm"
        with urllib.request.urlopen(base + "pyodide/pyodide.mjs") as r:
            assert r.headers["Content-Type"].startswith("text/javascript")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
