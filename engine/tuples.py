"""Relation tuples in Keto's text and JSON forms.

Text (`namespace:object#relation@subject`) is cut as Keto's FromString cuts
it: at the first `:`, then the next `#`, then the next `@`, no escaping.
The subject loses every `(` and `)` at its ends; if what remains holds a `:`
it is a subject set (`ns:obj#rel`, relation optional), otherwise a subject ID.
So `User:alice` is the subject set User:alice#"" and `alice` a subject ID.
"""

from __future__ import annotations

import json
import sys
from typing import NamedTuple, Union

from . import codes
from .diagnostics import Diagnostic, Severity, SourceText

__all__ = [
    "SubjectSet", "Subject", "RelationTuple", "TupleSyntaxError", "parse_tuple", "parse_subject",
    "format_subject", "TupleFile", "parse_tuple_text", "parse_tuple_json", "tuple_to_json",
    "tuple_from_json", "load_tuple_text",
]


class SubjectSet(NamedTuple):
    namespace: str
    object: str
    relation: str = ""

    def __str__(self) -> str:
        if self.relation:
            return f"{self.namespace}:{self.object}#{self.relation}"
        return f"{self.namespace}:{self.object}"


# a subject ID is a plain string
Subject = Union[str, SubjectSet]


def format_subject(subject: Subject) -> str:
    return subject if isinstance(subject, str) else str(subject)


class RelationTuple(NamedTuple):
    namespace: str
    object: str
    relation: str
    subject: Subject

    def __str__(self) -> str:
        return f"{self.namespace}:{self.object}#{self.relation}@{format_subject(self.subject)}"

    @property
    def object_key(self) -> str:
        return f"{self.namespace}:{self.object}"


class TupleSyntaxError(ValueError):
    """Keto's "malformed string input", with the detail Keto puts in its debug
    field and the column (0-based, in the parsed text) it concerns."""

    def __init__(self, detail: str, column: int = 0):
        super().__init__(f"malformed string input: {detail}")
        self.detail = detail
        self.column = column


def parse_subject(text: str) -> Subject:
    subject = text.strip("()")
    if ":" not in subject:
        return subject
    ss, _, rel = subject.partition("#")
    ns, sep, obj = ss.partition(":")
    if not sep:
        raise TupleSyntaxError("expected subject set to contain ':'")
    return SubjectSet(ns, obj, rel)


def parse_tuple(text: str) -> RelationTuple:
    ns, sep, rest = text.partition(":")
    if not sep:
        raise TupleSyntaxError("expected input to contain ':'", len(text))
    obj, sep, rest2 = rest.partition("#")
    if not sep:
        raise TupleSyntaxError("expected input to contain '#'", len(text))
    rel, sep, sub = rest2.partition("@")
    if not sep:
        raise TupleSyntaxError("expected input to contain '@'", len(text))
    try:
        subject = parse_subject(sub)
    except TupleSyntaxError as e:
        e.column = len(text) - len(sub)
        raise
    return RelationTuple(ns, obj, rel, subject)


# ---------------------------------------------------------------- JSON

def tuple_to_json(t: RelationTuple) -> dict:
    out = {"namespace": t.namespace, "object": t.object, "relation": t.relation}
    if isinstance(t.subject, str):
        out["subject_id"] = t.subject
    else:
        out["subject_set"] = {"namespace": t.subject.namespace, "object": t.subject.object,
                              "relation": t.subject.relation}
    return out


class TupleJSONError(ValueError):
    pass


def tuple_from_json(obj) -> tuple[RelationTuple, list[str]]:
    """A tuple from Keto's JSON object, and warnings. Raises TupleJSONError."""
    if not isinstance(obj, dict):
        raise TupleJSONError("a relation tuple must be a JSON object")
    warnings = []
    fields = {}
    for key in ("namespace", "object", "relation"):
        v = obj.get(key, "")
        if not isinstance(v, str):
            raise TupleJSONError(f'"{key}" must be a string')
        fields[key] = v
    sid = obj.get("subject_id")
    sset = obj.get("subject_set")
    if sid is not None and not isinstance(sid, str):
        raise TupleJSONError('"subject_id" must be a string')
    if sset is not None:
        if not isinstance(sset, dict):
            raise TupleJSONError('"subject_set" must be an object')
        for key in ("namespace", "object", "relation"):
            if not isinstance(sset.get(key, ""), str):
                raise TupleJSONError(f'"subject_set.{key}" must be a string')
    if sid is None and sset is None:
        raise TupleJSONError("subject is not allowed to be nil")
    if sid is not None:
        if sset is not None:
            warnings.append("both subject_id and subject_set are given: Keto silently takes subject_id")
        subject: Subject = sid
    else:
        subject = SubjectSet(sset.get("namespace", ""), sset.get("object", ""), sset.get("relation", ""))
    return RelationTuple(fields["namespace"], fields["object"], fields["relation"], subject), warnings


