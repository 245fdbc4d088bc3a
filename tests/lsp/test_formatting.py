"""Formatting with the engine's formatter."""

from __future__ import annotations

from lsprotocol import types

from lsp_editor import doc

MESSY = """class User implements Namespace{}
class Doc implements Namespace {
related:{viewers:User[]}
  permits={
 view:(ctx:Context):boolean=>this.related.viewers.includes(ctx.subject), // who may read
  }
}
"""


def apply(text: str, edits) -> str:
    lines = text.split("\n")

    def off(p):
        return sum(len(x) + 1 for x in lines[:p.line]) + p.character
    for e in sorted(edits, key=lambda e: off(e.range.start), reverse=True):
        text = text[:off(e.range.start)] + e.new_text + text[off(e.range.end):]
    return text


async def test_format_keeps_comments_and_meaning(tmp_path, editor, client):
    uri = editor.open(tmp_path / "s.opl", MESSY)
    edits = await client.text_document_formatting_async(types.DocumentFormattingParams(
        text_document=doc(uri), options=types.FormattingOptions(tab_size=2, insert_spaces=True)))
    formatted = apply(MESSY, edits)
    assert formatted == """class User implements Namespace {}

class Doc implements Namespace {
  related: {
    viewers: User[]
  }

  permits = {
    view: (ctx: Context): boolean => this.related.viewers.includes(ctx.subject), // who may read
  }
}
"""
    editor.replace(uri, formatted)
    again = await client.text_document_formatting_async(types.DocumentFormattingParams(
        text_document=doc(uri), options=types.FormattingOptions(tab_size=2, insert_spaces=True)))
    assert list(again) == []


async def test_a_file_with_syntax_errors_is_left_alone(tmp_path, editor, client):
    uri = editor.open(tmp_path / "s.opl", "class Doc implements Namespace {\n related: {")
    edits = await client.text_document_formatting_async(types.DocumentFormattingParams(
        text_document=doc(uri), options=types.FormattingOptions(tab_size=2, insert_spaces=True)))
    assert edits is None
