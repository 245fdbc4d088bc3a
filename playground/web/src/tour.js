// The guided tour (tour.json, from playground/templates/tour.yaml): one step
// at a time, each opening its example, showing a file and filling in a query.
import { $, clear, el, inlineCode } from "./dom.js";

export class Tour {
  constructor({ steps, apply }) {
    this.steps = steps;
    this.apply = apply; // (step) => show it in the workspace
    this.index = 0;
    this.title = $("tour-title");
    this.body = $("tour-body");
    this.progress = $("tour-progress");
    this.prev = $("tour-prev");
    this.next = $("tour-next");
    this.prev.addEventListener("click", () => this.go(this.index - 1));
    this.next.addEventListener("click", () => this.go(this.index + 1));
    $("tour-apply").addEventListener("click", () => this.apply(this.steps[this.index], { run: true }));
    this.render();
  }

  go(index) {
    this.index = Math.max(0, Math.min(index, this.steps.length - 1));
    this.render();
    this.apply(this.steps[this.index], { run: false });
  }

  render() {
    const step = this.steps[this.index];
    if (!step) return;
    this.progress.textContent = `Step ${this.index + 1} of ${this.steps.length}`;
    this.title.textContent = step.title;
    clear(this.body).append(...step.body.map((p) => el("p", {}, inlineCode(p))));
    if (step.query) {
      this.body.append(el("p", { class: "tour-query" }, "Query: ", el("code", {}, step.query.text),
        step.query.max_depth ? ` with max depth ${step.query.max_depth}` : ""));
    }
    this.prev.disabled = this.index === 0;
    this.next.disabled = this.index === this.steps.length - 1;
  }
}
