"""Watching the workspace's files with watchfiles.

The folders that hold the workspace's files are watched (not the files: an
editor that saves by writing a new file and renaming it replaces the file the
watch was on). Each batch of changes goes to `on_change` as absolute paths.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Iterable
from pathlib import Path

__all__ = ["watch_folders", "folders_for", "DEBOUNCE_MS"]

# short enough that "save in the editor, look at the playground" feels immediate,
# long enough to fold an editor's write-and-rename into one reload
DEBOUNCE_MS = 150


def folders_for(files: Iterable[str], fallback: Path) -> list[str]:
    """The existing folders to watch for these files (the nearest existing
    parent of `fallback` when there are none yet: a missing workspace)."""
    folders = {os.path.dirname(os.path.abspath(f)) for f in files}
    folders = {f for f in folders if os.path.isdir(f)}
    if not folders:
        p = fallback.resolve()
        while not p.is_dir() and p != p.parent:
            p = p.parent
        folders = {str(p)}
    return sorted(folders)


async def watch_folders(folders: list[str], on_change: Callable[[set[str]], None],
                        stop: asyncio.Event) -> None:
    from watchfiles import awatch

    async for changes in awatch(*folders, stop_event=stop, debounce=DEBOUNCE_MS, step=30, recursive=False,
                                ignore_permission_denied=True):
        paths = {os.path.abspath(path) for _change, path in changes}
        if paths:
            on_change(paths)
