"""The project's settings: the defaults in ``settings.cfg`` beside this module, overridden by a user's file.

A user's file (``$VNPOLICY_CONFIG``, or ``vnpolicy --config FILE``) is an INI file with any of the same
sections and keys; each package reads its own section (``[langid]`` for nlp.langid, ``[search]`` for
corpus.search …), so a file holding only ``[search]\\nsnippet_chars = 300`` changes only the snippets. A
section or key that the defaults do not have is refused in one line rather than silently ignored.
"""
from __future__ import annotations

import configparser
import os
from functools import lru_cache
from pathlib import Path

SETTINGS_FILE = Path(__file__).with_name("settings.cfg")
# the environment variable naming a user's settings file
CONFIG_ENV = "VNPOLICY_CONFIG"

# set by use_config (vnpolicy --config); None: $VNPOLICY_CONFIG, if set, is read
_override: Path | None = None


class ConfigError(ValueError):
    """A user's settings file that cannot be read or names a setting that does not exist."""


def _read(parser: configparser.ConfigParser, path: Path) -> None:
    with path.open(encoding="utf-8") as f:
        parser.read_file(f)


def override_path() -> Path | None:
    """The user's settings file in force: vnpolicy --config, else $VNPOLICY_CONFIG, else none."""
    if _override is not None:
        return _override
    value = os.environ.get(CONFIG_ENV)
    return Path(value) if value else None


@lru_cache(maxsize=1)
def settings() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(inline_comment_prefixes=None)
    _read(parser, SETTINGS_FILE)
    path = override_path()
    if path is not None:
        user = configparser.ConfigParser(inline_comment_prefixes=None)
        try:
            _read(user, path)
        except (OSError, UnicodeDecodeError, configparser.Error) as exc:
            raise ConfigError(f"settings file {path}: {' '.join(str(exc).split())}") from None
        for section in user.sections():
            if not parser.has_section(section):
                raise ConfigError(f"settings file {path}: unknown section [{section}] "
                                  f"(known: {', '.join(parser.sections())})")
            for key, value in user.items(section, raw=True):
                if not parser.has_option(section, key):
                    raise ConfigError(f"settings file {path}: [{section}] has no setting '{key}'")
                parser.set(section, key, value)
    return parser


def use_config(path: str | os.PathLike | None) -> None:
    """Read the settings from the defaults overridden by ``path`` from now on (None: back to
    $VNPOLICY_CONFIG or the defaults alone); the file is checked at once."""
    global _override
    _override = Path(path) if path is not None else None
    for cached in (settings, get_int, get_float, get_str, _words, get_set):
        cached.cache_clear()
    settings()


# values are parsed once: the text pipeline reads some of them for every paragraph
@lru_cache(maxsize=None)
def get_int(section: str, key: str) -> int:
    return _typed(settings().getint, section, key)


@lru_cache(maxsize=None)
def get_float(section: str, key: str) -> float:
    return _typed(settings().getfloat, section, key)


@lru_cache(maxsize=None)
def get_str(section: str, key: str) -> str:
    return settings().get(section, key)


def _typed(read, section: str, key: str):
    try:
        return read(section, key)
    except ValueError:
        raise ConfigError(f"setting [{section}] {key} = {settings().get(section, key)!r} is not a number "
                          f"(settings file: {override_path()})") from None


@lru_cache(maxsize=None)
def _words(section: str, key: str) -> tuple[str, ...]:
    return tuple(settings().get(section, key).split())


def get_list(section: str, key: str) -> list[str]:
    return list(_words(section, key))


@lru_cache(maxsize=None)
def get_set(section: str, key: str) -> frozenset[str]:
    """The words of a list setting as a set, built once: for membership tests made on every line or word."""
    return frozenset(_words(section, key))
