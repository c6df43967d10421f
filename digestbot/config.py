"""Settings: the TOML config file plus `DIGESTBOT_<SECTION>__<KEY>` environment overrides.

Loaded with pydantic-settings; there is no module-level instance. `load_settings` is the
only entry point and turns every validation problem into a `ConfigError` whose message
has one line per problem, each naming the file and the dotted key.
"""

from __future__ import annotations

import ipaddress
import tomllib
from collections.abc import Mapping
from email.utils import parseaddr
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import email_validator
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from digestbot.errors import ConfigError

DEFAULT_CONFIG = Path("config/digestbot.toml")
ENV_PREFIX = "DIGESTBOT_"


def check_address(address: str) -> str:
    """Return the normalised address, or raise ValueError naming it."""
    try:
        return email_validator.validate_email(
            address.strip(), check_deliverability=False, allow_smtputf8=True
        ).normalized
    except email_validator.EmailNotValidError as exc:
        raise ValueError(f"invalid address {address!r}: {exc}") from None


def check_timezone(name: str) -> str:
    """Return `name` if it is a known IANA time zone."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r}") from None
    return name


def check_cron(expr: str) -> str:
    """Return `expr` if it is a five-field crontab (or six, seconds first)."""
    from digestbot.schedule import cron_trigger

    if expr.strip() == "":
        return ""
    try:
        cron_trigger(expr, ZoneInfo("UTC"))
    except ValueError as exc:
        raise ValueError(f"invalid cron expression {expr!r}: {exc}") from None
    return expr


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class BotSettings(_Section):
    from_: str = Field("Digest Bot <digest@localhost.localdomain>", alias="from")
    domain: str = "localhost.localdomain"
    timezone: str = "UTC"
    notes_dir: Path = Path("notes")
    store: str = "sqlite:///var/digestbot.db"
    templates_dir: Path = Path("templates")
    base_url: str = ""
    secret: SecretStr = SecretStr("")
    log_format: Literal["plain", "json"] = "plain"

    @field_validator("from_")
    @classmethod
    def _from_address(cls, value: str) -> str:
        _name, addr = parseaddr(value)
        check_address(addr)
        return value

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        return check_timezone(value)

    @property
    def from_address(self) -> str:
        return parseaddr(self.from_)[1]


class SmtpSettings(_Section):
    host: str = ""
    port: int = Field(587, ge=1, le=65535)
    security: Literal["starttls", "tls", "none"] = "starttls"
    allow_insecure: bool = False
    username: str = ""
    password: SecretStr = SecretStr("")
    outbox: Path = Path("var/outbox")
    timeout: float = Field(30.0, gt=0)
    max_connections: int = Field(4, ge=1, le=256)
    max_recipients_per_message: int = Field(50, ge=1, le=1000)
    rate_limit: float = Field(0.0, ge=0)  # messages per second; 0 = unlimited
    rate_limit_per_minute: float = Field(0.0, ge=0)
    rate_limit_per_hour: float = Field(0.0, ge=0)
    verify_certificate: bool = True
    ca_file: Path | None = None
    max_attempts: int = Field(3, ge=1, le=20)
    retry_base_delay: float = Field(1.0, ge=0)

    @model_validator(mode="after")
    def _insecure_only_on_loopback(self) -> SmtpSettings:
        insecure = self.host and self.security == "none" and not self.allow_insecure
        if insecure and not _is_loopback(self.host):
            raise ValueError(f'security = "none" sends in clear text to {self.host}; '
                             "set smtp.allow_insecure = true to allow it")
        return self


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class ReminderSettings(_Section):
    first_after_days: int = Field(3, ge=0)
    every_days: int = Field(7, ge=1)
    before_due_days: int = Field(2, ge=0)
    due_soon_days: int = Field(7, ge=0)


class ListSettings(_Section):
    title: str = ""
    address: str = ""
    members: list[str] = []
    members_file: Path | None = None
    coordinator: str = ""
    subject_prefix: str | None = None
    mode: Literal["personalised", "bulk"] = "personalised"
    timezone: str | None = None
    digest_schedule: str = "0 9 * * mon"
    reminder_schedule: str = "0 9 * * thu"

    @field_validator("address", "coordinator")
    @classmethod
    def _optional_address(cls, value: str) -> str:
        return check_address(value) if value.strip() else ""

    @field_validator("members")
    @classmethod
    def _member_addresses(cls, value: list[str]) -> list[str]:
        return [check_address(a) for a in value]

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str | None) -> str | None:
        return check_timezone(value) if value else None

    @field_validator("digest_schedule", "reminder_schedule")
    @classmethod
    def _cron(cls, value: str) -> str:
        return check_cron(value)


class SchedulerSettings(_Section):
    misfire_grace_seconds: int = Field(3600, ge=0)
    watch_interval_seconds: float = Field(30.0, gt=0)
    lock_timeout_seconds: int = Field(60, ge=5)


class WebSettings(_Section):
    host: str = "127.0.0.1"
    port: int = Field(8025, ge=0, le=65535)
    token_max_age_days: int = Field(90, ge=1)


class DkimSettings(_Section):
    selector: str = ""
    domain: str = ""
    key_file: Path | None = None


class Settings(BaseSettings):
    """The whole configuration. Build it with `load_settings`, not directly."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter="__",
        extra="forbid",
        case_sensitive=False,
    )

    bot: BotSettings = BotSettings()
    smtp: SmtpSettings = SmtpSettings()
    reminders: ReminderSettings = ReminderSettings()
    scheduler: SchedulerSettings = SchedulerSettings()
    web: WebSettings = WebSettings()
    dkim: DkimSettings = DkimSettings()
    lists: dict[str, ListSettings] = {}
    people: dict[str, str] = {}

    @field_validator("people")
    @classmethod
    def _people_addresses(cls, value: dict[str, str]) -> dict[str, str]:
        return {name: check_address(addr) for name, addr in value.items()}

    @field_validator("lists")
    @classmethod
    def _list_names(cls, value: dict[str, ListSettings]) -> dict[str, ListSettings]:
        for name in value:
            if not name.replace("-", "").replace("_", "").isalnum():
                raise ValueError(f"list name {name!r} may hold only letters, digits, - and _")
        return value

    def list_timezone(self, name: str) -> ZoneInfo:
        """The time zone a list's schedules run in."""
        return ZoneInfo(self.lists[name].timezone or self.bot.timezone)

    def default_list(self) -> str:
        """The list used when a command names none: the first in the config."""
        if not self.lists:
            raise ConfigError("no [lists.NAME] table in the config", key="lists")
        return next(iter(self.lists))

    def get_list(self, name: str | None) -> tuple[str, ListSettings]:
        """The named list (or the default one), or ConfigError naming it."""
        name = name or self.default_list()
        if name not in self.lists:
            known = ", ".join(self.lists) or "none"
            raise ConfigError(f"no list named {name!r} in the config (known: {known})",
                              key=f"lists.{name}")
        return name, self.lists[name]


