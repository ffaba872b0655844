"""Provinces: the two schemes and their mapping, the finder in four languages (and what it must not
take for a province), and the attribution of corpus documents."""
from __future__ import annotations

import csv

import pytest

from nlp import provinces as gz
from nlp.provinces import find_provinces, resolve, to_scheme

from tests.conftest import DEV_ARTICLES, SHARED

REFERENCE = SHARED / "reference"


# ---------------------------------------------------------------- the data


def test_schemes_have_63_and_34_units():
    assert len(gz.provinces("2024")) == 63
    assert len(gz.provinces("2025")) == 34


def test_every_old_province_goes_into_exactly_one_new_unit():
    new = gz.provinces("2025")
    taken = {}
    for unit in new.values():
        for old in unit.merged_from:
            assert old not in taken, f"{old} merged into both {taken[old]} and {unit.code}"
            taken[old] = unit.code
    assert set(taken) == set(gz.provinces("2024"))
    for old in gz.provinces("2024").values():
        assert old.merged_into == taken[old.code]


def test_a_2025_code_read_as_a_pre_2025_code_lands_in_the_same_unit():
    # publishers' codes may be of either era: each 2025 unit kept the code of one of its members
    for code in gz.provinces("2025"):
        assert to_scheme(code, "2025") == code


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared reference files absent")
def test_data_agrees_with_the_reference_lists():
    with (REFERENCE / "provinces_63_pre2025.csv").open(encoding="utf-8") as f:
        reference = {r["code"]: r for r in csv.DictReader(f)}
    by_name = {p.name_vi: p.code for p in gz.provinces("2025").values()}
    for code, row in reference.items():
        province = gz.provinces("2024")[code]
        assert province.name_vi == row["name_full_vi"]
        assert province.merged_into == by_name[row["merged_into_2025_name"]]


@pytest.mark.parametrize("value, scheme, expected", [
    ("Bến Tre", "2025", "86"),        # merged into Vĩnh Long in 2025
    ("Bến Tre", "2024", "83"),        # its own code before
    ("hanoi", "2025", "01"),          # English, lower case, as a user types it
    ("TP.HCM", "2025", "79"),         # Vietnamese abbreviation
    ("Bình Dương", "2025", "79"),     # merged into Ho Chi Minh City
    ("86", "2024", "86"),             # a code passes through
    ("83", "2025", "86"),             # an old code maps to its new unit
    ("Atlantis", "2025", None),       # not a province
])
def test_resolve(value, scheme, expected):
    assert resolve(value, scheme) == expected


# ---------------------------------------------------------------- the finder

