"""The browser playground end to end: the built site on localhost, headless
Debian chromium, Python in the page's Web Worker (Pyodide). Every test also
asserts, through the `pages` fixture, that no request left localhost and
that the page raised no error and opened no dialog."""

from __future__ import annotations

import base64
import gzip
import json
import re
import zlib

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from engine.diagnostics import Position, SourceText
from engine.opl.analyze import analyze
from engine.opl.format import format_text
from engine.workspace import Workspace
from playground.bridge import Session
from playground.gallery import load_examples
from paths import EXAMPLES  # tests/paths.py

pytestmark = pytest.mark.e2e

SCHEMA, TUPLES, WORKSPACE = "namespaces.keto.ts", "drive.tuples", "drive.opl.yaml"


# ---------------------------------------------------------------- helpers

def drive_files() -> dict[str, str]:
    ex = next(e for e in load_examples(EXAMPLES) if e["id"] == "drive")
    return {f["name"]: f["text"] for f in ex["files"]}


def files(page) -> dict[str, str]:
    return {f["name"]: f["text"] for f in page.evaluate("window.oplPlayground.files()")}


def wait_ready(page) -> None:
    # a selector, not wait_for_function: the page's CSP forbids the eval it needs
    page.wait_for_selector("html[data-ready=true]", state="attached", timeout=120_000)


def idle(page) -> None:
    page.evaluate("window.oplPlayground.idle()")


def set_text(page, name: str, text: str) -> None:
    """Replace a file's text the way a user would: its tab, select all, type."""
    page.click(f'.file-tab[data-file="{name}"]')
    page.click(".cm-content")
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(text)
    idle(page)
    assert files(page)[name] == text


def run_query(page, text: str, mode: str = "check", depth: str = "", subject: str = "") -> None:
    page.select_option("#query-mode", mode)
    if mode == "lookup_objects":
        page.fill("#query-subject", subject)
    page.fill("#query-text", text)
    page.fill("#query-depth", depth)
    page.evaluate("document.getElementById('query-result').replaceChildren()")
    page.click("#query-run")
    page.wait_for_selector("#query-result > *")


def share_fragment(state: dict) -> str:
    """What the page's Share button makes: deflate-raw, base64url, in `#w=`."""
    raw = json.dumps(state).encode()
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = c.compress(raw) + c.flush()
    return "#w=" + base64.urlsafe_b64encode(data).decode().rstrip("=")


def problems(page) -> list[str]:
    return page.eval_on_selector_all(".problem", "els => els.map(e => e.textContent)")


# ---------------------------------------------------------------- load

def test_the_page_loads_python_and_shows_the_drive_example(pages):
    page = pages.new()
    assert files(page) == drive_files()
    tabs = page.eval_on_selector_all(".file-tab", "els => els.map(e => e.dataset.file)")
    assert tabs == [SCHEMA, TUPLES, WORKSPACE]
    info = page.evaluate("window.oplPlayground.engineInfo()")
    assert info["python"].startswith("3.") and info["pyodide"]
    assert info["snapshot"] is True  # Python restored from the build's memory snapshot
    assert page.text_content("#status") == "Ready"
    # the problems list shows what the engine finds in the example
    expected = [d.message for d in Workspace.load(EXAMPLES / "drive").diagnostics]
    shown = page.eval_on_selector_all(".problem .message", "els => els.map(e => e.textContent)")
    assert sorted(shown) == sorted(expected)


# ---------------------------------------------------------------- diagnostics

def test_a_broken_schema_shows_kets_diagnostic_and_fixing_it_clears_it(pages):
    page = pages.new()
    good = drive_files()[SCHEMA]
    broken = good.replace("class Folder implements Namespace {", "class Folder implements Namespace {{", 1)
    set_text(page, SCHEMA, broken)
    errors = [d for d in analyze(broken).diagnostics if d.severity.value == "error"]
    assert errors
    page.wait_for_selector(".cm-lintRange-error")
    shown = page.eval_on_selector_all(f'.problem.error[data-file="{SCHEMA}"] .message',
                                      "els => els.map(e => e.textContent)")
    assert shown == [d.message for d in errors]
    # the workspace file says its schema would not load
    assert page.query_selector(f'.problem.error[data-file="{WORKSPACE}"]') is not None
    assert page.text_content(f'.file-tab[data-file="{SCHEMA}"] .count') == str(len(errors))
    # clicking the problem selects its range in the editor
    page.click(f'.problem.error[data-file="{SCHEMA}"] button')
    selected = page.evaluate("getSelection().toString()")
    start, end = errors[0].start, errors[0].end
    assert selected == broken[start:end]
    set_text(page, SCHEMA, good)
    page.wait_for_selector(".cm-lintRange-error", state="detached")
    assert page.query_selector_all(".problem.error") == []


