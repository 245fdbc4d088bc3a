"""engine/ide results → LSP JSON (plain dicts), and LSP positions → offsets.

Plain dicts rather than lsprotocol objects: the quick start (quickstart.py)
answers before lsprotocol is imported, and pygls sends dict results as they
are. One conversion for both, so that the first diagnostics and the later
ones cannot differ.

Positions: the engine counts characters in code points on lines split at
"\\n"; LSP splits lines at "\\n", "\\r\\n" and "\\r" and counts in the encoding
agreed at initialize (UTF-16 unless the client offers another). TextIndex
converts through offsets, with a fast path for the usual ASCII text.
"""

from __future__ import annotations

from bisect import bisect_right

__all__ = [
    "TextIndex", "choose_encoding", "diagnostic", "SEVERITY", "completion_item", "COMPLETION_KIND",
    "SYMBOL_KIND", "encode_tokens",
]

SEVERITY = {"error": 1, "warning": 2, "information": 3, "hint": 4}
_TAGS = {"unnecessary": 1, "deprecated": 2}
COMPLETION_KIND = {"namespace": 7, "relation": 10, "permit": 2, "keyword": 14, "snippet": 15,
                   "object": 12, "subject": 12, "value": 12}
SYMBOL_KIND = {"namespace": 5, "relation": 8, "permit": 6, "test": 24, "tuple": 20, "key": 20}
_SUPPORTED = ("utf-8", "utf-16", "utf-32")


def choose_encoding(init_params: dict) -> str:
    """As pygls chooses: the client's first supported preference, else UTF-16."""
    caps = (init_params or {}).get("capabilities") or {}
    general = caps.get("general") if isinstance(caps, dict) else None
    encodings = general.get("positionEncodings") if isinstance(general, dict) else None
    for enc in encodings if isinstance(encodings, list) else ():
        if enc in _SUPPORTED:
            return enc
    return "utf-16"


def _units(ch: str, encoding: str) -> int:
    if encoding == "utf-16":
        return 2 if ord(ch) > 0xFFFF else 1
    if encoding == "utf-8":
        return len(ch.encode("utf-8", "surrogatepass"))
    return 1


class TextIndex:
    """LSP lines of one text, for converting positions both ways."""

    __slots__ = ("text", "encoding", "starts", "simple", "engine_starts")

    def __init__(self, text: str, encoding: str = "utf-16"):
        self.text = text
        self.encoding = encoding
        # the fast path: no lone "\r" (engine and LSP agree on lines) and
        # ASCII (code points are code units)
        self.simple = text.isascii() and "\r" not in text.replace("\r\n", "")
        starts = [0]
        if "\r" in text:
            i, n = 0, len(text)
            while i < n:
                c = text[i]
                if c == "\n":
                    starts.append(i + 1)
                elif c == "\r":
                    if i + 1 < n and text[i + 1] == "\n":
                        i += 1
                    starts.append(i + 1)
                i += 1
        else:
            find = text.find
            i = find("\n")
            while i >= 0:
                starts.append(i + 1)
                i = find("\n", i + 1)
        self.starts = starts
        self.engine_starts = None

    def _line_end(self, line: int) -> int:
        """Offset of the end of a line's content (before its line break)."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1] - 1
            if self.text[end] == "\n" and end > self.starts[line] and self.text[end - 1] == "\r":
                end -= 1
            return end
        return len(self.text)

    def offset(self, pos: dict) -> int:
        """An LSP position → an offset (clamped into the text)."""
        line = pos.get("line", 0)
        ch = pos.get("character", 0)
        if not isinstance(line, int) or not isinstance(ch, int):
            return 0
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        end = self._line_end(line)
        if ch <= 0:
            return start
        if self.encoding == "utf-32" or self.simple:
            return min(start + ch, end)
        units = 0
        i = start
        text = self.text
        while i < end and units < ch:
            units += _units(text[i], self.encoding)
            i += 1
        return i

    def position(self, offset: int) -> dict:
        """An offset → an LSP position."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        end = self._line_end(line)
        offset = min(offset, end)
        if self.encoding == "utf-32" or self.simple:
            ch = offset - start
        else:
            seg = self.text[start:offset]
            ch = sum(_units(c, self.encoding) for c in seg) if not seg.isascii() else len(seg)
        return {"line": line, "character": ch}

    def range(self, start: int, end: int) -> dict:
        return {"start": self.position(start), "end": self.position(end)}

    # engine positions (code points, lines split at "\n")

    def engine_offset(self, line: int, character: int) -> int:
        if self.engine_starts is None:
            if "\r" not in self.text:
                self.engine_starts = self.starts
            else:
                starts = [0]
                i = self.text.find("\n")
                while i >= 0:
                    starts.append(i + 1)
                    i = self.text.find("\n", i + 1)
                self.engine_starts = starts
        es = self.engine_starts
        if line < 0:
            return 0
        if line >= len(es):
            return len(self.text)
        start = es[line]
        end = es[line + 1] - 1 if line + 1 < len(es) else len(self.text)
        return min(start + max(character, 0), end)

    def from_engine(self, pos) -> dict:
        if self.simple:
            return {"line": pos.line, "character": pos.character}
        return self.position(self.engine_offset(pos.line, pos.character))

    def from_engine_range(self, rng) -> dict:
        return {"start": self.from_engine(rng.start), "end": self.from_engine(rng.end)}


