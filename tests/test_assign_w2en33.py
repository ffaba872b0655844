"""Round 33's English open classes (assignments, not blind; issue #13): new sentences and look-alikes, in every
language where the class was found (docs/quality.md, ``### Round 33's English open classes``)."""
import pytest

from tests.assign_cases import rows_reader

_rows = rows_reader(published="2025-10-01")

_BRIDGE = ("Under the plan, the bridge must be finished by December 1. Quang Tri Province has been asked to clear the site. "
           "The Ministry of Construction has been tasked with checking the quality of the works. ")
_PONT = ("Selon la directive, le pont doit être achevé avant le 1er décembre. La province de Quang Tri a été invitée à "
         "libérer le site. Le ministère de la Construction a été chargé de contrôler la qualité des travaux. ")


@pytest.mark.parametrize("text, lang, expected", [
    # a directive told by its tasks first: the national authority that stresses a point after them directs it
    (_BRIDGE + "The Deputy Prime Minister emphasized that safety comes first.", "en",
     [("PPC@44", "assignee", "DPM", None), ("MOC", "assignee", "DPM", None)]),
    (_PONT + "Le vice-Premier ministre a souligné que la sécurité passe avant tout.", "fr",
     [("PPC@44", "assignee", "DPM", None), ("MOC", "assignee", "DPM", None)]),
    # look-alikes: no authority speaks; a minister (no directing authority) stresses the point
    (_BRIDGE + "Safety comes first, the report said.", "en",
     [("PPC@44", "assignee", None, None), ("MOC", "assignee", None, None)]),
    (_BRIDGE + "The Minister of Construction emphasized that safety comes first.", "en",
     [("PPC@44", "assignee", None, None), ("MOC", "assignee", None, None)]),
])
def test_directive_asker_named_after_its_tasks(text, lang, expected):
    assert _rows(text, lang) == expected


_ROAD = "Under the directive, the road must be finished by December 1. Cao Bang Province must resettle ten households. "


@pytest.mark.parametrize("text, lang, expected", [
    # a sanction if something goes wrong is no task (en, fr: cues.json's accountability_after, as vi's)
    (_ROAD + "Provincial leaders will be held accountable if deadlines are missed.", "en",
     [("PPC@04", "assignee", None, None)]),
    ("The Department of Health must be held accountable if the outbreak spreads to schools.", "en", []),
    ("Selon la directive, la route doit être achevée avant le 1er décembre. Le Comité populaire de la province de Cao "
     "Bang doit être tenu responsable si les délais ne sont pas respectés.", "fr", []),
    # look-alikes: a duty of the leaders; answerable for a task's quality (no condition) stays a task
    (_ROAD + "Provincial leaders will review the resettlement plan every week.", "en",
     [("PPC@04", "assignee", None, None), ("PROVINCES", "assignee", None, None)]),
    ("The Department of Health must be held responsible for the quality of the vaccines.", "en",
     [("DOH", "assignee", None, None)]),
    ("Le Service de la santé doit être tenu responsable de la qualité des vaccins.", "fr",
     [("DOH", "assignee", None, None)]),
])
def test_held_accountable_if_is_no_task(text, lang, expected):
    assert _rows(text, lang) == expected


_HANOI = "The Hanoi People's Committee requested the Department of Finance to coordinate with "


@pytest.mark.parametrize("text, lang, expected", [
    # a plural level word heading a name after a partner cue: bodies named, not the city's departments
    (_HANOI + "Departments of Customs, Taxation and the State Treasury to collect revenues.", "en",
     [("DOF@01", "assignee", "PPC@01", None)]),
    # look-alikes: the bare plural; the plural of the city (no capital after `of`)
    (_HANOI + "relevant departments to collect revenues.", "en",
     [("DOF@01", "assignee", "PPC@01", None), ("DEPARTMENTS@01", "coordinate", "PPC@01", None)]),
    (_HANOI + "departments of the city to collect revenues.", "en",
     [("DOF@01", "assignee", "PPC@01", None), ("DEPARTMENTS@01", "coordinate", "PPC@01", None)]),
])
def test_level_word_heading_a_name_is_no_collective(text, lang, expected):
    assert _rows(text, lang) == expected


_BINH = "Opening the meeting, Mr. Le Van Binh requested the Department of Construction to review the projects. "
_BINH_VI = "Phát biểu tại hội nghị, ông Lê Văn Bình yêu cầu Sở Xây dựng rà soát các dự án. "


@pytest.mark.parametrize("text, lang, expected", [
    # a person named by his name alone who tasks a committee's own office heads that committee (grammar's
    # own_office_after, own_office_before)
    (_BINH + "Mr. Le Van Binh also assigned the Provincial People's Committee Office to publish the conclusion.", "en",
     [("DOC", "assignee", "PPC", None)]),
    (_BINH_VI + "Ông Lê Văn Bình cũng giao Văn phòng UBND tỉnh đăng tải kết luận.", "vi",
     [("DOC", "assignee", "PPC", None)]),
    # look-alikes: another body's office; the office named by no one
    (_BINH + "Mr. Le Van Binh also assigned the Provincial Party Committee's Office to publish the conclusion.", "en",
     [("DOC", "assignee", None, None)]),
    (_BINH + "The Provincial People's Committee Office will publish the conclusion.", "en",
     [("DOC", "assignee", None, None)]),
    (_BINH_VI + "Văn phòng UBND tỉnh sẽ đăng tải kết luận.", "vi", [("DOC", "assignee", None, None)]),
])
def test_person_tasking_a_committees_office_heads_it(text, lang, expected):
    assert _rows(text, lang) == expected


_MAI = "HCMC Chairman Phan Van Mai "