# ---------------------------------------------------------------- checks and trees

def test_a_check_shows_its_tree_with_the_deciding_path_linked_to_the_schema(pages):
    page = pages.new()
    q = "Document:spec#edit@User:erin"
    run_query(page, q)
    tree = Workspace.load(EXAMPLES / "drive").check(q, explain=True).tree
    assert page.get_attribute(".verdict", "data-result") == "member"
    assert "allowed" in page.text_content(".verdict")
    deciding = page.eval_on_selector_all(".node.deciding > .node-row .query", "els => els.map(e => e.textContent)")
    assert deciding == [n.query for n in tree.deciding_path()]
    # every node is there once its branch is opened
    page.click(".node-row")  # the root: nothing hidden yet
    traverse = page.locator('.node.deciding[data-kind="traverse"] > .node-row').first
    traverse.click()
    assert page.evaluate("window.oplPlayground.activeFile()") == SCHEMA
    assert page.evaluate("window.oplPlayground.markedText()") == \
        "this.related.parents.traverse((p) => p.permits.edit(ctx))"


def test_step_through_replays_the_evaluation_node_by_node(pages):
    page = pages.new()
    q = "Document:roadmap#view@User:dana"
    run_query(page, q)
    nodes = list(Workspace.load(EXAMPLES / "drive").check(q, explain=True).tree.walk())
    page.click(".step-toggle")
    assert page.text_content(".step-counter") == f"step 1 of {2 * len(nodes)}"
    assert page.text_content(".step-caption").startswith(f"Evaluating permit {q}")
    assert page.eval_on_selector_all(".node.pending", "els => els.length") >= 1
    page.click(".step-next")
    assert page.text_content(".step-caption").startswith(f"Evaluating {nodes[1].kind} {nodes[1].query}")
    page.click(".step-last")
    assert page.text_content(".step-caption") == f"permit {q} → member"
    assert page.eval_on_selector_all(".node.pending, .node.running", "els => els.length") == 0
    page.click(".step-first")
    page.keyboard.press("ArrowRight")  # keys step too, once the controls have focus
    assert page.text_content(".step-counter") == f"step 2 of {2 * len(nodes)}"


def test_depth_limits_expand_list_and_lookups(pages):
    page = pages.new()
    run_query(page, "Document:roadmap#edit@User:bob", depth="2")
    assert page.get_attribute(".verdict", "data-result") == "unknown"
    tree = Workspace.load(EXAMPLES / "drive").check("Document:roadmap#edit@User:bob", max_depth=2, explain=True).tree
    page.click(".open-all")
    assert page.eval_on_selector_all(".node", "els => els.length") == sum(1 for _ in tree.walk())
    limits = [n.query for n in tree.walk() if n.kind == "limit"]
    assert limits and page.eval_on_selector_all('.node[data-kind="limit"] > .node-row .query',
                                                "els => els.map(e => e.textContent)") == limits
    run_query(page, "Group:engineering#members", mode="expand")
    assert "User:alice" in page.text_content(".tree") and "Group:platform#members" in page.text_content(".tree")
    page.select_option("#query-mode", "list")
    page.fill("#list-namespace", "Group")
    page.click("#query-run")
    page.wait_for_selector(".plain-list li")
    ws = Workspace.load(EXAMPLES / "drive")
    assert page.eval_on_selector_all(".plain-list li", "els => els.map(e => e.textContent)") == [
        str(t) for t in ws.list(namespace="Group")[0]]
    run_query(page, "Document:roadmap#view", mode="lookup_subjects")
    assert page.eval_on_selector_all(".plain-list li", "els => els.map(e => e.textContent)") == \
        ws.list_subjects("Document:roadmap", "view")
    run_query(page, "Document#view", mode="lookup_objects", subject="User:frank")
    assert page.eval_on_selector_all(".plain-list li", "els => els.map(e => e.textContent)") == ["spec"]
    run_query(page, "Document:roadmap")
    assert page.text_content(".error-text").startswith("malformed query")


