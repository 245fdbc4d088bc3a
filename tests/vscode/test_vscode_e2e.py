"""The extension in real VS Code: code-server 4.100.3 with the built .vsix
installed, the real `opl lsp` (the venv's `opl`, through the opl.server.path
setting), driven in Debian's Chromium by Playwright on a copy of
examples/drive. Expectations come from the engine, which the server serves.
Screenshots of each step go to test-artifacts/vscode/."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from vscode_paths import CHROMIUM, OPL, ROOT, pyproject_version
from vscode_server import CodeServer
from vscode_ui import CHROMIUM_ARGS, LONG, SHORT, Workbench

pytestmark = pytest.mark.e2e

SCHEMA = "namespaces.keto.ts"
WORKSPACE = "drive.opl.yaml"
TUPLES = "drive.tuples"

# a test that fails on purpose, so that the Test Explorer shows a failure
FAILING_TEST = """
  - name: dana cannot edit (a failing expectation)
    check:
      Document:roadmap#edit@User:dana: true
"""

# a plain TypeScript file stays TypeScript
OTHER_TS = "other.ts"
JSON_TUPLES = "more.tuples.json"
BROKEN_CLASS = "class Broken implements Namespace { related: { owner: Nobody[] } }"
# a query whose text is markup: the derivation tree must show it as text
MARKUP_QUERY = "Document:<img src=x onerror=alert(1)><b>bold</b>#view@User:alice"

SETTINGS = {
    "opl.server.path": str(OPL),
    "workbench.startupEditor": "none",
    "security.workspace.trust.enabled": False,
    "telemetry.telemetryLevel": "off",
    "extensions.autoCheckUpdates": False,
    "extensions.autoUpdate": False,
    "update.mode": "none",
    "workbench.tips.enabled": False,
    "workbench.enableExperiments": False,
    "git.enabled": False,
    "chat.commandCenter.enabled": False,
    "workbench.secondarySideBar.defaultVisibility": "hidden",
    # VS Code for the Web saves after a delay by default: edits stay unsaved unless saved
    "files.autoSave": "off",
    # typed text stays exactly as typed
    "editor.autoClosingBrackets": "never",
    "editor.autoClosingQuotes": "never",
    "editor.acceptSuggestionOnEnter": "off",
    "editor.hover.delay": 300,
    # the terminal's text in the DOM, where the test can read it
    "terminal.integrated.gpuAcceleration": "off",
}


def engine_workspace(path: Path):
    from engine.workspace import Workspace

    return Workspace.load(path)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A copy of examples/drive with one failing test added."""
    target = tmp_path_factory.mktemp("vscode-e2e") / "drive"
    shutil.copytree(ROOT / "examples" / "drive", target)
    ws = target / WORKSPACE
    ws.write_text(ws.read_text().rstrip("\n") + "\n" + FAILING_TEST)
    (target / OTHER_TS).write_text("export const answer: number = 42;\n")
    (target / JSON_TUPLES).write_text(
        '[{"namespace": "Group", "object": "design", "relation": "members", "subject_id": "gina"}]\n')
    return target


@pytest.fixture(scope="module")
def code_server(vsix, tmp_path_factory):
    assert OPL.is_file(), f"{OPL} is missing: run `make setup`"
    server = CodeServer(tmp_path_factory.mktemp("code-server"), SETTINGS)
    server.install(vsix)
    assert f"opl-studio.opl-studio@{pyproject_version()}" in server.installed(), server.installed()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def wb(code_server, folder, artifacts):
    assert CHROMIUM.exists(), "Debian's chromium is missing (scripts/setup.d/00-apt.sh installs it)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.set_default_timeout(SHORT)
        page.goto(code_server.url(folder))
        bench = Workbench(page, artifacts)
        bench.wait_ready()
        try:
            yield bench
        finally:
            browser.close()


@pytest.fixture(autouse=True)
def screenshot_on_failure(request, wb):
    yield
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        wb.screenshot(f"FAILED-{request.node.name}")


