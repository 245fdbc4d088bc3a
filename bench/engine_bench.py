"""The check-engine benchmark: our engine, pycasbin and oso on one model.

On the Google-Drive-like dataset of bench/drive_data.py (117,402 tuples,
10,000 checks, 5,028 allowed) it measures, side by side in this one process:

* our engine through its public API: ``Workspace.check(query_text)`` (the
  headline), ``Checker.check`` with pre-parsed arguments (the core alone),
  and ``Workspace.check(..., explain=True)`` (derivation trees);
* pycasbin, with the model compiled by hand into a casbin role graph;
* oso (Polar rules over Python objects).

For each: load time, p50/p99/mean/max latency over the checks, agreement with
the reference answers. The measures take turns in blocks of 250 checks (see
side_by_side), so that a drift in the machine's speed hits them alike. Peak memory is measured in a fresh subprocess per
system (``--worker``) so that one system's memory does not count for another.
Then the 1M-tuple variant, for our engine only: load time from a tuple file
and from tuples in memory, peak RSS, and check latency.

Every row is printed as a JSON line; everything is also written to
bench/results/engine-<date>.json.

    .venv/bin/python bench/engine_bench.py            # everything (~70 s on a quiet machine)
    .venv/bin/python bench/engine_bench.py --quick    # oso on 1,000 checks, no 1M variant
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(HERE), str(ROOT)):
    if p not in sys.path:
        sys.path.insert(0, p)

import drive_data as data  # noqa: E402
from machine_info import load_snapshot, machine, source_revision  # noqa: E402

WARMUP = 200  # checks run before timing (not counted)


# ---------------------------------------------------------------- measuring

def rss_kb() -> dict:
    """Current and peak resident set size of this process, in KiB."""
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value = line.split(":")
                out[key] = int(value.split()[0])
    return {"rss_kb": out.get("VmRSS"), "peak_kb": out.get("VmHWM")}


def percentile(sorted_ns: list[int], q: float) -> float:
    """Nearest rank, in microseconds."""
    i = min(len(sorted_ns) - 1, max(0, round(q / 100 * (len(sorted_ns) - 1))))
    return sorted_ns[i] / 1e3


def time_checks(check, queries: list, warmup: int = WARMUP) -> tuple[list[int], list[int], list[bool]]:
    """Wall-clock and CPU (this thread) latency of each call, in ns, and the
    answers. The CPU clock excludes time the OS gave to other processes: on
    a shared machine the two differ. The loop does nothing but call and
    record; the wall window sits inside the CPU window, so the CPU clock's
    own cost (a system call here) shows only in the CPU figures."""
    for q in queries[:warmup]:
        check(q)
    gc.collect()
    wall, cpu, answers = [], [], []
    _time_into(check, queries, wall, cpu, answers)
    return wall, cpu, answers


def stats(wall: list[int], cpu: list[int] | None = None) -> dict:
    s = sorted(wall)
    out = {"n_checks": len(s), "p50_us": round(percentile(s, 50), 1), "p99_us": round(percentile(s, 99), 1),
           "mean_us": round(sum(s) / len(s) / 1e3, 1), "max_us": round(s[-1] / 1e3, 1)}
    if cpu:
        c = sorted(cpu)
        out.update({"cpu_p50_us": round(percentile(c, 50), 1), "cpu_p99_us": round(percentile(c, 99), 1),
                    "cpu_mean_us": round(sum(c) / len(c) / 1e3, 1),
                    # the share of the wall time this process was on a CPU
                    "cpu_share": round(sum(c) / max(1, sum(s)), 2)})
    return out


def timer_overhead() -> dict:
    """What the timing loop itself adds to one call (an empty check)."""
    wall, cpu, _ = time_checks(lambda q: False, list(range(20_000)), warmup=0)
    return {"wall_p50_us": round(percentile(sorted(wall), 50), 2),
            "cpu_p50_us": round(percentile(sorted(cpu), 50), 2)}


class Stopwatch:
    """Wall and CPU time of a block (load times)."""

    def __enter__(self):
        self.t0, self.c0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall = round(time.perf_counter() - self.t0, 3)
        self.cpu = round(time.process_time() - self.c0, 3)


def agreement(checks: list, answers: list[bool], show: int = 5) -> dict:
    wrong = [(data.query_text(q), e, a) for (q, e), a in zip(checks, answers) if a != e]
    return {"agree": len(answers) - len(wrong), "of": len(answers),
            "disagreements": [{"query": q, "expected": e, "got": a} for q, e, a in wrong[:show]]}


def emit(row: dict, rows: list) -> dict:
    rows.append(row)
    print(json.dumps(row), flush=True)
    return row


# ---------------------------------------------------------------- systems

class Engine:
    """opl-studio's engine, through engine.workspace.Workspace."""

    name = "engine"

    def __init__(self, tuples: list):
        from engine.tuples import RelationTuple, parse_subject
        from engine.workspace import Workspace
        subjects: dict = {}  # one object per distinct subject, as any loader would share them
        rts = []
        for ns, obj, rel, sub in tuples:
            s = subjects.get(sub)
            if s is None:
                s = subjects[sub] = parse_subject(sub)
            rts.append(RelationTuple(ns, obj, rel, s))
        self.ws = Workspace.from_text(schema=data.SCHEMA, tuples=rts, max_depth=data.MAX_DEPTH)
        if self.ws.analysis.errors:
            raise SystemExit(f"the benchmark schema does not load: {self.ws.analysis.errors[0].message}")
        self.ws.check("Document:d0#view@User:u0")  # builds the checker

    @staticmethod
    def load_file(path: Path):
        from engine.workspace import Workspace
        ws = Workspace.load(path)
        ws.check("Document:d0#view@User:u0")
        return ws

    def queries(self, checks: list) -> list:
        return [data.query_text(q) for q, _ in checks]

    def check(self, text: str) -> bool:
        return self.ws.check(text).allowed

    def explain(self, text: str) -> bool:
        return self.ws.check(text, explain=True).allowed

    # the core alone: arguments parsed beforehand, no CheckResult
    def core_queries(self, checks: list) -> list:
        from engine.tuples import parse_subject
        return [(ns, obj, rel, parse_subject(sub)) for (ns, obj, rel, sub), _ in checks]

    def core_check_fn(self):
        from engine.check.result import MEMBER
        checker = self.ws.checker

        def check(q) -> bool:
            (membership, _, error), _ = checker.check(q[0], q[1], q[2], q[3])
            return membership == MEMBER and error is None
        return check


