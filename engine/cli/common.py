"""Shared bits of the command line: errors, output, loading a workspace."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

__all__ = ["CLIError", "Exit", "load_workspace_args", "emit_json", "use_color", "schema_errors_exit"]


class CLIError(Exception):
    """Bad usage or unreadable input: printed as one line, exit code 2."""


class Exit(Exception):
    def __init__(self, code: int):
        self.code = code


def use_color(stream=sys.stdout) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


def emit_json(data) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def reclaim_queries(args, field: str = "queries") -> None:
    """`-t` takes one or more files, so `opl check -s S -t T QUERY` hands the
    query to -t: take back what is not a file and reads as a query."""
    tuples = getattr(args, "tuples", None) or []
    kept, taken = [], []
    for item in tuples:
        if not Path(item).exists() and ":" in item and "#" in item:
            taken.append(item)
        else:
            kept.append(item)
    if taken:
        args.tuples = kept
        current = getattr(args, field, None)
        if isinstance(current, list):
            current.extend(taken)
        elif current is None and len(taken) == 1:
            setattr(args, field, taken[0])
        else:
            raise CLIError(f"unexpected argument {taken[-1]!r}")


def load_workspace_args(args):
    """-w WORKSPACE, or -s SCHEMA -t TUPLES..., or the current directory."""
    from ..workspace import Workspace, WorkspaceError

    schema = getattr(args, "schema", None)
    tuples = getattr(args, "tuples", []) or []
    ws_path = getattr(args, "workspace", None)
    try:
        if schema or tuples:
            if ws_path:
                raise CLIError("give either -w or -s/-t, not both")
            from ..opl.analyze import analyze
            from ..tuples import load_tuple_text
            schema_text = _read(schema) if schema else ""
            files = [load_tuple_text(_read(t), t) for t in tuples]
            ws = Workspace(analyze(schema_text, schema), files)
        else:
            ws = Workspace.load(ws_path or ".")
    except WorkspaceError as e:
        raise CLIError(str(e)) from None
    # unreadable tuple lines make the input unusable
    for tf in ws.tuple_files:
        if tf.errors:
            d = tf.errors[0]
            raise CLIError(f"{d.file or '<tuples>'}:{d.range.start.line + 1}: {d.message}")
    schema_errors_exit(ws)
    return ws


def schema_errors_exit(ws) -> None:
    """Keto would not load a schema with errors: print them, exit with 2."""
    errors = ws.analysis.errors
    if not errors:
        return
    for d in errors:
        print(f"{d.file or '<schema>'}:{d.range.start.line + 1}:{d.range.start.character + 1}: "
              f"error[{d.code}]: {d.message}", file=sys.stderr)
    raise Exit(2)


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise CLIError(f"{path}: cannot read: {e.strerror or e}") from None
