"""Reading a workspace for the playground without ever raising.

`load_snapshot` turns the `opl play` argument into a `Snapshot`: the engine's
Workspace plus everything read from disk (to notice later edits), and every
problem to show. A missing workspace, bad YAML or unreadable files give an
empty workspace with the problem attached, so the app opens anyway.

`reload_snapshot` re-reads after files changed on disk. When only the schema
or tuple files changed it keeps the tuple store the app already holds and
reports which tuples appeared or disappeared on disk: re-reading a schema next
to 120k tuples must not rebuild the store.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from engine.diagnostics import Diagnostic, Severity
from engine.opl.analyze import analyze
from engine.store import MemoryStore
from engine.tuples import RelationTuple, TupleFile, load_tuple_text
from engine.workspace import Workspace, WorkspaceError, file_kind

__all__ = ["Problem", "Snapshot", "load_snapshot", "reload_snapshot", "resolve_target", "read_text",
           "validation_problems", "add_problems"]


@dataclass(slots=True)
class Problem:
    """One line of the problems panel: a diagnostic, or a load error."""

    severity: Severity
    message: str
    file: str | None = None
    line: int | None = None  # 0-based
    column: int | None = None
    code: str = ""
    start: int | None = None  # offsets in the file, when known
    end: int | None = None
    kind: str = "workspace"  # schema | tuples | workspace

    @classmethod
    def from_diagnostic(cls, d: Diagnostic, kind: str) -> "Problem":
        line = d.range.start.line if d.range else None
        col = d.range.start.character if d.range else None
        return cls(d.severity, d.message, d.file, line, col, d.code, d.start, d.end, kind)

    def location(self, root: str | None = None) -> str:
        name = _short(self.file, root) if self.file else "<workspace>"
        if self.line is None:
            return name
        return f"{name}:{self.line + 1}:{(self.column or 0) + 1}"


def _short(path: str, root: str | None) -> str:
    if root:
        try:
            return os.path.relpath(path, root)
        except ValueError:
            pass
    return path


@dataclass(slots=True, eq=False)
class Snapshot:
    """What one load read: the workspace and the files behind it."""

    ws: Workspace
    target: Path
    texts: dict[str, str] = field(default_factory=dict)  # every file read, by path
    error: str | None = None  # the workspace could not be read as a whole
    problems: list[Problem] = field(default_factory=list)
    schema_diagnostics: list[Diagnostic] = field(default_factory=list)  # offsets in schema_text
    # set by reload_snapshot when the previous store is kept
    disk_added: list[RelationTuple] = field(default_factory=list)
    disk_removed: list[RelationTuple] = field(default_factory=list)
    store_reused: bool = False
    rows: object = None  # the tuples table's rows (tuple_rows.TupleRows), built with the load
    validated: bool = False  # validation_problems() are in `problems`

    @property
    def root(self) -> Path:
        return Path(self.ws.root) if self.ws.root else (self.target if self.target.is_dir() else self.target.parent)

    @property
    def workspace_file(self) -> str | None:
        return self.ws.path

    @property
    def schema_file(self) -> str | None:
        return self.ws.analysis.file

    @property
    def schema_text(self) -> str:
        return self.ws.analysis.text

    @property
    def schema_inline(self) -> bool:
        return self.ws.path is not None and self.ws.analysis.file == self.ws.path

    @property
    def display_name(self) -> str:
        """A short, stable name: the workspace's folder and file."""
        p = Path(os.path.abspath(self.ws.path if self.ws.path else self.target))
        if p.is_dir() or not p.suffix:
            return p.name or str(p)
        return f"{p.parent.name}/{p.name}" if p.parent.name else p.name

    def watched_files(self) -> set[str]:
        """The files whose change means a reload (absolute paths)."""
        files = {os.path.abspath(p) for p in self.texts}
        if self.ws.path:
            files.add(os.path.abspath(self.ws.path))
        return files

    def is_relevant(self, path: str) -> bool:
        """Does a change to this path concern the workspace?"""
        path = os.path.abspath(path)
        if path in self.watched_files():
            return True
        if self.error is not None and (path == os.path.abspath(self.target)
                                       or path.startswith(os.path.abspath(self.target) + os.sep)):
            return True  # the missing workspace (or something in it) appeared
        if self.ws.path is None or self.error is not None:
            # a directory workspace (or none yet): any schema, tuple or workspace file counts
            return file_kind(os.path.basename(path)) is not None and \
                os.path.dirname(path) == os.path.abspath(self.root)
        return False


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def resolve_target(arg: str | None) -> Path:
    """The path `opl play [WORKSPACE]` works on: the argument or the current directory."""
    return Path(arg) if arg else Path(".")


