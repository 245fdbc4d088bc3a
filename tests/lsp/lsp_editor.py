"""What the language-server tests share: the server command, an editor
that opens and edits documents, position helpers. (Not in conftest.py: each
face has a conftest of its own, and `import conftest` finds whichever came
first.)"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from lsprotocol import types
from pytest_lsp import LanguageClient, client_capabilities

from paths import EXAMPLES, ROOT

__all__ = ["SERVER", "SERVER_ENV", "EXAMPLES", "Editor", "initialize_params", "offset", "at", "codes", "doc"]


def server_command() -> list[str]:
    """`opl lsp`, the command editors run."""
    opl = Path(sys.executable).parent / "opl"
    if opl.exists():
        return [str(opl), "lsp"]
    return [sys.executable, "-c", "import sys; from engine.cli import main; sys.exit(main(['lsp']))"]


SERVER = server_command()


def server_env() -> dict:
    """The servers keep Python's bytecode cache (in .cache/, not next to the
    sources) even where the shell says not to write it: each test starts
    its own server, and compiling the engine at every start doubles its cost."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(ROOT / ".cache" / "pycache")
    return env


SERVER_ENV = server_env()


def initialize_params(root: Path, options=None, spec: str = "visual-studio-code") -> types.InitializeParams:
    return types.InitializeParams(
        capabilities=client_capabilities(spec),
        root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
        initialization_options=options,
    )


class Editor:
    """What an editor does: open files, type, wait for diagnostics."""

    def __init__(self, client: LanguageClient):
        self.client = client
        self.versions: dict[str, int] = {}
        self.texts: dict[str, str] = {}

    def open(self, path: Path, text: str | None = None, language: str = "plaintext") -> str:
        uri = path.as_uri()
        if text is None:
            text = path.read_text()
        self.versions[uri] = 1
        self.texts[uri] = text
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
        return uri

    def replace(self, uri: str, text: str) -> None:
        self.versions[uri] += 1
        self.texts[uri] = text
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            [types.TextDocumentContentChangeWholeDocument(text=text)]))

    def edit(self, uri: str, start: types.Position, end: types.Position, text: str) -> None:
        """An incremental change, applied to our copy the way LSP says."""
        self.versions[uri] += 1
        old = self.texts[uri]
        a, b = offset(old, start), offset(old, end)
        self.texts[uri] = old[:a] + text + old[b:]
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            [types.TextDocumentContentChangePartial(range=types.Range(start, end), text=text)]))

    async def diagnostics(self, uri: str, until=lambda ds: True, timeout: float = 15.0):
        """The diagnostics of uri once `until(diagnostics)` holds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            got = self.client.diagnostics.get(uri)
            if got is not None:
                got = list(got)
                if until(got):
                    return got
            left = deadline - loop.time()
            if left <= 0:
                raise AssertionError(f"no diagnostics as expected for {uri}; last: {got}")
            try:
                await asyncio.wait_for(self.client.wait_for_notification(
                    types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), left)
            except asyncio.TimeoutError:
                pass


def offset(text: str, pos: types.Position) -> int:
    lines = text.split("\n")
    line = min(pos.line, len(lines) - 1)
    return sum(len(x) + 1 for x in lines[:line]) + min(pos.character, len(lines[line]))


def at(text: str, needle: str, delta: int = 0, nth: int = 0) -> types.Position:
    """The position of the nth `needle` in text, plus delta characters."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    i += delta
    line = text.count("\n", 0, i)
    return types.Position(line=line, character=i - (text.rfind("\n", 0, i) + 1))


def codes(diagnostics) -> list[str]:
    return [d.code for d in diagnostics]


def doc(uri: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri)
