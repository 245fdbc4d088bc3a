"""Reading workspaces: `*.opl.yaml` files and plain directories.

    schema_file: namespaces.keto.ts     # or `schema: |` with inline OPL
    tuple_files: [drive.tuples]         # or `tuples:` a list or a block of lines
    max_depth: 5                        # optional, Keto's default
    strict: false                       # optional, Keto strict mode
    tests: [...]                        # see testing.py

`read_workspace` never raises: problems are diagnostics on the workspace
file's lines (the language server shows them). `load_workspace` raises
WorkspaceError on the first problem that makes the workspace unusable (the
CLI prints it as one line and exits with 2).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import codes, limits, yamlpos
from .diagnostics import Diagnostic, Severity, SourceText
from .opl.analyze import analyze
from .tuples import TupleFile, load_tuple_text, parse_tuple_text
from .workspace import (SCHEMA_SUFFIXES, TUPLE_SUFFIXES, WORKSPACE_SUFFIX, Workspace, WorkspaceError,
                        file_kind)

__all__ = ["read_workspace", "load_workspace", "find_workspace_file", "Reader"]

Reader = Callable[[Path], str]

_KNOWN_KEYS = {"schema_file", "schema", "tuple_files", "tuples", "max_depth", "strict", "tests", "name",
               "description"}


def _read_file(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def find_workspace_file(directory: Path) -> Path | None:
    found = sorted(p for p in directory.iterdir() if p.is_file() and file_kind(p.name) == "workspace")
    return found[0] if found else None


def load_workspace(path: Path, reader: Reader = _read_file) -> Workspace:
    if not path.exists():
        raise WorkspaceError("no such file or directory", str(path))
    if path.is_dir():
        wf = find_workspace_file(path)
        if wf is None:
            return _directory_workspace(path, reader)
        path = wf
    try:
        text = reader(path)
    except OSError as e:
        raise WorkspaceError(f"cannot read: {e.strerror or e}", str(path)) from None
    ws, diags = read_workspace(text, path, reader)
    fatal = [d for d in diags if d.severity is Severity.ERROR and d.code in (codes.WORKSPACE_YAML, codes.WORKSPACE_FILE)]
    if fatal or ws is None:
        d = (fatal or diags)[0]
        raise WorkspaceError(d.message, d.file or str(path), d.range.start.line if d.range else None)
    return ws


def _directory_workspace(directory: Path, reader: Reader) -> Workspace:
    files = sorted(p for p in directory.iterdir() if p.is_file())
    schemas = [p for p in files if file_kind(p.name) == "schema"]
    tuple_paths = [p for p in files if file_kind(p.name) == "tuples"]
    if not schemas and not tuple_paths:
        raise WorkspaceError(f"no {WORKSPACE_SUFFIX}, schema ({', '.join(SCHEMA_SUFFIXES)}) or tuple "
                             f"({', '.join(TUPLE_SUFFIXES)}) files here", str(directory))
    schema_text, schema_file = "", None
    if schemas:
        schema_file = str(schemas[0])
        schema_text = _read(reader, schemas[0])
    tuple_files = [load_tuple_text(_read(reader, p), str(p)) for p in tuple_paths]
    ws = Workspace(analyze(schema_text, schema_file), tuple_files, root=str(directory))
    if len(schemas) > 1:
        ws.workspace_diagnostics.append(Diagnostic(
            0, 0, codes.WORKSPACE_FILE,
            f"several schema files in {directory}: using {schemas[0].name} (add a {WORKSPACE_SUFFIX} "
            "file to choose)", Severity.WARNING, file=str(schemas[1])))
    return ws


def _read(reader: Reader, path: Path) -> str:
    try:
        return reader(path)
    except OSError as e:
        raise WorkspaceError(f"cannot read: {e.strerror or e}", str(path)) from None


def read_workspace(text: str, path: Path | None, reader: Reader = _read_file):
    """(Workspace or None, diagnostics of the workspace file)."""
    from .testing import parse_tests

    file = str(path) if path is not None else None
    source = SourceText(text)
    diags: list[Diagnostic] = []
    root = path.parent if path is not None else Path(".")

    def at(mark, code, message, severity=Severity.ERROR):
        if mark is None:
            start = end = 0
        else:
            start = source.offset_of(mark[0], mark[1])
            end = source.offset_of(mark[2], mark[3]) if len(mark) > 2 else start
        d = Diagnostic(start, end, code, message, severity, file=file)
        d.range = source.range(start, end)
        diags.append(d)
        return d

    try:
        data = yamlpos.load(text)
    except yamlpos.YAMLError as e:
        at((e.line, e.column, e.line, e.column + 1), codes.WORKSPACE_YAML, str(e))
        return None, diags
    if data is None:
        data = yamlpos.YMap()
    if not isinstance(data, yamlpos.YMap):
        at(getattr(data, "mark", None), codes.WORKSPACE_YAML,
           "a workspace file is a YAML mapping (schema_file, tuple_files, tests, …)")
        return None, diags
    for key in data:
        if key not in _KNOWN_KEYS:
            at(data.key_marks[key], codes.WORKSPACE_YAML,
               f"unknown key {key!r} (expected one of {', '.join(sorted(_KNOWN_KEYS))})", Severity.WARNING)

    # schema
    schema_text, schema_file = "", None
    if "schema_file" in data and "schema" in data:
        at(data.key_marks["schema"], codes.WORKSPACE_YAML, "give either schema_file or schema, not both")
    if "schema_file" in data:
        name = data["schema_file"]
        if not isinstance(name, str):
            at(data.value_marks["schema_file"], codes.WORKSPACE_YAML, "schema_file must be a path")
        else:
            p = root / name
            try:
                schema_text = reader(p)
                schema_file = str(p)
            except OSError as e:
                at(data.value_marks["schema_file"], codes.WORKSPACE_FILE,
                   f"cannot read schema file {name}: {e.strerror or e}")
    elif "schema" in data:
        if not isinstance(data["schema"], str):
            at(data.value_marks["schema"], codes.WORKSPACE_YAML, "schema must be OPL text (use `schema: |`)")
        else:
            schema_text = data["schema"]
            schema_file = file
    analysis = analyze(schema_text, schema_file)
    inline_anchor = None
    if "schema" in data and isinstance(data["schema"], str) and "schema_file" not in data:
        # inline OPL: report its problems on the workspace file's lines
        inline_anchor = _relocate_inline(analysis, data, text, source, file)

    # tuples
    tuple_files: list[TupleFile] = []
    if "tuple_files" in data:
        names = data["tuple_files"]
        if isinstance(names, str):
            names = [names]
            marks = [data.value_marks["tuple_files"]]
        elif isinstance(names, list):
            marks = getattr(names, "item_marks", [data.value_marks["tuple_files"]] * len(names))
        else:
            at(data.value_marks["tuple_files"], codes.WORKSPACE_YAML, "tuple_files must be a list of paths")
            names, marks = [], []
        for name, mark in zip(names, marks):
            if not isinstance(name, str):
                at(mark, codes.WORKSPACE_YAML, "a tuple file must be a path")
                continue
            p = root / name
            try:
                tuple_files.append(load_tuple_text(reader(p), str(p)))
            except OSError as e:
                at(mark, codes.WORKSPACE_FILE, f"cannot read tuple file {name}: {e.strerror or e}")
    if "tuples" in data:
        tf = _inline_tuples(data, text, source, file, at)
        if tf is not None:
            tuple_files.append(tf)

    # settings
    max_depth = limits.DEFAULT_MAX_DEPTH
    if "max_depth" in data:
        v = data["max_depth"]
        if isinstance(v, bool) or not isinstance(v, int) or v <= 0:
            at(data.value_marks["max_depth"], codes.WORKSPACE_YAML, "max_depth must be a positive integer")
        else:
            max_depth = v
    strict = False
    if "strict" in data:
        v = data["strict"]
        if not isinstance(v, bool):
            at(data.value_marks["strict"], codes.WORKSPACE_YAML, "strict must be true or false")
        else:
            strict = v

    ws = Workspace(analysis, tuple_files, max_depth=max_depth, strict=strict, path=file, root=str(root),
                   workspace_source=source)
    ws.inline_schema_anchor = inline_anchor
    if "tests" in data:
        ws.tests = parse_tests(data["tests"], data.value_marks["tests"], at)
    ws.workspace_diagnostics = diags
    return ws, diags


def _block_anchor(text: str, mark) -> tuple[int, int]:
    """Where a block scalar's content sits in the file: (first line, indent).
    YAML strips the block's common indentation; line n of the value is line
    first+n of the file."""
    lines = text.splitlines()
    start_line = mark[0]
    if start_line < len(lines) and lines[start_line].rstrip().endswith(("|", "|-", "|+", ">", ">-", ">+")):
        start_line += 1
    indent = 0
    for ln in lines[start_line:]:
        if ln.strip():
            indent = len(ln) - len(ln.lstrip())
            break
    return start_line, indent


def _mover(inner: SourceText, outer: SourceText, anchor: tuple[int, int]):
    line0, indent = anchor

    def move(offset: int) -> int:
        p = inner.position(offset)
        return outer.offset_of(line0 + p.line, p.character + indent)
    return move


def _inline_tuples(data, text, source, file, at):
    value = data["tuples"]
    mark = data.value_marks["tuples"]
    if isinstance(value, str):
        tf = parse_tuple_text(value, file)
        move = _mover(tf.source, source, _block_anchor(text, mark))
        tf.entries[:] = [e._replace(start=move(e.start), end=move(e.end), line=source.position(move(e.start)).line)
                         for e in tf.entries]
        for d in tf.diagnostics:
            d.start, d.end = move(d.start), move(d.end)
        tf.text = text
        tf.source = source
        source.resolve(tf.diagnostics, file)
        return tf
    if isinstance(value, list):
        marks = getattr(value, "item_marks", [mark] * len(value))
        tf = TupleFile(text, file)
        tf.source = source
        from .tuples import TupleEntry, TupleSyntaxError, parse_tuple
        for item, m in zip(value, marks):
            start = source.offset_of(m[0], m[1])
            end = source.offset_of(m[2], m[3])
            if not isinstance(item, str):
                at(m, codes.TUPLE_SYNTAX, "a tuple must be a string like ns:object#relation@subject")
                continue
            try:
                tf.entries.append(TupleEntry(parse_tuple(item.strip()), start, end, m[0]))
            except TupleSyntaxError as e:
                at(m, codes.TUPLE_SYNTAX, str(e))
        return tf
    at(mark, codes.WORKSPACE_YAML, "tuples must be a list of tuple strings or a block of lines")
    return None


def _relocate_inline(analysis, data, text, source, file) -> tuple[int, int]:
    """Diagnostics of an inline `schema: |` block — their ranges, fixes and
    related places — moved onto the workspace file's lines. Returns the
    block's anchor (first line, indent)."""
    from .diagnostics import Fix, Related, TextEdit

    anchor = _block_anchor(text, data.value_marks["schema"])
    move = _mover(analysis.source, source, anchor)
    for d in analysis.diagnostics:
        d.start, d.end = move(d.start), move(d.end)
        d.range = source.range(d.start, d.end)
        d.file = file
        d.fixes = [Fix(f.title, tuple(TextEdit(move(e.start), move(e.end), e.new_text) for e in f.edits),
                       f.preferred) for f in d.fixes]
        d.related = [Related(r.message, move(r.start), move(r.end), r.file) if r.file is None else r
                     for r in d.related]
    return anchor
