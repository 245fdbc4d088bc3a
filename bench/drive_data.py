"""A deterministic Google-Drive-like dataset for the check-engine benchmark.

The model (OPL in ``SCHEMA`` below):

* 10k users in 1k groups; some groups are members of lower-numbered groups
  (nested, acyclic);
* 5k folders in trees up to 5 levels deep, 20k documents in those folders;
* folders and documents have owners, editors and viewers (users or the
  members of a group);
* ``edit = owners | editors | parents→edit``,
  ``view = viewers | edit | parents→view``.

Users appear in tuples and checks as the subject sets ``User:uN`` (not as
subject IDs), as a Keto deployment with a ``User`` namespace stores them.

With seed 42 the scale-1 dataset has 117,402 tuples and its 10,000 checks
(seed 43) are 5,028 allowed and 4,972 denied: the same data as the figures
the project is judged by, so the draws below happen in exactly that order.
``Shape.scaled(f)`` multiplies every count by ``f`` (the 1M-tuple variant is
``SHAPE_1M``); depths and probabilities stay the same.

The expected answer of every check comes from ``Reference``, a deliberately
small checker that knows only this model, independent of the engine.

    python bench/drive_data.py --out /tmp/drive            # 120k workspace
    python bench/drive_data.py --out /tmp/drive1m --scale 1m
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

__all__ = ["Shape", "SHAPE", "SHAPE_1M", "Dataset", "generate", "Reference", "make_checks", "build",
           "SCHEMA", "write_workspace", "read_tuple_file", "tuple_text"]

SEED = 42
CHECK_SEED = SEED + 1
MAX_DEPTH = 25  # the dataset's deepest derivations need more than Keto's default 5

# Folder and Document share these relations and permits.
_RESOURCE = """
  related: {
    parents: Folder[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
  }

  permits = {
    edit: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),

    view: (ctx: Context): boolean =>
      this.related.viewers.includes(ctx.subject) ||
      this.permits.edit(ctx) ||
      this.related.parents.traverse((p) => p.permits.view(ctx)),
  }
"""

SCHEMA = f"""\
// The Google-Drive-like benchmark model (bench/drive_data.py).
import {{ Namespace, SubjectSet, Context }} from "@ory/keto-namespace-types"

class User implements Namespace {{}}

class Group implements Namespace {{
  related: {{
    members: (User | SubjectSet<Group, "members">)[]
  }}
}}

class Folder implements Namespace {{{_RESOURCE}}}

