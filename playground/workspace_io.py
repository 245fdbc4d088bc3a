"""Import and export of whole workspaces as one `.opl.yaml` file.

In the playground a workspace is several files, as on disk: the workspace
file names its schema (`schema_file:`) and tuple files (`tuple_files:`).
Export inlines them (`schema: |`, `tuples: |`) so that one file carries the
whole workspace; import does the reverse, so the schema and the tuples get
editors of their own. Both edit the YAML text line by line, keeping every
comment and test as written; when the layout is unusual (flow mappings,
duplicate keys) the text is left as it is rather than risk losing anything.
"""

from __future__ import annotations

import re

from engine import yamlpos
from engine.workspace import file_kind

__all__ = ["export_workspace", "import_files", "clean_name", "yaml_block"]

_MOVED_KEYS = ("schema_file", "schema", "tuple_files", "tuples")


def clean_name(name: str) -> str:
    """A file name safe to use as a tab label and a key: no folders, no
    control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = re.sub(r"[\x00-\x1f\x7f]", "", base).strip()
    return base[:120] or "file"


def yaml_block(key: str, text: str, quoted: bool = False) -> str:
    """`key: |` followed by text, as YAML that reads back to exactly text
    (PyYAML picks a quoted form when a block cannot hold it; quoted=True
    forces one, for texts whose trailing blank lines a block would blur)."""
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def represent(dumper, value):
        style = '"' if quoted else ("|" if "\n" in value else None)
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, represent)
    out = yaml.dump({key: text}, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=10**9)
    # PyYAML ends a document after a "keep" block (`|+`); ours goes on
    return out[: -len("...\n")] if out.endswith("\n...\n") else out


def _top_level(text: str):
    """The workspace file's top-level mapping with positions, or None."""
    try:
        data = yamlpos.load(text)
    except yamlpos.YAMLError:
        return None
    return data if isinstance(data, yamlpos.YMap) else None


def _entry_lines(data, key: str) -> tuple[int, int]:
    """[first, last) lines of a top-level entry, from its key to its value's end."""
    first = data.key_marks[key][0]
    vm = data.value_marks[key]
    last = vm[2] if (vm[3] == 0 and vm[2] > first) else vm[2] + 1
    return first, max(last, first + 1)


def _cut(text: str, data, keys) -> tuple[list[str], int] | None:
    """The lines of text without the entries of keys, and where the first
    one stood. None when an entry shares a line with another (flow style)."""
    lines = text.splitlines(keepends=True)
    spans = [_entry_lines(data, k) for k in keys if k in data]
    if not spans:
        return lines, _insertion_line(lines)
    others = [_entry_lines(data, k) for k in data if k not in keys]
    for a0, a1 in spans:
        for b0, b1 in others:
            if a0 < b1 and b0 < a1:
                return None
    drop = set()
    for a0, a1 in spans:
        drop.update(range(a0, a1))
    at = min(a0 for a0, _ in spans)
    kept = [ln for i, ln in enumerate(lines) if i not in drop]
    return kept, at


def _insertion_line(lines: list[str]) -> int:
    """After the leading comment block (the file's title)."""
    i = 0
    while i < len(lines) and lines[i].lstrip().startswith("#"):
        i += 1
    return i


