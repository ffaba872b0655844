"""Round 27b's error classes of French assignments (docs/quality.md "Round 27b (blind, real public pages): assignments
fr"), fixed in the data named in each test. New sentences written for these tests, one literal case a line, with the
look-alikes that must stay as they were and the same class in the other languages where it exists."""
from __future__ import annotations

import pytest
from tests.assign_cases import rows_reader


_rows = rows_reader(published="2025-10-05")


@pytest.mark.parametrize("text, lang, expected", [
    # a decision's item handing a task in the infinitive, the machine translation of "Giao …" (fr cues.json
    # assign_before "confier au", "confier aux", "confier à"), as round 27's "Demander au …"
    ("Le vice-président du Comité populaire de la ville de Hanoï a signé la décision. Dans le même temps, confier au "
     "Comité populaire de la commune de Suoi Hai la mise en œuvre des mesures.", "fr",
     [("CPC@01", "assignee", "PPC@01", None)]),
    ("Le Premier ministre a signé la dépêche. Confier aux comités populaires des provinces la surveillance des "
     "digues.", "fr", [("PROVINCES", "assignee", "PM", None)]),
    ("Le Premier ministre a signé la dépêche. Confier à la Banque d'État du Vietnam le suivi des taux.", "fr",
     [("SBV", "assignee", "PM", None)]),
    # the same class in English and Vietnamese was read already
    ("The Vice Chairman of Hanoi People's Committee signed the decision. At the same time, assign the People's "
     "Committee of Suoi Hai commune to implement the measures.", "en", [("CPC@01", "assignee", "PPC@01", None)]),
    ("Phó Chủ tịch UBND thành phố Hà Nội ký quyết định. Đồng thời, giao UBND xã Suối Hai triển khai các biện pháp.",
     "vi", [("CPC@01", "assignee", "PPC@01", None)]),
    # look-alike: the public is no body of the table
    ("Il est difficile de confier au public la surveillance des digues.", "fr", []),
])
def test_a_task_handed_in_the_infinitive(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a body "ordered to" act, the passive of a dispatch (fr cues.json subject_strong "est ordonné de", "est ordonnée
    # de", "sont ordonnés de")
    ("La dépêche est envoyée aux ministères. Le président du Comité populaire de la province de Quang Ninh est ordonné "
     "de régler rapidement les conséquences des incendies.", "fr", [("PPC@22", "assignee", None, None)]),
    ("Le Premier ministre a signé la dépêche. Les présidents des comités populaires des provinces sont ordonnés de "
     "renforcer la prévention.", "fr", [("PROVINCES", "assignee", "PM", None)]),
    ("Le vice-Premier ministre a signé la dépêche. La Banque d'État du Vietnam est ordonnée de stabiliser les taux.",
     "fr", [("SBV", "assignee", "DPM", None)]),
    # the same class in English was read already
    ("The dispatch was sent to ministries. The Chairman of Quang Ninh Provincial People's Committee is ordered to "
     "promptly overcome the consequences of the forest fires.", "en", [("PPC@22", "assignee", None, None)]),
    # look-alike: an impersonal order names no body
    ("Le Premier ministre a signé la dépêche. Il est ordonné de fermer les écoles.", "fr", []),
])
def test_a_body_ordered_to_act(text, lang, expected):
    assert _rows(text, lang) == expected
