"""Driving VS Code's workbench (code-server in Chromium) the way a user does:
the command palette, Quick Open, Go to Line, the keyboard. Every wait is on
a visible state of the UI, with generous timeouts (the machine is shared)."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

LONG = 120_000  # ms: starting VS Code, the language server, a first request
SHORT = 30_000

CHROMIUM_ARGS = ["--no-sandbox", "--headless=new", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


class Workbench:
    def __init__(self, page: Page, artifacts: Path):
        self.page = page
        self.artifacts = artifacts

    # ------------------------------------------------------------ basics

    def wait_ready(self) -> None:
        self.page.locator(".monaco-workbench").wait_for(state="visible", timeout=LONG)
        # the explorer of the opened folder shows once the workbench restored
        self.page.locator(".explorer-folders-view").wait_for(state="visible", timeout=LONG)

    def screenshot(self, name: str) -> Path:
        path = self.artifacts / f"{name}.png"
        self.page.screenshot(path=str(path))
        return path

    def quick_input(self) -> Locator:
        return self.page.locator(".quick-input-widget")

    def _pick(self, text: str, label: str) -> None:
        """Type into an open quick input and choose the row whose label is `label`."""
        box = self.quick_input().locator("input")
        box.fill(text)
        row = self.quick_input().locator(".monaco-list-row", has_text=label).first
        row.wait_for(state="visible", timeout=SHORT)
        row.click()
        # the pick is done when its list is gone (the command may open a quick input of its own)
        expect(row).to_be_hidden(timeout=SHORT)

    def command(self, title: str) -> None:
        """Run a command from the command palette by its full title."""
        self.page.keyboard.press("F1")
        self.quick_input().wait_for(state="visible", timeout=SHORT)
        self._pick(">" + title, title)

    def open_file(self, name: str) -> Locator:
        """Quick Open (Ctrl+P) a file of the folder; returns its editor."""
        self.page.keyboard.press("Control+P")
        self.quick_input().wait_for(state="visible", timeout=SHORT)
        self._pick(name, name)
        expect(self.active_tab()).to_have_attribute("data-resource-name", name, timeout=SHORT)
        editor = self.active_editor()
        editor.wait_for(state="visible", timeout=SHORT)
        return editor

    def active_tab(self) -> Locator:
        return self.page.locator(".editor-group-container.active .tab.active")

    def active_editor(self) -> Locator:
        return self.page.locator(".editor-group-container.active .monaco-editor").first

    def goto(self, line: int, column: int = 1) -> None:
        """Go to Line (1-based line and column), the cursor left there."""
        self.page.keyboard.press("Control+G")
        self.quick_input().wait_for(state="visible", timeout=SHORT)
        self.quick_input().locator("input").fill(f":{line}:{column}")
        self.page.keyboard.press("Enter")
        expect(self.quick_input()).to_be_hidden(timeout=SHORT)
        expect(self.status_position()).to_have_text(re.compile(rf"^Ln {line}, Col {column}\b"), timeout=SHORT)

    def status_position(self) -> Locator:
        return self.page.locator("#status\\.editor\\.selection")

    def status_language(self) -> Locator:
        return self.page.locator("#status\\.editor\\.mode")

    def notification(self, text: str | re.Pattern) -> Locator:
        return self.page.locator(".notifications-toasts .notification-toast", has_text=text)

    def problems(self) -> Locator:
        return self.page.locator(".markers-panel .monaco-list-row")

    def server_status(self, state: str) -> Locator:
        """The extension's status-bar item in a state (running, missing, …)."""
        return self.page.get_by_role("button", name=f"OPL language server {state}")

    def output_view(self) -> Locator:
        return self.page.locator(".panel .output-view, [id='workbench.panel.output']").first

    def suggestions(self) -> Locator:
        return self.page.locator(".editor-widget.suggest-widget .monaco-list-row")

    def suggestion(self, label: str) -> Locator:
        return self.page.locator(".editor-widget.suggest-widget .monaco-list-row .label-name").filter(
            has_text=re.compile(rf"^{re.escape(label)}$"))

    def hover(self) -> Locator:
        return self.page.locator(".monaco-hover:not(.hidden)").first

    def webview(self):
        """The content of the (one) visible webview: VS Code nests it in two iframes."""
        return self.page.frame_locator("iframe.webview.ready").first.frame_locator("#active-frame")

    def test_row(self, label: str) -> Locator:
        """A row of the Test Explorer; its accessible name is `label (state)`."""
        return self.page.locator(".test-explorer").get_by_role(
            "treeitem", name=re.compile(rf"^{re.escape(label)} \(")).first

    def run_test(self, label: str) -> None:
        row = self.test_row(label)
        row.hover()
        row.get_by_role("button", name="Run Test").click()

    def terminal_text(self) -> Locator:
        return self.page.locator(".terminal-wrapper.active .xterm-rows, .terminal-wrapper .xterm-rows").first

    def set_setting(self, key: str, value: str) -> None:
        """Set a text setting in the Settings editor, where the user would.
        code-server is a remote window: machine settings live in its Remote tab."""
        self.command("Preferences: Open Settings (UI)")
        editor = self.page.locator(".settings-editor")
        expect(editor).to_be_visible(timeout=SHORT)
        self.page.keyboard.type(key)
        editor.locator(".settings-tabs-widget .action-label", has_text="Remote").first.click()
        box = editor.locator(f"input[aria-label='{key}']")
        expect(box).to_be_visible(timeout=SHORT)
        box.fill(value)
        self.page.keyboard.press("Tab")

    def pick_file(self, path: str, button: str) -> None:
        """Answer VS Code's own (simple) open dialog with a path."""
        dialog = self.quick_input()
        expect(dialog).to_be_visible(timeout=SHORT)
        box = dialog.locator("input")
        # the dialog fills in its folder and lists it by itself: type over it
        # only once it did both, or it writes its folder into what was typed
        expect(box).to_have_value(re.compile(r"/$"), timeout=SHORT)
        expect(dialog.get_by_role("option", name="..", exact=True)).to_be_visible(timeout=SHORT)
        expect(dialog.locator(".monaco-progress-container.active")).to_have_count(0, timeout=SHORT)
        name = path.rstrip("/").rsplit("/", 1)[-1]
        option = dialog.get_by_role("option", name=name, exact=True)
        # It lists the typed path's folder (debounced); accepting before it
        # did fails. Now and then (once in the last five full runs) it misses the
        # change and keeps listing the old folder: then type the path again.
        for attempt in range(3):
            box.press("Control+A")
            box.press_sequentially(path)
            expect(box).to_have_value(path)
            try:
                expect(option).to_be_visible(timeout=SHORT // 3)
                break
            except AssertionError:
                if attempt == 2:
                    raise
        dialog.get_by_role("button", name=button).click()
        expect(dialog).to_be_hidden(timeout=SHORT)
