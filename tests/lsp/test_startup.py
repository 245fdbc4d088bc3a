"""Start-up: the quick start (answers before pygls is loaded) announces the
capabilities the full server has; TCP works; invalid initialization options
are reported and ignored."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

from lsp_editor import SERVER, SERVER_ENV
from rpc_client import RpcClient

CAPS = {"general": {"positionEncodings": ["utf-32", "utf-16"]}, "workspace": {"configuration": True},
        "textDocument": {"completion": {"completionItem": {"snippetSupport": True}}, "rename": {"prepareSupport": True}}}


def _capabilities(env_extra: dict, caps: dict = CAPS) -> dict:
    env = dict(SERVER_ENV, **env_extra)
    client = RpcClient(SERVER, env=env)
    try:
        return client.initialize(None, capabilities=caps)
    finally:
        client.close()


def test_quick_start_announces_what_pygls_would():
    quick = _capabilities({})
    full = _capabilities({"OPL_LSP_NO_QUICKSTART": "1"})
    assert quick == full
    assert quick["capabilities"]["positionEncoding"] == "utf-32"  # the client's first choice
    assert quick["serverInfo"]["name"] == "opl-lsp"
    # a client without prepareRename support gets no RenameOptions, from both
    bare = _capabilities({}, {})
    assert bare == _capabilities({"OPL_LSP_NO_QUICKSTART": "1"}, {})
    assert bare["capabilities"]["renameProvider"] is True


def test_first_diagnostics_come_from_the_quick_start_then_pygls_answers(tmp_path):
    client = RpcClient(SERVER, env=SERVER_ENV)
    try:
        client.initialize(tmp_path.as_uri())
        uri = (tmp_path / "a.opl").as_uri()
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "x", "version": 1, "text": "class A implements Namespace {\n"}})
        got = client.wait_diagnostics(uri)
        assert got["diagnostics"][0]["message"] == "expected 'permits' or 'related', got \"\""
        # after the hand-over: an edit and a request, answered by the full server
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                                 "contentChanges": [{"range": {"start": {"line": 1, "character": 0},
                                                                               "end": {"line": 1, "character": 0}},
                                                                     "text": "}\n"}]})
        got = client.wait_diagnostics(uri, lambda p: p.get("version") == 2)
        assert [d["code"] for d in got["diagnostics"]] == ["empty-namespace"]
        symbols = client.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})
        assert [s["name"] for s in symbols] == ["A"]
        # the initialize answer came once
        assert client.notifications.qsize() >= 2
    finally:
        client.close()
    assert client.proc.returncode == 0


def test_bad_initialization_options_are_reported_and_ignored(tmp_path):
    client = RpcClient(SERVER, env=SERVER_ENV)
    try:
        client.initialize(tmp_path.as_uri(), options={"maxDepth": 0, "strict": "yes", "lints": {"unused-relation": False}})
        deadline = time.time() + 20
        messages = []
        while time.time() < deadline and len(messages) < 2:
            _, n = client.notifications.get(timeout=20)
            if n.get("method") == "window/showMessage":
                messages.append(n["params"]["message"])
        assert any("opl.maxDepth must be a whole number from 1 to 1000, got 0" in m for m in messages)
        assert any("opl.strict must be true or false" in m for m in messages)
        uri = (tmp_path / "a.opl").as_uri()
        text = ("class User implements Namespace {}\nclass D implements Namespace {\n  related: { a: User[]; b: User[] }\n"
                "  permits = { v: (ctx: Context): boolean => this.related.a.includes(ctx.subject) }\n}\n")
        client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "x", "version": 1, "text": text}})
        got = client.wait_diagnostics(uri)
        assert "unused-relation" not in [d["code"] for d in got["diagnostics"]]  # the valid part was applied
    finally:
        client.close()


def test_tcp(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(SERVER + ["--tcp", f"127.0.0.1:{port}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=SERVER_ENV)
    try:
        for _ in range(200):
            try:
                conn = socket.create_connection(("127.0.0.1", port), timeout=10)
                break
            except OSError:
                time.sleep(0.05)
        else:
            raise AssertionError("the server did not listen")
        body = b'{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}'
        conn.sendall(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        data = b""
        while b'"result"' not in data or not data.rstrip().endswith(b"}"):
            chunk = conn.recv(65536)
            if not chunk:
                break
            data += chunk
        assert b'"hoverProvider": true' in data
        conn.close()
    finally:
        proc.kill()
        proc.wait()


def test_bad_tcp_address():
    r = subprocess.run(SERVER + ["--tcp", "nowhere"], capture_output=True, text=True, timeout=30)
    assert r.returncode == 2
    assert "--tcp expects HOST:PORT" in r.stderr
    assert sys.executable  # the server ran from this interpreter's environment
