"""`opl play [WORKSPACE]`: the terminal playground.

The app composes the components, owns the Session (tui/session.py) and
answers the components' messages (tui/messages.py). Loading runs in a
thread so that the window is interactive at once even for 120k tuples;
tests and lookups run in threads too. Everything else — checks, what-if
edits, watches — runs on the event loop: each is a few milliseconds.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, TabbedContent, TabPane
from textual.worker import get_current_worker

from . import highlight
from .completion import SubjectIndex, complete
from .components.dialogs import ChoiceDialog, TupleDialog
from .components.header import StatusHeader
from .components.help_screen import HelpScreen
from .components.problems_panel import ProblemList, ProblemsPanel
from .components.query_bar import QueryBar, QueryInput
from .components.result_panel import ResultPanel
from .components.schema_view import SchemaPanel, SchemaView
from .components.tests_panel import TestsPanel
from .components.trees import ResultTree
from .components.tuples_table import TupleFilter, TuplesPanel, TuplesTable
from .components.watches_panel import WatchesPanel, WatchList
from .history import History, default_history_file
from .recovery import Recovery, default_recovery_dir
from .loading import Snapshot, resolve_target
from .messages import FilesChanged, JumpToSpan, JumpToTuple, PinQuery, RunQuery, UnpinQuery
from .saving import SaveConflict, SaveRefused
from .session import Session, parse_tuple_text
from .watches import Watch

__all__ = ["PlayApp", "main"]

STYLES = Path(__file__).parent / "styles"

_DEFAULT = object()

LEFT_TABS = {"schema": "tab-schema", "tuples": "tab-tuples", "tests": "tab-tests", "problems": "tab-problems"}


class PlayApp(App):
    """opl play — what-if checks with derivation trees."""

    TITLE = "opl play"
    CSS_PATH = [STYLES / name for name in ("app.tcss", "query_bar.tcss", "schema_view.tcss", "tuples.tcss",
                                           "results.tcss", "dialogs.tcss")]
    # below 100 columns the panels stack instead of standing side by side
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]

    HELP = ("Type a query in the bar at the top and press enter. Edit tuples in the Tuples tab: edits are a "
            "what-if layer (unsaved) that every check, watch and test sees at once. Files edited on disk "
            "reload by themselves.")

    BINDINGS = [
        Binding("f1,question_mark", "help", "Help"),
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("ctrl+z", "undo", "Undo edit"),
        Binding("ctrl+r", "reload", "Reload", show=False),
        Binding("ctrl+l", "focus_query", "Query bar", show=False),
        Binding("ctrl+t", "toggle_theme", "Light/dark", show=False),
        Binding("ctrl+a", "add_tuple", "Add tuple", show=False),
        Binding("f8", "discard", "Discard edits", show=False),
        Binding("f2", "zoom", "Zoom panel", show=False),
        Binding("1", "show('schema')", "Schema", show=False),
        Binding("2", "show('tuples')", "Tuples", show=False),
        Binding("3", "show('tests')", "Tests", show=False),
        Binding("4", "show('problems')", "Problems", show=False),
        Binding("5", "show('result')", "Result", show=False),
        Binding("6", "show('watches')", "Watches", show=False),
    ]

    def __init__(self, workspace: str | None = None, *, watch: bool = True, history_file=_DEFAULT,
                 recovery_dir=_DEFAULT) -> None:
        super().__init__()
        self.target = resolve_target(workspace)
        path = default_history_file() if history_file is _DEFAULT else history_file
        self.session = Session(self.target, History(Path(path) if path is not None else None))
        folder = default_recovery_dir() if recovery_dir is _DEFAULT else recovery_dir
        # unsaved what-if edits, on disk while they exist (see recovery.py)
        self.recovery = Recovery(Path(folder) if folder is not None else None, self.target)
        self.watching = watch
        self.index = SubjectIndex()
        self.ready = asyncio.Event()  # the window is up and takes keys
        self.loaded = asyncio.Event()  # the workspace is on screen
        self.tests_done = asyncio.Event()
        self._loading = False
        self._reload_again = False
        self._asking = False
        self._stale = False
        self._watch_folders: list[str] = []
        self._watch_stop: asyncio.Event | None = None
        self._tests_pending = False
        self._tests_running = False

    # ------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield StatusHeader(id="app-header")
        yield QueryBar(self.session.history, self._complete_query, id="query-bar")
        with Horizontal(id="body"):
            with TabbedContent(id="left", initial="tab-schema"):
                with TabPane("Schema 1", id="tab-schema"):
                    yield SchemaPanel(id="schema-panel")
                with TabPane("Tuples 2", id="tab-tuples"):
                    yield TuplesPanel(id="tuples-panel")
                with TabPane("Tests 3", id="tab-tests"):
                    yield TestsPanel(id="tests-panel")
                with TabPane("Problems 4", id="tab-problems"):
                    yield ProblemsPanel(id="problems-panel")
            with Vertical(id="right"):
                yield ResultPanel(id="result-panel")
                yield WatchesPanel(id="watches-panel")
        yield Footer()

    def on_mount(self) -> None:
        self._header(loading=True)
        self.query_one(WatchesPanel).set_watches([])
        self.query_one("#query-input", QueryInput).focus()
        self.theme_changed_signal.subscribe(self, self._on_theme)
        self._watch_terminal()
        # the first frame first: the loading thread would compete with it for the GIL
        self.call_after_refresh(self._first_frame)

    def _watch_terminal(self) -> None:
        """Exit when the terminal goes away.

        A closed terminal window (or a killed tmux session) hangs up the
        tty; the process hears nothing of it when a parent such as `make`
        holds on to the SIGHUP, and Textual's input thread then spins on a
        tty that reads as empty forever, at full CPU. A hung-up tty is no
        longer a tty: poll for that."""
        if self.is_headless:
            return
        try:
            fd = sys.__stdin__.fileno()
        except (AttributeError, ValueError, OSError):
            return
        if not os.isatty(fd):
            return

        def check() -> None:
            if not os.isatty(fd):
                self.exit(return_code=1)  # no one is left to read a message

        self.set_interval(1.0, check, name="terminal-watch")

    def _first_frame(self) -> None:
        self.ready.set()
        self._start_load()

    # ------------------------------------------------------------ loading

    def _start_load(self) -> None:
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self._load_worker()

    @work(thread=True, group="load")
    def _load_worker(self) -> None:
        worker = get_current_worker()
        try:
            snap = self.session.read()
        except Exception as e:  # loading never raises by design; this is the last guard
            self.call_from_thread(self._load_failed, f"{type(e).__name__}: {e}")
            return
        if not worker.is_cancelled:
            self.call_from_thread(self._install, snap)

    @staticmethod
    def _freeze_memory(full: bool) -> None:
        """Keep the garbage collector off the workspace's objects.

        A 120k-tuple workspace is millions of objects; every full collection
        would walk them all, in the middle of a keystroke. Frozen objects are
        never walked. After a full reload the old snapshot is garbage: thaw,
        collect it once, freeze the new one."""
        import gc
        if full:
            gc.unfreeze()
            gc.collect()
        gc.freeze()

    def _load_failed(self, message: str) -> None:
        self._loading = False
        self.notify(f"Could not load the workspace: {message}", severity="error", timeout=8)
        self._header()

    def _install(self, snap: Snapshot) -> None:
        first = not self.session.loaded
        previous = self.session.snapshot
        flipped = self.session.install(snap)
        if first:
            self._restore_unsaved()
        self._freeze_memory(full=previous is not None and not snap.store_reused)
        self._loading = False
        self._stale = False
        example = next((r.text for r in self.session.rows.rows if r.tuple is not None), None)
        if example:
            self.query_one("#query-input", QueryInput).placeholder = (
                f"check {example}   (tab completes, ↑ history, F1 help)")
        self._refresh_all()
        if flipped and not first:
            self._report_flips(flipped, "the change on disk")
        self.loaded.set()
        self._validate_worker(snap)
        if self.watching:
            self._ensure_watcher()
        if self._reload_again:
            self._reload_again = False
            self._start_load()

    @work(thread=True, group="validate")
    def _validate_worker(self, snap: Snapshot) -> None:
        try:
            problems = self.session.validate(snap)
        except Exception as e:  # advice only: never worth a crash
            problems = []
            self.call_from_thread(self.notify, f"Tuple validation failed: {e}", severity="warning")
        self.call_from_thread(self._validated, snap, problems)

    def _validated(self, snap: Snapshot, problems: list) -> None:
        if not self.session.add_validation(snap, problems):
            return
        self.query_one(ProblemsPanel).set_problems(snap.problems, str(snap.root))
        self.query_one(TuplesTable).refresh()

    def _refresh_all(self) -> None:
        snap = self.session.snapshot
        if snap is None:
            return
        panel = self.query_one(SchemaPanel)
        name = snap.schema_file and os.path.basename(snap.schema_file)
        if snap.schema_inline:
            name = f"{name} (schema: inline)"
        panel.set_title(f"{name or 'no schema file'} · {len(snap.schema_diagnostics)} problem"
                        f"{'s' if len(snap.schema_diagnostics) != 1 else ''}")
        try:
            spans = highlight.spans(snap.ws.analysis)
        except Exception:  # highlighting is decoration: plain text rather than no text
            spans = []
        panel.view.set_schema(snap.schema_text, spans, snap.schema_diagnostics)
        panel.update_status()
        self.query_one(ProblemsPanel).set_problems(snap.problems, str(snap.root))
        self._refresh_tuples()
        self._after_change(rerun_result=True)

    def _refresh_tuples(self) -> None:
        self.query_one(TuplesTable).set_rows(self.session.rows, self.session.whatif)

    def _header(self, loading: bool = False) -> None:
        snap = self.session.snapshot
        header = self.query_one(StatusHeader)
        if snap is None:
            header.show(str(self.target), loading=True)
            return
        header.show(snap.display_name, loading=loading or self._loading, schema_errors=len(snap.ws.analysis.errors),
                    load_error=snap.error is not None, tuples=len(snap.ws.store),
                    unsaved=self.session.whatif.summary() if self.session.dirty else "", stale=self._stale)

    def _after_change(self, rerun_result: bool = True) -> None:
        """The tuples or the schema changed: watches, result, tests, header."""
        self.recovery.write(self.session.whatif)
        self.query_one(WatchesPanel).set_watches(list(self.session.watches))
        self._header()
        if rerun_result:
            self._rerun_result()
        self._run_tests()

    def _rerun_result(self) -> None:
        panel = self.query_one(ResultPanel)
        outcome = panel.outcome
        if outcome is None or outcome.query.verb in ("error", "lookup_objects", "lookup_subjects"):
            return
        from .query import run
        panel.show(run(outcome.query, self.session.ws), self.session.ws.analysis.source)

    def on_unmount(self) -> None:
        if self._watch_stop is not None:
            self._watch_stop.set()  # let watchfiles' thread end with the app

    # ------------------------------------------------------------ watching

    def _ensure_watcher(self) -> None:
        snap = self.session.snapshot
        folders = self._folders(snap)
        if folders == self._watch_folders and self._watch_stop is not None:
            return
        if self._watch_stop is not None:
            self._watch_stop.set()
        self._watch_folders = folders
        self._watch_stop = asyncio.Event()
        self._watch(folders, self._watch_stop)

    @staticmethod
    def _folders(snap: Snapshot) -> list[str]:
        from .watcher import folders_for
        files = set(snap.watched_files())
        if snap.ws.path is None or snap.error is not None:
            files.add(str(snap.root / "_"))  # a directory workspace: its folder
        return folders_for(files, snap.target)

    @work(group="watch", exclusive=False)
    async def _watch(self, folders: list[str], stop: asyncio.Event) -> None:
        from .watcher import watch_folders
        try:
            await watch_folders(folders, lambda paths: self.post_message(FilesChanged(paths)), stop)
        except Exception as e:  # no live reload rather than no playground
            self.notify(f"Live reload stopped: {e}", severity="warning", timeout=6)

    def on_files_changed(self, message: FilesChanged) -> None:
        snap = self.session.snapshot
        if snap is None:
            return
        relevant = {p for p in message.paths if snap.is_relevant(p)}
        if not relevant:
            return
        if all(self.session.is_own_write(p) for p in relevant) or not self.session.dirty:
            self._start_load()
            return
        self._ask_about_disk_change(relevant)

    def _ask_about_disk_change(self, paths: set[str]) -> None:
        if self._asking:
            return
        self._asking = True
        names = ", ".join(sorted(os.path.basename(p) for p in paths))
        n = self.session.whatif.count

        def answer(choice: str | None) -> None:
            self._asking = False
            if choice == "reapply":
                self._start_load()
                self.notify("Reloaded; your what-if edits are applied on top", timeout=4)
            elif choice == "discard":
                self.session.discard()
                self._start_load()
            else:
                self._stale = True
                self._header()

        self.push_screen(ChoiceDialog(
            "Files changed on disk",
            f"{names} changed on disk while you have {n} unsaved what-if edit{'s' if n != 1 else ''}.\n"
            "Reload and keep your edits on top, reload and drop them, or keep working on the old version "
            "(ctrl+r reloads later).",
            [("reapply", "r", "Reload, keep my edits"), ("discard", "d", "Reload, drop my edits"),
             ("later", "l", "Not now")]), answer)

    # ------------------------------------------------------------ queries

    def _complete_query(self, text: str):
        if not self.session.loaded:
            return []
        return complete(text, self.session.ws, "query", self.index, self.session.generation)

    def _complete_tuple(self, text: str):
        if not self.session.loaded:
            return []
        return complete(text, self.session.ws, "tuple", self.index, self.session.generation)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "query-input":
            event.stop()
            self.run_query(event.value)

    def run_query(self, text: str) -> None:
        if not text.strip():
            return
        if not self.session.loaded:
            self.notify("Still loading the workspace…", timeout=2)
            return
        from . import query as q
        try:
            parsed = q.parse(text)
        except q.QueryError:
            parsed = None
        if parsed is not None and parsed.verb.startswith("lookup"):
            self.session.history.add(text)
            self.query_one(ResultPanel).query_one("#result-title").update(f"lookup running… ({text.strip()})")
            self._lookup(parsed, self.session.generation)
            return
        outcome = self.session.run(text)
        self.query_one(ResultPanel).show(outcome, self.session.ws.analysis.source)

    @work(thread=True, group="lookup", exclusive=True)
    def _lookup(self, parsed, generation: int) -> None:
        from . import query as q
        outcome = q.run(parsed, self.session.ws)
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._show_lookup, outcome, generation)

    def _show_lookup(self, outcome, generation: int) -> None:
        if generation != self.session.generation and outcome.error is not None:
            outcome.error += " (the tuples changed while it ran: run it again)"
        self.query_one(ResultPanel).show(outcome, self.session.ws.analysis.source)

    def on_run_query(self, message: RunQuery) -> None:
        bar = self.query_one("#query-input", QueryInput)
        bar.value = message.text
        self.run_query(message.text)

    def on_pin_query(self, message: PinQuery) -> None:
        if not self.session.loaded:
            return
        from . import query as q
        try:
            parsed = q.parse(message.text)
        except q.QueryError as e:
            self.notify(f"Cannot pin: {e}", severity="error", timeout=4)
            return
        if parsed.verb != "check":
            self.notify("Only checks can be pinned as watches", severity="warning", timeout=3)
            return
        w = self.session.pin(parsed.target)
        self.query_one(WatchesPanel).set_watches(list(self.session.watches))
        self.notify(f"Watching {w.query}: {w.verdict}", timeout=3)

    def on_unpin_query(self, message: UnpinQuery) -> None:
        self.session.unpin(message.text)
        self.query_one(WatchesPanel).set_watches(list(self.session.watches))

    def on_query_bar_leave(self, message: QueryBar.Leave) -> None:
        self.query_one(ResultTree).focus()

    # ------------------------------------------------------------ jumps

    def on_jump_to_span(self, message: JumpToSpan) -> None:
        self.query_one("#left", TabbedContent).active = "tab-schema"
        self.query_one(SchemaView).show_span(message.start, message.end)
        self.query_one(SchemaPanel).update_status()

    def on_jump_to_tuple(self, message: JumpToTuple) -> None:
        self.query_one("#left", TabbedContent).active = "tab-tuples"
        table = self.query_one(TuplesTable)
        if table.needle:
            self.query_one(TupleFilter).value = ""
            table.set_filter("")
        if table.show_line(message.file, message.line):
            table.focus()

    # ------------------------------------------------------------ what-if

    def _restore_unsaved(self) -> None:
        """Put back the what-if edits a previous playground on this
        workspace ended with (unsaved, as they were)."""
        found = self.recovery.read()
        if found is None:
            return
        session = self.session
        restored = 0
        for old, new in found.replaced:
            try:
                change, _ = session.replace(parse_tuple_text(old), new)
                if change is None:  # the old tuple is gone from the files: keep the new one
                    change, _ = session.add([new], label="recovered edit")
            except ValueError:
                continue
            restored += change is not None
        for verb, texts in (("remove", found.removed), ("add", found.added)):
            for text in texts:
                try:
                    change, _ = (session.remove if verb == "remove" else session.add)([text], label="recovered edit")
                except ValueError:
                    continue
                restored += change is not None
        if restored:
            self.notify(f"Restored {restored} unsaved what-if edit{'s' if restored != 1 else ''} from a "
                        "playground that ended without saving: ctrl+s saves them, F8 discards them.",
                        title="Unsaved edits restored", timeout=10)

    def apply_what_if(self, add=(), remove=(), label: str = "what-if") -> list[Watch]:
        """Apply an edit and show what it changed (also the benchmark's entry point)."""
        try:
            change, flipped = self.session.apply(add=add, remove=remove, label=label)
        except ValueError as e:
            self.notify(str(e), severity="error", timeout=4)
            return []
        self._edited(change, flipped)
        return flipped

    def _edited(self, change, flipped: list[Watch]) -> None:
        if change is None:
            self.notify("Nothing changed: the tuples already are that way", timeout=3)
            return
        table = self.query_one(TuplesTable)
        table.rebuild()
        added = [t for op, t in change.undo if op == "remove"]
        if added:
            table.show_tuple(added[-1])
        self._after_change()
        self._report_flips(flipped, change.label)

    def _report_flips(self, flipped: list[Watch], what: str) -> None:
        if not flipped:
            return
        lines = [f"⇄ {w.query}: {w.before} → {w.verdict}" for w in flipped[:5]]
        more = f"\n… and {len(flipped) - 5} more" if len(flipped) > 5 else ""
        self.notify("\n".join(lines) + more, title=f"{len(flipped)} watched check{'s' if len(flipped) != 1 else ''} "
                    f"flipped by {what}", timeout=6)

    def _tuple_dialog(self, title: str, value: str, on_done) -> None:
        def advise(t):
            from engine.tuple_validation import validate_tuples
            from engine.tuples import TupleEntry
            try:
                return [d.message for d in validate_tuples([TupleEntry(t, 0, 0, 0)], self.session.ws.schema)]
            except Exception:
                return []
        self.push_screen(TupleDialog(title, value, parse_tuple_text, advise, self._complete_tuple), on_done)

    def on_tuples_table_add_requested(self, message: TuplesTable.AddRequested) -> None:
        self.action_add_tuple(message.text)

    def action_add_tuple(self, value: str = "") -> None:
        if not self.session.loaded:
            return

        def done(t) -> None:
            if t is not None:
                change, flipped = self.session.add([t], label=f"adding {t}")
                self._edited(change, flipped)
        self._tuple_dialog("Add a tuple (what-if)", value, done)

    def on_tuples_table_edit_requested(self, message: TuplesTable.EditRequested) -> None:
        row = message.row
        old = row.tuple

        def done(t) -> None:
            if t is None:
                return
            if old is None:
                change, flipped = self.session.add([t], label=f"adding {t}")
            else:
                change, flipped = self.session.replace(old, t)
            self._edited(change, flipped)
        title = "Edit the tuple (what-if)" if old is not None else "This line is not a tuple: add a corrected one"
        self._tuple_dialog(title, row.text, done)

    def on_tuples_table_delete_requested(self, message: TuplesTable.DeleteRequested) -> None:
        t = message.row.tuple
        if message.restore:
            change, flipped = self.session.add([t], label=f"restoring {t}")
        else:
            change, flipped = self.session.remove([t], label=f"deleting {t}")
        self._edited(change, flipped)

    def on_tuples_table_check_requested(self, message: TuplesTable.CheckRequested) -> None:
        self.on_run_query(RunQuery(f"check {message.row.text}"))

    def on_tuples_table_undo_requested(self, message) -> None:
        self.action_undo()

    def on_tuples_table_discard_requested(self, message) -> None:
        self.action_discard()

    def action_undo(self) -> None:
        if not self.session.loaded:
            return
        change, flipped = self.session.undo()
        if change is None:
            self.notify("Nothing to undo", timeout=2)
            return
        self.query_one(TuplesTable).rebuild()
        self._after_change()
        self.notify(f"Undid {change.label}", timeout=3)
        self._report_flips(flipped, "the undo")

    def action_discard(self) -> None:
        if not self.session.dirty:
            self.notify("No unsaved edits", timeout=2)
            return
        n = self.session.whatif.count

        def answer(choice: str | None) -> None:
            if choice == "discard":
                flipped = self.session.discard()
                self.query_one(TuplesTable).rebuild()
                self._after_change()
                self._report_flips(flipped, "discarding the edits")
        self.push_screen(ChoiceDialog("Discard what-if edits?",
                                      f"Drop {n} unsaved edit{'s' if n != 1 else ''} and go back to the files?",
                                      [("discard", "y", "Discard"), ("cancel", "n", "Keep them")]), answer)

    # ------------------------------------------------------------ saving

    def action_save(self, force: bool = False) -> None:
        if not self.session.dirty:
            self.notify("Nothing to save: no what-if edits", timeout=2)
            return
        try:
            written = self.session.save(force=force)
        except SaveConflict as e:
            self._ask_about_conflict(e.paths)
            return
        except SaveRefused as e:
            self.notify(str(e), title="Not saved", severity="error", timeout=8)
            return
        except OSError as e:
            self.notify(f"Could not write: {e}", title="Not saved", severity="error", timeout=8)
            return
        names = ", ".join(os.path.basename(p) for p in written)
        self.notify(f"Saved to {names}", timeout=3)
        self._start_load()

    def _ask_about_conflict(self, paths: list[str]) -> None:
        names = ", ".join(os.path.basename(p) for p in paths)

        def answer(choice: str | None) -> None:
            if choice == "overwrite":
                self.action_save(force=True)
            elif choice == "reload":
                self._start_load()
                self.notify("Reloaded with your edits on top: check them, then save again", timeout=5)
        self.push_screen(ChoiceDialog(
            "Changed on disk",
            f"{names} changed on disk since the playground read it. Saving now would overwrite those "
            "changes.",
            [("reload", "r", "Reload, keep my edits"), ("overwrite", "o", "Overwrite"),
             ("cancel", "c", "Cancel")]), answer)

    def action_reload(self) -> None:
        self._start_load()
        if self.session.dirty:
            self.notify("Reloading; your what-if edits stay on top", timeout=3)

    # ------------------------------------------------------------ tests

    def on_tests_panel_run_requested(self, message) -> None:
        self._run_tests()

    def _run_tests(self) -> None:
        if not self.session.loaded:
            return
        if self._tests_running:
            self._tests_pending = True
            return
        self._tests_running = True
        self.tests_done.clear()
        self.query_one(TestsPanel).show_running()
        self._tests_worker(self.session.generation)

    @work(thread=True, group="tests")
    def _tests_worker(self, generation: int) -> None:
        try:
            report = self.session.run_tests()
            error = None
        except Exception as e:  # e.g. the tuples changed under the run: run again
            report, error = None, f"{type(e).__name__}: {e}"
        self.call_from_thread(self._tests_finished, report, error, generation)

    def _tests_finished(self, report, error, generation: int) -> None:
        self._tests_running = False
        if self._tests_pending or generation != self.session.generation:
            self._tests_pending = False
            self._run_tests()
            return
        panel = self.query_one(TestsPanel)
        if error is not None:
            panel.show_error(error)
        else:
            panel.show_report(report, whatif=self.session.dirty)
        self.tests_done.set()

    # ------------------------------------------------------------ navigation

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        sections = [("Everywhere", PlayApp), ("Query bar", QueryInput), ("Schema view", SchemaView),
                    ("Tuples table", TuplesTable), ("Tuple filter", TupleFilter), ("Result panel", ResultPanel),
                    ("Trees (result, tests)", ResultTree), ("Watches", WatchList), ("Tests", TestsPanel),
                    ("Problems", ProblemList), ("Tuple dialog", TupleDialog), ("Questions", ChoiceDialog)]
        intro = ("ctrl+p opens the command palette (every action by name); ctrl+q quits. Keys 1–6 switch "
                 "panels when the focus is not in a text field; tab and shift+tab move between panels.")
        self.push_screen(HelpScreen(sections, intro))

    def action_focus_query(self) -> None:
        self.query_one("#query-input", QueryInput).focus()

    def action_show(self, where: str) -> None:
        if where in LEFT_TABS:
            tabs = self.query_one("#left", TabbedContent)
            pane = self.query_one(f"#{LEFT_TABS[where]}")
            target = pane.query_one({"schema": SchemaView, "tuples": TuplesTable, "tests": ResultTree,
                                     "problems": ProblemList}[where])
            tabs.active = LEFT_TABS[where]
            target.focus()
        elif where == "result":
            self.query_one("#result-tree", ResultTree).focus()
        elif where == "watches":
            self.query_one(WatchList).focus()

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def action_zoom(self) -> None:
        screen = self.screen
        if screen.maximized is not None:
            screen.minimize()
        elif self.focused is not None:
            screen.maximize(self.focused)

    def _on_theme(self, theme) -> None:
        # labels built with theme colours (watches, problems, trees) are re-rendered
        for widget in (*self.query(WatchList), *self.query(ProblemList)):
            widget.restyle()
        for tree in self.query(ResultTree):
            tree.refresh_labels()
        self._header()

    def get_system_commands(self, screen: Screen):
        yield from super().get_system_commands(screen)
        commands = [
            ("Help: keys", "Every key binding, by panel", self.action_help),
            ("Save what-if edits", "Write the unsaved edits to the tuple files (ctrl+s)", self.action_save),
            ("Discard what-if edits", "Drop every unsaved edit (F8, or X in the tuples table)",
             self.action_discard),
            ("Undo the last edit", "Revert the last what-if edit (ctrl+z)", self.action_undo),
            ("Add a tuple", "A what-if tuple (ctrl+a, or a in the tuples table)", self.action_add_tuple),
            ("Reload from disk", "Read the files again, keeping unsaved edits on top (ctrl+r)", self.action_reload),
            ("Run the tests", "Run the workspace's tests again (r in the tests panel)", self._run_tests),
            ("Pin the query as a watch", "Watch the check in the query bar (ctrl+b)", self._pin_from_bar),
            ("Toggle light/dark theme", "Switch between textual-light and textual-dark (ctrl+t)",
             self.action_toggle_theme),
            ("Zoom the focused panel", "Fill the screen with it; escape or F2 restores (F2)", self.action_zoom),
            ("Go to the query bar", "ctrl+l", self.action_focus_query),
        ]
        for where, key in (("schema", 1), ("tuples", 2), ("tests", 3), ("problems", 4), ("result", 5),
                           ("watches", 6)):
            commands.append((f"Show the {where} panel", f"key {key}", lambda w=where: self.action_show(w)))
        for title, help_text, callback in commands:
            yield SystemCommand(title, help_text, callback)

    def _pin_from_bar(self) -> None:
        value = self.query_one("#query-input", QueryInput).value.strip()
        if value:
            self.post_message(PinQuery(value))


def main(workspace: str | None = None) -> int:
    """`opl play [WORKSPACE]`: run the playground; the exit code."""
    app = PlayApp(workspace)
    app.run()
    return app.return_code or 0
