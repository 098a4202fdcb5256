"""The register's configuration in one object: command-line flags, then the environment (``PYSAKKI_REGISTER_*``),
then a TOML file (``--config FILE`` or ``$PYSAKKI_REGISTER_CONFIG``), then the defaults, in that order of weight.

Every setting is read and checked here once, so a mistyped proxy address or retention stops the start with a clear
message instead of surfacing later. A deployment writes the file once (see ``deploy/``); a test or a one-off command
overrides with a flag.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Annotated, Any, ClassVar

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

from app.privacy.booking_purge import DEFAULT_DAYS as DEFAULT_BOOKING_DAYS
from app.privacy.booking_purge import MAX_DAYS as MAX_BOOKING_DAYS
from app.privacy.retention import DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS

ENV_PREFIX = "PYSAKKI_REGISTER_"
ENV_CONFIG = ENV_PREFIX + "CONFIG"
DEFAULT_PORT = 8730


class RegisterSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid")

    # The TOML file read under the environment, if any (set from --config or $PYSAKKI_REGISTER_CONFIG).
    config_file: ClassVar[Path | None] = None

    database: str | None = None  # a SQLAlchemy URL; None: a SQLite file in the user data directory
    key_file: Path | None = None  # contact requests' key; None: beside a SQLite database, else the config directory
    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=1, le=65535)] = DEFAULT_PORT
    certfile: Path | None = None
    keyfile: Path | None = None
    forwarded_allow_ips: str | None = None  # reverse proxies whose X-Forwarded-For names the client
    retention_days: Annotated[int, Field(ge=0, le=MAX_RETENTION_DAYS)] = DEFAULT_RETENTION_DAYS
    # Days after its visit a reception booking keeps its nickname and contact (laptops: app.privacy.booking_purge).
    booking_days: Annotated[int, Field(ge=0, le=MAX_BOOKING_DAYS)] = DEFAULT_BOOKING_DAYS

    @field_validator("forwarded_allow_ips")
    @classmethod
    def _proxies(cls, value: str | None) -> str | None:
        """Addresses or networks, comma-separated, or ``*``: a host name or a typo stops the start instead of
        leaving the proxy silently untrusted."""
        if value is None or not value.strip():
            return None
        items = [item.strip() for item in value.split(",")]
        for item in items:
            if item != "*":
                try:
                    ipaddress.ip_network(item, strict=False)
                except ValueError:
                    raise ValueError(f"{item!r} is not an IP address or network") from None
        return ",".join(items)

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
        config = cls.config_file or (Path(os.environ[ENV_CONFIG]) if os.environ.get(ENV_CONFIG) else None)
        if config is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=config))
        return tuple(sources)


def load(config: Path | None = None, **flags: Any) -> RegisterSettings:
    """The settings, with the flags given (None: not given) over the environment over the file ``config``."""
    if config is not None and not config.is_file():
        raise ValueError(f"no configuration file at {config}")
    RegisterSettings.config_file = config
    try:
        return RegisterSettings(**{name: value for name, value in flags.items() if value is not None})
    finally:
        RegisterSettings.config_file = None