def _recording_reader(texts: dict[str, str]):
    def reader(path: Path) -> str:
        text = read_text(path)
        texts[str(path)] = text
        return text
    return reader


def _empty(target: Path) -> Workspace:
    ws = Workspace.from_text("")
    ws.root = str(target if target.is_dir() else target.parent)
    return ws


def load_snapshot(target: Path) -> Snapshot:
    """Read the workspace at `target`; never raises."""
    texts: dict[str, str] = {}
    reader = _recording_reader(texts)
    error = None
    ws: Workspace | None = None
    try:
        ws = _load(target, reader)
    except WorkspaceError as e:
        error = str(e)
    except (OSError, UnicodeError, ValueError, RecursionError) as e:  # never let a bad file stop the app
        error = f"{target}: {e}"
    if ws is None:
        ws = _empty(target)
    snap = Snapshot(ws, target, texts, error)
    _collect_problems(snap)
    return snap


def _load(target: Path, reader) -> Workspace | None:
    from engine.workspace_file import find_workspace_file, load_workspace, read_workspace

    if not target.exists():
        raise WorkspaceError("no such file or directory", str(target))
    path = target
    if target.is_dir():
        found = find_workspace_file(target)
        if found is None:
            return load_workspace(target, reader)
        path = found
    if file_kind(path.name) == "workspace":
        text = reader(path)
        ws, diags = read_workspace(text, path, reader)
        if ws is None:  # bad YAML: an empty workspace carrying the problems
            ws = _empty(path)
            ws.path = str(path)
            ws.workspace_diagnostics = diags
        return ws
    if file_kind(path.name) == "schema":
        return Workspace(analyze(reader(path), str(path)), [], root=str(path.parent))
    if file_kind(path.name) == "tuples":
        return Workspace(analyze(""), [load_tuple_text(reader(path), str(path))], root=str(path.parent))
    raise WorkspaceError("not a workspace (.opl.yaml), schema (.opl, .keto.ts) or tuple "
                         "(.tuples, .tuples.json) file, nor a directory", str(path))


def _sort(problems: list[Problem]) -> None:
    problems.sort(key=lambda p: (p.severity.rank, p.file or "", p.line or 0, p.column or 0))


def _collect_problems(snap: Snapshot) -> None:
    """The problems known once the files are read; tuple validation (a pass
    over every tuple) comes later, from validation_problems()."""
    ws = snap.ws
    problems: list[Problem] = []
    if snap.error:
        problems.append(Problem(Severity.ERROR, snap.error, None, kind="workspace"))
    if snap.schema_inline:
        # the engine moved inline-schema diagnostics onto the YAML lines; the
        # schema view shows the OPL text alone, so it needs them in OPL offsets
        snap.schema_diagnostics = analyze(ws.analysis.text, None).diagnostics
        moved = ws.analysis.diagnostics
        same = len(moved) == len(snap.schema_diagnostics) and all(
            a.code == b.code for a, b in zip(moved, snap.schema_diagnostics))
        for i, d in enumerate(moved):
            p = Problem.from_diagnostic(d, "workspace")
            if same:  # located on the workspace file's lines, shown in the schema view
                p.kind, p.start, p.end = "schema", snap.schema_diagnostics[i].start, snap.schema_diagnostics[i].end
            problems.append(p)
    else:
        snap.schema_diagnostics = list(ws.analysis.diagnostics)
        problems.extend(Problem.from_diagnostic(d, "schema") for d in ws.analysis.diagnostics)
    for tf in ws.tuple_files:
        kind = "workspace" if tf.file is not None and tf.file == ws.path else "tuples"
        problems.extend(Problem.from_diagnostic(d, kind) for d in tf.diagnostics)
    problems.extend(Problem.from_diagnostic(d, "workspace") for d in ws.workspace_diagnostics)
    _sort(problems)
    snap.problems = problems


