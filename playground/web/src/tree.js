// The derivation tree of a check, as an interactive tree: steps fold and
// unfold, the deciding path is highlighted, a click shows the step's OPL rule
// in the schema, and "Step through" replays the evaluation one step at a time
// in the order the engine ran it. The tree and its replay come from the
// engine (playground/bridge.py shapes TraceNode); this only presents them.
import { el } from "./dom.js";

const MARK = { member: "✓", not_member: "✗", unknown: "?" };
const RESULT_TEXT = { member: "member", not_member: "not member", unknown: "unknown" };

function resultText(node) {
  if (node.error) return `error: ${node.error}`;
  return RESULT_TEXT[node.result] + (node.limitation ? ` (${node.limitation.replaceAll("_", " ")})` : "");
}

export function resultBadge(node) {
  const cls = node.error ? "error" : node.result;
  return el("span", { class: `badge ${cls}`, title: resultText(node) }, node.error ? "!" : MARK[node.result] || "?");
}

export class DerivationTree {
  // tree: {nodes, steps, truncated}; onSpan(span) shows a node's rule
  constructor(tree, { onSpan }) {
    this.tree = tree;
    this.onSpan = onSpan || (() => {});
    this.rows = new Map();
    this.items = new Map();
    this.step = -1;
    this.stepping = false;
    this.root = el("div", { class: "derivation" });
    this.controls = this.renderControls();
    this.caption = el("p", { class: "step-caption", "aria-live": "polite" });
    this.list = el("ul", { class: "tree", role: "tree", "aria-label": "derivation tree" });
    if (tree.nodes.length) this.list.append(this.renderNode(0, 0));
    this.root.append(this.controls, this.caption, this.list);
    if (tree.truncated) {
      this.root.append(el("p", { class: "help" }, `The tree is cut at ${tree.nodes.length} steps; the verdict above is complete.`));
    }
    // which step enters and leaves each node (for the replay)
    this.enterAt = new Map();
    this.exitAt = new Map();
    tree.steps.forEach((s, i) => (s.phase === "enter" ? this.enterAt : this.exitAt).set(s.node, i));
  }

  renderNode(id, level) {
    const node = this.tree.nodes[id];
    const hasChildren = node.children.length > 0;
    // open the deciding path and the first levels; the rest on demand
    const open = node.deciding || level < 2;
    const twisty = el("button", {
      type: "button", class: "twisty", "aria-label": open ? "collapse" : "expand", tabindex: "-1",
      hidden: !hasChildren, onclick: (e) => { e.stopPropagation(); this.toggle(id); },
    }, open ? "▾" : "▸");
    const parts = [
      twisty, resultBadge(node), el("span", { class: "kind" }, node.kind), " ",
      el("span", { class: "query mono" }, node.query),
    ];
    if (node.rule) parts.push(" ", el("span", { class: "rule mono" }, node.rule));
    if (node.tuple) parts.push(" ", el("span", { class: "tuple" }, "tuple ", el("span", { class: "mono" }, node.tuple)));
    if (node.note) parts.push(" ", el("span", { class: "note" }, `— ${node.note}`));
    if (node.span) {
      parts.push(" ", el("button", {
        type: "button", class: "span-link", title: "Show this rule in the schema", tabindex: "-1",
        onclick: (e) => { e.stopPropagation(); this.onSpan(node.span, node); },
      }, "rule ↗"));
    }
    const row = el("div", {
      class: "node-row", tabindex: "0", title: resultText(node),
      onclick: () => { if (node.span) this.onSpan(node.span, node); },
      onkeydown: (e) => this.key(e, id),
    }, parts);
    const item = el("li", {
      role: "treeitem", class: `node ${node.error ? "error" : node.result}${node.deciding ? " deciding" : ""}`,
      "data-node": String(id), "data-kind": node.kind, "aria-expanded": hasChildren ? String(open) : undefined,
    }, row);
    if (hasChildren) {
      const group = el("ul", { role: "group", hidden: !open });
      // children are built when first opened: big denials stay cheap
      if (open) for (const c of node.children) group.append(this.renderNode(c, level + 1));
      else group.dataset.lazy = "1";
      group.dataset.level = String(level + 1);
      item.append(group);
    }
    this.rows.set(id, row);
    this.items.set(id, item);
    return item;
  }

  setOpen(id, open) {
    const item = this.items.get(id);
    if (!item) return;
    const group = item.querySelector(":scope > ul");
    if (!group) return;
    if (open && group.dataset.lazy) {
      delete group.dataset.lazy;
      const level = Number(group.dataset.level);
      for (const c of this.tree.nodes[id].children) group.append(this.renderNode(c, level));
      if (this.stepping) this.paint();
    }
    group.hidden = !open;
    item.setAttribute("aria-expanded", String(open));
    const twisty = item.querySelector(":scope > .node-row > .twisty");
    twisty.textContent = open ? "▾" : "▸";
    twisty.setAttribute("aria-label", open ? "collapse" : "expand");
  }

  toggle(id) {
    const item = this.items.get(id);
    this.setOpen(id, item.getAttribute("aria-expanded") !== "true");
  }

