"""Three-valued check results, as Keto's engine produces them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .trace import TraceNode

__all__ = [
    "UNKNOWN", "MEMBER", "NOT_MEMBER", "DEPTH", "WIDTH", "NAMES", "CheckResult",
    "R_MEMBER", "R_NOT", "R_DEPTH", "budget_error", "relation_error", "STRICT_UNKNOWN",
]

# membership (Keto's MembershipUnknown, IsMember, NotMember)
UNKNOWN, MEMBER, NOT_MEMBER = 0, 1, 2
NAMES = {UNKNOWN: "unknown", MEMBER: "member", NOT_MEMBER: "not_member"}

# limitations of an Unknown result
DEPTH = "max_depth_exceeded"
WIDTH = "max_width_exceeded"

# The engine passes results as (membership, limitation, error) triples: cheap
# to make and compare on the hot path.
R_MEMBER = (MEMBER, None, None)
R_NOT = (NOT_MEMBER, None, None)
R_DEPTH = (UNKNOWN, DEPTH, None)

STRICT_UNKNOWN = "The check could not be completed"


def budget_error(limit: int) -> tuple:
    return (UNKNOWN, None,
            f"The check could not be completed: it was aborted after {limit} resolution steps, "
            "which usually means a cyclic permit reference in the namespace configuration")


def relation_error(relation: str) -> tuple:
    return (UNKNOWN, None, f'relation "{relation}" does not exist')


@dataclass(slots=True)
class CheckResult:
    """The answer to one check, as the Python API, the CLI and every face
    present it."""

    query: str
    allowed: bool
    result: str  # "member" | "not_member" | "unknown"
    limitation: str | None = None
    error: str | None = None
    tree: "TraceNode | None" = None
    # why the answer is what it is when no rule was evaluated
    note: str | None = None

    def to_json(self, spans=None) -> dict:
        out = {
            "query": self.query,
            "allowed": self.allowed,
            "result": self.result,
            "limitation": self.limitation,
            "error": self.error,
        }
        if self.tree is not None:
            out["tree"] = self.tree.to_json(spans)
        if self.note:
            out["note"] = self.note
        return out
