"""Stop 37's left assignment classes (issue #13, not blind): new sentences for each class the round-29 and 29b
helpers left open, with look-alikes that must not fire, in every language where the class exists."""
from __future__ import annotations

import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")
_rows_2019 = rows_reader(published="2019-08-30")

CASES = [
    # 1. a numbered list's plain present under a direction ending with a colon: the bodies opening each item are
    # tasked whatever their verb; a report's list, or a past tense, is no task
    ("fr", "Le président du Comité populaire provincial a demandé :\n\n1. Les départements, les branches et les "
           "localités désignent des agents de permanence pendant la fête du Têt.\n\n2. Les comités populaires des "
           "districts surveillent étroitement la situation des crues.", None,
     [("DEPARTMENTS", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("fr", "Le président du Comité populaire provincial a demandé :\n1. Le Département de la santé et le Département des "
           "finances préparent les médicaments et les fonds.\n2. Les services concernés inspectent les marchés.", None,
     [("DOH", "assignee", "PPC", None), ("DOF", "assignee", "PPC", None), ("DEPARTMENTS", "assignee", "PPC", None)]),
    ("fr", "Les résultats de l'année :\n\n1. Les départements, les branches et les localités ont désigné des agents de "
           "permanence.\n\n2. Les comités populaires des districts surveillaient la situation.", None, []),
    ("fr", "Le rapport du Comité populaire provincial indique :\n\n1. Les départements, les branches et les localités "
           "comptent 120 agents.", None, []),
    ("en", "The Chairman of the Provincial People's Committee requested:\n\n1. Departments, branches and localities "
           "assign officials to be on duty during the Tet holiday.\n\n2. District People's Committees closely "
           "monitor the flood situation.", None,
     [("DEPARTMENTS", "assignee", "PPC", None), ("CPC", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),
    ("vi", "Chủ tịch UBND tỉnh yêu cầu:\n\n1. Các sở, ban, ngành và địa phương bố trí cán bộ trực trong dịp nghỉ "
           "Tết.\n\n2. UBND các huyện theo dõi chặt chẽ tình hình mưa lũ.", None,
     [("DEPARTMENTS", "assignee", "PPC", None), ("DPC", "assignee", "PPC", None)]),  # a province's bare localities: no row (round 11)
    # ... the holiday's days after the duty are the days of the duty, no deadline; a due cue keeps its date, and a
    # window with no holiday before it is read as before
    ("fr", "Le président du Comité populaire provincial a demandé au Département de la santé d'affecter des médecins "
           "de garde pendant les vacances (du 30 avril 2019 au 1er mai 2019).", "2019-04-20",
     [("DOH", "assignee", "PPC", None)]),
    ("fr", "Le président du Comité populaire provincial a demandé au Département de la santé d'affecter des médecins "
           "de garde pendant la fête nationale du 1er septembre 2019 au 2 septembre 2019.", "2019-08-20",
     [("DOH", "assignee", "PPC", None)]),
    ("fr", "Le président du Comité populaire provincial a demandé au Département de la santé de rendre compte de la "
           "situation pendant les vacances avant le 2 septembre 2019.", "2019-08-20",
     [("DOH", "assignee", "PPC", "2019-09-02")]),
    ("fr", "Le président du Comité populaire provincial a demandé au Département de la santé de vacciner les enfants "
           "du 1er août 2019 au 2 septembre 2019.", "2019-07-20",
     [("DOH", "assignee", "PPC", "2019-09-02")]),
    # 2. an object pronoun, or words pointing back, standing for the bodies the sentence before names without
    # asking them; the speaker's own committee is none of them, people are no body, and bodies asked already give
    # no second row
    ("fr", "Le président du Comité populaire provincial a rencontré les dirigeants du Département de la construction. "
           "Il les a exhortés à accélérer les travaux.", None, [("DOC", "assignee", "PPC", None)]),
    ("fr", "Le Premier ministre a reçu les dirigeants du Département des finances de Hanoï. Il les a chargés de "
           "revoir les dépenses.", None, [("DOF@01", "assignee", "PM", None)]),
    ("fr", "Le président du Comité populaire provincial a visité les écoles du district. Il les a exhortés à "
           "accueillir les élèves.", None, []),
    ("fr", "Le Premier ministre a demandé au Département de la santé de vérifier les hôpitaux. Il les a exhortés à "
           "rendre compte.", None, [("DOH", "assignee", "PM", None)]),
    ("fr", "Les habitants ont remercié le Département de la santé. Ils les ont salués chaleureusement.", None, []),
    ("en", "The Chairman of the Provincial People's Committee met the leaders of the Department of Construction. He "
           "urged them to speed up the works.", None, [("DOC", "assignee", "PPC", None)]),
    ("en", "The Chairman of the Provincial People's Committee visited the flood victims. He urged them to stay "
           "calm.", None, []),
    ("en", "The Chairman of the Provincial People's Committee asked the Department of Health to check the hospitals. "
           "He also asked them to report.", None, [("DOH", "assignee", "PPC", None)]),
    ("en", "Residents praised the Department of Health. They thanked them warmly.", None, []),
    ("vi", "Chủ tịch UBND tỉnh làm việc với Sở Y tế và Sở Tài chính. Chủ tịch yêu cầu các đơn vị này khẩn trương "
           "mua sắm vật tư.", None, [("DOH", "assignee", "PPC", None), ("DOF", "assignee", "PPC", None)]),
    ("vi", "Đoàn kiểm tra làm việc tại Sở Y tế. Các đơn vị này đã hoàn thành nhiệm vụ năm 2024.", None, []),
    # 3. a name outside the table holding "et" inside, in an addressee list: the list goes on past the whole name,
    # not cut at the inner "et" (a part after it in lower case is no addressee of its own)
    ("fr", "Le Premier ministre a demandé au Comité national de prévention et de contrôle et de sauvetage, aux "
           "ministres et aux présidents des Comités populaires provinciaux de renforcer la surveillance.", None,
     [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a demandé au Conseil de gestion des parcs de Cuc Phuong et de Ba Vi, au ministère de "
           "l'Agriculture et de l'Environnement de protéger les forêts.", None, [("MAE", "assignee", "PM", None)]),
    ("fr", "Le Premier ministre a demandé au Conseil de gestion du parc et au Département des finances de revoir "
           "le budget.", None, [("DOF", "assignee", "PM", None)]),
    ("fr", "Le président du Comité populaire provincial a chargé le Département de la construction de superviser et de "
           "coordonner les travaux avec les services compétents et les autorités locales.", None,
     [("DOC", "lead", "PPC", None), ("DEPARTMENTS", "coordinate", "PPC", None), ("CPC", "coordinate", "PPC", None)]),
    ("fr", "Le Premier ministre a demandé au Comité national de prévention et de contrôle et de sauvetage de "
           "renforcer la surveillance, et les ministres ont présenté leurs rapports.", None, []),
    ("en", "The Prime Minister asked the National Committee for Incident and Disaster Response and Search and "
           "Rescue, ministers and chairpersons of provincial People's Committees to continue monitoring.", None,
     [("MINISTRIES", "assignee", "PM", None), ("PROVINCES", "assignee", "PM", None)]),
    # 5. a body's plain-present "proposes" in a directive: its own task where an object follows; sent up where "to",
    # "that" or a body follows (the proposal rule then reads the body asked); outside a directive, no row
    ("en", "The Provincial People's Committee issued a directive on stalled projects. The Department of Construction "
           "proposes specific measures for each project.", None, [("DOC", "assignee", "PPC", None)]),
    ("en", "The Provincial People's Committee issued a directive on stalled projects. The Department of Construction "
           "and the Department of Finance propose solutions for each delayed project.", None,
     [("DOC", "assignee", "PPC", None), ("DOF", "assignee", "PPC", None)]),
    ("en", "The Provincial People's Committee issued a directive on stalled projects. The Department of Construction "
           "proposes to the Provincial People's Committee to add funds.", None, []),
    ("en", "The Provincial People's Committee issued a directive on stalled projects. The Department of Construction "
           "proposes that the Provincial People's Committee add funds.", None, []),
    ("en", "The Department of Construction proposes new rules for each project, the newspaper reported.", None, []),
    # 6. Vietnamese: the doer a request names after its task ("do <body> thực hiện / chủ trì"); an opening "Theo yêu
    # cầu của <body>," phrase, whose body asks (English "At the request of", French "À la demande du" the same)
    ("vi", "Bộ Y tế đề nghị việc mua sắm vắc xin do cơ quan chuyên môn cấp tỉnh là Sở Y tế thực hiện thống nhất.",
     None, [("DOH", "assignee", "MOH", None)]),
    ("vi", "UBND tỉnh yêu cầu việc rà soát các công trình do Sở Xây dựng chủ trì, phối hợp với Sở Tài chính thực "
           "hiện.", None, [("DOC", "lead", "PPC", None), ("DOF", "coordinate", "PPC", None)]),
    ("vi", "Công trình do Sở Giao thông vận tải thực hiện đã chậm tiến độ nhiều tháng.", None, []),
    ("vi", "UBND tỉnh yêu cầu đẩy nhanh dự án do Sở Giao thông vận tải làm chủ đầu tư.", None, []),
    ("vi", "Theo yêu cầu của Bộ Y tế, Sở Y tế cần kiểm tra các bệnh viện trên địa bàn.", None,
     [("DOH", "assignee", "MOH", None)]),
    ("vi", "Thủ tướng giao Bộ Xây dựng rà soát quy hoạch. Theo yêu cầu của Thủ tướng, Bộ cũng cần báo cáo trước "
           "ngày 30/6/2025.", None, [("MOC", "assignee", "PM", None), ("MOC", "assignee", "PM", "2025-06-30")]),
    ("vi", "Thủ tướng giao Bộ Xây dựng rà soát quy hoạch. Theo yêu cầu của lãnh đạo Chính phủ, Bộ cũng cần báo cáo "
           "kết quả.", None, [("MOC", "assignee", "PM", None), ("MOC", "assignee", "PM", None)]),
    ("vi", "Theo yêu cầu của lãnh đạo Chính phủ, Bộ Xây dựng cần báo cáo kết quả.", None,
     [("MOC", "assignee", "GOV", None)]),  # no Prime Minister directing the text: the Government as named
    ("vi", "Theo yêu cầu của người dân, Sở Y tế đã kiểm tra các bệnh viện.", None, []),
    ("en", "At the request of the Prime Minister, the Ministry of Finance must report before June 30, 2025.", None,
     [("MOF", "assignee", "PM", "2025-06-30")]),
    ("en", "At the request of residents, the Department of Health inspected the hospitals.", None, []),
    ("fr", "À la demande du Premier ministre, le ministère des Finances doit rendre compte avant le 30 juin 2025.",
     None, [("MOF", "assignee", "PM", "2025-06-30")]),
    ("fr", "À la demande des habitants, le Département de la santé a inspecté les hôpitaux.", None, []),
]


@pytest.mark.parametrize("lang, text, published, expected", CASES)
def test_stop37_left_class(lang, text, published, expected):
    assert (_rows(text, lang, published) if published else _rows(text, lang)) == expected
