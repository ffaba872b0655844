"""Per-language assignment cues, loaded from ``lang/<code>/cues.json`` and compiled to regexes over
lower-cased text that keeps its diacritics (``lower_for_matching``, same length as the text): folded
Vietnamese confuses cue words (``cần`` need / ``cân`` balance, ``phải`` must / ``phái`` send).

Sections of a cues file (each cue entry carries an example the tests run through the extractor):

- ``assign_before``: a verb before the bodies it tasks (``giao``, ``yêu cầu``, ``urged``, ``a demandé au``,
  ``uppdrog åt``) → role ``assignee``;
- ``lead_after``: right after the bodies, makes them ``lead`` (``chủ trì``, ``to preside over``,
  ``takes the lead``) unless a meeting follows (``lead_not_before``: ``chủ trì phiên họp`` is chairing);
- ``subject_strong``: after a body as subject, a task anywhere (``có trách nhiệm``, ``shall``, ``doit``,
  ``ska``), left out of the task unless marked ``task_verb`` (``nghiên cứu``: the task itself); ``subject_weak``: the same at the start of a clause, only in a directive text (a conclusion
  notice or a text that assigns elsewhere): ``Bộ Tài chính cân đối nguồn lực``, ``X is researching``;
- ``nested_before``: a verb of directing (``direct``, ``oversee``, ``supervisera``, ``leda``, ``hướng dẫn``)
  before a body that is tasked when its task follows (``nested_task_after``: ``in``, ``dans``, ``i arbetet
  med``, ``thực hiện``): ``will direct the Ministry of Y in drawing up Z`` tasks Y with Z;
- ``clause_modals``: a modal that tasks a collective subject later in its clause, past a relative
  (``các bộ, ngành, địa phương chưa xây dựng đề án phải khẩn trương …``); ``relative_markers``: a word
  that makes an assigning verb after it part of a relative clause (``chỉ tiêu mà Đảng giao cho …``);
- ``issuing_verbs``: a body that issues a document which assigns (``UBND tỉnh … ban hành Quyết định …,
  giao Sở Tài chính …``) is the assigner, not tasked; ``document_number_words`` (optional): the word before a
  document's number: any body that issues a numbered document (``UBND huyện Vũ Thư ban hành Quyết định số
  9589 …``) reports an act, it is not tasked (round 18c);
- ``document_subjects``: the document as the subject of an assigning verb (``The resolution also
  assigns …``, ``It asks …``): the text's authority assigns; ``continuation_openers``: a sentence that
  goes on with the previous request (``Đồng thời, UBND tỉnh … phải …``) keeps its assigner;
- ``place_subjects`` (optional): the province or the city as the subject of an assigning verb (``The province
  requires the Department of Finance …``): the text's provincial committee assigns (round 18c);
- ``coordinate``: before bodies that coordinate with the lead (``phối hợp với``, ``coordinate with``);
- ``fillers``: words allowed between a cue and the bodies (``the``, ``cho``, ``lãnh đạo``);
  ``titles_before_slash`` (optional): a head's title written before a slash and a filler's own title
  (``Giám đốc/Thủ trưởng các sở``, ``directors/heads of``, ``directeurs/chefs de``);
  ``list_separators`` and ``list_skips`` join bodies into one list; ``continuations``: bare names that
  only count inside a list (``các bộ, ngành, địa phương``);
- ``not_subject_before``: a word before a body that makes it a complement, not the subject (``của``,
  ``of``); ``negations``: words right after a body that make the clause a report, not a task (``đã``,
  ``said``); ``cue_blockers``: a word before an assign cue that changes its sense (``bàn giao``);
- ``directive_markers``, ``authority_verbs``: a text that concludes or directs, and the verbs that make
  a Prime Minister or Government mention the assigning authority (``vừa ký Quyết định``, ``signed``),
  unless one of ``authority_verb_blockers`` stands before the verb (``Ban Chỉ đạo``: a committee);
  ``lead_meeting_tasks``: a meeting that is itself the task after ``chủ trì`` (``họp báo``), or a task verb that
  opens with a meeting word (``tiếp nhận`` against the reception's ``tiếp``: ``làm đầu mối tiếp nhận hồ sơ``);
  ``list_highlights``: words after a list separator that single out bodies of a collective, which
  share its task (``các bộ, nhất là Bộ Y tế``, ``especially``, ``notamment``, ``särskilt``);
- ``article_words``, ``implementation_headings``, ``implementation_clauses``: a legal text's
  implementation article (``Điều 3. Tổ chức thực hiện``, ``Article 4. Implementation``) tasks the bodies
  opening its items with plain verbs, and a clause (``chịu trách nhiệm thi hành``, ``sont chargés de
  l'exécution``) tasks the bodies before it; ``recipients_headers``: the
  ``Nơi nhận:`` block of a notice, after which nothing is an assignment; ``authority_of``: words that make
  the authority named after them the one who concluded (``kết luận của``, ``conclusion of``);
- ``place_complements``: the words between a body and a body name written as its place (``in many``,
  ``in all``): that name is where the body is, not a second body (``the People's Committees of communes and
  wards in many districts of Hanoi``: the communes' committees, round 19b); empty where unset;
- ``standing_rule_markers``: a rule in force the sentence explains (``theo quy định hiện hành``, ``đã có
  quy định``, ``under the current rules``): the bodies after it have standing duties, not tasks, unless
  a new assigning verb follows the rule; ``subject_relative_markers``: a relative pronoun right after a
  noun that puts the body after it in a relative clause (``chương trình mà các bộ … có trách nhiệm``,
  ``which``, ``dont``, ``som``); ``topic_openers``: a body fronted as the topic of a sentence whose
  assigning verb names no body (``Với Ngân hàng Nhà nước, Nghị quyết … yêu cầu …``, ``For the State
  Bank, the resolution requires …``) is the one asked, unless one of ``topic_object_determiners`` opens
  the verb's object (``… yêu cầu các đơn vị …``: others are asked); ``co_subject_cues``: the coordination cues that
  make a co-subject sharing the task (``X, together with Y, must``), where the others (``X, phối hợp với
  Y, chịu trách nhiệm``) make Y a coordinating body; ``list_skips`` also end the subject of an
  implementation item (``Chính phủ, các cơ quan có liên quan …``) before its task;
- round 7 (real provincial pages; empty in a language that has not met them): ``name_heads`` (``văn phòng``,
  ``đảng ủy``) before a body's name make it part of another body's name (``Chánh Văn phòng UBND tỉnh``,
  ``Đảng ủy Chính phủ``), no mention; ``letter_addressee_markers`` (``gửi``): a letter's addressees asked by
  the request that follows them (``công văn gửi Sở …, Sở … đề nghị tạm dừng …``); ``outside_addressee_words``:
  the most words a name outside the table may have when it opens an assigning verb's list of addressees
  (``đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, Thủ trưởng các sở …``; 0: no such lists); ``person_posts``: a
  person named for a post is not tasked (``phân công Phó Thủ tướng … làm tổ trưởng``); ``count_words``: a
  count opening a list of bodies (``Hai Sở GTVT, Xây dựng phối hợp …``) still lets it open its clause;
- ``question_verbs``: a body asked to say whether (``đề nghị Thủ tướng cho biết … hay không``, ``to say
  whether``, ``de dire si``, ``att svara på om``) is asked a question, not tasked; ``habitual_adverbs``
  before an assigning verb (``thường xuyên chỉ đạo``, ``regularly asks``) tell what a body usually does;
  ``present_state_openers`` (``Hiện nay,``, ``Currently,``) open a sentence that describes how things are
  done, so its bodies with a modal have standing duties; ``private_speakers`` (``Giáo sư``, ``chuyên gia``,
  ``economist``: an individual expert, not an association, whose petitions count as voters' do) opening a
  sentence make its request an opinion, not a task; ``allocated_objects`` after a list of recipients each
  ending with one of ``recipient_list_ends`` (``giao các bộ, …, các tỉnh, thành phố trực thuộc trung ương dự
  toán …``) allocate a budget, no task; ``peer_urging_cues`` (``đôn đốc``, ``urges``) after a body tasked
  before them in the clause urge others as part of that body's own task; ``guidance_cues`` (optional:
  ``hướng dẫn``, ``guide``, ``guider``) among the verbs before the bodies such a tasked body urges make them
  tasked all the same when their task follows (``nested_task_after``: the lead's convention of round 29, issue
  #13), not where ``guidance_done_markers`` (``đã``) come right before the guidance (past guidance as news), nor
  where ``guidance_topic_after`` (``on``, ``sur``) follows the bodies (the guidance's topic, no task of theirs);
- ``head_titles`` (optional): a head's title right before a body's name (``the Chairmen of``, ``Directors
  of``, ``le directeur du``, ``les présidents des``, ``ordföranden för``): the body is meant, as subject or
  object (``Directors of the Department of Health shall …``); ``decision_words`` (optional): the word in
  capitals by which a legal text's issuer decides (``DECIDES``, ``RESOLVES``, ``DÉCIDE``): the authority its
  heading names in capitals before that word assigns the text's tasks.
"""
from __future__ import annotations

import contextlib
import contextvars
import json
import re
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

from nlp import languages
from nlp.fold import CharTable, fold
from nlp.regex import with_plain_letters


LANG_DIR = Path(__file__).with_name("lang")
LANGUAGES = languages.codes()  # the languages of nlp/lang/ (nlp/languages.py), each with a lang/<code>/ here

# a list marker at the start of a line: "-", "+", "•", "a)", "1.", "2)", "III.", and a letter past a-z of a
# language's alphabet (language.json "list_letters": Vietnamese "đ)")
_LIST_LETTERS = "".join(sorted({letter for lang in languages.registry().values() for letter in lang.list_letters}))
LIST_MARKER = rf"(?:[-+•*–]|[a-z{_LIST_LETTERS}]\)|\d{{1,2}}[.)]|\d{{1,2}}-(?=\s|$)|[ivx]{{1,4}}[.)])"  # "1- The Ministry …" too (round 12)


# quotes and dashes that writers use interchangeably, unified one character for one
_PUNCT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def _lower_char(ch: str) -> str:
    ch = ch.translate(_PUNCT)
    low = ch.lower()
    return low if len(low) == 1 else ch


_LOWER = CharTable(_lower_char)


@lru_cache(maxsize=4)  # the stage lowers each text twice (its frames, then who assigns them)
def lower_for_matching(text: str) -> str:
    """Lower case with quotes and dashes unified, one character for one (offsets stay valid)."""
    return _LOWER.translate(text)


# the end of a subject's cue: no word goes on, except after an elided article or preposition that ends the cue
# (``sont tenus d'investir``: cues.json's ``sont tenus d'``, where French writes ``de`` before a vowel; round 30b)
_CUE_END = r"(?:(?<=')|(?![\w']))"