FOUND = [
    # (lang, text, found names, 2024 codes)
    ("vi", "Tỉnh Vĩnh Long đẩy mạnh liên kết", ["Tỉnh Vĩnh Long"], ["86"]),          # designator tỉnh
    ("vi", "tại Hà Nội, TP.HCM và nhiều địa phương", ["Hà Nội", "TP.HCM"], ["01", "79"]),  # bare city + TP.HCM
    ("vi", "Thành phố Hồ Chí Minh", ["Thành phố Hồ Chí Minh"], ["79"]),                 # full official name
    ("vi", "UBND TPHCM cho biết", ["TPHCM"], ["79"]),                                   # glued abbreviation
    ("vi", "như Thái Nguyên, Lâm Đồng, Đắk Lắk", ["Thái Nguyên", "Lâm Đồng", "Đắk Lắk"], ["19", "68", "66"]),  # list
    ("vi", "tỉnh Hòa Bình", ["tỉnh Hòa Bình"], ["17"]),                                 # needs its designator
    ("vi", "Bà Rịa - Vũng Tàu", ["Bà Rịa - Vũng Tàu"], ["77"]),                         # spaced dash inside a name
    ("vi", "tỉnh Thanh Hoá", ["tỉnh Thanh Hoá"], ["38"]),                              # old tone placement
    ("vi", "HÀ NỘI", ["HÀ NỘI"], ["01"]),                                               # headline capitals
    ("vi", "Ha Noi va Hai Phong", ["Ha Noi", "Hai Phong"], ["01", "31"]),               # written without diacritics
    ("vi", "Thừa Thiên Huế", ["Thừa Thiên Huế"], ["46"]),                               # the name before 2025
    ("en", "Vinh Long province has 9 typical cooperatives", ["Vinh Long province"], ["86"]),  # designator after
    ("en", "in Hanoi and Ho Chi Minh City", ["Hanoi", "Ho Chi Minh City"], ["01", "79"]),     # English city names
    ("en", "Hoa Binh Province", ["Hoa Binh Province"], ["17"]),                          # capitalised designator
    ("en", "HCMC authorities", ["HCMC"], ["79"]),                                        # English abbreviation
    ("en", "the city of Hue", ["city of Hue"], ["46"]),                                  # "city of X"
    ("en", "Ba Ria-Vung Tau", ["Ba Ria-Vung Tau"], ["77"]),                              # dash without spaces
    ("fr", "la province de Vinh Long", ["province de Vinh Long"], ["86"]),               # "province de X"
    ("fr", "à Hô Chi Minh-Ville", ["Hô Chi Minh-Ville"], ["79"]),                        # French city name
    ("fr", "à Hanoï", ["Hanoï"], ["01"]),                                                # French spelling with tréma
    ("fr", "la ville de Dà Nang", ["ville de Dà Nang"], ["48"]),                         # partial diacritics, French style
    ("fr", "la province d'An Giang", ["province d'An Giang"], ["89"]),                   # elided "d'"
    ("sv", "provinsen Vinh Long", ["provinsen Vinh Long"], ["86"]),                      # "provinsen X"
    ("sv", "i Ho Chi Minh-staden", ["Ho Chi Minh-staden"], ["79"]),                      # Swedish city name
    ("sv", "Vinh Long-provinsen", ["Vinh Long-provinsen"], ["86"]),                      # "X-provinsen"
    ("sv", "i Hanoi och Can Tho", ["Hanoi", "Can Tho"], ["01", "92"]),                   # bare names in Swedish
]


@pytest.mark.parametrize("lang, text, names, codes", FOUND)
def test_finds(lang, text, names, codes):
    found = find_provinces(text, lang)
    assert [m.text for m in found] == names
    assert [m.code for m in found] == codes
    for m in found:
        assert text[m.start:m.end] == m.text


NOT_FOUND = [
    ("vi", "Nam"),                          # a part of many names, not a province
    ("vi", "Hạ Nam"),                       # wrong diacritics for Hà Nam
    ("vi", "hòa bình và phát triển"),        # "peace", the common noun
    ("vi", "Hòa Bình"),                     # capitalised but without designator: also a ward, a person
    ("vi", "Chủ tịch Hồ Chí Minh"),          # the president, not the city
    ("vi", "tư tưởng Hồ Chí Minh"),          # his thought
    ("vi", "đường Hà Nội"),                 # a street named after the city
    ("vi", "xa lộ Hà Nội"),                 # the highway in Ho Chi Minh City
    ("vi", "sông Thái Bình"),               # the river
    ("vi", "Điện Biên Phủ"),                # the battle
    ("vi", "Thái Bình Dương"),              # the Pacific Ocean hides two province names
    ("vi", "bà Nguyễn Thị Huế"),             # a person called Huế
    ("vi", "Ảnh: Tiên Giang"),              # a photographer: not Tiền Giang, the diacritics differ
    ("vi", "hài lòng an tâm"),               # folded "long an" inside ordinary words
    ("en", "the hue of the sky"),            # English word "hue"
    ("en", "Hanoi Street"),                  # a street
    ("en", "Ho Chi Minh Trail"),             # the trail, no designator
    ("fr", "rue Hanoïenne"),                 # a word that only starts like a name
    ("sv", "provinsen har 148 kooperativ"),  # "the province" unnamed
]


@pytest.mark.parametrize("lang, text", NOT_FOUND)
def test_does_not_find(lang, text):
    assert find_provinces(text, lang) == []


def test_count_by_scheme():
    text = "Bến Tre, Trà Vinh và Vĩnh Long"
    assert gz.count_provinces(text, "2024", "vi") == {"83": 1, "84": 1, "86": 1}
    assert gz.count_provinces(text, "2025", "vi") == {"86": 3}  # all three merged in 2025


# ---------------------------------------------------------------- patterns carry their examples


def _designator_cases():
    data = gz.patterns()
    for side in ("designators_before", "designators_after"):
        for entry in data[side]:
            for example in entry["examples"]:
                yield side, entry["lang"], entry["pattern"], example


