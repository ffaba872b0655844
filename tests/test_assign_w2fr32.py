"""Round 32's French open classes (second wave; not blind): new sentences, not the pages' text, with look-alikes
that must not fire (docs/quality.md, `### Round 32's French open classes (assignments, not blind)`)."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-04-10")


@pytest.mark.parametrize("text, lang, expected", [
    # a second town after the first town's committee, its committee written once (read once the first is placed)
    ("Le Comité populaire de la province de Hai Duong a demandé au Comité populaire de la ville de Chi Linh et de la "
     "ville de Kinh Mon de renforcer la surveillance des forêts.", "fr",
     [("DPC@30", "assignee", "PPC@30", None)] * 2),
    # a town, then districts listed after a plural level word: a committee each (round 19's rule)
    ("Le Comité populaire de la province de Quang Nam a chargé le Comité populaire de la ville de Hoi An et des "
     "districts de Duy Xuyen et de Dai Loc de dégager les routes inondées.", "fr",
     [("DPC@49", "assignee", "PPC@49", None)] * 3),
    ("Le Comité populaire de la province de Binh Dinh a demandé au Comité populaire de la ville de Quy Nhon, des "
     "districts de Tuy Phuoc et de Phu Cat d'achever l'indemnisation.", "fr",
     [("DPC@52", "assignee", "PPC@52", None)] * 3),
    # a commune after a town: its own level word says its body
    ("Le Comité populaire de la province de Ninh Thuan a demandé au Comité populaire de la ville de Phan Rang et de la "
     "commune de Phuoc Dinh de nettoyer les plages.", "fr",
     [("DPC@58", "assignee", "PPC@58", None), ("CPC@58", "assignee", "PPC@58", None)]),
])
def test_units_after_a_placed_towns_committee_are_a_committee_each(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # one town, the districts after it are places of its task, not bodies
    ("Le Comité populaire de la province de Hai Duong a demandé au Comité populaire de la ville de Chi Linh de "
     "surveiller les forêts proches des districts de Thanh Ha et de Kim Thanh.", "fr",
     [("DPC@30", "assignee", "PPC@30", None)]),
    # a town's roads named after its committee's task: no second committee
    ("Le Comité populaire de la province de Quang Nam a demandé au Comité populaire de la ville de Tam Ky de réparer "
     "les routes de la ville de Hoi An.", "fr", [("DPC@49", "assignee", "PPC@49", None)]),
])
def test_places_after_a_towns_task_stay_places(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a passive request with no asker: the one body that issued or signed the document the text reports
    ("Le ministre de la Santé vient de signer une décision créant cinq équipes d'inspection. Les localités ont été "
     "priées de préparer leurs rapports avant le 30 juin 2025.", "fr", [("PROVINCES", "assignee", "MOH", "2025-06-30")]),
    ("Le ministère de l'Intérieur a publié une circulaire sur les archives. Les comités populaires des provinces sont "
     "tenus de vérifier leurs fonds d'archives.", "fr", [("PROVINCES", "assignee", "MOHA", None)]),
])
def test_a_passive_request_with_no_asker_is_the_texts_one_issuers(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a body that only says, or two issuers: no asker
    ("Le ministère de la Santé a indiqué que cinq équipes seraient créées. Les localités ont été priées de préparer "
     "leurs rapports.", "fr", [("PROVINCES", "assignee", None, None)]),
    ("Le ministère de la Santé et le ministère des Finances ont signé une circulaire conjointe. Les localités ont été "
     "priées de préparer leurs rapports.", "fr", [("PROVINCES", "assignee", None, None)]),
])
def test_a_passive_request_without_one_issuer_has_no_asker(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # 'lui': the one body the sentence before names, asked by the verb after the pronoun
    ("Le vice-Premier ministre a travaillé hier avec le Comité populaire de la province de Lao Cai sur la "
     "reconstruction. Il lui a demandé d'achever le relogement des habitants avant le 31 décembre 2025.", "fr",
     [("PPC@10", "assignee", "DPM", "2025-12-31")]),
    # several bodies before: the singular pronoun stands for the last one named
    ("La délégation du ministère de la Construction a inspecté les travaux du Département des transports de la "
     "province de Nghe An. Le vice-ministre lui a demandé d'accélérer le chantier.", "fr",
     [("DOT@40", "assignee", "MOC", None)]),
    # look-alikes: 'lui' before a verb that asks nothing, and a person (no body) before it
    ("Le vice-Premier ministre a travaillé hier avec le Comité populaire de la province de Lao Cai. Il lui a rendu "
     "hommage pour ses efforts.", "fr", []),
    ("Le Premier ministre a reçu l'ambassadeur du Japon. Il lui a demandé de transmettre ses salutations.", "fr", []),
])
def test_lui_before_an_asking_verb_stands_for_the_last_body_named(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an addressee outside the table in the middle of a list: the list goes on past it
    ("Le président du Comité populaire de la province de Son La demande aux directeurs des départements, au "
     "Commandement militaire provincial pour la protection des forêts, ainsi qu'aux présidents des comités "
     "populaires des districts et des villes, de renforcer les patrouilles.", "fr",
     [("DEPARTMENTS@14", "assignee", "PPC@14", None), ("DPC@14", "assignee", "PPC@14", None)]),
    # look-alike: a time phrase between commas is no addressee; the list before it is read as before
    ("Le président du Comité populaire de la province de Son La demande aux directeurs des départements, au cours de "
     "la saison sèche, de renforcer les patrouilles.", "fr", [("DEPARTMENTS@14", "assignee", "PPC@14", None)]),
])
def test_an_addressee_outside_the_table_inside_a_list_does_not_end_it(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # 'Ils doivent' opening a sentence: the bodies the sentence before tasks, each given the second task
    ("Le président du Comité populaire provincial de Thanh Hoa a signé une dépêche. Les départements et les comités "
     "populaires des communes doivent superviser les terrains. Ils doivent veiller à l'achèvement du réaménagement.",
     "fr", [("DEPARTMENTS@38", "assignee", "PPC@38", None), ("CPC@38", "assignee", "PPC@38", None)] * 2),
    ("Le président du Comité populaire provincial de Thanh Hoa a demandé aux départements de réviser les logements. "
     "Ils devront achever le réaménagement avant le 31 décembre 2025.", "fr",
     [("DEPARTMENTS@38", "assignee", "PPC@38", None), ("DEPARTMENTS@38", "assignee", "PPC@38", "2025-12-31")]),
    # look-alike: people named before, no body tasked: the pronoun is theirs
    ("Le président du Comité populaire provincial de Thanh Hoa a rencontré les habitants de la commune. Ils doivent "
     "quitter les zones dangereuses.", "fr", []),
])
def test_ils_doivent_repeats_the_bodies_tasked_in_the_sentence_before(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a subject list ending in units outside the table, then ', ainsi que' and committees: one list, each tasked
    ("Le président du Comité populaire provincial de Nghe An a signé une dépêche. Les départements, secteurs et unités "
     "provinciales, ainsi que les comités populaires des communes, selon leurs fonctions, doivent inspecter les digues.",
     "fr", [("DEPARTMENTS@40", "assignee", "PPC@40", None), ("CPC@40", "assignee", "PPC@40", None)]),
    ("Le président du Comité populaire provincial de Nghe An a signé une dépêche. Les départements, ainsi que les "
     "comités populaires des districts doivent inspecter les digues.", "fr",
     [("DEPARTMENTS@40", "assignee", "PPC@40", None), ("DPC@40", "assignee", "PPC@40", None)]),
    # look-alike: the provincial units alone are no body of the table
    ("Le président du Comité populaire provincial de Nghe An a signé une dépêche. Les unités provinciales doivent "
     "inspecter les digues.", "fr", []),
])
def test_a_subject_list_goes_on_past_units_and_ainsi_que(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # Vietnamese: towns named after one plural level word, a committee each (as 'UBND các huyện A, B' is read)
    ("UBND tỉnh Hải Dương yêu cầu UBND các thành phố Chí Linh, Kinh Môn tăng cường tuần tra rừng.", "vi",
     [("DPC@30", "assignee", "PPC@30", None)] * 2),
    ("UBND tỉnh Quảng Ninh yêu cầu UBND các thị xã Đông Triều và Quảng Yên kiểm tra đê điều.", "vi",
     [("DPC@22", "assignee", "PPC@22", None)] * 2),
    # look-alikes: centrally-run cities are provinces, not towns; no names after the plural
    ("Thủ tướng yêu cầu UBND các thành phố Hà Nội, Hồ Chí Minh tăng cường kiểm tra.", "vi", []),
    ("Thủ tướng yêu cầu UBND các thành phố trực thuộc Trung ương tăng cường kiểm tra.", "vi", []),
])
def test_vietnamese_towns_after_one_plural_level_word(text, lang, expected):
    assert _rows(text, lang) == expected


def test_units_after_a_town_in_a_language_without_grammar_read_nothing():
    # a page whose language is undetermined ("und", no grammar file) reads the fallback's grammar, never a missing
    # file (tests/test_properties.py found it on arbitrary text)
    from extract.assign.mentions import _units_listed_after_plural_level, units_after_placed_town
    text = "au Comité populaire de la ville de Chi Linh et de la ville de Kinh Mon"
    assert units_after_placed_town(text, [], "und") == []
    assert _units_listed_after_plural_level("Les comités populaires des quartiers de A, B et de la commune de C", "und") == []
