"""Policy diffusion: when the press of each province (or each source) took up a legal document, and
how far behind its issue date.

For one legal document (any spelling, read like ``vnpolicy mentions``) the answer is its issue date
(the date its mentions' own text gives, else the date of its earliest mention, said which) and, per
group: the first mention and its lag in days, the number of mentions and documents, the share of
the group's documents that mention it in the windows after issue (30/90/365 days: published on the
issue day up to that many days after), and the groups that never mention it with their number of
documents in the longest window. A group without documents in that window is no answer at all:
its press is not in the corpus then, so it is listed apart from the silent ones. Mentions before
the issue date (drafts, announcements) are kept; they make a negative lag and are counted apart.

Groups are provinces (``scheme`` 2024|2025, ``attribution`` publisher|mention, the attribution of
``corpus.provinces``) or sources. One question reads the day and groups of its own mentions'
documents only (their rows, by id) and the documents per group per day stored with the facets of
``corpus.facets`` (``daily:<facet>``), never every document's; a question about very many documents,
and ``export`` over many questions, load the facets of every document once (the group pairs and
the day of each document), so that each further document costs a few array operations.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

import numpy as np
import sqlite_utils

from corpus.facets import NO_DAY, day_number, label_day_numbers  # noqa: F401 (part of this module's API)
from nlp import provinces as gazetteer

BY = ("province", "source")
_EPOCH = dt.date(1970, 1, 1)
NEVER = np.iinfo(np.int64).max  # no first mention (yet): the start of a running minimum
# up to this many distinct documents, a question reads their days and groups from their rows by id;
# more, and loading the whole arrays (two facets of every document) is the cheaper way
ROWS_READ_LIMIT = 20000


class DiffusionError(ValueError):
    """A diffusion question that cannot be answered; the message says why."""


def kinds() -> list[str]:
    """The types of legal documents the reference extractor gives (its symbol and title tables)."""
    from extract.refs import tables

    return sorted({t.type for t in tables.doc_types()} | {t.type for t in tables.law_titles()})


def day_text(day: int | None) -> str | None:
    return None if day is None else (_EPOCH + dt.timedelta(days=int(day))).isoformat()


@dataclass
class Group:
    """One province or source for one legal document."""

    key: str
    label: str
    first_mention: str | None  # the date of its earliest dated mention (before the issue date too)
    lag_days: int | None  # first_mention minus the issue date; negative: before issue
    mentions: int
    documents: int
    undated_documents: int  # mentioning documents without a publication date (no lag)
    mentions_before_issue: int
    first_after_issue: str | None  # the first mention on or after the issue date
    windows: dict[int, tuple[int, int]] = field(default_factory=dict)  # days -> (mentioning, all) documents

    @property
    def before_issue(self) -> bool:
        return self.lag_days is not None and self.lag_days < 0

    def to_dict(self) -> dict[str, Any]:
        out = {"key": self.key, "label": self.label, "first_mention": self.first_mention, "lag_days": self.lag_days,
               "before_issue": self.before_issue, "mentions": self.mentions, "documents": self.documents,
               "undated_documents": self.undated_documents, "mentions_before_issue": self.mentions_before_issue,
               "first_after_issue": self.first_after_issue}
        for days, (hit, total) in sorted(self.windows.items()):
            out[f"documents_{days}d"] = hit
            out[f"total_{days}d"] = total
            out[f"share_{days}d"] = round(hit / total, 6) if total else None
        return out


@dataclass
class Diffusion:
    """The diffusion of one legal document."""

    name: str  # the document as the query names it (its canonical id)
    legal_ids: list[str]
    issued: str | None
    issued_from: str | None  # "text" | "earliest_mention" | None (no dated mention)
    by: str
    scheme: str | None
    attribution: str | None
    windows: tuple[int, ...]
    mentions: int
    documents: int
    groups: list[Group]  # the groups that mention it, earliest first
    silent: list[dict[str, Any]]  # groups with documents in the longest window but no mention
    no_documents: list[dict[str, Any]]  # groups without any document in the longest window: no answer
    unattributed_documents: int  # mentioning documents in no group (no province found, no source)
    year: int | None = None  # the year its canonical id carries (98/2018/NĐ-CP, Luật Đất đai 2024)

    @property
    def issue_date_uncertain(self) -> bool:
        """An issue date taken from the earliest mention, though the document's own year is earlier:
        it was issued before the corpus follows it, and the lags count from a first mention."""
        return (self.issued_from == "earliest_mention" and self.year is not None and self.issued is not None
                and self.year < int(self.issued[:4]))

    def curve(self) -> list[tuple[int, int]]:
        """(day after issue, groups that had mentioned it by then), one point per day a group joined."""
        lags = sorted(g.lag_days for g in self.groups if g.lag_days is not None)
        points: list[tuple[int, int]] = []
        for n, lag in enumerate(lags, 1):
            if points and points[-1][0] == lag:
                points[-1] = (lag, n)
            else:
                points.append((lag, n))
        return points

    def reached(self, day: int) -> int:
        """How many groups had mentioned it ``day`` days after issue."""
        return sum(1 for g in self.groups if g.lag_days is not None and g.lag_days <= day)

    def rows(self) -> list[dict[str, Any]]:
        """One row per group: those that mention it, then the silent ones, then those without documents."""
        head = {"document": self.name, "issued": self.issued, "issued_from": self.issued_from,
                "issue_date_uncertain": self.issue_date_uncertain}
        out = [dict(head, status="mentioned", **g.to_dict()) for g in self.groups]
        out += [dict(head, status="silent", **s) for s in self.silent]
        out += [dict(head, status="no_documents", **s) for s in self.no_documents]
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.name, "legal_ids": self.legal_ids, "issued": self.issued,
                "issued_from": self.issued_from, "year": self.year, "issue_date_uncertain": self.issue_date_uncertain,
                "by": self.by, "scheme": self.scheme,
                "attribution": self.attribution, "windows": list(self.windows), "mentions": self.mentions,
                "documents": self.documents, "unattributed_documents": self.unattributed_documents,
                "mentions_before_issue": sum(g.mentions_before_issue for g in self.groups),
                "groups": [g.to_dict() for g in self.groups], "silent": self.silent,
                "no_documents": self.no_documents, "curve": [list(p) for p in self.curve()]}


class Context:
    """What every document's diffusion reads, loaded once: the universe of groups and the documents
    per group per day as running sums (from the stored daily counts, ``facets.load_daily``). The
    day and groups of a question's own documents are read for those documents only (their rows, by
    id), unless they are many: then, as for many questions (``index_by_document``), the whole
    (document, group) pairs and each document's day are loaded from the facets once."""

    def __init__(self, db: sqlite_utils.Database, by: str = "province", *, scheme: str = "2025",
                 attribution: str = "mention", windows: Iterable[int] = (30, 90, 365)) -> None:
        from corpus import facets

        if by not in BY:
            raise DiffusionError(f"cannot follow diffusion by {by!r}; use province or source")
        if scheme not in gazetteer.SCHEMES:
            raise DiffusionError(f"unknown province scheme {scheme!r}; use 2025 or 2024")
        if attribution not in ("publisher", "mention"):
            raise DiffusionError(f"unknown attribution {attribution!r}; use publisher or mention")
        self.windows = tuple(sorted({int(w) for w in windows}))
        if not self.windows or self.windows[0] < 0:
            raise DiffusionError("windows are days after issue: give one or more numbers of days, 0 or more")
        self.db, self.by, self.scheme, self.attribution = db, by, scheme, attribution
        self.facet_name = facets.province_facet(scheme, attribution) if by == "province" else "source"
        daily = facets.load_daily(db, self.facet_name)
        # the universe of groups: every province of the scheme, or every source with documents
        if by == "province":
            names = {code: p.name_short_vi for code, p in gazetteer.provinces(scheme).items()}
        else:
            names = {s: s for s in daily.labels}
            if "sources" in db.table_names():
                names.update({r[0]: r[1] for r in db.execute("select id, coalesce(name, id) from sources")
                              if r[0] in names})
        self.keys = list(names) + [k for k in daily.labels if k not in names]
        self.labels = [names.get(k, k) for k in self.keys]
        self.index = {k: i for i, k in enumerate(self.keys)}
        self.remap = np.array([self.index[k] for k in daily.labels] + [-1], dtype=np.int64)
        # documents per group per day, as running sums over the days: a window total is two lookups
        self.first_day = daily.first_day
        span = daily.counts.shape[1]
        self.running = np.zeros((len(self.keys), span + 1), dtype=np.int64)
        self.running[self.remap[:-1], 1:] = np.cumsum(daily.counts, axis=1)  # (fancy indexing: no out=)
        self._arrays: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # day_of, pair docs, pair keys
        self._by_document: tuple[np.ndarray, np.ndarray] | None = None

    def _load_arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each document's day (NO_DAY: undated or a partial date) and the (document, group) pairs,
        from the facets: for many documents at once."""
        from corpus import facets

        if self._arrays is None:
            group = facets.load(self.db, self.facet_name)
            day = facets.load(self.db, "day")
            size = max(group.max_doc, day.max_doc) + 1
            label_days = np.append(label_day_numbers(day.labels), NO_DAY)
            day_of = np.full(size, NO_DAY, dtype=np.int64)
            day_of[day.docs] = label_days[day.keys]  # key -1 (no date) takes the NO_DAY at the end
            keep = group.keys >= 0
            remap = np.array([self.index[k] for k in group.labels] + [-1], dtype=np.int64)
            self._arrays = (day_of, group.docs[keep], remap[group.keys[keep]])
        return self._arrays

    def window_totals(self, start: int, days: int) -> np.ndarray:
        """Documents of each group published from day ``start`` to ``start + days`` (both included)."""
        span = self.running.shape[1] - 1
        lo = min(max(start - self.first_day, 0), span)
        hi = min(max(start + days - self.first_day + 1, 0), span)
        return self.running[:, hi] - self.running[:, lo]

    def days_of(self, docs: np.ndarray) -> np.ndarray:
        """The day of each document (NO_DAY: undated, or not in the corpus)."""
        if self._arrays is None and len(docs) <= ROWS_READ_LIMIT:
            return self._rows_of(docs)[0]
        day_of = self._load_arrays()[0]
        days = np.full(len(docs), NO_DAY, dtype=np.int64)
        known = docs < len(day_of)
        days[known] = day_of[docs[known]]
        return days

    def _rows_of(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(day of each document, and the position in ``docs`` and group index of each of their pairs)
        of the documents ``docs`` (sorted, distinct), read from their rows by id: the same days and
        pairs as the facets give, without loading them for the whole corpus."""
        wanted = "[" + ",".join(map(str, docs.tolist())) + "]"
        by_id = "json_each(?) j cross join"  # the ids drive the query, each through its primary key
        position = {doc: i for i, doc in enumerate(docs.tolist())}
        dates = [""] * len(docs)
        owners, keys = [], []
        if self.by == "source":
            rows = self.db.execute(f"select d.id, d.published, d.source_id from {by_id} documents d on d.id = j.value",
                                   [wanted]).fetchall()
            pairs = [(doc, source) for doc, _, source in rows]
        else:
            rows = self.db.execute(f"select d.id, d.published from {by_id} documents d on d.id = j.value",
                                   [wanted]).fetchall()
            pairs = self.db.execute(f"select p.document_id, p.province_code from {by_id} document_provinces p "
                                    "on p.document_id = j.value where p.scheme = ? and p.attribution = ?",
                                    [wanted, self.scheme, self.attribution]).fetchall()
        for doc, published, *_ in rows:
            dates[position[doc]] = (published or "")[:10]  # the day facet's label
        for doc, key in pairs:
            if key is not None and key in self.index:
                owners.append(position[doc])
                keys.append(self.index[key])
        return (label_day_numbers(dates) if len(dates) else np.zeros(0, dtype=np.int64),
                np.array(owners, dtype=np.int64), np.array(keys, dtype=np.int64))

    @staticmethod
    def issue_day(days: np.ndarray, issued_votes: dict[str, int]) -> tuple[int | None, str | None]:
        """The issue day and where it comes from: the text's date, else the earliest mention's day."""
        issued = _issue_day(issued_votes)
        if issued is not None:
            return issued, "text"
        dated = days[days != NO_DAY]
        return (int(dated.min()), "earliest_mention") if len(dated) else (None, None)

    def index_by_document(self) -> None:
        """Sort the pairs by document once, so that each later question costs in proportion to its own
        documents, not to the corpus (worth it for many documents: ``most_cited``)."""
        if self._by_document is None:
            _, pair_docs, pair_keys = self._load_arrays()
            order = np.argsort(pair_docs, kind="stable")  # runs already sorted per group: a merge
            self._by_document = (pair_docs[order], pair_keys[order])

    def groups_of(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(position in ``docs``, group index) of every pair of the documents ``docs`` (sorted, distinct)."""
        if self._by_document is None:  # one question: one pass over the pairs beats sorting them
            day_of, pair_docs, pair_keys = self._load_arrays()
            member = np.zeros(max(len(day_of), int(docs.max(initial=0)) + 1), dtype=bool)
            member[docs] = True
            chosen = member[pair_docs]
            return np.searchsorted(docs, pair_docs[chosen]), pair_keys[chosen]
        pair_docs, pair_keys = self._by_document
        left = np.searchsorted(pair_docs, docs, "left")
        right = np.searchsorted(pair_docs, docs, "right")
        n = right - left
        owner = np.repeat(np.arange(len(docs)), n)
        offsets = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
        return owner, pair_keys[np.repeat(left, n) + offsets]

    def attributes(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The day of each of the documents ``docs`` (sorted, distinct) and (position, group) of their
        pairs: read by id for a few documents, from the whole arrays for many."""
        if self._arrays is None and len(docs) <= ROWS_READ_LIMIT:
            return self._rows_of(docs)
        return (self.days_of(docs), *self.groups_of(docs))

    def diffusion(self, name: str, legal_ids: list[str], mention_docs: np.ndarray,
                  issued_votes: dict[str, int]) -> Diffusion:
        """The diffusion of one document from the ids of the documents of its mentions (one per mention)
        and the issue dates its mentions' text gives (date -> mentions giving it)."""
        docs, per_doc = np.unique(mention_docs, return_counts=True)
        days, owner, keys = self.attributes(docs)
        issued, issued_from = self.issue_day(days, issued_votes)
        n_groups = len(self.keys)
        mentions = np.bincount(keys, weights=per_doc[owner], minlength=n_groups).astype(np.int64)
        documents = np.bincount(keys, minlength=n_groups)
        pair_days = days[owner]
        pair_dated = pair_days != NO_DAY
        undated = np.bincount(keys[~pair_dated], minlength=n_groups)
        first = np.full(n_groups, NEVER, dtype=np.int64)
        np.minimum.at(first, keys[pair_dated], pair_days[pair_dated])
        windows: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        before = np.zeros(n_groups, dtype=np.int64)
        first_after = np.full(n_groups, NEVER, dtype=np.int64)
        if issued is not None:
            early = pair_dated & (pair_days < issued)
            before = np.bincount(keys[early], weights=per_doc[owner][early], minlength=n_groups).astype(np.int64)
            later = pair_dated & (pair_days >= issued)
            np.minimum.at(first_after, keys[later], pair_days[later])
            for w in self.windows:
                inside = later & (pair_days <= issued + w)
                windows[w] = (np.bincount(keys[inside], minlength=n_groups), self.window_totals(issued, w))
        # the groups that mention it, built from plain lists (a Python loop over numpy scalars costs
        # more than the arithmetic when an export asks for a thousand documents)
        present = np.flatnonzero(documents)
        firsts, afters = first[present], first_after[present]
        first_text = _day_texts(firsts, firsts != NEVER)
        after_text = _day_texts(afters, afters != NEVER)
        lags = [None if t is None or issued is None else int(d - issued) for d, t in zip(firsts.tolist(), first_text)]
        per_window = [(w, hit[present].tolist(), total[present].tolist()) for w, (hit, total) in windows.items()]
        groups = [
            Group(key=self.keys[g], label=self.labels[g], first_mention=f, lag_days=lag, mentions=m, documents=d,
                  undated_documents=u, mentions_before_issue=b, first_after_issue=a,
                  windows={w: (hits[i], totals[i]) for w, hits, totals in per_window})
            for i, (g, f, lag, m, d, u, b, a) in enumerate(zip(
                present.tolist(), first_text, lags, mentions[present].tolist(), documents[present].tolist(),
                undated[present].tolist(), before[present].tolist(), after_text))]
        groups.sort(key=lambda g: (g.lag_days is None, g.lag_days if g.lag_days is not None else 0, g.key))
        silent, no_documents = [], []
        longest = self.windows[-1]
        totals = self.window_totals(issued, longest) if issued is not None else np.zeros(n_groups, dtype=np.int64)
        for g in np.flatnonzero(documents == 0):
            row = {"key": self.keys[g], "label": self.labels[g], f"total_{longest}d": int(totals[g])}
            (silent if totals[g] else no_documents).append(row)
        silent.sort(key=lambda r: (-r[f"total_{longest}d"], r["key"]))
        no_documents.sort(key=lambda r: r["key"])
        attributed = np.zeros(len(docs), dtype=bool)
        attributed[owner] = True
        return Diffusion(
            name=name, legal_ids=legal_ids, issued=day_text(issued), issued_from=issued_from, by=self.by,
            scheme=self.scheme if self.by == "province" else None,
            attribution=self.attribution if self.by == "province" else None, windows=self.windows,
            mentions=int(len(mention_docs)), documents=int(len(docs)), groups=groups, silent=silent,
            no_documents=no_documents, unattributed_documents=int((~attributed).sum()),
            year=_common_year(legal_ids))


# the year in a canonical id: NUMBER/YEAR/TYPE-ISSUER, or a title followed by its year
_ID_YEAR = re.compile(r"(?:/|\s)((?:19|20)\d{2})(?:/|$)")


def _common_year(legal_ids: list[str]) -> int | None:
    """The year the canonical ids carry, when they agree on one."""
    years = {int(m.group(1)) for i in legal_ids if (m := _ID_YEAR.search(i))}
    return years.pop() if len(years) == 1 else None


def _day_texts(days: np.ndarray, known: np.ndarray) -> list[str | None]:
    """ISO dates of day numbers, None where not ``known``."""
    texts = np.datetime_as_string(np.where(known, days, 0).astype("datetime64[D]")).tolist()
    return [t if k else None for t, k in zip(texts, known.tolist())]


def _issue_day(votes: dict[str, int]) -> int | None:
    """The issue date most mentions give (ties: the earliest), None when none gives a full date."""
    counted: dict[int, int] = {}
    for text, n in votes.items():
        day = day_number(text)
        if day is not None:
            counted[day] = counted.get(day, 0) + n
    if not counted:
        return None
    return min(counted, key=lambda d: (-counted[d], d))


def _ids(joined: str | None) -> np.ndarray:
    from corpus.facets import parse_ids

    return parse_ids(joined)


def mentions_sql(where: str) -> str:
    """The ids of the documents of the mentions ``where`` selects (over ``mentions m``) and their issue
    dates, each joined into one string (char(31), the unit separator no text holds, between dates),
    and the least and greatest canonical id among them (equal: one document).
    No grouping by legal id: a query by number, which no index answers, would then walk the whole
    legal_id index and fetch every row in its order instead of reading the table once."""
    return ("select group_concat(m.document_id), group_concat(m.issued, char(31)), min(m.legal_id), max(m.legal_id) "
            "from mentions m where " + where)


def diffusion(db: sqlite_utils.Database, refs: Iterable[str], *, by: str = "province", scheme: str = "2025",
              attribution: str = "mention", windows: Iterable[int] = (30, 90, 365),
              context: Context | None = None) -> list[Diffusion]:
    """The diffusion of each legal document ``refs`` names, in any spelling (as ``vnpolicy mentions``
    reads it; a name matching several canonical ids, like a People's Committee document typed without
    its province, is followed as one). Raises DiffusionError for text that names no document."""
    from corpus.legal import mention_filter  # the same matching as `vnpolicy mentions`
    from extract.refs.query import RefQueryError, parse

    queries = []
    for ref in refs:
        try:
            queries.append(parse(ref))
        except RefQueryError as exc:
            raise DiffusionError(str(exc)) from None
    names = [q.describe() for q in queries]
    if len(set(names)) != len(names):
        raise DiffusionError("the same legal document is given twice")
    context = context or Context(db, by, scheme=scheme, attribution=attribution, windows=windows)
    out = []
    for query, name in zip(queries, names):
        where, params = mention_filter(query)
        # by id: from the covering index (legal_id, document_id, issued) alone, not a row per mention
        joined, issued, first_id, last_id = db.execute(mentions_sql(where), params).fetchone()
        votes = Counter(issued.split("\x1f")) if issued else Counter()
        if first_id == last_id:  # one canonical id (or none): no second pass over the mentions to list them
            legal_ids = [first_id] if first_id is not None else []
        else:
            legal_ids = sorted(r[0] for r in db.execute(f"select distinct m.legal_id from mentions m where {where}", params))
        # named by its canonical id when the spelling found one document ("Decree 98/2018")
        out.append(context.diffusion(legal_ids[0] if len(legal_ids) == 1 else name, legal_ids, _ids(joined), votes))
    return out


def most_cited(db: sqlite_utils.Database, *, kind: str | None = None, top: int | None = 1000,
               since: str | None = None, until: str | None = None, by: str = "province", scheme: str = "2025",
               attribution: str = "mention", windows: Iterable[int] = (30, 90, 365),
               context: Context | None = None) -> list[Diffusion]:
    """The diffusion of the ``top`` legal documents mentioned in the most documents (of one ``kind``,
    issued between ``since`` and ``until``), each canonical id on its own, in one pass over the
    mentions."""
    if kind and kind not in kinds():
        raise DiffusionError(f"unknown kind {kind!r}; use one of {', '.join(kinds())}")
    low, high = (day_number(since) if since else None), (day_number(until) if until else None)
    if (since and low is None) or (until and high is None):
        raise DiffusionError("--since and --until take a date: YYYY-MM-DD")
    context = context or Context(db, by, scheme=scheme, attribution=attribution, windows=windows)
    context.index_by_document()
    where, params = ("where legal_id is not null and type = ?", [kind]) if kind else ("where legal_id is not null", [])
    # the covering index (legal_id, document_id, issued) holds what is read, grouped by legal id and far
    # smaller than the rows; the kind is not in it, so a kind is read from the rows, in one pass
    source = "mentions not indexed" if kind else "mentions"
    names: list[str] = []
    per_id: list[np.ndarray] = []
    for legal_id, joined in db.execute(f"select legal_id, group_concat(document_id) from {source} {where} "
                                       f"group by legal_id", params):
        names.append(legal_id)
        per_id.append(_ids(joined))
    # documents (not mentions) per legal id, for the ranking
    distinct = [len(np.unique(docs)) for docs in per_id]
    ranked = sorted(range(len(names)), key=lambda c: (-distinct[c], names[c]))
    votes: dict[str, dict[str, int]] = {}
    for legal_id, issued, n in db.execute(
            f"select legal_id, issued, count(*) from {source} {where} and issued is not null group by 1, 2",
            params):
        votes.setdefault(legal_id, {})[issued] = n
    out = []
    for c in ranked:
        if top is not None and len(out) >= top:
            break
        docs = per_id[c]
        if low is not None or high is not None:  # the issue date first: the rest only for those kept
            issued, _ = context.issue_day(context.days_of(docs), votes.get(names[c], {}))
            if issued is None or (low is not None and issued < low) or (high is not None and issued > high):
                continue
        out.append(context.diffusion(names[c], [names[c]], docs, votes.get(names[c], {})))
    return out


def median_lags(results: list[Diffusion]) -> list[dict[str, Any]]:
    """Per group, across documents: how many it took up, the median (and quartiles of the) lag of its
    first mention, and how many it stayed silent on; earliest median first. Early and late groups are
    the two ends of this list. Documents whose issue date is uncertain (issued before the corpus
    follows them) are left out: their lags count from a first mention, not from issue."""
    results = [r for r in results if not r.issue_date_uncertain]
    if not results:
        return []
    lags: dict[str, list[int]] = {}
    labels: dict[str, str] = {}
    silent: dict[str, int] = {}
    for r in results:
        for g in r.groups:
            labels[g.key] = g.label
            if g.lag_days is not None:
                lags.setdefault(g.key, []).append(g.lag_days)
        for s in r.silent:
            labels[s["key"]] = s["label"]
            silent[s["key"]] = silent.get(s["key"], 0) + 1
    rows = []
    for key in labels:
        values = np.array(lags.get(key, []), dtype=float)
        rows.append({"key": key, "label": labels[key], "documents_taken_up": len(values),
                     "documents_silent": silent.get(key, 0),
                     "median_lag_days": float(np.median(values)) if len(values) else None,
                     "lag_q1_days": float(np.percentile(values, 25)) if len(values) else None,
                     "lag_q3_days": float(np.percentile(values, 75)) if len(values) else None,
                     "before_issue": int((values < 0).sum())})
    rows.sort(key=lambda r: (r["median_lag_days"] is None, r["median_lag_days"] or 0, -r["documents_taken_up"], r["key"]))
    for rank, row in enumerate((r for r in rows if r["median_lag_days"] is not None), 1):
        row["rank"] = rank
    return rows


def plot_curves(results: list[Diffusion], path, *, max_days: int | None = None, title: str | None = None) -> None:
    """Draw the cumulative curves (groups that had mentioned each document d days after its issue), the
    documents side by side, as a step plot; PNG or SVG from the file name. Labels in DejaVu Sans."""
    import matplotlib

    suffix = str(path).lower().rsplit(".", 1)[-1]
    if suffix not in ("png", "svg"):
        raise DiffusionError(f"--plot writes PNG or SVG: give a file name ending in .png or .svg, not {str(path)!r}")
    with matplotlib.rc_context({"font.family": "DejaVu Sans"}):
        _draw_curves(results, path, suffix, max_days, title)


def _draw_curves(results: list[Diffusion], path, suffix: str, max_days: int | None, title: str | None) -> None:
    from matplotlib.figure import Figure  # no pyplot: a notebook's backend and figures stay as they are

    fig = Figure(figsize=(10, 5.5))
    ax = fig.subplots()
    what = "provinces" if results and results[0].by == "province" else "sources"
    for r in results:
        points = r.curve()
        if not points:
            ax.plot([], [], label=f"{r.name} (no dated mention)")
            continue
        end = max_days if max_days is not None else max(points[-1][0], 0) + 30
        xs = [min(points[0][0], 0)] + [p[0] for p in points] + [max(end, points[-1][0])]
        ys = [0] + [p[1] for p in points] + [points[-1][1]]
        issued = f"issued {r.issued}" + ("" if r.issued_from == "text" else ", first mention")
        ax.step(xs, ys, where="post", label=f"{r.name} ({issued})")
    ax.axvline(0, color="grey", linewidth=0.8, linestyle="--")
    ax.set_xlabel("days after issue (negative: mentioned before it)")
    ax.set_ylabel(f"{what} that have mentioned it")
    if max_days is not None:
        ax.set_xlim(right=max_days)
    ax.set_ylim(bottom=0)
    ax.legend(loc="lower right", fontsize="small")
    ax.grid(alpha=0.3)
    scheme = f", {results[0].scheme} provinces by {results[0].attribution}" if results and results[0].by == "province" else ""
    ax.set_title(title or f"Diffusion: {what} that have mentioned each document{scheme}")
    fig.tight_layout()
    fig.savefig(path, format=suffix, dpi=110)
