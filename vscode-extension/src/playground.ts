// `opl play <workspace>` (the terminal playground) in an integrated terminal,
// on the workspace of the active file, or on the first workspace folder.
import * as path from "node:path";
import * as vscode from "vscode";
import { OplServer } from "./languageServer";

export function registerPlayground(server: OplServer): vscode.Disposable {
  return vscode.commands.registerCommand("opl.openPlayground", async (target?: unknown) => {
    const lookup = server.locate();
    if (!lookup.found) {
      void vscode.window.showErrorMessage(
        "OPL: the terminal playground needs the `opl` executable, which was not found.",
        "Choose opl Executable…",
      ).then((choice) => choice && vscode.commands.executeCommand("opl.chooseServer"));
      return undefined;
    }
    const workspace = target instanceof vscode.Uri ? target.fsPath : playgroundTarget();
    if (!workspace) {
      void vscode.window.showErrorMessage("OPL: open a folder or a workspace file (.opl.yaml) to play with.");
      return undefined;
    }
    const cwd = /\.opl\.ya?ml$/i.test(workspace) ? path.dirname(workspace) : workspace;
    const terminal = vscode.window.createTerminal({
      name: `OPL Playground: ${path.basename(workspace)}`,
      // the executable itself, not a shell: no quoting of paths needed
      shellPath: lookup.found.path,
      shellArgs: ["play", workspace],
      cwd,
      iconPath: new vscode.ThemeIcon("beaker"),
    });
    terminal.show();
    return terminal;
  });
}

/** The active .opl.yaml file, else the folder of the active schema or tuple
 *  file, else the first workspace folder. */
function playgroundTarget(): string | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.uri.scheme === "file") {
    const file = document.uri.fsPath;
    if (/\.opl\.ya?ml$/i.test(file)) return file;
    if (/\.(opl|keto\.ts|tuples|tuples\.json)$/.test(file)) return path.dirname(file);
  }
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}