def test_tuples_are_live_what_if(pages):
    page = pages.new()
    run_query(page, "Document:roadmap#view@User:frank")
    assert "denied" in page.text_content(".verdict")
    page.click(f'.file-tab[data-file="{TUPLES}"]')
    page.click(".cm-content")
    page.keyboard.press("Control+End")
    page.keyboard.insert_text("\nGroup:design#members@User:frank\n")
    idle(page)
    # a quick answer on screen is recomputed when the workspace changes
    page.wait_for_selector('.verdict[data-result="member"]')


# ---------------------------------------------------------------- tests panel

def test_the_workspaces_tests_pass_then_one_fails_and_explains_itself(pages):
    page = pages.new()
    page.click("#tab-tests")
    page.click("#tests-run")
    page.wait_for_selector(".test")
    assert page.text_content("#tests-summary") == "9 passed, 0 failed, 0 errors (9 tests)"
    ws_text = drive_files()[WORKSPACE]
    set_text(page, WORKSPACE, ws_text.replace("Document:roadmap#edit@User:dana: false",
                                              "Document:roadmap#edit@User:dana: true"))
    page.click("#tests-run")
    page.wait_for_selector('.test[data-passed="false"]')
    assert page.text_content("#tests-summary") == "8 passed, 1 failed, 0 errors (9 tests)"
    page.click(".why summary")
    page.wait_for_selector(".why .tree .node")
    assert page.text_content(".why .node-row .query") == "Document:roadmap#edit@User:dana"


# ---------------------------------------------------------------- completion, hover, format

def test_completion_and_hover_come_from_the_engine(pages):
    page = pages.new()
    text = drive_files()[SCHEMA]
    anchor = "this.related.owners.includes(ctx.subject) ||\n      this.related.editors"
    i = text.index(anchor) + len("this.related.owners.includes(ctx.subject) ||\n      this.related.")
    session = Session()
    session.rpc_set_files([{"name": n, "text": t} for n, t in drive_files().items()])
    pos = SourceText(text).position(i)
    expected = [it["label"] for it in session.rpc_complete(SCHEMA, pos.line, pos.character)["items"]]
    assert "owners" in expected
    # put the cursor there, as a user would: a click just before `editors`
    click_before(page, "this.related.editors", len("this.related."))
    page.keyboard.press("Control+Space")
    page.wait_for_selector(".cm-tooltip-autocomplete li")
    labels = page.eval_on_selector_all(".cm-tooltip-autocomplete li .cm-completionLabel",
                                       "els => els.map(e => e.textContent)")
    assert set(labels) == set(expected)
    page.keyboard.press("Escape")

    # hover over the relation name `owners` in `this.related.owners`
    h = session.rpc_hover(SCHEMA, *_pos_after(text, "this.related.o"))
    assert h and h["markdown"]
    box = char_box(page, "this.related.owners", len("this.related.o"))
    assert box is not None
    page.mouse.move(0, 0)  # away from the click above, whose word has a hover of its own
    page.wait_for_selector(".cm-tooltip-hover", state="detached")
    # a resting pointer, as a person's: CodeMirror asks after the pointer
    # has stayed put a moment, and a busy machine may miss the first move
    for attempt in range(6):
        page.mouse.move(box[0] + attempt % 2, box[1])
        try:
            page.wait_for_selector(".cm-tooltip-hover .hover", timeout=5_000)
            break
        except PlaywrightTimeout:
            continue
    page.wait_for_selector(".cm-tooltip-hover .hover")
    shown = " ".join(page.inner_text(".cm-tooltip-hover").split())
    # the engine's Markdown, as text: emphasis and code marks and list bullets drawn, not shown
    plain = re.sub(r"^- ", "", h["markdown"], flags=re.M).replace("**", "").replace("`", "")
    assert shown == " ".join(plain.split())
    assert "Folder.owners" in shown


