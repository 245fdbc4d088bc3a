"""The terminal playground: `opl play [WORKSPACE]` (tui.app.main). See docs/tui.md."""
