"""Code actions: every diagnostic's fix, declaring what is missing (in the
schema, from wherever the diagnostic is), parentheses for mixed &&/||."""

from __future__ import annotations

from lsprotocol import types

from lsp_editor import at, doc

SCHEMA = """class User implements Namespace {}

class Document implements Namespace {
  related: {
    owners: User[]
    viewers: User[]
  }

  permits = {
    view: (ctx: Context): boolean =>
      this.related.viewer.includes(ctx.subject) ||
      this.related.owners.includes(ctx.subject) && this.related.editors.includes(ctx.subject),
  }
}
"""


async def actions_at(client, uri, diag):
    return await client.text_document_code_action_async(types.CodeActionParams(
        text_document=doc(uri), range=diag.range, context=types.CodeActionContext(diagnostics=[diag])))


def apply(text: str, edits) -> str:
    lines = text.split("\n")

    def off(p):
        return sum(len(x) + 1 for x in lines[:p.line]) + p.character
    for e in sorted(edits, key=lambda e: off(e.range.start), reverse=True):
        text = text[:off(e.range.start)] + e.new_text + text[off(e.range.end):]
    return text


async def test_did_you_mean_and_declare_the_missing_relation(tmp_path, editor, client):
    uri = editor.open(tmp_path / "s.opl", SCHEMA)
    diags = await editor.diagnostics(uri, lambda ds: len(ds) > 0)
    viewer = next(d for d in diags if "viewer\"" in d.message)
    actions = await actions_at(client, uri, viewer)
    titles = [a.title for a in actions]
    assert titles == ["Did you mean `viewers`?", "Declare relation `viewer` in `Document`"]
    assert actions[0].is_preferred
    fixed = apply(SCHEMA, actions[0].edit.changes[uri])
    assert "this.related.viewers.includes(ctx.subject) ||" in fixed
    editors = next(d for d in diags if "editors" in d.message)
    declare = next(a for a in await actions_at(client, uri, editors) if a.title.startswith("Declare"))
    declared = apply(SCHEMA, declare.edit.changes[uri])
    assert "    viewers: User[]\n    editors: User[]\n  }" in declared
    # the result has no error about editors any more
    editor.replace(uri, declared)
    after = await editor.diagnostics(uri, lambda ds: not any("editors" in d.message for d in ds))
    assert not any("editors" in d.message for d in after)


async def test_parentheses_for_mixed_operators(tmp_path, editor, client):
    uri = editor.open(tmp_path / "s.opl", SCHEMA)
    diags = await editor.diagnostics(uri, lambda ds: len(ds) > 0)
    mixed = next(d for d in diags if d.code == "mixed-operators")
    [action] = [a for a in await actions_at(client, uri, mixed)]
    assert action.title == "Add parentheses to make Keto's reading explicit"
    fixed = apply(SCHEMA, action.edit.changes[uri])
    # Keto's reading: (viewer || owners) && editors
    assert ("(this.related.viewer.includes(ctx.subject) ||\n"
            "      this.related.owners.includes(ctx.subject)) && this.related.editors") in fixed


async def test_declare_from_a_tuple_file_edits_the_schema(drive, editor, client):
    uri = editor.open(drive / "extra.tuples", "Document:d#commenters@Group:design#members\nProject:p#owners@User:a\n")
    diags = await editor.diagnostics(uri, lambda ds: len(ds) >= 2)
    unknown_rel = next(d for d in diags if d.code == "tuple-unknown-relation")
    actions = await actions_at(client, uri, unknown_rel)
    declare = next(a for a in actions if a.title == "Declare relation `commenters` in `Document`")
    schema_uri = (drive / "namespaces.keto.ts").as_uri()
    [edit] = declare.edit.changes[schema_uri]
    assert edit.new_text == '\n    commenters: SubjectSet<Group, "members">[]'
    unknown_ns = next(d for d in diags if d.code == "tuple-unknown-namespace")
    actions = await actions_at(client, uri, unknown_ns)
    declare_ns = next(a for a in actions if a.title == "Declare namespace `Project`")
    assert declare_ns.edit.changes[schema_uri][0].new_text == "\nclass Project implements Namespace {}\n"


async def test_declare_in_a_class_without_relations(tmp_path, editor, client):
    text = "class User implements Namespace {}\nclass Doc implements Namespace {\n  related: { r: SubjectSet<User, \"friends\">[] }\n}\n"
    uri = editor.open(tmp_path / "s.opl", text)
    diags = await editor.diagnostics(uri, lambda ds: len(ds) > 0)
    d = next(d for d in diags if d.code == "undeclared-relation")
    declare = next(a for a in await actions_at(client, uri, d) if a.title.startswith("Declare"))
    assert declare.title == "Declare relation `friends` in `User`"
    fixed = apply(text, declare.edit.changes[uri])
    assert fixed.startswith("class User implements Namespace {\n  related: {\n    friends: User[]\n  }\n}")


async def test_no_actions_where_there_is_nothing_to_fix(drive, editor, client):
    uri = editor.open(drive / "namespaces.keto.ts")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=doc(uri), range=types.Range(at(editor.texts[uri], "class Folder"), at(editor.texts[uri], "class Folder")),
        context=types.CodeActionContext(diagnostics=[])))
    assert list(actions or []) == []
