"""Commands that ask the corpus questions: search, stats."""
from __future__ import annotations

import click

from vnpolicy.cli.options import db_option, handle_errors, json_option, open_corpus, print_json, print_table


@click.command()
@click.argument("query")
@click.option("--lang", default=None, help="Only documents in this language (vi, en, fr, sv, …).")
@click.option("--province", default=None, help="Only documents attributed to this province code.")
@click.option("--source", default=None, help="Only documents from this source id.")
@click.option("--agency", default=None, help="Only documents assigning a task to this agency id (MOF, MAE, …).")
@click.option("--since", default=None, help="Published on or after this date (YYYY-MM-DD).")
@click.option("--until", default=None, help="Published on or before this date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="How many results.")
@db_option
@json_option
@handle_errors
def search(query, lang, province, source, agency, since, until, limit, db_path, as_json) -> None:
    """Full-text search, ranked by bm25, with highlighted snippets.

    Diacritics are optional: "hop tac xa" finds "hợp tác xã" and "dong" finds "đồng". Put a
    phrase in double quotes; end a word with * to match its prefix.

    \b
    Example:
        vnpolicy search '"nghi dinh" hop tac xa' --lang vi --since 2024-01-01
    """
    from corpus.search import search as run_search

    db = open_corpus(db_path, readonly=True)
    hits = run_search(db, query, lang=lang, province=province, source=source, agency=agency,
                      since=since, until=until, limit=limit)
    if as_json:
        print_json([h.to_dict() for h in hits])
        return
    if not hits:
        click.echo("No documents match.")
        return
    for hit in hits:
        click.echo(f"#{hit.id}  [{hit.language}] {hit.title or '(untitled)'}  {hit.published or ''}")
        click.echo(f"    {hit.url}")
        click.echo(f"    {hit.snippet}")


@click.command()
@db_option
@json_option
@handle_errors
def stats(db_path, as_json) -> None:
    """Counts per table, language, source and province.

    \b
    Example:
        vnpolicy stats --db vnpolicy-demo.db
    """
    from corpus.stats import corpus_stats

    data = corpus_stats(open_corpus(db_path, readonly=True))
    if as_json:
        print_json(data)
        return
    for section, counts in data.items():
        if isinstance(counts, dict):
            click.echo(section)
            print_table([{"name": k, "count": v} for k, v in counts.items()])
            click.echo()
        else:
            click.echo(f"{section}: {counts}")


COMMANDS = [search, stats]
