"""Definition, references, highlights and rename across the schema, tuple
files and workspace files — `SubjectSet<G, "rel">` strings and the parts of
tuple strings included."""

from __future__ import annotations

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException

from lsp_editor import at, doc


def where(loc) -> tuple[str, int, int]:
    return loc.uri.rsplit("/", 1)[-1], loc.range.start.line, loc.range.start.character


async def test_definition_from_schema_tuples_and_workspace(drive, editor, client):
    schema = editor.open(drive / "namespaces.keto.ts")
    tuples = editor.open(drive / "drive.tuples")
    ws = editor.open(drive / "drive.opl.yaml")
    s, t, w = editor.texts[schema], editor.texts[tuples], editor.texts[ws]
    members_decl = at(s, "members: (User")

    async def definition(uri, pos):
        return await client.text_document_definition_async(types.DefinitionParams(text_document=doc(uri), position=pos))

    # the relation string of SubjectSet<Group, "members">
    [loc] = await definition(schema, at(s, '"members">', 3))
    assert (loc.uri, loc.range.start) == (schema, members_decl)
    # a type reference
    [loc] = await definition(schema, at(s, "parents: Folder", len("parents: F")))
    assert (loc.uri, loc.range.start) == (schema, at(s, "class Folder", len("class ")))
    # p.permits.edit in a traverse over Folder: Folder's edit
    [loc] = await definition(schema, at(s, "p.permits.edit", len("p.permits.e")))
    assert (loc.uri, loc.range.start) == (schema, at(s, "edit: (ctx"))
    # the relation and the subject set's relation in a tuple string
    [loc] = await definition(tuples, at(t, "Group:engineering#members@Group:platform#members", len("Group:engineering#mem")))
    assert loc.range.start == members_decl
    [loc] = await definition(tuples, at(t, "@Group:platform#members", len("@Group:platform#mem")))
    assert loc.range.start == members_decl
    # a check in the workspace file, and the schema file it names
    [loc] = await definition(ws, at(w, "Document:roadmap#edit@User:carol", len("Document:roadmap#ed")))
    assert (loc.uri, loc.range.start) == (schema, at(s, "edit: (ctx", nth=1))
    [loc] = await definition(ws, at(w, "namespaces.keto.ts", 3))
    assert loc.uri == schema and loc.range.start == types.Position(0, 0)


async def test_references_of_a_relation_across_files(drive, editor, client):
    schema = editor.open(drive / "namespaces.keto.ts")
    s = editor.texts[schema]
    refs = await client.text_document_references_async(types.ReferenceParams(
        text_document=doc(schema), position=at(s, "members: (User", 2),
        context=types.ReferenceContext(include_declaration=True)))
    found = sorted(where(r) for r in refs)
    files = {f for f, _, _ in found}
    assert files == {"namespaces.keto.ts", "drive.tuples", "drive.opl.yaml"}
    in_schema = [x for x in found if x[0] == "namespaces.keto.ts"]
    assert len(in_schema) == 8  # the declaration and seven SubjectSet<Group, "members"> strings
    tuples = [x for x in found if x[0] == "drive.tuples"]
    assert len(tuples) == 7  # four Group:…#members tuples, three …@Group:…#members subjects
    yaml_refs = [x for x in found if x[0] == "drive.opl.yaml"]
    assert len(yaml_refs) == 2  # the what-if tuple and the expand query
    without = await client.text_document_references_async(types.ReferenceParams(
        text_document=doc(schema), position=at(s, "members: (User", 2),
        context=types.ReferenceContext(include_declaration=False)))
    assert len(without) == len(refs) - 1


async def test_highlights_in_one_document(drive, editor, client):
    schema = editor.open(drive / "namespaces.keto.ts")
    s = editor.texts[schema]
    highlights = await client.text_document_document_highlight_async(types.DocumentHighlightParams(
        text_document=doc(schema), position=at(s, "class Group", len("class G"))))
    kinds = sorted(h.kind for h in highlights)
    assert kinds.count(types.DocumentHighlightKind.Write) == 1
    assert len(highlights) == 8  # the class and its seven uses in SubjectSet<Group, …>


async def test_rename_a_relation_everywhere(drive, editor, client):
    schema = editor.open(drive / "namespaces.keto.ts")
    s = editor.texts[schema]
    pos = at(s, "members: (User", 2)
    prep = await client.text_document_prepare_rename_async(types.PrepareRenameParams(
        text_document=doc(schema), position=pos))
    assert prep.placeholder == "members"
    edit = await client.text_document_rename_async(types.RenameParams(
        text_document=doc(schema), position=pos, new_name="people"))
    changes = edit.changes
    tuples_uri = (drive / "drive.tuples").as_uri()
    assert len(changes[schema]) == 8 and len(changes[tuples_uri]) == 7
    assert all(e.new_text == "people" for es in changes.values() for e in es)
    # applied to the tuple file, every members became people and nothing else moved
    text = (drive / "drive.tuples").read_text()
    lines = text.split("\n")
    for e in sorted(changes[tuples_uri], key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        line = lines[e.range.start.line]
        assert line[e.range.start.character:e.range.end.character] == "members"
        lines[e.range.start.line] = line[:e.range.start.character] + "people" + line[e.range.end.character:]
    assert "\n".join(lines) == text.replace("#members", "#people")


async def test_rename_a_namespace_from_a_tuple(drive, editor, client):
    tuples = editor.open(drive / "drive.tuples")
    t = editor.texts[tuples]
    edit = await client.text_document_rename_async(types.RenameParams(
        text_document=doc(tuples), position=at(t, "Folder:company", 2), new_name="Directory"))
    schema_uri = (drive / "namespaces.keto.ts").as_uri()
    schema_edits = edit.changes[schema_uri]
    assert len(schema_edits) == 3  # class Folder, parents: Folder[] twice
    assert len(edit.changes[tuples]) == 7  # every Folder:… object and subject


async def test_rename_an_object_in_tuples_and_tests(drive, editor, client):
    tuples = editor.open(drive / "drive.tuples")
    t = editor.texts[tuples]
    edit = await client.text_document_rename_async(types.RenameParams(
        text_document=doc(tuples), position=at(t, "Document:roadmap#owners", len("Document:ro")),
        new_name="plan"))
    ws_uri = (drive / "drive.opl.yaml").as_uri()
    assert len(edit.changes[tuples]) == 2
    assert len(edit.changes[ws_uri]) == 11  # every Document:roadmap in the tests


async def test_refused_renames(drive, editor, client):
    schema = editor.open(drive / "namespaces.keto.ts")
    s = editor.texts[schema]
    with pytest.raises(JsonRpcException, match="already declares 'owners'"):
        await client.text_document_rename_async(types.RenameParams(
            text_document=doc(schema), position=at(s, "editors:", 2), new_name="owners"))
    with pytest.raises(JsonRpcException, match="not a name OPL and tuples accept"):
        await client.text_document_rename_async(types.RenameParams(
            text_document=doc(schema), position=at(s, "editors:", 2), new_name="two words"))
    ws = editor.open(drive / "drive.opl.yaml")
    with pytest.raises(JsonRpcException, match="file explorer"):
        await client.text_document_prepare_rename_async(types.PrepareRenameParams(
            text_document=doc(ws), position=at(editor.texts[ws], "drive.tuples", 2)))
    nothing = await client.text_document_prepare_rename_async(types.PrepareRenameParams(
        text_document=doc(schema), position=at(s, "implements", 2)))
    assert nothing is None
