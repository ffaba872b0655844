"""Conventions reconciled across languages (README "Conventions reconciled (assignments, not blind)", issue #13):
one named commune's or ward's committee asked is a commune-level body tasked, CPC of the province, in every language
that reads the commune level (en grammar.json ``named_district`` ``level_ids``: ``commune``, ``ward``; the Vietnamese
``UBND xã …`` and French ``le Comité populaire de la commune de …`` read it already); Swedish has no commune-level
class. New sentences written for these tests, one literal case a line, with the look-alikes that must stay out."""
from __future__ import annotations

import pytest

from tests.assign_cases import found


@pytest.mark.parametrize("text, lang, expected", [
    ("The Thai Nguyen Provincial People's Committee requested Dong Hy Commune to complete the resettlement plans "
     "before December 30.", "en", [("CPC@19", "assignee", "PPC@19")]),
    ("The Thai Nguyen Provincial People's Committee instructed Quan Trieu Ward to focus on the project.", "en",
     [("CPC@19", "assignee", "PPC@19")]),
    ("The Thai Nguyen Provincial People's Committee requested the leaders of Van Xuan ward to report daily progress.",
     "en", [("CPC@19", "assignee", "PPC@19")]),
    ("The Tuyen Quang Provincial People's Committee asked Tan Lap Commune People's Committee to review the land "
     "records.", "en", [("CPC@08", "assignee", "PPC@08")]),
    ("The Hanoi People's Committee asked the People's Committee of Dai Thanh Commune to inspect the building.", "en",
     [("CPC@01", "assignee", "PPC@01")]),
    ("UBND tỉnh Thái Nguyên yêu cầu UBND xã Đồng Hỷ hoàn thành phương án tái định cư trước ngày 30/12/2025.", "vi",
     [("CPC@19", "assignee", "PPC@19")]),
    ("UBND tỉnh Thái Nguyên yêu cầu UBND phường Quan Triều tập trung cho dự án.", "vi", [("CPC@19", "assignee", "PPC@19")]),
    ("Le Comité populaire de la province de Thai Nguyen a demandé au Comité populaire de la commune de Dong Hy "
     "d'achever les plans de réinstallation avant le 30 décembre 2025.", "fr", [("CPC@19", "assignee", "PPC@19")]),
    ("Le Comité populaire de la province de Thai Nguyen a chargé le Comité populaire du quartier de Quan Trieu de se "
     "concentrer sur le projet.", "fr", [("CPC@19", "assignee", "PPC@19")]),
    # look-alikes: a named commune that is only a place, another body of the commune, a commune's head who speaks
    ("Dong Hy Commune has 26 households requiring resettlement.", "en", []),
    ("The Hanoi People's Committee asked Dai Thanh Commune Police to clear the sidewalks.", "en", []),
    ("The chairman of Phuoc An Commune People's Committee said the commune had finished the review.", "en", []),
    ("Xã Đồng Hỷ có 26 hộ phải tái định cư.", "vi", []),
    ("La commune de Dong Hy compte 26 ménages à réinstaller.", "fr", []),
])
def test_one_named_commune_is_a_commune_level_body_tasked(text, lang, expected):
    assert found(text, lang) == expected


# a proposal or recommendation to a superior is no assignment given by the proposer, in every language (grammar.json
# proposal_cues and superiors in en, vi and fr; the National Assembly above the Government, the ministries, the
# provinces and its own bodies); Swedish has no proposing cue
@pytest.mark.parametrize("text, lang, expected", [
    ("Do đó, Bộ Nội vụ kiến nghị Chính phủ tổng kết các chính sách với cán bộ vùng khó khăn.", "vi", []),
    ("Vừa qua, Bộ Tài chính đã kiến nghị Chính phủ thực hiện thanh tra đối với 60 dự án.", "vi", []),
    ("Bộ Giáo dục và Đào tạo cũng kiến nghị Quốc hội đưa Luật Nhà giáo vào chương trình xây dựng luật.", "vi", []),
    ("UBND tỉnh Tây Ninh đề nghị Chính phủ sớm phân bổ vốn cho tỉnh.", "vi", []),
    ("Sở Tài chính đề nghị UBND tỉnh ban hành quy định trước ngày 30/6/2025.", "vi", []),
    # the proposer named in the sentence before, the clause of the cue naming none
    ("Ủy ban Tài chính, Ngân sách của Quốc hội cho rằng báo cáo đã được lập đúng quy định. Do đó, đề nghị Quốc hội "
     "xem xét, phê chuẩn quyết toán ngân sách.", "vi", []),
    ("Le ministère de l'Intérieur a proposé au gouvernement de dresser le bilan des politiques.", "fr", []),
    ("Le ministère des Finances a recommandé au gouvernement d'inspecter les 60 projets.", "fr", []),
    ("Le Comité populaire de la province de Tay Ninh a proposé au gouvernement d'allouer rapidement les fonds.", "fr", []),
    ("The Ministry of Education and Training also proposed the National Assembly include the Law on Teachers in its "
     "programme.", "en", []),
    # look-alikes: a superior's or a peer's proposal asks; a body of a fronted phrase is not the proposer
    ("Thủ tướng đề nghị Bộ Tài chính rà soát các quy định.", "vi", [("MOF", "assignee", "PM")]),
    ("UBND tỉnh Quảng Ninh đề nghị các sở, ngành rà soát các dự án.", "vi", [("DEPARTMENTS@22", "assignee", "PPC@22")]),
    ("Tại văn bản gửi các địa phương, Bộ Tài chính đề nghị Ủy ban nhân dân thành phố Hà Nội báo cáo tình hình giải "
     "ngân.", "vi", [("PPC@01", "assignee", "MOF")]),
    ("Đoàn giám sát kiến nghị Chính phủ sớm ban hành nghị định.", "vi", [("GOV", "assignee", None)]),
    ("Le vice-Premier ministre a proposé au ministère de l'Intérieur de dresser le bilan des politiques.", "fr",
     [("MOHA", "assignee", "DPM")]),
    ("The Deputy Prime Minister proposed the Ministry of Home Affairs review the policies.", "en",
     [("MOHA", "assignee", "DPM")]),
])
def test_a_proposal_to_a_superior_assigns_nothing(text, lang, expected):
    assert found(text, lang) == expected
