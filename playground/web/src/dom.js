// Building DOM from data without ever parsing HTML: every string becomes a
// text node, attributes are set one by one from an allow-list. Schema, tuple,
// file and URL content reaches the page only through here (or CodeMirror,
// which renders text), so none of it can become markup or script.

const ALLOWED_ATTRS = new Set([
  "class", "id", "title", "type", "role", "tabindex", "hidden", "disabled", "value", "for",
  "placeholder", "download", "href", "open", "lang",
]);

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2), value);
    } else if (key === "dataset") {
      for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
    } else if (key.startsWith("aria-") || key.startsWith("data-") || ALLOWED_ATTRS.has(key)) {
      if (key === "href" && !isSafeHref(String(value))) continue;
      node.setAttribute(key, value === true ? "" : String(value));
    } else {
      throw new Error(`attribute ${key} is not allowed`);
    }
  }
  append(node, children);
  return node;
}

function isSafeHref(href) {
  // our own links only: fragments, relative paths and object URLs we made
  return href.startsWith("#") || href.startsWith("blob:") || /^\.?\.?\/[^/]/.test(href) || /^[\w.-]+$/.test(href);
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function setText(node, text) {
  node.textContent = text == null ? "" : String(text);
  return node;
}

export function $(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node;
}

// Text with `backquoted` parts shown as code (the tour's and hover's prose).
export function inlineCode(text) {
  const parts = String(text).split("`");
  return parts.map((part, i) => (i % 2 === 1 ? el("code", {}, part) : part));
}
