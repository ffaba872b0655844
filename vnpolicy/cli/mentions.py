"""``vnpolicy mentions``: every mention of one legal document, in any language and any spelling."""
from __future__ import annotations

import click

from vnpolicy.cli.options import (LanguageCode, db_option, handle_errors, open_corpus, output_options, print_json,
                                  print_rows, print_table)


@click.command()
@click.argument("ref")
@click.option("--lang", type=LanguageCode(), default=None, help="Only mentions in this language (vi, en, fr, sv, …).")
@click.option("--limit", type=click.IntRange(1, 100000), default=None, help="At most this many mentions.")
@db_option
@output_options
@handle_errors
def mentions(ref, lang, limit, db_path, output) -> None:
    """Every mention of one legal document: document, source, province, language, date, sentence.

    REF may be spelled any way: the canonical id, the symbol without Vietnamese letters, with its
    type word, or without issuer (then type, number and year must match).

    \b
    Examples:
        vnpolicy mentions 98/2018/ND-CP --db vnpolicy-demo.db
        vnpolicy mentions "Nghị định 98/2018/NĐ-CP" --lang en
        vnpolicy mentions "Decree 98/2018" --json
        vnpolicy mentions 98/2018/ND-CP --excel > mentions.csv   # one row per mention, for a spreadsheet
        vnpolicy mentions "Luật Hợp tác xã 2023"
    """
    from corpus.legal import find_mentions
    from extract.refs.query import RefQueryError

    db = open_corpus(db_path, readonly=True)
    try:
        query, rows = find_mentions(db, ref, lang=lang, limit=limit)
    except RefQueryError as exc:
        raise click.ClickException(str(exc)) from None
    if output == "json":
        print_json({"query": query.describe(), "mentions": rows})
        return
    if output:  # --nl, --csv: one row per mention
        print_rows(rows, output, columns=list(rows[0]) if rows else ["legal_id", "document_id"])
        return
    if not rows:
        click.echo(f"No mentions of {query.describe()}.")
        return
    ids = sorted({r["legal_id"] for r in rows})
    click.echo(f"{len(rows)} mention(s) of {', '.join(ids)} in {len({r['document_id'] for r in rows})} document(s)")
    print_table(rows, ["legal_id", "resolved", "document_id", "source_id", "province_code", "language", "published",
                       "relation", "text", "sentence"], max_width=70)


COMMANDS = [mentions]