# pycasbin: the model compiled into a role graph. Node names are
# "<object>/<permit>" for permits, "Group:gN#members" for groups and
# "User:uN" for users; g(a, b) means "b is reached from a", so a check asks
# g("Document:d5/view", "User:u7"). The search starts at the object (its
# ancestors and grantees are few) rather than at the user (whose grants fan
# out to whole folder trees): measured here, this direction is ~2.5x faster.
CASBIN_MODEL = """
[request_definition]
r = sub, obj, act

[policy_definition]
p = sub, obj, act

[role_definition]
g = _, _

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = g(r.obj + "/" + r.act, r.sub)
"""


def casbin_edges(tuples: list) -> list[list[str]]:
    edges = []
    resources = {}
    for ns, obj, rel, sub in tuples:
        node = f"{ns}:{obj}"
        if rel == "members":                      # Group:gN#members reaches its members
            edges.append([f"{node}#members", sub])
            continue
        resources[node] = None
        if rel == "parents":                      # a parent's grants reach its children
            edges.append([f"{node}/edit", f"{sub}/edit"])
            edges.append([f"{node}/view", f"{sub}/view"])
        elif rel == "viewers":
            edges.append([f"{node}/view", sub])
        else:                                     # owners, editors
            edges.append([f"{node}/edit", sub])
    for node in resources:                        # view = … | edit
        edges.append([f"{node}/view", f"{node}/edit"])
    return edges


class Casbin:
    name = "pycasbin"

    def __init__(self, tuples: list):
        import logging

        import casbin
        # casbin logs every denied request as a warning; a deployment would
        # silence it, and printing 5,000 lines is not what we measure
        logging.getLogger("casbin").setLevel(logging.ERROR)
        self.enforcer = casbin.Enforcer(casbin.Enforcer.new_model(text=CASBIN_MODEL))
        # longest chain: view → edit → 5 folders → a grant → nested groups → user
        self.enforcer.get_role_manager().max_hierarchy_level = 30
        self.enforcer.add_grouping_policies(casbin_edges(tuples))

    def queries(self, checks: list) -> list:
        return [(sub, f"{ns}:{obj}", rel) for (ns, obj, rel, sub), _ in checks]

    def check(self, q) -> bool:
        return self.enforcer.enforce(q[0], q[1], q[2])