# ---------------------------------------------------------------- files

class TupleEntry(NamedTuple):
    tuple: RelationTuple
    start: int  # offsets of the tuple's text in the file
    end: int
    line: int  # 0-based


class TupleFile:
    """A tuple file's tuples (with their places) and diagnostics.

    A large file is read lazily: loading it into a store streams its tuples
    (`iter_tuples`) without keeping an entry per line — a million entries
    cost more memory than the store itself — and `entries` is rebuilt from
    the text when someone asks."""

    __slots__ = ("text", "file", "_entries", "_diagnostics", "_source")

    def __init__(self, text: str, file: str | None = None, entries=None, diagnostics=None, source=None,
                 lazy: bool = False):
        self.text = text
        self.file = file
        self._entries: list[TupleEntry] | None = None if lazy else (entries if entries is not None else [])
        self._diagnostics: list[Diagnostic] | None = None if lazy else (
            diagnostics if diagnostics is not None else [])
        self._source: SourceText | None = source

    def _parse(self) -> None:
        full = parse_tuple_text(self.text, self.file)
        self._entries, self._diagnostics, self._source = full._entries, full._diagnostics, full._source

    @property
    def entries(self) -> list[TupleEntry]:
        if self._entries is None:
            self._parse()
        return self._entries

    @entries.setter
    def entries(self, value) -> None:
        self._entries = value

    @property
    def diagnostics(self) -> list[Diagnostic]:
        if self._diagnostics is None:
            for _ in self.iter_tuples():
                pass
        return self._diagnostics

    @diagnostics.setter
    def diagnostics(self, value) -> None:
        self._diagnostics = value

    @property
    def source(self) -> SourceText | None:
        if self._source is None:
            self._source = SourceText(self.text)
        return self._source

    @source.setter
    def source(self, value) -> None:
        self._source = value

    @property
    def lazy(self) -> bool:
        return self._entries is None

    def iter_tuples(self):
        """The tuples, in file order (streamed from the text for a lazy file)."""
        if self._entries is not None:
            for e in self._entries:
                yield e.tuple
            return
        diags: list[Diagnostic] = []
        yield from _stream(self.text, diags)
        if self._diagnostics is None:
            if diags:  # the line index of a big file is made only when needed
                self.source.resolve(diags, self.file)
            self._diagnostics = diags

    @property
    def tuples(self) -> list[RelationTuple]:
        return list(self.iter_tuples())

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]


def _interned_subject(text: str) -> Subject:
    """parse_subject, with the strings interned (a store keeps them)."""
    subject = parse_subject(text)
    if isinstance(subject, str):
        return sys.intern(subject)
    return tuple.__new__(SubjectSet, (sys.intern(subject[0]), sys.intern(subject[1]), sys.intern(subject[2])))


def _stream(text: str, diags: list[Diagnostic]):
    """The tuples _scan finds, without their places, faster: the loop keeps
    no offsets (a tenth of a million-line load went on them). A file with a
    malformed line is scanned again by _scan, for its diagnostics."""
    intern = sys.intern
    new = tuple.__new__
    subjects: dict[str, Subject] = {}
    bad = False
    for row in text.split("\n"):
        row = row.strip()
        if not row or row.startswith("//"):
            continue
        ns, sep1, rest = row.partition(":")
        obj, sep2, rest = rest.partition("#")
        rel, sep3, sub = rest.partition("@")
        if not (sep1 and sep2 and sep3):
            bad = True
            continue
        subject = subjects.get(sub)
        if subject is None:
            try:
                subject = subjects[sub] = _interned_subject(sub)
            except TupleSyntaxError:
                bad = True
                continue
        yield new(RelationTuple, (intern(ns), intern(obj), intern(rel), subject))
    if bad:
        for _ in _scan(text, diags):
            pass


