"""The language-server benchmark: `opl lsp` against typescript-language-server
with @ory/keto-namespace-types, on the same 370-line, 16-namespace schema
(bench/data/schema-370.keto.ts), in one run, runs interleaved so that both
meet the same machine load.

For each server, a stdlib LSP client (stdio) measures:

* process start → the `initialize` answer, and → the first
  `textDocument/publishDiagnostics` of the schema (didOpen is sent right
  after `initialized`, as editors do), and the CPU time the server's
  process tree had used by then (less sensitive to the machine's load);
* completion after `this.related.` (the 41st), `this.permits.` (the 31st)
  and `(ctx.` (the 21st): the first request and 20 warm ones (median, max);
* an edit (`this.related.editors.includes` → `editorz`) → the diagnostics
  that report it;
* the resident memory of the server's process tree at the end.

Each server is started once before the measured runs (not counted): Python
writes its bytecode cache (to .cache/lsp-bench/pycache), the OS caches the
files — as for an installed server that has run before.

typescript-language-server@5.3.0, typescript@5.9.3 and
@ory/keto-namespace-types@0.13.0-alpha.0 are installed with npm into
.cache/lsp-bench/ts on the first run (that folder is the TypeScript project:
the schema as namespaces.keto.ts and the tsconfig Keto's types ship).

    .venv/bin/python bench/lsp_bench.py              # 5 runs of each server
    .venv/bin/python bench/lsp_bench.py --runs 2 --only opl

Prints one JSON line per run and a Markdown summary (medians over the runs,
ratios TypeScript/ours); writes everything to bench/results/lsp-<date>.json.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import queue
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from machine_info import cpu_model  # the script's folder is on sys.path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCHEMA = HERE / "data" / "schema-370.keto.ts"
CACHE = ROOT / ".cache" / "lsp-bench"
NPM_PACKAGES = ["typescript-language-server@5.3.0", "typescript@5.9.3", "@ory/keto-namespace-types@0.13.0-alpha.0"]
WARM = 20
PROBES = [("this.related.", 40), ("this.permits.", 30), ("(ctx.", 20)]
TYPO = ("this.related.editors.includes", "this.related.editorz.includes")


class Client:
    """JSON-RPC over a child's stdio; a thread reads and timestamps messages."""

    def __init__(self, cmd: list[str], cwd: Path, env: dict | None = None):
        self.t0 = time.perf_counter()
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, cwd=cwd, env=env)
        self.next_id = 0
        self.pending: dict[int, queue.Queue] = {}
        self.notes: queue.Queue = queue.Queue()
        threading.Thread(target=self._reader, daemon=True).start()

    def _reader(self) -> None:
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                key, _, value = line.decode("ascii").partition(":")
                if key.strip().lower() == "content-length":
                    length = int(value)
            body = json.loads(out.read(length))
            now = time.perf_counter()
            if "id" in body and "method" in body:  # the server asks something: answer null
                self._send({"jsonrpc": "2.0", "id": body["id"], "result": None})
            elif "id" in body:
                q = self.pending.pop(body["id"], None)
                if q is not None:
                    q.put((now, body))
            else:
                self.notes.put((now, body))

    def _send(self, msg: dict) -> None:
        data = json.dumps(msg).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()

    def request(self, method: str, params, timeout: float = 120.0):
        self.next_id += 1
        q: queue.Queue = queue.Queue()
        self.pending[self.next_id] = q
        sent = time.perf_counter()
        self._send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        done, body = q.get(timeout=timeout)
        return done - sent, done, body.get("result")

    def notify(self, method: str, params) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri: str, pred=lambda ds: True, timeout: float = 120.0):
        end = time.perf_counter() + timeout
        while True:
            now, note = self.notes.get(timeout=max(0.01, end - time.perf_counter()))
            if note.get("method") == "textDocument/publishDiagnostics" and note["params"]["uri"] == uri \
                    and pred(note["params"]["diagnostics"]):
                return now, note["params"]["diagnostics"]

    def _tree(self) -> list[int]:
        pids, stack = [], [self.proc.pid]
        while stack:
            pid = stack.pop()
            pids.append(pid)
            try:
                with open(f"/proc/{pid}/task/{pid}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
            except (FileNotFoundError, ProcessLookupError):
                pass
        return pids

    def cpu_s(self) -> float:
        """CPU time (user + system) the server's process tree has used: less
        sensitive than wall time to what else the machine runs."""
        tick = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in self._tree():
            try:
                with open(f"/proc/{pid}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])  # utime, stime
            except (FileNotFoundError, ProcessLookupError, IndexError):
                pass
        return total / tick

    def rss_mb(self) -> float:
        """Resident memory of the server and its children (tsserver runs as one)."""
        total, stack = 0, [self.proc.pid]
        while stack:
            pid = stack.pop()
            try:
                with open(f"/proc/{pid}/status") as fh:
                    for line in fh:
                        if line.startswith("VmRSS:"):
                            total += int(line.split()[1])
                with open(f"/proc/{pid}/task/{pid}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
            except (FileNotFoundError, ProcessLookupError):
                pass
        return total / 1024

    def close(self) -> None:
        try:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        except Exception:  # noqa: BLE001 - killed below
            pass
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def position_after(text: str, needle: str, nth: int) -> dict:
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    i += len(needle)
    return {"line": text.count("\n", 0, i), "character": i - (text.rfind("\n", 0, i) + 1)}


def server_env() -> dict:
    """As installed: Python's bytecode cached (pip compiles it at install; a
    shell with PYTHONDONTWRITEBYTECODE would make every start compile the
    engine again). The cache goes to .cache/, not next to the sources."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
    return env


def measure(name: str, cmd: list[str], folder: Path) -> dict:
    doc = folder / "namespaces.keto.ts"
    uri = doc.as_uri()
    text = doc.read_text()
    c = Client(cmd, folder, server_env())
    try:
        _, done, _ = c.request("initialize", {
            "processId": os.getpid(), "rootUri": folder.as_uri(),
            "workspaceFolders": [{"uri": folder.as_uri(), "name": "opl"}],
            "capabilities": {"textDocument": {
                "publishDiagnostics": {"relatedInformation": True},
                "completion": {"completionItem": {"snippetSupport": False}}}}})
        out = {"server": name, "initialize_s": round(done - c.t0, 3)}
        c.notify("initialized", {})
        c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "typescript", "version": 1,
                                                           "text": text}})
        at, _ = c.diagnostics(uri)
        out["first_diagnostics_s"] = round(at - c.t0, 3)
        out["cpu_at_first_diagnostics_s"] = round(c.cpu_s(), 3)
        for needle, nth in PROBES:
            pos = position_after(text, needle, nth)
            lat = []
            items = None
            for _ in range(WARM + 1):
                seconds, _, result = c.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                                            "position": pos})
                lat.append(seconds)
                items = result["items"] if isinstance(result, dict) else result
            out[f"completion {needle}"] = {
                "first_ms": round(lat[0] * 1e3, 2), "warm_median_ms": round(statistics.median(lat[1:]) * 1e3, 2),
                "warm_max_ms": round(max(lat[1:]) * 1e3, 2), "items": len(items or []),
                "sample": sorted({i["label"] for i in items or []})[:6]}
        bad = text.replace(TYPO[0], TYPO[1], 1)
        sent = time.perf_counter()
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                            "contentChanges": [{"text": bad}]})
        at, diags = c.diagnostics(uri, lambda ds: any("editorz" in d["message"] for d in ds))
        out["edit_to_diagnostics_s"] = round(at - sent, 4)
        out["edit_diagnostic"] = next(d["message"] for d in diags if "editorz" in d["message"])[:100]
        out["rss_mb"] = round(c.rss_mb(), 1)
    finally:
        c.close()
    return out


def prepare_typescript() -> Path:
    folder = CACHE / "ts"
    server = folder / "node_modules" / ".bin" / "typescript-language-server"
    if not server.exists():
        folder.mkdir(parents=True, exist_ok=True)
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit("npm is needed for the TypeScript side (Node 20)")
        print(f"installing {' '.join(NPM_PACKAGES)} into {folder}", file=sys.stderr)
        subprocess.run([npm, "install", "--no-audit", "--no-fund", "--no-save", "--prefix", str(folder),
                        *NPM_PACKAGES], check=True, stdout=subprocess.DEVNULL)
    shutil.copyfile(SCHEMA, folder / "namespaces.keto.ts")
    (folder / "tsconfig.json").write_text(
        '{\n  "extends": "@ory/keto-namespace-types/tsconfig.json",\n  "files": ["namespaces.keto.ts"]\n}\n')
    return folder


def prepare_opl() -> Path:
    folder = CACHE / "opl"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SCHEMA, folder / "namespaces.keto.ts")
    return folder


def machine() -> dict:
    cpu = cpu_model("")
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip() \
        if shutil.which("node") else None
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "node": node,
            "system": platform.platform(), "load_average": os.getloadavg()}


def summary(results: list[dict]) -> str:
    def med(server, key, sub=None):
        vals = [r[key][sub] if sub else r[key] for r in results if r["server"] == server]
        return statistics.median(vals) if vals else None

    rows = [("first diagnostics (s from process start)", "first_diagnostics_s", None, 1),
            ("CPU time used by then (s)", "cpu_at_first_diagnostics_s", None, 1),
            ("initialize answered (s from process start)", "initialize_s", None, 1),
            ("edit → diagnostics (ms)", "edit_to_diagnostics_s", None, 1000)]
    for needle, _ in PROBES:
        rows.append((f"completion after `{needle}`, warm median (ms)", f"completion {needle}", "warm_median_ms", 1))
        rows.append((f"completion after `{needle}`, first (ms)", f"completion {needle}", "first_ms", 1))
    rows.append(("resident memory, process tree (MB)", "rss_mb", None, 1))
    lines = ["| measure | opl lsp | typescript-language-server | TS / opl |", "|---|---|---|---|"]
    for label, key, sub, scale in rows:
        ours, theirs = med("opl", key, sub), med("typescript", key, sub)
        fmt = (lambda v: "—" if v is None else f"{v * scale:.3g}" if scale != 1 else f"{v:.3g}")
        ratio = f"{theirs / ours:.1f}×" if ours and theirs else "—"
        lines.append(f"| {label} | {fmt(ours)} | {fmt(theirs)} | {ratio} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", choices=("opl", "typescript"))
    args = ap.parse_args()
    servers = []
    if args.only != "typescript":
        opl = shutil.which("opl", path=str(Path(sys.executable).parent)) or "opl"
        servers.append(("opl", [opl, "lsp", "--stdio"], prepare_opl()))
    if args.only != "opl":
        ts = prepare_typescript()
        servers.append(("typescript", [str(ts / "node_modules" / ".bin" / "typescript-language-server"), "--stdio"],
                        ts))
    info = machine()
    for name, cmd, folder in servers:  # warm-up, not counted: bytecode and the OS's file cache
        measure(name, cmd, folder)
    results = []
    for run in range(args.runs):
        for name, cmd, folder in servers:
            r = measure(name, cmd, folder)
            r["run"] = run + 1
            print(json.dumps(r), flush=True)
            results.append(r)
    info["load_average_after"] = os.getloadavg()
    table = summary(results)
    print()
    print(table)
    date = datetime.date.today().isoformat()
    out = HERE / "results" / f"lsp-{date}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"date": date, "machine": info, "schema": str(SCHEMA.relative_to(ROOT)),
                               "npm": NPM_PACKAGES, "results": results, "summary": table}, indent=2) + "\n")
    print(f"\n{out.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
