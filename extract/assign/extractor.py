"""Who is tasked with what, leading or coordinating, by when.

An assignment is one body (from the gazetteer, ``nlp.agencies``) in one of these frames, each sentence
read with the cues of its own language (``lang/<code>/cues.json``):

- a verb that tasks the bodies after it: ``Phó Thủ tướng giao Bộ Tài chính …``, ``urged the Ministry of
  Finance to …``, ``a demandé au ministère de …``, ``uppdrog åt finansministeriet att …``;
- a body as the subject of a task: ``Bộ Công Thương chủ trì …``, ``X shall …``, ``X est chargé de``,
  ``X ska``; in a directive text (a conclusion notice, or a text that assigns elsewhere) also a body
  opening a clause with a plain task verb: ``Bộ Tài chính cân đối nguồn lực …``, ``X is researching``;
- a list item naming the body: ``- Bộ Tài chính: Sớm có hướng dẫn …``, ``a) Bộ X: …``.

Roles: ``lead`` when the frame says the body presides (``chủ trì``, ``to preside over``, ``takes the
lead``), ``coordinate`` for each body after ``phối hợp với`` / ``coordinate with`` in the same sentence
as a lead or assignee, else ``assignee``. A list of bodies (``Bộ Tài chính, Bộ Y tế và Ngân hàng Nhà
nước``; ``Bộ Công Thương, Nông nghiệp và Phát triển nông thôn, Y tế``) gives one row per body.

Not assignments: what a body did or said (no task frame follows it, or ``đã``/``said`` does), a body
after ``của``/``of`` (a complement), the ``Nơi nhận:`` block of a notice, attendance lists (no frame).

Each row's span (``start``, ``end``, ``text``) is the body's mention in the text and ``agency`` is that
mention as written; ``task`` is the rest of the clause after the frame; ``deadline`` is the first
deadline phrase (``extract.assign.deadlines``) (a date without a year takes the publication year) in the task's scope (the clause, or for a list item its
line; in a directive text a task with none reads on into the following paragraphs that assign nobody,
as conclusion notices continue a body's tasks in subject-less paragraphs); ``assigned_by`` is the
agency id of the authority that assigns (``PM``, ``DPM``, ``GOV``…): the one named before the verb in
the sentence, else the one the text says concluded or directed.

The reading is split by step, each module depending only on those above it:

- ``common``: who may ask or assign (``bodies.json``), the cue words' alternations, ``Group`` and ``Found``;
- ``deadline_checks``: the dates in a task's scope that are not its deadline;
- ``frames``: the bodies read together and the frame each group stands in (``body_groups``, ``classify``);
- ``mentions``: the bodies the gazetteer's scan does not name as written (bare provinces, departments, units,
  bodies named again);
- ``askers``: who assigns;
- ``task_deadlines``: which deadline goes with which task;
- this module: the text's frames in order, one row per body, the rows' ids placed in their province.
"""
from __future__ import annotations

import dataclasses
import json
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path

from extract.assign.askers import (after_glued_stop, assigner, decreeing_issuer, document_authority, heading_issuer,
                                   implementation_articles, implementation_frame, legal_issuer,
                                   outside_publication_names, recalls_history, speaker)
from extract.assign.common import (CONTINUATION_SENTENCES, LOCAL_COMMITTEES, MAX_TASK_CHARS, PERSONS, TASK_LEAD_IN,
                                   bare_continued_task_opening, chained_plain_continuation_opening, continued_led_task_opening,
                                   continued_passive_opening,
                                   continued_task_opening, Found, grammar_words, hands_the_task_down, Group, is_collective, phrases,
                                   opens_with_continuation_opener,
                                   province_localities, sentence_language, task_verb_as_noun_subject)
from extract.assign.cues import (LANGUAGES, LanguageCues, alternation, cues, grammar, language_grammar, lower_for_matching, phrase,
                                 reading_unaccented, reading_without_accents)
from extract.assign.deadline_checks import (a_cited_documents_date, a_recipient, after_the_text_date, not_a_goal, not_a_status_date,
                                           not_past, report_openers, sentence_at)
from extract.assign.deadlines import (TEXT_DATE_CHARS, content_date, dates_in, find_deadlines, load_data as _deadline_data,
                                      text_date)
from extract.assign.frames import (body_groups, caption_credit, classify, cue_inside_a_name, headline_patterns,
                                   mentions_inside, plan_row, proposed_by_a_subordinate, recipients_cutoff,
                                   under_an_assigning_colon, without_levels_completing_names, without_places)
from extract.assign.learned import learned_fallback_on, learned_rows
from extract.assign.mentions import (a_ministry, addressees_asked_by_participle, addressees_asked_by_pronoun,
                                     after_province_possessives, bare_levels, bodies_listed_before_province, bare_provinces, provinces_after_their_region, bare_units,
                                     bodies_counted_again, bodies_named_again, bodies_repeated_by_subject_pronoun,
                                     collectives_with_their_range, committees_at_all_levels,
                                     committees_of_provinces_named_after, committees_of_provinces_named_before,
                                     counted_collectives, departments_after_bare_coordination, departments_after_plural,
                                     departments_by_adjective,
                                     departments_before_localities, departments_of_every_province,
                                     departments_opening_sentence, heads_named_again_by_name, in_scheme,
                                     inside_another_name, listed_departments, localities_inside, named_districts,
                                     one_province_named, own_unit_name, province_and_named_town,
                                     province_unknown_among_several, provinces_listed_after,
                                     provincial_local_committees, provincial_sector_departments, provincial_sectors,
                                     the_one_locality, units_after_placed_town, with_towns_after_districts,
                                     with_unit_names_after, without_collectives_naming_provinces,
                                     without_heads_of_named_ministries, without_list_designators, without_own_acronyms,
                                     without_provinces_placing_units)
from extract.assign.task_deadlines import scope_tasks
from extract.models import Assignment, Sentence
from nlp import config, languages
from nlp.agencies import (MERGER_DATE, Mention, agency, chapter_kinds, current, find_mentions, fold_for_matching, is_provincial,
                          localise, provinces_only_in_datelines, provincial_id, published_from_merger, scheme_at, split_id,
                          unit_name)
from nlp.provinces import find_provinces


def _frames(text: str, language: str, sentences: list[Sentence], date: str | None = None, province_code: str | None = None):
    """The task frames of a text: (found, mentions, directive, folded). ``date`` (the publication
    date, else the text's own) and ``province_code`` (the publisher's) place provincial bodies."""
    folded = fold_for_matching(text)  # names and dates: with or without diacritics
    lowered = lower_for_matching(text)  # cue words: diacritics tell them apart
    languages = {sentence_language(s, language) for s in sentences}
    cutoff = recipients_cutoff(lowered, languages)
    named = in_scheme(find_mentions(text, folded), date)
    named = after_province_possessives(text, named, language, date)
    named = without_levels_completing_names(text, named, language)
    named = without_collectives_naming_provinces(text, lowered, named, language)
    named = without_heads_of_named_ministries(lowered, named, language)
    named = departments_of_every_province(text, lowered, named, language)
    named += bare_provinces(text, folded, lowered, sentences, named, language, date)
    named = without_list_designators(text, named, language)
    named = province_and_named_town(text, named, language)
    # (after the bare provinces: a range's own bounds complete the collective's name, they are no bodies)
    named = collectives_with_their_range(text, lowered, named, language)
    named += bare_units(text, lowered, sentences, named, language)
    named += bare_levels(text, lowered, sentences, named, language)
    named += committees_at_all_levels(text, lowered, sentences, named, language, date)
    named += counted_collectives(text, lowered, sentences, named, language)
    named += listed_departments(text, lowered, sentences, named, language)
    plural = departments_after_plural(text, lowered, sentences, named, language)
    plural += departments_after_plural(text, lowered, sentences, named, language, "ministry_plural_heads",
                                        "ministry_name_prefix", a_ministry)
    plural += departments_after_bare_coordination(text, lowered, sentences, named, language)
    plural += departments_by_adjective(text, lowered, named, language)
    named = [n for n in named if not any(p.start <= n.start and n.end <= p.end for p in plural)] + plural
    sectors = provincial_sectors(text, lowered, sentences, named, language)
    named = [n for n in named if not any(localities_inside(n, s) for s in sectors)] + sectors
    sector_departments = provincial_sector_departments(text, lowered, sentences, named, language, date)
    named = [n for n in named if not any(n.start < d.end and d.start < n.end for d in sector_departments)] + sector_departments
    local = provincial_local_committees(text, lowered, sentences, named, language, date)
    named = [n for n in named if not any(n.start < c.end and c.start < n.end for c in local)] + local
    named += bodies_named_again(text, lowered, sentences, named, language, languages)
    again = bodies_counted_again(text, lowered, sentences, named, language)
    named = [n for n in named if not any(n.start < a.end and a.start < n.end for a in again)] + again
    named += heads_named_again_by_name(text, lowered, named, language)
    counted = committees_of_provinces_named_before(text, lowered, sentences, language, date)
    counted += committees_of_provinces_named_after(text, lowered, sentences, language, date)
    named = [n for n in named if not any(n.start < c.end and c.start < n.end for c in counted)] + counted
    districts = named_districts(text, sentences, named, language)
    named = [n for n in named if not any(n.start < d.end and d.start < n.end for d in districts)] + districts
    named = with_unit_names_after(text, named, language)
    named = with_towns_after_districts(text, named, language)
    named += departments_opening_sentence(text, lowered, sentences, named, language)
    named += departments_before_localities(text, lowered, sentences, named, language)
    mentions = localise(text, named, lang=language, date=date, publisher=province_code,
                        sentences=[(s.start, s.end) for s in sentences])
    mentions = provinces_listed_after(text, lowered, mentions, language, date)
    mentions = bodies_listed_before_province(text, lowered, mentions, language, date)
    mentions = provinces_after_their_region(text, lowered, mentions, language, date)
    mentions = units_after_placed_town(text, mentions, language)
    mentions = sorted(mentions + the_one_locality(text, lowered, sentences, mentions, language), key=lambda m: m.start)
    mentions = province_unknown_among_several(text, mentions, sentences, language)
    mentions = without_provinces_placing_units(text, mentions, sentences, language)
    mentions = [m for m in mentions if m.end <= cutoff and not inside_another_name(lowered, m, language)]
    mentions = without_own_acronyms(text, mentions)
    found: list[Found] = []
    if not mentions:
        return found, mentions, False, folded, []
    mentions.sort(key=lambda m: m.start)
    starts = [m.start for m in mentions]
    issuers = outside_publication_names(mentions, lowered, languages)  # no masthead issues the text's tasks
    implementation = implementation_articles(lowered, languages, cutoff)
    latest: list = []
    for index, sentence in enumerate(sentences):
        if sentence.start >= cutoff:
            break
        named_here = mentions_inside(mentions, starts, sentence)
        if not named_here:
            # the gate (issue 18's twenty-first pass): a sentence that names no body has no group, so no frame; only
            # the text's latest date, which the first sentence opening with a date looks up in its own language for
            # the later ones, is looked up as before
            if not latest:
                recalls_history(folded, sentence, sentence_language(sentence, language), latest)
            continue
        if recalls_history(folded, sentence, sentence_language(sentence, language), latest):
            continue
        c = cues(sentence_language(sentence, language))
        inside = [m for m in named_here if not speaker(m, sentence, lowered, c.lang)]
        inside = without_places(inside, lowered, c)
        groups = body_groups(text, folded, lowered, inside, sentence, c)
        for k, group in enumerate(groups):
            result = plan_row(group, sentence, lowered, c, found, index, sentences) or classify(
                group, sentence, lowered, c, found, index, first=k == 0, later=tuple(g.start for g in groups[k + 1 :]),
                text=text, earlier=tuple(g.end for g in groups[:k]), later_ends=tuple(g.end for g in groups[k + 1 :]),
                agent=groups[k + 1] if k + 1 < len(groups) else None)
            if result is None and (implementation or c.implementation_clause):
                result = implementation_frame(group, sentence, lowered, c, index, implementation, issuers)
            elif result is not None and (any(start <= group.start < end for start, end in implementation)
                                         or result.kind != "assign" and legal_issuer(issuers, group.start)):
                # "1. Chính phủ chủ trì, phối hợp với …" in the implementation article, "Điều 2. Giao cho Sở Xây dựng
                # chủ trì …" under a committee's heading in capitals: the text's issuer assigns
                result.extra.setdefault("issuer", legal_issuer(issuers, group.start))
            if result:
                found.append(result)
        _partners_before_their_subject(found, index)
    found = sorted(found + addressees_asked_by_pronoun(text, lowered, sentences, mentions, found, language, folded, date)
                   + addressees_asked_by_participle(text, lowered, sentences, mentions, found, language)
                   + bodies_repeated_by_subject_pronoun(text, lowered, sentences, found, language),
                   key=lambda f: (f.sentence, f.group.start))
    # a cue's syllable opening a place's name ("tại xã Giao Long") does not make the text a directive (round 29)
    directive = any(f.kind in ("assign", "list_item") or f.role == "lead" for f in found) or any(
        not cue_inside_a_name(text, m.start(), lang)
        for lang in languages for m in cues(lang).directive.finditer(lowered, 0, cutoff)
    )
    if not directive:  # a plain verb tasks only in a directive text, or an enumeration of collective bodies
        found = [f for f in found if f.kind not in ("weak", "list_subject") or f.extra.get("retold_plan")
                 # ("Các bộ, ngành, các tỉnh … thực hiện")
                 or f.kind == "weak" and len(f.group.mentions) > 1 and all(is_collective(m.agency_id) for m in f.group.mentions)]
    found = [f for f in found if f.primary is None or f.primary in found]
    _coordinating_with_named_lead(found, text, lowered, sentences, mentions, language)
    found = _without_advised_directions(found, lowered, sentences, language)
    return found, mentions, directive, folded, issuers


