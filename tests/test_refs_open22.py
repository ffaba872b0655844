"""Open classes after round 21b (references), Vietnamese, English and French (Swedish where the class exists): a
symbol whose type code the page lost (`Số: 09/2022/-CP`, the code from the type word before it or the header's title
heading). Literal cases written for this file (no sentence of the rounds' pages) and look-alikes. README "Open classes
after round 21b (references)"."""
from __future__ import annotations

import pytest

from extract.refs import find_references


def _refs(text, lang, published=None):
    return [(r.text, r.id, r.type, r.issued) for r in find_references(text, lang=lang, published=published)]


@pytest.mark.parametrize("text, lang, expected", [
    # a header's own symbol without its type code: the title heading under it gives the type, the text's repeats follow
    ("CHÍNH PHỦ\nSố: 14/2023/-CP\nHà Nội, ngày 05 tháng 4 năm 2023\n\nNGHỊ ĐỊNH\nVỀ QUẢN LÝ PHÍ\nNghị định này áp dụng "
     "cho mọi tổ chức.", "vi",
     [("14/2023/-CP", "14/2023/NĐ-CP", "decree", "2023-04-05"), ("Nghị định này", "14/2023/NĐ-CP", "decree", None)]),
    ("GOVERNMENT\nNo. 14/2023/-CP\nHanoi, April 5, 2023\n\nDECREE\nON FEE MANAGEMENT\nThis Decree applies to every "
     "organisation.", "en",
     [("14/2023/-CP", "14/2023/NĐ-CP", "decree", "2023-04-05"), ("This Decree", "14/2023/NĐ-CP", "decree", None)]),
    ("BỘ TÀI CHÍNH\nSố: 7/2019/-BTC\nHà Nội, ngày 11 tháng 3 năm 2019\n\nTHÔNG TƯ\nHƯỚNG DẪN THU PHÍ", "vi",
     [("7/2019/-BTC", "7/2019/TT-BTC", "circular", "2019-03-11")]),
    # in running text the type word before it gives the code
    ("Căn cứ Nghị định số 14/2023/-CP ngày 05 tháng 4 năm 2023 của Chính phủ;", "vi",
     [("Nghị định số 14/2023/-CP", "14/2023/NĐ-CP", "decree", "2023-04-05")]),
    ("Theo Thông tư 7/2019/-BTC ngày 11/3/2019, mức phí được giảm.", "vi",
     [("Thông tư 7/2019/-BTC", "7/2019/TT-BTC", "circular", "2019-03-11")]),
    ("Under Circular No. 7/2019/-BTC dated March 11, 2019, the fee is reduced.", "en",
     [("Circular No. 7/2019/-BTC", "7/2019/TT-BTC", "circular", "2019-03-11")]),
    ("Selon la circulaire n° 7/2019/-BTC du 11 mars 2019, la redevance est réduite.", "fr",
     [("circulaire n° 7/2019/-BTC", "7/2019/TT-BTC", "circular", "2019-03-11")]),
    # look-alikes: no type word and no header; a type without one state code (a regulation: QyĐ or QC); a header
    # whose title heading is no type word; an issuer not in the table
    ("Mã hồ sơ 14/2023/-CP ghi sai trên phiếu.", "vi", []),
    ("Quy chế số 7/2019/-BTC được ban hành.", "vi", []),
    ("BỘ TÀI CHÍNH\nSố: 7/2019/-BTC\nHà Nội, ngày 11 tháng 3 năm 2019\n\nDANH MỤC\nCÁC KHOẢN PHÍ", "vi", []),
    ("Căn cứ Thông tư số 7/2019/-XYZQ ngày 11 tháng 3 năm 2019;", "vi", []),
])
def test_symbol_with_its_type_code_lost(text, lang, expected):
    assert _refs(text, lang) == expected


def _resolved(text, lang, published):
    return [(r.id, r.resolved) for r in find_references(text, lang=lang, published=published)]


LOCAL = "Luật Tổ chức chính quyền địa phương"


