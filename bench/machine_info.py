"""What every benchmark records about the machine it ran on and the code it
measured, read the same way by all of them."""

from __future__ import annotations

import hashlib
import os
import platform
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cpu_model(default: str = "unknown") -> str:
    """The CPU's model name, as /proc/cpuinfo gives it."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return default


def memory_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def machine() -> dict:
    return {"cores": os.cpu_count(), "cpu": cpu_model(), "mem_gb": memory_gb(),
            "python": platform.python_version(), "implementation": platform.python_implementation(),
            "os": platform.platform()}


def load_snapshot() -> dict:
    """The machine's load: the load averages and the number of running tasks
    (from /proc/loadavg), to tell whether other processes shared the CPUs."""
    try:
        fields = Path("/proc/loadavg").read_text().split()
        running, total = fields[3].split("/")
        return {"loadavg_1_5_15": [float(x) for x in fields[:3]], "running_tasks": int(running),
                "tasks": int(total)}
    except (OSError, IndexError, ValueError):
        return {"loadavg_1_5_15": list(os.getloadavg())}


def source_revision(folder: str) -> tuple[str | None, str, bool]:
    """(the commit, a digest of the .py and .lark files under `folder`, whether
    git sees uncommitted changes there): code changes between commits while
    it is being optimized, and the digest says which code was measured."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / folder).rglob("*")):
        if path.suffix in (".py", ".lark") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    commit, dirty = None, False
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                cwd=ROOT, timeout=10).stdout.strip() or None
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "--", folder], capture_output=True,
                                    text=True, cwd=ROOT, timeout=10).stdout.strip())
    except (OSError, subprocess.SubprocessError):
        pass
    return commit, digest.hexdigest()[:16], dirty
