"""Which deadline goes with which task: the task's scope (clause, list item, following paragraphs of a directive),
plan rows' time fields, a deadline sentence after the tasks, ``respectively`` pairs, time frames opening a
sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.assign.askers import LIST_HEADER_REACH
from extract.assign.common import (ARTICLE_AT_END, AUTHORITIES, CONTINUATION_PARAGRAPHS, CONTINUATION_SENTENCES,
                                   LIST_ITEM_OPENING, LOCAL_COMMITTEES, Found, bare_continued_task_opening, continuation_opening,
                                   continued_led_task_opening, continued_passive_opening, continued_task_opening,
                                   grammar_words, hands_the_task_down, is_collective, opens_new_paragraph_for_item_before,
                                   paragraph_end, phrases, sentence_language, task_verb_as_noun_subject)
from extract.assign.cues import (LANGUAGES, cues, grammar, language_grammar, lower_for_matching, phrase,
                                 reading_without_accents)
from extract.assign.deadline_checks import (a_recipient, asker_recipient_before, conditional_opening, not_a_goal,
                                            not_a_milestone_before_completion,
                                            not_a_period_end, not_a_status_date, not_in_cited_title,
                                            not_in_relative_clause, not_past, not_told_in_the_past, report_opening,
                                            sentence_at,
                                            time_limit_sentence)
from extract.assign.deadlines import Deadline, dates_in, find_deadlines, load_data as _deadline_data
from extract.assign.frames import PLAN_ROW_REACH, plan_row_labels, time_frame_between_commas
from extract.models import Sentence
from nlp import languages
from nlp.agencies import Mention, find_mentions, fold_for_matching, split_id


def _list_head_deadlines(text: str, folded: str, sentences: list[Sentence], primaries: list[Found], language: str,
                         own_date: str | None) -> None:
    """An item of a list with no date of its own (``- Sở Tài chính rà soát các khoản chi;``) under a header that gives
    the list's time frame (``… giao nhiệm vụ cho các đơn vị như sau, hoàn thành trước ngày 30/9/2024:``): the header's
    date covers its items (open classes after round 21b). The nearest line ending with a colon decides, as for the
    items' asker (``_list_header_assigner``); a header with no date leaves its items undated."""
    lowered = lower_for_matching(text)
    for f in primaries:
        sentence = sentences[f.sentence]
        if f.deadline is not None or not LIST_ITEM_OPENING.match(lowered, sentence.start):
            continue
        for index in range(f.sentence - 1, max(-1, f.sentence - 1 - LIST_HEADER_REACH), -1):
            header = sentences[index]
            if not text[header.start : header.end].rstrip().endswith(":"):
                continue
            lang = sentence_language(header, language)
            found = not_past(find_deadlines(folded, lang, header.start, header.end, own_date), own_date)
            found = not_a_goal(folded, not_a_period_end(folded, not_a_status_date(folded, found, lang), lang), lang, lowered)
            if found:
                f.deadline = found[-1]
            break


def _list_opening(words: list[str]) -> re.Pattern | None:
    """One of ``words`` opening a sentence, after a list marker if any; None for no words."""
    return re.compile(rf"\s*(?:[-–•+*]\s*)?(?:{phrases(words)})(?![\w'])") if words else None


def _asker_opens_a_new_request(written: str, lang: str) -> bool:
    """Whether a sentence opens with an asker of the table and its assigning verb (``Thủ tướng yêu cầu đẩy nhanh …``),
    where the language's grammar says a later request of the asker ends the task before it
    (``asker_requests_end_a_task``): a subjectless ``Yêu cầu hoàn thành trước ngày …`` still restates that task."""
    if not language_grammar(lang).get("asker_requests_end_a_task") or not cues(lang).assign_anywhere:
        return False
    lowered = lower_for_matching(written)
    hit = cues(lang).assign_anywhere.search(lowered)
    if not hit or len(lowered) != len(written):
        return False
    prefix = written[: hit.start()]
    named = find_mentions(prefix, fold_for_matching(prefix))
    if not named or named[0].agency_id not in AUTHORITIES:
        return False
    # the asker opens the sentence and only a short word or two stands between it and the verb ("Thủ tướng cũng yêu cầu")
    if prefix[: named[0].start].strip() or len(prefix[named[0].end :].split()) > 2:
        return False
    # the asker asking for the report of the task ("… . Phó Thủ tướng yêu cầu báo cáo Thủ tướng Chính phủ trước ngày
    # 10/11/2022"): still the task (grammar's asker_request_report_verbs right after the verb)
    reports = [" ".join(fold_for_matching(w).split()) for w in language_grammar(lang).get("asker_request_report_verbs") or []]
    rest = " ".join(fold_for_matching(written[hit.end():]).split())
    return not any(rest == w or rest.startswith(w + " ") for w in reports)


