"""Names in workspace files (`*.opl.yaml`): the tuple strings of tests and
`tuples:`, queries, objects and subjects, `namespace:` and `permit:` fields,
and the file names of `schema_file:` / `tuple_files:`.

A lexical scan, line by line, rather than a YAML parse: it works on a file
that is being typed and is not valid YAML yet, and it knows where every
scalar is. The inline `schema: |` block is left to the OPL analysis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .tuple_text import Part, TupleParts, split_subject, split_tuple

__all__ = ["FieldRef", "WorkspaceRefs", "scan_workspace"]

_BLOCK = re.compile(r"^(\s*)(-\s+)?([A-Za-z_][\w-]*)\s*:\s*[|>][-+0-9]*\s*(#.*)?$")
_NAME = re.compile(r"^[A-Za-z_][\w-]*$")
# values that are free text, not names
_PROSE_KEYS = {"name", "description"}


@dataclass(frozen=True, slots=True)
class FieldRef:
    key: str  # namespace | permit | schema_file | tuple_files
    value: Part
    line: int
    item: int  # the first line of the list item it belongs to (for `permit` → `namespace`)


@dataclass(slots=True)
class WorkspaceRefs:
    tuples: list[TupleParts] = field(default_factory=list)
    fields: list[FieldRef] = field(default_factory=list)
    # (first line, last line, indent) of the inline `schema: |` block: line n
    # of the OPL text is line first+n here, shifted right by indent
    schema_block: tuple[int, int, int] | None = None
    # item line → namespace named there (by `namespace:` or an `object:` value)
    item_namespace: dict[int, str] = field(default_factory=dict)

    def namespace_of(self, ref: FieldRef) -> str | None:
        return self.item_namespace.get(ref.item)


def _scalars(line: str):
    """(text, start, end, is_key, quoted) for each scalar of a YAML line,
    comments dropped."""
    i, n = 0, len(line)
    while i < n:
        c = line[i]
        if c in " \t,[]{}":
            i += 1
            continue
        if c == "#" and (i == 0 or line[i - 1] in " \t"):
            return
        if c in "\"'":
            j = i + 1
            while j < n and line[j] != c:
                j += 2 if (line[j] == "\\" and c == '"') else 1
            end = min(j, n)
            k = end + 1
            while k < n and line[k] in " \t":
                k += 1
            is_key = k < n and line[k] == ":"
            yield line[i + 1:end], i + 1, end, is_key, True
            i = k + 1 if is_key else end + 1
            continue
        j = i
        while j < n and line[j] not in " \t,[]{}":
            j += 1
        text = line[i:j]
        if text == "-":
            i = j
            continue
        is_key = text.endswith(":") and len(text) > 1
        if is_key:
            text = text[:-1]
        yield text, i, i + len(text), is_key, False
        i = j


def _tuple_like(text: str) -> bool:
    head, sep, _ = text.partition(":")
    return bool(sep) and bool(_NAME.match(head)) and "//" not in text


def scan_workspace(text: str) -> WorkspaceRefs:
    refs = WorkspaceRefs()
    lines = text.split("\n")
    offset = 0
    block: tuple[str, int] | None = None  # (key, indent) of an open block scalar
    item_line = 0
    item_indent = -1
    for lineno, line in enumerate(lines):
        start = offset
        offset += len(line) + 1
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if block is not None:
            key, key_indent = block
            if not stripped or indent > key_indent:
                if key == "schema":
                    first, _last, ind = refs.schema_block
                    if ind < 0 and stripped:
                        ind = indent  # YAML strips the first content line's indentation
                    refs.schema_block = (first, lineno, ind)
                elif key == "tuples" and stripped and not stripped.startswith("//"):
                    lead = len(line) - len(line.lstrip())
                    refs.tuples.append(split_tuple(line.rstrip()[lead:], start + lead))
                continue
            block = None
        if not stripped:
            continue
        m = _BLOCK.match(line)
        if m:
            block = (m.group(3), len(m.group(1)) + (len(m.group(2)) if m.group(2) else 0))
            if m.group(3) == "schema":
                refs.schema_block = (lineno + 1, lineno, -1)
            continue
        if stripped.startswith("- ") or stripped == "-":
            item_line, item_indent = lineno, indent
        elif indent <= item_indent:
            item_line, item_indent = lineno, -1
        key = None
        for scalar, s, e, is_key, _quoted in _scalars(line):
            if is_key:
                if _tuple_like(scalar):
                    refs.tuples.append(split_tuple(scalar, start + s))
                key = scalar
                continue
            if key in _PROSE_KEYS:
                continue
            if key in ("schema_file", "tuple_files"):
                refs.fields.append(FieldRef(key, Part(scalar, start + s, start + e), lineno, item_line))
                continue
            if _tuple_like(scalar):
                if "#" in scalar or "@" in scalar:
                    refs.tuples.append(split_tuple(scalar, start + s))
                else:
                    parts = TupleParts(start + s, start + e)
                    split_subject(scalar, start + s, parts)
                    refs.tuples.append(parts)
                    if key == "object" and parts.subject_namespace is not None:
                        refs.item_namespace.setdefault(item_line, parts.subject_namespace.text)
            elif key in ("namespace", "permit") and _NAME.match(scalar):
                refs.fields.append(FieldRef(key, Part(scalar, start + s, start + e), lineno, item_line))
                if key == "namespace":
                    refs.item_namespace[item_line] = scalar
    return refs
