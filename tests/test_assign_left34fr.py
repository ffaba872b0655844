"""Stop 41's left classes, French first (issue #13; helper left34fr, not blind): the classes the closing note of stop
41 and docs/quality.md's `### Round 33, assignments fr after the fixes`, `### Round 33b, …` and `### Stop 40's left
classes, French` left open, each with new sentences (none copied from the pages) and look-alikes that must not fire, in
every language where the class exists."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")

_VISIT = "Le Premier ministre s'est rendu samedi dans le Centre. "
_VISIT_EN = "The Prime Minister visited the central region on Saturday. "


@pytest.mark.parametrize("text, lang, expected", [
    # the authorities a speaker works with, named after `avec` / `with`, are the province's committee the object
    # pronoun after them stands for (grammar.json pronoun_requests' authorities_met; fronted_openers)
    (_VISIT + "Lors de la séance de travail avec les autorités de la province de Quang Ngai, le Premier ministre leur "
     "a demandé de renforcer les contrôles.", "fr", [("PPC@51", "assignee", "PM", None)]),
    ("Lors d'une séance de travail avec les autorités de la province de Quang Ngai, le Premier ministre leur a "
     "demandé de renforcer les contrôles.", "fr", [("PPC@51", "assignee", "PM", None)]),
    ("Le Premier ministre a travaillé le 8 mai avec les autorités de Hô Chi Minh-Ville au sujet de la sécurité. Le "
     "chef du gouvernement leur a demandé de renforcer les contrôles.", "fr", [("PPC@79", "assignee", "PM", None)]),
    # a pronoun in the next sentence stands for the same bodies again
    ("Le Premier ministre a travaillé le 8 mai avec les autorités de Hô Chi Minh-Ville au sujet de la sécurité. Le "
     "chef du gouvernement leur a demandé de renforcer les contrôles. Il leur a également demandé d'accélérer les "
     "sanctions.", "fr", [("PPC@79", "assignee", "PM", None), ("PPC@79", "assignee", "PM", None)]),
    (_VISIT_EN + "During the working session with the authorities of Quang Ngai province, the Prime Minister asked "
     "them to strengthen inspections.", "en", [("PPC@51", "assignee", "PM", None)]),
    ("The Prime Minister worked with the authorities of Quang Ngai province on food safety. He asked them to "
     "strengthen inspections.", "en", [("PPC@51", "assignee", "PM", None)]),
    # look-alikes: no request after the meeting, authorities of no named province, a request of bodies asked already
    ("Le Premier ministre a travaillé avec les autorités de la province de Quang Ngai. Il leur a remis des cadeaux.",
     "fr", []),
    ("Le Premier ministre a travaillé avec les autorités de la province. Il leur a demandé de renforcer les contrôles.",
     "fr", []),
    (_VISIT + "Lors de la séance de travail avec les autorités de la province de Quang Ngai, le Premier ministre leur "
     "a remis des cadeaux.", "fr", []),
    ("Le Premier ministre a demandé au ministère de la Santé de contrôler les hôpitaux. Il leur a également demandé "
     "de renforcer les contrôles.", "fr", [("MOH", "assignee", "PM", None)]),
    ("The Prime Minister worked with the authorities of Quang Ngai province on food safety. He gave them gifts.", "en",
     []),
])
def test_pronoun_after_authorities_met(text, lang, expected):
    assert _rows(text, lang) == expected
