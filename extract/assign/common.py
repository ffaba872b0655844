"""What every step of the assignments' reading shares: who may ask or assign (``bodies.json``), the cue words'
alternations, a group of bodies read together (``Group``) and one body found in a frame (``Found``).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extract.assign.cues import (LANGUAGES, LIST_MARKER, LanguageCues, cue_compound_guard, cues, grammar,
                                 language_grammar, lower_for_matching, phrase, reading_without_accents)
from extract.assign.deadlines import Deadline
from extract.models import Sentence
from nlp import languages
from nlp.agencies import Mention, agency, split_id
from nlp.fold import fold


def _bodies() -> dict:
    """``bodies.json``: the roles bodies play in assigning (who asks, who assigns, through whom a province acts)."""
    return json.loads(Path(__file__).with_name("bodies.json").read_text(encoding="utf-8"))


_BODIES = _bodies()
# bodies that assign rather than carry out tasks: never the subject of a plain task verb
AUTHORITIES = frozenset(_BODIES["authorities"])
# the persons among them: not even the subject of a strong cue ("Thủ tướng cần" is rhetoric)
PERSONS = frozenset(_BODIES["persons"])
# the national authorities that direct a text (the Government and its heads)
NATIONAL_AUTHORITIES = frozenset(_BODIES["national_authorities"])
# bodies that ask others in a directing text, by id and by kind
ASKING_AUTHORITIES = frozenset(_BODIES["asking_authorities"])
ASKING_KINDS = frozenset(_BODIES["asking_kinds"])
# the body through which a province named bare acts (its committee)
PROVINCE_ACTS_THROUGH = _BODIES["province_acts_through"]
# how far a task without its own deadline reads on into following paragraphs of a directive text
CONTINUATION_PARAGRAPHS = 4
# and how many sentences (a conclusion notice continues a body's task in a few subject-less sentences)
CONTINUATION_SENTENCES = 4
MAX_TASK_CHARS = 400

LIST_ITEM_BEFORE = re.compile(rf"^\s*{LIST_MARKER}\s*$")
SHORT_INTRO = re.compile(r"^[^,;:\n]{0,60},\s*$")  # "Trong thời gian tới,", "Theo Thứ trưởng Bộ Nội vụ Nguyễn Duy Thăng,"


def grammar_words_of(key: str) -> list[str]:
    """Every language's words under ``key`` of its lang/<code>/grammar.json, in the registry's order."""
    return [word for lang in LANGUAGES for word in grammar(lang)[key]]




def phrases(words) -> str:
    """Cue phrases (``cues.phrase``: spaces as any whitespace) as one regex alternation."""
    return "|".join(phrase(w) for w in words)


def alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, words)) or "(?!)"


def _before_gerund() -> str:
    """'in' before a gerund ('in ensuring'), each language's words with its own gerund suffix."""
    parts = [rf"\b(?:{alternation(words['lead_in_before_gerund'])})\b(?=\s+\w+{re.escape(words['gerund_suffix'])}\b)"
             for words in map(grammar, LANGUAGES) if words["lead_in_before_gerund"]]
    return "".join("|" + part for part in parts)


# an article at the end of the words before a body's name: "the", "le", "l'"
ARTICLE_AT_END = re.compile(rf"(?:\b(?:{alternation(grammar_words_of('articles'))})\s+|\b(?:{alternation(grammar_words_of('elided_articles'))})\s*)$")
# words opening a task after its body: "to", "de", "d'", "att", "in" before a gerund
TASK_LEAD_IN = re.compile(rf"^(?:\s|[,:;.–-]|\b(?:{alternation(grammar_words_of('lead_in'))})\b"
                           rf"|\b(?:{alternation(grammar_words_of('lead_in_elided'))}){_before_gerund()})+", re.I)
# what joins the bodies of one list: punctuation or a conjunction ("và", "and", "et", "och")
# ", and" (a serial comma before the last item: "the ministries of Agriculture and Environment, and Justice", round 12),
# "; and" (items set off by semicolons: "the Ministries of Planning and Investment; Finance; and Industry and Trade",
# round 18)
LIST_JOINER = re.compile(rf"\s*(?:[,;]\s*(?:{alternation(grammar_words_of('list_conjunctions'))})|,|;|{alternation(grammar_words_of('list_conjunctions'))})\s+"
                          rf"|\s*,\s*")