CHAR_BOX = """([needle, k]) => {
  for (const line of document.querySelectorAll('.cm-line')) {
    const i = line.textContent.indexOf(needle);
    if (i < 0) continue;
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = i + k - offset;
      if (at < n.length) {
        const r = document.createRange(); r.setStart(n, at); r.setEnd(n, at + 1);
        const b = r.getBoundingClientRect();
        return [b.x, b.y, b.width, b.height];
      }
      offset += n.length;
    }
  }
  return null;
}"""


def char_box(page, needle: str, k: int):
    """The middle of the k-th character of needle on screen (in the editor)."""
    b = page.evaluate(CHAR_BOX, [needle, k])
    return None if b is None else (b[0] + b[2] / 2, b[1] + b[3] / 2)


def click_before(page, needle: str, k: int) -> None:
    """Put the cursor before the k-th character of needle, with a click."""
    b = page.evaluate(CHAR_BOX, [needle, k])
    assert b is not None, needle
    page.mouse.click(b[0] + 1, b[1] + b[3] / 2)


def _pos_after(text: str, needle: str) -> tuple[int, int]:
    p = SourceText(text).position(text.index(needle) + len(needle))
    return p.line, p.character


def test_format_uses_the_engines_formatter(pages):
    page = pages.new()
    messy = drive_files()[SCHEMA].replace("class User implements Namespace {}", "class   User implements Namespace{ }")
    set_text(page, SCHEMA, messy)
    page.click("#format-button")
    expected = format_text(messy)
    for _ in range(100):
        if files(page)[SCHEMA] == expected:
            break
        page.wait_for_timeout(100)
    assert files(page)[SCHEMA] == expected


# ---------------------------------------------------------------- share and keep

def test_a_share_link_opens_the_same_workspace_in_a_fresh_page(pages):
    page = pages.new()
    extra = "Group:design#members@User:frank\n"
    set_text(page, TUPLES, drive_files()[TUPLES] + extra)
    run_query(page, "Document:roadmap#view@User:frank", depth="4")
    first_verdict = page.text_content(".verdict")
    page.click("#share-button")
    page.wait_for_selector("#share-box", state="visible")
    url = page.input_value("#share-url")
    assert "#w=" in url and url.startswith(pages.base_url)

    fresh = pages.new(url)  # a new browser context: no localStorage, no cache
    assert files(fresh) == files(page)
    q = fresh.evaluate("window.oplPlayground.query()")
    assert (q["mode"], q["text"], q["max_depth"]) == ("check", "Document:roadmap#view@User:frank", "4")
    assert "#" not in fresh.url  # the link did its job; reloads keep later edits
    fresh.click("#query-run")
    fresh.wait_for_selector(".verdict")
    assert fresh.text_content(".verdict") == first_verdict


def test_edits_survive_a_reload(pages):
    page = pages.new()
    set_text(page, TUPLES, "Group:x#members@User:kept\n")
    page.wait_for_timeout(500)  # the save is debounced
    page.reload()
    wait_ready(page)
    assert files(page)[TUPLES] == "Group:x#members@User:kept\n"


def test_opening_an_example_keeps_the_previous_workspace(pages):
    page = pages.new()
    set_text(page, SCHEMA, "class Mine implements Namespace {}\n")
    page.click("#examples-button")
    page.click('.example[data-example="drive"] button')
    idle(page)
    assert files(page) == drive_files()
    assert "previous workspace is kept" in page.text_content("#banner-text")
    page.click("#banner-action")
    idle(page)
    assert files(page)[SCHEMA] == "class Mine implements Namespace {}\n"


def test_export_then_import_round_trips_the_workspace(pages, tmp_path):
    page = pages.new()
    with page.expect_download() as dl:
        page.click("#export-button")
    path = tmp_path / dl.value.suggested_filename
    dl.value.save_as(path)
    assert path.name == "drive.opl.yaml"
    exported = path.read_text()
    assert "schema: |" in exported and "tuples: |" in exported

    fresh = pages.new()
    fresh.set_input_files("#import-input", str(path))
    fresh.wait_for_selector('.file-tab[data-file="drive.keto.ts"]')
    idle(fresh)
    got = files(fresh)
    assert got["drive.keto.ts"] == drive_files()[SCHEMA]
    assert got["drive.tuples"] == drive_files()[TUPLES]
    fresh.click("#tab-tests")
    fresh.click("#tests-run")
    fresh.wait_for_selector(".test")
    assert fresh.text_content("#tests-summary") == "9 passed, 0 failed, 0 errors (9 tests)"


