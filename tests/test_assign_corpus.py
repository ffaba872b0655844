"""Assignments and the agency table in a real corpus built from the seeds, queried through the CLI."""
from __future__ import annotations

import json
import sqlite3

from conftest import run_cli


def _hits(result) -> list[str]:
    assert result.returncode == 0, result.stderr
    return [hit["url"] for hit in json.loads(result.stdout)]


def test_search_filters_by_agency_end_to_end(seed_corpus):
    # the English notice tasks the Ministry of Agriculture and Environment; no other seed does
    mae = _hits(run_cli("search", "cooperatives", "--agency", "MAE", "--json", db=seed_corpus))
    assert len(mae) == 1 and "000_" in mae[0]
    # the Vietnamese notice tasks the Ministry of Planning and Investment (before its 2025 merger)
    mpi = _hits(run_cli("search", "hop tac xa", "--agency", "MPI", "--json", db=seed_corpus))
    assert len(mpi) == 1 and "004_" in mpi[0]
    # the Ministry of Finance is tasked in both
    mof_en = _hits(run_cli("search", "cooperatives", "--agency", "MOF", "--json", db=seed_corpus))
    mof_vi = _hits(run_cli("search", "hop tac xa", "--agency", "MOF", "--json", db=seed_corpus))
    assert {u.split("/")[-1][:4] for u in mof_en + mof_vi} == {"000_", "004_"}
    # without the filter the same query also finds documents that task nobody
    assert len(_hits(run_cli("search", "hop tac xa", "--json", db=seed_corpus))) > len(mof_vi)
    # a body no seed tasks filters everything out
    assert _hits(run_cli("search", "cooperatives", "--agency", "MOD", "--json", db=seed_corpus)) == []


def test_assignment_rows_carry_role_deadline_and_provenance(seed_corpus):
    con = sqlite3.connect(seed_corpus)
    rows = con.execute(
        "select a.agency_id, a.role, a.deadline, a.deadline_qualifier, a.assigned_by, a.text, a.sentence, "
        "substr(d.text, a.start + 1, a.end - a.start), a.extractor_version "
        "from assignments a join documents d on d.id = a.document_id where a.agency_id = 'MOF' and d.language = 'en'"
    ).fetchall()
    con.close()
    assert len(rows) == 1
    agency_id, role, deadline, qualifier, by, text, sentence, span, version = rows[0]
    assert (agency_id, role, deadline, qualifier, by) == ("MOF", "lead", "2025-12", "in", "DPM")
    assert span == text == "Ministry of Finance" and text in sentence
    assert "assignments-" in version


def test_agency_table_is_filled_from_the_gazetteer_and_refresh_is_idempotent(copy_corpus):
    from corpus import open_db
    from corpus.agencies import refresh_agencies
    from nlp.agencies import agencies

    con = sqlite3.connect(copy_corpus)
    before = con.execute("select count(*) from agencies").fetchone()[0]
    mpi = con.execute("select name_vi, name_fr, valid_until, successor from agencies where id = 'MPI'").fetchone()
    con.close()
    assert before == len(agencies())
    assert mpi == ("Bộ Kế hoạch và Đầu tư", "ministère du Plan et de l'Investissement", "2025-02-28", "MOF")
    db = open_db(copy_corpus)
    db.execute("insert into agencies (id, name_en) values ('GONE', 'a body the gazetteer dropped')")
    assert refresh_agencies(db) == before
    assert refresh_agencies(db) == before
    assert db.execute("select count(*) from agencies").fetchone()[0] == before
    db.conn.close()


def test_every_assigned_agency_id_is_in_the_agency_table(seed_corpus):
    con = sqlite3.connect(seed_corpus)
    missing = con.execute("select distinct agency_id from assignments where agency_id not in (select id from agencies)").fetchall()
    con.close()
    assert missing == []
