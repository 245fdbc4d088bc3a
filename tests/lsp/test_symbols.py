"""Document symbols (the outline) and workspace symbols."""

from __future__ import annotations

from lsprotocol import types

from lsp_editor import doc


async def test_schema_outline(drive, editor, client):
    uri = editor.open(drive / "namespaces.keto.ts")
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc(uri)))
    assert [s.name for s in symbols] == ["User", "Group", "Folder", "Document"]
    folder = symbols[2]
    assert folder.kind == types.SymbolKind.Class
    assert [(c.name, c.kind) for c in folder.children] == [
        ("parents", types.SymbolKind.Field), ("owners", types.SymbolKind.Field),
        ("editors", types.SymbolKind.Field), ("viewers", types.SymbolKind.Field),
        ("edit", types.SymbolKind.Method), ("view", types.SymbolKind.Method)]
    assert folder.children[0].detail == "(Folder)[]"
    assert folder.children[4].detail.startswith("related.owners || related.editors")


async def test_workspace_outline_lists_the_tests(drive, editor, client):
    uri = editor.open(drive / "drive.opl.yaml")
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc(uri)))
    assert [s.name for s in symbols] == ["schema_file", "tuple_files", "max_depth", "tests"]
    tests = symbols[3].children
    assert tests[0].name == "owners edit their documents"
    assert tests[0].detail == "3 assertions"
    assert len(tests) == 9


async def test_outline_of_a_broken_schema(tmp_path, editor, client):
    uri = editor.open(tmp_path / "s.opl", "class A implements Namespace {\n  related: {\n    x: A[]\n")
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc(uri)))
    assert [s.name for s in symbols] == ["A"]
    assert [c.name for c in symbols[0].children] == ["x"]


async def test_workspace_symbols_find_files_not_opened(drive, client):
    # nothing is open: the server knows the workspace folder's files
    found = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="docview"))
    names = {(s.name, s.container_name) for s in found}
    assert ("view", "Document") in names
    assert all(s.location.uri.endswith("namespaces.keto.ts") for s in found if s.name == "view")
    tests = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="frank"))
    assert [s.name for s in tests] == ["what if frank joined design?"]