@lru_cache(maxsize=None)
def _forecast_opening(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``forecast_openers`` opening a sentence (``Theo dự báo, vào 13 giờ ngày 5.11, bão …``,
    ``According to the forecast, …``): the weather's day, not the task's before it (round 24)."""
    return _list_opening(_deadline_data(lang).get("forecast_openers") or [])


@lru_cache(maxsize=None)
def _past_opening(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``past_openers`` opening a sentence (``Auparavant``, ``Previously``, ``Trước đó``): what
    came before the task, whose dates are past events', not the task's (issue #13, dates29)."""
    return _list_opening(_deadline_data(lang).get("past_openers") or [])


def _tells_the_past(lowered_sentence: str, lang: str) -> bool:
    opening = _past_opening(lang if lang in LANGUAGES else languages.fallback())
    return bool(opening and opening.match(lowered_sentence))


# what may stand before a province opening its sentence as the subject: an opening phrase closed by a comma ("In 2025
# plan, ", "Năm 2025, ") and a short article ("the", "la", "l'"); the name's designator is in the name's span
_BEFORE_A_PROVINCE_SUBJECT = re.compile(r"^\s*(?:[^,.;:]{1,40},\s*)?(?:\w{1,3}['’]?\s*)?$")
_VERB_AFTER_A_PROVINCE = re.compile(r"\s+[^\W\d_A-ZĐ]", re.UNICODE)


def _province_opens_the_sentence(written: str, lang: str) -> bool:
    """The province itself is the subject of a later sentence (``In 2025 plan, Lam Dong will erase 966 houses``, ``Năm
    2025, tỉnh Lâm Đồng sẽ xóa …``): the province's own plan or record, its year not the task's (round 32b). Its
    committee or a department written after the name (``Lam Dong People's Committee``, ``Lam Dong's Department``) is
    a body, which the caller weighs as such: only a name followed by a word in lower case counts."""
    from nlp.provinces import find_provinces

    first = next(iter(find_provinces(written, lang)), None)
    return bool(first and _BEFORE_A_PROVINCE_SUBJECT.match(written[:first.start])
                and _VERB_AFTER_A_PROVINCE.match(written, first.end))


@lru_cache(maxsize=None)
def _topic_opening(lang: str) -> re.Pattern | None:
    """cues.json's optional ``topic_openers`` opening a sentence (``Đối với các trường hợp …``, ``As for …``)."""
    return _list_opening(cues(lang).data.get("topic_openers") or [])


def _opens_with_topic(lowered_sentence: str, lang: str) -> bool:
    pattern = _topic_opening(lang if lang in LANGUAGES else languages.fallback())
    return bool(pattern and pattern.match(lowered_sentence))


@lru_cache(maxsize=None)
def _other_party_opening(lang: str) -> re.Pattern | None:
    """cues.json's optional ``other_party_subjects`` opening a sentence (``Các tổ chức, cá nhân có cơ sở chăn nuôi …
    có trách nhiệm …``): parties outside the table given their own duty, whose date is theirs (round 17)."""
    return _list_opening(cues(lang).data.get("other_party_subjects") or [])


def _another_led_task_opening(lang: str) -> re.Pattern | None:
    """cues.json's ``continuation_openers`` then a ``lead_after`` cue opening a sentence (``Đồng thời chủ trì tổ
    chức hội nghị …``, ``At the same time, preside over …``): the same body's next task, which it leads, its date its
    own (round 16; a row of its own since stop 41: extractor._subjectless_continuations)."""
    return continued_led_task_opening(lang)


def _restating_askers(lowered: str, mentions: list[Mention], sentences: list[Sentence], language: str) -> frozenset[int]:
    """The starts of bodies that ask, right after their name, only the units and localities tasked before
    (grammar's optional ``restated_request_addressees``: ``UBND tỉnh yêu cầu các đơn vị, địa phương …``, round 18b):
    such a request restates an earlier task, whose deadline it may give."""
    found: set[int] = set()
    for m in mentions:
        lang = sentence_language(sentence_at(sentences, m.start), language)
        addressees = grammar(lang).get("restated_request_addressees") or []
        if addressees and _restated_request(cues(lang).assign_anywhere.pattern, tuple(addressees)).match(lowered, m.end):
            found.add(m.start)
    return frozenset(found)


@lru_cache(maxsize=64)
def _restated_request(assign_anywhere: str, addressees: tuple[str, ...]) -> re.Pattern:
    """An assigning verb (the cues' ``assign_anywhere`` as the text is read) and the units and localities asked
    (``_restating_askers``), built once for the words it is given, not at each mention."""
    return re.compile(rf"\s+(?:{assign_anywhere})\s+(?:{phrases(list(addressees))})(?![\w'])")


def _closed_before_a_new_line(text: str, lowered: str, item: Sentence, sentence: Sentence, lang: str) -> bool:
    """Whether ``sentence`` opens a new paragraph after the task's sentence ``item`` closed with a full stop, ``item``
    a line of a direction's content laid out a line an item under a colon (``… the Prime Minister requested:`` then
    ``Chairmen of People's Committees of provinces … continue to urgently direct … .`` then ``Quite a efforts are
    needed …, completing in March 2025.``): the lead's call of stop 42, a single line break is a paragraph break for the
    continuation ruling, so the next line's date is not the item's. A press story's paragraph after its request
    (``… requested localities to …`` then ``The evacuation … must be completed by …``) and an item closing with a
    colon or a semicolon (a list's heading or item) go on over their lines, and so does an item running over one
    unlabelled line under a dispatch's assigning colon (stop 42's exception: ``opens_new_paragraph_for_item_before``)."""
    known = lang if lang in LANGUAGES else languages.fallback()
    if (not text[item.start : item.end].rstrip().endswith(".")
            or not opens_new_paragraph_for_item_before(text, lowered, item.end, sentence.start, known)):
        return False
    line_start = lowered.rfind("\n", 0, item.start) + 1
    if lowered[line_start : item.start].strip():
        return False  # the item does not open its line
    directive = cues(known).directive
    for line in reversed(lowered[max(0, line_start - 3000) : line_start].split("\n")):
        written = line.strip()
        if written.endswith(":"):
            return bool(directive.search(written))
    return False


@lru_cache(maxsize=None)
def _bare_request_opening(lang: str) -> re.Pattern | None:
    """cues.json's optional ``bare_request_verbs`` opening a sentence with no subject (``Require the head of …``,
    ``Yêu cầu …``, ``Demander …``): a request with no asker written, a bare line as a bare task verb's is."""
    return _list_opening(cues(lang).data.get("bare_request_verbs") or [])


def _bare_line_after_a_break(text: str, lowered: str, item: Sentence, sentence: Sentence, lang: str) -> bool:
    """Whether ``sentence`` is a bare line (no subject: one of cues.json's ``bare_continued_task_verbs`` or
    ``bare_request_verbs`` opening it, capitalised) opening a new line after the task's sentence ``item``: the lead's
    call of stop 47 (stop 42's line-break rule holds for deadlines too), its date is not the item's, in a press
    story's paragraphs as under a direction's colon (``… assigned the City Police to review … .`` then ``Require the
    head of the establishment … before March 30, 2025.``; ``… giao Sở Xây dựng kiểm tra … .`` then ``Rà soát, báo cáo
    … trước ngày 30/6/2023.``). Stop 42's exception stays: an item running over one unlabelled line under a
    dispatch's assigning colon goes on over it (the bare task verb's own row reads it there)."""
    between = text[item.end : sentence.start]
    written = text[sentence.start : sentence.end]
    line_start = lowered.rfind("\n", 0, sentence.start + len(written) - len(written.lstrip())) + 1
    if "\n" not in between or text[line_start : sentence.start].strip() or not written.lstrip()[:1].isupper():
        return False  # no line break, or the sentence does not open its line
    if text[item.start : item.end].rstrip().endswith((":", ",")):
        return False  # a list's heading or an item running on: its next line is its own
    known = lang if lang in LANGUAGES else languages.fallback()
    lowered_written = lower_for_matching(written)
    bare = bare_continued_task_opening(known)
    request = _bare_request_opening(known)
    if not ((bare and bare[0].match(lowered_written)) or (request and request.match(lowered_written))):
        return False
    if task_verb_as_noun_subject(lowered_written, known):
        return False  # "Rà soát hồ sơ là …": the verb is a noun, the sentence a statement
    return opens_new_paragraph_for_item_before(text, lowered, item.end, sentence.start, known)


def _not_before_the_text(deadlines: list[Deadline], own_date: str | None) -> list[Deadline]:
    """The deadlines a later sentence gives a task that are not a time told before the text's own date: a month or a
    day after ``in`` (no limit's qualifier) before it is a past event the text goes on to tell (``The Ministries of …
    were told to add rescue regulations … . … In early August, a karaoke bar blaze killed three firefighters …`` in an
    October text: no deadline of theirs; stop 44's left classes, round 36 en); a limit (``The work must be finished by
    March 31.`` in an April text, round 34 en) and a date the task's own clause gives are left as written."""
    if not own_date:
        return deadlines
    return [d for d in deadlines if not (d.qualifier == "in" and len(d.value) >= 7 and len(own_date) >= len(d.value)
                                         and d.value < own_date[: len(d.value)])]


def _continued_deadline(text: str, folded: str, sentences: list[Sentence], f: Found, end: int, following: list[int],
                        other_bodies: list[tuple[int, str]], lang: str, own_date: str | None,
                        restating: frozenset[int] = frozenset()) -> list[Deadline]:
    """The deadline of a task that reads on past its clause: in the next few sentences (within a few
    paragraphs) that name no other body and start before the next assignment. A sentence naming a
    body is about that body ("Một Hội nghị của Bộ KHCN … vào tháng 3/2017"), a sentence that reports
    ("… cho biết", "said") tells what happened, and a press article is
    often one long paragraph, so neither the rest of the paragraph nor the article is the task."""
    last_paragraph = f.group.start
    for _ in range(CONTINUATION_PARAGRAPHS + 1):
        last_paragraph = paragraph_end(text, last_paragraph + 1)
    position, taken = end, 0
    # a task that introduces a list of works ("… tập trung thực hiện một số công việc sau:") has no deadline of its
    # own: an item's deadline ("- Khẩn trương hoàn thành tổng kết … trước ngày 20/4/2015") is that item's
    introduces_items = text[sentences[f.sentence].start : sentences[f.sentence].end].rstrip().endswith(":")
    lowered_text = lower_for_matching(text)
    for sentence in sentences[f.sentence + 1 :]:
        if taken >= CONTINUATION_SENTENCES or sentence.start >= last_paragraph or (following and following[0] < sentence.end):
            break
        if (_closed_before_a_new_line(text, lowered_text, sentences[f.sentence], sentence, lang)
                and not report_opening(folded, sentence.start + len(text[sentence.start : sentence.end])
                                       - len(text[sentence.start : sentence.end].lstrip()), lang)):
            break  # "… direct the assessment of measles in the locality.\nMore efforts are needed …, completing in March
            # 2025": a closed item's date is not in the next paragraph (stop 42: a line break is a paragraph break);
            # the report the item ends in keeps it ("Rendre compte au Premier ministre avant le 20 avril 2012", round 15b)
        if _bare_line_after_a_break(text, lowered_text, sentences[f.sentence], sentence, lang):
            break  # "… assigned the City Police to review … .\nRequire the head of the establishment … before March 30,
            # 2025": a bare line after a line break dates no item before it (the lead's call of stop 47)
        if introduces_items and LIST_ITEM_OPENING.match(text, sentence.start):
            if not _deadline_data(lang).get("first_item_dates_the_list"):
                break
            # "… to build: 1. Resolution … , to be completed in September 2025. 2. …": the first item's date is the
            # listed task's where the language's gold reads it so (deadlines.json's first_item_dates_the_list)
            return not_a_goal(folded, not_a_status_date(folded, find_deadlines(folded, lang, sentence.start, sentence.end,
                                                                                 own_date), lang), lang)[:1]
        # the task's own body opening the sentence again spells the task out ("… giao cho Bộ Giao thông Vận tải … .
        # Bộ GTVT sẽ đề xuất …, báo cáo … trong tháng 8/2016"); named elsewhere in it, the sentence is about it
        # ("Một Hội nghị của Bộ KHCN … vào tháng 3.2017")
        own = {m.agency_id for m in f.group.mentions}
        # the task's asker asking again the units and localities it has just tasked ("… chỉ đạo các sở, ban, ngành và
        # UBND các huyện tổ chức tổng kết …. Theo đó, UBND tỉnh yêu cầu các đơn vị, địa phương … báo cáo kết quả …
        # trước ngày 01/11/2021"): the sentence spells the same task out (grammar's restated_request_addressees)
        askers = {agency_id for b, agency_id in other_bodies
                  if sentences[f.sentence].start <= b < f.extra.get("cue_start", f.group.start)}
        written = text[sentence.start : sentence.end]
        opening = sentence.start + len(written) - len(written.lstrip())
        # (a collective of the task named again inside it, "… across all localities within a province", is
        # still the task's: round 12)
        back_to_asker = asker_recipient_before(lang)
        if any(sentence.start <= b < sentence.end and not (agency_id in own and (b == opening or is_collective(agency_id)))
               and not (b in restating and agency_id in askers)
               # the work going back to the task's own asker ("… propose solutions to the Ho Chi Minh City People's
               # Committee … before June 15"): still the task (round 18c's open class, round 19 not blind)
               and not (agency_id in askers and back_to_asker and back_to_asker.search(folded, max(0, b - 30), b))
               for b, agency_id in other_bodies) and not report_opening(folded, opening, lang):
            break  # (a sentence that opens with the report the task ends in, "Rapporter les résultats au Comité
            # populaire provincial … avant le 20 avril", names the bodies reported to: still the task, round 15b)
        if cues(lang).reporting.search(lower_for_matching(text[sentence.start : sentence.end])):
            break  # "Tổng thư ký Quốc hội cho biết, … trong năm 2016": a report, not the task
        if (language_grammar(lang).get("requests_outside_the_table_end_a_task") and cues(lang).assign_anywhere
                and cues(lang).assign_anywhere.search(lower_for_matching(written))
                and not any(sentence.start <= b < sentence.end for b, _ in other_bodies)):
            break  # "… a demandé à ce dernier de se concentrer en 2015 sur …": a later request to a party outside the
            # table (the North-West Steering Committee), its date its own, not the task's before (round 20c)
        if _asker_opens_a_new_request(written, lang) and not any(sentence.start <= b < sentence.end for b, _ in other_bodies):
            break  # "… . Thủ tướng yêu cầu đẩy nhanh tiến độ các dự án … (… trong tháng 3 năm 2026)": the asker's next
            # request, naming no body, has its own date, not the task's before it (round 24b)
        if _opens_with_topic(lower_for_matching(written), lang):
            break  # "Đối với các trường hợp … trong tháng 6/2025": another matter's rule, not the task (round 15b)
        other_party = _other_party_opening(lang if lang in LANGUAGES else languages.fallback())
        if other_party and other_party.match(lower_for_matching(written)):
            break  # "… . Các tổ chức, cá nhân … có trách nhiệm …, chậm nhất trước ngày 1-1-2025": their date (round 17)
        continued = continued_task_opening(lang if lang in LANGUAGES else languages.fallback())
        if continued and continued.match(lower_for_matching(written)):
            break  # "… . At the same time, complete the completed packages … in 2025": the item's next task, a row of
            # its own with its own date (extractor._subjectless_continuations; stop 40's convention)
        passive = continued_passive_opening(lang if lang in LANGUAGES else languages.fallback())
        if passive and passive.match(lower_for_matching(written)):
            break  # "… . At the same time, recruitment … will be carried out …, before November 30": its own row and date
        bare = bare_continued_task_opening(lang if lang in LANGUAGES else languages.fallback())
        item = sentences[f.sentence]
        known = lang if lang in LANGUAGES else languages.fallback()
        if (bare and sentence is sentences[f.sentence + 1] and written.lstrip()[:1].isupper()
                and bare[0].match(lower_for_matching(written))
                # an item over an unlabelled line under a dispatch's assigning colon (stop 42's exception)
                and not opens_new_paragraph_for_item_before(text, lowered_text, item.end, sentence.start, known)
                and not task_verb_as_noun_subject(lower_for_matching(written), known)
                and not hands_the_task_down(lower_for_matching(text[f.group.end : item.end]), known)):
            break  # "… yêu cầu Sở KH&CN chủ trì … . Rà soát, báo cáo … trong năm 2025": the item's next task with no
            # opener word, in its paragraph, its date its own (stop 41's ruling)
        led = _another_led_task_opening(lang if lang in LANGUAGES else languages.fallback())
        if led and led.match(lower_for_matching(written)):
            break  # "… . Đồng thời chủ trì tổ chức hội nghị … trong tháng 12/2025": the body's next task, its own date
        forecast = _forecast_opening(lang if lang in LANGUAGES else languages.fallback())
        if forecast and forecast.match(lower_for_matching(written)):
            break  # "… . Theo dự báo, vào 13 giờ ngày 5.11, bão … sẽ nằm …": the storm's day, not the task's (round 24)
        if _province_opens_the_sentence(written, lang):
            break  # "… coordinate with the districts' committees to accelerate project 1. In 2025 plan, Lam Dong will erase
            # 966 houses …": the province's own plan, not the task's time (round 32b)
        if _tells_the_past(lower_for_matching(written), lang):
            break  # "… jusqu'à nouvel ordre. Auparavant, … le Comité provincial du Parti avait organisé une conférence …
            # pour réorganiser le système politique en 2025": what came before the task, its year not the task's
        # "… . They aim to submit the proposal … in the fourth quarter of 2024": a later sentence's aim is a goal's
        # date, not the task's (round 17b)
        deadlines = not_a_goal(folded, not_a_status_date(folded, find_deadlines(folded, lang, position, sentence.end, own_date), lang), lang,
                                lower_for_matching(text))
        # "… assigned to build 200 houses. The implementation period is from December 1, 2025 to January 31, 2026.":
        # a window told in a later sentence naming no body is the order's period, not the task's due day (round 24's
        # gold); in the task's own clause it is due by its close (round 19)
        deadlines = [d for d in deadlines if not d.window]
        if deadlines:
            return deadlines
        position, taken = sentence.end, taken + 1
    return []


def _localities_going_on_deadlines(lowered: str, sentences: list[Sentence], primaries: list[Found], language: str) -> None:
    """Communes or districts asked with no date, then the next sentence opening with the word for "the localities"
    (``… yêu cầu các phường, xã … triển khai … . Các địa phương có phương án hỗ trợ … . Phải di dời người dân … trước 17
    giờ ngày 28/9``): the same bodies going on, so the date the localities' sentences reach is the committees' task's
    too (round 25b's open class), where the localities' own task gives no row (``_unnamed_localities``)."""
    for f in primaries:
        if f.deadline is not None or not all(split_id(m.agency_id)[0] in LOCAL_COMMITTEES for m in f.group.mentions):
            continue
        if f.sentence + 1 >= len(sentences):
            continue
        following = sentences[f.sentence + 1]
        written = lowered[following.start : following.end]
        opening = following.start + len(written) - len(written.lstrip())
        lang = sentence_language(following, language)
        word_end = _localities_word_end(lowered, opening, lang)
        # (the mention may start after the word's article: ``Les localités doivent …``)
        going_on = [g for g in primaries if g.sentence == f.sentence + 1 and word_end and opening <= g.group.start < word_end
                    and g.deadline is not None and all(m.agency_id == "PROVINCES" for m in g.group.mentions)]
        if going_on:
            f.deadline = going_on[0].deadline


def _localities_word_end(lowered: str, start: int, lang: str) -> int | None:
    """Where the longest of the words for "the localities" that give no row of their own (grammar's
    ``unnamed_localities_of_a_province``, Vietnamese) written at ``start`` of the lowered text ends; None for none.
    Where the language reads them as the districts or communes (``localities_of_a_province``: ``Localities need to
    …``, round 19's Da Nang page), their sentence is a row of its own and its date theirs."""
    words = grammar_words(lang, "unnamed_localities_of_a_province", reading_without_accents(lang))
    ends = [start + len(w) for w in words
            if lowered.startswith(w, start) and not lowered[start + len(w) : start + len(w) + 1].isalnum()]
    return max(ends, default=None)


def _same_bodies_going_on(lowered: str, sentences: list[Sentence], primaries: list[Found], language: str) -> set[int]:
    """Where the tasks start that only go on with the bodies the sentence before asked, in a sentence opening with
    cues.json's ``continuation_openers`` (``… giao Sở Xây dựng chủ trì … . Đồng thời, Sở này xây dựng quy chế …``):
    a time limit after them closes the earlier direction too."""
    starts = set()
    for f in primaries:
        if f.sentence == 0 or not continuation_opening(sentence_language(sentences[f.sentence], language)).match(
                lowered, sentences[f.sentence].start):
            continue
        asked = {m.agency_id for g in primaries if g.sentence == f.sentence - 1 and g.role in ("assignee", "lead")
                 for m in g.group.mentions}
        if {m.agency_id for m in f.group.mentions} <= asked:
            starts.add(f.group.start)
    return starts


def scope_tasks(text: str, folded: str, sentences: list[Sentence], found: list[Found], language: str, directive: bool, own_date: str | None,
                 mentions: list[Mention] = ()) -> None:
    """Set each primary assignment's task end and deadline."""
    primaries = [f for f in found if f.primary is None]
    lowered = lower_for_matching(text)
    other_bodies = [(m.start, m.agency_id) for m in mentions if m.agency_id not in AUTHORITIES
                    and not a_recipient(lowered, m, sentence_language(sentence_at(sentences, m.start), language))]
    starts = sorted(f.group.start for f in primaries)
    restating = _restating_askers(lowered, mentions, sentences, language)
    # a task under a condition opening its sentence ("Si le rapport … confirme …, le Comité populaire du district …
    # est prié de …") branches off the task before it: the report and date that follow are that task's (round 20c)
    conditional = {f.group.start for f in primaries if conditional_opening(text, sentences[f.sentence], sentence_language(sentences[f.sentence], language))}
    going_on = _same_bodies_going_on(lowered, sentences, primaries, language)
    for f in primaries:
        sentence = sentences[f.sentence]
        lang = sentence_language(sentence, language)
        following = [s for s in starts if s > f.group.start and not (s in conditional and s >= sentence.end)]
        end = sentence.end
        if f.kind in ("list_item", "list_subject"):
            end = paragraph_end(text, f.group.start)
        if following and following[0] < end:
            end = following[0]
        f.task_end = end
        deadlines = not_in_cited_title(folded, f.group.end, not_past(find_deadlines(folded, lang, f.group.end, end, own_date), own_date), lang)
        deadlines = not_in_relative_clause(folded, f.group.end, deadlines, lang)
        deadlines = not_told_in_the_past(folded, deadlines, lang)
        deadlines = not_a_status_date(folded, not_a_goal(folded, not_a_period_end(folded, deadlines, lang), lang, lowered),
                                       lang)
        deadlines = not_a_milestone_before_completion(folded, deadlines, lang)
        # "By April 21, the People's Committee of the commune must complete …": a time frame before a subject's
        # cue as before an asker's (round 17b); before a plain future's subject as well ("In the fourth quarter, the
        # Department of Home Affairs will coordinate with …", round 19)
        # the time frame that opens the clause is the whole task's, before a date later in it that closes one of its
        # steps ("…, by April 19, districts … will synthesize the results … and send samples to the Department of Home
        # Affairs before 5:00 p.m. on April 20": April 19; open classes after round 21b)
        if f.kind in ("assign", "subject", "weak"):
            deadlines = _opening_time_frame(folded, sentence, f, lang, own_date) or deadlines
        if not deadlines and f.kind == "assign":
            deadlines = _cue_time_frame(folded, f, lang, own_date)
        if not deadlines and directive and end in (sentence.end, paragraph_end(text, f.group.start)) and f.group.start not in conditional:
            deadlines = _not_before_the_text(not_past(_continued_deadline(text, folded, sentences, f, end, following,
                                                                          other_bodies, lang, own_date, restating),
                                                      own_date), own_date)
        # the same body going on in the next sentence ("Đồng thời, Sở này xây dựng …") leaves the time limit after it
        # to this task too (round 20b's gold: the four rows above the limit)
        ahead = [s for s in following if s not in going_on]
        if not deadlines and end in (sentence.end, sentence.end - 1) and f.sentence + 1 < len(sentences) and not (ahead and ahead[0] < sentences[f.sentence + 1].end):
            deadlines = time_limit_sentence(folded, sentences[f.sentence + 1], lang, own_date)
            # the direction goes on in a sentence opening with a continuation opener whose body is no task found
            # ("Đồng thời, Sở này xây dựng quy chế …"), then the time limit closes both ("Thời hạn hoàn thành nội dung
            # chỉ đạo này trước ngày …", round 20b)
            went_on = f.sentence + 2 < len(sentences) and continuation_opening(lang).match(lowered, sentences[f.sentence + 1].start)
            if not deadlines and went_on and not (ahead and ahead[0] < sentences[f.sentence + 2].end):
                deadlines = time_limit_sentence(folded, sentences[f.sentence + 2], lang, own_date)
        f.deadline = deadlines[0] if deadlines else None
        respective = _respective_deadlines(folded, f, end, lang)
        if respective:
            f.extra["respective"] = respective
    _pointed_back_deadlines(lowered, sentences, primaries, language)
    _joined_directions_deadlines(lowered, primaries, language)
    _directed_deadlines(text, primaries)
    _localities_going_on_deadlines(lowered, sentences, primaries, language)
    _deadline_sentence_deadlines(lowered, folded, sentences, primaries, language, own_date, other_bodies)
    _list_head_deadlines(text, folded, sentences, primaries, language, own_date)
    _plan_row_deadlines(lowered, folded, sentences, primaries, language, own_date)


def _plan_row_deadlines(lowered: str, folded: str, sentences: list[Sentence], primaries: list[Found], language: str,
                        own_date: str | None) -> None:
    """A plan's lead row without a date of its own takes its row's time field (deadlines.json's ``time_limit_openers``
    opening a sentence: ``Thời gian hoàn thành: trước ngày 15/12/2025.``, ``The time to complete … before December 15,
    2025``) after its partners' row, else right before the lead row where the press prints the time first."""
    for f in primaries:
        if f.kind != "plan_row" or f.deadline is not None:
            continue
        lang = sentence_language(sentences[f.sentence], language)
        partners = plan_row_labels(lang).get("coordinate")
        after = f.sentence + 1
        while (partners and after < len(sentences) and after <= f.sentence + PLAN_ROW_REACH
               and re.match(rf"\s*{partners}", lowered[sentences[after].start : sentences[after].end])):
            after += 1  # the partners' row between the lead's and the time's
        rows = [after] if after < len(sentences) else []
        rows += [f.sentence - 1] if f.sentence else []
        for row in rows:
            if any(g.sentence == row for g in primaries if g is not f and g.kind != "plan_row"):
                continue  # a task of its own in that sentence: its date is that task's
            deadlines = time_limit_sentence(folded, sentences[row], lang, own_date)
            if deadlines:
                f.deadline = deadlines[0]
                break


@lru_cache(maxsize=None)
def _deadline_sentence_opening(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``deadline_sentence_openers`` (verbose regexes) at a sentence's start."""
    openers = _deadline_data(lang).get("deadline_sentence_openers") or []
    return re.compile(rf"\s*(?:{'|'.join(openers)})", re.VERBOSE) if openers else None


# how many sentences back a sentence that only gives the due date reaches ("… requires departments to handle issues …
# . For issues beyond their authority, … . The deadline for completing this work is before … July 7, 2025.")
DEADLINE_SENTENCE_REACH = 3


# how many sentences back a request asking again only "the units" reaches: a letter's closing sentence
# ("… đã ký văn bản trên, yêu cầu các đơn vị hoàn tất … trong tháng 11-2025") closes the letter's requests, which a
# press item tells over a few paragraphs, with the criteria and a photo's caption between (round 25b: seven back)
RESTATED_REQUEST_REACH = 8
# the committees whose request to "the units" restates the letter's
ASKING_COMMITTEES = LOCAL_COMMITTEES | {"PPC"}


def _restated_request_in(lowered: str, sentence: Sentence, lang: str) -> bool:
    """Whether a sentence asks again, after an assigning verb, only the units and localities (grammar's
    ``restated_request_addressees``: ``… yêu cầu các đơn vị hoàn tất …``), naming no body of the table."""
    read_as = lang if lang in LANGUAGES else languages.fallback()
    addressees = grammar(read_as).get("restated_request_addressees") or []
    assign = cues(read_as).assign_anywhere
    if not addressees or not assign:
        return False
    hit = _restated_request(assign.pattern, tuple(addressees)).search(lowered, sentence.start, sentence.end)
    if not hit:
        return False
    # the units asked again by a committee or the national authority, the letter's asker; a department asking "the
    # units" (``Sở Tài chính yêu cầu các đơn vị, địa phương …``, round 18b) asks its own addressees
    prefix = lowered[sentence.start : hit.start()]
    return all(m.agency_id in AUTHORITIES or split_id(m.agency_id)[0] in ASKING_COMMITTEES
               for m in find_mentions(prefix, fold_for_matching(prefix)))


def _deadline_sentence_deadlines(lowered: str, folded: str, sentences: list[Sentence], primaries: list[Found],
                                 language: str, own_date: str | None, other_bodies: list[tuple[int, str]] = ()) -> None:
    """A sentence of its own that says when the work just asked is due (deadlines.json's ``deadline_sentence_openers``:
    ``The deadline for completing this work is before 5 p.m. on July 7, 2025.``, ``All directives must be completed by
    …``), or that asks again only the units the text has tasked (``_restated_request_in``), and asks no body itself: its date goes to the tasks without a date in the few sentences before it, back to the
    first task that has its own date (that one closes the work the sentence can mean)."""
    asking = {f.sentence for f in primaries}
    for index, sentence in enumerate(sentences):
        if index in asking:
            continue
        lang = sentence_language(sentence, language)
        opening = _deadline_sentence_opening(lang)
        # the opening first (one match at the sentence's start); the restated request (a search of the sentence, and
        # the bodies before its hit) only where it decides: without the opening, whether the sentence counts; with
        # it, once the sentence gives a date, how far back it reaches (a sentence that is both reaches the longer way)
        opens = opening is not None and opening.match(lowered, sentence.start, sentence.end) is not None
        restated = not opens and _restated_request_in(lowered, sentence, lang)
        if not opens and not restated:
            continue
        found = not_a_goal(folded, not_past(find_deadlines(folded, lang, sentence.start, sentence.end, own_date), own_date), lang)
        if not found:
            continue
        if opens:
            restated = _restated_request_in(lowered, sentence, lang)
        reach = RESTATED_REQUEST_REACH if restated else DEADLINE_SENTENCE_REACH
        # "… . TP.HCM yêu cầu 5 đề án nhánh nêu trên hoàn thành trong quý 3/2021": the work named back is the
        # paragraph's; a task of an earlier paragraph keeps its own date (deadlines.json's optional
        # ``deadline_sentence_in_paragraph``, vi; round 34b, helper w2vi34)
        in_paragraph = not restated and bool(_deadline_data(lang).get("deadline_sentence_in_paragraph"))
        for back in range(index - 1, -1, -1):
            if reach == 0:
                break
            if in_paragraph and "\n" in lowered[sentences[back].end : sentences[back + 1].start]:
                break
            if _caption_line(lowered[sentences[back].start : sentences[back].end]):
                continue  # "Illustrative photo" between the task and its deadline sentence: no sentence of the text
            reach -= 1
            tasks = [f for f in primaries if f.sentence == back]
            # (before a restated request, a task that already reached this very date through its following sentences
            # does not close the work: the request restates it with those before it)
            if any(f.deadline is not None and not (restated and f.deadline == found[0]) for f in tasks):
                break
            if not tasks and _body_as_subject(lowered, sentences[back], other_bodies, lang):
                break  # "… the People's Committee of Phan Thiet city reviewed and classified each case … . The given
                # time is before June 30, 2025 to provide documents …": the date closes that body's work, told without
                # a cue read, not a task further back (round 30 en)
            for f in tasks:
                f.deadline = found[0]


def _body_as_subject(lowered: str, sentence: Sentence, bodies: list[tuple[int, str]], lang: str) -> bool:
    """Whether a sentence in which no task was read names, as a subject, a body of the table that carries out work
    (``bodies``: the text's bodies but the authorities and the recipients, by where they start): neither a provincial
    committee (it asks), nor after a word of ``not_subject_before`` (``report to the Department of Finance``)."""
    read_as = lang if lang in LANGUAGES else languages.fallback()
    c = cues(read_as)
    return any(sentence.start <= start < sentence.end and split_id(agency_id)[0] not in ("PPC", "PROVINCES")
               and not c.not_subject_before.search(lowered[sentence.start : start]) for start, agency_id in bodies)


@lru_cache(maxsize=None)
def _respectively_word(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``respectively`` words; None where the language lists none. Read once per language,
    as the other readers of deadlines.json above are: ``_respective_deadlines`` asks for them at every primary task
    (the file read and parsed anew each time was 0.3 ms a benchmark page, issue 18's twelfth pass)."""
    words = _deadline_data(lang).get("respectively") or []
    return re.compile(r"(?<![\w'])(?:" + "|".join(phrase(w) for w in words) + r")(?![\w'])") if words else None


# the most words a line may have and still be a photo's caption or credit rather than a sentence of the text
CAPTION_MAX_WORDS = 4


def _caption_line(written: str) -> bool:
    """Whether a "sentence" is a line a page prints between paragraphs (``Illustrative photo``, ``Photo: VNA``):
    a few words without a closing stop, which the reach of a deadline sentence does not count (round 24b)."""
    written = written.strip()
    return bool(written) and written[-1] not in ".!?;:" and len(written.split()) <= CAPTION_MAX_WORDS


def _respective_deadlines(folded: str, f: Found, end: int, lang: str) -> dict[int, Deadline] | None:
    """``… before July 27, 2025, and August 31, 2025, respectively``: as many dates with a year between the task's
    deadline and a word of deadlines.json's ``respectively`` as the list has bodies give each body, in order, its
    own date, with the first date's qualifier (round 16); None where the counts differ or the word is absent."""
    word = _respectively_word(lang)
    d = f.deadline
    bodies = list(dict.fromkeys(m.agency_id for m in f.group.mentions))
    if d is None or word is None or len(bodies) < 2:
        return None
    m = word.search(folded, d.start, max(d.start, end))
    if not m:
        return None
    dates: list[tuple[int, str]] = []
    # the word after the dates ("… and August 31, 2025, respectively") or before the last one (Swedish "den 30 juni
    # 2025 respektive den 31 juli 2025"): the dates up to a few words after it, within the task's clause
    for at, value in dates_in(folded, lang, d.start, min(max(d.start, end), m.end() + 40)):
        if dates and dates[-1][1].startswith(value) and at - dates[-1][0] < 12:
            continue  # "30 june 2025" also holds the month form "june 2025": one date
        dates.append((at, value))
    if len(dates) != len(bodies) or dates[0][1] != d.value:
        return None
    return {mention.start: Deadline(at, at, value, d.qualifier)
            for mention in f.group.mentions for body, (at, value) in zip(bodies, dates) if mention.agency_id == body}


def _pointed_back_deadlines(lowered: str, sentences: list[Sentence], primaries: list[Found], language: str) -> None:
    """A closing request that points back to the task told just before (grammar's optional ``back_reference_openers``
    opening its sentence: ``Căn cứ nội dung này, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Kế hoạch và Đầu tư triển
    khai thực hiện.``) asks the same body for the same task: it takes that task's deadline (round 15b)."""
    for f in primaries:
        if f.deadline is not None or f.sentence == 0:
            continue
        lang = sentence_language(sentences[f.sentence], language)
        words = grammar(lang if lang in LANGUAGES else languages.fallback()).get("back_reference_openers") or []
        sentence = sentences[f.sentence]
        if not words or not re.match(rf"\s*(?:{phrases(words)})(?![\w'])", lowered[sentence.start : sentence.end]):
            continue
        own = {m.agency_id for m in f.group.mentions}
        earlier = [g for g in primaries if f.sentence - 3 <= g.sentence < f.sentence and g.deadline is not None
                   and own & {m.agency_id for m in g.group.mentions}]
        if earlier:
            f.deadline = earlier[-1].deadline


def _opening_time_frame(folded: str, sentence: Sentence, f: Found, lang: str, own_date: str | None) -> list[Deadline]:
    """A request's time frame opening its sentence before the asker and the body asked (``Trong tháng 9/2018, UBND
    tỉnh Phú Yên đề nghị các sở, ban, ngành … rà soát …``, ``In March 2024, the ministry asked …``): the task's
    deadline (round 13's open class, round 15). Only a deadline phrase that opens the sentence and ends its first
    clause (a comma after it), and that is neither a period's end nor a goal's date."""
    written = folded[sentence.start : f.group.start]
    start = sentence.start + len(written) - len(written.lstrip())
    # "As planned, by April 21, the People's Committee of the commune must …": a continuation opener and its comma
    # before the time frame (cues.json's ``continuation_openers``, round 17b)
    opener = cues(lang if lang in LANGUAGES else languages.fallback()).continuation_opener.match(folded[start : f.group.start])
    if opener:
        rest = folded[start + opener.end() : f.group.start]
        start += opener.end() + len(rest) - len(rest.lstrip())
    found = find_deadlines(folded, lang, start, f.group.start, own_date)
    # "Senast den 20 november ska finansavdelningen rapportera …": a language that puts its modal before the subject
    # after a fronted time frame (grammar's optional ``modals_after_fronted_time``, Swedish; stop 40)
    # (the words folded as the text is: "måste" is "maste" there; stop 41, the open "Senast den 20 november 2025
    # måste …" was this)
    inverted = [fold_for_matching(w).lower() for w in language_grammar(lang).get("modals_after_fronted_time") or []]
    if (found and found[0].start == start and inverted
            and folded[found[0].end : f.group.start].strip().lower() in inverted):
        return not_a_goal(folded, not_a_period_end(folded, not_past(found[:1], own_date), lang), lang)
    if not found or found[0].start != start or not folded[found[0].end : f.group.start].lstrip().startswith(","):
        # a time frame set off by commas right before the subject opens its clause as well (``According to the plan,
        # by April 19, districts, towns and cities will synthesize …``, open classes after round 21b)
        framed = time_frame_between_commas(ARTICLE_AT_END.sub("", folded[sentence.start : f.group.start]), lang)
        if framed is None:
            return []
        found = find_deadlines(folded, lang, sentence.start + framed, f.group.start, own_date)[:1]
    return not_a_goal(folded, not_a_period_end(folded, not_past(found[:1], own_date), lang), lang)


def _cue_time_frame(folded: str, f: Found, lang: str, own_date: str | None) -> list[Deadline]:
    """A time frame the asker slips in after the assigning verb, before the bodies asked (cues.json's
    ``assign_inserts``: ``Chủ tịch UBND huyện yêu cầu trong tháng 10/2022, UBND các xã, thị trấn hoàn thành …``): the
    task's deadline, as one opening the sentence (round 18). Only a date inside the matched cue, and neither a
    period's end nor a goal's date."""
    start = f.extra.get("cue_start")
    if start is None:
        return []
    found = find_deadlines(folded, lang, start, start + len(f.cue), own_date)
    return not_a_goal(folded, not_a_period_end(folded, not_past(found[:1], own_date), lang), lang)


# the most words between an asked body and the body it is to direct ("… các tỉnh, thành phố chỉ đạo Sở …")
MAX_DIRECTING_WORDS = 4
# … where no comma stands between them: a run of directing verbs (``continue de diriger et de soutenir les districts``,
# round 30), not a task of the asked body's own before another verb (``tăng cường kiểm tra, giao Sở Y tế …``)
MAX_JOINED_DIRECTING_WORDS = 6
# … and between a body asked to lead and the body it is to direct, its partners between them (``chủ trì, phối hợp với
# các cơ quan liên quan chỉ đạo …``)
MAX_LEAD_DIRECTING_WORDS = 12


def _joined_directions_deadlines(lowered: str, primaries: list[Found], language: str) -> None:
    """Two directions by the same verb in one sentence, the second after a semicolon and cues.json's
    ``continuation_openers`` (``… chỉ đạo các sở, ngành kiểm tra …; đồng thời chỉ đạo Công an tỉnh …, báo cáo Thủ
    tướng Chính phủ trước ngày 01 tháng 11 năm 2018``): the date that closes the sentence closes both (round 17b)."""
    openers = cues(language).data.get("continuation_openers") or [] if language in LANGUAGES else []
    if not openers:
        return
    joined = re.compile(rf";\s*(?:{phrases(openers)})\s*,?\s*$")
    ordered = sorted(primaries, key=lambda f: f.group.start)
    for f, g in zip(ordered, ordered[1:]):
        if f.deadline or not g.deadline or f.sentence != g.sentence or f.kind != "assign" or g.kind != "assign":
            continue
        cue_start = g.extra.get("cue_start")
        if cue_start is None or f.cue.lower() != g.cue.lower() or not f.group.end <= cue_start < g.group.start:
            continue
        if joined.search(lowered, f.group.end, cue_start) and "." not in lowered[f.group.end : cue_start].replace("./.", ""):
            f.deadline = g.deadline


def _directed_deadlines(text: str, primaries: list[Found]) -> None:
    """A body asked only to direct another (``đề nghị UBND các tỉnh chỉ đạo Sở Tài nguyên và Môi trường hoàn thành …
    trước ngày 28/4/2017``, ``asked the provinces to direct their departments to finish … by …``) answers for the
    directed body's task: it shares that task's deadline (round 13)."""
    ordered = sorted(primaries, key=lambda f: f.group.start)
    for f, g in zip(ordered, ordered[1:]):
        if f.deadline or not g.deadline or f.sentence != g.sentence or g.kind != "assign":
            continue
        between = text[f.group.end:g.group.start]
        cue_start = g.extra.get("cue_start")
        if cue_start is None or not f.group.end <= cue_start < g.group.start or re.search(r"[.;:\n]", between):
            continue
        # the words before the directing verb and the verb itself; not the verbs run after it nor the fillers before the
        # body (``chỉ đạo, kiểm tra, giám sát UBND 4 tỉnh``); a lead's partners may come between (``Bộ NN-PTNT chủ trì,
        # phối hợp với các cơ quan liên quan chỉ đạo, kiểm tra, giám sát UBND 4 tỉnh …``: one request, round 20b's gold)
        words = len(text[f.group.end:cue_start].split()) + len(g.cue.split())
        most = (MAX_LEAD_DIRECTING_WORDS if f.role == "lead"
                else MAX_JOINED_DIRECTING_WORDS if "," not in text[f.group.end:cue_start] else MAX_DIRECTING_WORDS)
        if words <= most:
            f.deadline = g.deadline
