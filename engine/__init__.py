"""opl-studio's engine: the OPL front end, relation tuples, and a check engine
with Ory Keto's semantics. Pure Python (lark, and pyyaml for workspace files),
so that it runs unchanged in CPython and in Pyodide.

    from engine import Workspace
    ws = Workspace.load("examples/drive")
    ws.check("Document:roadmap#edit@User:bob").allowed
"""

__version__ = "0.1.0"
__all__ = ["Workspace", "CheckResult", "analyze", "__version__"]


def __getattr__(name):
    # imported on first use: `import engine` stays cheap for the faces
    if name == "Workspace":
        from .workspace import Workspace
        return Workspace
    if name == "CheckResult":
        from .check.result import CheckResult
        return CheckResult
    if name == "analyze":
        from .opl.analyze import analyze
        return analyze
    raise AttributeError(f"module 'engine' has no attribute {name!r}")
