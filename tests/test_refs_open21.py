"""Open classes after round 21 (references), Vietnamese, English and French: a year-less name resolved to the version in
force at the text's date when the text names that version as replaced by one adopted but not yet in force, or calls
the law the one in force (`actuellement en vigueur`, `currently in force`, `hiện hành`; an undated text: at the start of
the latest year it writes), and a code's title without its first word (`Luật Hình sự`, no law of that title; the code
is `Bộ luật Hình sự`) read as the branch of law unless a year, a number, a provision's cue or a list of laws makes it
the code. Literal cases written for this file (no sentence of the rounds' pages) and look-alikes. README "Open classes
after round 21 (references)"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _yearless(text, lang, published):
    return [(r.id, r.resolved) for r in find_references(text, lang=lang, published=published) if r.year is None]


@pytest.mark.parametrize("text, lang, published, expected", [
    # the replaced version is still in force at the text's date: the bare name is the law as it stands
    ("On January 18, 2024, the National Assembly passed the Law on Land 2024 (replacing the Law on Land 2013). The Law "
     "on Land governs the use of land.", "en", "2024-02-10", [("Luật Đất đai", "Luật Đất đai 2013")]),
    ("Quốc hội đã thông qua Luật Đất đai 2024 thay thế Luật Đất đai 2013. Luật Đất đai là đạo luật quan trọng.", "vi",
     "2024-03-01", [("Luật Đất đai", "Luật Đất đai 2013")]),
    ("L'Assemblée nationale a adopté la loi foncière de 2024, qui remplace la loi foncière de 2013. La loi foncière "
     "encadre l'usage des terres.", "fr", "2024-02-10", [("Luật Đất đai", "Luật Đất đai 2013")]),
    # look-alikes: the replacing version in force at the text's date, and a text naming only the new law
    ("On January 18, 2024, the National Assembly passed the Law on Land 2024 (replacing the Law on Land 2013). The Law "
     "on Land governs the use of land.", "en", "2025-02-10",
     [("Luật Đất đai", "Luật Đất đai 2024")]),
    ("On January 18, 2024, the National Assembly passed the Law on Land 2024. The Law on Land changes many rules.", "en",
     "2024-02-10", [("Luật Đất đai", "Luật Đất đai 2024")]),
    ("Quốc hội đã thông qua Luật Đất đai 2024. Luật Đất đai có nhiều điểm mới.", "vi", "2024-03-01",
     [("Luật Đất đai", "Luật Đất đai 2024")]),
])
def test_replaced_version_still_in_force(text, lang, published, expected):
    assert _yearless(text, lang, published) == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    # undated: the latest year the text writes is 2015, the 2014 law in force only from July 2015
    ("Une nouvelle loi sur l'investissement a été adoptée le 26 novembre 2014 et entrera en vigueur le 1er juillet "
     "2015. La loi sur l'investissement de 2014 change les règles. Selon l'article 3 de la loi sur l'investissement "
     "actuellement en vigueur, un investisseur est défini ainsi.", "fr", None, [("Luật Đầu tư", "Luật Đầu tư 2005")]),
    ("The Law on Investment 2014 was adopted in November 2014 and takes effect on July 1, 2015. Under the Law on "
     "Investment currently in force, an investor is defined so.", "en", None, [("Luật Đầu tư", "Luật Đầu tư 2005")]),
    ("Luật Đầu tư 2014 có hiệu lực từ ngày 01/7/2015. Theo Luật Đầu tư hiện hành, nhà đầu tư được định nghĩa như "
     "vậy.", "vi", None, [("Luật Đầu tư", "Luật Đầu tư 2005")]),
    # dated: the version in force that day, though the text names a later one before
    ("The Law on Land 2024 takes effect in August. The Law on Land currently in force still applies.", "en",
     "2024-03-01", [("Luật Đất đai", "Luật Đất đai 2013")]),
    # look-alikes: without the in-force words the nearest version named before; 'en vigueur' after a day is a
    # taking effect
    ("The Law on Investment 2014 takes effect on July 1, 2015. Under the Law on Investment, an investor is defined "
     "so.", "en", None, [("Luật Đầu tư", "Luật Đầu tư 2014")]),
    ("Luật Đầu tư 2014 có hiệu lực từ ngày 01/7/2015. Theo Luật Đầu tư, nhà đầu tư được định nghĩa như vậy.", "vi",
     None, [("Luật Đầu tư", "Luật Đầu tư 2014")]),
])
def test_version_said_in_force(text, lang, published, expected):
    assert _yearless(text, lang, published) == expected


def _ids(text, lang="vi"):
    return [r.id for r in find_references(text, lang=lang, published="2020-01-01")]


@pytest.mark.parametrize("text, expected", [
    # the branch of law: no reference
    ("Hình sự là một lĩnh vực pháp luật; Luật Hình sự điều chỉnh những quan hệ xã hội mang tính chất hình sự.", []),
    ("Từ khi ban hành Luật Hình sự cho đến nay, chính sách hình sự đã thay đổi nhiều.", []),
    ("Giảng viên môn Luật Dân sự hướng dẫn sinh viên.", []),
    # the code: with a year, a number, the code's full title, an abbreviation, a provision's cue, a list of laws
    ("Hành vi này bị xử lý theo Luật Hình sự 2015.", ["Bộ luật Hình sự 2015"]),
    ("Luật Dân sự ngày 24/11/2015 quy định như vậy.", ["Bộ luật Dân sự 2015"]),
    ("Bộ luật Hình sự điều chỉnh những quan hệ xã hội mang tính chất hình sự.", ["Bộ luật Hình sự"]),
    ("BLHS điều chỉnh những quan hệ xã hội mang tính chất hình sự.", ["Bộ luật Hình sự"]),
    ("Ngân hàng được quyền giữ giấy tờ theo quy định của Luật Dân sự.", ["Bộ luật Dân sự"]),
    ("Cần rà soát Luật Viên chức, Luật Lao động, Luật Giáo dục cho đồng bộ.",
     ["Luật Viên chức", "Bộ luật Lao động", "Luật Giáo dục"]),
])
def test_code_title_without_its_first_word(text, expected):
    assert _ids(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the other languages name the codes by their own words, read as before
    ("The Criminal Code regulates social relations of a criminal nature.", "en", ["Bộ luật Hình sự"]),
    ("Le Code civil régit les contrats.", "fr", ["Bộ luật Dân sự"]),
])
def test_codes_in_other_languages(text, lang, expected):
    assert _ids(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a third and later year after one name: one reference each
    ("Nhà nước đã ban hành Bộ luật Hình sự qua các năm 1985, 1999, 2015 để bảo vệ trật tự.", "vi",
     ["Bộ luật Hình sự 1985", "Bộ luật Hình sự 1999", "Bộ luật Hình sự 2015"]),
    ("Luật Đất đai năm 1993, 2003 và 2013 đều quy định như vậy.", "vi",
     ["Luật Đất đai 1993", "Luật Đất đai 2003", "Luật Đất đai 2013"]),
    ("the Land Law of 1993, 2003 and 2013 all say so.", "en", ["Luật Đất đai 1993", "Luật Đất đai 2003", "Luật Đất đai 2013"]),
    ("la loi foncière de 1993, 2003 et 2013 le prévoit.", "fr", ["Luật Đất đai 1993", "Luật Đất đai 2003", "Luật Đất đai 2013"]),
    # look-alike: years of no version of the law are no references
    ("Luật Đất đai năm 2013, 2020 và 2021 có nhiều thay đổi.", "vi", ["Luật Đất đai 2013"]),
])
def test_third_year_after_one_name(text, lang, expected):
    assert _ids(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a law's name, the last conjunction and one item with a year: the pair's year, as between items
    ("En attendant, les loi sur l'investissement et sur les entreprises de 2005 restent applicables.", "fr",
     ["Luật Đầu tư 2005", "Luật Doanh nghiệp 2005"]),
    ("Luật Đầu tư và Doanh nghiệp 2020 có hiệu lực từ năm 2021.", "vi", ["Luật Đầu tư 2020", "Luật Doanh nghiệp 2020"]),
    ("The Law on Investment and Enterprises 2020 took effect in 2021.", "en", ["Luật Đầu tư 2020", "Luật Doanh nghiệp 2020"]),
    # look-alikes: no version of the first law that year; a comma, not the last conjunction
    ("Luật Đất đai và Nhà ở 2023 được nhắc đến.", "vi", ["Luật Đất đai", "Luật Nhà ở 2023"]),
    ("Luật Đất đai, Nhà ở 2023 và Kinh doanh bất động sản 2023 được nhắc đến.", "vi",
     ["Luật Đất đai", "Luật Nhà ở 2023", "Luật Kinh doanh bất động sản 2023"]),
])
def test_law_name_takes_the_year_of_the_item_after_it(text, lang, expected):
    assert _ids(text, lang) == expected
