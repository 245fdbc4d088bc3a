"""Completion as code is typed: OPL after `this.related.`, `this.permits.`,
inside traverse lambdas, in type positions and `SubjectSet<…>`, keywords and
snippets; tuple strings in tuple and workspace files. Most texts here are
incomplete — exactly what an editor sends while someone types."""

from __future__ import annotations

from lsprotocol import types

from lsp_editor import at, doc

HEAD = """class User implements Namespace {}

class Group implements Namespace {
  related: {
    members: (User | SubjectSet<Group, "members">)[]
  }
}

class Folder implements Namespace {
  related: {
    owners: User[]
    parents: Folder[]
  }
  permits = {
    edit: (ctx: Context): boolean => this.related.owners.includes(ctx.subject),
  }
}

class Document implements Namespace {
  related: {
    parents: Folder[]
    owners: (User | SubjectSet<Group, "members">)[]
    viewers: User[]
  }

  permits = {
    edit: (ctx: Context): boolean => this.related.owners.includes(ctx.subject),
    view: (ctx: Context): boolean =>
      """


async def complete(client, uri: str, pos: types.Position) -> list[types.CompletionItem]:
    result = await client.text_document_completion_async(types.CompletionParams(
        text_document=doc(uri), position=pos))
    if result is None:
        return []
    return list(result.items if isinstance(result, types.CompletionList) else result)


def labels(items) -> list[str]:
    return [i.label for i in items]


async def typed(editor, client, tmp_path, text: str, name: str = "schema.opl"):
    """Open `text` and complete at its end (the cursor after the last character)."""
    uri = editor.open(tmp_path / name, text)
    lines = text.split("\n")
    return await complete(client, uri, types.Position(line=len(lines) - 1, character=len(lines[-1])))


async def test_after_this_related(tmp_path, editor, client):
    items = await typed(editor, client, tmp_path, HEAD + "this.related.")
    assert labels(items) == ["parents", "owners", "viewers"]
    owners = items[1]
    assert owners.kind == types.CompletionItemKind.Property
    assert owners.detail == 'Document: (User | SubjectSet<Group, "members">)[]'


async def test_after_this_related_with_a_prefix_replaces_the_word(tmp_path, editor, client):
    text = HEAD + "this.related.vi"
    items = await typed(editor, client, tmp_path, text)
    viewers = next(i for i in items if i.label == "viewers")
    end = at(text, "this.related.vi", len("this.related.vi"))
    assert viewers.text_edit.range == types.Range(at(text, "this.related.vi", len("this.related.")), end)
    assert viewers.text_edit.new_text == "viewers"


async def test_after_this_permits(tmp_path, editor, client):
    items = await typed(editor, client, tmp_path, HEAD + "this.permits.")
    assert labels(items) == ["edit", "view"]
    assert items[0].text_edit.new_text == "edit(ctx)"
    assert items[0].kind == types.CompletionItemKind.Method
    assert "Keto reads" in items[0].documentation.value


async def test_inside_a_traverse_lambda(tmp_path, editor, client):
    related = await typed(editor, client, tmp_path, HEAD + "this.related.parents.traverse((p) => p.related.")
    assert labels(related) == ["owners", "parents"]  # Folder's relations
    permits = await typed(editor, client, tmp_path, HEAD + "this.related.parents.traverse(f => f.permits.", "b.opl")
    assert labels(permits) == ["edit"]  # Folder's permits
    words = await typed(editor, client, tmp_path, HEAD + "this.related.parents.traverse((p) => p.", "c.opl")
    assert labels(words) == ["related", "permits"]


async def test_relation_methods_and_this(tmp_path, editor, client):
    items = await typed(editor, client, tmp_path, HEAD + "this.related.parents.")
    assert labels(items) == ["includes", "traverse"]
    assert items[0].text_edit.new_text == "includes(ctx.subject)"
    traverse = items[1]
    assert traverse.insert_text_format == types.InsertTextFormat.Snippet
    assert traverse.text_edit.new_text.startswith("traverse((${1:p}) => ${1:p}.")
    assert labels(await typed(editor, client, tmp_path, HEAD + "this.", "b.opl")) == ["related", "permits"]
    assert labels(await typed(editor, client, tmp_path, HEAD + "this.related.owners.includes(ctx.", "c.opl")) == [
        "subject"]


