"""Full-text search: diacritic-free, bm25-ranked, filtered, with highlighted snippets.

User text never becomes FTS syntax or SQL: the query is folded and split into terms and quoted
phrases, each passed to MATCH as a quoted FTS string, and every filter is a bound parameter.

Ranking at scale. FTS5's bm25() counts, once per query, every document holding each phrase (its
IDF) and then scores every matching row: over a word found in most of a million documents that is
seconds. So a search answers from the first of three tiers that can give it ``limit`` results:

1. **all** — some phrase of the query is rare (at most ``[search] candidate_limit`` documents hold
   it, found by a capped count): every matching document is a candidate and the best bm25 wins,
   over the whole corpus. Only the rare phrases are scored; the common ones (found in more
   documents than the limit, so with a small IDF anyway) only have to match. A rare word in an old
   document is always found.
2. **recent** — every phrase is common: bm25 ranks the matches among the newest
   ``[search] recent_documents`` documents (by id, which is crawl order), with that tier's own
   statistics, in the small index ``documents_fts_recent`` that is kept alongside the main one.
3. **older** — when filters leave fewer than ``limit`` results in the recent tier, the rest are the
   matching documents newest published first (from ``until`` backwards), unranked (score 0).

Each hit says which tier it came from.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

import sqlite_utils

from corpus.filters import QueryError, document_filters
from corpus.fulltext import FTS_COLUMNS, FTS_TOKENIZER, RECENT
from nlp import config
from nlp.fold import fold

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


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
    tier: str = "all"  # all | recent | older: which ranking tier found it (see the module docstring)

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


# FTS5's operators, which a user may expect to work: OR, NOT and NEAR are refused (every word must
# match, and answering them as words would be silently wrong); AND is what a query means anyway
REFUSED_OPERATORS = ("OR", "NOT", "NEAR")
_OPERATOR = re.compile(r"^(?:OR|NOT|NEAR)(?:\(|$)")


class ParsedQuery(NamedTuple):
    """A user's search query as the full-text index reads it."""

    match: str  # the FTS5 MATCH expression
    groups: list[list[str]]  # the folded words of each phrase, for highlighting


def parse_query(query: str) -> ParsedQuery:
    """(FTS5 MATCH expression, folded word lists for highlighting). Quoted text is a phrase; a bare
    word ending in ``*`` is a prefix; every word must match (a bare ``AND`` is dropped). ``OR``,
    ``NOT`` and ``NEAR`` written as operators (upper case, unquoted) are refused with a QueryError;
    in quotes, or in lower case, they are words."""
    phrases, groups = _parse(query)
    return ParsedQuery(" ".join(phrases), groups)


def _parse(query: str) -> tuple[list[str], list[list[str]]]:
    """The quoted FTS5 phrases of ``query`` (all must match) and their folded words."""
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
        if bare == "AND":
            continue
        if _OPERATOR.match(bare):
            operator = bare.split("(")[0]
            raise QueryError(f"{operator} is not supported: every word of a query must match (OR, NOT and NEAR are "
                             f"refused); search each alternative on its own, or quote the word (\"{operator}\") to find it")
        prefix = bare.endswith("*")
        for word in _WORD.findall(fold(bare)):
            parts.append(f'"{word}"' + ("*" if prefix else ""))
            groups.append([word])
    if not parts:
        raise QueryError("the query has no words to search for")
    return list(dict.fromkeys(parts)), groups


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
    attribution: str = "publisher",
    limit: int = 20,
) -> list[Hit]:
    """The ``limit`` best documents for ``query`` by bm25 (title weighs more than text), from the
    first tier that has enough of them (see the module docstring). ``province`` is the publisher's
    or, with ``attribution="mention"``, one the document names."""
    phrases, groups = _parse(query)
    where, params = document_filters(lang, province, source, since, until, agency, attribution)
    cap = config.get_int("search", "candidate_limit")
    rare = [p for p in phrases if _count_capped(db, p, cap) <= cap]
    if rare:
        ranked = [(i, s, "all") for i, s in _rank_all(db, phrases, rare, where, params, limit)]
    else:
        ranked = [(i, s, "recent") for i, s in _rank_recent(db, " ".join(phrases), where, params, limit)]
        if len(ranked) < limit:
            filters = {"lang": lang, "province": province, "source": source, "since": since, "until": until,
                       "agency": agency, "attribution": attribution}
            older = _newest(db, " ".join(phrases), filters, limit - len(ranked), [r[0] for r in ranked])
            ranked += [(i, 0.0, "older") for i in older]
    details = _details(db, [r[0] for r in ranked])
    return [
        Hit(id=i, url=d.url, title=d.title, language=d.language, source_id=d.source_id,
            province_code=d.province_code, published=d.published,
            snippet=snippet(d.text or "", groups, folded=d.text_folded), score=round(-score, 4) or 0.0, tier=tier)
        for i, score, tier in ranked
        for d in [details[i]]
    ]


