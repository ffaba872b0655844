"""``vnpolicy eval``: precision and recall of the extractors on the gold files, with the quality gate."""
from __future__ import annotations

import sys

import click


@click.command("eval")
@click.option("--gate", is_flag=True, help="Exit non-zero when a score falls below its floor in <gold>/floors.json.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List every missed and spurious fact.")
@click.option("--missing", is_flag=True,
              help="List the texts the gold files name in ../shared or ../external that are absent here, with "
                   "each page's address (tab-separated), and score nothing.")
@click.option("--gold", type=click.Path(exists=True, file_okay=False), default=None, metavar="DIR",
              help="Gold folder (one sub-folder per stage, floors.json). Default: ./tests/gold when it exists, "
                   "else the one beside the installed package.")
def eval_command(gate: bool, as_json: bool, verbose: bool, missing: bool, gold: str | None) -> None:
    """Score references, figures and assignments per language against the gold files.

    \b
    Examples:
        vnpolicy eval                 # the table, with each blind round's first run
        vnpolicy eval --gate          # exit 1 when a score is below its floor (make test)
        vnpolicy eval --json > scores.json
        vnpolicy eval --missing       # gold texts absent on this machine, with their pages' addresses
    """
    from pathlib import Path

    from vnpolicy import evaluate

    folder = Path(gold) if gold else evaluate.default_gold()
    if not folder.is_dir():
        raise click.ClickException(f"no gold folder at {folder}: run from a checkout or give --gold DIR")
    argv = ["--gold", str(folder)] + ["--gate"] * gate + ["--json"] * as_json + ["-v"] * verbose + ["--missing"] * missing
    code = evaluate.main(argv)
    sys.stdout.flush()
    if code:
        sys.exit(code)


COMMANDS = [eval_command]
