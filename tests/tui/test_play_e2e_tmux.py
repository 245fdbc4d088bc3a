"""`opl play` in a real terminal: tmux runs it, types a check, and the
screen (capture-pane) shows the verdict and the derivation tree."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

OPL = Path(sys.executable).with_name("opl")


def tmux(*args: str, check: bool = True) -> str:
    out = subprocess.run(["tmux", *args], capture_output=True, text=True, timeout=20)
    if check and out.returncode != 0:
        raise AssertionError(f"tmux {' '.join(args)}: {out.stderr}")
    return out.stdout


def screen(session: str) -> str:
    return tmux("capture-pane", "-p", "-t", session)


def wait_for_screen(session: str, *needles: str, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    text = ""
    while time.monotonic() < deadline:
        text = screen(session)
        if all(n in text for n in needles):
            return text
        time.sleep(0.2)
    raise AssertionError(f"never showed {needles!r}; the screen was:\n{text}")


@pytest.fixture
def session(tmp_path):
    if shutil.which("tmux") is None:
        pytest.fail("tmux is not installed: run scripts/setup-e2e.sh (scripts/setup.d/00-apt.sh installs it)")
    name = f"opl-play-{uuid.uuid4().hex[:8]}"
    yield name
    tmux("kill-session", "-t", name, check=False)


def start(session: str, cwd: Path, *args: str, size=(100, 30)) -> None:
    env = f"XDG_STATE_HOME={cwd / 'state'} TERM=xterm-256color"
    command = f"cd {cwd} && env {env} {OPL} play {' '.join(args)}; echo opl-exited-$?; sleep 60"
    tmux("new-session", "-d", "-s", session, "-x", str(size[0]), "-y", str(size[1]), command)


def test_a_check_and_its_tree_in_a_real_terminal(session, drive, tmp_path):
    start(session, tmp_path, str(drive), size=(200, 50))
    wait_for_screen(session, "opl play", "drive/drive.opl.yaml", "✓ schema ok", "13 tuples")
    tmux("send-keys", "-t", session, "-l", "Document:roadmap#edit@User:bob")
    tmux("send-keys", "-t", session, "Enter")
    text = wait_for_screen(session, "✓ allowed (member) Document:roadmap#edit@User:bob")
    # the derivation tree, drawn with its guides, results in words
    assert "✓ member  permit Document:roadmap#edit@User:bob" in text
    assert "✗ not_member  direct Document:roadmap#{owners, editors}@User:bob" in text
    assert "traverse Document:roadmap#edit@User:bob" in text
    assert "└─" in text or "├─" in text
    tmux("send-keys", "-t", session, "C-q")
    wait_for_screen(session, "opl-exited-0")


def test_no_argument_opens_the_current_directory_at_80x24(session, drive):
    start(session, drive, size=(80, 24))
    wait_for_screen(session, "drive/drive.opl.yaml", "13 tuples")
    tmux("send-keys", "-t", session, "-l", "check Document:secret#view@User:bob")
    tmux("send-keys", "-t", session, "Enter")
    text = wait_for_screen(session, "✗ denied")
    assert "✗ not_member" in text or "? unknown" in text
    tmux("send-keys", "-t", session, "F1")
    wait_for_screen(session, "opl play — keys", "Everywhere")
    tmux("send-keys", "-t", session, "Escape")
    tmux("send-keys", "-t", session, "C-q")
    wait_for_screen(session, "opl-exited-0")


def _running(marker: str) -> list[str]:
    out = subprocess.run(["pgrep", "-f", marker], capture_output=True, text=True, timeout=10)
    return out.stdout.split()


def test_closing_the_terminal_ends_the_playground(session, drive, tmp_path):
    # `make play` is the README's command: make holds on to the SIGHUP of a
    # closed terminal, so the playground must notice the hang-up itself
    # (before, it stayed behind spinning at full CPU)
    marker = str(tmp_path / "closing")
    workspace = tmp_path / "closing" / "drive"
    shutil.copytree(drive, workspace)  # so that the processes' command lines name the marker
    holder = ("import signal, subprocess, sys; signal.signal(signal.SIGHUP, lambda *a: None); "
              "sys.exit(subprocess.run(sys.argv[1:]).returncode)")
    command = (f"cd {marker} && env XDG_STATE_HOME={marker}/state TERM=xterm-256color "
               f"{sys.executable} -c '{holder}' {OPL} play {workspace}")
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command)
    wait_for_screen(session, "drive/drive.opl.yaml", "13 tuples")
    assert _running(marker), "the playground is not running under the SIGHUP holder"
    tmux("kill-session", "-t", session)
    deadline = time.monotonic() + 15
    while _running(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _running(marker), "opl play outlived its terminal"


def test_edits_survive_a_closed_terminal(session, drive, tmp_path):
    # a what-if edit typed in the playground; the terminal is closed without
    # saving; the next `opl play` on the workspace has the edit back, unsaved
    start(session, tmp_path, str(drive))
    wait_for_screen(session, "drive/drive.opl.yaml", "13 tuples")
    tmux("send-keys", "-t", session, "Escape")  # leave the query bar
    time.sleep(1.0)  # (an escape followed at once by a key reads as alt+key)
    tmux("send-keys", "-t", session, "C-a")  # add a tuple
    wait_for_screen(session, "Add a tuple")
    tmux("send-keys", "-t", session, "-l", "Group:design#members@User:frank")
    tmux("send-keys", "-t", session, "Enter")
    wait_for_screen(session, "+1")
    tmux("kill-session", "-t", session)
    assert "Group:design#members@User:frank" not in (drive / "drive.tuples").read_text()

    start(session, tmp_path, str(drive))
    text = wait_for_screen(session, "drive/drive.opl.yaml", "+1", "Unsaved edits restored")
    assert "14 tuples" in text
    tmux("send-keys", "-t", session, "-l", "check Document:roadmap#view@User:frank")
    tmux("send-keys", "-t", session, "Enter")
    wait_for_screen(session, "✓ allowed (member) Document:roadmap#view@User:frank")
