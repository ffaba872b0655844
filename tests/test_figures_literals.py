"""Literal cases of the figures grammar in the four languages: figures, and look-alikes that are not."""
from __future__ import annotations

import pytest

from extract.figures import find_figures

FIELDS = ("value", "low", "high", "qualifier", "unit", "currency", "per")


def found(text: str, lang: str) -> list[dict]:
    return [{k: getattr(f, k) for k in FIELDS} for f in find_figures(text, lang)]


def one(text: str, lang: str) -> dict:
    figures = found(text, lang)
    assert len(figures) == 1, f"expected one figure in {text!r}, got {figures}"
    return figures[0]


def check(text: str, lang: str, expected: dict) -> None:
    figure = one(text, lang)
    wanted = {"value": None, "low": None, "high": None, "qualifier": None, "currency": None, "per": None, **expected}
    got = {k: figure[k] for k in wanted}
    for k, v in wanted.items():
        if isinstance(v, float) and isinstance(got[k], float):
            got[k] = pytest.approx(v) if abs(got[k] - v) <= 1e-9 * max(1, abs(v)) else got[k]
    assert got == wanted, text


VI = [
    ("hơn 2 triệu người", {"value": 2e6, "qualifier": "more_than", "unit": "người"}),  # triệu scale, hơn qualifier
    ("1.500 tỷ đồng", {"value": 1.5e12, "unit": "VND", "currency": "VND"}),  # dot thousands, tỷ, đồng → VND
    ("2,8 nghìn tỷ đồng", {"value": 2.8e12, "unit": "VND", "currency": "VND"}),  # decimal comma, nghìn tỷ = 1e12
    ("khoảng 2,6 ngàn hợp tác xã", {"value": 2600, "qualifier": "about", "unit": "hợp tác xã"}),  # ngàn spelling
    ("đạt 10%", {"value": 10, "unit": "%"}),  # glued percent
    ("từ 5 - 7%", {"low": 5, "high": 7, "unit": "%"}),  # từ … - … range with percent after
    ("từ 20 đến 50 người", {"low": 20, "high": 50, "unit": "người"}),  # từ … đến range
    ("tăng từ 5% đến 7%", {"low": 5, "high": 7, "unit": "%"}),  # percent on both ends
    ("gần 4% GDP", {"value": 4, "qualifier": "nearly", "unit": "%"}),  # gần
    ("trên 60% tổ chức", {"value": 60, "qualifier": "more_than", "unit": "%"}),  # trên = more than
    ("tới 50 tỷ USD", {"value": 5e10, "qualifier": "up_to", "unit": "USD", "currency": "USD"}),  # tới, USD
    ("lên tới 3 triệu USD", {"value": 3e6, "qualifier": "up_to", "unit": "USD", "currency": "USD"}),  # lên tới
    ("ít nhất 75% tham gia", {"value": 75, "qualifier": "at_least", "unit": "%"}),  # ít nhất
    ("dưới 5 tỷ đồng", {"value": 5e9, "qualifier": "less_than", "unit": "VND", "currency": "VND"}),  # dưới
    ("08 nhóm chính sách", {"value": 8, "unit": "nhóm chính sách"}),  # leading zero
    ("02 Nghị định", {"value": 2, "unit": "Nghị định"}),  # leading zero, a count of decrees
    ("45 nghìn hợp tác xã với 8 triệu thành viên", None),  # two figures (checked below)
    ("mức lương 5,5 triệu đồng/người/tháng", {"value": 5.5e6, "unit": "VND", "currency": "VND", "per": "người/tháng"}),  # per rate
    ("giá 15.000 đồng/kg", {"value": 15000, "unit": "VND", "currency": "VND", "per": "kg"}),  # VND/kg rate
    ("300 tấn gạo", {"value": 300, "unit": "tấn"}),  # measure
    ("1.200 ha đất", {"value": 1200, "unit": "ha"}),  # hectares
    ("25 m2", {"value": 25, "unit": "m2"}),  # m2 measure
    ("5tr đồng", {"value": 5e6, "unit": "VND", "currency": "VND"}),  # glued tr abbreviation
    ("1,66 tỉ đồng", {"value": 1.66e9, "unit": "VND", "currency": "VND"}),  # tỉ spelling
    ("18 tuổi trở lên", {"value": 18, "qualifier": "at_least", "unit": "tuổi"}),  # trở lên after the unit
    ("hàng 100 người", {"value": 100, "qualifier": "about", "unit": "người"}),  # hàng = about
    ("xấp xỉ 3,5%", {"value": 3.5, "qualifier": "about", "unit": "%"}),  # xấp xỉ
    ("chưa đến 20 doanh nghiệp", {"value": 20, "qualifier": "less_than", "unit": "doanh nghiệp"}),  # chưa đến
    ("5 phần trăm", {"value": 5, "unit": "%"}),  # phần trăm spelled out
    ("999.881 triệu đồng", {"value": 999881e6, "unit": "VND", "currency": "VND"}),  # dot thousands + triệu
    ("1.548.606 triệu đồng", {"value": 1548606e6, "unit": "VND", "currency": "VND"}),  # several dot groups
    ("63 tỉnh, thành phố", {"value": 63, "unit": "tỉnh, thành phố"}),  # compound counted noun
    ("mỗi năm 10.000 người", {"value": 10000, "unit": "người"}),  # 'mỗi năm' before a figure is kept
    ("tổng số 500 hồ sơ", {"value": 500, "unit": "hồ sơ"}),  # 'tổng số' is not 'số' (No.)
    ("gấp 2 lần", {"value": 2, "unit": "lần"}),  # a multiplier
    ("30 năm tù", {"value": 30, "unit": "năm"}),  # a duration is a figure
    ("khoảng từ 20 - 30%", {"low": 20, "high": 30, "qualifier": "about", "unit": "%"}),  # qualifier before a range
    ("3 đồng chí", {"value": 3, "unit": "đồng chí"}),  # đồng chí (comrades) is not money
    ("2-3 triệu đồng", {"low": 2e6, "high": 3e6, "unit": "VND", "currency": "VND"}),  # the scale covers both ends
    ("từ 100 m3/ngày đến dưới 200 m3/ngày", {"low": 100, "high": 200, "unit": "m3", "per": "ngày"}),  # unit on both ends, inner qualifier
    ("từ 1,5 đến dưới 3 lần", {"low": 1.5, "high": 3, "unit": "lần"}),  # inner qualifier of the high end
    ("mặt hàng 3 tầng quản lý", {"value": 3, "unit": "tầng"}),  # 'hàng' of 'mặt hàng' is not a qualifier
    ("có 9 nước thành viên", {"value": 9, "unit": "nước thành viên"}),  # a compound noun from the list
    ("1 triệu DN hoạt động", {"value": 1e6, "unit": "DN"}),  # an abbreviation is the whole unit
    ("không quá 168 giờ/năm", {"value": 168, "qualifier": "up_to", "unit": "giờ", "per": "năm"}),  # hours per year, không quá
    ("hệ số lương 2,34", {"value": 2.34}),  # a bare decimal coefficient is a figure
    ("diện tích 4.107,42m 2 đất", {"value": 4107.42, "unit": "m2"}),  # m² whose superscript became ' 2'
    ("Agribank (287 hợp đồng)", {"value": 287, "unit": "hợp đồng"}),  # hợp đồng is not money
    ("từ đủ 6 (sáu) năm trở lên", {"value": 6, "qualifier": "at_least", "unit": "năm"}),  # a number repeated in words
    ("từ 5 nghìn người đến dưới 9 nghìn người", {"low": 5000, "high": 9000, "unit": "người"}),  # counted noun on both ends
    ("không thấp hơn 45 m2", {"value": 45, "qualifier": "at_least", "unit": "m2"}),  # negated comparison = at least
    ("tuy cao hơn mức 5,52%", {"value": 5.52, "unit": "%"}),  # a comparison with a level is not a qualifier
    ("là 761 tỷ 036 triệu đồng", {"value": 761036e6, "unit": "VND", "currency": "VND"}),  # compound amount
    ("2 tỷ 500 triệu đồng", {"value": 2.5e9, "unit": "VND", "currency": "VND"}),  # compound amount
    ("giảm 211 đồng/lít", {"value": 211, "unit": "VND", "currency": "VND", "per": "lít"}),  # a price per litre
]

