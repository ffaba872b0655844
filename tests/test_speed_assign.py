"""Issue 18's twelfth pass: fast paths of the assignments' extractor, each compared with the plain path it
replaces on literal texts in the languages where the class exists and on real text (the sample texts and the
dev articles when present): the same assignments, and the work skipped where the fast path says it may be."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.assign import deadline_checks, extractor, mentions, task_deadlines

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "vnpolicy" / "data" / "sample"
DEV = ROOT.parent / "shared" / "dev" / "baomoi"


def _real_texts() -> list[tuple[str, str]]:
    from nlp import langid

    paths = sorted(SAMPLE.glob("*.txt")) + (sorted(DEV.glob("*.txt"))[:40] if DEV.exists() else [])
    texts = [p.read_text(encoding="utf-8") for p in paths]
    return [(t, langid.detect_document(t)[0]) for t in texts]


# a bare province as the subject or the object of its clause, beside capitalised words that may start a
# province's name and start none (a person's name, ``Nam``, ``An``, ``Binh``) or name a province as a place
BARE_PROVINCE_TEXTS = [
    ("vi", "Ông Hà Văn Nam cho biết Cao Bằng cần khẩn trương rà soát các hộ dân bị ảnh hưởng. Thủ tướng yêu cầu Lạng Sơn "
           "và Hà Giang khẩn trương khắc phục hậu quả."),
    ("vi", "Bà Nam Anh, người dân Hà Nội, kể lại chuyện cũ. Đồng Nai cần khẩn trương kiểm tra các công trình. Anh Bình "
           "cho biết thêm."),
    ("en", "Minister Ha Anh said Hanoi must complete the relocation by June. The Prime Minister asked Cao Bang and Lang Son "
           "to speed up the work. An official in Nam Dinh disagreed."),
    ("fr", "Le Premier ministre a demandé à Long An de renforcer les digues. M. Binh, un habitant de Hanoi, a salué la "
           "décision. Ca Mau doit achever les travaux."),
    ("fr", "Selon Nam, Hanoi doit réduire la pollution avant la fin de l'année. Le ministre a exhorté Dông Nai et Binh "
           "Duong à accélérer."),
    ("sv", "Premiärministern bad Hanoi att snabba upp arbetet. Nam Anh berättade om resan. Ho Chi Minh-staden ska "
           "rapportera i juni."),
]


def _clause_tests_counted(monkeypatch, check: bool) -> list:
    """The starts whose clause tests run (``_enumerates_the_provinces``, the first of them), with the check of a
    province at the start or without it."""
    asked, enumerates = [], mentions._enumerates_the_provinces

    def counting(lowered, start, at, *args):
        asked.append(at)
        return enumerates(lowered, start, at, *args)

    monkeypatch.setattr(mentions, "_enumerates_the_provinces", counting)
    if not check:
        monkeypatch.setattr(mentions, "_province_opens_at", lambda text, at, lang: True)
    return asked


@pytest.mark.parametrize("lang,text", BARE_PROVINCE_TEXTS)
def test_bare_provinces_tested_only_where_a_province_opens(lang, text, monkeypatch):
    """The same assignments with and without the check, a bare province among them; with it, the clause tests run
    for fewer starts (seen to fail without the check: every start is tested)."""
    from tests.assign_cases import found

    asked = _clause_tests_counted(monkeypatch, check=False)
    plain, plain_asked = found(text, lang), len(asked)
    monkeypatch.undo()
    asked = _clause_tests_counted(monkeypatch, check=True)
    assert found(text, lang) == plain and any(agency.startswith("PPC@") for agency, _, _ in plain)
    assert 0 < len(asked) < plain_asked


@pytest.mark.parametrize("lang,text", BARE_PROVINCE_TEXTS)
def test_a_bare_province_found_only_where_one_opens(lang, text):
    """``_bare_province_at`` finds nothing, whichever way it is asked, at a start where the check says no province
    opens; the check says yes where it finds one."""
    from extract.models import Sentence
    from nlp import segment
    from nlp.agencies import fold_for_matching
    from extract.assign.cues import cues, lower_for_matching

    sentences = [Sentence(s.start, s.end, s.language) for s in segment.sentences(text, [lang], lang)]
    lowered, c = lower_for_matching(text), cues(lang)
    starts = mentions._province_first_word_starts(text, fold_for_matching(text), lang)
    opened = [at for at in starts if mentions._province_opens_at(text, at, lang)]
    assert 0 < len(opened) < len(starts)
    for at in starts:
        sentence = next(s for s in sentences if s.start <= at < s.end)
        some = [mentions._bare_province_at(text, lowered, at, sentence, c, "2025", object_of_verb=o, aside=a)
                for o in (True, False) for a in (True, False)]
        if any(some):
            assert at in opened


def test_bare_provinces_with_the_check_are_the_plain_ones_on_real_text(monkeypatch):
    """The bare provinces of the sample texts and 40 dev articles (where ../shared is present), with and without the
    check; the literal texts above keep the comparison from being empty on a bare checkout, whose samples name none."""
    from extract.models import Sentence
    from nlp import segment
    from nlp.agencies import fold_for_matching, find_mentions
    from extract.assign.cues import lower_for_matching

    cases = []
    for text, lang in _real_texts() + [(text, lang) for lang, text in BARE_PROVINCE_TEXTS]:
        sentences = [Sentence(s.start, s.end, s.language)
                     for s in segment.sentences(text, [lang] * (text.count("\n") + 1), lang)]
        cases.append((text, fold_for_matching(text), lower_for_matching(text), sentences,
                      find_mentions(text, fold_for_matching(text)), lang, None))
    fast = [mentions.bare_provinces(*case) for case in cases]
    monkeypatch.setattr(mentions, "_province_opens_at", lambda text, at, lang: True)
    assert [mentions.bare_provinces(*case) for case in cases] == fast
    assert any(fast)


# a deadline for each of two bodies, "respectively" (where the language lists the word), beside look-alikes: one
# date for both, a task with one body, two dates with no "respectively"
RESPECTIVE_TEXTS = [
    ("en", "The Prime Minister assigned the Ministry of Health and the Ministry of Finance to finish the review before "
           "May 15, 2026, and June 30, 2026, respectively. The Ministry of Construction must report by June 1, 2026."),
    ("en", "The Ministry of Health and the Ministry of Finance must submit the drafts by 30 June 2026."),
    ("sv", "Finansministeriet och byggministeriet ska slutföra förfarandena senast den 30 juni 2025 respektive den 31 juli "
           "2025. Hälsoministeriet ska rapportera senast den 1 juni 2025."),
    ("fr", "Le ministère de la Santé et le ministère des Finances doivent achever l'examen avant le 15 mai 2026 et le 30 "
           "juin 2026."),
    ("vi", "Thủ tướng giao Bộ Y tế và Bộ Tài chính hoàn thành việc rà soát trước ngày 15/5/2026 và 30/6/2026. Bộ Xây "
           "dựng báo cáo trước ngày 1/6/2026."),
]


def _plain_respectively_word(lang: str):
    """The pattern as ``_respective_deadlines`` built it at each task before the twelfth pass, from the file read anew."""
    import re

    from extract.assign.cues import phrase
    from extract.assign.deadlines import load_data

    words = load_data(lang).get("respectively") or []
    return re.compile(r"(?<![\w'])(?:" + "|".join(phrase(w) for w in words) + r")(?![\w'])") if words else None


@pytest.mark.parametrize("lang", ["vi", "en", "fr", "sv"])
def test_respectively_word_read_once_is_the_one_built_from_the_file(lang):
    plain, cached = _plain_respectively_word(lang), task_deadlines._respectively_word(lang)
    assert (plain is None) == (cached is None)
    assert plain is None or (plain.pattern, plain.flags) == (cached.pattern, cached.flags)


@pytest.mark.parametrize("lang,text", RESPECTIVE_TEXTS)
def test_respective_deadlines_with_the_word_read_once_are_the_plain_ones(lang, text, monkeypatch):
    """The same deadlines with the words read once and read anew at each task; read once, deadlines.json is not read
    while the text is extracted a second time (seen to fail before the pass: it was read at each primary task)."""
    from tests.assign_cases import dated

    dated(text, lang)  # the first text of a process reads every cached word list once
    reads = []
    original = extractor._deadline_data  # the same function, imported by each module that reads deadlines.json

    def counting(code):
        reads.append(code)
        return original(code)

    for module in (extractor, deadline_checks, task_deadlines):
        monkeypatch.setattr(module, "_deadline_data", counting)
    fast = dated(text, lang)
    assert fast and reads == []
    monkeypatch.setattr(task_deadlines, "_respectively_word", _plain_respectively_word)
    assert dated(text, lang) == fast
