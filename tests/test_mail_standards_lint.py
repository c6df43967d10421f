"""The shared mail linter (../shared/tools/mail_lint.py) finds no problem in a digest,
a personalised digest, a bulk digest or a reminder, and the offline SpamAssassin score of
each stays at or below 1.0.

SpamAssassin takes about a second and a half per message, so the four lints run side
by side; the test is skipped only when the linter itself is absent (it lives beside
the repository, not in it)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.mailsamples import open_app, sample_session, web_config
from tests.test_mail_standards import LIST_ADDRESS, reminder_message, sent_messages

MAIL_LINT = ROOT.parent / "shared" / "tools" / "mail_lint.py"
MAX_SPAM_SCORE = 1.0

pytestmark = pytest.mark.skipif(not MAIL_LINT.is_file(), reason=f"{MAIL_LINT} is absent")


def test_mail_lint_finds_no_problem(tmp_path: Path) -> None:
    session = sample_session()
    personalised = sent_messages(tmp_path / "members", session, address=LIST_ADDRESS)
    bulk = sent_messages(tmp_path / "bulk", session, list_extra='mode = "bulk"')
    app = open_app(web_config(tmp_path / "reminder"))
    try:
        reminder = reminder_message(app, "amara@example.org")
    finally:
        app.store.close()
    samples = {"digest": (personalised[LIST_ADDRESS], "digest"),
               "personalised": (personalised["ana@example.org"], "digest"),
               "bulk": (next(iter(bulk.values())), "digest"),
               "reminder": (reminder, "reminder")}
    runs = {}
    for name, (raw, kind) in samples.items():
        path = tmp_path / f"{name}.eml"
        path.write_bytes(raw)
        runs[name] = subprocess.Popen(
            [sys.executable, str(MAIL_LINT), "--kind", kind, str(path)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for name, proc in runs.items():
        out, _ = proc.communicate(timeout=120)
        assert out.rstrip().endswith("1 checked, 0 problems"), f"{name}:\n{out}"
        score = re.search(r"SpamAssassin -L score=(-?[\d.]+)", out)
        assert score is not None, f"{name}: no SpamAssassin score:\n{out}"
        assert float(score.group(1)) <= MAX_SPAM_SCORE, f"{name}:\n{out}"
