"""`opl test` reports: text (with the derivation tree of each wrong answer),
and JUnit XML for CI systems."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from ..check.trace import render_text

__all__ = ["text_report", "junit_xml"]


def text_report(reports, workspaces, color: bool = False) -> str:
    green, red, dim, reset = ("\x1b[32m", "\x1b[31m", "\x1b[2m", "\x1b[0m") if color else ("", "", "", "")
    lines = []
    passed = failed = errors = 0
    for report, ws in zip(reports, workspaces):
        for o in report.outcomes:
            where = f"{o.file}:{o.case.line + 1}"
            if o.passed:
                passed += 1
                lines.append(f"{green}PASS{reset} {o.case.name} {dim}({where}){reset}")
                continue
            if o.error is not None:
                errors += 1
                lines.append(f"{red}ERROR{reset} {o.case.name} ({where}): {o.error}")
            else:
                failed += 1
                lines.append(f"{red}FAIL{reset} {o.case.name} ({where})")
            for a in o.assertions:
                if a.passed:
                    continue
                at = f"{o.file}:{a.assertion.line + 1}"
                if a.error:
                    lines.append(f"  {at}: {a.assertion.kind} {a.assertion.query}: {a.error}")
                    continue
                lines.append(f"  {at}: {a.assertion.kind} {a.assertion.query}: expected "
                             f"{_show(a.assertion.expected)}, got {_show(a.actual)}")
                if a.check is not None:
                    r = a.check
                    detail = r.result + (f", {r.limitation}" if r.limitation else "")
                    if r.error:
                        detail += f", error: {r.error}"
                    lines.append(f"    result: {detail}")
                    if r.tree is not None:
                        lines.extend("    " + ln for ln in render_text(r.tree, color=color).splitlines())
    total = passed + failed + errors
    summary = f"{passed} passed, {failed} failed, {errors} errors ({total} tests)"
    lines.append((green if failed + errors == 0 else red) + summary + reset)
    return "\n".join(lines)


def _show(v) -> str:
    if isinstance(v, list):
        return "[" + ", ".join(str(x) for x in v) + "]"
    return str(v)


def junit_xml(reports) -> str:
    cases = [o for r in reports for o in r.outcomes]
    failures = sum(1 for o in cases if not o.passed and o.error is None)
    errors = sum(1 for o in cases if o.error is not None)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<testsuites name="opl" tests="{len(cases)}" failures="{failures}" errors="{errors}">']
    by_file: dict = {}
    for o in cases:
        by_file.setdefault(o.file or "workspace", []).append(o)
    for file, outcomes in by_file.items():
        f = sum(1 for o in outcomes if not o.passed and o.error is None)
        e = sum(1 for o in outcomes if o.error is not None)
        out.append(f'  <testsuite name={quoteattr(file)} tests="{len(outcomes)}" failures="{f}" errors="{e}">')
        for o in outcomes:
            out.append(f'    <testcase classname={quoteattr(file)} name={quoteattr(o.case.name)} '
                       f'file={quoteattr(file)} line="{o.case.line + 1}">')
            if o.error is not None:
                out.append(f"      <error message={quoteattr(o.error)}/>")
            elif not o.passed:
                msgs = []
                for a in o.assertions:
                    if not a.passed:
                        msgs.append(f"{file}:{a.assertion.line + 1}: {a.assertion.kind} {a.assertion.query}: "
                                    f"expected {_show(a.assertion.expected)}, got {_show(a.actual)}"
                                    + (f" ({a.error})" if a.error else ""))
                out.append(f"      <failure message={quoteattr(msgs[0] if msgs else 'failed')}>"
                           f"{escape(chr(10).join(msgs))}</failure>")
            out.append("    </testcase>")
        out.append("  </testsuite>")
    out.append("</testsuites>")
    return "\n".join(out) + "\n"
