"""The notes reader's patterns are compiled on first use: each must still compile, and act
as the compiled pattern does."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import digestbot.notes
from digestbot.notes.later import _Later, lazy_regex


def test_every_pattern_of_the_notes_reader_compiles() -> None:
    lazy = []
    for info in pkgutil.iter_modules(digestbot.notes.__path__):
        module = importlib.import_module(f"digestbot.notes.{info.name}")
        lazy += [(info.name, name) for name, value in vars(module).items()
                 if isinstance(value, _Later)]
    assert len(lazy) > 400  # (the reader's module-level patterns are made this way)
    for module_name, name in lazy:
        value = vars(importlib.import_module(f"digestbot.notes.{module_name}"))[name]
        assert isinstance(value.compiled(), re.Pattern), f"{module_name}.{name}"


def test_a_lazy_pattern_acts_as_the_compiled_one() -> None:
    text = "Ana will send the Q2 figures; Bo will check them."
    pattern = r"(?P<who>[A-Z]\w+) will"
    lazy, eager = lazy_regex(pattern, re.I), re.compile(pattern, re.I)
    assert lazy.pattern == eager.pattern
    assert lazy.search(text).group("who") == eager.search(text).group("who") == "Ana"
    assert lazy.match(text, 20) is None and eager.match(text, 20) is None
    assert lazy.sub(r"\g<who> shall", text, count=1) == eager.sub(r"\g<who> shall", text, count=1)
    assert lazy.findall(text) == eager.findall(text) == ["Ana", "Bo"]
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.split(text) == eager.split(text)
    assert lazy.flags == eager.flags and lazy.groupindex == eager.groupindex
    assert lazy.fullmatch("Ana will") is not None


def test_no_module_of_the_notes_reader_names_two_things_alike() -> None:
    # A second "_NO_OBJECT = …" further down silently replaces the first for every rule.
    for path in sorted(Path(digestbot.notes.__file__).parent.glob("*.py")):
        names: list[str] = []
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names += [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.append(node.target.id)
            elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                names.append(node.name)
        twice = sorted({name for name in names if names.count(name) > 1} - {"__all__"})
        assert not twice, f"{path.name}: {twice}"
