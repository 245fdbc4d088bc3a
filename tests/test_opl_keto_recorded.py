"""Our parser against Ory Keto's own parser, replayed from a recording.

tests/tools/record_keto_parser.py ran Keto's parser (built from Keto's source)
on the compatibility corpus and on 4,000 mutations of it; here every case must
get the same answer from us: accept or reject, the first error's message, and
its line. Keto's position code reports a token at the start of a line on the
line before; we report the token's own line, so either is accepted for that
case only.
"""

from __future__ import annotations

import json

import pytest

from paths import DATA
from keto_mutations import mutate
from engine.opl.analyze import analyze

RECORDING = json.loads((DATA / "keto_recorded" / "parser.json").read_text())
CORPUS = DATA / "keto_corpus"


def _text(case) -> str:
    text = (CORPUS / case["base"]).read_text(encoding="utf-8")
    return text if case["seed"] is None else mutate(text, case["seed"])


def _first_error(text):
    errors = analyze(text).errors
    return errors[0] if errors else None


def test_recording_is_substantial():
    cases = RECORDING["cases"]
    assert len(cases) > 4000
    assert sum(not c["accept"] for c in cases) > 2000
    assert sum(c["accept"] for c in cases) > 300


@pytest.mark.parametrize("chunk", range(8))
def test_same_answers_as_keto(chunk):
    cases = RECORDING["cases"][chunk::8]
    wrong = []
    for case in cases:
        text = _text(case)
        err = _first_error(text)
        if case["accept"]:
            if err is not None:
                wrong.append((case, f"we reject: {err.message}"))
            continue
        if err is None:
            wrong.append((case, "we accept"))
        elif err.message != case["message"]:
            wrong.append((case, f"message {err.message!r}"))
        elif err.range.start.line + 1 not in (case["keto_line"], case["token_line"]):
            wrong.append((case, f"line {err.range.start.line + 1}"))
    assert not wrong, f"{len(wrong)} of {len(cases)} differ, e.g. {wrong[:3]}"
