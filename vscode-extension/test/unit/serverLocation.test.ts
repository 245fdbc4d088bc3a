// Finding the `opl` executable: setting, then the workspace's .venv, then PATH.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { expandSetting, isExecutableFile, locateServer } from "../../src/serverLocation";

function only(...files: string[]) {
  const set = new Set(files);
  return (f: string) => set.has(f);
}

test("the setting wins over .venv and PATH", () => {
  const r = locateServer({
    setting: "/opt/opl/bin/opl",
    folders: ["/w"],
    pathEnv: "/usr/bin",
    platform: "linux",
    isExecutable: only("/opt/opl/bin/opl", "/w/.venv/bin/opl", "/usr/bin/opl"),
  });
  assert.deepEqual(r.found, { path: "/opt/opl/bin/opl", source: "setting" });
});

test("a setting naming no executable is reported, not skipped", () => {
  const r = locateServer({
    setting: "/nowhere/opl",
    folders: ["/w"],
    pathEnv: "/usr/bin",
    platform: "linux",
    isExecutable: only("/usr/bin/opl"),
  });
  assert.equal(r.found, undefined);
  assert.equal(r.badSetting, "/nowhere/opl");
});

test("the workspace's .venv comes before PATH, in folder order", () => {
  const r = locateServer({
    setting: "",
    folders: ["/a", "/b"],
    pathEnv: "/usr/bin",
    platform: "linux",
    isExecutable: only("/b/.venv/bin/opl", "/usr/bin/opl"),
  });
  assert.deepEqual(r.found, { path: "/b/.venv/bin/opl", source: "venv" });
  assert.deepEqual(r.tried, ["/a/.venv/bin/opl", "/b/.venv/bin/opl"]);
});

test("PATH is searched in order", () => {
  const r = locateServer({
    setting: "  ",
    folders: ["/w"],
    pathEnv: "/first::/second",
    platform: "linux",
    isExecutable: only("/second/opl"),
  });
  assert.deepEqual(r.found, { path: "/second/opl", source: "path" });
});

test("nothing found lists every place looked at", () => {
  const r = locateServer({ setting: "", folders: ["/w"], pathEnv: "/usr/bin", platform: "linux", isExecutable: () => false });
  assert.equal(r.found, undefined);
  assert.deepEqual(r.tried, ["/w/.venv/bin/opl", "PATH"]);
});

test("on Windows the venv's Scripts folder and .exe names are used", () => {
  const r = locateServer({
    setting: "",
    folders: ["C:/w"],
    pathEnv: "",
    platform: "win32",
    isExecutable: only(path.join("C:/w", ".venv", "Scripts", "opl.exe")),
  });
  assert.equal(r.found?.source, "venv");
});

test("settings expand ~, ${workspaceFolder} and relative paths", () => {
  assert.equal(expandSetting("~/bin/opl", ["/w"], "/home/me"), "/home/me/bin/opl");
  assert.equal(expandSetting("${workspaceFolder}/.venv/bin/opl", ["/w"], "/h"), "/w/.venv/bin/opl");
  assert.equal(expandSetting("tools/opl", ["/w"], "/h"), "/w/tools/opl");
});

test("only executable files count", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "opl-locate-"));
  try {
    const plain = path.join(dir, "plain");
    const exec = path.join(dir, "opl");
    fs.writeFileSync(plain, "");
    fs.writeFileSync(exec, "#!/bin/sh\n");
    fs.chmodSync(exec, 0o755);
    assert.equal(isExecutableFile(exec), true);
    assert.equal(isExecutableFile(plain), false);
    assert.equal(isExecutableFile(dir), false);
    assert.equal(isExecutableFile(path.join(dir, "missing")), false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
