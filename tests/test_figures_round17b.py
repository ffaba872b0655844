"""Literal cases of the error classes blind round 17b found on real public pages (README, "Round 17b (blind,
real public pages): figures vi, en, fr"), in the languages where each class exists, with look-alikes that must
stay out. The sentences are written for these tests; none is taken from the round's pages."""
from __future__ import annotations

import pytest

from tests.figure_cases import check


# Vietnamese 'vạn' is ten thousand, a scale word like nghìn and triệu (after digits and in words)
VAN = [
    ("sản lượng lúa cả năm đạt trên 12 vạn tấn", "vi",
     [dict(value=120000.0, qualifier="more_than", unit="tấn", scale=10000.0)]),
    ("huyện có khoảng 1,5 vạn ha rừng trồng", "vi", [dict(value=15000.0, qualifier="about", unit="ha")]),
    ("lễ hội thu hút hai vạn người tham dự", "vi", [dict(value=20000.0, unit="người")]),
    ("mỗi suất quà trị giá 50 vạn đồng", "vi", [dict(value=500000.0, currency="VND")]),
]

# a capital Vạn after a number is a street or a place, not a scale
VAN_LOOK_ALIKES = [
    ("Trụ sở mới đặt tại số 8 Vạn Phúc, quận Hà Đông.", "vi", []),
    ("Đoàn đến thăm 3 xã của huyện Vạn Ninh.", "vi", [dict(value=3.0, unit="xã")]),
]


