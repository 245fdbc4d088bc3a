"""The playground's Python side (playground/bridge.py) in CPython: the same
code the browser runs in Pyodide, answering the page's requests from the
engine and engine.ide."""

from __future__ import annotations

import json

import pytest

from engine.check.trace import TraceNode
from engine.diagnostics import Position, SourceText
from engine.opl.analyze import analyze
from engine.workspace import Workspace
from playground.bridge import MAX_TREE_NODES, Session, codemirror_snippet, tree_json, uri_of
from playground.gallery import load_examples
from paths import EXAMPLES  # tests/paths.py

DRIVE = EXAMPLES / "drive"
SCHEMA, TUPLES, WORKSPACE = "namespaces.keto.ts", "drive.tuples", "drive.opl.yaml"


def drive_files() -> list[dict]:
    return next(e for e in load_examples(EXAMPLES) if e["id"] == "drive")["files"]


@pytest.fixture
def session() -> Session:
    s = Session()
    s.rpc_set_files(drive_files())
    return s


def call(session: Session, method: str, **params):
    """Through the JSON entry point the worker uses."""
    return json.loads(session.handle(method, json.dumps(params)))


# ---------------------------------------------------------------- diagnostics

def test_every_file_gets_the_projects_diagnostics(session):
    from engine.ide import Project
    reply = session.rpc_diagnostics()
    assert set(reply["diagnostics"]) == {SCHEMA, TUPLES, WORKSPACE}
    assert reply["kinds"] == {SCHEMA: "schema", TUPLES: "tuples", WORKSPACE: "workspace"}
    # the same as the language server's project over the same documents
    project = Project(reader=lambda p: (_ for _ in ()).throw(FileNotFoundError(p)))
    for f in drive_files():
        project.set_document(uri_of(f["name"]), f["text"])
    for f in drive_files():
        expected = [(d.code, d.message, d.range.to_json()) for d in project.diagnostics(uri_of(f["name"]))]
        got = [(d["code"], d["message"], d["range"]) for d in reply["diagnostics"][f["name"]]]
        assert got == expected


def test_a_broken_schema_shows_kets_error_and_fixing_it_clears_it(session):
    text = session.files[SCHEMA]
    broken = text.replace("class Group implements Namespace {", "class Group implements Namespace {{", 1)
    reply = session.rpc_update(SCHEMA, broken)
    errors = [d for d in reply["diagnostics"][SCHEMA] if d["severity"] == "error"]
    expected = [d for d in analyze(broken).diagnostics if d.severity.value == "error"]
    assert errors and [e["message"] for e in errors] == [d.message for d in expected]
    assert errors[0]["range"] == expected[0].range.to_json()
    fixed = session.rpc_update(SCHEMA, text)
    assert [d for d in fixed["diagnostics"][SCHEMA] if d["severity"] == "error"] == []


def test_tuple_diagnostics_follow_the_schema(session):
    reply = session.rpc_update(TUPLES, session.files[TUPLES] + "Document:x#nonsense@User:a\n")
    messages = [d["message"] for d in reply["diagnostics"][TUPLES]]
    assert any("nonsense" in m for m in messages)


# ---------------------------------------------------------------- checks

def engine_tree(query: str, **kw) -> TraceNode:
    return Workspace.load(DRIVE).check(query, explain=True, **kw).tree


def test_a_check_answers_with_the_engines_tree_and_deciding_path(session):
    q = "Document:roadmap#view@User:dana"
    reply = call(session, "check", query=q)["result"]
    assert reply["allowed"] is True and reply["result"] == "member"
    tree = engine_tree(q)
    nodes = list(tree.walk())
    assert [(n["kind"], n["query"], n["result"]) for n in reply["tree"]["nodes"]] == [
        (n.kind, n.query, n.result) for n in nodes]
    deciding = [n for n in reply["tree"]["nodes"] if n["deciding"]]
    assert [(n["kind"], n["query"]) for n in deciding] == [(n.kind, n.query) for n in tree.deciding_path()]
    assert reply["tree"]["truncated"] is False


def test_tree_nodes_link_to_their_opl_span(session):
    reply = session.rpc_check("Document:spec#edit@User:erin")
    text = session.files[SCHEMA]
    source = SourceText(text)
    linked = [n for n in reply["tree"]["nodes"] if n["span"]]
    assert linked
    for n in linked:
        assert n["span"]["file"] == SCHEMA
    traverse = next(n for n in linked if n["kind"] == "traverse")
    r = traverse["span"]["range"]
    start = source.offset(Position(**r["start"]))
    end = source.offset(Position(**r["end"]))
    assert text[start:end] == "this.related.parents.traverse((p) => p.permits.edit(ctx))"


