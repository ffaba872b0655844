"""Round 22 (blind, real public pages), Vietnamese, English and French: a law's adoption day after the time of day
(`thông qua chiều 27/11/2024`, `on the afternoon of`, `dans l'après-midi du`) or after the law's abbreviation in
brackets (`Luật Bảo hiểm y tế (BHYT) được Quốc hội thông qua …`, `(LHI) was passed …`), and the Vietnamese press's
abbreviated law names `Luật BHYT`, `Luật BHXH`. Literal cases written for this file (no sentence of the round's
pages) and look-alikes. README "Round 22 (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _refs(text, lang, *fields):
    return [tuple(getattr(r, f) for f in fields) for r in find_references(text, lang=lang, published="2025-06-01")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Luật Đất đai được Quốc hội thông qua sáng ngày 18/01/2024 gồm 16 chương.", "vi",
     [("Luật Đất đai", "2024-01-18", "Luật Đất đai 2024")]),
    ("Luật Đất đai đã được Quốc hội thông qua vào chiều 29/11/2013.", "vi",
     [("Luật Đất đai", "2013-11-29", "Luật Đất đai 2013")]),
    ("Luật Bảo hiểm y tế (BHYT) được Quốc hội thông qua ngày 14/11/2008.", "vi",
     [("Luật Bảo hiểm y tế", "2008-11-14", "Luật Bảo hiểm y tế 2008")]),
    ("The Land Law was passed by the National Assembly on the afternoon of November 29, 2013.", "en",
     [("Luật Đất đai", "2013-11-29", "Luật Đất đai 2013")]),
    ("The Law on Health Insurance (LHI) was passed by the National Assembly on November 14, 2008.", "en",
     [("Luật Bảo hiểm y tế", "2008-11-14", "Luật Bảo hiểm y tế 2008")]),
    ("La loi foncière a été adoptée par l'Assemblée nationale dans l'après-midi du 29 novembre 2013.", "fr",
     [("Luật Đất đai", "2013-11-29", "Luật Đất đai 2013")]),
    ("La loi sur l'assurance maladie (LAM) a été adoptée le 14 novembre 2008.", "fr",
     [("Luật Bảo hiểm y tế", "2008-11-14", "Luật Bảo hiểm y tế 2008")]),
    # look-alikes: the time of day with no date after it; the version in force at publication stays the reading
    ("Luật Đất đai được Quốc hội thông qua chiều nay.", "vi", [("Luật Đất đai", None, "Luật Đất đai 2024")]),
    ("The Land Law was passed by the National Assembly on the afternoon of the same day.", "en",
     [("Luật Đất đai", None, "Luật Đất đai 2024")]),
    ("La loi foncière a été adoptée dans l'après-midi du même jour.", "fr", [("Luật Đất đai", None, "Luật Đất đai 2024")]),
])
def test_adoption_day_after_time_of_day_or_abbreviation(text, lang, expected):
    assert _refs(text, lang, "id", "issued", "resolved") == expected


def test_amending_law_dated_after_its_abbreviation_and_time_of_day():
    refs = _refs("Luật sửa đổi, bổ sung một số điều Luật Bảo hiểm y tế (BHYT) được Quốc hội thông qua chiều 27/11/2024.",
                 "vi", "id", "issued", "resolved")
    assert refs == [("Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế", "2024-11-27",
                     "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế 2024")]


@pytest.mark.parametrize("text, expected", [
    ("Một số điểm mới của Luật BHYT năm 2025 được nêu dưới đây.", [("Luật Bảo hiểm y tế 2025", "Luật Bảo hiểm y tế 2025")]),
    ("Theo Luật BHXH năm 2024, người lao động được hưởng.", [("Luật Bảo hiểm xã hội 2024", "Luật Bảo hiểm xã hội 2024")]),
    ("Luật BHYT quy định mức hưởng.", [("Luật Bảo hiểm y tế", "Luật Bảo hiểm y tế 2008")]),
    # look-alikes: the insurance and the agency, no law
    ("Người tham gia BHYT được hưởng 100% chi phí.", []),
    ("Bảo hiểm xã hội Việt Nam hướng dẫn đóng BHXH.", []),
])
def test_abbreviated_insurance_law_names(text, expected):
    laws = [(r.id, r.resolved) for r in find_references(text, lang="vi", published="2025-06-01") if r.type == "law"]
    assert laws == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("THE GOVERNMENT __________ No. 12/2024/ND-CP | THE SOCIALIST REPUBLIC OF VIETNAM Independence - Freedom - "
     "Happiness ____________ Hanoi, May 03, 2024 |\nDECREE", "en", [("12/2024/NĐ-CP", "2024-05-03")]),
    ("LE GOUVERNEMENT __________ N° 12/2024/ND-CP | RÉPUBLIQUE SOCIALISTE DU VIETNAM Indépendance - Liberté - "
     "Bonheur ____________ Hanoï, le 3 mai 2024 |\nDÉCRET", "fr", [("12/2024/NĐ-CP", "2024-05-03")]),
    ("CHÍNH PHỦ __________ Số: 12/2024/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
     "____________ Hà Nội, ngày 3 tháng 5 năm 2024 |\nNGHỊ ĐỊNH", "vi", [("12/2024/NĐ-CP", "2024-05-03")]),
    # look-alikes: a place and day of another year (the symbol's year rules), and a rule with no issuer's name
    ("THE GOVERNMENT __________ No. 12/2024/ND-CP | THE SOCIALIST REPUBLIC OF VIETNAM Independence - Freedom - "
     "Happiness ____________ Hanoi, May 03, 2023 |\nDECREE", "en", [("12/2024/NĐ-CP", None)]),
    ("see __________ No. 12/2024/ND-CP | THE SOCIALIST REPUBLIC OF VIETNAM Independence - Freedom - Happiness "
     "____________ Hanoi, May 03, 2024 |", "en", [("12/2024/NĐ-CP", None)]),
])
def test_heading_symbol_after_issuer_and_rule_on_one_line(text, lang, expected):
    assert _refs(text, lang, "id", "issued") == expected


AMENDING_57 = ("Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư "
               "và Luật Đấu thầu")


@pytest.mark.parametrize("text, lang, expected", [
    # the English spellings of the PPP law and the export and import duties law that cut an amending law's list
    ("The Law on Investment in the Form of Public-Private Partnership and the Law on Export Duty and Import Duty apply.",
     "en", [("Luật Đầu tư theo phương thức đối tác công tư", "Luật Đầu tư theo phương thức đối tác công tư 2020"),
            ("Luật Thuế xuất khẩu, thuế nhập khẩu", "Luật Thuế xuất khẩu, thuế nhập khẩu 2016")]),
    ("The Law amending several articles of the Law on Planning, the Law on Investment, the Law on Investment under the "
     "Public-Private Partnership Model and the Law on Bidding was adopted.", "en", [(AMENDING_57, AMENDING_57 + " 2024")]),
    # the same law in the other languages: one reference, resolved by the law table's version
    (AMENDING_57 + " có hiệu lực.", "vi", [(AMENDING_57, AMENDING_57 + " 2024")]),
    ("La loi modifiant et complétant certains articles de la loi sur la planification, de la loi sur l'investissement, "
     "de la loi sur l'investissement sous forme de partenariat public-privé et de la loi sur les appels d'offres a été "
     "adoptée.", "fr", [(AMENDING_57, AMENDING_57 + " 2024")]),
    # look-alike: the same laws listed with no amending words are laws of their own
    ("The Law on Investment in the Form of Public-Private Partnership and the Law on Bidding apply.", "en",
     [("Luật Đầu tư theo phương thức đối tác công tư", "Luật Đầu tư theo phương thức đối tác công tư 2020"),
      ("Luật Đấu thầu", "Luật Đấu thầu 2023")]),
])
def test_amending_law_listing_the_ppp_law(text, lang, expected):
    assert _refs(text, lang, "id", "resolved") == expected
