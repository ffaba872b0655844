"""``vnpolicy diffusion`` (when each province's press took up a legal document) and ``vnpolicy export
diffusion`` (the same for the most cited documents at once, with each province's median lag)."""
from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path

import click

from vnpolicy.cli.export import export as export_group
from vnpolicy.cli.options import db_option, handle_errors, open_corpus, print_json, print_table, with_current_facets


def _windows(value: str | None) -> tuple[int, ...]:
    from nlp import config

    words = value.replace(",", " ").split() if value else config.get_list("diffusion", "windows")
    try:
        days = tuple(sorted({int(w) for w in words}))
    except ValueError:
        raise click.BadParameter(f"{value!r}: give days as numbers, e.g. 30,90,365", param_hint="--windows") from None
    if not days or days[0] < 0:
        raise click.BadParameter("give one or more numbers of days, 0 or more", param_hint="--windows")
    return days


def grouping_options(func):
    for option in reversed([
        click.option("--by", type=click.Choice(["province", "source"]), default="province", show_default=True,
                     help="Follow the document through provinces or through sources."),
        click.option("--scheme", type=click.Choice(["2025", "2024"]), default="2025", show_default=True,
                     help="Provinces after the 2025 merger (34) or before it (63)."),
        click.option("--attribution", type=click.Choice(["publisher", "mention"]), default="mention",
                     show_default=True, help="A document's province: its publisher's, or the provinces it names."),
        click.option("--windows", default=None, metavar="30,90,365",
                     help="Days after issue for the shares (default from settings: 30,90,365)."),
    ]):
        func = option(func)
    return func


def open_context(db_path, by, scheme, attribution, windows):
    """The corpus and the diffusion arrays, built and stored once when missing or stale (like coverage)."""
    from corpus import facets
    from corpus.coverage import ensure_provinces, provinces_current
    from corpus.diffusion import Context, DiffusionError

    db = open_corpus(db_path, readonly=True)
    if by == "province" and not provinces_current(db):
        db = open_corpus(db_path)  # attribute the documents to provinces once; later runs only read
        ensure_provinces(db)
    group = facets.province_facet(scheme, attribution) if by == "province" else "source"
    needed = [group, "day", facets.DAILY + group]  # the daily counts: what one question reads of the corpus
    db = with_current_facets(db, db_path, needed)
    try:
        return db, Context(db, by, scheme=scheme, attribution=attribution, windows=windows)
    except DiffusionError as exc:
        raise click.ClickException(str(exc)) from None


def _columns(windows: tuple[int, ...]) -> list[str]:
    columns = ["document", "issued", "issued_from", "issue_date_uncertain", "status", "key", "label", "first_mention", "lag_days",
               "before_issue", "mentions", "documents", "undated_documents", "mentions_before_issue",
               "first_after_issue"]
    for w in windows:
        columns += [f"documents_{w}d", f"total_{w}d", f"share_{w}d"]
    return columns


