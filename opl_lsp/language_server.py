"""The language server: engine/ide's features bound to LSP with pygls.

This module holds the server's state — the open documents, the project,
the settings — and the publishing of diagnostics; features.py and custom.py
register the handlers (thin: find the document, convert the position, call
the pure feature function, convert its answer). Diagnostics are
published after a short debounce — proportional to what the last analysis of
the document cost, so that typing in a large file does not queue analyses —
first for the edited document, then for the other open documents, whose
diagnostics may depend on it (a schema edit re-validates tuple and workspace
files).
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method

from engine import __version__
from engine.diagnostics import Position, Range
from engine.ide import Project
from engine.ide.settings import parse_settings

from . import convert
from .capabilities import SERVER_NAME
from .convert import TextIndex
from .documents import Documents

__all__ = ["OplServer", "build_server", "plain", "RequestFailed", "WATCHED_FILES"]

log = logging.getLogger("opl_lsp")

WATCHED_FILES = "**/*.{opl,keto.ts,tuples,tuples.json,opl.yaml,opl.yml}"
_MIN_DELAY = 0.008  # seconds before diagnostics of an edit: coalesces a burst of changes
_MAX_DELAY = 0.4
_DEPENDENTS_DELAY = 0.15


class RequestFailed(JsonRpcException):
    """LSP's RequestFailed: the request was valid but cannot be done."""

    CODE = -32803
    MESSAGE = "Request failed"


class OplProtocol(LanguageServerProtocol):
    """pygls's protocol, with document sync left to our Documents (see
    documents.py) and raw JSON notifications."""

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_OPEN)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CLOSE)) is not None:
            yield handler, (params,), None

    def notify_json(self, method: str, params: dict) -> None:
        """A notification whose params are already LSP JSON."""
        self._send_data({"jsonrpc": "2.0", "method": method, "params": params})


