"""`opl lsp [--stdio | --tcp HOST:PORT]`.

Nothing heavy is imported here: over stdio the quick start (quickstart.py)
answers the editor while pygls loads.
"""

from __future__ import annotations

import os
import sys

__all__ = ["main"]


def main(tcp: str | None = None) -> int:
    if tcp is None:
        if os.environ.get("OPL_LSP_NO_QUICKSTART"):
            from .language_server import build_server, log_to_stderr
            log_to_stderr()
            build_server().start_io()
            return 0
        from .quickstart import serve_stdio
        return serve_stdio()
    host, sep, port = tcp.rpartition(":")
    if not sep or not port.isdigit():
        print(f"opl lsp: --tcp expects HOST:PORT, got {tcp!r}", file=sys.stderr)
        return 2
    from .language_server import build_server, log_to_stderr
    log_to_stderr()
    build_server().start_tcp(host or "127.0.0.1", int(port))
    return 0