def _toml_source(path: Path | None) -> type[Settings]:
    """A Settings subclass whose sources are: init, environment, then the TOML file."""

    class _FileSettings(Settings):
        @classmethod
        def settings_customise_sources(
            cls,
            settings_cls: type[BaseSettings],
            init_settings: PydanticBaseSettingsSource,
            env_settings: PydanticBaseSettingsSource,
            dotenv_settings: PydanticBaseSettingsSource,
            file_secret_settings: PydanticBaseSettingsSource,
        ) -> tuple[PydanticBaseSettingsSource, ...]:
            sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
            if path is not None:
                sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
            return tuple(sources)

    return _FileSettings


def _describe(error: Mapping[str, Any]) -> tuple[str, str]:
    loc = ".".join(str(p) for p in error["loc"] if not str(p).startswith("function-"))
    loc = loc.replace("from_", "from")
    if error["type"] == "extra_forbidden":
        return loc, "unknown key"
    msg = str(error["msg"]).removeprefix("Value error, ")
    return loc, msg


def resolve_config_path(explicit: Path | None, environ: Mapping[str, str]) -> Path:
    """--config, else $DIGESTBOT_CONFIG, else config/digestbot.toml."""
    if explicit is not None:
        return explicit
    if environ.get("DIGESTBOT_CONFIG"):
        return Path(environ["DIGESTBOT_CONFIG"])
    return DEFAULT_CONFIG


def load_settings(path: Path | None, *, required: bool = True) -> Settings:
    """Read and validate the config at `path` plus environment overrides."""
    if path is not None:
        if not path.is_file():
            if required:
                raise ConfigError(f"{path}: config file not found", path=path)
            path = None
        else:
            try:
                tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{path}: cannot read config: {exc}", path=path) from exc
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"{path}: invalid TOML: {exc}", path=path) from exc
    try:
        settings = _toml_source(path)()
    except ValidationError as exc:
        where = str(path) if path else "environment"
        lines = [f"{where}: {key}: {msg}" for key, msg in map(_describe, exc.errors())]
        first_key = _describe(exc.errors()[0])[0] if exc.errors() else None
        raise ConfigError("\n".join(lines), path=path, key=first_key) from None
    return _load_members_files(settings, path)


def _load_members_files(settings: Settings, config_path: Path | None) -> Settings:
    """Append the addresses of each list's `members_file` to its members."""
    for name, lst in settings.lists.items():
        if lst.members_file is None:
            continue
        file = lst.members_file
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{config_path}: lists.{name}.members_file: cannot read {file}: "
                              f"{exc.__class__.__name__}", path=file,
                              key=f"lists.{name}.members_file") from None
        members = list(lst.members)
        for number, line in enumerate(lines, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            try:
                members.append(check_address(line))
            except ValueError as exc:
                raise ConfigError(f"{file}:{number}: {exc}", path=file,
                                  key=f"lists.{name}.members_file") from None
        lst.members = list(dict.fromkeys(members))
    return settings
