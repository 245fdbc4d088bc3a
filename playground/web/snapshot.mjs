// A memory snapshot of Pyodide with the engine imported: the browser restores
// it instead of starting Python and importing the engine, which takes most of
// a cold start (several seconds of CPU on a small machine; about one
// restoring). Made with the very Pyodide the site ships.
//
//   node --input-type=module - OUT.gz MODULES ARCHIVE... < snapshot.mjs
//
// (read from stdin, so that no path of the build machine ends up in the
// snapshot: Emscripten puts the script's path in Python's environment)
//
// ARCHIVEs (wheels, *.whl; or zips of byte-compiled modules) are unpacked
// into site-packages; the MODULES (comma separated) are imported, and each
// one's warm() run if it has one — playground.warmup makes every request of
// the page once, which imports what the requests need the way they import
// it; the snapshot is written gzip-compressed (the worker inflates it with
// DecompressionStream). Pyodide's snapshots are an experimental API: the
// worker falls back on a plain start when a snapshot does not restore.
//
// The snapshot holds Python's memory only, not its file system: the worker
// unpacks the same archives again after restoring it.
import fs from "node:fs";
import zlib from "node:zlib";
import { loadPyodide } from "pyodide";

const [out, modules, ...archives] = process.argv.slice(2);
if (!out || !modules || !archives.length) {
  console.error("usage: node --input-type=module - OUT.gz MODULES ARCHIVE... < snapshot.mjs");
  process.exit(2);
}
const py = await loadPyodide({ _makeSnapshot: true, stdout: () => {}, stderr: (line) => console.error(line) });
const site = py.runPython("import site; site.getsitepackages()[0]");
for (const archive of archives) {
  const bytes = new Uint8Array(fs.readFileSync(archive));
  py.unpackArchive(bytes, archive.endsWith(".whl") ? "wheel" : "zip", { extractDir: site });
}
py.globals.set("modules", modules);
py.runPython(`
import gc, importlib, os
importlib.invalidate_caches()
for name in modules.split(","):
    module = importlib.import_module(name)
    if hasattr(module, "warm"):
        failed = module.warm()
        if failed:
            raise SystemExit(f"{name}.warm(): {failed}")
# nothing of the machine that made it: the environment names this script
os.environ.pop("_", None)
gc.collect()
`);
py.globals.delete("modules");
const snapshot = py.makeMemorySnapshot();
fs.writeFileSync(out, zlib.gzipSync(snapshot, { level: 6 }));
