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

async function boot({ version, wheels, pycache }) {
  const t0 = performance.now();
  const base = new URL("./", self.location.href);
  // the wheels download while the runtime starts
  const wheelBytes = wheels.map((name) => fetchBytes(new URL(`wheels/${name}?v=${version}`, base)));
  // byte-compiled start-up modules (made at build time by this Pyodide)
  const cacheBytes = pycache ? fetchBytes(new URL(`wheels/${pycache}?v=${version}`, base)) : null;
  [...wheelBytes, cacheBytes].forEach((p) => p && p.catch(() => {})); // reported below, once
  post({ type: "progress", text: "Starting Python…" });
  const { loadPyodide } = await import("./pyodide/pyodide.mjs");
  const pyodide = await loadPyodide({
    indexURL: new URL("pyodide/", base).href,
    stdout: () => {},
    stderr: (line) => console.warn("[python]", line),
  });
  const tRuntime = performance.now();
  post({ type: "progress", text: "Loading the engine…" });
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
    // a failure of the bridge itself (it reports Python errors as data)
    reply = { error: String(err && err.message ? err.message : err), kind: "internal" };
  }
  reply.id = id;
  reply.ms = performance.now() - t0;
  post(reply);
};
