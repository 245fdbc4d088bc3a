"""Code lenses (permit checks, test runs, results inline) and inlay hints
(the types of traverse parameters)."""

from __future__ import annotations

import asyncio

from lsprotocol import types

from lsp_editor import at, doc


async def lenses(client, uri):
    return list(await client.text_document_code_lens_async(types.CodeLensParams(text_document=doc(uri))))


async def test_test_lenses_show_results_and_run(drive, editor, client):
    text = (drive / "drive.opl.yaml").read_text().replace(
        "Document:roadmap#edit@User:dana: false", "Document:roadmap#edit@User:dana: true")
    uri = editor.open(drive / "drive.opl.yaml", text)
    found = await lenses(client, uri)
    titles = [lens.command.title for lens in found]
    assert len(found) == 9
    assert titles[0] == "✓ passed (3 assertions) · run again"
    assert titles[2] == "✗ failed: 1 of 2 assertions · run again"
    assert found[2].range.start == at(text, "name: viewers of a folder cannot edit")
    cmd = found[2].command
    assert cmd.command == "opl.lsp.runTest"
    result = await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command=cmd.command, arguments=cmd.arguments))
    assert result["ok"] is False
    assert result["message"] == ("test 'viewers of a folder cannot edit' failed: check "
                                 "Document:roadmap#edit@User:dana is unknown, expected true")
    for _ in range(100):
        if client.messages:
            break
        await asyncio.sleep(0.02)
    assert client.messages[-1].message == "OPL: " + result["message"]


async def test_permit_lenses(drive, editor, client):
    uri = editor.open(drive / "namespaces.keto.ts")
    found = await lenses(client, uri)
    text = editor.texts[uri]
    by_line = {lens.range.start.line: lens.command for lens in found}
    doc_edit = by_line[at(text, "edit: (ctx", nth=1).line]
    assert doc_edit.title == "✓ 9/9 test checks of edit pass"
    folder_view = by_line[at(text, "view: (ctx").line]
    assert folder_view.title == "▶ who can view?"
    result = await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command=folder_view.command, arguments=folder_view.arguments))
    assert result["title"] == "view: 4 subjects on 2 objects"
    assert result["details"]["subjects"]["company"] == ["User:erin"]
    # the result is now the lens's title
    again = {lens.range.start.line: lens.command.title for lens in await lenses(client, uri)}
    assert again[at(text, "view: (ctx").line] == "view: 4 subjects on 2 objects"


async def test_inlay_hints_give_traverse_parameters_their_type(drive, editor, client):
    uri = editor.open(drive / "namespaces.keto.ts")
    text = editor.texts[uri]
    end = types.Position(line=text.count("\n"), character=0)
    hints = await client.text_document_inlay_hint_async(types.InlayHintParams(
        text_document=doc(uri), range=types.Range(types.Position(0, 0), end)))
    assert len(hints) == 4
    first = hints[0]
    assert first.label == ": Folder"
    assert first.position == at(text, "traverse((p", len("traverse((p"))
    assert first.kind == types.InlayHintKind.Type


async def test_lenses_on_a_broken_schema_are_none(drive, editor, client):
    uri = editor.open(drive / "namespaces.keto.ts", "class Document implements Namespace {\n permits = { view: (ctx) =>")
    assert await lenses(client, uri) == []
