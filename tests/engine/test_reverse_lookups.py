"""list_objects checks only the objects its subject can reach through the
store's index by subject when the schema has no `!`, list_subjects only the
subjects reachable from its object. Here they must list exactly the mentioned
objects (subjects) a check allows — on the differential test's random
models (traverses, nested subject sets, negation, permit cycles, tuples under
permit names and undeclared relations), before and after what-if edits.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine import Workspace
from engine.listing import _positive, _reachable_objects
from engine.tuples import RelationTuple, SubjectSet, format_subject
from keto_reference.render import model_text, tuple_text
from keto_reference.strategies import models, styles

ROOT = Path(__file__).resolve().parents[2]


def mentioned_objects(ws: Workspace, namespace: str) -> list[str]:
    """Every object of the namespace a tuple mentions, in first-mention order
    (as an object, or as the object of a subject set)."""
    out: dict[str, None] = {}
    for t in ws.store:
        if t.namespace == namespace:
            out.setdefault(t.object)
    for t in ws.store:
        if isinstance(t.subject, SubjectSet) and t.subject.namespace == namespace:
            out.setdefault(t.subject.object)
    return list(out)


def every_allowed(ws: Workspace, subject: str, namespace: str, permit: str, depth: int) -> set[str]:
    return {o for o in mentioned_objects(ws, namespace)
            if ws.check(f"{namespace}:{o}#{permit}@{subject}", max_depth=depth).allowed}


def every_subject_allowed(ws: Workspace, namespace: str, obj: str, permit: str, depth: int) -> set[str]:
    """Every subject ID and `ns:id` a tuple stores that a check allows."""
    subjects = {format_subject(t.subject) for t in ws.store
                if isinstance(t.subject, str) or not t.subject.relation}
    return {s for s in subjects if ws.check(f"{namespace}:{obj}#{permit}@{s}", max_depth=depth).allowed}


def assert_lists_agree(ws: Workspace, model, depth: int) -> None:
    for ns in model.objects:
        namespace = ws.schema.get(ns)
        names = [r.name for r in namespace.relations] if namespace is not None else []
        for name in names:
            for sub in model.subjects:
                text = format_subject(sub) if not isinstance(sub, str) else sub
                listed = ws.list_objects(text, ns, name, max_depth=depth)
                assert len(listed) == len(set(listed))
                assert set(listed) == every_allowed(ws, text, ns, name, depth), (ns, name, text, depth)
            for obj in model.objects[ns]:
                listed = ws.list_subjects(f"{ns}:{obj}", name, max_depth=depth)
                assert len(listed) == len(set(listed))
                assert set(listed) == every_subject_allowed(ws, ns, obj, name, depth), (ns, obj, name, depth)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(models(), styles, st.sampled_from([2, 5]), st.data())
def test_list_objects_lists_what_check_allows(model, style, depth, data):
    schema, tuples = model_text(model, style)
    ws = Workspace.from_text(schema=schema, tuples=tuples)
    assert_lists_agree(ws, model, depth)
    # what-if edits: the index by subject follows them
    lines = [tuple_text(t) for t in model.tuples]
    if lines:
        removed = data.draw(st.lists(st.sampled_from(lines), max_size=3))
        added = data.draw(st.lists(st.sampled_from(lines), max_size=2))
        assert_lists_agree(ws.with_tuples(add=added, remove=removed), model, depth)


def test_a_positive_permit_checks_only_what_its_subject_reaches():
    ws = Workspace.load(ROOT / "examples" / "drive" / "drive.opl.yaml")
    assert _positive(ws.schema)
    docs = mentioned_objects(ws, "Document")
    bob = SubjectSet("User", "bob", "")
    reached = _reachable_objects(ws.store, bob, "Document")
    assert reached < set(docs)  # fewer checks than objects
    assert set(ws.list_objects("User:bob", "Document", "view")) == every_allowed(ws, "User:bob", "Document", "view", 0)
    # the index follows changes to the store
    ws.store.add(RelationTuple("Document", "new-doc", "viewers", bob))
    assert "new-doc" in ws.list_objects("User:bob", "Document", "view")
    assert "User:bob" in ws.list_subjects("Document:new-doc", "view")
    assert set(ws.list_subjects("Document:roadmap", "view")) == \
        every_subject_allowed(ws, "Document", "roadmap", "view", 0)


def test_a_schema_with_negation_checks_every_object():
    ws = Workspace.load(ROOT / "examples" / "acl" / "acl.opl.yaml")
    assert not _positive(ws.schema)
