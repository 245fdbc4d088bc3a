"""Saving what-if edits back to the tuple files, atomically and safely.

A removed tuple's line is deleted; an edited tuple replaces the line of the
one it replaces; additions are appended to the first tuple file (a directory
workspace without one gets `whatif.tuples`). Comments and untouched lines
stay byte for byte.

Before anything is written, the new texts are read back with the engine: if
the tuples they hold are not exactly the tuples in the store, nothing is
written (SaveRefused). A file that changed on disk since it was loaded is
never overwritten without asking (SaveConflict). Each file is written to a
temporary file next to it and renamed over it.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from pathlib import Path

from engine.tuples import RelationTuple, TupleFile, load_tuple_text, tuple_to_json

from .loading import Snapshot, read_text
from .whatif import WhatIf

__all__ = ["SaveConflict", "SaveRefused", "plan_save", "save", "write_atomic", "NEW_TUPLE_FILE"]

NEW_TUPLE_FILE = "whatif.tuples"


class SaveConflict(Exception):
    """Files changed on disk since they were loaded."""

    def __init__(self, paths: list[str]):
        super().__init__("changed on disk since they were loaded: " + ", ".join(paths))
        self.paths = paths


class SaveRefused(Exception):
    """The edits cannot be saved as asked; nothing was written."""


def write_atomic(path: Path, text: str) -> None:
    mode = None
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        pass
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _line_bounds(text: str, start: int) -> tuple[int, int]:
    """The whole line holding `start`, with its line break."""
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", start)
    return s, (len(text) if e < 0 else e + 1)


def _line_edits(text: str, tf: TupleFile, whatif: WhatIf) -> list[tuple[int, int, str]]:
    """(start, end, new text) edits: removed lines deleted, edited lines replaced."""
    replacements: dict[RelationTuple, list[RelationTuple]] = {}
    for new, old in whatif.added.items():
        if old is not None:
            replacements.setdefault(old, []).append(new)
    edits: list[tuple[int, int, str]] = []
    placed: set = set()
    for e in tf.entries:
        if e.tuple not in whatif.removed:
            continue
        line_s, line_e = _line_bounds(text, e.start)
        news = [n for n in replacements.get(e.tuple, ()) if n not in placed]
        if news:
            placed.update(news)
            lead, tail = text[line_s:e.start], text[e.end:line_e]
            edits.append((line_s, line_e, "".join(f"{lead}{n}{_eol(tail)}" for n in news)))
        else:
            edits.append((line_s, line_e, ""))
    return edits


def _eol(tail: str) -> str:
    return tail if tail.endswith("\n") else tail + "\n"


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    for s, e, new in sorted(set(edits), reverse=True):
        text = text[:s] + new + text[e:]
    return text


def _edit_text_file(tf: TupleFile, whatif: WhatIf, additions: list[RelationTuple]) -> str:
    out = _apply(tf.text, _line_edits(tf.text, tf, whatif))
    if additions:
        if out and not out.endswith("\n"):
            out += "\n"
        out += "".join(f"{t}\n" for t in additions)
    return out


def _edit_json_file(tf: TupleFile, whatif: WhatIf, additions: list[RelationTuple]) -> str:
    keep: list[RelationTuple] = []
    placed: set = set()
    for t in tf.tuples:
        if t in whatif.removed:
            for new, old in whatif.added.items():
                if old == t and new not in placed:
                    placed.add(new)
                    keep.append(new)
            continue
        keep.append(t)
    keep.extend(additions)
    return json.dumps([tuple_to_json(t) for t in keep], indent=2, ensure_ascii=False) + "\n"


def _edit_inline(ws_text: str, tf: TupleFile, whatif: WhatIf, additions: list[RelationTuple]) -> str:
    """Tuples written in the workspace file itself (`tuples:`): the same line
    edits (the engine gives their offsets in the workspace file); additions go
    after the last inline tuple's line, written as that line is."""
    edits = _line_edits(ws_text, tf, whatif)
    if additions:
        if not tf.entries:
            raise SaveRefused("the workspace file has no inline tuple to add after: add a tuple file "
                              "(tuple_files:) to save new tuples")
        last = max(tf.entries, key=lambda e: e.start)
        line_s, line_e = _line_bounds(ws_text, last.start)
        lead, tail = ws_text[line_s:last.start], ws_text[last.end:line_e]
        prefix = "" if ws_text[:line_e].endswith("\n") else "\n"
        edits.append((line_e, line_e, prefix + "".join(f"{lead}{t}{_eol(tail)}" for t in additions)))
    return _apply(ws_text, edits)