def _write_csv(rows, columns, out) -> None:
    writer = csv.DictWriter(out, fieldnames=columns, restval="", extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _summary(r) -> str:
    what = "provinces" if r.by == "province" else "sources"
    source = {"text": "as its mentions' text gives it", "earliest_mention": "its earliest mention: no text gives it"}
    if r.issue_date_uncertain:
        source["earliest_mention"] += (f"; its year, {r.year}, is earlier: issued before the corpus follows it, "
                                       "the lags count from that first mention")
    head = (f"{r.name}: issued {r.issued} ({source[r.issued_from]})" if r.issued
            else f"{r.name}: no issue date (no dated mention)")
    reach = ", ".join(f"{r.reached(w)} within {w} days" for w in r.windows) if r.issued else ""
    before = sum(g.mentions_before_issue for g in r.groups)
    return (f"{head}; {r.mentions} mention(s) in {r.documents} document(s); {len(r.groups)} {what} mention it"
            + (f" ({reach})" if reach else "") + (f"; {before} mention(s) before the issue date" if before else ""))


@click.command()
@click.argument("refs", nargs=-1, required=True, metavar="REF…")
@grouping_options
@click.option("--plot", type=click.Path(dir_okay=False, writable=True), default=None, metavar="FILE.png|FILE.svg",
              help="Also draw the cumulative curves, the documents side by side.")
@click.option("--max-days", type=click.IntRange(0), default=None, help="Plot up to this many days after issue.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (groups, silent groups, curve) instead of tables.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV: one row per document and group.")
@db_option
@handle_errors
def diffusion(refs, by, scheme, attribution, windows, plot, max_days, as_json, as_csv, db_path) -> None:
    """When each province's (or source's) press took up one or several legal documents.

    For each REF (any spelling, as `vnpolicy mentions`): its issue date (the date its mentions'
    text gives, else its earliest mention, said which) and per province the first mention, its lag
    in days, mentions and documents, and the share of the province's documents that mention it in
    the 30/90/365 days after issue (published on the issue day up to that many days after).
    Provinces that never mention it are listed with their documents in the longest window; those
    with none then (their press is not in the corpus) apart: their silence says nothing. Mentions
    before the issue date (drafts, announcements) are kept: a negative lag, counted apart.

    \b
    Examples:
        vnpolicy diffusion 98/2018/ND-CP --db vnpolicy-demo.db
        vnpolicy diffusion "Decree 98/2018" "Luật Hợp tác xã 2023" --plot diffusion.png
        vnpolicy diffusion 98/2018/NĐ-CP --scheme 2024 --attribution publisher --csv
        vnpolicy diffusion 98/2018/NĐ-CP --by source --json
    """
    from corpus.diffusion import DiffusionError, diffusion as run_diffusion, plot_curves

    if as_json and as_csv:
        raise click.ClickException("choose one of --json and --csv")
    if plot and not plot.lower().endswith((".png", ".svg")):
        raise click.ClickException(f"--plot writes PNG or SVG: give a file name ending in .png or .svg, not {plot!r}")
    days = _windows(windows)
    db, context = open_context(db_path, by, scheme, attribution, days)
    try:
        results = run_diffusion(db, refs, context=context)
        if plot:
            plot_curves(results, plot, max_days=max_days)
    except DiffusionError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write {plot}: {exc.strerror or exc}") from None
    if as_json:
        print_json({"documents": [r.to_dict() for r in results]})
    elif as_csv:
        _write_csv([row for r in results for row in r.rows()], _columns(days), sys.stdout)
    else:
        for i, r in enumerate(results):
            if i:
                click.echo()
            if not r.mentions:
                click.echo(f"No mentions of {r.name}.")
                continue
            click.echo(_summary(r))
            rows = [dict(g.to_dict(), lag_days="" if g.lag_days is None else
                         f"{g.lag_days}{' (before issue)' if g.before_issue else ''}") for g in r.groups]
            for row in rows:
                for w in days:
                    share = row.pop(f"share_{w}d")
                    row[f"{w}d"] = f"{row.pop(f'documents_{w}d')}/{row.pop(f'total_{w}d')}" + (
                        f" {100 * share:.1f}%" if share is not None else "")
            if rows:
                print_table(rows, ["key", "label", "first_mention", "lag_days", "mentions", "documents",
                                   *[f"{w}d" for w in days]])
            longest = days[-1]
            if r.silent:
                click.echo(f"silent (documents within {longest} days of issue): "
                           + ", ".join(f"{s['label']} ({s[f'total_{longest}d']})" for s in r.silent))
            if r.no_documents:
                click.echo(f"no documents within {longest} days of issue (no answer): "
                           + ", ".join(s["label"] for s in r.no_documents))
    if plot:
        click.echo(f"plot written to {plot}", err=True)


@export_group.command("diffusion")
@click.option("-o", "--output", required=True, help="Output file, or - for standard output.")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "json"]), default=None,
              help="Output format (default: from the file suffix; json holds both tables).")
@click.option("--table", type=click.Choice(["groups", "lags"]), default="groups", show_default=True,
              help="csv/jsonl: one row per province (median lag across documents) or per document and province.")