VI_NOT = [
    "năm 2025",  # a year
    "giai đoạn 2021-2025",  # a period
    "trong giai đoạn 2018 - 2025",  # a spaced period
    "ngày 03/12/2025",  # a date with slashes
    "Chiều 11/7, tại Hà Nội",  # day and month
    "ngày 02 tháng 02 năm 2024",  # a spelled-out date
    "trước tháng 7 năm 2024",  # a month
    "Nghị định số 98/2018/NĐ-CP",  # a document symbol
    "Nghị quyết số 20-NQ/TW",  # a Party document symbol
    "Kết luận 70-KL/TW",  # symbol without số
    "Quyết định 1764/QĐ-TTg",  # a decision symbol
    "theo Điều 5 của Luật",  # an article number
    "tại khoản 2 Điều 3",  # a clause number
    "lần thứ 2",  # an ordinal
    "thứ 5 tuần này",  # a weekday / ordinal
    "lúc 8h30 sáng",  # a time
    "vào 14:00 hôm nay",  # a clock time
    "khai mạc lúc 9 giờ",  # hours as a time
    "6 tháng đầu năm 2017",  # a period: the first six months
    "10 năm 2021 - 2030",  # a strategy's period
    "1.1.2018",  # a dotted date
    "ngày 3-10-2016",  # a dashed date
    "Hotline 0912 345 678",  # a phone number
    "ĐT: (024) 3845 1234",  # a landline number
    "Quận 1, TP.HCM",  # a district number
    "Nghị quyết Trung ương 5 khóa XII",  # a plenum number
    "thực hiện \"3 không\"",  # a slogan
    "phong trào 5 không",  # a slogan without quotes
    "Cách mạng công nghiệp 4.0",  # Industry 4.0
    "COVID-19",  # a disease name
    "Ủy ban Chỉ đạo 1899",  # a body named by its number
    "Bình luận (0)",  # a counter
    "trung bình ASEAN 4",  # a group name carrying a number
    "Binh đoàn 12 đã",  # a unit name carrying a number
    "kinh tế đặc biệt. 2. Tổ chức thực hiện",  # an inline list marker
    "sau đây: 1. Ông",  # a list marker after a colon
    "Ngày 21.6, tại Hà Nội",  # a dotted day and month
    "lúc 8 giờ 30 sáng",  # a clock time in words
    "giai đoạn 2 của dự án",  # a phase number
    "phiên sơ thẩm lần 2",  # 'lần 2': the second time
    "cấp độ 4",  # a level
    "học sinh lớp 6",  # a school grade
    "hạng 47/127",  # a rank out of a total
    "dự án tại 128 Hồng Hà, quận Phú Nhuận",  # a street number
    "Tổng công ty Phát điện 1, 2, 3",  # numbers in names
    "Địa chỉ: 19 Hồ Văn Huê",  # an address
    "Xăng RON 92: giảm",  # a product grade
]

