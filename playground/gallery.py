"""The examples gallery and the guided tour, embedded in the site at build time.

Each folder under `examples/` is one workspace: its schema, tuple and
workspace files go into `examples.json` as they are on disk. The tour
(`templates/tour.yaml`) walks through Zanzibar's ideas on those examples;
its steps name an example, a file to show and a query to run, and the build
refuses a tour that points at something missing.
"""

from __future__ import annotations

from pathlib import Path

from engine.workspace import file_kind

__all__ = ["load_examples", "load_tour", "MAX_EXAMPLE_FILE"]

MAX_EXAMPLE_FILE = 512 * 1024
TOUR_PATH = Path(__file__).resolve().parent / "templates" / "tour.yaml"
_KIND_ORDER = {"schema": 0, "tuples": 1, "workspace": 2}
QUERY_MODES = ("check", "expand", "list", "lookup_objects", "lookup_subjects")


def _header_comment(text: str) -> list[str]:
    lines = []
    for ln in text.splitlines():
        s = ln.strip()
        if not s.startswith("#"):
            break
        lines.append(s.lstrip("#").strip())
    return [ln for ln in lines if ln]


def _first_query(folder: Path) -> str:
    """The first check in the example's tests: a good first thing to try."""
    from engine.workspace import Workspace, WorkspaceError
    try:
        ws = Workspace.load(folder)
    except WorkspaceError:
        return ""
    for case in ws.tests:
        for a in case.assertions:
            if a.kind == "check" and not a.problem:
                return a.query
    return ""


def load_examples(root: Path) -> list[dict]:
    import yaml

    examples = []
    if not root.is_dir():
        return examples
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        files = []
        for f in sorted(folder.rglob("*")):
            if not f.is_file() or file_kind(f.name) is None or f.stat().st_size > MAX_EXAMPLE_FILE:
                continue
            files.append({"name": f.relative_to(folder).as_posix(),
                          "text": f.read_text(encoding="utf-8", errors="replace")})
        if not files:
            continue
        # the schema first, then the tuples, then the workspace file (tab order)
        files.sort(key=lambda f: (_KIND_ORDER.get(file_kind(f["name"]), 3), f["name"]))
        workspace = next((f for f in files if file_kind(f["name"]) == "workspace"), None)
        title, description = folder.name.replace("-", " ").replace("_", " ").capitalize(), ""
        if workspace is not None:
            try:
                data = yaml.safe_load(workspace["text"])
            except yaml.YAMLError:
                data = None
            header = _header_comment(workspace["text"])
            if isinstance(data, dict) and isinstance(data.get("name"), str):
                title = data["name"]
            if isinstance(data, dict) and isinstance(data.get("description"), str):
                description = data["description"].strip()
            elif header:
                description = header[0]
        examples.append({"id": folder.name, "title": title, "description": description,
                         "query": _first_query(folder), "files": files})
    return examples


def load_tour(examples: list[dict], path: Path = TOUR_PATH) -> list[dict]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    steps = data.get("steps") if isinstance(data, dict) else None
    if not isinstance(steps, list) or not steps:
        raise ValueError(f"{path}: expected `steps:`, a list")
    by_id = {e["id"]: e for e in examples}
    out = []
    for i, step in enumerate(steps, 1):
        where = f"{path}: step {i}"
        if not isinstance(step, dict) or not isinstance(step.get("title"), str) or not isinstance(
                step.get("body"), str):
            raise ValueError(f"{where}: each step needs a title and a body")
        item = {"title": step["title"], "body": [p.strip() for p in step["body"].split("\n\n") if p.strip()]}
        example = step.get("example")
        if example is not None:
            if example not in by_id:
                raise ValueError(f"{where}: no example {example!r} under examples/")
            item["example"] = example
            names = {f["name"]: f["text"] for f in by_id[example]["files"]}
            if "file" in step:
                if step["file"] not in names:
                    raise ValueError(f"{where}: example {example!r} has no file {step['file']!r}")
                item["file"] = step["file"]
                if "find" in step:
                    if str(step["find"]) not in names[step["file"]]:
                        raise ValueError(f"{where}: {step['find']!r} is not in {step['file']}")
                    item["find"] = str(step["find"])
        if "query" in step:
            q = step["query"]
            if not isinstance(q, dict) or q.get("mode", "check") not in QUERY_MODES or "text" not in q:
                raise ValueError(f"{where}: query needs a mode ({', '.join(QUERY_MODES)}) and a text")
            item["query"] = {"mode": q.get("mode", "check"), "text": str(q["text"]),
                             "subject": str(q.get("subject", "")),
                             "max_depth": q.get("max_depth")}
            if "expect" in step:
                item["expect"] = str(step["expect"])
        out.append(item)
    return out
