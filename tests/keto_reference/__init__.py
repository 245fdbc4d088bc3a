"""An independent reference model of Keto's check (keto-semantics.md §2–§3),
used by tests/engine/test_check_differential.py to test the engine
differentially. Nothing here imports the engine."""
