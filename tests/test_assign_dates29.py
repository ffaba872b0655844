"""Assignment deadlines as classes, in the four languages (issue #13, helper dates29, not blind).

Three classes of wrong deadlines read from the buckets present on this machine, each with new literal sentences and
look-alikes that must keep their date:

- a later sentence telling what came before the task (``Auparavant …``, ``Previously …``, ``Trước đó …``,
  ``Tidigare …``): its date is a past event's, not the task's (deadlines.json ``past_openers``);
- a window told in a later sentence naming no body (``The implementation period is from December 1, 2025 to January
  31, 2026.``): the order's period, no due day (``Deadline.window``); in the task's own clause it stays due by its
  close (round 19);
- a whole year right after a goal's noun (``targets in 2025``, ``capital in 2025``, ``les objectifs en 2026``): the
  period the noun is of (deadlines.json ``plan_nouns``), unless a completion verb dates it;
- an hour written in words between the cue and the day (``avant 12 heures le 6 novembre``, ``before 12 noon on
  November 6``): the day's date (fr ``time_of_day``, en's hour-on-a-day forms).

And the classes already right, held as guards: the Lunar New Year with no day (no date, round 24's gold), quarters,
a day of every month (no date), ``no later than`` / ``chậm nhất`` / ``senast``, ``d'ici fin``.
"""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader("agency_id", "deadline", "deadline_qualifier", published="2025-10-01")


