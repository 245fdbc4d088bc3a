"""What the language features answer: plain data, free of any protocol.

The language server turns these into LSP messages and the browser playground
into JSON for CodeMirror. Positions and ranges are `engine.diagnostics`
ones (0-based lines, characters counted in code points).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics import Diagnostic, Position, Range

__all__ = [
    "CompletionItem", "Hover", "Location", "Edit", "DocumentSymbol", "WorkspaceSymbol",
    "SemanticToken", "FoldingRange", "CodeAction", "CodeLens", "InlayHint", "RenameTarget",
    "RenameError", "TOKEN_TYPES", "TOKEN_MODIFIERS",
]


@dataclass(slots=True)
class CompletionItem:
    label: str
    # "namespace" | "relation" | "permit" | "keyword" | "snippet" | "object" | "subject" | "value"
    kind: str
    detail: str = ""
    documentation: str = ""
    insert_text: str | None = None  # None: the label
    is_snippet: bool = False  # insert_text uses LSP snippet syntax ($1, ${1:name}, $0)
    sort_text: str | None = None
    # the text the item replaces (the word being typed); None: the client's choice
    replace_range: Range | None = None
    filter_text: str | None = None


@dataclass(slots=True)
class Hover:
    markdown: str
    range: Range | None = None


@dataclass(frozen=True, slots=True)
class Location:
    uri: str
    range: Range


@dataclass(frozen=True, slots=True)
class Edit:
    range: Range
    new_text: str


@dataclass(slots=True)
class DocumentSymbol:
    name: str
    kind: str  # "namespace" | "relation" | "permit" | "test" | "tuple" | "key"
    range: Range
    selection_range: Range
    detail: str = ""
    children: list["DocumentSymbol"] = field(default_factory=list)


@dataclass(slots=True)
class WorkspaceSymbol:
    name: str
    kind: str
    location: Location
    container: str = ""


from .legend import TOKEN_MODIFIERS, TOKEN_TYPES  # noqa: E402  (re-exported)


@dataclass(frozen=True, slots=True)
class SemanticToken:
    """One token on one line; `length` in code points."""

    line: int
    character: int
    length: int
    type: str
    modifiers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FoldingRange:
    start_line: int
    end_line: int
    kind: str | None = None  # "comment" | "imports" | "region" | None


@dataclass(slots=True)
class CodeAction:
    title: str
    kind: str  # "quickfix" | "refactor.rewrite" | "source"
    edits: dict[str, list[Edit]]  # uri → edits
    diagnostic: Diagnostic | None = None
    preferred: bool = False


@dataclass(slots=True)
class CodeLens:
    range: Range
    title: str
    command: str | None = None  # a command the language server executes
    arguments: list = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class InlayHint:
    position: Position
    label: str
    kind: str = "type"  # "type" | "parameter"
    tooltip: str = ""
    padding_left: bool = False
    padding_right: bool = False


@dataclass(frozen=True, slots=True)
class RenameTarget:
    range: Range
    placeholder: str


class RenameError(ValueError):
    """A rename that cannot be done (the message says why)."""