def ide_complete(path: Path, text: str, line: int, character: int):
    """engine.ide's completions (what `opl lsp` serves) at a 0-based position."""
    from engine.diagnostics import Position
    from engine.ide import Project, complete

    project = Project()
    project.set_document(path.as_uri(), text)
    return complete(project, path.as_uri(), Position(line, character))


def ide_hover(path: Path, line: int, character: int):
    from engine.diagnostics import Position
    from engine.ide import Project, hover

    project = Project()
    project.set_document(path.as_uri(), path.read_text())
    return hover(project, path.as_uri(), Position(line, character))


def verdict(result) -> str:
    """The extension's one-line verdict for an engine CheckResult."""
    outcome = result.result.replace("_", " ")
    if result.limitation:
        outcome += ", " + result.limitation.replace("_", " ")
    text = f"{'✓ allowed' if result.allowed else '✗ denied'}: {result.query} ({outcome})"
    if result.error:
        text += f": {result.error}"
    if result.note:
        text += f" — {result.note}"
    return text


def line_of(path: Path, text: str, after: str | None = None) -> int:
    """The 1-based number of the first line holding `text` (after the line holding `after`)."""
    lines = path.read_text().splitlines()
    start = 0
    if after is not None:
        start = next(i for i, ln in enumerate(lines) if after in ln) + 1
    return next(i for i in range(start, len(lines)) if text in lines[i]) + 1


# ---------------------------------------------------------------- the tests, in the order a user meets them

def test_files_get_their_language_by_name_and_the_server_runs(wb, folder):
    for name, language in ((SCHEMA, "OPL"), (WORKSPACE, "OPL Workspace"), (TUPLES, "OPL Tuples"),
                           (JSON_TUPLES, "OPL Tuples (JSON)"), (OTHER_TS, "TypeScript")):
        wb.open_file(name)
        expect(wb.status_language()).to_have_text(language, timeout=LONG)
    wb.command("View: Close All Editors")
    expect(wb.server_status("running")).to_be_visible(timeout=LONG)
    wb.command("OPL: Show Language Server Log")
    log = wb.output_view()
    expect(log).to_contain_text(f"starting {SETTINGS['opl.server.path']} lsp --stdio", timeout=LONG)
    wb.screenshot("01-server-running")


def test_restart_command_restarts_the_server(wb):
    wb.command("OPL: Show Language Server Log")
    starts = wb.output_view().locator(".view-line").filter(has_text=re.compile(r"\[client\]\sstarting\s.*\slsp\s--stdio"))
    expect(starts.first).to_be_visible(timeout=LONG)
    before = starts.count()
    wb.command("OPL: Restart Language Server")
    expect(starts).to_have_count(before + 1, timeout=LONG)
    expect(wb.server_status("running")).to_be_visible(timeout=LONG)


def test_an_opl_error_is_squiggled_and_listed_in_problems(wb, folder, tmp_path):
    editor = wb.open_file(SCHEMA)
    wb.page.keyboard.press("Control+End")
    wb.page.keyboard.press("Enter")
    wb.page.keyboard.type(BROKEN_CLASS)
    wb.page.keyboard.press("Escape")
    # the engine's verdict on the same text (unsaved in VS Code) is what VS Code must show
    edited = tmp_path / SCHEMA
    edited.write_text((folder / SCHEMA).read_text().rstrip("\n") + "\n\n" + BROKEN_CLASS + "\n")
    done = subprocess.run([str(OPL), "validate", "--format", "json", str(edited)],
                          capture_output=True, text=True, timeout=120)
    errors = [d for d in json.loads(done.stdout)["diagnostics"] if d["severity"] == "error"]
    assert errors, f"the edit should be an error for the engine: {done.stdout}"
    message = errors[0]["message"]

    expect(editor.locator(".squiggly-error").first).to_be_visible(timeout=LONG)
    wb.command("View: Focus Problems (Errors, Warnings, Infos)")
    expect(wb.problems().filter(has_text=message).first).to_be_visible(timeout=LONG)
    wb.screenshot("02-error-squiggle-and-problem")
    wb.open_file(SCHEMA)
    wb.command("File: Revert File")
    expect(wb.problems().filter(has_text=message)).to_have_count(0, timeout=LONG)