def test_the_replay_enters_and_leaves_every_node_in_evaluation_order(session):
    reply = session.rpc_check("Document:roadmap#edit@User:bob")
    nodes, steps = reply["tree"]["nodes"], reply["tree"]["steps"]
    assert len(steps) == 2 * len(nodes)
    assert [s["node"] for s in steps if s["phase"] == "enter"] == list(range(len(nodes)))
    stack = []
    for s in steps:
        if s["phase"] == "enter":
            parent = nodes[s["node"]]["parent"]
            assert parent == (stack[-1] if stack else None)
            stack.append(s["node"])
        else:
            assert stack.pop() == s["node"]
    assert stack == [] and steps[0] == {"node": 0, "phase": "enter"} and steps[-1] == {"node": 0, "phase": "exit"}


def test_depth_limits_and_what_if_tuples(session):
    assert session.rpc_check("Document:roadmap#edit@User:bob", max_depth=2)["result"] == "unknown"
    assert session.rpc_check("Document:roadmap#edit@User:bob")["allowed"] is True
    assert session.rpc_check("Document:roadmap#view@User:frank")["allowed"] is False
    session.rpc_update(TUPLES, session.files[TUPLES] + "Group:design#members@User:frank\n")
    assert session.rpc_check("Document:roadmap#view@User:frank")["allowed"] is True


@pytest.mark.parametrize("depth", ["0", "-1", "deep", 0])
def test_a_bad_max_depth_is_a_query_error(session, depth):
    reply = call(session, "check", query="Document:roadmap#view@User:dana", max_depth=depth)
    assert reply["kind"] == "query" and "max depth" in reply["error"]


def test_a_malformed_query_is_reported_not_raised(session):
    reply = call(session, "check", query="Document:roadmap")
    assert reply["kind"] == "query" and reply["error"].startswith("malformed query")


@pytest.mark.parametrize("method, params", [("nope", "{}"), ("check", "{not json"), ("check", '{"bogus": 1}')])
def test_bad_requests_become_errors(session, method, params):
    reply = json.loads(session.handle(method, params))
    assert "error" in reply and "result" not in reply


def test_a_huge_tree_is_cut_but_the_verdict_is_whole():
    root = TraceNode("union", "a:b#c@d")
    for i in range(10):
        root.add(TraceNode("direct", f"a:b#c@{i}"))
    out = tree_json(root, lambda s, e: None, cap=4)
    assert len(out["nodes"]) == 4 and out["truncated"] is True
    assert MAX_TREE_NODES >= 1000


def test_a_deep_tree_needs_no_recursion():
    root = node = TraceNode("union", "q")
    for _ in range(5000):
        node = node.add(TraceNode("union", "q"))
    out = tree_json(root, lambda s, e: None, cap=10_000)
    assert len(out["nodes"]) == 5001 and len(out["steps"]) == 10_002


# ---------------------------------------------------------------- expand, list, lookups

def test_expand_labels_the_subjects(session):
    from engine.expand import leaf_subjects
    reply = session.rpc_expand("Group:engineering#members")
    tree = Workspace.load(DRIVE).expand("Group:engineering#members")
    leaves = sorted(n["label"] for n in reply["nodes"] if n["type"] == "leaf" and ":" in n["label"]
                    and "#" not in n["label"])
    assert leaves == sorted(s for s in leaf_subjects(tree) if "#" not in s)
    assert reply["nodes"][0]["label"] == "Group:engineering#members"


def test_list_filters_the_stored_tuples(session):
    everything = session.rpc_list()
    stored = [ln for ln in session.files[TUPLES].splitlines() if ln.strip() and not ln.startswith("//")]
    assert everything["total"] == len(stored) and sorted(everything["tuples"]) == sorted(stored)
    groups = session.rpc_list(namespace="Group")
    assert groups["tuples"] == [t for t in everything["tuples"] if t.startswith("Group:")]


def test_lookups_agree_with_the_engine(session):
    ws = Workspace.load(DRIVE)
    assert session.rpc_lookup_subjects("Document:roadmap#view")["results"] == ws.list_subjects("Document:roadmap", "view")
    assert session.rpc_lookup_objects("User:frank", "Document#view")["results"] == ws.list_objects(
        "User:frank", "Document", "view")
    assert call(session, "lookup_objects", subject="User:frank", target="Document")["kind"] == "query"
    assert call(session, "lookup_subjects", target="roadmap#view")["kind"] == "query"


# ---------------------------------------------------------------- tests of the workspace

def test_the_workspaces_tests_pass_and_a_wrong_expectation_fails_with_its_tree(session):
    report = session.rpc_run_tests()
    assert (report["passed"], report["failed"], report["errors"]) == (9, 0, 0)
    assert report["file"] == WORKSPACE
    wrong = session.files[WORKSPACE].replace("Document:secret#edit@User:carol: false",
                                              "Document:secret#edit@User:carol: true")
    session.rpc_update(WORKSPACE, wrong)
    report = session.rpc_run_tests()
    assert report["failed"] == 1
    failing = [a for t in report["tests"] for a in t["assertions"] if not a["passed"]]
    assert len(failing) == 1 and failing[0]["query"] == "Document:secret#edit@User:carol"
    assert failing[0]["tree"]["nodes"][0]["query"] == "Document:secret#edit@User:carol"
    assert wrong.splitlines()[failing[0]["line"] - 1].strip().startswith("Document:secret#edit@User:carol")