@lru_cache(maxsize=8192)  # the extractor builds its patterns from the data's phrases at each call (17,000 a hundred pages)
def phrase(text: str) -> str:
    """A cue phrase as a regex over lowered text: tokens escaped, any run of spaces between them."""
    return r"\s+".join(re.escape(token) for token in lower_for_matching(text).split())


def alternation(options: list[str]) -> str:
    """``(?:a|b|…)``, longest first; refuses an empty group (a data file with an empty list is a bug)."""
    unique = sorted(set(o for o in options if o), key=lambda o: (-len(o), o))
    if not unique:
        raise ValueError("empty alternation")
    return "(?:" + "|".join(unique) + ")"


def _cues(entries: list) -> list[str]:
    return [e["cue"] if isinstance(e, dict) else e for e in entries]


@dataclass(frozen=True)
class LanguageCues:
    lang: str
    data: dict
    assign_before: re.Pattern  # searched on the text before a body list, anchored at its end
    coordinate_before: re.Pattern
    lead_after: re.Pattern  # matched on the text after a body list
    strong_after: re.Pattern
    weak_after: re.Pattern
    negation_after: re.Pattern
    not_subject_before: re.Pattern
    list_between: re.Pattern  # the whole text between two bodies of one list
    directive: re.Pattern
    authority_verbs: re.Pattern
    authority_of: re.Pattern  # searched on the text before an authority, anchored at its end
    # the same words, then a committee head's title, a person's name before it or not (``ý kiến của đồng chí …, Phó Chủ tịch``)
    authority_of_named_head: re.Pattern | None
    recipients: re.Pattern
    strong_roles: dict[str, str]
    strong_task_verbs: frozenset[str]  # strong cues that are the task's own verb ("nghiên cứu"): kept in the task
    issues_then_assigns: re.Pattern  # "UBND tỉnh … ban hành Quyết định …, giao Sở …": the body issues and assigns
    continuations: dict[str, str]
    reporting: re.Pattern  # "cho biết", "said": a sentence that reports is no continuation of a task
    clause_conjunction_at_end: re.Pattern  # ", while" / ", còn" / ", tandis que" / ", medan": a new clause begins
    fillers_at_end: re.Pattern  # titles and articles before a body: "1. Chủ tịch UBND các tỉnh …:" is a list item
    nested_before: re.Pattern  # "direct / oversee / supervisera / leda" before a body, which is tasked …
    nested_task_after: re.Pattern  # … when its task follows: "the Ministry of Y in doing Z"
    person_assigns: re.Pattern  # a person tasked to assign, after their name: "giao Phó Thủ tướng Trần Hồng Hà chỉ đạo Bộ …"
    clause_modal: re.Pattern  # a modal later in the clause of a collective subject: "các bộ … chưa xây dựng đề án phải …"
    relative_at_end: re.Pattern | None  # a relative clause around an assigning verb: "chỉ tiêu mà Đảng, Nhà nước giao cho …"
    document_subject: re.Pattern  # the words before an assigning verb are the document: "The resolution also assigns …"
    continuation_opener: re.Pattern  # a sentence that goes on with the same request: "Đồng thời, UBND tỉnh … phải …"
    # a legal text's implementation article ("Điều 3. Tổ chức thực hiện") and the start of any article,
    # which ends it; a clause that makes the bodies before it implement the text ("… chịu trách nhiệm thi hành")
    implementation_heading: re.Pattern | None = None
    article_start: re.Pattern | None = None
    implementation_clause: re.Pattern | None = None
    # a rule in force that the sentence explains ("theo quy định hiện hành", "under the current rules"): the
    # duties after it are standing ones, not tasks; an assigning verb anywhere (to tell one right after the
    # rule, "đã có quy định giao …", from a new request later in the sentence)
    standing_rule: re.Pattern | None = None
    # the whole text between a body and a body name that is its place, not a second body ("the People's
    # Committees of communes and wards in many districts of Hanoi": the communes' committees, round 19b)
    place_complement: re.Pattern | None = None
    assign_anywhere: re.Pattern | None = None
    # an issuing verb right after a body: "Ngày 30/6/2025, UBND tỉnh ban hành Kế hoạch …" (a committee's own act)
    issues_document: re.Pattern | None = None
    # an issuing verb right before a body, where the verb comes second: "Efter direktiv från premiärministern
    # utfärdade provinsens folkkommitté …" (Swedish, round 15b)
    issued_right_before: re.Pattern | None = None
    # an issuing verb right after a body, then a document with its number ("UBND huyện Vũ Thư ban hành Quyết định
    # số 9589 …", optional cues.json document_number_words): an act reported, no task of any body (round 18c)
    issues_numbered_document: re.Pattern | None = None
    # a relative pronoun right after a noun, before a body: "nghị quyết mà các bộ … có trách nhiệm thực hiện"
    subject_relative_at_end: re.Pattern | None = None
    # the province or city named as the subject of an assigning verb ("The province requires the Department of …"):
    # it stands for the provincial committee of the text
    place_subject: re.Pattern | None = None
    # a body fronted as the topic at the start of a sentence ("Với Ngân hàng Nhà nước, Nghị quyết … yêu cầu
    # …", "For the State Bank, the resolution requires …") and an assigning verb later in its sentence
    topic_before: re.Pattern | None = None
    topic_cue_after: re.Pattern | None = None
    # "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Đảng ủy Chính phủ": a body's name inside another body's name
    # (its office, its party committee), which is no body of the table: the inner name is no mention
    name_head_at_end: re.Pattern | None = None
    # "công văn gửi Công an tỉnh, Sở Y tế đề nghị dừng …": a letter's addressees, asked by the request after them
    addressee_at_end: re.Pattern | None = None
    # "điện khẩn gửi Sở Lao động … các địa phương phối hợp với … rà soát …": more task verbs than nested_task_after's
    # that, right after a letter's addressees, are what the letter asks them (cues.json's optional
    # addressee_task_after; round 37b)
    addressee_task_after: re.Pattern | None = None
    # "yêu cầu Ủy ban MTTQ tỉnh, Thủ trưởng các sở …", "yêu cầu các thành viên Ban chỉ đạo …; Chủ tịch UBND các
    # xã …": an assigning verb whose list of addressees opens with names outside the table (checked by the
    # extractor: each short, a name or a determiner first), and the most words one of them may have
    assign_over_addressees: re.Pattern | None = None
    coordinate_over_partners: re.Pattern | None = None  # the same names before the partners of a task
    coordinate_over_object: re.Pattern | None = None  # a partner cue with the task's object before its partners
    # "Dans le meme temps les comites populaires des communes inspectent …": a linking opener whose comma the page
    # lost (Lao Dong's machine-translated French), where grammar's optional ``continuation_openers_without_comma``
    # says so: the clause still opens after it
    bare_continuation_opener: re.Pattern | None = None
    # "de coordonner avec le ministère A la publication … ; avec le ministère B les travaux … ; et avec les localités
    # …": a joiner that takes up the partner cue said before in the clause (checked by the extractor)
    coordinate_series_before: re.Pattern | None = None
    coordinate_anywhere: re.Pattern | None = None
    # "các trường hợp đặc biệt do Thủ trưởng các cơ quan; Chủ tịch UBND các quận, huyện … xem xét, quyết định": a
    # complement's list (``not_subject_before``) opening with names outside the table, parted by semicolons (round 12)
    not_subject_over_names: re.Pattern | None = None
    # "căn cứ các chỉ đạo, hướng dẫn của cấp có thẩm quyền và UBND tỉnh khẩn trương thực hiện …": a body joined to a
    # possessive's owner inside a phrase of what is followed (cues.json's optional ``possessive_phrase_openers``: ``căn
    # cứ``, ``possessive_joined_before``: ``của``, ``possessive_joiners``: ``và``) is an owner too, no subject (round 31b)
    possessive_joined_before: re.Pattern | None = None
    # "phân công Phó Thủ tướng Phạm Bình Minh làm tổ trưởng": a person named for a post, not tasked
    person_post_after: re.Pattern | None = None
    # "Hai Sở GTVT, Xây dựng phối hợp …", "Ba bộ Nông nghiệp …, Tài nguyên …": a count opening a list of bodies
    count_at_end: re.Pattern | None = None
    outside_addressee_words: int = 0
    # "đề nghị Thủ tướng cho biết …", "asked the Minister to say whether": after the body, a question
    question_after: re.Pattern | None = None
    lead_after_cue: re.Pattern | None = None  # "is tasked with heading …": a lead only after a cue
    mandative_cue: re.Pattern | None = None  # an assigning verb with its conjunction: "requested that"
    indicative_after: re.Pattern | None = None  # a finite verb after the bodies: "suggested that X had …"
    # "thường xuyên chỉ đạo", "regularly asks": before an assigning verb, what a body usually does
    habitual_at_end: re.Pattern | None = None
    # "Hiện nay, …", "Currently, …": a sentence that describes how things are done
    present_state_opening: re.Pattern | None = None
    # "Giáo sư …, Tiến sĩ … đề nghị", "Professor Tran urged": an individual expert opening the sentence
    private_speaker_opening: re.Pattern | None = None
    # "giao các bộ, … và các tỉnh, thành phố trực thuộc trung ương dự toán bổ sung": a budget allocated, not a task
    allocation_after: re.Pattern | None = None
    # "Bộ NN&PTNT hướng dẫn, kiểm tra và đôn đốc các bộ …": a tasked body urging others, part of its own task
    peer_urging: frozenset[str] = frozenset()
    # "asked the Department … to review … and urged the People's Committees of communes to …": the asker's own second
    # request, its past verb after "and" (searched on the words before the bodies, anchored at their end)
    askers_own_urging: re.Pattern | None = None
    # "…; take charge of monitoring and urging the communes.": a lead verb opening the part after a semicolon, read as
    # the tasked body's lead only there (``lead_after`` does not hold it: round 31b en's reform told)
    semicolon_item_leads: re.Pattern | None = None
    # "requires eligible projects to have the People's Committees of districts … sign a commitment": a causative before
    # the bodies, which are tasked when one of its bare verbs follows them (stop 41)
    causative_before: re.Pattern | None = None
    causative_verb_after: re.Pattern | None = None
    # "Bộ Y tế chủ trì, hướng dẫn, đôn đốc các địa phương thực hiện …": guidance among the verbs before the bodies
    # (searched on the words before them, anchored at their end) and "đã" right before it (searched before the cue)
    guidance_before: re.Pattern | None = None
    guidance_done: re.Pattern | None = None
    # "coordinate and guide localities on land-related issues": the guidance's topic after the bodies, no task of theirs
    guidance_topic_after: re.Pattern | None = None
    # "Thực hiện chỉ đạo của UBND TP …, Sở … vừa chủ trì phối hợp với …": a cue word followed by these is a noun (the
    # direction cited), no request whose frame takes the partners after it (round 11)
    noun_cue_after: re.Pattern | None = None
    # "Đó là chỉ đạo của UBND tỉnh đối với các sở, ban, ngành, …": a direction named after its task by a sentence
    # opening with the grammar's direction_openers, its addressees after its direction_addressee_markers, asked by
    # the authority between (round 16)
    direction_to_before: re.Pattern | None = None
    # "Directors of the Department of …", "le directeur du Service …": a head's title before a body's name
    head_title_at_end: re.Pattern | None = None
    # "DECIDES", "RESOLVES", "DÉCIDE" in capitals: a legal text's issuer decides (case-sensitive, on the text)
    decision_word: re.Pattern | None = None
    # "assigning tasks to departments, branches …:", "Assigning specific tasks to ministries and sectors, the PM
    # instructed …": a noun of tasks given to bodies (grammar ``noun_cue_frames``), which asks them something
    # only when their task follows as an infinitive ("assigned tasks to the ministries to …") (round 9)
    noun_cue_at_end: re.Pattern | None = None
    lead_in_after: re.Pattern | None = None
    # grammar's optional ``item_infinitives`` opening a sentence, a list item or a page's caption before it: an item of
    # a decision whose issuer assigns (``Charger le ministère … d'organiser …``, open classes after round 21b)
    item_infinitive_before: re.Pattern | None = None
    # grammar's optional ``lead_agent_before``: a passive's agent after its task, the body that leads it (``Review the
    # legal documents …, chaired by the Department of Justice``, round 28b)
    lead_agent_before: re.Pattern | None = None
    # grammar's optional ``lead_agent_around``: a passive's agent word right before a body whose lead cue follows it
    # (``Kinh tế đô thị do Sở KH-ĐT chủ trì``, round 34b)
    lead_agent_around: re.Pattern | None = None
    # ``lead_after``'s cue, also where it closes its clause (``… do Sở VH-TT chủ trì.``), for ``lead_agent_around``
    lead_after_closing: re.Pattern | None = None
    # grammar's optional ``duty_agent_before``: a modal passive's agent after its task, the body that does it (``The form
    # … shall be decided by the People's Committee of the commune``, round 33 en)
    duty_agent_before: re.Pattern | None = None
    # "organizations, and individuals to …" left at a task's start by items outside the table after the
    # bodies (``list_skips_before_cue``): not the task (round 9)
    outside_items_opening: re.Pattern | None = None
    # "có văn bản gửi các sở, ngành và đơn vị liên quan yêu cầu …": items outside the table closing a letter's
    # addressees before its request (``list_skips`` after a separator; round 18b)
    addressee_skips: re.Pattern | None = None
    # "1. Comrades Secretaries of Provincial and Municipal Party Committees, Chairmen of …:": a list item's addressees
    # opening with an honorific and persons or bodies outside the table before the body (``list_skips`` and grammar's
    # optional ``addressee_honorifics``; round 39b en)
    list_item_outside_addressees: re.Pattern | None = None
    # a body after an opener naming the directive ("Selon la dépêche, les ministères et localités appliquent …") with
    # any verb of the present plural after it (grammar's optional ``present_after_a_directive``)
    directive_opening: re.Pattern | None = None
    present_plural_after: re.Pattern | None = None
    # plain verbs that are a duty only after collective subjects (cues.json's optional ``collective_subject_weak``)
    collective_weak_after: re.Pattern | None = None
    # an obligation told in the past (cues.json's optional ``past_obligations``: ``had to``, ``devaient``): a task only
    # in a text that directs (``… directed … . The Department of Labour had to check …``), a fact elsewhere
    past_obligation_after: re.Pattern | None = None
    # a passive duty cue past describing words after a collective subject (cues.json's optional
    # ``clause_describing_modals``: "les provinces frontalières et littorales sont tenues de …", round 34 fr)
    clause_describing_modal: re.Pattern | None = None

    def cue_key(self, matched: str) -> str:
        return " ".join(matched.split())