# two persons joined by a conjunction, the first one's name between ("Phó Thủ tướng Vương Đình Huệ và Phó Thủ tướng
# Vũ Đức Đam"): one list of persons (a name has at most four words)
PERSON_PAIR_GAP = re.compile(rf"^(?:\s+[^\s,.;:()]+){{0,4}}\s+(?:{alternation(grammar_words_of('list_conjunctions'))})\s+$")


@dataclass
class Group:
    """Bodies named one after another as one list."""

    mentions: list[Mention]
    # where the collective that introduces the list by a colon starts ("với các Bộ: Y tế, …"): the words before
    # it, not the collective's own, tell the list's frame
    head: int | None = None

    @property
    def start(self) -> int:
        return self.mentions[0].start

    @property
    def end(self) -> int:
        return self.mentions[-1].end


@dataclass
class Found:
    group: Group
    role: str
    kind: str  # assign | coordinate | list_item | subject | weak | list_subject
    cue: str
    task_start: int
    sentence: int
    primary: "Found | None" = None
    assigned_by: str | None = None
    deadline: Deadline | None = None
    task_end: int = 0
    extra: dict = field(default_factory=dict)


def sentence_language(sentence: Sentence, default: str) -> str:
    if sentence.language in LANGUAGES:
        return sentence.language
    return default if default in LANGUAGES else languages.fallback()


# the committees below a province: a department a district's or a commune's committee directs is its own division
LOCAL_COMMITTEES = frozenset({"DPC", "CPC"})
# the People's Committees of a province's table: the province's own and those below it
PEOPLES_COMMITTEES = LOCAL_COMMITTEES | {"PPC"}


# bodies that stand for many (all ministries, all provinces, a province's departments or communes)
_COLLECTIVE_KINDS = frozenset({"collective", "provincial_departments", "district_committees", "commune_committees"})


def is_collective(agency_id: str) -> bool:
    return getattr(agency(agency_id), "kind", None) in _COLLECTIVE_KINDS


# an assigning verb this close to the sentence start has the text's own authority as its subject
# ("Đồng thời, yêu cầu Bộ …", "Theo đó, giao …")
ELIDED_SUBJECT_CHARS = 30


@lru_cache(maxsize=None)
def continuation_opening(lang: str) -> re.Pattern:
    """One of cues.json's ``continuation_openers`` opening a sentence, its comma optional (``Đồng thời yêu cầu …``,
    ``Đồng thời, yêu cầu …``)."""
    return re.compile(rf"\s*(?:{phrases(cues(lang).data.get('continuation_openers') or []) or '(?!)'})(?![\w'])\s*,?")


