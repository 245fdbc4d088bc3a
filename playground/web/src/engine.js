// The page's handle on the Python worker: requests with replies, and
// cancellation. Python cannot be interrupted from outside without
// cross-origin isolation (which static hosts rarely give), so cancelling
// terminates the worker and starts a fresh one; `onStart` lets the page
// send the workspace again before anything else.

export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.cancelled = true;
  }
}

export class EngineError extends Error {
  constructor(message, kind) {
    super(message);
    this.kind = kind;
  }
}

export class Engine {
  constructor({ version, wheels, pycache, snapshot, onStatus, onStart }) {
    this.version = version;
    this.wheels = wheels;
    this.pycache = pycache;
    this.snapshot = snapshot;
    this.onStatus = onStatus || (() => {});
    this.onStart = onStart || (() => {});
    this.nextId = 1;
    this.pending = new Map();
    this.info = null;
    this.generation = 0;
    this.start();
  }

  start() {
    this.generation += 1;
    const generation = this.generation;
    this.ready = false;
    this.readyPromise = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.readyPromise.catch(() => {});
    this.worker = new Worker(new URL(`./worker.js?v=${this.version}`, document.baseURI), { type: "module" });
    this.worker.onmessage = (event) => {
      if (generation === this.generation) this.receive(event.data);
    };
    this.worker.onerror = (event) => {
      if (generation !== this.generation) return;
      event.preventDefault?.();
      this.fail(`the Python worker failed: ${event.message || "unknown error"}`);
    };
    this.worker.postMessage({ method: "init", params: {
      version: this.version, wheels: this.wheels, pycache: this.pycache, snapshot: this.snapshot,
    } });
    this.onStatus({ state: "loading", text: "Loading Python…" });
    this.onStart(this);
  }

  receive(message) {
    if (message.type === "progress") {
      this.onStatus({ state: "loading", text: message.text });
      return;
    }
    if (message.type === "ready") {
      this.ready = true;
      this.info = message.info;
      this.resolveReady(message.info);
      this.onStatus({ state: "ready", text: "Ready", info: message.info });
      return;
    }
    if (message.type === "fatal") {
      this.fail(`Python could not start: ${message.error}`);
      return;
    }
    const entry = this.pending.get(message.id);
    if (!entry) return;
    this.pending.delete(message.id);
    if (message.error !== undefined) entry.reject(new EngineError(message.error, message.kind));
    else entry.resolve(message.result);
    entry.done(message.ms);
    if (message.kind === "crashed") this.cancel();
  }

  fail(text) {
    this.rejectReady(new EngineError(text, "fatal"));
    for (const entry of this.pending.values()) entry.reject(new EngineError(text, "fatal"));
    this.pending.clear();
    this.onStatus({ state: "error", text });
  }

  // A request; `long` ones (queries, tests) can be cancelled from the page.
  call(method, params = {}, { long = false } = {}) {
    const id = this.nextId++;
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const entry = {
        method, long, started, resolve, reject,
        done: (ms) => {
          this.lastTiming = { method, worker_ms: ms, total_ms: performance.now() - started };
          this.onStatus({ state: this.ready ? "ready" : "loading", text: this.ready ? "Ready" : "Loading Python…", settled: method });
        },
      };
      this.pending.set(id, entry);
      this.worker.postMessage({ id, method, params });
      if (long) this.onStatus({ state: "busy", text: `Running ${method.replace("_", " ")}…`, long: true });
    });
  }

  busyWithLong() {
    for (const entry of this.pending.values()) if (entry.long) return true;
    return false;
  }

  // Stop whatever Python is doing: every pending request is rejected with
  // Cancelled, and a new worker starts.
  cancel() {
    this.worker.terminate();
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const entry of pending) entry.reject(new Cancelled());
    this.start();
  }
}
