"""Bad input never crashes the server and never stops it answering:
thousands of random edits (hypothesis) to open schema, tuple and workspace
documents, with requests in between; 10,000 nested parentheses; a 1 MB file.

After each run of edits the document is replaced through one more
incremental edit computed by the client: if the server's copy of the text
had drifted from the editor's, the result would not be the known text, and
its diagnostics would show it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lsp_editor import EXAMPLES, SERVER, SERVER_ENV
from rpc_client import RpcClient, RpcError, utf16_position

pytestmark = pytest.mark.slow

SCHEMA = (EXAMPLES / "drive" / "namespaces.keto.ts").read_text()
TUPLES = (EXAMPLES / "drive" / "drive.tuples").read_text()
WORKSPACE = (EXAMPLES / "drive" / "drive.opl.yaml").read_text()

# pieces of OPL, tuples and YAML, and characters that trouble position codecs
PIECES = ["this.related.", "this.permits.", "(", ")", "((", "))", "||", "&&", "!", "=>", "{", "}", "[", "]",
          "<", ">", '"', "'", ",", ":", "#", "@", ".", "class X implements Namespace {", "permits = {",
          "related: {", "SubjectSet<Group, \"members\">", "traverse((p) => p.", "includes(ctx.subject)",
          "/*", "*/", "//", "\n", "\r\n", "\r", "\t", " ", "  - ", "check:", "tests:", "Document:roadmap#edit@",
          "User:carol", ": true", "\u2028", "😀", "é", "\u0000", "ç", "\ufeff", "schema: |\n  class A implements Namespace {}"]

# no Keto parser error, no unexpected characters: what the files end as
KNOWN = {"schema": SCHEMA, "tuples": TUPLES, "workspace": WORKSPACE}
REQUESTS = ["textDocument/completion", "textDocument/hover", "textDocument/definition",
            "textDocument/references", "textDocument/documentHighlight", "textDocument/prepareRename",
            "textDocument/documentSymbol", "textDocument/semanticTokens/full", "textDocument/foldingRange",
            "textDocument/formatting", "textDocument/codeAction", "textDocument/codeLens",
            "textDocument/inlayHint"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("robust") / "drive"
    shutil.copytree(EXAMPLES / "drive", root)
    client = RpcClient(SERVER, cwd=root, env=SERVER_ENV)
    client.initialize(root.as_uri())
    docs = {"schema": (root / "namespaces.keto.ts").as_uri(), "tuples": (root / "drive.tuples").as_uri(),
            "workspace": (root / "drive.opl.yaml").as_uri()}
    state = {"texts": {}, "versions": {}, "edits": 0}
    for kind, uri in docs.items():
        state["texts"][uri] = KNOWN[kind]
        state["versions"][uri] = 1
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "plaintext", "version": 1, "text": KNOWN[kind]}})
    for uri in docs.values():
        client.wait_diagnostics(uri)
    yield client, docs, state
    assert client.alive, b"".join(client.stderr).decode(errors="replace")[-3000:]
    client.close()
    if state["edits"]:  # the random-edit test ran: it made thousands
        assert state["edits"] >= 2500, state["edits"]


def _edit(client, state, uri: str, start: int, end: int, text: str) -> None:
    old = state["texts"][uri]
    state["versions"][uri] += 1
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": state["versions"][uri]},
        "contentChanges": [{"range": {"start": utf16_position(old, start), "end": utf16_position(old, end)},
                            "text": text}]})
    state["texts"][uri] = old[:start] + text + old[end:]


def _ask(client, method: str, uri: str, pos: dict):
    params = {"textDocument": {"uri": uri}}
    if method in ("textDocument/completion", "textDocument/hover", "textDocument/definition",
                  "textDocument/documentHighlight", "textDocument/prepareRename"):
        params["position"] = pos
    elif method == "textDocument/references":
        params.update(position=pos, context={"includeDeclaration": True})
    elif method == "textDocument/formatting":
        params["options"] = {"tabSize": 2, "insertSpaces": True}
    elif method in ("textDocument/codeAction", "textDocument/inlayHint"):
        params["range"] = {"start": {"line": 0, "character": 0}, "end": pos}
        if method == "textDocument/codeAction":
            params["context"] = {"diagnostics": []}
    try:
        client.request(method, params, timeout=60)
    except RpcError as e:
        # prepareRename refuses some names with RequestFailed; nothing may fail inside the server
        assert e.code == -32803, f"{method} failed: {e}"


edits = st.lists(st.tuples(
    st.sampled_from(["schema", "tuples", "workspace"]),
    st.floats(0, 1), st.floats(0, 1),
    st.one_of(st.sampled_from(PIECES), st.text(max_size=12)),
    st.sampled_from(REQUESTS)), min_size=10, max_size=40)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(script=edits)
def test_random_edits_never_crash_and_the_server_keeps_answering(server, script):
    client, docs, state = server
    for kind, a, b, text, method in script:
        uri = docs[kind]
        old = state["texts"][uri]
        start, end = sorted((int(a * len(old)), int(b * len(old))))
        _edit(client, state, uri, start, end, text)
        state["edits"] += 1
        new = state["texts"][uri]
        _ask(client, method, uri, utf16_position(new, min(len(new), start + len(text))))
        assert client.alive
    # back to the known texts through one more incremental edit each
    for kind, uri in docs.items():
        _edit(client, state, uri, 0, len(state["texts"][uri]), KNOWN[kind])
    for kind, uri in docs.items():
        version = state["versions"][uri]
        got = client.wait_diagnostics(uri, lambda p: p.get("version") == version)
        codes = [d["code"] for d in got["diagnostics"]]
        assert codes == (["empty-namespace"] if kind == "schema" else []), (kind, got["diagnostics"][:3])


def _open(client, path: Path, text: str) -> str:
    uri = path.as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "opl", "version": 1,
                                                            "text": text}})
    return uri


def test_ten_thousand_nested_parentheses(server, tmp_path):
    client, _docs, _state = server
    head = "class A implements Namespace {\n  related: { r: A[] }\n  permits = {\n    p: (ctx: Context): boolean => "
    atom = "this.related.r.includes(ctx.subject)"
    balanced = _open(client, tmp_path / "balanced.opl", head + "(" * 10_000 + atom + ")" * 10_000 + ",\n  }\n}\n")
    got = client.wait_diagnostics(balanced, timeout=300)
    assert [d["code"] for d in got["diagnostics"]] == ["nesting-too-deep"]
    assert got["diagnostics"][0]["message"] == "expression nested too deeply; maximal nesting depth is 10"
    unclosed = _open(client, tmp_path / "unclosed.opl", head + "(" * 10_000)
    got = client.wait_diagnostics(unclosed, timeout=300)
    assert any(d["severity"] == 1 for d in got["diagnostics"])
    end = {"line": 3, "character": len("    p: (ctx: Context): boolean => ") + 10_000}
    assert isinstance(client.request("textDocument/completion", {"textDocument": {"uri": unclosed}, "position": end},
                                     timeout=300), list)
    client.request("textDocument/semanticTokens/full", {"textDocument": {"uri": balanced}}, timeout=300)
    client.request("textDocument/hover", {"textDocument": {"uri": balanced},
                                          "position": {"line": 3, "character": 20_000}}, timeout=300)
    client.request("textDocument/documentSymbol", {"textDocument": {"uri": balanced}}, timeout=300)


def test_a_one_megabyte_file(server, tmp_path):
    client, _docs, _state = server
    big = []
    size = 0
    n = 0
    while size < 1_000_000:
        cls = (f"class N{n} implements Namespace {{\n  related: {{\n    owners: (User | SubjectSet<N{n}, \"owners\">)[]\n"
               f"    parents: N{n}[]\n  }}\n  permits = {{\n    view: (ctx: Context): boolean =>\n"
               f"      this.related.owners.includes(ctx.subject) ||\n"
               f"      this.related.parents.traverse((p) => p.permits.view(ctx)),\n  }}\n}}\n\n")
        big.append(cls)
        size += len(cls)
        n += 1
    text = "class User implements Namespace {}\n\n" + "".join(big)
    assert len(text) >= 1_000_000
    uri = _open(client, tmp_path / "big.keto.ts", text)
    got = client.wait_diagnostics(uri, timeout=600)
    assert [d for d in got["diagnostics"] if d["severity"] == 1] == []
    i = text.rindex("this.related.owners") + len("this.related.")
    last = text.count("\n", 0, i)
    assert i - (text.rindex("\n", 0, i) + 1) == 19
    items = client.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                       "position": {"line": last, "character": 19}}, timeout=600)
    assert items is not None
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
        {"range": {"start": {"line": last, "character": 19}, "end": {"line": last, "character": 25}},
         "text": "ownerz"}]})
    got = client.wait_diagnostics(uri, lambda p: p.get("version") == 2, timeout=600)
    assert [d["code"] for d in got["diagnostics"] if d["severity"] == 1] == ["undeclared-relation"]
    symbols = client.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}}, timeout=600)
    assert len(symbols) == n + 1
