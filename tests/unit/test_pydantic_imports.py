"""No module of the trainer imports the bare `pydantic` package.

With pydantic 2.14 and PySide6 6.11 (seen 2026-12-04), `import pydantic`, then any Qt import, then
`from pydantic import Field` raises ImportError (a circular import inside pydantic, set off by
the import hook PySide6 installs). `from pydantic import ...` alone is safe, and every entry
point imports that way today; this keeps a later module from starting the window on a crash.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "trainer"


def bare_pydantic_imports(source: str) -> list[int]:
    """Lines of `import pydantic` (or `import pydantic.x`) in a module's text."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Import)
        and any(alias.name.split(".")[0] == "pydantic" for alias in node.names)
    ]


def test_the_check_finds_a_bare_import_and_passes_a_from_import() -> None:
    assert bare_pydantic_imports("import os\nimport pydantic\n") == [2]
    assert bare_pydantic_imports("import pydantic.fields as f\n") == [1]
    assert bare_pydantic_imports("from pydantic import Field\nimport pydantic_core\n") == []


def test_no_trainer_module_imports_the_bare_pydantic_package() -> None:
    found = [
        f"{path.relative_to(ROOT.parent)}:{line}"
        for path in sorted(ROOT.rglob("*.py"))
        for line in bare_pydantic_imports(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "write `from pydantic import ...` instead: " + ", ".join(found)
