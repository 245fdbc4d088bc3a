"""Responsiveness of the terminal playground (`opl play`) on the 120k-tuple Drive dataset.

Measures the real app (Textual, headless, driven by its Pilot) on the dataset
of the engine benchmark (`drive_data.py`, seed 42: 117,402 tuples):

* start-up, in a fresh interpreter each time, from the process start (so
  Python, Textual and the engine imports count):
  - **interactive**: the first frame is drawn and the query bar has the focus
    (the workspace loads in a thread behind it);
  - **loaded**: the schema, the 117k-row tuples table and the problems are on
    screen and checks answer;
* **check + tree**: from pressing enter in the query bar to the first frame
  drawn with the verdict and the derivation tree (`frame_*`: engine, widgets
  and drawing included), for an allowed check through folders and nested
  groups and for a denied one (a denial explores every branch: the biggest
  trees); `check_*` is the same until Pilot sees the app idle again (it polls
  in 20 ms sleeps, so it is an upper bound), with its CPU time;
* **what-if edit**: adding a tuple with two pinned watches, up to the first
  frame with the table, watches, result and header redrawn (`frame_what_if`;
  `what_if` is until Pilot sees the app idle);
* **filter**: a filter over the 117k rows, likewise (`frame_filter`, `filter`).

Wall-clock and CPU time are both recorded: on a shared, busy machine the wall
clock includes waiting for a CPU (see docs/perf-tui.md).

    .venv/bin/python bench/tui_bench.py                # ~1–2 min
    .venv/bin/python bench/tui_bench.py --runs 10 --json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
for p in (ROOT, HERE):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from machine_info import cpu_model  # noqa: E402

SIZE = (120, 40)


def dataset(folder: Path) -> Path:
    """The Drive workspace (generated once into `folder`, then reused)."""
    ws = folder / "drive.opl.yaml"
    if not ws.exists():
        from drive_data import build, write_workspace  # the engine benchmark's generator
        write_workspace(build(), folder)
    return ws


def machine() -> dict:
    return {"cpu": cpu_model(platform.machine()), "cores": os.cpu_count(), "os": f"{platform.system()} {platform.release()}",
            "python": platform.python_version(), "load_average": list(os.getloadavg())}


def summary(values: list[float]) -> dict:
    ms = sorted(v * 1000 for v in values)
    return {"runs": len(ms), "median_ms": round(statistics.median(ms), 1), "min_ms": round(ms[0], 1),
            "max_ms": round(ms[-1], 1)}


# ---------------------------------------------------------------- start-up (child process)

def _startup_child(ws_path: str, t_spawn: float) -> None:
    """Runs in a fresh interpreter: prints seconds since `t_spawn` (wall) and
    CPU seconds of the process, at interactive and at loaded."""
    from tui.app import PlayApp

    async def run() -> dict:
        app = PlayApp(ws_path, watch=False, history_file=None, recovery_dir=None)
        out = {}
        async with app.run_test(size=SIZE) as pilot:
            await asyncio.wait_for(app.ready.wait(), 120)
            # ready is set once the first frame is drawn with the query bar focused
            out["interactive_wall"] = time.time() - t_spawn
            out["interactive_cpu"] = time.process_time()
            assert app.query_one("#query-input").has_focus
            await asyncio.wait_for(app.loaded.wait(), 300)
            await pilot.pause()
            out["loaded_wall"] = time.time() - t_spawn
            out["loaded_cpu"] = time.process_time()
            out["tuples"] = len(app.session.ws.store)
        return out

    print(json.dumps(asyncio.run(run())))


def startup(ws_path: Path, runs: int) -> dict:
    samples = []
    for _ in range(runs):
        t_spawn = time.time()
        out = subprocess.run([sys.executable, __file__, "--startup-child", str(ws_path), repr(t_spawn)],
                             capture_output=True, text=True, check=True, cwd=ROOT)
        samples.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {key: summary([s[key] for s in samples]) for key in
            ("interactive_wall", "interactive_cpu", "loaded_wall", "loaded_cpu")}


# ---------------------------------------------------------------- interactions (this process)

def pick_queries(ws) -> tuple[str, str]:
    """An allowed check whose tree goes through folders and groups, and a
    denied one with a big tree."""
    allowed = denied = None
    best = 0
    for d in range(0, 2000, 7):
        for u in range(0, 10000, 997):
            q = f"Document:d{d}#view@User:u{u}"
            r = ws.check(q, explain=True)
            size = sum(1 for _ in r.tree.walk())
            if r.allowed and allowed is None and size > 20:
                allowed = q
            elif not r.allowed and size > best:
                denied, best = q, size
        if allowed and best > 300:
            break
    return allowed, denied


async def interactions(ws_path: Path, runs: int) -> dict:
    from tui.app import PlayApp
    from tui.components.result_panel import ResultPanel
    from tui.components.tuples_table import TuplesTable

    app = PlayApp(str(ws_path), watch=False, history_file=None, recovery_dir=None)
    wall: dict[str, list[float]] = {"check_allowed": [], "check_denied": [], "engine_allowed": [],
                                    "engine_denied": [], "what_if": [], "filter": [],
                                    "frame_allowed": [], "frame_denied": [], "frame_what_if": [],
                                    "frame_filter": []}
    cpu: dict[str, list[float]] = {k: [] for k in wall}
    info = {}
    async with app.run_test(size=SIZE) as pilot:
        await asyncio.wait_for(app.loaded.wait(), 300)
        await pilot.pause()
        ws = app.session.ws
        info["tuples"] = len(ws.store)
        allowed, denied = pick_queries(ws)
        info["queries"] = {"allowed": allowed, "denied": denied}
        info["tree_steps"] = {k: sum(1 for _ in ws.check(q, explain=True).tree.walk())
                              for k, q in (("allowed", allowed), ("denied", denied))}
        panel = app.query_one(ResultPanel)
        bar = app.query_one("#query-input")
        # when each frame was drawn, and which query's answer it showed: the
        # latency to the frame, without Pilot's own idle polling
        frames: list[tuple[float, str | None]] = []
        screen = app.screen
        draw = screen._compositor_refresh

        def recording_draw():
            draw()
            frames.append((time.perf_counter(), panel.shown_query))
        screen._compositor_refresh = recording_draw
        for _ in range(runs):
            for key, q in (("allowed", allowed), ("denied", denied)):
                t0, c0 = time.perf_counter(), time.thread_time()
                ws.check(q, explain=True)
                wall[f"engine_{key}"].append(time.perf_counter() - t0)
                cpu[f"engine_{key}"].append(time.thread_time() - c0)
                bar.focus()
                bar.value = q
                await pilot.pause()
                frames.clear()
                t0, c0 = time.perf_counter(), time.thread_time()
                await pilot.press("enter")
                await pilot.pause()  # the frame with the result is drawn
                assert panel.shown_query == q
                wall[f"check_{key}"].append(time.perf_counter() - t0)
                cpu[f"check_{key}"].append(time.thread_time() - c0)
                drawn = next(t for t, shown in frames if shown == q)
                wall[f"frame_{key}"].append(drawn - t0)
        app.session.pin(allowed)
        app.session.pin(denied)
        for i in range(runs):
            frames.clear()
            t0, c0 = time.perf_counter(), time.thread_time()
            app.apply_what_if(add=[f"Group:g{i}#members@User:bench{i}"])
            done = time.perf_counter()  # the state is updated: the next frame shows it
            await pilot.pause()
            wall["what_if"].append(time.perf_counter() - t0)
            cpu["what_if"].append(time.thread_time() - c0)
            wall["frame_what_if"].append(next(t for t, _ in frames if t > done) - t0)
        table = app.query_one(TuplesTable)
        for i in range(runs):
            frames.clear()
            t0, c0 = time.perf_counter(), time.thread_time()
            table.set_filter(f"d{i}9#")
            done = time.perf_counter()
            await pilot.pause()
            wall["filter"].append(time.perf_counter() - t0)
            cpu["filter"].append(time.thread_time() - c0)
            wall["frame_filter"].append(next(t for t, _ in frames if t > done) - t0)
    info.update({f"{k}_wall": summary(v) for k, v in wall.items()})
    info.update({f"{k}_cpu": summary(v) for k, v in cpu.items() if v})
    return info


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT / ".cache" / "bench-drive"), help="where the dataset is written")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--out", help="also write the JSON figures to this file")
    ap.add_argument("--startup-child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.startup_child:
        _startup_child(args.startup_child[0], float(args.startup_child[1]))
        return 0

    ws_path = dataset(Path(args.data))
    t0 = time.time()
    figures = {"date": time.strftime("%Y-%m-%d %H:%M"), "machine": machine(), "terminal": f"{SIZE[0]}x{SIZE[1]}"}
    figures["startup"] = startup(ws_path, args.runs)
    figures.update(asyncio.run(interactions(ws_path, args.runs)))
    figures["machine"]["load_average_after"] = list(os.getloadavg())
    figures["seconds"] = round(time.time() - t0, 1)
    text = json.dumps(figures, indent=2)
    if args.out:
        Path(args.out).write_text(text + "\n")
    if args.json:
        print(text)
        return 0
    m = figures["machine"]
    print(f"{figures['date']} · {m['cpu']}, {m['cores']} cores · load {m['load_average'][0]:.1f} · "
          f"{figures['tuples']:,} tuples · terminal {figures['terminal']}")
    s = figures["startup"]
    for key in ("interactive", "loaded"):
        print(f"  start-up to {key:<12} wall median {s[key + '_wall']['median_ms']:8.1f} ms"
              f"   CPU {s[key + '_cpu']['median_ms']:8.1f} ms")
    for key in ("frame_allowed", "frame_denied", "check_allowed", "check_denied", "engine_allowed", "engine_denied",
                "frame_what_if", "what_if", "frame_filter", "filter"):
        w, c = figures[f"{key}_wall"], figures.get(f"{key}_cpu")
        print(f"  {key:<16} wall median {w['median_ms']:8.1f} ms (max {w['max_ms']:8.1f})"
              + (f"   CPU median {c['median_ms']:8.1f} ms" if c else ""))
    print(f"  trees: {figures['tree_steps']} steps for {figures['queries']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