  // make a node visible: open its ancestors
  showNode(id) {
    const chain = [];
    for (let p = this.tree.nodes[id].parent; p !== null && p !== undefined; p = this.tree.nodes[p].parent) chain.push(p);
    for (const p of chain.reverse()) this.setOpen(p, true);
    return this.rows.get(id);
  }

  key(event, id) {
    const node = this.tree.nodes[id];
    const go = (target) => {
      if (target === undefined || target === null) return;
      const row = this.showNode(target);
      if (row) row.focus();
      event.preventDefault();
    };
    if (event.key === "ArrowRight") {
      if (node.children.length) {
        if (this.items.get(id).getAttribute("aria-expanded") !== "true") { this.setOpen(id, true); event.preventDefault(); } else go(node.children[0]);
      }
    } else if (event.key === "ArrowLeft") {
      if (node.children.length && this.items.get(id).getAttribute("aria-expanded") === "true") { this.setOpen(id, false); event.preventDefault(); } else go(node.parent);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const rows = [...this.list.querySelectorAll(".node-row")].filter((r) => r.offsetParent !== null);
      const i = rows.indexOf(this.rows.get(id));
      const next = rows[i + (event.key === "ArrowDown" ? 1 : -1)];
      if (next) { next.focus(); event.preventDefault(); }
    } else if (event.key === "Enter" && node.span) {
      this.onSpan(node.span, node);
    }
  }

  // ------------------------------------------------------------ step-through

  renderControls() {
    const button = (label, title, action, cls) => el("button", { type: "button", title, class: cls, onclick: action }, label);
    this.stepToggle = button("Step through", "Replay the evaluation step by step", () => this.toggleStepping(), "step-toggle");
    this.stepButtons = [
      button("«", "First step", () => this.goto(0), "step-first"),
      button("◀", "Previous step", () => this.goto(this.step - 1), "step-prev"),
      button("▶", "Next step", () => this.goto(this.step + 1), "step-next"),
      button("»", "Last step", () => this.goto(this.tree.steps.length - 1), "step-last"),
    ];
    this.stepCounter = el("span", { class: "step-counter" });
    const nav = el("span", { class: "step-nav", hidden: true }, this.stepButtons, this.stepCounter);
    this.stepNav = nav;
    this.openAll = button("Open all", "Show every step of the tree", () => this.expandAll(), "open-all");
    return el("div", {
      class: "tree-controls",
      onkeydown: (e) => {
        if (!this.stepping) return;
        if (e.key === "ArrowRight") { this.goto(this.step + 1); e.preventDefault(); }
        if (e.key === "ArrowLeft") { this.goto(this.step - 1); e.preventDefault(); }
      },
    }, this.openAll, this.stepToggle, nav);
  }

  expandAll() {
    // breadth first: opening a node renders its children, which open next
    for (let id = 0; id < this.tree.nodes.length; id++) {
      if (this.tree.nodes[id].children.length && this.items.has(id)) this.setOpen(id, true);
    }
  }

  toggleStepping() {
    this.stepping = !this.stepping;
    this.root.classList.toggle("stepping", this.stepping);
    this.stepNav.hidden = !this.stepping;
    this.stepToggle.textContent = this.stepping ? "Show the whole tree" : "Step through";
    if (this.stepping) {
      this.goto(0);
    } else {
      for (const item of this.items.values()) item.classList.remove("pending", "running", "current", "done");
      this.caption.textContent = "";
    }
  }

  goto(index) {
    const steps = this.tree.steps;
    if (!steps.length) return;
    this.step = Math.max(0, Math.min(index, steps.length - 1));
    const { node: id, phase } = steps[this.step];
    const row = this.showNode(id);
    this.paint();
    const node = this.tree.nodes[id];
    this.stepCounter.textContent = `step ${this.step + 1} of ${steps.length}`;
    this.caption.textContent = phase === "enter"
      ? `Evaluating ${node.kind} ${node.query}${node.rule ? ` — ${node.rule}` : ""}`
      : `${node.kind} ${node.query} → ${resultText(node)}${node.tuple ? ` (tuple ${node.tuple})` : ""}`;
    if (row) row.scrollIntoView({ block: "nearest" });
    if (node.span) this.onSpan(node.span, node, { quiet: true });
  }

  // what each node looks like at the current step
  paint() {
    const current = this.tree.steps[this.step];
    for (const [id, item] of this.items) {
      const entered = this.enterAt.get(id) <= this.step;
      const exited = this.exitAt.has(id) && this.exitAt.get(id) <= this.step;
      item.classList.toggle("pending", !entered);
      item.classList.toggle("running", entered && !exited);
      item.classList.toggle("done", exited);
      item.classList.toggle("current", current && current.node === id);
    }
  }
}

// Keto's expand tree (its own shape: union / intersection / exclusion / leaf).
export function expandTree(reply) {
  const nodes = reply.nodes;
  const render = (id) => {
    const node = nodes[id];
    const item = el("li", { role: "treeitem", class: `expand-node ${node.type}` },
      el("div", { class: "node-row" }, el("span", { class: "kind" }, node.type), " ", el("span", { class: "query mono" }, node.label)));
    if (node.children.length) {
      item.append(el("ul", { role: "group" }, node.children.map(render)));
    }
    return item;
  };
  const root = el("ul", { class: "tree", role: "tree", "aria-label": "expand tree" });
  if (nodes.length) root.append(render(0));
  return root;
}
