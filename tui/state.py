"""The playground's own files between runs (query history, unsaved edits):
where they live, and how they are written. Neither may ever stop the
playground, so writing never raises."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["state_dir", "write_quietly"]


def state_dir() -> Path:
    """$XDG_STATE_HOME/opl-studio (or ~/.local/state/opl-studio)."""
    state = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(state) / "opl-studio"


def write_quietly(path: Path, text: str) -> None:
    """Write atomically (a temporary file renamed over the old one); a file
    that cannot be written is simply not kept."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
