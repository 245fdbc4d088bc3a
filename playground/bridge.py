"""The playground's Python side: runs in Pyodide, in a Web Worker.

The page sends the workspace's files and requests as JSON; this module answers
with what the engine computes — diagnostics, completion and hover from
`engine.ide` (the functions the language server uses), checks with their
derivation trees, expand, list, lookups, the workspace's tests — as plain
JSON-able data for the page to present. Nothing here knows OPL: it only
routes to the engine and shapes the answers.

Files live in memory under a virtual folder (ROOT); the workspace file
(`*.opl.yaml`) refers to its schema and tuple files by name, as on disk.
"""

from __future__ import annotations

import errno
import json
import posixpath
import time

from engine.check.trace import TraceNode
from engine.diagnostics import Position
from engine.workspace import QueryError, Workspace, file_kind

__all__ = ["Session", "ROOT", "uri_of", "MAX_TREE_NODES"]

ROOT = "/playground"
# A derivation tree larger than this is cut (the page stays responsive; the
# verdict is unaffected).
MAX_TREE_NODES = 3000
MAX_LIST_RESULTS = 2000


def uri_of(name: str) -> str:
    """The document key of a file: `playground:///playground/<name>` (quoted)."""
    from engine.ide.uris import path_to_uri
    return path_to_uri(f"{ROOT}/{name}", "playground")


def _name_of(path: str | None) -> str | None:
    """A file name inside the workspace, from an engine path or a URI."""
    if path is None:
        return None
    path = str(path)
    if "://" in path:
        from engine.ide.uris import uri_to_path
        path = uri_to_path(path) or path
    if path.startswith(ROOT + "/"):
        return path[len(ROOT) + 1:]
    return path


