"""Bodies that the gazetteer's scan (``nlp.agencies.find_mentions``) does not name as written: bare provinces and
their committees, provincial departments and sectors, district and commune committees, counted and listed provinces,
bodies and heads named again, addressees asked by a pronoun.
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from extract.assign.common import (ARTICLE_AT_END, AUTHORITIES, LIST_JOINER, LOCAL_COMMITTEES, NATIONAL_AUTHORITIES,
                                   PERSONS, Found, Group, alternation, continuation_opening, is_collective, kind_of,
                                   phrases, province_localities, sentence_language, words_pattern)
from extract.assign.cues import (LANGUAGES, LanguageCues, accent_tolerant_source, cues, language_grammar,
                                 lower_for_matching, phrase, reading_without_accents)
from extract.assign.deadlines import find_deadlines
from extract.assign.frames import (at_clause_start, caption_credit, inside_fronted_phrase, region_then_province,
                                   reported_speech_before, under_an_assigning_colon)
from extract.models import Sentence
from nlp import languages
from nlp.agencies import (MERGER_DATE, Mention, agency, article_province, current, closes_lower_case_name_word, elided_unit_committees, find_mentions, fold_for_matching,
                          is_provincial, names_centrally_run_city, names_in, opens_with_designator_abbreviation, province_completes_body, provincial_id,
                          scheme_at, split_id, unit_name)
from nlp.fold import fold
from nlp.regex import finditer as regex_finditer, scanner


# the longest province name as written ("Thành phố Hồ Chí Minh", "Bà Rịa - Vũng Tàu") and a little more
_PROVINCE_NAME_CHARS = 32


def bare_provinces(text: str, folded: str, lowered: str, sentences: list[Sentence], named: list[Mention],
                    language: str, date: str | None) -> list[Mention]:
    """A province named bare as the subject of its clause (``Cao Bằng cần …``, ``Đồng Nai giao Sở …``,
    ``Hanoi must …``) is its People's Committee (``PPC@04``), as ``tỉnh Cao Bằng`` already is: the name
    opens a clause and a verb cue of the language follows it (a modal, ``chủ trì``, an assigning verb, or
    a report's ``đã`` / ``sẽ``, which the frames then leave untasked), or it is the object of an assigning
    verb (``yêu cầu Cao Bằng khẩn trương …``). A plain verb is not enough (a headline ``Cao Bằng tập trung
    phát triển …`` sums up; it tasks no one), and a province as a place (``tại Cao Bằng``, ``người dân Hà
    Nội``) opens no clause. Only capitalised words that can start a province's name are looked at."""

    taken = {m.start for m in named}
    scheme = scheme_at(date)
    starts = [s.start for s in sentences]
    found: list[Mention] = []
    for at in _province_first_word_starts(text, folded, language):
        if at in taken or any(province_completes_body(text, m.end, at) for m in named if m.end <= at < m.end + 12):
            continue  # "asked the provincial chairman of Ninh Thuan to …": the name completes the body named before it
        index = bisect_left(starts, at + 1) - 1
        if index < 0 or at >= sentences[index].end:
            continue
        sentence = sentences[index]
        c = cues(sentence_language(sentence, language))
        if not _province_opens_at(text, at, c.lang):
            continue  # every branch below asks ``_bare_province_at``, which finds nothing without one
        before = lowered[sentence.start : at]
        if _enumerates_the_provinces(lowered, sentence.start, at, named, c):
            continue  # "UBND các tỉnh, thành phố … gồm: Hà Nội, Cần Thơ, … cần …": the collective's members (round 19b)
        # "a exhorté les localités, notamment Dak Lak et Gia Lai, à mobiliser": provinces singled out of the
        # asked provinces (``list_highlights``) are asked with them, the aside closed by a comma (round 17b)
        collective = _provinces_before_highlight(text, lowered, sentence.start, at, named, c)
        if collective is not None:
            before = lowered[sentence.start : collective.start]
        committees = _committees_of_listed_provinces(c.lang).search(before)
        if committees:  # "asked the People's Committees of Quang Ngai, Binh Dinh and …": each province's committee
            before = before[: committees.start()]
        designation = _designation_at_end(c.lang).search(before) if _designation_at_end(c.lang) else None
        if designation:  # "The capital of Hà Nội … were requested to", "asked the province of Lao Cai to" (round 15)
            before = before[: designation.start()] + before[designation.start() : designation.start("designation")]
        head = _province_head_at_end(c.lang)
        head = head.search(before) if head else None
        if head and at_clause_start(before[: head.start()], c):
            # "The Chairman of Hanoi also assigned the Department of Construction …": the province's head speaks
            # for its committee, which opens the clause (``province_head_titles`` in grammar.json, round 16)
            before = before[: head.start()]
        listed = _start_of_bodies_listed_before(lowered, sentence.start, sentence.start + len(before), named + found, c)
        if listed is not None and not c.assign_before.search(before):
            # "asked relevant ministries and sectors as well as Tuyên Quang and Phú Thọ provinces to": the name
            # goes on a list of bodies the verb asks, and is asked with them
            before = lowered[sentence.start : listed]
        co_subject = committees is not None and _verb_before_co_subject(before, c)
        if co_subject:
            # "directed the secretaries …, along with the chairpersons of the People's Committees of Quang Tri, …,
            # and Lam Dong, continue to focus …": the co-subject of the verb's object is asked as the object is, the
            # aside closing with a comma before the task (issue #13)
            before = before[: co_subject] + " "
        if c.assign_before.search(before):
            place = _place_after_a_date(c.lang)
            if place and not collective and place.search(before):
                continue  # "a demandé dimanche 19 mai à Hanoi de …": where the speaker was (round 17b)
            more = _bare_province_at(text, lowered, at, sentence, c, scheme, object_of_verb=True,
                                     aside=collective is not None or bool(co_subject), listed=committees is not None)
            if co_subject and more and not _task_after_co_subject(lowered[more[-1].end : sentence.end], c):
                more = []  # "…, along with the chairpersons of …, at the meeting": no task after the aside
            if not more and at_clause_start(before, c):
                # "The Prime Minister requested: The Chairmen of … Ha Tinh, …, based on …, shall develop": after the
                # verb's colon the names open a clause of their own, with their own verb cue (round 17)
                more = _bare_province_at(text, lowered, at, sentence, c, scheme, object_of_verb=False)
        elif at_clause_start(before, c):
            more = _bare_province_at(text, lowered, at, sentence, c, scheme, object_of_verb=False)
        else:
            continue
        if designation and more and not c.assign_before.search(before) and _city_designation_before_a_town(
                designation.group("designation"), text, at, more[0].end, c.lang):
            continue  # "la ville de Thai Nguyen a demandé …" opening its clause: a province's town, not the province
        if more and _opens_body_named_after(text, more[-1].end, named):
            more = more[:-1]  # "asked the Dong Nai police to …": the name is part of the police's name, no body of its own
            if not more:
                continue
        if committees and more and (c.assign_before.search(before) or not committees.group().endswith("(")):
            # the first name carries the committee words, as the body's name as written; a counted collective
            # opening its clause leaves them out, the subject's list then opening in its parenthesis ("The
            # Chairpersons of … 25 provinces and centrally-run cities (Can Tho, …) are required": the name alone)
            opening = sentence.start + committees.start("committees")
            more[0] = Mention(opening, more[0].end, text[opening : more[0].end], more[0].agency_id)
        elif designation and more:  # the first name carries its designation ("capital of Hà Nội"), as written
            opening = sentence.start + designation.start("designation")
            more[0] = Mention(opening, more[0].end, text[opening : more[0].end], more[0].agency_id)
        found += [m for m in more if m.start not in taken]  # a list's later names are met again on their own
        taken.update(m.start for m in more)
    return found


def _city_designation_before_a_town(designation: str, text: str, at: int, end: int, lang: str) -> bool:
    """Whether a province's designation is one of grammar.json's ``city_designations`` (fr ``ville de``) and the name
    after it, ``text[at:end]``, is no centrally-run city's: a city so designated is a province only when centrally run
    (``la ville de Da Nang a demandé``), a province's town of the same name is not (``la ville de Thai Nguyen``)."""
    words = language_grammar(lang).get("city_designations") or []
    return any(designation.endswith(w) for w in words) and not names_centrally_run_city(text[at:end])


def _opens_body_named_after(text: str, end: int, named: list[Mention]) -> bool:
    """Whether a body named in lower-case words starts right after a province's name ending at ``end``, one space
    between (``the Dong Nai police``, ``Dong Nai departments and branches``: agencies.json's names next to a
    province's name, which ``localise`` gives that province): the name opens that body's name. A capitalised word
    there is turned away by ``_bare_province_at`` already (a name in capitals going on; late classes after round 26b).
    The provinces' own words (``Tuyên Quang and Phú Thọ provinces to …``) are the names' designator, no other body."""
    return any(n.start > end and text[end : n.start] in (" ", "\u00a0") and n.text[:1].islower()
               and split_id(n.agency_id)[0] not in ("PPC", "PROVINCES") for n in named)  # not "Phu Tho provinces to …"


def listed_departments(text: str, lowered: str, sentences: list[Sentence], named: list[Mention], language: str) -> list[Mention]:
    """``the Departments: Health; Education and Training; …; Home Affairs must submit …``: a plural word for the
    departments and a colon before capitalised field names separated by semicolons name each field's provincial
    department (grammar's ``department_list_heads`` and ``department_name_prefix``, round 16). Each piece is looked
    up as ``<prefix> <piece>`` in the agency table; the list ends at the first piece that names no provincial
    department or at the sentence's end, and the verb after the last name is read as after any list."""
    taken = [(m.start, m.end) for m in named]
    found: list[Mention] = []
    for head, prefix, opening in _department_list_heads(lowered, sentences, language, "department_list_heads", r"\s*:\s*"):
        at = head.end()
        while text[at : at + 1].isupper():
            department = _provincial_department_at(text, at, prefix)
            if department is None:
                break
            piece_end, end, agency_id = department
            # the first name carries the plural and its colon, as written ("requested the Departments: Finance; …")
            start, opening = (opening, None) if opening is not None else (at, None)
            if not any(start < e and s < end for s, e in taken):
                found.append(Mention(start, end, text[start:end], agency_id))
            if text[piece_end : piece_end + 1] != ";":
                break
            at = piece_end + 1
            while text[at : at + 1] == " ":
                at += 1
    return found


def _department_list_heads(lowered: str, sentences: list[Sentence], language: str, heads_key: str, after: str,
                           prefix_key: str = "department_name_prefix"):
    """Each plural word for the departments (grammar's ``heads_key``) followed by ``after``, in the languages of the
    sentences, with the grammar's ``department_name_prefix`` and where the list's first name opens (after an article,
    the plural itself: ``the Departments of …`` opens at ``Departments``)."""
    for lang in sorted({sentence_language(s, language) for s in sentences}):
        heads = _department_heads_pattern(lang, heads_key, after, prefix_key)
        if heads is None:
            continue
        pattern, prefix, articles = heads
        for head in regex_finditer(pattern, lowered):
            yield head, prefix, head.start() + next((len(a) for a in articles if lowered.startswith(a, head.start())), 0)


@lru_cache(maxsize=None)
def _department_heads_pattern(lang: str, heads_key: str, after: str,
                              prefix_key: str) -> tuple[re.Pattern, str, tuple[str, ...]] | None:
    """``_department_list_heads``' pattern of a language compiled once, with its name prefix and its articles (each
    with its space), or None where the grammar gives no plural words or no prefix: built at each call before."""
    words = language_grammar(lang)
    heads, prefix = words.get(heads_key) or [], words.get(prefix_key)
    if not heads or not prefix:
        return None
    return (re.compile(rf"(?<![\w'])(?:{phrases(heads)}){after}"), prefix,
            tuple(a + " " for a in words.get("articles") or []))


def _provincial_department_at(text: str, at: int, prefix: str, accept=is_provincial) -> tuple[int, int, str] | None:
    """The provincial department named by the field name at ``at`` (looked up as ``<prefix> <name>`` in the agency
    table, the longest name first), as (the piece's end at the next ``;``, ``.`` or line end, the name's end, its id);
    None where the piece names no provincial department."""
    piece_end = _piece_end(text, at)
    hit = next(iter(find_mentions(f"{prefix} {text[at:piece_end]}")), None)
    if text[piece_end : piece_end + 1] == "\n":
        # a field name broken over a hard-wrapped line (``Giám đốc các Sở: Lao động\n- Thương binh và Xã hội, …``,
        # ``Giáo dục\nvà Đào tạo``, round 35b): the piece read on over the break, the break as a space, where the
        # longer piece names a department running past the break
        longer_end = _piece_end(text, piece_end + 1)
        longer = next(iter(find_mentions(f"{prefix} {text[at:piece_end]} {text[piece_end + 1:longer_end]}")), None)
        if longer and longer.start == 0 and at + longer.end - len(prefix) - 1 > piece_end:
            hit, piece_end = longer, longer_end
    if not hit or hit.start != 0 or hit.end <= len(prefix) + 1 or not accept(hit.agency_id):
        return None
    return piece_end, at + hit.end - len(prefix) - 1, hit.agency_id


def _piece_end(text: str, at: int) -> int:
    """Where a field name's piece from ``at`` ends: the next ``;``, ``.`` or line end, else the text's end."""
    ends = [i for i in (text.find(";", at), text.find(".", at), text.find("\n", at)) if i != -1]
    return min(ends, default=len(text))


# a word of capitals only (with ``&`` or ``-`` inside), the abbreviation of a body's name
_UNKNOWN_ABBREVIATION = re.compile(r"[A-ZĐ][A-ZĐ&-]*[A-ZĐ](?![\w&-])")


def a_ministry(agency_id: str) -> bool:
    return getattr(agency(agency_id), "kind", None) == "ministry"


def departments_after_plural(text: str, lowered: str, sentences: list[Sentence], named: list[Mention], language: str,
                              heads_key: str = "department_plural_heads", prefix_key: str = "department_name_prefix",
                              accept=is_provincial, from_name: bool = False) -> list[Mention]:
    """``the Departments of Construction, Finance and the City … Board will coordinate …``: the plural word for the
    departments and ``of`` before their capitalised field names joined by the list's joiners name each field's
    provincial department (grammar's ``department_plural_heads`` and ``department_name_prefix``, round 18b; the
    colon's form is ``listed_departments``'). Each piece is looked up as ``<prefix> <piece>`` in the agency table
    (the longest name first, so ``Agriculture and Rural Development`` stays one); the list ends at the first piece
    that names no provincial department (``… and the City Board``, a lower-case word, the sentence's end).
    Vietnamese writes the shared head in lower case (``phối hợp với các sở Tài chính, Xây dựng``), which the agency
    table already finds as ``sở Tài chính``: a name of the same department inside the plural's first item gives way
    to the item as written from the plural (the caller drops it), so the list opens where the plural does. The
    ministries' plural reads the same way (grammar's optional ``ministry_plural_heads`` and ``ministry_name_prefix``,
    ``accept`` then ``a_ministry``: ``Riêng các bộ Công an, Quốc phòng, …`` names each ministry, not all of them)."""
    taken = [(m.start, m.end, m.agency_id) for m in named]
    found: list[Mention] = []
    # a colon may stand between the plural and the names (``Giao Giám đốc các Sở: Tài nguyên và Môi trường, Xây
    # dựng, … đôn đốc …``, round 20): the names still share the plural, joined by the list's joiners
    for head, prefix, opening in _department_list_heads(lowered, sentences, language, heads_key,
                                                        r"(?:\s*:\s*|\s+)(?=[^\W\d_])", prefix_key):
        at = head.end()
        while text[at : at + 1].isupper():
            department = _provincial_department_at(text, at, prefix, accept)
            # a department outside the table named by its abbreviation (``các sở QHKT, Xây dựng``: Hà Nội's planning
            # and architecture department) does not end the list: the next field name still shares the plural (an
            # item opening the list then spans the abbreviation, from the plural on)
            unknown = _UNKNOWN_ABBREVIATION.match(text, at) if department is None else None
            joiner = unknown and LIST_JOINER.match(lowered, unknown.end())
            if joiner:
                at = joiner.end()
                continue
            if department is None:
                break
            _, end, agency_id = department
            start, opening = (opening, None) if opening is not None and not from_name else (at, None)
            # a name found inside the item gives way to it: the same department's, or the plural head's own
            # (``Giám đốc các sở`` read as all departments before ``Tài chính``)
            clashes = [(s, e, i) for s, e, i in taken if start < e and s < end]
            if all(start <= s and e <= end and (i == agency_id or e <= at) for s, e, i in clashes):
                found.append(Mention(start, end, text[start:end], agency_id))
            joiner = LIST_JOINER.match(lowered, end)
            if not joiner:
                break
            at = joiner.end()
    return found


@lru_cache(maxsize=None)
def _department_adjective_patterns(language: str) -> tuple[dict[str, str], re.Pattern, re.Pattern] | None:
    """grammar's optional ``department_adjectives`` (and ``department_adjective_openers``) compiled once a language:
    the adjectives (their words' spaces made one) → the departments' ids, the list's pattern and one adjective's."""
    g = language_grammar(language)
    adjectives = {" ".join(k.split()): v for k, v in (g.get("department_adjectives") or {}).items()}
    if not adjectives:
        return None
    words = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(adjectives, key=len, reverse=True))
    openers = g.get("department_adjective_openers") or []
    opener = rf"(?:(?:{'|'.join(re.escape(o) for o in openers)})\s+)?" if openers else ""
    pattern = re.compile(rf"(?<![\w']){opener}(?:{words})(?:\s*,\s*(?:{words}))*,?\s+and\s+(?:{words})\s+departments(?![\w'])")
    one = re.compile(rf"(?<![\w'])({words})(?![\w'])")
    return adjectives, pattern, one


def departments_by_adjective(text: str, lowered: str, named: list[Mention], language: str) -> list[Mention]:
    """``in cooperation with provincial financial and agricultural departments``: field adjectives joined by the
    list's joiners before the plural ``departments`` name one provincial department each (grammar's optional
    ``department_adjectives``, adjective → the department's id, and ``department_adjective_openers``, the level word
    that may open the list; stop 46, late38en). Only a list (two adjectives or more, the last right before the
    plural): one adjective before ``departments`` is a kind of departments the agency table may name itself."""
    compiled = _department_adjective_patterns(language)
    if compiled is None:
        return []
    adjectives, pattern, one = compiled
    found: list[Mention] = []
    for m in regex_finditer(pattern, lowered):
        pieces = list(one.finditer(lowered, m.start(), m.end()))
        for i, piece in enumerate(pieces):
            start = m.start() if i == 0 else piece.start()
            end = m.end() if i == len(pieces) - 1 else piece.end()
            agency_id = adjectives[" ".join(piece.group(1).split())]
            found.append(Mention(start, end, text[start:end], agency_id))
    return found


def departments_after_bare_coordination(text: str, lowered: str, sentences: list[Sentence], named: list[Mention],
                                        language: str) -> list[Mention]:
    """``giao Sở Xây dựng chủ trì, phối hợp Nông nghiệp và phát triển nông thôn, Lao động - Thương binh và Xã hội …``:
    field names right after the coordinating verb with no department's word name the province's departments, as after
    the plural ``các sở`` (grammar's optional ``department_bare_heads``, round 31b vi's Quảng Nam reminders). Read only
    where the sentence names a body of a province before the verb and no central body (``Thủ tướng giao Bộ Y tế chủ
    trì, phối hợp Tài chính, Xây dựng …`` names the ministries' fields: no row), each name from its own first word, and
    only a list (two names or more: one capitalised group after the verb may be its object)."""
    found: list[Mention] = []
    starts = [s.start for s in sentences]
    listed = departments_after_plural(text, lowered, sentences, named, language, "department_bare_heads",
                                      accept=is_provincial, from_name=True)

    def linked(a: Mention, b: Mention) -> bool:
        joiner = LIST_JOINER.match(lowered, a.end)
        return joiner is not None and joiner.end() == b.start

    for i, m in enumerate(listed):
        # a list, not one capitalised word group (``phối hợp Xây dựng kế hoạch …``, ``phối hợp Xây dựng và ban hành
        # …``: a verb written with a capital): the name is joined to the list's next name or to the one before
        after_previous = i > 0 and linked(listed[i - 1], m) and any(f is listed[i - 1] for f in found)
        if not (after_previous or i + 1 < len(listed) and linked(m, listed[i + 1])):
            continue
        index = bisect_left(starts, m.start + 1) - 1
        if index < 0:
            continue
        before = [n for n in named if sentences[index].start <= n.start < m.start]
        if any(not is_provincial(n.agency_id) and n.agency_id != "PROVINCES" for n in before):
            continue
        if any(is_provincial(n.agency_id) for n in before) or after_previous:
            found.append(m)
    return found


def bare_units(text: str, lowered: str, sentences: list[Sentence], named: list[Mention], language: str) -> list[Mention]:
    """A district or a commune named by its unit's word and its capitalised name right after an assigning verb
    (``chỉ đạo huyện Ninh Hải cùng xã Phương Hải tăng cường vận động …``) is its People's Committee, as a province
    after a verb is (round 10b): grammar's optional ``bare_unit_bodies`` maps the unit's word to the body's id
    (``huyện`` → ``DPC``, ``xã`` → ``CPC``); a list goes on with the list's separators, and the task opens in lower
    case after the name. A unit as a place (``tại huyện Ninh Hải``, ``người dân xã …``) follows no verb (round 12)."""
    taken = [(m.start, m.end) for m in named]
    starts = [s.start for s in sentences]
    found: list[Mention] = []
    for lang in sorted({sentence_language(s, language) for s in sentences}):
        pattern = _bare_unit_regex(lang)
        if pattern is None:
            continue
        units = _bare_unit_ids(lang)
        c = cues(lang)
        plural = _unit_plural_before(lang)
        for m in regex_finditer(pattern, lowered):
            at, end = m.start(), m.end("unit")
            unit_id = units[" ".join(m.group("unit").split())]
            counted = plural.search(lowered, max(0, at - 12), at) if plural else None
            name_end = _capitalised_name_end(text, end, lower_case_last=True)
            described = _unit_description(lang).match(text, end) if name_end is None and counted else None
            if described and described.group("words").islower():
                # ``ba huyện miền núi là Sơn Tây, Minh Long và Sơn Hà phải …``: a few words saying what the units
                # are, then the link to their names (grammar's optional ``unit_description_links``, round 27)
                name_end = _capitalised_name_end(text, described.end())
            if name_end is None and counted and counted.group("count"):
                # ``yêu cầu hai huyện chỉ đạo …``: a count (or ``các``) and the unit's word without a name are the
                # units' committees together, read as a named unit is (round 20)
                at, name_end = counted.start(), end
            if name_end is None:
                continue
            index = bisect_left(starts, at + 1) - 1
            if index < 0 or at >= sentences[index].end or sentence_language(sentences[index], language) != lang:
                continue
            sentence = sentences[index]
            # the unit and its name as another finder already read them (``huyện Kiến Xương``): no new body, but the
            # names after a count still share its word
            same = next((n for n in named if n.start <= at and name_end <= n.end
                         and split_id(n.agency_id)[0] == unit_id), None)
            if same is None:
                if any(s < name_end and at < e for s, e in taken + [(f.start, f.end) for f in found]):
                    continue
                if names_centrally_run_city(text[at:name_end]):
                    continue  # ``thành phố Cần Thơ``, ``TP. Hồ Chí Minh``: a province, not a town (round 20)
                # the verb stands before the count, if any (``yêu cầu 3 xã Hải Hòa, …``)
                before = lowered[sentence.start : counted.start() if counted else at]
                separators = sorted((phrase(w) for w in c.data.get("list_separators") or []), key=len, reverse=True)
                joined = bool(found and separators and found[-1].start >= sentence.start and re.fullmatch(
                    rf"\s*(?:{'|'.join(separators)})\s*", lowered[found[-1].end : at]))
                # the list joins the unit where its plural word or count opens it (``yêu cầu Sở NN&PTNT, các huyện
                # Chương Mỹ, Đan Phượng …``: the separator stands before ``các``, not before the unit's word, round 33)
                listed = _start_of_bodies_listed_before(lowered, sentence.start, counted.start() if counted else at,
                                                        named + found, c)
                whole_before = before
                if listed is not None and not c.assign_before.search(before):
                    # "yêu cầu Sở Nông nghiệp và Môi trường, phường Rạch Giá chuẩn bị …": the unit goes on a list of
                    # bodies the verb asks, and is asked with them, as a bare province is (open26 class 2); after
                    # the units' own collective ("UBND các huyện, thị xã Ba Đồn") the name is one of its members
                    if any(listed <= n.start < at and split_id(n.agency_id)[0] == unit_id and own_unit_name(n) is None
                           for n in named + found):
                        continue  # (a named unit of the same level before it is no collective: "UBND các phường
                        # Nghĩa Lộ, Cầu Thia và xã Nghĩa Phúc …", the last unit with its own level word, stop 40)
                    before = lowered[sentence.start : listed]
                if not (c.assign_before.search(before) or joined or _singled_out_after_assigning(before, c)
                        or at_clause_start(before, c) and _names_then_strong_cue(text, lowered, name_end, sentence, c)
                        # "Thực hiện chỉ đạo của UBND tỉnh, thị xã Kiến Tường, tỉnh Long An cần …": the body before the
                        # comma is the fronted phrase's, no list the unit goes on (stop 42)
                        or whole_before != before and at_clause_start(whole_before, c)
                        and _names_then_strong_cue(text, lowered, name_end, sentence, c)):
                    # (one named unit so too, ``Huyện Kỳ Sơn phải hoàn thành …``, as the French ``Le district de Ky Son
                    # doit …``: stop 39's left classes, left32fr)
                    continue  # no verb asks the units, nor do they open a clause with a duty of their own after their names
                if not (_task_opens_after(text, _past_placing_province_in_brackets(text, name_end, sentence.end, lang), sentence.end)
                        or (counted and counted.start() != at and _unit_name_join(lang).match(text, name_end))):
                    continue  # the task opens in lower case after the name, or the names after a count go on
                # ``chỉ đạo các huyện Phú Tân, Trần Văn Thời, Cái Nước rà soát …``: a plural word (not a count, which
                # the cues' fillers let stand between the verb and the body) opens the body with its unit (round 21)
                first = counted.start() if counted and not counted.group("count") and counted.start() != at else at
                found.append(Mention(first, name_end, text[first:name_end], unit_id))
                last_end, last_id = name_end, unit_id
            else:
                last_end, last_id = same.end, same.agency_id
            if not counted or counted.start() == at:
                continue
            # ``chỉ đạo hai huyện Kiến Xương và Tiền Hải đẩy nhanh …``: after a count, the names that follow the
            # first one share its unit's word (each its own committee, round 19's rule for two named units)
            while True:
                join = _unit_name_join(lang).match(text, last_end)
                next_end = _capitalised_name_end(text, join.end(), lower_case_last=True) if join else None
                if next_end is None:
                    break
                start = join.end() + len(text[join.end():next_end]) - len(text[join.end():next_end].lstrip())
                if (pattern.match(lowered, start) or any(s < next_end and start < e for s, e in taken)
                        or names_centrally_run_city(text[start:next_end])
                        or not (_task_opens_after(text, next_end, sentence.end) or _body_follows(text, next_end, taken, lang)
                                or _another_name_follows(text, next_end, lang))):
                    break
                found.append(Mention(start, next_end, text[start:next_end], last_id))
                last_end = next_end
    return found


@lru_cache(maxsize=None)
def _unit_name_join(lang: str) -> re.Pattern:
    """The joiners between the names of one unit's word after a count (``hai huyện Kiến Xương và Tiền Hải``): a
    comma, the grammar's ``list_conjunctions``, or both."""
    conjunctions = "|".join(phrase(w) for w in language_grammar(lang).get("list_conjunctions") or []) or "(?!)"
    return re.compile(rf"\s*(?:,(?:\s+(?:{conjunctions}))?|\s+(?:{conjunctions}))(?=\s)")