# oso: the model as Polar rules over Python objects that hold the tuples.
POLAR = """
allow(user: User, "view", item: Item) if view(user, item);
allow(user: User, "edit", item: Item) if edit(user, item);

edit(user: User, item: Item) if holds(user, item.owners, item.owner_groups);
edit(user: User, item: Item) if holds(user, item.editors, item.editor_groups);
edit(user: User, item: Item) if parent in item.parents and edit(user, parent);

view(user: User, item: Item) if holds(user, item.viewers, item.viewer_groups);
view(user: User, item: Item) if edit(user, item);
view(user: User, item: Item) if parent in item.parents and view(user, parent);

holds(user: User, users, _groups) if user.id in users;
holds(user: User, _users, groups) if group in groups and member(user, group);

member(user: User, group: Group) if user.id in group.users;
member(user: User, group: Group) if sub in group.groups and member(user, sub);
"""


class OsoUser:
    __slots__ = ("id",)

    def __init__(self, id: str):
        self.id = id


class OsoGroup:
    __slots__ = ("id", "users", "groups")

    def __init__(self, id: str):
        self.id, self.users, self.groups = id, [], []


class OsoItem:
    """A folder or document ("Item": oso reserves "Resource")."""

    __slots__ = ("id", "parents", "owners", "owner_groups", "editors", "editor_groups", "viewers",
                 "viewer_groups")

    def __init__(self, id: str):
        self.id = id
        self.parents, self.owners, self.owner_groups = [], [], []
        self.editors, self.editor_groups, self.viewers, self.viewer_groups = [], [], [], []


class Oso:
    name = "oso"

    def __init__(self, tuples: list):
        from oso import Oso as OsoEngine
        groups: dict[str, OsoGroup] = {}
        self.items: dict[str, OsoItem] = {}

        def group(subject: str) -> OsoGroup:
            g = groups.get(subject)
            if g is None:
                g = groups[subject] = OsoGroup(subject)
            return g

        def item(key: str) -> OsoItem:
            it = self.items.get(key)
            if it is None:
                it = self.items[key] = OsoItem(key)
            return it

        for ns, obj, rel, sub in tuples:
            is_user = sub.startswith("User:")
            if ns == "Group":
                g = group(f"Group:{obj}#members")
                (g.users.append(sub) if is_user else g.groups.append(group(sub)))
                continue
            it = item(f"{ns}:{obj}")
            if rel == "parents":
                it.parents.append(item(sub))
            elif is_user:
                getattr(it, rel).append(sub)
            else:
                getattr(it, rel[:-1] + "_groups").append(group(sub))
        self.oso = OsoEngine()
        self.oso.register_class(OsoUser, name="User")
        self.oso.register_class(OsoGroup, name="Group")
        self.oso.register_class(OsoItem, name="Item")
        self.oso.load_str(POLAR)

    def queries(self, checks: list) -> list:
        return [(sub, rel, f"{ns}:{obj}") for (ns, obj, rel, sub), _ in checks]

    def check(self, q) -> bool:
        # the application's part: find the actor and the resource
        item = self.items.get(q[2]) or OsoItem(q[2])
        return self.oso.is_allowed(OsoUser(q[0]), q[1], item)


SYSTEMS = {"engine": Engine, "pycasbin": Casbin, "oso": Oso}


# ---------------------------------------------------------------- side by side

BLOCK = 250  # checks per block when the measures take turns


