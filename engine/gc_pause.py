"""Pausing Python's cyclic garbage collector around bulk loads.

Parsing a schema or loading tuples makes hundreds of thousands of small
objects and no reference cycles; the collector would scan them again and
again (measured: 60 % of a 120k-tuple load). Reference counting still frees
everything as usual.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager

__all__ = ["paused"]


@contextmanager
def paused():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