def own_unit_name(mention: Mention) -> str | None:
    """The name that tells a district- or commune-level body from another of its id: its unit's name (``UBND huyện
    Long Mỹ`` → ``Long Mỹ``), or the name alone where a count's unit word went before it (``hai huyện Kiến Xương và
    Tiền Hải`` → ``Tiền Hải``, round 20); None for a collective."""
    name = unit_name(mention.text)
    # "Cai Khe wards of Can Tho city": the place after the unit's level word is its province's, not the unit's name
    # (the last named ward before its city, stop 41)
    placed = re.fullmatch(r"((?:[^\W\d_a-z][\w'’-]*\s+)+[a-z]+)\s+of\s+[^\W\d_a-z].*", mention.text, re.S)
    words = (placed.group(1) if placed else mention.text).split()
    # "Hoa Luu commune and Vinh Thuan Dong commune": a name before a level word the press writes in lower case is
    # a name as well as "Hoa Luu Commune" is (round 28b)
    if name is None and split_id(mention.agency_id)[0] in LOCAL_COMMITTEES and (
            all(w[:1].isupper() for w in words)
            or (len(words) >= 2 and words[-1].isalpha() and words[-1].islower() and all(w[:1].isupper() for w in words[:-1]))):
        return " ".join(words) if placed else mention.text
    # "the People's Committees of District 4, District 8 …": a unit its number names is told apart by it (round 38)
    numbered = re.search(r"(?:^|\s)([^\W\d_a-z][\w-]*\s+\d{1,2})$", mention.text)
    if name is None and numbered and split_id(mention.agency_id)[0] in LOCAL_COMMITTEES:
        return numbered.group(1)
    return name


def _another_name_follows(text: str, name_end: int, lang: str) -> bool:
    """Whether a unit's name after a plural or a count is followed by another name of the same unit's word (``các
    huyện Phú Tân, Trần Văn Thời, Cái Nước rà soát …``: the list goes on past the middle name, round 21)."""
    join = _unit_name_join(lang).match(text, name_end)
    return bool(join) and _capitalised_name_end(text, join.end(), lower_case_last=True) is not None


@lru_cache(maxsize=None)
def _list_item_join(lang: str) -> re.Pattern:
    """What stands between two items of a list: a comma, a semicolon or one of the grammar's ``list_conjunctions``."""
    conjunctions = "|".join(phrase(w) for w in language_grammar(lang).get("list_conjunctions") or [])
    return re.compile(rf"\s*(?:,|;{'|' + conjunctions if conjunctions else ''})\s*")


def _body_follows(text: str, name_end: int, taken: list[tuple[int, int]], lang: str) -> bool:
    """Whether the list goes on after a unit's name with a body already read (``…, Sở Y tế phối hợp``)."""
    join = _list_item_join(lang).match(text, name_end)
    return bool(join) and any(s == join.end() for s, _ in taken)


@lru_cache(maxsize=None)
def _bare_level_pattern(lang: str) -> tuple[dict[str, str], re.Pattern] | None:
    """grammar's optional ``bare_level_bodies`` compiled once a language: the level words (lowered for matching, their
    spaces made one) → the bodies' ids, and their pattern; None without them."""
    levels = language_grammar(lang).get("bare_level_bodies") or {}
    if not levels:
        return None
    words = {" ".join(lower_for_matching(k).split()): v for k, v in levels.items()}
    return words, re.compile(rf"(?<![\w'])(?:{'|'.join(phrase(w) for w in sorted(words, key=len, reverse=True))})(?![\w'])")


def bare_levels(text: str, lowered: str, sentences: list[Sentence], named: list[Mention], language: str) -> list[Mention]:
    """A level of local government named by its level word alone right after an assigning verb (``Tỉnh Khánh Hòa cũng
    yêu cầu cấp xã khẩn trương thông báo …``, ``yêu cầu chính quyền cấp xã …``) is that level's People's Committees:
    grammar's optional ``bare_level_bodies`` maps the words to the body's id (``cấp xã`` → ``CPC``); read only where the
    verb stands right before them (the cues' fillers between) and the task opens in lower case after them, so that the
    level as an object or a place (``kiện toàn chính quyền cấp xã``, ``lãnh đạo cấp xã``) stays out (open classes after
    round 24b)."""
    taken = [(m.start, m.end) for m in named]
    starts = [s.start for s in sentences]
    found: list[Mention] = []
    for lang in sorted({sentence_language(s, language) for s in sentences}):
        compiled = _bare_level_pattern(lang)
        if compiled is None:
            continue
        words, pattern = compiled
        c = cues(lang)
        for m in regex_finditer(pattern, lowered):  # tried only where a level's word opens (0.10 -> 0.01 ms a vi page)
            index = bisect_left(starts, m.start() + 1) - 1
            if index < 0 or m.start() >= sentences[index].end or sentence_language(sentences[index], language) != lang:
                continue
            sentence = sentences[index]
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            partner = _bare_level_partner(lang, lowered[sentence.start : m.start()])
            if partner and _named_after_level(lang, text, m.end()):
                continue  # "coordinating with Departments of Customs": the level's word heads a name (round 33b)
            if not partner and (not c.assign_before.search(lowered[sentence.start : m.start()])
                                or not _task_opens_after(text, m.end(), sentence.end)):
                continue
            agency_id = words[" ".join(m.group().split())]
            if agency_id not in LOCAL_COMMITTEES and is_provincial(agency_id) and not any(
                    n.end <= m.start() and is_provincial(n.agency_id) and n.agency_id != "PROVINCES" for n in named):
                continue  # "The Ministry of Construction requested departments to …": a ministry's own departments,
                # in a text naming no provincial body before (en's bare "departments", round 30; as
                # departments_before_localities)
            if agency_id not in LOCAL_COMMITTEES and text[m.end() : m.end() + 1] == ":":
                continue  # "requested the Departments: Finance; Construction to …": each named department (round 16)
            found.append(Mention(m.start(), m.end(), text[m.start() : m.end()], agency_id))
        found.extend(_clause_opening_levels(text, lowered, sentences, starts, taken, lang, language))
    return found


@lru_cache(maxsize=None)
def _clause_opening_level_pattern(lang: str) -> tuple[dict[str, str], re.Pattern] | None:
    """grammar's optional ``clause_opening_level_bodies`` compiled once a language: the level words (lowered for
    matching, their spaces made one) → the bodies' ids, and the pattern of one right after a semicolon."""
    levels = language_grammar(lang).get("clause_opening_level_bodies") or {}
    if not levels:
        return None
    words = {" ".join(lower_for_matching(k).split()): v for k, v in levels.items()}
    alternatives = "|".join(phrase(w) for w in sorted(words, key=len, reverse=True))
    return words, re.compile(rf";[ \t]*(?P<level>{alternatives})(?![\w'])")


def _clause_opening_levels(text: str, lowered: str, sentences: list[Sentence], starts: list[int],
                           taken: list[tuple[int, int]], lang: str, language: str) -> list[Mention]:
    """A level's bare word opening a clause right after a semicolon, in a sentence whose request stands before it,
    a cue of the lists right after it (``… yêu cầu các chủ đầu tư rà soát …, báo cáo UBND huyện trước ngày 30-10;
    huyện báo cáo Sở NN-PTNT trước ngày 15-11``): that level's People's Committees (grammar's optional
    ``clause_opening_level_bodies``; stop 45's call of the lead, left38). Elsewhere the bare word is a place or an
    object."""
    compiled = _clause_opening_level_pattern(lang)
    if compiled is None:
        return []
    words, pattern = compiled
    c = cues(lang)
    found: list[Mention] = []
    for m in regex_finditer(pattern, lowered):
        start, end = m.start("level"), m.end("level")
        index = bisect_left(starts, start + 1) - 1
        if index < 0 or start >= sentences[index].end or sentence_language(sentences[index], language) != lang:
            continue
        sentence = sentences[index]
        if any(s < end and start < e for s, e in taken):
            continue
        if c.assign_anywhere is None or not c.assign_anywhere.search(lowered, sentence.start, m.start()):
            continue  # no request before the clause: a report's clause
        after = lowered[end : sentence.end]
        if not (c.strong_after.match(after) or c.weak_after.match(after)):
            continue
        found.append(Mention(start, end, text[start:end], words[" ".join(m.group("level").split())]))
    return found


def _bare_level_partner(lang: str, before: str) -> bool:
    """Whether ``before`` (the sentence up to a bare level's words, lowered) ends with one of grammar's optional
    ``bare_level_partner_cues`` and an adverb or two (``promptly coordinate with relevant departments``): the words
    are a tasked body's partners, read with no task after them (round 33)."""
    cue = _bare_level_partner_cue(lang)
    return bool(cue and cue.search(before))


def _named_after_level(lang: str, text: str, end: int) -> bool:
    """Whether a plural level's words are followed by one of grammar's optional ``bare_level_name_links`` and a capital
    (``Departments of Customs``): a body's name headed by the level's word, not the province's departments."""
    link = _bare_level_name_link(lang)
    return bool(link and link.match(text, end))


@lru_cache(maxsize=None)
def _bare_level_name_link(lang: str) -> re.Pattern | None:
    """grammar's optional ``bare_level_name_links`` then a capital letter, as a pattern."""
    words = language_grammar(lang).get("bare_level_name_links") or []
    if not words:
        return None
    return re.compile(rf"\s+(?:{'|'.join(phrase(w) for w in sorted(words, key=len, reverse=True))})\s+[^\W\d_a-z]")


@lru_cache(maxsize=None)
def _bare_level_partner_cue(lang: str) -> re.Pattern | None:
    """grammar's optional ``bare_level_partner_cues`` at the end of the words before a bare level, as a pattern."""
    words = language_grammar(lang).get("bare_level_partner_cues") or []
    if not words:
        return None
    return re.compile(rf"(?<![\w'])(?:{'|'.join(phrase(w) for w in sorted(words, key=len, reverse=True))})\s+\Z")


def _singled_out_after_assigning(before: str, c: LanguageCues) -> bool:
    """Whether the words before a unit (or before the bodies listed with it) end with one of cues.json's
    ``list_highlights`` after a comma, in a sentence an assigning verb opened before it (``Chủ tịch UBND tỉnh yêu cầu
    các sở, ngành, địa phương quyết tâm thực hiện, trong đó Sở Nông nghiệp và Môi trường, phường Rạch Giá chuẩn bị
    …``): the units singled out of the asked bodies share their task, as named departments there do (issue #13, the
    earlier rounds' misses as classes); a unit after ``trong đó`` in a sentence no verb assigns in (``Tỉnh có 20 dự
    án chậm, trong đó huyện Tân Sơn …``) is a place."""
    highlights = c.data.get("list_highlights") or []
    if not highlights or c.assign_anywhere is None:
        return False
    ending = re.search(rf",\s*(?:{'|'.join(sorted((phrase(h) for h in highlights), key=len, reverse=True))})\s*$", before)
    return bool(ending and c.assign_anywhere.search(before[: ending.start()]))


def _names_then_strong_cue(text: str, lowered: str, name_end: int, sentence: Sentence, c: LanguageCues) -> bool:
    """Whether the names of a counted unit's list that ends its first name at ``name_end`` (joined as after a count:
    ``Ba huyện Sơn Tây, Minh Long và Sơn Hà phải …``) are followed by a strong cue of a duty (``phải``, ``cần``): the
    units then open their clause as its subject (round 27); a unit as a place or a topic has none after its names."""
    end = name_end
    while (join := _unit_name_join(c.lang).match(text, end)) and (following := _capitalised_name_end(text, join.end())):
        end = following
    # "Huyện Tân Hưng, tỉnh Long An phải …", "Huyện Đắk Glong (tỉnh Đắk Nông) cần …": the province after the names only
    # places the unit (without_provinces_placing_units), the cue after it is the unit's (the lead's call of stop 40)
    placing = _placing_province(c.lang).match(text, end, sentence.end)
    if placing and (province_end := _capitalised_name_end(text, placing.end())):
        closing = re.match(r"\s*\)", text[province_end:sentence.end]) if placing.group("paren") else None
        end = province_end + (closing.end() if closing else 0) if not placing.group("paren") or closing else end
    return bool(c.strong_after.match(lowered[end : sentence.end]))


def _past_placing_province_in_brackets(text: str, name_end: int, end: int, lang: str) -> int:
    """Where the words after a unit's name go on past its province in brackets (``Huyện Đắk Glong (tỉnh Đắk Nông)
    cần …``: after the closing bracket), else ``name_end``: the province only places the unit (stop 42; the comma's
    form, ``Huyện Tân Hưng, tỉnh Long An phải …``, opens its task after a comma already)."""
    placing = _placing_province(lang).match(text, name_end, end)
    if not placing or not placing.group("paren"):
        return name_end
    province_end = _capitalised_name_end(text, placing.end())
    closing = re.match(r"\s*\)", text[province_end:end]) if province_end else None
    return province_end + closing.end() if closing else name_end


@lru_cache(maxsize=None)
def _placing_province(lang: str) -> re.Pattern:
    """A comma or an opening parenthesis, then one of grammar's optional ``unit_placing_province_words`` (``tỉnh``,
    ``thành phố``) before the province's capitalised name (``, tỉnh Long An``, `` (tỉnh Đắk Nông)``); never matches
    without them."""
    words = language_grammar(lang).get("unit_placing_province_words") or []
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"\s*(?:,|(?P<paren>\())\s*(?:{phrases(words)})(?=\s)")


@lru_cache(maxsize=None)
def _unit_description(lang: str) -> re.Pattern:
    """One to three words saying what the counted units are (the caller keeps them only in lower case), then one of
    grammar's optional ``unit_description_links`` before their names (``huyện miền núi là Sơn Tây``); never matches
    without them."""
    links = language_grammar(lang).get("unit_description_links") or []
    if not links:
        return re.compile(r"(?!)")
    return re.compile(rf"(?P<words>(?:\s+\w+){{1,3}}?)\s+(?:{phrases(links)})(?=\s)")


def _task_opens_after(text: str, name_end: int, sentence_end: int) -> bool:
    """Whether the task opens in lower case after a unit's name (or the list goes on, or a colon opens its tasks)."""
    rest = text[name_end:sentence_end]
    if re.match(r"[ \t]*:[ \t]*(?:$|\n|[^\W\d_])", rest):
        # "1. Giao UBND xã Linh Sơn:" then its tasks, as a list on the lines after or after the colon (round 29): the
        # unit is the heading's addressee, as a department named so is (the callers ask for an assigning verb before)
        return True
    return bool(re.match(r"\s*(?:,|;|\s[^\W\d_])", rest)) and not rest.lstrip(" ,;")[:1].isupper()


@lru_cache(maxsize=None)
def _unit_plural_before(lang: str) -> re.Pattern | None:
    """grammar's optional ``bare_unit_plurals`` (``các``) or ``bare_unit_counts`` (``hai`` …, or a count in digits,
    the group ``count``) right before a unit's word, as a pattern ending where the unit's word begins."""
    plurals, counts = language_grammar(lang).get("bare_unit_plurals") or [], language_grammar(lang).get("bare_unit_counts") or []
    if not plurals and not counts:
        return None
    # a count in digits (``3 xã``) counts as the language's count words do
    count = "|".join([phrase(w) for w in counts] + ["[0-9]+"])
    plural = "|".join(phrase(w) for w in plurals) or "(?!)"
    return re.compile(rf"(?<![\w'])(?:(?P<count>{count})|{plural})\s+\Z")


def counted_collectives(text: str, lowered: str, sentences: list[Sentence], named: list[Mention],
                         language: str) -> list[Mention]:
    """A count where the table's name of a collective has ``các`` (``Chính phủ yêu cầu 11 Bộ, cơ quan tập trung …``:
    the ministries, as ``các Bộ, cơ quan``): grammar's optional ``counted_collectives`` (the collectives' ids) and
    ``bare_unit_counts`` (the count words; a count in digits too) (round 20). The words after the count must be one
    of the collective's names from ``các`` on, of two words at least, so ``11 tỉnh`` is not ``các tỉnh, thành phố``
    and ``ba bộ`` (three ministries a text lists) not all the ministries."""
    taken = [(m.start, m.end) for m in named]
    found: list[Mention] = []
    for lang in sorted({sentence_language(s, language) for s in sentences}):
        pattern = _counted_collective_regex(lang)
        if pattern is None:
            continue
        for m in regex_finditer(pattern, lowered):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            rest = " ".join(m.group("rest").split())
            agency_id = _counted_collective_ids(lang).get(rest)
            if agency_id:
                found.append(Mention(m.start(), m.end(), text[m.start() : m.end()], agency_id))
    return found


@lru_cache(maxsize=None)
def _counted_collective_ids(lang: str) -> dict[str, str]:
    """The lower-case words after ``các`` in each name of grammar's ``counted_collectives`` → the collective's id."""
    words = language_grammar(lang)
    plural = next(iter(words.get("bare_unit_plurals") or []), None)
    if plural is None:
        return {}
    ids: dict[str, str] = {}
    for agency_id in words.get("counted_collectives") or []:
        for name in names_in(lang, agency_id):
            folded = " ".join(lower_for_matching(name).split())
            rest = folded[len(plural) + 1 :]
            # one word after the count is no collective's name (``ba bộ``: three ministries of a list, not all)
            if folded.startswith(plural + " ") and len(rest.split()) > 1:
                ids.setdefault(rest, agency_id)
    return ids


@lru_cache(maxsize=None)
def _counted_collective_regex(lang: str) -> re.Pattern | None:
    counts = language_grammar(lang).get("bare_unit_counts") or []
    names = sorted(_counted_collective_ids(lang), key=len, reverse=True)
    if not counts or not names:
        return None
    count = "|".join([phrase(w) for w in counts] + ["[0-9]+"])
    return re.compile(rf"(?<![\w'])(?:{count})\s+(?P<rest>{'|'.join(phrase(n) for n in names)})(?![\w'])")


def provincial_sectors(text: str, lowered: str, sentences: list[Sentence], named: list[Mention],
                        language: str) -> list[Mention]:
    """A province's sectors named without their departments' word (``phối hợp với các ngành liên quan`` in a
    provincial committee's direction) are its departments (``DEPARTMENTS``): grammar's optional
    ``provincial_sector_names``, read only in a sentence that names a body of a province, or follows one that
    does, or names no body in a text whose bodies are all one province's (round 22b), and names no central body (in a
    central text ``các ngành`` are the ministries' sectors) (round 12)."""
    found: list[Mention] = []
    central_names = _central_sector_names(language)
    for m, index in _grammar_phrases_in_sentences(lowered, sentences, language, "provincial_sector_names"):
        # the country's localities inside the sectors' words ("các ngành, các địa phương" of a provincial speech) are
        # the province's own: the sectors' name takes their place (round 15)
        if any(n.start < m.end() and m.start() < n.end and not localities_inside(n, m) for n in named):
            continue
        here = [n for n in named if sentences[index].start <= n.start < sentences[index].end]
        before = [n for n in named if index and sentences[index - 1].start <= n.start < sentences[index - 1].end]
        lang = sentence_language(sentences[index], language)
        # a central body inside the fronted phrase opening the sentence is the source a province's asker follows
        # ("Thực hiện chỉ đạo của Thủ tướng Chính phủ …, Chủ tịch UBND tỉnh yêu cầu các cấp, ngành …", round 27b)
        central_before = [n for n in here if not is_provincial(n.agency_id) and n.agency_id != "PROVINCES"
                          and n.start < m.start()
                          and not inside_fronted_phrase(lowered, sentences[index].start, n.end, lang)]
        if _directed_by_a_lower_committee(lowered, here, m.start(), lang):
            continue  # "… has instructed the Dien Ban Town People's Committee to urgently direct relevant departments,
            # units, and localities …": the offices a district's committee directs are its own, no province's departments
        if central_before:
            # the few sector names a central text gives the ministries (grammar's optional central_sector_names: ``Thủ
            # tướng … đôn đốc các ban ngành, địa phương …``) are the ministries where no body of a province is named
            # (not the Party's central boards with them: ``các ban ngành trung ương``, round 13's look-alike)
            if (" ".join(m.group(0).split()) in central_names and not any(is_provincial(n.agency_id) for n in here)
                    and not _central_sector_blocked(lowered, m.end(), language)):
                found.append(Mention(m.start(), m.end(), text[m.start() : m.end()], "MINISTRIES"))
            continue  # a central body before them in the sentence: the sectors are the country's; one cited after
            # them is no asker ("Chủ tịch UBND tỉnh … yêu cầu các ngành, địa phương … hoàn thành … kết luận của Thủ
            # tướng Chính phủ …", round 18c, as provincial_local_committees reads)
        if (any(is_provincial(n.agency_id) for n in here + before) or (not here and one_province_named(named))
                or not here and _document_of_a_province_asks(lowered, sentences, index, m.start(), named, lang)):
            # a sentence naming no body, two sentences or more after the province's direction, in a text whose bodies
            # are all one province's ("… yêu cầu … các ngành chức năng …. Đồng thời, các địa phương …. Chính quyền và
            # ngành chức năng cần chuẩn bị …": its sectors still, round 22b)
            found.append(Mention(m.start(), m.end(), text[m.start() : m.end()], "DEPARTMENTS"))
    return found



def _document_of_a_province_asks(lowered: str, sentences: list[Sentence], index: int, at: int, named: list[Mention],
                                 lang: str) -> bool:
    """Whether the sentence ``index`` asks the sectors at ``at`` through its document as the subject (cues.json's
    ``document_subjects`` before the assigning verb: ``Công điện cũng yêu cầu các ngành, địa phương …``) and the last
    sentence before it telling the issuing of such a document (``issuing_verbs`` then ``document_subjects``) names a
    body of a province and no central one (``Chủ tịch UBND tỉnh … đã ban hành Công điện số 06/CĐ-UBND …``): the
    province's document, its sectors (issue #13, the earlier rounds' misses as classes); a text naming the Prime
    Minister's dispatch it follows or the weather centre is still one province's direction there."""
    c = cues(lang)
    cue = c.assign_before.search(lowered[sentences[index].start : at])
    if cue is None or not c.document_subject.match(lowered[sentences[index].start : sentences[index].start + cue.start("cue")]):
        return False
    verbs, documents = c.data.get("issuing_verbs") or [], c.data.get("document_subjects") or []
    if not verbs or not documents:
        return False
    issuing = re.compile(rf"(?<![\w'])(?:{'|'.join(sorted(map(phrase, verbs), key=len, reverse=True))})\s+"
                         rf"(?:{'|'.join(sorted(map(phrase, documents), key=len, reverse=True))})(?![\w'])")
    for earlier in reversed(sentences[:index]):
        found = issuing.search(lowered, earlier.start, earlier.end)
        if found is None:
            continue
        bodies = [n for n in named if earlier.start <= n.start < found.start()]
        return bool(bodies) and all(is_provincial(n.agency_id) for n in bodies)
    return False


def one_province_named(mentions: list[Mention], codeless_pass: bool = True) -> bool:
    """Whether the bodies a text names are a province's only, of one province (``DAE@14``, ``CPC@14``): no national
    body and no other province, the bare localities aside. ``codeless_pass``: its departments named without a code
    (``Sở Y tế``: the text's province's, placed later) do not spoil it; with False, every body must carry the code."""
    codes = set()
    for m in mentions:
        if m.agency_id == "PROVINCES":
            continue
        if not is_provincial(m.agency_id):
            return False
        code = split_id(m.agency_id)[1]
        if code:
            codes.add(code)
        elif not codeless_pass:
            return False
    return len(codes) == 1

@lru_cache(maxsize=None)
def _central_sector_names(lang: str) -> frozenset[str]:
    """grammar's optional ``central_sector_names`` (lower case): those of ``provincial_sector_names`` that, after a
    central body in their sentence, are the ministries."""
    return frozenset(" ".join(n.lower().split()) for n in language_grammar(lang).get("central_sector_names") or [])


def _central_sector_blocked(lowered: str, at: int, lang: str) -> bool:
    """Whether one of grammar's optional ``central_sector_not_before`` follows ``at`` (the Party's boards too)."""
    rest = lowered[at:].lstrip()
    return any(re.match(rf"{phrase(w)}(?![\w'])", rest) for w in language_grammar(lang).get("central_sector_not_before") or [])


def _directed_by_a_lower_committee(lowered: str, here: list[Mention], at: int, lang: str) -> bool:
    """Whether the last body named before ``at`` in its sentence is a district's or a commune's committee (``DPC``,
    ``CPC``) and an assigning verb stands between it and ``at`` (``UBND thị xã … chỉ đạo các ngành liên quan``,
    ``the Dien Ban Town People's Committee to urgently direct relevant departments``): the sectors are that committee's
    own offices (issue #13, prov29; ``UBND các huyện và các ngành liên quan``, joined, stay the province's)."""
    before = [n for n in here if n.end <= at]
    if not before:
        return False
    last = max(before, key=lambda n: n.end)
    if split_id(last.agency_id)[0] not in LOCAL_COMMITTEES:
        return False
    c = cues(lang)
    # the verb may ask names outside the table first ("Phó Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị, các ngành
    # có liên quan …": the district's own offices still; stop 40's convention, round 31b vi's Thuận Bắc)
    return bool(c.assign_before.search(lowered, last.end, at)
                or c.assign_over_addressees and c.assign_over_addressees.search(lowered, last.end, at))


@lru_cache(maxsize=None)
def _provincial_sector_patterns(lang: str) -> tuple[dict[str, str], re.Pattern | None, re.Pattern] | None:
    """grammar's optional ``provincial_sector_departments`` (and ``provincial_sector_followers``) compiled once a
    language: the sectors (lowered for matching, their spaces made one) → the departments' ids, the followers'
    pattern (None without them) and the sectors'; None without sectors."""
    words = language_grammar(lang)
    sectors = {" ".join(lower_for_matching(k).split()): v for k, v in (words.get("provincial_sector_departments") or {}).items()}
    if not sectors:
        return None
    followers = words.get("provincial_sector_followers") or []
    follower = re.compile(rf"\s+(?:{'|'.join(phrase(w) for w in followers)})(?![\w'])") if followers else None
    pattern = re.compile(rf"(?<![\w'])(?:{'|'.join(sorted((phrase(n) for n in sectors), key=len, reverse=True))})(?![\w'])")
    return sectors, follower, pattern


@lru_cache(maxsize=None)
def _sector_name_head(lang: str) -> re.Pattern | None:
    """grammar's optional ``provincial_sector_not_after`` closing the text before a sector: a name's head
    (``Ban chỉ đạo tái cơ cấu ngành nông nghiệp``, ``the Steering Committee for restructuring the agricultural
    sector``), the sector a word of an office's or a programme's name, no body (late39, stop 47)."""
    heads = language_grammar(lang).get("provincial_sector_not_after") or []
    return re.compile(rf"(?<![\w'])(?:{'|'.join(phrase(w) for w in heads)})\s+$") if heads else None


