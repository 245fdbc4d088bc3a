"""The LSP features: each handler finds the document, converts the
position, calls engine/ide and converts the answer (convert.py)."""

from __future__ import annotations

import os
import sys

from lsprotocol import types
from pygls.exceptions import JsonRpcException

from engine.diagnostics import Position
from engine.ide.settings import parse_settings
from engine.ide.uris import uri_to_path

from . import convert
from .capabilities import TRIGGER_CHARACTERS
from .language_server import WATCHED_FILES, OplServer, RequestFailed, plain, log

__all__ = ["register"]


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


def register(ls: OplServer) -> None:
    from engine.ide import (code_actions, code_lenses, complete, definition, document_highlights, document_symbols,
                            folding_ranges, inlay_hints, prepare_rename, references, rename, semantic_tokens,
                            workspace_symbols)
    from engine.ide.formatting import format_edits
    from engine.ide.hovering import hover
    from engine.ide.items import TOKEN_MODIFIERS, TOKEN_TYPES, RenameError

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
            settings, problems = parse_settings(plain(params.initialization_options))
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
                ls.apply_settings(plain(result[0]))

    @ls.feature(types.EXIT)
    def exit_now(ls: OplServer, params):
        # pygls would wait for its stdin reader thread, blocked until the
        # editor closes the pipe: leave at once, as `exit` asks
        code = 0 if ls.protocol._shutdown else 1
        sys.stdout.flush()
        os._exit(code)

    @ls.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: OplServer, params: types.DidChangeConfigurationParams):
        settings = plain(params.settings)
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

    @ls.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    def did_change_folders(ls: OplServer, params: types.DidChangeWorkspaceFoldersParams):
        for folder in params.event.added or []:
            path = uri_to_path(folder.uri)
            if path:
                ls.project.add_root(path)

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
