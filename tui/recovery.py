"""Unsaved what-if edits, kept on disk for as long as they exist.

A playground can end without asking: its terminal window is closed, its
tmux session killed, the machine reboots. The edits would be lost with it.
So after every change the what-if layer is written (atomically) to
$XDG_STATE_HOME/opl-studio/play-recovery/<workspace>.json (or
~/.local/state/…), and removed once nothing is unsaved. The next `opl play`
on the same workspace puts the edits back on top of the files — still
unsaved, to be saved or discarded as before.

Like the query history, a recovery file that cannot be written or read is
simply not kept: it must never stop the playground.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .state import state_dir, write_quietly

__all__ = ["Recovery", "Recovered", "default_recovery_dir"]


def default_recovery_dir() -> Path:
    return state_dir() / "play-recovery"


@dataclass
class Recovered:
    """Edits as tuple strings: plain additions and removals, and edits
    (old, new) that replace an on-disk tuple in its place."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    replaced: list[tuple[str, str]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.added) + len(self.removed) + len(self.replaced)


class Recovery:
    def __init__(self, directory: Path | None, target: Path):
        self.target = str(Path(target).resolve())
        self.path: Path | None = None
        if directory is not None:
            name = hashlib.sha256(self.target.encode("utf-8", "surrogateescape")).hexdigest()[:20]
            self.path = Path(directory) / f"{name}.json"

    def write(self, whatif) -> None:
        """Keep the what-if layer (a tui.whatif.WhatIf), or forget it once
        nothing is unsaved."""
        if self.path is None:
            return
        if not whatif.dirty:
            self.clear()
            return
        replaced = [(str(old), str(new)) for new, old in whatif.added.items() if old is not None]
        olds = {old for old, _new in replaced}
        data = {
            "workspace": self.target,
            "added": [str(t) for t, old in whatif.added.items() if old is None],
            "removed": [str(t) for t in whatif.removed if str(t) not in olds],
            "replaced": replaced,
        }
        write_quietly(self.path, json.dumps(data, indent=1) + "\n")

    def read(self) -> Recovered | None:
        """The edits a previous playground left for this workspace, if any."""
        if self.path is None:
            return None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("workspace") != self.target:
            return None

        def strings(value) -> list[str]:
            return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
        pairs = data.get("replaced")
        replaced = [(p[0], p[1]) for p in pairs if isinstance(p, list) and len(p) == 2
                    and all(isinstance(x, str) for x in p)] if isinstance(pairs, list) else []
        found = Recovered(strings(data.get("added")), strings(data.get("removed")), replaced)
        return found if found.count else None

    def clear(self) -> None:
        if self.path is None:
            return
        try:
            self.path.unlink()
        except OSError:  # already gone, or not ours to remove
            pass
