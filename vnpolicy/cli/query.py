"""Commands that ask the corpus questions: search, stats."""
from __future__ import annotations

import click

from vnpolicy.cli.options import (check_filters, db_option, describe_province, ensure_mentioned_provinces,
                                  filter_options, handle_errors, open_corpus, output_options, print_json, print_rows,
                                  print_table)


@click.command()
@click.argument("query")
@filter_options
@click.option("--agency", default=None, help="Only documents assigning a task to this agency id (MOF, MAE, DOF@22; DOF or PPC: every province's).")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="How many results.")
@db_option
@output_options
@handle_errors
def search(query, lang, province, attribution, source, since, until, agency, limit, db_path, output) -> None:
    """Full-text search, ranked by bm25, with highlighted snippets.

    Diacritics are optional: "hop tac xa" finds "hợp tác xã" and "dong" finds "đồng". Every word
    must match; put a phrase in double quotes; end a word with * to match its prefix. OR, NOT and
    NEAR are not supported and are refused (quote them, "OR", to search for the word); AND may be
    written, it changes nothing. Words inside web addresses in the text are not searched.

    --province is the publisher's province (--attribution publisher, the default) or a province the
    document names (--attribution mention); dates may be partial (--since 2024, --until 2024-05).

    \b
    Examples:
        vnpolicy search '"nghi dinh" hop tac xa' --lang vi --since 2024-01-01
        vnpolicy search cooperatives --province "Đồng Tháp" --attribution mention --csv
    """
    from corpus.search import search as run_search

    db = open_corpus(db_path, readonly=True)
    check_filters(db, source=source, since=since, until=until, agency=agency)
    db = ensure_mentioned_provinces(db, db_path, province, attribution)
    hits = run_search(db, query, lang=lang, province=province, source=source, agency=agency,
                      since=since, until=until, attribution=attribution, limit=limit)
    where = describe_province(province, attribution)
    if output:
        if where:
            click.echo(f"{where}", err=True)
        print_rows([h.to_dict() for h in hits], output)
        return
    if where:
        click.echo(f"Only documents of {where}.")
    if not hits:
        click.echo("No documents match.")
        return
    for hit in hits:
        click.echo(f"#{hit.id}  [{hit.language}] {hit.title or '(untitled)'}  {hit.published or ''}")
        click.echo(f"    {hit.url}")
        click.echo(f"    {hit.snippet}")


@click.command()
@db_option
@output_options
@handle_errors
def stats(db_path, output) -> None:
    """Counts per table, language, source and province.

    \b
    Example:
        vnpolicy stats --db vnpolicy-demo.db
    """
    from corpus.stats import corpus_stats

    data = corpus_stats(open_corpus(db_path, readonly=True))
    if output == "json":
        print_json(data)
        return
    if output:  # one row per count: section, name, count
        print_rows([{"section": section, "name": name, "count": count}
                    for section, counts in data.items()
                    for name, count in (counts.items() if isinstance(counts, dict) else [(None, counts)])], output)
        return
    for section, counts in data.items():
        if isinstance(counts, dict):
            click.echo(section)
            print_table([{"name": k, "count": v} for k, v in counts.items()])
            click.echo()
        else:
            click.echo(f"{section}: {counts}")


COMMANDS = [search, stats]
