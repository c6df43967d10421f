"""The compiled-pattern cache (digestbot/notes/later.py): a second run reads the patterns'
engine code from the cache file instead of compiling them, and gets the same result; a
damaged or missing file only means compiling again. Each run is a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "examples" / "notes" / "2024-03-14-igc-wsis-review.txt"

# Parses the notes and reports the JSON, and how many patterns were compiled afresh and
# how many came from the cache file.
PROBE = """
import json, sys
from digestbot.notes import later, parse_notes
from pathlib import Path
fresh = []
engine = later._engine_arguments
def counting(pattern, flags):
    fresh.append(pattern)
    return engine(pattern, flags)
later._engine_arguments = counting
session = parse_notes(Path(sys.argv[1]))
print(json.dumps({"follow_ups": [[f.task, list(f.owners), str(f.due), f.status]
                                 for f in session.follow_ups],
                  "sections": [s.title for s in session.sections],
                  "fresh": len(fresh), "loaded": len(later._CACHE.entries or {})}))
"""


def _run(cache: str, **more: str) -> dict:
    env = {**os.environ, "DIGESTBOT_REGEX_CACHE": cache, **more}
    done = subprocess.run([sys.executable, "-c", PROBE, str(NOTES)], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_a_second_run_compiles_nothing_and_reads_the_same(tmp_path: Path) -> None:
    first = _run(str(tmp_path))
    [cache_file] = tmp_path.glob("patterns-*.marshal")
    second = _run(str(tmp_path))
    assert first["fresh"] > 50 and first["loaded"] == first["fresh"]
    assert second["fresh"] == 0 and second["loaded"] == first["fresh"]
    assert second["follow_ups"] == first["follow_ups"] and first["follow_ups"]
    assert second["sections"] == first["sections"]
    assert cache_file.stat().st_size > 0


def test_a_damaged_cache_file_is_compiled_again_and_replaced(tmp_path: Path) -> None:
    clean = _run(str(tmp_path / "clean"))
    folder = tmp_path / "damaged"
    folder.mkdir()
    _run(str(folder))
    [cache_file] = folder.glob("patterns-*.marshal")
    cache_file.write_bytes(cache_file.read_bytes()[:1000])  # cut short, as a full disk does
    damaged = _run(str(folder))
    assert damaged["fresh"] == clean["fresh"]
    assert damaged["follow_ups"] == clean["follow_ups"]
    assert _run(str(folder))["fresh"] == 0  # written whole again


def test_an_empty_setting_turns_the_cache_off(tmp_path: Path) -> None:
    home = tmp_path / "home"
    off = _run("", XDG_CACHE_HOME=str(home))
    assert off["fresh"] > 50 and off["follow_ups"]
    assert not home.exists()


def test_without_a_setting_the_cache_is_under_xdg_cache_home(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DIGESTBOT_REGEX_CACHE"}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    subprocess.run([sys.executable, "-c", PROBE, str(NOTES)], env=env, cwd=ROOT,
                   capture_output=True, text=True, check=True)
    assert list((tmp_path / "digestbot").glob("patterns-*.marshal"))


DICTIONARY = """
import json, sys
from digestbot.notes import lexicon
built = []
import english_words
real = english_words.get_english_words_set
def counting(*args, **kwargs):
    built.append(1)
    return real(*args, **kwargs)
english_words.get_english_words_set = counting
lower, capital = lexicon._dictionary()
print(json.dumps({"built": len(built), "lower": len(lower), "capital": len(capital),
                  "agreement": lexicon.dictionary_word("Agreement"),
                  "mark": lexicon.dictionary_word("Mark")}))
"""


def _dictionary(cache: str) -> dict:
    env = {**os.environ, "DIGESTBOT_REGEX_CACHE": cache}
    done = subprocess.run([sys.executable, "-c", DICTIONARY], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_the_dictionary_sets_are_read_from_the_cache_after_the_first_run(tmp_path: Path) -> None:
    first = _dictionary(str(tmp_path))
    second = _dictionary(str(tmp_path))
    assert first["built"] == 1 and second["built"] == 0
    assert first == {**second, "built": 1}
    assert first["lower"] > 100_000 and first["agreement"] and not first["mark"]
    [cache_file] = tmp_path.glob("dictionary-*.marshal")
    cache_file.write_bytes(b"not a cache")
    assert _dictionary(str(tmp_path)) == first  # a damaged file is built again


def test_no_home_folder_means_no_cache_and_the_notes_are_still_read(monkeypatch) -> None:
    from digestbot.notes import later, parse_bytes

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("DIGESTBOT_REGEX_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert later.cache_file("patterns.marshal") is None
    later.write_cached(later.cache_file("patterns.marshal"), {"a": 1})  # writes nothing
    assert parse_bytes(NOTES.read_bytes(), name=NOTES.name).follow_ups
