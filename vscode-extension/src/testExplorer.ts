// The workspace files' tests in VS Code's Test Explorer: discovered with
// `opl/tests` (per folder, then per file as files change) and run with
// `opl/runTests`. Items: one per .opl.yaml file, one child per test.
import * as vscode from "vscode";
import { OplServer } from "./languageServer";
import {
  AssertionOutcome,
  Range,
  RunTestsResult,
  runTestsRequest,
  TestOutcome,
  testsRequest,
  WorkspaceTests,
} from "./protocol";

const WORKSPACE_FILES = "**/*.opl.{yaml,yml}";

export class TestExplorer implements vscode.Disposable {
  private readonly controller: vscode.TestController;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pendingEdits = new Map<string, NodeJS.Timeout>();

  constructor(private readonly server: OplServer) {
    const controller = vscode.tests.createTestController("opl", "OPL Tests");
    this.controller = controller;
    controller.resolveHandler = async (item) => {
      if (!item) await this.discoverAll();
    };
    controller.refreshHandler = () => this.discoverAll();
    controller.createRunProfile("Run", vscode.TestRunProfileKind.Run, (request, token) => this.run(request, token), true);

    const watcher = vscode.workspace.createFileSystemWatcher(WORKSPACE_FILES);
    this.disposables.push(
      controller,
      watcher,
      watcher.onDidCreate((uri) => this.discoverFile(uri)),
      watcher.onDidChange((uri) => this.discoverFile(uri)),
      watcher.onDidDelete((uri) => controller.items.delete(uri.toString())),
      vscode.workspace.onDidChangeTextDocument((e) => this.edited(e.document)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.discoverAll()),
      server.onDidChangeState((state) => {
        if (state.kind === "running") void this.discoverAll();
      }),
    );
  }

  dispose(): void {
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }

  /** Every workspace file below each workspace folder. */
  async discoverAll(): Promise<void> {
    if (this.server.state.kind !== "running") return;
    const seen = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const found = await this.ask(folder.uri);
      if (!found) return; // keep what we have when the server cannot answer
      for (const ws of found) {
        this.upsert(ws);
        seen.add(ws.uri);
      }
    }
    const stale: string[] = [];
    this.controller.items.forEach((item) => {
      if (!seen.has(item.id)) stale.push(item.id);
    });
    for (const id of stale) this.controller.items.delete(id);
  }

  private async discoverFile(uri: vscode.Uri): Promise<void> {
    if (this.server.state.kind !== "running") return;
    const found = await this.ask(uri);
    if (!found) return;
    const mine = found.find((ws) => sameUri(ws.uri, uri));
    if (mine) this.upsert(mine);
    else this.controller.items.delete(uri.toString());
  }

  // the server reads open documents as edited: rediscover a while after typing stops
  private edited(document: vscode.TextDocument): void {
    if (document.uri.scheme !== "file" || !/\.opl\.ya?ml$/i.test(document.fileName)) return;
    const key = document.uri.toString();
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.set(
      key,
      setTimeout(() => {
        this.pendingEdits.delete(key);
        void this.discoverFile(document.uri);
      }, 600),
    );
  }

  private async ask(uri: vscode.Uri): Promise<WorkspaceTests[] | undefined> {
    try {
      const result = await this.server.request(testsRequest, { uri: uri.toString() });
      return result.workspaces;
    } catch (err) {
      this.server.output.appendLine(`[tests] discovering tests in ${uri.toString()}: ${message(err)}`);
      return undefined;
    }
  }

  private upsert(ws: WorkspaceTests): void {
    const uri = vscode.Uri.parse(ws.uri);
    // the id is the server's URI string, so later answers find the same item
    let file = this.controller.items.get(ws.uri);
    if (!file) {
      file = this.controller.createTestItem(ws.uri, vscode.workspace.asRelativePath(uri), uri);
      this.controller.items.add(file);
    }
    const used = new Set<string>();
    const children = ws.tests.map((t) => {
      let id = t.name;
      for (let n = 2; used.has(id); n++) id = `${t.name} (${n})`;
      used.add(id);
      const item = file!.children.get(id) ?? this.controller.createTestItem(id, t.name, uri);
      item.range = toRange(t.range);
      return item;
    });
    file.children.replace(children);
  }

  private async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    const run = this.controller.createTestRun(request);
    const excluded = new Set(request.exclude ?? []);
    // what to run, grouped by workspace file: null = every test of the file
    const plan = new Map<vscode.TestItem, Set<vscode.TestItem> | null>();
    const roots: vscode.TestItem[] = [];
    if (request.include) roots.push(...request.include);
    else this.controller.items.forEach((item) => roots.push(item));
    for (const item of roots) {
      if (excluded.has(item)) continue;
      if (!item.parent) plan.set(item, null);
      else if (plan.get(item.parent) !== null) {
        const chosen = plan.get(item.parent) ?? new Set<vscode.TestItem>();
        chosen.add(item);
        plan.set(item.parent, chosen);
      }
    }

    for (const [file, chosen] of plan) {
      if (token.isCancellationRequested) break;
      const items: vscode.TestItem[] = [];
      if (chosen) items.push(...chosen);
      else file.children.forEach((child) => excluded.has(child) || items.push(child));
      for (const item of items) run.started(item);
      const started = Date.now();
      let result: RunTestsResult;
      try {
        result = await this.server.request(runTestsRequest, {
          uri: file.id,
          name: items.length === 1 && chosen ? items[0].label : null,
        });
      } catch (err) {
        const why = new vscode.TestMessage(`running the tests of ${file.label}: ${message(err)}`);
        for (const item of items) run.errored(item, why);
        continue;
      }
      const duration = Date.now() - started;
      const byName = new Map(result.tests.map((t) => [t.name, t] as [string, TestOutcome]));
      for (const item of items) {
        const outcome = byName.get(item.label);
        if (!outcome) run.errored(item, new vscode.TestMessage(`the server ran no test named “${item.label}”`));
        else report(run, item, file.uri!, outcome, duration);
      }
      const s = result.summary;
      run.appendOutput(`${file.label}: ${s.passed} passed, ${s.failed} failed, ${s.errors} errors\r\n`);
    }
    run.end();
  }
}

function report(run: vscode.TestRun, item: vscode.TestItem, uri: vscode.Uri, t: TestOutcome, duration: number): void {
  if (t.passed) {
    run.passed(item, duration);
    return;
  }
  const messages = t.assertions.filter((a) => !a.passed).map((a) => assertionMessage(uri, a));
  if (t.error) {
    const m = new vscode.TestMessage(t.error);
    if (t.range) m.location = new vscode.Location(uri, toRange(t.range));
    run.errored(item, [m, ...messages], duration);
  } else {
    run.failed(item, messages.length ? messages : new vscode.TestMessage("failed"), duration);
  }
}

function assertionMessage(uri: vscode.Uri, a: AssertionOutcome): vscode.TestMessage {
  const detail = a.error ? `: ${a.error}` : "";
  const m = new vscode.TestMessage(
    `${a.kind} ${a.query}: expected ${show(a.expected)}, got ${show(a.actual)}${detail}`,
  );
  m.expectedOutput = show(a.expected);
  m.actualOutput = show(a.actual);
  if (a.range) m.location = new vscode.Location(uri, toRange(a.range));
  return m;
}

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

function sameUri(a: string, b: vscode.Uri): boolean {
  return vscode.Uri.parse(a).toString() === b.toString();
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
