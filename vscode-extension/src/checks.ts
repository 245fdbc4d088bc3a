// The check commands: run the tuple or query at the cursor through `opl/check`
// and show the verdict in a notification, or the derivation tree in a webview.
import * as vscode from "vscode";
import { ResponseError } from "vscode-languageclient/node";
import { DerivationTreeView } from "./derivationTree";
import { OplServer } from "./languageServer";
import { CheckResult, checkRequest } from "./protocol";
import { fileKind, looksLikeQuery, queryAt } from "./queryAtCursor";

const SHOW_TREE = "Show Derivation Tree";

interface CheckTarget {
  query: string;
  uri: vscode.Uri;
}

export function registerCheckCommands(server: OplServer, tree: DerivationTreeView): vscode.Disposable {
  let lastQuery = "";

  async function target(query?: unknown, uri?: unknown): Promise<CheckTarget | undefined> {
    const editor = vscode.window.activeTextEditor;
    const where = toUri(uri) ?? editor?.document.uri ?? (await anyWorkspaceFile());
    if (!where) {
      void vscode.window.showErrorMessage("OPL check: open a schema, tuple or workspace (.opl.yaml) file first.");
      return undefined;
    }
    let text = typeof query === "string" ? query.trim() : "";
    if (!text && editor) text = queryInEditor(editor) ?? "";
    if (!text) {
      text =
        (await vscode.window.showInputBox({
          title: "OPL check",
          prompt: "A tuple or query to check: namespace:object#relation@subject",
          placeHolder: "Document:readme#view@User:alice",
          value: lastQuery,
          ignoreFocusOut: true,
        }))?.trim() ?? "";
    }
    if (!text) return undefined;
    lastQuery = text;
    return { query: text, uri: where };
  }

  async function run(t: CheckTarget, explain: boolean): Promise<CheckResult | undefined> {
    try {
      return await server.request(checkRequest, { uri: t.uri.toString(), query: t.query, explain });
    } catch (err) {
      const why = err instanceof ResponseError || err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(`OPL check of ${t.query}: ${why}`);
      return undefined;
    }
  }

  const check = vscode.commands.registerCommand("opl.check", async (query?: unknown, uri?: unknown) => {
    const t = await target(query, uri);
    if (!t) return undefined;
    const result = await run(t, false);
    if (!result) return undefined;
    const message = verdict(result);
    const shown = result.allowed
      ? vscode.window.showInformationMessage(message, SHOW_TREE)
      : vscode.window.showWarningMessage(message, SHOW_TREE);
    void shown.then((choice) => {
      if (choice === SHOW_TREE) void vscode.commands.executeCommand("opl.showDerivationTree", t.query, t.uri);
    });
    return result;
  });

  const explain = vscode.commands.registerCommand(
    "opl.showDerivationTree",
    async (query?: unknown, uri?: unknown) => {
      const t = await target(query, uri);
      if (!t) return undefined;
      const result = await run(t, true);
      if (result) tree.show(result);
      return result;
    },
  );

  return vscode.Disposable.from(check, explain);
}

/** "✓ allowed: Q (member)" / "✗ denied: Q (unknown, max depth exceeded): error" */
export function verdict(r: CheckResult): string {
  let outcome = r.result.replace(/_/g, " ");
  if (r.limitation) outcome += `, ${r.limitation.replace(/_/g, " ")}`;
  let text = `${r.allowed ? "✓ allowed" : "✗ denied"}: ${r.query} (${outcome})`;
  if (r.error) text += `: ${r.error}`;
  if (r.note) text += ` — ${r.note}`;
  return text;
}

function queryInEditor(editor: vscode.TextEditor): string | undefined {
  const { document, selection } = editor;
  // a selected query wins; a selected word (say, a rule revealed from a
  // derivation tree) is no query and does not count
  if (!selection.isEmpty && selection.isSingleLine) {
    const selected = document.getText(selection).trim();
    if (looksLikeQuery(selected)) return selected;
  }
  return queryAt(document.getText(), document.offsetAt(selection.active), fileKind(document.fileName));
}

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === "string" && value) return vscode.Uri.parse(value);
  return undefined;
}

async function anyWorkspaceFile(): Promise<vscode.Uri | undefined> {
  const [found] = await vscode.workspace.findFiles("**/*.opl.{yaml,yml}", "**/node_modules/**", 1);
  return found;
}
