"""Round 20's open classes of French assignments, fixed after its first fixes (README "Round 20, assignments fr: open
classes (not blind)"): fr ``grammar.json`` (``provinces_counted_then_named``, ``participle_agreement_slips``,
``advice_verbs``, ``localities_of_a_province``) read by ``extract.assign.extractor`` and ``extract.assign.cues``. New
sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from extract.assign.deadlines import text_date
from tests.assign_cases import dated, found


@pytest.mark.parametrize("text, expected", [
    # provinces counted, then named in the next sentence: each its committee, asked together
    ("Le ministre de l'Agriculture et du Développement rural a exhorté trois provinces du Centre à élaborer un plan. Il s'est rendu du 2 au 4 "
     "mai dans les provinces de Quang Binh, Quang Tri et Ha Tinh pour évaluer les dégâts.",
     [("PPC@44", "assignee", "MARD"), ("PPC@45", "assignee", "MARD"), ("PPC@42", "assignee", "MARD")]),
    # named after a colon closing the same sentence
    ("Le Premier ministre a demandé à deux provinces de reloger les sinistrés : Quang Binh et Quang Tri.",
     [("PPC@44", "assignee", "PM"), ("PPC@45", "assignee", "PM")]),
    # look-alikes: fewer provinces named than counted stays the collective; a count not asked gives no row; the
    # names right after the noun are the bodies themselves (round 19b), read once
    ("Le Premier ministre a demandé à trois provinces de reloger les sinistrés. Il s'est rendu dans les provinces de "
     "Quang Binh et de Quang Tri.", [("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a visité trois provinces. Il s'est rendu dans les provinces de Quang Binh, de Quang Tri et "
     "de Ha Tinh.", []),
    ("Le Premier ministre a demandé aux présidents des trois provinces de Nghe An, Son La et Dien Bien de recenser "
     "les sinistrés.", [("PPC@40", "assignee", "PM"), ("PPC@14", "assignee", "PM"), ("PPC@11", "assignee", "PM")]),
])
def test_provinces_counted_then_named(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # an assigning participle agreeing by a slip with the bodies after it
    ("Le ministre s'est rendu dans les provinces de Hau Giang, Tra Vinh et Long An. Le ministère de la Santé a "
     "appelée ces provinces à proposer des solutions.",
     [("PPC@93", "assignee", "MOH"), ("PPC@84", "assignee", "MOH"), ("PPC@80", "assignee", "MOH")]),
    ("Le Premier ministre a exhortée les autorités de la province de Nghe An à accélérer les travaux.",
     [("PPC@40", "assignee", "PM")]),
    ("Le Premier ministre a appelées les provinces de Quang Binh et de Quang Tri à reloger les sinistrés.",
     [("PPC@44", "assignee", "PM"), ("PPC@45", "assignee", "PM")]),
    # look-alikes: the object before the verb agrees rightly (nothing asked after it); another verb's letters
    ("Les provinces de Quang Binh et de Quang Tri, que le Premier ministre a appelées à reloger les sinistrés, ont "
     "achevé les travaux.", []),
    ("Le Premier ministre a rappelée la province de Quang Binh à reloger les sinistrés.", []),
])
def test_a_participle_agreeing_by_a_slip(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a department's advice to the committee it works for: no row
    ("Le Comité populaire provincial a demandé au Département de la construction d'examiner les maisons ; il a "
     "également conseillé au Comité populaire provincial d'organiser un programme.", [("DOC", "assignee", "PPC")]),
    ("Le Comité populaire de la province de Nghe An a demandé au Département des finances de vérifier les données. "
     "Le département a conseillé au Comité populaire provincial de débloquer un fonds.",
     [("DOF@40", "assignee", "PPC@40")]),
    # look-alikes: the Prime Minister's advice to a province is a request; advice to a department too
    ("Le Premier ministre a conseillé au Comité populaire de la ville de Hanoï d'organiser un programme.",
     [("PPC@01", "assignee", "PM")]),
])
def test_a_departments_advice_to_its_committee(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, published, expected", [
    # the local governments a province's department works with: the province's communes after the districts'
    # end (July 2025), its districts before
    ("Le président du Comité populaire provincial a demandé au Service des finances de vérifier les données. Le "
     "ministère de la Construction est chargé de coordonner avec les collectivités locales l'examen des maisons.",
     "2025-11-20", [("DOF", None, None), ("DOC", None, None), ("CPC", None, None)]),
    ("Le président du Comité populaire provincial a demandé au Service des finances de vérifier les données. Le "
     "ministère de la Construction est chargé de coordonner avec les collectivités locales l'examen des maisons.",
     "2024-11-20", [("DOF", None, None), ("DOC", None, None), ("DPC", None, None)]),
    # look-alike: the Prime Minister's partner `collectivités locales` stays the provinces
    ("Le Premier ministre a demandé au ministère de la Construction de coordonner avec les collectivités locales "
     "l'examen des maisons.", "2025-11-20", [("MOC", None, None), ("PROVINCES", None, None)]),
])
def test_local_governments_as_a_provinces_partner(text, published, expected):
    assert dated(text, "fr", published) == expected


@pytest.mark.parametrize("text, expected", [
    # a deputy minister's bare title asks for the ministry named before, after a phrase fronted before it
    ("Le vice-ministre de l'Agriculture et du Développement rural a visité les provinces de Hau Giang, Tra Vinh et "
     "Long An. Lors d'une conférence tenue le 17 août, le vice-ministre a appelé ces provinces à proposer des "
     "solutions.", [("PPC@93", "assignee", "MARD"), ("PPC@84", "assignee", "MARD"), ("PPC@80", "assignee", "MARD")]),
    ("Le ministre de la Santé a visité la province de Nghe An. Lors d'une réunion tenue le 17 août, le ministre a "
     "demandé à la province de Nghe An de renforcer la prévention.", [("PPC@40", "assignee", "MOH")]),
    # look-alike: another head after the fronted phrase asks for his own body
    ("Le ministre de la Santé a visité la province de Nghe An. Lors d'une réunion tenue le 17 août, le président du "
     "Comité populaire provincial a demandé aux localités de proposer des solutions.",
     [("DPC@40", "assignee", "PPC@40")]),
])
def test_a_heads_title_after_a_fronted_phrase(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the last province of a list asked by a verb, an aside saying where the provinces lie before the task
    ("Le Premier ministre a recommandé aux provinces de Soc Trang, Bac Lieu et Ca Mau, dans le delta du Mékong, de "
     "protéger les digues.", [("PPC@94", "assignee", "PM"), ("PPC@95", "assignee", "PM"), ("PPC@96", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux provinces de Quang Binh et de Quang Tri, dans le Centre, de reloger les "
     "sinistrés.", [("PPC@44", "assignee", "PM"), ("PPC@45", "assignee", "PM")]),
    # look-alike: provinces visited, not asked, with the same aside
    ("Le Premier ministre a visité les provinces de Quang Binh et de Quang Tri, dans le Centre, pour reloger les "
     "sinistrés.", []),
])
def test_a_place_aside_after_the_last_province(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a district's committee named with its district's name, the subject of a passive or a duty cue
    ("Le Comité populaire du district de Thanh Chuong est prié de prendre rapidement des mesures.",
     [("DPC@40", "assignee", None)]),
    ("Le Comité populaire de la province de Nghe An a demandé au Comité populaire du district de Thanh Chuong de "
     "vérifier. Le Comité populaire du district de Thanh Chuong est prié de prendre rapidement des mesures.",
     [("DPC@40", "assignee", "PPC@40"), ("DPC@40", "assignee", "PPC@40")]),
    ("Le Comité populaire du district de Tay Son est chargé de recenser les maisons.", [("DPC@52", "assignee", None)]),
    # look-alike: the committee named with its name, reporting a fact
    ("Le Comité populaire du district de Thanh Chuong a reçu le rapport du journal.", []),
])
def test_a_named_districts_committee_as_a_subject(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a first-person request in a quote
    ("« Nous demandons aux comités populaires des provinces de Binh Dinh et de Phu Yen d'expliquer le projet », a "
     "indiqué le vice-Premier ministre.", [("PPC@52", "assignee", None), ("PPC@54", "assignee", None)]),
    ("« Nous demandons par ailleurs au ministère des Transports d'accélérer les travaux », a déclaré le ministre.",
     [("MOT", "assignee", None)]),
    # look-alikes: a first-person wish with no body asked; the third person of a report
    ("« Nous demandons que les travaux soient accélérés », a déclaré le ministre.", []),
    ("Les habitants nous demandent des nouvelles du ministère des Transports.", []),
])
def test_a_first_person_request(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the month of a deadline's day is no date of its own: an undated text is not dated by its deadline
    ("Le Comité populaire provincial a demandé au Service de la construction de finir les travaux avant le 15 "
     "janvier 2026.", None),
    ("Le 1er décembre 2025, le Comité populaire provincial a demandé au Service de la construction de finir les "
     "travaux avant le 15 janvier 2026.", "2025-12-01"),
    # look-alike: the same day with no qualifier is the text's date, its day kept
    ("Le Comité populaire provincial a reçu le rapport du Service de la construction le 15 janvier 2026.",
     "2026-01-15"),
])
def test_the_text_date_of_an_undated_page(text, expected):
    assert text_date(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a task under a condition between a task and its report: the report's date is the task's before the condition
    ("Le président du Comité populaire de la province de Nghe An a chargé le président du Comité populaire du district "
     "de Thanh Chuong d'enquêter sur l'incident. Si le rapport confirme les faits, le Comité populaire du district de "
     "Thanh Chuong est prié de prendre des mesures. Les résultats de cette enquête seront communiqués au Comité "
     "populaire provincial avant le 6 mars 2012.", [("DPC@40", "2012-03-06", "before"), ("DPC@40", None, None)]),
    # look-alike: with no condition, the task right before the report keeps its date
    ("Le président du Comité populaire de la province de Nghe An a chargé le président du Comité populaire du district "
     "de Thanh Chuong d'enquêter sur l'incident. Le Comité populaire du district de Thanh Chuong est prié de prendre "
     "des mesures. Les résultats du traitement seront communiqués au Comité populaire provincial avant le 6 mars "
     "2012.", [("DPC@40", None, None), ("DPC@40", "2012-03-06", "before")]),
])
def test_a_conditional_task_before_the_report(text, expected):
    assert dated(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a later request to a party outside the table ends the task before: its date is that party's
    ("Le vice-Premier ministre a demandé aux organes compétents de la province de Yen Bai d'assurer l'ordre. M. Nguyen "
     "Xuan Phuc, également chef du Comité de pilotage du Nord-Ouest, a demandé à ce dernier de se concentrer en 2015 "
     "sur la restructuration économique.", [("DEPARTMENTS@15", None, None)]),
    # look-alike: a later sentence giving the task's time with no request keeps it the task's
    ("Le vice-Premier ministre a demandé aux organes compétents de la province de Yen Bai d'assurer l'ordre. Ce "
     "travail doit être achevé en 2015.", [("DEPARTMENTS@15", "2015", "in")]),
])
def test_a_later_request_outside_the_table(text, expected):
    assert dated(text, "fr") == expected
