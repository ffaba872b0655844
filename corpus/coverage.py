"""Coverage: how much of each province, source, language, month or agency's output matches a query,
a legal document or a fact type — counts with normalised shares, the way Media Cloud reports
attention (matching documents over all documents of that group), several series side by side.

A *series* is one thing to count: a full-text query, a legal document (its canonical id), a fact
type (documents carrying the facts of a registered stage), or all documents. Each series keeps
its own counts; the group totals are shared. With ``stories=True`` the unit is the story
(``documents.story_id``) instead of the page, so a syndicated copy published thirty times counts once.

Full-text queries go through ``corpus.search.parse_query``; every value is a bound parameter.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from corpus.facts import FACT_TABLES  # fact kind → table, of the registered stages
from corpus.filters import agency_match, document_filters
from corpus.search import parse_query
from nlp import provinces as gazetteer

BY = ("province", "source", "language", "month", "agency")
NONE_KEY = "(none)"


class CoverageError(ValueError):
    """A coverage question that cannot be answered; the message says why."""


@dataclass(frozen=True)
class Series:
    name: str
    kind: str  # all | query | ref | agency | fact
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "value": self.value}


@dataclass
class Row:
    key: str
    label: str
    total: int
    counts: dict[str, int] = field(default_factory=dict)
    province: str | None = None  # by agency: the province of a provincial body (``DOF@22`` → Quảng Ninh)

    def share(self, series: str) -> float | None:
        return self.counts.get(series, 0) / self.total if self.total else None


@dataclass
class Coverage:
    by: str
    unit: str  # documents | stories
    series: list[Series]
    rows: list[Row]
    scheme: str | None = None
    attribution: str | None = None

    def long_rows(self) -> list[dict[str, Any]]:
        """One row per group and series: the tidy shape for CSV, JSON and plotting libraries."""
        return [
            {"by": self.by, "key": r.key, "label": r.label, **({"province": r.province} if self.by == "agency" else {}),
             "series": s.name, "count": r.counts.get(s.name, 0),
             "total": r.total, "share": None if r.share(s.name) is None else round(r.share(s.name), 6)}
            for r in self.rows for s in self.series
        ]

    def wide_rows(self) -> list[dict[str, Any]]:
        out = []
        for r in self.rows:
            row: dict[str, Any] = {self.by: r.key, "label": r.label, "total": r.total}
            if self.by == "agency":  # grouped by province: national bodies first, then each province's
                row = {"province": r.province or "", **row}
            for s in self.series:
                share = r.share(s.name)
                row[s.name] = r.counts.get(s.name, 0)
                row[f"{s.name} share"] = "" if share is None else f"{100 * share:.1f}%"
            out.append(row)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"by": self.by, "unit": self.unit, "scheme": self.scheme, "attribution": self.attribution,
                "series": [s.to_dict() for s in self.series], "rows": self.long_rows()}


def ref_series(ref: str) -> Series:
    """A legal document as the user spelled it (``98/2018/ND-CP``, ``Decree 98/2018``, ``Nghị định
    98/2018/NĐ-CP``), read by the project's reference normaliser: the series is named by the
    canonical id and matches mentions the way ``vnpolicy mentions`` does."""
    from extract.refs.query import RefQueryError, parse

    try:
        query = parse(ref)
    except RefQueryError as exc:
        raise CoverageError(str(exc)) from None
    return Series(query.describe(), "ref", ref.strip())


def make_series(db: sqlite_utils.Database, queries=(), refs=(), fact: str | None = None, agencies=()) -> list[Series]:
    series = [Series(q, "query", q) for q in queries]
    series += [ref_series(r) for r in refs]
    series += [Series(f"tasking {a}", "agency", a) for a in agencies]  # matched as search's --agency
    if fact and fact not in FACT_TABLES:
        raise CoverageError(f"unknown fact type {fact!r}; use one of {', '.join(FACT_TABLES)}")
    if not series:
        series = [Series(f"with {fact}", "fact", fact) if fact else Series("documents", "all")]
    names = [s.name for s in series]
    if len(set(names)) != len(names):
        raise CoverageError("the same query or reference is given twice")
    return series


def _series_filter(series: Series, fact: str | None) -> tuple[str, list[Any]]:
    """SQL (``and d.id in …``) selecting the documents of one series, and its parameters."""
    ids, params = _series_ids(series, fact)
    return (f" and d.id in ({ids})" if ids else ""), params


def _series_ids(series: Series, fact: str | None) -> tuple[str, list[Any]]:
    """SQL selecting the distinct ids of one series' documents straight from the full-text index, the
    mentions or a fact table (never reading the documents table), and its parameters."""
    selects, params = [], []
    if series.kind == "query":
        match, _ = parse_query(series.value or "")
        selects.append("select rowid from documents_fts where documents_fts match ?")
        params.append(match)
    elif series.kind == "ref":
        from corpus.legal import mention_filter  # the same matching as `vnpolicy mentions`
        from extract.refs.query import parse

        where, where_params = mention_filter(parse(series.value or ""))
        selects.append(f"select m.document_id from mentions m where {where}")
        params.extend(where_params)
    elif series.kind == "agency":
        where, where_params = agency_match(series.value or "")
        selects.append(f"select a.document_id from assignments a where {where}")
        params.extend(where_params)
    if fact:
        selects.append(f"select document_id from [{FACT_TABLES[fact]}]")
    if len(selects) == 1 and series.kind != "query":  # full-text rowids are distinct already
        selects[0] = selects[0].replace("select ", "select distinct ", 1)
    return " intersect ".join(selects), params


def _province_counts(db: sqlite_utils.Database, series: list[Series], fact: str | None, scheme: str,
                     attribution: str) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """Totals and series counts by province when no filter applies to the documents themselves.

    Same numbers as the general query over ``_groups`` (a document counts once in each of its
    provinces, once under ``(none)`` if it has none), computed from the indexes: totals from the
    (scheme, attribution, province_code) index, the documents without a province by probing the
    primary key of document_provinces, and each series by probing it from the series' own ids."""
    totals = dict(db.execute(
        "select province_code, count(*) from document_provinces where scheme = ? and attribution = ? group by 1",
        [scheme, attribution]).fetchall())
    (without,) = db.execute(
        """select count(*) from documents d where not exists (select 1 from document_provinces dp
               where dp.document_id = d.id and dp.scheme = ? and dp.attribution = ?)""",
        [scheme, attribution]).fetchone()
    if without:
        totals[NONE_KEY] = without
    def count(s: Series, series_fact: str | None) -> list:
        ids, params = _series_ids(s, series_fact)
        return db.execute(
            f"""with s(id) as ({ids})
                select coalesce(dp.province_code, ?), count(*) from s
                left join document_provinces dp on dp.document_id = s.id and dp.scheme = ? and dp.attribution = ?
                group by 1""",
            [*params, NONE_KEY, scheme, attribution]).fetchall()

    return totals, _per_series(series, fact, totals, count)


