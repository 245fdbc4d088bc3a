// The engine counts characters in Unicode code points (as its diagnostics
// and the language server's feature functions do); CodeMirror counts UTF-16
// units. These two functions convert, clamping what lies outside the text
// (an answer may arrive for text that has changed since).

export function toOffset(doc, pos) {
  if (!pos) return 0;
  const lineNo = Math.max(0, pos.line | 0) + 1;
  if (lineNo > doc.lines) return doc.length;
  const line = doc.line(lineNo);
  const text = line.text;
  let i = 0;
  let cp = 0;
  const want = Math.max(0, pos.character | 0);
  while (i < text.length && cp < want) {
    const code = text.codePointAt(i);
    i += code > 0xffff ? 2 : 1;
    cp += 1;
  }
  return line.from + i;
}

export function toPosition(doc, offset) {
  const clamped = Math.max(0, Math.min(offset, doc.length));
  const line = doc.lineAt(clamped);
  let character = 0;
  // eslint-disable-next-line no-unused-vars
  for (const _ of line.text.slice(0, clamped - line.from)) character += 1;
  return { line: line.number - 1, character };
}

export function toRange(doc, range) {
  const from = toOffset(doc, range.start);
  const to = toOffset(doc, range.end);
  return from <= to ? { from, to } : { from: to, to: from };
}
