"""opl-studio's engine: the OPL front end, relation tuples, and a check engine
with Ory Keto's semantics. Pure Python (lark, and pyyaml for workspace files),
so that it runs unchanged in CPython and in Pyodide."""

__version__ = "0.1.0"
