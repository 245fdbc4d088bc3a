"""Diagnostics as data: a range, a code, a severity and a message.

Every face renders these; none invents its own. Positions are 0-based lines
and characters (Unicode code points), as in LSP with a code-point encoding;
the language server converts to UTF-16 where a client needs it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum

__all__ = [
    "Severity", "Position", "Range", "TextEdit", "Fix", "Related", "Diagnostic", "SourceText",
]


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFORMATION = "information"
    HINT = "hint"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFORMATION: 2, Severity.HINT: 3}


@dataclass(frozen=True, slots=True)
class Position:
    line: int
    character: int

    def to_json(self) -> dict:
        return {"line": self.line, "character": self.character}


@dataclass(frozen=True, slots=True)
class Range:
    start: Position
    end: Position

    def to_json(self) -> dict:
        return {"start": self.start.to_json(), "end": self.end.to_json()}

    def contains(self, pos: Position) -> bool:
        return (self.start.line, self.start.character) <= (pos.line, pos.character) <= (
            self.end.line, self.end.character)


@dataclass(frozen=True, slots=True)
class TextEdit:
    """Replace text[start:end] with new_text (offsets in the same file)."""

    start: int
    end: int
    new_text: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A suggested fix: a title and the edits that perform it."""

    title: str
    edits: tuple[TextEdit, ...]
    preferred: bool = False


@dataclass(frozen=True, slots=True)
class Related:
    """Another location that explains a diagnostic (e.g. the first declaration)."""

    message: str
    start: int
    end: int
    file: str | None = None  # None: the same file


@dataclass(slots=True)
class Diagnostic:
    start: int
    end: int
    code: str
    message: str
    severity: Severity = Severity.ERROR
    # Keto would refuse the input because of this (a syntax or type error).
    syntax: bool = False
    related: list[Related] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)
    # "unnecessary" (faded) or "deprecated" (struck through), for editors
    tags: tuple[str, ...] = ()
    # filled by SourceText.resolve()
    range: Range | None = None
    file: str | None = None

    @classmethod
    def at_offsets(cls, start: int, end: int, code: str, message: str,
                   severity: Severity = Severity.ERROR, *, syntax: bool = False) -> "Diagnostic":
        return cls(start, end, code, message, severity, syntax)

    def to_json(self) -> dict:
        out = {
            "file": self.file,
            "range": self.range.to_json() if self.range else None,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
        }
        return out


class SourceText:
    """A text with a line index, to turn offsets into positions and back."""

    __slots__ = ("text", "line_starts")

    def __init__(self, text: str):
        self.text = text
        starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self.line_starts = starts

    def position(self, offset: int) -> Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.line_starts, offset) - 1
        return Position(line, offset - self.line_starts[line])

    def offset(self, pos: Position) -> int:
        if pos.line < 0:
            return 0
        if pos.line >= len(self.line_starts):
            return len(self.text)
        start = self.line_starts[pos.line]
        end = self.line_starts[pos.line + 1] - 1 if pos.line + 1 < len(self.line_starts) else len(self.text)
        return min(start + max(pos.character, 0), end)

    def offset_of(self, line: int, character: int) -> int:
        return self.offset(Position(line, character))

    def range(self, start: int, end: int) -> Range:
        return Range(self.position(start), self.position(end))

    def line_text(self, line: int) -> str:
        if line < 0 or line >= len(self.line_starts):
            return ""
        start = self.line_starts[line]
        end = self.line_starts[line + 1] - 1 if line + 1 < len(self.line_starts) else len(self.text)
        return self.text[start:end]

    def resolve(self, diagnostics: list[Diagnostic], file: str | None = None) -> list[Diagnostic]:
        for d in diagnostics:
            d.range = self.range(d.start, d.end)
            if file is not None:
                d.file = file
        return diagnostics