def _groups(by: str, scheme: str, attribution: str) -> tuple[str, list[Any]]:
    """SQL of (document_id, key) pairs: the group(s) each document belongs to."""
    if by == "province":
        return (
            """select document_id, province_code as key from document_provinces where scheme = ? and attribution = ?
               union all
               select id, null from documents where id not in
                   (select document_id from document_provinces where scheme = ? and attribution = ?)""",
            [scheme, attribution, scheme, attribution],
        )
    if by == "source":
        return "select id as document_id, source_id as key from documents", []
    if by == "language":
        return "select id as document_id, language as key from documents", []
    if by == "month":
        return "select id as document_id, substr(published, 1, 7) as key from documents", []
    if by == "agency":
        return "select distinct document_id, agency_id as key from assignments", []
    raise CoverageError(f"cannot count by {by!r}; use one of {', '.join(BY)}")


def _universe(lang, since, until) -> tuple[str, list[Any]]:
    """The documents counted: a language and a date range, filtered as search and export filter them."""
    return document_filters(lang, None, None, since, until, None)


def coverage(
    db: sqlite_utils.Database,
    by: str,
    *,
    queries: tuple[str, ...] | list[str] = (),
    refs: tuple[str, ...] | list[str] = (),
    fact: str | None = None,
    agencies: tuple[str, ...] | list[str] = (),
    scheme: str = "2025",
    attribution: str = "publisher",  # as the CLI and --province everywhere
    stories: bool = False,
    lang: str | None = None,
    since: str | None = None,
    until: str | None = None,
    engine: str = "facets",
) -> Coverage:
    """Counts and shares of each series in each group of ``by``.

    ``engine="facets"`` counts with the stored per-document group arrays (``corpus.facets``), which
    keeps a query found in most of a million documents under a second; ``"sql"`` counts with joins
    in SQLite alone (the reference the facets are tested against)."""
    if engine not in ("facets", "sql"):
        raise CoverageError(f"unknown engine {engine!r}; use facets or sql")
    if scheme not in gazetteer.SCHEMES:
        raise CoverageError(f"unknown province scheme {scheme!r}; use 2025 or 2024")
    if attribution not in ("publisher", "mention"):
        raise CoverageError(f"unknown attribution {attribution!r}; use publisher or mention")
    series = make_series(db, queries, refs, fact, agencies)
    groups, group_params = _groups(by, scheme, attribution)
    where, where_params = _universe(lang, since, until)
    unit = "coalesce(d.story_id, -d.id)" if stories else "d.id"
    if where or stories:
        base = f"""
            with g as ({groups})
            select coalesce(g.key, ?) as key, count(distinct {unit})
            from g join documents d on d.id = g.document_id
            where 1 = 1 {where} {{extra}}
            group by 1
        """
    else:
        # no filter on the documents themselves: the (document, group) pairs are counted without
        # reading the documents table (each pair is unique, so count(*) is the distinct count)
        base = """
            with g as ({groups})
            select coalesce(d.key, ?) as key, count(*)
            from (select document_id as id, key from g) d
            where 1 = 1 {{extra}}
            group by 1
        """.format(groups=groups)
    none_key = "(unknown)" if by == "month" else NONE_KEY
    counted = None
    if engine == "facets":
        counted = _facet_counts(db, by, series, fact, scheme=scheme, attribution=attribution,
                                stories=stories, lang=lang, since=since, until=until, none_key=none_key)
    if counted:
        totals, counts = counted
    elif by == "province" and not (where or stories):
        totals, counts = _province_counts(db, series, fact, scheme, attribution)
    else:
        totals, counts = _counts(db, base, series, fact, group_params, none_key, where_params)
    if by == "month":
        _fill_months(totals)
    labels = _labels(db, by, scheme, totals)
    rows = [Row(key=k, label=labels.get(k, k), total=n, counts={s.name: counts[s.name].get(k, 0) for s in series})
            for k, n in totals.items()]
    if by == "agency":
        _agency_provinces(rows)
    rows.sort(key=_order(by, series[0].name))
    return Coverage(by=by, unit="stories" if stories else "documents", series=series, rows=rows,
                    scheme=scheme if by == "province" else None,
                    attribution=attribution if by == "province" else None)