def export_workspace(files: dict[str, str]) -> dict:
    """One self-contained `.opl.yaml`: {"name", "text"}."""
    from engine.tuples import load_tuple_text

    names = sorted(files)
    wf = next((n for n in names if file_kind(n) == "workspace"), None)
    text = files[wf] if wf is not None else ""
    data = _top_level(text) if text.strip() else yamlpos.YMap()
    if data is None:
        raise ValueError(f"{wf} is not valid YAML (see its diagnostics): fix it before exporting, or use "
                         "Share, which keeps every file as it is")

    def referenced(key, kind):
        value = data.get(key)
        refs = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        found = [r for r in refs if isinstance(r, str) and r in files]
        return found or ([] if key in data else [n for n in names if file_kind(n) == kind])

    blocks = []
    if "schema" in data and "schema_file" not in data:
        schema_names = []  # already inline
    else:
        schema_names = referenced("schema_file", "schema")[:1]
        if schema_names:
            blocks.append(("schema", yaml_block("schema", files[schema_names[0]]), files[schema_names[0]]))
    if "tuples" in data and "tuple_files" not in data:
        tuple_names = []
    else:
        tuple_names = referenced("tuple_files", "tuples")
        if tuple_names:
            parts = []
            for n in tuple_names:
                body = files[n]
                if n.endswith(".json"):  # the text form, one tuple per line
                    body = "\n".join(str(t) for t in load_tuple_text(body, n).tuples) + "\n"
                if len(tuple_names) > 1:
                    body = f"// {n}\n" + body
                parts.append(body if body.endswith("\n") else body + "\n")
            blocks.append(("tuples", yaml_block("tuples", "".join(parts)), "".join(parts)))
    moved = [k for k in ("schema_file", "schema") if schema_names and k in data]
    moved += [k for k in ("tuple_files", "tuples") if tuple_names and k in data]
    cut = _cut(text, data, moved)
    if cut is None:
        raise ValueError(f"{wf}: schema_file/tuple_files share lines with other keys; put each key on its "
                         "own line to export")
    lines, at = cut
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    result = "".join(lines[:at] + [b for _, b, _ in blocks] + lines[at:])
    if not _reads_back(result, blocks):
        # a block's trailing blank lines met blank lines of the file: quote them
        blocks = [(k, yaml_block(k, v, quoted=True), v) for k, _, v in blocks]
        result = "".join(lines[:at] + [b for _, b, _ in blocks] + lines[at:])
    stem = (wf[: -len(".opl.yaml")] if wf and wf.endswith(".opl.yaml") else
            wf[: -len(".opl.yml")] if wf and wf.endswith(".opl.yml") else "workspace")
    return {"name": f"{stem}.opl.yaml", "text": result}


def _reads_back(text: str, blocks) -> bool:
    import yaml
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return False
    return isinstance(data, dict) and all(data.get(k) == v for k, _, v in blocks)


def import_files(items: list[tuple[str, str]]) -> list[dict]:
    """Files chosen by the user, as playground files: a self-contained
    `.opl.yaml` is split into workspace, schema and tuple files."""
    out: dict[str, str] = {}

    def unique(name: str) -> str:
        if name not in out:
            return name
        stem, dot, ext = name.partition(".")
        i = 2
        while f"{stem}-{i}{dot}{ext}" in out:
            i += 1
        return f"{stem}-{i}{dot}{ext}"

    for raw_name, text in items:
        name = unique(clean_name(raw_name))
        if file_kind(name) != "workspace":
            out[name] = text
            continue
        out[name] = text
        data = _top_level(text)
        if data is None:
            continue  # its diagnostics will show the problem; kept as written
        stem = name.rsplit(".opl.", 1)[0]
        split: list[str] = []
        added: list[str] = []
        replacement = []
        if isinstance(data.get("schema"), str) and "schema_file" not in data:
            schema_name = unique(f"{stem}.keto.ts")
            out[schema_name] = data["schema"]
            added.append(schema_name)
            split.append("schema")
            replacement.append(f"schema_file: {_yaml_scalar(schema_name)}\n")
        tuples = data.get("tuples")
        if "tuple_files" not in data and (isinstance(tuples, str) or (
                isinstance(tuples, list) and all(isinstance(t, str) for t in tuples))):
            tuples_name = unique(f"{stem}.tuples")
            out[tuples_name] = tuples if isinstance(tuples, str) else "".join(t + "\n" for t in tuples)
            added.append(tuples_name)
            split.append("tuples")
            replacement.append(f"tuple_files: [{_yaml_scalar(tuples_name)}]\n")
        if not split:
            continue
        cut = _cut(text, data, split)
        if cut is None:  # unusual layout: keep the file inline, drop the copies
            for n in added:
                del out[n]
            continue
        lines, at = cut
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        lines[at:at] = replacement
        out[name] = "".join(lines)
    order = {"schema": 0, "tuples": 1, "workspace": 2}
    names = sorted(out, key=lambda n: (order.get(file_kind(n), 3), n))
    return [{"name": n, "text": out[n]} for n in names]


def _yaml_scalar(value: str) -> str:
    import yaml
    return yaml.safe_dump(value, allow_unicode=True, width=10**9).removesuffix("\n...\n").strip()