def plain(value: Any) -> Any:
    """pygls hands custom requests' params over as namedtuples: back to JSON."""
    if hasattr(value, "_asdict"):
        return {k: plain(v) for k, v in value._asdict().items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


class OplServer(LanguageServer):
    def __init__(self, project: Project | None = None, published: dict | None = None):
        super().__init__(SERVER_NAME, __version__, protocol_cls=OplProtocol,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.project = project or Project()
        self.docs = Documents()
        self.encoding = "utf-16"
        self.snippets = False
        self.config_pull = False
        self.lens_refresh = False
        self.watch_files = False
        self.settings_problems: list[str] = []
        # uri → the diagnostics JSON last sent (the quick start's first ones too)
        self.published: dict[str, list] = dict(published or {})
        self._pending: dict[str, bool] = {}  # uri → publish even if unchanged
        self._timer: asyncio.TimerHandle | None = None
        self._rest_timer: asyncio.Handle | None = None
        self._cost: dict[str, float] = {}
        self._indexes: dict[str, TextIndex] = {}

    # ------------------------------------------------------------ positions

    def index(self, uri: str) -> TextIndex | None:
        text = self.project.text(uri)
        if text is None:
            return None
        idx = self._indexes.get(uri)
        if idx is None or idx.text is not text or idx.encoding != self.encoding:
            idx = TextIndex(text, self.encoding)
            self._indexes[uri] = idx
        return idx

    def position(self, uri: str, pos) -> Position | None:
        """An LSP position → the engine's."""
        idx = self.index(uri)
        source = self.project.source(uri)
        if idx is None or source is None:
            return None
        return source.position(idx.offset({"line": pos.line, "character": pos.character}))

    def engine_range(self, uri: str, rng) -> Range | None:
        start = self.position(uri, rng.start)
        end = self.position(uri, rng.end)
        if start is None or end is None:
            return None
        return Range(start, end)

    def lsp_range(self, uri: str, rng: Range) -> dict | None:
        idx = self.index(uri)
        return idx.from_engine_range(rng) if idx is not None else None

    def location(self, loc) -> dict | None:
        rng = self.lsp_range(loc.uri, loc.range)
        return {"uri": loc.uri, "range": rng} if rng is not None else None

    def related_location(self, uri: str):
        """For a diagnostic of `uri`: (file, start, end) of a related span →
        an LSP Location."""
        def where(file, start, end):
            target = uri if file is None else self.project.uri_of(file)
            idx = self.index(target)
            if idx is None:
                return None
            return {"uri": target, "range": idx.range(start, end)}
        return where

    def workspace_edit(self, edits: dict) -> dict:
        changes = {}
        for uri, items in edits.items():
            idx = self.index(uri)
            if idx is None:
                continue
            changes[uri] = [{"range": idx.from_engine_range(e.range), "newText": e.new_text} for e in items]
        return {"changes": changes}

    # ------------------------------------------------------------ diagnostics

    def diagnostics_json(self, uri: str) -> list[dict]:
        idx = self.index(uri)
        if idx is None:
            return []
        where = self.related_location(uri)
        return [convert.diagnostic(d, idx, where) for d in self.project.diagnostics(uri)]

    def publish(self, uri: str, force: bool = False) -> None:
        if uri not in self.docs:
            return
        t0 = time.perf_counter()
        try:
            diags = self.diagnostics_json(uri)
        except RecursionError:
            diags = []
        except Exception:  # a bug must not silence the other files' diagnostics
            log.exception("diagnostics of %s", uri)
            return
        self._cost[uri] = time.perf_counter() - t0
        if not force and self.published.get(uri) == diags:
            return
        self.published[uri] = diags
        params = {"uri": uri, "diagnostics": diags}
        version = self.docs.versions.get(uri)
        if version is not None:
            params["version"] = version
        self.protocol.notify_json(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS, params)

    def schedule(self, uri: str | None = None, immediate: bool = False, force: bool = True) -> None:
        """Publish uri's diagnostics soon, then the other open documents'.
        force: even if they are what was sent last (after an edit: the
        editor may have moved the old ones)."""
        if uri is not None:
            self._pending[uri] = self._pending.get(uri, False) or force
        # changes that come together (a paste, a rename applied, fast typing in a
        # file whose analysis is slow) are analysed once
        delay = 0.0 if immediate else min(_MAX_DELAY, max(_MIN_DELAY, 0.5 * self._cost.get(uri, 0.0)))
        loop = asyncio.get_running_loop()
        if self._timer is not None:
            self._timer.cancel()
        self._timer = loop.call_later(delay, self._flush)

    def _flush(self) -> None:
        self._timer = None
        changed = dict(self._pending)
        self._pending.clear()
        for uri, force in changed.items():
            self.publish(uri, force=force)
        others = [u for u in self.docs.uris if u not in changed]
        if self._rest_timer is not None:
            self._rest_timer.cancel()
            self._rest_timer = None
        if others:
            # the others a little later: while someone types, a workspace
            # file's tests are not run between two keystrokes
            self._rest_timer = asyncio.get_running_loop().call_later(
                _DEPENDENTS_DELAY if changed else 0.0, self._publish_rest, others, self.project.revision)

    def _publish_rest(self, uris: list[str], revision: int) -> None:
        # one document per turn of the event loop: requests go in between
        self._rest_timer = None
        if not uris or self._pending:
            return  # a newer change will publish everything again
        self.publish(uris[0])
        if len(uris) > 1:
            self._rest_timer = asyncio.get_running_loop().call_soon(self._publish_rest, uris[1:], revision)

    def republish_all(self) -> None:
        for uri in self.docs.uris:
            self._pending.setdefault(uri, False)
        if self.docs.uris:
            self.schedule(None, immediate=True)

    # ------------------------------------------------------------ settings

    def apply_settings(self, raw) -> None:
        settings, problems = parse_settings(raw)
        for p in problems:
            self.show(p, types.MessageType.Warning)
        if settings != self.project.settings:
            self.project.set_settings(settings)
            self.republish_all()

    def show(self, message: str, kind=types.MessageType.Info) -> None:
        self.window_show_message(types.ShowMessageParams(type=kind, message=f"OPL: {message}"))


def build_server(project: Project | None = None, published: dict | None = None) -> OplServer:
    from . import custom, features
    ls = OplServer(project, published)
    features.register(ls)
    custom.register(ls)
    return ls


class _ExpectedErrors(logging.Filter):
    """pygls logs a traceback for every error answer; a refused rename or a
    malformed query is an answer, not a failure of the server."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, JsonRpcException)


def log_to_stderr() -> None:
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="opl lsp: %(levelname)s %(message)s")
    # pygls warns about every message after `shutdown` and every cancelled request
    logging.getLogger("pygls").setLevel(logging.ERROR)
    logging.getLogger("pygls.protocol.json_rpc").addFilter(_ExpectedErrors())
