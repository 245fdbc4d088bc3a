"""Completion for the query bar and the tuple editor, from the schema and the tuples.

`complete(text, ws)` looks at the word being typed (the last one) and where
in Keto's `ns:obj#rel@subject` syntax it stands, and offers whole words:
each candidate replaces the last word. Namespaces come from the schema (and
the tuples, for a workspace without one), relations and permits from the
schema, objects from the tuples.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.workspace import Workspace

from .query import VERBS

__all__ = ["Candidate", "complete", "MAX_CANDIDATES", "SubjectIndex"]

MAX_CANDIDATES = 40


@dataclass(frozen=True, slots=True)
class Candidate:
    text: str  # the whole input once chosen
    label: str  # what the list shows
    kind: str  # verb | namespace | object | relation | permit | option


def _namespaces(ws: Workspace) -> list[str]:
    names = list(ws.schema.names)
    for ns in ws.store.namespaces():
        if ns not in names:
            names.append(ns)
    return names


def _relations(ws: Workspace, ns: str, permits_only: bool = False) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    found = ws.schema.get(ns)
    if found is not None:
        for r in found.relations:
            if r.is_permit:
                out.append((r.name, "permit"))
        if not permits_only:
            for r in found.relations:
                if not r.is_permit:
                    out.append((r.name, "relation"))
    if not out:  # no schema for it: the relations its tuples use
        seen = {}
        for (n, _o, rel) in ws.store.keys():
            if n == ns:
                seen.setdefault(rel)
        out = [(r, "relation") for r in seen]
    return out


class SubjectIndex:
    """Objects that appear only as subjects (`User:alice` in `…@User:alice`),
    by namespace: one pass over the store, redone when the store changes."""

    def __init__(self) -> None:
        self._key = None
        self._by_ns: dict[str, dict[str, None]] = {}

    def objects(self, ws: Workspace, ns: str, generation: int = 0) -> list[str]:
        key = (id(ws.store), len(ws.store), generation)
        if key != self._key:
            by_ns: dict[str, dict[str, None]] = {}
            store = ws.store
            for k in list(store.keys()):
                for s in store.subject_sets(*k):
                    by_ns.setdefault(s.namespace, {})[s.object] = None
            self._by_ns, self._key = by_ns, key
        return list(self._by_ns.get(ns, ()))


def _objects(ws: Workspace, ns: str, prefix: str, index: SubjectIndex | None = None,
             generation: int = 0) -> list[str]:
    out: dict[str, None] = {}
    sources = [ws.store.objects(ns)]
    if index is not None:
        sources.append(index.objects(ws, ns, generation))
    for source in sources:
        for o in source:
            if o.startswith(prefix) and o not in out:
                out[o] = None
                if len(out) >= MAX_CANDIDATES:
                    return list(out)
    return list(out)


def _subject_set_parts(ws: Workspace, word: str, need_relation: bool, after_rel: str) -> list[tuple[str, str, str]]:
    """Candidates for `ns:obj#rel…`: (completed word, label, kind)."""
    if ":" not in word:
        return [(f"{ns}:", ns, "namespace") for ns in _namespaces(ws) if ns.startswith(word)]
    ns, _, rest = word.partition(":")
    if "#" not in rest:
        objs = _objects(ws, ns, rest)
        suffix = "#" if need_relation else ""
        return [(f"{ns}:{o}{suffix}", o, "object") for o in objs]
    obj, _, rel = rest.partition("#")
    return [(f"{ns}:{obj}#{name}{after_rel}", name, kind)
            for name, kind in _relations(ws, ns, permits_only=False) if name.startswith(rel)]


def _subject(ws: Workspace, word: str, index: SubjectIndex | None = None,
             generation: int = 0) -> list[tuple[str, str, str]]:
    """A subject: `ns:obj` (a subject set; `#rel` optional) or a subject ID."""
    if ":" not in word:
        return [(f"{ns}:", ns, "namespace") for ns in _namespaces(ws) if ns.startswith(word)]
    ns, _, rest = word.partition(":")
    if "#" not in rest:
        return [(f"{ns}:{o}", o, "object") for o in _objects(ws, ns, rest, index, generation)]
    obj, _, rel = rest.partition("#")
    return [(f"{ns}:{obj}#{name}", name, kind) for name, kind in _relations(ws, ns) if name.startswith(rel)
            and kind == "relation"]


def _tuple_word(ws: Workspace, word: str, full: bool, index: SubjectIndex | None = None,
                generation: int = 0) -> list[tuple[str, str, str]]:
    """A tuple (`full`) or a subject set being typed."""
    head, at, sub = word.partition("@")
    if at:
        return [(f"{head}@{w}", label, kind) for w, label, kind in _subject(ws, sub, index, generation)]
    return _subject_set_parts(ws, word, True, "@" if full else "")


def _ns_permit(ws: Workspace, word: str) -> list[tuple[str, str, str]]:
    """`NS#PERMIT` (lookup objects)."""
    if "#" not in word:
        return [(f"{ns}#", ns, "namespace") for ns in _namespaces(ws) if ns.startswith(word)]
    ns, _, rel = word.partition("#")
    return [(f"{ns}#{name}", name, kind) for name, kind in _relations(ws, ns, permits_only=True)
            if name.startswith(rel)]


def complete(text: str, ws: Workspace | None, mode: str = "query", index: SubjectIndex | None = None,
             generation: int = 0) -> list[Candidate]:
    """Candidates for the last word of `text`. mode "tuple": the text is one
    tuple. `index` (kept by the caller between keystrokes) adds the objects
    that only appear as subjects."""
    if ws is None:
        return []
    try:
        return _complete(text, ws, mode, index if index is not None else SubjectIndex(), generation)
    except Exception:  # completion is a convenience: a failure offers nothing
        return []


def _complete(text: str, ws: Workspace, mode: str, index: SubjectIndex, generation: int) -> list[Candidate]:
    words = text.split(" ")
    word = words[-1]
    before = " ".join(words[:-1])
    lead = before + " " if words[:-1] else ""
    found: list[tuple[str, str, str]] = []
    if mode == "tuple":
        found = _tuple_word(ws, text.strip(), True, index, generation)
        return [Candidate(w, label, kind) for w, label, kind in found if w != text][:MAX_CANDIDATES]
    args = [w for w in words[:-1] if w]
    if not args:
        found = [(f"{v} ", v, "verb") for v in VERBS if v.startswith(word) and word != v]
        found += _tuple_word(ws, word, True, index, generation) if word else []
    else:
        verb = args[0]
        rest = args[1:]
        if verb == "check" and not rest:
            found = _tuple_word(ws, word, True, index, generation)
        elif verb == "expand" and not rest:
            found = _subject_set_parts(ws, word, True, "")
        elif verb == "list" and not rest:
            found = _tuple_word(ws, word, True, index, generation)
        elif verb == "lookup":
            if not rest:
                found = [(f"{w} ", w, "verb") for w in ("objects", "subjects") if w.startswith(word)]
            elif rest[0] == "objects" and len(rest) == 1:
                found = [(f"{w} ", label, kind) if kind == "object" else (w, label, kind)
                         for w, label, kind in _subject(ws, word, index, generation)]
            elif rest[0] == "objects" and len(rest) == 2:
                found = _ns_permit(ws, word)
            elif rest[0] == "subjects" and len(rest) == 1:
                found = [(w, label, kind) for w, label, kind in _subject_set_parts(ws, word, True, "")]
        elif "@" in verb or ":" in verb:
            found = []
        if word.startswith("-") and verb in ("check", "expand", "lookup"):
            opts = ["--max-depth "] + (["--mode tuples", "--mode rewrites"] if verb == "expand" else [])
            found = [(o, o.strip(), "option") for o in opts if o.startswith(word)]
    out = []
    for w, label, kind in found:
        full = lead + w
        if full != text:
            out.append(Candidate(full, label, kind))
        if len(out) >= MAX_CANDIDATES:
            break
    return out
