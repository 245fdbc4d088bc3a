"""Positions in the client's encoding (UTF-16 by default): characters
outside the Basic Multilingual Plane count two, lines end at \\n, \\r\\n or
\\r — in diagnostics, edits the client sends, and answers."""

from __future__ import annotations

from lsprotocol import types

from lsp_editor import doc

TEXT = ('class User implements Namespace {}\r\n'
        'class Doc implements Namespace { related: { "😀ü": User[] } }\r\n'
        '/* 😀😀 */ class Bad implements Namespace { related: { x: Usr[] } }\r\n')


async def test_diagnostics_count_utf16_units(tmp_path, editor):
    uri = editor.open(tmp_path / "s.opl", TEXT)
    diags = await editor.diagnostics(uri, lambda ds: any(d.code == "undeclared-namespace" for d in ds))
    d = next(d for d in diags if d.code == "undeclared-namespace")
    line = TEXT.split("\r\n")[2]
    code_points = line.index("Usr")
    assert d.range.start == types.Position(line=2, character=code_points + 2)  # two emoji: two more units
    assert d.range.end.character - d.range.start.character == 3


async def test_edits_and_answers_after_astral_characters(tmp_path, editor, client):
    uri = editor.open(tmp_path / "s.opl", TEXT)
    await editor.diagnostics(uri)
    line = TEXT.split("\r\n")[2]
    start = types.Position(line=2, character=line.index("Usr") + 2)
    editor.client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        [types.TextDocumentContentChangePartial(range=types.Range(start, types.Position(2, start.character + 3)),
                                                text="User")]))
    diags = await editor.diagnostics(uri, lambda ds: not any(d.code == "undeclared-namespace" for d in ds))
    assert not any(d.severity == types.DiagnosticSeverity.Error for d in diags)
    h = await client.text_document_hover_async(types.HoverParams(text_document=doc(uri), position=types.Position(
        line=2, character=start.character + 1)))
    assert h.contents.value.startswith("**namespace** `User`")
    assert h.range.start == start
