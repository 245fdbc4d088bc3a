"""Code lenses: results shown above the code they concern.

* On each permit of a schema that has a workspace: the checks of that
  permit in the workspace's tests ("✓ 3/3 checks of view pass"), or — when
  no test checks it — who holds it, once asked. Running the lens runs the
  checks (or the lookups) and its title shows the result.
* On each test case of a workspace file: its outcome; running it runs it.

A lens names a command the language server executes (`run_lens`); the
result of the last run stays in the title until the next change.
"""

from __future__ import annotations

from ..tuples import TupleSyntaxError, parse_tuple
from .items import CodeLens
from .project import Project, line_content
from .schema_index import content_span
from .views import opl_view

__all__ = ["code_lenses", "run_lens", "COMMANDS", "RUN_TEST", "CHECK_PERMIT"]

RUN_TEST = "opl.lsp.runTest"
CHECK_PERMIT = "opl.lsp.checkPermit"
COMMANDS = (RUN_TEST, CHECK_PERMIT)

_MAX_OBJECTS = 20


def _results(project: Project) -> dict:
    """Titles of the lenses run since the last change."""
    return project._memoize(("lens-results",), dict)


def code_lenses(project: Project, uri: str) -> list[CodeLens]:
    if not project.settings.code_lens:
        return []
    out: list[CodeLens] = []
    kind = project.kind(uri)
    try:
        view = opl_view(project, uri)
        if view is not None:
            out.extend(_permit_lenses(project, uri, view))
        if kind == "workspace":
            out.extend(_test_lenses(project, uri))
    except RecursionError:
        return out
    return out


def _permit_checks(project: Project, uri: str, ns: str, permit: str):
    """(passed, total, failing queries) of the test checks of ns#permit."""
    ctx = project.context(uri)
    if ctx.ws_path is None:
        return None
    report = project.test_report(ctx.ws_path)
    if report is None:
        return None
    passed = total = 0
    failing = []
    for o in report.outcomes:
        for a in o.assertions:
            if a.assertion.kind not in ("check", "check_at_depth"):
                continue
            try:
                t = parse_tuple(a.assertion.query.strip())
            except TupleSyntaxError:
                continue
            if t.namespace == ns and t.relation == permit:
                total += 1
                if a.passed:
                    passed += 1
                else:
                    failing.append(a.assertion.query)
    return passed, total, failing


def _permit_lenses(project: Project, uri: str, view) -> list[CodeLens]:
    ctx = project.context(uri)
    if ctx.ws is None or not view.analysis.ok:
        return []
    results = _results(project)
    out = []
    for cls in view.analysis.module.classes:
        if cls.name is None or view.analysis.schema.get(cls.name.text) is None:
            continue
        ns = cls.name.text
        for m in cls.permits:
            if m.body is None:
                continue
            s, e = content_span(m.name)
            rng = view.range(s, e)
            args = [uri, ns, m.name.text]
            title = results.get((uri, ns, m.name.text))
            if title is None:
                checks = _permit_checks(project, uri, ns, m.name.text)
                if checks is not None and checks[1]:
                    passed, total, _ = checks
                    title = (f"✓ {passed}/{total} test checks of {m.name.text} pass" if passed == total else
                             f"✗ {total - passed} of {total} test checks of {m.name.text} fail")
                else:
                    title = f"▶ who can {m.name.text}?"
            out.append(CodeLens(rng, title, CHECK_PERMIT, args))
    return out


def _test_lenses(project: Project, uri: str) -> list[CodeLens]:
    ctx = project.context(uri)
    ws = ctx.ws
    if ws is None or not ws.tests:
        return []
    source = project.source(uri)
    report = project.test_report(ctx.ws_path) if ctx.ws_path else None
    by_line = {o.case.line: o for o in report.outcomes} if report else {}
    results = _results(project)
    out = []
    for case in ws.tests:
        start, end = line_content(source, case.line)
        rng = source.range(start, end)
        title = results.get((uri, case.name))
        if title is None:
            o = by_line.get(case.line)
            title = _test_title(o, ctx)
        out.append(CodeLens(rng, title, RUN_TEST, [uri, case.name]))
    return out


