"""`opl`: the command line (a stable contract, see docs/cli.md).

Exit codes everywhere: 0 success (for `check`: every query allowed), 1 a
finding (errors in validate, a denied check, a failing test), 2 bad usage or
unreadable input — always with a one-line message naming the file and line.

This package is the composition root: it imports the faces (language
server, terminal playground, browser playground) lazily, only for their
commands, so that `opl check` starts fast.
"""

from __future__ import annotations

import argparse
import sys

from .common import CLIError, Exit

__all__ = ["main", "build_parser"]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="opl",
        description="An IDE and check engine for the Ory Permission Language (OPL), with Ory Keto's semantics.",
    )
    from engine import __version__
    p.add_argument("--version", action="version", version=f"opl-studio {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def ws_args(sp):
        sp.add_argument("-w", "--workspace", metavar="WORKSPACE",
                        help="a .opl.yaml file or a directory (default: the current directory)")
        sp.add_argument("-s", "--schema", metavar="SCHEMA", help="an OPL schema file (instead of -w)")
        sp.add_argument("-t", "--tuples", metavar="TUPLES", nargs="+", action="extend", default=[],
                        help="tuple files (with -s)")

    s = sub.add_parser("validate", help="check schema, tuple and workspace files")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--format", choices=("text", "json"), default="text")

    s = sub.add_parser("fmt", help="format OPL files canonically (comments kept)")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--check", action="store_true", help="only report files that would change (exit 1)")

    s = sub.add_parser("check", help="run checks: ns:obj#rel@subject")
    s.add_argument("queries", nargs="*", metavar="QUERY")
    ws_args(s)
    s.add_argument("--max-depth", type=int, metavar="N")
    s.add_argument("--strict", action="store_true", help="Keto's strict mode")
    s.add_argument("--explain", action="store_true", help="print each check's derivation tree")
    s.add_argument("--format", choices=("text", "json"), default="text")

    s = sub.add_parser("expand", help="the tree of subjects behind ns:obj#rel")
    s.add_argument("query", metavar="NS:OBJ#REL", nargs="?")
    ws_args(s)
    s.add_argument("--mode", choices=("rewrites", "tuples"), default="rewrites")
    s.add_argument("--max-depth", type=int, metavar="N")
    s.add_argument("--format", choices=("text", "json"), default="text")

    s = sub.add_parser("list", help="list relation tuples (Keto's filters and pagination)")
    ws_args(s)
    s.add_argument("--namespace")
    s.add_argument("--object")
    s.add_argument("--relation")
    s.add_argument("--subject", help="a subject ID or a subject set ns:obj#rel")
    s.add_argument("--page-size", type=int, metavar="N")
    s.add_argument("--page-token", metavar="T")
    s.add_argument("--format", choices=("text", "json"), default="text")

    s = sub.add_parser("lookup", help="reverse lookups: which objects, which subjects")
    lsub = s.add_subparsers(dest="what", metavar="objects|subjects")
    lo = lsub.add_parser("objects", help="objects of NS on which SUBJECT has PERMIT")
    lo.add_argument("subject", metavar="SUBJECT")
    lo.add_argument("target", metavar="NS#PERMIT")
    ws_args(lo)
    lo.add_argument("--max-depth", type=int, metavar="N")
    lo.add_argument("--format", choices=("text", "json"), default="text")
    ls = lsub.add_parser("subjects", help="subjects that have PERMIT on NS:OBJ")
    ls.add_argument("target", metavar="NS:OBJ#PERMIT")
    ws_args(ls)
    ls.add_argument("--max-depth", type=int, metavar="N")
    ls.add_argument("--format", choices=("text", "json"), default="text")

    s = sub.add_parser("test", help="run the tests of workspace files")
    s.add_argument("paths", nargs="*", metavar="PATH", default=[])
    s.add_argument("--format", choices=("text", "json", "junit"), default="text")
    s.add_argument("--coverage", action="store_true",
                   help="report which permit branches the tests exercised (and write LCOV)")
    s.add_argument("--lcov", metavar="FILE", default="lcov.info", help="LCOV output with --coverage")
    s.add_argument("-k", metavar="NAME", dest="only", help="only tests whose name contains NAME")

    s = sub.add_parser("parse", help="convert tuple files, like `keto relation-tuple parse`")
    s.add_argument("file", metavar="FILE", help="a tuple file, or - for standard input")
    s.add_argument("--to", choices=("json", "text"), default="json")

    s = sub.add_parser("lsp", help="the language server")
    g = s.add_mutually_exclusive_group()
    g.add_argument("--stdio", action="store_true", help="talk over standard input/output (default)")
    g.add_argument("--tcp", metavar="HOST:PORT", help="listen on a TCP port")

    s = sub.add_parser("play", help="the terminal playground")
    s.add_argument("workspace", nargs="?", metavar="WORKSPACE")

    s = sub.add_parser("playground", help="the browser playground (a static site)")
    psub = s.add_subparsers(dest="action", metavar="build|serve")
    pb = psub.add_parser("build", help="build the static site")
    pb.add_argument("--out", metavar="DIR", default="playground-dist")
    ps = psub.add_parser("serve", help="build and serve it on localhost")
    ps.add_argument("--port", type=int, default=8000)
    ps.add_argument("--out", metavar="DIR", default=None)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse already printed its message
        return 2 if e.code not in (0, None) else 0
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    try:
        from . import commands
        return commands.run(args)
    except CLIError as e:
        print(f"opl: {e}", file=sys.stderr)
        return 2
    except Exit as e:
        return e.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
