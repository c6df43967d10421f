"""Regular expressions compiled when first used, and kept compiled between runs; the
cache files the notes reader keeps.

The notes reader holds some 470 patterns, many built from the long owner-list pattern;
compiling them all took a second at import, before any command could start. A parse needs
about a third of them for a typical file, so each is compiled on its first use instead.

Even so, compiling took most of a short parse (0.25 s of 0.28 s for a page of notes): the
`re` module turns a pattern into the regular-expression engine's code in Python. That code
is kept in a cache file (one per interpreter and engine version, under
`$DIGESTBOT_REGEX_CACHE`, else `$XDG_CACHE_HOME/digestbot`, else `~/.cache/digestbot`;
`DIGESTBOT_REGEX_CACHE=` with no value turns it off), and later runs hand it straight to
the engine. Anything amiss with the file (missing, unreadable, from another version, not
writable) only means compiling as `re.compile` does. The word lists the reader derives
from its dictionary are kept in the same folder (`digestbot/notes/lexicon.py`).
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any, cast

try:  # the engine and the compiler re.compile uses (CPython 3.11 and later)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: compile as usual
    _sre = None  # type: ignore[assignment]

# What a compiled pattern offers that the rules call.
_METHODS = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer")

_MOST = 2000  # entries the cache keeps (the notes reader has some 470 patterns)
# (pattern, flags) -> what the engine needs: final flags, code, groups, their names.
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def cache_file(name: str) -> Path | None:
    """Where the notes reader keeps a file of work done once (see the module's doc), or None
    when `DIGESTBOT_REGEX_CACHE` is set empty or there is no home folder to keep it in."""
    setting = os.environ.get("DIGESTBOT_REGEX_CACHE")
    if setting == "":
        return None
    if setting:
        return Path(setting) / name
    home = os.environ.get("XDG_CACHE_HOME")
    if not home:
        try:
            home = str(Path.home() / ".cache")
        except (KeyError, RuntimeError):  # no home folder (a service account): no cache
            return None
    return Path(home) / "digestbot" / name


def read_cached(path: Path | None) -> Any:
    """What `write_cached` wrote at `path`, or None (no file, or not one of ours)."""
    with contextlib.suppress(Exception):
        if path is not None:
            return marshal.loads(path.read_bytes())
    return None


def write_cached(path: Path | None, data: Any) -> None:
    """Write `data` at `path` whole or not at all (another process may be reading or
    writing it); a folder that cannot be written only means no cache."""
    if path is None:
        return
    with contextlib.suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(data))
            os.replace(temporary, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


class _Cache:
    """The engine code of the patterns compiled in earlier runs, and of those new in this
    one, written back when the process ends."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, int], _Entry] | None = None
        self.used: set[tuple[str, int]] = set()
        self.added = False

    def path(self) -> Path | None:
        if _sre is None:  # pragma: no cover
            return None
        return cache_file(f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal")

    def load(self) -> dict[tuple[str, int], _Entry]:
        if self.entries is None:
            data = read_cached(self.path())
            self.entries = data if isinstance(data, dict) else {}
        return self.entries

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        if _sre is None:  # pragma: no cover
            return re.compile(pattern, flags)
        entries = self.load()
        self.used.add((pattern, flags))
        entry = entries.get((pattern, flags))
        if entry is not None:
            with contextlib.suppress(Exception):  # a stale entry: compile it afresh
                return cast(re.Pattern[str], _sre.compile(pattern, *entry))
        try:
            entry = _engine_arguments(pattern, flags)
            compiled = cast(re.Pattern[str], _sre.compile(pattern, *entry))
        except Exception:  # pragma: no cover - a Python whose compiler differs
            return re.compile(pattern, flags)
        if not self.added:
            atexit.register(self.save)
        entries[(pattern, flags)] = entry
        self.added = True
        return compiled

    def save(self) -> None:
        """Write the cache with the patterns this run added."""
        if not self.added or self.entries is None:
            return
        if len(self.entries) > _MOST:
            # Patterns of earlier versions pile up: keep those this run used.
            self.entries = {key: self.entries[key] for key in self.used if key in self.entries}
        write_cached(self.path(), self.entries)
        self.added = False


def _engine_arguments(pattern: str, flags: int) -> _Entry:
    """What `re._compiler.compile` hands the engine for a pattern, after the pattern."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # (The opcodes are int subclasses, which marshal does not write: plain ints.)
    return (flags | parsed.state.flags, [int(op) for op in code], parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


_CACHE = _Cache()


class _Later:
    """Stands for `re.compile(pattern, flags)` until a method is first called; then the
    compiled pattern's bound methods take the methods' place on the instance, so later
    calls cost what calls on the compiled pattern cost."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled once)."""
        pattern = _CACHE.compile(self.pattern, self._flags)
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