@pytest.mark.parametrize("text, lang, expected", [
    # two head titles joined before the committees asked (cues.json fillers, head_titles)
    (_MAI + "requested chairpersons and vice chairpeople of people's committees of districts to speed up the work.", "en",
     [("DPC@79", "assignee", "PPC@79", None)]),
    (_MAI + "requested the chairmen and vice chairmen of People's Committees of districts to speed up the work.", "en",
     [("DPC@79", "assignee", "PPC@79", None)]),
    # look-alikes: a meeting with them (no asking verb); the joined titles as a subject were read already
    (_MAI + "met the chairmen and vice chairmen of People's Committees of districts.", "en", []),
    ("The chairpersons and vice chairpersons of the People's Committees of districts must inspect the schools.", "en",
     [("DPC", "assignee", None, None)]),
])
def test_joined_head_titles_before_committees(text, lang, expected):
    assert _rows(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a modal passive's agent does the task told before it (grammar's duty_agent_before)
    ("Under the plan, the form of the vote shall be decided by the People's Committee of the commune, depending on "
     "local conditions.", "en", [("CPC", "assignee", None, None)]),
    ("Under the plan, the surveys of each village must be carried out by the People's Committees of communes before "
     "May 10, 2025.", "en", [("CPC", "assignee", None, "2025-05-10")]),
    ("Selon le plan, la forme du vote sera décidée par le Comité populaire de la commune, selon les conditions "
     "locales.", "fr", [("CPC", "assignee", None, None)]),
    # look-alikes: a past passive's agent (a fact); a participle outside the list (funding, no duty told)
    ("The conference was chaired by the Chairman of the Provincial People's Committee. The project was decided by the "
     "People's Committee of the commune in 2020.", "en", []),
    ("Under the plan, the project will be funded by the People's Committee of the commune.", "en", []),
    ("Le projet a été décidé par le Comité populaire de la commune en 2020.", "fr", []),
])
def test_modal_passive_agent_does_the_task(text, lang, expected):
    assert _rows(text, lang) == expected


_URGED = "The Chairman urged faster work on the new hospitals. "
_EXHORTE = "Le président a exhorté à accélérer les travaux des nouveaux hôpitaux. "


@pytest.mark.parametrize("text, lang, expected", [
    # the source of an `According to …` sentence telling its own work next, in the plain present: no task
    (_URGED + "According to the Department of Health, the city will spend VND900 billion on 12 hospitals. The "
     "Department of Health continues to review the designs and proposes to allocate capital before the second quarter "
     "of 2025.", "en", []),
    (_EXHORTE + "Selon le Service de la santé, la ville dépensera 900 milliards de VND pour 12 hôpitaux. Le Service de "
     "la santé continue d'examiner les plans avant le deuxième trimestre 2025.", "fr", []),
    # look-alikes: another body was the source; the source's own modal duty
    (_URGED + "According to the Department of Finance, the city will spend VND900 billion on 12 hospitals. The "
     "Department of Health continues to review the designs and proposes to allocate capital before the second quarter "
     "of 2025.", "en", [("DOH", "assignee", None, "2025-Q2")]),
    (_URGED + "According to the Department of Health, the city will spend VND900 billion on 12 hospitals. The "
     "Department of Health must review the designs before the second quarter of 2025.", "en",
     [("DOH", "assignee", None, "2025-Q2")]),
    (_EXHORTE + "Selon le Service des finances, la ville dépensera 900 milliards de VND pour 12 hôpitaux. Le Service de "
     "la santé continue d'examiner les plans avant le deuxième trimestre 2025.", "fr", [("DOH", "assignee", None, "2025-Q2")]),
])
def test_source_telling_its_own_work_is_no_task(text, lang, expected):
    assert _rows(text, lang) == expected


_PPC_DOF = "The Provincial People's Committee requested the Department of Finance to review the contents of the conclusion. "


@pytest.mark.parametrize("text, lang, expected", [
    # a subjectless continuation after its opener, with a first verb the lists lacked (cues.json continued_task_verbs)
    (_PPC_DOF + "At the same time, develop solutions for each content.", "en",
     [("DOF", "assignee", "PPC", None), ("DOF", "assignee", "PPC", None)]),
    (_PPC_DOF + "At the same time, synthesize the results and report them before May 10, 2025.", "en",
     [("DOF", "assignee", "PPC", None), ("DOF", "assignee", "PPC", "2025-05-10")]),
    ("UBND tỉnh yêu cầu Sở Tài chính rà soát các nội dung của kết luận. Đồng thời, xây dựng giải pháp cho từng nội "
     "dung.", "vi", [("DOF", "assignee", "PPC", None), ("DOF", "assignee", "PPC", None)]),
    ("Le Comité populaire provincial a demandé au Service des finances d'examiner le contenu de la conclusion. Dans le "
     "même temps, élaborer des solutions pour chaque contenu.", "fr",
     [("DOF", "assignee", "PPC", None), ("DOF", "assignee", "PPC", None)]),
    # look-alikes: another subject after the opener; the item's body outside the table
    (_PPC_DOF + "At the same time, the province will develop new industrial parks.", "en",
     [("DOF", "assignee", "PPC", None)]),
    ("UBND tỉnh yêu cầu Sở Tài chính rà soát các nội dung của kết luận. Đồng thời, tỉnh sẽ xây dựng các khu công "
     "nghiệp mới.", "vi", [("DOF", "assignee", "PPC", None)]),
    ("The Provincial People's Committee requested the Provincial Party Committee's Office to review the contents of "
     "the conclusion. At the same time, develop solutions for each content.", "en", []),
])
def test_continuation_with_a_new_first_verb(text, lang, expected):
    assert _rows(text, lang) == expected
