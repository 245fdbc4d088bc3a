"""The query bar's history: recalled with up and down, kept between runs.

Stored one query per line in $XDG_STATE_HOME/opl-studio/play-history (or
~/.local/state/…); a history that cannot be read or written is simply not
kept: it must never stop the playground.
"""

from __future__ import annotations

from pathlib import Path

from .state import state_dir, write_quietly

__all__ = ["History", "default_history_file"]

MAX_ENTRIES = 500


def default_history_file() -> Path:
    return state_dir() / "play-history"


class History:
    def __init__(self, path: Path | None = None):
        self.path = path
        self.entries: list[str] = []
        self._pos: int | None = None  # index into entries while browsing
        self._draft = ""
        if path is not None:
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
                self.entries = [ln for ln in lines if ln.strip()][-MAX_ENTRIES:]
            except (OSError, UnicodeError):
                pass

    def add(self, query: str) -> None:
        query = query.strip()
        self._pos = None
        if not query:
            return
        if query in self.entries:
            self.entries.remove(query)
        self.entries.append(query)
        del self.entries[:-MAX_ENTRIES]
        self._save()

    def _save(self) -> None:
        if self.path is not None:
            write_quietly(self.path, "\n".join(self.entries) + "\n")

    def previous(self, current: str) -> str | None:
        """The entry before the one shown (from the newest); None at the oldest."""
        if not self.entries:
            return None
        if self._pos is None:
            self._draft = current
            self._pos = len(self.entries)
        if self._pos == 0:
            return None
        self._pos -= 1
        return self.entries[self._pos]

    def next(self) -> str | None:
        """The entry after the one shown; the draft typed before browsing at the end."""
        if self._pos is None:
            return None
        self._pos += 1
        if self._pos >= len(self.entries):
            self._pos = None
            return self._draft
        return self.entries[self._pos]

    def reset(self) -> None:
        self._pos = None
