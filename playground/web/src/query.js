// The query box: check, expand, list and the reverse lookups, and their
// answers (a verdict with its derivation tree, Keto's expand tree, lists).
import { $, clear, el } from "./dom.js";
import { Cancelled } from "./engine.js";
import { DerivationTree, expandTree } from "./tree.js";

const HELP = {
  check: ["Document:roadmap#view@User:alice", "Does the subject have the relation or permit on the object? namespace:object#relation@subject"],
  expand: ["Document:roadmap#view", "Who is behind namespace:object#relation, as Keto's expand tree."],
  list: ["", "Stored tuples matching the filters (each optional), as Keto's list API."],
  lookup_objects: ["Document#view", "Every object of a namespace on which the subject has the permit: NAMESPACE#PERMIT."],
  lookup_subjects: ["Document:roadmap#view", "Every subject with the permit on the object: NAMESPACE:OBJECT#PERMIT."],
};
// answers this quick are recomputed as the workspace changes
const LIVE_MS = 250;

export class QueryPanel {
  constructor({ engine, sync, onSpan, onChange }) {
    this.engine = engine; // () => Engine
    this.sync = sync; // sends pending edits before a query
    this.onSpan = onSpan;
    this.onChange = onChange;
    this.form = $("query-form");
    this.mode = $("query-mode");
    this.text = $("query-text");
    this.subject = $("query-subject");
    this.depth = $("query-depth");
    this.expandMode = $("expand-mode");
    this.filters = $("list-filters");
    this.help = $("query-help");
    this.result = $("query-result");
    this.last = null;
    this.lastMs = Infinity;
    this.running = false;
    this.form.addEventListener("submit", (e) => { e.preventDefault(); this.run(); });
    this.mode.addEventListener("change", () => { this.layout(); this.onChange(); });
    for (const input of this.form.querySelectorAll("input, select")) input.addEventListener("input", () => this.onChange());
    this.layout();
  }

  layout() {
    const mode = this.mode.value;
    const [placeholder, help] = HELP[mode];
    this.text.hidden = mode === "list";
    this.text.placeholder = placeholder;
    this.subject.hidden = mode !== "lookup_objects";
    this.filters.hidden = mode !== "list";
    this.expandMode.hidden = mode !== "expand";
    this.depth.disabled = mode === "list";
    this.help.textContent = help;
  }

  get() {
    return {
      mode: this.mode.value, text: this.text.value, subject: this.subject.value, max_depth: this.depth.value,
      expand_mode: this.expandMode.value, namespace: $("list-namespace").value, object: $("list-object").value,
      relation: $("list-relation").value, list_subject: $("list-subject").value,
    };
  }

  set(q = {}) {
    if (q.mode && HELP[q.mode]) this.mode.value = q.mode;
    this.text.value = q.text || "";
    this.subject.value = q.subject || "";
    this.depth.value = q.max_depth || "";
    this.expandMode.value = q.expand_mode === "tuples" ? "tuples" : "rewrites";
    $("list-namespace").value = q.namespace || "";
    $("list-object").value = q.object || "";
    $("list-relation").value = q.relation || "";
    $("list-subject").value = q.list_subject || "";
    this.layout();
  }

  request(q) {
    const depth = q.max_depth ? Number(q.max_depth) : null;
    switch (q.mode) {
      case "expand": return ["expand", { query: q.text.trim(), mode: q.expand_mode, max_depth: depth }];
      case "list": return ["list", { namespace: q.namespace, object: q.object, relation: q.relation, subject: q.list_subject }];
      case "lookup_objects": return ["lookup_objects", { subject: q.subject, target: q.text, max_depth: depth }];
      case "lookup_subjects": return ["lookup_subjects", { target: q.text, max_depth: depth }];
      default: return ["check", { query: q.text.trim(), max_depth: depth }];
    }
  }

