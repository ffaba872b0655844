"""The gazetteer of bodies (nlp/data/agencies.csv): contract ids, four languages, history, lookup."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from nlp import agencies as gazetteer
from nlp import languages
from nlp.agencies import agencies, find_mentions, lookup, normalise

REPO = Path(__file__).resolve().parents[1]
CONTRACTS = REPO.parent / "shared" / "design" / "CONTRACTS.md"

# the agency ids CONTRACTS.md lists ("Agency ids"), copied so the test runs without the shared folder
CONTRACT_IDS = [
    "GOV", "PM", "OOG", "MOF", "MPI", "MAE", "MARD", "MONRE", "MOIT", "MOST", "MIC", "MOC", "MOT", "MOHA",
    "MOJ", "MOET", "MOLISA", "MOCST", "MOH", "MPS", "MOD", "MOFA", "CEMA", "SBV", "VCA", "VCCI", "VINASME",
    "PROVINCES", "MINISTRIES",
]


def test_every_contract_agency_id_is_in_the_gazetteer():
    assert [i for i in CONTRACT_IDS if i not in agencies()] == []


@pytest.mark.skipif(not CONTRACTS.exists(), reason="shared design folder absent")
def test_the_contract_list_is_the_one_copied_here():
    section = CONTRACTS.read_text(encoding="utf-8").split("### Agency ids", 1)[1].split("##", 1)[0]
    assert sorted(set(re.findall(r"`([A-Z]+)`", section))) == sorted(CONTRACT_IDS)


@pytest.mark.parametrize("agency_id", CONTRACT_IDS)
def test_contract_bodies_have_names_in_four_languages(agency_id):
    names = agencies()[agency_id].names
    assert set(names) == {"vi", "en", "fr", "sv"} and all(names.values())


def test_data_file_rows_are_complete_and_ids_unique():
    with gazetteer.DATA_FILE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len({r["id"] for r in rows}) == len(rows)
    # every body is named in every language's folder (nlp/lang/<code>/agencies.csv)
    assert [r["id"] for r in rows if set(agencies()[r["id"]].names) != set(languages.codes())] == []
    # a successor is itself in the gazetteer
    assert [r["id"] for r in rows if r["successor"] and r["successor"] not in agencies()] == []


def test_no_name_denotes_two_bodies():
    owner: dict[str, str] = {}
    clashes = []
    for agency in agencies().values():
        for name in agency.all_names():
            key = normalise(name)
            if owner.setdefault(key, agency.id) != agency.id:
                clashes.append((name, owner[key], agency.id))
    assert clashes == []


@pytest.mark.parametrize("name, expected", [
    ("Bộ Tài chính", "MOF"),                                # Vietnamese canonical
    ("bo tai chinh", "MOF"),                                # without diacritics, lower case
    ("Ministry of Finance", "MOF"),                         # English
    ("the Ministry of Finance", "MOF"),                     # with the article
    ("ministère des Finances", "MOF"),                      # French
    ("Finansministeriet", "MOF"),                           # Swedish, capitalised
    ("MOF", "MOF"),                                         # acronym
    ("Bộ KH&ĐT", "MPI"),                                    # Vietnamese short form
    ("Bộ Kế hoạch và Đầu tư", "MPI"),                       # pre-2025 ministry
    ("Bộ NN&PTNT", "MARD"),                                 # short form with &
    ("Bộ Nông nghiệp và Môi trường", "MAE"),                # 2025 ministry
    ("Ministry of Agriculture and Environment", "MAE"),     # its English name
    ("ministère de l'Agriculture et de l'Environnement", "MAE"),  # its French name
    ("jordbruks- och miljöministeriet", "MAE"),             # its Swedish name
    ("Bộ LĐ-TB&XH", "MOLISA"),                              # hyphenated short form
    ("Bộ Lao động – Thương binh và Xã hội", "MOLISA"),      # en dash instead of hyphen
    ("Ngân hàng Nhà nước Việt Nam", "SBV"),                 # ministerial-level agency
    ("NHNN", "SBV"),                                        # its Vietnamese acronym
    ("Banque d'État du Vietnam", "SBV"),                    # French
    ("Vietnams statsbank", "SBV"),                          # Swedish
    ("Liên minh Hợp tác xã Việt Nam", "VCA"),               # organisation
    ("Vietnams kooperativa allians", "VCA"),                # Swedish
    ("Association of Small and Medium Enterprises", "VINASME"),
    ("Vietnam Federation of Commerce and Industry", "VCCI"),
    ("Văn phòng Chính phủ", "OOG"),                         # Government Office
    ("Thủ tướng Chính phủ", "PM"),                          # Prime Minister
    ("Phó Thủ tướng", "DPM"),                               # Deputy Prime Minister
    ("vice-Premier ministre", "DPM"),                       # French
    ("Ủy ban Dân tộc", "CEMA"),                             # Ủy spelling
    ("Uỷ ban Dân tộc", "CEMA"),                             # Uỷ spelling
    ("Tổng Liên đoàn Lao động Việt Nam", "VGCL"),           # mass organisation
    ("Mặt trận Tổ quốc Việt Nam", "VFF"),                   # Fatherland Front
    ("Bảo hiểm xã hội Việt Nam", "VSS"),                    # Social Security
    ("Ủy ban Thường vụ Quốc hội", "NASC"),                  # National Assembly body
    ("Bộ Chính trị", "POLITBURO"),                          # Party body
    ("các bộ, ngành", "MINISTRIES"),                        # ministries as a whole
    ("relevant ministries and agencies", "MINISTRIES"),     # in English
    ("UBND các tỉnh, thành phố trực thuộc trung ương", "PROVINCES"),  # all provinces
    ("Provinces and cities", "PROVINCES"),                  # in English
    ("les provinces et les villes", "PROVINCES"),           # in French
    ("UBND tỉnh Lạng Sơn", "PPC@20"),                      # a named province's committee
    ("UBND TP. Hồ Chí Minh", "PPC@79"),                    # a city's committee
    ("Binh Duong Provincial People's Committee", "PPC@74"),  # in English, without diacritics
])
def test_lookup_by_any_name(name, expected):
    found = lookup(name)
    assert found is not None and found.id == expected


@pytest.mark.parametrize("agency_id, until, successor", [
    ("MPI", "2025-02-28", "MOF"),      # Planning and Investment merged into Finance
    ("MARD", "2025-02-28", "MAE"),     # Agriculture and Rural Development into Agriculture and Environment
    ("MONRE", "2025-02-28", "MAE"),    # Natural Resources and Environment too
    ("MIC", "2025-02-28", "MOST"),     # Information and Communications into Science and Technology
    ("MOT", "2025-02-28", "MOC"),      # Transport into Construction
    ("MOLISA", "2025-02-28", "MOHA"),  # Labour, Invalids and Social Affairs into Home Affairs
    ("CEMA", "2025-02-28", "MEMR"),    # Ethnic Minorities Committee into the new ministry
    ("PPC@74", "2025-06-30", "PPC@79"),  # Bình Dương merged into Hồ Chí Minh City
])
def test_history_of_the_2025_restructuring(agency_id, until, successor):
    agency = agencies()[agency_id]
    assert (agency.valid_until, agency.successor) == (until, successor)


def test_current_follows_successors_by_date():
    assert gazetteer.current("MPI") == "MOF"
    assert gazetteer.current("MPI", "2024-06") == "MPI"
    assert gazetteer.current("MARD", "2025-05-01") == "MAE"
    assert agencies()["MAE"].valid_on("2025-03") and not agencies()["MAE"].valid_on("2024-12-31")


def test_mentions_find_the_longest_name_and_keep_offsets():
    text = "Văn phòng Chính phủ thông báo; Bộ NN&PTNT và Ngân hàng Nhà nước Việt Nam phối hợp."
    found = [(m.agency_id, m.text) for m in find_mentions(text)]
    assert found == [("OOG", "Văn phòng Chính phủ"), ("MARD", "Bộ NN&PTNT"), ("SBV", "Ngân hàng Nhà nước Việt Nam")]
    assert all(text[m.start:m.end] == m.text for m in find_mentions(text))


@pytest.mark.parametrize("text", [
    "Le mot juste est dans le texte.",     # French word "mot" is not the Ministry of Transport (MOT)
    "Họp lúc 3 pm tại nhà văn hóa",        # "pm" in lower case is not the Prime Minister
    "the State budget of Vietnam",         # "State" alone is not the State Bank
    "Xây dựng nông thôn mới",              # "Xây dựng" alone is not the Ministry of Construction
    "the forum on cooperatives",           # no body named
])
def test_look_alikes_are_not_bodies(text):
    assert find_mentions(text) == []


@pytest.mark.parametrize("text, expected", [
    ("September 28, 2018 3:00 PM GMT+7", []),
    ("The conference closed at 5 PM.", []),
    ("Hội nghị kết thúc lúc 17h30 PM.", []),
    # look-alikes: the Prime Minister, and numbers before other acronyms
    ("The PM asked the ministries to report.", ["PM", "MINISTRIES"]),  # "ministries" alone: the collective
    ("At 3:00 the PM opened the meeting.", ["PM"]),
    ("vào lúc 10 BTC công bố kết quả.", ["MOF"]),
])
def test_a_time_of_day_is_no_prime_minister(text, expected):
    assert [m.agency_id for m in find_mentions(text)] == expected