EN = [
    ("more than 35,000 cooperatives", {"value": 35000, "qualifier": "more_than", "unit": "cooperatives"}),  # comma thousands
    ("over 15.2 trillion VND", {"value": 1.52e13, "qualifier": "more_than", "unit": "VND", "currency": "VND"}),  # trillion + VND
    ("nearly 6 million members", {"value": 6e6, "qualifier": "nearly", "unit": "members"}),  # million
    ("about 2.4 thousand cooperatives", {"value": 2400, "qualifier": "about", "unit": "cooperatives"}),  # thousand
    ("1,500-1,800 tons", {"low": 1500, "high": 1800, "unit": "tons"}),  # range with thousands
    ("20-50 VND/kg", {"low": 20, "high": 50, "unit": "VND", "currency": "VND", "per": "kg"}),  # range rate
    ("$5 million", {"value": 5e6, "unit": "USD", "currency": "USD"}),  # dollar sign prefix
    ("US$2.5 billion", {"value": 2.5e9, "unit": "USD", "currency": "USD"}),  # US$ prefix
    ("$1.5bn", {"value": 1.5e9, "unit": "USD", "currency": "USD"}),  # glued bn
    ("USD 300 million", {"value": 3e8, "unit": "USD", "currency": "USD"}),  # code before
    ("3 billion USD", {"value": 3e9, "unit": "USD", "currency": "USD"}),  # code after
    ("up to 40%", {"value": 40, "qualifier": "up_to", "unit": "%"}),  # up to
    ("at least 75 percent", {"value": 75, "qualifier": "at_least", "unit": "%"}),  # percent spelled
    ("less than 5 hectares", {"value": 5, "qualifier": "less_than", "unit": "hectares"}),  # less than, measure
    ("fewer than 200 households", {"value": 200, "qualifier": "less_than", "unit": "households"}),  # fewer than
    ("around 300 km", {"value": 300, "qualifier": "about", "unit": "km"}),  # around, km
    ("approximately 12.5 tonnes", {"value": 12.5, "qualifier": "about", "unit": "tonnes"}),  # approximately
    ("almost 90 projects", {"value": 90, "qualifier": "nearly", "unit": "projects"}),  # almost
    ("between 20 and 30 cooperatives", {"low": 20, "high": 30, "unit": "cooperatives"}),  # between … and
    ("from 5 to 7 percent", {"low": 5, "high": 7, "unit": "%"}),  # from … to
    ("25%-30%", {"low": 25, "high": 30, "unit": "%"}),  # percent on both ends
    ("1,234,567 people", {"value": 1234567, "unit": "people"}),  # several comma groups
    ("0.5%", {"value": 0.5, "unit": "%"}),  # leading zero decimal
    ("18 years or older", {"value": 18, "unit": "years"}),  # years as a duration
    ("100 members or more", {"value": 100, "qualifier": "at_least", "unit": "members"}),  # 'or more' after
    ("6 enterprises supplying inputs", {"value": 6, "unit": "enterprises"}),  # a participle ends the noun
    ("an estimated 2 million people", {"value": 2e6, "qualifier": "about", "unit": "people"}),  # an estimated
    ("45 million VND per year", {"value": 4.5e7, "unit": "VND", "currency": "VND", "per": "year"}),  # 'per' word rate
    ("VND 25,000 per kg", {"value": 25000, "unit": "VND", "currency": "VND", "per": "kg"}),  # prefix code and per word
    ("the VND 12 trillion package", {"value": 1.2e13, "unit": "VND", "currency": "VND"}),  # the noun after money is not its unit
    ("some 2,000 delegates attended", {"value": 2000, "qualifier": "about", "unit": "delegates"}),  # a past participle ends the noun
    ("7.1 million tonnes of rice", {"value": 7.1e6, "unit": "tonnes"}),  # million tonnes
    ("$2.5m in grants", {"value": 2.5e6, "unit": "USD", "currency": "USD"}),  # glued m after a dollar sign = million
    ("a 100m bridge", {"value": 100, "unit": "m"}),  # glued m without currency = metres
    ("3,000 projects and plans", {"value": 3000, "unit": "projects"}),  # 'and' ends the noun
]

