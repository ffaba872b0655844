"""The ``vnpolicy`` command. Each command lives in a small module of this package and is added here."""
from __future__ import annotations

import click

from vnpolicy import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="vnpolicy")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False), default=None,
              metavar="FILE", help="Settings overriding the defaults (nlp/settings.cfg): an INI file with any of its "
                                   "sections and keys, e.g. [search] snippet_chars = 300. Default: $VNPOLICY_CONFIG.")
def cli(config_file: str | None) -> None:
    """Follow how Vietnam's government policy travels through the press.

    Collect pages (crawl, ingest), turn them into documents and facts (process), and ask the
    corpus questions (search, mentions, coverage, export, serve). Every command takes --db.
    Settings (limits, thresholds, defaults) come from nlp/settings.cfg, overridden section by
    section by the file given with --config or in $VNPOLICY_CONFIG.

    \b
    Start here:
        vnpolicy demo                      # offline, builds ./vnpolicy-demo.db
        vnpolicy search "hop tac xa" --db vnpolicy-demo.db
    """
    from nlp import config

    try:
        config.use_config(config_file)
    except config.ConfigError as exc:
        raise click.BadParameter(str(exc), param_hint="'--config'") from None
    if config_file:  # processes this command starts (a crawl, workers) read the same file
        import os

        os.environ[config.CONFIG_ENV] = os.path.abspath(config_file)


from vnpolicy.cli import documents as _documents  # noqa: E402
from vnpolicy.cli import query as _query  # noqa: E402
from vnpolicy.cli import demo as _demo  # noqa: E402
from vnpolicy.cli import export as _export  # noqa: E402
from vnpolicy.cli import mentions as _mentions  # noqa: E402
from vnpolicy.cli import export_facts as _export_facts  # noqa: E402
from vnpolicy.cli import serve as _serve  # noqa: E402
from vnpolicy.cli import coverage as _coverage  # noqa: E402
from vnpolicy.cli import crawl as _crawl  # noqa: E402
from vnpolicy.cli import export_pages as _export_pages  # noqa: E402
from vnpolicy.cli import diffusion as _diffusion  # noqa: E402
from vnpolicy.cli import store as _store  # noqa: E402
from vnpolicy.cli import eval as _eval  # noqa: E402
from vnpolicy.cli import learned as _learned  # noqa: E402

# one line per command module; a module lists its click commands in COMMANDS
_MODULES = [
    _documents,
    _query,
    _demo,
    _export,
    _export_facts,
    _serve,
    _mentions,
    _coverage,
    _crawl,
    _export_pages,
    _diffusion,
    _store,
    _eval,
    _learned,
]

for _module in _MODULES:
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    """Run the command; a usage error (an unknown option, a missing argument) is one line too."""
    import os
    import sys

    from nlp.config import ConfigError

    try:
        cli.main(prog_name="vnpolicy", standalone_mode=False)
    except click.UsageError as exc:
        hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
        click.echo(f"Error: {exc.format_message()}{hint}", err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ConfigError as exc:  # a bad value in $VNPOLICY_CONFIG, met when a command reads it
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    except click.Abort:
        click.echo("Aborted!", err=True)
        sys.exit(1)
    except BrokenPipeError:  # `vnpolicy export … -o - | head`: the reader left; as click's standalone mode does
        sys.stdout = sys.stderr = open(os.devnull, "w")
        sys.exit(1)
