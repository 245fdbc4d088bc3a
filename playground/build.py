"""`opl playground build [--out DIR]` and `opl playground serve [--port N]`.

The build writes a static site: the page (jinja2 templates), our CSS and
the esbuild bundle, the Pyodide runtime, the wheels Pyodide installs, and the
examples and the tour as JSON. It needs no server-side code: any static host
serves it, and a service worker keeps it usable offline once loaded.

    out/
      index.html  main.js  worker.js  playground.css  sw.js
      pyodide/    the runtime from the npm package, and a memory snapshot of it
                  with the engine imported (python-snapshot-*.bin.gz)
      wheels/     opl-studio, lark, PyYAML (pure Python), and the start-up
                  modules byte-compiled by the same Pyodide (python-cache-*.zip)
      examples.json  tour.json  manifest.json
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import shutil
import sys
from pathlib import Path

from . import assets
from .assets import BuildError

__all__ = ["main", "build_site", "DEFAULT_SERVE_DIR"]

PACKAGE = Path(__file__).resolve().parent
TEMPLATES = PACKAGE / "templates"
STATIC = PACKAGE / "static"
DEFAULT_SERVE_DIR = assets.SOURCE_ROOT / ".cache" / "playground" / "site"
# a build writes this marker; only a folder holding it (or an empty one) is
# ever cleared, so that `--out ~` cannot wipe anything else
MARKER = ".opl-playground"


def _prepare_out(out: Path) -> None:
    if out.exists():
        if not out.is_dir():
            raise BuildError(f"{out} exists and is not a folder")
        if any(out.iterdir()):
            if not (out / MARKER).is_file():
                raise BuildError(f"{out} is not empty and holds no playground build: choose another --out")
            for child in out.iterdir():
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
                else:
                    child.unlink()
    out.mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text("built by `opl playground build`; this folder is rebuilt as a whole\n")


def _hash_files(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.name.encode() + b"\0")
        with open(p, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()[:12]


def _write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def build_site(out: Path, examples_dir: Path | None = None, log=print, minify: bool = True) -> dict:
    """Build the site into out; returns the manifest (also in manifest.json)."""
    import jinja2

    from .gallery import load_examples, load_tour

    assets.check_checkout()
    out = out.resolve()
    _prepare_out(out)

    wheels_dir = out / "wheels"
    wheels_dir.mkdir()
    wheels, sources = [], []
    for make in (assets.opl_wheel, assets.lark_wheel, assets.pyyaml_wheel):
        src = make(log=log)
        shutil.copy2(src, wheels_dir / src.name)
        wheels.append(src.name)
        sources.append(src)
    pycache = assets.precompiled([sources[0], sources[2]], log=log)
    shutil.copy2(pycache, wheels_dir / pycache.name)
    pyodide_files = assets.copy_pyodide(out)
    snap = assets.snapshot([*sources, pycache], log=log)
    shutil.copy2(snap, out / "pyodide" / snap.name)
    assets.bundle_js(out, minify=minify)
    for f in sorted(STATIC.rglob("*")):
        if f.is_file():
            dest = out / f.relative_to(STATIC)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(f, dest)

    examples = load_examples(examples_dir or assets.SOURCE_ROOT / "examples")
    if not examples:
        raise BuildError("no example workspaces under examples/: the gallery and the tour need them")
    _write_json(out / "examples.json", examples)
    _write_json(out / "tour.json", load_tour(examples))

    payload = [p for p in out.rglob("*") if p.is_file() and p.name != MARKER]
    version = _hash_files(payload)
    pyodide_version = json.loads((assets.WEB / "node_modules" / "pyodide" / "package.json").read_text())["version"]
    manifest = {
        "version": version,
        "built": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "pyodide": pyodide_version,
        "wheels": wheels,
        "pycache": pycache.name,
        "snapshot": snap.name,
        "default_example": "drive" if any(e["id"] == "drive" for e in examples) else examples[0]["id"],
    }
    _write_json(out / "manifest.json", manifest)

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                             autoescape=jinja2.select_autoescape(["html", "j2"]),
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    (out / "index.html").write_text(env.get_template("index.html.j2").render(
        version=version, manifest=manifest), encoding="utf-8")
    # the service worker caches every file of this build, under its version
    precache = sorted("./" + p.relative_to(out).as_posix() for p in out.rglob("*")
                      if p.is_file() and p.name not in (MARKER, "sw.js"))
    precache = ["./"] + [p for p in precache if p != "./index.html"] + ["./index.html"]
    (out / "sw.js").write_text(env.get_template("sw.js.j2").render(
        version=version, files_json=json.dumps(precache)), encoding="utf-8")

    sizes = {p.relative_to(out).as_posix(): p.stat().st_size for p in out.rglob("*") if p.is_file()}
    manifest["size_bytes"] = sum(sizes.values())
    manifest["runtime_bytes"] = sum(p.stat().st_size for p in pyodide_files)
    log(f"built the playground in {out} ({manifest['size_bytes'] / 1e6:.1f} MB, "
        f"{len(sizes)} files, version {version})")
    return manifest


def main(args) -> int:
    """The CLI's entry: args.action is "build" or "serve"; args.out, args.port."""
    def log(msg):
        print(msg, file=sys.stderr)

    out = Path(args.out) if getattr(args, "out", None) else (
        DEFAULT_SERVE_DIR if args.action == "serve" else Path("playground-dist"))
    try:
        build_site(out, log=log)
    except BuildError as e:
        print(f"opl playground: {e}", file=sys.stderr)
        return 2
    if args.action == "build":
        print(out.resolve())
        return 0

    from .serve import make_server
    port = getattr(args, "port", 8000)
    try:
        server = make_server(out, port, verbose=bool(os.environ.get("OPL_PLAYGROUND_LOG")))
    except OSError as e:
        print(f"opl playground: cannot listen on 127.0.0.1:{port}: {e.strerror or e}", file=sys.stderr)
        return 2
    host, port = server.server_address[:2]
    print(f"serving the playground on http://{host}:{port}/ (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