EN_NOT = [
    "dated December 9, 2025",  # a date
    "on 9 December 2025",  # a day-month date
    "in the period of 2018 - 2025",  # a period
    "the 2025 Cooperative Economic Forum",  # a year as a modifier
    "Notice No. 678/TB-VPCP",  # a document symbol
    "Decree No. 98/2018/ND-CP",  # a decree symbol
    "Resolution No. 20-NQ/TW",  # a Party symbol
    "Article 5 of the Law",  # an article number
    "Clause 2, Section 3",  # clause and section numbers
    "the 13th Party Congress",  # an ordinal
    "the 2nd session",  # an ordinal suffix
    "the motto \"6 clear: clear people\"",  # a slogan
    "the two 100-year goals",  # a compound adjective
    "at 8:30 am",  # a time
    "at 14:00",  # a clock time
    "call +84 24 3845 1234",  # a phone number
    "Comment (0)",  # a counter
    "COVID-19 pandemic",  # a disease
    "Industry 4.0",  # a named revolution
    "page 12",  # a page number
    "by 2045.",  # a year
    "in the 1990s",  # a decade
    "at 9.30am",  # a time with am
    "at 2pm",  # a time with pm
    "Q1 2024",  # a quarter
    "Top 10 enterprises",  # a ranking label
    "the 2021-2025 period",  # a period as a modifier
    "from 2021 to 2025",  # a period with from … to
    "between 2020 and 2025",  # a period with between … and
    "Hanoi, Dec 9 (VNA) - ",  # a dateline
    "Tel: (+84) 24 3823 4567",  # a phone number with country code in parentheses
    "a score of 7.5/10",  # a score out of ten
    "ranked 47th out of 127",  # an ordinal rank
    "a 5-year plan",  # a compound adjective
    "Vision to 2045",  # a target year
]

FR = [
    ("plus de 35 000 coopératives", {"value": 35000, "qualifier": "more_than", "unit": "coopératives"}),  # space thousands
    ("35\u202f000 coopératives", {"value": 35000, "unit": "coopératives"}),  # narrow no-break space
    ("35\u00a0000 membres", {"value": 35000, "unit": "membres"}),  # no-break space
    ("1,2 milliard de dongs", {"value": 1.2e9, "unit": "VND", "currency": "VND"}),  # milliard + de + currency
    ("15,2 billions de VND", {"value": 1.52e13, "unit": "VND", "currency": "VND"}),  # French billion = 1e12
    ("près de 6 millions de membres", {"value": 6e6, "qualifier": "nearly", "unit": "membres"}),  # près de, de
    ("environ 21 %", {"value": 21, "qualifier": "about", "unit": "%"}),  # environ, spaced percent
    ("d'environ 30 %", {"value": 30, "qualifier": "about", "unit": "%"}),  # elided d'environ
    ("jusqu'à 50 %", {"value": 50, "qualifier": "up_to", "unit": "%"}),  # jusqu'à
    ("au moins 75 % des coopératives", {"value": 75, "qualifier": "at_least", "unit": "%"}),  # au moins
    ("moins de 5 hectares", {"value": 5, "qualifier": "less_than", "unit": "hectares"}),  # moins de
    ("de 5 à 7 %", {"low": 5, "high": 7, "unit": "%"}),  # de … à range
    ("entre 20 et 30 coopératives", {"low": 20, "high": 30, "unit": "coopératives"}),  # entre … et range
    ("25-30 %", {"low": 25, "high": 30, "unit": "%"}),  # dash range
    ("1 500 tonnes", {"value": 1500, "unit": "tonnes"}),  # measure
    ("3 Md€", {"value": 3e9, "unit": "EUR", "currency": "EUR"}),  # glued Md then euro sign
    ("45 millions de VND/an", {"value": 4.5e7, "unit": "VND", "currency": "VND", "per": "an"}),  # per year rate
    ("plus d'1 million d'habitants", {"value": 1e6, "qualifier": "more_than", "unit": "habitants"}),  # elided plus d', d'
    ("20 euros", {"value": 20, "unit": "EUR", "currency": "EUR"}),  # euros word
    ("3 200 milliards de dongs", {"value": 3.2e12, "unit": "VND", "currency": "VND"}),  # space thousands + milliards de
    ("15 000 dongs par kg", {"value": 15000, "unit": "VND", "currency": "VND", "per": "kg"}),  # par = per
]