def _semicolon_not_to_subjects(lang: str) -> str:
    """A lookahead refusing a semicolon right after a lead cue unless grammar's optional ``lead_semicolon_subjects``
    open the clause after it (``chủ trì; UBND các huyện …``)."""
    subjects = grammar(lang).get("lead_semicolon_subjects") or []
    if not subjects:
        return r"(?!\s*;)"
    return rf"(?!\s*;(?!\s*{_any(subjects)}(?![\w'])))"


def _not_a_directive_here(data: dict) -> str:
    """A lookahead refusing a directive marker that one of the words of cues.json's optional
    ``directive_markers_not_followed_by`` (marker -> words) follows (``When asked about the fire, …``, ``asked by
    reporters``: a question, no direction; stop 44's left classes, round 36 en); empty where the language sets none."""
    entries = data.get("directive_markers_not_followed_by") or {}
    blocked = [rf"{phrase(marker)}\s+(?:{alternation([phrase(w) for w in words])})(?![\w'])"
               for marker, words in entries.items() if words]
    return rf"(?!{'|'.join(blocked)})" if blocked else ""


def _any(words: list) -> str:
    """An alternation of cue phrases (entries with a ``cue`` or plain strings), longest first."""
    return alternation([phrase(c) for c in _cues(words)])


def cue_compound_guard(language_grammar_data: dict) -> str:
    """A lookahead refusing an assigning verb that opens one of grammar's optional ``cue_compounds`` (``giao thông``,
    ``giao liên``), unless one of its optional ``cue_compound_exceptions`` opens there (``giao Liên hiệp các Hội …``:
    the verb, then a union's name, round 36b vi); empty where the language lists no compound."""
    compounds = language_grammar_data.get("cue_compounds") or []
    if not compounds:
        return ""
    exceptions = language_grammar_data.get("cue_compound_exceptions") or []
    unless = rf"(?!{_any(exceptions)}(?![\w']))" if exceptions else ""
    return rf"(?!{unless}{_any(compounds)}(?![\w']))"


@dataclass(frozen=True)
class _Fragments:
    """Regex fragments that several patterns of a language share."""

    fillers: str  # titles and articles between a cue and the bodies: "cho", "lãnh đạo", "the"
    filler_run: str
    blocked: str  # fixed-width lookbehinds: a word before an assigning verb that changes its sense ("bàn giao")
    not_compound: str  # a lookahead: no compound that opens with an assigning verb's letters ("giao thông")
    assign: str  # the assigning verbs, with the words a writer slips into them
    adverb_run: str  # adverbs between a body and its cue: "cũng", "strictly"
    apposition: str  # "Bộ Kế hoạch và Đầu tư – Cơ quan thường trực …, tiếp tục"
    lead_in: str  # "to" before an adverb and a lead cue: "assigned the Ministry … to urgently preside over"
    lang: str = ""


def _not_accountable(data: dict) -> str:
    """A lookahead: no words after a subject's cue that make it answerable to someone if something goes wrong rather
    than tasked (cues' optional ``accountability_after`` then one of ``accountability_conditions`` in the clause:
    ``chịu trách nhiệm toàn diện trước UBND tỉnh nếu để …``; ``chịu trách nhiệm trước UBND tỉnh về việc thực hiện
    các nhiệm vụ …`` stays a task)."""
    words, conditions = data.get("accountability_after") or [], data.get("accountability_conditions") or []
    if not words or not conditions:
        return ""
    return rf"(?!\s+{_any(words)}\s[^.;\n]{{0,80}}?(?<![\w']){_any(conditions)}(?![\w']))"


def _no_task_after_strong(data: dict) -> str:
    """A lookahead: none of the cues' optional ``strong_cue_not_task_objects`` right after a subject's strong cue, the
    words that make the cue's verb an idiom rather than a duty (fr ``sont tenus à`` + ``l'écart``, ``jour``: ``tenus à
    l'écart``, kept aside; ``tenu à jour``, kept up to date; stop 41's left classes)."""
    words = data.get("strong_cue_not_task_objects") or []
    return rf"(?!\s*{_any(words)}(?![\w']))" if words else ""


def _clause_before_modal(data: dict) -> str:
    """One character of a collective subject's clause before its later modal: not past a sentence's or clause's end,
    nor past one of the cues' optional ``clause_modal_not_past`` (``que``: the modal of a reported clause is not the
    subject's task, ``Les provinces ont indiqué que le budget devra augmenter``, round 32b fr)."""
    words = data.get("clause_modal_not_past") or []
    if not words:
        return r"[^.;:\n]"
    # an elided word ("qu'") runs on into the next word; a whole word ends there
    ends = [re.escape(w) + ("" if w[-1] in "'’" else r"(?![\w'])") for w in sorted(words, key=len, reverse=True)]
    return rf"(?:(?!(?<![\w'])(?i:{'|'.join(ends)}))[^.;:\n])"


# how far a passive duty cue may stand past a collective subject with only describing words between (``frontalières et
# littorales``)
_DESCRIBING_GAP_CHARS = 60


def _clause_describing_modal(data: dict) -> re.Pattern | None:
    """cues.json's optional ``clause_describing_modals`` after a collective subject, past describing words only: no
    comma nor sentence's end between, and none of ``clause_describing_gap_stops`` (an article or a relative opens another
    noun's clause: ``les provinces dont les habitants sont tenus de …``); None where the language lists none."""
    words = data.get("clause_describing_modals") or []
    if not words:
        return None
    stops = data.get("clause_describing_gap_stops") or []
    ends = [re.escape(w) + ("" if w[-1] in "'’" else r"(?![\w'])") for w in sorted(stops, key=len, reverse=True)]
    char = rf"(?:(?!(?<![\w'])(?i:{'|'.join(ends)})){_GAP_CHAR})" if ends else _GAP_CHAR
    # an elided cue ("sont tenus d'") runs on into the task's verb; a whole word ends there
    return re.compile(rf"^{char}{{0,{_DESCRIBING_GAP_CHARS}}}?\s(?P<cue>{_any(words)})(?:(?<=['’])|(?![\w']))")


# one character of the words between a collective subject and its describing words' cue: not past a comma or a clause
_GAP_CHAR = r"[^.;:,\n()]"


def _agreement_slips(lang: str, assign_cues: list[str]) -> list[str]:
    """The assigning verbs with the participle agreeing by a slip of the writer (grammar's optional
    ``participle_agreement_slips``: ``le vice-ministre a appelée ces provinces à proposer …``, French press, round
    20c): each cue made of an auxiliary and one of the listed participles, the participle with each slip's ending.
    Only participles whose object follows them (a direct object agrees only when it comes before the verb: ``les
    provinces qu'il a appelées`` has no body after the verb to ask)."""
    setting = grammar(lang).get("participle_agreement_slips")
    if not setting:
        return []
    auxiliaries, participles = set(setting["auxiliaries"]), set(setting["participles"])
    slips = []
    for cue in assign_cues:
        tokens = cue.split()
        if len(tokens) >= 2 and tokens[0] in auxiliaries and tokens[1] in participles:
            slips += [" ".join([tokens[0], tokens[1] + ending, *tokens[2:]]) for ending in setting["endings"]]
    return slips


