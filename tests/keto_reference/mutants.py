"""How sharp is the differential test? Run by hand:

    .venv/bin/python tests/keto_reference/mutants.py [EXAMPLES] [MUTANT...]

Each mutant is the reference evaluator with one rule of keto-semantics.md §3
deliberately broken (a textual edit of evaluator.py). For each, the differential
comparison runs over the same generated models as the test (fixed seed) and
prints how many checks now disagree with the engine. A mutant with no
disagreement is a rule the generated models do not exercise — or an edit that
changes nothing observable (`or_batch_keeps_direct`: the batched lookup already
answered every Direct the per-relation calls would make).
"""

from __future__ import annotations

import sys
import time
import types
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent.parent), str(HERE.parent)]

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from engine import Workspace  # noqa: E402
from keto_reference import evaluator  # noqa: E402
from keto_reference.render import model_text, tuple_text  # noqa: E402
from keto_reference.strategies import models  # noqa: E402

MUTANTS: dict[str, list[tuple[str, str]]] = {
    "visited_per_expand": [("        if visited is None:\n            visited = set()",
                            "        visited = set()")],
    "no_visited": [("            if s in visited:\n                return IS_NOT_MEMBER",
                    "            if False:\n                pass")],
    "visited_upfront": [(
        "        for s in followed:\n            checks.append(self._follow(s, subject, d, visited, steps))",
        "        fresh = [s for s in followed if s not in visited]\n        visited.update(fresh)\n"
        "        for s in fresh:\n            checks.append(lambda s=s: self._is_allowed(s.namespace, s.object,"
        " s.relation, subject, d - 1, skip_direct=True, visited=visited, steps=steps))")],
    "nested_same_d": [("return lambda: self._rewrite(ns, obj, subject, child, d - 1, visited, steps)",
                       "return lambda: self._rewrite(ns, obj, subject, child, d, visited, steps)")],
    "not_group_d_minus_1": [(
        "            return lambda: self._rewrite(ns, obj, subject, child, d, visited, steps)\n        return self._child",
        "            return lambda: self._rewrite(ns, obj, subject, child, d - 1, visited, steps)\n"
        "        return self._child")],
    "or_batch_keeps_direct": [("c.relation, d - 1, True, visited, steps))", "c.relation, d - 1, False, visited, steps))")],
    "or_batch_same_d": [("c.relation, d - 1, True, visited, steps))", "c.relation, d, True, visited, steps))")],
    "no_strict_batch_filter": [(
        "            if self.strict and not self._accepts_directly(ns, c.relation, subject):", "            if False:")],
    "no_strict_shortcut_filter": [(
        "not self.strict or self._accepts_directly(s.namespace, s.relation, subject)):", "True):")],
    "union_member_beats_error": [(
        "        if r.error is not None or r.result == MEMBER:\n            return r",
        "        if r.result == MEMBER and r.error is None:\n            return r\n"
        "        if r.error is not None and first_limit is None:\n            first_limit = r")],
    "expand_no_d1_check": [("        if d <= 1:\n            return UNKNOWN_DEPTH", "        if False:\n            pass")],
    "rewrite_no_d0_check": [("        if d <= 0:\n            return UNKNOWN_DEPTH\n        if node.op", "        if node.op")],
    "strict_unknown_not_error": [("        if self.strict and r.error is None and r.result == UNKNOWN:", "        if False:")],
    "root_atom_unwrapped": [('        return Rewrite("or", (node,))\n    node = _flatten',
                             '        return Rewrite("or", (Rewrite("or", (node,)),))\n    node = _flatten')],
    "strict_noschema_expand": [
        ("            if not declared_sets:\n                return IS_NOT_MEMBER",
         "            if not declared_sets and found is not NO_SCHEMA:\n                return IS_NOT_MEMBER"),
        ("if self.strict and TypeRef(s.namespace, s.relation) not in declared_sets:",
         "if self.strict and found is not NO_SCHEMA and TypeRef(s.namespace, s.relation) not in declared_sets:")],
    "empty_relation_has_schema": [('        if ns is None or not ns.has_relations or relation == "":',
                                   '        if ns is None or not ns.has_relations:')],
    "shortcut_after_depth": [("        for s in followed:\n            if self._exists",
                              "        if d <= 1:\n            return UNKNOWN_DEPTH\n"
                              "        for s in followed:\n            if self._exists")],
    "traverse_uses_set_relation": [("        return lambda: self._is_allowed(s.namespace, s.object, target,",
                                    "        return lambda: self._is_allowed(s.namespace, s.object, s.relation or target,")],
    "invert_unknown_to_member": [("    if r.error is not None or r.result == UNKNOWN:\n        return r",
                                  "    if r.error is not None:\n        return r\n"
                                  "    if r.result == UNKNOWN:\n        return IS_MEMBER")],
    "and_computed_skip_direct": [
        ("            return self._computed(ns, obj, subject, child.relation, d, False, visited, steps)",
         "            return self._computed(ns, obj, subject, child.relation, d, True, visited, steps)")],
}

# the model's classes stay the originals, so that generated models work with a mutant
MODEL_CLASSES = ["SubjectSet", "Tuple", "TypeRef", "Relation", "Related", "Permits", "Traverse", "Not", "Group",
                 "Chain", "Permit", "Namespace", "Schema", "Model"]


def mutant(name: str) -> types.ModuleType:
    source = Path(evaluator.__file__).read_text()
    for old, new in MUTANTS[name]:
        assert source.count(old) == 1, f"{name}: the text to mutate is gone from evaluator.py"
        source = source.replace(old, new)
    module = types.ModuleType(f"keto_reference_mutant_{name}")
    sys.modules[module.__name__] = module
    exec(compile(source, f"<mutant {name}>", "exec"), module.__dict__)
    for cls in MODEL_CLASSES:
        setattr(module, cls, getattr(evaluator, cls))
    return module


def disagreements(module: types.ModuleType, examples: int) -> tuple[int, int]:
    counts = [0, 0]

    @seed(12345)
    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(models())
    def run(model):
        schema, tuples = model_text(model)
        for strict in (False, True):
            ws = Workspace.from_text(schema=schema, tuples=tuples, strict=strict)
            reference = module.Evaluator(model.schema, model.tuples, strict=strict)
            for query in model.queries():
                for depth in range(1, 7):
                    mine = reference.check(query, depth)
                    theirs = ws.check(tuple_text(query), max_depth=depth)
                    counts[0] += 1
                    if (mine.result, mine.limitation, mine.error is None) != \
                            (theirs.result, theirs.limitation, theirs.error is None):
                        counts[1] += 1

    run()
    return counts[0], counts[1]


def main(argv: list[str]) -> None:
    examples = int(argv[0]) if argv else 100
    for name in argv[1:] or list(MUTANTS):
        start = time.time()
        checks, diffs = disagreements(mutant(name), examples)
        print(f"{name:28} {diffs:6} of {checks} checks disagree  ({time.time() - start:.0f} s)", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
