// Keeping and sharing a workspace: the whole state (files, open file, query)
// is JSON, kept in localStorage and, for sharing, deflated into the URL
// fragment — no server sees it. Anything read back (a link someone sent, a
// stale localStorage entry) is validated field by field: bad input gives an
// error message, never a broken page.

const STORAGE_KEY = "opl-playground.workspace";
const PREVIOUS_KEY = "opl-playground.previous";
const FRAGMENT_KEY = "w";
export const MAX_STATE_BYTES = 4 * 1024 * 1024; // decompressed: no zip bombs
const MAX_FILES = 64;
const QUERY_FIELDS = ["mode", "text", "subject", "max_depth", "expand_mode", "namespace", "object", "relation", "list_subject"];

export class StateError extends Error {}

// A state from untrusted JSON, or a StateError saying what is wrong.
export function validate(data) {
  if (!data || typeof data !== "object" || Array.isArray(data)) throw new StateError("not a workspace");
  if (data.v !== 1) throw new StateError("an unknown workspace format (from a newer playground?)");
  if (!Array.isArray(data.files) || !data.files.length) throw new StateError("a workspace without files");
  if (data.files.length > MAX_FILES) throw new StateError(`more than ${MAX_FILES} files`);
  const names = new Set();
  const files = data.files.map((f) => {
    if (!f || typeof f.name !== "string" || typeof f.text !== "string") throw new StateError("a file without a name or text");
    const name = f.name.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200);
    if (!name || names.has(name)) throw new StateError("files with empty or duplicate names");
    names.add(name);
    return { name, text: f.text };
  });
  const query = {};
  if (data.query && typeof data.query === "object") {
    for (const key of QUERY_FIELDS) {
      const value = data.query[key];
      if (typeof value === "string") query[key] = value.slice(0, 10000);
      else if (typeof value === "number" && Number.isFinite(value)) query[key] = String(value);
    }
  }
  return {
    v: 1,
    files,
    active: typeof data.active === "string" && names.has(data.active) ? data.active : files[0].name,
    query,
    example: typeof data.example === "string" ? data.example.slice(0, 100) : null,
  };
}

// ---------------------------------------------------------------- localStorage

export function loadSaved(key = STORAGE_KEY) {
  try {
    const raw = localStorage.getItem(key);
    return raw ? validate(JSON.parse(raw)) : null;
  } catch {
    return null; // unreadable: start from an example (nothing else to save)
  }
}

export function save(state, key = STORAGE_KEY) {
  try {
    localStorage.setItem(key, JSON.stringify(state));
    return true;
  } catch {
    return false; // storage full or disabled: the page still works
  }
}

export function keepPrevious(state) {
  return save(state, PREVIOUS_KEY);
}

export function loadPrevious() {
  return loadSaved(PREVIOUS_KEY);
}

export function sameFiles(a, b) {
  if (!a || !b || a.files.length !== b.files.length) return false;
  return a.files.every((f, i) => f.name === b.files[i].name && f.text === b.files[i].text);
}

// ---------------------------------------------------------------- the URL fragment

function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new StateError("the link is damaged (unexpected characters)");
  const b64 = text.replaceAll("-", "+").replaceAll("_", "/") + "=".repeat((4 - (text.length % 4)) % 4);
  let binary;
  try {
    binary = atob(b64);
  } catch {
    throw new StateError("the link is damaged (not base64)");
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipe(bytes, stream, limit) {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (limit && size > limit) {
      await reader.cancel();
      throw new StateError("the link holds more than the playground accepts");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) { out.set(c, offset); offset += c.length; }
  return out;
}

export async function encodeFragment(state) {
  const json = new TextEncoder().encode(JSON.stringify(state));
  const deflated = await pipe(json, new CompressionStream("deflate-raw"));
  return `${FRAGMENT_KEY}=${toBase64Url(deflated)}`;
}

// The state in a fragment ("#w=…"), null when there is none, or a StateError.
export async function decodeFragment(hash) {
  const fragment = (hash || "").replace(/^#/, "");
  if (!fragment) return null;
  const params = new URLSearchParams(fragment);
  const data = params.get(FRAGMENT_KEY);
  if (data === null) return null;
  const bytes = fromBase64Url(data);
  let json;
  try {
    json = new TextDecoder("utf-8", { fatal: true }).decode(await pipe(bytes, new DecompressionStream("deflate-raw"), MAX_STATE_BYTES));
  } catch (err) {
    if (err instanceof StateError) throw err;
    throw new StateError("the link is damaged (it does not decompress)");
  }
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new StateError("the link is damaged (not JSON)");
  }
  return validate(parsed);
}