FR_NOT = [
    "pour la période 2026-2030",  # a period
    "d'ici 2026, un programme",  # a year
    "le 9 décembre 2025",  # a date
    "des « 6 points clairs : personne claire »",  # a slogan
    "le décret n° 98/2018/ND-CP",  # a document symbol
    "l'article 5 de la loi",  # an article number
    "le 1er janvier",  # an ordinal date
    "le XIIIe Congrès et la 3e session",  # an ordinal suffix
    "à 14:00",  # a time
    "à 8h30",  # a time with h
    "de 2021 à 2025",  # a period with de … à
    "à 14 h 30",  # a spaced time
    "art. 5 du décret",  # an abbreviated article number
    "le 1er janvier 2025",  # a date with an ordinal
]

SV = [
    ("3 066 kooperativa grupper", {"value": 3066, "unit": "kooperativa grupper"}),  # space thousands
    ("1 226 medlemmar", {"value": 1226, "unit": "medlemmar"}),  # space thousands
    ("12\u00a0500 medlemmar", {"value": 12500, "unit": "medlemmar"}),  # no-break space
    ("över 1,2 miljarder VND/år", {"value": 1.2e9, "qualifier": "more_than", "unit": "VND", "currency": "VND", "per": "år"}),  # miljarder, per year
    ("cirka 45 miljoner VND/år", {"value": 4.5e7, "qualifier": "about", "unit": "VND", "currency": "VND", "per": "år"}),  # cirka
    ("cirka 70 miljoner VND/kooperativ/år", {"value": 7e7, "qualifier": "about", "unit": "VND", "currency": "VND", "per": "kooperativ/år"}),  # two-level rate
    ("25–30 %", {"low": 25, "high": 30, "unit": "%"}),  # en dash range, spaced percent
    ("nästan 6 miljoner medlemmar", {"value": 6e6, "qualifier": "nearly", "unit": "medlemmar"}),  # nästan
    ("omkring 300 ton", {"value": 300, "qualifier": "about", "unit": "ton"}),  # omkring, ton
    ("minst 75 procent", {"value": 75, "qualifier": "at_least", "unit": "%"}),  # minst, procent
    ("upp till 50 %", {"value": 50, "qualifier": "up_to", "unit": "%"}),  # upp till
    ("drygt 2 000 företag", {"value": 2000, "qualifier": "more_than", "unit": "företag"}),  # drygt
    ("mellan 5 och 7 %", {"low": 5, "high": 7, "unit": "%"}),  # mellan … och range
    ("från 20 till 30 kooperativ", {"low": 20, "high": 30, "unit": "kooperativ"}),  # från … till range
    ("3 stjärnor eller mer", {"value": 3, "qualifier": "at_least", "unit": "stjärnor"}),  # eller mer after
    ("ca 4 000 hektar", {"value": 4000, "qualifier": "about", "unit": "hektar"}),  # ca, hektar
    ("1,5 mdr kronor", {"value": 1.5e9, "unit": "SEK", "currency": "SEK"}),  # mdr abbreviation
    ("10 mkr", {"value": 1e7, "unit": "SEK", "currency": "SEK"}),  # mkr carries its currency
    ("2 biljoner VND", {"value": 2e12, "unit": "VND", "currency": "VND"}),  # biljon = 1e12
    ("148 produktions- och affärskooperativ", {"value": 148, "unit": "produktions- och affärskooperativ"}),  # suspended compound
    ("under 10 %", {"value": 10, "qualifier": "less_than", "unit": "%"}),  # under
]

SV_NOT = [
    "Per den 31 oktober 2025",  # a date
    "Under perioden 2020 till 2025",  # a period
    "priset (2024).",  # a year in parentheses
    "år 2025",  # a year
    "den 1:a maj",  # a Swedish ordinal
    "artikel 5 i lagen",  # an article number
    "dekret nr 98/2018/ND-CP",  # a symbol
    "klockan 14:00",  # a time
    "kl. 14.00",  # a Swedish dotted time
    "år 2021–2025",  # a period
    "mellan 2020 och 2025",  # a period with mellan … och
    "den 3:e maj",  # an ordinal date
    "enligt § 5",  # a section sign
]


@pytest.mark.parametrize("text,expected", [c for c in VI if c[1] is not None])
def test_vietnamese_figure(text, expected):
    check(text, "vi", expected)


@pytest.mark.parametrize("text", VI_NOT)
def test_vietnamese_not_a_figure(text):
    assert found(text, "vi") == []


@pytest.mark.parametrize("text,expected", EN)
def test_english_figure(text, expected):
    check(text, "en", expected)


@pytest.mark.parametrize("text", EN_NOT)
def test_english_not_a_figure(text):
    assert found(text, "en") == []


