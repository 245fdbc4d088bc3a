// The engine's hover and completion documentation is Markdown (what the
// language server sends). We show the few constructs it uses — code fences,
// inline code, bold, lists, rules — built as DOM nodes; everything else stays
// plain text. Links keep their text only: nothing in a hover navigates.
import { el } from "./dom.js";

function inline(text) {
  const out = [];
  // `code` first (its content is literal), then **bold** and [text](url)
  const parts = String(text).split(/(`[^`]*`)/);
  for (const part of parts) {
    if (part.length >= 2 && part.startsWith("`") && part.endsWith("`")) {
      out.push(el("code", {}, part.slice(1, -1)));
      continue;
    }
    const pieces = part.split(/(\*\*[^*]+\*\*|\[[^\]]*\]\([^)]*\))/);
    for (const piece of pieces) {
      if (piece.startsWith("**") && piece.endsWith("**") && piece.length > 4) {
        out.push(el("strong", {}, piece.slice(2, -2)));
      } else if (/^\[[^\]]*\]\([^)]*\)$/.test(piece)) {
        out.push(piece.slice(1, piece.indexOf("]")));
      } else if (piece) {
        out.push(piece);
      }
    }
  }
  return out;
}

export function renderMarkdown(markdown) {
  const root = el("div", { class: "md" });
  const lines = String(markdown || "").split("\n");
  let paragraph = [];
  let list = null;
  const flush = () => {
    if (paragraph.length) root.append(el("p", {}, inline(paragraph.join(" "))));
    paragraph = [];
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = line.match(/^\s*(```+|~~~+)/);
    if (fence) {
      flush();
      const code = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(fence[1])) code.push(lines[i++]);
      root.append(el("pre", {}, el("code", {}, code.join("\n"))));
      continue;
    }
    if (!line.trim()) { flush(); continue; }
    if (/^\s*(---+|\*\*\*+|___+)\s*$/.test(line)) { flush(); root.append(el("hr")); continue; }
    const heading = line.match(/^\s*#{1,6}\s+(.*)$/);
    if (heading) { flush(); root.append(el("p", {}, el("strong", {}, inline(heading[1])))); continue; }
    const item = line.match(/^\s*[-*]\s+(.*)$/);
    if (item) {
      if (paragraph.length) { root.append(el("p", {}, inline(paragraph.join(" ")))); paragraph = []; }
      if (!list) { list = el("ul"); root.append(list); }
      list.append(el("li", {}, inline(item[1])));
      continue;
    }
    if (list) list = null;
    paragraph.push(line.trim());
  }
  flush();
  return root;
}
