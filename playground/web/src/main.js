// The playground page: wires the editors, the panels and the Python worker.
// Start-up order matters for "first interactive": the worker starts loading
// Python at once, the editors show the workspace (from the link, the last
// session, or the default example) while it loads, and the first diagnostics
// mark the page ready.
import { $, clear, el } from "./dom.js";
import { Editors } from "./editor.js";
import { Cancelled, Engine } from "./engine.js";
import { renderGallery } from "./gallery.js";
import { QueryPanel } from "./query.js";
import {
  decodeFragment, encodeFragment, keepPrevious, loadPrevious, loadSaved, sameFiles, save,
} from "./state.js";
import { TestsPanel } from "./tests.js";
import { Tour } from "./tour.js";

const root = document.documentElement;
const VERSION = root.dataset.version;
const WHEELS = (root.dataset.wheels || "").split(" ").filter(Boolean);
const PYCACHE = root.dataset.pycache || null;
const SNAPSHOT = root.dataset.snapshot || null;
const DIAGNOSTICS_DELAY = 150;
const SAVE_DELAY = 300;

const app = {
  engine: null,
  editors: null,
  query: null,
  tests: null,
  tour: null,
  examples: [],
  example: null, // the gallery example this workspace came from
  diagnostics: {},
  dirty: new Set(),
  everSynced: false,
  ready: false,
};

// ---------------------------------------------------------------- status

function setStatus({ state, text }) {
  const status = $("status");
  if (app.engine && app.engine.busyWithLong() && state !== "error") {
    state = "busy";
    text = "Running…";
  }
  status.dataset.state = state;
  status.textContent = text;
  const cancel = $("cancel-button");
  if (state === "busy") {
    clearTimeout(setStatus.timer);
    // quick answers never flash a Cancel button
    setStatus.timer = setTimeout(() => { cancel.hidden = !(app.engine && app.engine.busyWithLong()); }, 150);
  } else {
    clearTimeout(setStatus.timer);
    cancel.hidden = true;
  }
}

function banner(text, action) {
  $("banner-text").textContent = text;
  const button = $("banner-action");
  button.hidden = !action;
  if (action) {
    button.textContent = action.label;
    button.onclick = () => { $("banner").hidden = true; action.run(); };
  }
  $("banner").hidden = false;
}

// ---------------------------------------------------------------- the workspace

function currentState() {
  return {
    v: 1,
    files: app.editors.files(),
    active: app.editors.active,
    query: app.query.get(),
    example: app.example,
  };
}

function persist() {
  clearTimeout(persist.timer);
  persist.timer = setTimeout(() => save(currentState()), SAVE_DELAY);
}

function openState(state) {
  app.example = state.example || null;
  app.editors.load(state.files, state.active);
  app.query.set(state.query || {});
  clear($("query-result"));
  clear($("test-list"));
  $("tests-summary").textContent = "";
  app.diagnostics = {};
  renderProblems();
  sendAllFiles();
  persist();
}

// Replace the workspace, keeping the one we had (nothing the user wrote is lost).
function replaceWorkspace(state, message) {
  const before = currentState();
  if (!sameFiles(before, state)) {
    keepPrevious(before);
    openState(state);
    banner(message, { label: "Restore the previous workspace", run: restorePrevious });
  } else {
    openState(state);
  }
}

function restorePrevious() {
  const previous = loadPrevious();
  if (!previous) return;
  keepPrevious(currentState());
  openState(previous);
  banner("Restored the previous workspace.", { label: "Undo", run: restorePrevious });
}

function exampleState(ex) {
  // the build lists an example's schema first, then its tuples and workspace file
  const query = ex.query ? { mode: "check", text: ex.query } : {};
  return { v: 1, files: ex.files.map((f) => ({ name: f.name, text: f.text })), active: ex.files[0].name, query, example: ex.id };
}

// ---------------------------------------------------------------- diagnostics

function versionsOf(names) {
  const out = {};
  for (const name of names) out[name] = app.editors.versions.get(name);
  return out;
}

function applyDiagnostics(reply, versions) {
  if (!reply) return;
  app.editors.setKinds(reply.kinds);
  app.editors.applyDiagnostics(reply.diagnostics, versions);
  app.editors.applyTokens(reply.tokens, versions);
  for (const [name, list] of Object.entries(reply.diagnostics)) {
    if (versions[name] === app.editors.versions.get(name)) app.diagnostics[name] = list;
  }
  renderProblems();
  if (!app.ready) {
    app.ready = true;
    performance.mark("opl-interactive");
    root.dataset.ready = "true";
    registerServiceWorker();
  }
}

function sendAllFiles() {
  if (!app.engine || !app.editors) return;
  clearTimeout(scheduleSync.timer);
  app.dirty.clear();
  const files = app.editors.files();
  const versions = versionsOf(files.map((f) => f.name));
  app.lastSync = app.engine.call("set_files", { files }).then((reply) => applyDiagnostics(reply, versions), reportError);
}

