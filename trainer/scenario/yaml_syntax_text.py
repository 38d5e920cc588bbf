"""What PyYAML found wrong in a file's syntax, in the language in use.

PyYAML words a problem as an English context ("while scanning a quoted scalar") and problem
("found unexpected end of stream"), some with a found character or token. Each pair it can raise
(PyYAML 6: scanner, parser, composer, constructor) is matched here and told in our own words
(trainer/i18n/en_scenario.py, nl_scenario.py), naming the line where the unfinished part began.
Anything else gets a general sentence; only PyYAML's found character is kept, never its English.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Sequence

from trainer.i18n import Field, Message, msg

Bracket = tuple[str, int]  # an open '[' or '{' and its 1-based line
Words = Callable[[dict[str, str], int | None, Sequence[Bracket]], Message | None]

_TOKENS = {
    "<stream end>": "yaml.token.end_of_file",
    "<block end>": "yaml.token.block_end",
    "<block mapping start>": "yaml.token.key",
    "<block sequence start>": "yaml.token.entry",
    "-": "yaml.token.entry",
    "<scalar>": "yaml.token.value",
    "<document start>": "yaml.token.document_start",
    "<document end>": "yaml.token.document_end",
    "<directive>": "yaml.token.directive",
    "<alias>": "yaml.token.alias",
    "<anchor>": "yaml.token.anchor",
    "<tag>": "yaml.token.tag",
}
_NODES = {
    "scalar": "yaml.node.scalar",
    "sequence": "yaml.node.sequence",
    "mapping": "yaml.node.mapping",
}
_LINE_BREAKS = "\n\r\x85\u2028\u2029"
_REPR = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""  # a str as %r writes it
_FOUND = re.compile(rf"found (?:character )?({_REPR})")
_STANDARD_TAG = "tag:yaml.org,2002:"


def syntax_message(error: object, open_brackets: Sequence[Bracket] = ()) -> str:
    """A PyYAML MarkedYAMLError in words (or ruamel.yaml's, a fork with the same phrases and
    attributes); `open_brackets` are the flow collections still open, outermost first (the
    parser's marks), which say which '[' or '{' the end of the file left open."""
    context = str(getattr(error, "context", None) or "")
    problem = str(getattr(error, "problem", None) or "")
    start = line_of(getattr(error, "context_mark", None))
    for context_pattern, problem_pattern, words in _RULES:
        context_match = re.fullmatch(context_pattern, context)
        problem_match = re.fullmatch(problem_pattern, problem)
        if context_match and problem_match:
            groups = {**context_match.groupdict(), **problem_match.groupdict()}
            said = words(groups, start, open_brackets)
            if said is not None:
                return not_yaml(said)
    found = _FOUND.search(problem)
    if found:
        return not_yaml(msg("yaml.unrecognised_at", found=found_words(found.group(1))))
    return not_yaml(msg("yaml.unrecognised"))


def problem_line(error: object) -> int | None:
    """The 1-based line PyYAML (or ruamel.yaml) names for an error: the problem's, else its
    context's."""
    return line_of(getattr(error, "problem_mark", None)) or line_of(
        getattr(error, "context_mark", None)
    )


def line_of(mark: object) -> int | None:
    line = getattr(mark, "line", None)
    return line + 1 if isinstance(line, int) else None


def not_yaml(what: Message) -> str:
    """ "not valid YAML: ...", in the language in use."""
    return msg("problem.not_yaml", what=what).text()


def found_words(shown: str) -> Field:
    """A character or token as PyYAML shows it (its repr, or a bare digit), in words."""
    try:
        found = ast.literal_eval(shown)
    except (ValueError, SyntaxError):
        return shown
    if not isinstance(found, str | int):
        return shown
    found = str(found)
    if found in _TOKENS:
        return msg(_TOKENS[found])
    if found == "\t":
        return msg("yaml.char.tab")
    if found == " ":
        return msg("yaml.char.space")
    if found == "\0":  # PyYAML's reader ends its text with a NUL
        return msg("yaml.token.end_of_file")
    if found and found in _LINE_BREAKS:
        return msg("yaml.char.line_end")
    if len(found) == 1 and not found.isprintable():
        return f"U+{ord(found):04X}"
    return f"'{found}'"


def _tag_shown(tag: str) -> str:
    """A tag as it was written: '!!str' for YAML's own, the rest as it is."""
    return "!!" + tag.removeprefix(_STANDARD_TAG) if tag.startswith(_STANDARD_TAG) else tag


def _fixed(key: str) -> Words:
    return lambda groups, start, brackets: msg(key)


def _from_start(key: str) -> Words:
    return lambda groups, start, brackets: None if start is None else msg(key, start=start)


def _with_found(key: str) -> Words:
    return lambda groups, start, brackets: msg(key, found=found_words(groups["found"]))


def _cannot_start(
    groups: dict[str, str], start: int | None, brackets: Sequence[Bracket]
) -> Message:
    if ast.literal_eval(groups["found"]) == "\t":
        return msg("yaml.tab")
    return msg("yaml.cannot_start", found=found_words(groups["found"]))


def _unclosed(bracket: str, line: int) -> Message:
    return msg("yaml.unclosed_list" if bracket == "[" else "yaml.unclosed_mapping", start=line)


def _no_content(groups: dict[str, str], start: int | None, brackets: Sequence[Bracket]) -> Message:
    if groups["found"] == "'<stream end>'" and brackets:
        return _unclosed(*brackets[-1])
    return msg("yaml.no_value", found=found_words(groups["found"]))


def _flow_separator(bracket: str) -> Words:
    def words(
        groups: dict[str, str], start: int | None, brackets: Sequence[Bracket]
    ) -> Message | None:
        if start is None:
            return None
        if groups["found"] == "'<stream end>'":
            return _unclosed(bracket, start)
        key = "yaml.list_separator" if bracket == "[" else "yaml.mapping_separator"
        return msg(key, start=start, found=found_words(groups["found"]))

    return words


def _indentation(
    groups: dict[str, str], start: int | None, brackets: Sequence[Bracket]
) -> Message | None:
    if start is None:
        return None
    return msg("yaml.indentation", start=start, found=found_words(groups["found"]))


def _anchor_name(
    groups: dict[str, str], start: int | None, brackets: Sequence[Bracket]
) -> Message | None:
    if start is None:
        return None
    sign = "&" if groups["kind"] == "anchor" else "*"
    return msg("yaml.anchor_name", sign=sign, start=start, found=found_words(groups["found"]))


def _hex_escape(
    groups: dict[str, str], start: int | None, brackets: Sequence[Bracket]
) -> Message | None:
    if start is None:
        return None
    letter = {"2": "x", "4": "u", "8": "U"}.get(groups["count"], "u")
    return msg(
        "yaml.hex_escape",
        start=start,
        escape="\\" + letter,
        count=int(groups["count"]),
        found=found_words(groups["found"]),
    )


def _unknown_escape(
    groups: dict[str, str], start: int | None, brackets: Sequence[Bracket]
) -> Message | None:
    character = ast.literal_eval(groups["found"])
    if start is None or len(character) != 1:
        return None
    shown = character if character.isprintable() else f"U+{ord(character):04X}"
    return msg("yaml.unknown_escape", start=start, escape="\\" + shown)


def _duplicate_anchor(
    groups: dict[str, str], start: int | None, brackets: Sequence[Bracket]
) -> Message | None:
    if start is None:
        return None
    return msg("yaml.duplicate_anchor", name=ast.literal_eval(groups["name"]), start=start)


def _unknown_tag(groups: dict[str, str], start: int | None, brackets: Sequence[Bracket]) -> Message:
    return msg("yaml.unknown_tag", tag=_tag_shown(ast.literal_eval(groups["tag"])))


def _tag_handle(groups: dict[str, str], start: int | None, brackets: Sequence[Bracket]) -> Message:
    return msg("yaml.unknown_tag", tag=ast.literal_eval(groups["handle"]))


def _node_kind(
    groups: dict[str, str], start: int | None, brackets: Sequence[Bracket]
) -> Message | None:
    expected, found = _NODES.get(groups["expected"]), _NODES.get(groups["node"])
    if expected is None or found is None:
        return None
    return msg("yaml.node_kind", expected=msg(expected), found=msg(found))


def _merge(
    groups: dict[str, str], start: int | None, brackets: Sequence[Bracket]
) -> Message | None:
    found = _NODES.get(groups["node"])
    return None if found is None else msg("yaml.merge", found=msg(found))


def _quoted(name: str) -> str:
    return f"(?P<{name}>{_REPR})"


_QUOTED = _quoted("found")
_ANY = r".*"
# (context, problem, words): both patterns must match the whole of PyYAML's text.
_RULES: list[tuple[str, str, Words]] = [
    # -- scanner.py
    (
        r"while scanning for the next token",
        rf"found character {_QUOTED} that cannot start any token",
        _cannot_start,
    ),
    (r"while scanning a simple key", r"could not find expected ':'", _from_start("yaml.no_colon")),
    (r"", r"sequence entries are not allowed here", _fixed("yaml.entry_here")),
    (r"", r"mapping keys are not allowed here", _fixed("yaml.key_here")),
    (r"", r"mapping values are not allowed here", _fixed("yaml.colon_here")),
    (r"while (?:scanning|parsing) a directive", _ANY, _from_start("yaml.directive")),
    (
        r"while scanning an (?P<kind>anchor|alias)",
        rf"expected alphabetic or numeric character, but found {_QUOTED}",
        _anchor_name,
    ),
    (r"while (?:scanning|parsing) a tag", _ANY, _from_start("yaml.tag_syntax")),
    (r"while scanning a block scalar", _ANY, _from_start("yaml.block_scalar")),
    (
        r"while scanning a double-quoted scalar",
        rf"expected escape sequence of (?P<count>\d+) hexadecimal numbers, but found {_QUOTED}",
        _hex_escape,
    ),
    (
        r"while scanning a double-quoted scalar",
        rf"found unknown escape character {_QUOTED}",
        _unknown_escape,
    ),
    (
        r"while scanning a quoted scalar",
        r"found unexpected end of stream",
        _from_start("yaml.quote_to_end"),
    ),
    (
        r"while scanning a quoted scalar",
        r"found unexpected document separator",
        _from_start("yaml.quote_to_separator"),
    ),
    # -- parser.py
    # ruamel.yaml writes this one's token in a tuple: "but found ('<scalar>',)"
    (
        r"",
        rf"expected '<document start>', but found \(?{_QUOTED},?\)?",
        _with_found("yaml.document_start"),
    ),
    (
        r"",
        r"found (?:duplicate YAML directive|incompatible YAML document.*)|duplicate tag handle .*",
        _fixed("yaml.directive_here"),
    ),
    (r"while parsing a node", rf"found undefined tag handle {_quoted('handle')}", _tag_handle),
    (
        r"while parsing a (?:block|flow) node",
        rf"expected the node content, but found {_QUOTED}",
        _no_content,
    ),
    (
        r"while parsing a block (?:collection|mapping)",
        rf"expected <block end>, but found {_QUOTED}",
        _indentation,
    ),
    (
        r"while parsing a flow sequence",
        rf"expected ',' or '\]', but got {_QUOTED}",
        _flow_separator("["),
    ),
    (
        r"while parsing a flow mapping",
        rf"expected ',' or '}}', but got {_QUOTED}",
        _flow_separator("{"),
    ),
    # -- composer.py
    (
        r"expected a single document in the stream",
        r"but found another document",
        _fixed("yaml.second_document"),
    ),
    (
        rf"found duplicate anchor {_quoted('name')}; first occurrence",
        r"second occurrence",
        _duplicate_anchor,
    ),
    (r"", r"found undefined alias .*", _fixed("problem.alias")),
    # -- constructor.py (SafeConstructor)
    (r"", rf"could not determine a constructor for the tag {_quoted('tag')}", _unknown_tag),
    (r"while constructing a mapping", r"found unhashable key", _fixed("yaml.unhashable_key")),
    (
        r"while constructing a mapping",
        r"expected a mapping (?:or list of mappings )?for merging, but found (?P<node>\w+)",
        _merge,
    ),
    (r"", r"expected an? (?P<expected>\w+) node, but found (?P<node>\w+)", _node_kind),
    (r"while constructing (?:an ordered map|pairs)", _ANY, _fixed("yaml.pairs")),
    (
        r"",
        r"failed to (?:convert base64 data into ascii|decode base64 data): .*",
        _fixed("yaml.binary"),
    ),
]
