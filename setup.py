"""Build step: copy the repository's top-level `scenarios/` and `assets/` into the package.

The design keeps those folders at the top of the repository (people edit them there); an
installed trainer finds them inside the package, at trainer/_bundled/ (trainer/bundled.py).
Everything else about the build is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
BUNDLED = ("scenarios", "assets")  # as trainer/bundled.py
LEFT_OUT = shutil.ignore_patterns("__pycache__", "*.py", "*.py[cod]")  # build scripts stay home


class BuildPyWithData(build_py):
    def run(self) -> None:
        if not self.editable_mode:
            # pip builds a local folder in place, and setuptools packs all of build/lib: a module
            # renamed or deleted since an earlier build would otherwise ship in the wheel.
            shutil.rmtree(Path(self.build_lib) / "trainer", ignore_errors=True)
        super().run()
        if self.editable_mode:  # an editable install reads the checkout's folders directly
            return
        for name in BUNDLED:
            target = Path(self.build_lib) / "trainer" / "_bundled" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(HERE / name, target, ignore=LEFT_OUT)


setup(cmdclass={"build_py": BuildPyWithData})
