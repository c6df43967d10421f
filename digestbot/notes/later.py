"""Regular expressions compiled when first used.

The notes reader holds some 470 patterns, many built from the long owner-list pattern;
compiling them all took a second at import, before any command could start. A parse needs
about a third of them for a typical file, so each is compiled on its first use instead.
"""

from __future__ import annotations

import re
from typing import Any, cast

# What a compiled pattern offers that the rules call.
_METHODS = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer")


class _Later:
    """Stands for `re.compile(pattern, flags)` until a method is first called; then the
    compiled pattern's bound methods take the methods' place on the instance, so later
    calls cost what calls on the compiled pattern cost."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled once)."""
        pattern = re.compile(self.pattern, self._flags)
        for name in _METHODS:
            setattr(self, name, getattr(pattern, name))
        self.compiled = lambda: pattern  # type: ignore[method-assign]
        return pattern

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def match(self, *args: Any) -> Any:
        return self.compiled().match(*args)

    def fullmatch(self, *args: Any) -> Any:
        return self.compiled().fullmatch(*args)

    def search(self, *args: Any) -> Any:
        return self.compiled().search(*args)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().split(*args, **kwargs)

    def findall(self, *args: Any) -> Any:
        return self.compiled().findall(*args)

    def finditer(self, *args: Any) -> Any:
        return self.compiled().finditer(*args)


def lazy_regex(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done when the pattern is first used."""
    return cast(re.Pattern[str], _Later(pattern, int(flags)))