def side_by_side(ds: data.Dataset, names: list[str], oso_checks: int, rows: list) -> dict:
    """Load every system (timed one after the other), then time the checks
    with the measures taking turns: blocks of BLOCK checks, each measure's
    block in turn, the order rotating every block. A shared machine's speed
    drifts over a run (other tenants of the host); taking turns lets every
    measure meet the same drift, so that the ratios compare like with like.

    The loaded structures are then frozen out of the cyclic garbage
    collector (gc.freeze, as the terminal playground does after a load):
    otherwise a collection triggered during one system's block would walk
    every system's heap and bill it to that one."""
    checks = ds.checks
    systems, loads = {}, {}
    for name in names:
        gc.collect()
        with Stopwatch() as sw:
            systems[name] = SYSTEMS[name](ds.tuples)
        loads[name] = sw
    measures = []  # (measure name, check function, queries, the checks they answer)
    for name in names:
        system = systems[name]
        run = checks[:oso_checks] if name == "oso" else checks
        measures.append((name, system.check, system.queries(run), run))
        if name == "engine":
            measures.append(("engine-core", system.core_check_fn(), system.core_queries(checks), checks))
            measures.append(("engine-explain", system.explain, system.queries(checks), checks))
    for _, check, queries, _ in measures:
        for q in queries[:WARMUP]:
            check(q)
    gc.collect()
    gc.freeze()
    timed = {m[0]: ([], [], []) for m in measures}
    n = max(len(m[2]) for m in measures)
    try:
        for block, start in enumerate(range(0, n, BLOCK)):
            k = block % len(measures)
            for name, check, queries, _ in measures[k:] + measures[:k]:
                if start < len(queries):
                    _time_into(check, queries[start:start + BLOCK], *timed[name])
    finally:
        gc.unfreeze()
    out = {}
    for name, _, _, run in measures:
        wall, cpu, answers = timed[name]
        row = {"bench": "120k", "system": name, "api": _api(name)}
        if name in loads:
            row.update({"tuples": len(ds.tuples), "load_s": loads[name].wall, "load_cpu_s": loads[name].cpu})
        row.update({**stats(wall, cpu), **agreement(run, answers)})
        if name == "engine-explain":
            fast = out["engine"]
            row["ratio_vs_fast"] = {k: round(row[k] / fast[k], 2)
                                    for k in ("p50_us", "p99_us", "mean_us", "cpu_p50_us", "cpu_mean_us")}
        out[name] = emit(row, rows)
    systems.clear()
    gc.collect()
    return out


def _time_into(check, queries: list, wall: list, cpu: list, answers: list) -> None:
    """Time each call, appending to the given lists (see time_checks)."""
    clock, cpu_clock = time.perf_counter_ns, time.thread_time_ns
    for q in queries:
        c0 = cpu_clock()
        t0 = clock()
        r = check(q)
        t1 = clock()
        c1 = cpu_clock()
        wall.append(t1 - t0)
        cpu.append(c1 - c0)
        answers.append(r)


def _api(name: str) -> str:
    return {"engine": "Workspace.check(query_text)", "pycasbin": "Enforcer.enforce(sub, obj, act)",
            "oso": "Oso.is_allowed(actor, action, resource)",
            "engine-core": "Checker.check(ns, obj, rel, subject) (pre-parsed)",
            "engine-explain": "Workspace.check(query_text, explain=True)"}[name]


# ---------------------------------------------------------------- subprocesses

def worker(kind: str, directory: Path, n_checks: int) -> dict:
    """Runs in a fresh interpreter: load one system, run checks, report
    memory. Input is read from the generated files (the same for all)."""
    before = rss_kb()
    checks = data.read_checks(directory / "checks.json")[:n_checks]
    out: dict = {"worker": kind, "rss_start_kb": before["rss_kb"]}
    if kind == "engine-file":
        import engine.workspace  # noqa: F401  (imports are not load time)
        out["rss_input_kb"] = rss_kb()["rss_kb"]
        with Stopwatch() as sw:
            ws = Engine.load_file(directory / "drive.opl.yaml")
        out["load_s"], out["load_cpu_s"] = sw.wall, sw.cpu
        out["tuples"] = len(ws.store)
        system = Engine.__new__(Engine)
        system.ws = ws
    else:
        cls = SYSTEMS["engine" if kind == "engine-memory" else kind]
        tuples = data.read_tuple_file(directory / "drive.tuples")
        out["tuples"] = len(tuples)
        if kind == "engine-memory":
            import engine.workspace  # noqa: F401
        elif kind == "pycasbin":
            import casbin  # noqa: F401
        else:
            import oso  # noqa: F401
        out["rss_input_kb"] = rss_kb()["rss_kb"]
        with Stopwatch() as sw:
            system = cls(tuples)
        out["load_s"], out["load_cpu_s"] = sw.wall, sw.cpu
    out["rss_loaded_kb"] = rss_kb()["rss_kb"]
    if checks:
        wall, cpu, answers = time_checks(system.check, system.queries(checks), warmup=min(WARMUP, len(checks)))
        out.update(stats(wall, cpu))
        out.update(agreement(checks, answers))
    out["peak_kb"] = rss_kb()["peak_kb"]
    out["peak_mb"] = round(out["peak_kb"] / 1024, 1)
    out["loaded_minus_input_mb"] = round((out["rss_loaded_kb"] - out["rss_input_kb"]) / 1024, 1)
    return out


