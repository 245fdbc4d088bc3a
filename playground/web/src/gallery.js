// The examples gallery: the repository's examples/*/ workspaces, embedded in
// the site at build time (examples.json).
import { $, clear, el, inlineCode } from "./dom.js";

export function renderGallery(examples, open) {
  const dialog = $("gallery");
  const list = clear($("gallery-list"));
  for (const ex of examples) {
    list.append(el("li", { class: "example", "data-example": ex.id },
      el("h3", {}, ex.title),
      ex.description ? el("p", {}, inlineCode(ex.description)) : null,
      el("p", { class: "files mono" }, ex.files.map((f) => f.name).join(" · ")),
      ex.query ? el("p", { class: "help" }, "try ", el("code", {}, ex.query)) : null,
      el("button", {
        type: "button", class: "primary",
        onclick: () => { dialog.close(); open(ex); },
      }, `Open ${ex.title}`)));
  }
  $("examples-button").addEventListener("click", () => dialog.showModal());
  $("gallery-close").addEventListener("click", () => dialog.close());
}
