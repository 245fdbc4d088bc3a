"""The custom requests the VS Code extension uses: opl/check, opl/tests,
opl/runTests."""

from __future__ import annotations

import pytest
from pygls.exceptions import JsonRpcException

from lsp_editor import at


async def request(client, method, params):
    return await client.protocol.send_request_async(method, params)


async def test_check_with_a_derivation_tree_pointing_into_the_schema(drive, editor, client):
    uri = (drive / "drive.tuples").as_uri()  # a file of the workspace, not even open
    r = await request(client, "opl/check", {"uri": uri, "query": "Document:roadmap#edit@User:bob", "explain": True})
    assert (r.query, r.allowed, r.result, r.limitation, r.error) == (
        "Document:roadmap#edit@User:bob", True, "member", None, None)
    tree = r.tree
    assert tree.kind == "permit"
    schema = (drive / "namespaces.keto.ts").as_uri()
    text = (drive / "namespaces.keto.ts").read_text()
    assert tree.span.uri == schema
    assert tree.span.range.start.line == at(text, "edit: (ctx", nth=1).line


async def test_a_denied_check_and_a_malformed_query(drive, client):
    uri = (drive / "drive.opl.yaml").as_uri()
    r = await request(client, "opl/check", {"uri": uri, "query": "Document:secret#view@User:carol", "explain": False})
    assert (r.allowed, r.result, r.tree) == (False, "not_member", None)
    with pytest.raises(JsonRpcException) as e:
        await request(client, "opl/check", {"uri": uri, "query": "Document:secret", "explain": False})
    assert e.value.code == -32602
    assert "malformed query" in e.value.message


async def test_tests_of_a_folder_and_running_them(drive, client):
    found = await request(client, "opl/tests", {"uri": drive.as_uri()})
    [ws] = found.workspaces
    assert ws.uri == (drive / "drive.opl.yaml").as_uri()
    assert len(ws.tests) == 9
    assert ws.tests[0].name == "owners edit their documents"
    assert ws.tests[0].range.start.line == 6
    report = await request(client, "opl/runTests", {"uri": ws.uri, "name": None})
    assert (report.summary.passed, report.summary.failed, report.summary.errors) == (9, 0, 0)
    one = await request(client, "opl/runTests", {"uri": ws.uri, "name": "viewers of a folder cannot edit"})
    [test] = one.tests
    assert [a.query for a in test.assertions] == ["Document:roadmap#view@User:dana", "Document:roadmap#edit@User:dana"]
    assert test.assertions[1].actual == "unknown" and test.assertions[1].passed
