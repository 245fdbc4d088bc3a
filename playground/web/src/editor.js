// The file editors: one CodeMirror view, one editor state per workspace
// file (switching tabs swaps states, so undo history and selections survive).
// Diagnostics, completion and hover come from the engine through the worker
// (`engine/ide`, the functions the language server uses); this module only
// converts positions and hands CodeMirror what it needs.
import {
  autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap, snippet, startCompletion,
} from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, indentUnit } from "@codemirror/language";
import { lintGutter, lintKeymap, setDiagnostics } from "@codemirror/lint";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { EditorState, StateEffect, StateField } from "@codemirror/state";
import {
  Decoration, drawSelection, dropCursor, EditorView, highlightActiveLine, highlightActiveLineGutter,
  highlightSpecialChars, hoverTooltip, keymap, lineNumbers,
} from "@codemirror/view";

import { clear, el } from "./dom.js";
import { renderMarkdown } from "./markdown.js";
import { toOffset, toPosition, toRange } from "./positions.js";

const SEVERITY = { error: "error", warning: "warning", information: "info", hint: "hint" };
const COMPLETION_TYPE = {
  namespace: "class", relation: "property", permit: "method", keyword: "keyword", snippet: "text",
  object: "variable", subject: "variable", value: "constant",
};
// ask the engine for completions after these (or on Ctrl-Space)
const TRIGGER = /[\w$.:#@"'<|(]$/;

// Colours from the engine's semantic tokens (engine/ide/tokens.py): the
// editor has no OPL grammar of its own.
const setTokens = StateEffect.define();
const tokenField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    marks = marks.map(tr.changes);
    for (const effect of tr.effects) if (effect.is(setTokens)) marks = effect.value;
    return marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});
const TOKEN_MARKS = new Map();
function tokenMark(type) {
  if (!TOKEN_MARKS.has(type)) TOKEN_MARKS.set(type, Decoration.mark({ class: `tok-opl-${type}` }));
  return TOKEN_MARKS.get(type);
}

