"""code-server (real VS Code in a browser) for the end-to-end tests: an
isolated user-data, extensions and XDG folder per run, the .vsix installed,
the server on a free local port, stopped with its whole process group."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

from vscode_paths import CODE_SERVER, SETUP_HINT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class CodeServer:
    def __init__(self, base: Path, settings: dict):
        assert CODE_SERVER.exists(), f"code-server is not installed: {SETUP_HINT}"
        self.base = base
        self.extensions = base / "extensions"
        self.user_data = base / "user-data"
        self.log = base / "code-server.log"
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        settings_file = self.user_data / "User" / "settings.json"
        settings_file.parent.mkdir(parents=True, exist_ok=True)
        settings_file.write_text(json.dumps(settings, indent=2))
        (base / "config.yaml").write_text("auth: none\ncert: false\n")
        self.env = {
            **os.environ,
            # code-server writes its own state under XDG folders: keep it here
            "XDG_CONFIG_HOME": str(base / "xdg-config"),
            "XDG_DATA_HOME": str(base / "xdg-data"),
            "XDG_CACHE_HOME": str(base / "xdg-cache"),
        }
        self.env.pop("VSCODE_IPC_HOOK_CLI", None)

    def _cli(self) -> list[str]:
        return [str(CODE_SERVER), "--config", str(self.base / "config.yaml"),
                "--extensions-dir", str(self.extensions), "--user-data-dir", str(self.user_data)]

    def install(self, vsix: Path) -> str:
        done = subprocess.run([*self._cli(), "--force", "--install-extension", str(vsix)], env=self.env,
                              capture_output=True, text=True, timeout=300)
        out = done.stdout + done.stderr
        assert done.returncode == 0 and "successfully installed" in out, f"installing {vsix.name} failed:\n{out}"
        return out

    def installed(self) -> list[str]:
        done = subprocess.run([*self._cli(), "--list-extensions", "--show-versions"], env=self.env,
                              capture_output=True, text=True, timeout=300)
        return done.stdout.split()

    def start(self, timeout: float = 180) -> None:
        args = [*self._cli(), "--auth", "none", "--bind-addr", f"127.0.0.1:{self.port}",
                "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust",
                "--disable-getting-started-override", "--ignore-last-opened"]
        self.process = subprocess.Popen(args, env=self.env, stdout=self.log.open("w"), stderr=subprocess.STDOUT,
                                        start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"code-server exited with {self.process.returncode}:\n{self.log.read_text()}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=5) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.5)
        raise AssertionError(f"code-server did not answer within {timeout}s:\n{self.log.read_text()}")

    def url(self, folder: Path) -> str:
        return f"http://127.0.0.1:{self.port}/?folder={quote(str(folder))}"

    def stop(self) -> None:
        p = self.process
        if p is None or p.poll() is not None:
            return
        # code-server starts an extension host, the language server, …: end them all
        os.killpg(p.pid, signal.SIGTERM)
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pass
        try:  # whatever of the group outlived its leader
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.wait(timeout=15)
