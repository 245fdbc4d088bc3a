"""Messages the components post for the app to act on (they bubble up to it).

Components never reach into each other: a tree that wants the schema view to
show a rule posts JumpToSpan, and the app decides what to do.
"""

from __future__ import annotations

from textual.message import Message

from engine.tuples import RelationTuple

__all__ = ["JumpToSpan", "JumpToTuple", "RunQuery", "PinQuery", "UnpinQuery", "WhatIfEdit", "FilesChanged",
           "ShowHelp"]


class JumpToSpan(Message):
    """Show offsets [start, end) of the schema file in the schema view."""

    def __init__(self, start: int, end: int) -> None:
        super().__init__()
        self.start = start
        self.end = end


class JumpToTuple(Message):
    """Show the tuples table row of a file's line."""

    def __init__(self, file: str | None, line: int | None) -> None:
        super().__init__()
        self.file = file
        self.line = line


class RunQuery(Message):
    """Run a query as if typed into the query bar."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class PinQuery(Message):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class UnpinQuery(Message):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class WhatIfEdit(Message):
    """Change the tuples as a what-if: remove, then add; `replace` edits one in place."""

    def __init__(self, add=(), remove=(), replace: tuple[RelationTuple, str] | None = None,
                 label: str = "edit") -> None:
        super().__init__()
        self.add = list(add)
        self.remove = list(remove)
        self.replace = replace
        self.label = label


class FilesChanged(Message):
    """Files of the workspace changed on disk (from the watcher)."""

    def __init__(self, paths: set[str]) -> None:
        super().__init__()
        self.paths = paths


class ShowHelp(Message):
    pass
