"""Deterministic mutations of OPL files, shared by the recorder of Keto's
answers (tests/tools/record_keto_parser.py) and the test that replays them
(tests/test_opl_keto_recorded.py). Changing this file invalidates the
recording: re-record."""

from __future__ import annotations

import random
import re

# Tokens and the whitespace/comments between them, so that joining them
# gives back the text.
_PIECES = re.compile(r"""\s+|//[^\n]*|/\*[\s\S]*?\*/|=>|\|\||&&|[A-Za-z_]\w*|"[^"]*"|'[^']*'|.""", re.S)

VOCAB = ["(", ")", "{", "}", "[", "]", "<", ">", ",", ";", ":", ".", "=", "=>", "||", "&&", "!", "|",
         "this", "ctx", "related", "permits", "includes", "traverse", "subject", "class", "implements",
         "Namespace", "User", "SubjectSet", "Array", "Context", "boolean", "x", '"rel"', "@", "1", "/*",
         '"', "\n", " "]
NAMES = ["User", "Group", "members", "x", "view", '"members"', "parents", "owners", "edit", "Folder"]


def mutate(text: str, seed: int) -> str:
    rnd = random.Random(seed)
    pieces = _PIECES.findall(text)
    if rnd.random() < 0.35:  # rename: exercises the type checks
        idents = [i for i, p in enumerate(pieces) if re.fullmatch(r'[A-Za-z_]\w*|"[^"]*"', p)]
        words = sorted({pieces[i] for i in idents}) + NAMES
        for _ in range(rnd.randint(1, 2)):
            if idents:
                pieces[rnd.choice(idents)] = rnd.choice(words)
        return "".join(pieces)
    for _ in range(rnd.randint(1, 3)):
        if not pieces:
            break
        i = rnd.randrange(len(pieces))
        op = rnd.random()
        if op < 0.3:
            del pieces[i]
        elif op < 0.55:
            pieces.insert(i, rnd.choice(VOCAB))
        elif op < 0.7:
            pieces[i] = rnd.choice(VOCAB)
        elif op < 0.8:
            pieces.insert(i, pieces[i])
        elif op < 0.9:
            j = rnd.randrange(len(pieces))
            pieces[i], pieces[j] = pieces[j], pieces[i]
        else:
            pieces = pieces[:i]
    return "".join(pieces)
