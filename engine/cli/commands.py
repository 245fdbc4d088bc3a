"""The subcommands of `opl`."""

from __future__ import annotations

import sys
from pathlib import Path

from ..diagnostics import Diagnostic, Severity
from ..file_kinds import file_kind
from .common import CLIError, emit_json, load_workspace_args, reclaim_queries, use_color

__all__ = ["run"]


def run(args) -> int:
    return _COMMANDS[args.command](args)


# ---------------------------------------------------------------- validate

def _collect(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise CLIError(f"{raw}: no such file or directory")
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and file_kind(f.name) and not any(
                        part in ("node_modules", ".git", ".venv") for part in f.parts):
                    files.append(f)
        elif file_kind(p.name) is None:
            raise CLIError(f"{raw}: not a schema (.opl, .keto.ts), tuple (.tuples, .tuples.json) "
                           "or workspace (.opl.yaml) file")
        else:
            files.append(p)
    return list(dict.fromkeys(files))


def validate_files(files: list[Path]) -> list[Diagnostic]:
    from ..opl.analyze import analyze
    from ..tuples import load_tuple_text
    from ..workspace_file import find_workspace_file, read_workspace

    out: list[Diagnostic] = []
    for f in files:
        kind = file_kind(f.name)
        try:
            text = f.read_text(encoding="utf-8", errors="replace")
        except OSError as e:
            raise CLIError(f"{f}: cannot read: {e.strerror or e}") from None
        if kind == "schema":
            out.extend(analyze(text, str(f)).diagnostics)
        elif kind == "workspace":
            ws, diags = read_workspace(text, f)
            out.extend(diags)
            if ws is not None and ws.analysis.file == str(f):  # inline schema
                out.extend(ws.analysis.diagnostics)
            if ws is not None:
                for tf in ws.tuple_files:
                    if tf.file == str(f):  # inline tuples
                        out.extend(tf.diagnostics)
                        out.extend(ws.tuple_validation(tf))
        else:
            tf = load_tuple_text(text, str(f))
            out.extend(tf.diagnostics)
            schema = _schema_near(f, find_workspace_file, read_workspace, analyze)
            if schema is not None:
                from ..tuple_validation import validate_tuples
                diags = validate_tuples(tf.entries, schema)
                tf.source.resolve(diags, str(f))
                out.extend(diags)
    # the same file reached twice (directly and through a workspace) reports once
    seen = set()
    unique = []
    for d in out:
        key = (d.file, d.start, d.end, d.code, d.message)
        if key not in seen:
            seen.add(key)
            unique.append(d)
    return unique


def _schema_near(f: Path, find_workspace_file, read_workspace, analyze):
    """The schema a tuple file belongs with: its folder's workspace, or the
    folder's only schema file."""
    folder = f.parent
    wf = find_workspace_file(folder)
    if wf is not None:
        ws, _ = read_workspace(wf.read_text(encoding="utf-8", errors="replace"), wf)
        if ws is not None:
            return ws.schema
    schemas = sorted(p for p in folder.iterdir() if p.is_file() and file_kind(p.name) == "schema")
    if len(schemas) == 1:
        return analyze(schemas[0].read_text(encoding="utf-8", errors="replace"), str(schemas[0])).schema
    return None


def _diag_line(d: Diagnostic) -> str:
    r = d.range
    pos = f"{r.start.line + 1}:{r.start.character + 1}" if r else "1:1"
    return f"{d.file}:{pos}: {d.severity.value}[{d.code}]: {d.message}"


def cmd_validate(args) -> int:
    files = _collect(args.paths)
    diags = validate_files(files)
    if args.format == "json":
        emit_json({"diagnostics": [d.to_json() for d in diags]})
    else:
        for d in diags:
            if d.severity is not Severity.HINT:  # hints are for editors (JSON has them all)
                print(_diag_line(d))
        errors = sum(d.severity is Severity.ERROR for d in diags)
        warnings = sum(d.severity is Severity.WARNING for d in diags)
        print(f"{len(files)} file{'s' if len(files) != 1 else ''} checked: {errors} error"
              f"{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}",
              file=sys.stderr)
    return 1 if any(d.severity is Severity.ERROR for d in diags) else 0


# ---------------------------------------------------------------- fmt

def cmd_fmt(args) -> int:
    from ..opl.format import FormatError, format_text
    files = [f for f in _collect(args.paths) if file_kind(f.name) == "schema"]
    changed = []
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        try:
            new = format_text(text)
        except FormatError as e:
            raise CLIError(f"{f}:{e.line + 1}: {e}") from None
        if new != text:
            changed.append(f)
            if not args.check:
                _atomic_write(f, new)
    for f in changed:
        print(f"{'would reformat' if args.check else 'reformatted'} {f}")
    if args.check and changed:
        return 1
    return 0


def _atomic_write(path: Path, text: str) -> None:
    import os
    import tempfile
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------- check

def cmd_check(args) -> int:
    from ..check.trace import render_text
    from ..workspace import QueryError
    reclaim_queries(args, "queries")
    if not args.queries:
        raise CLIError("check needs at least one query: ns:obj#rel@subject")
    ws = load_workspace_args(args)
    results = []
    for q in args.queries:
        try:
            r = ws.check(q, max_depth=args.max_depth, explain=args.explain,
                         strict=True if args.strict else None)
        except QueryError as e:
            raise CLIError(f"malformed query: {e}") from None
        results.append(r)
    if args.format == "json":
        spans = _spans(ws)
        data = [r.to_json(spans) for r in results]
        emit_json(data[0] if len(data) == 1 else data)
    else:
        color = use_color()
        for r in results:
            verdict = "allowed" if r.allowed else "denied"
            detail = r.result + (f", {r.limitation}" if r.limitation else "")
            line = f"{r.query}: {verdict} ({detail})"
            if r.error:
                line += f" — error: {r.error}"
            if r.note:
                line += f" — {r.note}"
            if color:
                line = ("\x1b[32m" if r.allowed else "\x1b[31m") + line + "\x1b[0m"
            print(line)
            if r.tree is not None:
                print(_indent(render_text(r.tree, color=color)))
    return 0 if all(r.allowed for r in results) else 1


def _indent(text: str) -> str:
    return "\n".join("  " + ln for ln in text.splitlines())


def _spans(ws):
    src = ws.analysis.source
    file = ws.analysis.file

    def span(start, end):
        return {"file": file, "range": src.range(start, end).to_json()}
    return span


# ---------------------------------------------------------------- expand

def cmd_expand(args) -> int:
    from ..workspace import QueryError
    reclaim_queries(args, "query")
    if not args.query:
        raise CLIError("expand needs a query: ns:obj#rel")
    ws = load_workspace_args(args)
    try:
        tree = ws.expand(args.query, mode=args.mode, max_depth=args.max_depth)
    except QueryError as e:
        raise CLIError(f"malformed query: {e}") from None
    if args.format == "json":
        emit_json(tree)
    else:
        print(render_expand(tree))
    return 0


def render_expand(tree: dict) -> str:
    lines = []
    stack = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        t = node.get("tuple") or {}
        if "subject_id" in t:
            who = t["subject_id"]
        elif "subject_set" in t:
            s = t["subject_set"]
            who = f'{s["namespace"]}:{s["object"]}' + (f'#{s["relation"]}' if s["relation"] else "")
        else:
            who = ""
        lines.append(f"{'  ' * depth}{node['type']} {who}".rstrip())
        for child in reversed(node.get("children") or []):
            stack.append((child, depth + 1))
    return "\n".join(lines)


# ---------------------------------------------------------------- list / lookup

def cmd_list(args) -> int:
    from ..listing import PageTokenError
    from ..tuples import TupleSyntaxError, tuple_to_json
    ws = load_workspace_args(args)
    try:
        page, token = ws.list(args.namespace, args.object, args.relation, args.subject, args.page_size,
                              args.page_token)
    except (PageTokenError, TupleSyntaxError) as e:
        raise CLIError(str(e)) from None
    if args.format == "json":
        emit_json({"relation_tuples": [tuple_to_json(t) for t in page], "next_page_token": token})
    else:
        for t in page:
            print(t)
        if token:
            print(f"next page token: {token}", file=sys.stderr)
    return 0


def cmd_lookup(args) -> int:
    from ..workspace import QueryError
    if args.what not in ("objects", "subjects"):
        raise CLIError("lookup needs `objects SUBJECT NS#PERMIT` or `subjects NS:OBJ#PERMIT`")
    ws = load_workspace_args(args)
    try:
        if args.what == "objects":
            ns, sep, permit = args.target.partition("#")
            if not sep or not ns or not permit:
                raise QueryError(f"expected NS#PERMIT, got {args.target!r}")
            found = ws.list_objects(args.subject, ns, permit, args.max_depth)
        else:
            obj, sep, permit = args.target.rpartition("#")
            if not sep or ":" not in obj or not permit:
                raise QueryError(f"expected NS:OBJ#PERMIT, got {args.target!r}")
            found = ws.list_subjects(obj, permit, args.max_depth)
    except QueryError as e:
        raise CLIError(f"malformed query: {e}") from None
    if args.format == "json":
        emit_json(found)
    else:
        for x in found:
            print(x)
    return 0


# ---------------------------------------------------------------- test

def cmd_test(args) -> int:
    from ..testing import run_tests
    from ..workspace import Workspace, WorkspaceError
    from .report import junit_xml, text_report
    paths = args.paths or ["."]
    workspaces = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise CLIError(f"{raw}: no such file or directory")
        targets = [p]
        if p.is_dir():
            targets = sorted(f for f in p.rglob("*") if f.is_file() and file_kind(f.name) == "workspace"
                             and not any(part in ("node_modules", ".git", ".venv") for part in f.parts))
            if not targets:
                raise CLIError(f"{raw}: no .opl.yaml workspace files here")
        for t in targets:
            try:
                ws = Workspace.load(t)
            except WorkspaceError as e:
                raise CLIError(str(e)) from None
            from .common import schema_errors_exit
            schema_errors_exit(ws)
            workspaces.append(ws)
    coverage = None
    if args.coverage:
        from ..coverage import Coverage
        coverage = Coverage()
    reports = [run_tests(ws, args.only, coverage) for ws in workspaces]
    if args.format == "json":
        merged = {"summary": {"passed": sum(r.passed for r in reports), "failed": sum(r.failed for r in reports),
                              "errors": sum(r.errors for r in reports)},
                  "tests": [t for r in reports for t in r.to_json()["tests"]]}
        if coverage is not None:
            merged["coverage"] = coverage.to_json(workspaces)
        emit_json(merged)
    elif args.format == "junit":
        sys.stdout.write(junit_xml(reports))
    else:
        print(text_report(reports, workspaces, color=use_color()))
    if coverage is not None:
        Path(args.lcov).write_text(coverage.lcov(workspaces), encoding="utf-8")
        if args.format == "text":
            print(coverage.text(workspaces))
            print(f"LCOV written to {args.lcov}")
    return 0 if all(r.ok for r in reports) else 1


# ---------------------------------------------------------------- parse

def cmd_parse(args) -> int:
    from ..tuples import TupleSyntaxError, parse_tuple, parse_tuple_json, tuple_to_json
    if args.file == "-":
        text, name = sys.stdin.read(), "stdin"
    else:
        p = Path(args.file)
        try:
            text = p.read_text(encoding="utf-8", errors="replace")
        except OSError as e:
            raise CLIError(f"{args.file}: cannot read: {e.strerror or e}") from None
        name = args.file
    tuples = []
    if name.endswith(".json"):
        tf = parse_tuple_json(text, name)
        if tf.errors:
            d = tf.errors[0]
            raise CLIError(f"{name}:{d.range.start.line + 1}: {d.message}")
        tuples = tf.tuples
    else:
        # Keto's CLI: trim each line, skip blank lines and // comments
        for i, row in enumerate(text.split("\n")):
            row = row.strip()
            if not row or row.startswith("//"):
                continue
            try:
                tuples.append(parse_tuple(row))
            except TupleSyntaxError as e:
                raise CLIError(f"{name}:{i + 1}: {e}") from None
    if args.to == "json":
        emit_json([tuple_to_json(t) for t in tuples])
    else:
        for t in tuples:
            print(t)
    return 0


# ---------------------------------------------------------------- faces

def cmd_lsp(args) -> int:
    from opl_lsp.server import main as lsp_main
    return lsp_main(tcp=args.tcp)


def cmd_play(args) -> int:
    from tui.app import main as play_main
    return play_main(args.workspace)


def cmd_playground(args) -> int:
    if args.action not in ("build", "serve"):
        raise CLIError("playground needs `build [--out DIR]` or `serve [--port N]`")
    from playground.build import main as pg_main
    return pg_main(args)


_COMMANDS = {
    "validate": cmd_validate, "fmt": cmd_fmt, "check": cmd_check, "expand": cmd_expand,
    "list": cmd_list, "lookup": cmd_lookup, "test": cmd_test, "parse": cmd_parse,
    "lsp": cmd_lsp, "play": cmd_play, "playground": cmd_playground,
}