def validation_problems(snap: Snapshot) -> list[Problem]:
    """What the engine says about each tuple against the schema (undeclared
    namespaces, relations, subject types). Never raises."""
    ws = snap.ws
    out: list[Problem] = []
    for tf in ws.tuple_files:
        kind = "workspace" if tf.file is not None and tf.file == ws.path else "tuples"
        try:
            validation = ws.tuple_validation(tf)
        except Exception as e:  # validation is advice: its failure must not hide the file
            out.append(Problem(Severity.WARNING, f"tuple validation failed: {e}", tf.file, kind=kind))
            continue
        out.extend(Problem.from_diagnostic(d, kind) for d in validation)
    return out


def add_problems(snap: Snapshot, more: list[Problem]) -> None:
    snap.problems = snap.problems + more
    _sort(snap.problems)


def reload_snapshot(previous: Snapshot) -> Snapshot:
    """Re-read after a change on disk; never raises.

    When the workspace file is unchanged and names the same files, the
    previous tuple store is kept: the new Snapshot's workspace gets an empty
    placeholder store, `store_reused` is set, and `disk_added` /
    `disk_removed` say how the tuples on disk changed."""
    ws = previous.ws
    if previous.error is not None or (ws.path is None and not ws.tuple_files and ws.analysis.file is None):
        return load_snapshot(previous.target)
    texts: dict[str, str] = {}
    try:
        if ws.path is not None:
            now = read_text(Path(ws.path))
            texts[ws.path] = now
            if now != previous.texts.get(ws.path):
                return load_snapshot(previous.target)
        elif _directory_listing_changed(previous):
            return load_snapshot(previous.target)
        analysis = ws.analysis
        if ws.analysis.file is not None and not previous.schema_inline:
            text = read_text(Path(ws.analysis.file))
            texts[ws.analysis.file] = text
            if text != previous.texts.get(ws.analysis.file):
                analysis = analyze(text, ws.analysis.file)
        files: list[TupleFile] = []
        changed = False
        for tf in ws.tuple_files:
            if tf.file is None or tf.file == ws.path:
                files.append(tf)  # inline: changes with the workspace file
                continue
            text = read_text(Path(tf.file))
            texts[tf.file] = text
            if text != previous.texts.get(tf.file):
                files.append(load_tuple_text(text, tf.file))
                changed = True
            else:
                files.append(tf)
    except OSError:
        # a file vanished or became unreadable: a full load reports it
        return load_snapshot(previous.target)
    new = Workspace(analysis, files, max_depth=ws.max_depth, strict=ws.strict, path=ws.path, root=ws.root,
                    tests=ws.tests, workspace_source=ws.workspace_source,
                    workspace_diagnostics=ws.workspace_diagnostics, store=MemoryStore())
    snap = Snapshot(new, previous.target, texts, None, store_reused=True)
    if changed:
        before = {t for tf in ws.tuple_files for t in tf.tuples}
        after = {t for tf in files for t in tf.tuples}
        snap.disk_removed = [t for t in before if t not in after]
        snap.disk_added = list(dict.fromkeys(t for tf in files for t in tf.tuples if t not in before))
    _collect_problems(snap)
    return snap


def _directory_listing_changed(previous: Snapshot) -> bool:
    """A directory workspace picks up every schema and tuple file: a file
    added or removed there means a full load."""
    root = previous.root
    try:
        now = sorted(str(p) for p in root.iterdir() if p.is_file() and file_kind(p.name) in ("schema", "tuples",
                                                                                             "workspace"))
    except OSError:
        return True
    known = sorted(p for p in previous.texts)
    return [os.path.abspath(p) for p in now] != [os.path.abspath(p) for p in known]