class Document implements Namespace {{{_RESOURCE}}}
"""


@dataclass(frozen=True)
class Shape:
    users: int = 10_000
    groups: int = 1_000
    nested_from: int = 100        # groups from this index on may join a lower group
    nest_probability: float = 0.3
    root_folders: int = 20
    folders: int = 5_000
    max_folder_depth: int = 5     # root folders are level 1
    documents: int = 20_000
    checks: int = 10_000

    def scaled(self, factor: float) -> "Shape":
        def n(x: int) -> int:
            return max(1, round(x * factor))
        return replace(self, users=n(self.users), groups=n(self.groups), nested_from=n(self.nested_from),
                       root_folders=n(self.root_folders), folders=n(self.folders),
                       documents=n(self.documents))


SHAPE = Shape()
SHAPE_1M = SHAPE.scaled(8.52)  # ≈ 1,000,000 tuples

# A tuple is (namespace, object, relation, subject) with the subject in
# Keto's text form: "User:u7", "Group:g3#members" or "Folder:f9".
Tuple = tuple


def tuple_text(t: Tuple) -> str:
    return f"{t[0]}:{t[1]}#{t[2]}@{t[3]}"


def _user(i: int) -> str:
    return f"User:u{i}"


def _group(i: int) -> str:
    return f"Group:g{i}#members"


def generate(shape: Shape = SHAPE, seed: int = SEED) -> list[Tuple]:
    """Every tuple of the dataset, without duplicates, in generation order."""
    rnd = random.Random(seed)
    out: list[Tuple] = []
    add = out.append

    # each user joins one to three groups
    for u in range(shape.users):
        k = rnd.randint(1, 3)
        for g in rnd.sample(range(shape.groups), k):
            add(("Group", f"g{g}", "members", _user(u)))
    # a later group may be a member of an earlier one (index below half its
    # own): nested, never cyclic
    for g in range(shape.nested_from, shape.groups):
        if rnd.random() < shape.nest_probability:
            add(("Group", f"g{rnd.randrange(0, g // 2)}", "members", _group(g)))

    # the folder forest: a folder's parent is any earlier folder not yet at the
    # deepest level
    level = [1] * shape.folders
    for f in range(shape.root_folders, shape.folders):
        while True:
            p = rnd.randrange(0, f)
            if level[p] < shape.max_folder_depth:
                break
        level[f] = level[p] + 1
        add(("Folder", f"f{f}", "parents", f"Folder:f{p}"))

    def grants(ns: str, obj: str, users: float, groups: float) -> None:
        # owners get half the user grants and no groups; the fractional part
        # of each expected count is one more grant with that probability
        for rel, pu, pg in (("owners", users * 0.5, 0.0), ("editors", users, groups),
                            ("viewers", users, groups)):
            k = int(pu) + (rnd.random() < pu - int(pu))
            for _ in range(k):
                add((ns, obj, rel, _user(rnd.randrange(shape.users))))
            k = int(pg) + (rnd.random() < pg - int(pg))
            for _ in range(k):
                add((ns, obj, rel, _group(rnd.randrange(shape.groups))))

    for f in range(shape.folders):
        grants("Folder", f"f{f}", 0.3, 0.25)
    for d in range(shape.documents):
        add(("Document", f"d{d}", "parents", f"Folder:f{rnd.randrange(shape.folders)}"))
        add(("Document", f"d{d}", "owners", _user(rnd.randrange(shape.users))))
        grants("Document", f"d{d}", 0.8, 0.15)
    return list(dict.fromkeys(out))  # drop repeats, keep the first


class Reference:
    """The expected answers: this model's rules written out by hand over a
    dict of sets (no depth or width limits, no rewrites engine)."""

    def __init__(self, tuples: list[Tuple]):
        self.subjects: dict[tuple, set] = defaultdict(set)
        for ns, obj, rel, sub in tuples:
            self.subjects[(ns, obj, rel)].add(sub)

    def in_group(self, group_subject: str, user: str) -> bool:
        """Is `user` ("User:u1") a member of "Group:gN#members", directly or
        through nested groups?"""
        todo, seen = [group_subject], {group_subject}
        while todo:
            gid = todo.pop()[len("Group:"):-len("#members")]
            members = self.subjects.get(("Group", gid, "members"), ())
            if user in members:
                return True
            for m in members:
                if m.startswith("Group:") and m not in seen:
                    seen.add(m)
                    todo.append(m)
        return False

    def granted(self, ns: str, obj: str, rel: str, user: str) -> bool:
        subs = self.subjects.get((ns, obj, rel), ())
        return user in subs or any(s.startswith("Group:") and self.in_group(s, user) for s in subs)

    def allowed(self, ns: str, obj: str, permit: str, user: str) -> bool:
        if permit == "edit":
            direct = self.granted(ns, obj, "owners", user) or self.granted(ns, obj, "editors", user)
        else:
            direct = self.granted(ns, obj, "viewers", user) or self.allowed(ns, obj, "edit", user)
        if direct:
            return True
        return any(self.allowed("Folder", p[len("Folder:"):], permit, user)
                   for p in self.subjects.get((ns, obj, "parents"), ()))


# A check: (("Document", "d5", "view", "User:u7"), expected)
Check = tuple


def make_checks(tuples: list[Tuple], ref: Reference, shape: Shape = SHAPE,
                seed: int = CHECK_SEED) -> list[Check]:
    """Half the checks follow a grant that exists (a document or one of its
    ancestors, a grantee or a member of a granted group): mostly allowed.
    The other half pair random documents and users: mostly denied."""
    rnd = random.Random(seed)
    grants_of: dict[tuple, list] = defaultdict(list)
    parent_of: dict[tuple, str] = {}
    members: dict[str, list] = defaultdict(list)
    for ns, obj, rel, sub in tuples:
        if rel == "parents":
            parent_of[(ns, obj)] = sub[len("Folder:"):]
        else:
            grants_of[(ns, obj)].append((rel, sub))
        if ns == "Group":
            members[obj].append(sub)

    def some_member(gid: str, hops: int = 0) -> str | None:
        m = members.get(gid)
        if not m:
            return None
        s = rnd.choice(m)
        if s.startswith("User:"):
            return s
        if hops >= 10:
            return None
        return some_member(s[len("Group:"):-len("#members")], hops + 1)

    queries = []
    half = shape.checks // 2
    while len(queries) < half:
        doc = f"d{rnd.randrange(shape.documents)}"
        at = ("Document", doc)
        for _ in range(rnd.randint(0, 5)):  # climb 0..5 folders
            p = parent_of.get(at)
            if p is None:
                break
            at = ("Folder", p)
        if not grants_of.get(at):
            continue
        rel, sub = rnd.choice(grants_of[at])
        user = sub if sub.startswith("User:") else some_member(sub[len("Group:"):-len("#members")])
        if user is None:
            continue
        permit = "view" if rel == "viewers" or rnd.random() < 0.6 else "edit"
        queries.append(("Document", doc, permit, user))
    while len(queries) < shape.checks:
        queries.append(("Document", f"d{rnd.randrange(shape.documents)}", rnd.choice(["view", "edit"]),
                        _user(rnd.randrange(shape.users))))
    rnd.shuffle(queries)
    return [(q, ref.allowed(*q)) for q in queries]


def query_text(q: tuple) -> str:
    return f"{q[0]}:{q[1]}#{q[2]}@{q[3]}"


@dataclass
class Dataset:
    shape: Shape
    tuples: list[Tuple]
    checks: list[Check]
    seconds: float  # generation time

    @property
    def allowed(self) -> int:
        return sum(1 for _, e in self.checks if e)


def build(shape: Shape = SHAPE) -> Dataset:
    t0 = time.perf_counter()
    tuples = generate(shape)
    checks = make_checks(tuples, Reference(tuples), shape)
    return Dataset(shape, tuples, checks, time.perf_counter() - t0)


# ---------------------------------------------------------------- files

def write_workspace(ds: Dataset, directory: Path) -> Path:
    """The dataset as an opl-studio workspace (and a Keto tuple file):
    namespaces.keto.ts, drive.tuples, drive.opl.yaml, plus checks.json (the
    queries and expected answers). Returns the .opl.yaml path."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "namespaces.keto.ts").write_text(SCHEMA)
    with open(directory / "drive.tuples", "w") as f:
        f.write("// generated by bench/drive_data.py\n")
        for t in ds.tuples:
            f.write(tuple_text(t))
            f.write("\n")
    (directory / "checks.json").write_text(json.dumps(
        [[query_text(q), e] for q, e in ds.checks], separators=(",", ":")))
    ws = directory / "drive.opl.yaml"
    ws.write_text("# generated by bench/drive_data.py\nschema_file: namespaces.keto.ts\n"
                  f"tuple_files: [drive.tuples]\nmax_depth: {MAX_DEPTH}\n")
    return ws