@lru_cache(maxsize=None)
def continued_task_opening(lang: str) -> re.Pattern | None:
    """One of cues.json's ``continuation_openers``, its comma, then one of the optional ``continued_task_verbs``
    opening a sentence (``At the same time, complete …``, ``Đồng thời, hoàn thành …``, ``Dans le même temps,
    achever …``): a subjectless continuation of the item before, the ``verb`` group ending at the verb."""
    data = cues(lang).data
    openers, entries = data.get("continuation_openers") or [], data.get("continued_task_verbs") or []
    if not openers or not entries:
        return None
    # an entry's ``not_followed_by``: words that, within two words after the verb, make it a finding told, not a task
    # (``Đồng thời, xác định nguyên nhân là do mưa lớn``: the cause found; ``Đồng thời, xác định nguyên nhân khách quan,
    # chủ quan và làm rõ trách nhiệm …`` continues the item, round 37 vi)
    plain = [e["cue"] for e in entries if not e.get("not_followed_by")]
    guarded = [rf"(?:{phrases([e['cue']])})(?!(?:\s+[\w'-]+){{0,2}}\s+(?:{phrases(e['not_followed_by'])})(?![\w']))"
               for e in entries if e.get("not_followed_by")]
    verbs = "|".join(([phrases(plain)] if plain else []) + guarded)
    # an item's own manner verb opening a sentence with no opener (``Coopérer étroitement et faire rapport …`` after
    # ``Le gouvernement a chargé le ministre de l'Intérieur de …``): cues.json's optional ``continued_task_infinitives``
    # (stop 40's left classes, left33fr)
    bare = data.get("continued_task_infinitives") or []
    alone = rf"|(?:{phrases(bare)})" if bare else ""
    # a clause modal may stand before the verb (``Đồng thời phải xây dựng phương án …``, round 34b): still the item's
    # bodies' task, the modal no subject of its own
    modals = data.get("clause_modals") or []
    modal = rf"(?:(?:{phrases(modals)})\s+)?" if modals else ""
    # the infinitive's own preposition may stand before the verb, the request's ``de`` going on after a full stop
    # (``… a demandé aux départements de coopérer … . Dans le même temps d'élaborer les plans …``; cues.json's optional
    # ``continued_task_lead_ins``, round 36b fr): an elided one is written against the verb
    lead_ins = data.get("continued_task_lead_ins") or []
    lead_in = ("(?:" + "|".join(re.escape(w) + ("" if w[-1:] in "'’" else r"\s+") for w in lead_ins) + ")?") if lead_ins else ""
    # a topic phrase up to its comma in the opener's place (``Đối với các cơ sở còn lại, tiếp tục tổ chức rà soát …
    # hoàn thành trước ngày 15/7/2024``): the item's bodies' next task on another matter, with its own date (cues.json's
    # optional ``continuation_topic_openers``, round 39 vi); a body named in the topic ends the item (the caller's
    # check), so ``Đối với Sở Nội vụ, rà soát …`` stays the topic frame's; a topic with a figure is a period or a count
    # told (``Đối với năm 2022, tổ chức kiểm tra đã đạt 90%``), no new matter of the item
    topics = data.get("continuation_topic_openers") or []
    topic = rf"|(?:{phrases(topics)})\s+[^,.;:\n\d]{{1,100}},\s+" if topics else ""
    return re.compile(rf"\s*(?P<opener>(?:(?:{phrases(openers)})\s*,?\s+{topic}){lead_in}{modal}(?:{verbs}){alone})(?![\w'])")


@lru_cache(maxsize=None)
def _continuation_opener(lang: str) -> re.Pattern | None:
    openers = cues(lang).data.get("continuation_openers") or []
    return re.compile(rf"\s*(?:{phrases(openers)})(?![\w'])") if openers else None


def opens_with_continuation_opener(lowered: str, lang: str, at: int) -> bool:
    """Whether the text at ``at`` opens with one of cues.json's ``continuation_openers`` (``At the same time``,
    ``Đồng thời``): a continuation written as one, not an opener-less ``continued_task_infinitives`` verb."""
    pattern = _continuation_opener(lang)
    return bool(pattern and pattern.match(lowered, at))


@lru_cache(maxsize=None)
def continued_passive_opening(lang: str) -> re.Pattern | None:
    """One of cues.json's ``continuation_openers``, its comma, a few words (the work) and one of the optional
    ``continued_passive_markers`` (``At the same time, recruitment and acceptance will be carried out … before November
    30``): a subjectless continuation in the passive, the item's bodies' task as ``continued_task_opening``'s (the lead's
    convention of stop 40), the ``opener`` group ending at the marker."""
    data = cues(lang).data
    openers, markers = data.get("continuation_openers") or [], data.get("continued_passive_markers") or []
    if not openers or not markers:
        return None
    return re.compile(rf"\s*(?P<opener>(?:{phrases(openers)})\s*,\s+(?:[^\s.;:,]+\s+){{1,8}}?(?:{phrases(markers)}))(?![\w'])")


@lru_cache(maxsize=None)
def continued_led_task_opening(lang: str) -> re.Pattern | None:
    """One of cues.json's ``continuation_openers``, its comma optional, then a ``lead_after`` cue opening a sentence
    (``Đồng thời chủ trì tổ chức hội nghị …``, ``At the same time, preside over …``, ``Parallèlement, présider …``):
    the item's body's next task, which it leads (round 16 keeps its date apart; the lead's call of stop 41 makes it a
    row, role lead), the ``opener`` group ending at the lead cue."""
    data = cues(lang).data
    openers = data.get("continuation_openers") or []
    leads = [e["cue"] if isinstance(e, dict) else e for e in data.get("lead_after") or []]
    if not openers or not leads:
        return None
    return re.compile(rf"\s*(?P<opener>(?:{phrases(openers)})\s*,?\s+(?:{phrases(leads)}))(?![\w'])")


