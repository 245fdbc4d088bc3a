// The `opl lsp` process and its language client: finding the executable,
// starting, restarting, and telling the user (once, with a remedy) when it
// cannot run. Everything else talks to the server through `request`.
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  RequestType,
  RevealOutputChannelOn,
  ServerOptions,
  State,
  TransportKind,
} from "vscode-languageclient/node";
import { locateServer, ServerLookup, ServerSource } from "./serverLocation";

export type ServerStateKind = "starting" | "running" | "stopped" | "missing" | "failed";

export interface ServerState {
  kind: ServerStateKind;
  /** the executable, when one was found */
  path?: string;
  source?: ServerSource;
  /** what went wrong, for "missing" and "failed" */
  detail?: string;
}

// The languages the server is given; it decides a file's kind by its name.
const LANGUAGES = ["opl", "opl-tuples", "opl-tuples-json", "opl-yaml"];
const WATCHED_FILES = "**/*.{opl,keto.ts,tuples,tuples.json,opl.yaml,opl.yml}";

const CHOOSE = "Choose opl Executable…";
const OPEN_SETTINGS = "Open Settings";
const SHOW_LOG = "Show Log";

export class OplServer implements vscode.Disposable {
  readonly output: vscode.OutputChannel;
  private client: LanguageClient | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private current: ServerState = { kind: "stopped" };
  private readonly changed = new vscode.EventEmitter<ServerState>();
  readonly onDidChangeState = this.changed.event;
  // start and stop never overlap: each waits for the one before
  private queue: Promise<void> = Promise.resolve();

  constructor() {
    this.output = vscode.window.createOutputChannel("OPL Language Server");
  }

  get state(): ServerState {
    return this.current;
  }