def _fragments(lang: str, data: dict) -> _Fragments:
    """Phase 1: the shared fragments."""
    fillers = _any(data["fillers"])
    # a head's title joined by a slash to the filler's own ("Giám đốc/Thủ trưởng các sở", "directors/heads of
    # departments", "directeurs/chefs de département"): the first title is read with the filler it pairs with
    # (the body's own name may open with the second title: "directors/heads of departments")
    slashed = (rf"|{_any(data['titles_before_slash'])}\s*/\s*" if data.get("titles_before_slash") else "")
    counts = "".join(rf"|{count}\s+" for count in grammar(lang).get("count_before_bodies") or [])
    # a lookbehind needs a fixed width: one per blocker (single words)
    blocked = "".join(rf"(?<!{re.escape(lower_for_matching(b))}\s)" for b in data.get("cue_blockers") or [])
    not_compound = cue_compound_guard(grammar(lang))
    # words a writer slips into or after an assigning verb: "a également demandé", "a demandé le 18 avril
    # au", "uppdrog på fredagen åt", "gav även X i uppdrag"
    inserts = [e["pattern"] for e in data.get("assign_inserts") or []]
    assign_cues = _cues(data["assign_before"])
    assign_cues += _agreement_slips(lang, assign_cues)
    if inserts:
        insert = rf"(?:{alternation(inserts)})"
        # an insert may be set off by commas: "a demandé, le 19 mai, à toutes les localités" (round 16)
        gap = rf"(?:\s*,\s*{insert}\s*,\s*|\s+(?:{insert}\s+)?)"
        assign = alternation([gap.join(re.escape(t) for t in lower_for_matching(c).split()) for c in assign_cues])
        assign = rf"{assign}(?:\s*,\s*{insert}\s*,|\s+{insert})?"
    else:
        assign = _any(assign_cues)
    adverbs = data.get("adverbs") or []
    suffix = grammar(lang)["adverb_suffix"]  # "strictly shall": any word with the language's adverb ending
    adverb_options = ([rf"\w+{re.escape(suffix)}"] if suffix else []) + ([_any(adverbs)] if adverbs else [])
    # "Les ministères et organismes, selon leurs fonctions, sont chargés": a parenthetical between commas
    # "Departments and branches urgently and proactively prepare …": adverbs joined by a conjunction of the
    # language (``adverb_conjunctions`` in grammar.json, round 15)
    joined = grammar(lang).get("adverb_conjunctions") or []
    joiner = rf"(?:\s+{_any(joined)})?" if joined else ""
    adverb_run = rf"(?:(?:{'|'.join(adverb_options)}){joiner}\s+)*" if adverb_options else ""
    openers = data.get("parenthetical_openers") or []
    # "The Ministry of Transport, as the standing agency of the State Steering Committee for …, needs to": an
    # apposition may be longer than a scope phrase (``parenthetical_max_chars``, round 11)
    longest = grammar(lang).get("parenthetical_max_chars") or 60
    # "…, based on the direction of the Prime Minister in Official Dispatch No. 234/CD-TTg dated November 30, 2025,
    # shall": marks a language writes inside an aside that do not close it, a date's comma before its year and a
    # number's abbreviation (``apposition_inner_marks`` in grammar.json, round 17)
    inner = grammar(lang).get("apposition_inner_marks") or []
    # a parenthesis inside the aside with commas of its own counts as one piece ("…, according to the \"6 clear\"
    # principle (clear people, clear work, …), to preside over …", round 29)
    bracketed = r"\([^()\n]{1,160}\)|"
    piece = rf"(?:{bracketed}[^,.;:\n]|{'|'.join(inner)})" if inner else rf"(?:{bracketed}[^,.;:\n])"
    parenthetical = (rf"|\s*,\s*{_any(openers)}\s{piece}{{1,{longest}}}?," if openers else "") + (
        r"|\s*\([^()\n]{1,120}\)"  # "Sở Giao thông vận tải (Cơ quan Thường trực …) chủ trì"
        # the close of a parenthesis the last body named inside it ends ("… 25 provinces and centrally-run cities
        # (Can Tho, …, and Dong Thap) are required to …", round 24): its bodies then meet the cue after it
        r"|\s*\)(?=\s)")
    # "…, en particulier dans les localités touchées telles que Sa Huynh, Tra Cau, … et Lan Phong, doivent …": an aside
    # ending in a list of named places after an example word, the names' commas inside it and its length past the
    # aside's reach (grammar's optional ``example_list_openers``; stop 39's left classes, left32fr)
    examples = grammar(lang).get("example_list_openers") or []
    if openers and examples:
        name = r"[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,3}"  # (the text after a body is read lowered)
        joins = _any(grammar(lang)["list_conjunctions"])
        parenthetical += (rf"|\s*,\s*{_any(openers)}\s{piece}{{0,{longest}}}?\s{_any(examples)}\s+{name}"
                          rf"(?:\s*,\s*{name})*,?\s+{joins}\s+{name}\s*,")
    # "…, according to their functions, tasks and authority, continue …": the duty formula between commas,
    # commas of its own included (``duty_formulas`` in grammar.json, round 12)
    formulas = grammar(lang).get("duty_formulas") or []
    if formulas:
        # "…, based on the functions and tasks of each agency, unit and the actual situation, proactively …": the
        # formula's further owners and the situation before its closing comma (grammar's optional
        # ``duty_formula_tails``; stop 45's left classes, left38)
        tails = grammar(lang).get("duty_formula_tails") or []
        tail = rf"(?:\s*{_any(tails)}(?![\w']))?" if tails else ""
        parenthetical += rf"|\s*,\s*{_any(formulas)}{tail}\s*,"
        # "…, based on the functions and tasks of each branch, each unit shall …": a distributive subject taking up
        # the bodies after the formula (``distributive_subjects`` in grammar.json, round 26's left class)
        distributive = grammar(lang).get("distributive_subjects") or []
        if distributive:
            parenthetical += rf"|\s*,\s*{_any(formulas)}\s*,\s*{_any(distributive)}(?=\s)"
    # "UBND các xã, phường căn cứ các chỉ đạo, hướng dẫn của cấp có thẩm quyền và UBND tỉnh khẩn trương thực hiện …":
    # the guidance a subject follows, with no comma before it (grammar's optional ``guidance_phrase_openers``, round
    # 31b vi's left class), commas of its own included, up to its cue
    guidance = grammar(lang).get("guidance_phrase_openers") or []
    if guidance:
        parenthetical += rf"|\s+{_any(guidance)}\s[^.;:\n]{{1,120}}?(?=\s)"
    # "Sở Văn hóa, Thể thao và Du lịch, UBND các huyện, thành phố theo chức năng, thẩm quyền chỉ đạo …": the duty
    # formula written right after the subject with no comma before it (grammar's optional ``bare_duty_formulas``,
    # round 36 vi; the formula between commas is ``duty_formulas``)
    bare_formulas = grammar(lang).get("bare_duty_formulas") or []
    if bare_formulas:
        parenthetical += rf"|\s+{_any(bare_formulas)}(?=\s)"
    # "Các Sở, ban, ngành là thành viên Ban Chỉ huy phối hợp …": the board the subject is a member of, its name's own
    # word of directing inside the opener, a few words of its name after it (grammar's optional
    # ``membership_phrase_openers``, round 34 vi)
    membership = grammar(lang).get("membership_phrase_openers") or []
    if membership:
        parenthetical += rf"|\s+{_any(membership)}(?:\s[^.;:,\n]{{1,60}}?)?(?=\s)"
    scope = grammar(lang).get("scope_range") or []  # "UBND các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa tiếp tục …"
    if len(scope) == 2:
        word = r"[^\s,.;:]+"
        parenthetical += rf"|\s+{_any(scope[:1])}\s+(?:{word}\s+){{1,4}}?{_any(scope[1:])}\s+(?:{word}\s+){{0,3}}?{word}"
    # "UBND các huyện, thị xã, thành phố trên địa bàn tỉnh chịu trách nhiệm …": a scope of a few words
    # and an example list in parentheses after the scope ("… in many districts of Hanoi (such as Tay Ho, …) are
    # required to", round 19b)
    for opener in grammar(lang).get("scope_phrases") or []:
        parenthetical += rf"|\s+{phrase(opener)}(?:\s+[^\s,.;:]+){{0,4}}?(?:\s*\([^()\n]{{1,120}}\))?"
    # "Sở Tài chính tỉnh có trách nhiệm …": the word that makes a body the province's own with no name after it
    # (grammar's optional ``own_province_words``) between the body and its cue (round 25); a name after it is part
    # of the body's mention already ("Sở Tài chính tỉnh Tuyên Quang")
    own = grammar(lang).get("own_province_words") or []
    if own:
        parenthetical += rf"|\s+{_any(own)}(?=\s)"
    return _Fragments(
        fillers=fillers,
        # French elides: "à l'Alliance"; a count of the bodies asked, in figures, where grammar.json's optional
        # count_before_bodies says how one is written ("requested leaders of the 36 communes and wards", round 18b)
        # a filler ending in an elided article or preposition runs into the body's name ("à la province
        # d'An Giang"): no space after its apostrophe
        filler_run=rf"(?:{fillers}(?:\s+|(?<='))|l'{counts}{slashed})*",
        blocked=blocked,
        not_compound=not_compound,
        assign=assign,
        adverb_run=adverb_run,
        # a hyphen written against the next word joins a compound, it opens no apposition ("Quang Ninh-provinsen gav …"):
        # the text after a body is read on its own, so the word before the hyphen cannot be seen
        # the aside's inner marks (``apposition_inner_marks``) do not close a dash's apposition either ("Sở Nông nghiệp
        # … - Cơ quan Thường trực phòng, chống thiên tai của Ban Chỉ huy … chủ trì", round 34b)
        apposition=rf"(?:(?!-[^\W\d_])\s*[-–]\s*(?:{'|'.join(inner) + '|' if inner else ''}[^,.;:\n]){{0,120}}?{parenthetical})?",
        lead_in=rf"(?:{_any(grammar(lang)['lead_in'])}\s+{adverb_run})?" if grammar(lang)["lead_in"] and adverb_options else "",
        lang=lang,
    )


def _verb_run(data: dict) -> str:
    """The verbs that may follow an assigning verb after a comma, before the bodies it names (cues.json's optional
    ``verbs_run_after_cue``: ``chỉ đạo, kiểm tra, giám sát UBND 4 tỉnh nêu trên đẩy nhanh …``): the bodies are still
    the verb's (open classes after round 21b: round 20b's nested provinces)."""
    verbs = data.get("verbs_run_after_cue") or []
    return rf"(?:\s*,\s*{_any(verbs)})*" if verbs else ""


