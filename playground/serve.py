"""A static file server for the built site, bound to localhost.

Any static host serves the playground; this one exists for `opl playground
serve` and the end-to-end tests. It only adds the MIME types browsers insist
on (WebAssembly and module scripts) and asks browsers to revalidate, so a
rebuilt site is picked up on reload.
"""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

__all__ = ["make_server", "serve_in_thread"]

_TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".whl": "application/zip",
    ".zip": "application/zip",
    ".yaml": "text/yaml; charset=utf-8",
    ".css": "text/css",
    ".html": "text/html; charset=utf-8",
    ".svg": "image/svg+xml",
}


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **_TYPES}

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        if self.server.verbose:
            super().log_message(format, *args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    verbose = False

    def handle_error(self, request, client_address):
        # a browser closing a connection mid-transfer is routine, not an error
        import sys
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def make_server(directory: Path, port: int = 8000, host: str = "127.0.0.1", verbose: bool = False) -> _Server:
    """A server for directory on host:port (port 0: any free port; the
    chosen one is server.server_address[1]). Raises OSError if the port is taken."""
    handler = functools.partial(_Handler, directory=str(directory))
    server = _Server((host, port), handler)
    server.verbose = verbose
    return server


def serve_in_thread(directory: Path, port: int = 0) -> tuple[_Server, threading.Thread]:
    server = make_server(directory, port)
    thread = threading.Thread(target=server.serve_forever, name="playground-http", daemon=True)
    thread.start()
    return server, thread
