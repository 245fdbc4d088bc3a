// The Web Worker that runs Python: Pyodide, our wheels, and the bridge
// (playground/bridge.py). The page stays responsive whatever Python does, and
// a long check is cancelled by terminating this worker (the page starts a new
// one). Everything is fetched from this site: the runtime from ./pyodide/,
// the wheels from ./wheels/.

let session = null;
let booting = null;

function post(message) {
  self.postMessage(message);
}

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

async function inflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// Pyodide from its memory snapshot (made at build time with the engine
// imported: about a second instead of several), or started afresh when there
// is none or it does not restore (the snapshot API is experimental).
async function startPython(loadPyodide, options, snapshotBytes) {
  if (snapshotBytes) {
    try {
      const snapshot = await inflate(await snapshotBytes);
      return { pyodide: await loadPyodide({ ...options, _loadSnapshot: snapshot }), snapshot: true };
    } catch (err) {
      console.warn("the Python snapshot did not restore; starting Python afresh", err);
    }
  }
  return { pyodide: await loadPyodide(options), snapshot: false };
}

async function boot({ version, wheels, pycache, snapshot }) {
  const t0 = performance.now();
  const base = new URL("./", self.location.href);
  // everything downloads while the runtime starts
  const wheelBytes = wheels.map((name) => fetchBytes(new URL(`wheels/${name}?v=${version}`, base)));
  // byte-compiled start-up modules (made at build time by this Pyodide)
  const cacheBytes = pycache ? fetchBytes(new URL(`wheels/${pycache}?v=${version}`, base)) : null;
  const snapshotBytes = snapshot ? fetchBytes(new URL(`pyodide/${snapshot}?v=${version}`, base)) : null;
  [...wheelBytes, cacheBytes, snapshotBytes].forEach((p) => p && p.catch(() => {})); // reported where awaited
  post({ type: "progress", text: "Starting Python…" });
  const { loadPyodide } = await import("./pyodide/pyodide.mjs");
  const options = {
    indexURL: new URL("pyodide/", base).href,
    stdout: () => {},
    stderr: (line) => console.warn("[python]", line),
  };
  const { pyodide, snapshot: restored } = await startPython(loadPyodide, options, snapshotBytes);
  const tRuntime = performance.now();
  post({ type: "progress", text: "Loading the engine…" });
  // a snapshot holds Python's memory, not its files: the packages are
  // unpacked in both cases (modules the snapshot lacks import from them)
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  for (const bytes of wheelBytes) {
    pyodide.unpackArchive(await bytes, "wheel", { extractDir: sitePackages });
  }
  if (cacheBytes) {
    try {
      pyodide.unpackArchive(await cacheBytes, "zip", { extractDir: sitePackages });
    } catch (err) {
      console.warn("no precompiled modules; Python compiles them", err); // slower, still correct
    }
  }
  pyodide.runPython("import importlib; importlib.invalidate_caches()");
  const bridge = pyodide.pyimport("playground.bridge");
  session = bridge.main_session();
  bridge.destroy?.();
  const tEngine = performance.now();
  return {
    python: pyodide.runPython("import sys; sys.version.split()[0]"),
    pyodide: pyodide.version,
    snapshot: restored,
    runtime_ms: Math.round(tRuntime - t0),
    engine_ms: Math.round(tEngine - tRuntime),
  };
}

self.onmessage = async (event) => {
  const { id, method, params } = event.data || {};
  if (method === "init") {
    booting = boot(params).then(
      (info) => post({ type: "ready", info }),
      (err) => {
        post({ type: "fatal", error: String(err && err.message ? err.message : err) });
        throw err;
      },
    );
    return;
  }
  try {
    await booting;
  } catch (err) {
    post({ id, error: "Python could not start", kind: "fatal" });
    return;
  }
  const t0 = performance.now();
  let reply;
  try {
    reply = JSON.parse(session.handle(method, JSON.stringify(params || {})));
  } catch (err) {
    // The bridge reports Python's errors as data; an exception here means
    // the interpreter itself failed (say, the WebAssembly stack ran out):
    // the page starts a fresh worker.
    reply = { error: `Python failed (${String(err && err.message ? err.message : err).split("\n")[0]}); it was restarted`, kind: "crashed" };
  }
  reply.id = id;
  reply.ms = performance.now() - t0;
  post(reply);
};
