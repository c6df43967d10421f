#!/usr/bin/env bash
# The notes reader compiled with mypyc (the Docker image's build) checked against the
# Python source it is compiled from, and both timed:
#
#     bash bench/compiled.sh            (about 9 minutes on a slow 2-core machine)
#     bash bench/compiled.sh --check    (steps 1-3 only, as .ci/run does; about 7 minutes)
#
# 1. builds the wheel with HATCH_BUILD_HOOK_ENABLE_MYPYC=1 into a temporary folder and
#    installs it, with the test extras, into a venv of its own;
# 2. runs the notes tests against the compiled modules, from a copy of the project without
#    digestbot/ (so nothing can import the source instead);
# 3. compares bench/snapshot.py's fingerprints of the compiled and the Python reader: every
#    corpus file, 400 KB of corpus and generated notes, and every sentence of the notes tests
#    in three settings must give byte-identical JSON;
# 4. times 1 MB of corpus notes and of generated notes with each (best of 3, CPU).
# Exits non-zero if the build, a test or a fingerprint fails. Needs a C compiler (gcc) and
# the Python headers; uses the project's .venv for the Python side.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
python=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== building the compiled wheel (mypyc)"
start=$SECONDS
git ls-files -z | tar --null -cf - -T - | tar -xf - -C "$work" --one-top-level=src
(cd "$work/src" && HATCH_BUILD_HOOK_ENABLE_MYPYC=1 "$python" -m pip wheel -q --no-deps \
    -w "$work/wheels" . >"$work/build.log" 2>&1) || { cat "$work/build.log"; exit 1; }
echo "built in $((SECONDS - start)) s: $(basename "$work"/wheels/*.whl)"

"$python" -m venv "$work/venv"
"$work/venv/bin/pip" install -q "$(ls "$work"/wheels/*.whl)[test]" >"$work/install.log" 2>&1 \
    || { cat "$work/install.log"; exit 1; }
# The project without its source package: imports find the compiled modules only.
mkdir "$work/run"
git ls-files -z | grep -zv '^digestbot/' | tar --null -cf - -T - | tar -xf - -C "$work/run"
[ -e "$root/../shared" ] && ln -s "$root/../shared" "$work/shared"
(cd "$work/run" && "$work/venv/bin/python" -c 'import digestbot.notes.reading as reading
assert reading.__file__.endswith(".so"), reading.__file__
print("compiled modules in use:", reading.__file__)')

echo "== the notes tests against the compiled reader"
(cd "$work/run" && "$work/venv/bin/python" -m pytest -q -p no:cacheprovider \
    tests/test_notes*.py tests/test_follow*.py | tail -n 1)

echo "== fingerprints: compiled against Python"
compiled=$(cd "$work/run" && "$work/venv/bin/python" bench/snapshot.py | tail -n 1)
source=$(PYTHONPATH=. .venv/bin/python bench/snapshot.py | tail -n 1)
echo "compiled: $compiled"
echo "python:   $source"
[ "$compiled" = "$source" ] || { echo "the compiled reader's output differs"; exit 1; }

[ "${1:-}" = "--check" ] && exit 0
echo "== 1 MB parses (best of 3, CPU), alternating"
for _ in 1 2; do
  (cd "$work/run" && "$work/venv/bin/python" bench/parse_time.py)
  PYTHONPATH=. .venv/bin/python bench/parse_time.py
done
