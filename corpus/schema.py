"""The corpus schema as named, transactional migrations (sqlite-utils). Add a migration; never edit one
that has shipped.

A migration holds its own SQL, frozen as it was when it shipped: it calls no live code of the corpus
(what search or facets create today may differ from what that step created then), and a migration
that must compute something in SQL registers a frozen function of its own (m009)."""
from __future__ import annotations

import re
import unicodedata

from sqlite_utils.migrations import Migrations

from nlp import config

migrations = Migrations("vnpolicy")

# the folded columns of documents that m001 indexed, and its tokenizer (corpus.fulltext holds them today)
_M001_FTS_COLUMNS = ["title_folded", "text_folded"]
_M001_FTS_TOKENIZER = "unicode61 remove_diacritics 2"

# columns every fact table shares: provenance into its document
FACT_COMMON = {
    "id": int,
    "document_id": int,
    "start": int,
    "end": int,
    "text": str,
    "sentence": str,
    "language": str,
    "extractor_version": str,
}


@migrations()
def m001_core(db):
    db["sources"].create(
        {
            "id": str, "name": str, "homepage": str, "languages": str, "province_code": str,
            "kind": str, "discovery": str, "article_pattern": str, "verified": int, "notes": str,
        },
        pk="id",
    )
    db["pages"].create(
        {
            "id": int, "url": str, "final_url": str, "source_id": str, "origin": str, "status": int,
            "headers": str, "content": bytes, "content_encoding": str, "content_type": str,
            "content_length": int, "sha256": str, "fetched_at": str, "etag": str,
            "last_modified": str, "process_version": str, "process_error": str, "processed_at": str,
        },
        pk="id",
    )
    db["pages"].create_index(["url"], unique=True)
    db["pages"].create_index(["source_id"])
    db["pages"].create_index(["process_version"])
    db["documents"].create(
        {
            "id": int, "page_id": int, "url": str, "canonical_url": str, "source_id": str,
            "province_code": str, "language": str, "published": str, "title": str, "text": str,
            "title_folded": str, "text_folded": str, "sha256": str, "length": int,
            "story_id": int, "extractor_version": str, "processed_at": str,
        },
        pk="id",
        foreign_keys=[("page_id", "pages", "id")],
    )
    db["documents"].create_index(["page_id"], unique=True)
    db["documents"].create_index(["canonical_url"])
    db["documents"].create_index(["language"])
    db["documents"].create_index(["source_id"])
    db["documents"].create_index(["province_code"])
    db["documents"].create_index(["published"])
    db["documents"].create_index(["sha256"])
    db["documents"].enable_fts(_M001_FTS_COLUMNS, tokenize=_M001_FTS_TOKENIZER, create_triggers=True)

    db["mentions"].create(
        dict(FACT_COMMON, legal_id=str, type=str, number=str, year=int, issuer=str, issued=str,
             relation=str, title=str, resolved_from=int),
        pk="id", foreign_keys=[("document_id", "documents", "id")],
    )
    db["mentions"].create_index(["legal_id"])
    db["mentions"].create_index(["document_id"])
    db["legal_documents"].create(
        {
            "id": str, "type": str, "issuer": str, "number": str, "year": int, "issued": str,
            "title": str, "mention_count": int, "document_count": int,
        },
        pk="id",
    )
    db["figures"].create(
        dict(FACT_COMMON, value=float, low=float, high=float, qualifier=str, unit=str,
             currency=str, scale=float, per=str, reading=str),
        pk="id", foreign_keys=[("document_id", "documents", "id")],
    )
    db["figures"].create_index(["document_id"])
    db["figures"].create_index(["unit"])
    db["assignments"].create(
        dict(FACT_COMMON, agency_id=str, agency=str, role=str, task=str, deadline=str,
             deadline_qualifier=str, assigned_by=str),
        pk="id", foreign_keys=[("document_id", "documents", "id")],
    )
    db["assignments"].create_index(["document_id"])
    db["assignments"].create_index(["agency_id"])
    db["provinces"].create(
        {
            "code": str, "scheme": str, "name_vi": str, "name_short_vi": str, "name_ascii": str,
            "name_en": str, "name_fr": str, "name_sv": str, "merged_into": str, "aliases": str,
            "lat": float, "lon": float,
        },
        pk=("scheme", "code"),
    )
    db["agencies"].create(
        {
            "id": str, "name_vi": str, "name_en": str, "name_fr": str, "name_sv": str,
            "kind": str, "symbol": str, "valid_from": str, "valid_until": str, "successor": str,
        },
        pk="id",
    )