def facet_names(by: str, *, scheme: str = "2025", attribution: str = "mention", stories: bool = False,
                lang: str | None = None) -> list[str]:
    """The facets a coverage question reads."""
    from corpus import facets

    names = ["language"]
    if by == "province":
        names.append(facets.province_facet(scheme, attribution))
    elif by in ("source", "month", "agency"):
        names.append(by)
    if stories:
        names.append("story")
    return names


def _facet_counts(db, by, series, fact, *, scheme, attribution, stories, lang, since, until, none_key):
    """Totals and series counts from the facets: every document is a position in boolean arrays
    (exists, in the universe, in a series), its groups are (document, key) pairs, and a count is a
    ``bincount`` of the keys of the pairs whose document is selected. Same numbers as ``_counts``;
    None when the ids are too far apart for arrays indexed by them."""
    import numpy as np

    from corpus import facets

    language = facets.load(db, "language")  # every document once: the set of documents
    if language.max_doc > 4 * len(language.docs) + 1_000_000:
        return None  # ids set by hand, far apart: arrays indexed by id would be mostly holes; SQL joins
    group = None
    if by == "province":
        group = facets.load(db, facets.province_facet(scheme, attribution))
    elif by in ("source", "month", "agency"):
        group = facets.load(db, by)
    story = facets.load(db, "story") if stories else None
    size = max(language.max_doc, group.max_doc if group else 0, story.max_doc if story else 0) + 1

    exists = np.zeros(size, dtype=bool)
    exists[language.docs] = True
    universe = exists
    if lang:
        code = language.code(lang)
        universe = np.zeros(size, dtype=bool)
        if code is not None:
            universe[language.docs[language.keys == code]] = True
    if since or until:
        where, params = _universe(None, since, until)
        dated = np.zeros(size, dtype=bool)
        dated[facets.ids(db, f"select group_concat(d.id) from documents d where 1 = 1 {where}", params)] = True
        universe = universe & dated

    pair_docs, pair_keys = (language.docs, language.keys) if group is None else (group.docs, group.keys)
    keyed = group or language
    if by == "province":  # a document without a province counts once under (none)
        has = np.zeros(size, dtype=bool)
        has[group.docs] = True
        without = np.flatnonzero(exists & ~has)
        pair_docs = np.concatenate([pair_docs, without])
        pair_keys = np.concatenate([pair_keys, np.full(len(without), -1, dtype=np.int64)])
    if stories:  # the unit is the story, or the document itself when it is in none
        unit = -np.arange(size, dtype=np.int64)
        unit[story.docs] = story.keys

    def count(selected) -> dict[str, int]:
        chosen = selected[pair_docs]
        keys = pair_keys[chosen]
        if stories:
            units = unit[pair_docs[chosen]]
            order = np.lexsort((units, keys))
            keys, units = keys[order], units[order]
            first = np.ones(len(keys), dtype=bool)
            first[1:] = (keys[1:] != keys[:-1]) | (units[1:] != units[:-1])
            keys = keys[first]
        counted = np.bincount(keys + 1, minlength=len(keyed.labels) + 1)
        return {(none_key if i == 0 else keyed.labels[i - 1]): int(counted[i]) for i in np.flatnonzero(counted)}

    totals = count(universe)

    def count_series(s: Series, series_fact: str | None) -> dict[str, int]:
        sql, params = _series_ids(s, series_fact)
        if not sql:
            return count(universe)
        selected = np.zeros(size, dtype=bool)
        found = facets.ids(db, f"with s(id) as ({sql}) select group_concat(id) from s", params)
        selected[found[(found >= 0) & (found < size)]] = True
        return count(selected & universe)

    return totals, _per_series(series, fact, totals, lambda s, f: count_series(s, f).items())