def _test_title(o, ctx) -> str:
    if o is None:
        if ctx.has_schema and not ctx.analysis.ok:
            return "⚠ not run: the schema has errors"
        return "▶ run test"
    n = len(o.assertions)
    if o.passed:
        return f"✓ passed ({n} assertion{'s' if n != 1 else ''}) · run again"
    if o.error:
        return f"⚠ error: {o.error[:80]}"
    failed = sum(not a.passed for a in o.assertions)
    return f"✗ failed: {failed} of {n} assertion{'s' if n != 1 else ''} · run again"


def run_lens(project: Project, command: str, arguments: list) -> dict:
    """Execute a lens's command: {"title": what the lens now shows,
    "message": a one-line summary for the editor, "ok": bool, "details": …}."""
    if command == RUN_TEST:
        uri, name = arguments[0], arguments[1]
        from .checks import run_workspace_tests
        res = run_workspace_tests(project, uri, name)
        tests = res["tests"]
        if not tests:
            return {"title": "▶ run test", "message": f"no test named {name!r}", "ok": False, "details": res}
        t = tests[0]
        n = len(t["assertions"])
        if t["passed"]:
            title = f"✓ passed ({n} assertion{'s' if n != 1 else ''}) · run again"
            message = f"test {name!r} passed"
        elif t.get("error"):
            title = f"⚠ error: {t['error'][:80]}"
            message = f"test {name!r}: {t['error']}"
        else:
            bad = [a for a in t["assertions"] if not a["passed"]]
            title = f"✗ failed: {len(bad)} of {n} assertion{'s' if n != 1 else ''} · run again"
            first = bad[0]
            message = (f"test {name!r} failed: {first['kind']} {first['query']} is {first['actual']}, "
                       f"expected {first['expected']}")
        _results(project)[(uri, name)] = title
        return {"title": title, "message": message, "ok": bool(t["passed"]), "details": res}
    if command == CHECK_PERMIT:
        uri, ns, permit = arguments[0], arguments[1], arguments[2]
        return _check_permit(project, uri, ns, permit)
    raise ValueError(f"unknown command {command!r}")


def _check_permit(project: Project, uri: str, ns: str, permit: str) -> dict:
    checks = _permit_checks(project, uri, ns, permit)
    if checks is not None and checks[1]:
        passed, total, failing = checks
        if passed == total:
            title = f"✓ {passed}/{total} test checks of {permit} pass"
            message = f"{ns}.{permit}: all {total} checks in the tests pass"
        else:
            title = f"✗ {total - passed} of {total} test checks of {permit} fail"
            message = f"{ns}.{permit}: failing checks: " + ", ".join(failing[:5])
        _results(project)[(uri, ns, permit)] = title
        return {"title": title, "message": message, "ok": passed == total, "details": {"failing": failing}}
    ctx = project.context(uri)
    ws = ctx.ws
    if ws is None:
        return {"title": f"▶ who can {permit}?", "message": "no workspace", "ok": False, "details": {}}
    s = project.settings
    objects = ws.store.objects(ns)[:_MAX_OBJECTS]
    found: dict[str, list[str]] = {}
    for obj in objects:
        try:
            subjects = ws.list_subjects((ns, obj), permit, max_depth=s.max_depth)
        except (RecursionError, ValueError):
            continue
        if subjects:
            found[obj] = subjects
    if not found:
        title = f"{permit}: no subject holds it on the {len(objects)} {ns} objects of the tuples"
    else:
        n = len({x for v in found.values() for x in v})
        title = f"{permit}: {n} subject{'s' if n != 1 else ''} on {len(found)} object{'s' if len(found) != 1 else ''}"
    lines = [f"{ns}:{o} → {', '.join(v[:8])}{' …' if len(v) > 8 else ''}" for o, v in found.items()]
    message = f"{ns}.{permit}: " + ("; ".join(lines) if lines else "nobody")
    _results(project)[(uri, ns, permit)] = title
    return {"title": title, "message": message[:1000], "ok": True, "details": {"subjects": found}}

