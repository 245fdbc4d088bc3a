"""The first answers, before pygls is loaded.

Importing pygls costs about 0.4 s (lsprotocol defines some thousand attrs
classes at import; measured in docs/perf-lsp.md), more than the whole budget
for the first diagnostics (0.3 s from process start). So over stdio the
server starts with this small loop: it answers `initialize` with the
capabilities the full server has (capabilities.py), and publishes the
diagnostics of the first document the editor opens, with the engine alone.
Then it hands the connection to pygls: every message read so far is
replayed into it (its own answer to `initialize` is dropped, the client has
one), and the project — with its analyses — is passed on, so nothing is
computed twice.

Anything unexpected (a request other than initialize, malformed input)
ends this phase at once: pygls answers it.
"""

from __future__ import annotations

import io
import json
import os
import select
import sys

from .capabilities import SERVER_NAME, capabilities
from .convert import TextIndex, choose_encoding, diagnostic

__all__ = ["serve_stdio", "ReplayReader", "DropFirstResponse"]

_PASS = {"initialized", "workspace/didChangeConfiguration", "$/setTrace", "workspace/didChangeWorkspaceFolders"}
# after `initialized`, how long to wait for the first document before
# handing over anyway (editors open one at once, if they open one)
_IDLE = 0.3


class _Input:
    """Reads the file descriptor directly (no buffering that pygls's reader
    would not see), and can tell whether anything is waiting."""

    def __init__(self, stream):
        self.stream = stream
        try:
            self.fd = stream.fileno()
        except (AttributeError, OSError, ValueError):
            self.fd = None
        self.buf = bytearray()
        self.eof = False

    def waiting(self, timeout: float) -> bool:
        if self.buf or self.eof or self.fd is None:
            return True
        try:
            ready, _, _ = select.select([self.fd], [], [], timeout)
        except (OSError, ValueError):
            return True
        return bool(ready)

    def _fill(self) -> bool:
        if self.eof:
            return False
        chunk = os.read(self.fd, 65536) if self.fd is not None else self.stream.read1(65536)
        if not chunk:
            self.eof = True
            return False
        self.buf += chunk
        return True

    def readline(self) -> bytes:
        while b"\n" not in self.buf and self._fill():
            pass
        i = self.buf.find(b"\n")
        end = len(self.buf) if i < 0 else i + 1
        line = bytes(self.buf[:end])
        del self.buf[:end]
        return line

    def read(self, n: int) -> bytes:
        while len(self.buf) < n and self._fill():
            pass
        data = bytes(self.buf[:n])
        del self.buf[:n]
        return data


def _read_message(stream) -> tuple[bytes, dict | None] | None:
    """(raw bytes, parsed body or None if unreadable); None at the end."""
    raw = bytearray()
    length = None
    while True:
        line = stream.readline()
        if not line:
            return None
        raw += line
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode("ascii", "replace").partition(":")
        if name.strip().lower() == "content-length":
            try:
                length = int(value.strip())
            except ValueError:
                return bytes(raw), None
    if length is None:
        return bytes(raw), None
    body = stream.read(length)
    raw += body
    try:
        return bytes(raw), json.loads(body)
    except ValueError:
        return bytes(raw), None


def _write(stream, msg: dict) -> None:
    body = json.dumps(msg).encode("utf-8")
    stream.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    stream.flush()


class ReplayReader:
    """stdin for pygls: the bytes read during the quick start, then the rest."""

    def __init__(self, replay: bytes, stream):
        self._replay = io.BytesIO(replay)
        self._stream = stream

    def readline(self) -> bytes:
        line = self._replay.readline()
        if line and not line.endswith(b"\n"):
            return line + self._stream.readline()
        return line or self._stream.readline()

    def read(self, n: int) -> bytes:
        data = self._replay.read(n)
        if len(data) < n:
            data += self._stream.read(n - len(data))
        return data


