"""The query bar's language: Keto's string syntax behind a verb.

    check Document:roadmap#view@User:alice      (the verb may be left out)
    expand Document:roadmap#view                (a bare ns:obj#rel expands too)
    list Document:roadmap#owners                (a tuple pattern; empty parts match anything)
    list @User:alice                            (every tuple with this subject)
    lookup objects User:alice Document#view
    lookup subjects Document:roadmap#view

`--max-depth N` may follow check, expand and lookup; `--mode tuples` follows
expand (Keto's default expand; the playground expands through permits).
Parsing never raises anything but QueryError; running asks the engine.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field

from engine import limits
from engine.check.result import CheckResult
from engine.tuples import RelationTuple, Subject, TupleSyntaxError, parse_subject
from engine.workspace import QueryError, Workspace, parse_query

__all__ = ["Query", "QueryError", "parse", "run", "Outcome", "VERBS", "LIST_PAGE"]

VERBS = ("check", "expand", "list", "lookup")
LIST_PAGE = limits.LIST_MAX_PAGE_SIZE  # the result panel shows one page of Keto's list


@dataclass(slots=True)
class Query:
    verb: str  # check | expand | list | lookup_objects | lookup_subjects
    text: str  # the query as typed (normalised spacing)
    target: str = ""  # the tuple, subject set or object#permit
    subject: str = ""  # lookup objects: the subject
    max_depth: int | None = None
    mode: str = "rewrites"


@dataclass(slots=True)
class Outcome:
    """What running a query produced (one of the fields is set)."""

    query: Query
    check: CheckResult | None = None
    expand: dict | None = None
    tuples: list[RelationTuple] = field(default_factory=list)
    more: bool = False  # the listing was cut at LIST_PAGE
    found: list[str] = field(default_factory=list)  # lookup results
    error: str | None = None


def _split(text: str) -> list[str]:
    try:
        return shlex.split(text, posix=True)
    except ValueError as e:  # an unclosed quote
        raise QueryError(str(e)) from None


def _options(words: list[str], verb: str) -> tuple[list[str], int | None, str]:
    rest: list[str] = []
    depth, mode = None, "rewrites"
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("--max-depth", "--depth") or w.startswith(("--max-depth=", "--depth=")):
            if "=" in w:
                value = w.split("=", 1)[1]
            else:
                i += 1
                if i >= len(words):
                    raise QueryError(f"{w} needs a number")
                value = words[i]
            try:
                depth = int(value)
            except ValueError:
                raise QueryError(f"--max-depth needs a number, got {value!r}") from None
            if depth <= 0:
                raise QueryError("--max-depth must be positive")
        elif w == "--mode" or w.startswith("--mode="):
            if verb != "expand":
                raise QueryError("--mode applies to expand only")
            if "=" in w:
                mode = w.split("=", 1)[1]
            else:
                i += 1
                if i >= len(words):
                    raise QueryError("--mode needs rewrites or tuples")
                mode = words[i]
            if mode not in ("rewrites", "tuples"):
                raise QueryError(f"--mode is rewrites or tuples, got {mode!r}")
        elif w.startswith("--"):
            raise QueryError(f"unknown option {w}")
        else:
            rest.append(w)
        i += 1
    return rest, depth, mode


def parse(text: str) -> Query:
    """A Query from the query bar's text; raises QueryError."""
    words = _split(text.strip())
    if not words:
        raise QueryError("type a query: check NS:OBJ#REL@SUBJECT, expand NS:OBJ#REL, list, lookup")
    verb = words[0]
    if verb not in VERBS:
        verb = "check" if "@" in words[0] else "expand"
        args = words
    else:
        args = words[1:]
    args, depth, mode = _options(args, verb)
    norm = " ".join(words)
    if verb == "check":
        if len(args) != 1:
            raise QueryError("check takes one tuple: NS:OBJ#REL@SUBJECT")
        parse_query(args[0])  # raises QueryError with Keto's message
        return Query("check", norm, args[0], max_depth=depth)
    if verb == "expand":
        if len(args) != 1:
            raise QueryError("expand takes one subject set: NS:OBJ#REL")
        _subject_set(args[0])
        return Query("expand", norm, args[0], max_depth=depth, mode=mode)
    if verb == "list":
        if len(args) > 1:
            raise QueryError("list takes one pattern: [NS][:OBJ][#REL][@SUBJECT]")
        pattern = args[0] if args else ""
        _pattern(pattern)
        return Query("list", norm, pattern)
    # lookup
    if not args or args[0] not in ("objects", "subjects"):
        raise QueryError("lookup objects SUBJECT NS#PERMIT, or lookup subjects NS:OBJ#PERMIT")
    if args[0] == "objects":
        if len(args) != 3:
            raise QueryError("lookup objects takes a subject and NS#PERMIT")
        ns, sep, permit = args[2].partition("#")
        if not sep or not ns or not permit or ":" in ns:
            raise QueryError(f"expected NS#PERMIT, got {args[2]!r}")
        try:
            parse_subject(args[1])
        except TupleSyntaxError as e:
            raise QueryError(str(e)) from None
        return Query("lookup_objects", norm, args[2], subject=args[1], max_depth=depth)
    if len(args) != 2:
        raise QueryError("lookup subjects takes NS:OBJ#PERMIT")
    obj, sep, permit = args[1].rpartition("#")
    if not sep or ":" not in obj or not permit:
        raise QueryError(f"expected NS:OBJ#PERMIT, got {args[1]!r}")
    return Query("lookup_subjects", norm, args[1], max_depth=depth)


def _subject_set(text: str) -> None:
    ns, sep, rest = text.partition(":")
    obj, sep2, rel = rest.partition("#")
    if not sep or not sep2 or not ns or not rel or "@" in rel:
        raise QueryError(f"expected NS:OBJ#REL, got {text!r}")


def _pattern(text: str) -> tuple[str | None, str | None, str | None, Subject | None]:
    """`[NS][:OBJ][#REL][@SUBJECT]` → list filters (None: any)."""
    head, at, sub = text.partition("@")
    head, hash_, rel = head.partition("#")
    ns, colon, obj = head.partition(":")
    subject = None
    if at and sub:
        try:
            subject = parse_subject(sub)
        except TupleSyntaxError as e:
            raise QueryError(str(e)) from None
    return ns or None, (obj or None) if colon else None, (rel or None) if hash_ else None, subject


def run(q: Query, ws: Workspace, explain: bool = True) -> Outcome:
    """Ask the engine; every failure becomes Outcome.error."""
    out = Outcome(q)
    try:
        if q.verb == "check":
            out.check = ws.check(q.target, max_depth=q.max_depth, explain=explain)
        elif q.verb == "expand":
            out.expand = ws.expand(q.target, mode=q.mode, max_depth=q.max_depth)
        elif q.verb == "list":
            ns, obj, rel, subject = _pattern(q.target)
            page, token = ws.list(ns, obj, rel, subject, page_size=LIST_PAGE)
            out.tuples = list(page)
            out.more = bool(token)
        elif q.verb == "lookup_objects":
            ns, _, permit = q.target.partition("#")
            out.found = ws.list_objects(q.subject, ns, permit, q.max_depth)
        else:
            obj, _, permit = q.target.rpartition("#")
            out.found = ws.list_subjects(obj, permit, q.max_depth)
    except QueryError as e:
        out.error = str(e)
    except RecursionError:
        out.error = "the query went too deep for the engine"
    except Exception as e:  # the panel shows it; the app keeps running
        out.error = f"{type(e).__name__}: {e}"
    return out
