"""Full-text search: diacritic-free, bm25-ranked, filtered, with highlighted snippets.

User text never becomes FTS syntax or SQL: the query is folded and split into terms and quoted
phrases, each passed to MATCH as a quoted FTS string, and every filter is a bound parameter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from nlp import config
from nlp.fold import fold

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


class QueryError(ValueError):
    """A query that cannot be searched; the message says why."""


@dataclass
class Hit:
    id: int
    url: str
    title: str | None
    language: str
    source_id: str | None
    province_code: str | None
    published: str | None
    snippet: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def parse_query(query: str) -> tuple[str, list[list[str]]]:
    """(FTS5 MATCH expression, folded word lists for highlighting). Quoted text is a phrase;
    a bare word ending in ``*`` is a prefix; all FTS operators in user text are treated as words."""
    parts: list[str] = []
    groups: list[list[str]] = []
    for m in _TOKEN.finditer(query):
        phrase, bare = m.group(1), m.group(2)
        if phrase is not None:
            words = _WORD.findall(fold(phrase))
            if words:
                parts.append('"' + " ".join(words) + '"')
                groups.append(words)
            continue
        prefix = bare.endswith("*")
        for word in _WORD.findall(fold(bare)):
            parts.append(f'"{word}"' + ("*" if prefix else ""))
            groups.append([word])
    if not parts:
        raise QueryError("the query has no words to search for")
    return " ".join(parts), groups


def _filters(lang, province, source, since, until, agency) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for column, value in (("d.language", lang), ("d.province_code", province), ("d.source_id", source)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if since:
        clauses.append("d.published >= ?")
        params.append(since)
    if until:
        clauses.append("d.published <= ?")
        params.append(until + "\uffff" if len(until) < 19 else until)
    if agency:
        clauses.append("d.id in (select document_id from assignments where agency_id = ?)")
        params.append(agency)
    return (" and " + " and ".join(clauses)) if clauses else "", params


def search(
    db: sqlite_utils.Database,
    query: str,
    *,
    lang: str | None = None,
    province: str | None = None,
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
    agency: str | None = None,
    limit: int = 20,
) -> list[Hit]:
    """The ``limit`` best documents for ``query`` by bm25 (title weighs more than text)."""
    match, groups = parse_query(query)
    where, params = _filters(lang, province, source, since, until, agency)
    rows: list = []
    # bm25 ranks a bounded tier of the newest matches, so that a word found in most documents stays
    # fast; the tier widens (x10, then unbounded) only when filters leave too few results in it
    tier = config.get_int("search", "candidate_limit")
    while True:
        rows, truncated = _ranked(db, match, where, params, limit, tier)
        if len(rows) >= limit or not truncated or tier is None:
            break
        tier = tier * 10 if tier < config.get_int("search", "candidate_limit") * 10 else None
    return [
        Hit(id=r[0], url=r[1], title=r[2], language=r[3], source_id=r[4], province_code=r[5],
            published=r[6], snippet=snippet(r[7], groups), score=round(-r[8], 4))
        for r in rows
    ]


def _ranked(db, match: str, where: str, params: list, limit: int, tier: int | None) -> tuple[list, bool]:
    """The best ``limit`` rows among the newest ``tier`` matches (all matches when None), and
    whether the tier cut the match list short."""
    bound = "limit ?" if tier is not None else ""
    sql = f"""
        with candidates as (
            select rowid, bm25(documents_fts, 3.0, 1.0) as score
            from documents_fts where documents_fts match ?
            order by rowid desc {bound}
        )
        select d.id, d.url, d.title, d.language, d.source_id, d.province_code, d.published, d.text, c.score,
               (select count(*) from candidates) as seen
        from candidates c join documents d on d.id = c.rowid
        where 1 = 1 {where}
        order by c.score
        limit ?
    """
    args = [match, *([tier] if tier is not None else []), *params, int(limit)]
    rows = db.execute(sql, args).fetchall()
    if tier is None:
        return rows, False
    if rows:
        return rows, rows[0][9] >= tier
    seen = db.execute(
        f"select count(*) from (select rowid from documents_fts where documents_fts match ? order by rowid desc {bound})",
        [match, tier],
    ).fetchone()[0]
    return rows, seen >= tier


def snippet(text: str, groups: list[list[str]], width: int | None = None, mark: tuple[str, str] = ("[", "]")) -> str:
    """A window of ``text`` around the first hit, hits marked; folding keeps offsets, so matching
    folded words marks the original (diacritic) text."""
    width = width or config.get_int("search", "snippet_chars")
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for words in groups:
        pattern = r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b"
        spans.extend((m.start(), m.end()) for m in re.finditer(pattern, folded))
    spans.sort()
    if not spans:
        return text[:width].replace("\n", " ") + ("…" if len(text) > width else "")
    first = spans[0][0]
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    start = text.rfind(" ", 0, start) + 1 if start > 0 else 0
    out, cursor = [], start
    for s, e in spans:
        if s < cursor or e > end:
            continue
        out.append(text[cursor:s])
        out.append(mark[0] + text[s:e] + mark[1])
        cursor = e
    out.append(text[cursor:end])
    body = "".join(out).replace("\n", " ")
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")