@pytest.mark.parametrize("text,expected", FR)
def test_french_figure(text, expected):
    check(text, "fr", expected)


@pytest.mark.parametrize("text", FR_NOT)
def test_french_not_a_figure(text):
    assert found(text, "fr") == []


@pytest.mark.parametrize("text,expected", SV)
def test_swedish_figure(text, expected):
    check(text, "sv", expected)


@pytest.mark.parametrize("text", SV_NOT)
def test_swedish_not_a_figure(text):
    assert found(text, "sv") == []


def test_two_figures_in_one_vietnamese_sentence():
    assert [(f["value"], f["unit"]) for f in found("khoảng 45 nghìn hợp tác xã với 8 triệu thành viên", "vi")] == [
        (45000.0, "hợp tác xã"), (8000000.0, "thành viên")]


@pytest.mark.parametrize("text,lang,expected", [
    ("được bầu 5 hoặc 7 thành viên", "vi", [(5.0, "thành viên"), (7.0, "thành viên")]),  # hoặc: shared unit
    ("2 or 3 million people", "en", [(2e6, "people"), (3e6, "people")]),  # or: shared scale and unit
    ("5 ou 7 membres", "fr", [(5.0, "membres"), (7.0, "membres")]),  # ou
    ("5 eller 7 ledamöter", "sv", [(5.0, "ledamöter"), (7.0, "ledamöter")]),  # eller
])
def test_alternatives_share_the_unit(text, lang, expected):
    assert [(f.value, f.unit) for f in find_figures(text, lang)] == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("plus de 35 000 coopératives et près de 1,2 million de membres", "fr",
     [(35000.0, "more_than", "coopératives"), (1.2e6, "nearly", "membres")]),  # 'de … et' of two qualified figures is no range
    ("more than 35,000 cooperatives and nearly 6 million members", "en",
     [(35000.0, "more_than", "cooperatives"), (6e6, "nearly", "members")]),  # 'and' between figures is no range
    ("över 3 000 kooperativ och nästan 1 000 medlemmar", "sv",
     [(3000.0, "more_than", "kooperativ"), (1000.0, "nearly", "medlemmar")]),  # 'och' between figures
])
def test_two_qualified_figures_are_not_a_range(text, lang, expected):
    assert [(f.value, f.qualifier, f.unit) for f in find_figures(text, lang)] == expected


def test_span_and_text_cover_qualifier_and_unit():
    text = "the whole country has more than 35,000 cooperatives with nearly 6 million members"
    figure = find_figures(text, "en")[0]
    assert text[figure.start:figure.end] == figure.text == "more than 35,000 cooperatives"


def test_scale_recorded():
    assert find_figures("2,8 nghìn tỷ đồng", "vi")[0].scale == 1e12
    assert find_figures("35 cooperatives", "en")[0].scale is None


# error classes found on hand-written press text (tests/gold/figures/handwritten_*.json), one case a line
@pytest.mark.parametrize("text,lang,expected", [
    ("giá cao hơn 300 đồng/kg so với tháng trước", "vi", {"value": 300, "unit": "VND", "currency": "VND", "per": "kg"}),  # comparative 'cao hơn': no qualifier
    ("năng suất thấp hơn 2 tấn/ha so với vụ trước", "vi", {"value": 2, "unit": "tấn", "per": "ha"}),  # a comparison with 'so với': a difference
    ("chi phí thấp hơn 195.000 đồng không phải cùng chi trả", "vi", {"value": 195000, "qualifier": "less_than", "unit": "VND", "currency": "VND"}),  # 'thấp hơn' alone bounds
    ("xếp hạng 47 trên 127 quốc gia", "vi", {"value": 127, "unit": "quốc gia"}),  # 'trên' after a number is 'out of'
    ("sản lượng ước đạt 1,5 triệu tấn", "vi", {"value": 1.5e6, "qualifier": "about", "unit": "tấn"}),  # 'ước đạt' is an estimate
    ("không quá 300 triệu đồng/dự án", "vi", {"value": 3e8, "qualifier": "up_to", "unit": "VND", "currency": "VND", "per": "dự án"}),  # a two-syllable denominator
    ("mức hỗ trợ 5 triệu đồng/hộ gia đình", "vi", {"value": 5e6, "unit": "VND", "currency": "VND", "per": "hộ gia đình"}),  # a three-syllable denominator
    ("le taux ne dépassera pas 6,6 %", "fr", {"value": 6.6, "qualifier": "up_to", "unit": "%"}),  # a negated verb of exceeding: up_to
    ("près de 1 200 coopératives appliquent des technologies", "fr", {"value": 1200, "qualifier": "nearly", "unit": "coopératives"}),  # a verb ends the counted noun
    ("3 066 coopératives agricoles", "fr", {"value": 3066, "unit": "coopératives agricoles"}),  # an adjective after the noun stays
    ("EU tar emot nära 20 procent av exporten", "sv", {"value": 20, "qualifier": "nearly", "unit": "%"}),  # 'nära' is nearly
    ("där använder 1 200 kooperativ modern teknik", "sv", {"value": 1200, "unit": "kooperativ"}),  # the object after the noun is not the unit
    ("1 015 administrativa förfaranden", "sv", {"value": 1015, "unit": "administrativa förfaranden"}),  # an attributive adjective before the noun stays
])
def test_handwritten_error_classes(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text,lang", [
    ("le paragraphe 3 précise les conditions", "fr"),  # a paragraph number
    ("Hội nghị được tổ chức vào tháng 3.2017 tại Hà Nội", "vi"),  # month.year after 'tháng'
    ("xây dựng mỏ kè số 5, 6, 7 đảm bảo an toàn", "vi"),  # numbers listed after the cue 'số'
    ("theo Điều 5, 6 và 7 của Luật", "vi"),  # articles listed after 'Điều'
    ("đường vành đai 4 đi qua", "vi"),  # a ring road's number
    ("the Phase 1, 2 and 3 projects", "en"),  # phases listed after 'Phase'

    ("enligt stycke 2 gäller reglerna", "sv"),         # a paragraph (stycke) number
])
def test_handwritten_not_figures(text, lang):
    assert found(text, lang) == []


