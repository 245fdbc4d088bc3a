"""Diagnostics over LSP: every file kind, on open and on change; a schema
change re-validates the tuple and workspace files; failing test assertions
sit on their lines."""

from __future__ import annotations

from lsprotocol import types

from lsp_editor import at, codes

SCHEMA_WITH_ERRORS = """class User implements Namespace {}

class Document implements Namespace {
  related: {
    owners: User[]
    viewers: (User | SubjectSet<Group, "members">)[]
  }

  permits = {
    view: (ctx: Context): boolean =>
      this.related.viewerz.includes(ctx.subject) ||
      this.related.owners.includes(ctx.subject) && this.permits.edit(ctx),
  }
}
"""


async def test_a_valid_workspace_has_no_errors(drive, editor):
    schema = editor.open(drive / "namespaces.keto.ts")
    tuples = editor.open(drive / "drive.tuples")
    ws = editor.open(drive / "drive.opl.yaml")
    assert codes(await editor.diagnostics(schema)) == ["empty-namespace"]  # User has no relations: information
    assert await editor.diagnostics(tuples) == []
    assert await editor.diagnostics(ws) == []


async def test_type_errors_and_lints_with_keto_messages(tmp_path, editor):
    uri = editor.open(tmp_path / "schema.opl", SCHEMA_WITH_ERRORS)
    diags = await editor.diagnostics(uri, lambda ds: len(ds) > 0)
    by_code = {d.code: d for d in diags}
    assert by_code["undeclared-namespace"].message == 'namespace "Group" was not declared'
    assert by_code["undeclared-namespace"].severity == types.DiagnosticSeverity.Error
    missing = [d for d in diags if d.code == "undeclared-relation"]
    assert {d.message for d in missing} == {'namespace "Document" did not declare relation "viewerz"',
                                           'namespace "Document" did not declare relation "edit"'}
    viewerz = next(d for d in missing if "viewerz" in d.message)
    assert viewerz.range.start == at(SCHEMA_WITH_ERRORS, "viewerz")
    assert by_code["mixed-operators"].severity == types.DiagnosticSeverity.Warning
    assert all(d.source == "opl" for d in diags)


async def test_syntax_error_while_typing_then_fixed(tmp_path, editor):
    good = "class User implements Namespace {}\n"
    uri = editor.open(tmp_path / "a.opl", good)
    await editor.diagnostics(uri)
    editor.replace(uri, "class User implements Namespace {\n")
    diags = await editor.diagnostics(uri, lambda ds: any(d.code == "syntax-error" for d in ds))
    assert diags[0].message == 'expected "}", got ""' or "expected" in diags[0].message
    editor.replace(uri, good)
    assert await editor.diagnostics(uri, lambda ds: not any(d.severity == 1 for d in ds)) is not None


async def test_tuple_file_validated_against_the_workspace_schema(drive, editor):
    uri = editor.open(drive / "drive.tuples", "Document:roadmap#ownerz@User:carol\nBadLine\n")
    diags = await editor.diagnostics(uri, lambda ds: len(ds) >= 2)
    assert sorted(codes(diags)) == ["tuple-syntax", "tuple-unknown-relation"]
    unknown = next(d for d in diags if d.code == "tuple-unknown-relation")
    assert unknown.range.start.line == 0 and "ownerz" in unknown.message
    syntax = next(d for d in diags if d.code == "tuple-syntax")
    assert syntax.range.start.line == 1
    assert syntax.message == "malformed string input: expected input to contain ':'"


async def test_schema_change_revalidates_open_tuple_and_workspace_files(drive, editor):
    schema = editor.open(drive / "namespaces.keto.ts")
    tuples = editor.open(drive / "drive.tuples")
    ws = editor.open(drive / "drive.opl.yaml")
    assert await editor.diagnostics(tuples) == []
    text = editor.texts[schema]
    # rename Document's `owners` in the schema only: the tuples and tests now disagree
    head, tail = text.split("class Document")
    renamed = head + "class Document" + tail.replace("owners", "holders")
    assert renamed.count("holders") == 2
    editor.replace(schema, renamed)
    tdiags = await editor.diagnostics(tuples, lambda ds: any(d.code == "tuple-unknown-relation" for d in ds))
    bad = [d for d in tdiags if d.code == "tuple-unknown-relation"]
    lines = editor.texts[tuples]
    assert [d.range.start.line for d in bad] == [at(lines, "Document:roadmap#owners").line,
                                                 at(lines, "Document:secret#owners").line]
    wdiags = await editor.diagnostics(ws, lambda ds: any(d.code == "test-failed" for d in ds))
    failed = [d for d in wdiags if d.code == "test-failed"]
    # carol owned the roadmap: the first test's first two checks now fail
    ws_text = editor.texts[ws]
    assert at(ws_text, "Document:roadmap#edit@User:carol").line in {d.range.start.line for d in failed}
    assert "expected true" in failed[0].message