def _count_capped(db, phrase: str, cap: int) -> int:
    """How many documents hold ``phrase``, counting no further than ``cap`` + 1 (an unranked MATCH
    stops there, so a common word costs no more than a rare one)."""
    sql = "select count(*) from (select rowid from documents_fts where documents_fts match ? limit ?)"
    return db.execute(sql, [phrase, cap + 1]).fetchone()[0]


def _rank_all(db, phrases: list[str], rare: list[str], where: str, params: list, limit: int) -> list[tuple[int, float]]:
    """Tier *all*: bm25 of the rare phrases over all their documents (few by construction); the
    common phrases must match too."""
    common = [p for p in phrases if p not in rare]
    also = ("and c.id in (select rowid from documents_fts where documents_fts match ?)", [" ".join(phrases)]) if common else ("", [])
    return _bm25(db, "documents_fts", " ".join(rare), where, params, limit, also=also)


def _rank_recent(db, match: str, where: str, params: list, limit: int) -> list[tuple[int, float]]:
    """Tier *recent*: bm25 over the matches in the index of the newest documents, with its own
    statistics (a corpus without that index has no recent tier)."""
    if not db[RECENT].exists():
        return []
    return _bm25(db, RECENT, match, where, params, limit)


def _bm25(db, index: str, match: str, where: str, params: list, limit: int,
          also: tuple[str, list] = ("", [])) -> list[tuple[int, float]]:
    """(id, score) of the best ``limit`` matches of one full-text index (title weighs 3, text 1),
    kept by the document filters ``where`` and by ``also``, a further condition on ``c.id``."""
    join = "join documents d on d.id = c.id" if where else ""
    sql = f"""
        with c as (
            select rowid as id, bm25({index}, 3.0, 1.0) as score
            from {index} where {index} match ?
        )
        select c.id, c.score from c {join}
        where 1 = 1 {also[0]} {where}
        order by c.score, c.id desc
        limit ?
    """
    return db.execute(sql, [match, *also[1], *params, int(limit)]).fetchall()


_INDEXED = (("source", "source_id"), ("province", "province_code"), ("lang", "language"))


def _newest(db, match: str, filters: dict[str, Any], limit: int, exclude: list[int]) -> list[int]:
    """Tier *older*: matching documents that pass the filters, newest first, unranked.

    With a date filter, the publication-date index is walked from ``until`` backwards, each
    document checked against the full-text index by rowid. Otherwise windows of ids are walked
    from the newest (crawl order), growing four-fold: in each, the full-text matches (a rowid range
    is cheap in FTS5) are intersected with the documents of the narrowest language, province or
    source filter (an index range), and only what is left is checked against the other filters.
    Either way the walk stops as soon as ``limit`` documents are found."""
    where, params = document_filters(**filters)
    if exclude:
        where += f" and d.id not in ({','.join('?' * len(exclude))})"
        params = [*params, *exclude]
    if filters.get("since") or filters.get("until"):
        sql = f"""
            select d.id from documents d indexed by idx_documents_published
            cross join documents_fts f on f.rowid = d.id
            where documents_fts match ? {where}
            order by d.published desc, d.id desc limit ?
        """
        return [r[0] for r in db.execute(sql, [match, *params, int(limit)])]
    cap = config.get_int("search", "candidate_limit")
    narrowest, fewest = None, None
    for key, column in _INDEXED:
        if key == "province" and filters.get("attribution", "publisher") != "publisher":
            continue  # the mentioned provinces are not a column of documents
        if filters.get(key):
            held = db.execute(f"select count(*) from (select 1 from documents where {column} = ? limit ?)",
                              [filters[key], cap + 1]).fetchone()[0]
            if held == 0:
                return []
            if fewest is None or held < fewest:
                narrowest, fewest = (column, filters[key]), held
    found: list[int] = []
    hi = db.execute("select max(rowid) from documents_fts_docsize").fetchone()[0] or 0
    window = max(1000, 50 * limit)
    while hi > 0 and len(found) < limit:
        lo = max(0, hi - window)
        ids = [r[0] for r in db.execute(
            "select rowid from documents_fts where documents_fts match ? and rowid > ? and rowid <= ? order by rowid desc",
            [match, lo, hi])]
        if ids and narrowest:
            allowed = {r[0] for r in db.execute(
                f"select id from documents where {narrowest[0]} = ? and id > ? and id <= ?", [narrowest[1], lo, hi])}
            ids = [i for i in ids if i in allowed]
        if ids and where:
            keep = {r[0] for r in db.execute(
                f"select d.id from documents d where d.id in (select value from json_each(?)) {where}",
                [json.dumps(ids), *params])}
            ids = [i for i in ids if i in keep]
        found += ids[: limit - len(found)]
        hi, window = lo, window * 4
    return found