// Send edited files now (before a query, so it sees what is on screen).
function sync() {
  clearTimeout(scheduleSync.timer);
  if (!app.dirty.size) return;
  const names = [...app.dirty];
  app.dirty.clear();
  const versions = versionsOf(app.editors.order);
  let last;
  for (const name of names) last = app.engine.call("update", { name, text: app.editors.text(name) });
  app.lastSync = last.then((reply) => {
    applyDiagnostics(reply, versions);
    app.query.refresh();
  }, reportError);
}

function scheduleSync(name) {
  app.dirty.add(name);
  clearTimeout(scheduleSync.timer);
  scheduleSync.timer = setTimeout(sync, DIAGNOSTICS_DELAY);
}

function reportError(err) {
  if (err instanceof Cancelled) return;
  if (err && err.kind === "fatal") return; // the status line says it
  banner(`The engine failed: ${err.message}`);
}

function renderProblems() {
  const list = clear($("problem-list"));
  let count = 0;
  for (const name of app.editors.order) {
    for (const d of app.diagnostics[name] || []) {
      count += 1;
      const where = d.range ? `${name}:${d.range.start.line + 1}:${d.range.start.character + 1}` : name;
      list.append(el("li", { class: `problem ${d.severity}`, "data-file": name },
        el("button", {
          type: "button", class: "link",
          onclick: () => { if (d.range) app.editors.reveal(name, d.range, { select: true, focus: true }); else app.editors.open(name); },
        }, el("span", { class: `sev ${d.severity}` }, d.severity), " ", el("span", { class: "where mono" }, where), " ",
        el("span", { class: "message" }, d.message), d.code ? el("span", { class: "code mono" }, ` ${d.code}`) : null)));
    }
  }
  $("problem-count").textContent = String(count);
}

// ---------------------------------------------------------------- spans and lines

function showSpan(span, _node, { quiet = false } = {}) {
  if (!span || !app.editors.has(span.file)) return;
  app.editors.reveal(span.file, span.range, { focus: !quiet });
}

function showLine(file, line) {
  if (!app.editors.has(file)) return;
  const text = app.editors.text(file).split("\n")[line] || "";
  app.editors.reveal(file, { start: { line, character: 0 }, end: { line, character: [...text].length } }, { select: true, focus: true });
}

// ---------------------------------------------------------------- side panels

function selectPanel(which) {
  for (const name of ["query", "tests"]) {
    $(`tab-${name}`).setAttribute("aria-selected", String(name === which));
    $(`panel-${name}`).hidden = name !== which;
  }
}

function applyTourStep(step, { run }) {
  $("tour").hidden = false;
  if (step.example && step.example !== app.example) {
    const ex = app.examples.find((e) => e.id === step.example);
    if (ex) replaceWorkspace(exampleState(ex), `The tour opened the ${ex.title} example; your workspace is kept.`);
  }
  if (step.file) {
    if (step.find) app.editors.revealText(step.file, step.find);
    else app.editors.open(step.file);
  }
  if (step.query) {
    app.query.set({ mode: step.query.mode, text: step.query.text, subject: step.query.subject,
      max_depth: step.query.max_depth ? String(step.query.max_depth) : "" });
    persist();
    selectPanel("query");
    if (run) app.query.run();
  }
}

// ---------------------------------------------------------------- share, import, export

async function share() {
  const fragment = await encodeFragment(currentState());
  const url = `${location.href.split("#")[0]}#${fragment}`;
  const input = $("share-url");
  input.value = url;
  $("share-box").hidden = false;
  input.focus();
  input.select();
}

function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/yaml" }));
  const a = el("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function exportYaml() {
  sync();
  try {
    const reply = await app.engine.call("export_yaml", {});
    download(reply.name, reply.text);
  } catch (err) {
    if (!(err instanceof Cancelled)) banner(`Export failed: ${err.message}`);
  }
}

async function importFiles(fileList) {
  const files = [];
  for (const file of fileList) {
    if (file.size > 4 * 1024 * 1024) {
      banner(`${file.name} is larger than 4 MB: not imported.`);
      return;
    }
    files.push({ name: file.name, text: await file.text() });
  }
  if (!files.length) return;
  try {
    const reply = await app.engine.call("import_files", { files });
    const names = reply.files.map((f) => f.name);
    replaceWorkspace({ v: 1, files: reply.files, active: names[0], query: app.query.get(), example: null },
      `Imported ${names.join(", ")}; your previous workspace is kept.`);
  } catch (err) {
    if (!(err instanceof Cancelled)) banner(`Import failed: ${err.message}`);
  }
}

async function formatActive() {
  const name = app.editors.active;
  sync();
  try {
    const reply = await app.engine.call("format", { name });
    if (reply.text === null || reply.text === undefined) {
      banner(`${name} cannot be formatted (it has syntax errors, or it is not a schema).`);
    } else {
      app.editors.replaceText(name, reply.text);
    }
  } catch (err) {
    if (!(err instanceof Cancelled)) banner(`Format failed: ${err.message}`);
  }
}

