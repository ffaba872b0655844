"""Deadline classes from the dated rows of rounds 29 to 31 (issue #13, helper w2dates31, not blind): a quarter written
without its year (vi `quý IV`, fr `au quatrième trimestre`, as en `the fourth quarter` and sv `det fjärde kvartalet`
already read), en `no later than the end of …`, sv `till och med den …`, and sv's completion after a step's date
(`… i november och slutföra den före den 20 december`, as vi/en/fr's round 31b). New sentences, with look-alikes that
must keep their reading."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")

FIXED = [
    # a quarter without its year: the text's year
    ("vi", "UBND tỉnh giao Sở Xây dựng kiểm tra các công trình, hoàn thành trong quý IV.",
     [("DOC", "assignee", "PPC", "2025-Q4")]),
    ("vi", "UBND tỉnh yêu cầu Sở Y tế tổng kết chiến dịch tiêm chủng trong quý 4.",
     [("DOH", "assignee", "PPC", "2025-Q4")]),
    ("vi", "Chủ tịch UBND tỉnh giao Sở Công Thương trình đề án chậm nhất trong quý III năm nay.",
     [("DOIT", "assignee", "PPC", "2025-Q3")]),
    ("fr", "Le Comité populaire provincial a chargé le Département de la construction d'inspecter les ponts au quatrième trimestre.",
     [("DOC", "assignee", "PPC", "2025-Q4")]),
    ("fr", "Le Comité populaire provincial demande au Département de la santé de dresser le bilan au cours du troisième trimestre de cette année.",
     [("DOH", "assignee", "PPC", "2025-Q3")]),
    # en: no later than the end of a month
    ("en", "The Provincial People's Committee asked the Department of Construction to inspect the bridges no later than the end of November.",
     [("DOC", "assignee", "PPC", "2025-11")]),
    ("en", "The Provincial People's Committee instructed the Department of Health to submit the plan not later than the end of December.",
     [("DOH", "assignee", "PPC", "2025-12")]),
    # sv: till och med den …
    ("sv", "Provinsens folkkommitté gav finansdepartementet i uppdrag att inspektera broarna till och med den 15 december.",
     [("MOF", "assignee", "PPC", "2025-12-15")]),
    # sv: a step's date, then the completion's
    ("sv", "Provinsens folkkommitté gav finansdepartementet i uppdrag att påbörja inspektionen i november och slutföra den före den 20 december 2025.",
     [("MOF", "assignee", "PPC", "2025-12-20")]),
    ("sv", "Provinsens folkkommitté gav finansdepartementet i uppdrag att inleda kampanjen i oktober och vara klar senast den 30 november.",
     [("MOF", "assignee", "PPC", "2025-11-30")]),
]

LOOK_ALIKES = [
    # a quarter with its own year keeps that year
    ("vi", "UBND tỉnh giao Sở Xây dựng kiểm tra các công trình, hoàn thành trong quý IV/2026.",
     [("DOC", "assignee", "PPC", "2026-Q4")]),
    ("vi", "UBND tỉnh giao Sở Xây dựng kiểm tra các công trình, hoàn thành trong quý I năm 2026.",
     [("DOC", "assignee", "PPC", "2026-Q1")]),
    ("fr", "Le Comité populaire provincial a chargé le Département de la construction d'inspecter les ponts au quatrième trimestre 2026.",
     [("DOC", "assignee", "PPC", "2026-Q4")]),
    # a month's end not named: no date
    ("en", "The Provincial People's Committee asked the Department of Construction to inspect the bridges no later than the end of the rainy season.",
     [("DOC", "assignee", "PPC", None)]),
    # sv: the start of a period is no deadline
    ("sv", "Provinsens folkkommitté gav finansdepartementet i uppdrag att inspektera broarna från och med den 15 december.",
     [("MOF", "assignee", "PPC", None)]),
    # sv: a second task with its own object keeps the first task's date (as en's 'and finish repairs before …')
    ("sv", "Provinsens folkkommitté gav finansdepartementet i uppdrag att inspektera broarna före den 20 november och slutföra reparationerna av vägarna före den 30 december.",
     [("MOF", "assignee", "PPC", "2025-11-20")]),
]


@pytest.mark.parametrize("lang, text, expected", FIXED + LOOK_ALIKES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(FIXED + LOOK_ALIKES)])
def test_dated_rows(lang, text, expected):
    assert _rows(text, lang) == expected


UNDATED_PAGE = [
    ("vi", "UBND tỉnh giao Sở Xây dựng kiểm tra các công trình, hoàn thành trong quý IV."),
    ("fr", "Le Comité populaire provincial a chargé le Département de la construction d'inspecter les ponts au quatrième trimestre."),
]


@pytest.mark.parametrize("lang, text", UNDATED_PAGE, ids=[c[0] for c in UNDATED_PAGE])
def test_a_yearless_quarter_on_an_undated_page_stays_null(lang, text):
    """The convention for yearless dates on an undated page is unchanged: no year, no deadline."""
    assert [row[3] for row in _rows(text, lang, None)] == [None]


# A page with no date of its own that tells only a period of months from a year's start (round 31b en's open class,
# Quang Ngai's `In the first four months of 2026`): the period's last month dates the page, as a told month does (its
# bodies' scheme, the year of its days written without one); the whole pipeline reads the page, no publication date.
from tests.assign_cases import rows as page_rows  # noqa: E402

PERIOD_DATED = [
    ("en", "In the first five months of 2026, the province disbursed 31% of its capital.\n"
           "The Provincial People's Committee requested localities to speed up the disbursement.",
     [("CPC", "assignee", "PPC", None, None)]),
    ("fr", "Au cours des cinq premiers mois de 2026, la province a décaissé 31 % du capital.\n"
           "Le Comité populaire provincial a demandé aux localités d'accélérer le décaissement.",
     [("CPC", "assignee", "PPC", None, None)]),
    ("en", "In the first half of 2026, the city completed 12 of its 40 key projects.\n"
           "The City People's Committee asked the Department of Construction to hand over the sites before August 15.",
     [("DOC", "assignee", "PPC", "2026-08-15", "before")]),
    ("vi", "Trong 5 tháng đầu năm 2026, toàn tỉnh đã giải ngân được 31% kế hoạch vốn.\n"
           "UBND tỉnh yêu cầu Sở Xây dựng bàn giao mặt bằng trước ngày 15/8.",
     [("DOC", "assignee", "PPC", "2026-08-15", "before")]),
    ("fr", "Au premier semestre 2026, la ville a achevé 12 de ses 40 projets clés.\n"
           "Le Comité populaire municipal a demandé au Département de la construction de remettre les sites avant le 15 août.",
     [("DOC", "assignee", "PPC", "2026-08-15", "before")]),
    ("sv", "Under de fem första månaderna 2026 betalade provinsen ut 31 procent av kapitalet.\n"
           "Provinsens folkkommitté gav finansdepartementet i uppdrag att granska projekten före den 15 augusti.",
     [("MOF", "assignee", "PPC", "2026-08-15", "before")]),
]

PERIOD_LOOK_ALIKES = [
    # a day with a year dates the page, not the period it compares with
    ("vi", "Ngày 20/5/2025, toàn tỉnh đã giải ngân được 31% kế hoạch vốn, cao hơn 5 tháng đầu năm 2024.\n"
           "UBND tỉnh yêu cầu Sở Xây dựng bàn giao mặt bằng trước ngày 15/8.",
     [("DOC", "assignee", "PPC", "2025-08-15", "before")]),
    # a bare year is no period of months: the undated-page rule stands (no date for a day without its year)
    ("en", "In 2026, the city plans to complete 12 of its 40 key projects.\n"
           "The City People's Committee asked the Department of Construction to hand over the sites before August 15.",
     [("DOC", "assignee", "PPC", None, None)]),
]


@pytest.mark.parametrize("lang, text, expected", PERIOD_DATED + PERIOD_LOOK_ALIKES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(PERIOD_DATED + PERIOD_LOOK_ALIKES)])
def test_a_page_dated_by_a_period_it_tells(lang, text, expected):
    assert page_rows(text, lang) == expected