def test_a_dimension_word_is_not_the_unit():
    # "vành đai 4 dài 112,8 km": 'dài' (long) ends a counted noun, and the ring road's number is no figure
    assert [(f.value, f.unit) for f in find_figures("Dự án đường vành đai 4 dài 112,8 km.", "vi")] == [(112.8, "km")]
    assert [(f.value, f.unit) for f in find_figures("có 5 tuyến dài 20 km", "vi")] == [(5.0, "tuyến"), (20.0, "km")]


@pytest.mark.parametrize("text,expected", [
    ("Chủ đầu tư đang nợ 1.653 tỷ, trong đó", {"value": 1.653e12, "unit": "VND", "currency": "VND"}),  # 'tỷ' alone is money in the press
    ("Tàu vỏ thép 18 tỷ ở Thanh Hóa", {"value": 1.8e10, "unit": "VND", "currency": "VND"}),  # a headline leaves out 'đồng'
    ("vay từ 1.500 đến 2.000 tỷ để thi công", {"low": 1.5e12, "high": 2e12, "unit": "VND", "currency": "VND"}),  # a range in bare tỷ
    ("dân số 1,4 tỷ người", {"value": 1.4e9, "unit": "người"}),  # 'dân số' is population, not the cue 'số'; a counted noun stays
    ("gần 1,26 triệu nhà giáo", {"value": 1.26e6, "qualifier": "nearly", "unit": "nhà giáo"}),  # nhà giáo, not nhà
    ("Lãnh đạo 5 nhà mạng ký cam kết", {"value": 5, "unit": "nhà mạng"}),  # nhà mạng (carriers)
])
def test_vietnamese_press_forms(text, expected):
    check(text, "vi", expected)


def test_bare_trieu_is_not_money():
    # only tỷ is money on its own: "100 triệu" without a unit stays without currency
    assert [(f.value, f.currency) for f in find_figures("dân số đạt 100 triệu vào năm 2023", "vi")] == [(1e8, None)]


