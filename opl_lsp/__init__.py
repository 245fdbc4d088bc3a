"""The OPL language server (`opl lsp`): engine/ide's language features over
LSP, with pygls. See docs/lsp.md."""