class Session:
    """One playground workspace: its files, the IDE project over them, and
    the engine's workspace (rebuilt when a file changes)."""

    def __init__(self):
        from engine.ide import Project  # the language features the language server uses
        self.files: dict[str, str] = {}
        self.project = Project(reader=self._read_path)
        # (Workspace, spans) for queries, until the next edit
        self._workspace: tuple | None = None

    # ------------------------------------------------------------ protocol

    def handle(self, method: str, params_json: str) -> str:
        """One request from the page: JSON in, JSON out. Never raises: a
        failure becomes {"error": …} so that the page can show it."""
        try:
            params = json.loads(params_json) if params_json else {}
            handler = getattr(self, "rpc_" + method, None)
            if handler is None:
                raise ValueError(f"unknown request {method!r}")
            result = handler(**params)
            return json.dumps({"result": result}, ensure_ascii=False)
        except QueryError as e:
            return json.dumps({"error": f"malformed query: {e}", "kind": "query"}, ensure_ascii=False)
        except RecursionError:
            return json.dumps({"error": "the input is nested too deeply to evaluate", "kind": "internal"})
        except Exception as e:  # noqa: BLE001 - the page shows it; the worker keeps running
            return json.dumps({"error": f"{type(e).__name__}: {e}", "kind": "internal"}, ensure_ascii=False)

    # ------------------------------------------------------------ files

    def _read_path(self, path) -> str:
        name = self._resolve(path)
        if name in self.files:
            return self.files[name]
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(path))

    def _resolve(self, path) -> str:
        """A path the engine asks for (absolute under ROOT, or a URI) → a file name."""
        text = str(path)
        if "://" in text:
            from engine.ide.uris import uri_to_path
            text = uri_to_path(text) or text
        norm = posixpath.normpath(text)
        if norm.startswith(ROOT + "/"):
            return norm[len(ROOT) + 1:]
        return norm

    def rpc_set_files(self, files: list[dict]) -> dict:
        """Replace every file (opening a workspace)."""
        for name in list(self.files):
            self.project.remove_document(uri_of(name))
        self.files = {}
        for f in files:
            self._put(str(f["name"]), str(f["text"]))
        self._workspace = None
        return self.rpc_diagnostics()

    def rpc_update(self, name: str, text: str) -> dict:
        """One file changed; answers every file's diagnostics (a schema edit
        changes what the tuple and workspace files are checked against)."""
        self._put(name, text)
        self._workspace = None
        return self.rpc_diagnostics()

    def _put(self, name: str, text: str) -> None:
        self.files[name] = text
        self.project.set_document(uri_of(name), text)

    # ------------------------------------------------------------ language features

    def rpc_diagnostics(self) -> dict:
        out = {}
        for name in self.files:
            out[name] = [_diagnostic_json(d, self.files[name]) for d in self.project.diagnostics(uri_of(name))]
        return {"diagnostics": out, "kinds": {name: file_kind(name) for name in self.files},
                "tokens": {name: self._tokens(name) for name in self.files}}

    def _tokens(self, name: str) -> list:
        """Semantic tokens (the editor's colours) as [line, character,
        length, type]. Colours are an extra: a failure here must not cost
        the diagnostics they travel with."""
        from engine.ide import semantic_tokens
        try:
            return [[t.line, t.character, t.length, t.type] for t in semantic_tokens(self.project, uri_of(name))]
        except Exception:  # noqa: BLE001
            return []

    def rpc_complete(self, name: str, line: int, character: int) -> dict:
        from engine.ide import complete
        items = complete(self.project, uri_of(name), Position(line, character))
        return {"items": [_completion_json(i) for i in items]}

    def rpc_hover(self, name: str, line: int, character: int):
        from engine.ide import hover
        h = hover(self.project, uri_of(name), Position(line, character))
        if h is None:
            return None
        return {"markdown": h.markdown, "range": h.range.to_json() if h.range else None}

    def rpc_format(self, name: str):
        from engine.ide import format_document
        return {"text": format_document(self.project, uri_of(name))}

    # ------------------------------------------------------------ the workspace

    def workspace(self) -> Workspace:
        return self._query_context()[0]

    def _workspace_file(self) -> str | None:
        names = sorted(n for n in self.files if file_kind(n) == "workspace")
        return names[0] if names else None

    def _query_context(self):
        """(Workspace, spans): the workspace the language features read —
        the workspace file's, else the folder's (schema and tuple files) —
        and how its derivation trees point into the files. Cached by the
        project until the next edit."""
        if self._workspace is not None:
            return self._workspace
        from engine.ide.checks import tree_spans
        wf = self._workspace_file()
        anchor = wf or next((n for n in sorted(self.files) if file_kind(n) == "schema"), None) or next(
            (n for n in sorted(self.files) if file_kind(n) == "tuples"), None)
        ctx = self.project.context(uri_of(anchor)) if anchor is not None else None
        if ctx is None or ctx.ws is None:
            # no file, or a workspace file that cannot be read (its
            # diagnostics say why): the other files, as a folder
            self._workspace = (self._folder_workspace(), None)
            return self._workspace
        span = tree_spans(self.project, ctx)

        def spans(start: int, end: int):
            s = span(start, end) if span is not None else None
            return None if s is None else {"file": _name_of(s["uri"]), "range": s["range"]}
        self._workspace = (ctx.ws, spans)
        return self._workspace

    def _folder_workspace(self) -> Workspace:
        from engine.opl.analyze import analyze
        from engine.tuples import load_tuple_text
        schemas = sorted(n for n in self.files if file_kind(n) == "schema")
        tuples = sorted(n for n in self.files if file_kind(n) == "tuples")
        schema_text = self.files[schemas[0]] if schemas else ""
        analysis = analyze(schema_text, f"{ROOT}/{schemas[0]}" if schemas else None)
        files = [load_tuple_text(self.files[n], f"{ROOT}/{n}") for n in tuples]
        return Workspace(analysis, files, root=ROOT)

    def _context(self, ws: Workspace) -> dict:
        """What every query answer carries: is the schema loadable?"""
        errors = ws.analysis.errors
        return {"schema_errors": len(errors), "schema_file": _name_of(ws.analysis.file)}

    def _spans(self, ws: Workspace):
        spans = self._query_context()[1]
        return spans if spans is not None else (lambda start, end: None)

    # ------------------------------------------------------------ queries

    def rpc_check(self, query: str, max_depth: int | None = None) -> dict:
        ws = self.workspace()
        depth = _depth(max_depth)
        t0 = time.perf_counter()
        r = ws.check(query, max_depth=depth, explain=True)
        elapsed = (time.perf_counter() - t0) * 1000
        out = {"query": r.query, "allowed": r.allowed, "result": r.result, "limitation": r.limitation,
               "error": r.error, "note": r.note, "elapsed_ms": round(elapsed, 3),
               # as Keto, the engine caps a request's depth at the workspace's
               "max_depth": ws.checker.clamp(depth), "capped": depth is not None and depth > ws.max_depth}
        out["tree"] = tree_json(r.tree, self._spans(ws)) if r.tree is not None else None
        out.update(self._context(ws))
        return out

    def rpc_expand(self, query: str, mode: str = "rewrites", max_depth: int | None = None) -> dict:
        from engine.tuples import format_subject, SubjectSet
        ws = self.workspace()
        tree = ws.expand(query, mode=mode if mode in ("rewrites", "tuples") else "rewrites",
                         max_depth=_depth(max_depth))
        nodes = []
        stack = [(tree, None)]
        while stack and len(nodes) < MAX_TREE_NODES:
            node, parent = stack.pop()
            t = node.get("tuple") or {}
            if "subject_id" in t:
                label = format_subject(t["subject_id"])
            elif "subject_set" in t:
                s = t["subject_set"]
                label = format_subject(SubjectSet(s["namespace"], s["object"], s["relation"]))
            else:
                label = ""
            nid = len(nodes)
            nodes.append({"id": nid, "parent": parent, "type": node["type"], "label": label, "children": []})
            if parent is not None:
                nodes[parent]["children"].append(nid)
            for child in reversed(node.get("children") or []):
                stack.append((child, nid))
        out = {"query": query, "mode": mode, "nodes": nodes, "truncated": bool(stack)}
        out.update(self._context(ws))
        return out

    def rpc_list(self, namespace=None, object=None, relation=None, subject=None, page_token=None) -> dict:
        ws = self.workspace()
        page, token = ws.list(namespace or None, object or None, relation or None, subject or None,
                              page_size=500, page_token=page_token or None)
        return {"tuples": [str(t) for t in page], "next_page_token": token or None, "total": len(ws.store)}

    def rpc_lookup_objects(self, subject: str, target: str, max_depth: int | None = None) -> dict:
        ns, sep, permit = target.strip().partition("#")
        if not sep or not ns or not permit:
            raise QueryError(f"expected NAMESPACE#PERMIT, got {target!r}")
        ws = self.workspace()
        found = ws.list_objects(subject.strip(), ns, permit, _depth(max_depth))
        out = {"results": found[:MAX_LIST_RESULTS], "count": len(found)}
        out.update(self._context(ws))
        return out

    def rpc_lookup_subjects(self, target: str, max_depth: int | None = None) -> dict:
        obj, sep, permit = target.strip().rpartition("#")
        if not sep or ":" not in obj or not permit:
            raise QueryError(f"expected NAMESPACE:OBJECT#PERMIT, got {target!r}")
        ws = self.workspace()
        found = ws.list_subjects(obj, permit, _depth(max_depth))
        out = {"results": found[:MAX_LIST_RESULTS], "count": len(found)}
        out.update(self._context(ws))
        return out

    # ------------------------------------------------------------ tests

    def rpc_run_tests(self) -> dict:
        ws = self.workspace()
        wf = self._workspace_file()
        report = ws.run_tests()
        spans = self._spans(ws)
        tests = []
        for o in report.outcomes:
            assertions = []
            for a in o.assertions:
                item = a.to_json()
                if a.check is not None and a.check.tree is not None and not a.passed:
                    item["tree"] = tree_json(a.check.tree, spans)
                    item["result"] = a.check.result
                assertions.append(item)
            tests.append({"name": o.case.name, "line": o.case.line, "passed": o.passed, "error": o.error,
                          "assertions": assertions})
        out = {"file": wf, "passed": report.passed, "failed": report.failed, "errors": report.errors,
               "tests": tests}
        out.update(self._context(ws))
        return out

    # ------------------------------------------------------------ import / export

    def rpc_export_yaml(self) -> dict:
        from .workspace_io import export_workspace
        return export_workspace(self.files)

    def rpc_import_files(self, files: list[dict]) -> dict:
        from .workspace_io import import_files
        return {"files": import_files([(str(f["name"]), str(f["text"])) for f in files])}


