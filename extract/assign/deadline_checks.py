"""Which dates written in a task's scope are not its deadline: a goal's or a period's end, a status on a day, a
cited document's date or title, a relative clause's date, a day before the text's own.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from extract.assign.common import Found, phrases
from extract.assign.cues import LANGUAGES, cues, grammar, lower_for_matching, phrase
from extract.assign.deadlines import (TEXT_DATE_CHARS, Deadline, dates_in, find_deadlines, load_data as _deadline_data,
                                      told_past_between)
from extract.models import Sentence
from nlp import languages
from nlp.agencies import Mention, fold_for_matching
from nlp.fold import fold


# a cited document's symbol ("637/ubnd-vh", "01/nq-cp", "57/2018/nd-cp"), on folded text; a ministry's own letters
# run to seven or eight ("5935/bldtbxh-vpqggn", "bnnptnt", "bvhttdl": round 37b en)
_DOCUMENT_SYMBOL = re.compile(r"(?<![\w/])\d{1,5}\s*/\s*(?:\d{4}\s*/\s*)?[a-zđ]{1,8}(?:\s*-\s*[a-zđ]{1,8})*(?![\w])"
                              r"|(?<![\w])no\.\s*\d{1,5}(?![\w])")  # or a number after "No." ("Official Dispatch No. 4159")


@lru_cache(maxsize=None)
def _years_in_cited_titles(lang: str) -> bool:
    return bool(_deadline_data(lang).get("years_in_cited_titles"))


@lru_cache(maxsize=None)
def _cited_provision(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``cited_provision_words`` followed by a number (``article 21``, ``clause 1``),
    folded: a provision of a cited law (round 17c); or its optional ``cited_document_words`` followed by a bare
    number (``decision 656``, ``plan 317``): a document cited by its kind and number, no symbol (round 32)."""
    data = _deadline_data(lang)
    words = (data.get("cited_provision_words") or []) + (data.get("cited_document_words") or [])
    if not words:
        return None
    options = "|".join(re.escape(fold_for_matching(w)) for w in words)
    return re.compile(rf"(?<![\w])(?:{options})\s+\d{{1,3}}(?![\w])")


def not_in_cited_title(folded: str, start: int, deadlines: list[Deadline], lang: str) -> list[Deadline]:
    """The deadlines that are not a year inside the title of a document the task cites: ``strictly implement
    Official Dispatch No. 637/UBND-VH … on the organization of festivals in 2015`` names the dispatch's
    subject, not when the task is due (round 9; where a language's deadlines.json sets ``years_in_cited_titles``);
    nor the year of a law cited by one of its provisions (``in accordance with … Article 21 of the Law on Legal
    Documents in 2025``, round 17c: deadlines.json's ``cited_provision_words``), nor the year after a document cited
    by its kind and a bare number (``complete the tasks assigned … in Decision 656 in 2023``, round 32:
    ``cited_document_words``)."""
    if not deadlines or not _years_in_cited_titles(lang):
        return deadlines
    provision = _cited_provision(lang)

    def cited(d: Deadline) -> bool:
        return bool(_DOCUMENT_SYMBOL.search(folded, start, d.start) or (provision and provision.search(folded, start, d.start)))

    return [d for d in deadlines if not (d.qualifier == "in" and len(d.value) == 4 and cited(d))]


def not_told_in_the_past(folded: str, deadlines: list[Deadline], lang: str) -> list[Deadline]:
    """The deadlines that are not a day the text tells in the past (``… investors who disbursed capital by September
    30, 2025 below the province's average``: when they had disbursed, not when the task is due; round 32,
    deadlines.json's optional ``told_past_*``)."""
    return [d for d in deadlines if not told_past_between(folded, d.start, d.end, lang)]