def test_completion_after_this_related_lists_the_relations(wb, folder):
    wb.open_file(SCHEMA)
    line = line_of(folder / SCHEMA, "this.related.viewers.includes", after="class Folder")
    wb.goto(line, 1)
    wb.page.keyboard.press("End")
    wb.page.keyboard.press("Enter")
    typed = "this.related."
    wb.page.keyboard.type(typed)
    wb.page.keyboard.press("Control+Space")

    # the engine's completions for the same text and position (auto-indent keeps the line's indentation)
    lines = (folder / SCHEMA).read_text().splitlines()
    indent = lines[line - 1][: len(lines[line - 1]) - len(lines[line - 1].lstrip())]
    edited = "\n".join([*lines[:line], indent + typed, *lines[line:]]) + "\n"
    items = ide_complete(folder / SCHEMA, edited, line, len(indent + typed))
    labels = [i.label for i in items]
    assert sorted(labels) == sorted(["parents", "owners", "editors", "viewers"]), labels

    for label in labels:
        expect(wb.suggestion(label)).to_be_visible(timeout=LONG)
    expect(wb.suggestions()).to_have_count(len(labels))
    wb.screenshot("03-completion")
    wb.page.keyboard.press("Escape")
    wb.command("File: Revert File")


def test_hover_on_a_relation(wb, folder):
    wb.open_file(SCHEMA)
    line = line_of(folder / SCHEMA, "this.related.owners.includes", after="class Document")
    column = (folder / SCHEMA).read_text().splitlines()[line - 1].index("owners") + 2
    wb.goto(line, column)
    wb.command("Show or Focus Hover")
    expected = ide_hover(folder / SCHEMA, line - 1, column - 1)
    assert expected is not None and "owners" in expected.markdown
    hover = wb.hover()
    expect(hover).to_be_visible(timeout=LONG)
    # each paragraph of the engine's Markdown, as rendered text
    for paragraph in expected.markdown.split("\n\n"):
        expect(hover).to_contain_text(re.sub(r"[*`]", "", paragraph), timeout=LONG)
    wb.screenshot("04-hover")
    wb.page.keyboard.press("Escape")


def test_check_command_shows_the_verdict(wb, folder):
    ws = engine_workspace(folder / WORKSPACE)
    wb.open_file(WORKSPACE)
    outcomes = []
    for query in ("Document:roadmap#edit@User:bob", "Document:roadmap#edit@User:dana"):
        result = ws.check(query)
        outcomes.append(result.allowed)
        wb.goto(line_of(folder / WORKSPACE, query + ":"), 8)
        wb.command("OPL: Check the Tuple or Query at the Cursor")
        expect(wb.notification(verdict(result))).to_be_visible(timeout=LONG)
    assert outcomes == [True, False], "the example should hold one allowed and one denied check"
    wb.screenshot("05-check-verdict")

    # in a tuple file the line is the tuple
    stored = "Document:secret#owners@User:erin"
    wb.open_file(TUPLES)
    wb.goto(line_of(folder / TUPLES, stored), 3)
    wb.command("OPL: Check the Tuple or Query at the Cursor")
    expect(wb.notification(verdict(ws.check(stored)))).to_be_visible(timeout=LONG)
    wb.command("Notifications: Clear All Notifications")


def test_derivation_tree_links_back_to_the_schema(wb, folder):
    ws = engine_workspace(folder / WORKSPACE)
    query = "Document:roadmap#edit@User:bob"
    tree = ws.check(query, explain=True).tree
    root_span = ws.analysis.source.range(*tree.span).to_json()

    wb.open_file(WORKSPACE)
    wb.goto(line_of(folder / WORKSPACE, query + ":"), 8)
    wb.command("OPL: Show the Derivation Tree of the Check at the Cursor")
    view = wb.webview()
    expect(view.locator(".verdict h1")).to_have_text("✓ allowed", timeout=LONG)
    expect(view.locator(".verdict .query")).to_have_text(query)
    # every step of the engine's tree is a node of the view
    expect(view.locator("li.node")).to_have_count(sum(1 for _ in tree.walk()), timeout=LONG)
    wb.screenshot("06-derivation-tree")

    view.locator("li.node .span-link").first.click()
    expect(wb.active_tab()).to_have_attribute("data-resource-name", SCHEMA, timeout=LONG)
    end = root_span["end"]
    expect(wb.status_position()).to_have_text(
        re.compile(rf"^Ln {end['line'] + 1}, Col {end['character'] + 1}\b"), timeout=LONG)
    wb.screenshot("07-derivation-span-revealed")


