"""Issue 18's fourteenth pass: the deadline sentences of ``task_deadlines._deadline_sentence_deadlines`` read with their
cheap opening first and the restated request's search only where it decides. A sentence that is both a deadline
sentence by its opening and a restated request (``… yêu cầu các đơn vị hoàn tất … trong tháng 12-2025``) reaches as
far back as a restated request does (``RESTATED_REQUEST_REACH``), not as far as an opening alone
(``DEADLINE_SENTENCE_REACH``); these tests pin that, with the opening given to Vietnamese here (no language's data has
both today), and compare the step with the order it replaces on literal texts and real text."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import extract
from extract.assign import stage, task_deadlines
from tests.assign_cases import dated

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "vnpolicy" / "data" / "sample"
DEV = ROOT.parent / "shared" / "dev" / "baomoi"

# two sentences of tasks, two sentences between, then the units asked again with a date: the restated request's
# reach (8) dates the first sentence's tasks, a plain deadline sentence's reach (3) stops before them
FOUR_BACK = ("Ngày 10-11, UBND tỉnh Gia Lai yêu cầu các sở, ngành liên quan rà soát quỹ đất. Theo đó, UBND tỉnh giao Sở "
             "Tài chính chủ trì, phối hợp với Sở Xây dựng xác định vị trí. Vị trí được chọn phải bảo đảm giao thông "
             "thuận lợi. Vị trí được chọn phải có dư địa phát triển. Phó Chủ tịch UBND tỉnh đã ký văn bản, {ask} hoàn tất "
             "việc đề xuất trong tháng 12-2025.")


def _opening_for_vietnamese(monkeypatch, opener: str) -> None:
    plain = task_deadlines._deadline_sentence_opening
    monkeypatch.setattr(task_deadlines, "_deadline_sentence_opening",
                        lambda lang: re.compile(rf"\s*(?:{opener})") if lang == "vi" else plain(lang))


@pytest.mark.parametrize("ask, expected", [
    # both an opening and a restated request: the longer reach, the first sentence's departments dated too
    ("yêu cầu các đơn vị", [("DEPARTMENTS@52", "2025-12", "in"), ("DOF@52", "2025-12", "in"), ("DOC@52", "2025-12", "in")]),
    # the opening alone (no units asked again): three sentences back, the first sentence's departments undated
    ("đề nghị sớm", [("DEPARTMENTS@52", None, None), ("DOF@52", "2025-12", "in"), ("DOC@52", "2025-12", "in")]),
])
def test_a_sentence_both_opening_and_restating_takes_the_longer_reach(monkeypatch, ask, expected):
    _opening_for_vietnamese(monkeypatch, "phó chủ tịch")
    assert dated(FOUR_BACK.format(ask=ask), "vi", "2025-11-10") == expected


def test_without_the_opening_the_restated_request_alone_reaches_as_far():
    assert dated(FOUR_BACK.format(ask="yêu cầu các đơn vị"), "vi", "2025-11-10") == [
        ("DEPARTMENTS@52", "2025-12", "in"), ("DOF@52", "2025-12", "in"), ("DOC@52", "2025-12", "in")]


def _restated_first(lowered, folded, sentences, primaries, language, own_date, other_bodies=()):
    """The step as it was before the pass: the restated request searched in every sentence asking no body, first."""
    asking = {f.sentence for f in primaries}
    for index, sentence in enumerate(sentences):
        if index in asking:
            continue
        lang = task_deadlines.sentence_language(sentence, language)
        opening = task_deadlines._deadline_sentence_opening(lang)
        restated = task_deadlines._restated_request_in(lowered, sentence, lang)
        if not restated and (opening is None or not opening.match(lowered, sentence.start, sentence.end)):
            continue
        found = task_deadlines.not_a_goal(folded, task_deadlines.not_past(task_deadlines.find_deadlines(
            folded, lang, sentence.start, sentence.end, own_date), own_date), lang)
        if not found:
            continue
        reach = task_deadlines.RESTATED_REQUEST_REACH if restated else task_deadlines.DEADLINE_SENTENCE_REACH
        for back in range(index - 1, -1, -1):
            if reach == 0:
                break
            if task_deadlines._caption_line(lowered[sentences[back].start : sentences[back].end]):
                continue
            reach -= 1
            tasks = [f for f in primaries if f.sentence == back]
            if any(f.deadline is not None and not (restated and f.deadline == found[0]) for f in tasks):
                break
            if not tasks and task_deadlines._body_as_subject(lowered, sentences[back], other_bodies, lang):
                break
            for f in tasks:
                f.deadline = found[0]


def _assignments(text: str, lang: str | None, published: str | None) -> list[dict]:
    if lang is None:
        doc = extract.document(text)
    else:
        doc = extract.document_from_text(text, lang=lang, stages=[stage], published=published)
    return [a.to_dict() if hasattr(a, "to_dict") else vars(a) for a in doc.assignments]


LITERAL = [
    (FOUR_BACK.format(ask="yêu cầu các đơn vị"), "vi", "2025-11-10"),
    (FOUR_BACK.format(ask="đề nghị sớm"), "vi", "2025-11-10"),
    ("UBND tỉnh Bình Định giao Sở Y tế rà soát trang thiết bị. UBND tỉnh yêu cầu các cơ quan, đơn vị báo cáo kết quả "
     "trước ngày 30/11/2024.", "vi", "2024-11-01"),
    ("The provincial People's Committee asked the Department of Health to review equipment. The Department of "
     "Finance was asked to prepare funds. The deadline for completing this work is before 5 p.m. on July 7, 2025.",
     "en", "2025-07-01"),
    ("The Prime Minister asked the Ministry of Construction to inspect the dams. Rain is expected. Roads are closed. "
     "Schools are shut. All directives must be completed by July 30, 2025.", "en", "2025-07-01"),
    ("Le Premier ministre a demandé au ministère de la Construction d'inspecter les digues. Les travaux doivent être "
     "achevés avant le 30 juillet 2025.", "fr", "2025-07-01"),
    ("Premiärministern bad byggministeriet att inspektera dammarna. Arbetet ska vara klart senast den 30 juli 2025.",
     "sv", "2025-07-01"),
]


def _real() -> list[tuple[str, None, None]]:
    paths = sorted(SAMPLE.glob("*.txt")) + (sorted(DEV.glob("*.txt"))[:40] if DEV.exists() else [])
    return [(p.read_text(encoding="utf-8"), None, None) for p in paths]


@pytest.mark.parametrize("opener", [None, "phó chủ tịch|ubnd tỉnh"])
def test_opening_first_gives_the_assignments_of_the_restated_request_first(monkeypatch, opener):
    if opener:
        _opening_for_vietnamese(monkeypatch, opener)
    texts = LITERAL + _real()
    fast = [_assignments(*t) for t in texts]
    calls = []
    plain_restated = task_deadlines._restated_request_in

    def counted(*args):
        calls.append(args[1])
        return plain_restated(*args)

    monkeypatch.setattr(task_deadlines, "_restated_request_in", counted)
    monkeypatch.setattr(task_deadlines, "_deadline_sentence_deadlines", _restated_first)
    plain = [_assignments(*t) for t in texts]
    assert fast == plain
    assert calls  # the plain order was the one compared with
    assert any(a for a in fast)  # texts with assignments, dated ones among them
    assert any(a.get("deadline") for doc in fast for a in doc)