def _scan(text: str, diags: list[Diagnostic]):
    """(tuple, start, end, line) per tuple line; malformed lines add a
    diagnostic (offsets only) and yield nothing. Strings are interned and
    equal subjects share one object, so a store that keeps these tuples keeps
    no copies.

    _stream repeats this loop without the offsets, for speed: keep the two
    alike (a property test in tests/engine/test_properties.py holds them to
    the same tuples and diagnostics)."""
    intern = sys.intern
    new = tuple.__new__
    subjects: dict[str, Subject] = {}
    pos = 0
    lineno = -1
    for raw in text.split("\n"):
        lineno += 1
        start = pos
        pos += len(raw) + 1
        row = raw.strip()
        if not row or row.startswith("//"):
            continue
        ns, sep1, rest = row.partition(":")
        obj, sep2, rest = rest.partition("#")
        rel, sep3, sub = rest.partition("@")
        if not (sep1 and sep2 and sep3):
            s = start + (len(raw) - len(raw.lstrip()))
            missing = ":" if not sep1 else ("#" if not sep2 else "@")
            diags.append(Diagnostic(s, s + len(row), codes.TUPLE_SYNTAX,
                                    f"malformed string input: expected input to contain '{missing}'",
                                    Severity.ERROR))
            continue
        subject = subjects.get(sub)
        if subject is None:
            try:
                subject = subjects[sub] = _interned_subject(sub)
            except TupleSyntaxError as err:
                s = start + (len(raw) - len(raw.lstrip()))
                diags.append(Diagnostic(s, s + len(row), codes.TUPLE_SYNTAX, str(err), Severity.ERROR))
                continue
        s = start + (len(raw) - len(raw.lstrip()))
        yield new(RelationTuple, (intern(ns), intern(obj), intern(rel), subject)), s, s + len(row), lineno


def parse_tuple_text(text: str, file: str | None = None) -> TupleFile:
    """A tuple file: one tuple per line; blank lines and `//` lines skipped
    (each line is trimmed first, as Keto's CLI does)."""
    from .gc_pause import paused

    diags: list[Diagnostic] = []
    new = tuple.__new__
    with paused():
        entries = [new(TupleEntry, item) for item in _scan(text, diags)]
    source = SourceText(text)
    source.resolve(diags, file)
    return TupleFile(text, file, entries, diags, source)


def parse_tuple_json(text: str, file: str | None = None) -> TupleFile:
    """A JSON array of Keto tuple objects (what `keto relation-tuple parse
    --format json` prints)."""
    tf = TupleFile(text, file)
    source = SourceText(text)
    tf.source = source
    decoder = json.JSONDecoder()
    n = len(text)

    def skip_ws(i: int) -> int:
        while i < n and text[i] in " \t\r\n":
            i += 1
        return i

    def fail(offset: int, message: str) -> TupleFile:
        end = min(n, offset + 1)
        tf.diagnostics.append(Diagnostic(offset, end, codes.TUPLE_JSON, message, Severity.ERROR))
        source.resolve(tf.diagnostics, file)
        return tf

    i = skip_ws(0)
    if i >= n:
        return fail(0, "expected a JSON array of relation tuples, got an empty file")
    if text[i] != "[":
        return fail(i, "expected a JSON array of relation tuples")
    i = skip_ws(i + 1)
    if i < n and text[i] == "]":
        source.resolve(tf.diagnostics, file)
        return tf
    while True:
        try:
            obj, end = decoder.raw_decode(text, i)
        except json.JSONDecodeError as e:
            return fail(e.pos, f"invalid JSON: {e.msg}")
        except RecursionError:
            return fail(i, "invalid JSON: nested too deeply")
        try:
            t, warnings = tuple_from_json(obj)
        except TupleJSONError as e:
            tf.diagnostics.append(Diagnostic(i, end, codes.TUPLE_JSON, str(e), Severity.ERROR))
        else:
            tf.entries.append(TupleEntry(t, i, end, source.position(i).line))
            for w in warnings:
                tf.diagnostics.append(Diagnostic(i, end, codes.TUPLE_BOTH_SUBJECTS, w, Severity.WARNING))
        i = skip_ws(end)
        if i < n and text[i] == ",":
            i = skip_ws(i + 1)
            continue
        if i < n and text[i] == "]":
            j = skip_ws(i + 1)
            if j < n:
                return fail(j, "unexpected text after the JSON array")
            break
        return fail(min(i, n - 1) if n else 0, "expected ',' or ']' in the JSON array")
    source.resolve(tf.diagnostics, file)
    return tf


# text tuple files larger than this are read lazily (see TupleFile)
LAZY_BYTES = 4_000_000


def load_tuple_text(text: str, file: str | None = None) -> TupleFile:
    """By the file's name: `*.json` is JSON, anything else the text form."""
    if file is not None and file.endswith(".json"):
        return parse_tuple_json(text, file)
    if len(text) > LAZY_BYTES:
        return TupleFile(text, file, lazy=True)
    return parse_tuple_text(text, file)
