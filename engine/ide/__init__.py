"""Language features as pure functions over the engine's analysis: the
language server binds them to LSP, the browser playground calls them in
Pyodide. No protocol, no threads, no subprocesses here.

    from engine.ide import Project, complete, hover
    project = Project()
    project.set_document("file:///w/schema.opl", text)
    project.diagnostics("file:///w/schema.opl")
    complete(project, "file:///w/schema.opl", Position(3, 18))

Submodules load on first use (the language server's start-up time counts).
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "Project": "project", "Context": "project",
    "Settings": "settings", "parse_settings": "settings",
    "CompletionItem": "items", "Hover": "items", "Location": "items", "Edit": "items",
    "DocumentSymbol": "items", "WorkspaceSymbol": "items", "SemanticToken": "items",
    "FoldingRange": "items", "CodeAction": "items", "CodeLens": "items", "InlayHint": "items",
    "RenameTarget": "items", "RenameError": "items", "TOKEN_TYPES": "items", "TOKEN_MODIFIERS": "items",
    "complete": "completion",
    "hover": "hovering",
    "format_document": "formatting", "format_edits": "formatting",
    "definition": "navigation", "references": "navigation", "rename": "navigation",
    "prepare_rename": "navigation", "document_highlights": "navigation",
    "document_symbols": "symbols", "workspace_symbols": "symbols",
    "semantic_tokens": "tokens",
    "folding_ranges": "folding",
    "code_actions": "actions",
    "code_lenses": "lenses", "run_lens": "lenses",
    "inlay_hints": "hints",
    "check_query": "checks", "list_tests": "checks", "run_workspace_tests": "checks",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'engine.ide' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


# No submodule may share a name with an export: `import engine.ide.X` would
# make `engine.ide.X` the module and shadow the function (checked by a test).
