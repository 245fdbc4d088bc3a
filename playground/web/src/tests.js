// The workspace's tests (the `tests:` of its .opl.yaml), run by the engine's
// test runner: pass/fail per test and per assertion; a failing check shows
// its derivation tree; a click goes to the assertion's line.
import { $, clear, el } from "./dom.js";
import { Cancelled } from "./engine.js";
import { DerivationTree } from "./tree.js";

function show(value) {
  if (Array.isArray(value)) return `[${value.join(", ")}]`;
  return value === null || value === undefined ? "—" : String(value);
}

export class TestsPanel {
  constructor({ engine, sync, onLine, onSpan }) {
    this.engine = engine;
    this.sync = sync;
    this.onLine = onLine; // (file, line) → show it in the editor
    this.onSpan = onSpan;
    this.list = $("test-list");
    this.summary = $("tests-summary");
    $("tests-run").addEventListener("click", () => this.run());
  }

  async run() {
    this.sync();
    this.summary.textContent = "Running…";
    try {
      const report = await this.engine().call("run_tests", {}, { long: true });
      this.render(report);
      return report;
    } catch (err) {
      clear(this.list);
      this.summary.textContent = err instanceof Cancelled ? "Cancelled." : err.message;
      return null;
    }
  }

  render(report) {
    clear(this.list);
    if (!report.file) {
      this.summary.textContent = "This workspace has no .opl.yaml file, so no tests.";
      return;
    }
    const total = report.tests.length;
    this.summary.textContent = total
      ? `${report.passed} passed, ${report.failed} failed, ${report.errors} errors (${total} tests)`
      : `No tests in ${report.file} yet: add a tests: section.`;
    this.summary.dataset.failed = String(report.failed + report.errors);
    if (report.schema_errors) {
      this.list.append(el("li", { class: "warning-text" }, "The schema has errors: Keto would not load it."));
    }
    for (const test of report.tests) {
      const assertions = el("ul", { class: "assertions" });
      for (const a of test.assertions) {
        const line = el("li", { class: `assertion ${a.passed ? "pass" : "fail"}` },
          el("span", { class: `badge ${a.passed ? "member" : "not_member"}` }, a.passed ? "✓" : "✗"), " ",
          el("button", {
            type: "button", class: "link mono", title: `line ${a.line} of ${report.file}`,
            onclick: () => this.onLine(report.file, a.line - 1),
          }, `${a.kind} ${a.query}`),
          a.passed ? null : el("span", { class: "mismatch" }, ` expected ${show(a.expected)}, got ${show(a.actual)}`),
          a.error ? el("span", { class: "error-text" }, ` — ${a.error}`) : null);
        if (a.tree) {
          const details = el("details", { class: "why" }, el("summary", {}, "why?"));
          details.addEventListener("toggle", () => {
            if (details.open && details.children.length === 1) {
              details.append(new DerivationTree(a.tree, { onSpan: this.onSpan }).root);
            }
          }, { once: false });
          line.append(details);
        }
        assertions.append(line);
      }
      this.list.append(el("li", { class: `test ${test.passed ? "pass" : "fail"}`, "data-passed": String(test.passed) },
        el("div", { class: "test-head" },
          el("span", { class: `badge ${test.passed ? "member" : "not_member"}` }, test.passed ? "✓" : "✗"), " ",
          el("button", { type: "button", class: "link", onclick: () => this.onLine(report.file, test.line) }, test.name),
          test.error ? el("span", { class: "error-text" }, ` — ${test.error}`) : null),
        assertions));
    }
  }
}