  /** The executable that was found, also used for `opl play`. */
  locate(): ServerLookup {
    const trusted = vscode.workspace.isTrusted;
    const config = vscode.workspace.getConfiguration("opl");
    // in an untrusted workspace only the user's own setting counts
    const setting = trusted
      ? config.get<string>("server.path", "")
      : (config.inspect<string>("server.path")?.globalValue ?? "");
    return locateServer({
      setting,
      folders: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath),
      pathEnv: process.env.PATH ?? "",
      platform: process.platform,
    });
  }

  start(): Promise<void> {
    return this.enqueue(() => this.doStart());
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.doStop());
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.doStop();
      await this.doStart();
    });
  }

  /** A custom request, or an error saying why the server cannot answer. */
  async request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
    const client = this.client;
    if (!client || this.current.kind !== "running") {
      throw new Error(`the OPL language server is not running (${this.describe()})`);
    }
    return client.sendRequest(type, params);
  }

  describe(): string {
    const s = this.current;
    switch (s.kind) {
      case "running":
        return `running: ${s.path}`;
      case "starting":
        return `starting: ${s.path}`;
      case "missing":
        return "not found";
      case "failed":
        return `failed to start: ${s.detail ?? s.path}`;
      default:
        return "stopped";
    }
  }

  dispose(): void {
    void this.stop();
    this.changed.dispose();
    this.output.dispose();
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private setState(state: ServerState): void {
    this.current = state;
    this.changed.fire(state);
  }

  private async doStart(): Promise<void> {
    if (this.client) return;
    const lookup = this.locate();
    if (!lookup.found) {
      const detail = lookup.badSetting
        ? `opl.server.path is set to ${lookup.badSetting}, which is not an executable file`
        : `looked in ${lookup.tried.join(", ")}`;
      this.output.appendLine(`[client] the OPL language server was not found: ${detail}`);
      this.setState({ kind: "missing", detail });
      void this.offerRemedy(lookup);
      return;
    }
    const { path, source } = lookup.found;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const serverOptions: ServerOptions = {
      command: path,
      args: ["lsp"],
      // stdio appends `--stdio`: `opl lsp --stdio`
      transport: TransportKind.stdio,
      options: folder ? { cwd: folder } : undefined,
    };
    // the server reads the files of a workspace that are not open: tell it when they change
    this.watcher = vscode.workspace.createFileSystemWatcher(WATCHED_FILES);
    const clientOptions: LanguageClientOptions = {
      documentSelector: LANGUAGES.flatMap((language) => [
        { scheme: "file", language },
        { scheme: "untitled", language },
      ]),
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: serverSettings(),
      synchronize: {
        fileEvents: this.watcher,
        // the `opl` section goes to the server on every change
        configurationSection: "opl",
      },
    };
    const client = new LanguageClient("opl", "OPL Language Server", serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState((e) => {
      if (this.client !== client) return;
      if (e.newState === State.Running) this.setState({ kind: "running", path, source });
      else if (e.newState === State.Starting) this.setState({ kind: "starting", path, source });
      else if (this.current.kind !== "failed") this.setState({ kind: "stopped", path, source });
    });
    this.output.appendLine(`[client] starting ${path} lsp --stdio (found through ${sourceLabel(source)})`);
    this.setState({ kind: "starting", path, source });
    try {
      await client.start();
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      this.output.appendLine(`[client] the OPL language server failed to start: ${detail}`);
      this.client = undefined;
      this.watcher?.dispose();
      this.watcher = undefined;
      this.setState({ kind: "failed", path, source, detail });
      void client.dispose(1000).catch(() => undefined);
      void this.offerFailureRemedy(path, detail);
    }
  }

  private async doStop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.watcher?.dispose();
    this.watcher = undefined;
    if (client) {
      try {
        await client.dispose(2000);
      } catch (err) {
        this.output.appendLine(`[client] stopping the server: ${err instanceof Error ? err.message : err}`);
      }
    }
    this.setState({ kind: "stopped" });
  }

  private async offerRemedy(lookup: ServerLookup): Promise<void> {
    const message = lookup.badSetting
      ? `OPL: the setting opl.server.path points at ${lookup.badSetting}, which is not an executable file.`
      : "OPL: the language server `opl` was not found in the opl.server.path setting, the workspace's " +
        ".venv or PATH. Install opl-studio (pip install opl-studio) or choose the opl executable.";
    const choice = await vscode.window.showErrorMessage(message, CHOOSE, OPEN_SETTINGS);
    if (choice === CHOOSE) await vscode.commands.executeCommand("opl.chooseServer");
    else if (choice === OPEN_SETTINGS) {
      await vscode.commands.executeCommand("workbench.action.openSettings", "opl.server.path");
    }
  }

  private async offerFailureRemedy(path: string, detail: string): Promise<void> {
    const choice = await vscode.window.showErrorMessage(
      `OPL: the language server ${path} failed to start: ${detail}`,
      SHOW_LOG,
      CHOOSE,
    );
    if (choice === SHOW_LOG) this.output.show(true);
    else if (choice === CHOOSE) await vscode.commands.executeCommand("opl.chooseServer");
  }
}

/** The settings the server reads (engine/ide/settings.py): the `opl`
 *  section without the extension's own `server` and `trace`. */
export function serverSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration("opl");
  return {
    maxDepth: config.get("maxDepth", null),
    strict: config.get("strict", null),
    lints: config.get("lints", {}),
    testDiagnostics: config.get("testDiagnostics", true),
    codeLens: config.get("codeLens", true),
    inlayHints: config.get("inlayHints", true),
  };
}

function sourceLabel(source: ServerSource): string {
  return source === "setting" ? "the opl.server.path setting" : source === "venv" ? "the workspace's .venv" : "PATH";
}

/** The `opl.chooseServer` command: pick the executable, store it in the
 *  user's settings (which restarts the server). */
export async function chooseServer(): Promise<void> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: true,
    canSelectFolders: false,
    canSelectMany: false,
    openLabel: "Use as the OPL language server",
    title: "The opl executable (it serves `opl lsp`)",
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  if (!picked?.length) return;
  await vscode.workspace
    .getConfiguration("opl")
    .update("server.path", picked[0].fsPath, vscode.ConfigurationTarget.Global);
}