def _skips_any(data: dict, skips: list) -> str:
    """An alternation of ``list_skips``' phrases and cues.json's optional ``list_skip_patterns`` (items outside the
    table named with a place or a number, as regular expressions over the lowered text: ``Tax Department of Region
    XVIII``, ``Ben Tre Customs``; stop 45's left classes, left38)."""
    patterns = data.get("list_skip_patterns") or []
    return alternation([phrase(c) for c in _cues(skips)] + [f"(?:{p})" for p in patterns])


def _trailing_skips(data: dict, f: _Fragments) -> str:
    """Items outside the table that close a list of bodies before its verb (``departments, … and businesses
    need to``, ``localities and enterprises actively monitor``): the bodies before them are still the subject,
    where a language's grammar says so (``list_skips_before_cue``, round 9)."""
    skips = data.get("list_skips") or []
    if not skips or not grammar(f.lang).get("list_skips_before_cue"):
        return ""
    separators = alternation([re.escape(s) if not s[0].isalpha() else phrase(s) for s in data["list_separators"]])
    return rf"(?:\s*{separators}\s*{f.filler_run}{_skips_any(data, skips)}(?![\w']))*"


def _leading_skips(data: dict, f: _Fragments) -> str:
    """Items outside the table that open the list an assigning verb names (``assigned units and localities
    to …``, ``requesting relevant agencies and the Department of Health to …``): the bodies after them are
    asked, where a language's grammar says so (``list_skips_before_cue``, round 9, or only this side:
    ``list_skips_after_cue``, round 13)."""
    skips = data.get("list_skips") or []
    if not skips or not (grammar(f.lang).get("list_skips_before_cue") or grammar(f.lang).get("list_skips_after_cue")):
        return ""
    separators = alternation([re.escape(s) if not s[0].isalpha() else phrase(s) for s in data["list_separators"]])
    # "demande aux chefs des agences et unités telles que …, le Comité populaire du quartier 10 …": the bodies a
    # highlight singles out of a collective outside the table are asked (``list_highlights``, round 29)
    highlights = data.get("list_highlights") or []
    highlight = rf"(?:{_any(highlights)}(?![\w'])\s*)" if highlights else ""
    if highlight:
        return rf"(?:{f.filler_run}{_skips_any(data, skips)}\s*(?:{separators}\s*{highlight}?|{highlight}))*"
    return rf"(?:{f.filler_run}{_skips_any(data, skips)}\s*{separators}\s*)*"


def _addressee_skips(data: dict, f: _Fragments) -> re.Pattern | None:
    """Items outside the table after a letter's addressees, each after a list separator, before the request that
    asks the addressees (``gửi các sở, ngành và đơn vị liên quan yêu cầu …``): the addressees are still asked."""
    skips = data.get("list_skips") or []
    if not skips:
        return None
    separators = alternation([re.escape(s) if not s[0].isalpha() else phrase(s) for s in data["list_separators"]])
    return re.compile(rf"^(?:\s*{separators}\s*{f.filler_run}{_skips_any(data, skips)}(?![\w']))+")


def _list_item_outside_addressees(data: dict, f: _Fragments) -> re.Pattern | None:
    """A list item's marker, then an honorific (grammar's optional ``addressee_honorifics``: ``Comrades``, ``Đồng
    chí``, ``Camarades``) and items outside the table each closed by a comma or a semicolon (``list_skips``), up to
    the end: the words before the body of ``1. Comrades Secretaries of Provincial and Municipal Party Committees,
    Chairmen of People's Committees of provinces …:`` (round 39b en). None where the language has neither."""
    skips = data.get("list_skips") or []
    honorifics = language_grammar(f.lang).get("addressee_honorifics") or []
    if not skips and not honorifics:
        return None
    honorific = rf"(?:{alternation([phrase(h) for h in _cues(honorifics)])}\s+)?" if honorifics else ""
    items = rf"(?:{f.filler_run}{_skips_any(data, skips)}(?![\w'])\s*[,;]\s*{honorific})*" if skips else ""
    return re.compile(rf"^\s*{LIST_MARKER}\s*{honorific}{items}$")


def _outside_items_opening(data: dict, f: _Fragments) -> re.Pattern | None:
    """Items outside the table opening a task's text (``organizations, and individuals to proactively …``), where
    a language's grammar lets them close a list of bodies (``list_skips_before_cue``)."""
    skips = data.get("list_skips") or []
    if not skips or not grammar(f.lang).get("list_skips_before_cue"):
        return None
    separators = alternation([re.escape(s) if not s[0].isalpha() else phrase(s) for s in data["list_separators"]])
    return re.compile(rf"^(?:\s*(?:{separators}\s*)?{f.filler_run}{_skips_any(data, skips)}(?![\w'])\s*,?)+\s*")


def _passive_cues(lang: str, listed: list[dict]) -> list[dict]:
    """The passive cues a language's grammar composes (``passive_cues`` in ``grammar.json``): each auxiliary,
    an optional adverb, each participle with its preposition (``has been tasked with``, ``were also required
    to``, ``sont instamment priées de``), so that a tense or an adverb the cue list never spelt out still
    tasks the subject (round 10); the cues ``subject_strong`` lists keep their own roles."""
    spec = grammar(lang).get("passive_cues") or {}
    if not spec:
        return []
    listed_cues = {" ".join(lower_for_matching(e["cue"]).split()) for e in listed}
    adverbs = [""] + [f"{a} " for a in spec.get("adverbs") or []]
    composed = (f"{aux} {adverb}{participle}" for aux in spec["auxiliaries"] for adverb in adverbs
                for participle in spec["participles"])
    found = [{"cue": cue} for cue in dict.fromkeys(composed) if " ".join(lower_for_matching(cue).split()) not in listed_cues]
    if spec.get("adverbs_in_listed_cues"):
        # "Le ministère est également chargé de coordonner …": the adverb inside a listed cue that opens with an
        # auxiliary ("est chargé"), its role kept (open classes after round 22b)
        auxiliaries = sorted(spec["auxiliaries"], key=len, reverse=True)
        for e in listed:
            cue = " ".join(e["cue"].split())
            aux = next((a for a in auxiliaries if cue.startswith(f"{a} ")), None)
            for adverb in adverbs[1:] if aux else []:
                spelt = f"{aux} {adverb}{cue[len(aux) + 1 :]}"
                if " ".join(lower_for_matching(spelt).split()) not in listed_cues:
                    found.append({k: v for k, v in e.items() if k != "example"} | {"cue": spelt})
    return found


def _future_tense(data: dict, f: _Fragments) -> str:
    """An alternative of grammar's ``future_tense``, to join the ``subject_weak`` cues: a word with a future's ending
    (``supervisera``, ``poursuivront``) that is none of its ``not`` (``sera``, ``pourra``) nor an assigning verb or a
    verb of directing with its preposition (``ordonnera aux localités``: the body asks, the localities are tasked), or a near future's
    auxiliary before an infinitive (``vont suivre``); empty where the language sets none."""
    future = grammar(f.lang).get("future_tense")
    if not future:
        return ""
    endings = alternation([re.escape(e) for e in future["endings"]])
    stem = rf"[^\W\d_]{{{int(future['min_stem'])},}}"
    # a verb of directing with its object's preposition ("ordonnera aux") asks the bodies after it; one word alone
    # ("supervisera les travaux") is the subject's own task as well
    asking = [cue for cue in _cues(data["nested_before"]) if len(cue.split()) > 1]
    excluded = rf"(?!{_any((future.get('not') or []) + asking)}(?![\w']))(?!{f.assign}(?![\w']))"
    options = [rf"{excluded}{stem}(?:{endings})"]
    if future.get("near_future_auxiliaries"):
        infinitive = alternation([re.escape(e) for e in future["infinitive_endings"]])
        options.append(rf"{_any(future['near_future_auxiliaries'])}\s+[^\W\d_]+(?:{infinitive})")
    return "|" + "|".join(options)


def _purpose_phrase(lang: str) -> str:
    """An optional phrase of purpose opening a sentence and closed by a comma (grammar's optional ``purpose_openers``:
    ``To address these challenges,``), as a regex fragment; empty where the language lists none."""
    openers = grammar(lang).get("purpose_openers") or []
    if not openers:
        return ""
    return rf"(?:(?:{'|'.join(re.escape(w.lower()) for w in openers)})\s+[^,.;:]{{1,80}},\s*)?"


def _present_after_a_directive(opening: str, f: _Fragments) -> dict:
    """grammar's optional ``present_after_a_directive``: its ``openers`` (``selon la dépêche``) with a comma and an
    article, all that stands before a body; and any word with the present plural's ``ending`` (``appliquent``) that
    ends with none of ``not_endings`` (``-ment`` adverbs, the imperfect's ``-aient``), right after the body."""
    setting = grammar(f.lang).get("present_after_a_directive")
    if not setting:
        return {}
    articles = _any(grammar(f.lang)["articles"] + grammar(f.lang)["elided_articles"])
    not_endings = "".join(rf"(?<!{re.escape(e)})" for e in setting["not_endings"])
    return dict(
        directive_opening=re.compile(rf"^\s*{_any(setting['openers'])}\s*,?\s*(?:{articles}\s*)?$"),
        present_plural_after=re.compile(
            rf"{opening}(?P<cue>[^\W\d_]{{{int(setting['min_stem'])},}}{re.escape(setting['ending'])}){not_endings}(?![\w'])"),
    )


def _duty_agent_before(f: _Fragments) -> re.Pattern | None:
    """grammar's optional ``duty_agent_before``: one of its ``auxiliaries`` (``shall be``), one of its ``participles``
    (``decided``) and one of its ``markers`` (``by``) right before a body (the fillers between): the agent of a modal
    passive does the task told before it (``… shall be decided by the People's Committee of the commune``)."""
    setting = grammar(f.lang).get("duty_agent_before")
    if not setting:
        return None
    return re.compile(rf"(?<![\w'])(?P<cue>{_any(setting['auxiliaries'])}\s+{_any(setting['participles'])}\s+"
                      rf"{_any(setting['markers'])})\s+{f.filler_run}$")


def _counted_targets_received(lang: str) -> str:
    """One more alternative of the strong cues: a body's receipt of targets told as its own verb, then the targets
    counted (grammar's optional ``received_targets``: ``le Comité populaire provincial a reçu 19 objectifs et tâches``,
    ``received 19 targets``, as Vietnamese ``được giao 19 chỉ tiêu`` reads through its passive; the lead's ruling of
    stop 41: targets given to a body are its task). A budget received (``a reçu 500 milliards``) names no target noun."""
    setting = grammar(lang).get("received_targets")
    if not setting:
        return ""
    # up to three words between the verb or its count and the noun ("received 20 socio-economic development targets");
    # the cue is the verb alone, the targets its task (a cue ending its sentence would read its task on into the next)
    return (rf"|{_any(setting['verbs'])}(?=\s+(?:\d{{1,3}}\s+)?(?:[^\W\d_][\w-]*\s+){{0,3}}?"
            rf"{_any(setting['targets'])}(?![\w']))")


