// The tuple or query a check command should run when invoked in an editor:
// the tuple line of a tuple file, the query under the cursor in a workspace
// file, the tuple object around the cursor in a JSON tuple file. This is only
// about finding text; the language server parses and judges it. No `vscode`
// import, so that the unit tests run it in plain Node.

export type FileKind = "schema" | "tuples" | "tuples-json" | "workspace" | "other";

/** A file's kind by its name only, as every opl tool decides it. */
export function fileKind(fileName: string): FileKind {
  const name = fileName.replace(/^.*[\\/]/, "").toLowerCase();
  if (name.endsWith(".opl") || name.endsWith(".keto.ts")) return "schema";
  if (name.endsWith(".tuples")) return "tuples";
  if (name.endsWith(".tuples.json")) return "tuples-json";
  if (name.endsWith(".opl.yaml") || name.endsWith(".opl.yml")) return "workspace";
  return "other";
}

// Keto cuts a tuple at the first `:`, then the next `#`, then the next `@`.
const QUERY_SHAPE = /^[^\s:#@]+:[^\s#]*#[^\s@]*@\S+$/;

export function looksLikeQuery(text: string): boolean {
  return QUERY_SHAPE.test(text);
}

function lineAround(text: string, offset: number): { line: string; column: number } {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  let end = text.indexOf("\n", offset);
  if (end < 0) end = text.length;
  return { line: text.slice(start, end).replace(/\r$/, ""), column: offset - start };
}

export function queryAt(text: string, offset: number, kind: FileKind): string | undefined {
  offset = Math.max(0, Math.min(offset, text.length));
  switch (kind) {
    case "tuples":
      return tupleLine(lineAround(text, offset).line);
    case "workspace":
      return workspaceQuery(lineAround(text, offset));
    case "tuples-json":
      return jsonTuple(text, offset);
    default:
      return undefined;
  }
}

/** A tuple file holds one tuple per line; `//` lines are comments. */
function tupleLine(line: string): string | undefined {
  const row = line.trim();
  return row && !row.startsWith("//") ? row : undefined;
}

// In YAML a query is a plain or quoted scalar, possibly a mapping key.
const SCALAR_BREAK = /[\s"'{}[\],]/;

function stripKeyColon(token: string): string {
  return token.endsWith(":") ? token.slice(0, -1) : token;
}

function workspaceQuery({ line, column }: { line: string; column: number }): string | undefined {
  let start = Math.min(column, line.length);
  let end = start;
  while (start > 0 && !SCALAR_BREAK.test(line[start - 1])) start--;
  while (end < line.length && !SCALAR_BREAK.test(line[end])) end++;
  const atCursor = stripKeyColon(line.slice(start, end));
  if (looksLikeQuery(atCursor)) return atCursor;
  // the cursor is elsewhere on the line (after `: true`, on `- `): the line's
  // first query, if it holds one
  for (const token of line.split(SCALAR_BREAK)) {
    const candidate = stripKeyColon(token);
    if (looksLikeQuery(candidate)) return candidate;
  }
  return undefined;
}

interface Span {
  start: number;
  end: number;
}

/** The spans of every `{…}` object in JSON text, skipping strings. */
function objectSpans(text: string): Span[] {
  const spans: Span[] = [];
  const open: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") open.push(i);
    else if (c === "}" && open.length) spans.push({ start: open.pop()!, end: i + 1 });
  }
  return spans;
}

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The tuple object (one with a `namespace`, not its `subject_set`) around
 *  the cursor, in Keto's text form. */
function jsonTuple(text: string, offset: number): string | undefined {
  const around = objectSpans(text)
    .filter((s) => s.start <= offset && offset <= s.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  for (const span of around) {
    let value: unknown;
    try {
      value = JSON.parse(text.slice(span.start, span.end));
    } catch {
      continue;
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) continue;
    const t = value as Record<string, unknown>;
    if (!("namespace" in t) || !("relation" in t)) continue;
    let subject: string;
    if (typeof t.subject_id === "string") subject = t.subject_id;
    else if (t.subject_set && typeof t.subject_set === "object") {
      const s = t.subject_set as Record<string, unknown>;
      subject = `${str(s.namespace)}:${str(s.object)}` + (str(s.relation) ? `#${str(s.relation)}` : "");
    } else continue;
    return `${str(t.namespace)}:${str(t.object)}#${str(t.relation)}@${subject}`;
  }
  return undefined;
}
