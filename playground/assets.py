"""What the site is made of besides our templates: the Pyodide runtime, the
wheels Pyodide loads (ours, lark's, a pure PyYAML) and the esbuild bundle.

Everything comes from local files at page load; the network is used only at
build time (PyPI through pip, once: downloads are cached under `.cache/`).
The build needs a source checkout: our wheel is built from it, and the
JavaScript comes from `playground/web/` after `npm ci`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from .pure_wheel import pure_wheel_from_sdist

__all__ = ["BuildError", "SOURCE_ROOT", "WEB", "PYODIDE_FILES", "cache_dir", "opl_wheel", "lark_wheel",
           "pyyaml_wheel", "copy_pyodide", "bundle_js", "check_checkout", "precompiled", "STARTUP_PACKAGES", "snapshot"]

SOURCE_ROOT = Path(__file__).resolve().parent.parent
WEB = Path(__file__).resolve().parent / "web"

# what loadPyodide fetches from its indexURL (the npm package's runtime)
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")

# what the worker imports at start-up (precompiled, and imported in the
# snapshot; lark is only needed when the grammar's cached tables are stale)
STARTUP_PACKAGES = ("engine", "playground", "yaml")
SNAPSHOT_MODULES = ("playground.warmup",)

# the parts of the checkout that go into our wheel (hashed to reuse a build)
_WHEEL_SOURCES = ("pyproject.toml", "README.md", "engine", "opl_lsp", "tui", "playground")
_SKIP_PARTS = {"__pycache__", "web", "node_modules", ".pytest_cache"}


class BuildError(Exception):
    """The build cannot go on: one line saying what to do."""


def cache_dir() -> Path:
    d = SOURCE_ROOT / ".cache" / "playground"
    d.mkdir(parents=True, exist_ok=True)
    return d


def check_checkout() -> None:
    if shutil.which("node") is None:
        raise BuildError("node is not on PATH: the build runs esbuild and Pyodide (Node 20 or later)")
    if not (SOURCE_ROOT / "pyproject.toml").is_file():
        raise BuildError(f"the playground is built from a source checkout; no pyproject.toml in {SOURCE_ROOT}")
    if not (WEB / "node_modules" / "pyodide").is_dir() or not (WEB / "node_modules" / ".bin" / "esbuild").exists():
        raise BuildError(f"the JavaScript packages are missing: run `npm ci` in {WEB} "
                         "(scripts/setup.d/40-playground.sh does it)")


def _run(cmd: list[str], what: str, cwd: Path | None = None, stdin: str | None = None) -> None:
    try:
        proc = subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise BuildError(f"{what} failed: {e}") from None
    if proc.returncode != 0:
        # the last lines, each cut short (node prints whole minified sources)
        tail = "\n".join(line[:300] for line in (proc.stderr or proc.stdout).strip().splitlines()[-15:])
        raise BuildError(f"{what} failed (exit {proc.returncode}):\n{tail}")


def _fresh(path: Path) -> Path:
    """Mark a cache entry as used (pruning goes by age)."""
    os.utime(path)
    return path


def _prune(folder: Path, pattern: str, keep: Path, max_age_days: float = 2.0) -> None:
    """Drop cache entries unused for days. Never the newest ones: other
    builds (a test run next to a benchmark) may be using them right now."""
    import time
    limit = time.time() - max_age_days * 86400
    for old in folder.glob(pattern):
        try:
            if old == keep or old.stat().st_mtime >= limit:
                continue
            if old.is_dir():
                shutil.rmtree(old)
            else:
                old.unlink()
        except OSError:
            pass


# ---------------------------------------------------------------- our wheel

def _wheel_source_files() -> list[Path]:
    files = []
    for entry in _WHEEL_SOURCES:
        p = SOURCE_ROOT / entry
        if p.is_file():
            files.append(p)
        elif p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(SOURCE_ROOT).parts
                if f.is_file() and not _SKIP_PARTS.intersection(rel) and f.suffix != ".pyc":
                    files.append(f)
    return files


def opl_wheel(log=print) -> Path:
    """opl-studio's wheel, built with `python -m build --wheel` from a copy
    of the checkout (the checkout itself is left untouched); reused while
    the sources are unchanged."""
    files = _wheel_source_files()
    h = hashlib.sha256()
    for f in files:
        h.update(str(f.relative_to(SOURCE_ROOT)).encode() + b"\0" + f.read_bytes() + b"\0")
    digest = h.hexdigest()[:16]
    target_dir = cache_dir() / "wheels" / f"opl-{digest}"
    found = sorted(target_dir.glob("opl_studio-*-py3-none-any.whl")) if target_dir.is_dir() else []
    if found:
        _fresh(target_dir)
        return found[0]
    log("building the opl-studio wheel (python -m build --wheel)…")
    with tempfile.TemporaryDirectory(prefix="opl-wheel-") as tmp:
        stage = Path(tmp) / "src"
        for f in files:
            dest = stage / f.relative_to(SOURCE_ROOT)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(f, dest)
        outdir = Path(tmp) / "dist"
        _run([sys.executable, "-m", "build", "--wheel", "--outdir", str(outdir), str(stage)],
             "building the opl-studio wheel")
        built = sorted(outdir.glob("opl_studio-*-py3-none-any.whl"))
        if not built:
            raise BuildError("python -m build made no opl_studio wheel")
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / built[0].name
        partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        shutil.copy2(built[0], partial)
        partial.replace(target)  # another build reading the cache never sees half a wheel
    _prune(cache_dir() / "wheels", "opl-*", target_dir)
    return target


# ---------------------------------------------------------------- from PyPI

def _installed_version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _pip_download(spec: str, options: list[str], pattern: str, log) -> Path:
    d = cache_dir() / "pypi"
    d.mkdir(parents=True, exist_ok=True)
    found = sorted(d.glob(pattern))
    if found:
        return found[-1]
    log(f"downloading {spec} from PyPI (pip download, cached in {d})…")
    _run([sys.executable, "-m", "pip", "download", spec, "--no-deps", *options, "--dest", str(d),
          "--quiet", "--disable-pip-version-check"], f"pip download {spec}")
    found = sorted(d.glob(pattern))
    if not found:
        raise BuildError(f"pip download {spec} left no file matching {pattern} in {d}")
    return found[-1]


def lark_wheel(log=print) -> Path:
    """lark's own wheel (pure Python), the version installed here."""
    version = _installed_version("lark")
    spec = f"lark=={version}" if version else "lark"
    return _pip_download(spec, ["--only-binary=:all:"], f"lark-{version or '*'}-py3-none-any.whl", log)


