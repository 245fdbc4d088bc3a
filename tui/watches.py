"""Pinned checks ("watches"): re-run on every change, flips remembered.

A watch flips when its verdict changes between two runs: allowed ⇄ denied, or
a three-valued result that moves (not_member → unknown). The watches panel
marks the flips of the last change, so a what-if edit shows at once which
checks it turned.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.check.result import CheckResult
from engine.workspace import QueryError, Workspace

__all__ = ["Watch", "Watches", "verdict"]


def verdict(r: CheckResult | None, error: str | None = None) -> str:
    """A short label that names the outcome (never colour alone)."""
    if error is not None:
        return "error"
    if r is None:
        return "—"
    if r.error is not None:
        return "error"
    if r.allowed:
        return "allowed"
    return f"denied ({r.result})"


@dataclass(slots=True)
class Watch:
    query: str
    result: CheckResult | None = None
    error: str | None = None  # a malformed query or an engine failure
    before: str | None = None  # the verdict before the last change, when it flipped

    @property
    def verdict(self) -> str:
        return verdict(self.result, self.error)

    @property
    def flipped(self) -> bool:
        return self.before is not None


class Watches:
    def __init__(self) -> None:
        self.items: list[Watch] = []

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def find(self, query: str) -> Watch | None:
        q = query.strip()
        return next((w for w in self.items if w.query == q), None)

    def pin(self, query: str, ws: Workspace) -> Watch:
        found = self.find(query)
        if found is not None:
            return found
        w = Watch(query.strip())
        self._run(w, ws)
        self.items.append(w)
        return w

    def unpin(self, query: str) -> bool:
        w = self.find(query)
        if w is None:
            return False
        self.items.remove(w)
        return True

    def rerun(self, ws: Workspace, mark_flips: bool = True) -> list[Watch]:
        """Run every watch again; the ones whose verdict changed."""
        flipped = []
        for w in self.items:
            old = w.verdict
            self._run(w, ws)
            if mark_flips:
                w.before = old if old != w.verdict else None
                if w.before is not None:
                    flipped.append(w)
        return flipped

    def clear_flips(self) -> None:
        for w in self.items:
            w.before = None

    @staticmethod
    def _run(w: Watch, ws: Workspace) -> None:
        try:
            w.result = ws.check(w.query)
            w.error = None
        except QueryError as e:
            w.result, w.error = None, str(e)
        except Exception as e:  # an engine failure is shown on the watch, never raised
            w.result, w.error = None, f"{type(e).__name__}: {e}"
