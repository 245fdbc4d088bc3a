// The webview that shows a check's derivation tree. The page is a fixed shell
// (no user text in its HTML); the check result reaches it by postMessage and
// media/derivation-tree.js builds the tree with text nodes only. A click on a
// node's span comes back here and opens that OPL span in an editor.
import * as vscode from "vscode";
import { CheckResult, Range } from "./protocol";

interface RevealMessage {
  type: "reveal";
  uri: string;
  range: Range;
}

export class DerivationTreeView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private pending: CheckResult | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  show(result: CheckResult): void {
    this.pending = result;
    if (!this.panel) this.panel = this.createPanel();
    this.panel.title = `Derivation: ${result.query}`;
    this.panel.reveal(vscode.ViewColumn.Beside, false);
    this.flush();
  }

  dispose(): void {
    this.panel?.dispose();
  }

  private flush(): void {
    if (this.panel && this.ready && this.pending) {
      void this.panel.webview.postMessage({ type: "show", result: this.pending });
    }
  }

  private createPanel(): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.extensionUri, "media");
    const panel = vscode.window.createWebviewPanel(
      "opl.derivationTree",
      "Derivation",
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: true },
    );
    this.ready = false;
    panel.webview.html = shell(panel.webview, media);
    panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message));
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.ready = false;
    });
    return panel;
  }

  private receive(message: unknown): void {
    if (!message || typeof message !== "object") return;
    const m = message as { type?: unknown };
    if (m.type === "ready") {
      this.ready = true;
      this.flush();
    } else if (m.type === "reveal") {
      void reveal(message as RevealMessage);
    }
  }
}

async function reveal(message: RevealMessage): Promise<void> {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(String(message.uri), true);
  } catch {
    return;
  }
  const r = message.range;
  const range = new vscode.Range(
    Number(r?.start?.line) || 0,
    Number(r?.start?.character) || 0,
    Number(r?.end?.line) || 0,
    Number(r?.end?.character) || 0,
  );
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, {
    viewColumn: vscode.ViewColumn.One,
    selection: range,
    preserveFocus: false,
  });
}

function nonce(): string {
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let out = "";
  for (let i = 0; i < 32; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}

function shell(webview: vscode.Webview, media: vscode.Uri): string {
  const n = nonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, "derivation-tree.js"));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, "derivation-tree.css"));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Derivation tree</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="waiting">Waiting for the check…</p></main>
<script nonce="${n}" src="${script}"></script>
</body>
</html>`;
}
