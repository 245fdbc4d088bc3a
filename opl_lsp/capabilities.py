"""What the server offers, in one place: the language server registers its
features with these options, and the quick start announces the same
capabilities before pygls is loaded (a test keeps the two identical)."""

from __future__ import annotations

from engine.ide.legend import TOKEN_MODIFIERS, TOKEN_TYPES

__all__ = ["TRIGGER_CHARACTERS", "COMMANDS", "CUSTOM_REQUESTS", "capabilities", "SERVER_NAME"]

SERVER_NAME = "opl-lsp"
# `.` after this/related/permits/p, `<` and `"` in SubjectSet<G, "r">, and the
# separators of tuple strings
TRIGGER_CHARACTERS = [".", "<", '"', ":", "#", "@"]
COMMANDS = ["opl.lsp.runTest", "opl.lsp.checkPermit"]
CUSTOM_REQUESTS = ["opl/check", "opl/tests", "opl/runTests"]


def capabilities(encoding: str, client: dict | None = None) -> dict:
    """The InitializeResult capabilities, as pygls builds them for our
    features and this client (`client`: its capabilities, as JSON)."""
    text_document = (client or {}).get("textDocument")
    rename = text_document.get("rename") if isinstance(text_document, dict) else None
    rename = rename if isinstance(rename, dict) else {}
    # LSP: RenameOptions only for a client that supports prepareRename
    rename_provider = {"prepareProvider": True} if rename.get("prepareSupport") else True
    return {
        "positionEncoding": encoding,
        "textDocumentSync": {"openClose": True, "change": 2, "save": False},
        "completionProvider": {"triggerCharacters": TRIGGER_CHARACTERS},
        "hoverProvider": True,
        "definitionProvider": True,
        "referencesProvider": True,
        "documentHighlightProvider": True,
        "documentSymbolProvider": True,
        "codeActionProvider": {"codeActionKinds": ["quickfix"]},
        "codeLensProvider": {"resolveProvider": False},
        "documentFormattingProvider": True,
        "renameProvider": rename_provider,
        "foldingRangeProvider": True,
        "executeCommandProvider": {"commands": COMMANDS},
        "semanticTokensProvider": {"legend": {"tokenTypes": list(TOKEN_TYPES),
                                              "tokenModifiers": list(TOKEN_MODIFIERS)},
                                   "full": True},
        "inlayHintProvider": {"resolveProvider": False},
        "workspaceSymbolProvider": {"resolveProvider": False},
        "workspace": {"workspaceFolders": {"supported": True, "changeNotifications": True},
                      "fileOperations": {}},
    }
