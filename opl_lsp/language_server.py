"""The language server: engine/ide's features bound to LSP with pygls.

Handlers are thin: find the document, convert the position, call the pure
feature function, convert its answer (convert.py). Diagnostics are
published after a short debounce — proportional to what the last analysis of
the document cost, so that typing in a large file does not queue analyses —
first for the edited document, then for the other open documents, whose
diagnostics may depend on it (a schema edit re-validates tuple and workspace
files).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method

from engine import __version__
from engine.diagnostics import Position, Range
from engine.ide import Project
from engine.ide.settings import parse_settings
from engine.ide.uris import uri_to_path

from . import convert
from .capabilities import COMMANDS, SERVER_NAME, TRIGGER_CHARACTERS
from .convert import TextIndex
from .documents import Documents

__all__ = ["OplServer", "build_server"]

log = logging.getLogger("opl_lsp")

WATCHED_FILES = "**/*.{opl,keto.ts,tuples,tuples.json,opl.yaml,opl.yml}"
_MIN_DELAY = 0.008  # seconds before diagnostics of an edit: coalesces a burst of changes
_MAX_DELAY = 0.4


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


def _plain(value: Any) -> Any:
    """pygls hands custom requests' params over as namedtuples: back to JSON."""
    if hasattr(value, "_asdict"):
        return {k: _plain(v) for k, v in value._asdict().items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
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
        if others:
            asyncio.get_running_loop().call_soon(self._publish_rest, others, self.project.revision)

    def _publish_rest(self, uris: list[str], revision: int) -> None:
        # one document per turn of the event loop: requests go in between
        if not uris or self._pending:
            return  # a newer change will publish everything again
        self.publish(uris[0])
        if len(uris) > 1:
            asyncio.get_running_loop().call_soon(self._publish_rest, uris[1:], revision)

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


def _guard(default=None):
    """A handler that fails answers `default` (and logs why) instead of
    failing the request: a bug in one feature must not break the editor."""
    def wrap(fn):
        def handler(ls: OplServer, params):
            try:
                return fn(ls, params)
            except JsonRpcException:
                raise
            except RecursionError:
                return default
            except Exception:  # noqa: BLE001
                log.exception("%s failed", fn.__name__)
                return default
        handler.__name__ = fn.__name__
        handler.__doc__ = fn.__doc__
        return handler
    return wrap


def build_server(project: Project | None = None, published: dict | None = None) -> OplServer:
    ls = OplServer(project, published)
    from engine.ide import (check_query, code_actions, code_lenses, complete, definition, document_highlights,
                            document_symbols, folding_ranges, inlay_hints, list_tests, prepare_rename, references,
                            rename, run_lens, run_workspace_tests, semantic_tokens, workspace_symbols)
    from engine.ide.formatting import format_edits
    from engine.ide.hover import hover
    from engine.ide.items import TOKEN_MODIFIERS, TOKEN_TYPES, RenameError
    from engine.workspace import QueryError

    token_types = {t: i for i, t in enumerate(TOKEN_TYPES)}
    token_mods = {m: i for i, m in enumerate(TOKEN_MODIFIERS)}

    # -------------------------------------------------------- lifecycle

    @ls.feature(types.INITIALIZE)
    def initialize(ls: OplServer, params: types.InitializeParams):
        caps = params.capabilities
        general = caps.general
        encodings = [str(getattr(e, "value", e)) for e in (general.position_encodings or [])] if general else []
        ls.encoding = convert.choose_encoding({"capabilities": {"general": {"positionEncodings": encodings}}})
        ls.docs.encoding = ls.encoding
        td = caps.text_document
        item = td.completion.completion_item if td and td.completion and td.completion.completion_item else None
        ls.snippets = bool(item and item.snippet_support)
        ws = caps.workspace
        ls.config_pull = bool(ws and ws.configuration)
        ls.lens_refresh = bool(ws and ws.code_lens and ws.code_lens.refresh_support)
        ls.watch_files = bool(ws and ws.did_change_watched_files and ws.did_change_watched_files.dynamic_registration)
        for folder in params.workspace_folders or []:
            path = uri_to_path(folder.uri)
            if path:
                ls.project.add_root(path)
        if not params.workspace_folders and params.root_uri:
            path = uri_to_path(params.root_uri)
            if path:
                ls.project.add_root(path)
        if params.initialization_options is not None:
            settings, problems = parse_settings(_plain(params.initialization_options))
            ls.project.set_settings(settings)
            ls.settings_problems = problems

    @ls.feature(types.INITIALIZED)
    async def initialized(ls: OplServer, params):
        for p in ls.settings_problems:
            ls.show(p, types.MessageType.Warning)
        ls.settings_problems = []
        if ls.watch_files:
            # files that are not open still count (a workspace's tuple files,
            # its schema): hear when they change on disk
            ls.watch_files = False
            try:
                await ls.client_register_capability_async(types.RegistrationParams(registrations=[
                    types.Registration(id="opl-files", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                       register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=[
                                           types.FileSystemWatcher(glob_pattern=WATCHED_FILES)]))]))
            except Exception:  # noqa: BLE001 - without it, files are read again on the next edit
                pass
        await pull_settings(ls)

    async def pull_settings(ls: OplServer):
        if ls.config_pull:
            try:
                result = await ls.workspace_configuration_async(
                    types.ConfigurationParams(items=[types.ConfigurationItem(section="opl")]))
            except Exception:  # noqa: BLE001 - a client that cannot answer keeps the defaults
                return
            if result and result[0] is not None:
                ls.apply_settings(_plain(result[0]))

    @ls.feature(types.EXIT)
    def exit_now(ls: OplServer, params):
        # pygls would wait for its stdin reader thread, blocked until the
        # editor closes the pipe: leave at once, as `exit` asks
        code = 0 if ls.protocol._shutdown else 1
        sys.stdout.flush()
        os._exit(code)

    @ls.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: OplServer, params: types.DidChangeConfigurationParams):
        settings = _plain(params.settings)
        if isinstance(settings, dict) and settings:
            ls.apply_settings(settings.get("opl", settings))
        else:
            await pull_settings(ls)

    # -------------------------------------------------------- documents

    @ls.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: OplServer, params: types.DidOpenTextDocumentParams):
        doc = params.text_document
        text = ls.docs.open(doc.uri, doc.text, doc.version)
        ls.project.set_document(doc.uri, text)
        ls.schedule(doc.uri, immediate=True, force=False)

    @ls.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: OplServer, params: types.DidChangeTextDocumentParams):
        uri = params.text_document.uri
        text = ls.docs.change(uri, params.text_document.version, params.content_changes)
        ls.project.set_document(uri, text)
        ls.schedule(uri)

    @ls.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: OplServer, params: types.DidCloseTextDocumentParams):
        uri = params.text_document.uri
        ls.docs.close(uri)
        ls.project.remove_document(uri)
        ls._indexes.pop(uri, None)
        if ls.published.pop(uri, None):
            ls.protocol.notify_json(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS, {"uri": uri, "diagnostics": []})
        ls.republish_all()

    @ls.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: OplServer, params):
        ls.project.files_changed()
        ls.republish_all()

    # -------------------------------------------------------- features

    @ls.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=TRIGGER_CHARACTERS))
    @_guard([])
    def completion(ls: OplServer, params: types.CompletionParams):
        uri = params.text_document.uri
        pos = ls.position(uri, params.position)
        if pos is None:
            return []
        idx = ls.index(uri)
        return [convert.completion_item(i, idx, ls.snippets) for i in complete(ls.project, uri, pos)]

    @ls.feature(types.TEXT_DOCUMENT_HOVER)
    @_guard(None)
    def on_hover(ls: OplServer, params: types.HoverParams):
        uri = params.text_document.uri
        pos = ls.position(uri, params.position)
        h = hover(ls.project, uri, pos) if pos is not None else None
        if h is None:
            return None
        out = {"contents": {"kind": "markdown", "value": h.markdown}}
        if h.range is not None:
            out["range"] = ls.lsp_range(uri, h.range)
        return out

    @ls.feature(types.TEXT_DOCUMENT_DEFINITION)
    @_guard(None)
    def on_definition(ls: OplServer, params: types.DefinitionParams):
        uri = params.text_document.uri
        pos = ls.position(uri, params.position)
        locs = definition(ls.project, uri, pos) if pos is not None else []
        return [x for x in (ls.location(loc) for loc in locs) if x] or None

    @ls.feature(types.TEXT_DOCUMENT_REFERENCES)
    @_guard(None)
    def on_references(ls: OplServer, params: types.ReferenceParams):
        uri = params.text_document.uri
        pos = ls.position(uri, params.position)
        include = bool(params.context and params.context.include_declaration)
        locs = references(ls.project, uri, pos, include) if pos is not None else []
        return [x for x in (ls.location(loc) for loc in locs) if x]

    @ls.feature(types.TEXT_DOCUMENT_DOCUMENT_HIGHLIGHT)
    @_guard(None)
    def on_highlight(ls: OplServer, params: types.DocumentHighlightParams):
        uri = params.text_document.uri
        pos = ls.position(uri, params.position)
        found = document_highlights(ls.project, uri, pos) if pos is not None else []
        return [{"range": ls.lsp_range(uri, r), "kind": 3 if k == "write" else 2} for r, k in found]

    @ls.feature(types.TEXT_DOCUMENT_PREPARE_RENAME)
    def on_prepare_rename(ls: OplServer, params: types.PrepareRenameParams):
        uri = params.text_document.uri
        pos = ls.position(uri, params.position)
        try:
            target = prepare_rename(ls.project, uri, pos) if pos is not None else None
        except RenameError as e:
            raise RequestFailed(str(e)) from None
        except RecursionError:
            return None
        if target is None:
            return None
        return {"range": ls.lsp_range(uri, target.range), "placeholder": target.placeholder}

    @ls.feature(types.TEXT_DOCUMENT_RENAME, types.RenameOptions(prepare_provider=True))
    def on_rename(ls: OplServer, params: types.RenameParams):
        uri = params.text_document.uri
        pos = ls.position(uri, params.position)
        if pos is None:
            return None
        try:
            edits = rename(ls.project, uri, pos, params.new_name)
        except RenameError as e:
            raise RequestFailed(str(e)) from None
        except RecursionError:
            return None
        return ls.workspace_edit(edits)

    @ls.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    @_guard([])
    def on_document_symbols(ls: OplServer, params: types.DocumentSymbolParams):
        uri = params.text_document.uri
        idx = ls.index(uri)
        if idx is None:
            return []

        def conv(s):
            out = {"name": s.name or "?", "kind": convert.SYMBOL_KIND.get(s.kind, 13),
                   "range": idx.from_engine_range(s.range),
                   "selectionRange": idx.from_engine_range(s.selection_range)}
            if s.detail:
                out["detail"] = s.detail
            if s.children:
                out["children"] = [conv(c) for c in s.children]
            return out
        return [conv(s) for s in document_symbols(ls.project, uri)]

    @ls.feature(types.WORKSPACE_SYMBOL)
    @_guard([])
    def on_workspace_symbols(ls: OplServer, params: types.WorkspaceSymbolParams):
        out = []
        for s in workspace_symbols(ls.project, params.query or ""):
            loc = ls.location(s.location)
            if loc is None:
                continue
            item = {"name": s.name, "kind": convert.SYMBOL_KIND.get(s.kind, 13), "location": loc}
            if s.container:
                item["containerName"] = s.container
            out.append(item)
        return out

    @ls.feature(types.TEXT_DOCUMENT_SEMANTIC_TOKENS_FULL,
                types.SemanticTokensLegend(token_types=list(TOKEN_TYPES), token_modifiers=list(TOKEN_MODIFIERS)))
    @_guard({"data": []})
    def on_semantic_tokens(ls: OplServer, params: types.SemanticTokensParams):
        uri = params.text_document.uri
        idx = ls.index(uri)
        if idx is None:
            return {"data": []}
        return {"data": convert.encode_tokens(semantic_tokens(ls.project, uri), idx, token_types, token_mods)}

    @ls.feature(types.TEXT_DOCUMENT_FOLDING_RANGE)
    @_guard([])
    def on_folding(ls: OplServer, params: types.FoldingRangeParams):
        uri = params.text_document.uri
        idx = ls.index(uri)
        if idx is None:
            return []
        out = []
        for f in folding_ranges(ls.project, uri):
            start = idx.from_engine(Position(f.start_line, 0))["line"]
            end = idx.from_engine(Position(f.end_line, 0))["line"]
            if end > start:
                item = {"startLine": start, "endLine": end}
                if f.kind:
                    item["kind"] = f.kind
                out.append(item)
        return out

    @ls.feature(types.TEXT_DOCUMENT_FORMATTING)
    @_guard(None)
    def on_formatting(ls: OplServer, params: types.DocumentFormattingParams):
        uri = params.text_document.uri
        edits = format_edits(ls.project, uri)
        if edits is None:
            return None
        idx = ls.index(uri)
        return [{"range": idx.from_engine_range(e.range), "newText": e.new_text} for e in edits]

    @ls.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=[
        types.CodeActionKind.QuickFix]))
    @_guard([])
    def on_code_action(ls: OplServer, params: types.CodeActionParams):
        uri = params.text_document.uri
        rng = ls.engine_range(uri, params.range)
        if rng is None:
            return []
        out = []
        idx = ls.index(uri)
        where = ls.related_location(uri)
        for a in code_actions(ls.project, uri, rng):
            item = {"title": a.title, "kind": a.kind, "edit": ls.workspace_edit(a.edits)}
            if a.diagnostic is not None:
                item["diagnostics"] = [convert.diagnostic(a.diagnostic, idx, where)]
            if a.preferred:
                item["isPreferred"] = True
            out.append(item)
        return out

    @ls.feature(types.TEXT_DOCUMENT_CODE_LENS)
    @_guard([])
    def on_code_lens(ls: OplServer, params: types.CodeLensParams):
        uri = params.text_document.uri
        idx = ls.index(uri)
        if idx is None:
            return []
        out = []
        for lens in code_lenses(ls.project, uri):
            item = {"range": idx.from_engine_range(lens.range)}
            if lens.command:
                item["command"] = {"title": lens.title, "command": lens.command, "arguments": lens.arguments}
            out.append(item)
        return out

    @ls.feature(types.TEXT_DOCUMENT_INLAY_HINT)
    @_guard([])
    def on_inlay_hints(ls: OplServer, params: types.InlayHintParams):
        uri = params.text_document.uri
        idx = ls.index(uri)
        rng = ls.engine_range(uri, params.range)
        if idx is None:
            return []
        return [{"position": idx.from_engine(h.position), "label": h.label, "kind": 1,
                 "tooltip": h.tooltip, "paddingLeft": h.padding_left, "paddingRight": h.padding_right}
                for h in inlay_hints(ls.project, uri, rng)]

    def _lens_command(name: str):
        def run(ls: OplServer, *args):
            args = [_plain(a) for a in args]
            try:
                result = run_lens(ls.project, name, args)
            except (ValueError, IndexError, TypeError) as e:
                raise JsonRpcInvalidParams(message=f"{name}: {e}") from None
            ls.show(result["message"], types.MessageType.Info if result["ok"] else types.MessageType.Warning)
            if ls.lens_refresh:
                ls.workspace_code_lens_refresh(None)
            return result
        return run

    for command in COMMANDS:
        ls.command(command)(_lens_command(command))

    # -------------------------------------------------------- custom requests

    @ls.feature("opl/check")
    def opl_check(ls: OplServer, params):
        p = _plain(params) or {}
        uri, query = p.get("uri"), p.get("query")
        if not isinstance(uri, str) or not isinstance(query, str):
            raise JsonRpcInvalidParams(message="opl/check needs {uri: string, query: string, explain: boolean}")
        try:
            return check_query(ls.project, uri, query, bool(p.get("explain")))
        except QueryError as e:
            raise JsonRpcInvalidParams(message=f"malformed query: {e}") from None

    @ls.feature("opl/tests")
    def opl_tests(ls: OplServer, params):
        p = _plain(params) or {}
        if not isinstance(p.get("uri"), str):
            raise JsonRpcInvalidParams(message="opl/tests needs {uri: string}")
        return list_tests(ls.project, p["uri"])

    @ls.feature("opl/runTests")
    def opl_run_tests(ls: OplServer, params):
        p = _plain(params) or {}
        name = p.get("name")
        if not isinstance(p.get("uri"), str) or not (name is None or isinstance(name, str)):
            raise JsonRpcInvalidParams(message="opl/runTests needs {uri: string, name: string | null}")
        return run_workspace_tests(ls.project, p["uri"], name)

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
