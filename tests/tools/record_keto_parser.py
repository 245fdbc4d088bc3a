"""Records what Ory Keto's own OPL parser answers for the corpus and for
mutations of it, into tests/data/keto_recorded/parser.json, which
tests/test_opl_keto_recorded.py replays against ours.

Not run by the test suite: it needs Keto's parser as a program. Build one
from Keto's source (github.com/ory/keto, package `schema`: lexer.go,
parser.go, typechecks.go, parse_errors.go, limits.go and the `ast` package)
with a main that reads files and prints, per file, a JSON object
{"errors": [{"api": ParseError.ToAPI(), "item_start": byte offset}, ...]},
then run:

    KETO_PARSER=/path/to/ketoparse python tests/tools/record_keto_parser.py [N]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
sys.path.insert(0, str(TESTS))
from keto_mutations import mutate  # noqa: E402

CORPUS = TESTS / "data" / "keto_corpus"
OUT = TESTS / "data" / "keto_recorded" / "parser.json"


def keto_answers(texts: list[str]) -> list[dict]:
    binary = os.environ["KETO_PARSER"]
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i, t in enumerate(texts):
            p = Path(d) / f"{i}.ts"
            p.write_bytes(t.encode("utf-8", "surrogateescape"))
            paths.append(str(p))
        out = subprocess.run([binary, *paths], capture_output=True, text=True, check=True).stdout
    answers = []
    for text, r in zip(texts, json.loads(out)):
        errs = r["errors"]
        if not errs:
            answers.append({"accept": True})
            continue
        e = errs[0]
        raw = text.encode("utf-8", "surrogateescape")[: e["item_start"]]
        answers.append({
            "accept": False,
            "message": e["api"]["message"],
            # Keto's reported line, and the line of the token it failed on
            "keto_line": e["api"]["start"]["Line"],
            "token_line": raw.count(b"\n") + 1,
        })
    return answers


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    bases = sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("accepted/*.ts"))
    cases = [{"base": b, "seed": None} for b in sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*.ts"))]
    cases += [{"base": bases[k % len(bases)], "seed": k} for k in range(n)]
    texts = []
    for c in cases:
        text = (CORPUS / c["base"]).read_text(encoding="utf-8")
        texts.append(text if c["seed"] is None else mutate(text, c["seed"]))
    for c, a in zip(cases, keto_answers(texts)):
        c.update(a)
    OUT.write_text(json.dumps({"keto": "ory/keto schema package (2026 development line)",
                               "cases": cases}, indent=0) + "\n")
    print(f"{len(cases)} cases, {sum(not c['accept'] for c in cases)} rejected -> {OUT}")


if __name__ == "__main__":
    main()