def plan_save(snap: Snapshot, whatif: WhatIf, expected: list[RelationTuple] | set) -> dict[str, str]:
    """The new text of every file to write, verified; raises SaveRefused."""
    ws = snap.ws
    additions = [t for t, old in whatif.added.items() if old is None]
    # edits whose original is not in any file line (it was itself unsaved) count as additions
    on_disk = {t for tf in ws.tuple_files for t in tf.tuples}
    additions += [t for t, old in whatif.added.items() if old is not None and old not in on_disk]
    files = [tf for tf in ws.tuple_files if tf.file is not None]
    target = next((tf for tf in files if tf.file != ws.path and not tf.file.endswith(".json")), None) \
        or next((tf for tf in files if tf.file != ws.path), None) \
        or next((tf for tf in files if tf.file == ws.path), None)
    plans: dict[str, str] = {}
    for tf in files:
        touched = any(e.tuple in whatif.removed for e in tf.entries)
        adds = additions if tf is target else []
        if not touched and not adds:
            continue
        if tf.file == ws.path:
            current = plans.get(tf.file, snap.texts.get(tf.file, tf.text))
            plans[tf.file] = _edit_inline(current, tf, whatif, adds)
        elif tf.file.endswith(".json"):
            plans[tf.file] = _edit_json_file(tf, whatif, adds)
        else:
            plans[tf.file] = _edit_text_file(tf, whatif, adds)
    if additions and target is None:
        if ws.path is not None:
            raise SaveRefused(f"{os.path.basename(ws.path)} names no tuple file: add `tuple_files:` "
                              "to save new tuples")
        plans[str(snap.root / NEW_TUPLE_FILE)] = "".join(f"{t}\n" for t in additions)
    _verify(snap, plans, expected)
    return plans


def _verify(snap: Snapshot, plans: dict[str, str], expected) -> None:
    """Read the planned files back with the engine; refuse any difference."""
    ws = snap.ws
    got: Counter = Counter()
    errors_before = errors_after = 0
    seen = set()
    for tf in ws.tuple_files:
        errors_before += len(tf.errors)
        key = tf.file
        if key is not None and key in plans:
            if key == ws.path:
                from engine.workspace_file import read_workspace
                new_ws, _ = read_workspace(plans[key], Path(key), lambda p: plans.get(str(p)) or read_text(p))
                inline = [f for f in (new_ws.tuple_files if new_ws else []) if f.file == key]
                if not inline:
                    raise SaveRefused("the edited workspace file would lose its tuples; nothing was written")
                new_tf = inline[0]
            else:
                new_tf = load_tuple_text(plans[key], key)
            seen.add(key)
        else:
            new_tf = tf
        errors_after += len(new_tf.errors)
        got.update(set(new_tf.tuples))
    for path, text in plans.items():
        if path not in seen and path not in {tf.file for tf in ws.tuple_files}:
            new_tf = load_tuple_text(text, path)
            errors_after += len(new_tf.errors)
            got.update(set(new_tf.tuples))
    want = set(expected)
    if set(got) != want or errors_after > errors_before:
        missing = len(want - set(got))
        extra = len(set(got) - want)
        raise SaveRefused(f"the saved files would not hold exactly the playground's tuples ({missing} missing, "
                          f"{extra} extra); nothing was written")


def save(snap: Snapshot, whatif: WhatIf, expected, force: bool = False) -> dict[str, str]:
    """Write the edits; returns {path: text written}. Raises SaveConflict
    (unless force) when a file changed on disk, SaveRefused when the edits
    cannot be written faithfully."""
    plans = plan_save(snap, whatif, expected)
    if not force:
        changed = []
        for path in plans:
            p = Path(path)
            before = snap.texts.get(path)
            try:
                now = read_text(p) if p.exists() else None
            except OSError:
                now = None
            if now != before:
                changed.append(path)
        if changed:
            raise SaveConflict(changed)
    for path, text in plans.items():
        write_atomic(Path(path), text)
    return plans
