"""engine/ide without a server, as the browser playground uses it: documents
under a non-file URI scheme, files read through the embedder's reader, no
disk listing."""

from __future__ import annotations

from engine.diagnostics import Position
from engine.ide import Project, complete, format_document, hover

from lsp_editor import EXAMPLES

ROOT = "/playground"


def _project(reads: list[str]) -> tuple[Project, dict[str, str]]:
    files = {name: (EXAMPLES / "drive" / name).read_text()
             for name in ("namespaces.keto.ts", "drive.tuples", "drive.opl.yaml")}

    def reader(path: str) -> str:
        reads.append(str(path))
        name = str(path).rsplit("/", 1)[-1]
        if name in files:
            return files[name]
        raise FileNotFoundError(path)
    return Project(reader=reader), files


def uri(name: str) -> str:
    return f"playground://{ROOT}/{name}"


def test_documents_under_another_scheme_share_one_workspace():
    reads: list[str] = []
    project, files = _project(reads)
    for name, text in files.items():
        project.set_document(uri(name), text)
    assert [d.code for d in project.diagnostics(uri("namespaces.keto.ts"))] == ["empty-namespace"]
    assert project.diagnostics(uri("drive.tuples")) == []
    assert project.diagnostics(uri("drive.opl.yaml")) == []
    assert reads == []  # every file is a document: nothing was read through the reader
    # a schema edit shows in the tuple file
    project.set_document(uri("namespaces.keto.ts"), files["namespaces.keto.ts"].replace("members", "people"))
    found = project.diagnostics(uri("drive.tuples"))
    assert {d.code for d in found} == {"tuple-unknown-relation", "tuple-subject-type"}
    assert all(d.file == f"{ROOT}/drive.tuples" for d in found)


def test_files_that_are_not_open_come_from_the_reader():
    reads: list[str] = []
    project, files = _project(reads)
    project.set_document(uri("drive.opl.yaml"), files["drive.opl.yaml"])
    assert project.diagnostics(uri("drive.opl.yaml")) == []
    assert f"{ROOT}/namespaces.keto.ts" in reads and f"{ROOT}/drive.tuples" in reads


def test_completion_hover_and_formatting_in_the_contract_shape():
    project, files = _project([])
    text = files["namespaces.keto.ts"]
    project.set_document(uri("namespaces.keto.ts"), text)
    i = text.index("this.related.owners") + len("this.related.")
    line = text.count("\n", 0, i)
    pos = Position(line, i - text.rfind("\n", 0, i) - 1)
    on_owners = Position(line, pos.character + 2)
    items = complete(project, uri("namespaces.keto.ts"), pos)
    assert [x.label for x in items] == ["parents", "owners", "editors", "viewers"]
    assert items[1].kind == "relation" and items[1].replace_range.start == pos
    h = hover(project, uri("namespaces.keto.ts"), on_owners)
    assert h.markdown.startswith("**relation** `Folder.owners`")
    assert format_document(project, uri("namespaces.keto.ts")) == text  # already canonical
    project.set_document(uri("namespaces.keto.ts"), text + "class {")
    assert format_document(project, uri("namespaces.keto.ts")) is None
    project.remove_document(uri("namespaces.keto.ts"))
    # closed: the file as the reader has it again
    assert [d.code for d in project.diagnostics(uri("namespaces.keto.ts"))] == ["empty-namespace"]