async def test_failing_assertions_on_their_lines(drive, editor):
    text = (drive / "drive.opl.yaml").read_text().replace(
        "Document:roadmap#edit@User:dana: false", "Document:roadmap#edit@User:dana: true")
    uri = editor.open(drive / "drive.opl.yaml", text)
    diags = await editor.diagnostics(uri, lambda ds: len(ds) > 0)
    assert codes(diags) == ["test-failed"]
    d = diags[0]
    assert d.range.start == at(text, "Document:roadmap#edit@User:dana: true")
    assert d.message == ("test 'viewers of a folder cannot edit': check Document:roadmap#edit@User:dana is "
                         "unknown, expected true (unknown: max_depth_exceeded)")
    editor.replace(uri, (drive / "drive.opl.yaml").read_text())
    assert await editor.diagnostics(uri, lambda ds: ds == []) == []


async def test_workspace_yaml_problems(drive, editor):
    uri = editor.open(drive / "bad.opl.yaml", "schema_file: missing.keto.ts\nmax_depth: -1\ntests: [\n")
    diags = await editor.diagnostics(uri, lambda ds: len(ds) > 0)
    assert codes(diags) == ["workspace-yaml"]
    assert diags[0].message.startswith("invalid YAML")
    editor.replace(uri, "schema_file: missing.keto.ts\nmax_depth: -1\n")
    diags = await editor.diagnostics(uri, lambda ds: "workspace-file" in codes(ds))
    assert sorted(codes(diags)) == ["workspace-file", "workspace-yaml"]
    assert diags[0].range.start.line == 0


async def test_workspace_points_at_a_broken_schema(drive, editor):
    (drive / "namespaces.keto.ts").write_text("class Document implements Namespace {\n  related: {\n")
    uri = editor.open(drive / "drive.opl.yaml")
    diags = await editor.diagnostics(uri, lambda ds: len(ds) > 0)
    assert codes(diags) == ["workspace-schema"]
    assert diags[0].range.start == at(editor.texts[uri], "namespaces.keto.ts")
    assert diags[0].related_information[0].location.uri == (drive / "namespaces.keto.ts").as_uri()


async def test_inline_schema_diagnostics_and_fixes_point_into_the_yaml(tmp_path, editor, client):
    text = ("schema: |\n"
            "  class User implements Namespace {}\n"
            "  class Doc implements Namespace {\n"
            "    related: { viewers: Usr[] }\n"
            "  }\n"
            "tuples:\n"
            "  - Doc:d#viewers@User:a\n")
    uri = editor.open(tmp_path / "w.opl.yaml", text)
    diags = await editor.diagnostics(uri, lambda ds: len(ds) > 0)
    d = next(d for d in diags if d.code == "undeclared-namespace")
    assert d.range.start == at(text, "Usr[]")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=d.range,
        context=types.CodeActionContext(diagnostics=[d])))
    fix = next(a for a in actions if a.title == "Did you mean `User`?")
    edit = fix.edit.changes[uri][0]
    assert edit.range == d.range and edit.new_text == "User"


async def test_json_tuple_file(drive, editor):
    uri = editor.open(drive / "more.tuples.json",
                      '[{"namespace": "Document", "object": "d", "relation": "viewers", "subject_id": "x"},\n'
                      ' {"namespace": "Nope", "object": "d", "relation": "r", "subject_id": "x"}]')
    diags = await editor.diagnostics(uri, lambda ds: "tuple-unknown-namespace" in codes(ds))
    bad = next(d for d in diags if d.code == "tuple-unknown-namespace")
    assert bad.range.start.line == 1


async def test_settings_turn_a_lint_off_and_bad_values_are_reported(tmp_path, editor, client):
    uri = editor.open(tmp_path / "a.opl", SCHEMA_WITH_ERRORS)
    await editor.diagnostics(uri, lambda ds: "mixed-operators" in codes(ds))
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={"opl": {
        "lints": {"mixed-operators": False, "undeclared-namespace": False, "no-such-code": False},
        "maxDepth": "deep"}}))
    diags = await editor.diagnostics(uri, lambda ds: "mixed-operators" not in codes(ds))
    assert "undeclared-namespace" in codes(diags)  # errors cannot be turned off
    for _ in range(50):
        if len(client.messages) >= 3:
            break
        await __import__("asyncio").sleep(0.05)
    messages = [m.message for m in client.messages]
    assert any("opl.maxDepth must be a whole number" in m for m in messages)
    assert any("errors cannot be turned off" in m for m in messages)
    assert any("unknown diagnostic code 'no-such-code'" in m for m in messages)


async def test_a_tuple_file_changed_on_disk(drive, editor, client):
    ws = editor.open(drive / "drive.opl.yaml")
    assert await editor.diagnostics(ws) == []
    tuples = drive / "drive.tuples"
    tuples.write_text(tuples.read_text().replace("Document:roadmap#owners@User:carol\n", ""))
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=tuples.as_uri(), type=types.FileChangeType.Changed)]))
    diags = await editor.diagnostics(ws, lambda ds: len(ds) > 0)
    assert {d.code for d in diags} == {"test-failed"}
    assert all("User:carol" in d.message for d in diags)
