"""Round 27's references classes (issue #14, blind round on real public pages): French titles written `loi relative
à …` for `loi sur …`, law titles the lists lacked. Literal cases written for this file (no sentence of the round's
pages) and look-alikes. docs/quality.md "Round 27 (blind, real public pages): references"."""
from __future__ import annotations

import pytest

from extract.refs import find_references

AMENDING = "Luật sửa đổi, bổ sung một số điều của"


def _ids(text, lang, published=None):
    return [(r.text, r.id) for r in find_references(text, lang=lang, published=published)]


@pytest.mark.parametrize("text, expected", [
    # the press's "loi relative à" for the list's "loi sur", the article contracted after "à"
    ("Le président a promulgué la Loi relative à la taxe sur la valeur ajoutée.",
     [("Loi relative à la taxe sur la valeur ajoutée", "Luật Thuế giá trị gia tăng")]),
    ("La loi relative à l'impôt sur le revenu des personnes physiques entre en vigueur.",
     [("loi relative à l'impôt sur le revenu des personnes physiques", "Luật Thuế thu nhập cá nhân")]),
    ("Une réforme de la Loi relative aux prix est prévue.", [("Loi relative aux prix", "Luật Giá")]),
    ("Ils citent la loi modifiant et complétant certains articles de la loi relative à la gestion de la dette "
     "publique.", [("loi modifiant et complétant certains articles de la loi relative à la gestion de la dette publique",
                    f"{AMENDING} Luật Quản lý nợ công")]),
    # look-alikes: a decree "relatif à l'application de la loi sur …" names the law once; a subject no law has
    ("Le décret relatif à l'application de la loi sur l'administration fiscale.",
     [("loi sur l'administration fiscale", "Luật Quản lý thuế")]),
    ("Une loi relative aux salaires des ouvriers.", []),
])
def test_a_french_law_title_written_relative_a(text, expected):
    assert [e for e in _ids(text, "fr") if not e[1][0].isdigit()] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("La Loi sur la gestion fiscale et la Loi sur les réserves nationales.", "fr",
     [("Loi sur la gestion fiscale", "Luật Quản lý thuế"), ("Loi sur les réserves nationales", "Luật Dự trữ quốc gia")]),
    ("Ils citent la Loi modifiant et complétant certains articles de la loi sur les assurances.", "fr",
     [("Loi modifiant et complétant certains articles de la loi sur les assurances",
       f"{AMENDING} Luật Kinh doanh bảo hiểm")]),
    ("The Law on Excise Tax and the Law on Anti-Money Laundering apply.", "en",
     [("Law on Excise Tax", "Luật Thuế tiêu thụ đặc biệt"), ("Law on Anti-Money Laundering", "Luật Phòng, chống rửa tiền")]),
    ("They include the Law on Mutual Judicial Assistance in Civil Matters and the Law on Digital Transformation.", "en",
     [("Law on Mutual Judicial Assistance in Civil Matters", "Luật Tương trợ tư pháp về dân sự"),
      ("Law on Digital Transformation", "Luật Chuyển đổi số")]),
    ("The amended Law on Urban and Rural Planning took effect.", "en",
     [("Law on Urban and Rural Planning", "Luật Quy hoạch đô thị và nông thôn")]),
    ("Luật Dự trữ quốc gia, Luật Phòng, chống rửa tiền và Luật Chuyển đổi số.", "vi",
     [("Luật Dự trữ quốc gia", "Luật Dự trữ quốc gia"), ("Luật Phòng, chống rửa tiền", "Luật Phòng, chống rửa tiền"),
      ("Luật Chuyển đổi số", "Luật Chuyển đổi số")]),
    # look-alikes: the social insurance law keeps its longer name; words of the subject alone name no law
    ("la loi sur les assurances sociales de 2014", "fr", [("loi sur les assurances sociales de 2014", "Luật Bảo hiểm xã hội 2014")]),
    ("Digital transformation and excise tax rates rise.", "en", []),
])
def test_law_titles_the_lists_lacked(text, lang, expected):
    assert _ids(text, lang) == expected


def _resolved(text, lang, published):
    return [(r.text, r.resolved) for r in find_references(text, lang=lang, published=published) if r.year is None]