def test_the_tour_walks_through_zanzibars_ideas(pages):
    page = pages.new()
    page.click("#tour-button")
    titles = []
    while True:
        titles.append(page.text_content("#tour-title"))
        if titles[-1] == "Traverse":
            break
        page.click("#tour-next")
    assert titles[:4] == ["Zanzibar in a web page", "Relation tuples", "Subject sets", "Rewrites"]
    page.click("#tour-apply")
    page.wait_for_selector(".verdict")
    assert page.get_attribute(".verdict", "data-result") == "member"
    assert page.evaluate("window.oplPlayground.markedText()") == \
        "this.related.parents.traverse((p) => p.permits.edit(ctx))"
    assert page.is_visible("#tour")


# ---------------------------------------------------------------- safety

HOSTILE = [
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=2</script>",
    '"><svg onload=window.__pwned=3>',
]


def hostile_state() -> dict:
    schema = ("class User implements Namespace {}\n"
              f"class '{HOSTILE[0]}' implements Namespace {{\n  related: {{ owners: User[] }}\n}}\n")
    tuples = (f"{HOSTILE[0]}:obj#owners@User:{HOSTILE[1]}\n"
              f"{HOSTILE[1]}:{HOSTILE[2]}#rel@{HOSTILE[2]}\n"
              f"{HOSTILE[2]} not a tuple\n")
    workspace = ("schema_file: 'h<script>.keto.ts'\ntuple_files: ['t<img src=x onerror=alert(1)>.tuples']\n"
                 "tests:\n"
                 f"  - name: '{HOSTILE[1]}'\n    check:\n      '{HOSTILE[0]}:obj#owners@User:{HOSTILE[1]}': false\n")
    return {"v": 1, "files": [
        {"name": "h<script>.keto.ts", "text": schema},
        {"name": "t<img src=x onerror=alert(1)>.tuples", "text": tuples},
        {"name": f"w{HOSTILE[2]}.opl.yaml", "text": workspace},
    ], "active": "h<script>.keto.ts",
        "query": {"mode": "check", "text": f"{HOSTILE[0]}:obj#owners@User:{HOSTILE[1]}"}}


def assert_nothing_executed(page) -> None:
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("""() => [...document.querySelectorAll('*')].filter(e =>
        ['IMG', 'SVG', 'IFRAME', 'OBJECT', 'EMBED'].includes(e.tagName.toUpperCase())
        || (e.tagName === 'SCRIPT' && !e.src)
        || [...e.attributes].some(a => a.name.startsWith('on'))).map(e => e.outerHTML.slice(0, 80))""") == []


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "without-csp"])
def test_hostile_names_tuples_and_links_are_shown_as_text_and_never_run(pages, bypass_csp):
    # without the CSP (the defence in depth) too: the page itself never makes markup of data
    page = pages.new(pages.base_url + share_fragment(hostile_state()), bypass_csp=bypass_csp)
    idle(page)
    assert_nothing_executed(page)
    body = page.text_content("body")
    assert "h<script>.keto.ts" in body  # a file tab, as text
    page.click("#query-run")
    page.wait_for_selector(".verdict")
    assert HOSTILE[0] in page.text_content(".verdict")
    page.click("#tab-tests")
    page.click("#tests-run")
    page.wait_for_selector(".test")
    assert HOSTILE[1] in page.text_content("#test-list")
    page.click("#tab-query")
    page.select_option("#query-mode", "list")
    page.click("#query-run")
    page.wait_for_selector(".plain-list li")
    assert f"{HOSTILE[1]}:{HOSTILE[2]}#rel@{HOSTILE[2]}" in page.text_content(".plain-list")
    assert any("not a tuple" in p or "malformed" in p for p in problems(page))
    page.click(f'.file-tab[data-file="t<img src=x onerror=alert(1)>.tuples"]')
    assert HOSTILE[2] in page.text_content(".cm-content")
    assert_nothing_executed(page)