  async run({ live = false } = {}) {
    const q = this.get();
    if (q.mode !== "list" && !q.text.trim()) {
      this.show(el("p", { class: "error-text" }, "Type a query first, e.g. ", el("code", {}, HELP[q.mode][0])));
      return null;
    }
    const [method, params] = this.request(q);
    this.sync();
    this.running = true;
    if (!live) this.result.classList.add("loading");
    const t0 = performance.now();
    try {
      const reply = await this.engine().call(method, params, { long: true });
      this.lastMs = performance.now() - t0;
      this.last = q;
      this.render(method, reply);
      return reply;
    } catch (err) {
      this.last = null;
      if (err instanceof Cancelled) {
        this.show(el("p", { class: "cancelled" }, "Cancelled. Python was restarted; your workspace is unchanged."));
      } else {
        this.show(el("p", { class: "error-text", role: "alert" }, err.message));
      }
      return null;
    } finally {
      this.running = false;
      this.result.classList.remove("loading");
    }
  }

  // after an edit: recompute a displayed answer that was quick to get
  refresh() {
    if (this.last && !this.running && this.lastMs < LIVE_MS) {
      const same = JSON.stringify(this.last) === JSON.stringify(this.get());
      if (same) this.run({ live: true });
    }
  }

  show(...nodes) {
    clear(this.result).append(...nodes);
  }

  context(reply) {
    if (!reply.schema_errors) return null;
    return el("p", { class: "warning-text" },
      `The schema has ${reply.schema_errors} error${reply.schema_errors > 1 ? "s" : ""}: Keto would not load it. `,
      "The answer below uses what could be read.");
  }

  render(method, reply) {
    if (method === "check") return this.renderCheck(reply, this.result);
    if (method === "expand") {
      return this.show(this.context(reply), el("p", { class: "verdict" }, `expand ${reply.query} (${reply.mode})`),
        expandTree(reply), reply.truncated ? el("p", { class: "help" }, "The tree is cut here.") : null);
    }
    if (method === "list") {
      return this.show(
        el("p", { class: "verdict" }, `${reply.tuples.length} tuple${reply.tuples.length === 1 ? "" : "s"}` +
          (reply.next_page_token ? " (first page)" : "") + ` of ${reply.total} stored`),
        el("ul", { class: "plain-list mono" }, reply.tuples.map((t) => el("li", {}, t))));
    }
    return this.show(this.context(reply),
      el("p", { class: "verdict" }, `${reply.count} result${reply.count === 1 ? "" : "s"}`),
      el("ul", { class: "plain-list mono" }, reply.results.map((t) => el("li", {}, t))),
      reply.count > reply.results.length ? el("p", { class: "help" }, `… and ${reply.count - reply.results.length} more`) : null);
  }

  renderCheck(reply, container) {
    const verdictText = reply.allowed ? "allowed" : "denied";
    const detail = reply.result.replace("_", " ") + (reply.limitation ? `, ${reply.limitation.replaceAll("_", " ")}` : "");
    const nodes = [
      this.context(reply),
      el("p", { class: `verdict ${reply.allowed ? "allowed" : "denied"}`, "data-result": reply.result },
        el("strong", {}, verdictText), ` (${detail}) `, el("span", { class: "mono" }, reply.query)),
    ];
    if (reply.error) nodes.push(el("p", { class: "error-text" }, `error: ${reply.error}`));
    if (reply.note) nodes.push(el("p", { class: "note" }, reply.note));
    nodes.push(el("p", { class: "help timing" }, `max depth ${reply.max_depth}`,
      reply.capped ? " (the workspace's max_depth caps what a query asks for, as in Keto)" : "",
      ` · ${reply.elapsed_ms.toFixed(1)} ms in the engine`));
    if (reply.tree) {
      this.tree = new DerivationTree(reply.tree, { onSpan: this.onSpan });
      nodes.push(this.tree.root);
    }
    clear(container).append(...nodes.filter(Boolean));
  }
}