def _not_a_task_after_elision(lang: str) -> str:
    """A lookahead: none of grammar's ``elided_lead_in_not_tasks`` (``ici`` of ``d'ici``, a date) after an elided lead-in."""
    words = grammar(lang).get("elided_lead_in_not_tasks") or []
    return rf"(?!{_any(words)}(?![\w']))" if words else ""


def _frame_patterns(data: dict, f: _Fragments) -> dict:
    """Phase 2: the frames around a body: the cues before it (a verb that tasks it, a coordination, a
    complement) and after it (it presides, it must, it does, it did)."""
    meeting = _any(data["lead_not_before"])
    meeting_tasks = data.get("lead_meeting_tasks") or []  # "chủ trì họp báo công bố …": holding it is the task
    if meeting_tasks:
        meeting = rf"(?!{_any(meeting_tasks)}(?![\w'])){meeting}"
    # "People's Committees of districts and towns of the City are requested to …": a qualifier a body's name may take
    # (grammar's optional ``list_item_qualifiers``, as inside a list) before its subject's cue (round 37b en)
    qualifiers = grammar(f.lang).get("list_item_qualifiers") or []
    qualified = rf"(?:\s+{_any(qualifiers)}(?![\w']))?" if qualifiers else ""
    opening = rf"^{qualified}{_trailing_skips(data, f)}{f.apposition}\s*,?\s*{f.adverb_run}"
    strong = data["subject_strong"] + _passive_cues(f.lang, data["subject_strong"])
    # "Provinces and cities applying social distancing measures were requested to …": a participle phrase that
    # narrows the subject may stand before a modal or passive cue (``restrictive_participles``, round 10)
    suffix = grammar(f.lang).get("gerund_suffix") if grammar(f.lang).get("restrictive_participles") else None
    participle = rf"(?:\s+[^\W\d_]+{re.escape(suffix)}(?:\s+[^\s,.;:]+){{1,8}}?(?=\s))?" if suffix else ""
    opening_strong = rf"^{qualified}{_trailing_skips(data, f)}{f.apposition}{participle}\s*,?\s*{f.adverb_run}"
    return dict(
        assign_before=re.compile(rf"(?<![\w'])(?P<cue>{f.blocked}{f.assign}){_verb_run(data)}:?\s+{_leading_skips(data, f)}{f.filler_run}$"),
        # the authority stands between the direction's noun and the marker, before the cue, so that it asks
        direction_to_before=(re.compile(
            rf"^\s*{_any(grammar(f.lang)['direction_openers'])}\s+{_any(data['authority_of'])}\s[^.;:!?\n]{{1,80}}?"
            rf"(?<![\w'])(?P<cue>{_any(grammar(f.lang)['direction_addressee_markers'])})\s+{_leading_skips(data, f)}{f.filler_run}$")
            if grammar(f.lang).get("direction_addressee_markers") and grammar(f.lang).get("direction_openers") else None),
        coordinate_before=re.compile(rf"(?<![\w'])(?P<cue>{_any(data['coordinate'])})\s+{_leading_skips(data, f)}{f.filler_run}$"),
        # "Buổi lễ do …, Giám đốc Công an tỉnh …, chủ trì.": a lead cue that ends its sentence chairs, it has no task (round 13)
        # "Sở Nội vụ chủ trì; UBND các huyện … và các sở, ngành liên quan tập trung triển khai …": a semicolon opening
        # the bodies that work with the lead keeps the cue a lead (grammar's optional ``lead_semicolon_subjects``,
        # round 34b vi)
        lead_after=re.compile(rf"{opening}{f.lead_in}(?P<cue>{_any(data['lead_after'])})(?![\w'])(?!\s+{meeting}(?!\w))"
                              rf"(?!\s*(?:[.!?]|$)){_semicolon_not_to_subjects(f.lang)}"),
        # the same cue closing its clause: after a passive's agent (``lead_agent_around``) the work was told before
        lead_after_closing=re.compile(rf"{opening}{f.lead_in}(?P<cue>{_any(data['lead_after'])})(?![\w'])(?!\s+{meeting}(?!\w))"),
        # "… chịu trách nhiệm toàn diện trước UBND tỉnh nếu …": answerable to an authority, no task (the optional
        # ``accountability_after``, round 20)
        strong_after=re.compile(rf"{opening_strong}(?P<cue>{_any(strong)}{_counted_targets_received(f.lang)}){_CUE_END}"
                                rf"{_not_accountable(data)}{_no_task_after_strong(data)}"),
        # "Provincial leaders will be held accountable if …": the future's auxiliary (a weak cue) before a sanction
        weak_after=re.compile(rf"{opening}(?P<cue>{_any(data['subject_weak'])}{_future_tense(data, f)}){_CUE_END}"
                              rf"{_not_accountable(data)}"),
        collective_weak_after=(re.compile(rf"{opening}(?P<cue>{_any(data['collective_subject_weak'])}){_CUE_END}")
                               if data.get("collective_subject_weak") else None),
        past_obligation_after=(re.compile(rf"{opening}(?P<cue>{_any(data['past_obligations'])}){_CUE_END}")
                               if data.get("past_obligations") else None),
        **_present_after_a_directive(opening, f),
        negation_after=re.compile(rf"^\s*(?:{_any(data['negations'])})(?![\w'])"),
        not_subject_before=re.compile(rf"(?<![\w'])(?:{_any(data['not_subject_before'])})\s+{f.filler_run}$"),
        strong_roles={" ".join(lower_for_matching(e["cue"]).split()): e.get("role", "assignee") for e in strong},
        strong_task_verbs=frozenset(" ".join(lower_for_matching(e["cue"]).split()) for e in data["subject_strong"] if e.get("task_verb")),
        # the assign cues' blockers hold for the verbs of directing too ("has issued many documents directing …": past)
        nested_before=re.compile(rf"(?<![\w'])(?P<cue>{f.blocked}{_any(data['nested_before'])})\s+{f.filler_run}$"),
        causative_before=(re.compile(rf"(?<![\w'])(?P<cue>{_any(data['causative_before'])})\s+{f.filler_run}$")
                          if data.get("causative_before") else None),
        causative_verb_after=(re.compile(rf"^\s*{_any(data['causative_verbs'])}(?![\w'])")
                              if data.get("causative_before") and data.get("causative_verbs") else None),
        # an elided lead-in ends with its apostrophe, against the task's verb: "de charger le ministère X d'inspecter …"
        # a number after it is a time, no task: "a dirigé le Département des Finances de 2015 à 2020", "directed the
        # Ministry in 2020" (stop 39's left classes, left32fr)
        nested_task_after=re.compile(rf"^\s*{_any(data['nested_task_after'])}(?:(?<='){_not_a_task_after_elision(f.lang)}|(?![\w']))(?!\s*\d)"),
        # "requested Deputy Prime Minister X to direct the Ministry …": a verb of directing assigns as well (a
        # Vietnamese name of three or four words and an adverb may come first: "Phó Thủ tướng Vương Đình Huệ trực
        # tiếp chỉ đạo")
        person_assigns=re.compile(rf"^\s*(?:[^\s,.;:]+\s+){{0,6}}?(?:{f.assign}|{_any(data['nested_before'])})(?![\w'])"),
        # (answerable to an authority after the modal is no task either: ``… shall be held liable … for any …``, round 35 en)
        clause_modal=re.compile(rf"^{_clause_before_modal(data)}{{0,140}}?\s(?P<cue>{_any(data['clause_modals'])})(?![\w'])"
                                rf"{_not_accountable(data)}"),
        clause_describing_modal=_clause_describing_modal(data),
        # an assigning verb anywhere before a body, not the first word of a compound that only shares its letters
        # ("giao" of "giao thông", "Ban An toàn giao thông"): grammar's optional ``cue_compounds``
        assign_anywhere=re.compile(rf"(?<![\w']){f.blocked}{f.not_compound}{f.assign}(?![\w'])"),
        noun_cue_at_end=(re.compile(rf"(?<![\w']){_any(grammar(f.lang)['noun_cue_frames'])}\s+{f.filler_run}$")
                         if grammar(f.lang).get("noun_cue_frames") else None),
        item_infinitive_before=(re.compile(
            rf"^\s*(?:{LIST_MARKER}\s*)?(?:{_any(grammar(f.lang).get('caption_words') or ['(?!)'])}\s*:\s*[^\s.;]+\s+)?"
            rf"(?P<cue>{_any(grammar(f.lang)['item_infinitives'])})\s+{_leading_skips(data, f)}{f.filler_run}$")
            if grammar(f.lang).get("item_infinitives") else None),
        lead_agent_before=(re.compile(rf"(?<![\w'])(?P<cue>{_any(grammar(f.lang)['lead_agent_before'])})\s+{f.filler_run}$")
                           if grammar(f.lang).get("lead_agent_before") else None),
        lead_agent_around=(re.compile(rf"(?<![\w'])(?P<cue>{_any(grammar(f.lang)['lead_agent_around'])})\s+{f.filler_run}$")
                           if grammar(f.lang).get("lead_agent_around") else None),
        duty_agent_before=_duty_agent_before(f),
        lead_in_after=(re.compile(rf"^\s*{_any(grammar(f.lang)['lead_in'])}\s+[^\W\d_]")
                       if grammar(f.lang).get("lead_in") else None),
        outside_items_opening=_outside_items_opening(data, f),
        addressee_skips=_addressee_skips(data, f),
        list_item_outside_addressees=_list_item_outside_addressees(data, f),
    )


def _list_patterns(data: dict, f: _Fragments) -> dict:
    """Phase 3: the bodies of one list, and the bare names that continue it."""
    separators = alternation([re.escape(s) if not s[0].isalpha() else phrase(s) for s in data["list_separators"]])
    # "aux ministères, aux secteurs concernés et aux collectivités locales": a qualifier after an item's name, before
    # the next separator (grammar's optional ``list_item_qualifiers``, round 17b); after an item outside the table
    # too ("les ministères, les agences centrales et les autorités locales", round 17c)
    qualifiers = grammar(f.lang).get("list_item_qualifiers") or []
    qualifier = rf"(?:\s+{_any(qualifiers)}(?![\w']))?" if qualifiers else ""
    skips = data.get("list_skips") or []
    # an item outside the table may carry the fillers of the list's items ("aux ministères, aux organismes concernés
    # et aux localités", "des ministères, des organismes concernés ainsi que des autorités locales": round 18c)
    skip = rf"(?:\s*{f.filler_run}{_skips_any(data, skips)}{qualifier}\s*{separators})*" if skips else ""
    # "các bộ liên quan, nhất là Bộ Công Thương …": the bodies singled out of a collective share its task
    highlights = data.get("list_highlights") or []
    # "…, en particulier dans les provinces de Dak Lak, …": the provinces' own words after the highlight (grammar's
    # optional ``highlighted_province_words``, open classes after round 22b)
    places = grammar(f.lang).get("highlighted_province_words") or []
    place = rf"(?:\s+{_any(places)})?" if places else ""
    highlight = rf"(?:\s*{_any(highlights)}(?![\w']){place})?" if highlights else ""
    # "… ainsi qu'aux unités telles que la police de la ville": an item outside the table right before the highlight
    # that singles bodies out of it, with no separator between (round 33 fr; the list's opening had it, round 29)
    highlighted_skip = (rf"(?:\s*{f.filler_run}{_skips_any(data, skips)}{qualifier}(?=\s*{_any(highlights)}(?![\w'])))?"
                        if skips and highlights else "")
    return dict(
        # "la Banque d'État du Vietnam (SBV), au ministre des Finances …": a short acronym may close an item (round 9)
        # an item outside the table may also follow the highlight ("aux ministères, en particulier aux comités du
        # Parti et aux autorités locales": round 15b)
        list_between=re.compile(rf"^(?:\s*\([^()\n]{{1,15}}\))?{qualifier}\s*{separators}{skip}{highlighted_skip}{highlight}{skip}\s*{f.filler_run}$"),
        continuations={" ".join(lower_for_matching(k).split()): v for k, v in (data.get("continuations") or {}).items()},
        fillers_at_end=re.compile(rf"(?<![\w'])(?:{f.fillers}\s+)+$"),
    )


