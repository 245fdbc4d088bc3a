"""Tests in workspace files, and running them (`opl test`).

    tests:
      - name: owners can edit their documents
        tuples: [Document:roadmap#owners@User:carol]    # what-if, this test only
        check:
          Document:roadmap#edit@User:carol: true
        check_at_depth:
          - {query: "Group:a#members@User:x", max_depth: 2, expect: unknown}
        expand:
          Document:roadmap#view: [User:alice, User:carol]
        list_objects:
          - {subject: User:alice, namespace: Document, permit: view, expect: [roadmap, spec]}
        list_subjects:
          - {object: "Document:roadmap", permit: view, expect: [User:alice, User:carol]}

Check expectations: true (allowed), false (what Keto's REST API answers false
for: not_member, or unknown when not strict), not_member, unknown, error. In
strict mode an unknown result carries an error: it matches `unknown` and
`error`, never `false`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import codes
from .check.result import CheckResult
from .diagnostics import Severity
from .tuples import RelationTuple, TupleSyntaxError, parse_tuple

__all__ = ["TestCase", "Assertion", "TestReport", "TestOutcome", "AssertionOutcome", "parse_tests",
           "run_tests", "check_matches", "EXPECTATIONS"]

EXPECTATIONS = ("true", "false", "member", "not_member", "unknown", "error")


@dataclass(slots=True)
class Assertion:
    kind: str  # check | check_at_depth | expand | list_objects | list_subjects
    query: str
    expected: object
    line: int  # 0-based, in the workspace file
    params: dict = field(default_factory=dict)
    problem: str | None = None  # a malformed assertion


@dataclass(slots=True)
class TestCase:
    name: str
    line: int
    tuples: list[RelationTuple] = field(default_factory=list)
    assertions: list[Assertion] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class AssertionOutcome:
    assertion: Assertion
    actual: object
    passed: bool
    error: str | None = None
    check: CheckResult | None = None  # for check assertions (with its tree when failing)

    def to_json(self) -> dict:
        a = self.assertion
        return {"kind": a.kind, "query": a.query, "expected": _jsonable(a.expected),
                "actual": _jsonable(self.actual), "passed": self.passed, "line": a.line + 1,
                **({"error": self.error} if self.error else {})}


@dataclass(slots=True)
class TestOutcome:
    case: TestCase
    file: str | None
    assertions: list[AssertionOutcome]
    error: str | None = None

    @property
    def passed(self) -> bool:
        return self.error is None and all(a.passed for a in self.assertions)

    def to_json(self) -> dict:
        out = {"name": self.case.name, "file": self.file, "line": self.case.line + 1, "passed": self.passed,
               "assertions": [a.to_json() for a in self.assertions]}
        if self.error:
            out["error"] = self.error
        return out


@dataclass(slots=True)
class TestReport:
    outcomes: list[TestOutcome]
    coverage: object = None

    @property
    def passed(self) -> int:
        return sum(o.passed for o in self.outcomes)

    @property
    def failed(self) -> int:
        return sum(not o.passed and o.error is None for o in self.outcomes)

    @property
    def errors(self) -> int:
        return sum(o.error is not None for o in self.outcomes)

    @property
    def ok(self) -> bool:
        return all(o.passed for o in self.outcomes)

    def to_json(self) -> dict:
        return {"summary": {"passed": self.passed, "failed": self.failed, "errors": self.errors},
                "tests": [o.to_json() for o in self.outcomes]}


def _jsonable(v):
    if isinstance(v, (list, tuple, set, frozenset)):
        return [_jsonable(x) for x in v]
    return v


# ---------------------------------------------------------------- parsing

def _expectation(value) -> str | None:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str) and value.strip().lower() in EXPECTATIONS:
        v = value.strip().lower()
        return "true" if v == "member" else v
    return None


def parse_tests(data, mark, at) -> list[TestCase]:
    """Test cases from the `tests:` value; `at(mark, code, message)` reports a
    problem on the workspace file."""
    if not isinstance(data, list):
        at(mark, codes.WORKSPACE_YAML, "tests must be a list of test cases")
        return []
    cases = []
    marks = getattr(data, "item_marks", [mark] * len(data))
    for i, (item, m) in enumerate(zip(data, marks)):
        if not isinstance(item, dict):
            at(m, codes.WORKSPACE_YAML, "a test case is a mapping with a name and assertions")
            continue
        name = item.get("name", f"test {i + 1}")
        case = TestCase(str(name), m[0])
        km = getattr(item, "key_marks", {})
        vm = getattr(item, "value_marks", {})
        for key in item:
            if key not in ("name", "tuples", "check", "check_at_depth", "expand", "list_objects",
                           "list_subjects", "description"):
                at(km.get(key, m), codes.WORKSPACE_YAML, f"unknown key {key!r} in a test case", Severity.WARNING)
        if "tuples" in item:
            tl = item["tuples"]
            tl = tl.splitlines() if isinstance(tl, str) else tl
            if not isinstance(tl, list):
                at(vm.get("tuples", m), codes.WORKSPACE_YAML, "tuples must be a list of tuple strings")
            else:
                tmarks = getattr(tl, "item_marks", [vm.get("tuples", m)] * len(tl))
                for t, tm in zip(tl, tmarks):
                    if not isinstance(t, str) or not t.strip() or t.strip().startswith("//"):
                        if not isinstance(t, str):
                            at(tm, codes.TUPLE_SYNTAX, "a tuple must be a string")
                        continue
                    try:
                        case.tuples.append(parse_tuple(t.strip()))
                    except TupleSyntaxError as e:
                        at(tm, codes.TUPLE_SYNTAX, str(e))
                        case.problems.append(str(e))
        if "check" in item:
            _parse_check(item["check"], vm.get("check", m), case, at)
        if "check_at_depth" in item:
            _parse_list_assertions(item["check_at_depth"], vm.get("check_at_depth", m), case, at,
                                   "check_at_depth", ("query", "max_depth", "expect"))
        if "expand" in item:
            _parse_expand(item["expand"], vm.get("expand", m), case, at)
        if "list_objects" in item:
            _parse_list_assertions(item["list_objects"], vm.get("list_objects", m), case, at,
                                   "list_objects", ("subject", "namespace", "permit", "expect"))
        if "list_subjects" in item:
            _parse_list_assertions(item["list_subjects"], vm.get("list_subjects", m), case, at,
                                   "list_subjects", ("object", "permit", "expect"))
        cases.append(case)
    return cases


def _parse_check(value, mark, case, at) -> None:
    if not isinstance(value, dict):
        at(mark, codes.WORKSPACE_YAML, "check must map queries to expectations (true, false, "
                                       "not_member, unknown, error)")
        return
    km = getattr(value, "key_marks", {})
    for query, expect in value.items():
        m = km.get(query, mark)
        a = Assertion("check", str(query), _expectation(expect), m[0])
        if a.expected is None:
            a.problem = f"expectation must be one of {', '.join(EXPECTATIONS)}, got {expect!r}"
            at(getattr(value, "value_marks", {}).get(query, m), codes.WORKSPACE_QUERY, a.problem)
        else:
            _check_query(a, m, at)
        case.assertions.append(a)


def _check_query(a: Assertion, m, at) -> None:
    try:
        parse_tuple(a.query.strip())
    except TupleSyntaxError as e:
        a.problem = f"malformed query {a.query!r}: {e}"
        at(m, codes.WORKSPACE_QUERY, a.problem)


def _parse_expand(value, mark, case, at) -> None:
    if not isinstance(value, dict):
        at(mark, codes.WORKSPACE_YAML, "expand must map ns:object#relation to a list of subjects")
        return
    km = getattr(value, "key_marks", {})
    for query, expect in value.items():
        m = km.get(query, mark)
        a = Assertion("expand", str(query), expect, m[0])
        if not isinstance(expect, list) or not all(isinstance(x, str) for x in expect):
            a.problem = "expand expects a list of subjects"
            at(m, codes.WORKSPACE_QUERY, a.problem)
        case.assertions.append(a)


def _parse_list_assertions(value, mark, case, at, kind, keys) -> None:
    if not isinstance(value, list):
        at(mark, codes.WORKSPACE_YAML, f"{kind} must be a list of mappings with {', '.join(keys)}")
        return
    marks = getattr(value, "item_marks", [mark] * len(value))
    for item, m in zip(value, marks):
        if not isinstance(item, dict):
            at(m, codes.WORKSPACE_YAML, f"each {kind} entry is a mapping with {', '.join(keys)}")
            continue
        missing = [k for k in keys if k not in item and not (k == "max_depth")]
        params = {k: item.get(k) for k in keys if k != "expect"}
        if kind == "check_at_depth":
            query = str(item.get("query", ""))
            expect = _expectation(item.get("expect"))
        else:
            query = " ".join(f"{k}={item.get(k)}" for k in keys if k != "expect")
            expect = item.get("expect")
        a = Assertion(kind, query, expect, m[0], params)
        if missing:
            a.problem = f"{kind} needs {', '.join(missing)}"
        elif kind == "check_at_depth":
            md = item.get("max_depth")
            if md is not None and (isinstance(md, bool) or not isinstance(md, int)):
                a.problem = "max_depth must be an integer"
            elif expect is None:
                a.problem = f"expect must be one of {', '.join(EXPECTATIONS)}"
        elif not isinstance(expect, list):
            a.problem = "expect must be a list"
        if a.problem:
            at(m, codes.WORKSPACE_QUERY, a.problem)
        elif kind == "check_at_depth":
            _check_query(a, m, at)
        case.assertions.append(a)


# ---------------------------------------------------------------- running

def check_matches(expected: str, r: CheckResult, strict: bool) -> bool:
    """Does a check result meet an expectation (see the module docstring)?"""
    if expected == "true":
        return r.allowed
    if expected == "false":
        if r.error is not None:
            return False
        return r.result == "not_member" or (r.result == "unknown" and not strict)
    if expected == "not_member":
        return r.result == "not_member" and r.error is None
    if expected == "unknown":
        return r.result == "unknown" and (r.error is None or strict)
    if expected == "error":
        return r.error is not None
    return False


def _actual(r: CheckResult) -> str:
    if r.error is not None:
        return "error"
    if r.allowed:
        return "true"
    return r.result


def run_tests(ws, only: str | None = None, coverage=None) -> TestReport:
    from .expand import leaf_subjects
    outcomes = []
    for case in ws.tests:
        if only is not None and only not in case.name:
            continue
        tws = ws.with_tuples(add=case.tuples) if case.tuples else ws
        if coverage is not None:
            tws.checker.coverage = coverage
        results = []
        for a in case.assertions:
            if a.problem:
                results.append(AssertionOutcome(a, None, False, error=a.problem))
                continue
            try:
                results.append(_run_one(tws, a, leaf_subjects))
            except Exception as e:  # a malformed query, reported on its line
                results.append(AssertionOutcome(a, None, False, error=str(e)))
        error = "; ".join(case.problems) if case.problems else None
        outcomes.append(TestOutcome(case, ws.path, results, error))
        if coverage is not None:
            tws.checker.coverage = None
    return TestReport(outcomes, coverage)


def _run_one(ws, a: Assertion, leaf_subjects) -> AssertionOutcome:
    if a.kind in ("check", "check_at_depth"):
        depth = a.params.get("max_depth") if a.kind == "check_at_depth" else None
        r = ws.check(a.query, max_depth=depth, explain=False)
        ok = check_matches(a.expected, r, ws.strict)
        if not ok:
            r = ws.check(a.query, max_depth=depth, explain=True)
        return AssertionOutcome(a, _actual(r), ok, check=r)
    if a.kind == "expand":
        tree = ws.expand(a.query)
        got = sorted(leaf_subjects(tree))
        want = sorted(set(a.expected))
        return AssertionOutcome(a, got, got == want)
    if a.kind == "list_objects":
        got = sorted(ws.list_objects(str(a.params["subject"]), str(a.params["namespace"]), str(a.params["permit"])))
        want = sorted({str(x) for x in a.expected})
        return AssertionOutcome(a, got, got == want)
    if a.kind == "list_subjects":
        got = sorted(ws.list_subjects(str(a.params["object"]), str(a.params["permit"])))
        want = sorted({str(x) for x in a.expected})
        return AssertionOutcome(a, got, got == want)
    raise ValueError(f"unknown assertion kind {a.kind}")
