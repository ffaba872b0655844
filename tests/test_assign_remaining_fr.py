"""French assignments, the most frequent remaining misses (README "Assignments fr: the remaining misses (not blind)"):
a task's partners set off by commas after its body (fr ``cues.json`` ``parenthetical_openers`` and ``fillers``, fr
``grammar.json`` ``apposition_inner_marks``), read by ``extract.assign.cues``. New sentences written for these tests,
one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found

_DIRECTIVE = "Le Premier ministre a publié une directive. "


@pytest.mark.parametrize("text, expected", [
    # the partners' list keeps its own commas inside the aside; the body before it is the one tasked
    (_DIRECTIVE + "Le ministère de l'Industrie et du Commerce, en collaboration avec d'autres ministères, branches et "
     "localités, doit suivre de près le marché.",
     [("MOIT", "assignee", "PM"), ("MINISTRIES", "coordinate", "PM"), ("PROVINCES", "coordinate", "PM")]),
    (_DIRECTIVE + "Le ministère de la Santé, en concertation avec les ministères, secteurs et localités, est chargé de "
     "réviser les règlements.",
     [("MOH", "assignee", "PM"), ("MINISTRIES", "coordinate", "PM"), ("PROVINCES", "coordinate", "PM")]),
    # the other coordination openers set off by commas
    (_DIRECTIVE + "Le ministère de l'Industrie et du Commerce, en coordination avec le ministère des Finances, doit "
     "suivre les prix.", [("MOIT", "assignee", "PM"), ("MOF", "coordinate", "PM")]),
    (_DIRECTIVE + "Le ministère de la Santé, en étroite collaboration avec le ministère des Finances, doit réviser les "
     "règlements.", [("MOH", "assignee", "PM"), ("MOF", "coordinate", "PM")]),
    # "d'autres", "les autres" before the partners: still partners, not bodies tasked
    (_DIRECTIVE + "Le ministère de la Santé, en collaboration avec les autres ministères, doit suivre les prix.",
     [("MOH", "assignee", "PM"), ("MINISTRIES", "coordinate", "PM")]),
    ("Le Premier ministre a demandé au ministère de la Santé de suivre les prix en coordination avec les autres "
     "ministères et localités.",
     [("MOH", "assignee", "PM"), ("MINISTRIES", "coordinate", "PM"), ("PROVINCES", "coordinate", "PM")]),
    # "aux autres ministères" asked together with a ministry: tasked too (the filler read them, lost before)
    ("Le Premier ministre a demandé au ministère de la Santé et aux autres ministères de suivre les prix.",
     [("MOH", "assignee", "PM"), ("MINISTRIES", "assignee", "PM")]),
    # look-alikes: a task's own "et" after the aside does not stretch it; an event held with partners is no task
    (_DIRECTIVE + "Le ministère de la Santé, en collaboration avec le ministère des Finances, doit examiner et réviser "
     "les règles, puis faire rapport.", [("MOH", "assignee", "PM"), ("MOF", "coordinate", "PM")]),
    ("Le ministère de la Santé, en collaboration avec les provinces, villes et districts, a organisé un séminaire.", []),
])
def test_partners_set_off_by_commas(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a document setting out the tasks of the bodies it names: each body tasked, by the document's author
    ("La dépêche du Premier ministre souligne les tâches des ministères des Transports, de la Santé et des Finances, "
     "qui doivent être remplies ce mois-ci.",
     [("MOT", "assignee", "PM"), ("MOH", "assignee", "PM"), ("MOF", "assignee", "PM")]),
    ("La directive du Premier ministre précise les tâches du ministère des Finances.", [("MOF", "assignee", "PM")]),
    # "la dépêche" named again as the subject: its signer asks (fr ``document_subjects``)
    ("Le Premier ministre a signé le 16 mars la dépêche officielle 252/CĐ-TTg sur le programme. La dépêche souligne "
     "également les tâches des ministères des Transports et de la Santé.",
     [("MOT", "assignee", "PM"), ("MOH", "assignee", "PM")]),
    ("La résolution du gouvernement définit les tâches des ministères de la Construction et des Finances.",
     [("MOC", "assignee", "GOV"), ("MOF", "assignee", "GOV")]),
    # look-alikes: tasks presented, assessed or done are no request
    ("Le ministre a présenté les tâches des ministères des Finances et de la Construction.", []),
    ("La conférence a évalué les tâches des ministères des Finances et de la Construction.", []),
    ("Le rapport souligne les tâches accomplies des ministères des Finances et de la Construction.", []),
])
def test_a_document_setting_out_the_tasks_of_bodies(text, expected):
    assert found(text, "fr") == expected
