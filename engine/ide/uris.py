"""Document keys: URIs from the editor, paths on disk (or in the playground's
virtual folder). A URI is only a key; its path is what workspace files refer
to (`schema_file: namespaces.keto.ts` is relative to the workspace file)."""

from __future__ import annotations

import posixpath
from urllib.parse import quote, unquote, urlsplit

__all__ = ["uri_to_path", "path_to_uri", "base_name", "normalize"]


def uri_to_path(uri: str) -> str | None:
    """The path of a URI (`file:///a/b` → `/a/b`, `playground:///x/y` →
    `/x/y`); None for a URI without a path (`untitled:Untitled-1`)."""
    if "://" not in uri:
        return None
    parts = urlsplit(uri)
    path = unquote(parts.path)
    if not path:
        return None
    # file:///C:/x → C:/x (a Windows drive)
    if len(path) >= 3 and path[0] == "/" and path[2] == ":" and path[1].isalpha():
        path = path[1:]
    return normalize(path)


def normalize(path: str) -> str:
    return posixpath.normpath(path.replace("\\", "/")) if path else path


def path_to_uri(path: str, scheme: str = "file") -> str:
    p = normalize(path)
    if not p.startswith("/"):
        p = "/" + p
    return f"{scheme}://{quote(p, safe='/:@!$&()*+,;=~')}"


def base_name(uri: str) -> str:
    """The last path segment: what decides a file's kind."""
    tail = uri.rstrip("/")
    for sep in ("/", "\\", ":"):
        tail = tail.rsplit(sep, 1)[-1]
    return unquote(tail)
