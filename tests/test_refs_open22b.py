"""Round 22's left classes (references, not blind): how an undated text dates itself for a year-less law name,
and further classes. Literal cases written for this file (no sentence of the round's pages) and look-alikes.
README "Round 22's left classes (references, not blind)"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _resolved(text, lang, law_id):
    return [r.resolved for r in find_references(text, lang=lang, published=None) if r.id == law_id]


# an undated text is no older than the latest issue day of a document it cites: the Land Law it names without a
# year after a document of October 2024 is the 2024 law (in force from 1/8/2024), not the 2013 one that the start
# of the year gave; a cited document of January 2024 keeps the 2013 law, and a deadline's day is no issue day
@pytest.mark.parametrize("text, lang, expected", [
    ("Bộ Xây dựng vừa ban hành Quyết định số 812/QĐ-BXD ngày 14/10/2024 hướng dẫn thi hành Luật Đất đai.", "vi",
     "Luật Đất đai 2024"),
    ("The ministry issued Decision No. 812/QD-BXD dated October 14, 2024 guiding the Land Law.", "en",
     "Luật Đất đai 2024"),
    ("Le ministère a publié la décision n°812/QD-BXD du 14 octobre 2024 sur l'application de la loi foncière.", "fr",
     "Luật Đất đai 2024"),
    ("Ministeriet utfärdade beslut nr 812/QD-BXD den 14 oktober 2024 om tillämpningen av jordlagen.", "sv",
     "Luật Đất đai 2024"),
    # look-alikes: a document of January 2024 (the 2024 law not yet in force); a deadline, no issue day
    ("Bộ Xây dựng vừa ban hành Quyết định số 812/QĐ-BXD ngày 14/01/2024 hướng dẫn thi hành Luật Đất đai.", "vi",
     "Luật Đất đai 2013"),
    ("The ministry issued Decision No. 812/QD-BXD dated January 14, 2024 guiding the Land Law.", "en",
     "Luật Đất đai 2013"),
    ("Các tỉnh phải hoàn thành việc ban hành văn bản hướng dẫn Luật Đất đai trước ngày 31/10/2024.", "vi",
     "Luật Đất đai 2013"),
])
def test_an_undated_text_is_no_older_than_the_documents_it_cites(text, lang, expected):
    assert _resolved(text, lang, "Luật Đất đai") == [expected]


# a law the undated text calls revised ("(modifiée)", "(sửa đổi)", "(amended)") whose new version the table adopted
# within a year before the earliest day the text can be of is that version, no draft under debate
@pytest.mark.parametrize("text, lang, expected", [
    ("Le président a promulgué la Loi sur l'organisation des tribunaux populaires (modifiée), qui entrera en "
     "vigueur en 2025.", "fr", ["Luật Tổ chức Tòa án nhân dân 2024"]),
    ("The President promulgated the Law on Organization of People's Courts (amended), taking effect in 2025.", "en",
     ["Luật Tổ chức Tòa án nhân dân 2024"]),
    ("Chủ tịch nước công bố Luật Tổ chức Tòa án nhân dân (sửa đổi), có hiệu lực từ năm 2025.", "vi",
     ["Luật Tổ chức Tòa án nhân dân 2024"]),
    # look-alike: a text of years later (its latest year 2027) debating a further revision: a draft, unresolved
    ("Năm 2027, Quốc hội thảo luận dự án Luật Tổ chức Tòa án nhân dân (sửa đổi).", "vi", [None]),
])
def test_an_undated_text_names_a_law_revised_within_the_year(text, lang, expected):
    assert _resolved(text, lang, "Luật Tổ chức Tòa án nhân dân") == expected


NINE_LAWS = ("Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư theo phương thức đối tác công tư, "
             "Luật Đầu tư, Luật Nhà ở, Luật Đấu thầu, Luật Điện lực, Luật Doanh nghiệp, Luật Thuế tiêu thụ đặc biệt và "
             "Luật Thi hành án dân sự")


def _ids(text, lang, published=None):
    return [(r.id, r.resolved) for r in find_references(text, lang=lang, published=published)]


# an amending law's list with one law of its official title left out is that law when the table knows it (law
# 3/2022/QH15 amends nine laws; the press leaves out the Housing Law); French writes it in the plural « les lois
# sur l'amendement … »; an undated text writing no year resolves the amending law to the one version adopted
@pytest.mark.parametrize("text, lang, expected", [
    ("Ce décret concerne les lois sur l'amendement et le complément de certains articles de la Loi sur "
     "l'investissement public, de la Loi sur l'investissement sous forme de partenariat public-privé, de la Loi sur "
     "l'investissement, de la Loi sur les appels d'offres, de la Loi sur "
     "l'électricité, de la Loi sur les entreprises, de la Loi sur la taxe spéciale à la consommation et de la Loi "
     "sur l'exécution des jugements civils.", "fr", [(NINE_LAWS, NINE_LAWS + " 2022")]),
    ("Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư, Luật Nhà ở, Luật Đấu thầu, Luật Điện "
     "lực, Luật Doanh nghiệp, Luật Thuế tiêu thụ đặc biệt và Luật Thi hành án dân sự gồm 11 điều.", "vi",
     [(NINE_LAWS, NINE_LAWS + " 2022")]),
    ("Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư theo phương thức đối tác công tư, Luật Đầu "
     "tư, Luật Nhà ở, Luật Đấu thầu, Luật Điện lực, Luật Doanh nghiệp và Luật Thi hành án dân sự gồm 11 điều.", "vi",
     [(NINE_LAWS, NINE_LAWS + " 2022")]),
    ("The Law amending and supplementing a number of articles of the Law on Public Investment, the Law on "
     "Investment in the Form of Public-Private Partnership, the Law on Investment, the Law on Bidding, the Law on "
     "Electricity, the Law on Enterprises, the Law on Special Consumption Tax and the Law on Civil Judgment "
     "Enforcement has 11 articles.", "en", [(NINE_LAWS, NINE_LAWS + " 2022")]),
])
def test_an_amending_law_listed_with_one_law_left_out(text, lang, expected):
    assert _ids(text, lang) == expected


# look-alikes: a short list (three laws) is no shortened nine-law title, its amending law is the list as written;
# a list leaving out two of the laws is another amending law
def test_a_list_leaving_two_laws_out_stays_as_written():
    text = ("Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư, Luật Nhà ở, Luật Đấu thầu, Luật Điện "
            "lực, Luật Doanh nghiệp và Luật Thi hành án dân sự gồm 9 điều.")
    assert [i for i, _ in _ids(text, "vi")] == [
        "Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư, Luật Nhà ở, Luật Đấu thầu, Luật Điện lực, "
        "Luật Doanh nghiệp và Luật Thi hành án dân sự"]


@pytest.mark.parametrize("text, lang", [
    ("Luật sửa đổi, bổ sung một số điều của Luật Đầu tư, Luật Doanh nghiệp và Luật Thi hành án dân sự gồm 3 điều.",
     "vi"),
    ("La loi sur l'amendement et le complément de certains articles de la Loi sur l'investissement, de la Loi sur "
     "les entreprises et de la Loi sur l'exécution des jugements civils compte 3 articles.", "fr"),
])
def test_a_short_amending_list_stays_as_written(text, lang):
    ids = [i for i, _ in _ids(text, lang)]
    assert ids == ["Luật sửa đổi, bổ sung một số điều của Luật Đầu tư, Luật Doanh nghiệp và Luật Thi hành án dân sự"]


# French names of laws adopted in June 2024 as the press writes them, and « un certain nombre d'articles »
@pytest.mark.parametrize("text, expected", [
    ("La Loi sur la gestion et l'utilisation des armes, des explosifs et des outils de soutien comprend 75 articles.",
     [("Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", None)]),
    ("La Loi de l’industrie de défense, de la sécurité et de la mobilisation industrielle comprend 8 chapitres.",
     [("Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp", None)]),
    ("La Loi modifiant et complétant un certain nombre d'articles de la Loi sur la garde 2024 a été publiée.",
     [("Luật sửa đổi, bổ sung một số điều của Luật Cảnh vệ 2024", "Luật sửa đổi, bổ sung một số điều của Luật Cảnh vệ 2024")]),
    ("La Loi sur l'impôt à la consommation spéciale a été modifiée.", [("Luật Thuế tiêu thụ đặc biệt", None)]),
])
def test_french_law_names_of_round_22(text, expected):
    assert [(i, r) for i, r in _ids(text, "fr", published="2000-01-01")] == expected


# the Defence Industry Law of 2024 is in the law table: the version in force at the text's date
@pytest.mark.parametrize("text, lang", [
    ("The Law on Defense Industry, Security and Industrial Mobilization guides the sector.", "en"),
    ("Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp quy định về quỹ.", "vi"),
    ("La Loi sur l'industrie de défense, de sécurité et de mobilisation industrielle régit le secteur.", "fr"),
])
def test_the_defence_industry_law_resolves_in_force(text, lang):
    assert _ids(text, lang, published="2025-09-01") == [
        ("Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp",
         "Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp 2024")]


# Vietnamese "mới nhất (năm) YYYY" between a law's name and a year: the newest version, of that year
@pytest.mark.parametrize("text, expected", [
    ("Luật BHYT mới nhất năm 2025", [("Luật Bảo hiểm y tế 2025", "Luật Bảo hiểm y tế 2025")]),
    ("Tổng hợp Luật Đất đai mới nhất 2024 và văn bản hướng dẫn.", [("Luật Đất đai 2024", "Luật Đất đai 2024")]),
    # look-alike: "mới nhất" with no year after it: the year-less name, the version in force
    ("Luật Đất đai mới nhất hiện nay gồm 16 chương.", [("Luật Đất đai", "Luật Đất đai 2024")]),
])
def test_newest_law_of_a_year(text, expected):
    assert _ids(text, "vi", published="2025-03-01") == expected


def _issued(text, lang):
    return [(r.id, r.issued) for r in find_references(text, lang=lang, published=None)]


# a document opening its sentence, its long title naming another document, and the clause closing the sentence
# giving its issue day: the day is the opening document's when of its symbol's year and of no symbol between
@pytest.mark.parametrize("text, lang, expected", [
    ("Nghị định 12/2026/NĐ-CP hướng dẫn một số điều của Nghị quyết số 77/2025/QH15 của Quốc hội về cơ chế đặc thù "
     "phát triển nhà ở xã hội, ban hành ngày 15/02/2026.", "vi",
     [("12/2026/NĐ-CP", "2026-02-15"), ("77/2025/QH15", None)]),
    ("Decree No. 12/2026/ND-CP detailing Resolution No. 77/2025/QH15 of the National Assembly on special mechanisms "
     "for social housing, issued on February 15, 2026.", "en",
     [("12/2026/NĐ-CP", "2026-02-15"), ("77/2025/QH15", None)]),
    ("Le décret n° 12/2026/ND-CP détaillant la résolution n° 77/2025/QH15 de l'Assemblée nationale sur le logement "
     "social, publié le 15 février 2026.", "fr", [("12/2026/NĐ-CP", "2026-02-15"), ("77/2025/QH15", None)]),
    ("Dekret nr 12/2026/ND-CP om resolution nr 77/2025/QH15 om sociala bostäder, utfärdat den 15 februari 2026.",
     "sv", [("12/2026/NĐ-CP", "2026-02-15"), ("77/2025/QH15", None)]),
    # look-alikes: the clause's day is not an issue day; the document does not open the sentence
    ("Nghị định 12/2026/NĐ-CP hướng dẫn Nghị quyết số 77/2025/QH15 về nhà ở xã hội, có hiệu lực từ ngày 15/02/2026.",
     "vi", [("12/2026/NĐ-CP", None), ("77/2025/QH15", None)]),
    ("Theo đó, Nghị định 12/2026/NĐ-CP hướng dẫn Nghị quyết số 77/2025/QH15 về nhà ở xã hội, ban hành ngày "
     "15/02/2026 cho các tỉnh.", "vi", [("12/2026/NĐ-CP", None), ("77/2025/QH15", None)]),
])
def test_issue_day_closing_the_sentence_a_document_opens(text, lang, expected):
    assert _issued(text, lang) == expected


def _spans(text, lang):
    return [(r.text, r.id) for r in find_references(text, lang=lang, published="2023-01-01")]


# a short form a text defines in quotes and brackets right after a numbered document, holding its number: the
# form and its later uses are that document (a law's number alone is otherwise no reference)
@pytest.mark.parametrize("text, lang, expected", [
    ("Law No. 08/2022/QH15 (“Law No. 08”) amends several rules. Law No. 08 adds new rules.", "en",
     [("Law No. 08/2022/QH15", "8/2022/QH15"), ("“Law No. 08”", "8/2022/QH15"), ("Law No. 08", "8/2022/QH15")]),
    ("Luật số 08/2022/QH15 (“Luật số 08”) có nhiều điểm mới. Luật số 08 bổ sung quy định mới.", "vi",
     [("Luật số 08/2022/QH15", "8/2022/QH15"), ("“Luật số 08”", "8/2022/QH15"), ("Luật số 08", "8/2022/QH15")]),
    ("La loi n° 08/2022/QH15 (« loi n° 08 ») apporte des changements. La loi n° 08 ajoute des règles.", "fr",
     [("loi n° 08/2022/QH15", "8/2022/QH15"), ("« loi n° 08 »", "8/2022/QH15"), ("loi n° 08", "8/2022/QH15")]),
    ("Lag nr 08/2022/QH15 (”lag nr 08”) inför nya regler. Enligt lag nr 08 gäller nya regler.", "sv",
     [("Lag nr 08/2022/QH15", "8/2022/QH15"), ("”lag nr 08”", "8/2022/QH15"), ("lag nr 08", "8/2022/QH15")]),
])
def test_a_number_shaped_short_form_defined_after_its_document(text, lang, expected):
    assert _spans(text, lang) == expected


# look-alikes: a short form holding none of the document's numbers; a number alone the text never defined
@pytest.mark.parametrize("text, lang, absent", [
    ("Law No. 08/2022/QH15 (“the Amending Law”) amends the Law on Insurance Business. The Amending Law adds rules.",
     "en", "The Amending Law"),
    ("Law No. 08/2022/QH15 (“Law No. 09”) amends it. Law No. 09 adds rules.", "en", "Law No. 09"),
    ("Law No. 08/2022/QH15 amends the Law on Insurance Business. Law No. 08 adds rules.", "en", "Law No. 08"),
])
def test_no_short_form_without_the_documents_number(text, lang, absent):
    assert absent not in [t for t, _ in _spans(text, lang)]