@pytest.mark.parametrize("text, lang, wanted", VAN)
def test_van_is_ten_thousand(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", VAN_LOOK_ALIKES)
def test_a_capital_van_is_a_name(text, lang, wanted):
    check(text, lang, wanted)


# Vietnamese 'nửa' alone (not only 'một nửa') is half: a share, or half of a time word or measure after it
HALF = [
    ("Dự án đã đi qua nửa chặng đường của giai đoạn.", "vi", [dict(text="nửa", value=0.5, unit=None)]),
    ("Người dân phải chờ nửa ngày mới làm xong thủ tục.", "vi", [dict(text="nửa ngày", value=0.5, unit="ngày")]),
    ("Công trình chậm tiến độ gần nửa năm.", "vi", [dict(value=0.5, qualifier="nearly", unit="năm")]),
    ("Mỗi hộ được nhận nửa tấn gạo.", "vi", [dict(text="nửa tấn", value=0.5, unit="tấn")]),
    ("Quá nửa số đại biểu đã tán thành.", "vi", [dict(value=0.5, qualifier="more_than")]),
    ("Một nửa số xã đã hoàn thành.", "vi", [dict(text="Một nửa", value=0.5)]),
]

# a period (nửa đầu năm: the first half of the year), a time of day, manners of speaking, half-this half-that
HALF_LOOK_ALIKES = [
    ("Trong nửa đầu năm nay, xuất khẩu tăng mạnh.", "vi", []),
    ("Nửa cuối tháng, giá lúa giảm.", "vi", []),
    ("Nửa năm đầu, tỉnh thu ngân sách khá.", "vi", []),
    ("Cuộc họp kéo dài đến nửa đêm.", "vi", []),
    ("Dự án bị bỏ dở nửa chừng.", "vi", []),
    ("Không thể cải cách nửa vời.", "vi", []),
    ("Các đơn vị vẫn nửa bao cấp, nửa thị trường.", "vi", []),
    ("Bà con nửa tin nửa ngờ về dự án.", "vi", []),
]


@pytest.mark.parametrize("text, lang, wanted", HALF)
def test_nua_alone_is_half(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", HALF_LOOK_ALIKES)
def test_nua_in_a_period_or_a_manner_of_speaking_is_no_figure(text, lang, wanted):
    check(text, lang, wanted)


# a rate whose denominator is itself a quantity: one figure, its base no figure of its own
PER_QUANTITY = [
    ("land is leased at VND50,000-70,000 per 1,000 square metres a season", "en",
     [dict(low=50000.0, high=70000.0, currency="VND", per="1,000 square metres")]),
    ("farmers were paid VND300,000 per 100 kg of paddy", "en",
     [dict(value=300000.0, currency="VND", per="100 kg")]),
    ("un loyer de 3 euros par 100 mètres carrés", "fr",
     [dict(value=3.0, currency="EUR", per="100 mètres carrés")]),
    ("en avgift på 40 kronor per 100 kilo", "sv", [dict(value=40.0, currency="SEK", per="100 kilo")]),
]

# a number after the per word with no unit of its own is no denominator; 'pour' (for) names a total's use
PER_QUANTITY_LOOK_ALIKES = [
    ("the province spent VND2 billion on 300 households", "en",
     [dict(value=2e9, per=None), dict(value=300.0, unit="households")]),
    ("un budget de 20 milliards de dongs pour 300 familles", "fr",
     [dict(value=2e10, per=None), dict(value=300.0, unit="familles")]),
    ("there were 3 deaths per 100,000 people", "en",
     [dict(value=3.0, unit="deaths", per=None), dict(value=100000.0, unit="people")]),
]


@pytest.mark.parametrize("text, lang, wanted", PER_QUANTITY)
def test_a_rate_per_a_quantity(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", PER_QUANTITY_LOOK_ALIKES)
def test_a_number_after_no_per_word_keeps_its_own_figure(text, lang, wanted):
    check(text, lang, wanted)


# 'for each', 'for every', 'pour chaque', 'cho mỗi' name a rate's denominator after money or a measure
FOR_EACH = [
    ("the bank lends VND20-50 million for each household", "en",
     [dict(low=2e7, high=5e7, currency="VND", per="household")]),
    ("a grant of $500 for every graduate", "en", [dict(value=500.0, currency="USD", per="graduate")]),
    ("une aide de 2 millions de dongs pour chaque famille", "fr",
     [dict(value=2e6, currency="VND", per="famille")]),
    ("tỉnh hỗ trợ 40 triệu đồng cho mỗi hợp tác xã", "vi", [dict(value=4e7, currency="VND", per="hợp tác xã")]),
]

# 'for each of' names no denominator; 'each' alone after a count is no rate
FOR_EACH_LOOK_ALIKES = [
    ("gifts worth VND1 million for each of the 200 families", "en",
     [dict(value=1e6, per=None), dict(value=200.0, unit="families")]),
    ("5 teams of 12 members each", "en", [dict(value=5.0, unit="teams", per=None), dict(value=12.0, per=None)]),
]


@pytest.mark.parametrize("text, lang, wanted", FOR_EACH)
def test_for_each_names_the_denominator(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", FOR_EACH_LOOK_ALIKES)
def test_for_each_of_names_none(text, lang, wanted):
    check(text, lang, wanted)


# 'other(s)' after a number: before a noun, the noun is the unit; alone, the number counts a noun named
# before it (unit null) and stays a figure
OTHERS = [
    ("120 households received cows and 85 others received goats", "en",
     [dict(value=120.0, unit="households"), dict(text="85", value=85.0, unit=None)]),
    ("Seven other provinces also reported cases.", "en", [dict(value=7.0, unit="provinces")]),
    ("the ministry and 14 other agencies", "en", [dict(value=14.0, unit="agencies")]),
    ("12 communes ont été touchées et 9 autres ont été menacées", "fr",
     [dict(value=12.0, unit="communes"), dict(text="9", value=9.0, unit=None)]),
    ("quatre autres provinces ont suivi", "fr", [dict(value=4.0, unit="provinces")]),
    ("9 autres communes ont été touchées", "fr", [dict(value=9.0, unit="communes")]),
    ("fem regioner har redan beslutat och 3 andra har väntat", "sv",
     [dict(value=5.0, unit="regioner"), dict(text="3", value=3.0, unit=None)]),
]

# a bare number with no 'other' after it stays no figure; 'the other 12 provinces' is read as before
OTHERS_LOOK_ALIKES = [
    ("Phase 2 starts in June.", "en", []),
    ("the other 12 provinces", "en", [dict(value=12.0, unit="provinces")]),
]


@pytest.mark.parametrize("text, lang, wanted", OTHERS)
def test_other_is_no_unit(text, lang, wanted):
    check(text, lang, wanted)


@pytest.mark.parametrize("text, lang, wanted", OTHERS_LOOK_ALIKES)
def test_numbers_without_other_read_as_before(text, lang, wanted):
    check(text, lang, wanted)