@pytest.mark.parametrize("side, lang, pattern, example", list(_designator_cases()))
def test_every_designator_example_is_found_with_a_designator(side, lang, pattern, example):
    import re

    found = find_provinces(example, lang)
    assert found, example
    assert found[0].designated
    # the pattern itself matches inside the example (folded): a pattern without its example fails here
    from nlp.fold import fold
    assert re.search(pattern, fold(example), re.VERBOSE)


def _context_examples():
    data = gz.patterns()
    for key in ("street_before", "person_before", "street_after"):
        for example in data[key]["examples"]:
            yield key, example


@pytest.mark.parametrize("key, example", list(_context_examples()))
def test_every_context_example_is_rejected(key, example):
    assert find_provinces(example, "vi") == [] and find_provinces(example, "en") == []


def test_every_pattern_has_examples():
    data = gz.patterns()
    for side in ("designators_before", "designators_after"):
        for entry in data[side]:
            assert entry["examples"], entry["pattern"]
    for key in ("street_before", "person_before", "street_after"):
        assert data[key]["words"] and data[key]["examples"]


def test_every_province_name_is_found_in_each_language():
    for province in gz.provinces("2024").values():
        for lang, name in (("vi", province.name_short_vi), ("en", province.name_en), ("fr", province.name_fr),
                           ("sv", province.name_sv)):
            text = f"tỉnh {name}" if lang == "vi" else f"{name} province" if lang == "en" else name
            if lang in ("fr", "sv") and province.needs_designator and name == province.name_ascii:
                text = f"provinsen {name}" if lang == "sv" else f"province de {name}"
            found = find_provinces(text, lang)
            assert [m.code for m in found] == [province.code], (lang, text)


@pytest.mark.skipif(not DEV_ARTICLES.exists(), reason="dev articles absent")
def test_dev_articles_names_are_capitalised_places():
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV_ARTICLES.glob("*.txt"))]
    with_mentions = 0
    for text in texts:
        found = find_provinces(text, "vi")
        with_mentions += bool(found)
        for m in found:
            name = text[m.start:m.end]
            assert any(c.isupper() for c in name), name
    assert with_mentions >= len(texts) // 4


# ---------------------------------------------------------------- in the corpus


def test_seed_corpus_attribution_by_mention(seed_corpus):
    from corpus import open_db

    db = open_db(seed_corpus, readonly=True)
    vi = db.execute("select id from documents where language = 'vi'").fetchone()[0]
    rows = {(r[0], r[1]): r[2] for r in db.execute(
        "select scheme, province_code, count from document_provinces where document_id = ? and attribution = 'mention'", [vi])}
    assert rows[("2024", "87")] == 1  # Đồng Tháp before 2025
    assert rows[("2025", "82")] == 1  # Đồng Tháp after (it took Tiền Giang's code)
    assert ("2024", "66") in rows and ("2025", "66") in rows  # Đắk Lắk
    assert db["provinces"].count == 97


def test_publisher_attribution_and_rerun(tmp_path):
    from corpus import open_db
    from corpus.process import process
    from corpus.provinces import is_current, refresh
    from corpus.store import RawPage, store_pages

    db = open_db(tmp_path / "c.db")
    db["sources"].insert({"id": "baodongkhoi", "name": "Báo Đồng Khởi", "province_code": "83"})
    text = ("Tỉnh Trà Vinh và tỉnh Bến Tre phối hợp phát triển hợp tác xã nông nghiệp. " * 3).encode()
    store_pages(db, [RawPage(url="http://127.0.0.1/a", content=text, source_id="baodongkhoi", content_type="text/plain")])
    process(db, workers=1)
    rows = sorted(tuple(r) for r in db.execute(
        "select scheme, province_code, attribution, count from document_provinces"))
    assert rows == [
        ("2024", "83", "mention", 3), ("2024", "83", "publisher", 1), ("2024", "84", "mention", 3),
        ("2025", "86", "mention", 6), ("2025", "86", "publisher", 1),
    ]
    assert is_current(db)
    assert refresh(db) == 0  # nothing to redo
    db["document_provinces_done"].update(1, {"version": "old"})
    assert not is_current(db)
    assert refresh(db) == 1
    assert sorted(tuple(r) for r in db.execute(
        "select scheme, province_code, attribution, count from document_provinces")) == rows
