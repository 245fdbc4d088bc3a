"""The commands code lenses run, and the custom requests of docs/lsp.md
(`opl/check`, `opl/tests`, `opl/runTests`) that the VS Code extension
sends."""

from __future__ import annotations

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams

from .capabilities import COMMANDS
from .language_server import OplServer, plain

__all__ = ["register"]


def register(ls: OplServer) -> None:
    from engine.ide import check_query, list_tests, run_lens, run_workspace_tests
    from engine.workspace import QueryError

    def _lens_command(name: str):
        def run(ls: OplServer, *args):
            args = [plain(a) for a in args]
            try:
                result = run_lens(ls.project, name, args)
            except (ValueError, IndexError, TypeError) as e:
                raise JsonRpcInvalidParams(message=f"{name}: {e}") from None
            ls.show(result["message"], types.MessageType.Info if result["ok"] else types.MessageType.Warning)
            if ls.lens_refresh:
                ls.workspace_code_lens_refresh(None)
            return result
        return run

    for command in COMMANDS:
        ls.command(command)(_lens_command(command))

    # -------------------------------------------------------- custom requests

    @ls.feature("opl/check")
    def opl_check(ls: OplServer, params):
        p = plain(params) or {}
        uri, query = p.get("uri"), p.get("query")
        if not isinstance(uri, str) or not isinstance(query, str):
            raise JsonRpcInvalidParams(message="opl/check needs {uri: string, query: string, explain: boolean}")
        try:
            return check_query(ls.project, uri, query, bool(p.get("explain")))
        except QueryError as e:
            raise JsonRpcInvalidParams(message=f"malformed query: {e}") from None

    @ls.feature("opl/tests")
    def opl_tests(ls: OplServer, params):
        p = plain(params) or {}
        if not isinstance(p.get("uri"), str):
            raise JsonRpcInvalidParams(message="opl/tests needs {uri: string}")
        return list_tests(ls.project, p["uri"])

    @ls.feature("opl/runTests")
    def opl_run_tests(ls: OplServer, params):
        p = plain(params) or {}
        name = p.get("name")
        if not isinstance(p.get("uri"), str) or not (name is None or isinstance(name, str)):
            raise JsonRpcInvalidParams(message="opl/runTests needs {uri: string, name: string | null}")
        return run_workspace_tests(ls.project, p["uri"], name)
