"""Config: TOML + environment overrides, one clear line per problem, secrets kept secret."""

from __future__ import annotations

from pathlib import Path

import pytest

from digestbot.config import load_settings, resolve_config_path
from digestbot.errors import ConfigError
from tests.conftest import ROOT, run, write_config


def test_shipped_config_is_valid() -> None:
    settings = load_settings(ROOT / "config" / "digestbot.toml")
    assert settings.bot.from_address == "digest@igc.example"
    assert settings.lists["igc"].title == "Internet Governance Caucus"
    assert settings.smtp.host == ""  # embedded default: Maildir outbox


def test_environment_overrides_any_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = write_config(tmp_path)
    monkeypatch.setenv("DIGESTBOT_SMTP__HOST", "mail.example.org")
    monkeypatch.setenv("DIGESTBOT_SMTP__PORT", "2525")
    monkeypatch.setenv("DIGESTBOT_LISTS__IGC__TITLE", "Caucus")
    settings = load_settings(config)
    assert (settings.smtp.host, settings.smtp.port) == ("mail.example.org", 2525)
    assert settings.lists["igc"].title == "Caucus"
    assert settings.lists["igc"].members  # the rest of the table is kept


def test_config_path_precedence(tmp_path: Path) -> None:
    explicit = tmp_path / "a.toml"
    assert resolve_config_path(explicit, {"DIGESTBOT_CONFIG": "b.toml"}) == explicit
    assert resolve_config_path(None, {"DIGESTBOT_CONFIG": "b.toml"}) == Path("b.toml")
    assert resolve_config_path(None, {}) == Path("config/digestbot.toml")


@pytest.mark.parametrize(("extra", "expected"), [
    ("[smtp]\nhots = 'x'\n", "smtp.hots: unknown key"),
    ("[smtp]\nport = 'many'\n", "smtp.port: Input should be a valid integer"),
    ("[smtp]\nsecurity = 'ssl'\n", "smtp.security: Input should be 'starttls', 'tls' or 'none'"),
    ("[bott]\nfrom = 'a@b.org'\n", "bott: unknown key"),
    ("[lists.x]\nmembers = ['ana@example.org', 'not an address']\n", "'not an address'"),
    ("[lists.x]\ndigest_schedule = '0 9 * *'\n", "lists.x.digest_schedule: invalid cron"),
    ("[bot]\ntimezone = 'Mars/Olympus'\n", "bot.timezone: unknown time zone 'Mars/Olympus'"),
])
def test_bad_config_names_file_and_key(tmp_path: Path, extra: str, expected: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(extra)
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert str(path) in str(info.value)
    assert expected in str(info.value)


def test_every_problem_gets_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[smtp]\nhots = 'x'\nport = 'y'\n[lists.a]\nmembers = ['nope']\n")
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert len(str(info.value).splitlines()) == 3


def test_invalid_toml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[smtp]\nhost = \n")
    with pytest.raises(ConfigError, match=r"bad.toml: invalid TOML: .*line 2"):
        load_settings(path)


def test_cleartext_smtp_refused_for_remote_hosts(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[smtp]\nhost = 'mail.example.org'\nsecurity = 'none'\n")
    with pytest.raises(ConfigError, match="allow_insecure"):
        load_settings(path)
    path.write_text("[smtp]\nhost = 'mail.example.org'\nsecurity = 'none'\nallow_insecure = true\n")
    assert load_settings(path).smtp.security == "none"
    path.write_text("[smtp]\nhost = '127.0.0.1'\nsecurity = 'none'\n")
    assert load_settings(path).smtp.host == "127.0.0.1"


def test_members_file(tmp_path: Path) -> None:
    (tmp_path / "members.txt").write_text("# members\nana@example.org\n\nbo@example.net  # Bo\n")
    path = tmp_path / "c.toml"
    path.write_text(f"[lists.a]\nmembers_file = '{tmp_path / 'members.txt'}'\n")
    assert load_settings(path).lists["a"].members == ["ana@example.org", "bo@example.net"]
    (tmp_path / "members.txt").write_text("ana@example.org\nbroken@\n")
    with pytest.raises(ConfigError, match=r"members.txt:2: invalid address 'broken@'"):
        load_settings(path)


def test_cli_bad_config_exits_2_with_one_line_per_problem(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[smtp]\nhots = 'x'\n")
    result = run(path, "check")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"digestbot: error: {path}: smtp.hots: unknown key"
    assert "Traceback" not in result.output


def test_missing_config_file(tmp_path: Path) -> None:
    result = run(tmp_path / "nope.toml", "check")
    assert result.exit_code == 2
    assert "nope.toml: config file not found" in result.stderr


def test_password_never_printed(tmp_path: Path) -> None:
    config = write_config(tmp_path, extra="")
    secret = "s3cret-Pa55word"
    env = {"DIGESTBOT_SMTP__PASSWORD": secret, "DIGESTBOT_SMTP__PORT": "nope"}
    result = run(config, "check", env=env)
    assert result.exit_code == 2
    assert secret not in result.output + result.stderr
    env = {"DIGESTBOT_SMTP__PASSWORD": secret}
    result = run(config, "check", env=env)
    assert result.exit_code == 0, result.output
    assert secret not in result.output + result.stderr
    assert secret not in repr(load_settings(config).smtp)