@migrations()
def m002_document_provinces(db):
    # a document is attributed to provinces twice: by its publisher (documents.province_code) and
    # by the provinces it names; each under the pre-2025 (63) and the 2025 (34) scheme
    db["document_provinces"].create(
        {"document_id": int, "scheme": str, "province_code": str, "attribution": str, "count": int},
        pk=("document_id", "scheme", "province_code", "attribution"),
    )
    db["document_provinces"].create_index(["scheme", "attribution", "province_code"])
    # which document state (processed_at) and finder version the rows above were made from
    db["document_provinces_done"].create(
        {"document_id": int, "processed_at": str, "version": str}, pk="document_id",
    )


@migrations()
def m003_crawl_state(db):
    # validators (ETag, Last-Modified) of the navigation pages of the last finished crawl, for
    # conditional requests; articles keep theirs in pages
    db["crawl_state"].create(
        {"url": str, "etag": str, "last_modified": str, "source_id": str, "fetched_at": str},
        pk="url",
    )


@migrations()
def m004_search_recent_tier(db):
    # a second, small full-text index over the newest documents only, where bm25 can rank a query of
    # common words quickly (its statistics cover that tier); triggers keep it to the newest ones
    # (corpus.search.create_recent_index makes the same, with any size, as it does today)
    size = config.get_int("search", "recent_documents")
    db.execute("drop trigger if exists [documents_recent_ai]")
    db.execute("drop trigger if exists [documents_recent_ad]")
    db.execute("drop trigger if exists [documents_recent_au]")
    db.execute("drop table if exists [documents_fts_recent]")
    db.execute("create virtual table [documents_fts_recent] using fts5([title_folded], [text_folded], "
               "tokenize='unicode61 remove_diacritics 2', content='documents')")
    db.execute("insert into [documents_fts_recent] (rowid, [title_folded], [text_folded]) "
               "select rowid, [title_folded], [text_folded] from documents order by rowid desc limit ?", [size])
    db.execute(f"""
            create trigger [documents_recent_ai] after insert on documents begin
                insert into [documents_fts_recent] (rowid, [title_folded], [text_folded]) values (new.rowid, new.[title_folded], new.[text_folded]);
                insert into [documents_fts_recent] ([documents_fts_recent], rowid, [title_folded], [text_folded])
                    select 'delete', d.rowid, d.[title_folded], d.[text_folded] from documents d
                    where d.rowid = (select min(id) from [documents_fts_recent_docsize])
                    and (select count(*) from [documents_fts_recent_docsize]) > {int(size)};
            end""")
    db.execute("""
            create trigger [documents_recent_ad] after delete on documents when exists (select 1 from [documents_fts_recent_docsize] where id = old.rowid) begin
                insert into [documents_fts_recent] ([documents_fts_recent], rowid, [title_folded], [text_folded]) values ('delete', old.rowid, old.[title_folded], old.[text_folded]);
            end""")
    db.execute("""
            create trigger [documents_recent_au] after update of [title_folded], [text_folded] on documents when exists (select 1 from [documents_fts_recent_docsize] where id = old.rowid) begin
                insert into [documents_fts_recent] ([documents_fts_recent], rowid, [title_folded], [text_folded]) values ('delete', old.rowid, old.[title_folded], old.[text_folded]);
                insert into [documents_fts_recent] (rowid, [title_folded], [text_folded]) values (new.rowid, new.[title_folded], new.[text_folded]);
            end""")