def read_tuple_file(path: Path) -> list[Tuple]:
    """drive.tuples back into (ns, obj, rel, subject) tuples (only this
    generator's output: no escaping, one tuple per line)."""
    out = []
    with open(path) as f:
        for line in f:
            if line.startswith("//") or not line.strip():
                continue
            head, _, sub = line.rstrip("\n").partition("@")
            ns, _, rest = head.partition(":")
            obj, _, rel = rest.partition("#")
            out.append((ns, obj, rel, sub))
    return out


def read_checks(path: Path) -> list[Check]:
    out = []
    for text, expected in json.loads(path.read_text()):
        head, _, sub = text.partition("@")
        ns, _, rest = head.partition(":")
        obj, _, rel = rest.partition("#")
        out.append(((ns, obj, rel, sub), expected))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="folder for the workspace files")
    ap.add_argument("--scale", default="1", help='"1" (≈117k tuples), "1m" (≈1M) or a factor')
    args = ap.parse_args(argv)
    shape = SHAPE_1M if args.scale == "1m" else SHAPE.scaled(float(args.scale))
    ds = build(shape)
    path = write_workspace(ds, args.out)
    print(f"{len(ds.tuples)} tuples, {len(ds.checks)} checks ({ds.allowed} allowed / "
          f"{len(ds.checks) - ds.allowed} denied) in {ds.seconds:.1f}s -> {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
