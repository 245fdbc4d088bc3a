"""Shared setup for the whole suite: the tests import helpers that live next
to them (paths, keto_mutations, keto_reference, …)."""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from paths import DATA, EXAMPLES, ROOT  # noqa: E402,F401  (kept for older imports)