# ---------------------------------------------------------------- shaping

def _depth(value) -> int | None:
    if value in (None, ""):
        return None
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise QueryError(f"max depth must be a positive number, got {value!r}") from None
    if n <= 0:
        raise QueryError(f"max depth must be a positive number, got {value!r}")
    return n


def _diagnostic_json(d, text: str) -> dict:
    out = d.to_json()
    out["file"] = _name_of(d.file)
    if d.tags:
        out["tags"] = list(d.tags)
    if d.fixes:
        from engine.diagnostics import SourceText
        source = SourceText(text)
        out["fixes"] = [{"title": f.title, "preferred": f.preferred,
                         "edits": [{"range": source.range(e.start, e.end).to_json(), "new_text": e.new_text}
                                   for e in f.edits]} for f in d.fixes]
    return out


def _completion_json(item) -> dict:
    insert = item.insert_text if item.insert_text is not None else item.label
    return {
        "label": item.label, "kind": item.kind, "detail": item.detail, "documentation": item.documentation,
        "insert_text": codemirror_snippet(insert) if item.is_snippet else insert,
        "is_snippet": item.is_snippet, "sort_text": item.sort_text,
        "replace_range": item.replace_range.to_json() if item.replace_range is not None else None,
    }


def codemirror_snippet(lsp: str) -> str:
    """An LSP snippet (`$1`, `${1:name}`, `$0`, `\\$`) in CodeMirror's
    template syntax (`${1}`, `${1:name}`, `${0}`; literal braces escaped)."""
    out = []
    i, n = 0, len(lsp)
    depth = 0  # inside ${…}
    while i < n:
        c = lsp[i]
        if c == "\\" and i + 1 < n and lsp[i + 1] in "$}\\":
            ch = lsp[i + 1]
            out.append("\\}" if ch == "}" else ch)
            i += 2
            continue
        if c == "$" and i + 1 < n and lsp[i + 1].isdigit():
            j = i + 1
            while j < n and lsp[j].isdigit():
                j += 1
            out.append("${" + lsp[i + 1:j] + "}")
            i = j
            continue
        if c == "$" and i + 1 < n and lsp[i + 1] == "{":
            j = i + 2
            while j < n and lsp[j].isdigit():
                j += 1
            if j > i + 2 and j < n and lsp[j] in ":}":
                out.append("${" + lsp[i + 2:j] + (":" if lsp[j] == ":" else "}"))
                if lsp[j] == ":":
                    depth += 1
                i = j + 1
                continue
        if c == "}" and depth:
            depth -= 1
            out.append("}")
            i += 1
            continue
        if c in "{}":
            out.append("\\" + c)
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def tree_json(root: TraceNode, spans, cap: int = MAX_TREE_NODES) -> dict:
    """A derivation tree as a flat list of nodes (ids in evaluation order,
    children as ids), the deciding path marked, and the replay of the
    evaluation: each node entered, then left with its result."""
    deciding = {id(n) for n in root.deciding_path()}
    nodes: list[dict] = []
    steps: list[dict] = []
    # (node, parent id, phase): phase "enter" emits the node and schedules
    # its exit after its children — the order the engine ran them in
    stack: list = [(root, None, "enter", None)]
    truncated = False
    while stack:
        node, parent, phase, nid = stack.pop()
        if phase == "exit":
            steps.append({"node": nid, "phase": "exit"})
            continue
        if len(nodes) >= cap:
            truncated = True
            continue
        nid = len(nodes)
        item = {
            "id": nid, "parent": parent, "kind": node.kind, "query": node.query, "rule": node.rule,
            "result": node.result, "limitation": node.limitation, "error": node.error, "tuple": node.tuple,
            "note": node.note, "depth": node.depth,
            "span": spans(*node.span) if node.span is not None else None,
            "deciding": id(node) in deciding, "children": [],
        }
        nodes.append(item)
        if parent is not None:
            nodes[parent]["children"].append(nid)
        steps.append({"node": nid, "phase": "enter"})
        stack.append((node, parent, "exit", nid))
        for child in reversed(node.children):
            stack.append((child, nid, "enter", None))
    return {"nodes": nodes, "steps": steps, "truncated": truncated}


def main_session() -> Session:
    """The worker's entry point (kept tiny so that start-up is one call)."""
    return Session()