@pytest.mark.parametrize("text, lang, published, expected", [
    # a text reporting a count of laws promulgated: the year-less names after it are the versions adopted within a year
    ("Le Bureau présidentiel a annoncé l’Ordre présidentiel promulguant 12 lois adoptées. Ces textes comprennent : la "
     "Loi sur la planification ; la Loi sur l’investissement ; la Loi modifiant et complétant certains articles de la Loi "
     "sur les prix.", "fr", "2026-01-06",
     [("Loi sur la planification", "Luật Quy hoạch 2025"), ("Loi sur l’investissement", "Luật Đầu tư 2025"),
      ("Loi modifiant et complétant certains articles de la Loi sur les prix", f"{AMENDING} Luật Giá 2025")]),
    ("The State President has issued orders promulgating 13 laws adopted at the 10th session. These include the Law on "
     "Judicial Expertise, the Construction Law and the Population Law.", "en", "2026-01-05",
     [("Law on Judicial Expertise", "Luật Giám định tư pháp 2025"), ("Construction Law", "Luật Xây dựng 2025"),
      ("Population Law", "Luật Dân số 2025")]),
    ("Văn phòng Chủ tịch nước công bố Lệnh của Chủ tịch nước về 13 luật, gồm: Luật Giám định tư pháp; Luật Xây dựng; "
     "Luật Dân số.", "vi", "2026-01-05",
     [("Luật Giám định tư pháp", "Luật Giám định tư pháp 2025"), ("Luật Xây dựng", "Luật Xây dựng 2025"),
      ("Luật Dân số", "Luật Dân số 2025")]),
    # "the amended …" after the head: the 2025 law amending it
    ("Orders promulgating 13 laws were announced, among them the amended Intellectual Property Law.", "en", "2026-01-05",
     [("Intellectual Property Law", f"{AMENDING} Luật Sở hữu trí tuệ 2025")]),
    # controls: without the head, the versions in force; a count of laws debated is no head
    ("La Loi sur la planification et la Loi sur l’investissement s'appliquent.", "fr", "2026-01-06",
     [("Loi sur la planification", "Luật Quy hoạch 2017"), ("Loi sur l’investissement", "Luật Đầu tư 2020")]),
    ("The Assembly debated 13 draft laws; the Law on Judicial Expertise applies.", "en", "2026-01-05",
     [("Law on Judicial Expertise", "Luật Giám định tư pháp 2012")]),
    # a law named before the head is not one of them; a law re-adopted more than a year before stays the version in force
    ("Theo Luật Xây dựng, Văn phòng Chủ tịch nước công bố Lệnh về 13 luật, gồm Luật Đất đai.", "vi", "2026-01-05",
     [("Luật Xây dựng", "Luật Xây dựng 2014"), ("Luật Đất đai", "Luật Đất đai 2024")]),
])
def test_the_laws_after_a_reported_count_of_laws_promulgated(text, lang, published, expected):
    assert _resolved(text, lang, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # "the amended …", "the revised …" right before a year-less name: the law amending it adopted within a year
    ("The amended Law on Intellectual Property takes effect in April.", "2026-01-05",
     [("Law on Intellectual Property", f"{AMENDING} Luật Sở hữu trí tuệ 2025")]),
    ("The revised Law on Technology Transfer aims to enhance the framework.", "2026-01-05",
     [("Law on Technology Transfer", f"{AMENDING} Luật Chuyển giao công nghệ 2025")]),
    # no revision within a year before the text: a draft's, none (as "(amended)" after the name)
    ("The amended Law on Technology Transfer is under debate.", "2015-05-04", [("Law on Technology Transfer", None)]),
    # controls: without the word, the version in force; the word farther from the name
    ("The Law on Intellectual Property applies.", "2026-01-05", [("Law on Intellectual Property", "Luật Sở hữu trí tuệ 2005")]),
    ("Rules were amended under the Law on Intellectual Property.", "2026-01-05",
     [("Law on Intellectual Property", "Luật Sở hữu trí tuệ 2005")]),
])
def test_a_revision_word_right_before_an_english_name(text, published, expected):
    assert _resolved(text, "en", published) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the 2013 Constitution's year right after the amending resolution's title, without "năm": the constitution's
    # year, not the resolution's (round 12's convention: one reference, the year-less title, a draft before June 2025)
    ("Lấy ý kiến về dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp 2013.", "vi",
     [("Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp 2013", "Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp")]),
    ("Comments on the draft Resolution amending and supplementing a number of articles of the Constitution 2013.", "en",
     [("Resolution amending and supplementing a number of articles of the Constitution 2013",
       "Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp")]),
    ("Avis sur la résolution modifiant et complétant certains articles de la Constitution 2013.", "fr",
     [("résolution modifiant et complétant certains articles de la Constitution 2013",
       "Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp")]),
    # controls: the adopted resolution's own year; the constitution alone with its year
    ("Quốc hội thông qua Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp 2025.", "vi",
     [("Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp 2025", "Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp 2025")]),
    ("Theo Hiến pháp 2013, …", "vi", [("Hiến pháp 2013", "Hiến pháp 2013")]),
])
def test_the_constitutions_year_after_the_amending_resolutions_title(text, lang, expected):
    assert _ids(text, lang, "2025-05-19") == expected


