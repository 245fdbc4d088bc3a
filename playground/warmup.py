"""Every request of the page, once, on a small workspace: run before the
build takes Pyodide's memory snapshot, so that the modules each request needs
are imported — through the same paths the page's requests take — and the
browser restores them instead of importing them."""

from __future__ import annotations

import json

from .bridge import Session

SCHEMA = """class User implements Namespace {}
class Group implements Namespace {
  related: { members: (User | SubjectSet<Group, "members">)[] }
}
class Doc implements Namespace {
  related: {
    owners: (User | SubjectSet<Group, "members">)[]
    parents: Doc[]
  }
  permits = {
    view: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx)),
  }
}
"""
TUPLES = "Group:g#members@User:a\nDoc:d#owners@Group:g#members\nDoc:e#parents@Doc:d\n"
WORKSPACE = """schema_file: w.keto.ts
tuple_files: [w.tuples]
tests:
  - name: warm
    check:
      Doc:e#view@User:a: true
    expand:
      Group:g#members: [User:a]
    list_subjects:
      - {object: "Doc:d", permit: view, expect: [User:a]}
"""


def warm() -> list[str]:
    """Runs every request; returns the requests that failed (none, normally)."""
    s = Session()
    requests = [
        ("set_files", {"files": [{"name": "w.keto.ts", "text": SCHEMA}, {"name": "w.tuples", "text": TUPLES},
                                 {"name": "w.opl.yaml", "text": WORKSPACE}]}),
        ("update", {"name": "w.tuples", "text": TUPLES + "Doc:x#owners@User:b\n"}),
        ("complete", {"name": "w.keto.ts", "line": 11, "character": 19}),
        ("complete", {"name": "w.tuples", "line": 0, "character": 6}),
        ("hover", {"name": "w.keto.ts", "line": 11, "character": 20}),
        ("format", {"name": "w.keto.ts"}),
        ("check", {"query": "Doc:e#view@User:a"}),
        ("expand", {"query": "Doc:e#view"}),
        ("list", {"namespace": "Doc"}),
        ("lookup_objects", {"subject": "User:a", "target": "Doc#view"}),
        ("lookup_subjects", {"target": "Doc:e#view"}),
        ("run_tests", {}),
        ("export_yaml", {}),
        ("import_files", {"files": [{"name": "x.opl.yaml", "text": "schema: |\n  class A implements Namespace {}\n"}]}),
    ]
    failed = []
    for method, params in requests:
        reply = json.loads(s.handle(method, json.dumps(params)))
        if "error" in reply:
            failed.append(f"{method}: {reply['error']}")
    return failed
