"""Helpers for the playground's tests: an app on a workspace, and waiting
for it. (A module of its own: `import conftest` would find whichever face's
conftest came first.)"""

from __future__ import annotations

# the tests wait for these workers; the file watcher never finishes
FINITE_GROUPS = ("load", "validate", "tests", "lookup")


def make_app(path, **kwargs):
    from tui.app import PlayApp
    kwargs.setdefault("watch", False)
    kwargs.setdefault("history_file", None)
    kwargs.setdefault("recovery_dir", None)
    return PlayApp(str(path) if path is not None else None, **kwargs)


async def settle(app, pilot) -> None:
    """Wait until loading, tests and lookups are done and the screen is drawn."""
    import asyncio
    try:
        await asyncio.wait_for(app.loaded.wait(), 60)
    except asyncio.TimeoutError:
        raise AssertionError(f"the workspace never loaded: {getattr(app, '_exception', None)!r}") from None
    for _ in range(50):
        busy = [w for w in app.workers if w.group in FINITE_GROUPS and not w.is_finished]
        if not busy:
            break
        for w in busy:
            await w.wait()
        await pilot.pause()
    await pilot.pause()


def keys(text: str) -> list[str]:
    """Key names that type `text`."""
    return ["space" if c == " " else c for c in text]


async def run_query(app, pilot, text: str) -> None:
    """Put a query in the bar and press enter (typing is tested on its own)."""
    bar = app.query_one("#query-input")
    bar.focus()
    bar.value = text
    await pilot.press("enter")
    await settle(app, pilot)


async def wait_for(pilot, condition, timeout: float = 15.0) -> None:
    """Let the app run until condition() holds (the file watcher reacts in
    its own time); fail after `timeout` seconds."""
    import time
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the app did not get there in time")
        await pilot.pause(0.05)


def shown(app, screen_type) -> bool:
    """True once a screen of this type is on top *and mounted*: push_screen
    makes it app.screen before its widgets exist, and a key pressed or a
    widget queried in between is lost (a race CI hit once)."""
    return isinstance(app.screen, screen_type) and app.screen.is_mounted