@lru_cache(maxsize=None)
def _relative_clause_opening(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``relative_markers``: a relative pronoun whose clause states a fact about a noun of
    the task (``… des programmes dont la construction commencera en 2025``), right before a date in the same clause."""
    words = _deadline_data(lang).get("relative_markers") or []
    return re.compile(rf"(?<![\w'])(?:{phrases(words)})(?![\w'])[^,;:.()\n]*$") if words else None


def not_in_relative_clause(folded: str, start: int, deadlines: list[Deadline], lang: str) -> list[Deadline]:
    """The deadlines that are not a month or a year in a relative clause of the task (``… à partir des 2 programmes
    cibles nationaux dont la construction commencera en 2025``: when the programmes start, not when the task is due;
    round 17c): a date after ``en`` (qualifier ``in``) with a relative marker before it in the same clause, no comma,
    semicolon or full stop between them."""
    pattern = _relative_clause_opening(lang)
    if not deadlines or pattern is None:
        return deadlines
    return [d for d in deadlines if not (d.qualifier == "in" and pattern.search(folded, start, d.start))]


def sentence_at(sentences: list[Sentence], position: int) -> Sentence | None:
    return next((s for s in sentences if s.start <= position < s.end), None)


@lru_cache(maxsize=None)
def _recipient_before(lang: str) -> re.Pattern | None:
    """The words that make the body after them a report's recipient (grammar's optional ``recipient_markers``:
    ``gửi báo cáo về Sở …``)."""
    words = grammar(lang if lang in LANGUAGES else languages.fallback()).get("recipient_markers") or []
    fillers = cues(lang if lang in LANGUAGES else languages.fallback()).data["fillers"]
    filler = "|".join(phrase(w if isinstance(w, str) else w["cue"]) for w in fillers)
    return re.compile(rf"(?<![\w'])(?:{phrases(words)})\s+(?:(?:{filler})\s+)*$") if words else None


@lru_cache(maxsize=None)
def asker_recipient_before(lang: str) -> re.Pattern | None:
    """grammar's optional ``asker_recipient_markers`` right before a body (``to the``): the task's asker named there is
    where the work goes back to, not another body the sentence is about."""
    words = grammar(lang if lang in LANGUAGES else languages.fallback()).get("asker_recipient_markers") or []
    fillers = cues(lang if lang in LANGUAGES else languages.fallback()).data["fillers"]
    filler = "|".join(phrase(w if isinstance(w, str) else w["cue"]) for w in fillers)
    return re.compile(rf"(?<![\w'])(?:{phrases(words)})\s+(?:(?:{filler})\s+)*$") if words else None


def a_recipient(lowered: str, mention: Mention, lang: str) -> bool:
    """Whether a body is named as where a report goes (``Yêu cầu gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày
    23/5/2019``): such a sentence still tells the task before it when it is due."""
    pattern = _recipient_before(lang)
    return bool(pattern and pattern.search(lowered, max(0, mention.start - 40), mention.start))


def folded_any_of(words) -> str:
    """An alternation of data words as the matching folds them, each run of spaces in a word matching any run."""
    return "|".join(re.escape(" ".join(fold_for_matching(w).split())).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=None)
def report_openers(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``report_openers`` (``rapporter``, ``rendre compte``), folded."""
    words = _deadline_data(lang).get("report_openers") or []
    if not words:
        return None
    options = folded_any_of(words)
    return re.compile(rf"(?:{options})(?![\w'])")