class _Details(NamedTuple):
    """What a hit shows of its document."""

    url: str
    title: str | None
    language: str
    source_id: str | None
    province_code: str | None
    published: str | None
    text: str | None
    text_folded: str | None


def _details(db, ids: list[int]) -> dict[int, _Details]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"select id, {', '.join(_Details._fields)} from documents where id in ({marks})"
    return {r[0]: _Details(*r[1:]) for r in db.execute(sql, ids)}


def create_recent_index(db: sqlite_utils.Database, size: int | None = None) -> None:
    """(Re)create ``documents_fts_recent``, the index of the newest ``size`` documents (``[search]
    recent_documents``), fill it, and the triggers that keep it so: a new document enters it and
    pushes the oldest out; updates and deletions of its members reach it. One transaction."""
    size = int(size or config.get_int("search", "recent_documents"))
    cols = ", ".join(f"[{c}]" for c in FTS_COLUMNS)
    new = ", ".join(f"new.[{c}]" for c in FTS_COLUMNS)
    old = ", ".join(f"old.[{c}]" for c in FTS_COLUMNS)
    member = f"exists (select 1 from [{RECENT}_docsize] where id = old.rowid)"
    with db.atomic():
        for name in ("documents_recent_ai", "documents_recent_ad", "documents_recent_au"):
            db.execute(f"drop trigger if exists [{name}]")
        db.execute(f"drop table if exists [{RECENT}]")
        db.execute(f"create virtual table [{RECENT}] using fts5({cols}, tokenize='{FTS_TOKENIZER}', content='documents')")
        db.execute(f"insert into [{RECENT}] (rowid, {cols}) select rowid, {cols} from documents order by rowid desc limit ?", [size])
        db.execute(f"""
            create trigger [documents_recent_ai] after insert on documents begin
                insert into [{RECENT}] (rowid, {cols}) values (new.rowid, {new});
                insert into [{RECENT}] ([{RECENT}], rowid, {cols})
                    select 'delete', d.rowid, {", ".join(f"d.[{c}]" for c in FTS_COLUMNS)} from documents d
                    where d.rowid = (select min(id) from [{RECENT}_docsize])
                    and (select count(*) from [{RECENT}_docsize]) > {size};
            end""")
        db.execute(f"""
            create trigger [documents_recent_ad] after delete on documents when {member} begin
                insert into [{RECENT}] ([{RECENT}], rowid, {cols}) values ('delete', old.rowid, {old});
            end""")
        db.execute(f"""
            create trigger [documents_recent_au] after update of {cols} on documents when {member} begin
                insert into [{RECENT}] ([{RECENT}], rowid, {cols}) values ('delete', old.rowid, {old});
                insert into [{RECENT}] (rowid, {cols}) values (new.rowid, {new});
            end""")


def snippet(text: str, groups: list[list[str]], width: int | None = None, mark: tuple[str, str] = ("[", "]"),
            folded: str | None = None) -> str:
    """A window of ``text`` around the first hit, hits marked; folding keeps offsets, so matching
    folded words marks the original (diacritic) text. ``folded`` is the stored folded text, when
    the caller has it (folding a long text in Python costs more than the search)."""
    width = width or config.get_int("search", "snippet_chars")
    if folded is None or len(folded) != len(text):
        folded = fold(text)
    # one pattern, longest alternatives (phrases) first; only the window around the first hit is
    # scanned for more, so a word found a hundred times in a long text costs no more than once
    alternatives = sorted((r"\W+".join(re.escape(w) for w in words) for words in groups if words), key=len, reverse=True)
    hit = re.compile(r"\b(?:" + "|".join(alternatives) + r")\b") if alternatives else None
    first_hit = hit.search(folded) if hit else None
    if first_hit is None:
        return text[:width].replace("\n", " ") + ("…" if len(text) > width else "")
    first = first_hit.start()
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    start = text.rfind(" ", 0, start) + 1 if start > 0 else 0
    spans = [(m.start(), m.end()) for m in hit.finditer(folded, start, end)]
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
