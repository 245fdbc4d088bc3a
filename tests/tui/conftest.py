"""Fixtures for the terminal playground's tests: copies of workspaces to edit,
and a running app (Textual's Pilot) on one of them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from paths import EXAMPLES

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def drive(tmp_path) -> Path:
    """A copy of examples/drive to edit."""
    dest = tmp_path / "drive"
    shutil.copytree(EXAMPLES / "drive", dest)
    return dest


@pytest.fixture
def fixture_copy(tmp_path):
    """fixture_copy("bad-yaml") → a copy of tests/tui/fixtures/bad-yaml."""
    def copy(name: str) -> Path:
        dest = tmp_path / name
        shutil.copytree(FIXTURES / name, dest)
        return dest
    return copy


@pytest.fixture(autouse=True)
def _no_user_history(tmp_path, monkeypatch):
    # the app keeps its query history under XDG_STATE_HOME: never the real one in tests
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture(autouse=True)
def _no_foreign_running_loop():
    """A sync Playwright kept open by an earlier test (a session-scoped browser)
    leaves its event loop marked as running in this thread, and every async
    test after it would fail with "cannot be called from a running event
    loop". These tests run their own app loop: hide the foreign one meanwhile."""
    import asyncio.events as events
    foreign = events._get_running_loop()
    if foreign is None:
        yield
        return
    events._set_running_loop(None)
    try:
        yield
    finally:
        events._set_running_loop(foreign)
