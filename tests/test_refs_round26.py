"""Round 26 (blind, real public pages), French first, with English and Vietnamese controls: a list of laws under one
head word linked by `relatives à` with a contracted `à` before each item (`lois révisées relatives à la qualité des
produits, aux normes …, à l’énergie atomique`), French law titles the list lacked, and the law table's missing 2025
versions. Literal cases written for this file (no sentence of the round's pages) and look-alikes. docs/quality.md
"Round 26 (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _found(text, lang, published="2026-02-10"):
    return [(r.text, r.id, r.relation) for r in find_references(text, lang=lang, published=published)]


def _resolved(text, lang, published):
    return [(r.text, r.resolved) for r in find_references(text, lang=lang, published=published)]


RAIL, CHEM, ATOM = "Luật Đường sắt", "Luật Hóa chất", "Luật Năng lượng nguyên tử"
DIGITAL, QUALITY = "Luật Công nghiệp công nghệ số", "Luật Chất lượng sản phẩm, hàng hóa"
STANDARDS, ENERGY = "Luật Tiêu chuẩn và quy chuẩn kỹ thuật", "Luật Sử dụng năng lượng tiết kiệm và hiệu quả"


@pytest.mark.parametrize("text, expected", [
    ("Le parlement a voté des lois relatives aux chemins de fer, aux produits chimiques et à l’énergie atomique.",
     [("chemins de fer", RAIL, "cites"), ("produits chimiques", CHEM, "cites"), ("énergie atomique", ATOM, "cites")]),
    ("Entrent en vigueur les lois révisées relatives à la qualité des produits et aux normes et règlements "
     "techniques.",
     [("qualité des produits", QUALITY, "cites"), ("normes et règlements techniques", STANDARDS, "cites")]),
    ("Deux lois modifiées relatives à l'industrie de la technologie numérique, et à l'utilisation efficace de "
     "l'énergie.",
     [("industrie de la technologie numérique", DIGITAL, "cites"),
      ("utilisation efficace de l'énergie", ENERGY, "cites")]),
    # control, found before: the list with 'sur' repeated
    ("Deux textes entrent en vigueur : lois sur les chemins de fer et sur les produits chimiques.",
     [("les chemins de fer", RAIL, "cites"), ("les produits chimiques", CHEM, "cites")]),
    # look-alikes: one item is no list; subjects that name no law stop it; 'textes relatifs' is no head word
    ("Une des lois relatives aux chemins de fer.", []),
    ("Les lois relatives aux salaires, aux primes et aux congés.", []),
    ("Les textes relatifs aux chemins de fer, aux produits chimiques et à l’énergie atomique.", []),
])
def test_a_french_list_of_laws_relatives_a(text, expected):
    assert _found(text, "fr") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("la Loi sur la participation aux opérations de maintien de la paix des Nations unies 2025 entre en vigueur.",
     "fr", [("Loi sur la participation aux opérations de maintien de la paix des Nations unies 2025",
             "Luật Tham gia lực lượng gìn giữ hòa bình của Liên hợp quốc 2025", "cites")]),
    ("la Loi sur la taxe à la consommation spéciale 2025 taxe les boissons sucrées.", "fr",
     [("Loi sur la taxe à la consommation spéciale 2025", "Luật Thuế tiêu thụ đặc biệt 2025", "cites")]),
    ("La loi sur la science, la technologie et l’innovation 2025 exonère trois revenus.", "fr",
     [("loi sur la science, la technologie et l’innovation 2025",
       "Luật Khoa học, công nghệ và đổi mới sáng tạo 2025", "cites")]),
    ("La loi sur la qualité des produits s'applique aux importateurs.", "fr",
     [("loi sur la qualité des produits", QUALITY, "cites")]),
    # controls, found before: the list's older spellings, and English and Vietnamese names of the same laws
    ("la loi sur la taxe spéciale à la consommation de 2025", "fr",
     [("loi sur la taxe spéciale à la consommation de 2025", "Luật Thuế tiêu thụ đặc biệt 2025", "cites")]),
    ("the Law on Special Consumption Tax 2025 applies.", "en",
     [("Law on Special Consumption Tax 2025", "Luật Thuế tiêu thụ đặc biệt 2025", "cites")]),
    ("Luật Khoa học, công nghệ và đổi mới sáng tạo 2025 có hiệu lực.", "vi",
     [("Luật Khoa học, công nghệ và đổi mới sáng tạo 2025", "Luật Khoa học, công nghệ và đổi mới sáng tạo 2025",
       "cites")]),
    # look-alikes: the subjects without the law's word stay none
    ("La taxe à la consommation spéciale augmente.", "fr", []),
    ("La qualité des produits s'améliore.", "fr", []),
])
def test_french_law_titles_the_list_lacked(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    # the 2025 versions the law table lacked, in force 1/1/2026: a year-less name after that day reads them
    ("La loi sur les chemins de fer fixe les normes.", "fr", "2026-02-10", [("loi sur les chemins de fer",
                                                                              "Luật Đường sắt 2025")]),
    ("Luật Năng lượng nguyên tử quy định về an toàn bức xạ.", "vi", "2026-03-01",
     [("Luật Năng lượng nguyên tử", "Luật Năng lượng nguyên tử 2025")]),
    ("The Law on Digital Technology Industry takes effect.", "en", "2026-02-10",
     [("Law on Digital Technology Industry", "Luật Công nghiệp công nghệ số 2025")]),
    # the 2025 law amending the VAT law, adopted 11/12/2025, named without a year that day
    ("Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng được thông qua.", "vi", "2025-12-11",
     [("Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng",
       "Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng 2025")]),
])
def test_the_law_tables_2025_versions(text, lang, published, expected):
    assert _resolved(text, lang, published) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the tax laws' abbreviated names, beside the list's 'VAT Law' and 'Luật Thuế GTGT'
    ("The CIT Law 2025 lowers the rate for small firms.", "en",
     [("CIT Law 2025", "Luật Thuế thu nhập doanh nghiệp 2025", "cites")]),
    ("Under the PIT Law 2007, salaries are taxed.", "en",
     [("PIT Law 2007", "Luật Thuế thu nhập cá nhân 2007", "cites")]),
    ("The SCT Law 2025 taxes sugary drinks.", "en",
     [("SCT Law 2025", "Luật Thuế tiêu thụ đặc biệt 2025", "cites")]),
    ("Theo Luật Thuế TNDN 2025, doanh nghiệp nhỏ chịu thuế suất 15%.", "vi",
     [("Luật Thuế TNDN 2025", "Luật Thuế thu nhập doanh nghiệp 2025", "cites")]),
    ("Luật Thuế TNCN 2007 đã được sửa đổi.", "vi",
     [("Luật Thuế TNCN 2007", "Luật Thuế thu nhập cá nhân 2007", "cites")]),
    # controls, found before: the full names and 'VAT Law'
    ("The Law on Corporate Income Tax 2025 lowers the rate.", "en",
     [("Law on Corporate Income Tax 2025", "Luật Thuế thu nhập doanh nghiệp 2025", "cites")]),
    ("The VAT Law 2024 applies.", "en", [("VAT Law 2024", "Luật Thuế giá trị gia tăng 2024", "cites")]),
    # look-alikes: the abbreviations without the law's word, and another word opening with 'Law'
    ("CIT rates fall to 15% for small firms.", "en", []),
    ("The CIT Lawyer said the PIT rules are clear.", "en", []),
    ("Thuế TNDN giảm còn 15%.", "vi", []),
])
def test_the_tax_laws_abbreviated_names(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    # the 2025 corporate income tax law the table lacked (67/2025/QH15, in force 1/10/2025)
    ("Under the CIT Law, foreign suppliers pay tax.", "en", "2025-11-02",
     [("CIT Law", "Luật Thuế thu nhập doanh nghiệp 2025")]),
    ("Theo Luật Thuế thu nhập doanh nghiệp, doanh nghiệp nộp thuế theo quý.", "vi", "2025-11-02",
     [("Luật Thuế thu nhập doanh nghiệp", "Luật Thuế thu nhập doanh nghiệp 2025")]),
    # control: before 1/10/2025 the 2008 law
    ("Theo Luật Thuế thu nhập doanh nghiệp, doanh nghiệp nộp thuế theo quý.", "vi", "2024-11-02",
     [("Luật Thuế thu nhập doanh nghiệp", "Luật Thuế thu nhập doanh nghiệp 2008")]),
])
def test_the_2025_corporate_income_tax_law(text, lang, published, expected):
    assert _resolved(text, lang, published) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a legal database's attribute table runs the number into its next label (round 18 read it after a legislature's
    # number, '…/QH14Signer:'): after an issuer's code too
    ("Official number:43/2025/TT-NHNNSigner:Doan Thai Son", "en", [("43/2025/TT-NHNN", "43/2025/TT-NHNN", "cites")]),
    ("Official number:12/2024/ND-CPSigner:Tran Hong Ha", "en", [("12/2024/ND-CP", "12/2024/NĐ-CP", "cites")]),
    # controls, found before: the label spaced, the legislature's number, Vietnamese
    ("Official number: 43/2025/TT-NHNN Signer: Doan Thai Son", "en", [("43/2025/TT-NHNN", "43/2025/TT-NHNN", "cites")]),
    ("Official number:59/2020/QH14Signer:Nguyen Thi Kim Ngan", "en", [("59/2020/QH14", "59/2020/QH14", "cites")]),
    ("Số hiệu: 43/2025/TT-NHNN Người ký: Đoàn Thái Sơn", "vi", [("43/2025/TT-NHNN", "43/2025/TT-NHNN", "cites")]),
    # look-alike: another word glued after the code makes no symbol
    ("Official number:12/2024/TT-BTCSigners", "en", []),
])
def test_a_number_glued_to_the_next_label(text, lang, expected):
    assert _found(text, lang) == expected
