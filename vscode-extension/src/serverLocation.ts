// Where the `opl` executable (which serves `opl lsp`) lives: the
// `opl.server.path` setting, else the workspace's .venv, else PATH. No
// `vscode` import, so that the unit tests run it in plain Node.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export type ServerSource = "setting" | "venv" | "path";

export interface ServerLookup {
  /** the executable to start, when one was found */
  found?: { path: string; source: ServerSource };
  /** every place looked at, in order, for the "not found" message */
  tried: string[];
  /** the setting names a file that is not an executable: we do not fall back
   *  to other places then, since the user asked for this one */
  badSetting?: string;
}

export interface LookupInput {
  setting: string;
  folders: string[];
  pathEnv: string;
  platform: NodeJS.Platform;
  isExecutable?: (file: string) => boolean;
  home?: string;
}

export function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform === "win32") return true;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The setting as a path: `~` and `${workspaceFolder}` expanded, relative
 *  paths taken from the first workspace folder. */
export function expandSetting(setting: string, folders: string[], home: string): string {
  let p = setting.trim();
  const folder = folders[0] ?? "";
  p = p.replace(/\$\{workspaceFolder\}/g, folder);
  if (p === "~" || p.startsWith("~/")) p = path.join(home, p.slice(1));
  if (!path.isAbsolute(p) && folder) p = path.join(folder, p);
  return path.normalize(p);
}

function executableNames(platform: NodeJS.Platform): string[] {
  return platform === "win32" ? ["opl.exe", "opl.cmd", "opl.bat"] : ["opl"];
}

export function locateServer(input: LookupInput): ServerLookup {
  const isExec = input.isExecutable ?? isExecutableFile;
  const names = executableNames(input.platform);
  const tried: string[] = [];

  if (input.setting.trim()) {
    const p = expandSetting(input.setting, input.folders, input.home ?? os.homedir());
    tried.push(p);
    return isExec(p) ? { found: { path: p, source: "setting" }, tried } : { tried, badSetting: p };
  }

  const venvBin = input.platform === "win32" ? path.join(".venv", "Scripts") : path.join(".venv", "bin");
  for (const folder of input.folders) {
    for (const name of names) {
      const p = path.join(folder, venvBin, name);
      tried.push(p);
      if (isExec(p)) return { found: { path: p, source: "venv" }, tried };
    }
  }

  const delimiter = input.platform === "win32" ? ";" : ":";
  for (const dir of input.pathEnv.split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const p = path.join(dir, name);
      if (isExec(p)) return { found: { path: p, source: "path" }, tried: [...tried, "PATH"] };
    }
  }
  tried.push("PATH");
  return { tried };
}
