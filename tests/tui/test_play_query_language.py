"""The query bar's language, its completion and its history."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.completion import complete
from tui.history import History
from tui.query import QueryError, parse
from tui.session import Session

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "drive"


@pytest.fixture(scope="module")
def ws():
    s = Session(EXAMPLE)
    s.load()
    return s.ws


@pytest.mark.parametrize("text, verb, target", [
    ("check Document:roadmap#view@User:alice", "check", "Document:roadmap#view@User:alice"),
    ("Document:roadmap#view@User:alice", "check", "Document:roadmap#view@User:alice"),
    ("expand Document:roadmap#view", "expand", "Document:roadmap#view"),
    ("Document:roadmap#view", "expand", "Document:roadmap#view"),
    ("list Document:roadmap#owners", "list", "Document:roadmap#owners"),
    ("list", "list", ""),
    ("lookup objects User:alice Document#view", "lookup_objects", "Document#view"),
    ("lookup subjects Document:roadmap#view", "lookup_subjects", "Document:roadmap#view"),
])
def test_verbs(text, verb, target):
    q = parse(text)
    assert (q.verb, q.target) == (verb, target)


def test_options():
    assert parse("check Group:a#members@x --max-depth 3").max_depth == 3
    assert parse("expand Group:a#members --mode tuples").mode == "tuples"


@pytest.mark.parametrize("text, message", [
    ("", "type a query"),
    ("check Document:roadmap", "malformed string input"),
    ("check a:b#c@d e:f#g@h", "one tuple"),
    ("expand Document:roadmap", "NS:OBJ#REL"),
    ("lookup things", "lookup objects"),
    ("lookup objects User:alice Document", "NS#PERMIT"),
    ("check a:b#c@d --max-depth x", "number"),
    ("check a:b#c@d --mode tuples", "expand only"),
    ("check 'a:b#c@d", "quotation"),
])
def test_malformed_queries_say_why(text, message):
    with pytest.raises(QueryError, match=message):
        parse(text)


def test_running_every_verb(ws):
    from tui.query import run
    assert run(parse("Document:roadmap#edit@User:bob"), ws).check.allowed
    tree = run(parse("expand Group:engineering#members"), ws).expand
    assert tree["type"] == "union"
    listed = run(parse("list Group:engineering#members"), ws).tuples
    assert [str(t) for t in listed] == ["Group:engineering#members@User:alice",
                                        "Group:engineering#members@Group:platform#members"]
    assert [str(t) for t in run(parse("list @User:bob"), ws).tuples] == ["Group:platform#members@User:bob"]
    assert run(parse("lookup objects User:frank Document#view"), ws).found == ["spec"]
    assert "User:alice" in run(parse("lookup subjects Document:roadmap#view"), ws).found


def texts(cands):
    return [c.text for c in cands]


def test_completion_follows_keto_syntax(ws):
    assert texts(complete("ch", ws)) == ["check "]
    assert "check Document:" in texts(complete("check Doc", ws))
    assert texts(complete("check Document:r", ws)) == ["check Document:roadmap#"]
    assert texts(complete("check Document:roadmap#v", ws)) == ["check Document:roadmap#view@",
                                                               "check Document:roadmap#viewers@"]
    # users appear only as subjects: completion finds them there
    assert "check Document:roadmap#view@User:alice" in texts(complete("check Document:roadmap#view@User:", ws))
    assert texts(complete("lookup objects User:alice Document#", ws)) == [
        "lookup objects User:alice Document#edit", "lookup objects User:alice Document#view"]
    assert texts(complete("expand Group:engineering#m", ws)) == ["expand Group:engineering#members"]
    assert texts(complete("check --m", ws)) == ["check --max-depth "]


def test_completion_of_a_tuple(ws):
    assert "Group:design#members@User:frank" in texts(complete("Group:design#members@User:f", ws, "tuple"))


def test_completion_never_raises(ws):
    for text in ["@@@", "check :#@", "lookup objects : :", "list ::::", "check Nope:x#y@", "\x00"]:
        complete(text, ws)


def test_history_walks_back_and_forth_and_persists(tmp_path):
    path = tmp_path / "h" / "history"
    h = History(path)
    for q in ["a", "b", "c", "b"]:
        h.add(q)
    assert h.entries == ["a", "c", "b"]
    assert h.previous("draft") == "b"
    assert h.previous("b") == "c"
    assert h.previous("c") == "a"
    assert h.previous("a") is None
    assert h.next() == "c"
    assert h.next() == "b"
    assert h.next() == "draft"
    assert History(path).entries == ["a", "c", "b"]


def test_an_unwritable_history_is_not_kept(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    h = History(blocker / "history")  # a path under a file: cannot be created
    h.add("x")
    assert h.entries == ["x"]