def _counts(db, base, series, fact, group_params, none_key, where_params):
    totals = dict(db.execute(base.format(extra=""), [*group_params, none_key, *where_params]).fetchall())

    def count(s: Series, series_fact: str | None) -> list:
        extra, extra_params = _series_filter(s, series_fact)
        return db.execute(base.format(extra=extra), [*group_params, none_key, *where_params, *extra_params]).fetchall()

    return totals, _per_series(series, fact, totals, count)


def _per_series(series: list[Series], fact: str | None, totals: dict[str, int], count) -> dict[str, dict[str, int]]:
    """Counts per group of each series: the totals themselves for all documents, else
    ``count(series, fact)`` rows (a fact series is its own fact filter)."""
    return {s.name: dict(totals) if s.kind == "all" and not fact else dict(count(s, fact if s.kind != "fact" else s.value))
            for s in series}


def _agency_provinces(rows: list[Row]) -> None:
    """The province of each provincial body's row (the name of the code its id carries), and a label
    from the gazetteer for a body the corpus' agency table does not name yet."""
    from nlp.agencies import agency, split_id

    for row in rows:
        code = split_id(row.key)[1]
        if code:
            province = gazetteer.provinces("2024").get(code) or gazetteer.provinces("2025").get(code)
            row.province = province.name_short_vi if province else code
        if row.label == row.key and agency(row.key) is not None:
            row.label = agency(row.key).name("vi")


def _order(by: str, first: str):
    if by == "month":
        return lambda r: (r.key == "(unknown)", r.key)
    if by == "agency":  # grouped by province: national bodies first, then each province's, largest first
        return lambda r: (r.key == NONE_KEY, r.province is not None, r.province or "", -r.counts.get(first, 0), -r.total, r.key)
    return lambda r: (r.key == NONE_KEY, -r.counts.get(first, 0), -r.total, r.key)


