"""The .vsix: built by `npm run package` (version check, type check, esbuild
bundle, vsce), versioned with the Python package, holding the bundle and the
declarative contributions and nothing else."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile

import pytest

from vscode_paths import EXT, pyproject_version

# Node, npm and the extension's npm packages (installed by scripts/setup.d/30-vscode.sh,
# part of `make setup-e2e`) are external programs: `make test-python` leaves these out.
pytestmark = pytest.mark.e2e


def manifest_of(vsix) -> dict:
    with zipfile.ZipFile(vsix) as z:
        return json.loads(z.read("extension/package.json"))


def test_the_vsix_has_the_python_package_version(vsix):
    with zipfile.ZipFile(vsix) as z:
        xml = z.read("extension.vsixmanifest").decode()
    assert re.search(rf'<Identity [^>]*Version="{re.escape(pyproject_version())}"', xml), xml
    assert manifest_of(vsix)["version"] == pyproject_version()


def test_the_vsix_holds_the_bundle_and_the_contributions_only(vsix):
    with zipfile.ZipFile(vsix) as z:
        names = set(z.namelist())
    expected = {
        "extension/out/extension.js",
        "extension/media/derivation-tree.js",
        "extension/media/derivation-tree.css",
        "extension/syntaxes/opl.tmLanguage.json",
        "extension/syntaxes/opl-tuples.tmLanguage.json",
        "extension/syntaxes/opl-tuples-json.tmLanguage.json",
        "extension/syntaxes/opl-yaml.tmLanguage.json",
        "extension/snippets/opl.json",
        "extension/snippets/opl-yaml.json",
        "extension/language-configuration/opl.json",
    }
    assert expected <= names
    # bundled: no sources, tests or dependencies inside
    assert not [n for n in names if "node_modules" in n or n.startswith("extension/src/") or "/test/" in n
                or n.endswith(".ts") or n.startswith("extension/out/unit-tests")]


def test_every_contributed_file_is_in_the_vsix(vsix):
    manifest = manifest_of(vsix)
    with zipfile.ZipFile(vsix) as z:
        names = set(z.namelist())
    c = manifest["contributes"]
    paths = [g["path"] for g in c["grammars"]] + [s["path"] for s in c["snippets"]]
    paths += [lang["configuration"] for lang in c["languages"]]
    for p in paths:
        assert "extension/" + p.removeprefix("./") in names, p
    assert "extension/" + manifest["main"].removeprefix("./") in names


def test_keto_ts_is_opl_and_other_ts_files_are_untouched(vsix):
    languages = {lang["id"]: lang for lang in manifest_of(vsix)["contributes"]["languages"]}
    opl = languages["opl"]
    assert opl["extensions"] == [".opl"] and opl["filenamePatterns"] == ["*.keto.ts"]
    for lang in languages.values():
        assert ".ts" not in lang.get("extensions", [])
    assert languages["opl-tuples"]["extensions"] == [".tuples"]
    assert languages["opl-tuples-json"]["filenamePatterns"] == ["*.tuples.json"]
    assert "*.opl.yaml" in languages["opl-yaml"]["filenamePatterns"]


def test_the_commands_have_titles(vsix):
    commands = {c["command"]: c["title"] for c in manifest_of(vsix)["contributes"]["commands"]}
    for command in ("opl.restartServer", "opl.check", "opl.showDerivationTree", "opl.openPlayground",
                    "opl.showServerOutput", "opl.chooseServer"):
        assert commands.get(command), command


def test_a_version_mismatch_stops_the_build(tmp_path):
    """check-version (the first step of `npm run package`) refuses a
    package.json whose version differs from pyproject.toml's."""
    ext = tmp_path / "vscode-extension"
    (ext / "scripts").mkdir(parents=True)
    shutil.copy(EXT / "scripts" / "check-version.mjs", ext / "scripts")
    manifest = json.loads((EXT / "package.json").read_text())
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "opl-studio"\nversion = "9.9.9"\n')
    (ext / "package.json").write_text(json.dumps({**manifest, "version": "0.1.0"}))
    done = subprocess.run(["node", "scripts/check-version.mjs"], cwd=ext, capture_output=True, text=True)
    assert done.returncode == 1
    assert "0.1.0" in done.stderr and "9.9.9" in done.stderr
    (ext / "package.json").write_text(json.dumps({**manifest, "version": "9.9.9"}))
    done = subprocess.run(["node", "scripts/check-version.mjs"], cwd=ext, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
