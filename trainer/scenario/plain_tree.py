"""plain(): a scenario document's tree as plain dicts and lists, shared by every reader, so
they refuse changes (the editor makes one per change; forms and map read it)."""

from __future__ import annotations

from typing import Any, NoReturn


def _refuse_change(*_args: Any, **_kwargs: Any) -> NoReturn:
    # A mistake in the program, never the author's: not translated.
    raise TypeError("ScenarioDocument.plain() is read-only; change the document instead")


class ReadOnlyDict(dict[str, Any]):
    """A map of ScenarioDocument.plain(): shared by all its readers, so it refuses changes.
    copy.deepcopy gives a tree of ordinary dicts and lists to change; a shallow copy (copy.copy,
    dict(...)) is an ordinary dict only at the top, its maps and lists still read-only."""

    __setitem__ = __delitem__ = __ior__ = _refuse_change
    clear = pop = popitem = setdefault = update = _refuse_change

    def __reduce__(self) -> tuple[type[dict[str, Any]], tuple[dict[str, Any]]]:
        return dict, (dict(self),)


class ReadOnlyList(list[Any]):
    """A list of ScenarioDocument.plain(); see ReadOnlyDict."""

    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse_change
    append = extend = insert = pop = remove = clear = sort = reverse = _refuse_change

    def __reduce__(self) -> tuple[type[list[Any]], tuple[list[Any]]]:
        return list, (list(self),)


def plain_tree(node: Any) -> Any:
    """`node` (ruamel's maps, lists and scalars) as read-only dicts and lists of plain values."""
    if isinstance(node, dict):
        return ReadOnlyDict({str(key): plain_tree(value) for key, value in node.items()})
    if isinstance(node, list):
        return ReadOnlyList([plain_tree(item) for item in node])
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    return str(node) if isinstance(node, str) else node