def provincial_sector_departments(text: str, lowered: str, sentences: list[Sentence], named: list[Mention],
                                   language: str, date: str | None) -> list[Mention]:
    """One sector named without its department's word (grammar's optional ``provincial_sector_departments``:
    ``ngành nông nghiệp Thái Bình``, ``ngành y tế tỉnh``, ``ngành giáo dục`` in a provincial committee's direction) is
    that department of the province: read where a province's name or one of ``provincial_sector_followers``
    (``tỉnh``) follows it, or, as ``provincial_sector_names``, in a sentence that names a body of a province, or follows
    one that does, and no central body before it (``ngành nông nghiệp`` of a ministry's text is the country's sector)
    (round 20c). The mention takes the province's name after it, so that ``localise`` places it there."""
    from nlp.provinces import find_provinces

    found: list[Mention] = []
    starts = [s.start for s in sentences]
    for lang in sorted({sentence_language(s, language) for s in sentences}):
        compiled = _provincial_sector_patterns(lang)
        if compiled is None:
            continue
        sectors, follower, pattern = compiled
        for m in regex_finditer(pattern, lowered):
            index = bisect_left(starts, m.start() + 1) - 1
            if index < 0 or m.start() >= sentences[index].end or sentence_language(sentences[index], language) != lang:
                continue
            if any(n.start < m.end() and m.start() < n.end for n in named):
                continue
            head = _sector_name_head(lang)
            if head and head.search(lowered, max(0, m.start() - 40), m.start()):
                continue  # "Ban chỉ đạo tái cơ cấu ngành nông nghiệp tỉnh": a name's word, no body
            end = m.end()
            place = [p for p in find_provinces(text[m.end() : min(sentences[index].end, m.end() + 40)], lang)
                     if not text[m.end() : m.end() + p.start].strip()]
            if place:
                end = m.end() + place[0].end
            elif not (follower and follower.match(lowered, m.end())):
                here = [n for n in named if sentences[index].start <= n.start < sentences[index].end]
                before = [n for n in named if index and sentences[index - 1].start <= n.start < sentences[index - 1].end]
                if any(not is_provincial(n.agency_id) and n.agency_id != "PROVINCES" and n.start < m.start() for n in here):
                    continue  # a central body before it: the country's sector
                if any(split_id(n.agency_id)[0] in LOCAL_COMMITTEES and n.start < m.start() for n in here):
                    continue  # "yêu cầu hai huyện chỉ đạo ngành nông nghiệp hướng dẫn …": the districts' own sector
                if not any(is_provincial(n.agency_id) for n in here + before):
                    continue
            # the department of the text's date (the agriculture one merged into DAE in 2025); undated, as written
            agency_id = sectors[" ".join(m.group().split())]
            agency_id = current(agency_id, date[:10]) if date else agency_id
            found.append(Mention(m.start(), end, text[m.start() : end], agency_id))
    return found


def _grammar_phrases_in_sentences(lowered: str, sentences: list[Sentence], language: str, key: str):
    """Each match of grammar's optional phrase list ``key`` (the longest phrase first) that falls inside a sentence of
    the phrase's own language, with that sentence's index."""
    starts = [s.start for s in sentences]
    for lang in sorted({sentence_language(s, language) for s in sentences}):
        pattern = _grammar_phrases_pattern(lang, key)
        if pattern is None:
            continue
        for m in regex_finditer(pattern, lowered):
            index = bisect_left(starts, m.start() + 1) - 1
            if index < 0 or m.start() >= sentences[index].end or sentence_language(sentences[index], language) != lang:
                continue
            yield m, index


@lru_cache(maxsize=None)
def _grammar_phrases_pattern(lang: str, key: str) -> re.Pattern | None:
    """``_grammar_phrases_in_sentences``' pattern of a language's phrase list ``key`` compiled once (the phrases
    sorted and joined at each call before), None where the list is absent or empty."""
    names = language_grammar(lang).get(key) or []
    if not names:
        return None
    return re.compile(rf"(?<![\w'])(?:{'|'.join(sorted((phrase(n) for n in names), key=len, reverse=True))})(?![\w'])")


def committees_at_all_levels(text: str, lowered: str, sentences: list[Sentence], named: list[Mention], language: str,
                             date: str | None) -> list[Mention]:
    """The People's Committees named once for all their levels (grammar's optional ``committees_at_all_levels``: ``à des
    comités populaires à tous les niveaux``, ``People's Committees at all levels``, ``UBND các cấp``) are one row a
    level on the one span, as the gold of rounds 12, 13 and 27 reads them: asked by a central body, the provinces',
    the districts' and the communes' committees (``PROVINCES``, ``DPC``, ``CPC``); where the sentence names the
    provinces or a province's body before them, or the sentence before names a province's body (a province's
    direction, the provinces' chairmen directing their levels), the levels under the province alone; in a text dated
    from 1 July 2025 no district level. ``local authorities at all levels`` stays the provinces (rounds 11, 18): only the
    committees' own words are listed."""
    found: list[Mention] = []
    for m, index in _grammar_phrases_in_sentences(lowered, sentences, language, "committees_at_all_levels"):
        if any(n.start < m.end() and m.start() < n.end for n in named):
            continue
        sentence = sentences[index]
        before = [n for n in named if sentence.start <= n.start < m.start()]
        previous = [n for n in named if index and sentences[index - 1].start <= n.start < sentences[index - 1].end]
        under_a_province = any(is_provincial(n.agency_id) or n.agency_id == "PROVINCES" for n in before) or (
            not before and any(is_provincial(n.agency_id) for n in previous))
        levels = ([] if under_a_province else ["PROVINCES"]) + ([] if scheme_at(date) == "2025" else ["DPC"]) + ["CPC"]
        found += [Mention(m.start(), m.end(), text[m.start() : m.end()], level) for level in levels]
    # "les autorités à tous les niveaux de la province continuent de …": the province's own levels, its committee
    # among them (grammar's optional ``province_committees_at_all_levels``; stop 41's left classes, French)
    for m, index in _grammar_phrases_in_sentences(lowered, sentences, language, "province_committees_at_all_levels"):
        if any(n.start < m.end() and m.start() < n.end for n in named + found):
            continue
        levels = ["PPC"] + ([] if scheme_at(date) == "2025" else ["DPC"]) + ["CPC"]
        found += [Mention(m.start(), m.end(), text[m.start() : m.end()], level) for level in levels]
    return found


def committees_of_levels(text: str, lowered: str, sentences: list[Sentence], named: list[Mention], language: str,
                         date: str | None) -> list[Mention]:
    """The People's Committees of two or more levels named once with their level words (grammar's optional
    ``committees_of_levels``, each phrase → the levels' ids: ``UBND cấp huyện, cấp xã``, ``district- and commune-level
    People's Committees``) are one row a level on the one span, as ``committees_at_all_levels`` (round 40b vi); the
    bodies found inside the span (``UBND cấp huyện`` alone) give way to them (the caller drops them); in a text dated
    from 1 July 2025 no district level."""
    found: list[Mention] = []
    for m, index in _grammar_phrases_in_sentences(lowered, sentences, language, "committees_of_levels"):
        levels = _levels_of_phrase(sentence_language(sentences[index], language)).get(" ".join(m.group().split()))
        if not levels or any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        if any(n.start < m.end() and m.start() < n.end and not (m.start() <= n.start and n.end <= m.end()) for n in named):
            continue  # a body's own name runs across the phrase's edge: it stays
        kept = [level for level in levels if not (level == "DPC" and scheme_at(date) == "2025")]
        found += [Mention(m.start(), m.end(), text[m.start() : m.end()], level) for level in dict.fromkeys(kept)]
    return found


@lru_cache(maxsize=None)
def _levels_of_phrase(lang: str) -> dict[str, list[str]]:
    """grammar's optional ``committees_of_levels`` of a language, its phrases lowered for matching with their spaces
    made one."""
    return {" ".join(lower_for_matching(k).split()): v
            for k, v in (language_grammar(lang).get("committees_of_levels") or {}).items()}


def provincial_local_committees(text: str, lowered: str, sentences: list[Sentence], named: list[Mention],
                                 language: str, date: str | None) -> list[Mention]:
    """A province's local committees named without their level (grammar's optional
    ``provincial_local_committee_names``: ``giao UBND các địa phương thành lập đoàn thanh tra``, ``Chủ tịch UBND các
    địa phương``) are its district-level committees (``DPC``; its commune committees, ``CPC``, in a text dated from
    1 July 2025, when the districts are gone): read only in a sentence that names a body of a province, or follows
    one that does, and names no central body before them (a ministry's ``UBND các địa phương`` are the provinces)
    (round 15b)."""
    level = "CPC" if scheme_at(date) == "2025" else "DPC"
    found: list[Mention] = []
    for m, index in _grammar_phrases_in_sentences(lowered, sentences, language, "provincial_local_committee_names"):
        # the country's localities inside the name ("các địa phương") give way to it
        if any(n.start < m.end() and m.start() < n.end and n.agency_id != "PROVINCES" for n in named):
            continue
        here = [n for n in named if sentences[index].start <= n.start < sentences[index].end]
        before = [n for n in named if index and sentences[index - 1].start <= n.start < sentences[index - 1].end]
        lang = sentence_language(sentences[index], language)
        # a central body inside the fronted phrase opening the sentence is the source the province's asker follows
        # ("Thực hiện công điện hỏa tốc của Thủ tướng Chính phủ, UBND tỉnh vừa có văn bản chỉ đạo các sở, ngành và UBND
        # các địa phương …": the province's districts, as provincial_sectors reads the sectors; round 38b)
        if any(not is_provincial(n.agency_id) and n.agency_id != "PROVINCES" and n.start < m.start()
               and not inside_fronted_phrase(lowered, sentences[index].start, n.end, lang) for n in here):
            continue  # a central body asking: the localities are the country's provinces
        if any(is_provincial(n.agency_id) for n in here + before):
            found.append(Mention(m.start(), m.end(), text[m.start() : m.end()], level))
    return found