async def test_expression_start_offers_snippets_and_the_namespace_relations(tmp_path, editor, client):
    items = await typed(editor, client, tmp_path, HEAD)
    names = labels(items)
    assert "traverse" in names and "this" in names
    assert "this.related.viewers.includes(ctx.subject)" in names
    assert "this.permits.edit(ctx)" in names
    after_or = await typed(editor, client, tmp_path, HEAD + "this.related.viewers.includes(ctx.subject) || ", "b.opl")
    assert "this.related.owners.includes(ctx.subject)" in labels(after_or)


async def test_type_positions_and_subject_sets(tmp_path, editor, client):
    base = "class User implements Namespace {}\nclass Group implements Namespace {\n  related: {\n    members: "
    assert labels(await typed(editor, client, tmp_path, base))[:2] == ["User", "Group"]
    assert "SubjectSet" in labels(await typed(editor, client, tmp_path, base + "(User | ", "b.opl"))
    assert labels(await typed(editor, client, tmp_path, base + "(User | SubjectSet<", "c.opl")) == ["User", "Group"]
    # the string is still open and the class around the cursor is broken
    text = base + '(User | SubjectSet<Group, "'
    uri = editor.open(tmp_path / "d.opl", text + "\n  }\n}\n")
    rels = await complete(client, uri, at(text, 'Group, "', len('Group, "')))
    # the relation being declared is the one to name: the nested-group pattern
    assert labels(rels) == ["members"]
    text = HEAD.replace('owners: (User | SubjectSet<Group, "members">)[]', 'owners: (User | SubjectSet<Group, "')
    uri = editor.open(tmp_path / "e.opl", text)
    rels = await complete(client, uri, at(text, 'owners: (User | SubjectSet<Group, "', len('owners: (User | SubjectSet<Group, "')))
    assert labels(rels) == ["members"]


async def test_relation_name_inside_the_subject_set_string(tmp_path, editor, client):
    text = HEAD.replace('owners: (User | SubjectSet<Group, "members">)[]', 'owners: (User | SubjectSet<Group, "me">)[]')
    uri = editor.open(tmp_path / "schema.opl", text)
    items = await complete(client, uri, at(text, 'SubjectSet<Group, "me', len('SubjectSet<Group, "me')))
    assert labels(items) == ["members"]
    edit = items[0].text_edit
    assert edit.range.start == at(text, 'SubjectSet<Group, "me', len('SubjectSet<Group, "'))
    assert edit.new_text == "members"


async def test_keywords_and_snippets(tmp_path, editor, client):
    top = await typed(editor, client, tmp_path, "class User implements Namespace {}\n\n")
    class_snippet = next(i for i in top if i.label == "class" and i.kind == types.CompletionItemKind.Snippet)
    assert class_snippet.insert_text.startswith("class ${1:Name} implements Namespace {")
    body = await typed(editor, client, tmp_path, "class Doc implements Namespace {\n  ", "b.opl")
    assert labels(body) == ["related", "permits"]
    permits = await typed(editor, client, tmp_path,
                          "class Doc implements Namespace {\n  related: { owners: Doc[] }\n  permits = {\n    ", "c.opl")
    assert labels(permits) == ["permit"]
    assert permits[0].insert_text == "${1:name}: (ctx: Context): boolean =>\n  $0,"
    header = await typed(editor, client, tmp_path, "class Doc ", "d.opl")
    assert labels(header) == ["implements"]


async def test_no_completion_in_comments(tmp_path, editor, client):
    assert await typed(editor, client, tmp_path, HEAD + "// this.related.") == []