# ---------------------------------------------------------------- odd workspaces

def test_a_missing_schema_file_is_a_diagnostic_and_queries_still_answer():
    s = Session()
    reply = s.rpc_set_files([{"name": "w.opl.yaml", "text": "schema_file: gone.keto.ts\ntuples: ['a:b#c@d']\n"}])
    messages = " ".join(d["message"] for d in reply["diagnostics"]["w.opl.yaml"])
    assert "gone.keto.ts" in messages
    assert s.rpc_check("a:b#c@d")["allowed"] is True


def test_schema_and_tuples_without_a_workspace_file():
    s = Session()
    files = [f for f in drive_files() if f["name"] != WORKSPACE]
    s.rpc_set_files(files)
    assert s.rpc_check("Document:spec#edit@User:erin")["allowed"] is True
    assert s.rpc_run_tests()["file"] is None


def test_an_inline_schema_links_its_spans_to_the_workspace_files_lines():
    s = Session()
    text = ("schema: |\n  class User implements Namespace {}\n  class Doc implements Namespace {\n"
            "    related: { owners: User[] }\n    permits = {\n"
            "      view: (ctx: Context): boolean => this.related.owners.includes(ctx.subject),\n    }\n  }\n"
            "tuples:\n  - Doc:d#owners@User:u\n")
    s.rpc_set_files([{"name": "w.opl.yaml", "text": text}])
    reply = s.rpc_check("Doc:d#view@User:u")
    assert reply["allowed"] is True
    source = SourceText(text)

    def text_of(span):
        assert span["file"] == "w.opl.yaml"
        r = span["range"]
        return text[source.offset(Position(**r["start"])):source.offset(Position(**r["end"]))]
    linked = [text_of(n["span"]) for n in reply["tree"]["nodes"] if n["span"]]
    assert linked == ["view", "this.related.owners.includes(ctx.subject)"]


def test_hostile_file_names_are_plain_keys():
    s = Session()
    names = ['<img src=x onerror="alert(1)">.keto.ts', "a#b?c%d.tuples", "ws <script>.opl.yaml"]
    files = [{"name": names[0], "text": 'class "<script>x</script>" implements Namespace {}\n'},
             {"name": names[1], "text": '<script>:x#y@<img src=x onerror=alert(1)>\n'},
             {"name": names[2], "text": f"schema_file: '{names[0]}'\ntuple_files: ['{names[1]}']\n"}]
    reply = s.rpc_set_files(files)
    assert set(reply["diagnostics"]) == set(names)
    assert s.rpc_list()["tuples"] == ["<script>:x#y@<img src=x onerror=alert(1)>"]


# ---------------------------------------------------------------- completion, hover, format

def test_completion_comes_from_engine_ide(session):
    from engine.ide import complete
    text = session.files[SCHEMA]
    at = text.index("this.related.owners") + len("this.related.")
    pos = SourceText(text).position(at)
    reply = session.rpc_complete(SCHEMA, pos.line, pos.character)
    expected = complete(session.project, uri_of(SCHEMA), pos)
    assert [i["label"] for i in reply["items"]] == [i.label for i in expected]
    assert "owners" in [i["label"] for i in reply["items"]]


def test_hover_comes_from_engine_ide(session):
    from engine.ide import hover
    text = session.files[SCHEMA]
    at = text.index("this.related.owners") + len("this.related.o")
    pos = SourceText(text).position(at)
    reply = session.rpc_hover(SCHEMA, pos.line, pos.character)
    expected = hover(session.project, uri_of(SCHEMA), pos)
    assert expected is not None and reply["markdown"] == expected.markdown


def test_format_comes_from_engine_ide(session):
    messy = session.files[SCHEMA].replace("class User implements Namespace {}", "class   User implements Namespace{ }")
    session.rpc_update(SCHEMA, messy)
    from engine.opl.format import format_text
    assert session.rpc_format(SCHEMA)["text"] == format_text(messy)


@pytest.mark.parametrize("lsp, cm", [
    ("class ${1:Name} implements Namespace {\n\t$0\n}", "class ${1:Name} implements Namespace \\{\n\t${0}\n\\}"),
    ("$1 || $2", "${1} || ${2}"),
    ("a \\$b \\} c", "a $b \\} c"),
    ("${1:a${2:b}}", "${1:a${2:b}}"),
    ("plain", "plain"),
])
def test_lsp_snippets_become_codemirror_templates(lsp, cm):
    assert codemirror_snippet(lsp) == cm


def test_the_snapshot_warm_up_makes_every_request_without_error():
    from playground.warmup import warm
    assert warm() == []
