"""Paths the tests share. (Not in conftest.py: every face has a conftest of
its own, and `import conftest` would find whichever came first.)"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
DATA = TESTS / "data"
EXAMPLES = ROOT / "examples"