@lru_cache(maxsize=None)
def _advised_direction(lang: str) -> re.Pattern | None:
    """grammar's optional ``advised_direction``: an advising word, the committee advised, then (no breaker word between,
    within ``reach`` characters) a directing or guiding verb ending right before the bodies (``tham mưu UBND tỉnh thành
    lập đoàn kiểm tra, hướng dẫn sở, ngành …``, ``advise the provincial People's Committee to direct departments …``),
    matched at the end of the words before them; None where unset."""
    data = language_grammar(lang).get("advised_direction")
    if not data:
        return None
    advice, advised, verbs = (alternation([phrase(lower_for_matching(w)) for w in data[k]]) for k in ("advice", "advised", "verbs"))
    breakers = alternation([phrase(lower_for_matching(w)) for w in data["breakers"]]) if data.get("breakers") else "(?!)"
    reach = int(data.get("reach", 100))
    return re.compile(rf"(?<![\w'])(?:{advice})\s+(?:{advised})(?![\w'])(?:(?!(?<![\w'])(?:{breakers})(?![\w']))[^.;:\n]){{0,{reach}}}?"
                      rf"(?<![\w'])(?:{verbs})(?:\s*,\s*(?:{verbs}))*[\s,]*$")


def _without_advised_directions(found: list[Found], lowered: str, sentences: list[Sentence], language: str) -> list[Found]:
    """The bodies a tasked body is only to advise its committee to direct or guide (the lead's call, stop 46, on round
    38 vi: ``giao Văn phòng Điều phối … tham mưu UBND tỉnh … chỉ đạo, đôn đốc các ngành …``; round 39 vi: ``Tham mưu UBND
    tỉnh thành lập đoàn kiểm tra, hướng dẫn sở, ngành, UBND các địa phương thực hiện …``) are no row, nor their
    partners: the committee has not directed them yet. The advisor directing them itself (``tham mưu UBND tỉnh và chỉ
    đạo …``: grammar's ``breakers``) still asks them."""
    dropped: set[int] = set()
    for f in found:
        if f.primary is not None or f.kind != "assign":
            continue
        lang = sentence_language(sentences[f.sentence], language)
        pattern = _advised_direction(lang)
        if pattern is not None and pattern.search(lowered, sentences[f.sentence].start, f.group.start):
            dropped.add(id(f))
    if not dropped:
        return found
    return [f for f in found if id(f) not in dropped and (f.primary is None or id(f.primary) not in dropped)]


def _partners_before_their_subject(found: list, index: int) -> None:
    """The partners a fronted phrase names before their subject (``Together with localities, DARD will identify …``,
    frames' ``fronted_partner``) coordinate with the first body tasked after them in their sentence: its asker and
    its date are theirs (round 37 en); with no body tasked after them they are no row."""
    for f in [f for f in found if f.sentence == index and f.primary is None and f.extra.get("fronted_partner")]:
        f.primary = next((g for g in found if g.sentence == index and g.group.start > f.group.start
                          and g.role != "coordinate"), None)
        if f.primary is None:
            found.remove(f)