@migrations()
def m005_stories_done(db):
    # which document state (processed_at) each story id was computed from, and the document's month,
    # so that a processing run re-clusters only the months it touched, not the whole corpus
    db["stories_done"].create({"document_id": int, "processed_at": str, "month": str}, pk="document_id")


# the tables m006 watches: the columns a facet read then, and the document id column of each
_M006_WATCHED = {
    "documents": ("source_id, language, published, story_id, id", "id"),
    "document_provinces": ("document_id, scheme, province_code, attribution", "document_id"),
    "assignments": ("document_id, agency_id", "document_id"),
}


@migrations()
def m006_facets(db):
    # compact per-document group arrays for counting at scale (corpus/facets.py), with per-table
    # generation counters kept by triggers so that a stored facet is known to be current, and the
    # log of the documents whose rows changed (facet_changes) for incremental refreshes
    db["facets"].create({"name": str, "generation": int, "built_at": str, "data": bytes}, pk="name")
    db["facet_generations"].create({"tbl": str, "generation": int}, pk="tbl")
    db["facet_generations"].insert_all([{"tbl": t, "generation": 0} for t in _M006_WATCHED])
    for table, (columns, document_column) in _M006_WATCHED.items():
        bump = f"update facet_generations set generation = generation + 1 where tbl = '{table}';"
        for event in ("insert", "delete", f"update of {columns}"):
            slug = event.split()[0]
            db.execute(f"create trigger [facet_gen_{table}_{slug}] after {event} on [{table}] begin {bump} end")
    db.execute("create table if not exists [facet_changes] (seq integer primary key autoincrement, "
               "tbl text not null, document_id integer not null)")
    for table, (columns, document_column) in _M006_WATCHED.items():
        log = "insert into [facet_changes] (tbl, document_id)"
        for event, body in (("insert", f"{log} values ('{table}', new.[{document_column}]);"),
                            ("delete", f"{log} values ('{table}', old.[{document_column}]);"),
                            (f"update of {columns}", f"{log} values ('{table}', old.[{document_column}]); "
                                                     f"{log} values ('{table}', new.[{document_column}]);")):
            slug = event.split()[0]
            db.execute(f"create trigger if not exists [facet_log_{table}_{slug}] after {event} on [{table}] "
                       f"begin {body} end")
    # the story facet reads (id, story_id) of the documents in a story from this index, not the rows
    db["documents"].create_index(["story_id"], if_not_exists=True)


@migrations()
def m007_fts_reindex_on_text_change_only(db):
    # sqlite-utils' update trigger re-indexes a document's full text on an update of any column;
    # setting a story id or a province re-indexed the whole text. Only the indexed columns (and the
    # rowid) make the full-text index stale.
    cols = ", ".join(f"[{c}]" for c in _M001_FTS_COLUMNS)
    old = ", ".join(f"old.[{c}]" for c in _M001_FTS_COLUMNS)
    new = ", ".join(f"new.[{c}]" for c in _M001_FTS_COLUMNS)
    db.execute("drop trigger if exists [documents_au]")
    db.execute(f"""
        create trigger [documents_au] after update of [id], {cols} on [documents] begin
            insert into [documents_fts] ([documents_fts], rowid, {cols}) values ('delete', old.rowid, {old});
            insert into [documents_fts] (rowid, {cols}) values (new.rowid, {new});
        end""")


@migrations()
def m008_assign_agency_province(db):
    # issue #13: bodies of one province (``DOF@22``, ``PPC@22``) carry their province, and every body
    # the kind it is an instance of (``DOF``), so assignments can be grouped by province
    columns = db["agencies"].columns_dict
    if "province_code" not in columns:
        db["agencies"].add_column("province_code", str)
    if "base_id" not in columns:
        db["agencies"].add_column("base_id", str)
    db["agencies"].create_index(["province_code"], if_not_exists=True)