def diagnostic(d, index: TextIndex, uri_of=None) -> dict:
    """An engine Diagnostic (its range filled in) → LSP Diagnostic."""
    from engine.diagnostics import Position, Range
    rng = d.range or Range(Position(0, 0), Position(0, 0))
    out = {
        "range": index.from_engine_range(rng),
        "severity": SEVERITY.get(d.severity.value, 1),
        "code": d.code,
        "source": "opl",
        "message": d.message,
    }
    tags = [_TAGS[t] for t in d.tags if t in _TAGS]
    if tags:
        out["tags"] = tags
    if d.related and uri_of is not None:
        related = []
        for r in d.related:
            where = uri_of(r.file, r.start, r.end)
            if where is not None:
                related.append({"location": where, "message": r.message})
        if related:
            out["relatedInformation"] = related
    return out


def _plain_snippet(text: str) -> str:
    """A snippet's text without its placeholders (for clients without
    snippet support)."""
    import re
    out = re.sub(r"\$\{\d+:([^}]*)\}", r"\1", text)
    out = re.sub(r"\$\{\d+\}|\$\d+", "", out)
    return out.replace("\\$", "$").replace("\\}", "}")


def completion_item(item, index: TextIndex | None, snippets: bool) -> dict:
    out = {"label": item.label, "kind": COMPLETION_KIND.get(item.kind, 1)}
    if item.detail:
        out["detail"] = item.detail
    if item.documentation:
        out["documentation"] = {"kind": "markdown", "value": item.documentation}
    text = item.insert_text if item.insert_text is not None else item.label
    if item.is_snippet:
        if snippets:
            out["insertTextFormat"] = 2
        else:
            text = _plain_snippet(text)
    if item.sort_text:
        out["sortText"] = item.sort_text
    if item.filter_text:
        out["filterText"] = item.filter_text
    if item.replace_range is not None and index is not None:
        out["textEdit"] = {"range": index.from_engine_range(item.replace_range), "newText": text}
    else:
        out["insertText"] = text
    return out


def encode_tokens(tokens, index: TextIndex, types: dict, modifiers: dict) -> list[int]:
    """Semantic tokens → LSP's relative integer encoding, lengths in client
    units."""
    data: list[int] = []
    prev_line = prev_char = 0
    for t in tokens:
        line, ch, length = t.line, t.character, t.length
        if not index.simple:
            start = index.engine_offset(line, ch)
            end = index.engine_offset(line, ch + length)
            p, q = index.position(start), index.position(end)
            if p["line"] != q["line"]:
                continue
            line, ch, length = p["line"], p["character"], q["character"] - p["character"]
        if length <= 0:
            continue
        dl = line - prev_line
        dc = ch - prev_char if dl == 0 else ch
        if dl < 0 or (dl == 0 and dc < 0):
            continue
        mods = 0
        for m in t.modifiers:
            mods |= 1 << modifiers[m]
        data.extend((dl, dc, length, types[t.type], mods))
        prev_line, prev_char = line, ch
    return data
