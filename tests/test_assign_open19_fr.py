"""Issue #13, French assignment classes rounds 10 to 18c left open (README "Open classes of rounds 10 to 18c fixed
(assignments fr, not blind)"), fixed as general rules after round 18c (no blind round): a person asked to direct a
body (fr ``cues.json`` ``nested_before``: ``de diriger``, ``de superviser``, ``de charger``), the plain and near future
of a body opening a clause in a directive text (fr ``grammar.json`` ``future_tense``), the heads of a body
(``les responsables du``), a document the Prime Minister approves as a directive, and the asker that is no partner of
its own request. New sentences written for these tests (no page's sentence), one literal case a line, with the
look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, expected", [
    # a person asked to direct, supervise or task a body: the body is tasked, the person is not
    ("Le Premier ministre a demandé au vice-Premier ministre Tran Hong Ha de diriger le ministère de la Santé pour "
     "préparer un plan de vaccination.", [("MOH", "assignee", "PM")]),
    ("Le Premier ministre a chargé le vice-Premier ministre Le Thanh Long de superviser le ministère de la Justice "
     "dans la révision du décret.", [("MOJ", "assignee", "PM")]),
    ("Le Premier ministre a demandé au vice-Premier ministre Tran Hong Ha de charger le ministère de la Construction "
     "d'inspecter les chantiers.", [("MOC", "assignee", "PM")]),
    ("Le Premier ministre a demandé au vice-Premier ministre Tran Hong Ha de charger le ministère de la Construction "
     "d’inspecter les chantiers.", [("MOC", "assignee", "PM")]),
    # look-alikes: the person directs a task, not a body; a post held; a meeting with a body; a date after 'd''
    ("Le Premier ministre a chargé le vice-Premier ministre Pham Binh Minh de diriger le rapatriement des citoyens.",
     []),
    ("M. Nguyen a été chargé de diriger le ministère de la Santé en 2016.", []),
    ("Le Premier ministre a demandé au vice-Premier ministre Tran Hong Ha de diriger la conférence avec le ministère "
     "de la Santé.", []),
    ("Le vice-Premier ministre dirigera le ministère de la Justice d'ici la fin de l'année.", []),
])
def test_a_person_asked_to_direct_a_body(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the plain or near future of a body opening a clause, in a text that directs
    ("Le Premier ministre a demandé aux ministères de réviser les frais. Le ministère de la Construction supervisera "
     "les travaux.", [("MINISTRIES", "assignee", "PM"), ("MOC", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux ministères de réviser les frais. Les localités vont suivre la mise en œuvre.",
     [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux ministères de réviser les frais. Le ministère de la Santé et le Bureau du "
     "gouvernement poursuivront leurs efforts.",
     [("MINISTRIES", "assignee", "PM"), ("MOH", "assignee", "PM"), ("OOG", "assignee", "PM")]),
    # the heads of a body as the subject; a document the Prime Minister approves directs
    ("Le Premier ministre a approuvé le règlement. Les responsables du bureau du gouvernement vont suivre la "
     "réalisation du plan.", [("OOG", "assignee", "PM")]),
    ("Le Premier ministre vient d'approuver le règlement. Le ministère de la Santé préparera les rapports.",
     [("MOH", "assignee", "PM")]),
    # look-alikes: plain news (no directive), futures that tell no task, a body that asks others in the future
    ("Le ministère de la Construction supervisera les travaux.", []),
    ("Le ministère des Finances va organiser une conférence de presse demain.", []),
    ("Les responsables du ministère de la Santé vont visiter la province.", []),
    ("Le Premier ministre a approuvé le règlement. Les responsables du ministère de la Santé ont assisté à la "
     "réunion.", []),
    ("Le Premier ministre a demandé aux ministères de réviser les frais. Le ministère de la Santé pourra proposer "
     "des mesures.", [("MINISTRIES", "assignee", "PM")]),
    ("Le Premier ministre a demandé aux ministères de réviser les frais. Le ministère de la Santé aura une réunion "
     "demain.", [("MINISTRIES", "assignee", "PM")]),
    ("Le ministère de la Construction ordonnera aux localités de contrôler les chantiers.",
     [("PROVINCES", "assignee", "MOC")]),
])
def test_the_future_of_a_body_in_a_directive_text(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # 'organes compétents' alone is no body of the table (rounds 11, 12, 15b, 18c; round 18's gold corrected)
    ("Le Premier ministre a signé la dépêche. Les organes compétents doivent élaborer les plans.", []),
    ("Le Premier ministre a demandé aux organes compétents de réviser les plans.", []),
    # with the ministries it is the ministries (round 18b)
    ("Le Premier ministre a demandé aux ministères et organes compétents de réviser les plans.",
     [("MINISTRIES", "assignee", "PM")]),
])
def test_competent_organs_alone_are_no_body(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # the asker's own body is no partner of those it asks (bodies outside the table asked)
    ("Le chef du Bureau gouvernemental a demandé aux organes compétents de collaborer avec le Bureau gouvernemental "
     "pour recueillir les avis.", []),
    ("Le ministre de la Santé a demandé aux organes compétents de coordonner avec le ministère de la Santé pour "
     "préparer les vaccins.", []),
    # look-alike: another body is the partner
    ("Le ministre de la Santé a demandé aux organes compétents de coordonner avec le ministère des Finances pour "
     "préparer les vaccins.", [("MOF", "coordinate", "MOH")]),
])
def test_the_asker_is_not_its_own_partner(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a text printed without accents read with the cues' accents folded
    ("Le ministere de la Sante est charge de preparer un plan de vaccination.", [("MOH", "assignee", None)]),
    ("Le Premier ministre a recommande aux localites de proteger les digues.", [("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demande au ministere de la Sante de presider et de coordonner avec le ministere des "
     "Finances pour preparer un plan.", [("MOH", "lead", "PM"), ("MOF", "coordinate", "PM")]),
    ("Les ministeres et les localites sont charges de reviser les plans d'investissement.",
     [("MINISTRIES", "assignee", None), ("PROVINCES", "assignee", None)]),
    # look-alikes: the same words reported, unaccented; an accented text keeps 'a' (has) apart from 'à' (to)
    ("Le ministere de la Sante a prepare un plan de vaccination pour les provinces du Nord.", []),
    ("Les ministeres et les localites ont revise les plans d'investissement l'an dernier.", []),
    ("Le ministère de la Santé a présidé la réunion a Hanoi avec les localités du Nord.", []),
])
def test_a_text_printed_without_accents(text, expected):
    assert found(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    ("Le ministere de la Sante est charge de preparer un plan de vaccination.", True),
    ("Le ministère de la Santé est chargé de préparer un plan de vaccination.", False),
    ("Le plan.", False),  # too few letters to tell
])
def test_unaccented_text_detection(text, expected):
    from extract.assign.cues import unaccented
    assert unaccented(text, "fr") is expected
    assert unaccented(text, "vi") is False  # Vietnamese cues keep their marks (cần need, cân balance)


@pytest.mark.parametrize("text, expected", [
    # a sentence opening with the directive it reports, then bodies and a verb in the present plural
    ("Le Premier ministre a signé la dépêche. Selon la dépêche, les ministères et localités appliquent strictement "
     "les directives.", [("MINISTRIES", "assignee", "PM"), ("PROVINCES", "assignee", "PM")]),
    ("Le Premier ministre a demandé de réviser les frais. Selon la conclusion, les provinces surveillent les prix.",
     [("PROVINCES", "assignee", "PM")]),
    # look-alikes: an imperfect, no directive opener, another source
    ("Le Premier ministre a signé la dépêche. Selon la dépêche, les ministères et localités restaient en deçà de la "
     "moyenne.", []),
    ("Le Premier ministre a signé la dépêche. Les ministères et localités appliquent strictement les directives.", []),
    ("Selon les experts, les ministères et localités appliquent strictement les directives.", []),
])
def test_the_present_after_a_directive_opener(text, expected):
    assert found(text, "fr") == expected