@pytest.mark.parametrize("text, lang, published, expected", [
    # the law of 19 February 2025, in force from 1 March 2025: the version in force in March (the June law of the
    # same title shares its id)
    ("Le président a promulgué la loi sur l'organisation des collectivités locales.", "fr", "2025-03",
     [(LOCAL, LOCAL + " 2025")]),
    ("The Law on Organisation of Local Government changes how provinces are run.", "en", "2025-03-10",
     [(LOCAL, LOCAL + " 2025")]),
    ("Luật Tổ chức chính quyền địa phương quy định rõ thẩm quyền của từng cấp.", "vi", "2025-04-20",
     [(LOCAL, LOCAL + " 2025")]),
    ("Lagen om lokalförvaltningens organisation ändrar hur provinserna styrs.", "sv", "2025-03-10", [(LOCAL, LOCAL + " 2025")]),
    # look-alikes: adopted but not yet in force (February 2025), and long before it
    ("The Law on Organisation of Local Government changes how provinces are run.", "en", "2025-02-25",
     [(LOCAL, LOCAL + " 2015")]),
    ("Luật Tổ chức chính quyền địa phương quy định rõ thẩm quyền của từng cấp.", "vi", "2020-04-20",
     [(LOCAL, LOCAL + " 2015")]),
    # its number is a version of its own
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 65/2025/QH15;", "vi", "2025-04-20",
     [("65/2025/QH15", "65/2025/QH15")]),
])
def test_local_government_law_of_february_2025(text, lang, published, expected):
    assert _resolved(text, lang, published) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a Party document by number alone right after one of a central Party body in its sentence: that body's symbol
    ("Hội nghị sơ kết Nghị quyết số 28 của Bộ Chính trị ngày 18/1/2002 và Kết luận số 15 ngày 24/10/2011 về tiếp tục "
     "thực hiện nghị quyết.", "vi",
     [("Nghị quyết số 28", "28-NQ/TW", "resolution", "2002-01-18"), ("Kết luận số 15", "15-KL/TW", "conclusion", "2011-10-24")]),
    ("The meeting reviewed Resolution No. 28 of the Politburo dated January 18, 2002 and Conclusion No. 15 dated October "
     "24, 2011 on its continued implementation.", "en",
     [("Resolution No. 28", "28-NQ/TW", "resolution", "2002-01-18"), ("Conclusion No. 15", "15-KL/TW", "conclusion", "2011-10-24")]),
    ("La réunion a examiné la résolution n°28 du Bureau politique en date du 18 janvier 2002 et la conclusion n°15 en "
     "date du 24 octobre 2011.", "fr",
     [("résolution n°28", "28-NQ/TW", "resolution", "2002-01-18"), ("conclusion n°15", "15-KL/TW", "conclusion", "2011-10-24")]),
    ("La réunion a examiné la résolution n°28-NQ/TW en date du 18 janvier 2002 et la conclusion n°15 en date du 24 "
     "octobre 2011.", "fr",
     [("résolution n°28-NQ/TW", "28-NQ/TW", "resolution", "2002-01-18"), ("conclusion n°15", "15-KL/TW", "conclusion", "2011-10-24")]),
    # look-alikes: a sentence ends between; a state document nearer; a provincial Party committee's; no body at all
    ("La réunion a examiné la résolution n°28 du Bureau politique. La conclusion n°15 en date du 24 octobre 2011 a "
     "suivi.", "fr", [("résolution n°28", "28-NQ/TW", "resolution", None)]),
    ("Hội nghị sơ kết Nghị quyết số 28 của Bộ Chính trị, Nghị định số 15/2018/NĐ-CP và Kết luận số 15 ngày 24/10/2011.",
     "vi", [("Nghị quyết số 28", "28-NQ/TW", "resolution", None), ("Nghị định số 15/2018/NĐ-CP", "15/2018/NĐ-CP", "decree", None)]),
    ("Hội nghị sơ kết Nghị quyết số 28-NQ/TU của Tỉnh ủy và Kết luận số 15 ngày 24/10/2011.", "vi",
     [("Nghị quyết số 28-NQ/TU", "28-NQ/TU", "resolution", None)]),
    ("The inspectors issued Conclusion No. 15 dated October 24, 2011.", "en", []),
])
def test_party_body_carried_to_the_next_number(text, lang, expected):
    assert _refs(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a French header's 'N°' without a colon, as 'Số' and 'No.': the text's own number, dated, its repeats follow
    ("LE GOUVERNEMENT\nN° 41-CP\nHanoï, le 29 mai 1995\n\nDÉCRET\nSUR LA SÉCURITÉ ROUTIÈRE\nLe présent décret entre en "
     "vigueur.", "fr", [("41-CP", "41-CP", "1995-05-29"), ("Le présent décret", "41-CP", None)]),
    ("LE GOUVERNEMENT\nN° 14/2023/-CP\nHanoï, le 5 avril 2023\n\nDÉCRET\nSUR LES REDEVANCES\nLe présent décret entre en "
     "vigueur.", "fr", [("14/2023/-CP", "14/2023/NĐ-CP", "2023-04-05"), ("Le présent décret", "14/2023/NĐ-CP", None)]),
    ("CHÍNH PHỦ\nSố: 41-CP\nHà Nội, ngày 29 tháng 5 năm 1995\n\nNGHỊ ĐỊNH\nVỀ AN TOÀN GIAO THÔNG\nNghị định này có hiệu "
     "lực.", "vi", [("41-CP", "41-CP", "1995-05-29"), ("Nghị định này", "41-CP", None)]),
    # look-alike: 'n°' in lower case opening a line is no header
    ("Liste des pièces\nn° 41-CP du dossier\n", "fr", []),
])
def test_french_header_number_without_colon(text, lang, expected):
    assert [(r.text, r.id, r.issued) for r in find_references(text, lang=lang)] == expected


