"""Folding ranges: classes, their `related` and `permits` blocks, permits
that span lines, comments and imports in OPL; comment runs and blank-line
separated groups in tuple files; top-level keys and test cases in workspace
files."""

from __future__ import annotations

import re

from .items import FoldingRange
from .project import Project
from .views import opl_view

__all__ = ["folding_ranges"]

_TOP_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")


def _add(out: list, start: int, end: int, kind: str | None = None) -> None:
    if end > start:
        out.append(FoldingRange(start, end, kind))


def folding_ranges(project: Project, uri: str) -> list[FoldingRange]:
    source = project.source(uri)
    if source is None:
        return []
    out: list[FoldingRange] = []
    kind = project.kind(uri)
    view = opl_view(project, uri)
    if view is not None:
        line = lambda off: source.position(view.outer(off)).line  # noqa: E731
        for cls in view.analysis.module.classes:
            # up to the line before the closing brace, so that it stays visible
            _add(out, line(cls.start), line(cls.end) - (1 if cls.closed else 0))
            for b in cls.blocks:
                _add(out, line(b.start), line(b.end) - (1 if b.closed else 0))
            for m in cls.members:
                _add(out, line(m.start), line(m.end))
        comments = view.analysis.comments
        run_start = run_end = None
        for c in comments:
            a, b = line(c.start), line(c.end)
            if c.block:
                _add(out, a, b, "comment")
                continue
            if run_end is not None and a == run_end + 1:
                run_end = a
            else:
                if run_start is not None:
                    _add(out, run_start, run_end, "comment")
                run_start = run_end = a
        if run_start is not None:
            _add(out, run_start, run_end, "comment")
        imports = [line(s) for s, _e in view.analysis.module.junk
                   if view.analysis.text[s:s + 6] == "import"]
        if len(imports) > 1:
            _add(out, imports[0], imports[-1], "imports")
    lines = source.text.split("\n")
    if kind == "tuples" and not (project.path_of(uri) or "").endswith(".json"):
        start = None
        comment_start = None
        for i, text in enumerate(lines + [""]):
            stripped = text.strip()
            is_comment = stripped.startswith("//")
            if is_comment:
                comment_start = i if comment_start is None else comment_start
            else:
                if comment_start is not None:
                    _add(out, comment_start, i - 1, "comment")
                comment_start = None
            if stripped:
                start = i if start is None else start
            else:
                if start is not None:
                    _add(out, start, i - 1, "region")
                start = None
    if kind == "workspace":
        keys = [i for i, text in enumerate(lines) if _TOP_KEY.match(text)]
        for n, i in enumerate(keys):
            end = (keys[n + 1] if n + 1 < len(keys) else len(lines)) - 1
            while end > i and not lines[end].strip():
                end -= 1
            _add(out, i, end)
        ctx = project.context(uri)
        tests = ctx.ws.tests if ctx.ws is not None else []
        for n, case in enumerate(tests):
            end = (tests[n + 1].line if n + 1 < len(tests) else len(lines)) - 1
            while end > case.line and (not lines[end].strip() or not lines[end][:1].isspace()):
                end -= 1
            _add(out, case.line, end)
    return sorted(set(out), key=lambda f: (f.start_line, f.end_line))
