"""Keto's list (filters and pagination) and the reverse lookups Keto lacks.

list_objects / list_subjects confirm every answer with a check, so they agree
with check by construction; they only choose which candidates to check. A
permit that uses `!` can hold for objects nobody wrote a tuple about; those
are not listed (there are infinitely many): candidates are the objects and
subjects the tuples mention.

list_objects checks only the objects its subject can reach through the store's
index by subject, and list_subjects only the subjects reachable from its
object, when the schema has no `!`: a check without negation can only say yes
along a chain of stored tuples from the object to one holding the subject (see
_reachable_objects and _reachable_subjects).
"""

from __future__ import annotations

import base64
import json

from . import limits
from .opl.ast import Invert, Rewrite
from .tuples import RelationTuple, SubjectSet, format_subject, parse_subject

__all__ = ["list_tuples", "list_objects", "list_subjects", "PageTokenError"]


class PageTokenError(ValueError):
    pass


def _encode_token(offset: int, filters: tuple) -> str:
    raw = json.dumps({"o": offset, "f": list(filters)}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_token(token: str, filters: tuple) -> int:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = json.loads(raw)
        offset = int(data["o"])
    except (ValueError, KeyError, TypeError):
        raise PageTokenError("invalid page token") from None
    if data.get("f") != list(filters) or offset < 0:
        raise PageTokenError("the page token belongs to another query")
    return offset


def list_tuples(store, namespace=None, obj=None, relation=None, subject=None, page_size=None,
                page_token=None) -> tuple[list[RelationTuple], str]:
    """Tuples matching the filters (each optional; `subject` is a subject ID
    or a complete subject set), a page at a time: (page, next_page_token),
    the token "" on the last page. Page size: default 100, at most 500."""
    if page_size is None or page_size <= 0:
        page_size = limits.LIST_DEFAULT_PAGE_SIZE
    page_size = min(page_size, limits.LIST_MAX_PAGE_SIZE)
    sub = parse_subject(subject) if isinstance(subject, str) else subject
    filters = (namespace, obj, relation, format_subject(sub) if sub is not None else None)
    offset = _decode_token(page_token, filters) if page_token else 0
    matches = []
    for (ns, o, rel) in list(store.keys()):
        if namespace is not None and ns != namespace:
            continue
        if obj is not None and o != obj:
            continue
        if relation is not None and rel != relation:
            continue
        if sub is not None:
            if store.has(ns, o, rel, sub):
                matches.append(RelationTuple(ns, o, rel, sub))
            continue
        for s in store.subjects(ns, o, rel):
            matches.append(RelationTuple(ns, o, rel, s))
    page = matches[offset:offset + page_size]
    nxt = offset + page_size
    return page, (_encode_token(nxt, filters) if nxt < len(matches) else "")


def _declared(ws, namespace: str) -> bool:
    return not ws.schema.namespaces or ws.schema.get(namespace) is not None


def list_objects(ws, subject, namespace: str, permit: str, max_depth=None) -> list[str]:
    if not _declared(ws, namespace) or (isinstance(subject, SubjectSet) and not _declared(ws, subject.namespace)):
        return []  # Keto answers false for undeclared namespaces
    store = ws.store
    if _positive(ws.schema):
        # (an object with no tuple of its own cannot be reached)
        reached = _reachable_objects(store, subject, namespace)
        candidates = [o for o in store.objects(namespace) if o in reached]
    else:
        candidates = dict.fromkeys(store.objects(namespace))
        # objects that only appear as subjects (`Document:x` in someone's tuple)
        for (ns, o, rel) in list(store.keys()):
            for s in store.subject_sets(ns, o, rel):
                if s.namespace == namespace:
                    candidates.setdefault(s.object)
    out = []
    check = ws.checker.check
    for obj in candidates:
        res, _ = check(namespace, obj, permit, subject, max_depth)
        if res[0] == 1 and res[2] is None:
            out.append(obj)
    return out


def _positive(schema) -> bool:
    """Is there no `!` in any permit of the schema? Then every check is
    monotone in the tuples. (Not only the permit asked: subject-set
    expansion follows whatever subject sets the tuples store, into any
    permit of any namespace.)"""
    exprs = [r.rewrite for n in schema.namespaces for r in n.relations if r.rewrite is not None]
    while exprs:
        e = exprs.pop()
        t = type(e)
        if t is Invert:
            return False
        if t is Rewrite:
            exprs.extend(e.children)
    return True


def _reachable_objects(store, subject, namespace: str) -> set[str]:
    """The objects of `namespace` from which a chain of stored tuples leads
    to one holding `subject`: each step goes from a key holding the current
    subject to its object, then to every stored subject set naming that
    object (any relation: subject-set expansion follows the one it names,
    a traverse follows any). A positive check can only succeed on these."""
    objects: set = set()
    seen = {subject}
    frontier = [subject]
    while frontier:
        x = frontier.pop()
        for ns, obj, _rel in store.holders(x):
            if (ns, obj) in objects:
                continue
            objects.add((ns, obj))
            for s in store.sets_naming(ns, obj):
                if s not in seen:
                    seen.add(s)
                    frontier.append(s)
    return {obj for ns, obj in objects if ns == namespace}


def _reachable_subjects(store, namespace: str, obj: str) -> set:
    """The subjects stored under the keys of every object reachable from
    namespace:obj, where a stored subject set leads to its object (subject-set
    expansion follows its relation, a traverse any). A positive check can
    only succeed for these."""
    out: set = set()
    seen: set = set()
    frontier = [(namespace, obj)]
    while frontier:
        o = frontier.pop()
        if o in seen:
            continue
        seen.add(o)
        for key in store.keys_of(*o):
            for s in store.subjects(*key):
                out.add(s)
                if type(s) is not str:
                    frontier.append((s.namespace, s.object))
    return out


def list_subjects(ws, namespace: str, obj: str, permit: str, max_depth=None) -> list[str]:
    if not _declared(ws, namespace):
        return []
    store = ws.store
    subjects = {}
    for key in list(store.keys()):
        for s in store.subjects(*key):
            if isinstance(s, str) or not s.relation:
                subjects.setdefault(s)
    if _positive(ws.schema):
        reached = _reachable_subjects(store, namespace, obj)
        subjects = [s for s in subjects if s in reached]
    out = []
    check = ws.checker.check
    for s in subjects:
        if isinstance(s, SubjectSet) and not _declared(ws, s.namespace):
            continue  # Keto refuses subjects in undeclared namespaces
        res, _ = check(namespace, obj, permit, s, max_depth)
        if res[0] == 1 and res[2] is None:
            out.append(format_subject(s))
    return out