NATIONALITY_AMENDING = "Luật sửa đổi, bổ sung một số điều của Luật Quốc tịch Việt Nam"


@pytest.mark.parametrize("text, expected", [
    # French 'loi modificative' before the subject of the law it amends: the amending law, of the year written
    ("La loi modificative 2025 sur la nationalité vietnamienne facilite la naturalisation.",
     [("loi modificative 2025 sur la nationalité vietnamienne", NATIONALITY_AMENDING + " 2025")]),
    ("La loi modificative de 2025 sur la nationalité vietnamienne facilite la naturalisation.",
     [("loi modificative de 2025 sur la nationalité vietnamienne", NATIONALITY_AMENDING + " 2025")]),
    ("La loi modificative sur la nationalité vietnamienne de 2025 facilite la naturalisation.",
     [("loi modificative sur la nationalité vietnamienne de 2025", NATIONALITY_AMENDING + " 2025")]),
    ("La loi modificative sur la nationalité vietnamienne facilite la naturalisation.",
     [("loi modificative sur la nationalité vietnamienne", NATIONALITY_AMENDING)]),
    # controls: the law itself, revised ('modifiée') or named with its year
    ("La loi sur la nationalité vietnamienne de 2008 reste la base.",
     [("loi sur la nationalité vietnamienne de 2008", "Luật Quốc tịch Việt Nam 2008")]),
    ("La loi modifiée sur la nationalité vietnamienne est entrée en vigueur.",
     [("loi modifiée sur la nationalité vietnamienne", "Luật Quốc tịch Việt Nam")]),
    # look-alike: no law's subject after the words
    ("La loi modificative 2025 sur les petites entreprises est en débat.", []),
])
def test_french_amending_law_named_inside(text, expected):
    assert [(r.text, r.id) for r in find_references(text, lang="fr", published="2025-09-24")] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a lower-case constitution after words that make it a document: the consolidated text, an article of it
    ("La version consolidée de la constitution est publiée en ligne.", "fr", [("constitution", "Hiến pháp 2013")]),
    ("Selon l'article 4 de la constitution, le Parti dirige l'État.", "fr", [("constitution", "Hiến pháp 2013")]),
    ("Under Article 4 of the constitution, the Party leads the State.", "en", [("constitution", "Hiến pháp 2013")]),
    ("The consolidated text of the constitution is online.", "en", [("constitution", "Hiến pháp 2013")]),
    # look-alikes: the common noun, and an association's constitution
    ("Le dossier porte sur la constitution d'une société.", "fr", []),
    ("The constitution of the association is adopted by its members.", "en", []),
    # controls: the capital needs no cue
    ("Selon la Constitution, le peuple est souverain.", "fr", [("Constitution", "Hiến pháp 2013")]),
])
def test_lower_case_constitution_after_a_document_cue(text, lang, expected):
    assert [(r.text, r.resolved) for r in find_references(text, lang=lang, published="2020-05-01")] == expected