@lru_cache(maxsize=None)
def _time_limit_openers(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``time_limit_openers`` (``thời hạn hoàn thành``), folded, opening a sentence."""
    words = _deadline_data(lang).get("time_limit_openers") or []
    options = sorted((r"\s+".join(re.escape(t) for t in fold(w).split()) for w in words), key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(options) + r")(?!\w)") if words else None


def time_limit_sentence(folded: str, sentence: Sentence, lang: str, own_date: str | None) -> list[Deadline]:
    """The sentence right after a task that opens by stating a time limit (``… rà soát các dự án. Thời hạn hoàn thành
    trước ngày 18/10/2025.``): its deadline is the task's, in any text, not only a directive one (after round 19b)."""
    pattern = _time_limit_openers(lang)
    m = pattern.match(folded, sentence.start) if pattern else None
    if not m:
        return []
    found = find_deadlines(folded, lang, m.end(), sentence.end, own_date)[:1]
    copula = _time_limit_copula(lang)
    link = copula.search(folded, m.end(), sentence.end) if copula and not found else None
    if link:
        # "Mốc hoàn thành các nội dung này là quý IV/2025.": the limit names what it closes before its copula; read
        # the opener and the copula together ("mốc hoàn thành là", a qualifier's cue) over the contents blanked out,
        # so that the date keeps its place in the text (round 26b)
        blanked = folded[: m.end()] + " " * (link.start() - m.end()) + folded[link.start():]
        found = [dataclasses.replace(d, start=link.start()) for d in find_deadlines(blanked, lang, m.start(), sentence.end, own_date)
                 if d.start < link.start() < d.end][:1]
    return not_past(found, own_date)


@lru_cache(maxsize=None)
def _time_limit_copula(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``time_limit_copulas`` (``là``), folded: the word that links a time limit's opener
    and the contents it names to its date."""
    words = _deadline_data(lang).get("time_limit_copulas") or []
    options = sorted((r"\s+".join(re.escape(t) for t in fold(w).split()) for w in words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(options) + r")(?!\w)") if words else None


@lru_cache(maxsize=None)
def _conditional_openers(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``conditional_openers`` (``si``, ``en cas de``), lowered, opening a sentence."""
    words = _deadline_data(lang).get("conditional_openers") or []
    return re.compile(rf"\s*(?:{phrases(words)})(?![\w])") if words else None


def conditional_opening(text: str, sentence: Sentence, lang: str) -> bool:
    """Whether a sentence opens with a condition (deadlines.json's ``conditional_openers``): its task is a branch of
    the task before, which keeps the date reported after it."""
    pattern = _conditional_openers(lang)
    return bool(pattern and pattern.match(lower_for_matching(text[sentence.start : sentence.start + 40])))


def report_opening(folded: str, opening: int, lang: str) -> bool:
    """Whether a sentence opens with the verb of the report a task ends in (deadlines.json's ``report_openers``)."""
    pattern = report_openers(lang)
    return bool(pattern and pattern.match(folded, opening))


@lru_cache(maxsize=None)
def _status_date_opening(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``status_date_openers`` (``au``), folded: the cue, a date and a comma opening a sentence."""
    words = _deadline_data(lang).get("status_date_openers") or []
    if not words:
        return None
    options = folded_any_of(words)
    return re.compile(rf"(?:{options})(?![\w'])")


def not_a_status_date(folded: str, deadlines: list[Deadline], lang: str) -> list[Deadline]:
    """The deadlines that are not the date a sentence's state is given at (``Au 12 mai, le pays comptait 204
    districts touchés``: as of that date, no due date): a date opened by one of deadlines.json's optional
    ``status_date_openers`` at the start of a sentence or line and followed by a comma (round 15b)."""
    opening = _status_date_opening(lang)
    if not opening or not deadlines:
        return deadlines
    kept = []
    for d in deadlines:
        before = folded[: d.start].rstrip(" ")
        at_opening = before == "" or before[-1] in ".\n|:!?"
        if at_opening and opening.match(folded, d.start) and folded[d.end : d.end + 2].lstrip(" ").startswith(","):
            continue
        kept.append(d)
    return kept


@lru_cache(maxsize=None)
def _period_end(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """deadlines.json's optional ``period_cues`` (``đến hết``) and ``period_openers`` (``tiếp tục``, ``từ ngày``), folded."""
    data = _deadline_data(lang)
    cues_, openers = data.get("period_cues") or [], data.get("period_openers") or []
    if not cues_ or not openers:
        return None
    any_of = folded_any_of
    return re.compile(rf"(?:{any_of(cues_)})(?![\w'])"), re.compile(rf"(?<![\w'])(?:{any_of(openers)})(?![\w'])")


def not_a_period_end(folded: str, deadlines: list[Deadline], lang: str) -> list[Deadline]:
    """The deadlines that are not the end of a period (``tiếp tục thực hiện nghiêm … các biện pháp … đến hết ngày
    22-4-2020``, ``từ ngày … đến hết ngày …``: how long measures or a delegation last, not when a task is due):
    a period cue whose clause opens it with one of ``period_openers`` (round 10b)."""
    forms = _period_end(lang)
    if not forms or not deadlines:
        return deadlines
    cue, opener = forms
    kept = []
    for d in deadlines:
        # the sentence's words before the cue (a ";" may part the documents a task lists: "… Chỉ thị số 16/CT-TTg;
        # văn bản số … đến hết ngày …")
        clause_start = max(folded.rfind(mark, 0, d.start) for mark in (". ", ":", "\n")) + 1
        # the cue may open the date's span or stand one word before it, when the date's own qualifier is part of the
        # cue (``từ ngày 1/1/2018 đến trước ngày 1/12/2018``: the span starts at ``trước``, round 33)
        word_before = re.search(r"(?<!\S)\S+\s+$", folded[max(clause_start, d.start - 20) : d.start])
        at_cue = cue.match(folded, d.start) or (word_before and cue.match(folded, d.start - len(word_before.group())))
        if at_cue and opener.search(folded, clause_start, d.start):
            continue
        kept.append(d)
    return kept


@lru_cache(maxsize=None)
def _goal_marker(lang: str, key: str = "goal_markers") -> re.Pattern | None:
    """deadlines.json's optional ``goal_markers`` (``mục tiêu``), or another list of words such as
    ``condition_markers``, folded."""
    words = _deadline_data(lang).get(key) or []
    if not words:
        return None
    return re.compile(rf"(?<![\w'])(?:{folded_any_of(words)})(?![\w'])")


def _a_goals_date(folded: str, clause_start: int, at: int, marker: re.Pattern, lang: str) -> bool:
    """Whether a goal marker stands before the date at ``at`` in its clause, the last one not opening the completion
    of the task itself (deadlines.json's optional ``goal_completions``: ``phấn đấu hoàn thành trong năm 2026``,
    ``striving to complete it in 2026``: when the task is to be finished, its due date, round 33). The completion is
    the task's where at most two words and no figure stand between it and the date: a quantity completed (``strive to
    complete 3,000 km of expressway by the end of 2025``, ``phấn đấu hoàn thành 100% kế hoạch``) is a target's."""
    found = list(marker.finditer(folded, clause_start, at))
    if not found:
        return False
    completion = _goal_marker(lang, "goal_completions")
    done = completion.match(folded, found[-1].start()) if completion else None
    # (the date's own phrase may open with the completion verb: ``hoàn thành trong năm 2026``)
    return not (done and (done.end() >= at or _TASK_ITSELF_BEFORE_DATE.fullmatch(folded, done.end(), at)))


# between a goal's completion verb and the date: nothing, or one or two words (``it``) without a figure
_TASK_ITSELF_BEFORE_DATE = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}")


@lru_cache(maxsize=None)
def _purpose_markers(lang: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """deadlines.json's optional ``purpose_markers`` (``để``, matched with diacritics on the lowered written text, as
    accent-free ``de`` is also the start of ``đề nghị``) and ``purpose_markers_folded`` (accent-free forms that cannot
    be ``đề``: ``de kip``), matched on the folded text."""
    data = _deadline_data(lang)
    written = [" ".join(lower_for_matching(w).split()) for w in data.get("purpose_markers") or []]
    accent_free = [" ".join(fold_for_matching(w).split()) for w in data.get("purpose_markers_folded") or []]

    def compiled(words: list[str]) -> re.Pattern | None:
        if not words:
            return None
        options = [re.escape(w).replace(r"\ ", r"\s+") for w in words]
        return re.compile(rf"(?<![\w'])(?:{'|'.join(options)})(?![\w'])")
    return compiled(written), compiled(accent_free)


@lru_cache(maxsize=None)
def _event_before_date(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """deadlines.json's optional ``event_nouns`` (with an optional one of ``event_held_words`` after them) at the end
    of the words before a date, and its ``event_due_cues`` at the date's start, folded."""
    data = _deadline_data(lang)
    nouns, held, due = data.get("event_nouns") or [], data.get("event_held_words") or [], data.get("event_due_cues") or []
    if not nouns:
        return None

    def any_of(words: list[str]) -> str:
        return folded_any_of(sorted(words, key=len, reverse=True))
    held_run = rf"(?:\s+(?:{any_of(held)}))?" if held else ""
    # "pendant les vacances (du 31 août 2019 au 2 septembre 2019)": the window's first day, where the language reads
    # the last day alone as the date (deadlines.json's optional ``event_window_openings``, verbose regexes)
    openings = data.get("event_window_openings") or []
    window = rf"(?:\s*(?:{'|'.join(openings)}))?" if openings else ""
    due_cue = re.compile(rf"(?:{any_of(due)})(?![\w'])") if due else re.compile(r"(?!)")
    return re.compile(rf"(?<![\w'])(?:{any_of(nouns)}){held_run}{window}\s+$", re.X if openings else 0), due_cue


def not_an_events_days(folded: str, deadlines: list[Deadline], lang: str) -> list[Deadline]:
    """The deadlines that are not the days an event is held (``… for submission to the People's Councils … for
    consideration and voting from April 21 to April 24, 2025``: when the councils vote, not when the report is due;
    round 25's left class, issue #13): a date right after one of deadlines.json's optional ``event_nouns`` whose cue
    is none of its ``event_due_cues`` (``submit the report to the meeting before June 30`` keeps its date)."""
    deadlines = _not_a_plans_year(folded, deadlines, lang)
    forms = _event_before_date(lang)
    if not forms or not deadlines:
        return deadlines
    event, due = forms
    return [d for d in deadlines
            if not (event.search(folded, max(0, d.start - 40), d.start) and not due.match(folded, d.start))]


@lru_cache(maxsize=None)
def _plan_before_date(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``plan_nouns`` at the end of the words before a date, folded."""
    nouns = _deadline_data(lang).get("plan_nouns") or []
    if not nouns:
        return None
    words = folded_any_of(sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{words})\s+$")


def _not_a_plans_year(folded: str, deadlines: list[Deadline], lang: str) -> list[Deadline]:
    """The deadlines that are not a plan's own year: a whole year right after one of deadlines.json's optional
    ``plan_nouns`` with a cue none of its ``event_due_cues`` (``organizes the implementation of the approved …
    plans in 2022``: the plans' year, round 28b); a month or a day stays a due date (``submit the plan in December
    2022``), and so does a due cue (``submit the plans by 2023``)."""
    plan = _plan_before_date(lang)
    if not plan or not deadlines:
        return deadlines
    due = _event_before_date(lang)
    finish = _plan_completion_verbs(lang)
    return [d for d in deadlines
            if not (re.fullmatch(r"\d{4}", d.value) and plan.search(folded, max(0, d.start - 40), d.start)
                    and not (due and due[1].match(folded, d.start))
                    and not (finish and finish.search(folded, max(0, d.start - 60), d.start)))]


@lru_cache(maxsize=None)
def _plan_completion_verbs(lang: str) -> re.Pattern | None:
    """deadlines.json's ``window_completion_verbs`` (``finish``, ``complete`` …), folded: a plan finished in a year is
    due that year (``asked the Ministry of Finance to finish the plan in 2025``, round 7)."""
    verbs = _deadline_data(lang).get("window_completion_verbs") or []
    if not verbs:
        return None
    words = folded_any_of(sorted(verbs, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{words})(?![\w'])")


def not_a_milestone_before_completion(folded: str, deadlines: list[Deadline], lang: str) -> list[Deadline]:
    """The deadlines less a step's date that the task's completion date follows, joined by one of deadlines.json's
    optional ``completion_after_milestone`` words (``… hoàn thành việc khởi công … trong năm 2025 và hoàn thành trước
    ngày 30-8-2026``, ``start construction in 2025 and complete it before August 30, 2026``): the task is due when it is
    to be completed, the start is its step (round 31b; round 27b's gold reads the same sentence so)."""
    joined = _completion_after_milestone(lang)
    if joined is None or len(deadlines) < 2:
        return deadlines
    ordered = sorted(deadlines, key=lambda d: d.start)
    dropped = set()
    for d, after in zip(ordered, ordered[1:]):
        join = joined.match(folded, _GAP_BEFORE_JOIN.match(folded, d.end).end())
        # the completion's words open the gap and its date follows them at once (the words may be that date's own
        # cue): "… and finish repairs before December 30" completes another task, whose object stands between
        if join and after.start >= d.end and after.start - join.end() <= 1:
            dropped.add(id(d))
    return [d for d in deadlines if id(d) not in dropped]


_GAP_BEFORE_JOIN = re.compile(r"[\s,;]*")


@lru_cache(maxsize=None)
def _completion_after_milestone(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``completion_after_milestone``, folded, the longest first (``and complete them`` before
    ``and complete``), ending at a word's end."""
    words = sorted(_deadline_data(lang).get("completion_after_milestone") or [], key=len, reverse=True)
    return re.compile(rf"(?:{folded_any_of(words)})(?![\w'])") if words else None


def not_a_goal(folded: str, deadlines: list[Deadline], lang: str, lowered: str | None = None) -> list[Deadline]:
    """The deadlines that are not a goal's date (``đẩy nhanh tiến độ để đạt mục tiêu 3.000 km cao tốc vào năm 2025``:
    when a target is to be reached, not when the task is due): a date after one of deadlines.json's optional
    ``goal_markers`` in its clause, unless its qualifier is ``before`` (``hoàn thành báo cáo mục tiêu … trước ngày
    30/6``, a due date) (round 12). Nor a condition's date, whatever its qualifier: a date after one of the optional
    ``condition_markers`` in its clause (``There needs to be a plan … if the document number has not been signed by July
    1``: what happens if a thing is not done by then, round 20)."""
    deadlines = not_an_events_days(folded, deadlines, lang)  # every caller that drops a goal's date drops these
    marker = _goal_marker(lang)
    condition = _goal_marker(lang, "condition_markers")
    described = _goal_marker(lang, "described_term_markers")
    purpose, purpose_folded = _purpose_markers(lang)
    if not (marker or condition or described or purpose or purpose_folded) or not deadlines:
        return deadlines
    kept = []
    for d in deadlines:
        clause_start = _goal_clause_start(folded, d.start)
        if marker and d.qualifier != "before" and _a_goals_date(folded, clause_start, d.start, marker, lang):
            continue
        # "… cần hoàn thành sớm công tác chuẩn bị để khởi công trong năm 2024": the year of what the task is for, not
        # when it is due (round 20c); the written text only can tell "để" from the "đề" of "đề nghị"
        if d.qualifier != "before" and ((purpose and lowered is not None and purpose.search(lowered, clause_start, d.start))
                                        or (purpose_folded and purpose_folded.search(folded, clause_start, d.start))):
            continue
        if condition and condition.search(folded, clause_start, d.start):
            continue
        # "rà soát lại các nhiệm vụ UBND tỉnh đã giao … có thời hạn hoàn thành trong năm 2025": the term of the things
        # the task is about, said in its clause (deadlines.json's optional ``described_term_markers``), not its own
        # due date (round 33b)
        if described and described.search(folded, clause_start, d.start):
            continue
        kept.append(d)
    return kept


# a comma between digits groups a number ("to strive to complete 3,000 km of expressway by the end of 2025"): no
# clause boundary, or the goal marker before the number would be cut off from its date (round 20c)
_CLAUSE_MARK = re.compile(r"\. |[:;\n]|,(?!\d)|(?<!\d),")


def _goal_clause_start(folded: str, position: int) -> int:
    """Where the clause of the date at ``position`` starts, for its goal and condition markers."""
    start = 0
    for m in _CLAUSE_MARK.finditer(folded, 0, position):
        start = m.end() if m.group() != ". " else m.start() + 1
    return start


_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# a document's symbol and up to two words before a date (``Thông báo số 432/TB-VPCP ngày 25.12.2016``,
# ``Document No. 12/BYT-DP dated …``): the date the cited document was issued
_SYMBOL_BEFORE_DATE = re.compile(r"(?<![\w/])\d+(?:/[^\s,;/]+)+\s+(?:[^\s\d]+\s+){0,2}$")


def a_cited_documents_date(folded: str, date: str | None, lang: str) -> bool:
    """Whether the date read from a text's opening (``text_date``) is a cited document's issue date, the text's own
    date line absent (a stored page's ``date 2015-03`` is the page's date, whose year a past day keeps)."""
    if not date:
        return False
    return any(value == date and _SYMBOL_BEFORE_DATE.search(folded, max(0, at - 60), at)
               for at, value in dates_in(folded, lang, 0, TEXT_DATE_CHARS))


def after_the_text_date(folded: str, found: list[Found], date: str | None) -> None:
    """On a page without a publication date, a day written without a year (``báo cáo Thủ tướng kết quả thực hiện trước
    ngày 25.1``) that would fall before the date read from the text, a cited document's issue date (``Thông báo số
    432/TB-VPCP ngày 25.12.2016``), is the next one after it: a task is due after the document that set it
    (2017-01-25, round 20b's gold). A known publication date or the page's own date line keeps its year (the
    convention since round 2)."""
    if not date or len(date) < 7:
        return
    for f in found:
        d = f.deadline
        if (d is None or not d.value[:4] == date[:4] or len(d.value) < 7 or d.value[5:] >= date[5 : len(d.value)]
                or _WRITTEN_YEAR.search(folded, d.start, d.end)):
            continue
        f.deadline = dataclasses.replace(d, value=f"{int(d.value[:4]) + 1}{d.value[4:]}")


def not_past(deadlines: list[Deadline], own_date: str | None) -> list[Deadline]:
    """The deadlines that can be one: a whole year before the text's own (``các công việc chưa hoàn thành trong
    năm 2024`` in a 2025 directive, ``vào năm 2020`` in a 2021 story) tells past work, not when a task is due."""
    return [d for d in deadlines if not (own_date and len(d.value) == 4 and d.value < own_date[:4])]
