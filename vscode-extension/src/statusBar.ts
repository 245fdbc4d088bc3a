// The status-bar item showing the language server's state; clicking it
// offers what fits that state (restart, the log, choosing the executable).
import * as vscode from "vscode";
import { OplServer, ServerState } from "./languageServer";

const LOOK: Record<ServerState["kind"], { icon: string; text: string }> = {
  starting: { icon: "$(sync~spin)", text: "starting" },
  running: { icon: "$(check)", text: "" },
  stopped: { icon: "$(circle-slash)", text: "stopped" },
  missing: { icon: "$(error)", text: "server not found" },
  failed: { icon: "$(error)", text: "server failed" },
};

export function createStatusBar(server: OplServer): vscode.Disposable {
  const item = vscode.window.createStatusBarItem("opl.status", vscode.StatusBarAlignment.Right, 100);
  item.name = "OPL Language Server";
  item.command = "opl.serverActions";

  const render = (state: ServerState) => {
    const look = LOOK[state.kind];
    item.text = `${look.icon} OPL${look.text ? ": " + look.text : ""}`;
    item.tooltip = `OPL language server: ${server.describe()}`;
    item.accessibilityInformation = { label: `OPL language server ${state.kind}`, role: "button" };
    item.backgroundColor =
      state.kind === "missing" || state.kind === "failed"
        ? new vscode.ThemeColor("statusBarItem.errorBackground")
        : undefined;
    item.show();
  };
  render(server.state);
  const subscription = server.onDidChangeState(render);

  const actions = vscode.commands.registerCommand("opl.serverActions", async () => {
    const choices: (vscode.QuickPickItem & { command: string })[] = [
      { label: "$(debug-restart) Restart the OPL language server", command: "opl.restartServer" },
      { label: "$(output) Show the language server's log", command: "opl.showServerOutput" },
      { label: "$(file-binary) Choose the opl executable…", command: "opl.chooseServer" },
    ];
    const picked = await vscode.window.showQuickPick(choices, { title: `OPL language server: ${server.describe()}` });
    if (picked) await vscode.commands.executeCommand(picked.command);
  });
  return vscode.Disposable.from(item, subscription, actions);
}