@click.option("--top", type=click.IntRange(1), default=None, help="The N most cited documents (default from settings: 1000).")
@click.option("--kind", default=None, metavar="KIND",
              help="Only legal documents of this kind: decree, law, resolution, decision, circular, notice, … "
                   "(the types of the reference tables).")
@click.option("--since", default=None, help="Only documents issued on or after this date (YYYY-MM-DD).")
@click.option("--until", default=None, help="Only documents issued on or before this date (YYYY-MM-DD).")
@grouping_options
@db_option
@handle_errors
def export_diffusion(output, fmt, table, top, kind, since, until, by, scheme, attribution, windows, db_path) -> None:
    """Diffusion of the most cited legal documents at once, and each province's median lag across
    them: early and late provinces.

    Documents are ranked by the number of documents that mention them; each canonical id is one
    document; --since/--until select by issue date. The groups table has, per province (or source),
    the documents it took up, the median and quartiles of its lag (documents issued before the
    corpus follows them left out), the documents it stayed silent on, and its rank from the
    earliest. The lags table has one row per document and province, as `vnpolicy diffusion --csv`.
    Nothing is left at the output if the export stops half-way.

    \b
    Examples:
        vnpolicy export diffusion -o provinces.csv --kind decree --since 2024-01-01
        vnpolicy export diffusion -o lags.csv --table lags --top 200 --scheme 2024
        vnpolicy export diffusion -o diffusion.json --by source
    """
    from corpus.diffusion import DiffusionError, median_lags, most_cited
    from nlp import config

    fmt = fmt or {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json"}.get(Path(output).suffix.lower())
    if fmt is None:
        raise click.ClickException(f"cannot tell the format of {output!r}; give --format csv|jsonl|json")
    days = _windows(windows)
    db, context = open_context(db_path, by, scheme, attribution, days)
    try:
        results = most_cited(db, kind=kind, top=top or config.get_int("diffusion", "export_top"), since=since,
                             until=until, context=context)
    except DiffusionError as exc:
        raise click.ClickException(str(exc)) from None
    groups = median_lags(results)
    lags = [row for r in results for row in r.rows()]

    def write(out) -> None:
        if fmt == "json":
            json.dump({"by": by, "scheme": scheme if by == "province" else None,
                       "attribution": attribution if by == "province" else None, "windows": list(days),
                       "groups": groups, "documents": [r.to_dict() for r in results]}, out, ensure_ascii=False, indent=1)
            out.write("\n")
        elif fmt == "jsonl":
            for row in groups if table == "groups" else lags:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif table == "groups":
            _write_csv(groups, ["rank", "key", "label", "documents_taken_up", "documents_silent", "median_lag_days",
                                "lag_q1_days", "lag_q3_days", "before_issue"], out)
        else:
            _write_csv(lags, _columns(days), out)

    if output == "-":
        write(sys.stdout)
        return
    target = Path(output)
    temp = target.with_name(f".{target.name}.{os.getpid()}.part")  # renamed at the end: never half a file
    try:
        with temp.open("w", encoding="utf-8", newline="") as out:
            write(out)
        os.replace(temp, target)
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from None
    finally:
        temp.unlink(missing_ok=True)
    ranked = [g for g in groups if g["median_lag_days"] is not None]
    what = "provinces" if by == "province" else "sources"
    uncertain = sum(r.issue_date_uncertain for r in results)
    click.echo(f"exported the diffusion of {len(results)} document(s) over {len(groups)} {what} to {output} ({fmt})"
               + (f"; {uncertain} issued before the corpus follows them (issue date uncertain) left out of the medians"
                  if uncertain else ""), err=True)
    if ranked:
        click.echo("earliest: " + ", ".join(f"{g['label']} ({g['median_lag_days']:g} d)" for g in ranked[:5]), err=True)
        click.echo("latest: " + ", ".join(f"{g['label']} ({g['median_lag_days']:g} d)" for g in ranked[-5:][::-1]), err=True)


# `export diffusion` hangs on the export group (registered by vnpolicy.cli.export)
COMMANDS = [diffusion]
