"""Checks and tests on behalf of an editor: the answers of the custom
requests `opl/check`, `opl/tests` and `opl/runTests` (docs/lsp.md), as
JSON-able data. A check is `opl check --format json`'s object, with each
derivation-tree span pointing into a document (`{"uri", "range"}`)."""

from __future__ import annotations

import os

from ..workspace import QueryError, file_kind
from .project import Context, Project, line_content
from .uris import normalize, uri_to_path

__all__ = ["check_query", "list_tests", "run_workspace_tests", "QueryError", "tree_spans"]

_MAX_WORKSPACE_FILES = 500


def tree_spans(project: Project, ctx: Context):
    """(start, end) in the schema → {"uri", "range"} (None: not mappable)."""
    a = ctx.analysis
    if ctx.embedded is not None:
        uri = project.uri_of(ctx.ws_path)
        emb = ctx.embedded

        def span(start: int, end: int):
            return {"uri": uri, "range": emb.outer.range(emb.to_outer(start), emb.to_outer(end)).to_json()}
        return span
    if not ctx.schema_path:
        return None
    uri = project.uri_of(ctx.schema_path)
    source = a.source

    def span(start: int, end: int):
        return {"uri": uri, "range": source.range(start, end).to_json()}
    return span


def _schema_problem(ctx: Context) -> str | None:
    if ctx.has_schema and not ctx.analysis.ok:
        first = ctx.analysis.errors[0]
        line = first.range.start.line + 1 if first.range else 1
        return f"the schema has errors, Keto would not load it (line {line}: {first.message})"
    return None


def check_query(project: Project, uri: str, query: str, explain: bool = False) -> dict:
    """Raises QueryError for a malformed query."""
    from ..workspace import parse_query
    t = parse_query(query)  # QueryError: the caller's mistake
    ctx = project.context(uri)
    problem = _schema_problem(ctx)
    if ctx.ws is None or problem is not None:
        return {"query": str(t), "allowed": False, "result": "unknown", "limitation": None,
                "error": problem or "no workspace here: open a schema, tuple or .opl.yaml file",
                "note": None, "tree": None}
    s = project.settings
    try:
        r = ctx.ws.check(t, max_depth=s.max_depth, explain=explain, strict=s.strict)
    except RecursionError:
        return {"query": str(t), "allowed": False, "result": "unknown", "limitation": None,
                "error": "the schema is nested too deeply to evaluate", "note": None, "tree": None}
    out = r.to_json(tree_spans(project, ctx))
    out.setdefault("note", None)
    out.setdefault("tree", None)
    return out


def _workspace_files_under(project: Project, folder: str) -> list[str]:
    found = [p for p in project.known_files() if p.startswith(folder.rstrip("/") + "/")
             and file_kind(p.rsplit("/", 1)[-1]) == "workspace"]
    if os.path.isdir(folder):
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in ("node_modules",))
            for n in sorted(filenames):
                if file_kind(n) == "workspace":
                    found.append(normalize(os.path.join(dirpath, n)))
            if len(found) > _MAX_WORKSPACE_FILES:
                break
    return sorted(dict.fromkeys(found))[:_MAX_WORKSPACE_FILES]


def _test_range(project: Project, uri: str, line: int) -> dict:
    source = project.source(uri)
    start, end = line_content(source, line)
    return source.range(start, end).to_json()


def list_tests(project: Project, uri: str) -> dict:
    """{"workspaces": [{"uri", "tests": [{"name", "range"}]}]} for a
    workspace file, or every workspace file under a folder."""
    path = uri_to_path(uri)
    if path is None:
        return {"workspaces": []}
    if file_kind(path.rsplit("/", 1)[-1]) == "workspace":
        paths = [path]
    else:
        paths = _workspace_files_under(project, path)
    out = []
    for p in paths:
        ws, _ = project.read_workspace(p)
        wuri = project.uri_of(p)
        tests = ws.tests if ws is not None else []
        out.append({"uri": wuri, "tests": [{"name": c.name, "range": _test_range(project, wuri, c.line)}
                                           for c in tests]})
    return {"workspaces": out}


def run_workspace_tests(project: Project, uri: str, name: str | None = None) -> dict:
    path = uri_to_path(uri)
    summary = {"passed": 0, "failed": 0, "errors": 0}
    if path is None:
        return {"summary": summary, "tests": []}
    ws, _ = project.read_workspace(path)
    if ws is None:
        return {"summary": summary, "tests": []}
    cases = [c for c in ws.tests if name is None or c.name == name]
    ctx = project.context(uri)
    problem = _schema_problem(ctx) if ctx.has_schema else None
    tests = []
    if problem is not None:
        for c in cases:
            summary["errors"] += 1
            tests.append({"name": c.name, "passed": False, "range": _test_range(project, uri, c.line),
                          "error": problem, "assertions": []})
        return {"summary": summary, "tests": tests}
    report = project.test_report(path)
    outcomes = [o for o in (report.outcomes if report else []) if name is None or o.case.name == name]
    for o in outcomes:
        if o.passed:
            summary["passed"] += 1
        elif o.error is not None:
            summary["errors"] += 1
        else:
            summary["failed"] += 1
        entry = {"name": o.case.name, "passed": o.passed, "range": _test_range(project, uri, o.case.line),
                 "assertions": []}
        if o.error:
            entry["error"] = o.error
        for a in o.assertions:
            j = a.to_json()
            item = {"kind": j["kind"], "query": j["query"], "expected": j["expected"], "actual": j["actual"],
                    "passed": j["passed"], "range": _test_range(project, uri, a.assertion.line)}
            if a.error:
                item["error"] = a.error
            entry["assertions"].append(item)
        tests.append(entry)
    return {"summary": summary, "tests": tests}