def _fill_months(totals: dict[str, int]) -> None:
    """Months without documents between the first and the last, with zero: a time line has no holes."""
    months = sorted(k for k in totals if len(k) == 7 and k[4] == "-" and k[:4].isdigit() and k[5:].isdigit())
    if len(months) < 2:
        return
    year, month = int(months[0][:4]), int(months[0][5:])
    last = months[-1]
    while f"{year:04d}-{month:02d}" < last:
        totals.setdefault(f"{year:04d}-{month:02d}", 0)
        month += 1
        if month > 12:
            year, month = year + 1, 1


def _labels(db: sqlite_utils.Database, by: str, scheme: str, totals: dict[str, int]) -> dict[str, str]:
    if by == "province":
        return {code: p.name_short_vi for code, p in gazetteer.provinces(scheme).items()}
    if by == "agency" and "agencies" in db.table_names():
        return {r[0]: r[1] for r in db.execute("select id, coalesce(name_vi, name_en, id) from agencies")}
    if by == "source" and "sources" in db.table_names():
        return {r[0]: r[1] for r in db.execute("select id, coalesce(name, id) from sources")}
    if by == "month":
        return {k: f"{calendar.month_abbr[int(k[5:])]} {k[:4]}" for k in totals if len(k) == 7 and k[5:].isdigit()}
    return {}


def provinces_current(db: sqlite_utils.Database) -> bool:
    """Whether every document is attributed to provinces by the current finder (a corpus built
    before the province tables existed, or by an older finder, is not)."""
    from corpus import provinces

    return provinces.is_current(db)


def ensure_provinces(db: sqlite_utils.Database) -> None:
    from corpus import provinces

    provinces.refresh(db)


PLOT_FORMATS = ("png", "svg", "pdf")
# DejaVu Sans covers Vietnamese; set only for the time a plot is drawn and written
PLOT_STYLE = {"font.family": "DejaVu Sans"}


def plot_format(path) -> str:
    """The image format a plot file's extension asks for; ValueError for any other."""
    suffix = str(path).rsplit(".", 1)[-1].lower() if "." in str(path) else ""
    if suffix not in PLOT_FORMATS:
        raise ValueError(f"a plot is written as PNG, SVG or PDF by the file's extension (.png, .svg, .pdf), not {str(path)!r}")
    return suffix


def plot_coverage(result: Coverage, path, *, max_groups: int | None = None, title: str | None = None) -> None:
    """Draw ``result`` to ``path`` as PNG, SVG or PDF (by its extension): counts and shares over time
    for months, otherwise horizontal bars of each series' share (count written beside each bar).

    The figure is drawn on its own canvas, not through pyplot: the caller's backend, open figures and
    rcParams (a notebook's inline backend) stay as they were."""
    import matplotlib

    fmt = plot_format(path)
    with matplotlib.rc_context(PLOT_STYLE):  # restored on exit, after the file is written in this style
        coverage_figure(result, max_groups=max_groups, title=title).savefig(path, format=fmt, dpi=110)


def coverage_figure(result: Coverage, *, max_groups: int | None = None, title: str | None = None):
    """The matplotlib ``Figure`` of ``result`` (see ``plot_coverage``), made without pyplot. A month
    without documents is a gap in both lines, not a zero; the row a plot leaves out (undated, or in
    no group) is noted under it."""
    import matplotlib

    from nlp import config

    max_groups = max_groups or config.get_int("coverage", "plot_max_groups")
    names = [s.name for s in result.series]
    what = {"documents": "documents", "stories": "stories"}[result.unit]
    heading = title or _title(result)
    with matplotlib.rc_context(PLOT_STYLE):
        if result.by == "month":
            fig = _month_figure(result, names, what, heading)
        else:
            fig = _bar_figure(result, names, what, heading, max_groups)
        fig.tight_layout(rect=(0, 0.04, 1, 1))
    return fig


