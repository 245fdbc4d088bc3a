// The OPL extension: a client of `opl lsp` (diagnostics, completion, hover,
// … come from the server) plus commands for checks, derivation trees, the
// Test Explorer and the terminal playground. All language knowledge stays in
// the server; this file only wires the pieces together.
import * as vscode from "vscode";
import { registerCheckCommands } from "./checks";
import { DerivationTreeView } from "./derivationTree";
import { chooseServer, OplServer } from "./languageServer";
import { registerPlayground } from "./playground";
import { createStatusBar } from "./statusBar";
import { TestExplorer } from "./testExplorer";

let server: OplServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  server = new OplServer();
  const s = server;
  const tree = new DerivationTreeView(context.extensionUri);
  context.subscriptions.push(
    s,
    tree,
    createStatusBar(s),
    new TestExplorer(s),
    registerCheckCommands(s, tree),
    registerPlayground(s),
    vscode.commands.registerCommand("opl.restartServer", () => s.restart()),
    vscode.commands.registerCommand("opl.showServerOutput", () => s.output.show(true)),
    vscode.commands.registerCommand("opl.chooseServer", chooseServer),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("opl.server.path")) void s.restart();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void s.restart()),
  );
  // not awaited: activation must not wait for (or hang on) the server
  void s.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