@pytest.mark.parametrize("fragment", [
    "#w=<script>window.__pwned=5</script>",
    '#<img src=x onerror="window.__pwned=6">',
    "#w=" + "A" * 5000,
    "#w=" + base64.urlsafe_b64encode(b"\x00not deflate").decode(),
    share_fragment({"v": 1, "files": [{"name": 1, "text": None}]}),
], ids=["markup", "no-key", "garbage", "not-deflate", "bad-shape"])
def test_links_that_are_not_ours_are_refused_as_text(pages, fragment):
    page = pages.new(pages.base_url + fragment, wait_ready=False)
    page.wait_for_selector(".file-tab")  # the page is up, with a workspace all the same
    if fragment.startswith("#w="):
        page.wait_for_selector("#banner:not([hidden])")
        assert "could not be opened" in page.text_content("#banner-text")
    assert_nothing_executed(page)
    assert files(page) == drive_files()


# ---------------------------------------------------------------- responsiveness

def slow_state(n: int = 6000) -> dict:
    schema = ("class User implements Namespace {}\nclass Doc implements Namespace {\n"
              "  related: {\n    owners: User[]\n    parents: Doc[]\n  }\n  permits = {\n"
              "    view: (ctx: Context): boolean => this.related.owners.includes(ctx.subject) ||\n"
              "      this.related.parents.traverse((p) => p.permits.view(ctx)),\n  }\n}\n")
    lines = [f"Doc:d{i}#owners@User:u{i}" for i in range(n)] + \
            [f"Doc:d{i}#parents@Doc:d{i + 1}" for i in range(n)] + [f"Doc:d{i}#parents@Doc:x{i}" for i in range(n)]
    return {"v": 1, "files": [{"name": "slow.keto.ts", "text": schema},
                              {"name": "slow.tuples", "text": "\n".join(lines) + "\n"}],
            "active": "slow.keto.ts", "query": {"mode": "lookup_subjects", "text": "Doc:d0#view"}}


def test_a_long_lookup_can_be_cancelled_without_freezing_the_page(pages):
    page = pages.new(pages.base_url + share_fragment(slow_state()))
    idle(page)
    page.click("#query-run")
    page.wait_for_selector("#cancel-button", state="visible")
    # the page answers while Python works: typing in the editor goes on
    page.click(".cm-content")
    page.keyboard.press("Control+End")
    page.keyboard.insert_text("// typed while Python was busy\n")
    assert files(page)["slow.keto.ts"].endswith("// typed while Python was busy\n")
    assert page.is_visible("#cancel-button")  # still running
    page.click("#cancel-button")
    page.wait_for_selector(".cancelled")
    assert "Cancelled" in page.text_content("#query-result")
    # a fresh worker gets the workspace again and answers
    page.wait_for_selector('#status[data-state="ready"]', timeout=120_000)
    run_query(page, "Doc:d0#view@User:u0")
    assert page.get_attribute(".verdict", "data-result") == "member"
    assert files(page)["slow.keto.ts"].endswith("// typed while Python was busy\n")


# ---------------------------------------------------------------- start-up

@pytest.mark.parametrize("body", [b"not gzip at all", gzip.compress(b"\x00" * 4096)], ids=["not-gzip", "not-a-snapshot"])
def test_python_starts_afresh_when_the_snapshot_does_not_restore(pages, body):
    def damaged(ctx):
        ctx.route("**/python-snapshot-*", lambda route: route.fulfill(status=200, body=body))
    page = pages.new(setup=damaged)
    assert page.evaluate("window.oplPlayground.engineInfo()")["snapshot"] is False
    run_query(page, "Document:roadmap#view@User:dana")
    assert page.get_attribute(".verdict", "data-result") == "member"


# ---------------------------------------------------------------- offline

def test_the_site_works_offline_once_loaded(pages, site):
    from playground.serve import serve_in_thread
    srv, _ = serve_in_thread(site, 0)
    url = f"http://127.0.0.1:{srv.server_address[1]}/"
    try:
        page = pages.new(url)
        # the service worker registers after start-up and caches the whole build
        # before it activates
        assert page.evaluate("navigator.serviceWorker.ready.then(async () => (await caches.keys()).length)") == 1
    finally:
        srv.shutdown()  # from here on, nothing answers on that port
        srv.server_close()
    page.reload()
    wait_ready(page)
    run_query(page, "Document:roadmap#view@User:dana")
    assert page.get_attribute(".verdict", "data-result") == "member"
