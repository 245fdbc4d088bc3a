"""A workspace: a schema, relation tuples and tests, and every query on them.

This is the Python API of DESIGN.md (people embed it in their own tests):

    ws = Workspace.load("examples/drive")          # a .opl.yaml file or a directory
    ws = Workspace.from_text(schema=OPL, tuples=TEXT, max_depth=5, strict=False)
    ws.check("Document:d1#view@User:alice")        # CheckResult
    ws.expand("Document:d1#view", mode="rewrites")
    ws.list_objects("User:alice", "Document", "view"); ws.list_subjects("Document:d1", "view")
    ws.diagnostics
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from . import limits
from .check.engine import Checker
from .check.result import NAMES, STRICT_UNKNOWN, UNKNOWN, CheckResult
from .diagnostics import Diagnostic, SourceText
from .file_kinds import SCHEMA_SUFFIXES, TUPLE_SUFFIXES, WORKSPACE_SUFFIX, file_kind
from .opl.analyze import Analysis, analyze
from .store import MemoryStore
from .tuple_validation import validate_tuples
from .tuples import (RelationTuple, SubjectSet, TupleEntry, TupleFile, TupleSyntaxError, format_subject,
                     load_tuple_text, parse_subject, parse_tuple, parse_tuple_text)

__all__ = ["Workspace", "WorkspaceError", "QueryError", "SCHEMA_SUFFIXES", "TUPLE_SUFFIXES",
           "WORKSPACE_SUFFIX", "file_kind", "parse_object", "parse_subject_set_query"]



class WorkspaceError(Exception):
    """Unreadable input: one line naming the file and line."""

    def __init__(self, message: str, file: str | None = None, line: int | None = None):
        where = file or "<workspace>"
        if line is not None:
            where += f":{line + 1}"
        super().__init__(f"{where}: {message}")
        self.file = file
        self.line = line
        self.detail = message


class QueryError(ValueError):
    """A malformed query string."""


def parse_object(text: str) -> tuple[str, str]:
    ns, sep, obj = text.partition(":")
    if not sep or "#" in obj or "@" in obj:
        raise QueryError(f"expected an object as namespace:object, got {text!r}")
    return ns, obj


def parse_subject_set_query(text: str) -> SubjectSet:
    """`ns:obj#rel` (an expand query)."""
    ns, sep, rest = text.partition(":")
    if not sep:
        raise QueryError(f"expected namespace:object#relation, got {text!r}")
    obj, sep, rel = rest.partition("#")
    if not sep or "@" in rel:
        raise QueryError(f"expected namespace:object#relation, got {text!r}")
    return SubjectSet(ns, obj, rel)


def parse_query(text: str) -> RelationTuple:
    try:
        return parse_tuple(text.strip())
    except TupleSyntaxError as e:
        raise QueryError(f"{e} in {text!r}") from None


@dataclass(slots=True, eq=False)
class SourceFile:
    """A file of the workspace and what was read from it."""

    path: str | None  # None: inline in the workspace file
    kind: str
    text: str
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Workspace:
    analysis: Analysis
    tuple_files: list[TupleFile]
    max_depth: int = limits.DEFAULT_MAX_DEPTH
    strict: bool = False
    path: str | None = None  # the .opl.yaml file, if any
    root: str | None = None  # the folder relative paths start from
    tests: list = field(default_factory=list)  # testing.TestCase
    workspace_source: SourceText | None = None
    workspace_diagnostics: list[Diagnostic] = field(default_factory=list)
    extra_tuples: list[RelationTuple] = field(default_factory=list)
    store: MemoryStore = field(default=None)  # type: ignore[assignment]
    # an inline `schema: |` block's place in the workspace file: line n of the
    # schema is line first+n of the file, shifted right by indent
    inline_schema_anchor: tuple[int, int] | None = None
    _checker: Checker | None = None

    def __post_init__(self):
        if self.store is None:
            self.store = MemoryStore()
            for tf in self.tuple_files:
                self.store.add_all(tf.iter_tuples(), interned=True)
            self.store.add_all(self.extra_tuples)

    # ------------------------------------------------------------ loading

    @classmethod
    def from_text(cls, schema: str = "", tuples="", max_depth: int = limits.DEFAULT_MAX_DEPTH,
                  strict: bool = False, schema_file: str | None = None,
                  tuples_file: str | None = None) -> "Workspace":
        """A workspace from strings: OPL text, and tuples as text lines, a list
        of tuple strings, or RelationTuple objects."""
        analysis = analyze(schema, schema_file)
        if isinstance(tuples, str):
            files = [parse_tuple_text(tuples, tuples_file)]
            extra = []
        else:
            files, extra = [], []
            lines = []
            for t in tuples:
                if isinstance(t, RelationTuple):
                    extra.append(t)
                else:
                    lines.append(str(t))
            if lines:
                files.append(parse_tuple_text("\n".join(lines), tuples_file))
        return cls(analysis, files, max_depth=max_depth, strict=strict, extra_tuples=extra)

    @classmethod
    def load(cls, path: str | os.PathLike) -> "Workspace":
        """A `.opl.yaml` workspace file, or a directory holding one (or holding
        a schema and tuple files). Raises WorkspaceError for unreadable input."""
        from .workspace_file import load_workspace
        return load_workspace(Path(path))

    # ------------------------------------------------------------ state

    @property
    def schema(self):
        return self.analysis.schema

    @property
    def checker(self) -> Checker:
        if self._checker is None:
            self._checker = Checker(self.schema, self.store, strict=self.strict, max_depth=self.max_depth)
        return self._checker

    def invalidate(self) -> None:
        """Call after changing the store or settings in place."""
        self._checker = None

    @property
    def tuples(self) -> list[RelationTuple]:
        return list(self.store)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """Every diagnostic of the schema, the tuple files and the workspace file."""
        out = list(self.analysis.diagnostics)
        for tf in self.tuple_files:
            out.extend(tf.diagnostics)
            out.extend(self.tuple_validation(tf))
        out.extend(self.workspace_diagnostics)
        return out

    def tuple_validation(self, tf: TupleFile) -> list[Diagnostic]:
        diags = validate_tuples(tf.entries, self.schema)
        if tf.source is not None:
            tf.source.resolve(diags, tf.file)
        json_file = tf.file is not None and tf.file.endswith(".json")
        if json_file:
            for d in diags:
                d.fixes = []  # fixes rewrite tuple text; a JSON file has none
        return diags

    def with_tuples(self, add=(), remove=()) -> "Workspace":
        """A what-if copy: the same schema and files, some tuples added or
        removed. The tuples live in an overlay over this workspace's store
        (which must not change while the copy is in use)."""
        from .overlay import OverlayStore
        store = OverlayStore(self.store, add=[_as_tuple(t) for t in add],
                             remove=[_as_tuple(t) for t in remove])
        return Workspace(self.analysis, self.tuple_files, self.max_depth, self.strict, self.path, self.root,
                         self.tests, self.workspace_source, self.workspace_diagnostics, [], store,
                         inline_schema_anchor=self.inline_schema_anchor)

    # ------------------------------------------------------------ queries

    def check(self, query, max_depth: int | None = None, explain: bool = False,
              strict: bool | None = None) -> CheckResult:
        """Keto's check. `query` is `ns:obj#rel@subject` or a RelationTuple.
        Raises QueryError for a malformed query."""
        t = parse_query(query) if isinstance(query, str) else query
        text = str(t)
        checker = self.checker
        if strict is not None and strict != self.strict:
            checker = Checker(self.schema, self.store, strict=strict, max_depth=self.max_depth)
        strict_mode = checker.strict
        undeclared = self._undeclared_namespace(t)
        if undeclared is not None:
            # Keto's API refuses unknown namespaces before checking: false
            return CheckResult(text, False, "not_member",
                               note=f'namespace "{undeclared}" is not declared: Keto answers false')
        res, tree = checker.check(t.namespace, t.object, t.relation, t.subject, max_depth, trace=explain)
        membership, limitation, error = res
        if strict_mode and membership == UNKNOWN and error is None:
            error = f"{STRICT_UNKNOWN} ({limitation})" if limitation else STRICT_UNKNOWN
        allowed = membership == 1 and error is None
        return CheckResult(text, allowed, NAMES[membership], limitation, error, tree)

    def _undeclared_namespace(self, t: RelationTuple) -> str | None:
        schema = self.schema
        if not schema.namespaces:
            return None  # no schema at all: plain tuple semantics everywhere
        if schema.get(t.namespace) is None:
            return t.namespace
        if isinstance(t.subject, SubjectSet) and schema.get(t.subject.namespace) is None:
            return t.subject.namespace
        return None

    def expand(self, query, mode: str = "rewrites", max_depth: int | None = None) -> dict:
        """Keto's expand tree (docs: keto-semantics §4). mode: "rewrites"
        (through permits) or "tuples" (Keto's default, tuples only)."""
        from .expand import expand
        ss = parse_subject_set_query(query) if isinstance(query, str) else query
        return expand(self.checker, ss, mode=mode, max_depth=max_depth)

    def list(self, namespace=None, object=None, relation=None, subject=None, page_size=None,
             page_token=None):
        """Keto's list with filters and pagination: (tuples, next_page_token)."""
        from .listing import list_tuples
        return list_tuples(self.store, namespace, object, relation, subject, page_size, page_token)

    def list_objects(self, subject, namespace: str, permit: str, max_depth: int | None = None) -> list[str]:
        """Every object of `namespace` on which `subject` has `permit` (each
        confirmed by a check)."""
        from .listing import list_objects
        sub = parse_subject(subject) if isinstance(subject, str) else subject
        return list_objects(self, sub, namespace, permit, max_depth)

    def list_subjects(self, obj, permit: str, max_depth: int | None = None) -> list[str]:
        """Every subject (subject IDs and `ns:id` subject sets) that has
        `permit` on `obj` (each confirmed by a check)."""
        from .listing import list_subjects
        ns, o = parse_object(obj) if isinstance(obj, str) else obj
        return list_subjects(self, ns, o, permit, max_depth)

    # ------------------------------------------------------------ tests

    def run_tests(self, only: str | None = None):
        from .testing import run_tests
        return run_tests(self, only)


def _as_tuple(t) -> RelationTuple:
    return parse_query(t) if isinstance(t, str) else t


# re-exported for callers that build files themselves
__all__ += ["SourceFile", "TupleEntry", "load_tuple_text", "format_subject", "parse_query"]
