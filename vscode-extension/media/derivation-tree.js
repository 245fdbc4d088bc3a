// Builds the derivation tree of a check inside the webview. Every piece of
// text from the check (queries, tuples, rules, errors) goes in through
// textContent, never as markup.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById("root"));

  /** @param {string} tag @param {string} [cls] @param {string} [text] */
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function fileName(uri) {
    const path = String(uri).split(/[?#]/)[0];
    return decodeURIComponent(path.slice(path.lastIndexOf("/") + 1));
  }

  /** the outcome of a node as words: member / not member / unknown (why) */
  function outcome(node) {
    let text = String(node.result || "").replace(/_/g, " ");
    if (node.limitation) text += " (" + String(node.limitation).replace(/_/g, " ") + ")";
    return text;
  }

  function spanLink(span) {
    const start = span.range && span.range.start ? span.range.start : { line: 0, character: 0 };
    const label = fileName(span.uri) + ":" + (Number(start.line) + 1) + ":" + (Number(start.character) + 1);
    const link = el("a", "span-link", label);
    link.href = "#";
    link.title = "Show this rule in the schema";
    link.addEventListener("click", (event) => {
      event.preventDefault();
      event.stopPropagation();
      vscode.postMessage({ type: "reveal", uri: String(span.uri), range: span.range });
    });
    return link;
  }

  function renderNode(node) {
    const item = el("li", "node");
    item.setAttribute("role", "treeitem");
    const children = Array.isArray(node.children) ? node.children : [];
    const head = el("span", "head");
    head.append(
      el("span", "kind kind-" + String(node.kind).replace(/[^a-z_]/g, ""), node.kind),
      el("code", "query", node.query),
      el("span", "result result-" + String(node.result).replace(/[^a-z_]/g, ""), outcome(node)),
    );
    if (node.span && node.span.uri) head.append(spanLink(node.span));
    const details = el("div", "details");
    if (node.rule) details.append(el("div", "rule", node.rule));
    if (node.tuple) details.append(el("div", "tuple", "tuple: " + node.tuple));
    if (node.error) details.append(el("div", "error", "error: " + node.error));
    if (node.note) details.append(el("div", "note", node.note));
    if (children.length) {
      const box = el("details");
      box.open = true;
      item.setAttribute("aria-expanded", "true");
      box.addEventListener("toggle", () => item.setAttribute("aria-expanded", String(box.open)));
      const summary = el("summary");
      summary.append(head);
      box.append(summary);
      if (details.childElementCount) box.append(details);
      const list = el("ul", "children");
      list.setAttribute("role", "group");
      for (const child of children) list.append(renderNode(child));
      box.append(list);
      item.append(box);
    } else {
      const leaf = el("div", "leaf");
      leaf.append(head);
      if (details.childElementCount) leaf.append(details);
      item.append(leaf);
    }
    return item;
  }

  function render(result) {
    root.replaceChildren();
    const header = el("header", result.allowed ? "verdict allowed" : "verdict denied");
    header.append(
      el("h1", "", result.allowed ? "✓ allowed" : "✗ denied"),
      el("code", "query", result.query),
      el("span", "result result-" + String(result.result).replace(/[^a-z_]/g, ""), outcome(result)),
    );
    root.append(header);
    if (result.error) root.append(el("p", "error", "error: " + result.error));
    if (result.note) root.append(el("p", "note", result.note));
    if (result.tree) {
      const tree = el("ul", "tree");
      tree.setAttribute("role", "tree");
      tree.setAttribute("aria-label", "Derivation tree of " + result.query);
      tree.append(renderNode(result.tree));
      root.append(tree);
    } else {
      root.append(el("p", "note", "The server returned no derivation tree for this check."));
    }
  }

  window.addEventListener("message", (event) => {
    const message = event.data;
    if (message && message.type === "show" && message.result) render(message.result);
  });
  vscode.postMessage({ type: "ready" });
})();