class DropFirstResponse:
    """stdout for pygls: drops its answer to the replayed initialize."""

    def __init__(self, stream, msg_id):
        self._stream = stream
        self._drop = msg_id

    def write(self, data: bytes) -> None:
        if self._drop is not None:
            head, _, body = data.partition(b"\r\n\r\n")
            try:
                msg = json.loads(body)
            except ValueError:
                msg = None
            if isinstance(msg, dict) and msg.get("id") == self._drop and "method" not in msg:
                self._drop = None
                return
        self._stream.write(data)
        self._stream.flush()

    def flush(self) -> None:
        self._stream.flush()

    def close(self) -> None:
        self._stream.close()


def serve_stdio(stdin=None, stdout=None) -> int:
    stdin = stdin or sys.stdin.buffer
    stdout = stdout or sys.stdout.buffer
    source = _Input(stdin)
    replay = bytearray()
    init_id = None
    project = None
    encoding = "utf-16"
    ready = False  # `initialized` seen
    published: dict[str, list] = {}
    while True:
        if ready and not source.waiting(_IDLE):
            break
        got = _read_message(source)
        if got is None:
            break
        raw, msg = got
        replay += raw
        if not isinstance(msg, dict):
            break
        method = msg.get("method")
        if method == "initialize" and "id" in msg and init_id is None:
            try:
                params = msg.get("params") or {}
                caps = params.get("capabilities") or {}
                if not isinstance(caps, dict):
                    raise TypeError("capabilities")
                encoding = choose_encoding(params)
                answer = capabilities(encoding, caps)
                project = _project(params)
            except Exception:  # noqa: BLE001 - odd parameters: pygls answers (or refuses) them
                break
            from engine import __version__
            _write(stdout, {"jsonrpc": "2.0", "id": msg["id"], "result": {
                "capabilities": answer, "serverInfo": {"name": SERVER_NAME, "version": __version__}}})
            init_id = msg["id"]
            continue
        if init_id is not None and method in _PASS and "id" not in msg:
            ready = ready or method == "initialized"
            continue
        if init_id is not None and method == "textDocument/didOpen" and project is not None:
            try:
                _first_diagnostics(project, msg.get("params") or {}, encoding, stdout, published)
            except Exception:  # noqa: BLE001 - pygls will publish them after the replay
                published.clear()
        break
    return _hand_over(bytes(replay) + bytes(source.buf), stdin, stdout, init_id, project, published)


def _project(params: dict):
    from engine.ide import Project
    from engine.ide.settings import parse_settings
    project = Project()
    # load the parser's tables now, while the editor prepares its first didOpen
    project.analysis_for(None, "")
    if params.get("initializationOptions") is not None:
        settings, _problems = parse_settings(params["initializationOptions"])
        project.settings = settings  # the problems are reported by the server, once
    return project


def _first_diagnostics(project, params: dict, encoding: str, stdout, published: dict) -> None:
    doc = params.get("textDocument") or {}
    uri, text = doc.get("uri"), doc.get("text")
    if not isinstance(uri, str) or not isinstance(text, str):
        return
    project.set_document(uri, text)
    index = TextIndex(text, encoding)

    def where(file, start, end):
        target = uri if file is None else project.uri_of(file)
        other = project.text(target)
        if other is None:
            return None
        idx = index if target == uri else TextIndex(other, encoding)
        return {"uri": target, "range": idx.range(start, end)}
    diags = [diagnostic(d, index, where) for d in project.diagnostics(uri)]
    out = {"uri": uri, "diagnostics": diags}
    if isinstance(doc.get("version"), int):
        out["version"] = doc["version"]
    _write(stdout, {"jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": out})
    published[uri] = diags


def _hand_over(replay: bytes, stdin, stdout, init_id, project, published) -> int:
    from .language_server import build_server, log_to_stderr
    log_to_stderr()
    ls = build_server(project, published)
    ls.start_io(ReplayReader(replay, stdin), DropFirstResponse(stdout, init_id))
    return 0
