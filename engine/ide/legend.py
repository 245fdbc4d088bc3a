"""The legend of semantic tokens (LSP's standard names, in this order): its
own module so that the language server can announce it without loading the
features."""

TOKEN_TYPES = ("class", "type", "property", "method", "parameter", "variable", "keyword", "string",
               "comment", "operator")
TOKEN_MODIFIERS = ("declaration", "defaultLibrary")
