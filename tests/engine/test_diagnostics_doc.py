"""docs/diagnostics.md documents every diagnostic code, and each example in it
produces the code it documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from paths import ROOT
from engine import codes
from engine.opl.analyze import analyze
from engine.tuple_validation import validate_tuples
from engine.tuples import parse_tuple_json, parse_tuple_text
from engine.workspace_file import read_workspace

DOC = (ROOT / "docs" / "diagnostics.md").read_text()
SECTIONS = dict(re.findall(r"^### ([a-z-]+)\n(.*?)(?=^### |^## |\Z)", DOC, re.S | re.M))
SCHEMA = re.search(r"```opl-schema-for-tuples\n(.*?)```", DOC, re.S).group(1)
# codes reported by tools rather than by a snippet
WITHOUT_EXAMPLE = {codes.WORKSPACE_SCHEMA, codes.TEST_FAILED, codes.TEST_ERROR}


def test_every_code_is_documented():
    assert set(codes.ALL) - set(SECTIONS) == set()
    assert set(SECTIONS) - set(codes.ALL) == set()


def _diagnostics_of(lang: str, text: str, tmp: Path) -> list:
    if lang == "opl":
        return analyze(text).diagnostics
    if lang in ("tuples", "tuples.json"):
        tf = parse_tuple_json(text) if lang == "tuples.json" else parse_tuple_text(text)
        schema = analyze(SCHEMA).schema
        return tf.diagnostics + validate_tuples(tf.entries, schema)
    if lang == "yaml":
        path = tmp / "w.opl.yaml"
        path.write_text(text)
        ws, diags = read_workspace(text, path)
        return list(diags) + (ws.diagnostics if ws is not None else [])
    raise AssertionError(f"unknown example language {lang}")


def _codes_of(lang: str, text: str, tmp: Path) -> set[str]:
    return {d.code for d in _diagnostics_of(lang, text, tmp)}


@pytest.mark.parametrize("code", sorted(set(codes.ALL) - WITHOUT_EXAMPLE))
def test_each_example_produces_its_code(code, tmp_path):
    blocks = re.findall(r"```([a-z.]+)\n(.*?)```", SECTIONS[code], re.S)
    assert blocks, f"{code} has no example"
    for lang, text in blocks:
        assert code in _codes_of(lang, text, tmp_path), f"the example of {code} does not produce it"


@pytest.mark.parametrize("code", sorted(set(codes.ALL) - WITHOUT_EXAMPLE))
def test_severities_match_the_registry(code, tmp_path):
    for lang, text in re.findall(r"```([a-z.]+)\n(.*?)```", SECTIONS[code], re.S):
        found = {d.severity.value for d in _diagnostics_of(lang, text, tmp_path) if d.code == code}
        assert codes.ALL[code][0] in found, (code, found)