@lru_cache(maxsize=None)
def _visit_words(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """grammar's optional ``visit_words`` (a leader's visit to a province) and ``visit_speech_words`` (the words that
    give what he said: ``selon``, ``according to``, ``theo``, a reporting verb) as patterns over lowered text."""
    g = language_grammar(lang)
    visits, speech = g.get("visit_words") or [], g.get("visit_speech_words") or []
    if not visits or not speech:
        return None
    return (re.compile(rf"(?<![\w'])(?:{phrases(visits)})(?![\w'])"),
            re.compile(rf"(?<![\w'])(?:{phrases(speech)})(?![\w'])"))


# how many sentences after the visit the leader's reported speech may go on
_VISIT_SPEECH_SENTENCES = 10


def _visiting_leader(f: Found, text: str, lowered: str, sentences: list[Sentence], mentions: list[Mention],
                     lang: str) -> str | None:
    """The leader who visited a province and whose reported speech gives that province's committee its duties (the
    lead, stop 43, ruling C): ``Le Premier ministre … a effectué une visite de travail dans la province de Yên Bai. Selon
    le chef du gouvernement, la province doit …``, ``Yên Bai devrait …``, ``… tỉnh cần …``: the Prime Minister (or the
    minister's ministry) asks, where the row has no asker and the text tells what he said (a speech word between the
    visit and the row); else None."""
    words = _visit_words(lang)
    if words is None or not f.group.mentions or any(split_id(m.agency_id)[0] != "PPC" for m in f.group.mentions):
        return None
    visit, speech = words
    codes = {split_id(m.agency_id)[1] for m in f.group.mentions}
    for index in range(f.sentence - 1, max(-1, f.sentence - 1 - _VISIT_SPEECH_SENTENCES), -1):
        s = sentences[index]
        if not visit.search(lowered, s.start, s.end):
            continue
        leaders = [m for m in mentions if s.start <= m.start < s.end and (m.agency_id in PERSONS or a_ministry(m.agency_id))]
        visited = {code for p in find_provinces(text[s.start : s.end], lang) for code in (p.code, p.code_2025)}
        if not leaders or not (codes <= visited or codes <= {None}):
            continue  # (a caption or another meeting: an earlier sentence may tell the visit)
        if not speech.search(lowered, s.end, sentences[f.sentence].end):  # ("…, he said.")
            return None
        return leaders[0].agency_id
    return None


def _visited_province(mention: Mention, f: Found, assigned_by: str | None, text: str, lowered: str,
                      sentences: list[Sentence], mentions: list[Mention], lang: str, date: str | None) -> str | None:
    """The committee of the one province a national leader visited or worked with, for the local authorities he asks
    there (grammar's optional ``visited_province_localities``: ``Le vice-Premier ministre Vu Duc Dam a travaillé lundi
    avec les autorités de la province de Dông Nai … . Il a appelé les autorités locales à veiller …``, ``Lors d'une
    séance de travail … avec les autorités locales, le chef du gouvernement leur a ordonné …`` in a page about Binh
    Duong: PPC of that province, not the country's provinces; round 37 fr, the open class of rounds 17b, 18 and 34).
    The visit (``visit_words``) is told in the row's sentence or within reach before it, with a leader named there
    (a person or a ministry); its province is the one that sentence names, else the one the whole text names; no
    other province is named between the visit and the row. A provincial asker, a national text with no visit, a visit
    to two provinces: None (their reading stands)."""
    words = grammar_words(lang, "visited_province_localities", reading_without_accents(lang))
    visit_words = _visit_words(lang)
    if (not words or visit_words is None or mention.agency_id != "PROVINCES" or not assigned_by
            or _a_provincial_asker(assigned_by) or lower_for_matching(mention.text) not in words):
        return None
    visit = visit_words[0]
    scheme = scheme_at(date)
    for index in range(f.sentence, max(-1, f.sentence - 1 - _VISIT_SPEECH_SENTENCES), -1):
        s = sentences[index]
        if not visit.search(lowered, s.start, s.end):
            continue
        if not any(s.start <= m.start < s.end and (m.agency_id in PERSONS or a_ministry(m.agency_id)) for m in mentions):
            continue  # (a committee's own working session: no leader of the country visits)
        codes = {p.code_in(scheme) for p in find_provinces(text[s.start : mention.start], lang)}
        if not codes and index == f.sentence:
            codes = {p.code_in(scheme) for p in find_provinces(text, lang)}  # the page's one province
        return provincial_id("PPC", codes.pop()) if len(codes) == 1 and None not in codes else None
    return None


@lru_cache(maxsize=None)
def _coordinating_with_lead(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """grammar's optional ``coordinating_with_lead_cues`` right after a body (up to three words between), and its
    ``lead_words_after_name``, as patterns over lowered text; None where the language has neither."""
    g = language_grammar(lang)
    cues_, leads = g.get("coordinating_with_lead_cues") or [], g.get("lead_words_after_name") or []
    if not cues_ or not leads:
        return None
    # (an inset between commas may stand before: "Departments, sectors, and agencies, basing on functions and assigned
    # missions, will coordinate with …")
    after = re.compile(rf"\s*(?:[^\s.;:,]+\s*){{0,3}}?(?:,[^,.;:]{{1,80}},)?\s*(?:[^\s.;:,]+\s+){{0,3}}?(?:{phrases(cues_)})\s+")
    lead = re.compile(rf"(?<![\w'])(?:{phrases(leads)})(?![\w'])")
    return after, lead


# the words of an outside body's name read to find where the text named it as a lead, and the reach after that name
_LEAD_NAME_WORDS, _LEAD_NAME_REACH = 5, 160


def _coordinating_with_named_lead(found: list[Found], text: str, lowered: str, sentences: list[Sentence],
                                  mentions: list[Mention], language: str) -> None:
    """A body tasked to coordinate with the body the text named before as that task's lead is a partner (the lead,
    stop 43, ruling B): ``The Department of Finance coordinates with the Department of Construction …`` after ``The
    Department of Construction presides over …`` (a lead row of the table), or with a lead outside the table named with
    a lead word after its name (``the Hanoi Institute … (the planning agency) presides over …``); its role becomes
    ``coordinate``. A body coordinating with bodies no text names as the lead stays an assignee (round 23's Hai Phong)."""
    for f in found:
        if f.primary is not None or f.role != "assignee" or f.kind not in ("subject", "weak", "assign"):
            continue
        lang = sentence_language(sentences[f.sentence], language)
        patterns = _coordinating_with_lead(lang)
        if patterns is None:
            continue
        after, lead_words = patterns
        sentence = sentences[f.sentence]
        m = after.match(lowered, f.group.end, sentence.end)
        if not m:
            continue
        partner_at = m.end()
        articles = [lower_for_matching(a) for a in (language_grammar(lang).get("articles") or [])]
        partner = [x for x in mentions if partner_at <= x.start <= partner_at + 5
                   and all(w in articles for w in lowered[partner_at : x.start].split())]
        if partner:
            ids = {partner[0].agency_id}
            leads = [g for g in found if g.primary is None and g.role == "lead" and g.group.start < f.group.start
                     and ids & {x.agency_id for x in g.group.mentions}]
            if leads:
                f.role = "coordinate"
            continue
        written = re.split(r"[,;.()\n]", text[partner_at : sentence.end], maxsplit=1)[0].split()
        while written and written[0].lower() in articles:
            written = written[1:]
        inner = language_grammar(lang).get("lead_name_inner_words")
        if inner is not None:  # a name written in capitals ends at the first other lower-case word ("… Institute to …")
            ends = [k for k, w in enumerate(written) if k and w[:1].islower() and w not in inner
                    and not any(i[-1:] in "'’" and w.startswith(i) for i in inner)]  # ("d'études")
            written = written[: ends[0]] if ends else written
        words = [lower_for_matching(w) for w in written[:_LEAD_NAME_WORDS]]
        if len(words) < 3:
            continue
        name = re.compile(r"(?<![\w'])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w'])")
        for named in name.finditer(lowered, 0, sentence.start):
            clause = re.split(r"[.;]", lowered[named.end() : named.end() + _LEAD_NAME_REACH], maxsplit=1)[0]
            if lead_words.search(clause):
                f.role = "coordinate"
                f.extra["coordinates_with_outside_lead"] = True
                break


def tasking_cues(text: str, language: str) -> list[tuple[str, str, str, str]]:
    """``(agency_id, role, kind, cue)`` of each body tasked in a text: which cue made each assignment
    (the data tests check that every cue's example is found through that cue)."""
    from nlp import segment

    sentences = [Sentence(s.start, s.end, s.language) for s in segment.sentences(text, [language] * (text.count("\n") + 1), language)]
    with reading_unaccented(text, language):
        found, *_ = _frames(text, language, sentences, text_date(text, language))
    return [(m.agency_id, f.role, f.kind, " ".join(f.cue.split())) for f in found for m in f.group.mentions]


def _rejoin_broken_lines(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """A sentence a site broke over lines (``Giám đốc các sở, ban,\nngành; Chủ tịch … thành phố; Thủ trưởng các
    cơ quan,\nđơn vị liên quan chịu trách nhiệm thi hành …``: a line that ends with no full stop, colon or
    other end mark, and a next line opening in lower case) is one sentence again: its bodies and its clause meet."""
    joined: list[Sentence] = []
    for s in sentences:
        if joined and s.language == joined[-1].language:
            last = joined[-1]
            gap = text[last.end : s.start]
            ending = text[last.start : last.end].rstrip()
            if (gap.count("\n") == 1 and not gap.strip() and ending and ending[-1] not in ".!?:…"
                    and text[s.start : s.start + 1].islower()):
                joined[-1] = Sentence(last.start, s.end, last.language)
                continue
        joined.append(s)
    return joined


@lru_cache(maxsize=None)
def _link_line() -> re.Pattern | None:
    """``link_lines.json``: the marks opening a line that links to another article."""
    markers = json.loads(Path(__file__).with_name("link_lines.json").read_text(encoding="utf-8")).get("markers") or []
    return re.compile(rf"(?m)^[ \t]*(?:{'|'.join(map(re.escape, markers))})[^\n]*") if markers else None


def _without_link_lines(text: str) -> str:
    """The text with each line that links to another article blanked, offsets kept (``>>COVID : le ministère de la
    Santé demande à Vinh Long de …``: another article's title, round 16)."""
    pattern = _link_line()
    return pattern.sub(lambda m: " " * len(m.group()), text) if pattern else text


@lru_cache(maxsize=None)
def _doubled_determiner(lang: str) -> re.Pattern | None:
    """A determiner of grammar's optional ``doubled_determiners`` written twice in a row (its first writing, with the
    spaces after it, is the match), else None."""
    words = language_grammar(lang).get("doubled_determiners") or []
    if not words:
        return None
    options = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # the same determiner written before a committee word that takes its own after it ("các UBND các huyện", grammar's
    # optional ``doubled_determiner_names``, round 34 vi): the first is the one a typo doubled
    names = language_grammar(lang).get("doubled_determiner_names") or []
    between = rf"(?:(?:{'|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True))})\s+)?" if names else ""
    return re.compile(rf"(?<![\w'’])({options})\s+(?={between}\1(?![\w'’]))", re.IGNORECASE)


def _without_doubled_determiners(text: str, language: str) -> str:
    """The text with the first of a determiner written twice by a typo blanked, offsets kept (``đề nghị các các ngành,
    địa phương …``, round 28's Gia Lai page: the body after them is read as after one determiner)."""
    pattern = _doubled_determiner(language if language in LANGUAGES else languages.fallback())
    return pattern.sub(lambda m: " " * len(m.group()), text) if pattern else text


def _glued_pair(firsts: list[str], seconds: list[str] | str) -> str:
    """The pattern of one word of ``firsts`` glued to one of ``seconds`` (or, for ``"capitalised"``, to any word opening
    with a capital and a small letter), the first word the match, no letter before it nor after the listed second word."""
    a = "|".join(re.escape(w) for w in sorted(firsts, key=len, reverse=True))
    if seconds == "capitalised":
        return rf"(?<![^\W\d_])(?:{a})(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"
    w = "|".join(re.escape(w) for w in sorted(seconds, key=len, reverse=True))
    return rf"(?<![^\W\d_])(?:{a})(?=(?:{w})(?![^\W\d_]))"


@lru_cache(maxsize=None)
def _glued_words_pattern(lang: str) -> re.Pattern | None:
    """An article of grammar's optional ``glued_articles`` glued to one of its body words (``Lesministres``), or a
    pair of its optional ``glued_words`` (``provincesau``, ``sontchargées``, ``laSanté``: a first word of a pair glued
    to one of its second words, or to any capitalised word where the pair says ``"capitalised"``), the first word the
    match, the word after it; None where the language lists none."""
    grammar = language_grammar(lang)
    data = grammar.get("glued_articles") or {}
    pairs = [(data.get("articles") or [], data.get("words") or [])]
    pairs += [(p.get("first") or [], p.get("second") or []) for p in grammar.get("glued_words") or []]
    patterns = [_glued_pair(first, second) for first, second in pairs if first and second]
    return re.compile("|".join(patterns)) if patterns else None


def _with_glued_articles_parted(text: str, language: str) -> tuple[str, list[int], list[int]] | None:
    """The text with a space put back between each glued article and its body word (``Lesministres et présidents
    …``, a lost line break; stop 46, late38fr), the offsets where the spaces go in, and for each offset of the new
    text the original offset it stands for (an added space stands for the word's first letter); None where nothing
    is glued."""
    pattern = _glued_words_pattern(language if language in LANGUAGES else languages.fallback())
    cuts = [m.end() for m in pattern.finditer(text)] if pattern is not None else []
    if not cuts:
        return None
    pieces: list[str] = []
    back: list[int] = []
    at = 0
    for cut in cuts:
        pieces += [text[at:cut], " "]
        back += [*range(at, cut), cut]
        at = cut
    pieces.append(text[at:])
    back += [*range(at, len(text) + 1)]
    return "".join(pieces), cuts, back


def extract_assignments(text: str, language: str, sentences: list[Sentence], published: str | None = None,
                        province_code: str | None = None) -> list[Assignment]:
    """Every assignment in a clean text whose sentences (with their languages) are known; the
    publication date (ISO), else the first date the text gives (its dateline), completes deadlines
    written without a year and places provincial bodies in a province scheme; ``province_code`` is
    the publisher's province, the last resort for a provincial body named without one. A text printed
    without accents is read with the cues' accents folded (``cues.reading_unaccented``). An article glued to
    a body's word (grammar's ``glued_articles``) is read parted, the rows' spans staying those of ``text``."""
    parted = _with_glued_articles_parted(text, language)
    if parted is None:
        return _assignments_of(text, language, sentences, published, province_code)
    new_text, cuts, back = parted
    moved = [dataclasses.replace(s, start=s.start + bisect_right(cuts, s.start),
                                 end=s.end + bisect_left(cuts, s.end)) for s in sentences]
    rows = _assignments_of(new_text, language, moved, published, province_code)
    out = []
    for r in rows:
        start, end = back[r.start], (back[r.end - 1] + 1 if r.end > r.start else back[r.start])
        out.append(dataclasses.replace(r, start=start, end=end, text=text[start:end]))
    return out


def _assignments_of(text: str, language: str, sentences: list[Sentence], published: str | None,
                    province_code: str | None) -> list[Assignment]:
    if not learned_fallback_on():
        with reading_unaccented(text, language):
            return _extract_assignments(text, language, sentences, published, province_code)
    rows, mentions, read = assignments_and_mentions(text, language, sentences, published, province_code)
    return learned_rows(text, language, read, mentions, rows)


def assignments_and_mentions(text: str, language: str, sentences: list[Sentence], published: str | None = None,
                             province_code: str | None = None) -> tuple[list[Assignment], list[Mention], list[Sentence]]:
    """The rules' rows (as ``extract_assignments`` gives them with the learned fallback off), with the bodies the
    rules found named (placed in their provinces) and the sentences they read (lines broken mid-sentence joined): what
    the learned fallback (``extract.assign.learned``) reads beside the rows."""
    seen: dict = {}
    with reading_unaccented(text, language):
        rows = _extract_assignments(text, language, sentences, published, province_code, seen)
    return rows, seen.get("mentions", []), seen.get("sentences", sentences)


def _restated_dates(found: list[Found]) -> None:
    """The date of bodies restated right after their request (a ``restated`` frame: ``Accordingly, districts and towns
    continue to … completed before April 15, 2025``) is the date of that request where it has none of its own."""
    for f in found:
        if f.kind != "restated" or f.deadline is None:
            continue
        ids = {m.agency_id for m in f.group.mentions}
        for earlier in found:
            if (earlier.sentence == f.sentence - 1 and earlier.primary is None and earlier.role in ("assignee", "lead")
                    and ids <= {m.agency_id for m in earlier.group.mentions} and earlier.deadline is None):
                earlier.deadline = f.deadline


def _provincial_namesake(mention: Mention, group: Group, assigned_by: str | None, lang: str) -> bool:
    """Whether a national body of grammar's optional ``provincial_namesakes`` (a ministry-level committee whose name a
    province's own board shares, ``Ethnic Minorities Committee``) is named in a provincial committee's request among
    the province's departments: then it is the province's board, no body of the table (round 19b's open class, round 20)."""
    ids = grammar(lang if lang in LANGUAGES else languages.fallback()).get("provincial_namesakes") or []
    if mention.agency_id not in ids or not assigned_by or split_id(assigned_by)[0] != "PPC":
        return False
    return any(is_provincial(m.agency_id) for m in group.mentions if m.agency_id != mention.agency_id)


def _extract_assignments(text: str, language: str, sentences: list[Sentence], published: str | None,
                         province_code: str | None, seen: dict | None = None) -> list[Assignment]:
    """The rules' rows; ``seen``, when given, receives the mentions and the sentences read (the learned fallback's)."""
    if not sentences:
        sentences = [Sentence(0, len(text), language)]
    text = _without_doubled_determiners(_without_link_lines(text), language)
    sentences = _rejoin_broken_lines(text, sentences)
    seen = {} if seen is None else seen
    seen["sentences"] = sentences
    date = published_from_merger(published) if published and published[:4].isdigit() else text_date(text, language)
    # a text with no date of its own, no publication date nor a dated opening, is dated by the days it writes: its
    # year-less deadlines take their year, its provinces their scheme (the 2025 one for a day after the merger), and a
    # year-less deadline before the latest day it tells is in the next year (it is written after the days it tells).
    # A publication year alone stands, read in the older scheme unless the text is of the two-level government (the
    # days such a page tells may be ahead of it: ``from July 1, 2025``, a session in September; rounds 21b, 22)
    content_dated = date is None and not published
    if content_dated:
        date = content_date(text, language)
    elif not published and date and date < MERGER_DATE and _after_the_merger_by_its_days(text, date, language):
        # the opening's only date is a cited document's issue date, a day before the merger (``Plan No. 139/KH-UBND
        # issued by the city government on May 16, 2025``), and the text tells a day after the merger (``Official
        # Dispatch No. 5514/UBND-DMPT dated October 10, 2025``): it is written after that day, as a text with no
        # date of its own is (round 30b)
        date, content_dated = content_date(text, language), True
    found, mentions, directive, folded, issuers = _frames(text, language, sentences, date, province_code)
    lowered = lower_for_matching(text)
    # a text with no date (or only the merger's year) whose local bodies are those of the two-level local government is
    # read as written after the merger: its provinces in the 2025 scheme, its localities the communes (the dates of its
    # tasks keep the year they had, or none)
    two_level = None if date and date != MERGER_DATE[:4] else _two_level_date(text, lowered, language, mentions)
    if two_level:
        found, mentions, directive, folded, issuers = _frames(text, language, sentences, two_level, province_code)
    seen["mentions"] = mentions
    if not found:
        return []
    # the issuer a legal text decides by (``THE GOVERNMENT … RESOLVES``); else the issuer an official text's
    # heading names first; else who concluded; else a legal text's issuer in capitals (``issuers``: the mentions
    # less those inside a publication's masthead, as _frames read them)
    authority = (decreeing_issuer(text, issuers, sentences, language) or heading_issuer(issuers)
                 or document_authority(lowered, mentions, sentences, language) or legal_issuer(issuers, len(text)))

    scope_tasks(text, folded, sentences, found, language, directive, date, mentions)
    _restated_dates(found)
    if content_dated or (not (published and published[:4].isdigit()) and a_cited_documents_date(folded, date, language)):
        after_the_text_date(folded, found, date)
    tasked = {m.start for f in found for m in f.group.mentions}
    results: list[Assignment] = []
    asked_as_departments: set[tuple[str, str]] = set()  # (a ministry asking, the province's department it is read as)
    unasked_plain_verbs: set[int] = set()  # the rows of a committee's plain verb that no one asks (ids)
    earlier: dict[int, str | None] = {}  # the assigner of the last task of each sentence
    implementation_rows = {m.start for f in found if f.kind == "implementation" for m in f.group.mentions}
    # where the text first names the provinces' committees together ("to the People's Committees of provinces
    # and centrally run cities"): an unplaced "the provincial People's Committee" after it is each of them
    # (not a bare "localities", which a provincial committee's own text means as its districts, round 12)
    # (nor provinces counted as places, "148 cas dans 27 provinces et villes": a statistic's, no committees; stop 39's
    # left classes, left32fr)
    all_provinces_at = min((m.start for m in mentions if m.agency_id == "PROVINCES"
                            and lower_for_matching(m.text) not in province_localities(language)
                            and not _provinces_counted_as_places(lowered, m, language)), default=None)
    # a province's localities are its districts, or its communes in a text of the two-level local government
    localities_date = two_level or date
    one_province = one_province_named(mentions, codeless_pass=False)
    filed_only = provinces_only_in_datelines(text, language)  # the text's only province is where it was filed
    for f in found:
        if f.kind == "restated" or (f.primary is None and f.extra.get("listed")):
            continue  # the bodies of the request just before, restated: that request's row (round 19b's open class);
            # a collective spelt out by a list of names under "They are:": the names' rows (round 20)
        primary = f.primary or f
        sentence = after_glued_stop(text, sentences[primary.sentence], primary)
        assigned_by = assigner(primary, sentence, mentions, authority, lowered, tasked,
                                cues(sentence_language(sentence, language)), earlier,
                                sentences[primary.sentence - 1] if primary.sentence else None, sentences)
        if assigned_by in {m.agency_id for m in primary.group.mentions}:
            assigned_by = None  # "UBND tỉnh Cà Mau phải chỉ đạo …" in a text it directs elsewhere: no body assigns itself
        if assigned_by is None and f.primary is None:
            assigned_by = _visiting_leader(primary, text, lowered, sentences, mentions,
                                           sentence_language(sentence, language))
        if f.primary is None:
            earlier[f.sentence] = assigned_by
        if proposed_by_a_subordinate(primary, assigned_by, cues(sentence_language(sentence, language))):
            continue
        task = _task_text(text, primary, found, cues(sentence_language(sentence, language)))
        if len(task) > MAX_TASK_CHARS:
            task = task[:MAX_TASK_CHARS].rsplit(" ", 1)[0] + " …"
        # a partner named in a later sentence than its lead's (``… trước ngày 15/4/2018. Đồng thời chủ trì, phối hợp
        # cùng UBND thành phố Đà Lạt tổ chức …``) joins the lead's next task, not the one that date is due for (round 15)
        # (a plan's partners' row shares the date of its lead's row, the row's fields printed as sentences)
        deadline = (primary.deadline if f.primary is None or f.sentence == primary.sentence or f.kind in ("pointed_item", "plan_row")
                    else None)
        if f.extra.get("series") and deadline and deadline.start < f.extra["cue_start"]:
            deadline = None  # "… avec A la publication en octobre ; avec B les travaux …": A's date is not B's task's
        listed: set[tuple[str, str | None]] = set()
        respective = primary.extra.get("respective") if deadline is primary.deadline else None
        localities_code = _listed_localities_code(f.group, assigned_by, sentence_language(sentence, language))
        for mention in f.group.mentions:
            if f.role == "coordinate" and mention.agency_id == assigned_by:
                continue  # "MTTQ đề nghị Chính phủ chỉ đạo … phối hợp với MTTQ …": the asker is no partner it tasks
            body = (mention.agency_id, own_unit_name(mention))
            if body in listed:
                continue  # "Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh": one body named twice in one list
                # (two districts of one id, "UBND huyện Long Mỹ, TP Vị Thanh", are two bodies: round 19)
            if _unnamed_localities(mention, assigned_by, sentence_language(sentence, language), one_province):
                continue  # "Chủ tịch UBND tỉnh … yêu cầu …. Các địa phương phối hợp …": no level named, no body (round 11)
            if _provincial_namesake(mention, f.group, assigned_by, sentence_language(sentence, language)):
                continue  # "the Provincial People's Committee requests Directors of the Departments of …, Heads of the
                # Ethnic Minorities Committee, …": the province's own board, not the national one (round 19b's open class)
            if mention.agency_id in chapter_kinds() and (
                    split_id(assigned_by)[0] in LOCAL_COMMITTEES if assigned_by
                    else results and all(split_id(r.agency_id)[0] in LOCAL_COMMITTEES for r in results)):
                continue  # "Chỉ đạo Phòng Kinh tế … . Phối hợp với các Ban xây dựng Đảng, MTTQ …" in a district's
                # direction (its committee asks, or no one the table holds asks and every body tasked before is a
                # district's or a commune's): the Front named with no province is the district's own chapter, no body
                # of the table (the lead's convention of round 31b, stop 40)
            if _advice_up(f, mention, assigned_by, sentence_language(sentence, language)):
                continue  # "il a également conseillé au Comité populaire provincial d'organiser …": a department's advice
            listed.add(body)
            agency_id = _ministry_as_department(
                _each_province(_localities_as_districts(mention, assigned_by or _province_of_own_list(f.group.mentions)
                                                        or _board_province_before(text, lowered, sentences, f, localities_date,
                                                                                  sentence_language(sentence, language))
                                                        or _provincial_lead_of_partner(f, primary),
                                                        sentence_language(sentence, language),
                                                        localities_date, (f.extra.get("stands_for") or {}).get(mention.agency_id)),
                               mention, all_provinces_at, sentence_language(sentence, language)),
                # a decision's item tasks a province's bodies as a subject does ("Charger le ministère …": its department);
                # a partner beside a lead the text calls a department keeps its ministry in a subject frame or item too
                # ("Le directeur du département de la santé continue … . Coordonner avec le ministère des Finances …",
                # round 30)
                assigned_by, _partner_frame_kind(f, primary, "subject" if primary.extra.get("item") else primary.kind),
                # a partner is a department so only beside a lead the text calls a ministry ("a chargé le ministère
                # de l'Agriculture … de coordonner avec le ministère des Finances"), not beside a department ("a
                # chargé le Département des finances … de se coordonner avec les ministères centraux")
                primary.cue if f.role != "coordinate" or any(m.agency_id in _ministry_departments()
                                                             for m in primary.group.mentions) else "",
                sentence_language(sentence, language))
            if localities_code and is_provincial(agency_id) and split_id(agency_id)[1] is None:
                agency_id = f"{agency_id}@{localities_code}"  # "urging all localities, departments, and units": the
                # departments listed with the province's localities are that province's (round 28's Wipha directive)
            agency_id = _every_provinces_own(agency_id, mention, primary, mentions, sentence,
                                             sentence_language(sentence, language))
            agency_id = _in_askers_province(agency_id, assigned_by)
            agency_id = _not_the_filing_citys(agency_id, mention, assigned_by, filed_only,
                                              sentence_language(sentence, language))
            agency_id = _visited_province(mention, f, assigned_by, text, lowered, sentences, mentions,
                                          sentence_language(sentence, language), localities_date) or agency_id
            results.append(Assignment(
                start=mention.start, end=mention.end, text=mention.text,
                agency_id=agency_id,
                agency=mention.text, role=f.role, task=task or None,
                deadline=(respective.get(mention.start, deadline) if respective else deadline).value if deadline else None,
                deadline_qualifier=deadline.qualifier if deadline else None,
                assigned_by=_ministry_asker_as_department(assigned_by, agency_id, f.group.mentions),
            ))
            if assigned_by and results[-1].assigned_by != assigned_by:
                asked_as_departments.add((assigned_by, results[-1].assigned_by))
            if primary.kind == "weak" and assigned_by is None and (split_id(agency_id)[0] == "PPC" or (
                    split_id(agency_id)[0] in LOCAL_COMMITTEES
                    and not _plural_body(mention.text, sentence_language(sentence, language)))):
                # (a committee placed in no province, and a district's, report so too: "Nay, UBND tỉnh tiếp tục gửi Văn
                # bản đến Sở Xây dựng …", "Sáng ngày 15/9/2021, Ủy ban nhân dân huyện tổ chức lấy ý kiến …", round 31b)
                unasked_plain_verbs.add(id(results[-1]))
    results = _ministry_tasked_as_its_department(results, asked_as_departments)
    # a provincial committee's plain verb that no one asks, in a text where that committee asks others ("Le Comité
    # populaire de la ville de Đà Nẵng organise la 'opération Quang Trung' …" opening its own page, whose leaders
    # then charge its departments): the committee reports what it does, it is not tasked (round 30b fr)
    askers = {a.assigned_by for a in results if a.assigned_by}
    results = [a for a in results if not (id(a) in unasked_plain_verbs and a.agency_id in askers)]
    seen: set[tuple[int, str]] = set()  # one row per body at a position (the committees of "ces deux localités" share one)
    # a page that prints a legal text twice (the resolution, then its copy) tasks its bodies once: an
    # implementation article's task met again for the same body is the same fact (a press text that
    # repeats a request is annotated twice, so only the legal text's articles are folded)
    # (the same holds for any row whose whole sentence, a long one, the page prints again word for word with the
    # long stretch before it: the copy of a resolution's article that no implementation heading opens is the same
    # fact too, round 36 vi; a press text's title and lead printed again below them stand at the page's top, and
    # their request stays a row each time)
    facts: set[tuple] = set()
    printed: dict[tuple, int] = {}  # (fact, the sentence as written): where the page first prints it
    # (how long the sentence and the stretch before it must be: the stage's settings, [assignments] printed_again_*)
    printed_again_chars = config.get_int("assignments", "printed_again_chars")
    printed_again_before = config.get_int("assignments", "printed_again_before")
    unique = []
    for a in sorted(results, key=lambda a: (a.start, a.end)):
        fact = (a.agency_id, unit_name(a.text), a.role, a.task, a.assigned_by)  # two named districts: two facts
        sentence = sentence_at(sentences, a.start)
        copy = ((fact, " ".join(text[sentence.start - printed_again_before:sentence.end].split()))
                if sentence and sentence.end - sentence.start >= printed_again_chars
                and sentence.start >= printed_again_before else None)
        if ((a.start, a.agency_id) in seen or (a.start in implementation_rows and fact in facts)
                or (copy in printed and printed[copy] != sentence.start)):
            continue
        seen.add((a.start, a.agency_id))
        if a.start in implementation_rows:
            facts.add(fact)
        if copy:
            printed.setdefault(copy, sentence.start)
        unique.append(a)
    unique = _report_dates_of_next_requests(sentences, unique, language)
    unique = sorted(unique + _gapped_levels(text, sentences, unique, language, date), key=lambda a: (a.start, a.end))
    unique = _levels_dated_later(sentences, unique)
    continued, reasked = _subjectless_continuations(text, lowered, sentences, unique, mentions, language, date)
    unique = [dataclasses.replace(a, assigned_by=reasked[a.start, a.agency_id]) if (a.start, a.agency_id) in reasked else a
              for a in unique]
    unique = sorted(unique + continued, key=lambda a: (a.start, a.end))
    unique = sorted(unique + _local_authorities_again(text, lowered, sentences, unique, mentions, language, date),
                    key=lambda a: (a.start, a.end))
    unique = _without_headline_province_acting(text, unique)
    return _without_restated_caption(text, _without_restated_headline(text, unique, language), language)


@lru_cache(maxsize=None)
def _report_words(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``report_words`` (``báo cáo``, ``rapport``), folded, anywhere in a task."""
    words = _deadline_data(lang).get("report_words") or []
    options = "|".join(r"\s+".join(re.escape(t) for t in fold_for_matching(w).split()) for w in words)
    return re.compile(rf"(?<![\w'])(?:{options})(?![\w'])") if words else None


def _report_dates_of_next_requests(sentences: list[Sentence], rows: list[Assignment], language: str) -> list[Assignment]:
    """The rows with the date of the next sentence's request for their report: a request to report that gives no date,
    right followed by a request of the same asker to the same body to send that report, dated (``Bộ Xây dựng đề nghị
    UBND các tỉnh … báo cáo các kết quả thực hiện … . Đề nghị UBND các tỉnh … gửi báo cáo về Bộ Xây dựng trước ngày
    30/3/2021 …``): one report, so one date (round 21's open class; the construction ministry's gold dates both rows).
    The first task names a report (deadlines.json's optional ``report_words``), the next one opens with the sending of
    it (``report_openers``, the words a sentence continuing a task opens with). Another asker, another body, a sentence
    between the two or a first request with a date of its own keep their dates."""
    starts = [s.start for s in sentences]

    def sentence_of(at: int) -> int:
        return bisect_left(starts, at + 1) - 1

    dated: dict[tuple[int, str | None, str | None], Assignment] = {}
    for b in rows:
        if b.deadline is not None and b.assigned_by is not None and b.task:
            dated.setdefault((sentence_of(b.start), b.agency_id, b.assigned_by), b)
    if not dated:
        return rows
    result = []
    for a in rows:
        index = sentence_of(a.start)
        later = dated.get((index + 1, a.agency_id, a.assigned_by))
        lang = sentence_language(sentences[index], language) if index >= 0 else language
        words, sending = _report_words(lang), report_openers(lang)
        if (a.deadline is None and a.assigned_by is not None and a.task and a.role in ("assignee", "lead")
                and later is not None and words and sending and words.search(fold_for_matching(a.task))
                and sending.match(fold_for_matching(later.task))):
            a = dataclasses.replace(a, deadline=later.deadline, deadline_qualifier=later.deadline_qualifier)
        result.append(a)
    return result


@lru_cache(maxsize=None)
def _gapped_level_pattern(lang: str) -> tuple[re.Pattern, dict[str, str]] | None:
    """grammar's optional ``gapped_levels``: the joins and the level words that may follow a task's date in its
    sentence, each with its own date after it, compiled once a language (over folded text)."""
    data = language_grammar(lang).get("gapped_levels")
    if not data:
        return None
    levels = {" ".join(fold_for_matching(k).split()): v for k, v in data["levels"].items()}
    joins = "|".join(r"\s+".join(map(re.escape, fold_for_matching(j).split())) for j in data["joins"])
    articles = "|".join(re.escape(fold_for_matching(a)) for a in data.get("articles") or [])
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(levels, key=len, reverse=True))
    pattern = re.compile(rf"\s*(?:{joins})\s*(?:(?:{articles})\s+)?(?P<level>{words})\s+", re.I)
    return pattern, levels


def _gapped_levels(text: str, sentences: list[Sentence], rows: list[Assignment], language: str,
                   date: str | None) -> list[Assignment]:
    """The other levels a dated task goes on to with the verb left out, each with its own date (``Les communes sont
    priées d'achever la révision avant le 16 janvier 2020, les districts avant le premier mars 2020 et les provinces
    avant le 16 avril 2020``; the round-27 French left class): a level word (grammar's optional ``gapped_levels``)
    right after the task's date and a join, and a date right after the level word, is that level's committees, asked
    as the task's body was, one row each. A body placed in a province keeps its province (no ``PROVINCES`` under
    it); a level word with no date right after it (``… avant le 16 janvier 2020, les districts ont …``) gives none."""
    folded = fold_for_matching(text)
    starts = [s.start for s in sentences]
    added: list[Assignment] = []
    taken = {(a.start, a.agency_id) for a in rows}
    for a in rows:
        if a.deadline is None or a.role not in ("assignee", "lead"):
            continue
        index = bisect_left(starts, a.start + 1) - 1
        if index < 0:
            continue
        sentence = sentences[index]
        lang = sentence_language(sentence, language)
        compiled = _gapped_level_pattern(lang)
        if compiled is None:
            continue
        pattern, levels = compiled
        dates = find_deadlines(folded, lang, a.end, sentence.end, date)
        at = next((d for d in dates if d.value == a.deadline), None)
        while at is not None and (m := pattern.match(folded, at.end)):
            at = next((d for d in dates if d.start == m.end()), None)
            if at is None:
                break
            level = levels[" ".join(m.group("level").lower().split())]
            _, province = split_id(a.agency_id)
            if province and level == "PROVINCES":
                break
            agency_id = f"{level}@{province}" if province else level
            if (m.start("level"), agency_id) in taken:
                continue
            taken.add((m.start("level"), agency_id))
            added.append(dataclasses.replace(a, start=m.start("level"), end=m.end("level"),
                                             text=text[m.start("level") : m.end("level")],
                                             agency=text[m.start("level") : m.end("level")], agency_id=agency_id,
                                             deadline=at.value, deadline_qualifier=at.qualifier))
    return added


def _subjectless_continuations(text: str, lowered: str, sentences: list[Sentence], rows: list[Assignment],
                               mentions: list[Mention], language: str, date: str | None
                               ) -> tuple[list[Assignment], dict[tuple[int, str], str]]:
    """The task a subjectless continuation of an item adds to that item's bodies (the lead's convention of stop 40,
    rounds 24 and 30 en: ``The Department … must direct … . In case …, they must … . At the same time, complete the
    completed packages … and hand them over for use in 2025.``): a sentence opening with ``continued_task_opening``
    within ``CONTINUATION_SENTENCES`` after the sentence of a row asked (assignee or lead), the sentences between and
    itself naming no body but the item's partners, is a row of each body asked there, on the opener and its verb, with the asker and the date
    of its own sentence (the item's own date stays the item's: ``task_deadlines`` stops its reach there)."""
    if not any(a.role in ("assignee", "lead") for a in rows):
        return [], {}  # no item asked, nothing to continue: the text is not folded for it
    folded = fold_for_matching(text)
    starts = [s.start for s in sentences]
    partners = {a.start for a in rows if a.role == "coordinate"}
    # the item's own partners in a sentence between ("In case …, coordinate with the People's Committee of …") keep it,
    # and so does a report's addressee ("Rà soát, báo cáo … và gửi về Sở NN & PTNT trước ngày 17/9/2021 …": where the
    # report goes, no other subject; round 34 vi)
    named = sorted((m.start, m.agency_id) for m in mentions if m.start not in partners
                   and not a_recipient(lowered, m, sentence_language(sentences[max(0, bisect_left(starts, m.start + 1) - 1)],
                                                                      language)))
    named_starts = [start for start, _ in named]
    # a province's bare localities (``… giao về cho các địa phương hoặc cơ quan chức năng của tỉnh quản lý …``), no body
    # of the table where a provincial body asks the item (``_unnamed_localities``): no other subject (round 39b vi)
    localities = {m.start for m in mentions if m.agency_id == "PROVINCES" and lower_for_matching(m.text)
                  in _province_unnamed_localities(sentence_language(sentences[max(0, bisect_left(starts, m.start + 1) - 1)],
                                                                    language))}
    added: list[Assignment] = []
    reasked: dict[tuple[int, str], str] = {}
    taken = {(a.start, a.agency_id) for a in rows}

    def names_a_body(s: Sentence, askers: set[str]) -> bool:
        # the item's own asker named again (the earlier tasks it gave, the report's addressee: ``rà soát lại các nhiệm
        # vụ UBND tỉnh đã giao …; báo cáo UBND tỉnh …``) is no other subject (round 33b)
        at = bisect_left(named_starts, s.start)
        owner = _owner_link_at_end(sentence_language(s, language))
        provincial = any(_a_provincial_asker(a) for a in askers)
        # a body named as the owner of a thing (``… pendant l'examen des avis des organes de l'Assemblée nationale``)
        # is no subject of the sentence: it does not end the item (stop 41's left classes, French)
        return any(agency_id not in askers and not (owner and owner.search(lowered, max(s.start, start - 40), start))
                   and not (provincial and start in localities)
                   for start, agency_id in named[at:] if start < s.end)

    by_sentence: dict[int, list[Assignment]] = {}
    for a in rows:
        if a.role in ("assignee", "lead"):
            by_sentence.setdefault(bisect_left(starts, a.start + 1) - 1, []).append(a)
    # a sentence whose subject coordinates with the lead the text named before (``Các sở, ngành có liên quan chủ động
    # phối hợp với Công an tỉnh rà soát … . Tuyên truyền đến cán bộ …``, stop 43's ruling B: a coordinate row) and asks
    # no body is that subject's item: a bare continuation after it is the subject's own row, not its partner's (round
    # 39 vi)
    for a in sorted(rows, key=lambda r: r.start):
        index = bisect_left(starts, a.start + 1) - 1
        if (a.role == "coordinate" and index >= 0 and index not in by_sentence
                and not lowered[sentences[index].start : a.start].strip(" -–•+*")
                and not any(r.start < a.start and bisect_left(starts, r.start + 1) - 1 == index for r in rows)):
            by_sentence[index] = [a]
    row_starts = sorted(a.start for a in rows if a.role != "coordinate")
    for index, asked in sorted(by_sentence.items()):
        if index < 0:
            continue
        askers = {a.assigned_by for a in asked if a.assigned_by}
        item = sentences[index]
        item_lang = sentence_language(item, language)
        # the item's body passing its task on (``… cần chỉ đạo ngay tất cả các cơ sở GD&ĐT chủ động kiểm tra …``): its
        # last tasked are the bodies after, and a bare continuation is theirs (stop 41); a guidance named as a noun
        # (``… căn cứ Công văn … về hướng dẫn xây dựng …``) hands nothing on (stop 42)
        handed_down = hands_the_task_down(lowered, item_lang, max(a.end for a in asked), item.end)
        chained = False  # the sentence before this one continued the item
        chained_bare = False  # … opening with a task's verb, no opener word ("Tăng cường lực lượng …")
        for later in range(index + 1, min(len(sentences), index + 1 + CONTINUATION_SENTENCES)):
            sentence = sentences[later]
            at = bisect_left(row_starts, sentence.start)
            lang = sentence_language(sentence, language)
            # the item's own bodies named again inside an opener's continuation, not as its subject (``Localities
            # coordinate … . At the same time, replicate the model that some localities have been implementing.``):
            # still the item's continuation; a province's districts or communes are its localities (round 34)
            opener_here = continued_task_opening(lang)
            own_again = set()
            if opener_here and opener_here.match(lowered, sentence.start):
                own_again = {a.agency_id for a in asked}
                if any(split_id(a.agency_id)[0] in LOCAL_COMMITTEES for a in asked):
                    own_again.add("PROVINCES")
            # "UBND các huyện …: Huy động … . Chỉ đạo UBND cấp xã thống kê thiệt hại …": a bare directing opener's
            # objects are the bodies the item's bodies direct, no subject ending the item; the sentence is the item's
            # own row, and a district directing the commune committees asks them (the lead, stop 43, ruling A; round
            # 35 vi's Cao Bằng)
            directed = (_directed_by_bare_opener(lowered, sentence, lang, named_starts)
                        if (later == index + 1 or chained) and not handed_down else None)
            if directed is None and (names_a_body(sentence, askers | own_again)
                                     or at < len(row_starts) and row_starts[at] < sentence.end):
                break
            opening, led = continued_task_opening(lang), continued_led_task_opening(lang)
            m = opening.match(lowered, sentence.start) if opening else None
            between = text[sentences[later - 1].end : sentence.start]
            if (m is not None and "\n" in between and not opens_with_continuation_opener(lowered, lang, sentence.start)
                    and not (between.count("\n") == 1 and under_an_assigning_colon(text, lowered, sentence.start, cues(lang)))):
                # an opener-less manner verb (``Closely coordinate with …``, ``Coopérer étroitement …``) on its own line
                # is a bare continuation: a line break is a paragraph break (stop 42), as for the bare task verbs below
                # (round 39 en's Tet dispatch)
                m = None
            # "… . Đồng thời chủ trì tổ chức hội nghị … trong tháng 12/2025": a continuation the body leads is its row
            # too, role lead (the lead's call of stop 41)
            led_match = led.match(lowered, sentence.start) if led and m is None else None
            passive = continued_passive_opening(lang)
            # "At the same time, recruitment … will be carried out …, to be completed before November 30, 2025": the
            # passive's work is the item's body's too (stop 41)
            m = m or led_match or (passive.match(lowered, sentence.start) if passive else None)
            role = "lead" if led_match else "assignee"
            if m is None:
                # a subjectless sentence opening with a task verb and no opener word, right after the item (or its
                # continuation) in the same paragraph (the lead's ruling of stop 41: ``… yêu cầu Sở KH&CN chủ trì … .
                # Rà soát, báo cáo … . Chủ trì, phối hợp …``); a sentence between, a new paragraph, or the item's task
                # handed down to bodies outside the table end it
                bare = bare_continued_task_opening(lang)
                written = text[sentence.start : sentence.end].lstrip()
                # a line break is a paragraph break (stop 42), except for a list item running over unlabelled
                # lines under a dispatch's assigning colon (``People's Committees of communes and wards: Continue …``
                # then ``Synthesize the report … before 2:00 p.m. on July 24.``, round 33 en; stop 41's left class)
                if (bare and (later == index + 1 or chained) and not handed_down and written[:1].isupper()
                        and ("\n" not in between
                             or between.count("\n") == 1
                             and under_an_assigning_colon(text, lowered, sentence.start, cues(lang)))):
                    m = bare[0].match(lowered, sentence.start)
                    plain = chained_plain_continuation_opening(lang) if chained_bare and m is None else None
                    if plain is not None:
                        # "… . Tăng cường lực lượng … . Kiên trì tuyên truyền Nhân dân …": a plain word opening the
                        # sentence after a bare continuation goes on with the same bodies (stop 44's left classes)
                        m = plain.match(lowered, sentence.start)
                    if m is not None and task_verb_as_noun_subject(lowered, lang, sentence.start, sentence.end):
                        m = None  # "Tăng cường … là nhiệm vụ trọng tâm": a statement about the work (stop 42)
                    if m is not None and " ".join(m.group("opener").split()) in bare[1]:
                        role = "lead"
                if m is None:
                    if chained or names_a_body(sentence, set()):
                        break  # (a sentence between naming its asker again is the asker's, not the item's)
                    if (bare and not handed_down and written[:1].isupper() and "\n" in between
                            and bare[0].match(lowered, sentence.start)):
                        break  # "… giao Sở NN&PTNT chủ trì … .\n…\nTiếp tục triển khai … . Đồng thời nghiên cứu, tham
                        # mưu …": a new paragraph's subjectless task is no one's the text names (stop 42), and an opener
                        # after it goes on with that sentence, not with the item (round 39 vi)
                    continue
                chained_bare = True
            else:
                chained_bare = False
            chained = True
            if later == index + 1 and text[item.start : item.end].rstrip().endswith(":"):
                # "… Chairmen of the People's Committees of …: Ha Tinh, Quang Tri, Hue:" then "Direct the review …": the
                # item's addressees end with its colon, so the line after it is the item's own task, no continuation
                # of it (round 25b en's look; round 35 vi's bare ``Chỉ đạo`` made it matter)
                continue
            start, end = m.start("opener"), m.end("opener")
            dates = not_past(not_a_status_date(folded, not_a_goal(folded, find_deadlines(folded, lang, end, sentence.end, date),
                                                                   lang, lowered), lang), date)
            # "… within the assigned staff in the province in 2025 …, to be completed before November 30, 2025": a bare
            # year is the work's scope where the sentence also gives a day it is due by (stop 41)
            dates = sorted(dates, key=lambda d: d.qualifier == "in" and len(d.value) == 4)
            # the sentence right after, asking no body (the report's addressee may be named), whose date the item's
            # rows took (``Đồng thời, tổ chức kiểm điểm … . Thời gian hoàn thành và báo cáo kết quả thực hiện về UBND
            # tỉnh … trước ngày 15/02/2020.``): it closes the item and its continuation together, and dates both (round 33)
            closing = sentences[later + 1] if later + 1 < len(sentences) and not dates else None
            if closing is not None and any(closing.start <= r < closing.end for r in row_starts):
                closing = None
            closing_days = ({d.value for d in find_deadlines(folded, lang, closing.start, closing.end, date)}
                            if closing is not None else set())
            for a in asked:
                if (start, a.agency_id) in taken:
                    continue
                taken.add((start, a.agency_id))
                shared = not dates and a.deadline is not None and a.deadline in closing_days
                added.append(dataclasses.replace(
                    a, start=start, end=end, text=text[start:end], agency=text[start:end], role=role,
                    task=text[start : sentence.end].strip() or None,
                    deadline=dates[0].value if dates else a.deadline if shared else None,
                    deadline_qualifier=dates[0].qualifier if dates else a.deadline_qualifier if shared else None))
            if directed is not None:
                districts = {a.agency_id for a in asked if split_id(a.agency_id)[0] == "DPC"}
                for r in rows:
                    if (len(districts) == 1 and directed[0] <= r.start < directed[1] and r.role != "coordinate"
                            and split_id(r.agency_id)[0] == "CPC" and r.assigned_by in askers):
                        reasked[r.start, r.agency_id] = next(iter(districts))
                # a subject of its own after the directed bodies (``…, sở NN&PTNT tổng hợp, báo cáo …``) ends the item
                # after this sentence
                if any(sentence.start <= st < sentence.end and not directed[0] <= st < directed[1] for st in named_starts):
                    break
    return added, reasked


def _directed_by_bare_opener(lowered: str, sentence: Sentence, lang: str, named_starts: list[int]) -> tuple[int, int] | None:
    """The span of the bodies a bare directing opener (one of ``bare_continued_task_verbs`` that is also one of
    ``handed_down_cues``: ``Chỉ đạo UBND cấp xã và cơ quan chuyên môn thống kê …``) hands the task to right after it (up
    to two words between, up to the clause's first comma or semicolon), else None: they are its objects, not the
    sentence's subject (round 35 vi's Cao Bằng; the lead, stop 43, ruling A)."""
    bare = bare_continued_task_opening(lang)
    m = bare[0].match(lowered, sentence.start) if bare else None
    if m is None or not hands_the_task_down(lowered, lang, m.start("opener"), m.end("opener")):
        return None
    at = bisect_left(named_starts, m.end("opener"))
    if at == len(named_starts) or named_starts[at] >= sentence.end:
        return None
    if not re.fullmatch(r"\s+(?:[\w'-]+\s+){0,2}", lowered[m.end("opener") : named_starts[at]]):
        return None
    stops = [i for i in (lowered.find(",", named_starts[at], sentence.end), lowered.find(";", named_starts[at], sentence.end))
             if i >= 0]
    return m.end("opener"), min(stops, default=sentence.end)


@lru_cache(maxsize=None)
def _owner_link_at_end(lang: str) -> re.Pattern | None:
    """cues.json's optional ``owner_links`` (fr ``de``, ``des``, ``de l'``; en ``of``, ``of the``; vi ``của``) right before
    a body's name, after a word: the body owns the thing named before it (``les avis des organes de l'Assemblée
    nationale``), no subject of its sentence."""
    words = cues(lang).data.get("owner_links") or []
    return re.compile(rf"[\w'’]\s+(?:{phrases(words)})\s*$") if words else None


@lru_cache(maxsize=None)
def _local_authority_opening(lang: str) -> re.Pattern | None:
    """cues.json's optional ``local_authority_subjects`` (``chính quyền địa phương``, ``local authorities``) opening a
    sentence, after a ``continuation_openers`` word and its comma or not, with a word after them."""
    data = cues(lang).data
    words = data.get("local_authority_subjects") or []
    if not words:
        return None
    openers = data.get("continuation_openers") or []
    opener = rf"(?:(?:{phrases(openers)})\s*,?\s+)?" if openers else ""
    return re.compile(rf"\s*{opener}(?P<body>{phrases(words)})(?=\s+\w)")


def _local_authorities_again(text: str, lowered: str, sentences: list[Sentence], rows: list[Assignment],
                             mentions: list[Mention], language: str, date: str | None) -> list[Assignment]:
    """The commune-level committees named again as the local authorities (the lead's ruling of stop 41: ``… giao các
    phường, xã, đặc khu rà soát … . Song song đó, chính quyền địa phương hướng dẫn …``): a sentence opening with
    cues.json's ``local_authority_subjects`` within ``CONTINUATION_SENTENCES`` after a sentence where a province's body
    asked its commune-level committees (``CPC@NN``), the sentences between asking no body (one may cite a decree of the
    Government's), is a row of
    those committees with the same asker and its own sentence's date. Elsewhere the words stay a list skip (no row)."""
    asked = [a for a in rows if a.role in ("assignee", "lead") and split_id(a.agency_id)[0] == "CPC"
             and split_id(a.agency_id)[1] and a.assigned_by and split_id(a.assigned_by)[1]]
    if not asked:
        return []
    folded = fold_for_matching(text)
    starts = [s.start for s in sentences]
    row_starts = sorted(a.start for a in rows)
    added: list[Assignment] = []
    for a in asked:
        index = bisect_left(starts, a.start + 1) - 1
        for later in range(index + 1, min(len(sentences), index + 1 + CONTINUATION_SENTENCES)):
            sentence = sentences[later]
            row_at = bisect_left(row_starts, sentence.start)
            if row_at < len(row_starts) and row_starts[row_at] < sentence.end:
                break
            lang = sentence_language(sentence, language)
            opening = _local_authority_opening(lang)
            m = opening.match(lowered, sentence.start) if opening else None
            if m is None:
                continue  # (a sentence between may cite a law of the Government's: only a row there ends the reach)
            start, end = m.start("body"), m.end("body")
            if any(b.start == start for b in added):
                break
            dates = not_past(not_a_status_date(folded, not_a_goal(folded, find_deadlines(folded, lang, end, sentence.end, date),
                                                                   lang, lowered), lang), date)
            added.append(dataclasses.replace(
                a, start=start, end=end, text=text[start:end], agency=text[start:end], role="assignee",
                task=text[start : sentence.end].strip() or None,
                deadline=dates[0].value if dates else None, deadline_qualifier=dates[0].qualifier if dates else None))
            break
    return added


# how many sentences after a row named for all the committees' levels the levels' own dates are looked for (round 27's
# French page dates the levels five sentences on, after what the review covers and a photo's caption)
_LEVEL_DATES_REACH = 6


def _levels_dated_later(sentences: list[Sentence], rows: list[Assignment]) -> list[Assignment]:
    """The rows of the committees named once for all their levels (several rows on one span, ``à des comités populaires
    à tous les niveaux``) dated by the later sentence that dates the same task for each level (``Les communes sont
    priées d'achever la révision avant le 16 janvier 2020, les districts avant …``: round 22b's rule, as round 27's
    French gold reads it): a row without a date takes the date of the first row of its id and asker within the next
    ``_LEVEL_DATES_REACH`` sentences."""
    starts = [s.start for s in sentences]
    spans: dict[tuple[int, int], int] = {}
    for a in rows:
        spans[(a.start, a.end)] = spans.get((a.start, a.end), 0) + 1
    result = []
    for a in rows:
        if a.deadline is None and spans[(a.start, a.end)] > 1 and a.role == "assignee":
            index = bisect_left(starts, a.start + 1) - 1
            later = next((b for b in rows if b.start > a.end and b.deadline is not None and b.agency_id == a.agency_id
                          and b.assigned_by == a.assigned_by
                          and index < bisect_left(starts, b.start + 1) - 1 <= index + _LEVEL_DATES_REACH), None)
            if later is not None:
                a = dataclasses.replace(a, deadline=later.deadline, deadline_qualifier=later.deadline_qualifier)
        result.append(a)
    return result


# the fewest words of the line that opens a text's body (a sentence closed by its stop): a site's shorter chrome line
# ("Đang tải dữ liệu...") is no body yet
_BODY_LINE_WORDS = 8
# a sentence's stop inside or at the end of a line
_STOP = re.compile(r"[.!?;:](?:\s|$)")


def _body_start(text: str) -> int:
    """Where the text's body opens: its first line of ``_BODY_LINE_WORDS`` words or more with a sentence's stop (the
    lines before it are a headline and a site's chrome); 0 where no line is one, or the text opens with it."""
    return next((line.start() for line in re.finditer(r"[^\n]+", text)
                 if len(line.group().split()) >= _BODY_LINE_WORDS and _STOP.search(line.group())), 0)


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    """Where the line of ``text`` that holds the position ``at`` starts and ends (its line break left out)."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _line_at(text: str, at: int) -> str:
    """The line of ``text`` that holds the position ``at``, without its line break."""
    start, end = _line_bounds(text, at)
    return text[start:end]


def _without_headline_province_acting(text: str, rows: list[Assignment]) -> list[Assignment]:
    """The rows without a headline's province acting on its own (``Hà Nội chủ động phòng chống rét đậm …`` as a
    page's title, a line with no stop before the body's first line): the province's name alone as a subject, asked by
    no one, sums the story up and tasks no body (round 34b vi's open class, helper w2vi34). A committee named in the
    headline (``UBND tỉnh …``) or a province asked by another keeps its row (``_without_restated_headline`` decides).
    The same headline printed again lower down, word for word on a line of its own (a photo's title under the lead:
    ``Hà Tĩnh chủ động ứng phó nguy cơ hạn hán, thiếu nước, xâm nhập mặn`` between two paragraphs, round 38b vi), is
    that headline still."""
    body = _body_start(text)
    if not body:
        return rows
    headlines = {" ".join(line.split()) for line in text[:body].split("\n") if line.strip()}

    def bare_province(a: Assignment) -> bool:
        written = (a.agency or "").strip()
        found = find_provinces(written)
        return len(found) == 1 and found[0].start == 0 and found[0].end == len(written)

    def in_headline(a: Assignment) -> bool:
        return a.end <= body or " ".join(_line_at(text, a.start).split()) in headlines

    return [a for a in rows if not (in_headline(a) and a.assigned_by is None and split_id(a.agency_id)[0] == "PPC"
                                    and not _STOP.search(_line_at(text, a.start)) and bare_province(a))]


def _without_restated_headline(text: str, rows: list[Assignment], lang: str) -> list[Assignment]:
    """The rows without those of a headline that the lead asks again: a line with no stop before the body's first line
    (the lead; after a site's chrome lines: ``Vietnam Real Estate``, ``Đang tải dữ liệu...``, round 21), whose body and
    asker a row of the lead has (``Bộ Xây dựng đề nghị UBND các tỉnh … báo cáo …`` then the same request in the lead):
    a headline sums up the lead's request, as the gold of the later rounds leaves headlines out. A headline whose
    request only a later paragraph gives again keeps its row (round 2's gold annotates one: baomoi_030), and so does a
    headline's passive without its auxiliary (``Ministries asked to …``: round 15's rule makes it a task)."""
    body = _body_start(text)
    if not body:
        return rows
    lead_end = len(text) if text.find("\n", body) < 0 else text.find("\n", body)
    passive = headline_patterns(lang if lang in LANGUAGES else languages.fallback())
    lowered = lower_for_matching(text) if passive else ""
    headline = {a.start for a in rows if a.end <= body and not _STOP.search(_line_at(text, a.start))
                and not (passive and passive[0].match(lowered, a.end))
                and any(body <= b.start < lead_end and (b.agency_id, b.assigned_by) == (a.agency_id, a.assigned_by)
                        for b in rows)}
    return [a for a in rows if a.start not in headline]


def _without_restated_caption(text: str, rows: list[Assignment], lang: str) -> list[Assignment]:
    """The rows without those of a photo's caption (a line whose sentence a credit follows, grammar's optional
    ``caption_words``: ``Hanoi urges all departments to swiftly complete … Photo: Kinh te & Do thi``) whose body and
    asker a row outside that line has: the caption sums up the page's request, which the gold counts once, as a
    headline (round 30). A caption's request the text gives nowhere else keeps its row."""
    credit = caption_credit(lang if lang in LANGUAGES else languages.fallback())
    if credit is None or not rows:
        return rows
    lowered = lower_for_matching(text)

    def caption_line(at: int) -> tuple[int, int] | None:
        start, end = _line_bounds(text, at)
        stop = re.search(r"[.!?]", text[at:end])
        # the credit on the caption's own line: a credit on a line of its own after a body line is the photo's
        # below the lead, whose request is no caption's (tests/test_assign_open22_fr.py)
        return (start, end) if stop and credit.match(lowered, at + stop.end(), end) else None

    dropped = set()
    for a in rows:
        line = caption_line(a.end)
        if line and any(not line[0] <= b.start < line[1] and (b.agency_id, b.assigned_by) == (a.agency_id, a.assigned_by)
                        for b in rows):
            dropped.add(a.start)
    return [a for a in rows if a.start not in dropped]


def _advice_up(f: Found, mention: Mention, assigned_by: str | None, lang: str) -> bool:
    """Whether a row is a body's advice to the provincial committee it works for, no request (grammar's optional
    ``advice_verbs``: ``Le Comité populaire provincial a demandé au Département de la construction d'examiner … ;
    il a également conseillé au Comité populaire provincial d'organiser …``, the department advising its committee,
    round 20c): an advising verb asking a provincial committee with no one above it asking (no asker found). The
    Prime Minister's advice to a province (``Le Premier ministre a conseillé au Comité populaire de Hanoï de …``)
    stays a request. The department named as the asker (``Le département a conseillé au Comité populaire
    provincial …``, the department named again by its head word) advises its committee as well."""
    verbs = language_grammar(lang).get("advice_verbs")
    below = assigned_by is not None and getattr(agency(split_id(assigned_by)[0]), "kind", None) == "provincial_department"
    if not verbs or f.kind != "assign" or assigned_by is not None and not below or mention.agency_id.split("@")[0] != "PPC":
        return False
    return bool(set(lower_for_matching(f.cue).split()) & {lower_for_matching(v) for v in verbs})


def _province_unnamed_localities(lang: str) -> frozenset[str]:
    """The words for "the localities" that, in a provincial committee's own direction, name no level of the
    province (``unnamed_localities_of_a_province`` in ``lang/<code>/grammar.json``): no row."""
    return grammar_words(lang, "unnamed_localities_of_a_province", reading_without_accents(lang))


def _unnamed_localities(mention: Mention, assigned_by: str | None, lang: str, one_province: bool = False) -> bool:
    """Whether a mention of "the localities" is tasked by a provincial People's Committee in a language whose
    gold reads them as no body of the table (Vietnamese: the province's localities, neither the provinces nor a
    named level), rather than as its districts (``_localities_as_districts``); the same where one of the province's
    departments asks them (``Sở Tài chính tỉnh Cao Bằng đề nghị các địa phương``, round 24); with no asker at all, in a text whose
    bodies are all one province's (``one_province``: ``Các địa phương tập trung khoanh vùng, dập dịch …``, a photo
    caption of Sơn La's farm news, round 22), they are that province's localities too."""
    if mention.agency_id != "PROVINCES" or lower_for_matching(mention.text) not in _province_unnamed_localities(lang):
        return False
    return _a_provincial_asker(assigned_by) or (assigned_by is None and one_province)


# the first day of the two-level local government: the date a text that names only its units is taken to have
def _two_level_date(text: str, lowered: str, lang: str, mentions: list[Mention]) -> str | None:
    """``MERGER_DATE`` (the two-level local government began with the merger) for a text with no date that names
    only the units of the two-level local government: it uses a word only that government has (``two_level_words``
    in ``lang/<code>/grammar.json``: the special zones), or it names that government and no district
    (``two_level_government_words``: ``the two-level local government``), or it names the commune-level committees
    (``CPC``) and no district-level body, nor a district's word (``district_level_words``: ``huyện``, ``district``),
    nor a province the merger ended (``Binh Duong Provincial People's Committee`` preparing the new communes); else None."""
    from nlp.provinces import find_provinces

    g = language_grammar(lang)

    def uses(words: list[str]) -> bool:
        return any(re.search(rf"(?<![\w']){phrase(lower_for_matching(w))}(?![\w'])", lowered) for w in words)

    if uses(g.get("two_level_words") or []):
        return MERGER_DATE
    # the two-level government named, in a text that names no district (one written before the merger to prepare
    # that government names the districts it ends; round 26)
    if uses(g.get("two_level_government_words") or []) and not uses(g.get("district_level_words") or []):
        return MERGER_DATE
    levels = {split_id(m.agency_id)[0] for m in mentions}
    named = find_provinces(text, lang)
    # a province the text once writes as a former one is a former one wherever it names it again ("the People's
    # Committee of Quang Nam province (old)" … "the Quang Nam Provincial Investment … Board", round 28b)
    former = {p.code for p in named if _named_as_former(lowered, p.start, p.end, g)}
    if ("CPC" in levels and "DPC" not in levels and g.get("district_level_words") and not uses(g["district_level_words"])
            and not any(p.code in _provinces_the_merger_ended() and p.code not in former for p in named)):
        return MERGER_DATE
    return None


def _named_as_former(lowered: str, start: int, end: int, g: dict) -> bool:
    """Whether a province's name is written as a former one (grammar's ``former_unit_words``, the word right before
    or right after the name: ``Quang Ngai province (old Kon Tum province)``, ``tỉnh Kon Tum cũ``; after it also in
    brackets: ``the People's Committee of Quang Nam province (old)``, ``tỉnh Quảng Nam (cũ)``, round 28b)."""
    words = [phrase(lower_for_matching(w)) for w in g.get("former_unit_words") or []]
    if not words:
        return False
    alternation = "|".join(words)
    return bool(re.search(rf"(?<![\w'])(?:{alternation})\s+$", lowered[max(0, start - 30) : start])
                or re.match(rf"\s*\(?\s*(?:{alternation})(?![\w'])", lowered[end : end + 30]))


@lru_cache(maxsize=1)
def _provinces_the_merger_ended() -> frozenset[str]:
    """The codes of the provinces of before the 2025 merger whose name no province of after it has (Bình Dương,
    Sóc Trăng; not Gia Lai, whose name the merged province kept)."""
    from nlp.provinces import provinces

    kept = {p.name_short_vi for p in provinces("2025").values()}
    return frozenset(code for code, p in provinces("2024").items() if p.name_short_vi not in kept)


def _localities_as_districts(mention: Mention, assigned_by: str | None, lang: str, date: str | None = None,
                             written: str | None = None) -> str:
    """The body a mention stands for in its row: ``localities`` a provincial People's Committee tasks are
    its districts (``DPC`` with the committee's province), not the country's provinces; in a text dated after
    the districts were abolished (July 2025), its communes (``CPC``: the district committees' successor in the
    agency table, round 12). The same for the localities one of the province's departments asks (``Le Departement
    des finances ... a demande aux localites d'examiner`` in Cao Bang: a department gives the provinces no task;
    round 24). ``written``: the words a pronoun stands for, in place of the mention's own."""
    if (mention.agency_id == "PROVINCES" and _a_provincial_asker(assigned_by)
            and lower_for_matching(written or mention.text) in province_localities(lang)):
        return (current("DPC", date) if date else "DPC") + assigned_by[len(assigned_by.split("@")[0]):]
    if (mention.agency_id == "PROVINCES" and assigned_by and assigned_by.split("@")[0] == "DPC"
            and lower_for_matching(written or mention.text) in province_localities(lang)):
        # "the Da Lat City People's Committee … has requested localities to inspect …": a district-level committee's
        # localities are its communes and wards (round 29b)
        return "CPC" + assigned_by[len("DPC"):]
    return mention.agency_id


def _board_province_before(text: str, lowered: str, sentences: list[Sentence], f: Found, date: str | None,
                           lang: str) -> str | None:
    """The committee of the province whose board asks the localities, where that board is no body of the table and the
    sentence before names it with its province (``… of the Steering Committee for Natural Disaster Prevention … of Dak
    Nong Province said … . Therefore, the steering committee has requested localities to …``: Dak Nong's districts, not
    the country's provinces; round 29b en's left class): grammar's optional ``boards_named_again``, the board's words
    opening the asking clause, and one province named after the board's words in the sentence before; else None."""
    from nlp.provinces import find_provinces

    words = grammar(lang).get("boards_named_again") or []
    if not words or f.sentence < 1 or not f.group.mentions:
        return None
    sentence, before = sentences[f.sentence], sentences[f.sentence - 1]
    opening = lowered[sentence.start : f.group.mentions[0].start]
    board = re.compile(rf"(?<![\w'’])(?:{'|'.join(phrase(w) for w in words)})(?![\w'’])")
    if not board.search(opening):
        return None
    named = board.search(lowered, before.start, before.end)
    if not named:
        return None
    provinces = find_provinces(text[named.end() : before.end], lang)
    codes = {(p.code_2025 if date and date >= MERGER_DATE else p.code) for p in provinces}
    return f"PPC@{codes.pop()}" if len(codes) == 1 and None not in codes else None


def _province_of_own_list(mentions: list[Mention]) -> str | None:
    """The committee of the province whose own bodies a list of addressees names beside "the localities", where
    the asker is no body of the table (``Le président du Conseil populaire municipal a demandé au Comité populaire
    municipal, aux services, aux départements et aux autorités locales``: Hanoi's committee and its departments,
    so its localities are Hanoi's districts, not the country's provinces; round 29): the list must name the
    province's committee and another body of the same province."""
    committees = {m.agency_id for m in mentions if m.agency_id.startswith("PPC@")}
    if len(committees) != 1:
        return None
    committee = next(iter(committees))
    province = committee[len("PPC"):]
    return committee if any(m.agency_id != committee and m.agency_id.endswith(province) for m in mentions) else None


def _listed_localities_code(group: Group, assigned_by: str | None, lang: str) -> str | None:
    """The province whose localities a list names, where its asker is that province's committee or department
    (``_localities_as_districts``): the code an unplaced provincial body of the same list takes (``urging all
    localities, departments, and units across the province``: the bare ``departments`` after the localities, read
    by the list's ``continuations`` with no province of their own, are the asking province's); else None."""
    if not _a_provincial_asker(assigned_by) or "@" not in assigned_by:
        return None
    if any(m.agency_id == "PROVINCES" and lower_for_matching(m.text) in province_localities(lang) for m in group.mentions):
        return split_id(assigned_by)[1]
    return None


# the bodies below a province's committee that the country's authorities ask in every province at once
_EVERY_PROVINCES_KINDS = frozenset({"provincial_department", "provincial_departments", "district_committees",
                                    "commune_committees"})


def _not_the_filing_citys(agency_id: str, mention: Mention, assigned_by: str | None, filed_only: bool, lang: str) -> str:
    """A province's department (the departments, the district or commune committees) that a national body asks
    (a ministry, the Prime Minister) in a text whose only province is a wire's dateline (``Hanoi (VNA) - The
    Ministry of Industry and Trade … . The Departments of Industry and Trade nationwide have been ordered to …``) is
    every province's: the code the dateline gave it is dropped, unless its own name names the province (round 36 en;
    a city's own committee asking keeps the dateline's city, round 18b)."""
    if not filed_only or "@" not in agency_id or not assigned_by or is_provincial(assigned_by):
        return agency_id
    base = split_id(agency_id)[0]
    if getattr(agency(base), "kind", None) not in _EVERY_PROVINCES_KINDS or find_provinces(mention.text, lang):
        return agency_id
    return base


def _in_askers_province(agency_id: str, assigned_by: str | None) -> str:
    """A province's body whose province nothing placed (no name with it, no committee of a province in its sentence:
    ``the Quang Ninh Provincial People's Committee issued Directive … urging all localities, departments, and units
    across the province``, where ``departments`` continues the bare ``localities``) that a province's committee placed
    by its name tasks is a body of that committee's province (the issuing committee's province, the contract's
    provincial bodies; issue #13, prov29). A committee (``PPC``) stays as it is: one committee asking another
    unplaced one is no evidence that both are of one province; so do the country's ``localities``."""
    base, code = split_id(agency_id)
    if code or base in ("PPC", "PROVINCES") or not is_provincial(agency_id) or not assigned_by:
        return agency_id
    asker, asker_code = split_id(assigned_by)
    return provincial_id(base, asker_code) if asker == "PPC" and asker_code else agency_id


def _provincial_lead_of_partner(f: Found, primary: Found) -> str | None:
    """The provincial body leading a task whose partners are "the localities", where the task has no asker of the table
    (``Manager Department of Industry and Trade: …, coordinate with localities and units to direct …`` under a
    provincial steering committee's dispatch): a department of a province coordinates with its own districts or
    communes, not with the country's provinces (round 31b); None for any other row."""
    if f.role != "coordinate" or f is primary:
        return None
    leads = [m.agency_id for m in primary.group.mentions if _a_provincial_asker(m.agency_id)]
    return leads[0] if len(set(leads)) == 1 else None


def _a_provincial_asker(assigned_by: str | None) -> bool:
    """Whether an asker is a province's committee or one of its departments (with the province's code, or
    without it where the text names no province): the bodies whose "localities" are the province's districts or
    communes."""
    if not assigned_by:
        return False
    head = assigned_by.split("@")[0]
    return head == "PPC" or head == "DEPARTMENTS" or head in set(_ministry_departments().values())


@lru_cache(maxsize=None)
def _ministry_departments() -> dict[str, str]:
    """``ministry_departments.json``: the provincial department that does each ministry's work in a province."""
    path = Path(__file__).with_name("ministry_departments.json")
    return json.loads(path.read_text(encoding="utf-8"))["departments"]


def _ministry_as_department(agency_id: str, assigned_by: str | None, kind: str, cue: str = "", lang: str = "") -> str:
    """A ministry a provincial People's Committee tasks as a subject (``Le ministère de l'Agriculture … est chargé
    de présider …`` in its chairman's instructions: a translation's word for its department, since a province
    gives a ministry no task) is the province's department (``DARD@40``); a ministry the committee asks through
    a verb (a province's request to a ministry) stays the ministry (round 15b), unless the verb is one only a
    superior uses (grammar's optional ``orders_to_subordinates``: ``Le responsable a exhorté les ministères, les
    agences …``, ``a chargé le ministère de l'Agriculture …`` in a province's text; round 23's left class)."""
    ordered = kind == "assign" and lang and _orders_a_subordinate(cue, lang)
    if ((kind in ("subject", "weak", "list_item", "list_subject") or ordered) and assigned_by
            and assigned_by.split("@")[0] == "PPC" and agency_id in _ministry_departments()):
        return _ministry_departments()[agency_id] + assigned_by[len("PPC"):]
    return agency_id


def _partner_frame_kind(f: Found, primary: Found, kind: str) -> str:
    """The frame kind ``_ministry_as_department`` reads a row by: a partner (``coordinate``) whose lead names no
    ministry is read as a partner, whatever its lead's frame, so that the ministry a department is to coordinate
    with stays the ministry (``a partner ministry is a department only beside a lead the text calls a ministry``,
    round 23's late pass; round 30's Nam Dinh item ``Coordonner avec le ministère des Finances``)."""
    if f.role == "coordinate" and not any(m.agency_id in _ministry_departments() for m in primary.group.mentions):
        return "partner"
    return kind


def _orders_a_subordinate(cue: str, lang: str) -> bool:
    """Whether an assigning cue holds one of grammar's ``orders_to_subordinates`` (a verb a body gives its own
    subordinates only: to charge, to urge; not to ask or to propose, which a province may do to a ministry)."""
    verbs = {lower_for_matching(v) for v in language_grammar(lang).get("orders_to_subordinates") or []}
    return bool(verbs & set(lower_for_matching(cue or "").split()))


# the committees below a province, whose id carries the province's code (``DPC@35``)
_PROVINCE_LOWER_COMMITTEES = tuple(f"{kind}@" for kind in sorted(LOCAL_COMMITTEES))


def _ministry_asker_as_department(assigned_by: str | None, agency_id: str, listed=()) -> str | None:
    """A ministry that asks a province's district or commune committees (``le ministère de l'Intérieur demande aux
    comités populaires des districts, des villes et des communes`` on a province's scheme) is that province's
    department under a translation's word: a ministry gives its tasks to the provinces' committees, and the
    department of home affairs guides the districts (``DOHA@60``, round 22). Not where the same list asks a
    province's committee too (``Bộ Xây dựng đề nghị UBND tỉnh, thành phố Bảo Lộc phối hợp …``): a department asks no
    province, so the asker is the ministry (issue #13, dist38: the province read from a district-level town)."""
    if any(split_id(m.agency_id)[0] in ("PPC", "PROVINCES") for m in listed):
        return assigned_by
    if (assigned_by in _ministry_departments() and agency_id.startswith(_PROVINCE_LOWER_COMMITTEES)):
        return _ministry_departments()[assigned_by] + agency_id[agency_id.index("@"):]
    return assigned_by


def _ministry_tasked_as_its_department(results: list[Assignment],
                                       asked_as_departments: set[tuple[str, str]]) -> list[Assignment]:
    """A ministry the text reads as a province's department where it asks that province's district or commune
    committees (``_ministry_asker_as_department``) is the same department where the text tasks it (``Sur instruction
    du Comité permanent …, le ministère de l'Intérieur conseillera le Comité populaire provincial …`` beside ``le
    ministère de l'Intérieur demande aux comités populaires des districts …``: DOHA@60; round 22's left class)."""
    named = {asker: department for asker, department in asked_as_departments}
    return [dataclasses.replace(a, agency_id=named[a.agency_id]) if a.agency_id in named else a for a in results]


@lru_cache(maxsize=None)
def _plural_body_words(lang: str) -> re.Pattern | None:
    """grammar's optional ``plural_body_words`` (``các``, ``committees``) as a pattern, else None."""
    words = language_grammar(lang).get("plural_body_words") if lang in LANGUAGES else None
    return re.compile(rf"(?<![\w'])(?:{phrases(words)})(?![\w'])") if words else None


def _plural_body(name: str, lang: str) -> bool:
    """Whether a district's or a commune's committee is named as the level's committees together (``UBND các xã``, ``the
    People's Committees at the commune and district levels``), not as the text's own one (``Ủy ban nhân dân huyện``)."""
    words = _plural_body_words(lang)
    return bool(words and words.search(lower_for_matching(name)))


def _every_provinces_own(agency_id: str, mention: Mention, primary: Found, mentions: list[Mention], sentence: Sentence,
                         lang: str) -> str:
    """A province's body that the provinces as a whole ask (the body named last before the row's cue in its sentence is
    ``PROVINCES``: ``Thủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành phố chỉ đạo Sở Giáo dục và Đào tạo chủ trì, phối
    hợp với các sở, ngành …``, ``asked the chairpersons of provincial People's Committees to direct the Departments of
    Health to …``) is every province's, no one province's: the code the text's only named province gave it (a photo
    caption's ``cứu trợ tỉnh Lạng Sơn``) is dropped, unless the body's own name names its province (round 31b). The
    district- and commune-level committees together are so too (``d'ordonner aux autorités de base de …``, ``chỉ đạo
    chính quyền cơ sở …``: every province's communes, round 35b fr); a named district or commune keeps its code."""
    if ("@" not in agency_id or not is_provincial(agency_id) or split_id(agency_id)[0] == "PPC"
            or (split_id(agency_id)[0] in LOCAL_COMMITTEES and own_unit_name(mention) is not None)):
        return agency_id
    cue_start = primary.extra.get("cue_start")
    if cue_start is None or not sentence.start <= cue_start <= sentence.end:
        return agency_id
    before = [m for m in mentions if sentence.start <= m.start and m.end <= cue_start]
    if not before or max(before, key=lambda m: m.end).agency_id != "PROVINCES":
        return agency_id
    from nlp.provinces import find_provinces

    if find_provinces(mention.text, lang):
        return agency_id
    return split_id(agency_id)[0]


def _provinces_counted_as_places(lowered: str, mention: Mention, lang: str) -> bool:
    """Whether the provinces are counted as places (``dans 27 provinces et villes``, ``in 27 provinces and cities``: a
    place preposition and a number before them, grammar's optional ``place_count_prepositions``), no committees."""
    words = language_grammar(lang).get("place_count_prepositions") or []
    return bool(words) and bool(re.search(rf"(?<![\w'’])(?:{'|'.join(map(re.escape, words))})\s+\d[\d.,]*\s*$",
                                          lowered[max(0, mention.start - 30) : mention.start]))


def _each_province(agency_id: str, mention: Mention, all_provinces_at: int | None, lang: str) -> str:
    """``the provincial People's Committee`` with no province known (``PPC``), in a text that named the
    provinces' committees together before it (a ministry's letter to them all), stands for each of them:
    ``PROVINCES``, where the language's grammar says so (``unplaced_committee_after_all_provinces``, round 10b)."""
    if (agency_id == "PPC" and all_provinces_at is not None and all_provinces_at < mention.start
            and language_grammar(lang).get("unplaced_committee_after_all_provinces")):
        return "PROVINCES"
    return agency_id


_COORDINATION_TAIL = re.compile(r"[\s,;]*")  # matched at a position (no ^)


def _task_text(text: str, primary: Found, found: list[Found], c: LanguageCues | None = None) -> str:
    """The task alone: the text of the task's scope without the coordinating bodies (``phối hợp với Bộ
    Tư pháp``, ``in coordination with the Ministry of Finance``), the co-subjects (``, together with the
    Ministry of Finance,``) and the deadline phrase; an implementation item's task without its modal
    (``1. The Government shall review …`` → ``review …``)."""
    start, end = primary.task_start, primary.task_end
    cuts = [(f.extra["cue_start"], f.group.end) for f in found
            if f.primary is primary and (f.role == "coordinate" or f.extra.get("co_subject"))
            and "cue_start" in f.extra and start <= f.extra["cue_start"] < end]
    if primary.deadline and start <= primary.deadline.start < end:
        cuts.append((primary.deadline.start, primary.deadline.end))
    pieces, at = [], start
    for cut_start, cut_end in sorted(cuts):
        if cut_start >= at:
            pieces.append(text[at:cut_start])
            at = _COORDINATION_TAIL.match(text, cut_end).end()
    pieces.append(text[at:end])
    task = " ".join(" ".join(p.split()) for p in pieces if p.strip())
    opening = c.outside_items_opening.match(lower_for_matching(task)) if c is not None and c.outside_items_opening else None
    if opening:  # "…, organizations, and individuals to proactively …": items outside the table, not the task (round 9)
        task = task[opening.end() :]
    task = TASK_LEAD_IN.sub("", task).strip(" ,;:.")
    if primary.kind == "implementation" and primary.cue == "" and c is not None:
        modal = c.strong_after.match(lower_for_matching(task))
        if modal and c.cue_key(modal.group("cue")) not in c.strong_task_verbs:
            task = TASK_LEAD_IN.sub("", task[modal.end() :]).strip(" ,;:.")
    return task


# a document symbol, then a few words with no stop or figure and the date (``No. 139/KH-UBND issued by the city
# government on May 16, 2025``, ``No. 111/CD-TTg dated July 17, 2025``): a cited document's issue date
_SYMBOL_WORDS_BEFORE_DATE = re.compile(r"(?<![\w/])\d+(?:/[^\s,;/]+)+\s+(?:[^\s\d.;]+\s+){0,7}$")


def _after_the_merger_by_its_days(text: str, date: str, lang: str) -> bool:
    """Whether a text with no publication date, whose opening date (``text_date``) is a cited document's issue date,
    tells a day after the merger's first one (``content_date``: the latest day with a year it tells, no deadline nor a
    period's start). The merger's own day does not count: a text written before it often tells the day the new
    government begins (``the new communes operate on July 1, 2025``)."""
    folded = fold_for_matching(text)
    if not any(value == date and _SYMBOL_WORDS_BEFORE_DATE.search(folded, max(0, at - 90), at)
               for at, value in dates_in(folded, lang, 0, TEXT_DATE_CHARS)):
        return False
    later = content_date(text, lang)
    return bool(later) and later[:10] > MERGER_DATE and later[:4].isdigit() and len(later) >= 7
