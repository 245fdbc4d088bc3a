"""Every feature answers on files that do not parse — half-typed classes,
stray characters, unclosed strings and comments, YAML mid-edit — with a
well-formed answer, and keeps giving what can still be known."""

from __future__ import annotations

import pytest
from lsprotocol import types

from lsp_editor import doc

BROKEN = {
    "half-class.opl": "class Doc implements Namespace {\n  related: {\n    owners: User[\n",
    "stray.opl": "class A implements Namespace { related: { x: A[] } }\n@#$%\nclass B implements Namespace {}\n",
    "unclosed-string.keto.ts": 'class G implements Namespace {\n  related: { m: SubjectSet<G, "m\n}\n',
    "unclosed-comment.opl": "class A implements Namespace {}\n/* never closed\nclass B",
    "permit-mid-typing.opl": ("class A implements Namespace {\n  related: { r: A[] }\n  permits = {\n"
                              "    v: (ctx: Context): boolean => this.related.r.traverse((p) => p.\n"),
    "operators.opl": ("class A implements Namespace {\n  related: { r: A[] }\n  permits = {\n"
                      "    v: (ctx: Context): boolean => || && !( this.related.r.includes(ctx.subject) &&\n  }\n}\n"),
    "tuples.tuples": "Document:\n:#@\n@@@\nDocument:d#\n(((Group:g#members)))\n",
    "tuples.tuples.json": '[{"namespace": "Doc", "object": ',
    "mid.opl.yaml": "schema: |\n  class A implements Namespace {\ntests:\n  - name: x\n    check:\n      A:a#r@",
    "empty.opl": "",
}


@pytest.mark.parametrize("name", sorted(BROKEN))
async def test_every_feature_answers(name, tmp_path, editor, client):
    text = BROKEN[name]
    uri = editor.open(tmp_path / name, text)
    diags = await editor.diagnostics(uri)
    if name != "empty.opl":
        assert diags, "a broken file has diagnostics"
    for d in diags:
        assert d.range.start.line <= text.count("\n") + 1
    lines = text.split("\n")
    end = types.Position(line=len(lines) - 1, character=len(lines[-1]))
    middle = types.Position(line=len(lines) // 2, character=1)
    for pos in (end, middle, types.Position(0, 0)):
        await client.text_document_completion_async(types.CompletionParams(text_document=doc(uri), position=pos))
        await client.text_document_hover_async(types.HoverParams(text_document=doc(uri), position=pos))
        await client.text_document_definition_async(types.DefinitionParams(text_document=doc(uri), position=pos))
        await client.text_document_references_async(types.ReferenceParams(
            text_document=doc(uri), position=pos, context=types.ReferenceContext(include_declaration=True)))
        await client.text_document_document_highlight_async(types.DocumentHighlightParams(
            text_document=doc(uri), position=pos))
    whole = types.Range(types.Position(0, 0), end)
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc(uri)))
    tokens = await client.text_document_semantic_tokens_full_async(types.SemanticTokensParams(text_document=doc(uri)))
    assert len(tokens.data) % 5 == 0
    await client.text_document_folding_range_async(types.FoldingRangeParams(text_document=doc(uri)))
    await client.text_document_code_action_async(types.CodeActionParams(
        text_document=doc(uri), range=whole, context=types.CodeActionContext(diagnostics=diags)))
    await client.text_document_code_lens_async(types.CodeLensParams(text_document=doc(uri)))
    await client.text_document_inlay_hint_async(types.InlayHintParams(text_document=doc(uri), range=whole))
    formatted = await client.text_document_formatting_async(types.DocumentFormattingParams(
        text_document=doc(uri), options=types.FormattingOptions(tab_size=2, insert_spaces=True)))
    if name.endswith((".opl", ".keto.ts")) and any(d.severity == types.DiagnosticSeverity.Error for d in diags):
        assert formatted is None  # never reformat what does not parse
    if name == "half-class.opl":
        assert [s.name for s in symbols] == ["Doc"]


async def test_what_can_still_be_known_is_still_offered(tmp_path, editor, client):
    text = BROKEN["permit-mid-typing.opl"]
    uri = editor.open(tmp_path / "a.opl", text)
    lines = text.split("\n")
    items = await client.text_document_completion_async(types.CompletionParams(
        text_document=doc(uri), position=types.Position(line=len(lines) - 2, character=len(lines[-2]))))
    assert [i.label for i in items] == ["related", "permits"]