# error classes found by the blind held-out round (tests/gold/figures/heldout_*.json), one case a line
@pytest.mark.parametrize("text,lang,expected", [
    ("Đồng Nai will spend nearly VND3.2 trillion on roads", "en", {"value": 3.2e12, "qualifier": "nearly", "unit": "VND", "currency": "VND"}),  # Vietnam News glues the code to the number
    ("an additional USD50 million in loans", "en", {"value": 5e7, "unit": "USD", "currency": "USD"}),  # any glued currency code
    ("compensation of between VND250 million and VND1.4 billion", "en", {"low": 2.5e8, "high": 1.4e9, "unit": "VND", "currency": "VND"}),  # a range whose second end has its own code
    ("from US$2 to US$3 billion", "en", {"low": 2e9, "high": 3e9, "unit": "USD", "currency": "USD"}),  # a sign on both ends, the scale after the second
    ("Exports topped $13 billion.", "en", {"value": 1.3e10, "qualifier": "more_than", "unit": "USD", "currency": "USD"}),  # a verb of exceeding: more_than
    ("the deficit must not exceed 3 percent of GDP", "en", {"value": 3, "qualifier": "up_to", "unit": "%"}),  # its negation: up_to
    ("la superficie devrait dépasser 1,1 million d'hectares", "fr", {"value": 1.1e6, "qualifier": "more_than", "unit": "hectares"}),  # French 'dépasser'
    ("la dette publique ne pas dépasser 60 %", "fr", {"value": 60, "qualifier": "up_to", "unit": "%"}),  # 'ne pas dépasser' is up_to
    ("Environ 340 000 personnes vivant dans des zones à risque", "fr", {"value": 340000, "qualifier": "about", "unit": "personnes"}),  # a participle ends the counted noun
    ("l'armée a mobilisé 6 000 véhicules lors du typhon", "fr", {"value": 6000, "unit": "véhicules"}),  # 'lors' ends the counted noun
    ("exporten översteg 13 miljarder dollar", "sv", {"value": 1.3e10, "qualifier": "more_than", "unit": "USD", "currency": "USD"}),  # Swedish 'översteg'
    ("underskottet får inte överstiga 3 procent", "sv", {"value": 3, "qualifier": "up_to", "unit": "%"}),  # its negation
    ("giá trị tài sản bán được quá 50 triệu đồng", "vi", {"value": 5e7, "qualifier": "more_than", "unit": "VND", "currency": "VND"}),  # 'quá' alone is more_than
    ("Từ trên 20 triệu đồng đến 50 triệu đồng", "vi", {"low": 2e7, "high": 5e7, "unit": "VND", "currency": "VND"}),  # 'từ trên … đến' opens a range; no qualifier
    ("Từ trên 1 tỷ đến 10 tỷ đồng", "vi", {"low": 1e9, "high": 1e10, "unit": "VND", "currency": "VND"}),  # the same with the unit after the second end only
])
def test_heldout_error_classes(text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize("text,lang", [
    ("đặc biệt là dịp kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ", "vi"),  # an anniversary's years
    ("xăng RON95 và dầu DO", "vi"),  # a fuel grade: letters glued to a number that are no currency code
    ("the RON95 petrol price", "en"),  # the same in English
    ("le carburant RON95", "fr"),  # and in French
    ("bensinen RON95", "sv"),  # and in Swedish
    ("tăng quá nhanh", "vi"),  # 'quá' (too) without a number
])
def test_heldout_not_figures(text, lang):
    assert found(text, lang) == []


def test_quá_does_not_override_không_quá():
    # 'không quá' (not more than) is the longer phrase and wins over 'quá'
    assert one("không quá 50%", "vi")["qualifier"] == "up_to"


# a change "from X to Y" with X above Y is two figures: the first takes the unit (and scale) of the second
@pytest.mark.parametrize("text,lang,expected", [
    ("cut VAT from 10 to 8 percent", "en", [(10, "%"), (8, "%")]),  # English
    ("réduire la TVA de 10 à 8 %", "fr", [(10, "%"), (8, "%")]),  # French
    ("momssänkningen från 10 till 8 procent", "sv", [(10, "%"), (8, "%")]),  # Swedish
    ("giảm thuế từ 10 đến 8%", "vi", [(10, "%"), (8, "%")]),  # Vietnamese
    ("output fell from 3.5 to 2.1 million tonnes", "en", [(3.5e6, "tonnes"), (2.1e6, "tonnes")]),  # the scale covers both
    ("from 5 to 7 percent", "en", [(None, "%")]),  # look-alike: rising, a range
    ("from 50 to 2 million people", "en", [(None, "people")]),  # look-alike: a range from a small number, not 50 million
])
def test_a_falling_change_is_two_figures(text, lang, expected):
    assert [(f["value"], f["unit"]) for f in found(text, lang)] == expected


# English rates written with 'a' (the press's "VND5 million a month"), and the time phrases that look alike
@pytest.mark.parametrize("text,expected", [
    ("workers earn VND5 million a month on average", {"value": 5e6, "unit": "VND", "currency": "VND", "per": "month"}),  # 'a month' is a rate
    ("rice sells at 514 USD a tonne", {"value": 514, "unit": "USD", "currency": "USD", "per": "tonne"}),  # 'a tonne'
    ("a plant of 1,000 tonnes a day", {"value": 1000, "unit": "tonnes", "per": "day"}),  # a measure's rate
    ("exports reached $2 billion a year ago", {"value": 2e9, "unit": "USD", "currency": "USD"}),  # look-alike: 'a year ago' is a time
    ("the fund held US$300 million a decade earlier", {"value": 3e8, "unit": "USD", "currency": "USD"}),  # look-alike: 'a decade earlier'
])
def test_english_rates_with_a(text, expected):
    check(text, "en", expected)


# English compound counted nouns with a noun in -ing/-ed (unit_suffix_nouns), and participles that still end the noun
@pytest.mark.parametrize("text,expected", [
    ("more than 652,000 social housing units were built", {"value": 652000, "qualifier": "more_than", "unit": "social housing units"}),  # 'housing' is a noun here
    ("the city has 5 electric charging stations", {"value": 5, "unit": "electric charging stations"}),  # 'charging' too
    ("340,000 people living in risky areas", {"value": 340000, "unit": "people"}),  # look-alike: a participle ends the noun
    ("25 workers injured in the blast", {"value": 25, "unit": "workers"}),  # look-alike: a past participle ends it
])
def test_english_compound_counted_nouns(text, expected):
    check(text, "en", expected)
