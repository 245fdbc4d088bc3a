"""Semantic tokens and folding ranges."""

from __future__ import annotations

from lsprotocol import types

from lsp_editor import doc

TEXT = """// a comment
class Doc implements Namespace {
  related: {
    parents: Doc[]
    viewers: (User | SubjectSet<Group, "members">)[]
  }
  permits = {
    view: (ctx: Context): boolean =>
      this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx)),
  }
}
"""


LEGEND = types.SemanticTokensLegend(
    token_types=["class", "type", "property", "method", "parameter", "variable", "keyword", "string",
                 "comment", "operator"], token_modifiers=["declaration", "defaultLibrary"])


def decode(data: list[int], legend: types.SemanticTokensLegend, text: str):
    """(text, type, modifiers) for each token."""
    lines = text.split("\n")
    out = []
    line = ch = 0
    for i in range(0, len(data), 5):
        dl, dc, length, typ, mods = data[i:i + 5]
        line += dl
        ch = dc if dl else ch + dc
        names = [m for b, m in enumerate(legend.token_modifiers) if mods & (1 << b)]
        out.append((lines[line][ch:ch + length], legend.token_types[typ], names))
    return out


async def test_semantic_tokens_name_what_each_word_is(tmp_path, editor, client):
    uri = editor.open(tmp_path / "s.opl", TEXT)
    tokens = await client.text_document_semantic_tokens_full_async(types.SemanticTokensParams(text_document=doc(uri)))
    decoded = decode(tokens.data, LEGEND, TEXT)
    assert decoded[0] == ("// a comment", "comment", [])
    assert ("Doc", "class", ["declaration"]) in decoded
    assert ("viewers", "property", ["declaration"]) in decoded
    assert ("view", "method", ["declaration"]) in decoded
    assert ("members", "property", []) in decoded  # the relation inside SubjectSet<Group, "members">
    assert ("p", "parameter", ["declaration"]) in decoded
    assert decoded.count(("p", "parameter", [])) == 1
    assert ("includes", "method", ["defaultLibrary"]) in decoded
    assert ("||", "operator", []) in decoded


async def test_semantic_tokens_of_tuples(drive, editor, client):
    uri = editor.open(drive / "t.tuples", "// c\nDocument:d#viewers@User:a\n")
    tokens = await client.text_document_semantic_tokens_full_async(types.SemanticTokensParams(text_document=doc(uri)))
    assert decode(tokens.data, LEGEND, editor.texts[uri]) == [
        ("// c", "comment", []), ("Document", "class", []), ("d", "variable", []), ("viewers", "property", []),
        ("User", "class", []), ("a", "variable", [])]


async def test_folding(tmp_path, drive, editor, client):
    uri = editor.open(tmp_path / "s.opl", TEXT)
    ranges = await client.text_document_folding_range_async(types.FoldingRangeParams(text_document=doc(uri)))
    spans = {(r.start_line, r.end_line) for r in ranges}
    assert (1, 10) in spans  # the class, up to the line before its `}`
    assert (2, 4) in spans  # related
    assert (6, 9) in spans  # permits
    assert (7, 9) in spans  # the permit spanning three lines
    ws = editor.open(drive / "drive.opl.yaml")
    ranges = await client.text_document_folding_range_async(types.FoldingRangeParams(text_document=doc(ws)))
    spans = {(r.start_line, r.end_line) for r in ranges}
    assert (6, 10) in spans  # the first test case
