"""Shared fixtures and paths for the whole suite."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
DATA = TESTS / "data"
EXAMPLES = ROOT / "examples"

# the tests import helpers that live next to them (keto_mutations, …)
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