def pyyaml_wheel(log=print) -> Path:
    """A pure-Python PyYAML wheel made from its sdist (PyPI has no pure one)."""
    version = _installed_version("PyYAML")
    spec = f"pyyaml=={version}" if version else "pyyaml"
    # only PyYAML itself as source: pip may use wheels for its build tools
    sdist = _pip_download(spec, ["--no-binary=pyyaml"], f"[pP][yY][yY][aA][mM][lL]-{version or '*'}.tar.gz", log)
    out = cache_dir() / "wheels" / "pyyaml"
    found = sorted(out.glob(f"PyYAML-{version or '*'}-py3-none-any.whl"))
    if found and found[-1].stat().st_mtime >= sdist.stat().st_mtime:
        return found[-1]
    return pure_wheel_from_sdist(sdist, out)


# ---------------------------------------------------------------- JavaScript

def copy_pyodide(out: Path) -> list[Path]:
    src = WEB / "node_modules" / "pyodide"
    dest = out / "pyodide"
    dest.mkdir(parents=True, exist_ok=True)
    copied = []
    for name in PYODIDE_FILES:
        if not (src / name).is_file():
            raise BuildError(f"{src / name} is missing: run `npm ci` in {WEB}")
        shutil.copy2(src / name, dest / name)
        copied.append(dest / name)
    return copied


def bundle_js(out: Path, minify: bool = True) -> None:
    """The page's and the worker's code, bundled by esbuild; the Pyodide
    runtime stays a separate file the worker imports at run time."""
    esbuild = WEB / "node_modules" / ".bin" / "esbuild"
    cmd = [str(esbuild), "src/main.js", "src/worker.js", "--bundle", "--format=esm", "--target=es2022",
           f"--outdir={out}", "--external:./pyodide/*", "--log-level=warning", "--charset=utf8"]
    if minify:
        cmd.append("--minify")
    _run(cmd, "esbuild", cwd=WEB)


def precompiled(wheels: list[Path], log=print) -> Path:
    """The .pyc files of STARTUP_PACKAGES, compiled by the shipped Pyodide
    (web/precompile.mjs) — a cold start then skips compiling them. Cached
    by the wheels' contents and the Pyodide version."""
    h = hashlib.sha256()
    h.update((WEB / "node_modules" / "pyodide" / "package.json").read_bytes())
    h.update((WEB / "precompile.mjs").read_bytes())
    for w in sorted(wheels):
        h.update(w.name.encode() + b"\0" + w.read_bytes())
    target = cache_dir() / "pycache" / f"python-cache-{h.hexdigest()[:16]}.zip"
    if target.is_file():
        return _fresh(target)
    log("byte-compiling the start-up modules with Pyodide (node precompile.mjs)…")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.stem}.{os.getpid()}.tmp")
    _run(["node", "precompile.mjs", str(tmp), ",".join(STARTUP_PACKAGES), *map(str, wheels)],
         "precompiling with Pyodide", cwd=WEB)
    tmp.replace(target)
    _prune(target.parent, "python-cache-*.zip", target)
    return target


def snapshot(archives: list[Path], log=print) -> Path:
    """A gzip-compressed Pyodide memory snapshot with the engine imported
    (web/snapshot.mjs): restoring it replaces starting Python and importing
    the engine. Cached by its inputs."""
    h = hashlib.sha256()
    h.update((WEB / "node_modules" / "pyodide" / "package.json").read_bytes())
    h.update((WEB / "snapshot.mjs").read_bytes())
    h.update(",".join(SNAPSHOT_MODULES).encode())
    for a in archives:
        h.update(a.name.encode() + b"\0" + a.read_bytes())
    target = cache_dir() / "snapshot" / f"python-snapshot-{h.hexdigest()[:16]}.bin.gz"
    if target.is_file():
        return _fresh(target)
    log("making the Pyodide memory snapshot (node snapshot.mjs)…")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    # the script comes on stdin: Python's environment in the snapshot then
    # names no path of this machine (Emscripten sets `_` to the script's)
    _run(["node", "--input-type=module", "-", str(tmp), ",".join(SNAPSHOT_MODULES), *map(str, archives)],
         "making the Pyodide snapshot", cwd=WEB, stdin=(WEB / "snapshot.mjs").read_text(encoding="utf-8"))
    tmp.replace(target)
    _prune(target.parent, "python-snapshot-*.bin.gz", target)
    return target