def _text_patterns(data: dict, f: _Fragments) -> dict:
    """Phase 4: what the text and its sentences say: a directive text, its authority, its recipients, a
    report, a relative clause, a document as subject, a sentence that goes on with a request."""
    # "Ban Chỉ đạo" is a steering committee, not "chỉ đạo" (directs): one fixed-width lookbehind a word
    verb_blocked = "".join(rf"(?<!{re.escape(lower_for_matching(b))}\s)" for b in data.get("authority_verb_blockers") or [])
    return dict(
        directive=re.compile(rf"(?<![\w']){_not_a_directive_here(data)}{_any(data['directive_markers'])}(?![\w'])"),
        authority_verbs=re.compile(rf"(?<![\w']){verb_blocked}{_any(data['authority_verbs'])}(?![\w'])"),
        authority_of=re.compile(rf"(?<![\w']){_any(data['authority_of'])}\s+{f.filler_run}$"),
        authority_of_named_head=re.compile(
            rf"(?<![\w']){_any(data['authority_of'])}\s+{f.filler_run}(?:(?:[^\s,.;:]+\s+){{0,4}}[^\s,.;:]+\s*[,–-]\s*)?"
            rf"{_any(data['committee_head_titles'])}\s+$") if data.get("committee_head_titles") else None,
        recipients=re.compile(rf"(?m)^\s*{_any(data['recipients_headers'])}\s*:"),
        issues_then_assigns=re.compile(
            rf"^\s*,?\s*{f.adverb_run}{_any(data['issuing_verbs'])}(?![\w'])[^.;\n]*?(?<![\w']){f.blocked}{f.assign}\s"),
        reporting=re.compile(rf"(?<![\w']){_any(data['reporting_verbs'])}(?![\w'])"),
        # "… production while the Ministry of Industry and Trade will instruct …": some open a clause without a
        # comma (``clause_conjunctions_without_comma`` in grammar.json, round 15)
        clause_conjunction_at_end=re.compile(rf"(?:,\s*{_any(data['clause_conjunctions'])}{_comma_free(f.lang)})$"),
        relative_at_end=(re.compile(rf"(?<![\w']){_any(data['relative_markers'])}\s[^.;:\n]{{0,40}}$")
                         if data.get("relative_markers") else None),
        # a sentence may open with a linking phrase before the document ("Bên cạnh đó, văn bản cũng yêu cầu …", round 15)
        # or with a phrase of purpose ("To address these challenges, the directive tasks …", round 30 en: grammar's
        # optional ``purpose_openers``)
        document_subject=re.compile(rf"^\s*(?:{_any(data['continuation_openers'])}\s*,?\s+)?{_purpose_phrase(f.lang)}"
                                    rf"{_any(data['document_subjects'])}(?:\s+{f.adverb_run})?\s*,?\s*$"),
        continuation_opener=re.compile(rf"^\s*{_any(data['continuation_openers'])}\s*,"),
        bare_continuation_opener=(re.compile(rf"^\s*{_any(data['continuation_openers'])}\s*$")
                                  if grammar(f.lang).get("continuation_openers_without_comma") else None),
        place_subject=(re.compile(rf"^\s*(?:{_any(data['continuation_openers'])}\s*,?\s+)?{_any(data['place_subjects'])}"
                                  rf"(?:\s+{f.adverb_run})?\s*,?\s*$") if data.get("place_subjects") else None),
        issues_document=re.compile(rf"^\s*,?\s*{f.adverb_run}{_any(data['issuing_verbs'])}(?![\w'])"),
        issued_right_before=re.compile(rf"(?<![\w']){_any(data['issuing_verbs'])}\s+$"),
        issues_numbered_document=(re.compile(rf"^\s*,?\s*{f.adverb_run}{_any(data['issuing_verbs'])}\s+{_any(data['document_subjects'])}"
                                             rf"\s+(?:{_any(data['document_number_words'])}\s*)?\d", re.I)
                                  if data.get("document_number_words") else None),
    )


def _addressee_joins(data: dict) -> str:
    """The alternatives to a comma between addressees (cues' optional ``outside_addressee_joins``: ``và``)."""
    joins = data.get("outside_addressee_joins") or []
    return "".join(rf"|\s+{re.escape(lower_for_matching(j))}(?=\s)" for j in joins)


def _piece_chars(lang: str) -> int:
    """The longest comma-separated addressee piece before a body (80 where the grammar sets none): an aside
    singling out some bodies may be longer (``addressee_piece_chars``, round 15)."""
    return grammar(lang).get("addressee_piece_chars") or 80


def _pieces(lang: str) -> int:
    """How many comma-separated addressee pieces may stand before a body (3 where the grammar sets none)."""
    return grammar(lang).get("addressee_pieces") or 3


def _comma_free(lang: str) -> str:
    """The alternative of the conjunctions that open a clause without a comma before them, where the language's
    grammar lists some."""
    words = grammar(lang).get("clause_conjunctions_without_comma") or []
    return rf"|(?<![\w']){_any(words)}" if words else ""


def _optional(data: dict, key: str, pattern: str) -> re.Pattern | None:
    """``pattern`` (``{words}`` standing for the key's words) compiled, or None where a language has none."""
    return re.compile(pattern.replace("{words}", _any(data[key]))) if data.get(key) else None


def _audit_patterns(lang: str, data: dict) -> dict:
    """Phase 6: the precision audit's rules that need more than a word list: a budget allocated to a list of
    recipients (each piece of the list ends with a recipient noun, then the allocated object), and the
    urging verbs that a body tasked before them in the clause uses on others."""
    objects, ends = data.get("allocated_objects") or [], data.get("recipient_list_ends") or []
    conjunctions = grammar(lang)["list_conjunctions"]
    piece = rf"(?:\s*,\s*|\s+{_any(conjunctions)}\s+)[^,.;:\n]{{0,40}}?(?<![\w']){_any(ends)}" if ends and conjunctions else None
    return dict(
        allocation_after=re.compile(rf"^(?:{piece})*\s+{_any(objects)}(?![\w'])") if objects and piece else None,
        peer_urging=frozenset(" ".join(lower_for_matching(c).split()) for c in data.get("peer_urging_cues") or []),
        semicolon_item_leads=(re.compile(rf"\s*{_any([lower_for_matching(w) for w in data['semicolon_item_leads']])}(?![\w'])")
                              if data.get("semicolon_item_leads") else None),
        askers_own_urging=(re.compile(rf"(?<![\w']){_any([lower_for_matching(w) for w in data['askers_own_urging']])}$")
                           if data.get("askers_own_urging") else None),
        guidance_before=(re.compile(rf"(?<![\w'])(?P<cue>{_any([lower_for_matching(w) for w in data['guidance_cues']])})"
                                    rf"(?![\w'])[^.;:\n]{{0,60}}$") if data.get("guidance_cues") else None),
        guidance_done=(re.compile(rf"(?<![\w']){_any([lower_for_matching(w) for w in data['guidance_done_markers']])}\s+$")
                       if data.get("guidance_done_markers") else None),
        guidance_topic_after=(re.compile(rf"^\s*{_any(data['guidance_topic_after'])}(?![\w'])")
                              if data.get("guidance_topic_after") else None),
        noun_cue_after=(re.compile(rf"\s+{_any([lower_for_matching(w) for w in grammar(lang)['noun_cue_followers']])}(?![\w'])")
                        if grammar(lang).get("noun_cue_followers") else None),
    )


