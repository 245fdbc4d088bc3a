"""What an editor may configure, with defaults, and the checking of what it
sends: a bad value is reported and ignored, never fatal."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import codes

__all__ = ["Settings", "parse_settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    # the depth limit of the checks the editor runs (code lenses, hovers,
    # opl/check); None: the workspace file's max_depth, else Keto's default (5)
    max_depth: int | None = None
    # Keto's strict mode for those checks; None: the workspace file's `strict`
    strict: bool | None = None
    # diagnostic codes turned off (only warnings and hints can be)
    disabled: frozenset[str] = field(default_factory=frozenset)
    # run the tests of workspace files and show failing assertions as diagnostics
    test_diagnostics: bool = True
    code_lens: bool = True
    inlay_hints: bool = True


# Keto refuses files with these; they cannot be turned off
_ERRORS = frozenset(c for c, (severity, _) in codes.ALL.items() if severity == "error")

_KEYS = {"maxDepth", "strict", "lints", "testDiagnostics", "codeLens", "inlayHints"}


def parse_settings(raw) -> tuple[Settings, list[str]]:
    """Settings from what a client sends (`{"maxDepth": 8, "strict": true,
    "lints": {"unused-relation": false}}`, or the same under an "opl" key),
    and one message per value that was ignored."""
    problems: list[str] = []
    if raw is None:
        return Settings(), problems
    if isinstance(raw, dict) and isinstance(raw.get("opl"), dict):
        raw = raw["opl"]
    if not isinstance(raw, dict):
        return Settings(), [f"settings must be an object, got {type(raw).__name__}: ignored"]
    kw: dict = {}
    for key, value in raw.items():
        if key not in _KEYS:
            if key not in ("server", "trace"):  # the VS Code extension's own settings
                problems.append(f"unknown setting opl.{key}: ignored (known: {', '.join(sorted(_KEYS))})")
            continue
        if value is None:
            continue
        if key == "maxDepth":
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1000:
                problems.append(f"opl.maxDepth must be a whole number from 1 to 1000, got {value!r}: ignored")
            else:
                kw["max_depth"] = value
        elif key == "strict":
            if not isinstance(value, bool):
                problems.append(f"opl.strict must be true or false, got {value!r}: ignored")
            else:
                kw["strict"] = value
        elif key == "lints":
            kw["disabled"] = _lints(value, problems)
        else:
            attr = {"testDiagnostics": "test_diagnostics", "codeLens": "code_lens", "inlayHints": "inlay_hints"}[key]
            if not isinstance(value, bool):
                problems.append(f"opl.{key} must be true or false, got {value!r}: ignored")
            else:
                kw[attr] = value
    return Settings(**kw), problems


def _lints(value, problems: list[str]) -> frozenset[str]:
    if not isinstance(value, dict):
        problems.append(f"opl.lints must map diagnostic codes to true/false, got {value!r}: ignored")
        return frozenset()
    off = set()
    for code, on in value.items():
        if code not in codes.ALL:
            problems.append(f"opl.lints: unknown diagnostic code {code!r}: ignored")
        elif not isinstance(on, bool):
            problems.append(f"opl.lints.{code} must be true or false, got {on!r}: ignored")
        elif code in _ERRORS:
            if not on:
                problems.append(f"opl.lints.{code}: errors cannot be turned off: ignored")
        elif not on:
            off.add(code)
    return frozenset(off)