@pytest.mark.parametrize("text, lang, expected", [
    # fixed: a later sentence telling the past gives the task no date
    ("UBND tỉnh yêu cầu Sở Xây dựng tạm dừng các dự án cho đến khi có ý kiến của UBND tỉnh. Trước đó, Tỉnh ủy đã tổ "
     "chức hội nghị triển khai sắp xếp bộ máy trong năm 2025.", "vi", [("DOC", None, None)]),
    ("The Provincial People's Committee asked the Department of Construction to suspend the projects until further "
     "notice. Previously, the Provincial Party Committee had held a conference to streamline the apparatus in 2025.",
     "en", [("DOC", None, None)]),
    ("Le Comité populaire provincial a demandé au Département de la construction de suspendre les projets jusqu'à "
     "nouvel ordre. Auparavant, le Comité provincial du Parti avait organisé une conférence pour réorganiser "
     "l'appareil en 2025.", "fr", [("DOC", None, None)]),
    ("Premiärministern bad finansministeriet att ta fram planen. Tidigare hade regeringen genomfört reformen under "
     "2025.", "sv", [("MOF", None, None)]),
    ("Premiärministern bad finansministeriet att ta fram planen. Dessförinnan hade regeringen lovat att reformen "
     "skulle vara klar i december 2025.", "sv", [("MOF", None, None)]),
    # look-alikes: a later sentence giving the task's date keeps it
    ("UBND tỉnh yêu cầu Sở Xây dựng rà soát các dự án. Thời hạn hoàn thành trong năm 2025.", "vi",
     [("DOC", "2025", "in")]),
    ("The Provincial People's Committee asked the Department of Construction to review the projects. The work must be "
     "completed in 2025.", "en", [("DOC", "2025", "in")]),
    ("Le Comité populaire provincial a demandé au Département de la construction d'examiner les projets. Ce travail "
     "doit être achevé en 2025.", "fr", [("DOC", "2025", "in")]),
    ("Premiärministern bad finansministeriet att ta fram planen. Planen ska vara klar i december 2025.", "sv",
     [("MOF", "2025-12", "in")]),
])
def test_a_later_sentence_telling_the_past_dates_no_task(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # fixed: the order's period told after the task
    ("The Provincial People's Committee assigned the Provincial Police to build 200 houses. The implementation period "
     "is from December 1, 2025 to January 31, 2026.", [("PPS", None, None)]),
    ("Of which, the Provincial Police are assigned to build 200 houses; the Department of Construction 110 houses. The "
     "implementation period is from December 1, 2025 to January 31, 2026. Each house costs 170 million VND.",
     [("PPS", None, None)]),
    # look-alikes: a window in the task's own clause, a deadline sentence after it
    ("Localities must submit documents from March 15 to June 30, 2026.", [("PROVINCES", "2026-06-30", "by")]),
    ("The Provincial People's Committee assigned the Provincial Police to build 200 houses. The deadline is January 31, "
     "2026.", [("PPS", "2026-01-31", "by")]),
])
def test_a_window_after_the_task_is_the_orders_period(text, expected):
    assert _rows(text, "en", "2025-12-12") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # fixed: a goal's, the growth's, the capital's, the construction's year
    ("The provincial People's Committee requested localities to focus on implementing the socio-economic development "
     "targets in 2026.", "en", [("CPC", None, None)]),
    ("The provincial People's Committee requested the Department of Finance to promote disbursement of public "
     "investment capital in 2026.", "en", [("DOF", None, None)]),
    ("The provincial People's Committee requested the Department of Finance to advise on growth in 2026.", "en",
     [("DOF", None, None)]),
    ("At the same time, all relevant departments and branches must coordinate closely to ensure the progress of "
     "construction in 2025 and put the project into use before September 2026.", "en",
     [("DEPARTMENTS", "2026-09", "before")]),
    ("Le Comité populaire provincial a demandé aux localités de mettre en œuvre les objectifs en 2026.", "fr",
     [("CPC", None, None)]),
    # look-alikes: a completion verb dates the noun's year; a plan revised in a year is due (frmiss)
    ("The provincial People's Committee requested the Department of Finance to complete the plan in 2026.", "en",
     [("DOF", "2026", "in")]),
    ("The provincial People's Committee requested the Department of Finance to complete the targets in 2026.", "en",
     [("DOF", "2026", "in")]),
    ("Le Comité populaire provincial a demandé au Département des finances d'achever le plan en 2026.", "fr",
     [("DOF", "2026", "in")]),
    ("Le Comité populaire provincial a demandé au Département des finances d'achever les objectifs en 2026.", "fr",
     [("DOF", "2026", "in")]),
    # Vietnamese (goal_markers) and Swedish already read a goal's year as none
    ("UBND tỉnh giao Sở Kế hoạch và Đầu tư thực hiện các mục tiêu phát triển kinh tế - xã hội năm 2026.", "vi",
     [("DPI", None, None)]),
    ("Premiärministern bad finansministeriet att genomföra målen för 2026.", "sv", [("MOF", None, None)]),
])
def test_a_goals_year_is_no_deadline(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # fixed: the hour in words
    ("La lettre officielle demande aux présidents des comités populaires des communes d'évacuer les habitants avant 12 "
     "heures le 6 novembre 2025.", "fr", [("CPC", "2025-11-06", "before")]),
    ("La lettre officielle demande aux présidents des comités populaires des communes d'évacuer les habitants. Délai "
     "d'achèvement avant 12 heures le 6 novembre 2025.", "fr", [("CPC", "2025-11-06", "before")]),
    ("The official letter requested the chairmen of the commune People's Committees to evacuate residents before 12 "
     "noon on November 6, 2025.", "en", [("CPC", "2025-11-06", "before")]),
    # look-alikes: the hour in figures (rounds 17, 20), an hour with no day (no date)
    ("La lettre officielle demande aux présidents des comités populaires des communes d'évacuer les habitants avant 10 h "
     "le 6 novembre 2025.", "fr", [("CPC", "2025-11-06", "before")]),
    ("La lettre officielle demande aux présidents des comités populaires des communes d'évacuer les habitants avant 12 "
     "heures.", "fr", [("CPC", None, None)]),
    ("The official letter requested the chairmen of the commune People's Committees to evacuate residents before 10 "
     "a.m. on November 6, 2025.", "en", [("CPC", "2025-11-06", "before")]),
    ("Công văn yêu cầu Chủ tịch UBND các xã, phường sơ tán người dân. Thời hạn hoàn thành trước 12 giờ ngày 6/11/2025.",
     "vi", [("CPC", "2025-11-06", "before")]),
])
def test_an_hour_in_words_before_the_day(text, lang, expected):
    assert _rows(text, lang, "2025-11") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # guards of the classes already right: the item's tail, the next sentence's completion
    ("UBND tỉnh giao Sở Tài chính xây dựng kế hoạch phân bổ vốn, hoàn thành trước ngày 30/6/2026.", "vi",
     [("DOF", "2026-06-30", "before")]),
    ("UBND tỉnh giao Sở Tài chính xây dựng kế hoạch phân bổ vốn. Hoàn thành trước ngày 30/6/2026.", "vi",
     [("DOF", "2026-06-30", "before")]),
    ("UBND tỉnh giao Sở Xây dựng rà soát các dự án, xong trước 31/12/2025.", "vi", [("DOC", "2025-12-31", "before")]),
    ("The provincial People's Committee assigned the Department of Finance to draft the allocation plan; to be "
     "completed before June 30, 2026.", "en", [("DOF", "2026-06-30", "before")]),
    ("Le Comité populaire provincial a demandé au Département des finances d'élaborer le plan, à achever avant le 30 "
     "juin 2026.", "fr", [("DOF", "2026-06-30", "before")]),
    ("Premiärministern bad finansministeriet att ta fram planen. Arbetet ska vara klart senast den 30 juni 2026.", "sv",
     [("MOF", "2026-06-30", "by")]),
    # quarters; a half-year has no value in CONTRACTS' forms
    ("UBND tỉnh yêu cầu Sở Y tế hoàn thành việc sắp xếp trong quý IV/2025.", "vi", [("DOH", "2025-Q4", "in")]),
    ("UBND tỉnh yêu cầu Sở Y tế hoàn thành việc sắp xếp trong 6 tháng đầu năm 2026.", "vi", [("DOH", None, None)]),
    ("The provincial People's Committee requested the Department of Health to complete the rearrangement in the first "
     "quarter of 2026.", "en", [("DOH", "2026-Q1", "in")]),
    ("Le Comité populaire provincial a demandé au Département de la santé d'achever la réorganisation au premier "
     "trimestre 2026.", "fr", [("DOH", "2026-Q1", "in")]),
    ("Premiärministern bad finansministeriet att genomföra omorganisationen under första kvartalet 2026.", "sv",
     [("MOF", "2026-Q1", "in")]),
    # the Lunar New Year with no day is no date (round 24's gold)
    ("UBND tỉnh yêu cầu Sở Công Thương bảo đảm hàng hóa trước Tết Nguyên đán.", "vi", [("DOIT", None, None)]),
    ("The provincial People's Committee requested the Department of Industry and Trade to ensure supplies before the "
     "Lunar New Year.", "en", [("DOIT", None, None)]),
    ("Le Comité populaire provincial a demandé au Département de l'industrie et du commerce d'assurer "
     "l'approvisionnement avant le Nouvel An lunaire.", "fr", [("DOIT", None, None)]),
    # a day of every month recurs: no date
    ("UBND tỉnh yêu cầu Sở Nội vụ báo cáo kết quả trước ngày 15 hằng tháng.", "vi", [("DOHA", None, None)]),
    ("The provincial People's Committee requested the Department of Home Affairs to report the results before the 15th "
     "of every month.", "en", [("DOHA", None, None)]),
    ("Le Comité populaire provincial a demandé au Département de l'intérieur de faire rapport avant le 15 de chaque "
     "mois.", "fr", [("DOHA", None, None)]),
    # no later than
    ("UBND tỉnh yêu cầu Sở Nội vụ báo cáo kết quả chậm nhất ngày 20/12/2025.", "vi", [("DOHA", "2025-12-20", "by")]),
    ("The provincial People's Committee requested the Department of Home Affairs to report the results no later than "
     "December 20, 2025.", "en", [("DOHA", "2025-12-20", "by")]),
    ("Le Comité populaire provincial a demandé au Département de l'intérieur de faire rapport au plus tard le 20 "
     "décembre 2025.", "fr", [("DOHA", "2025-12-20", "by")]),
    ("Premiärministern bad finansministeriet att rapportera senast den 15 november.", "sv", [("MOF", "2025-11-15", "by")]),
    ("Le Comité populaire provincial a demandé au Département de la santé d'achever la réorganisation d'ici fin "
     "décembre 2025.", "fr", [("DOH", "2025-12", "by")]),
    # one body's dated task, the next body's undated one
    ("UBND tỉnh yêu cầu Sở Tài chính tham mưu, báo cáo UBND tỉnh trước ngày 10/11/2025; Sở Xây dựng rà soát quy hoạch.",
     "vi", [("DOF", "2025-11-10", "before"), ("DOC", None, None)]),
    ("Le Comité populaire provincial a demandé au Département des finances de faire rapport avant le 10 novembre 2025 ; "
     "au Département de la construction d'examiner la planification.", "fr",
     [("DOF", "2025-11-10", "before"), ("DOC", None, None)]),
])
def test_deadline_classes_held(text, lang, expected):
    assert _rows(text, lang) == expected
