"""'Did you mean …?' candidates, for fixes and completion ranking."""

from __future__ import annotations

import difflib

__all__ = ["closest"]


def closest(name: str, candidates) -> str | None:
    """The most similar candidate, if any is similar enough (difflib's ratio,
    case-insensitive, so `Viewers` finds `viewers`)."""
    pool = [c for c in dict.fromkeys(candidates) if c != name]
    if not pool or len(pool) > 2000:  # a suggestion is not worth a quadratic cost
        return None
    lowered = {c.lower(): c for c in pool}
    match = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[match[0]] if match else None