LAND = "Luật Đất đai"


@pytest.mark.parametrize("text, lang, expected", [
    # a title's plural with its years: one reference each year the law table lists
    ("The Land Laws of 1993, 2003 and 2013 changed how land is used.", "en",
     [("Land Laws of 1993", LAND + " 1993"), ("2003", LAND + " 2003"), ("2013", LAND + " 2013")]),
    ("The Laws on Land of 2003 and 2013 differ on compensation.", "en",
     [("Laws on Land of 2003", LAND + " 2003"), ("2013", LAND + " 2013")]),
    ("Les lois foncières de 1993, 2003 et 2013 ont changé l'usage des terres.", "fr",
     [("lois foncières de 1993", LAND + " 1993"), ("2003", LAND + " 2003"), ("2013", LAND + " 2013")]),
    ("Các Luật Đất đai năm 1993, 2003 và 2013 đã thay đổi cách dùng đất.", "vi",
     [("Luật Đất đai năm 1993", LAND + " 1993"), ("2003", LAND + " 2003"), ("2013", LAND + " 2013")]),
    # look-alikes: the plural without a year is several laws, no reference
    ("The Land Laws changed how land is used.", "en", []),
    ("Les lois foncières successives ont changé l'usage des terres.", "fr", []),
])
def test_plural_title_with_its_years(text, lang, expected):
    assert [(r.text, r.id) for r in find_references(text, lang=lang, published="2020-01-01")] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an implementing or guiding cue in mid-sentence over items set off by semicolons, the last after 'and': each item
    ("The province has implemented the Politburo’s Directive No.41-CT/TW, dated May 2, 2024, on congresses; the PCC’s "
     "Resolution No.19-NQ/TW dated October 25, 2017, on the apparatus; and the Secretariat’s Conclusion No.130-KL/TW, "
     "dated March 1, 2025, on growth.", "en", ["implements", "implements", "implements"]),
    ("Decree No. 12/2024/ND-CP guiding the Law on Land 2024, on compensation; the Law on Housing 2023, on ownership; "
     "and the Law on Real Estate Business 2023, on projects.", "en", ["cites", "guides", "guides", "guides"]),
    ("La province poursuit la mise en œuvre de la directive n°41-CT/TW du 2 mai 2024 sur les congrès ; de la "
     "résolution n°19-NQ/TW du 25 octobre 2017 sur l'appareil ; et de la conclusion n°130-KL/TW du 1er mars 2025.",
     "fr", ["implements", "implements", "implements"]),
    # look-alikes: a semicolon ending the clause (no conjunction before a last item), and a sentence end before it
    ("To implement Resolution No. 19-NQ/TW; Decree No. 15/2018/ND-CP applies from March.", "en",
     ["implements", "cites"]),
    ("The province has implemented Resolution No. 19-NQ/TW; Decree No. 15/2018/ND-CP applies from March. The city "
     "and the province; and others agree.", "en", ["implements", "cites"]),
    ("La province poursuit la mise en œuvre de la directive n°41-CT/TW du 2 mai 2024 ; la résolution n°19-NQ/TW "
     "s'applique depuis mars.", "fr", ["implements", "cites"]),
])
def test_serial_list_after_an_implementing_cue(text, lang, expected):
    assert [r.relation for r in find_references(text, lang=lang, published="2025-04-01")] == expected
