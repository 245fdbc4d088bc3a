"""Permit coverage: which operands of each permit (every `||`/`&&` operand,
every traverse, every `!`) the tests evaluated.

The checker calls `hit(node)` for each rewrite child it runs; the report lists
the operands never run, per permit, and LCOV gives editors and CI the same as
branch data on the schema's lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .opl.ast import Computed, Invert, Rewrite, TupleToSubjectSet, iter_expr

__all__ = ["Coverage"]


@dataclass(slots=True)
class Coverage:
    hits: dict = field(default_factory=dict)  # id(node) -> count

    def hit(self, node) -> None:
        self.hits[id(node)] = self.hits.get(id(node), 0) + 1

    # ------------------------------------------------------------ reports

    def _operands(self, ws):
        """(namespace, permit, [(node, line)]) per permit of the schema."""
        src = ws.analysis.source
        out = []
        for ns in ws.schema.namespaces:
            for rel in ns.permits:
                ops = []
                for n in iter_expr(rel.rewrite):
                    if n is rel.rewrite:
                        continue
                    if isinstance(n, (Computed, TupleToSubjectSet, Invert)) or (
                            isinstance(n, Rewrite) and n.parens is not None):
                        ops.append((n, src.position(n.start).line))
                out.append((ns.name, rel.name, ops))
        return out

    def summary(self, workspaces) -> tuple[int, int]:
        total = covered = 0
        for ws in workspaces:
            for _ns, _p, ops in self._operands(ws):
                total += len(ops)
                covered += sum(1 for n, _ in ops if self.hits.get(id(n)))
        return covered, total

    def text(self, workspaces) -> str:
        lines = []
        covered, total = self.summary(workspaces)
        pct = 100.0 * covered / total if total else 100.0
        lines.append(f"permit coverage: {covered}/{total} operands evaluated ({pct:.0f}%)")
        for ws in workspaces:
            text = ws.analysis.text
            for ns, permit, ops in self._operands(ws):
                missed = [(n, line) for n, line in ops if not self.hits.get(id(n))]
                if not missed:
                    continue
                lines.append(f"  {ns}.{permit}: {len(ops) - len(missed)}/{len(ops)}")
                for n, line in missed:
                    snippet = " ".join(text[n.start:n.end].split())
                    if len(snippet) > 70:
                        snippet = snippet[:67] + "..."
                    lines.append(f"    never evaluated: {ws.analysis.file}:{line + 1}: {snippet}")
        return "\n".join(lines)

    def to_json(self, workspaces) -> dict:
        covered, total = self.summary(workspaces)
        permits = []
        for ws in workspaces:
            for ns, permit, ops in self._operands(ws):
                permits.append({"namespace": ns, "permit": permit, "file": ws.analysis.file,
                                "operands": [{"line": line + 1, "hits": self.hits.get(id(n), 0)}
                                             for n, line in ops]})
        return {"covered": covered, "total": total, "permits": permits}

    def lcov(self, workspaces) -> str:
        out = []
        for ws in workspaces:
            file = ws.analysis.file
            if not file:
                continue
            out.append("TN:opl")
            out.append(f"SF:{file}")
            per_line: dict[int, int] = {}
            branches = []
            for i, (_ns, _p, ops) in enumerate(self._operands(ws)):
                for j, (n, line) in enumerate(ops):
                    h = self.hits.get(id(n), 0)
                    per_line[line + 1] = max(per_line.get(line + 1, 0), h)
                    branches.append((line + 1, i, j, h))
            for line, h in sorted(per_line.items()):
                out.append(f"DA:{line},{h}")
            for line, block, branch, h in branches:
                out.append(f"BRDA:{line},{block},{branch},{h if h else '-'}")
            out.append(f"BRF:{len(branches)}")
            out.append(f"BRH:{sum(1 for b in branches if b[3])}")
            out.append(f"LF:{len(per_line)}")
            out.append(f"LH:{sum(1 for h in per_line.values() if h)}")
            out.append("end_of_record")
        return "\n".join(out) + "\n"
