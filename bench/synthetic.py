"""A synthetic corpus for benchmarks: documents of realistic length and language mix, written straight
into a real corpus file, the full-text index rebuilt once at the end (faster than per-row triggers)."""
from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

from corpus import open_db
from nlp.fold import fold

SAMPLE = Path(__file__).resolve().parents[1] / "vnpolicy" / "data" / "sample"
LANGUAGE_MIX = [("vi", 0.6), ("en", 0.25), ("fr", 0.08), ("sv", 0.07)]
SEED_LANGUAGE = {"000": "en", "001": "en", "002": "fr", "003": "sv", "004": "vi"}
PROVINCES = ["01", "79", "48", "31", "92", "86", "75", "66", "22", "38", "40", "46", "51", "56"]
LEGAL_IDS = ["98/2018/NĐ-CP", "20-NQ/TW", "68-NQ/TW", "678/TB-VPCP", "45/2021/NĐ-CP", "Luật Hợp tác xã 2023"] + [
    f"{n}/{y}/NĐ-CP" for n, y in zip(range(1, 400, 7), [2016 + i % 10 for i in range(60)])
]
AGENCIES = ["MOF", "MAE", "MOIT", "MOST", "MOHA", "MOJ", "SBV", "VCA", "PROVINCES", "MINISTRIES"]


def sentences_by_language() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for path in sorted(SAMPLE.glob("*.txt")):
        lang = SEED_LANGUAGE[path.name[:3]]
        text = path.read_text(encoding="utf-8")
        out.setdefault(lang, []).extend(s.strip() for s in re.split(r"(?<=[.;])\s+|\n", text) if len(s.strip()) > 30)
    return out


def build(path: Path, documents: int, *, length: int = 2000, seed: int = 7, batch: int = 5000) -> None:
    rng = random.Random(seed)
    pool = sentences_by_language()
    languages = [lang for lang, _ in LANGUAGE_MIX]
    weights = [w for _, w in LANGUAGE_MIX]
    db = open_db(path)
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")
    triggers = conn.execute("select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'documents'").fetchall()
    for name, _ in triggers:
        conn.execute(f"drop trigger [{name}]")
    for start in range(0, documents, batch):
        pages, docs, mentions, assignments = [], [], [], []
        for i in range(start + 1, min(documents, start + batch) + 1):
            lang = rng.choices(languages, weights)[0]
            parts, size = [], 0
            while size < length:
                sentence = rng.choice(pool[lang])
                parts.append(sentence)
                size += len(sentence) + 1
            text = "\n".join(parts)
            title = parts[0][:90]
            published = f"{2016 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            pages.append((i, f"https://example.invalid/{i}", "file", b"", "identity", hashlib.sha256(str(i).encode()).hexdigest()))
            docs.append((i, i, f"https://example.invalid/{i}", f"bench-{i % 40}", rng.choice(PROVINCES), lang, published,
                         title, text, fold(title), fold(text), len(text)))
            for _ in range(rng.randint(0, 3)):
                mentions.append((i, rng.choice(LEGAL_IDS), 0, 10, "Decree", parts[0][:200], lang))
            if rng.random() < 0.3:
                assignments.append((i, rng.choice(AGENCIES), "lead", 0, 10, parts[0][:200], lang))
        with conn:
            conn.executemany("insert into pages (id, url, origin, content, content_encoding, sha256) values (?, ?, ?, ?, ?, ?)", pages)
            conn.executemany(
                "insert into documents (id, page_id, url, source_id, province_code, language, published, title, text, "
                "title_folded, text_folded, length) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", docs)
            conn.executemany("insert into mentions (document_id, legal_id, start, [end], text, sentence, language) values (?, ?, ?, ?, ?, ?, ?)", mentions)
            conn.executemany("insert into assignments (document_id, agency_id, role, start, [end], sentence, language) values (?, ?, ?, ?, ?, ?, ?)", assignments)
    with conn:
        conn.execute("insert into documents_fts(documents_fts) values ('rebuild')")
        for _, sql in triggers:  # the index triggers come back for any later writer
            conn.execute(sql)
    conn.execute("PRAGMA optimize")
    conn.close()
