"""Hover: a relation's types, a permit as Keto reads it, namespace
summaries with tuple counts, a traverse parameter's type, what a tuple
grants, and a check's answer in a workspace file."""

from __future__ import annotations

from lsprotocol import types

from lsp_editor import at, doc


async def hover(client, uri: str, pos: types.Position) -> str | None:
    h = await client.text_document_hover_async(types.HoverParams(text_document=doc(uri), position=pos))
    return h.contents.value if h is not None else None


async def test_relation_shows_its_types_users_and_tuples(drive, editor, client):
    uri = editor.open(drive / "namespaces.keto.ts")
    text = editor.texts[uri]
    md = await hover(client, uri, at(text, "owners: (User", 2, nth=1))  # Document.owners
    assert md == ('**relation** `Document.owners`: `(User | SubjectSet<Group, "members">)[]`\n\n'
                  "used by `edit`\n\nIn the workspace: 2 tuples.")


async def test_permit_as_keto_reads_it(tmp_path, editor, client):
    text = """class User implements Namespace {}
class Doc implements Namespace {
  related: { a: User[]; b: User[]; c: User[] }
  permits = {
    view: (ctx: Context): boolean =>
      this.related.a.includes(ctx.subject) || this.related.b.includes(ctx.subject) && this.related.c.includes(ctx.subject),
  }
}
"""
    uri = editor.open(tmp_path / "s.opl", text)
    md = await hover(client, uri, at(text, "view:", 1))
    # Keto: && and || have equal precedence, read left to right
    assert "```\n(related.a || related.b) && related.c\n```" in md
    assert "same precedence in Keto" in md
    # the same from a reference to the permit
    text2 = text.replace("  }\n}\n", "    edit: (ctx: Context): boolean => this.permits.view(ctx),\n  }\n}\n")
    editor.replace(uri, text2)
    md2 = await hover(client, uri, at(text2, "permits.view", len("permits.v")))
    assert "(related.a || related.b) && related.c" in md2


async def test_namespace_summary(drive, editor, client):
    uri = editor.open(drive / "namespaces.keto.ts")
    text = editor.texts[uri]
    md = await hover(client, uri, at(text, "class Folder", len("class F")))
    assert md.startswith("**namespace** `Folder`")
    assert "- `parents`: `(Folder)[]`" in md
    assert "- `edit` = `related.owners || related.editors || related.parents.traverse(p => p.permits.edit)`" in md
    assert md.endswith("In the workspace: 4 tuples on 2 objects.")


async def test_traverse_parameter_type(drive, editor, client):
    uri = editor.open(drive / "namespaces.keto.ts")
    text = editor.texts[uri]
    md = await hover(client, uri, at(text, "traverse((p) => p.permits", len("traverse((")))
    assert md == "`p: Folder`: each object in `Folder.parents` (`Folder`)"
    use = await hover(client, uri, at(text, "(p) => p.permits", len("(p) => ")))
    assert use == md


async def test_what_a_tuple_grants(drive, editor, client):
    uri = editor.open(drive / "drive.tuples")
    text = editor.texts[uri]
    md = await hover(client, uri, at(text, "Document:roadmap#owners@User:carol", len("Document:road")))
    assert "`User:carol` is in `owners` of `Document:roadmap`." in md
    assert "**Grants** `User:carol` on `Document:roadmap`: `edit`, `view`" in md
    md = await hover(client, uri, at(text, "Document:spec#viewers@User:frank", len("Document:sp")))
    assert "**Grants** `User:frank` on `Document:spec`: `view`" in md
    md = await hover(client, uri, at(text, "Document:roadmap#parents@Folder:engineering", 3))
    assert md.startswith("**namespace** `Document`")  # on the namespace part: the namespace


async def test_a_check_in_a_workspace_file_shows_its_answer(drive, editor, client):
    uri = editor.open(drive / "drive.opl.yaml")
    text = editor.texts[uri]
    md = await hover(client, uri, at(text, "Document:roadmap#edit@User:dana", len("Document:road")))
    assert md.startswith("`Document:roadmap#edit@User:dana`: **denied** (unknown, max_depth_exceeded)")
    assert "permit Document:roadmap#edit@User:dana" in md
    # inside a test with what-if tuples, the check sees them
    md = await hover(client, uri, at(text, "Document:roadmap#view@User:frank", len("Document:road")))
    assert md.startswith("`Document:roadmap#view@User:frank`: **allowed**")


async def test_hover_on_broken_code_does_not_fail(tmp_path, editor, client):
    text = "class Doc implements Namespace {\n  related: { owners: User[] \n  permits = { view: (ctx) => this.related."
    uri = editor.open(tmp_path / "s.opl", text)
    md = await hover(client, uri, at(text, "owners", 2))
    assert md.startswith("**relation** `Doc.owners`")
    assert await hover(client, uri, types.Position(line=50, character=0)) is None