def _left_out_note(result: Coverage, key: str, what: str, names: list[str], kind: str) -> str | None:
    """A line under the plot for the row it does not draw (undated, or in no group), if it has documents."""
    row = next((r for r in result.rows if r.key == key), None)
    if row is None or not row.total:
        return None
    noun = what if row.total != 1 else {"documents": "document", "stories": "story"}[what]
    matching = ", ".join(f"{row.counts.get(n, 0)} {n}" for n in names if not (len(names) == 1 and n == "all"))
    return f"Not shown: {row.total} {noun} {kind}" + (f" (matching: {matching})" if matching else "") + "."


def _month_figure(result: Coverage, names: list[str], what: str, heading: str):
    import math

    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    rows = [r for r in result.rows if r.key != "(unknown)"]
    fig = Figure(figsize=(10, 6.5))
    top, bottom = fig.subplots(2, 1, sharex=True)
    x = list(range(len(rows)))
    for name in names:
        # a month without any document has no count and no share: NaN leaves a gap in the line
        counts = [r.counts.get(name, 0) if r.total else math.nan for r in rows]
        shares = [100 * r.share(name) if r.total else math.nan for r in rows]
        top.plot(x, counts, marker="o", label=name)
        bottom.plot(x, shares, marker="o", label=name)
    top.set_ylabel(f"matching {what}")
    top.yaxis.set_major_locator(MaxNLocator(integer=True))
    top.set_ylim(bottom=0)
    bottom.set_ylim(bottom=0)
    bottom.set_ylabel(f"share of the month's {what} (%)")
    step = max(1, len(rows) // 12)
    bottom.set_xticks(x[::step], [r.key for r in rows][::step], rotation=45, ha="right")
    top.legend(loc="upper left", fontsize="small")
    top.set_title(heading)
    top.grid(alpha=0.3)
    bottom.grid(alpha=0.3)
    notes = [n for n in (_left_out_note(result, "(unknown)", what, names, "without a date"),) if n]
    empty = sum(1 for r in rows if not r.total)
    if empty:
        notes.append(f"{empty} month{'s' if empty > 1 else ''} without any {what}: gaps in the lines.")
    if notes:
        fig.text(0.01, 0.005, " ".join(notes), fontsize=8, ha="left", va="bottom")
    return fig


def _bar_figure(result: Coverage, names: list[str], what: str, heading: str, max_groups: int):
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    rows = [r for r in result.rows if r.key != NONE_KEY][:max_groups] or result.rows[:max_groups]
    rows = list(reversed(rows))  # the largest at the top
    only_totals = len(result.series) == 1 and result.series[0].kind == "all"
    height = 0.8 / len(names)
    fig = Figure(figsize=(10, max(3.0, 0.45 * len(rows) * max(1, len(names) * 0.6) + 1.5)))
    ax = fig.subplots()
    for i, name in enumerate(names):
        # the first series on top within each group, as the legend lists them
        ys = [j + ((len(names) - 1) / 2 - i) * height for j in range(len(rows))]
        values = [r.counts.get(name, 0) if only_totals else 100 * (r.share(name) or 0) for r in rows]
        bars = ax.barh(ys, values, height=height, label=name)
        for bar, r in zip(bars, rows):
            ax.annotate(f"{r.counts.get(name, 0)}/{r.total}", (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                        xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    ax.set_yticks(range(len(rows)), [f"{r.label}" if r.label == r.key else f"{r.label} ({r.key})" for r in rows])
    ax.set_xlabel(f"{what}" if only_totals else f"share of the group's {what} (%)")
    if only_totals:
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    if len(names) > 1 or not only_totals:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize="small")
    ax.set_xlim(0, max([bar.get_width() for bar in ax.patches] + [1]) * 1.15)
    ax.set_title(heading)
    ax.grid(axis="x", alpha=0.3)
    kind = {"province": "not attributed to any province", "agency": "without an agency"}.get(result.by, "in no group")
    note = _left_out_note(result, NONE_KEY, what, names, kind)
    if note:
        fig.text(0.01, 0.005, note, fontsize=8, ha="left", va="bottom")
    return fig


def _title(result: Coverage) -> str:
    what = "stories" if result.unit == "stories" else "documents"
    text = f"Coverage by {result.by} ({what})"
    if result.by == "province":
        text += f", {result.scheme} provinces, by {result.attribution}"
    return text
