"""The one-line header: which workspace, whether Keto would load it, unsaved edits."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from .styling import component_style

__all__ = ["StatusHeader"]


class StatusHeader(Static):
    COMPONENT_CLASSES = {"status-header--ok", "status-header--bad", "status-header--unsaved"}

    def show(self, name: str, *, loading: bool = False, schema_errors: int = 0, load_error: bool = False,
             tuples: int = 0, unsaved: str = "", stale: bool = False) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(" opl play ", "bold")
        text.append(f" {name} ")
        if loading:
            text.append(" · loading…")
        elif load_error:
            text.append(" · ")
            text.append("✗ cannot read the workspace (see Problems)",
                        component_style(self, "status-header--bad"))
        else:
            text.append(" · ")
            if schema_errors:
                text.append(f"✗ schema: {schema_errors} error{'s' if schema_errors != 1 else ''}",
                            component_style(self, "status-header--bad"))
            else:
                text.append("✓ schema ok", component_style(self, "status-header--ok"))
            text.append(f" · {tuples:,} tuple{'s' if tuples != 1 else ''}")
        if unsaved:
            text.append(" · ")
            text.append(f"● UNSAVED {unsaved}",
                        component_style(self, "status-header--unsaved"))
        if stale:
            text.append(" · files changed on disk: ctrl+r reloads")
        self.update(text)