def test_derivation_tree_shows_markup_as_text(wb):
    wb.open_file(SCHEMA)  # no query at the cursor in a schema: the command asks for one
    wb.command("OPL: Show the Derivation Tree of the Check at the Cursor")
    prompt = wb.quick_input()
    expect(prompt).to_contain_text("A tuple or query to check", timeout=LONG)
    prompt.locator("input").fill(MARKUP_QUERY)
    wb.page.keyboard.press("Enter")
    view = wb.webview()
    expect(view.locator(".verdict .query")).to_have_text(MARKUP_QUERY, timeout=LONG)
    expect(view.locator("img")).to_have_count(0)
    expect(view.locator("b")).to_have_count(0)
    wb.screenshot("08-derivation-markup-as-text")
    wb.command("View: Close All Editors")


def test_tests_run_from_the_test_explorer(wb, folder):
    report = engine_workspace(folder / WORKSPACE).run_tests().to_json()
    outcome = {t["name"]: t for t in report["tests"]}
    passing = "owners edit their documents"
    failing = "dana cannot edit (a failing expectation)"
    assert outcome[passing]["passed"] and not outcome[failing]["passed"]
    wrong = next(a for a in outcome[failing]["assertions"] if not a["passed"])

    wb.command("Testing: Focus on Test Explorer View")
    file_row = wb.test_row(WORKSPACE)
    expect(file_row).to_be_visible(timeout=LONG)
    if file_row.get_attribute("aria-expanded") != "true":
        file_row.locator(".monaco-tl-twistie").click()
    for name in outcome:
        expect(wb.test_row(name)).to_be_visible(timeout=LONG)

    wb.run_test(passing)
    expect(wb.test_row(passing)).to_have_attribute("aria-label", re.compile(r"\(Passed\)"), timeout=LONG)
    wb.screenshot("09-test-passed")

    wb.run_test(failing)
    expect(wb.test_row(failing)).to_have_attribute("aria-label", re.compile(r"\(Failed\)"), timeout=LONG)
    message = f"check {wrong['query']}: expected {wrong['expected']}, got {wrong['actual']}"
    expect(wb.page.get_by_text(message).first).to_be_visible(timeout=LONG)
    wb.screenshot("10-test-failed")


def test_playground_opens_in_a_terminal(wb):
    wb.open_file(WORKSPACE)
    wb.command("OPL: Open the Terminal Playground")
    terminal = wb.page.get_by_role("textbox", name=re.compile(r"OPL Playground: drive\.opl\.yaml"))
    expect(terminal).to_be_attached(timeout=LONG)
    # the playground (opl play) names the workspace it opened
    expect(wb.terminal_text()).to_contain_text("drive.opl.yaml", timeout=LONG)
    wb.screenshot("11-playground")
    wb.command("Terminal: Kill All Terminals")


def test_a_missing_server_is_reported_with_a_remedy(wb):
    wb.set_setting("opl.server.path", "/nonexistent/opl")
    notice = wb.notification("opl.server.path points at /nonexistent/opl")
    expect(notice).to_be_visible(timeout=LONG)
    expect(wb.server_status("missing")).to_be_visible(timeout=LONG)
    wb.screenshot("12-server-missing")

    notice.get_by_role("button", name="Choose opl Executable…").click()
    wb.pick_file(SETTINGS["opl.server.path"], "Use as the OPL language server")
    expect(wb.server_status("running")).to_be_visible(timeout=LONG)
    wb.screenshot("13-server-chosen")