@lru_cache(maxsize=None)
def bare_continued_task_opening(lang: str) -> tuple[re.Pattern, frozenset[str]] | None:
    """One of cues.json's optional ``bare_continued_task_verbs`` opening a sentence with no opener word (``Rà soát,
    báo cáo …``, ``Chủ trì, phối hợp …``, ``Review and report …``): a subjectless continuation of the item right before
    it in its paragraph (the lead's ruling of stop 41), the ``verb`` group ending at the verb; with the verbs (lowered
    as matching reads them) whose row leads (``"role": "lead"``: ``Chủ trì …``)."""
    entries = cues(lang).data.get("bare_continued_task_verbs") or []
    if not entries:
        return None
    leads = frozenset(lower_for_matching(e["cue"]) for e in entries if e.get("role") == "lead")
    # an entry's ``not_followed_by``: the words after which the verb is a noun (``Chỉ đạo của UBND tỉnh …``, ``Chỉ đạo
    # này …``), no continuation (round 35 vi)
    guarded = [rf"(?:{phrases([e['cue']])})(?!\s+(?:{phrases(e['not_followed_by'])})(?![\w']))"
               for e in entries if e.get("not_followed_by")]
    plain = [e["cue"] for e in entries if not e.get("not_followed_by")]
    alternatives = "|".join(([phrases(plain)] if plain else []) + guarded)
    return re.compile(rf"\s*(?P<opener>(?:{alternatives}))(?![\w'])"), leads


@lru_cache(maxsize=None)
def chained_plain_continuation_opening(lang: str) -> re.Pattern | None:
    """cues.json's optional ``chained_plain_continuations``: a sentence opening with a plain word (no cue of the
    lists) right after a bare continuation of an item in its paragraph (``… yêu cầu các sở, ngành … có kế hoạch … .
    Tăng cường lực lượng … . Kiên trì tuyên truyền Nhân dân …``, round 36 vi): the same bodies' next task, read on its
    first ``opener_words`` words (the ``opener`` group); not where one of ``not_in_first_clause`` stands in the
    sentence's words before its first comma or semicolon (a statement: ``Năm nay toàn tỉnh đã …``, ``Đây là …``).
    None where the language sets none."""
    setting = cues(lang).data.get("chained_plain_continuations") or {}
    if not setting:
        return None
    words = setting.get("not_in_first_clause") or []
    # (the first clause ends at a quote too: a quoted slogan is no statement of the sentence's own)
    blocked = rf"(?![^,;:.\n\"“”«]*?(?<![\w'])(?:{phrases(words)})(?![\w']))" if words else ""
    count = int(setting.get("opener_words", 1))
    return re.compile(rf"\s*{blocked}(?P<opener>[^\W\d_][\w-]*(?:\s+[\w-]+){{0,{count - 1}}})(?![\w'])")


@lru_cache(maxsize=None)
def handed_down_cue(lang: str) -> re.Pattern | None:
    """cues.json's optional ``handed_down_cues`` (``chỉ đạo``, ``direct``): after the item's last body, the body passes
    the task on to others (``… cần chỉ đạo ngay tất cả các cơ sở GD&ĐT chủ động kiểm tra …``), so a bare continuation
    after it is theirs, bodies outside the table, and gives no row (stop 41)."""
    words = cues(lang).data.get("handed_down_cues") or []
    if not words:
        return None
    # not the first word of a compound that only shares its letters ("các công trình giao thông, thủy lợi bị hư hỏng":
    # "giao" of "giao thông" hands nothing down; grammar's optional ``cue_compounds``, round 34 vi)
    not_compound = cue_compound_guard(language_grammar(lang))
    # a passive auxiliary before the cue ("Địa phương cũng được yêu cầu phối hợp …") makes the body the one asked,
    # not one handing a task down: the match's ``passive`` group (grammar's ``passive_auxiliaries``, round 34 vi)
    passive = language_grammar(lang).get("passive_auxiliaries") or []
    auxiliary = rf"(?P<passive>(?<![\w'])(?:{phrases(passive)})\s+(?:[^\W\d_]+\s+)?)?" if passive else ""
    # "… căn cứ Công văn … về hướng dẫn xây dựng …": the verb as a noun after a marker word passes nothing on (stop 42)
    markers = cues(lang).data.get("handed_down_noun_markers") or []
    noun = rf"(?P<noun>(?<![\w'])(?:{phrases(markers)})\s+)?" if markers else ""
    return re.compile(rf"{auxiliary}{noun}(?<![\w']){not_compound}(?:{phrases(words)})(?![\w'])")


