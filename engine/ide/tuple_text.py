"""Where each part of a relation tuple sits in the text: namespace, object,
relation and subject, so that hover, navigation and rename can work on tuple
strings in tuple files (text and JSON) and in workspace files.

The cuts are Keto's (engine/tuples.py): the first `:`, the next `#`, the next
`@`; the subject loses `(`/`)` at its ends and is a subject set when it holds
a `:`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

__all__ = ["Part", "TupleParts", "split_tuple", "split_subject", "json_parts"]


@dataclass(frozen=True, slots=True)
class Part:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class TupleParts:
    """A tuple-like string: `ns:obj#rel@subject`, or a prefix of one (a query
    `ns:obj#rel`, an object `ns:obj`). Missing parts are None."""

    start: int
    end: int
    namespace: Part | None = None
    object: Part | None = None
    relation: Part | None = None
    subject_id: Part | None = None
    subject_namespace: Part | None = None
    subject_object: Part | None = None
    subject_relation: Part | None = None
    at: int | None = None  # offset of `@`

    def parts(self):
        for name in ("namespace", "object", "relation", "subject_id", "subject_namespace",
                     "subject_object", "subject_relation"):
            p = getattr(self, name)
            if p is not None:
                yield name, p


def split_subject(text: str, start: int, out: TupleParts) -> None:
    # Keto strips every ( and ) at the subject's ends
    lead = len(text) - len(text.lstrip("()"))
    body = text.strip("()")
    s = start + lead
    if ":" not in body:
        if body:
            out.subject_id = Part(body, s, s + len(body))
        return
    ns, _, rest = body.partition(":")
    out.subject_namespace = Part(ns, s, s + len(ns))
    obj, sep, rel = rest.partition("#")
    o = s + len(ns) + 1
    out.subject_object = Part(obj, o, o + len(obj))
    if sep:
        r = o + len(obj) + 1
        out.subject_relation = Part(rel, r, r + len(rel))


def split_tuple(text: str, start: int = 0) -> TupleParts:
    """The parts of `text` (found at offset `start`), cut as Keto cuts."""
    out = TupleParts(start, start + len(text))
    ns, sep, rest = text.partition(":")
    out.namespace = Part(ns, start, start + len(ns))
    if not sep:
        return out
    o = start + len(ns) + 1
    obj, sep, rest2 = rest.partition("#")
    out.object = Part(obj, o, o + len(obj))
    if not sep:
        return out
    r = o + len(obj) + 1
    rel, sep, sub = rest2.partition("@")
    out.relation = Part(rel, r, r + len(rel))
    if not sep:
        return out
    out.at = r + len(rel)
    split_subject(sub, out.at + 1, out)
    return out


_JSON_FIELD = re.compile(r'"(namespace|object|relation|subject_id)"\s*:\s*"((?:[^"\\]|\\.)*)"')
_JSON_SET = re.compile(r'"subject_set"\s*:\s*\{([^{}]*)\}')


def _unescape(raw: str) -> str:
    try:
        return json.loads(f'"{raw}"')
    except ValueError:
        return raw


def json_parts(text: str, start: int, end: int) -> TupleParts:
    """The parts of one JSON tuple object spanning text[start:end]."""
    out = TupleParts(start, end)
    body = text[start:end]
    inner_span = None
    m = _JSON_SET.search(body)
    if m:
        inner_span = (m.start(1), m.end(1))
        for f in _JSON_FIELD.finditer(body, m.start(1), m.end(1)):
            key, raw = f.group(1), f.group(2)
            part = Part(_unescape(raw), start + f.start(2), start + f.end(2))
            if key == "namespace":
                out.subject_namespace = part
            elif key == "object":
                out.subject_object = part
            elif key == "relation":
                out.subject_relation = part
    for f in _JSON_FIELD.finditer(body):
        if inner_span and inner_span[0] <= f.start() < inner_span[1]:
            continue
        key, raw = f.group(1), f.group(2)
        part = Part(_unescape(raw), start + f.start(2), start + f.end(2))
        if getattr(out, key) is None:
            setattr(out, key, part)
    return out