async def test_tuple_files(drive, editor, client):
    text = "Document:roadmap#owners@User:carol\nDocument:"
    # a tuple file next to the workspace: the workspace's tuples name the objects
    uri = editor.open(drive / "extra.tuples", text)
    objects = await complete(client, uri, types.Position(line=1, character=len("Document:")))
    assert labels(objects) == ["roadmap", "spec", "secret"]
    editor.replace(uri, "Doc")
    namespaces = await complete(client, uri, types.Position(line=0, character=3))
    assert labels(namespaces) == ["User", "Group", "Folder", "Document"]
    assert namespaces[3].text_edit.new_text == "Document:"
    assert namespaces[3].text_edit.range == types.Range(types.Position(0, 0), types.Position(0, 3))
    editor.replace(uri, "Document:roadmap#")
    relations = await complete(client, uri, types.Position(line=0, character=len("Document:roadmap#")))
    assert labels(relations) == ["parents", "owners", "editors", "viewers"]  # permits hold no tuples
    editor.replace(uri, "Document:roadmap#owners@")
    subjects = labels(await complete(client, uri, types.Position(line=0, character=len("Document:roadmap#owners@"))))
    assert "User:carol" in subjects and "Group:engineering#members" in subjects
    assert "Folder:company" not in subjects  # owners holds users and group members only
    editor.replace(uri, "Document:roadmap#owners@Group:engineering#")
    rel = await complete(client, uri, types.Position(line=0, character=len("Document:roadmap#owners@Group:engineering#")))
    assert labels(rel)[0] == "members"


async def test_json_tuple_file(drive, editor, client):
    text = '[{"namespace": "Document", "object": "roadmap", "relation": "'
    uri = editor.open(drive / "x.tuples.json", text)
    items = await complete(client, uri, types.Position(line=0, character=len(text)))
    assert labels(items) == ["parents", "owners", "editors", "viewers"]


async def test_workspace_file(drive, editor, client):
    text = (drive / "drive.opl.yaml").read_text()
    uri = editor.open(drive / "drive.opl.yaml", text + "  - name: new\n    check:\n      Document:roadmap#")
    lines = editor.texts[uri].split("\n")
    rels = await complete(client, uri, types.Position(line=len(lines) - 1, character=len(lines[-1])))
    assert labels(rels) == ["parents", "owners", "editors", "viewers"]
    editor.replace(uri, text + "  - name: new\n    check:\n      Document:roadmap#view@User:carol: ")
    lines = editor.texts[uri].split("\n")
    values = await complete(client, uri, types.Position(line=len(lines) - 1, character=len(lines[-1])))
    assert labels(values) == ["true", "false", "not_member", "unknown", "error"]
    editor.replace(uri, text + "  - name: new\n    ")
    lines = editor.texts[uri].split("\n")
    keys = await complete(client, uri, types.Position(line=len(lines) - 1, character=len(lines[-1])))
    assert "check" in labels(keys) and "list_objects" in labels(keys)
    editor.replace(uri, "sch")
    top = await complete(client, uri, types.Position(line=0, character=3))
    assert labels(top)[:2] == ["schema_file", "schema"]
    editor.replace(uri, "schema_file: ")
    files = await complete(client, uri, types.Position(line=0, character=len("schema_file: ")))
    assert labels(files) == ["namespaces.keto.ts"]


async def test_inline_schema_in_a_workspace_file(tmp_path, editor, client):
    text = ("schema: |\n"
            "  class User implements Namespace {}\n"
            "  class Doc implements Namespace {\n"
            "    related: { viewers: User[] }\n"
            "    permits = {\n"
            "      view: (ctx: Context): boolean => this.related.")
    uri = editor.open(tmp_path / "w.opl.yaml", text)
    lines = text.split("\n")
    items = await complete(client, uri, types.Position(line=len(lines) - 1, character=len(lines[-1])))
    assert labels(items) == ["viewers"]
    assert items[0].text_edit.range.start == types.Position(line=len(lines) - 1, character=len(lines[-1]))