def hands_the_task_down(lowered: str, lang: str, start: int = 0, end: int | None = None) -> bool:
    """Whether one of ``handed_down_cues`` is used as a verb passing the task on in ``lowered[start:end]``: not after one
    of ``handed_down_noun_markers`` (``về hướng dẫn …``, ``theo chỉ đạo của …`` name a guidance, stop 42), not after a
    passive auxiliary (``được yêu cầu`` asks the body itself, round 34 vi)."""
    handed = handed_down_cue(lang)
    if handed is None:
        return False
    end = len(lowered) if end is None else end
    return any(m.groupdict().get("noun") is None and m.groupdict().get("passive") is None
               for m in handed.finditer(lowered, start, end))


@lru_cache(maxsize=None)
def _noun_subject_predicate(lang: str) -> re.Pattern | None:
    data = cues(lang).data
    copulas, nouns = data.get("noun_subject_copulas") or [], data.get("noun_subject_predicates") or []
    if not copulas or not nouns:
        return None
    return re.compile(rf"(?<![\w'])(?:{phrases(copulas)})(?:\s+[\w'-]+){{0,3}}?\s+(?:{phrases(nouns)})(?![\w'])")


def task_verb_as_noun_subject(lowered: str, lang: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the sentence ``lowered[start:end]``, opening with a task verb, makes that verb the subject of a copula
    and a predicate noun before its first ``;`` or ``:`` (``Tăng cường kiểm tra … là nhiệm vụ trọng tâm``, ``Review
    of … is a key task``): a statement about the work, no bare continuation of the item before it (stop 42)."""
    pattern = _noun_subject_predicate(lang)
    if pattern is None:
        return False
    end = len(lowered) if end is None else end
    stop = min([i for i in (lowered.find(";", start, end), lowered.find(":", start, end)) if i >= 0], default=end)
    return pattern.search(lowered, start, stop) is not None


LIST_ITEM_OPENING = re.compile(rf"\s*{LIST_MARKER}")



@lru_cache(maxsize=None)
def words_pattern(template: str, words: tuple[str, ...]) -> re.Pattern:
    """``template`` with its ``{}`` filled by the alternation of ``words`` as matching lowers them, compiled once
    for each word list (the accent-folded cue set of a language is another list, so another pattern)."""
    return re.compile(template.format("|".join(re.escape(lower_for_matching(w)) for w in words)))

# the kinds of the agency table above any province (the Government, the Prime Minister, ministries)
NATIONAL_KINDS = frozenset({"government", "ministry", "ministerial_agency"})


def paragraph_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


# how long an unmarked item's label may be before its colon ("Department of Construction: Guide …")
_ITEM_LABEL_CHARS = 80
# a line opening with an unmarked item's label and its colon
_ITEM_LABEL = re.compile(rf"^[^\W\d_][^:\n]{{0,{_ITEM_LABEL_CHARS}}}:\s")

# how many lines an unmarked item may run over under its label line before the next item's label (round 33)
_ITEM_RUN_LINES = 3


def under_an_assigning_colon(text: str, lowered: str, start: int, c: LanguageCues) -> bool:
    """Whether the line opening at ``start`` is an unmarked item of a list that a line ending with a colon and
    holding an assigning cue introduces (``the Provincial People's Committee assigns departments and branches:``),
    the lines between being items of the same form (a label, its colon, its task): round 17. An item may run over a
    few more lines under its label line (``People's Committees of communes and wards: Continue …`` then ``Synthesize
    the report … before 2:00 p.m. on July 24.`` then ``Department of Agriculture and Environment: Direct …``, round 33),
    not lines right under the colon line (no item opened yet). A colon line that assigns nothing (``Results of the
    year:``) introduces no tasks."""
    lines = text[:start].rstrip().split("\n")
    ends = len(text[:start].rstrip())  # where the line looked at ends
    unlabelled = 0  # the lines of an item's run read since the last label line (the one above them opens the item)
    for line in reversed(lines):
        stripped = line.strip()
        if stripped.endswith(":"):
            return (not unlabelled
                    and bool(c.assign_anywhere and c.assign_anywhere.search(lowered, ends - len(line), ends)))
        if not stripped:
            return False
        if _opens_an_inline_assigning_colon(line, lowered, ends - len(line), c):
            # "… requested the Department of Agriculture and Environment: Deploy …" then, a few lines on,
            # "Department of Construction: Strengthen …": the colon line asks its first item on the same line, the
            # item opened there (round 40b en)
            return True
        if _ITEM_LABEL.match(stripped):
            unlabelled = 0
        else:
            unlabelled += 1
            if unlabelled > _ITEM_RUN_LINES:
                return False
        ends -= len(line) + 1
    return False


def _opens_an_inline_assigning_colon(line: str, lowered: str, start: int, c: LanguageCues) -> bool:
    """Whether ``line`` (opening at ``start``) asks a body named right before a colon inside it, the body's task after
    the colon on the same line (``… the Chairman … requested the Department of Agriculture and Environment: Deploy
    emergency measures …``): an assigning cue, then at most a label's length with no sentence end up to the colon."""
    colon = line.find(": ")
    if colon < 0 or not c.assign_anywhere:
        return False
    cue = None
    for cue in c.assign_anywhere.finditer(lowered, start, start + colon):
        pass
    if cue is None:
        return False
    between = lowered[cue.end() : start + colon]
    return 0 < len(between.strip()) <= _ITEM_LABEL_CHARS and not re.search(r"[.;!?]", between)


def opens_new_paragraph_for_item_before(text: str, lowered: str, before_end: int, start: int, lang: str) -> bool:
    """Whether the sentence at ``start`` opens a new paragraph for the item (or its continuation) that ends at
    ``before_end``: stop 42's rule for subjectless continuations and the dates after an item, a line break is a
    paragraph break, except an item running over one unlabelled line under a dispatch's assigning colon
    (``People's Committees of communes and wards: Continue …`` then ``Synthesize the report … before 2:00 p.m. on
    July 24.``, round 33 en; ``under_an_assigning_colon``). The one place the rule is decided: the bare and the
    opener-less continuations (``extractor``) and the dates of a later line (``task_deadlines``) ask it."""
    between = text[before_end:start]
    return "\n" in between and not (between.count("\n") == 1
                                    and under_an_assigning_colon(text, lowered, start, cues(lang)))


def kind_of(mention: Mention) -> str | None:
    return getattr(agency(split_id(mention.agency_id)[0]), "kind", None)


def province_localities(lang: str) -> frozenset[str]:
    """The words for "the localities" that, in a provincial committee's own direction, are its districts
    (``localities_of_a_province`` in ``lang/<code>/grammar.json``); in a text printed without accents, with their
    accents folded too (Lao Dong's ``aux localites``)."""
    return grammar_words(lang, "localities_of_a_province", reading_without_accents(lang))


@lru_cache(maxsize=None)
def grammar_words(lang: str, key: str, unaccented: bool) -> frozenset[str]:
    """A word list of ``lang``'s grammar as matched against ``lower_for_matching`` text, and with each word's
    accents folded (``fold``) for a text printed without accents."""
    words = {lower_for_matching(w) for w in language_grammar(lang).get(key) or []}
    return frozenset(words | {fold(w) for w in words}) if unaccented else frozenset(words)


def named_localities(mention: Mention, lang: str) -> bool:
    """Whether a mention is "the localities" in the words a provincial committee's own direction means as its
    districts (``localities_of_a_province``), read as the country's provinces until its asker is known."""
    return mention.agency_id == "PROVINCES" and lower_for_matching(mention.text) in province_localities(lang)
