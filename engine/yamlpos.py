"""YAML with positions: mappings and lists that remember where each key and
item stood, so that a workspace file's problems point at their line.

pyyaml is imported lazily: the engine runs without it (in the browser the
playground loads it only for workspace files).
"""

from __future__ import annotations

__all__ = ["YMap", "YList", "YAMLError", "load", "Mark"]


class Mark(tuple):
    """(line, column, end_line, end_column), 0-based."""

    __slots__ = ()

    @property
    def line(self) -> int:
        return self[0]


class YMap(dict):
    """A mapping; .key_marks[k] and .value_marks[k] give positions."""

    def __init__(self):
        super().__init__()
        self.key_marks: dict = {}
        self.value_marks: dict = {}
        self.mark: Mark | None = None


class YList(list):
    def __init__(self):
        super().__init__()
        self.item_marks: list[Mark] = []
        self.mark: Mark | None = None


class YAMLError(ValueError):
    def __init__(self, message: str, line: int = 0, column: int = 0):
        super().__init__(message)
        self.line = line
        self.column = column


def _mark(node) -> Mark:
    s, e = node.start_mark, node.end_mark
    return Mark((s.line, s.column, e.line, e.column))


def load(text: str):
    """Parse YAML text into plain values, YMap and YList. Raises YAMLError
    with the position of the problem."""
    import yaml
    from yaml.constructor import SafeConstructor

    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except RecursionError:
        raise YAMLError("invalid YAML: nested too deeply") from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, col = (mark.line, mark.column) if mark else (0, 0)
        raise YAMLError(f"invalid YAML: {e.problem or e.context}", line, col) from None
    except yaml.YAMLError as e:  # pragma: no cover - pyyaml always marks
        raise YAMLError(f"invalid YAML: {e}") from None
    if node is None:
        return None
    constructor = SafeConstructor()

    def convert(n):
        if isinstance(n, yaml.MappingNode):
            out = YMap()
            out.mark = _mark(n)
            for k, v in n.value:
                key = convert(k)
                try:
                    hash(key)
                except TypeError:
                    raise YAMLError("a mapping key must be a plain value", k.start_mark.line,
                                    k.start_mark.column) from None
                out[key] = convert(v)
                out.key_marks[key] = _mark(k)
                out.value_marks[key] = _mark(v)
            return out
        if isinstance(n, yaml.SequenceNode):
            out = YList()
            out.mark = _mark(n)
            for item in n.value:
                out.append(convert(item))
                out.item_marks.append(_mark(item))
            return out
        try:
            return constructor.construct_object(n, deep=True)
        except yaml.YAMLError as e:
            raise YAMLError(f"invalid YAML value: {e}", n.start_mark.line, n.start_mark.column) from None

    try:
        return convert(node)
    except RecursionError:
        raise YAMLError("invalid YAML: nested too deeply") from None
