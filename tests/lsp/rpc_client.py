"""A plain JSON-RPC client over stdio (stdlib only), for the tests that drive
the server synchronously: hypothesis's random edits, large inputs, start-up.
A reader thread collects responses and notifications."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time

__all__ = ["RpcClient", "RpcError", "utf16_position"]


class RpcError(Exception):
    def __init__(self, error: dict):
        super().__init__(f"{error.get('code')}: {error.get('message')}")
        self.code = error.get("code")
        self.message = error.get("message", "")


def utf16_position(text: str, offset: int) -> dict:
    """The LSP position (UTF-16, lines split at \\n, \\r\\n and \\r) of an offset."""
    line = 0
    start = 0
    i = 0
    while i < offset:
        c = text[i]
        if c == "\n" or (c == "\r" and not (i + 1 < len(text) and text[i + 1] == "\n")):
            line += 1
            start = i + 1
        i += 1
    units = sum(2 if ord(c) > 0xFFFF else 1 for c in text[start:offset])
    return {"line": line, "character": units}


class RpcClient:
    def __init__(self, cmd: list[str], cwd=None, env=None):
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     cwd=cwd, env=env)
        self._id = 0
        self._pending: dict[int, queue.Queue] = {}
        self._lock = threading.Lock()
        self.notifications: queue.Queue = queue.Queue()
        self.diagnostics: dict[str, dict] = {}  # uri → last publishDiagnostics params
        self._diag_event = threading.Condition()
        self.stderr: list[bytes] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    def _drain_stderr(self):
        for line in self.proc.stderr:
            self.stderr.append(line)

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                k, _, v = line.decode("ascii").partition(":")
                if k.strip().lower() == "content-length":
                    length = int(v)
            body = json.loads(out.read(length))
            now = time.perf_counter()
            if "method" in body and "id" in body:  # a request from the server
                self._send({"jsonrpc": "2.0", "id": body["id"], "result": None})
            elif "id" in body:
                q = self._pending.pop(body["id"], None)
                if q is not None:
                    q.put((now, body))
            else:
                if body.get("method") == "textDocument/publishDiagnostics":
                    with self._diag_event:
                        self.diagnostics[body["params"]["uri"]] = dict(body["params"], at=now)
                        self._diag_event.notify_all()
                self.notifications.put((now, body))

    def _send(self, msg: dict) -> None:
        data = json.dumps(msg).encode("utf-8")
        with self._lock:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
            self.proc.stdin.flush()

    def request(self, method: str, params, timeout: float = 60.0):
        with self._lock:
            self._id += 1
            msg_id = self._id
        q: queue.Queue = queue.Queue()
        self._pending[msg_id] = q
        self._send({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params})
        try:
            _, body = q.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"{method}: no answer in {timeout} s (server alive: {self.alive})") from None
        if "error" in body:
            raise RpcError(body["error"])
        return body.get("result")

    def notify(self, method: str, params) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_diagnostics(self, uri: str, pred=lambda p: True, timeout: float = 60.0) -> dict:
        end = time.perf_counter() + timeout
        with self._diag_event:
            while True:
                got = self.diagnostics.get(uri)
                if got is not None and pred(got):
                    return got
                left = end - time.perf_counter()
                if left <= 0:
                    raise TimeoutError(f"no diagnostics as expected for {uri}; last: {got}")
                self._diag_event.wait(left)

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def initialize(self, root_uri: str | None = None, options=None, capabilities=None) -> dict:
        result = self.request("initialize", {
            "processId": None, "rootUri": root_uri,
            "workspaceFolders": [{"uri": root_uri, "name": "w"}] if root_uri else None,
            "capabilities": capabilities or {"textDocument": {"completion": {"completionItem": {
                "snippetSupport": True}}}},
            "initializationOptions": options})
        self.notify("initialized", {})
        return result

    def close(self) -> None:
        if self.alive:
            try:
                self.request("shutdown", None, timeout=10)
                self.notify("exit", None)
                self.proc.wait(timeout=10)
            except Exception:  # noqa: BLE001 - the process is killed below anyway
                pass
        if self.alive:
            self.proc.kill()
        self.proc.wait()