def run_worker(kind: str, directory: Path, n_checks: int) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--data", str(directory),
           "--checks", str(n_checks)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        return {"worker": kind, "error": proc.stderr.strip().splitlines()[-1:] or ["exit %d" % proc.returncode]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- machine

def engine_revision() -> dict:
    """Which engine code was measured: the commit, and a digest of engine/."""
    commit, digest, _ = source_revision("engine")
    return {"commit": commit, "engine_sha256": digest}


def versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version
    out = {}
    for pkg in ("opl-studio", "casbin", "oso", "lark"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = None
    return out


# ---------------------------------------------------------------- main

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="oso on 1,000 checks; no 1M variant")
    ap.add_argument("--systems", default="engine,pycasbin,oso", help="comma-separated: engine,pycasbin,oso")
    ap.add_argument("--oso-checks", type=int, default=None, help="checks for oso (default: all 10,000)")
    ap.add_argument("--memory-checks", type=int, default=10_000,
                    help="checks each memory subprocess runs (oso: at most 1,000)")
    ap.add_argument("--no-1m", action="store_true", help="skip the 1M-tuple variant")
    ap.add_argument("--data-dir", type=Path, help="keep the generated workspaces here (default: a temp dir)")
    ap.add_argument("--results", type=Path, default=HERE / "results", help="folder for engine-<date>.json")
    # internal: one memory measurement in a fresh interpreter
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--checks", type=int, default=10_000, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        print(json.dumps(worker(args.worker, args.data, args.checks)))
        return 0

    names = [n.strip() for n in args.systems.split(",") if n.strip()]
    unknown = [n for n in names if n not in SYSTEMS]
    if unknown:
        ap.error(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}")
    oso_checks = args.oso_checks or (1_000 if args.quick else data.SHAPE.checks)
    skip_1m = args.no_1m or args.quick

    started = time.time()
    report: dict = {"date": datetime.datetime.now().isoformat(timespec="seconds"), "machine": machine(),
                    "versions": versions(), "revision": engine_revision(), "load_before": load_snapshot(), "timer_overhead": timer_overhead(),
                    "rows": []}
    rows = report["rows"]
    print(json.dumps({k: report[k] for k in ("date", "machine", "versions", "revision", "load_before",
                                                  "timer_overhead")}),
          flush=True)

    tmp = None
    base = args.data_dir
    if base is None:
        tmp = tempfile.TemporaryDirectory(prefix="opl-bench-")
        base = Path(tmp.name)
    results: dict = {}
    memory: dict = {}
    big: dict = {}
    try:
        ds = data.build(data.SHAPE)
        d120 = base / "drive-120k"
        data.write_workspace(ds, d120)
        emit({"bench": "dataset", "tuples": len(ds.tuples), "checks": len(ds.checks), "allowed": ds.allowed,
              "denied": len(ds.checks) - ds.allowed, "generate_s": round(ds.seconds, 2)}, rows)

        results = side_by_side(ds, names, oso_checks, rows)
        if "engine" in names:
            gc.collect()
            with Stopwatch() as sw:
                ws = Engine.load_file(d120 / "drive.opl.yaml")
            results["engine-file-load"] = emit(
                {"bench": "120k", "system": "engine", "load_from_file_s": sw.wall, "load_from_file_cpu_s": sw.cpu,
                 "tuples": len(ws.store), "note": "Workspace.load(drive.opl.yaml) + first check"}, rows)
            del ws
        del ds
        gc.collect()

        # peak memory, one fresh interpreter per system
        kinds = (["engine-file", "engine-memory"] if "engine" in names else []) + [n for n in names if n != "engine"]
        for kind in kinds:
            n = min(args.memory_checks, 1_000) if kind == "oso" else args.memory_checks
            memory[kind] = emit({"bench": "120k-memory", **run_worker(kind, d120, n)}, rows)

        # the 1M-tuple variant, our engine only
        if not skip_1m and "engine" in names:
            d1m = base / "drive-1m"
            t0 = time.perf_counter()
            gen = subprocess.run([sys.executable, str(HERE / "drive_data.py"), "--out", str(d1m), "--scale", "1m"],
                                 capture_output=True, text=True, cwd=ROOT)
            if gen.returncode != 0:
                emit({"bench": "1m", "error": gen.stderr.strip()[-500:]}, rows)
            else:
                emit({"bench": "1m-dataset", "summary": gen.stderr.strip(),
                      "generate_s": round(time.perf_counter() - t0, 1)}, rows)
                big["file"] = emit({"bench": "1m", **run_worker("engine-file", d1m, 10_000)}, rows)
                big["memory"] = emit({"bench": "1m", **run_worker("engine-memory", d1m, 1_000)}, rows)
    finally:
        if tmp is not None:
            tmp.cleanup()

    report["load_after"] = load_snapshot()
    report["runtime_s"] = round(time.time() - started, 1)
    report["summary"] = summarize(results, memory, big)
    print(json.dumps({"summary": report["summary"], "load_after": report["load_after"],
                      "runtime_s": report["runtime_s"]}), flush=True)
    args.results.mkdir(parents=True, exist_ok=True)
    out = args.results / f"engine-{datetime.date.today().isoformat()}.json"
    out.write_text(json.dumps(report, indent=1) + "\n")
    print(f"wrote {out}", file=sys.stderr)
    return 0


def summarize(results: dict, memory: dict, big: dict) -> dict:
    """The figures docs/perf-engine.md quotes: targets and ratios."""
    s: dict = {}
    eng = results.get("engine")
    if eng:
        for k in ("p50_us", "p99_us", "mean_us", "cpu_p50_us", "cpu_p99_us", "cpu_share", "load_s"):
            s[f"engine_{k}"] = eng[k]
        s["target_p50_le_20us"] = eng["p50_us"] <= 20
        s["target_p99_le_200us"] = eng["p99_us"] <= 200
        for other in ("pycasbin", "oso"):
            o = results.get(other)
            if o:
                # how many times slower the other system is (above 1: ours is faster)
                s[f"{other}_over_engine"] = {k: round(o[k] / eng[k], 2)
                                             for k in ("p50_us", "p99_us", "mean_us", "cpu_p50_us", "cpu_p99_us")}
        fl = results.get("engine-file-load")
        if fl:
            s["engine_load_from_file_s"] = fl["load_from_file_s"]
        core = results.get("engine-core")
        if core:
            s["engine_core_p50_us"], s["engine_core_p99_us"] = core["p50_us"], core["p99_us"]
        ex = results.get("engine-explain")
        if ex:
            s["explain_ratio"] = ex["ratio_vs_fast"]
            s["target_explain_within_5x"] = ex["ratio_vs_fast"]["mean_us"] <= 5
    s["peak_mb_120k"] = {k: v.get("peak_mb") for k, v in memory.items()}
    if big.get("file"):
        f = big["file"]
        s["1m_tuples"] = f.get("tuples")
        s["1m_load_from_file_s"] = f.get("load_s")
        s["1m_peak_mb_from_file"] = f.get("peak_mb")
        s["1m_load_from_file_cpu_s"] = f.get("load_cpu_s")
        s["1m_p50_us"], s["1m_p99_us"] = f.get("p50_us"), f.get("p99_us")
        s["target_1m_load_le_3s"] = f.get("load_s") is not None and f["load_s"] <= 3
        s["target_1m_le_600mb"] = f.get("peak_mb") is not None and f["peak_mb"] <= 600
    if big.get("memory"):
        s["1m_load_in_memory_s"] = big["memory"].get("load_s")
        s["1m_peak_mb_in_memory"] = big["memory"].get("peak_mb")
    return s


if __name__ == "__main__":
    sys.exit(main())
