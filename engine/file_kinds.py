"""A file's kind, decided by its name only (editors disagree on language ids)."""

from __future__ import annotations

__all__ = ["SCHEMA_SUFFIXES", "TUPLE_SUFFIXES", "WORKSPACE_SUFFIX", "file_kind"]

SCHEMA_SUFFIXES = (".opl", ".keto.ts")
TUPLE_SUFFIXES = (".tuples", ".tuples.json")
WORKSPACE_SUFFIX = ".opl.yaml"


def file_kind(name: str) -> str | None:
    """"schema", "tuples", "workspace" or None."""
    lower = name.lower()
    if lower.endswith(WORKSPACE_SUFFIX) or lower.endswith(".opl.yml"):
        return "workspace"
    if lower.endswith(SCHEMA_SUFFIXES):
        return "schema"
    if lower.endswith(TUPLE_SUFFIXES):
        return "tuples"
    return None
