"""The open documents' text, kept in step with the editor.

Changes are applied as the LSP specification says (lines end at "\\n",
"\\r\\n" or "\\r"; characters counted in the agreed encoding) rather than by
pygls's workspace, which splits lines at every Unicode line break and so
drifts from the editor's text after some edits.
"""

from __future__ import annotations

from .convert import TextIndex

__all__ = ["Documents"]


def _get(obj, name):
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def _pos(p) -> dict:
    return {"line": _get(p, "line") or 0, "character": _get(p, "character") or 0}


class Documents:
    def __init__(self):
        self._texts: dict[str, str] = {}
        self.versions: dict[str, int | None] = {}
        self.encoding = "utf-16"

    def __contains__(self, uri: str) -> bool:
        return uri in self._texts

    def get(self, uri: str) -> str | None:
        return self._texts.get(uri)

    @property
    def uris(self) -> list[str]:
        return list(self._texts)

    def open(self, uri: str, text: str, version: int | None = None) -> str:
        self._texts[uri] = text
        self.versions[uri] = version
        return text

    def close(self, uri: str) -> None:
        self._texts.pop(uri, None)
        self.versions.pop(uri, None)

    def change(self, uri: str, version: int | None, changes) -> str:
        text = self._texts.get(uri, "")
        for change in changes or ():
            rng = _get(change, "range")
            new = _get(change, "text") or ""
            if rng is None:
                text = new
                continue
            index = TextIndex(text, self.encoding)
            a = index.offset(_pos(_get(rng, "start")))
            b = index.offset(_pos(_get(rng, "end")))
            if b < a:
                a, b = b, a
            text = text[:a] + new + text[b:]
        self._texts[uri] = text
        self.versions[uri] = version
        return text
