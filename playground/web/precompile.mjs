// Byte-compiles the Python the playground imports at start-up, with the very
// Pyodide the site ships, so that the browser does not compile it on every
// visit (about a second of a cold start on a small machine).
//
//   node precompile.mjs OUT.zip PACKAGES WHEEL...
//
// OUT.zip holds `<package>/__pycache__/*.pyc` for the PACKAGES (comma
// separated) found in the wheels; the worker unpacks it over site-packages. The .pyc files are
// "unchecked-hash" ones: valid whatever the files' modification times are
// after unpacking; they stay in step with the sources because the build
// makes this zip from the same wheels it ships.
import fs from "node:fs";
import { loadPyodide } from "pyodide";

const [out, packages, ...wheels] = process.argv.slice(2);
if (!out || !packages || !wheels.length) {
  console.error("usage: node precompile.mjs OUT.zip PACKAGES WHEEL...");
  process.exit(2);
}
const py = await loadPyodide({ stdout: () => {}, stderr: (line) => console.error(line) });
// compiled where the browser unpacks them: the paths in tracebacks are right
const site = py.runPython("import site; site.getsitepackages()[0]");
for (const wheel of wheels) {
  py.unpackArchive(new Uint8Array(fs.readFileSync(wheel)), "wheel", { extractDir: site });
}
py.globals.set("packages", packages);
py.runPython(`
import compileall, os, py_compile, site, zipfile
root = site.getsitepackages()[0]
for package in packages.split(","):
    ok = compileall.compile_dir(os.path.join(root, package), quiet=2,
                                invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    if not ok:
        raise SystemExit(f"some modules of {package} do not compile")
with zipfile.ZipFile("/tmp/pycache.zip", "w", zipfile.ZIP_DEFLATED) as zf:
    for folder, _dirs, files in sorted(os.walk(root)):
        if os.path.basename(folder) != "__pycache__":
            continue
        for name in sorted(files):
            path = os.path.join(folder, name)
            info = zipfile.ZipInfo(os.path.relpath(path, root), (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(path, "rb") as f:
                zf.writestr(info, f.read())
`);
fs.writeFileSync(out, py.FS.readFile("/tmp/pycache.zip"));
