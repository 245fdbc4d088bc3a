"""The parser benchmark's schemas: one model, written in three languages.

The model has the shape of ``schema-370.keto.ts`` (the 370-line, 16-namespace
OPL schema the project's parser and language-server figures use): ``User``,
``Group`` (members: users or group members), then chains of resource
namespaces (Organization → Workspace → Project → … → Issue, 14 names), each
with

* ``parents`` (the previous namespace of its chain; none for the first),
  ``owners``/``editors``/``viewers`` (users or group members), ``banned``
  (users);
* ``own = owners | parents→own``,
  ``edit = own | editors | parents→edit``,
  ``view = (edit | viewers | parents→view) & !banned``,
  ``comment = view``.

``Model.chains(n)`` repeats the chain for larger schemas (names get a number:
``Organization2``…): 14 resource namespaces give the 370-line file exactly,
194 give the ~5,000-line one.

The model is rendered as Keto OPL (``opl``), SpiceDB schema language
(``spicedb``) and OpenFGA DSL 1.1 (``openfga``) with the same types,
relations and rewrites — a traverse ``parents→view`` is ``parents->view`` in
SpiceDB and ``view from parents`` in OpenFGA, ``x & !banned`` is SpiceDB's
exclusion ``x - banned`` and OpenFGA's ``x but not banned``. SpiceDB and
OpenFGA want lower-case type names, so every namespace is lower-cased there.

``Model.canonical()`` is the model as plain data, in Keto's rewrite shape
(unions, intersections, inversions — an exclusion ``a - b`` is ``a & !b``);
the benchmark compares it with what each parser actually produced.

    python bench/data/schema_gen.py           # (re)write the files below
    python bench/data/schema_gen.py --check   # fail if a file is stale

Files: ``schema-370.keto.ts`` (must equal the copy of the shared input),
``schema-5k.keto.ts`` and, for both, ``.zed`` (SpiceDB) and ``.fga`` (OpenFGA).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Resource", "Model", "SCHEMAS", "write_all"]

HERE = Path(__file__).resolve().parent

CHAIN = ["Organization", "Workspace", "Project", "Folder", "Document", "Sheet", "Slide", "Comment",
         "Dataset", "Report", "Dashboard", "Pipeline", "Repository", "Issue"]
ACL = ["owners", "editors", "viewers"]  # relations holding users or group members


@dataclass(frozen=True)
class Resource:
    name: str
    parent: str | None


@dataclass(frozen=True)
class Model:
    resources: tuple[Resource, ...]

    @classmethod
    def chains(cls, n_resources: int) -> "Model":
        """``n_resources`` resource namespaces in chains of len(CHAIN)."""
        out = []
        for i in range(n_resources):
            round_, pos = divmod(i, len(CHAIN))
            name = CHAIN[pos] + (str(round_ + 1) if round_ else "")
            parent = out[-1].name if pos else None
            out.append(Resource(name, parent))
        return cls(tuple(out))

    @property
    def namespace_count(self) -> int:
        return 2 + len(self.resources)

    # ---------------------------------------------------------- plain data

    def canonical(self) -> dict:
        """namespace → {"types": {relation: [subject types]}, "permits":
        {permit: expression}}; names lower-cased (as SpiceDB and OpenFGA
        need them); subject types are ``ns`` or ``ns#relation``, sorted;
        expressions are nested lists: ``["rel", r]``, ``["arrow", tupleset,
        r]``, ``["or", ...]``, ``["and", ...]``, ``["not", x]``."""
        member = ["group#members", "user"]
        out = {"user": {"types": {}, "permits": {}},
               "group": {"types": {"members": member}, "permits": {}}}
        for r in self.resources:
            types = {}
            if r.parent:
                types["parents"] = [r.parent.lower()]
            for acl in ACL:
                types[acl] = list(member)
            types["banned"] = ["user"]

            def inherit(p: str) -> list:
                return [["arrow", "parents", p]] if r.parent else []

            own = [["rel", "owners"], *inherit("own")]
            out[r.name.lower()] = {"types": types, "permits": {
                "own": ["or", *own] if len(own) > 1 else own[0],
                "edit": ["or", ["rel", "own"], ["rel", "editors"], *inherit("edit")],
                "view": ["and", ["or", ["rel", "edit"], ["rel", "viewers"], *inherit("view")],
                         ["not", ["rel", "banned"]]],
                "comment": ["rel", "view"],
            }}
        return out

    # ---------------------------------------------------------- Keto OPL

    def opl(self) -> str:
        lines = ['import { Namespace, SubjectSet, Context } from "@ory/keto-namespace-types"', "",
                 "class User implements Namespace {}", "",
                 "class Group implements Namespace {",
                 "  related: {",
                 '    members: (User | SubjectSet<Group, "members">)[]',
                 "  }", "}", ""]
        for r in self.resources:
            def inherit(p: str) -> str:
                if not r.parent:
                    return ""
                return f" ||\n      this.related.parents.traverse((p) => p.permits.{p}(ctx))"

            lines += [f"class {r.name} implements Namespace {{", "  related: {"]
            if r.parent:
                lines.append(f"    parents: {r.parent}[]")
            lines += [f'    {acl}: (User | SubjectSet<Group, "members">)[]' for acl in ACL]
            lines += [
                "    banned: User[]", "  }", "",
                "  permits = {",
                "    own: (ctx: Context): boolean =>",
                f"      this.related.owners.includes(ctx.subject){inherit('own')},",
                "    edit: (ctx: Context): boolean =>",
                "      this.permits.own(ctx) ||",
                f"      this.related.editors.includes(ctx.subject){inherit('edit')},",
                "    view: (ctx: Context): boolean =>",
                "      (this.permits.edit(ctx) ||",
                f"        this.related.viewers.includes(ctx.subject){inherit('view')}) &&",
                "      !this.related.banned.includes(ctx.subject),",
                "    comment: (ctx: Context): boolean => this.permits.view(ctx),",
                "  }", "}", ""]
        return "\n".join(lines) + "\n"

    # ---------------------------------------------------------- SpiceDB

    def spicedb(self) -> str:
        member = "user | group#members"
        lines = ["definition user {}", "",
                 "definition group {", f"    relation members: {member}", "}", ""]
        for r in self.resources:
            def inherit(p: str) -> str:
                return f" + parents->{p}" if r.parent else ""

            lines.append(f"definition {r.name.lower()} {{")
            if r.parent:
                lines.append(f"    relation parents: {r.parent.lower()}")
            lines += [f"    relation {acl}: {member}" for acl in ACL]
            lines += [
                "    relation banned: user", "",
                f"    permission own = owners{inherit('own')}",
                f"    permission edit = own + editors{inherit('edit')}",
                f"    permission view = (edit + viewers{inherit('view')}) - banned",
                "    permission comment = view",
                "}", ""]
        return "\n".join(lines)

    # ---------------------------------------------------------- OpenFGA

    def openfga(self) -> str:
        member = "[user, group#members]"
        lines = ["model", "  schema 1.1", "",
                 "type user", "",
                 "type group", "  relations", f"    define members: {member}", ""]
        for r in self.resources:
            def inherit(p: str) -> str:
                return f" or {p} from parents" if r.parent else ""

            lines += [f"type {r.name.lower()}", "  relations"]
            if r.parent:
                lines.append(f"    define parents: [{r.parent.lower()}]")
            lines += [f"    define {acl}: {member}" for acl in ACL]
            lines += [
                "    define banned: [user]",
                f"    define own: owners{inherit('own')}",
                f"    define edit: own or editors{inherit('edit')}",
                f"    define view: (edit or viewers{inherit('view')}) but not banned",
                "    define comment: view",
                ""]
        return "\n".join(lines)


# name → number of resource namespaces
SCHEMAS = {"schema-370": 14, "schema-5k": 194}


def outputs() -> dict[Path, str]:
    files = {}
    for stem, n in SCHEMAS.items():
        model = Model.chains(n)
        files[HERE / f"{stem}.keto.ts"] = model.opl()
        files[HERE / f"{stem}.zed"] = model.spicedb()
        files[HERE / f"{stem}.fga"] = model.openfga()
    return files


def write_all(check: bool = False) -> list[str]:
    """Write (or, with ``check``, compare) every file; returns the stale ones."""
    stale = []
    for path, text in outputs().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            stale.append(path.name)
            if not check:
                path.write_text(text, encoding="utf-8")
    return stale


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only report stale files (exit 1 if any)")
    args = ap.parse_args(argv)
    stale = write_all(check=args.check)
    for stem, n in SCHEMAS.items():
        m = Model.chains(n)
        print(f"{stem}: {m.namespace_count} namespaces, {m.opl().count(chr(10))} lines of OPL, "
              f"{m.spicedb().count(chr(10))} of SpiceDB, {m.openfga().count(chr(10))} of OpenFGA")
    if stale:
        print(("stale: " if args.check else "written: ") + ", ".join(stale))
    return 1 if stale and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