// The span of a derivation-tree node (or a tour step), marked in the editor.
const setMark = StateEffect.define();
const markField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    marks = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (effect.is(setMark)) {
        marks = effect.value ? Decoration.set([Decoration.mark({ class: "cm-opl-span" }).range(effect.value.from, effect.value.to)]) : Decoration.none;
      }
    }
    return marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export class Editors {
  constructor({ host, tabs, engine, onChange, onOpen }) {
    this.host = host;
    this.tabs = tabs;
    this.engine = engine; // () => Engine
    this.onChange = onChange;
    this.onOpen = onOpen || (() => {});
    this.states = new Map();
    this.versions = new Map();
    // every load and edit takes a new number: an answer about older text is dropped
    this.clock = 0;
    this.kinds = new Map();
    this.counts = new Map();
    this.order = [];
    this.active = null;
    this.view = new EditorView({ parent: host });
  }

  // ------------------------------------------------------------ files

  load(files, active) {
    this.states.clear();
    this.versions.clear();
    this.counts.clear();
    this.order = files.map((f) => f.name);
    for (const f of files) {
      this.states.set(f.name, this.createState(f.name, f.text));
      this.versions.set(f.name, ++this.clock);
    }
    this.active = null;
    const first = active && this.states.has(active) ? active : this.order[0];
    if (first) this.open(first);
    else this.view.setState(EditorState.create({ doc: "" }));
    this.renderTabs();
  }

  files() {
    this.saveActive();
    return this.order.map((name) => ({ name, text: this.states.get(name).doc.toString() }));
  }

  text(name) {
    if (name === this.active) return this.view.state.doc.toString();
    const state = this.states.get(name);
    return state ? state.doc.toString() : null;
  }

  has(name) {
    return this.states.has(name);
  }

  saveActive() {
    if (this.active !== null) this.states.set(this.active, this.view.state);
  }

  open(name) {
    if (!this.states.has(name)) return false;
    if (name !== this.active) {
      this.saveActive();
      this.active = name;
      this.view.setState(this.states.get(name));
      this.renderTabs();
      this.onOpen(name);
    }
    return true;
  }

  replaceText(name, text) {
    this.open(name);
    const doc = this.view.state.doc;
    if (doc.toString() === text) return;
    this.view.dispatch({ changes: { from: 0, to: doc.length, insert: text } });
  }

  setKinds(kinds) {
    for (const [name, kind] of Object.entries(kinds || {})) this.kinds.set(name, kind);
    this.renderTabs();
  }

  createState(name, text) {
    return EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(), highlightActiveLineGutter(), highlightSpecialChars(), history(), drawSelection(),
        dropCursor(), EditorState.allowMultipleSelections.of(true), bracketMatching(), closeBrackets(),
        highlightActiveLine(), highlightSelectionMatches(), indentUnit.of("  "), lintGutter(), markField, tokenField,
        autocompletion({ override: [(ctx) => this.complete(name, ctx)], icons: true }),
        hoverTooltip((view, pos) => this.hover(name, view, pos), { hoverTime: 250 }),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap,
          ...completionKeymap, ...lintKeymap, indentWithTab]),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            this.versions.set(name, ++this.clock);
            this.onChange(name);
          }
        }),
        EditorView.contentAttributes.of({ "aria-label": `${name} (editor)` }),
      ],
    });
  }

  // ------------------------------------------------------------ tabs

  renderTabs() {
    clear(this.tabs);
    for (const name of this.order) {
      const kind = this.kinds.get(name);
      const count = this.counts.get(name) || 0;
      this.tabs.append(el("button", {
        type: "button", role: "tab", class: "file-tab", "aria-selected": String(name === this.active),
        "data-file": name, title: name, onclick: () => this.open(name),
      }, kind ? el("span", { class: `kind kind-${kind}` }, kind) : null, el("span", { class: "name" }, name),
      count ? el("span", { class: "count error" }, String(count)) : null));
    }
  }

  // ------------------------------------------------------------ diagnostics

  // diagnostics: {name: [engine diagnostics]}; versions: what each file's
  // version was when the engine read it (stale answers are dropped)
  applyDiagnostics(diagnostics, versions) {
    for (const [name, list] of Object.entries(diagnostics)) {
      if (!this.states.has(name)) continue;
      if (versions && versions[name] !== this.versions.get(name)) continue;
      const state = name === this.active ? this.view.state : this.states.get(name);
      const cm = list.map((d) => this.toCodeMirror(state.doc, d, name));
      this.counts.set(name, list.filter((d) => d.severity === "error").length);
      if (name === this.active) this.view.dispatch(setDiagnostics(this.view.state, cm));
      else this.states.set(name, state.update(setDiagnostics(state, cm)).state);
    }
    this.renderTabs();
  }

  applyTokens(tokens, versions) {
    for (const [name, list] of Object.entries(tokens || {})) {
      if (!this.states.has(name)) continue;
      if (versions && versions[name] !== this.versions.get(name)) continue;
      const state = name === this.active ? this.view.state : this.states.get(name);
      const doc = state.doc;
      const ranges = [];
      for (const [line, character, length, type] of list) {
        const from = toOffset(doc, { line, character });
        const to = toOffset(doc, { line, character: character + length });
        if (to > from) ranges.push(tokenMark(type).range(from, to));
      }
      const spec = { effects: setTokens.of(Decoration.set(ranges, true)) };
      if (name === this.active) this.view.dispatch(spec);
      else this.states.set(name, state.update(spec).state);
    }
  }

  toCodeMirror(doc, d, name) {
    const { from, to } = d.range ? toRange(doc, d.range) : { from: 0, to: 0 };
    const out = {
      from, to, severity: SEVERITY[d.severity] || "info", source: d.code || undefined, message: d.message,
    };
    if (d.fixes && d.fixes.length) {
      out.actions = d.fixes.map((fix) => ({
        name: fix.title,
        apply: (view) => {
          if (this.active !== name) return;
          const current = view.state.doc;
          const changes = fix.edits.map((e) => ({ ...toRange(current, e.range), insert: e.new_text }));
          view.dispatch({ changes });
        },
      }));
    }
    return out;
  }

  // ------------------------------------------------------------ completion and hover

  async complete(name, ctx) {
    const before = ctx.state.doc.sliceString(Math.max(0, ctx.pos - 1), ctx.pos);
    if (!ctx.explicit && !TRIGGER.test(before)) return null;
    const word = ctx.matchBefore(/[\w$]*/);
    const pos = toPosition(ctx.state.doc, ctx.pos);
    let reply;
    try {
      reply = await this.engine().call("complete", { name, line: pos.line, character: pos.character });
    } catch {
      return null;
    }
    if (ctx.aborted || !reply || !reply.items.length) return null;
    const doc = ctx.state.doc;
    const ranges = reply.items.map((item) => (item.replace_range ? toRange(doc, item.replace_range) : null));
    const from = Math.min(...ranges.map((r) => (r ? r.from : word ? word.from : ctx.pos)));
    const sorted = reply.items.map((item, i) => ({ item, range: ranges[i] }))
      .sort((a, b) => (a.item.sort_text || a.item.label).localeCompare(b.item.sort_text || b.item.label));
    const n = sorted.length;
    const options = sorted.map(({ item, range }, i) => ({
      label: item.label,
      type: COMPLETION_TYPE[item.kind] || "text",
      detail: item.detail || undefined,
      info: item.documentation ? () => renderMarkdown(item.documentation) : undefined,
      boost: n > 1 ? Math.round(99 - (198 * i) / (n - 1)) : 0,
      apply: (view, completion, cmFrom, cmTo) => {
        // the item's own range, stretched over what was typed since
        const start = range ? Math.min(range.from, cmFrom) : cmFrom;
        const end = Math.max(range ? range.to : cmTo, cmTo);
        if (item.is_snippet) {
          snippet(item.insert_text)(view, completion, start, end);
        } else {
          view.dispatch({
            changes: { from: start, to: end, insert: item.insert_text },
            selection: { anchor: start + item.insert_text.length },
            userEvent: "input.complete",
          });
        }
      },
    }));
    return { from, options, validFor: /^[\w$]*$/ };
  }

  async hover(name, view, pos) {
    const p = toPosition(view.state.doc, pos);
    let reply;
    try {
      reply = await this.engine().call("hover", { name, line: p.line, character: p.character });
    } catch {
      return null;
    }
    if (!reply || !reply.markdown || this.active !== name) return null;
    const range = reply.range ? toRange(view.state.doc, reply.range) : { from: pos, to: pos };
    return {
      pos: range.from,
      end: range.to,
      above: true,
      create: () => ({ dom: el("div", { class: "hover" }, renderMarkdown(reply.markdown)) }),
    };
  }

  startCompletion() {
    startCompletion(this.view);
  }

  // ------------------------------------------------------------ spans

  // Show a range of a file (a tree node's rule, a problem, a test's line).
  reveal(name, range, { focus = false, select = false } = {}) {
    if (!this.open(name)) return false;
    const doc = this.view.state.doc;
    const { from, to } = toRange(doc, range);
    const spec = {
      effects: [setMark.of(to > from ? { from, to } : null), EditorView.scrollIntoView(from, { y: "center" })],
    };
    if (select) spec.selection = { anchor: from, head: to };
    this.view.dispatch(spec);
    if (focus) this.view.focus();
    return true;
  }

  revealText(name, needle) {
    const text = this.text(name);
    if (text === null) return false;
    const i = text.indexOf(needle);
    if (i < 0) return false;
    this.open(name);
    const doc = this.view.state.doc;
    const start = toPosition(doc, i);
    const end = toPosition(doc, i + needle.length);
    return this.reveal(name, { start, end });
  }

  clearMark() {
    this.view.dispatch({ effects: setMark.of(null) });
  }

  markedText() {
    const marks = this.view.state.field(markField, false);
    if (!marks) return null;
    let found = null;
    marks.between(0, this.view.state.doc.length, (from, to) => {
      found = this.view.state.doc.sliceString(from, to);
      return false;
    });
    return found;
  }
}
