"""A synthetic corpus for benchmarks: documents of realistic length (1.5–6 K characters) and language
mix (mostly Vietnamese, also English, French, Swedish), written straight into a real corpus file.

Text is made of sentences of the bundled sample documents, so the common words of each language
("và", "của", "hợp tác xã", "the", "de", "och") occur in most documents of that language, plus a
long tail: a Zipf-distributed vocabulary of rare words and one file number per document, the way
real press carries names and numbers. Documents are inserted in crawl order: publication dates grow
with the id, except a share of back-filled archive pages with older dates. Legal references follow
a Zipf law too (a few decrees are everywhere, most are cited a handful of times).

Bulk load: no journal, no per-row full-text triggers; the index is rebuilt once at the end and
merged into one segment, the triggers come back for later writers.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from pathlib import Path

from corpus import open_db
from nlp.fold import fold

SAMPLE = Path(__file__).resolve().parents[1] / "vnpolicy" / "data" / "sample"
LANGUAGE_MIX = [("vi", 0.7), ("en", 0.2), ("fr", 0.05), ("sv", 0.05)]
SEED_LANGUAGE = {"000": "en", "001": "en", "002": "fr", "003": "sv", "004": "vi"}
# pre-2025 codes of publishers (national outlets have none)
PROVINCES = ["01", "79", "48", "31", "92", "86", "75", "66", "22", "38", "40", "46", "51", "56", None]
TOP_LEGAL_IDS = ["98/2018/NĐ-CP", "Luật Hợp tác xã 2023", "20-NQ/TW", "68-NQ/TW", "45/2021/NĐ-CP", "678/TB-VPCP"]
AGENCIES = ["MOF", "MAE", "MOIT", "MOST", "MOHA", "MOJ", "SBV", "VCA"]
SOURCES = 40
FIRST_DAY = dt.date(2016, 1, 1)
DAYS = (dt.date(2025, 12, 31) - FIRST_DAY).days
BACKFILL_SHARE = 0.1
RARE_VOCABULARY = 200_000
SYLLABLES = ["ba", "chi", "dong", "gia", "hai", "khanh", "lam", "minh", "nga", "phu", "quang", "son", "tan", "thu",
             "trung", "uyen", "van", "xuan", "yen", "bich"]


def sentences_by_language() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for path in sorted(SAMPLE.glob("*.txt")):
        lang = SEED_LANGUAGE[path.name[:3]]
        text = path.read_text(encoding="utf-8")
        out.setdefault(lang, []).extend(s.strip() for s in re.split(r"(?<=[.;])\s+|\n", text) if len(s.strip()) > 30)
    return out


def rare_word(rank: int) -> str:
    """The word of Zipf rank ``rank``: a made-up name of three syllables and a number."""
    a, b = divmod(rank, len(SYLLABLES))
    b2, c = divmod(a, len(SYLLABLES))
    return f"{SYLLABLES[b].title()}{SYLLABLES[c]}{SYLLABLES[b2 % len(SYLLABLES)]}{rank}"


def legal_id(rank: int) -> str:
    if rank < len(TOP_LEGAL_IDS):
        return TOP_LEGAL_IDS[rank]
    number, year = divmod(rank, 10)
    return f"{number}/{2010 + year}/NĐ-CP"


def zipf_rank(rng: random.Random, size: int, exponent: float = 1.1) -> int:
    """A rank in [0, size) with probability falling as rank^-exponent (inverse transform of a Pareto)."""
    while True:
        rank = int(rng.paretovariate(exponent - 1 if exponent > 1 else 0.1)) - 1
        if rank < size:
            return rank


def published_on(rng: random.Random, i: int, documents: int) -> str:
    """Crawl order: the date grows with the id; a share of pages are archive back-fills."""
    if rng.random() < BACKFILL_SHARE:
        day = rng.randrange(DAYS)
    else:
        day = min(DAYS, max(0, int(DAYS * i / documents) + rng.randint(-20, 3)))
    return (FIRST_DAY + dt.timedelta(days=day)).isoformat()


def build(path: Path, documents: int, *, seed: int = 7, batch: int = 5000) -> None:
    from corpus.provinces import fill_provinces_table, finder_version
    from corpus.search import create_recent_index
    from nlp import provinces as gazetteer

    rng = random.Random(seed)
    pool = sentences_by_language()
    languages = [lang for lang, _ in LANGUAGE_MIX]
    weights = [w for _, w in LANGUAGE_MIX]
    version = finder_version()
    in_scheme = {code: {s: gazetteer.to_scheme(code, s) for s in gazetteer.SCHEMES} for code in PROVINCES if code}
    db = open_db(path)
    conn = db.conn
    fill_provinces_table(db)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -1000000")
    triggers = conn.execute("select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'documents'").fetchall()
    for name, _ in triggers:
        conn.execute(f"drop trigger [{name}]")
    for start in range(0, documents, batch):
        pages, docs, mentions, assignments, places, done = [], [], [], [], [], []
        for i in range(start + 1, min(documents, start + batch) + 1):
            lang = rng.choices(languages, weights)[0]
            length = int(rng.triangular(1500, 6000, 2500))
            parts, size = [], 0
            while size < length:
                sentence = rng.choice(pool[lang])
                if rng.random() < 0.15:
                    sentence += " " + " ".join(rare_word(zipf_rank(rng, RARE_VOCABULARY)) for _ in range(rng.randint(1, 3))) + "."
                parts.append(sentence)
                size += len(sentence) + 1
            parts.insert(rng.randrange(len(parts)), f"Hồ sơ số HS{i}.")
            text = "\n".join(parts)
            title = parts[0][:90]
            province = rng.choice(PROVINCES)
            pages.append((i, f"https://example.invalid/{i}", "file", b"", "identity", hashlib.sha256(str(i).encode()).hexdigest()))
            docs.append((i, i, f"https://example.invalid/{i}", f"bench-{i % SOURCES}", province, lang,
                         published_on(rng, i, documents), title, text, fold(title), fold(text), len(text)))
            for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
                mentions.append((i, legal_id(zipf_rank(rng, 5000)), 0, 10, "Decree", parts[0][:200], lang))
            if rng.random() < 0.3:
                assignments.append((i, rng.choice(AGENCIES), "lead", 0, 10, parts[0][:200], lang))
            named = {rng.choice(PROVINCES[:-1]) for _ in range(rng.randint(0, 2))}
            for scheme in gazetteer.SCHEMES:
                if province:
                    places.append((i, scheme, in_scheme[province][scheme], "publisher", 1))
                for code in sorted({in_scheme[c][scheme] for c in named}):
                    places.append((i, scheme, code, "mention", 1))
            done.append((i, None, version))
        with conn:
            conn.executemany("insert into pages (id, url, origin, content, content_encoding, sha256) values (?, ?, ?, ?, ?, ?)", pages)
            conn.executemany(
                "insert into documents (id, page_id, url, source_id, province_code, language, published, title, text, "
                "title_folded, text_folded, length) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", docs)
            conn.executemany("insert into mentions (document_id, legal_id, start, [end], text, sentence, language) values (?, ?, ?, ?, ?, ?, ?)", mentions)
            conn.executemany("insert into assignments (document_id, agency_id, role, start, [end], sentence, language) values (?, ?, ?, ?, ?, ?, ?)", assignments)
            conn.executemany("insert into document_provinces (document_id, scheme, province_code, attribution, count) values (?, ?, ?, ?, ?)", places)
            conn.executemany("insert into document_provinces_done (document_id, processed_at, version) values (?, ?, ?)", done)
    with conn:
        conn.execute("insert into documents_fts(documents_fts) values ('rebuild')")
        conn.execute("insert into documents_fts(documents_fts) values ('optimize')")
        for _, sql in triggers:  # the index triggers come back for any later writer
            conn.execute(sql)
    create_recent_index(db)
    conn.execute("PRAGMA optimize")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