@lru_cache(maxsize=None)
def _named_district_grammar(lang: str):
    """grammar's ``named_district`` compiled once a language: the level words, the committee's words after and
    before the name, the capitalised words that are no name, the bodies that may follow."""
    data = language_grammar(lang)["named_district"]
    # the level word, or its possessive before the committee's words ("Quan Hoa District's People's Committee")
    possessives = "|".join(map(re.escape, data.get("possessives") or [])) or "(?!)"
    level = re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, data['level_words']))})(?=(?:{possessives})?(?![\w'’-]))", re.I)
    committee_after = re.compile(rf"\s+(?:{'|'.join(map(re.escape, data['committee_after']))})(?![\w'’-])", re.I)
    committee_before = re.compile(rf"(?:{'|'.join(map(re.escape, data['committee_before']))})\s+$", re.I)
    return (level, committee_after, committee_before, frozenset(w.lower() for w in data["not_names"]),
            frozenset(w.lower() for w in data.get("bodies_after") or []),
            {w.lower(): body for w, body in (data.get("level_ids") or {}).items()})


def named_districts(text: str, sentences: list[Sentence], named: list[Mention], language: str) -> list[Mention]:
    """A district named by its own name (``assigned Tay Son district to …``, ``asked Ba Dinh District People's
    Committee to …``, ``the People's Committee of Ba Dinh district``, ``The Chairman of Tay Son district must …``):
    the district-level committee (``DPC``, placed in its province as the other district bodies are); a commune or
    ward named so is a commune-level committee (``requested Dong Hy Commune to …``: ``CPC``, the convention
    reconciled after round 23b: one named commune is a commune-level body tasked, its name kept in the row's text).
    grammar's optional ``named_district``: the level words (``district``, ``commune``, ``ward``) and the body each
    stands for (``level_ids``, ``DPC`` where unset), the words that may stand between a committee and the
    name (``People's Committee of``) or after the level word (``People's Committee``), and the capitalised words that
    are no name (``Each district``, ``The District``); the name is one to three capitalised words right before the
    level word, and a capitalised word after it other than the committee's opens another body (``Tay Son District
    Police``): no committee. Bodies found inside the span give way to it (round 18's open class, round 19 not blind)."""
    found: list[Mention] = []
    for lang in sorted({sentence_language(s, language) for s in sentences}):
        listed = _units_listed_after_plural_level(text, lang)
        found.extend(listed)
        # a list's last unit with its own level word ("… et la commune de Nam Ban") is the list's already
        found.extend(u for u in _units_named_level_first(text, lang) if not any(u.start < n.end and n.start < u.end for n in listed))
        data = language_grammar(lang).get("named_district")
        if not data:
            continue
        level, committee_after, committee_before, not_names, bodies_after, level_ids = _named_district_grammar(lang)
        for m in level.finditer(text):
            # a unit's number may close its name ("the People's Committee of Dam Rong 4 commune": the communes a
            # merger numbered; round 27), after at least one capitalised word
            number = re.search(r"(?<=\s)\d{1,2}\s+$", text[max(0, m.start() - 6) : m.start()])
            level_start = m.start() - len(number.group()) if number else m.start()
            words = list(re.finditer(r"[^\W\d_][\w-]*", text[max(0, level_start - 60) : level_start]))
            offset = max(0, level_start - 60)
            name_start = None
            end_of_previous = level_start
            for w in reversed(words[-3:]):
                if not w.group()[0].isupper() or w.group().lower() in not_names or text[offset + w.end() : end_of_previous].strip():
                    break
                name_start, end_of_previous = offset + w.start(), offset + w.start()
            if name_start is None:
                continue
            if (names_centrally_run_city(text[name_start:level_start].strip())
                    or names_centrally_run_city(text[name_start : m.end()])):
                continue  # "the People's Committee of Hanoi city", "… of Ho Chi Minh City": the province, not a town of
                # one ("the People's Committee of Phan Thiet city", round 30 en: city and town among the level words)
            end = m.end()
            possessive = re.match(r"['’]s(?![\w'’-])", text[end : end + 3])
            if possessive and not committee_after.match(text, end + possessive.end()):
                continue  # "Quan Hoa District's roads": a place, no body
            after = committee_after.match(text, end + (possessive.end() if possessive else 0))
            if after:
                end = after.end()
            elif re.match(r"\s+[^\W\d_]", text[end : end + 3]) and text[end:].lstrip()[:1].isupper() or (
                    re.match(r"\s+(?:[\w-]+)", text[end:]) and re.match(r"\s+([\w-]+)", text[end:]).group(1).lower() in bodies_after):
                continue  # "Tay Son District Police", "Hoan Kiem district police": another body of the district
            start = name_start
            before = committee_before.search(text, max(0, start - 40), start)
            # a unit joined after other named ones with their own level words ("the People's Committee of Chi Linh city
            # and Kinh Mon town") shares the committee's words: a mention of its own, the first keeps them (stop 41)
            shared = next((b for b in reversed(list(_committee_words(lang).finditer(text, max(0, start - 150), start)))
                           if _after_named_units(text, b.end(), start, level)), None)
            if not (before or after or shared) and m.group().lower() in {w.lower() for w in data.get("committee_required_levels") or []}:
                continue  # "districts and Son La city": a town named bare is its place, no committee (round 30 en)
            if before and not shared:
                start = before.start()
            found.append(Mention(start, end, text[start:end], level_ids.get(m.group().lower(), "DPC")))
        found.extend(_units_listed_by_name(text, lang, not_names))
        found.extend(u for u in _numbered_units(text, lang) if not any(u.start < n.end and n.start < u.end for n in listed + found))
    return found


@lru_cache(maxsize=None)
def _numbered_level(lang: str) -> str:
    """grammar's optional ``named_district.numbered_levels`` as a regex alternation of the capitalised level words a
    unit's number names (``District 12``), or a pattern matching nothing."""
    levels = language_grammar(lang).get("named_district", {}).get("numbered_levels") or {}
    return alternation(sorted(levels, key=len, reverse=True)) if levels else "(?!)"


def _numbered_units(text: str, lang: str) -> list[Mention]:
    """A unit named by its capitalised level word and its number (``the People's Committee of District 12``, ``the
    District 10 People's Committee``, ``asked Ward 5 to …``; grammar's optional ``named_district.numbered_levels``):
    its committee, the committee's words around it kept in the span; a capitalised word or one of ``bodies_after``
    right after the number opens another body of the unit (``District 12 Police``): none. A place (``in District
    12``) is a mention no cue tasks (round 38)."""
    levels = language_grammar(lang).get("named_district", {}).get("numbered_levels") or {}
    if not levels:
        return []
    _level, committee_after, committee_before, _not_names, bodies_after, _ids = _named_district_grammar(lang)
    found: list[Mention] = []
    for m in re.finditer(rf"(?<![\w'’-])(?P<level>{_numbered_level(lang)})\s+\d{{1,2}}(?![\w'’-]|[.,]\d)", text):
        end = m.end()
        after = committee_after.match(text, end)
        if after:
            end = after.end()
        else:
            following = re.match(r"\s+([^\W\d_][\w-]*)", text[end:])
            if following and (following.group(1)[:1].isupper() or following.group(1).lower() in bodies_after):
                continue  # "District 12 Police": another body of the unit
        start = m.start()
        before = committee_before.search(text, max(0, start - 40), start)
        if before:
            start = before.start()
        found.append(Mention(start, end, text[start:end], levels[m.group("level")]))
    return found


@lru_cache(maxsize=None)
def _committee_words(lang: str) -> re.Pattern:
    """grammar's ``named_district.committee_before`` anywhere (``_named_district_grammar``'s is anchored at the name)."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, language_grammar(lang)['named_district']['committee_before']))})\s+", re.I)


def _after_named_units(text: str, after_committee: int, name_start: int, level: re.Pattern) -> bool:
    """Whether the words between a committee's words and a unit's name are other units, each named with its own level
    word and a join (``People's Committee of Chi Linh city and Kinh Mon town``: ``Chi Linh city and``), so the
    committee's words are the first unit's and the later ones share them."""
    unit = r"(?:[^\W\d_][\w-]*\s+){1,3}?(?P<level>[\w-]+)(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    between = text[after_committee:name_start].lstrip()
    at, units = 0, 0
    while at < len(between) and (m := re.compile(unit).match(between, at)):
        if not m.group()[:1].isupper() or not level.fullmatch(m.group("level")):
            return False
        at, units = m.end(), units + 1
    return units > 0 and at == len(between)


def _units_listed_by_name(text: str, lang: str, not_names: frozenset[str]) -> list[Mention]:
    """The committees of several units named by their own names before one plural level word (``Assign the People's
    Committees of Ninh Kieu, Tan An, Cai Khe, An Binh, Binh Thuy wards to …``, round 26b): one mention of the level's
    committees (grammar's optional ``named_district.plural_level_ids`` and ``plural_committee_before``, the committee's
    plural words required before the names: ``in Hoan Kiem and Ba Dinh districts`` names places, no body)."""
    data = language_grammar(lang)["named_district"]
    ids = {w.lower(): body for w, body in (data.get("plural_level_ids") or {}).items()}
    before = data.get("plural_committee_before") or []
    if not ids or not before:
        return []
    # an asking verb right before the names (grammar's optional ``plural_names_after_verbs``: "Hanoi requests Yen
    # Nghia, Duong Noi, and Kien Hung wards to …", round 40 en) names them as bodies too; the verb stays out of the span
    verbs = data.get("plural_names_after_verbs") or []
    verb = rf"|(?<![\w'’-])(?P<verb>{'|'.join(map(re.escape, sorted(verbs, key=len, reverse=True)))})" if verbs else ""
    # a name: one to three capitalised words, or a unit's level word and number ("District 12", numbered_levels)
    name = rf"(?:(?:{_numbered_level(lang)})\s+\d{{1,2}}(?![\w'’-])|[^\W\d_a-z][\w-]*(?:\s+[^\W\d_a-z][\w-]*){{0,2}})"
    # the committee's and the level's words in any case, the names capitalised
    pattern = re.compile(rf"(?i:{'|'.join(map(re.escape, before))}{verb})\s+(?P<names>{name}(?:\s*,\s*{name})*(?:,?\s+and\s+{name})?)"
                         rf"\s+(?P<level>(?i:{'|'.join(map(re.escape, ids))}))(?![\w'’-])")
    found = []
    for m in pattern.finditer(text):
        names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("names"))
        if len(names) < 2 or any(not n[:1].isupper() or (" " not in n and n.lower() in not_names) for n in names):
            continue  # one name is the singular's ("the People's Committee of Ba Dinh district"); a lower-case word or a
            # lone word that is no name ("Each") is none (a word of a longer name may be one: "An Binh")
        if any(names_centrally_run_city(n) for n in names):
            continue  # "the People's Committees of Hanoi and Ho Chi Minh cities": provinces, not towns (round 32 fr)
        # each named unit its own committee (round 19's rule: named units of one id are one fact each): the first
        # mention holds the committee's words and the first name, each other name a mention of its own
        body = ids[m.group("level").lower()]
        at = m.start("names")
        for i, unit in enumerate(names):
            start = text.index(unit, at)
            end = start + len(unit)
            first = m.start() if i == 0 and not (verbs and m.group("verb")) else start
            if i == len(names) - 1:
                end = m.end()  # the level word closes the last one, so that a cue right after it reads the subject
            found.append(Mention(first, end, text[first:end], body))
            at = end
    return found


@lru_cache(maxsize=None)
def _level_first_pattern(lang: str) -> re.Pattern | None:
    """grammar's optional ``units_named_level_first`` compiled once a language (see its note)."""
    data = language_grammar(lang).get("units_named_level_first")
    if not data:
        return None
    def longest_first(words) -> str:  # "à la" before "la"
        return alternation(sorted(words, key=len, reverse=True))
    name = r"[^\W\d_a-zà-ÿ][\w’'-]*(?:\s+[^\W\d_a-zà-ÿ][\w’'-]*){0,2}"
    return re.compile(rf"(?<![\w’'-])(?P<article>(?i:{longest_first(data['articles'])}))\s+"
                      rf"(?P<level>(?i:{longest_first(data['level_ids'])}))"
                      rf"(?:\s+(?:{longest_first(data['linkers'])})\s*(?P<name>{name}))?(?![\w’'-])")


def _units_named_level_first(text: str, lang: str) -> list[Mention]:
    """A district, commune or ward named by its level word and then its own name, as a body (``a demandé au district
    de Ky Son de …``, ``Le district de Ky Son doit …``, ``la commune de Nam Ban est chargée de …``): its committee
    (grammar's optional ``units_named_level_first``; English's ``named_district`` reads ``Ky Son district``, the name
    first). The article before the level word stays out of the span, so that a cue ending in it (``a demandé au``)
    reads the body after it (inside a list, ``… et à la commune de B``, the dative stays in, as round 28's aliases
    have it); a bare level word is a body only after a dative (``a demandé au district et au …``, the
    district named before), the article that made round 28's aliases ``au district``, ``à la commune``. The committee's
    own words (``Comité populaire du district de …``) and a plural level (``des districts de``) are read elsewhere: the
    article must not follow one of ``not_after`` (``de la commune de``, ``People's Committee of the district of``). A place (``dans le district de Ky Son``) is a mention no cue
    tasks."""
    pattern = _level_first_pattern(lang)
    if pattern is None:
        return []
    data = language_grammar(lang)["units_named_level_first"]
    ids = {w.lower(): body for w, body in data["level_ids"].items()}
    datives = {w.lower() for w in data["bare_after"]}
    not_names = {w.lower() for w in data.get("not_names") or []}
    not_after = alternation(data["not_after"])
    found: list[Mention] = []
    for m in pattern.finditer(text):
        if re.search(rf"(?<![\w’'-])(?i:{not_after})\s*$", text[max(0, m.start() - 6) : m.start()]):
            continue  # "Comité populaire de la commune de …": the committee's own words, read by the table
        name = m.group("name")
        if name and name.split()[0].lower() in not_names:
            name = None
        if not name and " ".join(m.group("article").lower().split()) not in datives:
            continue  # "le district" alone: a place or the district named again, no body here
        end = m.end("name") if name else m.end("level")
        start = m.start("level")
        if (" ".join(m.group("article").lower().split()) in datives
                and re.search(r"(?:,|(?<![\w’'-])(?i:et|and))\s*$", text[max(0, m.start() - 6) : m.start()])):
            start = m.start()  # "… et à la commune de Mau Duc": a list's dative stays the body's, as the table's aliases
        found.append(Mention(start, end, text[start:end], ids[m.group("level").lower()]))
    return found


@lru_cache(maxsize=None)
def _units_after_plural_level_pattern(lang: str, before: str = "committee_before") -> re.Pattern | None:
    """grammar's optional ``units_listed_after_plural_level`` compiled once a language (see its note); ``before``
    names the list of words the plural level word follows (``after_named_unit``: the join after a named unit)."""
    data = language_grammar(lang).get("units_listed_after_plural_level")
    if not data or not data.get(before):
        return None
    name = r"[^\W\d_a-zà-ÿ][\w’'-]*(?:\s+[^\W\d_a-zà-ÿ][\w’'-]*){0,2}"
    def longest_first(words) -> str:  # "de la" before "de"
        return alternation(sorted(words, key=len, reverse=True))
    # Vietnamese writes the names right after the level word ("UBND các thành phố Chí Linh, Kinh Môn"): no linker
    linker = rf"(?:{longest_first(data['linkers'])})" if data["linkers"] else ""
    singular = rf"(?:(?:{longest_first(data['singular_articles'])})\s+)?(?P<level2>(?i:{longest_first(data['singular_level_ids'])}))\s*{linker}\s*"
    return re.compile(rf"(?i:{longest_first(data[before])})\s+(?P<level>(?i:{longest_first(data['plural_level_ids'])}))"
                      rf"\s*{linker}\s*(?P<names>{name}(?:\s*,\s*{name})*)"
                      rf"(?:\s*,?\s+(?i:{longest_first(data['joins'])})\s+(?P<single>{singular})?(?P<last>{name}))?(?![\w’'-])")


def units_after_placed_town(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """The units after a town's committee once it is placed (``au Comité populaire de la ville de Chi Linh et de la
    ville de Kinh Mon``, ``… de la ville de Phan Thiet, des districts de Ham Thuan Bac et de Bac Binh``): a
    committee each, of the first one's province (round 19's rule; round 32 fr). ``Comité populaire de la ville``
    is told from a province's committee only by ``localise``, so the second unit is read only now; a plural level
    word after the join lists its units as ``units_listed_after_plural_level`` does (its ``after_named_unit``
    joins). Mentions the new ones cover (the bare ``districts``) give way."""
    added = elided_unit_committees(text, mentions)
    covered: list[tuple[int, int]] = []
    pattern = _units_after_plural_level_pattern(lang, "after_named_unit")
    if pattern is not None:
        data = language_grammar(lang)["units_listed_after_plural_level"]
        plural = {w.lower(): body for w, body in data["plural_level_ids"].items()}
        single = {w.lower(): body for w, body in data["singular_level_ids"].items()}
        # "de la ville de Phan Rang et de la commune de Phuoc Dinh": the second unit's own level word says its body
        added = [Mention(a.start, a.end, a.text, provincial_id(single[a.text.split()[0].lower()], split_id(a.agency_id)[1]))
                 if a.text.split()[0].lower() in single else a for a in added]
        for body in [*mentions, *added]:
            agency_id, code = split_id(body.agency_id)
            if agency_id not in LOCAL_COMMITTEES or not code or unit_name(body.text) is None:
                continue
            m = pattern.match(text, body.end + len(text[body.end:]) - len(text[body.end:].lstrip()))
            if not m:
                continue
            names = [(n, plural[m.group("level").lower()]) for n in re.split(r"\s*,\s*", m.group("names"))]
            if m.group("last"):
                names.append((m.group("last"), single[m.group("level2").lower()] if m.group("level2") else names[0][1]))
            if any(names_centrally_run_city(n) for n, _ in names):
                continue
            at = m.start("names")
            covered.append((m.start(), m.end()))
            for i, (unit, level_id) in enumerate(names):
                start = text.index(unit, at)
                first = m.start("level") if i == 0 else start  # "districts de Ham Thuan Bac": the list's words join it
                added.append(Mention(first, start + len(unit), text[first:start + len(unit)], provincial_id(level_id, code)))
                at = start + len(unit)
    if not added:
        return mentions
    covered += [(a.start, a.end) for a in added]
    kept = [m for m in mentions if not any(start < m.end and m.start < end for start, end in covered)]
    return sorted(kept + added, key=lambda m: m.start)


def _units_listed_after_plural_level(text: str, lang: str) -> list[Mention]:
    """The committees of several units named after one plural level word (``Les comités populaires des quartiers de
    Xuan Huong, Cam Ly et de la commune de Nam Ban doivent …``): one committee each (round 19's rule, as English's
    ``the People's Committees of Ninh Kieu, Tan An … wards``), a last unit of another level after the join taking its
    own level's body (grammar's optional ``units_listed_after_plural_level``; w2fr31). One name alone is no list
    (``des quartiers de Da Lat`` stays the table's reading); the last mention ends at the list's end, so that a cue
    right after it reads the subject. A language may read only the list opening its sentence (English: no
    ``committee_before``, only ``subject_openers``; late39, stop 47)."""
    pattern = _units_after_plural_level_pattern(lang)
    subjects = _units_listed_as_subject(text, lang)
    if pattern is None and not subjects:
        return []
    data = language_grammar(lang)["units_listed_after_plural_level"]
    plural = {w.lower(): body for w, body in data["plural_level_ids"].items()}
    single = {w.lower(): body for w, body in data["singular_level_ids"].items()}
    not_names = {w.lower() for w in data.get("not_names") or []}
    found: list[Mention] = []
    for m in [*(pattern.finditer(text) if pattern is not None else ()), *subjects]:
        names = [(n, plural[m.group("level").lower()]) for n in re.split(r"\s*,\s*", m.group("names"))]
        if m.group("last"):
            names.append((m.group("last"), single[m.group("level2").lower()] if m.group("level2") else names[0][1]))
        if len(names) < 2 or any(n.split()[0].lower() in not_names for n, _ in names):
            continue
        if any(names_centrally_run_city(n) for n, _ in names):
            continue  # "des villes de Hanoï et de Hô Chi Minh-Ville": provinces, not towns of one (round 32 fr)
        at = m.start("names")
        for i, (unit, body) in enumerate(names):
            start = text.index(unit, at)
            end = start + len(unit)
            first = m.start() if i == 0 else start
            if i == len(names) - 1 and m.group("single") and m.group("last"):
                first = m.start("single")  # "la commune de Nam Ban": its own level's words are its committee's
            found.append(Mention(first, end, text[first:end], body))
            at = end
    return found


def _units_listed_as_subject(text: str, lang: str) -> list[re.Match]:
    """The plural level word opening its sentence with no committee word (``Les districts de Que Son, Dai Loc et la
    ville de Dien Ban organisent …``): the same list, read only where its opener (grammar's optional
    ``subject_openers`` of ``units_listed_after_plural_level``, written as the page capitalises it) starts the text, a
    line or a sentence, so that ``dans les districts de A et B`` stays places (left39, stop 47)."""
    openers = (language_grammar(lang).get("units_listed_after_plural_level") or {}).get("subject_openers")
    pattern = _units_after_plural_level_pattern(lang, "subject_openers") if openers else None
    if pattern is None:
        return []
    return [m for m in pattern.finditer(text)
            if text.startswith(tuple(openers), m.start()) and re.search(r"(?:^|[\n.;:!?]\s*)$", text[max(0, m.start() - 3) : m.start()])]


@lru_cache(maxsize=None)
def _unit_name_after(lang: str) -> re.Pattern | None:
    """grammar's optional ``unit_name_after_level``: a linker and one to three capitalised words after a local
    committee's level word, compiled once a language."""
    data = language_grammar(lang).get("unit_name_after_level")
    if not data:
        return None
    word = r"[^\W\d_a-zà-ÿ][\w’'-]*"
    return re.compile(rf"\s+(?:{alternation(data['linkers'])})\s*{word}(?:\s+{word}){{0,2}}(?![\w’'-])")


def with_unit_names_after(text: str, named: list[Mention], language: str) -> list[Mention]:
    """A local committee named by its level word with the unit's own name after it (``le Comité populaire du
    district de Thanh Chuong est prié de …``): the mention runs over the name, so that a cue right after the name
    reads the committee as its subject (grammar's optional ``unit_name_after_level``: the level words, the linkers;
    round 20c). Not where the name is another body's (a body found there keeps it)."""
    data = language_grammar(language).get("unit_name_after_level")
    pattern = _unit_name_after(language)
    if not data or pattern is None:
        return named
    levels = tuple(lower_for_matching(w) for w in data["levels"])
    named = _run_over_after(text, named, pattern, lambda n: lower_for_matching(n.text).endswith(levels)
                            and split_id(n.agency_id)[0] in data["bodies"])
    # "au Comité populaire de la commune de Con Cuong et de la commune de Mau Duc": the second unit's committee is
    # the first one's word, written once; only now that the first mention holds its name can it be told (round 30)
    return named + elided_unit_committees(text, named)


def _run_over_after(text: str, named: list[Mention], pattern: re.Pattern, may_run_over: Callable[[Mention], bool]
                    ) -> list[Mention]:
    """Each mention that ``may_run_over`` accepts, run over what ``pattern`` matches right after it, unless another
    body found there starts inside that stretch (it keeps its own words)."""
    out = []
    for n in named:
        m = pattern.match(text, n.end) if may_run_over(n) else None
        if m and not any(o is not n and n.end <= o.start < m.end() for o in named):
            n = Mention(n.start, m.end(), text[n.start : m.end()], n.agency_id)
        out.append(n)
    return out


@lru_cache(maxsize=None)
def _town_after_districts(lang: str) -> re.Pattern | None:
    """grammar's optional ``town_after_district_collective``: a joining word, then one to three capitalised words and
    a town's designator (``and Thu Duc City``), right after the district committees named as a whole."""
    data = language_grammar(lang).get("town_after_district_collective")
    if not data:
        return None
    joins = "|".join(re.escape(w) for w in data["joins"])
    designators = "|".join(re.escape(w) for w in data["designators"])
    return re.compile(rf"\s*,?\s+(?:{joins})\s+(?:[A-ZÀ-Ỹ][\w'’-]*\s+){{1,3}}(?:{designators})(?![\w'’-])")


def with_towns_after_districts(text: str, named: list[Mention], language: str) -> list[Mention]:
    """The district committees named as a whole with a town of their level named after them (``the People's
    Committees of all districts and Thu Duc City to adopt …``): the mention runs over the town, one level, so that the
    list and the cue after it go on (round 28b's HCMC Directive 22, a left class). grammar's optional
    ``town_after_district_collective`` (the level words the collective ends with, the joining words, the town's
    designators); not where the town is a body of its own already found there."""
    data = language_grammar(language).get("town_after_district_collective")
    pattern = _town_after_districts(language)
    if not data or pattern is None:
        return named
    levels = tuple(lower_for_matching(w) for w in data["levels"])
    return _run_over_after(text, named, pattern, lambda n: split_id(n.agency_id)[0] == "DPC"
                           and lower_for_matching(n.text).endswith(levels))


@lru_cache(maxsize=None)
def _opening_department_pattern(lang: str) -> re.Pattern | None:
    """grammar's optional ``opening_department_words`` at a sentence's start, compiled once a language."""
    words = language_grammar(lang).get("opening_department_words") or []
    if not words:
        return None
    # an opener and its comma may come first ("Accordingly, the city's departments are assigned to …", "According to
    # the plan, departments and People's Committees of districts are required to …"; round 34b en)
    openers = language_grammar(lang).get("opening_department_openers") or []
    opener = rf"(?:(?:{alternation(openers)})(?![\w'’-])[^,.;:\n]{{0,80}},\s*)?" if openers else ""
    # units outside the table may come before them, each with its comma, and open the body as written ("Accordingly,
    # city's agencies, departments and People's Committees of districts make statistics …", cues.json's
    # ``list_skips``, as ``departments, agencies`` is one; round 35 en)
    skips = cues(lang).data.get("list_skips") or []
    skipped = rf"(?:(?:{'|'.join(sorted((phrase(w) for w in skips), key=len, reverse=True))})\s*,\s*)*" if skips else ""
    # not the plural before its names' link word ("Departments of Construction and Finance": the named departments)
    links = language_grammar(lang).get("opening_department_not_before") or []
    not_before = rf"(?!\s+(?:{alternation(links)})\b)" if links else ""
    return re.compile(rf"\s*(?:[-–•+*]\s*)?{opener}(?P<words>{skipped}(?:{'|'.join(sorted((phrase(w) for w in words), key=len, reverse=True))}))(?![\w'’-]){not_before}")


def departments_opening_sentence(text: str, lowered: str, sentences: list[Sentence], named: list[Mention],
                                  language: str) -> list[Mention]:
    """The departments named bare at a sentence's start (``Departments also continue to review …``, ``The relevant
    departments urgently remove …``) in a text that has named a province's body before: the province's departments
    (``DEPARTMENTS``, placed as the others are; whether they are tasked is the cues' business). grammar's optional
    ``opening_department_words``; not before its ``opening_department_not_before`` (``Departments of Construction and Finance``: the plural's
    names), nor in a text that names no provincial body before the sentence (a ministry's departments are its
    own) (round 16's and 17's open class, round 19 not blind)."""
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in named]
    for sentence in sentences:
        pattern = _opening_department_pattern(sentence_language(sentence, language))
        if pattern is None:
            continue
        m = pattern.match(lowered, sentence.start, sentence.end)
        if not m or any(s < m.end("words") and m.start("words") < e for s, e in taken):
            continue
        if not any(n.end <= sentence.start and is_provincial(n.agency_id) and n.agency_id != "PROVINCES" for n in named):
            continue
        found.append(Mention(m.start("words"), m.end("words"), text[m.start("words") : m.end("words")], "DEPARTMENTS"))
    return found


@lru_cache(maxsize=None)
def _departments_before_localities(lang: str) -> re.Pattern | None:
    """grammar's optional ``departments_before_localities`` (the bare plural), then a list's joiner and the words for
    the province's localities (``localities_of_a_province``)."""
    words = language_grammar(lang).get("departments_before_localities") or []
    localities = language_grammar(lang).get("localities_of_a_province") or []
    joiners = language_grammar(lang).get("list_conjunctions") or []
    if not words or not localities:
        return None
    joiner = rf"(?:\s*,\s*(?:(?:{alternation(joiners)})\s+)?|\s+(?:{alternation(joiners)})\s+)" if joiners else r"\s*,\s*"
    return re.compile(rf"(?<![\w'’-])(?P<words>{phrases(words)})(?={joiner}(?:all\s+)?(?:{phrases(localities)})(?![\w'’-]))")


def departments_before_localities(text: str, lowered: str, sentences: list[Sentence], named: list[Mention],
                                  language: str) -> list[Mention]:
    """The departments named bare at the head of a list whose next item is the province's localities (``requested
    departments, localities and units to …``, ``urging all departments and localities to …``), in a text that has named
    a province's body before: the province's departments (``DEPARTMENTS``, placed as the others are), as
    ``departments_opening_sentence`` reads them at a sentence's start (round 28's Wipha class, bare ``departments`` in
    lists). grammar's optional ``departments_before_localities``; a ministry's own departments, in a text naming no
    provincial body before, stay out."""
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in named]
    for sentence in sentences:
        pattern = _departments_before_localities(sentence_language(sentence, language))
        if pattern is None:
            continue
        for m in pattern.finditer(lowered, sentence.start, sentence.end):
            if any(s < m.end("words") and m.start("words") < e for s, e in taken):
                continue
            if not any(n.end <= m.start() and is_provincial(n.agency_id) and n.agency_id != "PROVINCES" for n in named):
                continue
            found.append(Mention(m.start("words"), m.end("words"), text[m.start("words") : m.end("words")], "DEPARTMENTS"))
    return found


@lru_cache(maxsize=None)
def _singular_locality_pattern(lang: str) -> re.Pattern | None:
    """grammar's optional ``singular_locality_words`` as one pattern compiled once a language, None without them."""
    words = language_grammar(lang).get("singular_locality_words") or []
    return re.compile(rf"(?<![\w'])(?:{phrases(words)})(?![\w'])") if words else None


def the_one_locality(text: str, lowered: str, sentences: list[Sentence], named: list[Mention],
                      language: str) -> list[Mention]:
    """The locality named in the singular as a partner (grammar's optional ``singular_locality_words``: ``giao các bộ,
    ngành trung ương chủ trì, phối hợp với địa phương xem xét …``) in a text that has asked the committee of one
    province only (``Thủ tướng cũng đề nghị Nam Định …``): that province's committee (round 13's open class, round
    15). Read only right after a coordinating cue in a sentence that names a central body before it (in a province's
    own text the locality is its districts and communes), where the committees named before are all of one province."""
    found: list[Mention] = []
    starts = [s.start for s in sentences]
    for lang in sorted({sentence_language(s, language) for s in sentences}):
        pattern = _singular_locality_pattern(lang)
        if pattern is None:
            continue
        c = cues(lang)
        for m in regex_finditer(pattern, lowered):
            index = bisect_left(starts, m.start() + 1) - 1
            if index < 0 or sentence_language(sentences[index], language) != lang or any(
                    n.start < m.end() and m.start() < n.end for n in named):
                continue
            if not c.coordinate_before.search(lowered[sentences[index].start : m.start()]):
                continue
            here = [n for n in named if sentences[index].start <= n.start < m.start()]
            if not any(not is_provincial(n.agency_id) and n.agency_id not in ("PROVINCES", *AUTHORITIES) for n in here):
                continue  # in a province's own text the locality is its districts and communes, no row
            codes = {split_id(n.agency_id)[1] for n in named if n.end <= m.start() and "@" in n.agency_id
                     and split_id(n.agency_id)[0] == "PPC"}
            if len(codes) == 1:
                found.append(Mention(m.start(), m.end(), text[m.start() : m.end()], f"PPC@{codes.pop()}"))
    return found


def province_unknown_among_several(text: str, mentions: list[Mention], sentences: list[Sentence],
                                    language: str) -> list[Mention]:
    """A provincial body named without its province (``Sở Tài chính``, ``UBND tỉnh``) in a sentence whose assigning
    verb asks the committees of two or more provinces in one list, or after one that does while naming none itself (``Bộ Tài chính đề
    nghị 2 tỉnh Điện Biên và Lạng Sơn chỉ đạo Sở Tài chính …. UBND tỉnh có trách nhiệm …``): whose it is the text does
    not say, so its id has no suffix (the contract: 'where the province cannot be known'; round 15)."""
    from nlp.provinces import find_provinces

    if len({split_id(m.agency_id)[1] for m in mentions if split_id(m.agency_id)[0] == "PPC"} - {None}) < 2:
        return mentions  # a text that names the committee of one province at most
    starts = [s.start for s in sentences]
    lowered = lower_for_matching(text)

    def names_a_province(m: Mention, index: int) -> bool:
        """Whether ``m`` is written as a province's name, read in its sentence up to it: a name that alone needs a
        designator (``Hoa Binh``) is one right after another province's in a list (round 36b fr)."""
        lang = sentence_language(sentences[index], language) if index >= 0 else language
        if find_provinces(text[m.start : m.end], lang):
            return True
        # read with what comes before it, a name found there may begin before the mention (``the northern province of
        # Lao Cai`` where the mention is the name): the mention alone is tried first, as before round 36b
        at = sentences[index].start if index >= 0 and sentences[index].start <= m.start else m.start
        return any(m.start - at <= p.start for p in find_provinces(text[at : m.end], lang))

    @lru_cache(maxsize=None)
    def committees(index: int) -> frozenset[str]:
        """The provinces whose committees one assigning verb asks in a list in sentence ``index``."""
        if index < 0:
            return frozenset()
        bounds = sentences[index]
        c = cues(sentence_language(bounds, language))
        joiners = language_grammar(c.lang).get("list_conjunctions") or []
        named = [m for m in mentions if bounds.start <= m.start < bounds.end and split_id(m.agency_id)[0] == "PPC"
                 and split_id(m.agency_id)[1] and names_a_province(m, index)]
        codes: set[str] = set()
        for i, first in enumerate(named):
            if not c.assign_before.search(lowered[bounds.start : first.start]):
                continue
            listed = [first]
            for m in named[i + 1 :]:
                if lowered[listed[-1].end : m.start].strip(" ,") not in ("", *joiners):
                    break
                listed.append(m)
            if len(listed) > 1:
                codes |= {split_id(m.agency_id)[1] for m in listed}
        return frozenset(codes)

    result: list[Mention] = []
    for m in mentions:
        base, code = split_id(m.agency_id)
        index = bisect_left(starts, m.start + 1) - 1
        if code is None or index < 0 or names_a_province(m, index):
            result.append(m)
            continue
        counted = _committees_of_counted_provinces(sentence_language(sentences[index], language))
        if counted and counted.fullmatch(lowered, m.start, m.end):
            result.append(m)  # "les présidents des trois provinces": the provinces the count names back (round 19b)
            continue
        here = committees(index)
        if len(here) > 1 or (not here and len(committees(index - 1)) > 1):
            m = Mention(m.start, m.end, m.text, base)
        result.append(m)
    return result


def localities_inside(mention: Mention, sectors: re.Match | Mention) -> bool:
    """Whether ``mention`` is the country's localities (``PROVINCES``) written inside a province's sectors' words."""
    start, end = (sectors.start(), sectors.end()) if isinstance(sectors, re.Match) else (sectors.start, sectors.end)
    return mention.agency_id == "PROVINCES" and start <= mention.start and mention.end <= end


_NEXT_NAME_WORD = re.compile(r"\s+([^\W\d_]+)")


def _capitalised_name_end(text: str, at: int, lower_case_last: bool = False) -> int | None:
    """The end of a unit's proper name after ``at``: one to four capitalised words (``huyện Ninh Hải``), else None.
    With ``lower_case_last``, the name's second word typed in lower case is the name's where what follows it right
    away lets it close the name (``các huyện Hòa an, Hạ Lang, …: Huy động …``: nlp.agencies.closes_lower_case_name_word,
    round 35 vi)."""
    end, words = at, 0
    while words < 4:
        word = _NEXT_NAME_WORD.match(text, end)
        if not word:
            break
        if not word.group(1)[:1].isupper():
            if words == 1 and lower_case_last and closes_lower_case_name_word(text, word.end()):
                end, words = word.end(), words + 1
            break
        end, words = word.end(), words + 1
    return end if words else None


@lru_cache(maxsize=None)
def _bare_unit_ids(lang: str) -> dict[str, str]:
    """grammar's ``bare_unit_bodies``, the unit words lowered for matching (their spaces made one) → the bodies' ids,
    once a language (asked only for a language that has ``_bare_unit_regex``)."""
    return {" ".join(lower_for_matching(k).split()): v for k, v in language_grammar(lang)["bare_unit_bodies"].items()}


@lru_cache(maxsize=None)
def _bare_unit_regex(lang: str) -> re.Pattern | None:
    """The unit words of grammar's optional ``bare_unit_bodies``, longest first (``thị xã`` before ``xã``), after the
    committee's words where the grammar gives them (``bare_unit_committee_words``: ``UBND xã Đắk Som`` is the named
    commune's committee as ``xã Đắk Som`` is; open classes after round 21b)."""
    words = language_grammar(lang).get("bare_unit_bodies") or {}
    if not words:
        return None
    options = sorted((phrase(w) for w in words), key=len, reverse=True)
    committee = language_grammar(lang).get("bare_unit_committee_words") or []
    before = rf"(?:(?:{phrases(committee)})\s+)?" if committee else ""
    return re.compile(rf"(?<![\w']){before}(?P<unit>{'|'.join(options)})(?=\s)")


@lru_cache(maxsize=None)
def _place_after_a_date(lang: str) -> re.Pattern | None:
    """A day's date and a preposition of place at the end of the words before a bare province's name (grammar's
    optional ``place_after_a_date``: ``a demandé dimanche 19 mai à Hanoi de …``, round 17b): the name is where the
    speaker was, not a body the verb asks."""
    spec = language_grammar(lang).get("place_after_a_date") or {}
    if not spec:
        return None
    dates, prepositions = "|".join(phrase(w) for w in spec["dates"]), "|".join(phrase(p) for p in spec["prepositions"])
    return re.compile(rf"(?<![\w'])(?:{dates})\s+(?:{prepositions})\s+$")


def _committees_of_listed_provinces(lang: str) -> re.Pattern:
    """The plural committee words right before a list of bare province names (``committees_of_listed_provinces``
    in ``lang/<code>/grammar.json``, with an optional article): the names are then read as after a verb or
    at a clause's start, as if bare. In a text printed without accents the words are matched with their accents
    folded too (``aux comites populaires des provinces de Ha Tinh``, Lao Dong's French pages, round 25)."""
    return _committees_of_listed_provinces_pattern(lang, reading_without_accents(lang))


@lru_cache(maxsize=None)
def _committees_of_listed_provinces_pattern(lang: str, unaccented: bool) -> re.Pattern:
    words = language_grammar(lang).get("committees_of_listed_provinces") or []
    if not words:
        return re.compile(r"(?!)")
    if unaccented:
        words = sorted(set(words) | {fold(w) for w in words})
    articles = language_grammar(lang).get("articles") or []
    article = rf"(?:\b(?:{alternation(articles)})\s+)?" if articles else ""
    counted = _counted_collective_opening(lang)
    # an elided preposition runs into the first name ("aux provinces d'An Giang et de Kien Giang"); a counted
    # collective opens its parenthesis right before it ("… of 25 provinces and centrally-run cities (Can Tho, …")
    return re.compile(rf"{article}\b(?P<committees>{phrases(words)}{counted})(?:\s+|(?<=')|(?<=\())$")


def _counted_collective_opening(lang: str) -> str:
    """The alternative of ``_committees_of_listed_provinces`` for the provinces counted in figures and named in
    parentheses after their collective (grammar's optional ``counted_collectives_before_names``: its words before
    the count, the count as ``count_before_bodies`` writes it, its words after the count, then the parenthesis:
    ``The Chairpersons of the People's Committees of 25 provinces and centrally-run cities (Can Tho, Da Nang, …)
    are required to …``, round 24): each province named is its committee, as after ``the provinces of``; empty
    where the language sets none."""
    setting = language_grammar(lang).get("counted_collectives_before_names")
    counts = language_grammar(lang).get("count_before_bodies") or []
    if not setting or not counts:
        return ""
    counts = [*counts, *(phrase(w) for w in setting.get("count_words") or [])]
    # the count may open the collective after the asking verb, with no committee words before it ("Bộ Công an đã
    # chỉ đạo, 5 thành phố trực thuộc Trung ương (Hà Nội, …) phải …", "directed five centrally-run cities (Hanoi,
    # …) to …": round 38 vi): each province named is still its committee
    before = rf"(?:(?:{phrases(setting['before_count'])})\s+)?" if setting.get("count_alone") else \
        rf"(?:{phrases(setting['before_count'])})\s+"
    return (rf"|{before}(?:{'|'.join(counts)})\s+"
            rf"(?:{phrases(setting['after_count'])})\s*\(")


@lru_cache(maxsize=1)
def _province_first_words() -> frozenset[str]:
    """The first word of every province's name in any language as written, capitalised (``Cao``, ``Hanoi``,
    ``Đồng``, ``Dong``): a name that opens a clause or follows a verb is written so."""
    from nlp.provinces import provinces

    names = [name for scheme in ("2024", "2025") for p in provinces(scheme).values()
             for name in (p.name_short_vi, p.name_ascii, *p.names.values(), *p.aliases, *p.full_forms) if name]
    return frozenset(name.split()[0] for name in names if name[:1].isupper())


def _word_scanner(words: set[str] | frozenset[str]) -> re.Pattern:
    # a scanner: positions whose letter starts no word are skipped in one step (the same matches); a name may
    # follow an elided one-letter word ("la province d'An Giang", "l'An Giang"), not another word's apostrophe
    return scanner(rf"(?:(?<![\w'-])|(?<=(?<!\w)\w'))(?:{alternation(sorted(words, key=len, reverse=True))})(?![\w'])")


@lru_cache(maxsize=1)
def _province_first_word_regex() -> re.Pattern:
    return _word_scanner(_province_first_words())


@lru_cache(maxsize=1)
def _province_first_word_folded_regex() -> re.Pattern:
    """The first words of ``_province_first_word_regex`` folded (``nlp.fold``: no diacritics, lower case), to be
    matched on folded text."""
    return _word_scanner({fold(word) for word in _province_first_words()})


@lru_cache(maxsize=1)
def _province_first_word_capitals() -> re.Pattern | None:
    """The capital letters whose folded form (``fold_for_matching``, one character for one) opens a folded first
    word of a province's name: the folded words are kept only where the text has a capital letter there, and a
    scan of the folded text over an English, French or Swedish page meets every small ``an``, ``ha``, ``nam``
    (0.25 ms a page, twelfth speed pass). None where a folded word holds, before its last character, one that is
    neither a word's nor a hyphen: a match could then start inside another, which the plain scan skips (no
    word of today's data does; ``br-vt`` holds a hyphen, which no match starts after)."""
    words = {fold(word) for word in _province_first_words()}
    if not words or any(not re.fullmatch(r"[\w-]*", word[:-1]) for word in words):
        return None
    openings = {word[0] for word in words}
    capitals = [ch for ch in map(chr, range(sys.maxunicode + 1))
                if ch.isupper() and fold_for_matching(ch) in openings]
    return re.compile("[" + "".join(re.escape(ch) for ch in capitals) + "]") if capitals else None


def _province_first_word_starts(text: str, folded: str, language: str) -> list[int]:
    """Where a capitalised word that may start a province's name is written. Outside the official language a
    name may carry only some of its marks (``Dông Nai``, ``Nghê An``: French press spelling of Đồng Nai, Nghệ An,
    which the province finder accepts there), so the words are also looked for folded (round 17): tried only at
    the capital letters that fold to a word's first letter (``_province_first_word_capitals``), the same starts as
    the scan of the whole folded text kept where the text has a capital letter (tests/test_speed_assign.py)."""
    # tried only where a first word's opening letters are written (``nlp.regex.finditer``: the same matches)
    starts = {m.start() for m in regex_finditer(_province_first_word_regex(), text)}
    if language and not languages.is_official(language):
        starts |= _folded_province_first_word_starts(text, folded)
    return sorted(starts)


def _folded_province_first_word_starts(text: str, folded: str, at_capitals: bool = True) -> set[int]:
    """The starts of the folded first words of provinces' names on a capital letter of the text; ``at_capitals``
    False: by a scan of the whole folded text (the way before the thirteenth speed pass, kept for the tests)."""
    pattern = _province_first_word_folded_regex()
    capitals = _province_first_word_capitals() if at_capitals else None
    if capitals is None:
        return {m.start() for m in pattern.finditer(folded) if text[m.start()].isupper()}
    match = pattern.match
    return {m.start() for m in capitals.finditer(text) if match(folded, m.start())}


@lru_cache(maxsize=None)
def _designation_pattern(lang: str) -> str | None:
    """A province's designation written before its name (``the province of``, ``the Central Highlands province
    of``, ``the capital of``): an article, up to three describing words (no second article) and one of the
    language's ``province_designations`` (grammar.json, round 15); None where the language lists none."""
    words = language_grammar(lang).get("province_designations") or []
    articles = language_grammar(lang).get("articles") or []
    if not words or not articles:
        return None
    article = alternation(articles)
    return (rf"(?<![\w'])(?:{article})\s+(?P<designation>(?:(?!(?:{article})\s)[^\s,.;:]+\s+){{0,3}}?"
            rf"(?:{phrases(words)}))\s+")


@lru_cache(maxsize=None)
def _province_head_at_end(lang: str) -> re.Pattern | None:
    """A province's head title, with its article, right before a bare province's name (``The Chairman of Hanoi
    assigned …``, grammar's ``province_head_titles``, round 16); None where the language lists none."""
    words = language_grammar(lang).get("province_head_titles") or []
    if not words:
        return None
    articles = language_grammar(lang).get("articles") or []
    article = rf"(?:(?:{alternation(articles)})\s+)?" if articles else ""
    return re.compile(rf"(?<![\w']){article}(?:{phrases(words)})\s+$")


@lru_cache(maxsize=None)
def _designation_at_end(lang: str) -> re.Pattern | None:
    pattern = _designation_pattern(lang)
    return re.compile(pattern + "$") if pattern else None


def _designation_at(lowered: str, at: int, lang: str) -> re.Match | None:
    """A province's designation written at ``at`` (``… and the Central Highlands province of Lam Dong``)."""
    pattern = _designation_pattern(lang)
    return re.compile(pattern).match(lowered, at) if pattern and at else None


def _past_opener(text: str, at: int, openers: list[str]) -> int:
    """The position after one of ``openers`` written at ``at`` before a capital (``de Hô Chi Minh-Ville``), else ``at``."""
    for opener in openers:
        if text.startswith(opener, at) and text[at + len(opener) : at + len(opener) + 1].isupper():
            return at + len(opener)
    return at


def _start_of_bodies_listed_before(lowered: str, sentence_start: int, at: int, named: list[Mention],
                                   c: LanguageCues) -> int | None:
    """The start of the named bodies listed right before ``at`` (a bare name, or its committee words), each joined to the next by one of
    cues.json's ``list_separators`` (``relevant ministries and sectors as well as Tuyên Quang``), else None."""
    separators = sorted((phrase(w) for w in c.data.get("list_separators") or []), key=len, reverse=True)
    if not separators:
        return None
    # one separator or a run of them (``…, aux comités populaires des provinces de …``: a comma and the repeated
    # preposition, the PM's letters in French; open26 class 3)
    joint = re.compile(rf"(?:\s*(?:{'|'.join(separators)}))+\s*$")
    ends = {m.end: m for m in named if sentence_start <= m.start and m.end <= at}
    start, end = None, at
    while True:
        j = joint.search(lowered, sentence_start, end)
        if not j or j.start() == j.end():
            return start
        body = ends.get(j.start()) or ends.get(len(lowered[:j.start()].rstrip()))
        if body is None:
            return start
        start, end = body.start, body.start


def _enumerates_the_provinces(lowered: str, sentence_start: int, at: int, named: list[Mention], c: LanguageCues) -> bool:
    """Whether the bare name at ``at`` spells out a member of the provinces as a whole (``PROVINCES``) named before
    it in its sentence, after one of cues.json's ``collective_enumerations`` (``UBND các tỉnh, thành phố … gồm: Hà
    Nội, Cần Thơ, …``) with no clause break or assigning verb between that word and the name."""
    words = c.data.get("collective_enumerations") or []
    if not words:
        return False
    enumeration = words_pattern(r"(?<![\w'])(?:{})(?![\w'])\s*:?", tuple(words))
    for m in named:
        if m.agency_id != "PROVINCES" or not sentence_start <= m.start < at:
            continue
        said = list(enumeration.finditer(lowered, m.end, at))
        if said and not re.search(r"[;.\n]", lowered[said[-1].end() : at]) and not c.assign_before.search(lowered[said[-1].end() : at]):
            return True
    return False


def _provinces_before_highlight(text: str, lowered: str, sentence_start: int, at: int, named: list[Mention],
                                c: LanguageCues) -> Mention | None:
    """The provinces as a whole (``PROVINCES``: ``les localités``) named right before a word that singles some of
    them out (``list_highlights``: ``notamment``, ``en particulier``) and the bare name at ``at``, else None. A
    range may bound the whole before the highlight, and the provinces' own words follow it (grammar's optional
    ``highlighted_province_words``): ``aux comités populaires des provinces de Ha Tinh à Lam Dong, en particulier
    dans les provinces de Dak Lak, …`` (round 22's left class)."""
    highlights = c.data.get("list_highlights") or []
    if not highlights:
        return None
    aside = words_pattern(r"\s*,?\s*(?:{})\s+", tuple(highlights))
    places = tuple(language_grammar(c.lang).get("highlighted_province_words") or ())
    place = words_pattern(r"(?:{})\s+", places) if places else None
    for m in named:
        if m.agency_id != "PROVINCES" or not sentence_start <= m.start < at:
            continue
        start = _past_province_range(text, lowered, m.end, at, c.lang)
        # "… of provinces and cities in the Mekong Delta, especially Ben Tre, …": a region bounds it (round 35 en)
        opened = aside.match(lowered, _past_collective_region(lowered, start, at, c.lang), at)
        if not opened:
            continue
        start = opened.end()
        if place and (words := place.match(lowered, start, at)):
            start = words.end()  # "en particulier dans les provinces de Dak Lak"
        if not c.fillers_at_end.sub("", lowered[start : at]):  # "notamment la province de"
            return m
    return None


@lru_cache(maxsize=None)
def _collective_region(lang: str) -> re.Pattern | None:
    """A region right after the provinces as a whole, before the comma of a word singling some of them out (grammar's
    optional ``collective_region_openers``: ``provinces and cities in the Mekong Delta, especially …``, round 35 en);
    None where the language lists none."""
    openers = tuple(language_grammar(lang).get("collective_region_openers") or ())
    return words_pattern(r"\s+(?:{})[^,;:.\n]{{1,60}}?(?=\s*,)", openers) if openers else None


def _past_collective_region(lowered: str, position: int, limit: int, lang: str) -> int:
    """Where a region right after the provinces as a whole ends (``_collective_region``) when a word singling some of
    them out follows it (``list_highlights``), else ``position``: the region bounds the collective it follows, as a
    range does (round 35 en)."""
    region = _collective_region(lang)
    bounded = region.match(lowered, position, limit) if region else None
    highlights = cues(lang).data.get("list_highlights") or []
    if not bounded or not highlights or not words_pattern(r"\s*,\s*(?:{})\s", tuple(highlights)).match(
            lowered, bounded.end(), limit):
        return position
    return bounded.end()


@lru_cache(maxsize=None)
def _highlight_task_opener(lang: str) -> re.Pattern | None:
    """The task's opener right after the last province singled out of a collective, no comma closing the aside
    (grammar's optional ``highlight_task_openers``: ``especially Ben Tre and Tra Vinh to allocate …``), not before one
    of the language's articles (``Tra Vinh to the south``; round 35 en); None where the language lists none."""
    grammar = language_grammar(lang)
    openers = tuple(grammar.get("highlight_task_openers") or ())
    if not openers:
        return None
    articles = [*(grammar.get("articles") or []), *(grammar.get("elided_articles") or [])]
    not_article = rf"(?!(?:{alternation(articles)})(?![\w]))" if articles else ""
    return words_pattern(r"\s+(?:{})" + not_article.replace("{", "{{").replace("}", "}}") + r"[^\W\d_]", openers)


def _past_province_range(text: str, lowered: str, position: int, limit: int, lang: str) -> int:
    """Where a range of provinces right after ``position`` ends (``de Ha Tinh à Lam Dong``: a word in lower case at
    most, a province's name, a ``province_range_words`` word, another province's name), else ``position``: the range bounds the collective
    it follows and names none of the provinces between."""
    from nlp.provinces import find_provinces

    start = _next_capital(text, position, words=1)  # past the range's own preposition ("de")
    if start is None or start >= limit:
        return position
    named = find_provinces(text[start : min(limit, start + 2 * _PROVINCE_NAME_CHARS + 12)], lang)
    if len(named) < 2 or named[0].start != 0 or not _range_after(lowered, start + named[0].end, lang):
        return position
    between = lowered[start + named[0].end : start + named[1].start]
    return start + named[1].end if re.fullmatch(r"\s+\S+\s+", between) else position


@lru_cache(maxsize=None)
def _province_possessive(lang: str) -> re.Pattern | None:
    """A possessive mark right after a province asked bare (grammar's optional ``province_possessives``: ``requested
    Quảng Trị Province's authorities to submit …``, round 22b); None where the language lists none."""
    marks = language_grammar(lang).get("province_possessives")
    return re.compile(alternation(marks)) if marks else None


def after_province_possessives(text: str, named: list[Mention], language: str, date: str | None) -> list[Mention]:
    """A province's body named with the province's possessive before it (grammar's optional ``province_possessives``:
    ``asked An Giang's People's Committee to …``, ``An Giang Province's Department of Construction must …``): that
    province's body, its name as written opening with the province (open classes after round 23b; the province's
    own authorities, ``Quảng Trị Province's authorities``, are read as the province, round 22b)."""
    pattern = _province_possessive(language)
    if pattern is None:
        return named
    from nlp.provinces import find_provinces

    scheme = scheme_at(date)
    # a committee's name too plain to be a body alone ("People's Committee": of which level?) after the possessive
    plain = language_grammar(language).get("possessive_committee_names") or []
    named = named + [Mention(m.start("name"), m.end(), m.group("name"), "PPC") for m in re.finditer(
        rf"(?:{pattern.pattern})\s+(?P<name>{alternation(plain)})(?![\w'’])", text)
        if not any(n.start < m.end() and m.start("name") < n.end for n in named)] if plain else named
    out: list[Mention] = []
    for n in sorted(named, key=lambda n: n.start):
        kind, code = split_id(n.agency_id)
        window = text[max(0, n.start - _PROVINCE_NAME_CHARS - 10) : n.start]
        mark = re.search(rf"(?:{pattern.pattern})\s+$", window) if code is None and is_provincial(n.agency_id) else None
        head = window[: mark.start()] if mark else ""
        for word in re.finditer(r"(?<!\S)\S", head):
            found = find_provinces(head[word.start() :], language)
            if found and found[0].start == 0 and found[0].end == len(head) - word.start():
                start = n.start - len(window) + word.start()
                n = Mention(start, n.end, text[start : n.end], provincial_id(kind, found[0].code_in(scheme)))
                break
        else:
            if n.agency_id == "PPC" and n.text in plain:
                continue  # no province before the possessive: a plain name, no body
        out.append(n)
    return out


@lru_cache(maxsize=None)
def _place_aside(lang: str) -> re.Pattern | None:
    """An aside saying where the provinces just named lie, between commas before the task (grammar's optional
    ``place_asides_after_provinces``: ``a recommandé aux provinces de An Giang, Kiên Giang et Dông Thap, dans le
    delta du Mékong, de développer …``, round 20c), or its optional ``region_parentheses`` in parentheses right
    after the name (``à la province de Quang Ngai (Centre) de …``, round 34); None where the language lists none."""
    setting = language_grammar(lang).get("place_asides_after_provinces")
    if not setting:
        return None
    aside = rf"\s*,\s*(?:{phrases(setting['openers'])})\s[^,.;:\n]{{1,{setting['max_chars']}}}?,"
    regions = setting.get("region_parentheses")
    if regions:  # "a demandé à la province de Quang Ngai (Centre) de …": the region VNA adds after the name (round 34)
        aside = rf"(?:{aside}|\s*\(\s*(?:{phrases(regions)})\s*\))"
    return re.compile(aside)


def _is_centrally_run_city(code: str | None, scheme: str) -> bool:
    """Whether the province-level unit ``code`` is a centrally-run city (``kind`` city in the provinces table)."""
    from nlp.provinces import provinces

    unit = provinces(scheme).get(code or "")
    return unit is not None and unit.kind == "city"


def _province_opens_at(text: str, at: int, lang: str) -> bool:
    """Whether the province finder's first name in the characters from ``at`` starts at ``at``: without it
    ``_bare_province_at`` returns nothing, whatever its other arguments. Three capitalised words in four that may
    start a province's name start none (``Hà`` of a person's name, ``Nam``, ``An``), and the bare provinces' clause
    tests (a dozen searches of the sentence before the name) are skipped for them (issue 18's twelfth pass)."""
    from nlp.provinces import find_provinces

    first = find_provinces(text[at : at + _PROVINCE_NAME_CHARS], lang)[:1]
    return bool(first) and first[0].start == 0


@lru_cache(maxsize=None)
def _plural_designator_after(lang: str) -> re.Pattern | None:
    """grammar's optional ``plural_province_designators``: the plural designator a list of province names ends
    with, compiled once a language."""
    words = language_grammar(lang).get("plural_province_designators") or []
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})(?![\w'’-])") if words else None


def without_list_designators(text: str, named: list[Mention], language: str) -> list[Mention]:
    """The plural designator right after the last name of a list of provinces read as their committees (``Khanh Hoa,
    Ninh Thuan and Binh Thuan provinces should direct …``: grammar's optional ``plural_province_designators``) is
    the names' word, no body of its own: it joins the last name, so that the cue after it follows the list (round 27)."""
    words = {w.lower() for w in language_grammar(language).get("plural_province_designators") or []}
    if not words:
        return named
    listed = [m for m in named if split_id(m.agency_id)[0] == "PPC" and m.text[:1].isupper()]
    # the list's first name may carry the committee words in lower case ("chairpersons of the People's Committees
    # of Thanh Hoa and Nghe An provinces must …", round 29 fr's class in English): any committee opens the list
    committees = [m for m in named if split_id(m.agency_id)[0] == "PPC"]
    out, dropped = [], set()
    for n in named:
        if n.agency_id == "PROVINCES" and n.text.lower() in words:
            last = next((m for m in listed if text[m.end : n.start] == " " and any(
                o.end <= m.start and re.fullmatch(r"\s*(?:,|,?\s*and)\s*", text[o.end : m.start]) for o in committees)), None)
            if last is not None:
                dropped.add(id(last))
                out.append(Mention(last.start, n.end, text[last.start : n.end], last.agency_id))
                continue
        out.append(n)
    return [n for n in out if id(n) not in dropped]


def _bare_province_at(text: str, lowered: str, at: int, sentence: Sentence, c: LanguageCues, scheme: str,
                      object_of_verb: bool, aside: bool = False, listed: bool = False,
                      list_from: int | None = None) -> list[Mention]:
    """The province named bare at ``at`` as its committee: opening a clause with a verb cue after it, or
    right after an assigning verb with its task after it (after the comma that closes an aside, where the
    names single out bodies of a collective: ``aside``). After the committee words of a list of provinces
    (``listed``) the names may follow one another without a comma (``de Ha Tinh de Quang Tri de Hue``). A name
    further in a list is read with the list's name before it (``list_from``, where that name starts): a name that
    alone needs a designator (``Hoa Binh``, also the word for peace) is a province right after another's
    (``les quatre provinces de Bac Kan, Lang Son, Quang Ninh et Hoa Binh à mettre …``, round 36b fr)."""
    from nlp.provinces import find_provinces

    shift = at - list_from if list_from is not None else 0
    for p in find_provinces(text[at - shift : at + _PROVINCE_NAME_CHARS], c.lang):
        if p.start < shift:
            continue  # the list's name before this one
        p = replace(p, start=p.start - shift, end=p.end - shift)
        # "Dak Nong province requires …": where the language's grammar says so (``designated_province_subject``,
        # round 11) a province with its designator after the name is read as bare ones are
        designators = list(language_grammar(c.lang).get("designated_province_subject") or [])
        if _is_centrally_run_city(p.code_in(scheme), scheme):
            # "Da Nang city", "Ho Chi Minh City": a centrally-run city's own designator names the province-level unit
            designators += language_grammar(c.lang).get("designated_city_subject") or []
        # a designator written with a hyphen joins the name with no space ("Hô Chi Minh-Ville", round 33b fr)
        # a centrally-run city's designator abbreviated and glued before its name ("TPHCM", grammar's optional
        # ``designated_city_glued_openers``, round 38 vi): the province-level unit, as "Ho Chi Minh City"
        glued = _is_centrally_run_city(p.code_in(scheme), scheme) and text[at : at + p.end].startswith(
            tuple(language_grammar(c.lang).get("designated_city_glued_openers") or ()))
        if p.start != 0 or p.designated and not glued and not text[at : at + p.end].lower().endswith(
                tuple(d if d.startswith("-") else f" {d}" for d in designators)):
            break  # not "Hoa Binh city" (the province's capital, a district-level city)
        mention = Mention(at, at + p.end, text[at : at + p.end], provincial_id("PPC", p.code_in(scheme)))
        # a list of provinces: "Cao Bằng, Lạng Sơn cần …", "yêu cầu Cao Bằng và Lạng Sơn khẩn trương …"
        joiner = LIST_JOINER.match(lowered, at + p.end, sentence.end)
        following_at = joiner and _past_opener(text, joiner.end(), language_grammar(c.lang).get("province_list_openers") or [])
        if not joiner and listed:
            # "aux comites populaires des provinces et des villes de Ha Tinh de Quang Tri de Hue": Lao Dong's French
            # pages drop the commas, each name then after its own preposition (grammar's optional
            # ``province_list_openers_without_comma``, round 25); the next name must open right after it
            space = re.match(r"\s+", text[at + p.end : sentence.end])
            start = at + p.end + space.end() if space else None
            following_at = start and _past_opener(text, start, language_grammar(c.lang).get("province_list_openers_without_comma") or [])
            following_at = following_at if following_at != start else None
        designation = _designation_at(lowered, following_at, c.lang)
        if designation:
            following_at = designation.end()
        if following_at and text[following_at : following_at + 1].isupper():
            # the name alone first (as before round 36b); read with the list's name before it only where alone it is none
            following = (_bare_province_at(text, lowered, following_at, sentence, c, scheme, object_of_verb, aside, listed)
                         or _bare_province_at(text, lowered, following_at, sentence, c, scheme, object_of_verb, aside,
                                              listed, list_from=at))
            if following and designation:  # the name as written opens with its designation
                start = designation.start("designation")
                following[0] = Mention(start, following[0].end, text[start : following[0].end], following[0].agency_id)
            if following:
                return [mention, *following]
        after = lowered[at + p.end : sentence.end]
        # after a verb its task opens in lower case (``Binh Thuan Online``, a name in capitals going on, is another body)
        written_after = text[at + p.end : sentence.end]
        possessive = _province_possessive(c.lang).match(after) if object_of_verb and _province_possessive(c.lang) else None
        if possessive:  # "requested Quảng Trị Province's authorities to submit …": the province's own authorities
            after, written_after = after[possessive.end() :], written_after[possessive.end() :]
        closing = re.match(r"\s*\)", after) if _inside_parenthesis(lowered, sentence.start, at) else None
        if closing:  # "… of 25 provinces and centrally-run cities (Can Tho, …, and Dong Thap) are required to …"
            after, written_after = after[closing.end() :], written_after[closing.end() :]
        place = _place_aside(c.lang).match(after) if object_of_verb and _place_aside(c.lang) else None
        if place:  # "… Kiên Giang et Dông Thap, dans le delta du Mékong, de développer …": where the provinces lie
            after, written_after = after[place.end() :], written_after[place.end() :]
        plural = _plural_designator_after(c.lang).match(after) if not object_of_verb and _plural_designator_after(c.lang) else None
        if plural and re.search(r"(?:,|\band)\s*$", lowered[sentence.start : at]):
            # "the heads of the People's Committees of Khanh Hoa, Ninh Thuan and Binh Thuan provinces should direct …":
            # the list's plural designator after its last name, then the subject's cue (round 27)
            after, written_after = after[plural.end() :], written_after[plural.end() :]
        task = r"\s*,\s*[^\W\d_]" if aside else r"\s+[^\W\d_]"
        if aside and object_of_verb and not re.match(task, after):
            # "…, especially Ben Tre, Soc Trang, and Tra Vinh to allocate …": no comma closes the aside, the task's
            # opener follows the last name (grammar's ``highlight_task_openers``), or where the language has none a
            # subject's verb cue ("nhất là Bến Tre, Trà Vinh chủ động …"; round 35 en)
            opener = _highlight_task_opener(c.lang)
            if opener.match(after) if opener else (c.strong_after.match(after) or c.weak_after.match(after)):
                task = r"\s+[^\W\d_]"
        # the verb's list of provinces closed by a colon at its line's end: the items under it are their task
        # ("requested the Chairmen of the People's Committees of the provinces and cities: Ha Tinh, …, Dak Lak:", round 25b)
        items_below = object_of_verb and not aside and re.fullmatch(r"\s*:\s*", after) is not None and _line_ends(text, sentence.end)
        if items_below or object_of_verb and re.match(task, after) and written_after.lstrip(" ,")[:1].islower() or not object_of_verb and (
                c.strong_after.match(after) or c.lead_after.match(after)
                or c.negation_after.match(after) or c.assign_anywhere.match(after.lstrip())
                or c.past_obligation_after is not None and c.past_obligation_after.match(after)
                and reported_speech_before(lowered[sentence.start : at], c.lang)):
            # the last: "le Premier ministre a souligné que Quang Nam devait …", the modal the reported speech shifted
            # to the past (round 40 fr)
            return [mention]
        break
    return []


@lru_cache(maxsize=None)
def _co_subject_at_end(lang: str) -> re.Pattern:
    """cues.json's ``co_subject_cues`` after a comma at the end of the words before a list's committee words."""
    words = tuple(cues(lang).data.get("co_subject_cues") or ()) or ("\x00",)
    return words_pattern(r",\s*(?:{})\s*$", words)


def _task_after_co_subject(after: str, c: LanguageCues) -> bool:
    """Whether a comma then a task's verb cue follow a co-subject (``…, continue to focus``), as frames require of
    the co-subject of a subject."""
    return re.match(r"\s*,", after) is not None and bool(c.strong_after.match(after) or c.weak_after.match(after))


def _verb_before_co_subject(before: str, c: LanguageCues) -> int | None:
    """Where the assigning verb ends whose object (a body or not: ``the secretaries of the Party Committees``) is
    followed by a comma and one of cues.json's ``co_subject_cues`` ending ``before`` (``directed the Ministry of
    Finance, along with ``), no other break between them; else None."""
    co = _co_subject_at_end(c.lang).search(before)
    if not co or c.assign_anywhere is None:
        return None
    verbs = list(c.assign_anywhere.finditer(before, 0, co.start()))
    if not verbs or re.search(r"[,;:]", before[verbs[-1].end() : co.start()]):
        return None
    return verbs[-1].end()


def _line_ends(text: str, end: int) -> bool:
    """Whether the sentence ending at ``end`` closes its line (a newline or the text's end follows it)."""
    rest = text[end : end + 3]
    return not rest.strip(" \t") or rest.lstrip(" \t")[:1] == "\n"


def _inside_parenthesis(lowered: str, start: int, at: int) -> bool:
    """Whether ``at`` stands inside a parenthesis opened after ``start`` and not yet closed: the provinces a counted
    collective names there (``… 25 provinces and centrally-run cities (Can Tho, …, and Dong Thap) are required to``,
    round 24) are followed by the parenthesis's close before their cue."""
    opened = lowered.rfind("(", start, at)
    return opened >= 0 and ")" not in lowered[opened:at]


def _count_alternatives(entry: dict) -> str:
    """The counts of ``committees_of_provinces_named_before`` as regex alternatives: its count words, and any count
    written in figures where ``counts_in_figures`` says so (``ces 12 provinces``, round 26)."""
    words = "|".join(phrase(w) for w in sorted(entry["counts"], key=len, reverse=True))
    return rf"{words}|\d{{1,2}}" if entry.get("counts_in_figures") else words


def _count_value(lang: str, written: str) -> int:
    """The number a count of ``committees_of_provinces_named_before`` stands for, as written in the text: a count
    word of the grammar, else digits (``ces 12 provinces``)."""
    key = " ".join(written.split())
    counts = _province_counts(lang)
    return counts[key] if key in counts else int(key)


@lru_cache(maxsize=None)
def _committees_of_counted_provinces(lang: str) -> re.Pattern | None:
    """The committees of a counted group of provinces named before (grammar's ``committees_of_provinces_named_before``,
    round 17): a body's words, a demonstrative, a count and a noun for provinces (``aux comités populaires de ces
    deux localités``); None where the language lists none."""
    entry = language_grammar(lang).get("committees_of_provinces_named_before")
    if not entry:
        return None
    counts = _count_alternatives(entry)
    # a demonstrative with no count ("a appelé ces provinces à proposer …", round 20): the provinces of the
    # nearest list before, as many as it names; with the body's words before it when they end in the
    # demonstrative ("a demandé aux Comités populaires de ces provinces d'assumer …", round 22b)
    uncounted = ""
    if entry.get("without_count"):
        demonstratives = {lower_for_matching(w) for w in entry["without_count"]}
        with_words = [w for w in entry["words"] if lower_for_matching(w).split()[-1] in demonstratives]
        uncounted = (rf"|(?P<bare>{phrases(with_words)})" if with_words else "") + \
            rf"|(?P<bare_alone>{phrases(entry['without_count'])})"
    # the noun and a word after it pointing back ("les comités populaires provinciaux et municipaux susmentionnés",
    # round 22b): as a demonstrative alone
    postposed = (rf"|(?P<postposed>(?:(?:{phrases(entry['words'])})\s+)?(?:{phrases(entry['postposed_nouns'])})\s+"
                 rf"(?:{phrases(entry['postposed'])}))" if entry.get("postposed") else "")
    # the provinces' committees with no demonstrative, no count and no word pointing back ("le MARD a demandé aux
    # comités provinciaux de déclarer …" after "a exhorté les quatre provinces de Bac Kan, Lang Son, …"): the
    # provinces an authority's verb named before (stop 44's left classes, round 36b fr)
    bare_nouns = rf"|(?P<bare_noun>{phrases(entry['bare_nouns'])})" if entry.get("bare_nouns") else ""
    return re.compile(rf"(?<![\w'])(?:(?:(?P<words>{phrases(entry['words'])})\s+(?P<count>{counts}){uncounted})\s+"
                      rf"(?:{phrases(entry['nouns'])}){postposed}{bare_nouns})(?![\w'])")


def _province_counts(lang: str) -> dict[str, int]:
    """The counts of ``committees_of_provinces_named_before`` (grammar.json), lowered and spaced as a match reads
    them, to the number each stands for: built where a count is matched, not for every sentence of the text."""
    return {" ".join(lower_for_matching(w).split()): n
            for w, n in language_grammar(lang)["committees_of_provinces_named_before"]["counts"].items()}


def committees_of_provinces_named_before(text: str, lowered: str, sentences: list[Sentence], language: str,
                                          date: str | None) -> list[Mention]:
    """``Le Premier ministre a également demandé aux comités populaires de ces deux localités de gérer …`` after
    ``les deux provinces de Quang Binh et de Soc Trang``: the committees of the last provinces (as many as the
    count says) named before the words, each a mention on the words as written (in place of the collective their
    noun names alone), where the words are asked (an assigning verb before them in their sentence, or a task's
    cue right after them: ``les présidents des trois provinces doivent …``). Nothing when fewer provinces than the
    count are named before, nor when the provinces are named right after the words (``… des trois provinces de
    Nghe An, Son La et Dien Bien``: those names are the bodies)."""
    from nlp.provinces import find_provinces

    scheme = scheme_at(date)
    found: list[Mention] = []
    for sentence in sentences:
        c = cues(sentence_language(sentence, language))
        pattern = _committees_of_counted_provinces(c.lang)
        if pattern is None:
            continue
        for m in pattern.finditer(lowered, sentence.start, sentence.end):
            # asked by a verb before them, or the subject of a task after them ("les présidents des trois provinces
            # doivent ordonner …", round 19b)
            if not (c.assign_before.search(lowered[sentence.start : m.start()])
                    or c.strong_after.match(lowered[m.end() : sentence.end])
                    or _heading_an_assigning_colon_item(text, lowered, m.start(), m.end(), c)):
                continue
            names_at = _next_capital(text, m.end())  # "… des trois provinces de Nghe An, Son La …": named here
            if names_at and find_provinces(text[names_at : names_at + _PROVINCE_NAME_CHARS], c.lang)[:1] and \
                    find_provinces(text[names_at : names_at + _PROVINCE_NAME_CHARS], c.lang)[0].start == 0:
                continue
            codes: list[str] = []
            groups = m.groupdict()
            if groups.get("bare_noun"):
                # asked by a verb before them only: the collective as a subject stays one PROVINCES row ("Les Comités
                # populaires provinciaux sont responsables …" after a decision naming three provinces, round 24's
                # convention)
                if not c.assign_before.search(lowered[sentence.start : m.start()]):
                    continue
                codes = _provinces_an_authority_named(text, lowered, sentences, m.start(), c, scheme)
                span = (m.start("bare_noun"), m.end())
                found += [Mention(*span, text[span[0] : span[1]], provincial_id("PPC", code)) for code in codes]
                continue
            bare = next((g for g in ("bare_alone", "bare", "postposed") if groups.get(g)), None)
            if bare:
                # no count: the provinces named from the last sentence naming two or more of them up to the words
                count = 0
                for s in reversed([s for s in sentences if s.start <= m.start()]):
                    named_here = {p.code_in(scheme) for p in find_provinces(text[s.start : m.start()], c.lang)}
                    if len(named_here) >= 2:
                        count = len(named_here)
                        break
                if not count:
                    continue
            else:
                count = _count_value(c.lang, m.group("count"))
            for p in reversed(find_provinces(text[: m.start()], c.lang)):
                if p.code_in(scheme) not in codes:
                    codes.append(p.code_in(scheme))
            if len(codes) < count:
                continue
            span = (m.start(bare) if bare else m.start("words"), m.end())
            found += [Mention(*span, text[span[0] : span[1]], provincial_id("PPC", code)) for code in reversed(codes[:count])]
    return found


def _heading_an_assigning_colon_item(text: str, lowered: str, start: int, end: int, c: LanguageCues) -> bool:
    """Whether the words from ``start`` to ``end`` are the label of an unmarked item under a direction's colon line
    (``le Premier ministre a demandé :`` then ``Présidents des Comités populaires des provinces et villes
    susmentionnées : élaborez …``, round 38b fr): they open their line (fillers such as ``présidents des`` before them
    at most) and a colon follows them; the item's bodies are asked as an assigning verb before them would ask them."""
    if not re.match(r"\s*:", lowered[end : end + 40]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if c.fillers_at_end.sub("", lowered[line_start:start]).strip():
        return False
    return under_an_assigning_colon(text, lowered, line_start, c)


def _provinces_an_authority_named(text: str, lowered: str, sentences: list[Sentence], before: int, c: LanguageCues,
                                  scheme: str) -> list[str]:
    """The provinces (their codes, in the text's order) that the last sentence before ``before`` naming two or more
    provinces after an authority's verb names after it (``… (MARD) a exhorté les quatre provinces de Bac Kan, Lang
    Son, Quang Ninh et Hoa Binh à …``; a dateline's city before the verb is not among them); none where no such
    sentence is, or where a sentence between names a province after such a verb."""
    from nlp.provinces import find_provinces

    for s in reversed([s for s in sentences if s.end <= before]):
        verb = c.authority_verbs.search(lowered, s.start, s.end)
        if verb is None:
            continue
        codes: list[str] = []
        for p in find_provinces(text[verb.end() : s.end], c.lang):
            if p.code_in(scheme) not in codes:
                codes.append(p.code_in(scheme))
        if len(codes) >= 2:
            return codes
        if codes:
            return []
    return []


@lru_cache(maxsize=None)
def _counted_provinces(lang: str) -> re.Pattern | None:
    """A count and a noun for provinces with no name right after them (grammar's ``provinces_counted_then_named``,
    the counts and nouns of ``committees_of_provinces_named_before``): ``a exhorté cinq provinces du delta du
    Mékong à …``; None where the language lists none."""
    entry = language_grammar(lang).get("committees_of_provinces_named_before")
    if not entry or not language_grammar(lang).get("provinces_counted_then_named"):
        return None
    counts = _count_alternatives(entry)
    return re.compile(rf"(?<![\w'])(?P<count>{counts})\s+(?:{phrases(entry['nouns'])})(?![\w'])")


def committees_of_provinces_named_after(text: str, lowered: str, sentences: list[Sentence], language: str,
                                         date: str | None) -> list[Mention]:
    """``a exhorté cinq provinces du delta du Mékong à élaborer …``, the five named in the next sentence (``… dans
    les provinces de Hâu Giang, Tra Vinh, Bên Tre, Long An et Tiên Giang``), or after a colon closing the same
    sentence (``a demandé à trois provinces de reloger les sinistrés : Quang Binh, Quang Tri et …``): each
    province's committee, a mention on the count and its noun as written (in place of the collective the noun
    names alone), where an assigning verb asks them. Only where exactly as many distinct provinces as the count
    are named there (a count that names none, or a different number, stays the collective), and not where the
    names follow the noun (``des trois provinces de Nghe An, Son La …``: those names are the bodies)."""
    from nlp.provinces import find_provinces

    scheme = scheme_at(date)
    found: list[Mention] = []
    for index, sentence in enumerate(sentences):
        c = cues(sentence_language(sentence, language))
        pattern = _counted_provinces(c.lang)
        if pattern is None:
            continue
        setting = language_grammar(c.lang)["provinces_counted_then_named"]
        for m in pattern.finditer(lowered, sentence.start, sentence.end):
            if not c.assign_before.search(lowered[sentence.start : m.start()]):
                continue
            names_at = _next_capital(text, m.end())
            if names_at and find_provinces(text[names_at : names_at + _PROVINCE_NAME_CHARS], c.lang)[:1] and \
                    find_provinces(text[names_at : names_at + _PROVINCE_NAME_CHARS], c.lang)[0].start == 0:
                continue
            # where the names are: after a colon closing the sentence, else in the next sentence
            colon = max(lowered.rfind(mark, m.end(), sentence.end) for mark in setting["list_marks"])
            if colon >= 0:
                span = (colon, sentence.end)
            elif index + 1 < len(sentences):
                span = (sentences[index + 1].start, sentences[index + 1].end)
            else:
                continue
            codes: list[str] = []
            for p in find_provinces(text[span[0] : span[1]], c.lang):
                if p.code_in(scheme) not in codes:
                    codes.append(p.code_in(scheme))
            if len(codes) != _count_value(c.lang, m.group("count")):
                continue
            found += [Mention(m.start(), m.end(), text[m.start() : m.end()], provincial_id("PPC", code)) for code in codes]
    return found


@dataclass(frozen=True)
class _NamedAgain:
    """One entry of a language's ``bodies_named_again`` (grammar.json): the words that name again a body named
    before them, the kinds of body they may stand for, and how they are read."""
    pattern: re.Pattern  # the words (group ``noun``), after an article where ``after_article``
    kinds: frozenset[str]
    reach: int | None  # how far back the body may be named (None: anywhere before)
    framed: bool  # only where asked (an assigning verb before) or the subject of a modal or passive cue
    common_noun: bool  # the noun in lower case as written, not inside a body's name
    ids: frozenset[str] = frozenset()  # where given, only these bodies (``the inspectorate``: the Government Inspectorate)
    after_cue: bool = False  # only right after an assigning verb (``lưu ý bộ tiếp tục …``: ``bộ`` is also a word's end)
    plural_before: str | None = None  # the body named before written after this plural word (``các Sở GD&ĐT``)
    after_continuation_opener: bool = False  # also as the subject right after a continuation opener (``Đồng thời, Sở này …``)
    head_before: str | None = None  # the body named before written after this head's title (``Chủ tịch UBND tỉnh``)
    # a subject pronoun before a modal or passive cue only: the body opening the sentence before as such a subject
    previous_subject: bool = False
    # the first token of each of the words, lowered as the pattern reads it: a sentence holding none of them holds no
    # match (read from the data at load time; None where a word has no token, which any text may hold)
    noun_openings: tuple[str, ...] | None = None
    # the words between the noun and a body's name that make the noun that name's own head (``la province de Nghe
    # An``): no word naming again there (round 23)
    name_links: re.Pattern | None = None
    # where no body of its kinds is named before, the one body of its kinds the text names after it, all its mentions
    # being that one body (``Deputy PM … requested the province to …`` opening a news text that names Lam Dong's
    # committee later; round 27c): a lead names the province after its request
    sole_later: bool = False
    # the words opening their sentence or the clause after an opening phrase's comma, with no capitalised word after
    # them (``Bộ cũng cần …``, ``Theo yêu cầu của lãnh đạo Chính phủ, Bộ cũng cần …``), never inside one (round 29 vi)
    opens_clause: bool = False
    # only where the bodies of its kinds named within reach are all one body (``Bộ`` after two ministries: neither)
    unambiguous: bool = False
    # words right after the noun opening its clause that frame it as a modal's subject does (``The Department will
    # also study …``: a plain future going on with the body's tasks; round 32), where the entry lists some
    framed_after: re.Pattern | None = None
    # where the text names no body of its kinds at all (before or after), the committee of the province the text is
    # about, where that province is of one of these kinds (``province``, ``city``): ``Le Premier ministre s'est rendu
    # dans la province de Binh Dinh … La province doit achever … d'ici le 30 avril`` (the province named only as the
    # place of the visit; round 34 fr)
    text_province: frozenset[str] = frozenset()


def _named_again_entries(lang: str) -> tuple[_NamedAgain, ...]:
    """``bodies_named_again`` of ``lang/<code>/grammar.json``: ``the ministry`` / ``the province`` (after an
    article, where asked, within a reach), ``ce dernier ministère`` / ``ledit ministère`` (a fixed phrase,
    anywhere after the ministry); for a text printed without accents (``reading_unaccented``), their words with the
    accents folded too (``le ministere est charge de``, Lao Dong's French pages; stop 41's left classes)."""
    return _named_again_entries_read(lang, reading_without_accents(lang))


@lru_cache(maxsize=None)
def _named_again_entries_read(lang: str, unaccented: bool) -> tuple[_NamedAgain, ...]:
    entries = [_accent_tolerant_entry(e) if unaccented else e for e in _named_again_entries_as_written(lang)]
    return tuple(entries)


def _accent_tolerant_entry(entry: _NamedAgain) -> _NamedAgain:
    """An entry whose word pattern also matches its words written without accents, its openings folded too."""
    openings = entry.noun_openings
    return replace(entry, pattern=re.compile(accent_tolerant_source(entry.pattern.pattern), entry.pattern.flags),
                   noun_openings=tuple(sorted({*openings, *(fold(o) for o in openings)})) if openings is not None else None,
                   framed_after=re.compile(accent_tolerant_source(entry.framed_after.pattern), entry.framed_after.flags)
                   if entry.framed_after is not None else None)


@lru_cache(maxsize=None)
def _named_again_entries_as_written(lang: str) -> tuple[_NamedAgain, ...]:
    entries = []
    articles = language_grammar(lang).get("articles") or []
    for e in language_grammar(lang).get("bodies_named_again") or []:
        words = "|".join(phrase(w) for w in e["words"])
        article = rf"(?:{alternation(articles)})\s+" if e.get("after_article") and articles else ""
        # "followed_by": the words that must come next (``bộ`` + ``tiếp tục``: a task's words, not ``bộ phận``)
        followers = rf"(?=\s+(?:{'|'.join(phrase(w) for w in e['followed_by'])})(?![\w']))" if e.get("followed_by") else ""
        entries.append(_NamedAgain(re.compile(rf"(?<![\w']){article}(?P<noun>{words})(?![\w']){followers}"),
                                   frozenset(e["kinds"]), e.get("reach"), bool(e.get("framed")),
                                   bool(e.get("after_article") or e.get("lower_case")), frozenset(e.get("ids") or ()),
                                   bool(e.get("after_cue")), e.get("plural_before"),
                                   bool(e.get("after_continuation_opener")), head_before=e.get("head_before"),
                                   previous_subject=bool(e.get("previous_subject")),
                                   noun_openings=_noun_openings(e["words"]),
                                   name_links=re.compile(rf"\s*(?:{'|'.join(phrase(w) for w in e['name_links'])})\s*\Z")
                                   if e.get("name_links") else None, sole_later=bool(e.get("sole_later")),
                                   opens_clause=bool(e.get("opens_clause")), unambiguous=bool(e.get("unambiguous")),
                                   framed_after=re.compile(rf"\s+(?:{'|'.join(phrase(w) for w in e['framed_after'])})(?![\w'])")
                                   if e.get("framed_after") else None,
                                   text_province=frozenset(e.get("text_province") or ())))
    return tuple(entries)


# how far after a noun a name it heads may start (``province`` + `` de `` + the name)
_NAME_LINK_REACH = 8


def _name_link_then_name(text: str, lowered: str, end: int, name_links: re.Pattern) -> bool:
    """Whether a name link (``de``) right after a noun is followed by a capitalised word, a name (``la province de
    Nghe An``); ``de`` before a verb in lower case opens the task (``a demandé à la province de faire respecter …``,
    round 35 fr)."""
    for k in range(1, _NAME_LINK_REACH + 1):
        if name_links.match(lowered, end, end + k):
            rest = text[end + k : end + k + 40].lstrip()
            return not rest or not rest[0].islower()
    return False


def _heads_a_name(lowered: str, end: int, named: list[Mention], links: re.Pattern) -> bool:
    """Whether a body's name starts right after the noun ending at ``end``, only a link word between (``la province
    de Nghe An``, ``la province d'An Giang``): the noun is that name's head, not a word naming a body again."""
    return any(end < n.start <= end + _NAME_LINK_REACH and links.match(lowered[end : n.start]) for n in named)


def _noun_openings(words: list[str]) -> tuple[str, ...] | None:
    """The first token of each word as ``phrase`` writes it (lowered, before its escape): every match of the words
    opens with one of them, so a sentence that holds none is not searched (a quarter of the assignments' search for
    bodies named again, issue 18's tenth pass); None where a word has no token."""
    openings = [lower_for_matching(w).split()[:1] for w in words]
    return None if not all(openings) else tuple(sorted({o[0] for o in openings}))


def _asking_subject(before: str, after: str, c: LanguageCues) -> bool:
    """Whether words naming a body again open a clause (or follow its comma) right before an assigning verb: the body
    asks (``The Ministry requires provinces and cities to complete …`` after ``the Ministry of Agriculture and
    Environment``; ``…, if any difficulties arise, the Ministry requests provinces …``), the asker of the bodies after
    it (round 22's left class)."""
    return ((at_clause_start(before, c) or before.rstrip().endswith(",")) and c.assign_anywhere is not None
            and bool(c.assign_anywhere.match(after.lstrip())) and after[:1].isspace())


def _stands_for(entry: _NamedAgain, mention: Mention) -> bool:
    """Whether a body named before may be the one an entry's words name again: of its kinds, and of its ids
    where the entry lists some."""
    return kind_of(mention) in entry.kinds and (not entry.ids or split_id(mention.agency_id)[0] in entry.ids)


@lru_cache(maxsize=None)
def _at_the_end(pattern: str) -> re.Pattern:
    """A cue pattern's text with spaces after it closing the text searched (``(?:…)\\s+\\Z``, no flags, as
    ``re.search`` read it), compiled once: the cue patterns are long, and the string was built at each call."""
    return re.compile(rf"(?:{pattern})\s+\Z")


@lru_cache(maxsize=None)
def _counted_again_pattern(lang: str) -> tuple[re.Pattern, dict[str, int], dict[str, frozenset[str]], int] | None:
    """grammar's optional ``bodies_counted_again`` compiled once a language: the count words and their numbers, the
    kinds' plurals and the kinds each stands for, the reach."""
    data = language_grammar(lang).get("bodies_counted_again")
    if not data:
        return None
    counts = {" ".join(k.lower().split()): n for k, n in data["counts"].items()}
    nouns = {k.lower(): frozenset(v) for k, v in data["nouns"].items()}
    pattern = re.compile(rf"(?<![\w'’-])(?P<count>{alternation(sorted(counts, key=len, reverse=True))})\s+"
                         rf"(?P<noun>{alternation(sorted(nouns, key=len, reverse=True))})(?![\w'’-])")
    return pattern, counts, nouns, int(data.get("reach") or 600)


def bodies_counted_again(text: str, lowered: str, sentences: list[Sentence], named: list[Mention],
                         language: str) -> list[Mention]:
    """A count and a kind's plural opening a clause before a strong cue (``The two ministries should advise …``,
    ``Les deux ministères doivent …``): the bodies of those kinds named before it, each a mention at the plural's
    words (grammar's optional ``bodies_counted_again``), only where the bodies of those kinds named within the reach
    before the sentence are exactly as many as the count (bodies of other kinds between them do not count: ``…
    allocating resources to localities. Deputy Prime Minister … assigned this task …``); else nothing, the words
    staying the collective they were. An owner's word before them (``Officials of the two ministries said …``) is
    no clause's start (round 38)."""
    found: list[Mention] = []
    ordered = sorted(named, key=lambda m: m.start)
    for sentence in sentences:
        c = cues(sentence_language(sentence, language))
        compiled = _counted_again_pattern(c.lang)
        if compiled is None:
            continue
        pattern, counts, nouns, reach = compiled
        for m in pattern.finditer(lowered, sentence.start, sentence.end):
            if not at_clause_start(lowered[sentence.start : m.start()], c) or not c.strong_after.match(
                    lowered[m.end() : sentence.end]):
                continue
            kinds = nouns[m.group("noun")]
            ids: list[str] = []
            for n in ordered:
                if (n.end <= sentence.start and m.start() - n.end <= reach and kind_of(n) in kinds
                        and n.agency_id not in ids):
                    ids.append(n.agency_id)
            if len(ids) != counts[" ".join(m.group("count").split())]:
                continue
            start, end = m.start("count"), m.end("noun")
            found.extend(Mention(start, end, text[start:end], agency_id) for agency_id in ids)
    return found


def bodies_named_again(text: str, lowered: str, sentences: list[Sentence], named: list[Mention], language: str,
                        languages: set[str]) -> list[Mention]:
    """Words standing for a body named before them, each as a mention of that body (the language's
    ``bodies_named_again``, one mechanism for every language): a fixed phrase anywhere after the body
    (``a confié à ce dernier ministère``, any language of the text), and a common noun after an article where
    it is asked (``The Deputy PM told the ministry to …`` after ``the Ministry of Industry and Trade``, ``He
    tasked the province`` after ``asked Long An``) or is the subject of a modal or passive cue (``The
    ministry was also instructed to …``; round 9), the language of its sentence: the last body of its kinds
    named within the entry's reach. Not a subject that reports (``the ministry said``), not a capitalised
    name, nor without a body of that kind named before."""
    found: list[Mention] = []
    ordered = sorted(named, key=lambda m: m.start)
    # fixed phrases: over the whole text, for each language of the text
    # the gate of each entry (issue 18's twenty-first pass): every mention an entry adds takes its body from the bodies
    # named before (``before`` below, ``earlier`` in the sentence loop: both are bodies of ``ordered`` that
    # ``_stands_for`` the entry; ``_sole_body_after`` and ``_subject_of_sentence_before`` keep only such bodies too), so
    # an entry that no body of the text stands for adds none: its search is skipped (the same mentions)
    standing = _entries_standing_for(ordered)
    for lang in sorted(languages):
        for entry in _named_again_entries(lang):
            if entry.framed or not standing(entry):
                continue
            for m in regex_finditer(entry.pattern, lowered):
                before = [n for n in ordered if n.end <= m.start() and _stands_for(entry, n)
                          and (entry.reach is None or m.start() - n.end <= entry.reach)]
                if entry.head_before:
                    # "Chủ tịch UBND tỉnh vừa giao … . Theo đó, Chủ tịch giao UBND các huyện …": the committee whose
                    # chairman was named, not the last committee named (the districts it asked)
                    before = [n for n in before if _written_after(lowered, n, entry.head_before)]
                if before:
                    found.append(Mention(m.start("noun"), m.end("noun"), text[m.start("noun") : m.end("noun")],
                                         _body_named_again(before, {n.agency_id for n in ordered if n.end <= m.start()})))
    ordered = sorted(named + found, key=lambda m: m.start)
    standing = _entries_standing_for(ordered)  # (the gate above, over the bodies found again by the fixed phrases too)
    # common nouns where asked: sentence by sentence, in the sentence's language
    in_text: dict[int, tuple[str, ...]] = {}  # an entry's openings found anywhere in the text, looked for once
    text_province_kinds = _text_province_kinds(text)  # the text's province, found once a language of its sentences
    open_entries: dict[str, list[_NamedAgain]] = {}  # the entries the gate lets through, sorted out once a language
    for sentence in sentences:
        c = cues(sentence_language(sentence, language))
        entries = open_entries.get(c.lang)
        if entries is None:
            # an entry with ``text_province`` adds the text's own province's committee where no body stands for it
            # (round 34 fr): the gate cannot skip it
            entries = open_entries[c.lang] = [entry for entry in _named_again_entries(c.lang)
                                              if entry.framed and (standing(entry) or entry.text_province)]
        for entry in entries:
            if entry.noun_openings is not None:
                openings = in_text.get(id(entry))
                if openings is None:
                    openings = in_text[id(entry)] = tuple(o for o in entry.noun_openings if o in lowered)
                if not openings or not any(lowered.find(o, sentence.start, sentence.end) >= 0 for o in openings):
                    continue  # none of the words opens in the sentence (none absent from the text can): no match
            for m in entry.pattern.finditer(lowered, sentence.start, sentence.end):
                if entry.opens_clause:
                    opening = lowered[sentence.start : m.start()].strip()
                    if opening and not opening.endswith(",") or not _capitalised_again(text, m.end("noun"), c.lang):
                        continue  # "cán bộ cần …", "Bộ Y tế cần …": a word's end or a name, not the ministry again
                elif entry.common_noun and ((not text[m.start("noun")].islower()
                                           and not ((not lowered[sentence.start : m.start()].strip()
                                                     or entry.after_continuation_opener
                                                     and _after_continuation_opener(lowered, sentence.start, m.start(), c.lang))
                                                    and _capitalised_again(text, m.end("noun"), c.lang))
                                           and not (c.assign_before.search(lowered[sentence.start : m.start("noun")])
                                                    and _capitalised_again(text, m.end("noun"), c.lang))
                                           and not _asking_subject(lowered[sentence.start : m.start()],
                                                                   lowered[m.end("noun") : sentence.end], c))
                                          or any(n.start <= m.start("noun") < n.end for n in ordered)):
                    continue  # "the Ministry of Finance", a name: only the common noun in lower case stands for one
                if entry.name_links and _heads_a_name(lowered, m.end("noun"), ordered, entry.name_links):
                    continue  # "a demandé à la province de Nghe An": the province named by its name, not again
                if entry.after_cue and not (c.assign_anywhere and _at_the_end(c.assign_anywhere.pattern).search(
                        lowered[sentence.start : m.start("noun")])):
                    continue  # "yêu cầu toàn bộ cán bộ …", "cán bộ tiếp tục …": a word ending in "bộ", not the ministry
                if not (c.assign_before.search(lowered[sentence.start : m.start("noun")])
                        or (at_clause_start(lowered[sentence.start : m.start()], c)
                            or _reported_clause_start(lowered[sentence.start : m.start()], c))
                        and c.strong_after.match(lowered[m.end("noun") : sentence.end])
                        or entry.framed_after is not None and at_clause_start(lowered[sentence.start : m.start()], c)
                        and entry.framed_after.match(lowered, m.end("noun"))
                        or _asking_subject(lowered[sentence.start : m.start()], lowered[m.end("noun") : sentence.end], c)
                        or entry.after_continuation_opener and _after_continuation_opener(lowered, sentence.start, m.start(), c.lang)):
                    continue  # asked, or the subject of a modal or passive cue: "The ministry was also instructed to …" (round 9)
                earlier = [n for n in ordered if n.end <= m.start() and _stands_for(entry, n)
                           and (entry.reach is None or m.start() - n.end <= entry.reach)]
                if entry.unambiguous and len({n.agency_id for n in earlier}) > 1:
                    continue  # "Bộ Y tế và Bộ Tài chính … . Bộ cũng cần …": which ministry is not said
                if not earlier and entry.sole_later and not any(n.end <= m.start() and _stands_for(entry, n) for n in ordered):
                    earlier = _sole_body_after(ordered, m.end("noun"), entry)
                if (not earlier and entry.text_province and not any(_stands_for(entry, n) for n in ordered)
                        and not (entry.name_links and _name_link_then_name(text, lowered, m.end("noun"), entry.name_links))
                        and text_province_kinds(c.lang) & entry.text_province):
                    # the province the text is about, named only as a place (round 34 fr): its committee, placed later;
                    # not where the text names a body of its kinds anywhere (two committees named after the words:
                    # which one is not said, round 27c's look-alike)
                    found.append(Mention(m.start("noun"), m.end("noun"), text[m.start("noun") : m.end("noun")], "PPC"))
                    continue
                if entry.previous_subject:
                    earlier = _subject_of_sentence_before(text, lowered, sentences, sentence, m, earlier, c)
                if entry.plural_before:
                    # "Bộ GD&ĐT có văn bản gửi các Sở GD&ĐT … đề nghị các sở báo cáo …": the departments of one field
                    # named as a plural before; after one department, "các sở" are all of them
                    earlier = [n for n in earlier if _written_after(lowered, n, entry.plural_before)]
                if entry.after_continuation_opener and _after_continuation_opener(lowered, sentence.start, m.start(), c.lang):
                    # "… giao Sở Xây dựng chủ trì, phối hợp với Sở Nội vụ … . Đồng thời, Sở này xây dựng …": the direction
                    # goes on with the body it asked, not its partner (round 20b's gold)
                    asked = [n for n in earlier if not c.coordinate_before.search(lowered[max(0, n.start - 60) : n.start])]
                    earlier = asked or earlier
                if earlier:
                    found.append(Mention(m.start("noun"), m.end("noun"), text[m.start("noun") : m.end("noun")],
                                         _body_named_again(earlier, {n.agency_id for n in ordered if n.end <= m.start()})))
    return found


def _reported_clause_start(before: str, c: LanguageCues) -> bool:
    """Whether the words before a noun end with a reporting verb and its conjunction (``Le ministère de l'Intérieur a
    indiqué que le ministère est chargé de …``, ``The ministry said that the ministry is responsible for …``): the
    noun opens the reported clause as its subject (stop 41's left classes, French). The language's
    ``reported_clause_conjunctions`` (cues.json, optional) after one of its ``reporting_verbs``."""
    pattern = _reported_clause_pattern(c.lang, reading_without_accents(c.lang))
    return bool(pattern and pattern.search(ARTICLE_AT_END.sub("", before)))


@lru_cache(maxsize=None)
def _reported_clause_pattern(lang: str, unaccented: bool) -> re.Pattern | None:
    """The pattern once a language and a way of reading it (a text without accents reads the cues' folded forms)."""
    c = cues(lang)
    words = c.data.get("reported_clause_conjunctions") or []
    return re.compile(rf"(?:{c.reporting.pattern})\s*,?\s*(?:{phrases(words)})\s*$") if words else None


def _entries_standing_for(ordered: list[Mention]):
    """Whether any body of ``ordered`` stands for an entry (``_stands_for``), answered once an entry: the kinds and
    id prefixes of the bodies, looked up in the entry's (a text names a few kinds; a text has many sentences)."""
    kinds: dict[str | None, set[str]] = {}
    for n in ordered:
        kinds.setdefault(kind_of(n), set()).add(split_id(n.agency_id)[0])
    answers: dict[int, bool] = {}

    def standing(entry: _NamedAgain) -> bool:
        answer = answers.get(id(entry))
        if answer is None:
            answer = answers[id(entry)] = any(
                kind in entry.kinds and (not entry.ids or not entry.ids.isdisjoint(prefixes))
                for kind, prefixes in kinds.items())
        return answer
    return standing


def _text_province_kind_set(text: str, lang: str) -> frozenset[str]:
    """The kinds (``province``, ``city``) of the province the text is about (``nlp.agencies``' article province: its
    title's, else the only one or the one named most) in either scheme (Binh Duong, a province until 2025, is part of a
    city after the merger: a page of 2021 names the province; round 35 fr), none where the text names none or no one
    above the others."""
    from nlp.provinces import find_provinces, provinces

    found = find_provinces(text, lang)
    kinds = set()
    for scheme in ("2025", "2024"):
        code = article_province(text, found, scheme)
        province = provinces(scheme).get(code) if code else None
        if province:
            kinds.add(province.kind)
    return frozenset(kinds)


def _text_province_kinds(text: str):
    """``_text_province_kind_set`` of ``text`` for a language, found once a language (it read the whole text's
    provinces again at each word that may stand for the text's province)."""
    kinds: dict[str, frozenset[str]] = {}

    def kind(lang: str) -> frozenset[str]:
        if lang not in kinds:
            kinds[lang] = _text_province_kind_set(text, lang)
        return kinds[lang]
    return kind


def _sole_body_after(ordered: list[Mention], end: int, entry: _NamedAgain) -> list[Mention]:
    """The bodies of an entry's kinds named after ``end`` where they are all one body (one id), else none: the body a
    lead's ``the province`` stands for before the text names it (``bodies_named_again``'s ``sole_later``)."""
    later = [n for n in ordered if n.start >= end and _stands_for(entry, n)]
    return later[:1] if later and len({n.agency_id for n in later}) == 1 else []


def _subject_of_sentence_before(text: str, lowered: str, sentences: list[Sentence], sentence: Sentence,
                                m: re.Match, earlier: list[Mention], c: LanguageCues) -> list[Mention]:
    """For a subject pronoun (``bodies_named_again``'s ``previous_subject``: ``Il devra également vérifier …``): the
    body that opens the sentence right before as the subject of a modal or passive cue (``Le Service de l'agriculture
    et de l'environnement a été chargé de finaliser …``), when the pronoun opens its own sentence before such a cue;
    else none (a pronoun asking, ``Il a demandé aux …``, is the text's speaker; open classes after round 22b)."""
    if lowered[sentence.start : m.start()].strip() or not c.strong_after.match(lowered[m.end("noun") : sentence.end]):
        return []
    index = sentences.index(sentence)
    if index == 0:
        return []
    before = sentences[index - 1]
    opening = before.start + len(lowered[before.start : before.end]) - len(lowered[before.start : before.end].lstrip())
    subjects = [n for n in earlier if before.start <= n.start < before.end
                and not ARTICLE_AT_END.sub("", lowered[opening : n.start]).strip()
                and c.strong_after.match(lowered[n.end : before.end])]
    return subjects[:1]


@lru_cache(maxsize=None)
def _heads_by_name(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """grammar's optional ``heads_named_by_name``: a head's title before a body's name (``Chủ tịch UBND tỉnh``), and
    the asking verbs after the head's own name written again (``chỉ đạo``, ``yêu cầu``), as patterns over lowered text."""
    data = language_grammar(lang).get("heads_named_by_name")
    if not data:
        return None
    return (re.compile(rf"(?<![\w'])(?:{phrases(data['titles'])})\s+\Z"),
            re.compile(rf"\s+(?:{phrases(data['followed_by'])})(?![\w'])"))


# the words of a person's name after a head's post and body (``Chủ tịch UBND tỉnh, Dương Ngọc Long``): two to four,
# each capitalised
_NAME_WORD = re.compile(r"\s+([^\W\d_]+)(?![\w'])")
_NAME_WORDS = (2, 4)


def _person_name_at(text: str, at: int) -> str | None:
    """The person's name right after ``at`` (a comma may come first): its capitalised words, two to four, else None."""
    at += 1 if text.startswith(",", at) else 0
    words = []
    while len(words) < _NAME_WORDS[1] and (m := _NAME_WORD.match(text, at)) and m.group(1)[0].isupper():
        words.append(m.group(1))
        at = m.end()
    return " ".join(words) if len(words) >= _NAME_WORDS[0] else None


# the separators between a person's name and the title after it ("Huỳnh Minh Chín, Phó Giám đốc …", "… Chín - Phó …")
_NAME_THEN_TITLE = re.compile(r"((?:[^\W\d_][\w.]*\s+){1,3}[^\W\d_][\w.]*)\s*(?:,|-|–)\s*\Z")


def _person_names_before(text: str, at: int) -> list[str]:
    """The person's name written right before a head's title at ``at`` with a comma or a dash between: its last three
    capitalised words (titles and degrees before them left out), or its two, else none."""
    before = _NAME_THEN_TITLE.search(text, max(0, at - 60), at)
    if not before:
        return []
    words = before.group(1).split()
    capitalised = []
    for word in reversed(words):
        if not word[0].isupper() or "." in word:
            break
        capitalised.insert(0, word)
    if len(capitalised) < _NAME_WORDS[0]:
        return []
    return [" ".join(capitalised[-3:])]


def heads_named_again_by_name(text: str, lowered: str, named: list[Mention], language: str) -> list[Mention]:
    """The head of a body written again by name alone, as the subject of an asking verb (``… Kết luận của Chủ tịch UBND
    tỉnh, Dương Ngọc Long … . Tại buổi làm việc, đồng chí Dương Ngọc Long chỉ đạo rõ: “Giao cho Sở …``): a mention of the
    body, the asker of the direction (round 18c's quoted notice's signer; grammar's optional ``heads_named_by_name``).
    The name is the capitalised words right after the body's name (a comma between them), the head's title right
    before that name; a name never written after a title and a body stands for no body."""
    patterns = _heads_by_name(language if language in LANGUAGES else languages.fallback())
    if patterns is None:
        return []
    title, verbs = patterns
    heads: dict[str, str] = {}
    for n in sorted(named, key=lambda m: m.start):
        titled = title.search(lowered, max(0, n.start - 30), n.start)
        if titled and (name := _person_name_at(text, n.end)):
            heads.setdefault(name, n.agency_id)
        if titled:
            # the name written before the title and the body ("TS.BS Huỳnh Minh Chín, Phó Giám đốc Sở Y tế TPHCM đề
            # nghị … . … Huỳnh Minh Chín đề nghị phường …", round 30 vi): its last three words, or its two
            for name in _person_names_before(text, titled.start()):
                heads.setdefault(name, n.agency_id)
    found: list[Mention] = []
    for name, agency_id in heads.items():
        for m in re.finditer(rf"(?<![\w']){re.escape(name)}(?![\w'])", text):
            if verbs.match(lowered, m.end()) and not any(n.start < m.end() and m.start() < n.end for n in named):
                found.append(Mention(m.start(), m.end(), m.group(), agency_id))
    return found


def _written_after(lowered: str, mention: Mention, word: str) -> bool:
    """Whether a body is named right after ``word`` (``các Sở GD&ĐT``, ``Chủ tịch UBND tỉnh``), the word before its
    name or inside it."""
    before = phrase(word)
    return bool(re.search(rf"(?<![\w']){before}\s+\Z", lowered[max(0, mention.start - 20) : mention.start])
                or re.match(rf"{before}\s", lowered[mention.start : mention.end]))


def _after_continuation_opener(lowered: str, sentence_start: int, at: int, lang: str) -> bool:
    """Whether only one of cues.json's ``continuation_openers`` stands between a sentence's start and ``at``
    (``Đồng thời, Sở này xây dựng quy chế …``): the subject of a direction that goes on, kept as a body named again
    so that ``_same_body_goes_on`` may give it the next task when the sentence before asked that body (round 20b)."""
    opener = continuation_opening(lang).match(lowered, sentence_start, at)
    return bool(opener and not lowered[opener.end() : at].strip())


def _body_named_again(earlier: list[Mention], named: set[str]) -> str:
    """The body a word named again stands for: the last one of its kinds named within reach before it, unless
    that one's successor in the agency table is named before it too ("the Department of Agriculture and
    Environment … formed by merging the former … Department of Agriculture and Rural Development. … requested
    the department": the merged department, not the one it replaced; round 12)."""
    last = earlier[-1].agency_id
    successor = getattr(agency(last), "successor", None)
    return successor if successor in named else last


@lru_cache(maxsize=None)
def _pronoun_request(lang: str) -> re.Pattern | None:
    """A language's ``pronoun_requests`` (grammar.json) as a pattern over lowered text: an object pronoun (group
    ``pronoun``) before an assigning verb (group ``cue``; group ``present`` for a verb in the present) and its
    lead-in (``leur a également demandé de``, ``leur demande d'``)."""
    words = language_grammar(lang).get("pronoun_requests")
    if not words or not words.get("past_verbs"):
        return None
    adverbs = rf"(?:\s+(?:{phrases(words['adverbs'])}))?"
    elided = [w for w in words["lead_ins"] if w.endswith("'")]
    spaced = [w for w in words["lead_ins"] if not w.endswith("'")]
    return re.compile(
        rf"(?<![\w'])(?P<pronoun>{alternation(words['object_pronouns'])})\s+(?P<cue>(?:{alternation(words['auxiliaries'])})"
        rf"{adverbs}\s+(?:{alternation(words['past_verbs'])})|(?P<present>{alternation(words['present_verbs'])})){adverbs}"
        rf"\s+(?=(?:{alternation(elided)})|(?:{alternation(spaced)})\s)")


@lru_cache(maxsize=None)
def _pronoun_after_verb(lang: str) -> re.Pattern | None:
    """A language's optional ``pronoun_requests`` ``verbs_before_pronoun``: an assigning verb (group ``cue``) before
    the object pronoun or the words pointing back (group ``pronoun``: English ``them``, Vietnamese ``các đơn vị
    này``) and the task's lead-in (``He asked them to …``, ``Chủ tịch yêu cầu các đơn vị này khẩn trương …``; stop
    37's left classes), over lowered text; group ``present`` never takes part (the verb is no noun there)."""
    words = language_grammar(lang).get("pronoun_requests") or {}
    if not words.get("verbs_before_pronoun"):
        return None
    adverbs = rf"(?:\s+(?:{phrases(words.get('adverbs') or [])}))?" if words.get("adverbs") else ""
    lead_ins = words.get("lead_ins") or []
    follows = rf"\s+(?:{alternation(lead_ins)})\s" if lead_ins else r"\s+[^\W\d_]"
    return re.compile(
        rf"(?<![\w'])(?P<cue>{alternation(words['verbs_before_pronoun'])}){adverbs}\s+"
        rf"(?P<pronoun>{alternation(words['object_pronouns'])})(?P<present>(?!))?(?={follows})")


@lru_cache(maxsize=None)
def _pronoun_participle(lang: str) -> re.Pattern | None:
    """A language's ``pronoun_requests`` ``participles`` after a comma: an object pronoun and a present participle of
    asking (``…, leur demandant de …``), over lowered text."""
    words = language_grammar(lang).get("pronoun_requests") or {}
    if not words.get("participles"):
        return None
    elided = [w for w in words["lead_ins"] if w.endswith("'")]
    spaced = [w for w in words["lead_ins"] if not w.endswith("'")]
    return re.compile(
        rf",\s*(?P<pronoun>{alternation(words['object_pronouns'])})\s+(?P<cue>{alternation(words['participles'])})"
        rf"\s+(?=(?:{alternation(elided)})|(?:{alternation(spaced)})\s)")


def addressees_asked_by_participle(text: str, lowered: str, sentences: list[Sentence], mentions: list[Mention],
                                    found: list[Found], language: str) -> list[Found]:
    """The bodies a document is sent to, asked by an object pronoun and a participle after them in the same sentence
    (``… le Premier ministre a publié le communiqué officiel n° 84/CD-TTg aux ministres, aux chefs des agences …, et au
    chef du Comité de pilotage … dans les villes et provinces placées sous l'autorité centrale, leur demandant de se
    concentrer … avant le 31 août 2025``): each body named after the last authority before the pronoun, not asked in
    the sentence already, is asked by the authority (open classes after round 21b)."""
    results: list[Found] = []
    for index, sentence in enumerate(sentences):
        pattern = _pronoun_participle(sentence_language(sentence, language))
        if pattern is None:
            continue
        for m in pattern.finditer(lowered, sentence.start, sentence.end):
            if any(f.sentence == index and f.group.start < m.start() for f in found):
                continue  # a request already read in the clause before: the participle goes on with it
            inside = [x for x in mentions if sentence.start <= x.start and x.end <= m.start()]
            authorities = [k for k, x in enumerate(inside) if x.agency_id in AUTHORITIES or x.agency_id in PERSONS]
            if not authorities:
                continue
            named = list({x.agency_id: x for x in inside[authorities[-1] + 1 :]}.values())
            if not named:
                continue
            results.append(Found(Group(named), "assignee", "assign", m.group("cue"), m.end(), index,
                                 extra={"cue_start": m.start("pronoun")}))
    return results


def _subject_before(text: str, lowered: str, sentence_start: int, position: int, lang: str) -> bool:
    """Whether the word before a pronoun and a verb in the present is their subject: a subject word of the language
    (``le Premier ministre leur demande d'…``, ``il leur ordonne de …``) or a capitalised name (``Trinh Dinh Dung leur
    demande …``); not ``a rejeté leur demande de visa`` (their request, a noun)."""
    word = re.search(r"(\w+)\W*$", text[sentence_start:position])
    if not word:
        return False
    subjects = {lower_for_matching(w) for w in language_grammar(lang)["pronoun_requests"]["subject_words"]}
    return lowered[sentence_start + word.start(1) : sentence_start + word.end(1)] in subjects or word.group(1)[0].isupper()


# a caption between two sentences of a page ("Photo: VNA/CVN"): a line of a few words, no body named, no full stop
_CAPTION_WORDS = 6


def _caption(text: str, sentence: Sentence, mentions: list[Mention]) -> bool:
    written = text[sentence.start : sentence.end].strip()
    return (len(written.split()) <= _CAPTION_WORDS and not written.endswith(".")
            and not any(sentence.start <= m.start < sentence.end for m in mentions))


# the most words of a caption's own sentence before its photo's credit ("Le vice-Premier ministre Vu Duc Dam (centre).")
_CAPTION_LEAD_WORDS = 12


def _caption_lead(lowered: str, sentence: Sentence, mentions: list[Mention], lang: str) -> bool:
    """Whether a sentence is a photo's caption: a short sentence right before the photo's credit (grammar's optional
    ``caption_words``: ``Le vice-Premier ministre Vu Duc Dam (centre). Photo: baodongnai.com.vn |``) naming no body but
    the persons and authorities pictured (round 37 fr): the words before it are what a pronoun after it stands for."""
    credit = caption_credit(lang)
    return (credit is not None and credit.match(lowered, sentence.end) is not None
            and len(lowered[sentence.start : sentence.end].split()) <= _CAPTION_LEAD_WORDS
            and all(m.agency_id in NATIONAL_AUTHORITIES or m.agency_id in PERSONS
                    for m in mentions if sentence.start <= m.start < sentence.end))


def _provinces_named_after_collective(text: str, mentions: list[Mention], sentence: Sentence, lang: str,
                                      date: str | None) -> list[str]:
    """The committees of the provinces a sentence names after its collective of provinces (``cinq localités
    n'avaient toujours pas terminé … : Khanh Hoa, Hô Chi Minh-Ville, Cà Mau, An Giang et Tây Ninh``), each a
    ``PPC@`` id, where it names two or more of them after the collective's first mention; else none (round 22b)."""
    from nlp.provinces import find_provinces

    collective = next((m for m in mentions if sentence.start <= m.start < sentence.end and m.agency_id == "PROVINCES"), None)
    if collective is None:
        return []
    scheme = scheme_at(date)
    codes = list(dict.fromkeys(p.code_in(scheme) for p in find_provinces(text[collective.end : sentence.end], lang)))
    return [provincial_id("PPC", code) for code in codes] if len(codes) >= 2 else []


def _heads_body_opening(lowered: str, sentence: Sentence, mention: Mention, lang: str) -> bool:
    """Whether a body is the one whose head opens the sentence as its subject (``The Chairman of the Provincial
    People's Committee met the Department of Health.``, ``Chủ tịch UBND tỉnh làm việc với Sở Y tế …``): the
    speaker's side, who asks in the next sentence (``He asked them to …``), not one of the bodies the pronoun stands
    for (cues.json's ``head_titles`` and ``committee_head_titles``)."""
    c = cues(lang)
    before = lowered[sentence.start : mention.start]
    for pattern in (c.head_title_at_end, _committee_head_at_end(lang)):
        head = pattern.search(before) if pattern is not None else None
        if head and at_clause_start(before[: head.start()], c):
            return True
    return False


@lru_cache(maxsize=None)
def _owned_place_pattern(lang: str) -> re.Pattern | None:
    words = (language_grammar(lang).get("pronoun_requests") or {}).get("possessive_determiners") or []
    return re.compile(rf"(?<![\w'])(?:{phrases(words)})\s+$") if words else None


def _owned_place(lowered: str, sentence: Sentence, mention: Mention, lang: str) -> bool:
    """Whether a body word follows a possessive determiner (``… de bien comprendre sa localité``, ``their
    locality``): the subject's own place, no body named, so none an object pronoun in the next sentence stands for
    (``pronoun_requests``' optional ``possessive_determiners``; round 40b fr)."""
    pattern = _owned_place_pattern(lang)
    return bool(pattern and pattern.search(lowered, sentence.start, mention.start))


@lru_cache(maxsize=None)
def _committee_head_at_end(lang: str) -> re.Pattern | None:
    words = cues(lang).data.get("committee_head_titles") or []
    return re.compile(rf"(?<![\w'])(?:{phrases(words)})\s+$") if words else None


def _bodies_of_fronted_phrase(text: str, lowered: str, sentence: Sentence, pronoun_start: int, mentions: list[Mention],
                              found: list[Found], index: int, lang: str) -> list[Mention]:
    """The bodies named in a sentence's opening phrase that the object pronoun after its comma stands for
    (``pronoun_requests``' optional ``fronted_openers``: ``Travaillant avec les autorités des communes de Bum Nua et Pa
    Ve Su du district de Muong Tè, Nguyên Thi Doan leur a recommandé de coopérer …``, round 32b fr): the phrase opens
    the sentence with one of the openers and ends at the last comma before the pronoun; its bodies not asked in the
    sentence already, persons and the Government (who ask) left out. None where the sentence opens otherwise."""
    openers = (language_grammar(lang).get("pronoun_requests") or {}).get("fronted_openers") or []
    if not openers:
        return []
    start = sentence.start + len(lowered[sentence.start : pronoun_start]) - len(lowered[sentence.start : pronoun_start].lstrip())
    if not re.match(rf"(?:{phrases(openers)})(?![\w'])", lowered[start:pronoun_start]):
        return []
    comma = lowered.rfind(",", start, pronoun_start)
    if comma < 0:
        return []
    asked = {(x.start, x.end) for f in found if f.sentence == index for x in f.group.mentions}
    return [x for x in mentions if start <= x.start and x.end <= comma and x.agency_id not in NATIONAL_AUTHORITIES
            and (x.start, x.end) not in asked]


def _province_of_fronted_phrase(text: str, lowered: str, sentence: Sentence, pronoun_start: int, lang: str,
                                date: str | None, plural: bool = False) -> list[Mention]:
    """The one province named in a sentence's opening phrase that a singular object pronoun after its comma stands for
    (grammar's optional ``pronoun_province_fronted_openers``: ``Appréciant les efforts de Quang Ninh face au typhon,
    il lui a demandé de mobiliser …``, round 34 fr): its People's Committee, on the pronoun; none where the phrase opens
    otherwise, names no province or more than one."""
    from nlp.provinces import find_provinces

    openers = language_grammar(lang).get("pronoun_province_fronted_openers") or []
    if plural:
        # a plural pronoun: only openers naming the province's authorities (grammar's optional
        # ``pronoun_province_fronted_authorities``: "autorités"), not the province alone
        words = language_grammar(lang).get("pronoun_province_fronted_authorities") or []
        openers = [o for o in openers if any(w in o.split() for w in words)]
    if not openers:
        return []
    start = sentence.start + len(lowered[sentence.start : pronoun_start]) - len(lowered[sentence.start : pronoun_start].lstrip())
    comma = lowered.rfind(",", start, pronoun_start)
    if comma < 0 or not re.match(rf"(?:{phrases(openers)})(?![\w'])", lowered[start:comma]):
        return []
    codes = {p.code_in(scheme_at(date)) for p in find_provinces(text[start:comma], lang)}
    if len(codes) != 1:
        return []
    return [Mention(pronoun_start, pronoun_start + len(lowered[pronoun_start:].split()[0]),
                    text[pronoun_start : pronoun_start + len(lowered[pronoun_start:].split()[0])],
                    provincial_id("PPC", codes.pop()))]


@lru_cache(maxsize=None)
def _subject_pronoun_repeat_pattern(lang: str) -> re.Pattern:
    """grammar's optional ``subject_pronoun_repeats`` (an optional fronted phrase, its pronouns, then its modals) compiled
    once a language; only asked for a language that lists them."""
    data = language_grammar(lang)["subject_pronoun_repeats"]
    return re.compile(rf"\s*{_fronted_phrase_before_pronoun(tuple(data.get('fronted_openers') or ()))}"
                      rf"(?P<pronoun>{alternation(data['pronouns'])})\s+(?P<cue>{alternation(data['modals'])})(?![\w'’])")


@lru_cache(maxsize=None)
def _demonstrative_subject_pattern(lang: str) -> re.Pattern | None:
    """grammar's optional ``demonstrative_subject_repeats`` (its demonstratives with their nouns, then its verbs)
    opening a sentence, compiled once a language; None where the language lists none."""
    data = language_grammar(lang).get("demonstrative_subject_repeats") or {}
    if not data:
        return None
    return re.compile(rf"\s*(?P<pronoun>{phrases([lower_for_matching(w) for w in data['demonstratives']])})\s+"
                      rf"(?P<cue>{phrases([lower_for_matching(w) for w in data['verbs']])})(?![\w'’])")


@lru_cache(maxsize=None)
def _singular_demonstratives(lang: str) -> frozenset[str]:
    """``demonstrative_subject_repeats``' optional ``singular``: the demonstratives that stand for one body only."""
    words = (language_grammar(lang).get("demonstrative_subject_repeats") or {}).get("singular") or []
    return frozenset(lower_for_matching(w) for w in words)


def bodies_repeated_by_subject_pronoun(text: str, lowered: str, sentences: list[Sentence], found: list[Found],
                                       language: str) -> list[Found]:
    """A sentence opening with a plural subject pronoun and a modal (``Ils doivent veiller à …`` after ``Les
    départements …, ainsi que les comités populaires des communes …, doivent superviser …``): the bodies the sentence
    right before tasks, each given this second task (grammar's optional ``subject_pronoun_repeats``: the pronouns and
    the modals; round 32 fr). Only bodies tasked there (not named in passing), and none where it tasked none."""
    results: list[Found] = []
    for index, sentence in enumerate(sentences[1:], start=1):
        lang = sentence_language(sentence, language)
        data = language_grammar(lang).get("subject_pronoun_repeats") or {}
        m = _subject_pronoun_repeat_pattern(lang).match(lowered[sentence.start : sentence.end]) if data else None
        # a demonstrative with its noun ("Cette unité coopère également avec …", "This Department must also …") names
        # the bodies the sentence before asked again, with a new duty: a row of its own in every language, unlike a
        # pronoun (stop 45's call; grammar's optional ``demonstrative_subject_repeats``, round 40 fr)
        demonstrative = _demonstrative_subject_pattern(lang)
        named_again = demonstrative.match(lowered[sentence.start : sentence.end]) if demonstrative and not m else None
        m = m or named_again
        if not m:
            continue
        asked = [f for f in found if f.sentence == index - 1 and f.role in (("assignee", "lead") if named_again else ("assignee",))
                 and f.primary is None and f.kind != "restated"]
        stands_for = {x.agency_id: x.text for f in asked for x in f.group.mentions}
        if named_again and (len(stands_for) != 1 and m.group("pronoun").strip() in _singular_demonstratives(lang)
                            or any(f.sentence == index and f.group.start < sentence.start + m.end() for f in found)):
            continue  # "Ce département" after two bodies asked: which one is not told; a body named in the phrase itself
        asked_in = index - 1  # the sentence whose request the pronoun takes up
        # a pronoun right after a pronoun's sentence stands for the bodies that one stood for (stop 42's reading:
        # "They should recommend … . They have been asked to coordinate …", round 36 en)
        for f in results:
            if f.sentence == index - 1 and not stands_for:
                stands_for, asked_in = dict(f.extra["stands_for"]), f.extra["asked_in"]
        if not stands_for:
            continue
        span = (sentence.start + m.start("pronoun"), sentence.start + m.end("pronoun"))
        group = Group([Mention(*span, text[span[0] : span[1]], agency_id) for agency_id in stands_for])
        # where the language's press restates a request's bodies with no row of their own (English: "a pronoun, no
        # second rows", rounds 10-35b), the pronoun only carries the request on: its partners, its date to the request
        kind = "restated" if language_grammar(lang).get("restated_bodies_give_no_row") and not named_again else "subject"
        repeated = Found(group, "assignee", kind, m.group("cue"), sentence.start + m.end(), index,
                         extra={"stands_for": stands_for, "asked_in": asked_in})
        results.append(repeated)
        # the partners the pronoun's sentence names after it ("They have been asked to coordinate with the Departments
        # of Agriculture …") are its partners, asked as it is
        for f in found:
            if f.sentence == index and f.role == "coordinate" and f.primary is None and f.group.start >= span[1]:
                f.primary = repeated
    return results


_FRONTED_PHRASE_CHARS = 160  # the longest fronted phrase before a subject pronoun ("En cas de nécessité de …, ils …")


@lru_cache(maxsize=None)
def _fronted_phrase_before_pronoun(openers: tuple[str, ...]) -> str:
    """An optional fronted phrase opening the sentence before ``subject_pronoun_repeats``' pronoun: one of its
    ``fronted_openers`` (fr ``en cas de``, ``le cas échéant``, ``par ailleurs``), then words with no mark ending a
    clause, up to a comma (``En cas de nécessité de décrets gouvernementaux, ils devront transmettre …``, round 39b fr);
    the empty pattern without openers."""
    if not openers:
        return ""
    return rf"(?:(?:{phrases(list(openers))})(?:(?<=['’])|(?![\w'’]))[^.;:!?,\n]{{0,{_FRONTED_PHRASE_CHARS}}},\s*)?"


def _singular_object_pronouns(lang: str) -> set[str]:
    """``pronoun_requests``' optional ``singular_pronouns`` (fr ``lui``): the pronoun stands for one body only."""
    words = (language_grammar(lang).get("pronoun_requests") or {}).get("singular_pronouns") or []
    return {lower_for_matching(w) for w in words}


@lru_cache(maxsize=None)
def _authorities_met_pattern(lang: str) -> re.Pattern | None:
    """``pronoun_requests``' optional ``authorities_met`` (fr ``avec les autorités de``, en ``with the authorities
    of``), after spaces, compiled once a language; None without them."""
    words = (language_grammar(lang).get("pronoun_requests") or {}).get("authorities_met") or []
    return re.compile(rf"(?<![\w'])(?:{phrases(words)})\s*") if words else None


def _authorities_met(text: str, lowered: str, start: int, end: int, lang: str, date: str | None,
                     mentions: list[Mention]) -> list[Mention]:
    """The provinces whose authorities a sentence's speaker meets or works with (``a travaillé avec les autorités de
    Hô Chi Minh-Ville``, ``Lors de la séance de travail avec les autorités de la province de Quang Ngai, …``; en ``worked
    with the authorities of Quang Ngai province``): each its committee, a mention the object pronoun after them may stand
    for (``… leur a demandé de …``; stop 41's left classes, French), where the name follows the words right away and
    no body of the scan is named there. The authorities met are no task of their own (no mention elsewhere)."""
    from nlp.provinces import find_provinces

    pattern = _authorities_met_pattern(lang)
    if pattern is None:
        return []
    scheme = scheme_at(date)
    met: list[Mention] = []
    for m in pattern.finditer(lowered, start, end):
        at = m.end()
        if any(x.start <= at < x.end for x in mentions):
            continue
        place = next(iter(find_provinces(text[at : min(end, at + _PROVINCE_NAME_CHARS)], lang)), None)
        if place is None or place.start != 0:
            continue
        met.append(Mention(at, at + place.end, text[at : at + place.end], provincial_id("PPC", place.code_in(scheme))))
    return met


def addressees_asked_by_pronoun(text: str, lowered: str, sentences: list[Sentence], mentions: list[Mention],
                                 found: list[Found], language: str, folded: str = "",
                                 own_date: str | None = None) -> list[Found]:
    """An object pronoun before an assigning verb standing for the bodies the sentence before names without asking
    them, each asked by the verb (round 18; the language's ``pronoun_requests``): ``La dépêche est adressée aux
    ministres, … aux présidents des Comités populaires …. Selon la dépêche, le Premier ministre leur demande
    d'élaborer …``. Persons and the Government, who ask, are no addressees; a sentence before that asks bodies
    already gives no second row (``… a demandé aux ministères et agences d'… . Il leur a également ordonné …``:
    rounds 8 and 12), unless the pronoun's request has a date of its own: then it is another task of the bodies asked
    there (``… a exhorté les localités et les organes compétents à continuer … . Il leur a demandé de … délivrer des
    licences … avant le 15 septembre.``: open classes after round 21b); nor one farther than the reach. A caption
    between the two sentences (``Photo: VNA/CVN``) is skipped. Where that sentence names the provinces after its collective
    (``cinq localités … : Khanh Hoa, …, An Giang et Tây Ninh. Il leur a enjoint …``), the pronoun stands for each
    of them, its committee (round 22b)."""
    results: list[Found] = []
    # the bodies each sentence's pronoun stood for where the sentence before named them without asking them: a
    # pronoun in the next sentence stands for them again (``… leur a demandé de … . Il leur a également demandé …``)
    stood_for: dict[int, list[str]] = {}
    for index, sentence in enumerate(sentences):  # the first sentence for its own fronted phrase only
        lang = sentence_language(sentence, language)
        patterns = [p for p in (_pronoun_request(lang), _pronoun_after_verb(lang)) if p is not None]
        if not patterns:
            continue
        before, skipped = index - 1, 0
        while before > 0 and (_caption(text, sentences[before], mentions)
                              or _caption_lead(lowered, sentences[before], mentions, lang)):
            skipped += sentences[before].end - sentences[before].start
            before -= 1
        previous = sentences[before]
        for m in (m for pattern in patterns for m in pattern.finditer(lowered, sentence.start, sentence.end)):
            if m.group("present") and not _subject_before(text, lowered, sentence.start, m.start(), lang):
                continue
            met = _authorities_met(text, lowered, sentence.start, m.start("pronoun"), lang, own_date, mentions)
            fronted = _bodies_of_fronted_phrase(text, lowered, sentence, m.start("pronoun"),
                                                sorted(mentions + met, key=lambda x: x.start) if met else mentions,
                                                found, index, lang)
            if not fronted:
                # a plural pronoun stands for the province's authorities the phrase names ("Tout en saluant les efforts
                # des autorités de Dông Thap, le vice-Premier ministre leur a recommandé …", round 38b fr)
                fronted = _province_of_fronted_phrase(text, lowered, sentence, m.start("pronoun"), lang, own_date,
                                                      plural=m.group("pronoun") not in _singular_object_pronouns(lang))
            if fronted:
                # "Travaillant avec les autorités des communes de X et Y, Z leur a recommandé de …": the bodies the
                # sentence's own opening phrase names, each on its name (round 32b fr)
                results.append(Found(Group(fronted), "assignee", "assign", m.group("cue"), m.end(), index,
                                     extra={"cue_start": min(m.start("pronoun"), m.start("cue"))}))
                continue
            if index == 0:
                continue  # no sentence before it
            if m.start() - skipped - previous.start > language_grammar(lang)["pronoun_requests"]["reach"]:
                continue
            asked = [f for f in found if f.sentence == before and f.role == "assignee"]
            if any(f.sentence == before for f in found):
                if not (asked and folded and find_deadlines(folded, lang, m.end(), sentence.end, own_date)):
                    continue  # the bodies named before were asked there: the pronoun adds no second row
                named = list({x.agency_id: x for f in asked for x in f.group.mentions}.values())
                if m.group("pronoun") in _singular_object_pronouns(lang):
                    named = named[-1:]
                span = (m.start("pronoun"), m.end("pronoun"))
                group = Group([Mention(*span, text[span[0] : span[1]], x.agency_id) for x in named])
                # the words the pronoun stands for, as written ("les localités": a province's districts once its
                # committee is known to ask)
                results.append(Found(group, "assignee", "assign", m.group("cue"), m.end(), index,
                                     extra={"cue_start": min(m.start("pronoun"), m.start("cue")),
                                            "stands_for": {x.agency_id: x.text for x in named}}))
                continue
            met = _authorities_met(text, lowered, previous.start, previous.end, lang, own_date, mentions)
            ids = list(dict.fromkeys(x.agency_id for x in sorted(mentions + met, key=lambda x: x.start)
                                     if previous.start <= x.start < previous.end
                                     and x.agency_id not in NATIONAL_AUTHORITIES
                                     and not _heads_body_opening(lowered, previous, x, lang)
                                     and not _owned_place(lowered, previous, x, lang)))
            if not ids:
                ids = stood_for.get(before, [])
            if not ids:
                continue
            if m.group("pronoun") in _singular_object_pronouns(lang):
                # "… a inspecté les travaux du Département des transports …. Le vice-ministre lui a demandé …": one
                # body, the last one named (round 32b fr's open class)
                ids = ids[-1:]
            if "PROVINCES" in ids and (named := _provinces_named_after_collective(text, mentions, previous, lang, own_date)):
                at = ids.index("PROVINCES")
                ids = ids[:at] + named + ids[at + 1 :]
            stood_for[index] = ids
            span = (m.start("pronoun"), m.end("pronoun"))
            group = Group([Mention(*span, text[span[0] : span[1]], agency_id) for agency_id in ids])
            # the asker is read before the pronoun ("Selon la dépêche, le Premier ministre leur demande …")
            results.append(Found(group, "assignee", "assign", m.group("cue"), m.end(), index,
                                 extra={"cue_start": min(m.start("pronoun"), m.start("cue"))}))
    return results


def _capitalised_again(text: str, noun_end: int, lang: str) -> bool:
    """Whether a capitalised common noun opening its sentence stands for a body named before (``The Department
    also needs to propose …`` after ``the Department of Finance``; round 11; mid-sentence, ``the Ministry has
    made great efforts …, but needs to`` stays a name): where the language's grammar lists the words
    that would go on to a name (``capitalised_named_again``: ``of``, ``for`` …), the noun is not followed by one
    of them nor by another capitalised word (``The Department of Market Management``, ``The Department
    Director``). Without that list a capitalised noun is a name, as before."""
    continuing = language_grammar(lang).get("capitalised_named_again")
    if not continuing:
        return False
    following = re.match(r"\s*([^\W\d_][\w'-]*)", text[noun_end : noun_end + 40])
    if not following:
        return True
    word = following.group(1)
    return not word[:1].isupper() and word.lower() not in continuing


def without_own_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without a body's own acronym in parentheses right after its name (``la Banque d'État du
    Vietnam (SBV), au ministre des Finances …``): the acronym is the same body, and the list goes on after it
    (round 9)."""
    kept: list[Mention] = []
    for m in mentions:
        if kept and kept[-1].agency_id == m.agency_id and re.fullmatch(r"\s*\(\s*", text[kept[-1].end : m.start]) \
                and re.match(r"\s*\)", text[m.end : m.end + 3]):
            continue
        kept.append(m)
    return kept


def _range_after(lowered: str, position: int, lang: str) -> bool:
    """Whether a province's name ending at ``position`` opens a range (grammar's ``province_range_words``: ``de
    Thanh Hoa à Quang Tri``): the provinces between its bounds are not named."""
    pattern = _province_range_pattern(lang)
    return bool(pattern and pattern.match(lowered[position : position + 12]))


@lru_cache(maxsize=None)
def _province_range_pattern(lang: str) -> re.Pattern | None:
    """grammar's ``province_range_words`` after spaces and before one, compiled once a language; None without them."""
    words = language_grammar(lang).get("province_range_words") or []
    return re.compile(rf"\s+(?:{phrases(words)})\s") if words else None


def _next_capital(text: str, position: int, words: int = 2) -> int | None:
    """Where the first capitalised word after ``position`` starts, past at most ``words`` words in lower case
    (``… des provinces de Quang Binh``: the ``de``; ``d'An Giang``: the elided one), else None. A colon may close the
    words before the name (``the People's Committees of the provinces and cities: Ha Tinh, …``, ``… des provinces et
    villes suivantes : Ha Tinh``, round 25b)."""
    for _ in range(words + 1):
        space = re.match(r"(?:\s*:)?\s+", text[position : position + 5])
        if not space:
            return None
        at = position + space.end()
        if text[at : at + 1].isupper():
            return at
        elided = re.match(r"\w['’](?=[^\W\d_])", text[at : at + 3])
        if elided and text[at + 2 : at + 3].isupper():
            return at + 2  # "… des provinces d'An Giang": the name after the elided "de"
        word = re.match(r"[\w'’]+", text[at : at + 30])
        if not word:
            return None
        position = at + word.end()
    return None


def without_collectives_naming_provinces(text: str, lowered: str, named: list[Mention],
                                          language: str) -> list[Mention]:
    """The mentions without a collective whose words open a list of named provinces (``aux Comités populaires des
    provinces de Quang Binh et Quang Tri``: the grammar's ``committees_of_listed_provinces`` right before a
    province's name): the provinces named are the bodies, each its committee, read from those words as the
    English ``People's Committees of Quang Ngai, Binh Dinh`` are (round 15); the collective is no body of its own."""
    from nlp.provinces import find_provinces

    code = language if language in LANGUAGES else languages.fallback()
    pattern = _committees_of_listed_provinces(code)
    kept: list[Mention] = []
    for m in named:
        if is_collective(m.agency_id):
            words_end = _next_capital(text, m.end)  # past the committee words' own end ("de"), if any
            if words_end and pattern.search(lowered[max(0, m.start - 40) : words_end]):
                named_there = find_provinces(text[words_end : words_end + _PROVINCE_NAME_CHARS], code)
                if named_there and named_there[0].start == 0 and not _range_after(
                        lowered, words_end + named_there[0].end, code):
                    continue
        kept.append(m)
    return kept


@lru_cache(maxsize=None)
def _heads_of_ministries_named_after(lang: str) -> re.Pattern | None:
    """The link between the ministers and the ministries named after them (grammar's optional
    ``heads_of_ministries_named_after``: ``des`` in ``aux ministres des ministères de la Défense``), else None."""
    setting = language_grammar(lang).get("heads_of_ministries_named_after")
    if not setting:
        return None
    return re.compile(rf"(?:{phrases(setting['heads'])})\s+(?:{phrases(setting['links'])})\s+")


def without_heads_of_named_ministries(lowered: str, named: list[Mention], language: str) -> list[Mention]:
    """The mentions without the ministers (the ministries' collective) whose ministries are named right after them
    (``aux ministres des ministères de la Défense, de la Sécurité publique …``, ``aux ministres des ministères
    concernés``, ``the ministers of the Ministries of National Defence``): the heads of the ministries named ask those
    ministries, as ``les ministres de la Défense`` does; the collective is no body of its own (round 25), and the
    list goes on from the ministries (cues' fillers hold the heads' words)."""
    code = language if language in LANGUAGES else languages.fallback()
    pattern = _heads_of_ministries_named_after(code)
    if pattern is None:
        return named
    ministry_starts = {m.start for m in named if a_ministry(m.agency_id) or m.agency_id == "MINISTRIES"}
    kept: list[Mention] = []
    for m in named:
        if m.agency_id == "MINISTRIES":
            heads = pattern.match(lowered, m.start)
            if heads and heads.end() in ministry_starts:
                continue
        kept.append(m)
    return kept


@lru_cache(maxsize=None)
def _department_province_links(lang: str) -> re.Pattern | None:
    """The words that may stand between a department and the provinces as a whole it belongs to (grammar's optional
    ``department_province_links``: ``của`` in ``Sở Tài chính của các địa phương``; none needed, a space will do),
    else None where the language has not met them."""
    links = language_grammar(lang).get("department_province_links")
    if links is None:
        return None
    return re.compile(rf"\s+(?:(?:{phrases(links)})\s+)?" if links else r"\s+")


@lru_cache(maxsize=None)
def _every_province_words(lang: str) -> re.Pattern | None:
    """grammar's optional ``department_every_province_words`` (``địa phương``, ``các tỉnh``) as a pattern ending at a
    word's end, else None."""
    words = language_grammar(lang).get("department_every_province_words")
    return re.compile(rf"(?:{phrases(words)})(?![\w'])") if words else None


def departments_of_every_province(text: str, lowered: str, named: list[Mention], language: str) -> list[Mention]:
    """The mentions with a department followed by the provinces as a whole it belongs to written as one department of
    no province (``Sở Tài chính các địa phương phải chủ trì …``, ``Sở Y tế các tỉnh, thành phố``: every province's
    finance department, ``DOF``), the collective dropped: the provinces are not asked beside it, nor do they take the
    cue after them for themselves (round 26)."""
    code = language if language in LANGUAGES else languages.fallback()
    link = _department_province_links(code)
    if link is None:
        return named
    collectives = {m.start: m for m in named if m.agency_id == "PROVINCES"}
    starts = {m.start for m in named}
    every = _every_province_words(code)
    owners: set[int] = set()
    kept: list[Mention] = []
    for m in named:
        gap = link.match(lowered, m.end) if getattr(agency(m.agency_id), "kind", None) == "provincial_department" else None
        owner = collectives.get(gap.end()) if gap else None
        if owner is not None:
            owners.add(owner.start)
            m = Mention(m.start, owner.end, text[m.start : owner.end], m.agency_id)
        elif gap and every is not None and gap.end() not in starts:
            # "Giám đốc Sở Nông nghiệp và Môi trường địa phương được yêu cầu …" (a minister's directive): the words
            # for every province the table holds no collective for there, part of the department's name (round 28b)
            words = every.match(lowered, gap.end())
            if words:
                m = Mention(m.start, words.end(), text[m.start : words.end()], m.agency_id)
        kept.append(m)
    return [m for m in kept if not (m.agency_id == "PROVINCES" and m.start in owners)]


def collectives_with_their_range(text: str, lowered: str, named: list[Mention], language: str) -> list[Mention]:
    """The mentions with a collective of provinces spanning the range that bounds it (``aux comités populaires des
    provinces de Ha Tinh à Lam Dong``, ``Les provinces de Thanh Hoa à Quang Ngai sont appelées``): the range is
    part of the body as written, so the words after it (a highlight, a cue) follow the body (open classes after
    round 22b)."""
    code = language if language in LANGUAGES else languages.fallback()
    kept: list[Mention] = []
    for m in named:
        end = _past_province_range(text, lowered, m.end, len(text), code) if m.agency_id == "PROVINCES" else m.end
        # "… of provinces and cities in the Mekong Delta, especially …": the region bounding it, before a highlight
        end = _past_collective_region(lowered, end, len(text), code) if m.agency_id == "PROVINCES" else end
        kept.append(m if end == m.end else Mention(m.start, end, text[m.start : end], m.agency_id))
    return kept


def province_and_named_town(text: str, named: list[Mention], language: str) -> list[Mention]:
    """The provinces' collective written in the singular before a town's name (grammar's optional
    ``province_and_town_openers``: ``UBND tỉnh, thành phố Đà Lạt``): one province's committee and the named town's
    (``PPC`` and ``DPC``, placed as the text's bodies are), not the provinces (stop 40; a province's name after the
    designator, ``UBND tỉnh, thành phố Hà Nội``, keeps the reading it had)."""
    from nlp.provinces import find_provinces

    lang = language if language in LANGUAGES else languages.fallback()
    openers = language_grammar(lang).get("province_and_town_openers") or []
    result: list[Mention] = []
    for m in named:
        if m.agency_id != "PROVINCES" or not openers:
            result.append(m)
            continue
        split = next((o for o in openers if " ".join(m.text.split()).lower() == " ".join(o["collective"].split()).lower()),
                     None)
        name_end = _capitalised_name_end(text, m.end) if split else None
        if name_end is None or find_provinces(text[m.start + len(m.text.rsplit(",", 1)[0]) + 1 : name_end].strip(), lang):
            result.append(m)
            continue
        comma = m.start + m.text.rindex(",")
        town = comma + 1 + len(text[comma + 1 : m.end]) - len(text[comma + 1 : m.end].lstrip())
        result.append(Mention(m.start, comma, text[m.start:comma], "PPC"))
        result.append(Mention(town, name_end, text[town:name_end], split["town"]))
    return result


def inside_another_name(lowered: str, mention: Mention, language: str) -> bool:
    """Whether a body's name is part of another body's (``Chánh Văn phòng Ủy ban nhân dân tỉnh``, ``Đảng ủy
    Chính phủ``): the office or the party committee of a body is not that body, nor in the table."""
    code = language if language in LANGUAGES else languages.fallback()
    head = cues(code).name_head_at_end
    tail = _name_tail(code)  # "Government members": the body's members, persons (round 9)
    return bool(head and head.search(lowered, max(0, mention.start - 40), mention.start)
                or tail and tail.match(lowered, mention.end)
                or _province_of_a_unit(lowered, mention, code))


# how far back a unit's head word is looked for before a province named by its designator
_UNIT_NAME_CHARS = 80


def _province_of_a_unit(lowered: str, mention: Mention, lang: str) -> bool:
    """Whether a province named by its designator (``thành phố Hà Nội``, ``tỉnh Nghệ An``: its committee where it
    stands alone) ends the name of a unit of that province (``Trung tâm Kiểm soát bệnh tật thành phố Hà Nội``,
    ``Bệnh viện Đa khoa tỉnh Nghệ An``): one of grammar's optional ``unit_name_heads`` opens the words since the
    last separator, with no word of the table's between (round 10b)."""
    heads = language_grammar(lang).get("unit_name_heads") or []
    # the designator's abbreviation is written in capitals (``Viện Nghiên cứu phát triển TP.HCM chủ trì``: the institute's
    # name, round 37 vi's reading of ``TP.HCM`` as the asking city met round 34b's page)
    if not heads or split_id(mention.agency_id)[0] != "PPC" or not (
            mention.text[:1].islower() or opens_with_designator_abbreviation(mention.text)):
        return False
    piece = re.split(r"[,;:.\n()]", lowered[max(0, mention.start - _UNIT_NAME_CHARS) : mention.start])[-1]
    # a party committee or a central agency's provincial office right before the name (grammar's optional
    # ``unit_heads_before_province``: ``Thành ủy TP Hồ Chí Minh cần …``, ``Cục Hải quan thành phố Hồ Chí Minh …``): the
    # unit's, only where nothing stands between (round 37 vi's ``TP`` reading met round 2's page)
    right_before = language_grammar(lang).get("unit_heads_before_province") or []
    if right_before and re.search(rf"(?<![\w'])(?:{phrases(right_before)})\s+$", piece):
        return True
    return bool(re.search(rf"(?<![\w'])(?:{phrases(heads)})\s", piece))


@lru_cache(maxsize=None)
def _name_tail(lang: str) -> re.Pattern | None:
    """Words right after a body's name that make it another thing's name (grammar ``name_tails``: ``members``
    in ``assigning Government members to inspect …``: persons, not the Government)."""
    tails = language_grammar(lang).get("name_tails") or []
    return re.compile(rf"\s*(?:{phrases(tails)})(?![\w'])") if tails else None


def provinces_listed_after(text: str, lowered: str, mentions: list[Mention], language: str,
                            date: str | None) -> list[Mention]:
    """The provinces named bare in a list after a province named with its designator (``yêu cầu các bộ, ngành và
    tỉnh Tuyên Quang, Phú Thọ phối hợp …``): each is its People's Committee, as the first one is (round 12; the
    names after a designator are the same kind of unit: ``tỉnh A, B`` is ``tỉnh A, tỉnh B``)."""
    from nlp.provinces import find_provinces

    scheme = scheme_at(date)
    taken = [(m.start, m.end) for m in mentions]
    more: list[Mention] = []
    for m in mentions:
        if split_id(m.agency_id)[0] != "PPC":
            continue
        own = find_provinces(m.text, language)
        if not own or not own[-1].designated or own[-1].end != len(m.text):
            continue  # the list goes on from a designated name that ends the mention ("tỉnh Tuyên Quang")
        end = m.end
        while True:
            joiner = LIST_JOINER.match(lowered, end)
            if not joiner or not text[joiner.end() : joiner.end() + 1].isupper():
                break
            at = joiner.end()
            following = find_provinces(text[at : at + _PROVINCE_NAME_CHARS], language)
            if not following or following[0].start != 0 or following[0].designated:
                break
            p = following[0]
            if any(s < at + p.end and at < e for s, e in taken):
                break
            more.append(Mention(at, at + p.end, text[at : at + p.end], provincial_id("PPC", p.code_in(scheme))))
            taken.append((at, at + p.end))
            end = at + p.end
    return sorted(mentions + more, key=lambda m: m.start) if more else mentions


def in_scheme(named: list[Mention], date: str | None) -> list[Mention]:
    """The names found with their province written in (``UBND tỉnh An Giang``: the finder gives the pre-2025
    code) in the province scheme of the text's date: a text dated from the July 2025 merger names the merged
    unit (``PPC@91`` for An Giang in 2026, round 12), as its departments placed by ``localise`` already are."""
    from nlp.provinces import to_scheme

    if not (date and date[:10] >= MERGER_DATE):
        return named
    placed = []
    for m in named:
        base, code = split_id(m.agency_id)
        moved = to_scheme(code, "2025") if code and is_provincial(m.agency_id) else None
        placed.append(Mention(m.start, m.end, m.text, provincial_id(base, moved)) if moved and moved != code else m)
    return placed


@lru_cache(maxsize=None)
def _unit_named_at_end(lang: str) -> re.Pattern | None:
    """A unit's word of grammar's optional ``bare_unit_bodies`` (any case) with its capitalised name (one to four
    words) and a comma or an opening parenthesis at the end of the words before a province's name
    (``Huyện Tân Hưng, ``): the province placed right after is where that unit is."""
    words = language_grammar(lang).get("bare_unit_bodies") or {}
    if not words:
        return None
    options = sorted((phrase(w) for w in words), key=len, reverse=True)
    return re.compile(rf"(?<![\w'])(?i:{'|'.join(options)})\s+(?P<name>(?:[^\W\d_][\w-]*\s+){{0,3}}[^\W\d_][\w-]*)"
                      rf"\s*[,(]\s*$")


def without_provinces_placing_units(text: str, mentions: list[Mention], sentences: list[Sentence],
                                    language: str) -> list[Mention]:
    """``mentions`` without a province's committee that only says where a named unit before it is (issue #13, round
    32b's open class): its name inside a body's that ran over it (``the People's Committee of Tan Hung district, Long
    An province``, ``Tan Hung district, Long An province must …``: the district's, the province a part of its name),
    or a province named in lower case right after a unit's word, its capitalised name and a comma or a parenthesis
    (``Huyện Tân Hưng, tỉnh Long An đẩy mạnh …``: the district, which a bare name opening its clause does not make a
    body, as ``Huyện Tân Hưng đẩy mạnh …`` does not; its province no actor either)."""
    starts = [s.start for s in sentences]
    kept: list[Mention] = []
    for m in mentions:
        if split_id(m.agency_id)[0] == "PPC":
            if any(o is not m and o.start < m.start and m.end <= o.end for o in mentions):
                continue
            index = bisect_left(starts, m.start + 1) - 1
            if index >= 0 and m.text[:1].islower():
                pattern = _unit_named_at_end(sentence_language(sentences[index], language))
                unit = pattern.search(text, sentences[index].start, m.start) if pattern else None
                if unit and all(w[:1].isupper() for w in unit.group("name").split()):
                    continue
        kept.append(m)
    return kept


@lru_cache(maxsize=None)
def _province_after_list_join(lang: str) -> re.Pattern | None:
    """grammar's optional ``province_after_list_joins``: the words between a list's last body and the province that
    owns the whole list (``… les départements, les branches et les localités de la province de Gia Lai``), compiled
    once a language; None where the language lists none."""
    joins = language_grammar(lang).get("province_after_list_joins") or []
    return re.compile(rf"\s+(?:{phrases(joins)})\s+") if joins else None


@lru_cache(maxsize=None)
def _province_after_list_skip_and_words(language: str) -> tuple[re.Pattern | None, frozenset[str]]:
    """cues.json's ``list_skips`` as one pattern, and the words that may stand between two items of such a list
    (grammar's ``list_conjunctions`` and optional ``province_after_list_articles``), built once a language."""
    skips = [lower_for_matching(s["cue"] if isinstance(s, dict) else s) for s in cues(language).data.get("list_skips") or []]
    skip = re.compile(rf"(?<![\w'])(?:{alternation([phrase(s) for s in skips])})(?![\w'])") if skips else None
    words = language_grammar(language)
    allowed = {lower_for_matching(w) for w in words.get("list_conjunctions") or []}
    allowed |= {lower_for_matching(w) for w in words.get("province_after_list_articles") or []}
    return skip, frozenset(allowed)


def bodies_listed_before_province(text: str, lowered: str, mentions: list[Mention], language: str,
                                  date: str | None) -> list[Mention]:
    """A list of a province's bodies named without their province, ending with a province's name after its last
    item (``coordonner avec les départements, les branches et les localités de la province de Gia Lai``, ``with the
    departments, branches and localities of Gia Lai province``): every item is that province's, not the asking
    province's the sentence placed them in (stop 40's left classes, left33fr; issue #13): its localities are its
    districts (its communes after the July 2025 merger). A body that names its own province keeps it; the province's
    name must be written with its designator (``de la province de``, ``Gia Lai province``), right after the last item
    and its join words (grammar's optional ``province_after_list_joins``)."""
    from nlp.provinces import find_provinces

    join = _province_after_list_join(language)
    if join is None:
        return mentions
    scheme = scheme_at(date)
    ordered = sorted(mentions, key=lambda m: m.start)
    localities = province_localities(language)
    skip, allowed = _province_after_list_skip_and_words(language)
    replaced: dict[int, Mention] = {}
    for i, m in enumerate(ordered):
        window = text[m.end : m.end + _PROVINCE_NAME_CHARS + 30]
        found = find_provinces(window, language)
        if not found or not found[0].designated:
            continue
        p = found[0]
        if not join.fullmatch(lowered[m.end : m.end + p.start]):
            continue
        code = p.code_in(scheme)
        if not code:
            continue
        chain = [m]
        for prev in reversed(ordered[:i]):
            gap = lowered[prev.end : chain[-1].start]
            if skip:
                gap = skip.sub(" ", gap)
            # only commas, the list's conjunctions and articles between two items (grammar's ``list_conjunctions``
            # and ``province_after_list_articles``)
            if not all(w in allowed for w in re.findall(r"[^\s,]+", gap.replace("'", "' "))):
                break
            chain.append(prev)
        if len(chain) < 2:
            continue
        for n in chain:
            kind, own = split_id(n.agency_id)
            if find_provinces(n.text, language):
                continue  # the body names its own province
            if n.agency_id == "PROVINCES" and lower_for_matching(n.text) in localities:
                replaced[n.start] = Mention(n.start, n.end, n.text, provincial_id(current("DPC", date) if date else "DPC", code))
            elif is_provincial(n.agency_id) and kind != "PPC":
                replaced[n.start] = Mention(n.start, n.end, n.text, provincial_id(kind, code))
    if not replaced:
        return mentions
    return [replaced.get(m.start, m) if replaced.get(m.start) and replaced[m.start].end == m.end else m for m in mentions]


def provinces_after_their_region(text: str, lowered: str, mentions: list[Mention], language: str,
                                 date: str | None) -> list[Mention]:
    """A province named after the region of the provinces' committees a text addresses (``aux présidents des comités
    populaires des provinces … dans le delta du Mékong et à Hô Chi Minh-Ville, de renforcer …``, ``… of provinces in
    the Mekong Delta and Ho Chi Minh City to …``): that province's committee, asked with them (stop 40's left classes,
    left33fr; the bare province after a place phrase is no body otherwise)."""
    from nlp.provinces import find_provinces

    pattern = region_then_province(language)
    if pattern is None:
        return mentions
    scheme = scheme_at(date)
    taken = [(m.start, m.end) for m in mentions]
    more: list[Mention] = []
    for m in mentions:
        if m.agency_id != "PROVINCES" or lower_for_matching(m.text) in province_localities(language):
            continue
        region = pattern.match(lowered, m.end)
        if not region:
            continue
        at = region.end()
        found = find_provinces(text[at : at + _PROVINCE_NAME_CHARS], language)
        if not found or found[0].start != 0 or not found[0].code_in(scheme):
            continue
        p = found[0]
        if any(s < at + p.end and at < e for s, e in taken):
            continue
        more.append(Mention(at, at + p.end, text[at : at + p.end], provincial_id("PPC", p.code_in(scheme))))
        taken.append((at, at + p.end))
    return sorted(mentions + more, key=lambda m: m.start) if more else mentions
