"""The files an editor works on, and what each is read with.

A Project holds the open documents (their text as typed, keyed by URI) and
reads the others from disk (or through `reader`). Each document belongs to a
context: a workspace file (`*.opl.yaml`) that names it, or else its folder
(the schema and tuple files next to it, as `opl` treats a directory). The
context gives a tuple file its schema, a schema its tuples and tests, so
that a change in one file shows in the diagnostics of the others.

Everything derived is cached until the next change of any document (one
revision counter); analyses of schema texts are cached by text across
revisions, since typing in one file should not re-analyse the others.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from .. import codes
from ..diagnostics import Diagnostic, Related, Severity, SourceText
from ..opl.analyze import Analysis, analyze
from ..tuples import TupleFile, load_tuple_text
from ..workspace import Workspace, file_kind
from .settings import Settings
from .uris import base_name, normalize, path_to_uri, uri_to_path

__all__ = ["Project", "Context", "Embedded"]

_SKIP_DIRS = {"node_modules", ".git", ".venv", "__pycache__", ".cache", ".hg", ".svn"}
# analyses kept for texts seen recently (the other files of a workspace, undo):
# a few dozen, and only a few megabytes of text (an analysis takes ~100 bytes
# per character of OPL)
_ANALYSES_KEPT = 24
_ANALYSES_CHARS = 2_000_000


def _disk_reader(path: str) -> str:
    with open(path, encoding="utf-8", errors="replace") as fh:
        return fh.read()


def _disk_lister(folder: str) -> list[str]:
    try:
        with os.scandir(folder) as it:
            return [e.name for e in it if e.is_file()]
    except OSError:
        return []


@dataclass(slots=True, eq=False)
class _Doc:
    uri: str
    path: str | None
    kind: str | None
    text: str
    source: SourceText | None = None


@dataclass(slots=True, eq=False)
class Embedded:
    """The inline `schema: |` of a workspace file: line n of the OPL text is
    line first+n of the file, shifted right by indent."""

    first: int
    indent: int
    inner: SourceText
    outer: SourceText

    def to_outer(self, offset: int) -> int:
        p = self.inner.position(offset)
        return self.outer.offset_of(self.first + p.line, p.character + self.indent)

    def to_inner(self, offset: int) -> int | None:
        p = self.outer.position(offset)
        line = p.line - self.first
        if line < 0 or line >= len(self.inner.line_starts):
            return None
        return self.inner.offset_of(line, max(0, p.character - self.indent))


@dataclass(slots=True, eq=False)
class Context:
    """What a document is read with."""

    ws: Workspace | None
    ws_path: str | None  # the workspace file, if the context is one
    schema_path: str | None
    analysis: Analysis  # the schema (an empty one when there is none)
    has_schema: bool
    tuple_paths: list[str] = field(default_factory=list)
    embedded: Embedded | None = None  # the schema is inline in the workspace file

    @property
    def schema(self):
        return self.analysis.schema


class Project:
    def __init__(self, reader=None, lister=None):
        """reader(path) -> text for files that are not open (None: the disk);
        lister(folder) -> file names in it (None with the disk reader: the
        disk; None with a reader of your own: only the open documents)."""
        self._reader = reader or _disk_reader
        self._lister = lister if lister is not None else (_disk_lister if reader is None else None)
        self._docs: dict[str, _Doc] = {}
        self._paths: dict[str, str] = {}  # path → uri of the open document
        self.revision = 0
        self.settings = Settings()
        self.roots: list[str] = []
        self._memo: dict = {}
        self._analyses: OrderedDict = OrderedDict()
        self._analysed_chars = 0
        self._scheme = "file"
        self._good: dict[str, Analysis] = {}  # uri → its last analysis without syntax errors

    # ------------------------------------------------------------ documents

    def set_document(self, uri: str, text: str) -> None:
        path = uri_to_path(uri)
        if "://" in uri:
            self._scheme = uri.split("://", 1)[0]
        doc = self._docs.get(uri)
        if doc is not None and doc.text == text:
            return
        self._docs[uri] = _Doc(uri, path, file_kind(base_name(uri)), text)
        if path is not None:
            self._paths[path] = uri
        self._changed()

    def remove_document(self, uri: str) -> None:
        self._good.pop(uri, None)
        doc = self._docs.pop(uri, None)
        if doc is not None and doc.path is not None and self._paths.get(doc.path) == uri:
            del self._paths[doc.path]
        self._changed()

    def files_changed(self) -> None:
        """Files on disk changed (the editor said so): read them again."""
        self._changed()

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        self._changed()

    def add_root(self, folder: str) -> None:
        """A folder whose files workspace symbols and rename should know."""
        folder = normalize(folder)
        if folder not in self.roots:
            self.roots.append(folder)
            self._changed()

    def _changed(self) -> None:
        self.revision += 1
        self._memo.clear()

    def is_open(self, uri: str) -> bool:
        return uri in self._docs

    @property
    def open_uris(self) -> list[str]:
        return list(self._docs)

    def kind(self, uri: str) -> str | None:
        doc = self._docs.get(uri)
        return doc.kind if doc is not None else file_kind(base_name(uri))

    def text(self, uri: str) -> str | None:
        doc = self._docs.get(uri)
        if doc is not None:
            return doc.text
        path = uri_to_path(uri)
        if path is None:
            return None
        try:
            return self.read(path)
        except OSError:
            return None

    def source(self, uri: str) -> SourceText | None:
        doc = self._docs.get(uri)
        if doc is not None:
            if doc.source is None:
                doc.source = SourceText(doc.text)
            return doc.source
        return self._memoize(("source", uri), lambda: _source_or_none(self.text(uri)))

    def path_of(self, uri: str) -> str | None:
        doc = self._docs.get(uri)
        return doc.path if doc is not None else uri_to_path(uri)

    def uri_of(self, path: str) -> str:
        path = normalize(path)
        return self._paths.get(path) or path_to_uri(path, self._scheme)

    def read(self, path: str) -> str:
        """A file's text: the open document's, else the reader's (OSError if
        it cannot be read)."""
        path = normalize(path)
        uri = self._paths.get(path)
        if uri is not None:
            return self._docs[uri].text
        key = ("read", path)
        if key in self._memo:
            hit = self._memo[key]
            if isinstance(hit, OSError):
                raise hit
            return hit
        try:
            text = self._reader(path)
        except OSError as e:
            self._memo[key] = e
            raise
        except Exception as e:  # a reader of the embedding application failing otherwise
            err = OSError(str(e))
            self._memo[key] = err
            raise err from None
        self._memo[key] = text
        return text

    def exists(self, path: str) -> bool:
        try:
            self.read(path)
            return True
        except OSError:
            return False

    def list_folder(self, folder: str) -> list[str]:
        """Paths of the files in a folder: open documents and, with a lister,
        the files there."""
        folder = normalize(folder)

        def compute():
            names = set()
            for p in self._paths:
                if posix_dir(p) == folder:
                    names.add(p.rsplit("/", 1)[-1])
            if self._lister is not None:
                try:
                    names.update(self._lister(folder))
                except OSError:
                    pass
            return sorted(f"{folder.rstrip('/')}/{n}" for n in names)
        return self._memoize(("list", folder), compute)

    def known_files(self, limit: int = 2000) -> list[str]:
        """Paths of every file of a known kind: open documents, files under
        the roots, and the files of their workspaces."""
        def compute():
            found = dict.fromkeys(p for p in self._paths if file_kind(p.rsplit("/", 1)[-1]))
            for root in self.roots:
                for p in self._walk(root, limit):
                    found.setdefault(p)
            return list(found)[:limit]
        return self._memoize(("known",), compute)

    def _walk(self, root: str, limit: int):
        if self._lister is not _disk_lister:
            for p in self._paths:
                if p.startswith(root.rstrip("/") + "/"):
                    yield p
            return
        count = 0
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS and not d.startswith("."))
            for n in sorted(filenames):
                if file_kind(n):
                    count += 1
                    if count > limit:
                        return
                    yield normalize(os.path.join(dirpath, n))

    def _memoize(self, key, compute):
        try:
            return self._memo[key]
        except KeyError:
            value = compute()
            self._memo[key] = value
            return value

    # ------------------------------------------------------------ analyses

    def analysis_for(self, path: str | None, text: str) -> Analysis:
        """The analysis of a schema text (cached by file and text)."""
        key = (path, text)
        hit = self._analyses.get(key)
        if hit is not None:
            self._analyses.move_to_end(key)
            return hit
        a = analyze(text, path)
        self._analyses[key] = a
        self._analysed_chars += len(text)
        while len(self._analyses) > 1 and (len(self._analyses) > _ANALYSES_KEPT
                                           or self._analysed_chars > _ANALYSES_CHARS):
            (_, old), _ = self._analyses.popitem(last=False)
            self._analysed_chars -= len(old)
        return a

    def analysis(self, uri: str) -> Analysis | None:
        """The analysis of a schema document."""
        if self.kind(uri) != "schema":
            return None
        text = self.text(uri)
        if text is None:
            return None
        a = self.analysis_for(self.path_of(uri), text)
        if a.ok:
            self._good[uri] = a
        return a

    def last_good(self, uri: str) -> Analysis | None:
        """The last analysis of this document that had no syntax error (what
        completion falls back on while a class is half written)."""
        return self._good.get(uri)

    def schema_analysis(self, path: str) -> Analysis | None:
        try:
            text = self.read(path)
        except OSError:
            return None
        return self.analysis_for(path, text)

    def tuple_file(self, path: str) -> TupleFile | None:
        def compute():
            try:
                text = self.read(path)
            except OSError:
                return None
            return _load_tuples(text, path)
        return self._memoize(("tuples", normalize(path)), compute)

    def read_workspace(self, path: str):
        """(Workspace or None, the workspace file's diagnostics)."""
        path = normalize(path)
        return self._memoize(("ws", path), lambda: self._read_workspace(path))

    def _read_workspace(self, path: str):
        from ..workspace_file import read_workspace
        try:
            text = self.read(path)
        except OSError:
            return None, []
        from .workspace_refs import scan_workspace
        folder = posix_dir(path)
        named = [normalize(f.value.text if f.value.text.startswith("/") else f"{folder}/{f.value.text}")
                 for f in scan_workspace(text).fields if f.key == "schema_file"]
        schema: dict = {}

        def reader(p) -> str:
            p = normalize(str(p))
            t = self.read(p)
            if p in named[:1] and not schema:
                # the schema is analysed below, through the project's cache
                # (the editor's document of it is analysed already)
                schema["path"], schema["text"] = p, t
                return ""
            return t
        try:
            ws, diags = read_workspace(text, PurePosixPath(path), reader)
        except RecursionError:
            return None, [_whole_file(path, text, codes.WORKSPACE_YAML,
                                      "the file is nested too deeply to be read")]
        if ws is not None and schema:
            ws.analysis = self.analysis_for(schema["path"], schema["text"])
            ws.invalidate()
        return ws, diags

    # ------------------------------------------------------------ contexts

    def context(self, uri: str) -> Context:
        return self._memoize(("ctx", uri), lambda: self._context(uri))

    def _context(self, uri: str) -> Context:
        kind = self.kind(uri)
        path = self.path_of(uri)
        empty = self.analysis_for(None, "")
        if kind == "workspace":
            if path is None:
                return Context(None, None, None, empty, False)
            ws, _ = self.read_workspace(path)
            if ws is None:
                return Context(None, path, None, empty, False)
            return self._ws_context(ws, path)
        if path is None:  # an unsaved document: only itself
            if kind == "schema":
                a = self.analysis(uri)
                return Context(Workspace(a, []), None, None, a, True)
            tf = _load_tuples(self.text(uri) or "", base_name(uri))
            return Context(Workspace(empty, [tf]), None, None, empty, False)
        folder = posix_dir(path)
        for wp in self._workspace_candidates(folder):
            ws, _ = self.read_workspace(wp)
            if ws is None:
                continue
            if kind == "schema" and ws.analysis.file == path:
                return self._ws_context(ws, wp)
            if kind == "tuples" and any(tf.file == path for tf in ws.tuple_files):
                return self._ws_context(ws, wp)
        files = self.list_folder(folder)
        schemas = [p for p in files if file_kind(p.rsplit("/", 1)[-1]) == "schema"]
        tuples = [p for p in files if file_kind(p.rsplit("/", 1)[-1]) == "tuples"]
        if kind == "schema":
            a = self.schema_analysis(path) or empty
            tfs = [tf for tf in (self.tuple_file(p) for p in tuples) if tf is not None]
            return Context(Workspace(a, tfs, root=folder), None, path, a, True, tuples)
        # a tuple file outside any workspace: the folder's workspace file's
        # schema, or the folder's schema file (as `opl validate` does)
        tf = self.tuple_file(path)
        own = [tf] if tf is not None else []
        for wp in [p for p in files if file_kind(p.rsplit("/", 1)[-1]) == "workspace"]:
            ws, _ = self.read_workspace(wp)
            if ws is not None and ws.analysis.file is not None:
                # the workspace's tuples too: they name the objects and subjects
                tfs = [t for t in ws.tuple_files if t.file != path] + own
                return Context(Workspace(ws.analysis, tfs, root=folder), None, ws.analysis.file, ws.analysis,
                               True, [t.file for t in tfs if t.file])
        if schemas:
            a = self.schema_analysis(schemas[0]) or empty
            tfs = [t for t in (self.tuple_file(p) for p in tuples) if t is not None]
            return Context(Workspace(a, tfs, root=folder), None, schemas[0], a, True, tuples)
        return Context(Workspace(empty, own, root=folder), None, None, empty, False, [path])

    def _ws_context(self, ws: Workspace, ws_path: str) -> Context:
        file = ws.analysis.file
        embedded = None
        if file == ws_path:
            embedded = self._embedded(ws_path, ws.analysis)
        return Context(ws, ws_path, file, ws.analysis, file is not None,
                       [tf.file for tf in ws.tuple_files if tf.file and tf.file != ws_path], embedded)

    def _embedded(self, ws_path: str, analysis: Analysis) -> Embedded | None:
        from .workspace_refs import scan_workspace
        try:
            text = self.read(ws_path)
        except OSError:
            return None
        block = scan_workspace(text).schema_block
        if block is None:
            return None
        first, _last, indent = block
        return Embedded(first, max(indent, 0), analysis.source, SourceText(text))

    def _workspace_candidates(self, folder: str) -> list[str]:
        """Workspace files that may name a file of this folder: the folder's
        own, the open ones, those under the roots."""
        out = [p for p in self.list_folder(folder) if file_kind(p.rsplit("/", 1)[-1]) == "workspace"]
        out += [p for p in self._paths if file_kind(p.rsplit("/", 1)[-1]) == "workspace"]
        return list(dict.fromkeys(out))

    def family(self, uri: str) -> list[str]:
        """The URIs of every file that shares this document's schema: the
        schema, the tuple files and the workspace files that use it."""
        def compute():
            ctx = self.context(uri)
            paths: dict[str, None] = {}
            own = self.path_of(uri)
            if own is not None:
                paths[own] = None
            if ctx.schema_path:
                paths[ctx.schema_path] = None
            if ctx.ws_path:
                paths[ctx.ws_path] = None
            for p in ctx.tuple_paths:
                paths[p] = None
            folders = {posix_dir(p) for p in paths}
            candidates = [p for f in folders for p in self._workspace_candidates(f)]
            candidates += [p for p in self.known_files() if file_kind(p.rsplit("/", 1)[-1]) == "workspace"]
            for wp in dict.fromkeys(candidates):
                ws, _ = self.read_workspace(wp)
                if ws is not None and ctx.schema_path and ws.analysis.file == ctx.schema_path:
                    paths[wp] = None
                    for tf in ws.tuple_files:
                        if tf.file:
                            paths[tf.file] = None
            if ctx.ws is not None and ctx.schema_path and ctx.ws_path is None:
                for p in self.list_folder(posix_dir(ctx.schema_path)):
                    if file_kind(p.rsplit("/", 1)[-1]) == "tuples":
                        paths[p] = None
            out = [self.uri_of(p) for p in paths]
            if own is None:
                out.insert(0, uri)
            return list(dict.fromkeys(out))
        return self._memoize(("family", uri), compute)

    # ------------------------------------------------------------ diagnostics

    def diagnostics(self, uri: str) -> list[Diagnostic]:
        """Every diagnostic of a document, its range filled in; fixes' edits
        are offsets in this document."""
        return self._memoize(("diag", uri), lambda: self._filtered(self._diagnostics(uri)))

    def _filtered(self, diags: list[Diagnostic]) -> list[Diagnostic]:
        off = self.settings.disabled
        if not off:
            return diags
        return [d for d in diags if d.code not in off]

    def _diagnostics(self, uri: str) -> list[Diagnostic]:
        kind = self.kind(uri)
        if kind == "schema":
            a = self.analysis(uri)
            return list(a.diagnostics) if a is not None else []
        if kind == "tuples":
            return self._tuple_diagnostics(uri)
        if kind == "workspace":
            return self._workspace_diagnostics(uri)
        return []

    def _tuple_diagnostics(self, uri: str) -> list[Diagnostic]:
        from ..tuple_validation import validate_tuples
        path = self.path_of(uri)
        tf = self.tuple_file(path) if path is not None else _load_tuples(self.text(uri) or "", base_name(uri))
        if tf is None:
            return []
        out = list(tf.diagnostics)
        ctx = self.context(uri)
        if ctx.has_schema and tf.source is not None:
            found = validate_tuples(tf.entries, ctx.schema)
            tf.source.resolve(found, tf.file)
            if (tf.file or "").endswith(".json"):
                for d in found:
                    d.fixes = []  # the fixes rewrite tuple text
            out.extend(found)
        return out

    def _workspace_diagnostics(self, uri: str) -> list[Diagnostic]:
        path = self.path_of(uri)
        if path is None:
            return []
        ws, diags = self.read_workspace(path)
        out = list(diags)
        if ws is None:
            return out
        ctx = self.context(uri)
        source = self.source(uri)
        if ctx.embedded is not None:
            out.extend(ws.analysis.diagnostics)  # the engine moved them onto this file
        elif ws.analysis.file is not None and not ws.analysis.ok:
            out.append(self._schema_errors_here(uri, ws))
        for tf in ws.tuple_files:
            if tf.file == path:
                out.extend(tf.diagnostics)
                out.extend(ws.tuple_validation(tf))
        if self.settings.test_diagnostics and ws.tests and source is not None:
            out.extend(self._test_diagnostics(ws, source, path))
        out.sort(key=lambda d: (d.start, d.end))
        return out

    def _schema_errors_here(self, uri: str, ws: Workspace) -> Diagnostic:
        from .workspace_refs import scan_workspace
        source = self.source(uri)
        refs = scan_workspace(source.text)
        at = next((f.value for f in refs.fields if f.key == "schema_file"), None)
        start, end = (at.start, at.end) if at is not None else (0, 0)
        errors = ws.analysis.errors
        first = errors[0]
        line = first.range.start.line + 1 if first.range else 1
        d = Diagnostic(start, end, codes.WORKSPACE_SCHEMA,
                       f"the schema has {len(errors)} error{'s' if len(errors) != 1 else ''} (Keto would not "
                       f"load it); the first, on line {line}: {first.message}", Severity.ERROR,
                       related=[Related(first.message, first.start, first.end, ws.analysis.file)])
        d.range = source.range(start, end)
        d.file = self.path_of(uri)
        return d

    def test_report(self, ws_path: str):
        """The outcome of a workspace file's tests (None when its schema has
        errors: Keto would not load it, `opl test` stops)."""
        def compute():
            ws, _ = self.read_workspace(ws_path)
            if ws is None or not ws.analysis.ok:
                return None
            from ..testing import run_tests
            try:
                return run_tests(ws)
            except RecursionError:
                return None
        return self._memoize(("tests", normalize(ws_path)), compute)

    def _test_diagnostics(self, ws: Workspace, source: SourceText, path: str) -> list[Diagnostic]:
        if not ws.analysis.ok:
            return []
        report = self.test_report(path)
        if report is None:
            return []
        out = []
        for outcome in report.outcomes:
            for a in outcome.assertions:
                if a.passed or a.assertion.problem:
                    continue  # a malformed assertion is reported where it was read
                start, end = line_content(source, a.assertion.line)
                code = codes.TEST_ERROR if a.error else codes.TEST_FAILED
                message = assertion_message(outcome.case.name, a)
                d = Diagnostic(start, end, code, message, Severity.ERROR)
                d.range = source.range(start, end)
                d.file = path
                out.append(d)
        return out


def assertion_message(test: str, a) -> str:
    kind = a.assertion.kind
    if a.error:
        return f"test {test!r}: {kind} {a.assertion.query} failed: {a.error}"
    expected = a.assertion.expected
    actual = a.actual
    if isinstance(expected, (list, tuple)):
        expected = "[" + ", ".join(map(str, expected)) + "]"
    if isinstance(actual, (list, tuple)):
        actual = "[" + ", ".join(map(str, actual)) + "]"
    msg = f"test {test!r}: {kind} {a.assertion.query} is {actual}, expected {expected}"
    r = a.check
    if r is not None:
        why = r.error or r.note or (r.limitation and f"unknown: {r.limitation}")
        if why:
            msg += f" ({why})"
    return msg


def line_content(source: SourceText, line: int) -> tuple[int, int]:
    """The offsets of a line's text without its indentation, `- ` and
    trailing comment."""
    text = source.line_text(line)
    start = source.offset_of(line, 0)
    body = text.rstrip()
    lead = len(body) - len(body.lstrip())
    if body[lead:lead + 2] == "- ":
        lead += 2
    return start + lead, start + max(lead, len(body))


def posix_dir(path: str) -> str:
    head = path.rsplit("/", 1)[0] if "/" in path else "."
    return head or "/"


def _load_tuples(text: str, path: str | None) -> TupleFile:
    try:
        return load_tuple_text(text, path)
    except RecursionError:  # JSON nested deeper than the decoder goes
        tf = TupleFile(text, path)
        tf.source = SourceText(text)
        tf.diagnostics.append(_whole_file(path, text, codes.TUPLE_JSON, "the JSON is nested too deeply to be read"))
        return tf


def _source_or_none(text: str | None) -> SourceText | None:
    return SourceText(text) if text is not None else None


def _whole_file(path: str, text: str, code: str, message: str) -> Diagnostic:
    d = Diagnostic(0, min(len(text), 1), code, message, Severity.ERROR)
    d.range = SourceText(text).range(d.start, d.end)
    d.file = path
    return d