# m009's folding, frozen as the full-text index folded text when it shipped (corpus.fulltext.fold_for_index
# at the time): lower case, diacritics stripped one character for one, these letters without a
# decomposition mapped, web addresses blanked
_M009_EXTRA = {"đ": "d", "Đ": "d", "ð": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "æ": "æ"}
_M009_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
_M009_URL_TRAILING = ".,;:!?)]}»”’"


def _m009_fold_char(ch: str) -> str:
    if ch in _M009_EXTRA:
        return _M009_EXTRA[ch]
    if ch.isascii():
        return ch.lower()
    decomposed = unicodedata.normalize("NFD", ch)
    if all(unicodedata.combining(c) for c in decomposed[1:]):
        lowered = decomposed[0].lower()
        return lowered if len(lowered) == 1 else decomposed[0]
    return ch


def _m009_fold_for_index(text: str | None) -> str:
    folded = "".join(map(_m009_fold_char, text or ""))

    def blank(match: re.Match) -> str:
        url = match.group(0).rstrip(_M009_URL_TRAILING)
        return " " * len(url) + match.group(0)[len(url):]

    return _M009_URL.sub(blank, folded)


@migrations()
def m009_wrong_urls_not_searchable(db):
    # words inside web addresses in a text made documents match (``…/hop-tac-xa-…``): the folded copy
    # the full-text index holds now has them blanked; re-fold the documents that hold an address (the
    # update trigger re-indexes each)
    db.conn.create_function("m009_fold_for_index", 1, _m009_fold_for_index, deterministic=True)
    db.execute("""update documents set title_folded = m009_fold_for_index(title), text_folded = m009_fold_for_index(text)
                  where text like '%://%' or text like '%www.%' or title like '%://%' or title like '%www.%'""")


@migrations()
def m010_refs_law_versions(db):
    # issue 14: a law named without its year carries the dated id it resolves to (mentions.resolved);
    # legal documents carry what the law table knows of them: the kind of instrument, who adopts it,
    # the day it was adopted and the day it came into force. Mentions are looked up by title (every
    # mention of "Land Law", named or numbered) and by resolved id.
    db["mentions"].add_column("resolved", str)
    db["mentions"].create_index(["resolved"], if_not_exists=True)
    db["mentions"].create_index(["title"], if_not_exists=True)
    for column in ("kind", "adopted", "in_force", "resolved"):
        db["legal_documents"].add_column(column, str)


@migrations()
def m011_mentions_by_legal_id_covering(db):
    # issue 19: the diffusion of one legal document reads the documents and issue dates of all its
    # mentions; through the legal_id index alone that is one table row per mention (136,000 rows
    # for the most cited decree of the 1,000,000-document benchmark). An index holding both answers
    # it from its own pages. Document order after legal_id keeps the rows that other questions
    # fetch through it (vnpolicy mentions) in about the order they are stored. It starts with
    # legal_id, so it serves every lookup the old index did.
    db.execute("create index if not exists idx_mentions_legal_id_document_id_issued "
               "on mentions (legal_id, document_id, issued)")
    db.execute("drop index if exists idx_mentions_legal_id")


@migrations()
def m012_documents_processed_at_published(db):
    # every processing run asks which documents changed since the provinces and the stories last saw
    # them (corpus.provinces, corpus.stories): their processed_at (and publication month) against the
    # tables of what was done. Both columns are stored after the document's text and its folded copy,
    # so the query walked every document's overflow pages (about 4 µs a document each, seconds at a
    # million documents). An index holding them (and the id) answers from its own pages.
    db.execute("create index if not exists idx_documents_processed_at_published on documents (processed_at, published)")