function registerServiceWorker() {
  // offline use once loaded; registered after start-up so it does not compete with it
  if ("serviceWorker" in navigator && location.protocol !== "file:") {
    navigator.serviceWorker.register(`./sw.js`).catch(() => {});
  }
}

// ---------------------------------------------------------------- start-up

async function fetchJSON(name) {
  const response = await fetch(`${name}?v=${VERSION}`);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.json();
}

async function main() {
  app.engine = new Engine({
    version: VERSION,
    wheels: WHEELS,
    pycache: PYCACHE,
    snapshot: SNAPSHOT,
    onStatus: setStatus,
    // a restarted worker (after Cancel) gets the workspace again first
    onStart: () => { if (app.everSynced) sendAllFiles(); },
  });
  const examplesPromise = fetchJSON("examples.json");
  const tourPromise = fetchJSON("tour.json");

  app.editors = new Editors({
    host: $("editor"),
    tabs: $("file-tabs"),
    engine: () => app.engine,
    onChange: (name) => { scheduleSync(name); persist(); },
  });
  app.query = new QueryPanel({ engine: () => app.engine, sync, onSpan: showSpan, onChange: persist });
  app.tests = new TestsPanel({ engine: () => app.engine, sync, onLine: showLine, onSpan: showSpan });

  // which workspace: a shared link, else the last session, else the default example
  const saved = loadSaved();
  let state = null;
  try {
    state = await decodeFragment(location.hash);
    if (state) {
      if (saved && !sameFiles(saved, state)) {
        keepPrevious(saved);
        banner("Opened the workspace from the link; your previous workspace is kept.", { label: "Restore it", run: restorePrevious });
      }
    }
  } catch (err) {
    banner(`The workspace in this link could not be opened: ${err.message}. Showing your last workspace instead.`);
  }
  if (location.hash) {
    // the link has done its job; a reload keeps later edits (from localStorage)
    history.replaceState(null, "", location.pathname + location.search);
  }
  if (!state) state = saved;
  try {
    app.examples = await examplesPromise;
  } catch (err) {
    app.examples = [];
    banner(`The examples could not be loaded: ${err.message}`);
  }
  if (!state) {
    const ex = app.examples.find((e) => e.id === root.dataset.defaultExample) || app.examples[0];
    state = ex ? exampleState(ex) : { v: 1, files: [{ name: "schema.keto.ts", text: "" }], active: "schema.keto.ts", query: {} };
  }
  app.example = state.example || null;
  app.editors.load(state.files, state.active);
  app.query.set(state.query || {});
  app.everSynced = true;
  sendAllFiles();
  save(currentState());

  renderGallery(app.examples, (ex) => replaceWorkspace(exampleState(ex), `Opened the ${ex.title} example; your previous workspace is kept.`));
  tourPromise.then((steps) => {
    app.tour = new Tour({ steps, apply: applyTourStep });
  }, () => {});

  // header
  $("tour-button").addEventListener("click", () => {
    if (app.tour) app.tour.go(app.tour.index);
  });
  $("tour-close").addEventListener("click", () => { $("tour").hidden = true; });
  $("share-button").addEventListener("click", share);
  $("share-copy").addEventListener("click", async () => {
    try { await navigator.clipboard.writeText($("share-url").value); $("share-copy").textContent = "Copied"; } catch { $("share-url").select(); }
  });
  $("share-close").addEventListener("click", () => { $("share-box").hidden = true; });
  $("import-button").addEventListener("click", () => $("import-input").click());
  $("import-input").addEventListener("change", (e) => { importFiles([...e.target.files]); e.target.value = ""; });
  $("export-button").addEventListener("click", exportYaml);
  $("format-button").addEventListener("click", formatActive);
  $("cancel-button").addEventListener("click", () => app.engine.cancel());
  $("banner-close").addEventListener("click", () => { $("banner").hidden = true; });
  for (const name of ["query", "tests"]) $(`tab-${name}`).addEventListener("click", () => selectPanel(name));

  // for the end-to-end tests and the benchmark: read-only views and timings
  window.oplPlayground = {
    files: () => app.editors.files(),
    query: () => app.query.get(),
    activeFile: () => app.editors.active,
    markedText: () => app.editors.markedText(),
    engineInfo: () => app.engine.info,
    lastTiming: () => app.engine.lastTiming,
    call: (method, params) => app.engine.call(method, params),
    // resolves when every edit has been analysed and its diagnostics shown
    idle: async () => {
      for (;;) {
        sync();
        const pending = app.lastSync;
        await pending;
        if (pending === app.lastSync && !app.dirty.size) return true;
      }
    },
  };
}

main().catch((err) => {
  setStatus({ state: "error", text: `The playground failed to start: ${err.message}` });
});