def _issued(text, lang):
    return [(r.id, r.issued) for r in find_references(text, lang=lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # the issue day between the issuing verb and the document, set off by commas or not, a numeric French date after "le"
    ("La Banque d'État a publié, le 30/09/2025, la circulaire n° 33/2025/TT-NHNN.", "fr", [("33/2025/TT-NHNN", "2025-09-30")]),
    ("La Banque d'État a publié le 30/09/2025 la circulaire n° 33/2025/TT-NHNN.", "fr", [("33/2025/TT-NHNN", "2025-09-30")]),
    ("The State Bank issued, on September 30, 2025, Circular No. 33/2025/TT-NHNN.", "en", [("33/2025/TT-NHNN", "2025-09-30")]),
    ("Ngân hàng Nhà nước đã ban hành, ngày 30/9/2025, Thông tư số 33/2025/TT-NHNN.", "vi", [("33/2025/TT-NHNN", "2025-09-30")]),
    # look-alikes: another object between the date and the document; a day of another year than the symbol's
    ("La Banque a publié, le 30/09/2024, un rapport et la circulaire n° 33/2025/TT-NHNN.", "fr", [("33/2025/TT-NHNN", None)]),
    ("Le ministère a publié, le 30/09/2025, la circulaire n° 33/2024/TT-NHNN.", "fr", [("33/2024/TT-NHNN", None)]),
])
def test_an_issue_day_between_the_verb_and_the_document(text, lang, expected):
    assert _issued(text, lang) == expected


def _relations(text, lang):
    return [(r.id, r.relation) for r in find_references(text, lang=lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # a decree detailing how a text is carried out guides it ("quy định chi tiết việc thực hiện", "détaillant la mise
    # en œuvre de"), as "quy định chi tiết … thi hành" and "detailing the implementation of" already did
    ("Nghị định quy định chi tiết việc thực hiện Nghị quyết số 216/2025/QH15 của Quốc hội.", "vi",
     [("216/2025/QH15", "guides")]),
    ("Nghị định quy định chi tiết việc thi hành Nghị quyết số 216/2025/QH15.", "vi", [("216/2025/QH15", "guides")]),
    ("Le texte détaillant la mise en œuvre de la résolution n° 216/2025/QH15.", "fr", [("216/2025/QH15", "guides")]),
    ("Le texte détaillant l'application de la résolution n° 216/2025/QH15.", "fr", [("216/2025/QH15", "guides")]),
    ("The decree detailing the implementation of Resolution No. 216/2025/QH15.", "en", [("216/2025/QH15", "guides")]),
    # controls: carrying a text out is implementing it
    ("UBND tỉnh chỉ đạo việc thực hiện Nghị quyết số 216/2025/QH15.", "vi", [("216/2025/QH15", "implements")]),
    ("la mise en œuvre de la résolution n° 216/2025/QH15", "fr", [("216/2025/QH15", "implements")]),
])
def test_detailing_how_a_text_is_carried_out_guides_it(text, lang, expected):
    assert _relations(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # problems met carrying a text out cite it: the text does not implement it (round 25b's gold, round 27's convention)
    ("They reported difficulties arising from implementation of the Decree No. 59/2018/ND-CP.", "en",
     [("59/2018/NĐ-CP", "cites")]),
    ("Problems arising in the implementation of Decree No. 59/2018/ND-CP were raised.", "en", [("59/2018/NĐ-CP", "cites")]),
    ("les difficultés découlant de la mise en œuvre du décret n° 59/2018/ND-CP", "fr", [("59/2018/NĐ-CP", "cites")]),
    ("Tháo gỡ vướng mắc phát sinh trong quá trình thực hiện Nghị định số 59/2018/NĐ-CP.", "vi", [("59/2018/NĐ-CP", "cites")]),
    # controls: carrying it out is implementing it
    ("Implementing Decree No. 59/2018/ND-CP, the ministry …", "en", [("59/2018/NĐ-CP", "implements")]),
    ("la mise en œuvre du décret n° 59/2018/ND-CP", "fr", [("59/2018/NĐ-CP", "implements")]),
    ("Tiếp tục thực hiện Nghị định số 59/2018/NĐ-CP.", "vi", [("59/2018/NĐ-CP", "implements")]),
])
def test_problems_arising_from_carrying_a_text_out_cite_it(text, lang, expected):
    assert _relations(text, lang) == expected