def _round_patterns(data: dict, f: _Fragments) -> dict:
    """Phase 5: the rules of later rounds, each absent where a language's data has no words for it: a legal
    text's implementation article, a rule in force, a relative subject, a fronted topic, and the audit's
    questions, habits, present practices and experts' opinions."""
    determiners = data.get("topic_object_determiners") or []
    # "Với Bộ Tài chính, Bộ trưởng yêu cầu các đơn vị …": a determiner opens the object, others are asked
    not_determiner = rf"(?!{_any(determiners)}(?![\w']))" if determiners else ""
    article = _any(data["article_words"]) if data.get("article_words") else ""
    return dict(
        implementation_heading=_optional(data, "implementation_headings",
                                         rf"(?<![\w']){article}\s+\d{{1,3}}\s*[.:]\s*{{words}}(?![\w'])"),
        article_start=_optional(data, "article_words", r"(?<![\w']){words}\s+\d{1,3}\s*[.:]"),
        implementation_clause=_optional(data, "implementation_clauses", r"(?<![\w']){words}(?![\w'])"),
        standing_rule=_optional(data, "standing_rule_markers", r"(?<![\w']){words}(?![\w'])"),
        place_complement=_optional(data, "place_complements", r"^\s+(?:{words})\s+$"),
        subject_relative_at_end=_optional(data, "subject_relative_markers", rf"[^\W\d_]\s+{{words}}\s+{f.filler_run}$"),
        topic_before=_optional(data, "topic_openers", rf"(?:^|\s)(?P<opener>(?:{LIST_MARKER}\s+)?{{words}})$"),
        topic_cue_after=re.compile(rf"^\s*,?\s*[^.;:\n]{{0,100}}?(?<![\w'])(?P<cue>{f.blocked}{f.assign})(?![\w'])\s*"
                                   rf"{not_determiner}(?P<object>[^\W\d_])") if data.get("topic_openers") else None,
        # a head ending in a joining sign runs into the name with no space ("Văn phòng HĐND&UBND huyện", round 17c)
        name_head_at_end=_optional(data, "name_heads", r"(?<![\w']){words}(?:\s+|(?<=[&-]))$"),
        addressee_at_end=_optional(data, "letter_addressee_markers", rf"(?<![\w']){{words}}\s+{f.filler_run}$"),
        addressee_task_after=_optional(data, "addressee_task_after", r"^\s*{words}(?![\w'])(?!\s*\d)"),
        # an addressee's piece runs to grammar's optional ``addressee_piece_chars`` (80 where unset; French 110: the
        # national disaster committees' names; English 120: an aside singling out some bodies, round 15)
        # "yêu cầu BQL dự án … tỉnh và UBND huyện Quế Sơn kiểm điểm …": a name may be joined by one of the optional
        # ``outside_addressee_joins`` instead of a comma (round 20)
        assign_over_addressees=re.compile(
            rf"(?<![\w'])(?P<cue>{f.blocked}{f.assign}):?\s+(?P<items>(?:[^;.:\n]{{1,120}}?;\s*){{1,4}}|(?:[^,;.:\n]{{1,{_piece_chars(f.lang)}}}?(?:,{_addressee_joins(data)})\s*){{1,{_pieces(f.lang)}}})"
            rf"{f.filler_run}$") if data.get("outside_addressee_words") else None,
        # "phối hợp với Bộ Chỉ huy Quân sự tỉnh, Sở Giao thông vận tải …": partners opening with names outside the table
        coordinate_over_partners=re.compile(
            rf"(?<![\w'])(?P<cue>{_any(data['coordinate'])})\s+(?P<items>(?:[^;.:\n]{{1,120}}?;\s*){{1,4}}|(?:[^,;.:\n]{{1,80}}?,\s*){{1,3}})"
            rf"{f.filler_run}$") if data.get("outside_addressee_words") else None,
        # "de superviser et de coordonner cette enquête avec les organismes compétents et les autorités locales": the
        # partners after the task's object (cues.json's optional ``coordinate_over_object`` verbs and
        # ``coordinate_object_joiners``, a few words between; round 29)
        coordinate_over_object=re.compile(
            rf"(?<![\w'])(?P<cue>{_any(data['coordinate_over_object'])})\s+(?:[^\s,.;:!?()]+\s+){{1,6}}?"
            rf"{_any(data['coordinate_object_joiners'])}\s+{_leading_skips(data, f)}{f.filler_run}$")
        if data.get("coordinate_over_object") and data.get("coordinate_object_joiners") else None,
        coordinate_series_before=_optional(data, "coordinate_series_joiners", rf"(?P<cue>{{words}})\s+{f.filler_run}$"),
        coordinate_anywhere=re.compile(rf"(?<![\w'])(?:{_any(data['coordinate'])})\s") if data.get("coordinate_series_joiners") else None,
        not_subject_over_names=re.compile(
            rf"(?<![\w'])(?:{_any(data['not_subject_before'])})\s+(?P<items>(?:[^;.:\n]{{1,120}}?;\s*){{1,4}})"
            rf"{f.filler_run}$") if data.get("outside_addressee_words") else None,
        outside_addressee_words=data.get("outside_addressee_words") or 0,
        possessive_joined_before=re.compile(
            rf"(?<![\w'])(?:{_any(data['possessive_phrase_openers'])})\s+[^;.:\n]{{0,80}}?"
            rf"(?<![\w'])(?:{_any(data['possessive_joined_before'])})\s+[^;.:,\n]{{1,60}}?\s+"
            rf"(?:{_any(data['possessive_joiners'])})\s+{f.filler_run}$")
        if data.get("possessive_joined_before") and data.get("possessive_joiners") and data.get("possessive_phrase_openers")
        else None,
        person_post_after=_optional(data, "person_posts", r"^\s*(?:[^\s,.;:]+\s+){0,4}?{words}(?![\w'])"),
        count_at_end=_optional(data, "count_words", r"(?<![\w']){words}\s+$"),
        question_after=_optional(data, "question_verbs", r"^\s*,?\s*{words}(?![\w'])"),
        lead_after_cue=_optional(grammar(f.lang), "lead_after_cue", r"^\s*(?P<cue>{words})(?![\w'])"),
        mandative_cue=_optional(grammar(f.lang), "mandative_conjunctions", r"(?<![\w']){words}(?![\w'])"),
        indicative_after=_optional(grammar(f.lang), "indicative_after_mandative", r"^\s*{words}(?![\w'])"),
        habitual_at_end=_optional(data, "habitual_adverbs", r"(?<![\w']){words}\s+$"),
        present_state_opening=_optional(data, "present_state_openers", r"^\s*{words}(?![\w'])"),
        private_speaker_opening=_optional(data, "private_speakers", r"^\s*{words}(?![\w'])[^.;:\n]{0,80}$"),
        head_title_at_end=_optional(data, "head_titles", rf"(?<![\w']){{words}}\s+{f.filler_run}$"),
        decision_word=(re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in data['decision_words'])})(?!\w)")
                       if data.get("decision_words") else None),
    )


def _build(lang: str, data: dict) -> LanguageCues:
    """A language's cues compiled, phase by phase (each phase's patterns from its own function)."""
    f = _fragments(lang, data)
    return LanguageCues(lang=lang, data=data, **_frame_patterns(data, f), **_list_patterns(data, f),
                        **_text_patterns(data, f), **_round_patterns(data, f), **_audit_patterns(lang, data))


@lru_cache(maxsize=None)
def grammar(lang: str) -> dict:
    """The words and settings of a language's ``lang/<code>/grammar.json`` (articles, lead-ins, adverb ending …)."""
    return json.loads((LANG_DIR / lang / "grammar.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def language_grammar(lang: str) -> dict:
    """``grammar`` of a language, read once; the fallback language's for a language without a grammar file."""
    return grammar(lang if (LANG_DIR / lang / "grammar.json").exists() else languages.fallback())


def load_data(lang: str) -> dict:
    return json.loads((LANG_DIR / lang / "cues.json").read_text(encoding="utf-8"))


def cues(lang: str) -> LanguageCues:
    """The compiled cues of a language (the fallback language's for a language without cue data); inside
    ``reading_unaccented`` for a text printed without accents, the same cues with their accents folded."""
    return _compiled_cues(lang, reading_without_accents(lang))


def reading_without_accents(lang: str) -> bool:
    """Whether the text being read (inside ``reading_unaccented``) is one of ``lang`` printed without accents, so
    that word lists of its grammar are matched with their accents folded too."""
    return _UNACCENTED.get() and bool(language_grammar(lang).get("unaccented_texts"))


@lru_cache(maxsize=None)
def _compiled_cues(lang: str, unaccented: bool) -> LanguageCues:
    code = lang if (LANG_DIR / lang / "cues.json").exists() else languages.fallback()
    built = _build(code, load_data(code))
    return _with_end_searches_kept(_accent_tolerant(built) if unaccented else built)


class EndAnchoredSearch:
    """A cue pattern anchored at the end of the words it reads (its source ends with ``$``), whose search of a text
    is kept for the text as written: the frame, the implementation frame, the askers and the mention rules search
    the same words before a body with the same pattern again (``not_subject_before`` 3,700 times over 1,200 distinct
    words on 200 benchmark pages), and each search tries the pattern at every position of the words. A search with a
    start or an end position is not kept. Anything else is the pattern's own (``pattern``, ``match``, …)."""

    __slots__ = ("_pattern", "_found")
    KEPT = 4096  # texts kept per pattern; all dropped at once past it

    def __init__(self, pattern: re.Pattern):
        self._pattern = pattern
        self._found: dict[str, re.Match | None] = {}

    def search(self, text: str, *bounds, **named):
        if bounds or named:
            return self._pattern.search(text, *bounds, **named)
        found = self._found
        try:
            return found[text]
        except KeyError:
            if len(found) >= self.KEPT:
                found.clear()
            m = found[text] = self._pattern.search(text)
            return m

    def __getattr__(self, name: str):
        if name in EndAnchoredSearch.__slots__:  # not yet set (a copy being made)
            raise AttributeError(name)
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"EndAnchoredSearch({self._pattern!r})"


def _with_end_searches_kept(built: LanguageCues) -> LanguageCues:
    """The cues with each pattern anchored at its end (read from the compiled data: its source ends with ``$``)
    searching through an ``EndAnchoredSearch``; the other patterns as they are."""
    changes = {}
    for item in fields(built):
        value = getattr(built, item.name)
        if isinstance(value, re.Pattern) and value.pattern.endswith("$") and not value.pattern.endswith("\\$"):
            changes[item.name] = EndAnchoredSearch(value)
    return replace(built, **changes)


# whether the text being read is printed without accents (set by ``reading_unaccented`` around one text)
_UNACCENTED: contextvars.ContextVar[bool] = contextvars.ContextVar("unaccented_text", default=False)


def unaccented(text: str, lang: str) -> bool:
    """A text of a language whose grammar sets ``unaccented_texts`` (French) printed without its accents (Lao Dong's
    French pages: ``les ministeres``, ``a demande``, ``est charge de``): of its letters, at least ``min_letters``, no
    more than ``max_share`` are accented ones of ``letters``."""
    setting = language_grammar(lang).get("unaccented_texts")
    if not setting:
        return False
    accented = sum(text.count(ch) for ch in setting["letters"])
    if accented > setting["max_share"] * len(text):
        return False  # more than the share of all its characters, so of its letters: a text with its accents, uncounted
    letters = sum(map(str.isalpha, text))  # counted in C, not by a generator's step for each character
    return letters >= setting["min_letters"] and accented <= setting["max_share"] * letters


@contextlib.contextmanager
def reading_unaccented(text: str, lang: str):
    """``cues(lang)`` gives the accent-tolerant cues while a text printed without accents is read (``unaccented``):
    its ``a demande au``, ``est charge de`` are the cues' ``a demandé au``, ``est chargé de``; a text with its accents
    keeps the exact cues (``a`` has, ``à`` to)."""
    token = _UNACCENTED.set(unaccented(text, lang))
    try:
        yield
    finally:
        _UNACCENTED.reset(token)


def accent_tolerant_source(source: str) -> str:
    """A regex source whose accented letters also match their unaccented letter: ``é`` becomes ``[ée]``, and inside a
    character class ``éè`` becomes ``éeèe`` (one character for one: fixed-width lookbehinds keep their width)."""
    return with_plain_letters(source, lambda ch: fold(ch) if ch.isalpha() and not ch.isascii() else ch)


def _accent_tolerant(built: LanguageCues) -> LanguageCues:
    """The cues with every pattern accent-tolerant and every set or table of cue words holding their folded forms."""
    changes = {}
    for item in fields(built):
        value = getattr(built, item.name)
        if isinstance(value, re.Pattern):
            changes[item.name] = re.compile(accent_tolerant_source(value.pattern), value.flags)
        elif isinstance(value, frozenset) and all(isinstance(v, str) for v in value):
            changes[item.name] = value | {fold(v) for v in value}
        elif isinstance(value, dict) and all(isinstance(k, str) for k in value):
            changes[item.name] = {**{fold(k): v for k, v in value.items()}, **value}
    return replace(built, **changes)
