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
"""
from __future__ import annotations

import dataclasses
import json
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extract.assign.cues import (LANGUAGES, LIST_MARKER, LanguageCues, cues, grammar, language_grammar,
                                 lower_for_matching, phrase, reading_unaccented, reading_without_accents)
from extract.assign.deadlines import TEXT_DATE_CHARS, Deadline, dates_in, find_deadlines, latest_date, text_date
from extract.assign.deadlines import load_data as _deadline_data
from extract.models import Assignment, Sentence
from nlp import languages
from nlp.agencies import (MERGER_DATE, Mention, agency, bare_ministry_at, current, find_mentions, fold_for_matching,
                          is_provincial, localise, names_centrally_run_city, names_in, province_completes_body, provincial_id,
                          published_from_merger, scheme_at, split_id, unit_name)
from nlp.fold import fold
from nlp.regex import scanner


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

_LIST_ITEM_BEFORE = re.compile(rf"^\s*{LIST_MARKER}\s*$")
_SHORT_INTRO = re.compile(r"^[^,;:\n]{0,60},\s*$")  # "Trong thời gian tới,", "Theo Thứ trưởng Bộ Nội vụ Nguyễn Duy Thăng,"


def _words(key: str) -> list[str]:
    """Every language's words under ``key`` of its lang/<code>/grammar.json, in the registry's order."""
    return [word for lang in LANGUAGES for word in grammar(lang)[key]]




def _phrases(words) -> str:
    """Cue phrases (``cues.phrase``: spaces as any whitespace) as one regex alternation."""
    return "|".join(phrase(w) for w in words)


def _alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, words)) or "(?!)"


def _before_gerund() -> str:
    """'in' before a gerund ('in ensuring'), each language's words with its own gerund suffix."""
    parts = [rf"\b(?:{_alternation(words['lead_in_before_gerund'])})\b(?=\s+\w+{re.escape(words['gerund_suffix'])}\b)"
             for words in map(grammar, LANGUAGES) if words["lead_in_before_gerund"]]
    return "".join("|" + part for part in parts)


# an article at the end of the words before a body's name: "the", "le", "l'"
_ARTICLE_AT_END = re.compile(rf"(?:\b(?:{_alternation(_words('articles'))})\s+|\b(?:{_alternation(_words('elided_articles'))})\s*)$")
# words opening a task after its body: "to", "de", "d'", "att", "in" before a gerund
_TASK_LEAD_IN = re.compile(rf"^(?:\s|[,:;.–-]|\b(?:{_alternation(_words('lead_in'))})\b"
                           rf"|\b(?:{_alternation(_words('lead_in_elided'))}){_before_gerund()})+", re.I)
# what joins the bodies of one list: punctuation or a conjunction ("và", "and", "et", "och")
# ", and" (a serial comma before the last item: "the ministries of Agriculture and Environment, and Justice", round 12),
# "; and" (items set off by semicolons: "the Ministries of Planning and Investment; Finance; and Industry and Trade",
# round 18)
_LIST_JOINER = re.compile(rf"\s*(?:[,;]\s*(?:{_alternation(_words('list_conjunctions'))})|,|;|{_alternation(_words('list_conjunctions'))})\s+"
                          rf"|\s*,\s*")
# two persons joined by a conjunction, the first one's name between ("Phó Thủ tướng Vương Đình Huệ và Phó Thủ tướng
# Vũ Đức Đam"): one list of persons (a name has at most four words)
_PERSON_PAIR_GAP = re.compile(rf"^(?:\s+[^\s,.;:()]+){{0,4}}\s+(?:{_alternation(_words('list_conjunctions'))})\s+$")


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


def _language(sentence: Sentence, default: str) -> str:
    if sentence.language in LANGUAGES:
        return sentence.language
    return default if default in LANGUAGES else languages.fallback()


def _recipients_cutoff(lowered: str, languages: set[str]) -> int:
    cutoff = len(lowered)
    for lang in languages:
        # a recipients block closes a notice, it never opens one ("Kính gửi:" opening a letter is its addressees)
        m = next((m for m in cues(lang).recipients.finditer(lowered) if m.start() > len(lowered) // 3), None)
        if m:
            cutoff = min(cutoff, m.start())
    return cutoff


def _opens_as_a_name(text: str, at: int, lang: str) -> bool:
    """Whether a list item opens as a bare ministry name: a capital, or one of the language's
    ``elliptic_name_openers`` before a capital (French ``de la Santé``); a lower-case word is a collective's."""
    if text[at : at + 1].isupper():
        return True
    for opener in grammar(lang).get("elliptic_name_openers", []):
        if text.startswith(opener, at) and text[at + len(opener) : at + len(opener) + 1].isupper():
            return True
    return False


# how far back the plural opening a list of ministries is looked for, and what may stand between it and a later
# bare name of the list: names (letters, "&", apostrophes, hyphens) and the list's joiners, no sentence end
_PLURAL_LIST_CHARS = 160
_NAMES_AND_JOINERS = re.compile(r"[^\W\d_][\w\s,;&'’-]*")


def _after_plural_ministries(lowered: str, last: Mention, lang: str) -> bool:
    """Whether the list's last body was named with the plural that opens a list of ministries
    (``elliptic_after_plural`` in ``lang/<code>/grammar.json``: ``the ministries of Health and Finance``), in
    a language that does not otherwise drop the word for ministry (round 12)."""
    plurals = [lower_for_matching(w) for w in grammar(lang).get("elliptic_after_plural") or []]
    name = lowered[last.start : last.end]
    if any(name.startswith(w + " ") for w in plurals):
        return True
    # a bare name further down the same list ("the Ministries of Planning and Investment; Finance; and Industry and
    # Trade": "Finance" continues the plural, so "Industry and Trade" does too, round 18): the plural opens the run
    # of names and joiners that ends with the last body
    before = lowered[max(0, last.start - _PLURAL_LIST_CHARS) : last.start]
    return any(_NAMES_AND_JOINERS.fullmatch(before[at + len(w) + 1 :])
               for w in plurals for at in [before.rfind(w + " ")] if at >= 0)


def _continuation(text: str, folded: str, lowered: str, position: int, last: Mention, c: LanguageCues) -> Mention | None:
    """A bare name that continues a list: ``Bộ Công Thương, Y tế`` or ``các bộ, ngành, địa phương``."""
    m = _LIST_JOINER.match(lowered, position)
    if not m:
        return None
    at = m.end()
    # after the plural, a name may be written in lower case ("the ministries of finance and labour, invalids and
    # social affairs", round 17b): the plural already says that names follow
    plural = _after_plural_ministries(lowered, last, c.lang)
    if ((grammar(c.lang)["elliptic_ministry_lists"] or plural)
            and (plural or _opens_as_a_name(text, at, c.lang))):
        kind = getattr(agency(split_id(last.agency_id)[0]), "kind", None)
        bare = bare_ministry_at(text, folded, at) if kind in ("ministry", "provincial_department") else None
        if bare and kind == "ministry":
            return bare
        prefix = grammar(c.lang).get("department_name_prefix")
        if bare and prefix:  # "Hai Sở GTVT, Xây dựng": the department of that name, in the same province
            department = next(iter(find_mentions(f"{prefix} {bare.text}")), None)
            if department and department.end == len(f"{prefix} {bare.text}") and is_provincial(department.agency_id):
                return Mention(bare.start, bare.end, bare.text,
                               provincial_id(split_id(department.agency_id)[0], split_id(last.agency_id)[1]))
    # the longest bare name first: "xã, phường, thị trấn", not "xã, phường" with "thị trấn" left over (round 12)
    for name, agency_id in sorted(c.continuations.items(), key=lambda item: -len(item[0])):
        if lowered.startswith(name, at) and not (lowered[at + len(name) : at + len(name) + 1].isalnum()):
            if is_provincial(agency_id):  # "People's Committees of districts and communes": the same province
                agency_id = provincial_id(agency_id, split_id(last.agency_id)[1])
            elif is_provincial(last.agency_id):
                continue  # "các sở, ban, ngành, địa phương" of a province: its own localities, not the provinces
            return Mention(at, at + len(name), text[at : at + len(name)], agency_id)
    return None


_COLON = re.compile(r"\s*:\s*")


def _listed_after_colon(text: str, folded: str, lowered: str, collective: Mention, c: LanguageCues) -> Mention | None:
    """The first ministry a collective introduces by a colon, named bare: "Bộ trưởng các Bộ: Quốc phòng, Công an,
    …" lists the ministries tasked (the list goes on as an elliptic one), it does not task all of them."""
    if collective.agency_id != "MINISTRIES" or not grammar(c.lang)["elliptic_ministry_lists"]:
        return None
    colon = _COLON.match(lowered, collective.end)
    if not colon or not text[colon.end() : colon.end() + 1].isupper():
        return None
    bare = bare_ministry_at(text, folded, colon.end())
    return bare if bare and getattr(agency(bare.agency_id), "kind", None) == "ministry" else None


def _own_localities(mention: Mention, last: Mention, lowered: str, c: LanguageCues) -> bool:
    """Whether a bare name of the provinces ("các địa phương") follows a province's own bodies in a list: "các sở,
    ban, ngành và các địa phương" of a province are its localities, not the provinces (as in ``_continuation``)."""
    name = " ".join(lowered[mention.start : mention.end].split())
    if name in _province_localities(c.lang):
        return False  # a language whose "localities" of a province are its districts keeps them (see _localities_as_districts)
    return c.continuations.get(name) == mention.agency_id == "PROVINCES" and is_provincial(last.agency_id)


def _inside(mentions: list[Mention], starts: list[int], sentence: Sentence) -> list[Mention]:
    """The mentions within ``sentence``; ``mentions`` sorted by start, ``starts`` their starts: a
    bisection, so that a long text's sentences do not each scan all of its mentions."""
    first = bisect_left(starts, sentence.start)
    last = bisect_left(starts, sentence.end, lo=first)
    return [m for m in mentions[first:last] if m.end <= sentence.end]


def _without_places(inside: list[Mention], lowered: str, c: LanguageCues) -> list[Mention]:
    """``inside`` without the body names written as the place of the body before them (cues.json
    ``place_complements``: "the People's Committees of communes and wards in many districts of Hanoi" are the
    communes' committees; the districts are where they are, no body of their own, round 19b)."""
    if c.place_complement is None:
        return inside
    kept: list[Mention] = []
    for m in inside:
        if kept and m.start >= kept[-1].end and c.place_complement.match(lowered[kept[-1].end : m.start]):
            continue
        kept.append(m)
    return kept


def _groups(text: str, folded: str, lowered: str, inside: list[Mention], sentence: Sentence, c: LanguageCues) -> list[Group]:
    groups: list[Group] = []
    i = 0
    while i < len(inside):
        listed = _listed_after_colon(text, folded, lowered, inside[i], c)
        group = Group([listed or inside[i]], head=inside[i].start if listed else None)
        i += 1
        while True:
            if (i < len(inside) and c.list_between.match(lowered[group.end : inside[i].start])
                    and not {group.mentions[-1].agency_id, inside[i].agency_id} & PERSONS  # "Thủ tướng Chính phủ, tỉnh Cao Bằng cần": an attribution, then the subject
                    and not _fronted_phrase_closed(lowered, sentence.start, inside[i].start, c.lang)
                    or i < len(inside) and {group.mentions[-1].agency_id, inside[i].agency_id} <= PERSONS
                    and _PERSON_PAIR_GAP.match(lowered[group.end : inside[i].start])):
                if not _own_localities(inside[i], group.mentions[-1], lowered, c):
                    group.mentions.append(inside[i])
                i += 1
                continue
            more = _continuation(text, folded, lowered, group.end, group.mentions[-1], c)
            if more and more.end <= sentence.end and not (i < len(inside) and inside[i].start < more.end):
                group.mentions.append(more)
                continue
            break
        groups.append(group)
    return groups


# the most characters of a topic phrase opening a sentence, commas inside ("Regarding the conversion of items A2, A3, A4
# to social housing for rent, the Department of Construction … will prepare …", round 18b)
_TOPIC_INTRO_CHARS = 120


@lru_cache(maxsize=None)
def _topic_intro(lang: str) -> re.Pattern | None:
    """A sentence's opening topic phrase, led by one of cues.json's ``topic_openers`` (``regarding``, ``as for``,
    ``đối với``), up to its last comma: what follows opens the clause, as after a short introduction."""
    openers = cues(lang).data.get("topic_openers") or []
    if not openers:
        return None
    return re.compile(rf"^(?:{_phrases(openers)})\s[^;:\n]{{0,{_TOPIC_INTRO_CHARS}}},\s*$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _fronted_intro(lang: str) -> re.Pattern | None:
    """A sentence's opening phrase led by grammar's optional ``fronted_phrase_openers`` (``Sur instruction du …``,
    ``Following the direction of …``), up to its last comma, longer than a short introduction: what follows opens
    the clause; unlike a topic, the bodies inside it are not the ones tasked (round 22's left class)."""
    openers = grammar(lang).get("fronted_phrase_openers") or []
    if not openers:
        return None
    return re.compile(rf"^(?:{_phrases(openers)})\s[^;:\n]{{0,{_TOPIC_INTRO_CHARS}}},\s*$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _fronted_phrase_to_first_comma(lang: str) -> re.Pattern | None:
    """A sentence's opening phrase led by grammar's optional ``fronted_phrase_openers``, up to its first comma."""
    openers = grammar(lang).get("fronted_phrase_openers") or []
    if not openers:
        return None
    articles = grammar(lang).get("articles") or []
    article = rf"(?:(?:{_alternation(articles)})\s+)?" if articles else ""  # "…, les comités populaires des districts"
    return re.compile(rf"\s*(?:{_phrases(openers)})\s[^,;:\n]{{0,{_TOPIC_INTRO_CHARS}}},\s*{article}", re.IGNORECASE)


def _fronted_phrase_closed(lowered: str, sentence_start: int, at: int, lang: str) -> bool:
    """Whether the body at ``at`` comes right after the comma that closes a fronted phrase opening the sentence (``According
    to the plan of the People's Committee of Son La province, districts … must …``, ``Theo kế hoạch của UBND tỉnh Sơn
    La, UBND các huyện phải …``): it opens the clause, no list goes on from the phrase's own body (open classes after
    round 23b). Only the phrase's first comma: a list inside it (``On the instructions of A, B and C,``) is rare."""
    pattern = _fronted_phrase_to_first_comma(lang)
    return bool(pattern and pattern.fullmatch(lowered, sentence_start, at))


def _fronted_source(group: Group, sentence: Sentence, mentions: list[Mention], lowered: str, lang: str, own: set[str],
                    tasked: set[int]) -> str | None:
    """The body a fronted phrase names as the source of a subject's task (``According to the plan of the People's
    Committee of Son La province, districts … must …``, ``Theo kế hoạch của UBND tỉnh Sơn La, UBND các huyện phải
    …``): the one asking, where the phrase (grammar's ``fronted_phrase_openers``, to its first comma) opens the
    sentence right before the subject (open classes after round 23b)."""
    if not _fronted_phrase_closed(lowered, sentence.start, group.start, lang):
        return None
    inside = [m for m in mentions if sentence.start <= m.start and m.end <= group.start and m.start not in tasked
              and m.agency_id not in own]
    return inside[-1].agency_id if inside else None


def _clause_start(before: str, c: LanguageCues | None = None) -> bool:
    # an opening quotation mark opens a quoted clause ("“Sở Nông nghiệp … phối hợp với … kiểm tra …”. Đó là chỉ đạo …", round 16)
    before = _ARTICLE_AT_END.sub("", before).rstrip().rstrip("“\"«„").rstrip()
    topic = _topic_intro(c.lang) if c is not None and c.lang else None
    return (
        before == "" or before.endswith((":", ";", ".")) or bool(_LIST_ITEM_BEFORE.match(before))
        or bool(_SHORT_INTRO.match(before + " "))
        or bool(topic and topic.match(before + " "))
        or bool(c is not None and c.lang and _fronted_intro(c.lang) and _fronted_intro(c.lang).match(before + " "))
        or bool(c is not None and c.clause_conjunction_at_end.search(before))  # "…, while the Ministry … will provide"
        or (c is not None and _time_frame_between_commas(before, c.lang) is not None)
    )


# a time frame set off by commas right before a subject: its own words at most
_FRAMED_AT_END = re.compile(r",\s*(?P<frame>[^,;:\n]{4,60}?)\s*,\s*$")


def _time_frame_between_commas(before: str, lang: str) -> int | None:
    """Where a time frame set off by commas right before a subject starts in ``before`` (the words before it), else
    None: ``According to the plan, by April 19, districts, towns and cities will synthesize …`` and the same after a
    comma splice (``… collect voters' opinions for 2 days, by April 19, districts … will …``): the time frame opens
    the subject's clause, as one opening the sentence does (open classes after round 21b). The frame is one deadline
    phrase of the language's deadline grammar and nothing else."""
    m = _FRAMED_AT_END.search(before)
    if not m or lang not in LANGUAGES:
        return None
    frame = fold_for_matching(m.group("frame"))
    # any date completes the forms written without a year: only the phrase's extent is asked here
    found = find_deadlines(frame, lang, own_date="2000-01-01")
    return m.start("frame") if len(found) == 1 and found[0].start == 0 and found[0].end == len(frame) else None


def _below_the_asked(ids: set[str], cue: str, c: LanguageCues) -> set[str]:
    """The ids and kinds of body (grammar's ``superiors``) that stand below every body a proposing cue (grammar's
    ``proposal_cues``) asks; empty where the cue does not propose or a body asked has no superiors' entry."""
    words = language_grammar(c.lang)
    cues_ = {" ".join(lower_for_matching(w).split()) for w in words.get("proposal_cues") or []}
    superiors = words.get("superiors") or {}
    if not cues_ or " ".join(lower_for_matching(cue).split()) not in cues_:
        return set()
    asked = {split_id(i)[0] for i in ids}
    if not asked or not asked <= set(superiors):
        return set()
    return {b for a in asked for b in superiors[a]}


def _proposed_by_a_subordinate(f: Found, assigned_by: str | None, c: LanguageCues) -> bool:
    """Whether a proposing cue with no body before it in its clause (``UBTCNS cho rằng … . Do đó, đề nghị Quốc hội
    xem xét …``) proposes for an asker read elsewhere that stands below the bodies it asks: as a proposal whose
    proposer is named before the cue (``_proposal_to_a_superior``), no task given (the convention reconciled after
    round 24)."""
    if f.kind != "assign" or not assigned_by:
        return False
    below = _below_the_asked({m.agency_id for m in f.group.mentions}, f.cue, c)
    return bool(below) and (split_id(assigned_by)[0] in below or getattr(agency(assigned_by), "kind", None) in below)


def _proposal_to_a_superior(ids: set[str], written_before: str, cue: str, c: LanguageCues) -> bool:
    """Whether a proposing cue (grammar's ``proposal_cues``) asks a body (``superiors``' keys: the provincial
    committee, the Government, the Prime Minister, the National Assembly) that stands above the body named last before
    the cue in the same clause: a subordinate's proposal to its superior is no task given (round 15; the English
    gold's rule, as round 10's 'The Department of Finance proposes that the Provincial People's Committee develop …',
    made the convention of every language after round 24: 'Bộ Nội vụ kiến nghị Chính phủ tổng kết …')."""
    below = _below_the_asked(ids, cue, c)
    if not below:
        return False
    clause = re.split(r"[;:]", written_before)[-1]
    if PROVINCE_ACTS_THROUGH in below:
        # "Tay Ninh leaders proposed the Government …": a province named bare before the cue proposes through its
        # committee or leaders, which no mention names (round 23's left class)
        from nlp.provinces import find_provinces

        if find_provinces(clause, c.lang):
            return True
    # the body that proposes is the one named last before the cue, its subject: a body of a fronted phrase is not
    # ("Tại văn bản gửi các địa phương, Bộ Tài chính đề nghị UBND thành phố Hà Nội …": the ministry asks the city)
    named = find_mentions(clause, fold_for_matching(clause))
    proposer = max(named, key=lambda m: m.start) if named else None
    return proposer is not None and (split_id(proposer.agency_id)[0] in below or _kind(proposer) in below)


def _letter_up_to(ids: set[str], written_before: str, cue: str, c: LanguageCues) -> bool:
    """Whether an assigning cue that sends a letter (grammar's ``noun_cue_frames``, cues.json ``authority_verbs`` then
    ``letters_sent_up``: ``sent a document to``) goes from a provincial body named before it in the clause to national bodies only: the province's
    purpose follows (``… sent a document to the Ministry of Finance to propose …``), not the ministry's task; its
    letter to its own agencies and localities asks them (round 22's left class)."""
    words = c.data.get("letters_sent_up") or []
    key = " ".join(lower_for_matching(cue).split())
    sending = {" ".join(lower_for_matching(e["cue"] if isinstance(e, dict) else e).split()) for e in c.data.get("authority_verbs") or []}
    frames = {" ".join(lower_for_matching(w).split()) for w in grammar(c.lang).get("noun_cue_frames") or []}
    if key not in frames or not any(key == f"{verb} {word}" for verb in sending for word in words):
        return False  # "a demandé au ministère …" (an authority verb before "au" in French) asks the ministry
    if not ids or not all(getattr(agency(split_id(i)[0]), "kind", None) in _NATIONAL_KINDS for i in ids):
        return False
    clause = re.split(r"[;:]", written_before)[-1]
    return any(is_provincial(o.agency_id) for o in find_mentions(clause, fold_for_matching(clause)))


# the most words of a name outside the table that closes a subject ("the National Traffic Safety Committee")
_OUTSIDE_NAME_WORDS = 8
_NAME_JOINING_WORDS = ("of", "for", "on", "and")


def _past_outside_name(text: str, at: int, end: int, later: tuple[int, ...], c: LanguageCues) -> int | None:
    """The position after ``and`` and a capitalised name outside the table written at ``at`` (``… and the
    National Traffic Safety Committee``: no body of the table starts inside it), else None; English-like
    languages only (a list conjunction and an article of the grammar, capitalised names)."""
    conjunctions = language_grammar(c.lang).get("list_conjunctions") or []
    articles = language_grammar(c.lang).get("articles") or []
    if not conjunctions or not language_grammar(c.lang).get("outside_name_subjects"):
        return None
    head = re.match(rf"\s*,?\s*(?:{_alternation(conjunctions)})\s+(?:(?:{_alternation(articles)})\s+)?", text[at:end], re.IGNORECASE)
    if not head:
        return None
    pos, words, last_capitalised = at + head.end(), 0, False
    while words < _OUTSIDE_NAME_WORDS:
        word = re.match(r"([^\W\d_][\w'’-]*)\s+", text[pos:end])
        if not word or not (word.group(1)[:1].isupper() or word.group(1) in _NAME_JOINING_WORDS and words):
            break
        pos, words, last_capitalised = pos + word.end(), words + 1, word.group(1)[:1].isupper()
    if words < 2 or not last_capitalised:
        return None  # a name of two words at least, its last word capitalised
    if any(at < start < pos for start in later):
        return None  # a body of the table inside: the list goes on, no outside name
    return pos - 1



def _past_outside_units(text: str, lowered: str, at: int, end: int, later: tuple[int, ...], c: LanguageCues) -> int | None:
    """The position after the names outside the table that close a subject's list after its body, each after a
    comma or the list's conjunction: cues.json's ``list_skips`` (``Đài Phát thanh và Truyền hình tỉnh``) or a unit
    named by one of grammar's optional ``unit_name_heads`` written with a capital and capitalised words after it
    (``Sở Thông tin và Truyền thông, Báo Hải Dương, Đài Phát thanh và Truyền hình tỉnh phối hợp …``: the department
    is asked, the paper and the radio are no bodies, round 22b); None where no such name follows or a body of the
    table starts inside them."""
    heads = tuple(lower_for_matching(h) for h in grammar(c.lang).get("unit_name_heads") or [])
    own = tuple(grammar(c.lang).get("own_province_words") or [])
    joins = tuple(grammar(c.lang).get("list_conjunctions") or [])
    pos, moved = at, False
    while True:
        joiner = _LIST_JOINER.match(lowered, pos, end)
        if not joiner:
            break
        start = joiner.end()
        name = next((n for n in _co_subject_names(c.lang) if lowered.startswith(n, start)
                     and not lowered[start + len(n) : start + len(n) + 1].isalnum()), None)
        stop = start + len(name) if name else None
        head = None if name else next((h for h in heads if lowered.startswith(h + " ", start)), None)
        if head and text[start : start + 1].isupper():
            stop, words = start + len(head), 0
            while words < _OUTSIDE_NAME_WORDS:
                word = re.match(r"\s+([^\W\d_][\w'’-]*)", text[stop:end])
                if not word:
                    break
                w = word.group(1)
                if w[:1].isupper() or w in own:
                    stop, words = stop + word.end(), words + 1
                elif w in joins and re.match(r"\s+[^\W\d_]", text[stop + word.end() : end]) and \
                        text[stop + word.end() :].lstrip()[:1].isupper():
                    stop, words = stop + word.end(), words + 1  # "Đài Phát thanh và Truyền hình": a name's own joining word
                else:
                    break
            if not words:
                stop = None
        if stop is None or any(start <= b < stop for b in later):
            break
        pos, moved = stop, True
    return pos if moved else None

# how far after a subject's partner cue its modal or future may stand ("… in collaboration with the Municipal Police
# and relevant agencies will establish …")
_SUBJECT_PARTNERS_CHARS = 120


def _past_subject_partners(lowered: str, at: int, end: int, c: LanguageCues) -> int | None:
    """The position right before the first modal or future after cues.json's optional ``subject_partner_cues`` opening
    the words after a subject (``… in collaboration with the Department of Education and Training will ask …``), in
    the same clause (no comma, semicolon or colon between) and a few words on, else None."""
    words = c.data.get("subject_partner_cues") or []
    if not words:
        return None
    head = re.match(rf"\s+(?:{_phrases(words)})\s+", lowered[at:end])
    if not head:
        return None
    start = at + head.end()
    window = lowered[start : min(end, start + _SUBJECT_PARTNERS_CHARS)]
    stop = re.search(r"[,;:]", window)
    window = window[: stop.start()] if stop else window
    for space in re.finditer(r"\s", window):
        position = start + space.start()
        rest = lowered[position:end]  # (the cues' patterns are anchored at the start of what they are given)
        if c.strong_after.match(rest) or c.weak_after.match(rest):
            return position
    return None


@lru_cache(maxsize=None)
def _headline_patterns(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """``headline_participles`` of grammar.json (the participle a headline writes without its auxiliary) and
    ``headline_prefixes`` (what may stand before the headline on its line: a date line)."""
    words = language_grammar(lang).get("headline_participles") or []
    if not words:
        return None
    prefixes = language_grammar(lang).get("headline_prefixes") or []
    cue = re.compile(rf"\s+(?P<cue>{_phrases(words)})(?![\w'])")
    prefix = re.compile(rf"^\s*(?:(?:{'|'.join(prefixes)})\s*)?$" if prefixes else r"^\s*$")
    return cue, prefix


def _opens_headline(group: Group, text: str, lowered: str, c: LanguageCues) -> bool:
    """Whether the bodies open a text's first line, a headline with no full stop (after a stored page's date
    line at most: ``headline_prefixes``), where the language lists headline participles (round 15)."""
    patterns = _headline_patterns(c.lang)
    if patterns is None or not text:
        return False
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    if group.end > line_end or text[:line_end].rstrip().endswith((".", "!", "?")):
        return False
    return bool(patterns[1].match(lowered[: group.start]))


def _under_a_directive_colon(sentence: Sentence, lowered: str, c: LanguageCues) -> bool:
    """Whether the line right before a sentence ends with a colon after a directing word of cues.json's
    ``directive_markers`` (``có ý kiến chỉ đạo như sau:``): the sentence is that direction's content."""
    previous = lowered[: sentence.start].rstrip()
    if not previous.endswith(":"):
        return False
    return bool(c.directive.search(previous[previous.rfind("\n") + 1 :]))


def _committee_head(opening: str, c: LanguageCues) -> bool:
    """Whether the words before a committee are only its head's title (cues.json's optional
    ``committee_head_titles``: ``Chủ tịch`` of ``Chủ tịch UBND tỉnh …``), who stands for the committee."""
    words = c.data.get("committee_head_titles") or []
    return bool(words) and re.fullmatch(rf"\s*(?:{_phrases(words)})\s*", opening) is not None


def _on_a_headline_line(group: Group, text: str) -> bool:
    """Whether the bodies stand on a text's first line that has no closing punctuation and a body of text after it
    (``Bộ Y tế thành lập Tổ hỗ trợ … tại tỉnh Tiền Giang`` then the article): a headline that reports, in any language
    (round 17b); a plain verb there tasks no one."""
    line_end = text.find("\n")
    if line_end < 0 or group.end > line_end or not text[line_end:].strip():
        return False
    return not text[:line_end].rstrip().endswith((".", "!", "?", ":", ";"))


def _headline_passive(group: Group, text: str, lowered: str, c: LanguageCues) -> re.Match | None:
    """The bodies that open a text's first line, a headline with no full stop, before a participle whose
    auxiliary the headline drops (``Localities asked to ensure …``, ``Ministries urged to …``; round 15)."""
    if not _opens_headline(group, text, lowered, c):
        return None
    line_end = text.find("\n")
    return _headline_patterns(c.lang)[0].match(lowered, group.end, len(text) if line_end < 0 else line_end)


# the most words of a unit's own name written before its committee ("Lap Thach District People's Committee")
_UNIT_NAME_WORDS = 4


@lru_cache(maxsize=None)
def _unit_names_before(lang: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in language_grammar(lang).get("unit_names_before") or [])


def _without_unit_name_before(opening: str, group: Group, text: str, sentence: Sentence, c: LanguageCues) -> str:
    """The words before a body without the proper name of its unit written before it (``Lap Thach District
    People's Committee finalizes …``: the district's name opens the clause with its committee), for the names
    of ``unit_names_before`` in grammar.json (round 15)."""
    words = _unit_names_before(c.lang)
    if not words or not text or not group.mentions[0].text.lower().startswith(words):
        return opening
    written = text[sentence.start : group.start].split(" ")
    name: list[str] = []
    while len(name) < _UNIT_NAME_WORDS and len(written) > 1 and written[-2][:1].isupper():
        name.insert(0, written[-2])
        written.pop(-2)
    proper = (" ".join(name) + " ").lower()
    return opening[: -len(proper)] if name and opening.endswith(proper) else opening


# the committees below a province: a department a district's or a commune's committee directs is its own division
_LOCAL_COMMITTEES = frozenset({"DPC", "CPC"})


@lru_cache(maxsize=None)
def _restrictive_complement(lang: str) -> re.Pattern | None:
    """grammar.json's optional ``restrictive_complements``: a short phrase narrowing the bodies before their
    infinitive (``localities with fishing vessels to concentrate …``), up to the next word a lead-in opens."""
    words = grammar(lang).get("restrictive_complements")
    if not words:
        return None
    # not a thing given with the letter ("… to localities with a plan to fight …": the plan's purpose)
    things = grammar(lang).get("restrictive_complement_not_before") or []
    given = rf"(?!(?:{_phrases(things)})\s)" if things else ""
    return re.compile(rf"^\s*(?:{_phrases(words)})\s+{given}[^,;:.\n]{{1,{_RESTRICTIVE_COMPLEMENT_CHARS}}}?(?=\s+(?:{_phrases(grammar(lang)['lead_in'])})\s)")


_RESTRICTIVE_COMPLEMENT_CHARS = 60


def _infinitive_after(after: str, c: LanguageCues) -> bool:
    """Whether the words after bodies go on with their infinitive (``… to proactively respond``), past a phrase that
    narrows them (``… localities with fishing vessels to concentrate``)."""
    if c.lead_in_after is None:
        return False
    narrowing = _restrictive_complement(c.lang)
    m = narrowing.match(after) if narrowing else None
    return bool(c.lead_in_after.match(after[m.end() :] if m else after))


def _partner_series_joiner(before: str, c: LanguageCues) -> re.Match | None:
    """``… de coordonner avec A la publication … ; avec B les travaux … ; et avec les localités …``: a joiner of the
    language's ``coordinate_series_joiners`` takes up a partner cue said before it in the clause; alone (``; avec
    les provinces``, no cue before) it names no partner."""
    m = c.coordinate_series_before.search(before)
    if not m or not c.coordinate_anywhere.search(before, 0, m.start("cue")):
        return None
    return m


@lru_cache(maxsize=None)
def _plan_row_labels(lang: str) -> dict[str, str]:
    """grammar.json's optional ``plan_row_labels``: for a role (``lead``, ``coordinate``; ``lead_before_partners``:
    lead labels read only with a partners' row right after), the labels of a plan's row (``cơ quan chủ trì``,
    ``coordinating agencies``), as a regex of a label and its colon."""
    labels = language_grammar(lang).get("plan_row_labels") or {}
    return {role: rf"(?:{_phrases(words)})\s*:" for role, words in labels.items() if words}


def _plan_label_at_end(label: str | None, before: str) -> bool:
    """Whether a label opens the clause (the sentence, or a part after ``;`` or ``.``) and ends right before a body."""
    return bool(label and re.search(rf"(?:^|[.;\n])\s*{label}\s*$", before))


# how many sentences after a plan's lead row its partners' row and its time row may come
_PLAN_ROW_REACH = 2


def _plan_row(group: Group, sentence: Sentence, lowered: str, c: LanguageCues, found: list[Found], index: int,
              sentences: list[Sentence]) -> Found | None:
    """A plan's row printed as labelled fields (``Cơ quan chủ trì: Sở Nội vụ. Cơ quan phối hợp: Sở Xây dựng, Sở Tài
    chính …``, ``Presiding agency: Department of Home Affairs; coordinating agencies: …``): the body after a lead label
    leads, those after a partners' label coordinate with the lead of the row just before (open classes after round
    23b; round 23b's English gold reads Lao Dong's ``Former agency:``, its rendering of ``cơ quan chủ trì``, so)."""
    labels = _plan_row_labels(c.lang)
    if not labels:
        return None
    before = lowered[sentence.start : group.start]
    if _plan_label_at_end(labels.get("coordinate"), before):
        leads = [f for f in found if f.kind == "plan_row" and f.primary is None and index - _PLAN_ROW_REACH <= f.sentence <= index]
        return Found(group, "coordinate", "plan_row", "", group.end, index, primary=leads[-1]) if leads else None
    if _plan_label_at_end(labels.get("lead"), before):
        return Found(group, "lead", "plan_row", "", group.end, index)
    if _plan_label_at_end(labels.get("lead_before_partners"), before) and labels.get("coordinate"):
        # "Former agency: Department of Planning and Investment" in a merger's table is no plan's row: only with the
        # partners' label after it, in its sentence or the next
        following = [s for s in sentences if s.start >= sentence.end][:1]
        limit = following[0].end if following else sentence.end
        if re.compile(rf"[.;\n]\s*{labels['coordinate']}").search(lowered, group.end, limit):
            return Found(group, "lead", "plan_row", "", group.end, index)
    return None


def _classify(group: Group, sentence: Sentence, lowered: str, c: LanguageCues, found: list[Found], index: int,
              first: bool = False, later: tuple[int, ...] = (), text: str = "", earlier: tuple[int, ...] = ()) -> Found | None:
    """The frame a group of bodies stands in, if any; ``first``: no body is named before it in its sentence;
    ``later``: where the groups named after it in its sentence start; ``earlier``: where the groups named
    before it end."""
    before = _after_successive_title(_without_head_title(lowered[sentence.start : group.start], c), lowered, sentence, c)
    if group.head is not None:
        # a list a collective introduces by a colon stands in the frame of the words before the collective where
        # they make one ("giao các Bộ: Y tế, …" is asked, "phối hợp với các Bộ: Tài chính, …" are partners, "giữa Đài
        # … với các Bộ: …" no subject); else its own ("Bộ trưởng các Bộ: Quốc phòng, … tiếp tục …")
        head_before = _without_head_title(lowered[sentence.start : group.head], c)
        if (c.assign_before.search(head_before) or c.coordinate_before.search(head_before)
                or c.not_subject_before.search(head_before)):
            before = head_before
    after = lowered[group.end : sentence.end]
    ids = {m.agency_id for m in group.mentions}
    primaries = [f for f in found if f.sentence == index and f.role != "coordinate"]

    if ids <= PERSONS and c.person_assigns.match(after):
        # "kiến nghị Thủ tướng giao …", "giao Phó Thủ tướng Trần Hồng Hà chỉ đạo Bộ …": the person asked is to
        # assign, the bodies after are tasked (the Government asked to direct is itself tasked: "đề nghị Chính phủ chỉ đạo")
        return None
    if ids <= PERSONS and c.person_post_after and c.person_post_after.match(after):
        return None  # "phân công Phó Thủ tướng Phạm Bình Minh làm tổ trưởng": a person named for a post
    if _standing_rule(before, c):
        return None  # "theo quy định hiện hành tại Nghị định …, Bộ X là đơn vị chủ trì": a rule explained, no task
    m = c.assign_before.search(before) or _assign_over_addressees(before, text[sentence.start : group.start], c)
    if not m and c.direction_to_before:
        m = c.direction_to_before.search(before)
        if m and any(f.sentence == index - 1 and f.primary is None and ids <= {x.agency_id for x in f.group.mentions}
                     for f in found):
            return None  # "“Sở NN&PTNT phối hợp … kiểm tra …”. Đó là chỉ đạo của UBND tỉnh đối với Sở NN&PTNT": the
            # direction names the body of the task just told, already found there (round 16)
    if m and c.relative_at_end and c.relative_at_end.search(before, 0, m.start("cue")):
        return None  # "các chỉ tiêu mà Đảng, Nhà nước giao cho Chính phủ": a relative clause describes, it does not assign
    if m and _not_a_request(before, after, m.start("cue"), c, first):
        return None
    if m and text and _proposal_to_a_superior(ids, text[sentence.start : sentence.start + m.start("cue")], m.group("cue"), c):
        return None  # "representatives of departments, sectors and localities proposed provincial People's Committee to …"
    if m and text and _letter_up_to(ids, text[sentence.start : sentence.start + m.start("cue")], m.group("cue"), c):
        return None  # "… province sent a document to the Ministry of Finance to propose …": a letter up, the ministry not asked
    if m and c.noun_cue_at_end and c.noun_cue_at_end.search(before) and not _infinitive_after(after, c):
        return None  # "assigning tasks to departments, branches and localities:": the tasks are stated elsewhere (round 9)
    if m and c.cue_key(m.group("cue")) in c.peer_urging and _urged_by_a_tasked_body(primaries, lowered, sentence.start + m.start("cue")):
        return None  # "Bộ NN&PTNT hướng dẫn, kiểm tra và đôn đốc các bộ …": guidance that is the tasked body's own task
    if m:
        lead = c.lead_after.match(after)
        role, task_start = ("lead", group.end + lead.end()) if lead else ("assignee", group.end)
        return Found(group, role, "assign", m.group("cue"), task_start, index, extra={"cue_start": sentence.start + m.start("cue")})
    m = c.item_infinitive_before.match(before) if c.item_infinitive_before else None
    if m:
        # "Charger le ministère de l'Agriculture … d'organiser …": a decision's item, its issuer the text's authority
        lead = c.lead_after.match(after)
        role, task_start = ("lead", group.end + lead.end()) if lead else ("assignee", group.end)
        return Found(group, role, "assign", m.group("cue"), task_start, index,
                     extra={"cue_start": sentence.start + m.start("cue"), "item": True})
    m = c.nested_before.search(before)
    if (m and primaries and all(split_id(x.agency_id)[0] in _LOCAL_COMMITTEES for x in primaries[-1].group.mentions)
            and all(split_id(x.agency_id)[0] not in _LOCAL_COMMITTEES and is_provincial(x.agency_id) for x in group.mentions)):
        return None  # "Assign the People's Committees of districts … to direct the Department of Natural Resources and
        # Environment to organize …": a district's own division (a translation of its Phòng), no body of the province
        # (round 18's open class, round 19 not blind)
    if m and c.nested_task_after.match(after):  # "direct the Ministry of Y in doing Z": Y is tasked with Z
        lead = c.lead_after.match(after)  # "Direct the Ministry of Y to preside over …": Y leads
        role, task_start = ("lead", group.end + lead.end()) if lead else ("assignee", group.end)
        return Found(group, role, "assign", m.group("cue"), task_start, index,
                     extra={"cue_start": sentence.start + m.start("cue"), "nested": True})
    topic = _topic_frame(group, sentence, text, lowered, c, index, first, later, found)
    if topic:
        return topic
    addressees = _addressee_frame(group, sentence, before, lowered, c, index, later)
    if addressees:
        return addressees
    m = c.coordinate_before.search(before) or _over_outside_names(
        c.coordinate_over_partners, before, text[sentence.start : group.start], c)
    series = False
    if not m and c.coordinate_series_before:
        m = _partner_series_joiner(before, c)
        series = m is not None
    if (m and primaries and c.cue_key(m.group("cue")) in _co_subject_cues(c.lang) and before[: m.start("cue")].rstrip().endswith(",")
            and re.match(r"^\s*,", after) and c.strong_after.match(after)):
        # "X, together with Y, must …": Y is tasked as X is ("X, phối hợp với Y, chịu trách nhiệm …": Y coordinates)
        return Found(group, "assignee", "subject", m.group("cue"), group.end, index, primary=primaries[-1],
                     extra={"cue_start": sentence.start + m.start("cue"), "co_subject": True})
    if m and not primaries and first and (len(before.strip()) <= _ELIDED_SUBJECT_CHARS + 10
                                          or _elided_lead_at_end(before[: m.start("cue")], c)):
        # also "…; chủ trì, phối hợp với các bộ …", "- Nghiên cứu …, chủ trì, phối hợp với các địa phương …": a lead
        # whose subject is elided, the last task's body
        # a subject-less sentence that goes on with the last task: "… giao Bộ NN&PTNT rà soát …. Chủ động
        # phối hợp với UBND các tỉnh liên quan kiểm tra …"
        recent = [f for f in found if f.primary is None and index - CONTINUATION_SENTENCES <= f.sentence < index]
        if recent:
            return Found(group, "coordinate", "coordinate", m.group("cue"), group.end, index, primary=recent[-1],
                         extra={"cue_start": sentence.start + m.start("cue")})
    if m and not primaries and first and _outside_subject_cue_at_end(before[: m.start("cue")], c.lang):
        # "Văn phòng UBND tỉnh Bắc Ninh được giao phối hợp với tỉnh Bắc Giang …": the tasked subject is no body of the
        # table, its partner of the table still coordinates (round 19b's gold; the open class of round 20)
        return Found(group, "coordinate", "coordinate", m.group("cue"), group.end, index,
                     extra={"cue_start": sentence.start + m.start("cue")})
    if m and primaries:
        return Found(group, "coordinate", "coordinate", m.group("cue"), group.end, index, primary=primaries[-1],
                     extra={"cue_start": sentence.start + m.start("cue"), "series": series})
    asked = [a for a in c.assign_anywhere.finditer(before, 0, m.start("cue"))] if m and c.assign_anywhere else []
    clause = before.rfind(";", asked[-1].end(), m.start("cue")) if asked else -1
    if asked and c.noun_cue_after and c.noun_cue_after.match(before, asked[-1].end()):
        asked = []  # "Thực hiện chỉ đạo của UBND TP …, Sở … vừa chủ trì phối hợp với Công an …": a direction cited, no request
    if (asked and not c.reporting.search(before, asked[-1].end(), m.start("cue"))
            and not (clause >= 0 and any(sentence.start + clause < end for end in earlier))):
        # the lead asked is no body of the table ("yêu cầu Ban An toàn giao thông tỉnh chủ trì, phối hợp với Công an
        # tỉnh …", officers "phối hợp với lực lượng Công an tỉnh …"): its partners are still asked to coordinate (not
        # where a report comes between: "Trả lời kiến nghị này, Bộ … cho biết đã phối hợp với …")
        # whoever asks the lead asks them: the frame is the assigning verb's; a new clause after the verb whose own
        # body of the table was not tasked leaves them out ("quyết liệt chỉ đạo xác minh …; ghi nhận việc Bộ …, các
        # bộ … tăng cường …, phối hợp với MTTQ …": an acknowledged work, no request)
        asker = text[sentence.start : sentence.start + asked[-1].start()] if text else ""
        if asker and ids <= {x.agency_id for x in find_mentions(asker, fold_for_matching(asker))}:
            return None  # "Le chef du Bureau gouvernemental a demandé aux organes compétents de collaborer avec le Bureau
            # gouvernemental": the asker's own body works with those asked, it is not its own partner (round 18c)
        return Found(group, "coordinate", "assign", m.group("cue"), group.end, index,
                     extra={"cue_start": sentence.start + asked[-1].start()})
    colon = re.match(r"^\s*:", after)
    # "c) The State Bank …:", "1. Chủ tịch UBND các tỉnh …:"; with no marker, a body opening its line under a line that
    # ends with a colon ("… assigns departments and branches:\nDepartment of Construction: Guide …", round 17)
    unmarked = not before.strip() and _under_an_assigning_colon(text, lowered, sentence.start, c)
    if colon and (unmarked or _LIST_ITEM_BEFORE.match(c.fillers_at_end.sub("", before))):
        rest = after[colon.end() :]
        lead = c.lead_after.match(rest)
        if lead:
            return Found(group, "lead", "list_item", ":", group.end + colon.end() + lead.end(), index)
        return Found(group, "assignee", "list_item", ":", group.end + colon.end(), index)
    if c.not_subject_before.search(before) or ids & PERSONS or _over_outside_names(
            c.not_subject_over_names, before, text[sentence.start : group.start], c):
        return None
    if c.present_state_opening and c.present_state_opening.match(before):
        return None  # "Hiện nay, … các địa phương phải tính toán …": how things are done, a standing duty
    if c.subject_relative_at_end and c.subject_relative_at_end.search(before):
        return None  # "hai nghị quyết mà các bộ, ngành có liên quan có trách nhiệm thực hiện": a relative clause describes
    m = c.lead_after.match(after)
    if m:
        return Found(group, "lead", "subject", m.group("cue"), group.end + m.end(), index)
    m = _headline_passive(group, text, lowered, c)
    if m:  # "Localities asked to ensure supply of plant varieties": a headline drops the passive's auxiliary
        return Found(group, "assignee", "subject", m.group("cue"), group.end + m.end(), index)
    m = c.strong_after.match(after)
    if not m and text and not ids & AUTHORITIES and _clause_start(before, c):
        partners_end = _past_subject_partners(lowered, group.end, sentence.end, c)
        if partners_end is not None:
            # "People's Committees of districts and towns in collaboration with the Department of Education and
            # Training will ask …": partners set inside the subject, without commas, before its cue (round 19's and
            # 20's open class); the partners themselves are read as coordinating after their cue
            rest = lowered[partners_end : sentence.end]
            m = c.strong_after.match(rest) or c.weak_after.match(rest)
            if m:
                key = c.cue_key(m.group("cue"))
                return Found(group, c.strong_roles.get(key, "assignee"), "subject", m.group("cue"), partners_end + m.end(), index)
    if not m and text and not ids & AUTHORITIES and _clause_start(before, c):
        # "The Ministry of Transport and the National Traffic Safety Committee were urged to …": a name outside
        # the table closing the subject before a modal or passive cue (round 13's open class, fixed in round 15)
        past = _past_outside_name(text, group.end, sentence.end, later, c)
        m = c.strong_after.match(lowered[past : sentence.end]) if past else None
        if m:
            key = c.cue_key(m.group("cue"))
            return Found(group, c.strong_roles.get(key, "assignee"), "subject", m.group("cue"), past + m.end(), index)
    if m:
        lead = c.lead_after.match(after[m.end() :])  # "is assigned to preside over", "được giao chủ trì"
        if not lead and c.lead_after_cue:
            lead = c.lead_after_cue.match(after[m.end() :])  # "has been tasked with heading …" (round 10)
        if lead:
            return Found(group, "lead", "subject", lead.group("cue"), group.end + m.end() + lead.end(), index)
        # the task starts after a modal or a passive ("shall guide …" → "guide …"), with a verb that is the
        # task itself ("nghiên cứu cơ chế …") included
        key = c.cue_key(m.group("cue"))
        task_start = group.end if key in c.strong_task_verbs else group.end + m.end()
        return Found(group, c.strong_roles.get(key, "assignee"), "subject", m.group("cue"), task_start, index)
    if not ids & AUTHORITIES and _clause_start(before, c) and all(_collective(i) for i in ids):
        m = c.clause_modal.match(after)  # "các bộ, ngành, địa phương chưa xây dựng đề án phải khẩn trương …"
        if m:
            return Found(group, "assignee", "subject", m.group("cue"), group.end, index)
    # the heads' titles may open the clause of collective bodies: "Thủ trưởng các sở, …, Chủ tịch UBND các huyện … chỉ
    # đạo …" (not of one body: "Chủ tịch UBND TP Thái Bình ban hành Quyết định …" reports what a person did)
    opening = c.fillers_at_end.sub("", before) if all(_collective(i) for i in ids) else before
    if len(group.mentions) > 1 and c.count_at_end:
        opening = c.count_at_end.sub("", opening)  # "Hai Sở GTVT, Xây dựng phối hợp …": a count opens the list
    opening = _without_unit_name_before(opening, group, text, sentence, c)
    if first and not _clause_start(opening, c) and _co_subjects_outside(text[sentence.start : group.start], c):
        opening = ""  # "Các cơ quan thành viên Ban Chỉ đạo … tỉnh và UBND các huyện … báo cáo …": a co-subject outside the table
    conditional = _conditional_at_end(opening, c.lang)
    if (first and text and c.data.get("committee_head_titles") and all(split_id(i)[0] == "PPC" for i in ids)
            and (_clause_start(opening, c) or _committee_head(opening, c))
            and text[group.start : group.end].split()[-1][:1].isupper()
            and c.assign_anywhere.match(_past_adverbs(after.lstrip(" ,"), c)) and _under_a_directive_colon(sentence, lowered, c)):
        # a provincial committee that directs ("UBND tỉnh chỉ đạo …") is not tasked, but on the line right under a
        # higher body's direction ending with a colon ("Phó Thủ tướng … có ý kiến chỉ đạo như sau:" then "Chủ tịch UBND
        # tỉnh Phú Thọ chỉ đạo các sở, ngành …") directing is what the committee is asked to do (round 17b); a higher
        # body names the province ("tỉnh Phú Thọ"), the committee's own text does not ("…; cụ thể:" then "UBND tỉnh
        # yêu cầu các Sở …": its own request). Read where cues.json lists the head's titles (Vietnamese): in English
        # every word of "Provincial People's Committee" is capitalised, so the province's name cannot be told apart
        return Found(group, "assignee", "weak", "", group.end, index)
    if not ids & AUTHORITIES and _letters_future_task(opening, after, lowered, sentence, c):
        return Found(group, "assignee", "weak", "", group.end, index)
    if not ids & AUTHORITIES and _plans_future_task(opening, after, c):
        return Found(group, "assignee", "weak", "", group.end, index, extra={"retold_plan": True})
    if ids & AUTHORITIES or not (_clause_start(opening, c) or conditional) or (
            c.negation_after.match(after) and not (conditional and c.weak_after.match(after))):
        # in a condition ("nếu có phát sinh …, Sở Xây dựng báo cáo UBND TP xem xét"), a verb that is a duty as well
        # as a report ("báo cáo") is the duty: a condition reports nothing (round 12)
        return None
    if c.issues_then_assigns.match(after):
        return None  # "UBND tỉnh Quảng Ninh ban hành Quyết định …, giao Sở Tài chính …": the committee assigns
    if all(split_id(i)[0] == "PPC" for i in ids) and c.assign_anywhere.match(_past_adverbs(after.lstrip(" ,"), c)):
        # "UBND tỉnh chỉ đạo tăng cường …", "UBND tỉnh cũng chỉ đạo Sở Y tế …" (an adverb between, round 12): the
        # provincial committee directs, it is not tasked
        return None
    if all(split_id(i)[0] == "PPC" for i in ids) and c.issues_document.match(after):
        return None  # "Ngày 30/6/2025, UBND tỉnh ban hành Kế hoạch …": the provincial committee issues, it is not tasked
    if c.issues_numbered_document and c.issues_numbered_document.match(after):
        return None  # "UBND huyện Vũ Thư ban hành Quyết định số 9589 …": a numbered document's issue is reported (round 18c)
    m = c.weak_after.match(after)
    if not m and c.present_plural_after and c.directive_opening.match(opening):
        m = c.present_plural_after.match(after)  # "Selon la dépêche, les ministères et localités appliquent …"
    if not m and text:
        # "The Department of Construction and the City Civil Works … Project Management Board will urgently prepare
        # …": a name outside the table closing the subject before a plain future or present, as before a modal or
        # a passive (round 18b)
        past = (_past_outside_name(text, group.end, sentence.end, later, c)
                or _past_outside_units(text, lowered, group.end, sentence.end, later, c))
        m = c.weak_after.match(lowered[past : sentence.end]) if past else None
    if m and c.cue_key(m.group("cue")) in c.peer_urging and later and not lowered[group.end + m.end() : later[0]].strip():
        return None  # "Văn phòng Chính phủ đôn đốc Bộ Công Thương …": the body urged right after is tasked, not the urging one
    if m and (_opens_headline(group, text, lowered, c) or _on_a_headline_line(group, text)):
        return None  # "Ministry of Construction reviews key tasks in May 2021": a headline sums up, it tasks no one
    if m and _presides_in_its_next_item(after, m.end(), c):
        return Found(group, "lead", "weak", m.group("cue"), group.end, index)
    if m:
        return Found(group, "assignee", "weak", m.group("cue"), group.end, index)
    if first and text and not before.strip():
        request = _pointed_list_request(text, sentence.start, index, found, c)
        if request is not None:
            # "The remaining ministries and units are required to … . They are:" then "Ministry of Finance (merging
            # with …)" a line: each body named is the one asked (round 20); the collective gives no row of its own
            request.extra["listed"] = True
            return Found(group, request.role, "pointed_item", "", group.end, index, primary=request)
    if first and text and _same_body_goes_on(group, before, ids, text, c, found, index):
        # "… giao Sở Xây dựng, UBND quận Ninh Kiều rà soát … . Đồng thời, UBND quận Ninh Kiều công bố thông tin …":
        # the body just asked, its next task with a verb outside the cues (round 15's open class, round 17b); where
        # grammar's ``restated_bodies_give_no_row`` is set (English press), the bodies restated only spell the same
        # request out and give it their date ("… requests the People's Committees of districts and towns … to urgently
        # implement … . Accordingly, districts and towns continue to … completed before April 15, 2025", round 19b)
        kind = "restated" if grammar(c.lang).get("restated_bodies_give_no_row") else "subject"
        return Found(group, "assignee", kind, "", group.end, index)
    if _LIST_ITEM_BEFORE.match(before) and not re.match(r"^\s*[,;.)]", after):
        return Found(group, "assignee", "list_subject", "", group.end, index)
    return None


def _presides_in_its_next_item(after: str, cue_end: int, c: LanguageCues) -> bool:
    """A subject's plain-verb item that goes on past a semicolon with a lead cue and no subject of its own
    (``Le ministère de l'Intérieur encourage et contrôle les localités … ; préside et coopère avec les ministères …``,
    round 24's left class; the bodies before the semicolon are its objects): the same body leads that next task,
    its partners coordinate."""
    semicolon = after.find(";", cue_end)
    return semicolon >= 0 and bool(c.lead_after.match(after[semicolon + 1 :]))


def _same_body_goes_on(group: Group, before: str, ids: set[str], text: str, c: LanguageCues, found: list[Found],
                       index: int) -> bool:
    """A sentence that opens with cues.json's ``continuation_openers`` (``Đồng thời,``), then the bodies the sentence
    just before asked (as assignee or lead, the asker's own request), then a verb in the present (a lower-case word
    that is no negation, no report and no future: ``đã``, ``cho biết``, ``sẽ`` tell what was or will be done; no
    assigning verb: the body would ask others): the same request goes on with their next task."""
    opener = c.continuation_opener.match(before)
    if not opener or before[opener.end() :].strip():
        return False
    asked = [f for f in found if f.sentence == index - 1 and f.primary is None and f.role in ("assignee", "lead")]
    if not any(ids <= {m.agency_id for m in f.group.mentions} for f in asked):
        return False
    after = text[group.end : group.end + 40]
    verb = re.match(r"\s+(\w)", after)
    lowered_after = after.lower()
    return bool(verb and verb.group(1).islower() and not c.negation_after.match(lowered_after)
                and not c.reporting.match(lowered_after.lstrip())
                # "Bên cạnh đó, Sở Y tế đề nghị UBND các huyện …": the body asks others, the bodies after it are tasked
                and not c.assign_anywhere.match(lowered_after.lstrip()))


@lru_cache(maxsize=None)
def _letters_future_forms(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """grammar's optional ``letter_future_openers`` (``Trong khi đó,``) and ``letter_future_markers`` (``sẽ``), with
    cues.json's ``document_subjects`` (``công văn``) and ``directive_markers`` (``chỉ đạo``)."""
    g = grammar(lang)
    openers, markers = g.get("letter_future_openers") or [], g.get("letter_future_markers") or []
    if not openers or not markers:
        return None
    data = cues(lang).data
    return (re.compile(rf"\s*(?:{_phrases(openers)})\s*,\s*"),
            re.compile(rf"\s*(?:{_phrases(markers)})\s+\w"),
            re.compile(rf"(?<![\w'])(?:{_phrases(data['document_subjects'])})\s+"
                       rf"(?:{_phrases(data['directive_markers'])})(?![\w'])"))


def _letters_future_task(opening: str, after: str, lowered: str, sentence: Sentence, c: LanguageCues) -> bool:
    """A letter's task for a body told in the future in the report of that letter: ``Công văn chỉ đạo, Sở Giao thông
    vận tải là đơn vị chủ trì …. Trong khi đó, Công an tỉnh Bình Phước sẽ tập trung kiểm tra …`` (round 12's open
    class, round 15). The future (``sẽ``) right after a body is a report's word elsewhere; it tells the letter's task
    only in a sentence that opens with a contrast linking it to the letter (``letter_future_openers``) within a few
    sentences after the letter's directing words (``công văn chỉ đạo``, ``văn bản yêu cầu``)."""
    forms = _letters_future_forms(c.lang)
    if forms is None or not forms[0].fullmatch(opening) or not forms[1].match(after):
        return False
    return bool(forms[2].search(lowered, max(0, sentence.start - 1200), sentence.start))


def _plans_future_task(opening: str, after: str, c: LanguageCues) -> bool:
    """A plan's task for a body told in the future in a sentence that retells the plan (``Theo kế hoạch, UBND các huyện
    sẽ tổng hợp kết quả …``): the opener names the plan, so no letter's directing words are needed before it, and the
    task stands in any text, as a letter's direction makes a text directive (open classes after round 21b)."""
    forms, plan = _letters_future_forms(c.lang), _plan_opening(c.lang)
    return bool(forms and plan and plan.fullmatch(opening) and forms[1].match(after))


@lru_cache(maxsize=None)
def _plan_opening(lang: str) -> re.Pattern | None:
    """grammar's optional ``plan_future_openers`` (``Theo kế hoạch,``): a sentence opening so retells a plan, whose
    task for a body it tells in the future (``letter_future_markers``: ``sẽ``) with no letter's directing words before
    it (open classes after round 21b, as round 21b's English ``according to the plan``)."""
    openers = grammar(lang).get("plan_future_openers") or []
    return re.compile(rf"\s*(?:{_phrases(openers)})\s*,\s*") if openers else None


@lru_cache(maxsize=None)
def _conditional_opener(lang: str) -> re.Pattern | None:
    """A condition's clause ending the words before a body: grammar's optional ``condition_openers`` (``nếu``,
    ``trường hợp``) opening the sentence or a clause, then words up to a comma."""
    openers = grammar(lang).get("condition_openers") or []
    if not openers:
        return None
    return re.compile(rf"(?:^|[;:.,]\s*)(?:{'|'.join(sorted((phrase(o) for o in openers), key=len, reverse=True))})"
                      rf"\s[^;:.,]{{1,120}},\s*$")


def _conditional_at_end(before: str, lang: str) -> bool:
    """Whether the words before a body end with a condition's clause (``…; nếu có phát sinh vướng mắc, ``)."""
    pattern = _conditional_opener(lang)
    return bool(pattern and pattern.search(before.strip(" ") + " "))


def _past_adverbs(after: str, c: LanguageCues) -> str:
    """The words after a body without the adverbs that open them (cues.json's ``adverbs`` and ``habitual_adverbs``:
    ``cũng``, ``khẩn trương``, ``thường xuyên``)."""
    words = [*(c.data.get("adverbs") or []), *(c.data.get("habitual_adverbs") or [])]
    if not words:
        return after
    options = "|".join(sorted((phrase(w) for w in words), key=len, reverse=True))
    return re.sub(rf"^(?:(?:{options})\s+)+", "", after)


def _elided_lead_at_end(before: str, c: LanguageCues) -> bool:
    """Whether the words before a coordination cue end with a lead cue whose subject is elided (``…; chủ trì, ``,
    also after a sentence's ``continuation_openers``: ``Đồng thời chủ trì, ``): the body leading is the one the last
    task named."""
    cues_of_lead = [e if isinstance(e, str) else e["cue"] for e in c.data.get("lead_after") or []]
    if not cues_of_lead:
        return False
    openers = c.data.get("continuation_openers") or []
    # "Đồng thời chủ trì, phối hợp với các đơn vị có liên quan và UBND huyện …" (round 22): the opener is no subject
    opener = rf"(?:(?:{_phrases(openers)})\s*,?\s+)?" if openers else ""
    return bool(re.search(rf"(?:^|[,;:]\s*|^\s*{LIST_MARKER}\s+){opener}(?:{_phrases(cues_of_lead)})\s*,?\s*$", before))


@lru_cache(maxsize=None)
def _successive_titles(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """grammar's optional ``successive_head_titles``: the title alone opening a sentence, and an assigning verb
    right before the title (``phân công Bộ trưởng``)."""
    titles = grammar(lang).get("successive_head_titles") or []
    if not titles:
        return None
    title = "|".join(phrase(t) for t in titles)
    verbs = "|".join(phrase(e["cue"] if isinstance(e, dict) else e) for e in cues(lang).data["assign_before"])
    return (re.compile(rf"\s*(?:{title})\s*"), re.compile(rf"(?<![\w'])(?:{verbs})\s+(?:{title})\s"))


def _after_successive_title(before: str, lowered: str, sentence: Sentence, c: LanguageCues) -> str:
    """The words before a body opening its sentence through a head's title that is no head title elsewhere
    (``successive_head_titles``: ``Bộ trưởng``, which also opens a law's ``Bộ trưởng Bộ Y tế … chịu trách nhiệm thi
    hành`` or a minister presenting a bill) where the sentence before assigned a head by that title: ``Thủ tướng phân
    công Bộ trưởng Bộ Kế hoạch và Đầu tư chuẩn bị …. Bộ trưởng Bộ Giao thông vận tải chuẩn bị …`` (round 13's open
    class, round 15): the next head asked in turn, the title dropped."""
    forms = _successive_titles(c.lang)
    if forms is None or not forms[0].fullmatch(before):
        return before
    window = lowered[max(0, sentence.start - 600) : sentence.start].rstrip()
    previous = window[max(window.rfind(". ", 0, len(window) - 1), window.rfind("\n", 0, len(window) - 1)) + 1 :]
    return "" if forms[1].search(previous) else before


def _without_head_title(before: str, c: LanguageCues) -> str:
    """The words before a body without the title of its head right before its name (``Directors of the
    Department of …``, ``le directeur du Service …``): the head stands for the body, so the title is no
    complement (``of``, ``du``) and no subject of its own; a cue before the title keeps its place."""
    if c.head_title_at_end is None:
        return before
    m = c.head_title_at_end.search(before)
    return before[: m.start()] + " " if m else before


def _not_a_request(before: str, after: str, cue_start: int, c: LanguageCues, first: bool) -> bool:
    """Whether an assigning verb before a body asks no task of it: the body is asked a question
    (``đề nghị Thủ tướng cho biết … hay không``, ``asked the minister to say whether``), the verb tells a
    habit (``thường xuyên chỉ đạo``, ``regularly asks``), a modal inverted after a present-practice opener
    tells a standing duty (``För närvarande ska …``), or a private speaker opening the sentence
    recommends (``Giáo sư, Tiến sĩ … đề nghị Chính phủ …``, ``Professor Tran urged …``: an expert's opinion)
    with no body of the gazetteer named before the one asked (``first``), or the bodies receive a budget
    (``giao các bộ, …, các tỉnh, thành phố trực thuộc trung ương dự toán …``)."""
    if c.question_after and c.question_after.match(after):
        return True
    if c.indicative_after and c.mandative_cue.search(before, cue_start) and c.indicative_after.match(after):
        return True  # "the report suggested that the Ministry … had failed": a finding told, not a request (round 10)
    if c.allocation_after and c.allocation_after.match(after):
        return True  # "giao các bộ, … và các tỉnh, thành phố trực thuộc trung ương dự toán …": a budget allocated
    if c.habitual_at_end and c.habitual_at_end.search(before, 0, cue_start):
        return True
    opening = c.present_state_opening.match(before) if c.present_state_opening else None
    if opening and not before[opening.end() : cue_start].strip():
        return True  # "För närvarande ska byggministeriet …": a modal inverted right after a present-practice opener
    return bool(first and c.private_speaker_opening and c.private_speaker_opening.match(before[:cue_start]))


def _urged_by_a_tasked_body(primaries: list[Found], lowered: str, cue_at: int) -> bool:
    """Whether a body tasked earlier in the clause (no ``;`` between, unless the urging verb opens the part
    after it with no subject of its own: "… monitors the weather, warns of disasters; urges localities to …",
    round 12), not an authority, is the one that urges: the bodies it urges are its own task's object
    (guidance, as ``guide localities in …``)."""
    def same_clause(between: str) -> bool:
        return ";" not in between or not between[between.rfind(";") + 1 :].strip()

    return any(not {m.agency_id for m in p.group.mentions} <= AUTHORITIES and p.group.end <= cue_at
               and same_clause(lowered[p.group.end : cue_at]) for p in primaries)


def _standing_rule(before: str, c: LanguageCues) -> bool:
    """Whether the words before a body explain a rule in force (``theo quy định hiện hành …``, ``Luật … đã
    có quy định giao nhiệm vụ cho``, ``under the current rules``) with no new request after the rule:
    the body's duty is a standing one, told to explain what it does, not a task of the text."""
    if c.standing_rule is None:
        return False
    rules = list(c.standing_rule.finditer(before))
    if not rules:
        return False
    end = rules[-1].end()
    # an assigning verb right after the rule is the rule's own ("đã có quy định giao …"); one further on is a request
    return not any(before[end : cue.start()].strip() for cue in c.assign_anywhere.finditer(before, end))


def _topic_frame(group: Group, sentence: Sentence, text: str, lowered: str, c: LanguageCues, index: int, first: bool,
                 later: tuple[int, ...], found: list[Found] = ()) -> Found | None:
    """A body fronted as the topic of its sentence, asked by an assigning verb that names no body after
    it: ``Với Ngân hàng Nhà nước, Nghị quyết … yêu cầu chú trọng …``, ``For the State Bank, the
    resolution requires …``. A body right after the verb is the one asked (``For the State Bank, the
    resolution requires the Ministry of Finance to …``)."""
    if not first or c.topic_before is None:
        return None
    opening = _ARTICLE_AT_END.sub("", lowered[sentence.start : group.start]).rstrip()
    topic = c.topic_before.search(opening)
    # the opener starts the sentence, or a capital tells it starts one after a run-in crosshead that the page's
    # markup lost ("Thách thức điều hành lãi suất Với Ngân hàng Nhà nước, …")
    if not topic or opening[: topic.start("opener")].strip() and not text[sentence.start + topic.start("opener")].isupper():
        return None
    # the verb is read after the whole list, an asker split off it included (its name may hold a stop: "UBND TP. Hải
    # Phòng")
    anchor, group = group.end, _topic_without_its_asker(group, lowered, c)
    m = c.topic_cue_after.match(lowered[anchor : sentence.end])
    if not m:
        return _topic_with_bare_tasks(group, sentence, lowered, c, index, found)
    if (" ".join(topic.group("opener").split()) in _topic_openers_before_comma(c.lang)
            and not lowered[group.end : anchor + m.start("cue")].lstrip().startswith(",")):
        return None  # "Riêng Sở Y tế yêu cầu …": without a comma the body is the verb's subject, not a topic
    cue_start, cue_end = anchor + m.start("cue"), anchor + m.end("cue")
    following = [start for start in later if start >= cue_end]
    if following:
        gap = _ARTICLE_AT_END.sub("", lowered[cue_end : following[0]])
        if not c.fillers_at_end.sub("", gap + " ").strip():
            return None  # a body is asked right after the verb
    return Found(group, "assignee", "assign", m.group("cue"), cue_end, index, extra={"cue_start": cue_start})


def _an_asking_authority(agency_id: str) -> bool:
    """A body that asks others in a directing text (bodies.json ``asking_authorities``, ``asking_kinds``): a
    government head or office, a ministry, a provincial committee."""
    return (agency_id in PERSONS or split_id(agency_id)[0] in ASKING_AUTHORITIES
            or getattr(agency(agency_id), "kind", None) in ASKING_KINDS)


def _topic_without_its_asker(group: Group, lowered: str, c: LanguageCues) -> Group:
    """A fronted topic's body and the asker right after its comma, read as one list (``Đối với Sở Xây dựng, UBND TP.
    Hải Phòng yêu cầu phải kiểm tra …``, round 23): the authority that opens the assigning verb asks, the bodies
    before it are the topic asked (without the authority, the whole list stays the topic)."""
    last = group.mentions[-1]
    if len(group.mentions) < 2 or not _an_asking_authority(last.agency_id):
        return group
    if not lowered[group.mentions[-2].end : last.start].strip().startswith(","):
        return group
    cue = c.topic_cue_after.match(lowered[last.end :])
    if not cue or c.fillers_at_end.sub("", lowered[last.end : last.end + cue.start("cue")] + " ").strip(" ,"):
        return group  # the verb must follow the authority right away
    return Group(group.mentions[:-1], group.head)


@lru_cache(maxsize=None)
def _outside_subject_cues(lang: str) -> re.Pattern | None:
    """cues.json's optional ``outside_subject_cues`` at the end of the words before a coordination cue, a subject's
    words before them (``Văn phòng UBND tỉnh được giao``)."""
    words = cues(lang).data.get("outside_subject_cues")
    if not words:
        return None
    # not after a past or negation ("Năm qua, tỉnh đã được giao phối hợp …": what was done)
    negations = cues(lang).data.get("negations") or []
    past = rf"(?!(?:{_phrases(negations)})\s)" if negations else ""
    return re.compile(rf"\S(?:.*\s)?(?<![\w']){past}\w+\s+(?:{_phrases(words)})\s*$")


def _outside_subject_cue_at_end(before: str, lang: str) -> bool:
    """Whether the words before a coordination cue are a subject outside the table and its task's cue (``Văn phòng
    UBND tỉnh Bắc Ninh được giao``), no assigning verb before: the partner after is tasked to coordinate."""
    pattern = _outside_subject_cues(lang)
    return bool(pattern and pattern.match(before) and not cues(lang).assign_anywhere.search(before))


@lru_cache(maxsize=None)
def _topic_task_start(lang: str) -> re.Pattern | None:
    """cues.json's optional ``topic_task_verbs``: a task's first verb right after a topic's comma or colon (``Đối với
    Sở Nội vụ, rà soát, đề xuất …``, ``Đối với UBND các huyện: chỉ đạo …``)."""
    verbs = cues(lang).data.get("topic_task_verbs")
    if not verbs:
        return None
    return re.compile(rf"\s*[,:]\s*(?:[-–+•]\s*)?(?P<task>{_phrases(verbs)})(?![\w'])")


def _topic_with_bare_tasks(group: Group, sentence: Sentence, lowered: str, c: LanguageCues, index: int,
                           found: list[Found]) -> Found | None:
    """A body fronted as a topic, then its tasks as bare verbs with no assigning verb: ``Đối với Sở Nội vụ, rà soát,
    đề xuất chế độ …`` after ``Chủ tịch UBND TPHCM giao Sở Xây dựng chủ trì …`` (round 20b). Only where a direction
    is under way: a body asked in one of the sentences just before, or the sentence under a directing colon; a topic
    of a report (``Đối với Sở Y tế, năm qua đã …``) gives no task."""
    pattern = _topic_task_start(c.lang)
    m = pattern.match(lowered, _past_topic_partners(lowered, group.end, sentence.end, c.lang), sentence.end) if pattern else None
    if not m:
        return None
    directing = any(f.primary is None and f.kind == "assign" and index - CONTINUATION_SENTENCES <= f.sentence < index
                    for f in found)
    if not directing and not _under_a_directive_colon(sentence, lowered, c):
        return None
    lead = c.lead_after.match(lowered[m.start("task") : sentence.end])
    role = "lead" if lead else "assignee"
    return Found(group, role, "assign", "", m.start("task") + (lead.end() if lead else 0), index,
                 extra={"cue_start": m.start("task"), "topic_goes_on": True})


@lru_cache(maxsize=None)
def _topic_partners(lang: str) -> re.Pattern:
    """A topic's partners before its comma: cues.json's ``coordinate`` cue right after the body, then names up to the
    comma (``For the Department of Agriculture and Environment in coordination with the Hydrometeorological Station,
    closely monitor …``)."""
    words = sorted((e["cue"] if isinstance(e, dict) else e for e in cues(lang).data["coordinate"]), key=len, reverse=True)
    return re.compile(rf"\s*(?:{_phrases(words)})\s[^,;:.\n]{{1,{_SUBJECT_PARTNERS_CHARS}}}(?=,)")


def _past_topic_partners(lowered: str, start: int, end: int, lang: str) -> int:
    """Where a topic's task may start after the body ending at ``start``: past its partners, if any."""
    m = _topic_partners(lang).match(lowered, start, end)
    return m.end() if m else start


@lru_cache(maxsize=None)
def _topic_openers_before_comma(lang: str) -> frozenset[str]:
    """The topic openers (cues.json's optional ``topic_openers_before_comma``) whose topic a comma must close
    before the assigning verb: ``riêng`` (``only``) opens a subject as well as a topic."""
    return frozenset(" ".join(lower_for_matching(w).split()) for w in cues(lang).data.get("topic_openers_before_comma") or [])


def _addressee_frame(group: Group, sentence: Sentence, before: str, lowered: str, c: LanguageCues, index: int,
                     later: tuple[int, ...]) -> Found | None:
    """A letter's addressees asked by the request that follows them with no body of its own: ``UBND tỉnh
    đã có công văn gửi Công an tỉnh, Sở Y tế, các huyện đề nghị dừng …`` (the addressees are asked); a letter
    whose request names its bodies (``gửi các Bộ …, yêu cầu Bộ Tài chính …``) tasks those instead."""
    if c.addressee_at_end is None or c.topic_cue_after is None or not c.addressee_at_end.search(before):
        return None
    after = lowered[group.end : sentence.end]
    skipped = c.addressee_skips.match(after) if c.addressee_skips else None
    if skipped:  # "gửi các sở, ngành và đơn vị liên quan yêu cầu …": others beside the addressees (round 18b)
        after = " " * skipped.end() + after[skipped.end() :]
    m = c.topic_cue_after.match(after)
    gap = after[: m.start("cue")] if m else ""
    if not m or gap.strip(" ,") and not _only_scope(gap, c.lang) and not _only_own_province(gap, c.lang):
        return None  # the request must follow the addressees right away (a scope may stand between, round 12)
    cue_start, cue_end = group.end + m.start("cue"), group.end + m.end("cue")
    following = [start for start in later if start >= cue_end]
    if following and not c.fillers_at_end.sub("", _ARTICLE_AT_END.sub("", lowered[cue_end : following[0]]) + " ").strip():
        return None  # a body is asked right after the verb
    return Found(group, "assignee", "assign", m.group("cue"), cue_end, index, extra={"cue_start": cue_start})


def _only_own_province(gap: str, lang: str) -> bool:
    """Whether the words between a letter's addressee and its request only say that the body is the province's
    own (grammar's optional ``own_province_words``): ``gửi Sở Xây dựng tỉnh, đôn đốc việc rà soát …`` (round 15)."""
    words = grammar(lang).get("own_province_words") or []
    return bool(words) and re.fullmatch(rf"\s*(?:{_phrases(words)})\s*,?\s*", gap) is not None


def _only_scope(gap: str, lang: str) -> bool:
    """Whether the words between a letter's addressees and its request are only a scope (grammar's optional
    ``scope_phrases`` and a few words after one, a list of regions too): ``gửi các bộ, ngành, tỉnh, thành phố trong
    cả nước yêu cầu …``, ``gửi UBND các tỉnh, thành phố khu vực Đông Bắc Bộ, Trung Bộ và Nam Bộ, đề nghị …`` (round
    12), as a scope may stand between a body and its cue in a subject frame."""
    openers = grammar(lang).get("scope_phrases") or []
    return bool(openers) and re.fullmatch(
        rf"\s*,?\s*(?:{_phrases(openers)})(?:\s+[^.;:\n]{{0,60}}?)?\s*,?\s*", gap) is not None


def _assign_over_addressees(before: str, written: str, c: LanguageCues) -> re.Match | None:
    """An assigning verb whose addressees open with names the table does not hold: ``Chủ tịch UBND tỉnh đề
    nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở …``, ``yêu cầu các thành viên Ban chỉ đạo các
    cấp; Thủ trưởng các sở …``. Each name before the body is short and opens with a capital or a determiner
    (``các``): a task's words (``yêu cầu đẩy mạnh sản xuất, Bộ …``) are no addressee."""
    return _over_outside_names(c.assign_over_addressees, before, written, c)


def _over_outside_names(pattern: re.Pattern | None, before: str, written: str, c: LanguageCues) -> re.Match | None:
    """A cue (``pattern``) whose list opens with short names the table does not hold (see
    ``_assign_over_addressees``)."""
    if pattern is None:
        return None
    m = pattern.search(before)
    if not m:
        return None
    items = written[m.start("items") : m.end("items")]  # as written: capitals tell names
    pieces = [p.strip() for p in (items.split(";") if ";" in items else items.split(",")) if p.strip()]
    joins = c.data.get("outside_addressee_joins") or []
    if joins:  # "BQL dự án … tỉnh và …": a join word between two names parts them as a comma does (round 20)
        split = [q.strip() for p in pieces for q in re.split(rf"\s+(?:{'|'.join(map(re.escape, joins))})(?:\s+|$)", p)
                 if q.strip()]
        if split != pieces and any(find_mentions(q) for q in split):
            # a body of the table before the join ("Phó Thủ tướng … và Bộ Tài chính"): read as before, by commas alone
            # where the list reaches the body by a comma ("the Chairmen of … of provinces and cities, …, the Ministry")
            if not items.rstrip().endswith(","):
                return None
        else:
            pieces = split
    determiners = tuple(f"{d} " for d in c.data.get("topic_object_determiners") or [])
    # "requests the Chairmen of …, especially the mountainous and midland provinces of …, the National Steering
    # Committee …, the Ministry of …": an aside singling out some of the bodies before it is no addressee of its
    # own (``list_highlights``, round 13's open class, fixed in round 15)
    asides = tuple(f"{h} " for h in c.data.get("list_highlights") or [])
    pieces = [p for p in pieces if not p.lower().startswith(asides)] if asides else pieces
    if pieces and all(len(p.split()) <= c.outside_addressee_words and (p[:1].isupper() or p.lower().startswith(determiners))
                      for p in pieces):
        return m
    return None


def _co_subjects_outside(written: str, c: LanguageCues) -> bool:
    """Whether the words before the first body of a sentence are one short name the table does not hold joined to
    it by the list's conjunction (``Các cơ quan thành viên Ban Chỉ đạo tỉnh và UBND các huyện …``): opening with a
    capital or a determiner, of at most grammar's optional ``co_subject_words`` words (a steering board's name is
    long), no verb of a report or a request in it."""
    conjunctions = grammar(c.lang).get("list_conjunctions") or []
    longest = grammar(c.lang).get("co_subject_words") or 0
    if not longest or not conjunctions:
        return False
    m = re.match(rf"^\s*(?P<name>[^.;:\n]+?)\s+(?:{'|'.join(map(re.escape, conjunctions))})\s+$", written)
    if not m:
        m = _co_subject_before_comma(written, c)
    if not m:
        return False
    name = m.group("name")
    lowered = lower_for_matching(name)
    for blocker in c.data.get("authority_verb_blockers") or []:  # a board's name holds a verb: "Ban Chỉ đạo"
        lowered = re.sub(rf"(?<![\w']){phrase(blocker)}\s+\S+(?:\s+\S+)?", blocker, lowered)
    determiners = tuple(f"{d} " for d in c.data.get("topic_object_determiners") or [])
    return (len(name.split()) <= longest and (name[:1].isupper() or lowered.startswith(determiners))
            and not c.reporting.search(lowered) and not (c.assign_anywhere and c.assign_anywhere.search(lowered))
            and not c.weak_after.search(" " + lowered))


def _co_subject_before_comma(written: str, c: LanguageCues) -> re.Match | None:
    """A co-subject joined to the body by a comma, the heads' titles of the body left out (``Ban Chỉ huy Phòng,
    chống thiên tai các cấp, Thủ trưởng các sở, ban, ngành tỉnh …``): only a name that opens with one of grammar's
    optional ``co_subject_comma_heads`` (a board, a council, a team), since a comma after any opening words is a
    clause's ("Tình hình … được kiểm soát, các sở …")."""
    heads = grammar(c.lang).get("co_subject_comma_heads") or []
    if not heads:
        return None
    kept = len(c.fillers_at_end.sub("", lower_for_matching(written)))  # one character for one: offsets hold
    # a line break inside is a sentence a site broke over lines, joined again for this stage ("Phòng, chống\nthiên tai")
    m = re.match(r"^\s*(?P<name>[^.;:\n]+?)\s*,\s*$", written[:kept].replace("\n", " "))
    if not m or not lower_for_matching(m.group("name")).startswith(tuple(f"{h} " for h in heads)):
        return None
    return m


@lru_cache(maxsize=None)
def _co_subject_cues(lang: str) -> frozenset[str]:
    """The coordination cues that make a co-subject (``together with``, ``cùng với``), not a coordinating body."""
    return frozenset(" ".join(lower_for_matching(cue).split()) for cue in cues(lang).data.get("co_subject_cues") or [])


@lru_cache(maxsize=None)
def _co_subject_names(lang: str) -> tuple[str, ...]:
    """Co-subjects outside the gazetteer (``list_skips``: ``các cơ quan có liên quan``, ``the committees of the
    National Assembly``), lowered, longest first."""
    names = {" ".join(lower_for_matching(name).split()) for name in cues(lang).data.get("list_skips") or []}
    return tuple(sorted(names, key=len, reverse=True))


def _after_co_subjects(lowered: str, position: int, c: LanguageCues) -> int:
    """Where the task starts after a body that opens an implementation item: past the co-subjects outside
    the gazetteer listed after it (``6. Ủy ban Thường vụ Quốc hội, Chính phủ, các cơ quan có liên quan phối
    hợp …``), which are neither tasked rows nor part of the task."""
    while True:
        joiner = _LIST_JOINER.match(lowered, position)
        if not joiner:
            return position
        at = joiner.end()
        name = next((n for n in _co_subject_names(c.lang) if lowered.startswith(n, at)
                     and not lowered[at + len(n) : at + len(n) + 1].isalnum()), None)
        if name is None:
            return position
        position = at + len(name)


# bodies that stand for many (all ministries, all provinces, a province's departments or communes)
_COLLECTIVE_KINDS = frozenset({"collective", "provincial_departments", "district_committees", "commune_committees"})


def _collective(agency_id: str) -> bool:
    return getattr(agency(agency_id), "kind", None) in _COLLECTIVE_KINDS


@lru_cache(maxsize=None)
def _speaker_opening(lang: str) -> re.Pattern | None:
    """A sentence's opening that names who speaks and his post right before his body's name (grammar's optional
    ``speaker_openers`` and ``speaker_posts``): ``Theo bà Nguyễn Thị A, Phó Giám đốc `` before ``Sở Nông nghiệp …``."""
    g = grammar(lang)
    openers, posts = g.get("speaker_openers") or [], g.get("speaker_posts") or []
    if not openers or not posts:
        return None
    def any_of(words: list[str]) -> str:
        return "|".join(sorted((phrase(w) for w in words), key=len, reverse=True))
    return re.compile(rf"^\s*(?:{any_of(openers)})\s+[^,;:.\n]{{1,60}}?\s*[,\-–]\s*(?:{any_of(posts)})\s+$")


def _speaker(m: Mention, sentence: Sentence, lowered: str, lang: str) -> bool:
    """Whether a body is the institution of the person a sentence quotes (``Theo bà …, Phó Giám đốc Sở Nông nghiệp …,
    UBND các huyện … cần triển khai …``): the body speaks, it is not tasked; it asks the bodies of the sentence
    (round 11's open class, fixed in round 12)."""
    pattern = _speaker_opening(lang)
    return bool(pattern and pattern.match(lowered[sentence.start : m.start])
                and re.match(r"\s*[,\-–]", lowered[m.end : m.end + 3]))


def _speaker_before(group: Group, sentence: Sentence, mentions: list[Mention], lowered: str, lang: str) -> str | None:
    """The body of the person a sentence quotes, before the group (see ``_speaker``)."""
    speakers = [m for m in mentions if sentence.start <= m.start and m.end <= group.start
                and _speaker(m, sentence, lowered, lang)]
    return speakers[-1].agency_id if speakers else None


# how far after an authority's name its reporting verb may stand ("…, Deputy Prime Minister Trinh Dinh Dung said")
_REPORTED_NAME_CHARS = 40


def _authority_reported_after(group: Group, sentence: Sentence, mentions: list[Mention], lowered: str,
                              c: LanguageCues) -> str | None:
    """The authority a sentence quotes after the task it reports (``Les ministères … doivent …, a déclaré le
    vice-Premier ministre``, ``…, said Deputy Prime Minister X``, ``…, Deputy Prime Minister X said``): the
    first authority after the group, past a comma, with a reporting verb between or right after its name."""
    after = [m for m in mentions if group.end <= m.start and m.end <= sentence.end and m.agency_id in AUTHORITIES]
    if not after:
        return None
    first = after[0]
    between = lowered[group.end : first.start]
    if "," not in between:
        return None
    comma = between.rindex(",")
    if c.reporting.search(between, comma) or c.reporting.search(lowered, first.end, min(sentence.end, first.end + _REPORTED_NAME_CHARS)):
        return first.agency_id
    return None


def _authority_before(group: Group, sentence: Sentence, mentions: list[Mention], lowered: str = "",
                      c: LanguageCues | None = None) -> str | None:
    """The last authority named before a group in its sentence, not in a complement (``the Law on
    Organization of the Government``, ``issued … by the Government``: no one who assigns)."""
    before = [m for m in mentions if sentence.start <= m.start and m.end <= group.start and m.agency_id in AUTHORITIES
              and not (c and c.not_subject_before.search(lowered[max(sentence.start, m.start - 40) : m.start]))]
    return before[-1].agency_id if before else None


# an assigning verb this close to the sentence start has the text's own authority as its subject
# ("Đồng thời, yêu cầu Bộ …", "Theo đó, giao …")
_ELIDED_SUBJECT_CHARS = 30
# a pronoun standing for the authority the text is about: "He also urged …", "Ông cũng yêu cầu …"
# ("Theo đó, ông Thơ yêu cầu …": an opening of a few words, the pronoun, the person's name; a Vietnamese opening
# counts its syllables: "Phát biểu chỉ đạo, đồng chí … đề nghị …", round 13)
_PRONOUN_OPENING = re.compile(rf"^(?:(?:\w+\s+){{0,10}}\w+,\s*)?(?:{_alternation(_words('pronouns'))})(?:\s+\w+){{0,3}}?"
                              rf"(?:\s+(?:{_alternation(_words('pronoun_adverbs'))}))?$")


# how far back a pronoun ("Il a également exhorté …") looks for the authority it stands for
_PRONOUN_REACH = 400


def _pronoun_before_infinitive(opening: str, lang: str) -> bool:
    """Whether the words before an assigning verb in the infinitive are a clause the pronoun opens and a link to
    that verb (``Il a également appelé à moderniser les écoles, avant de conseiller aux localités …``: the pronoun
    is the asker; ``infinitive_links`` in ``lang/<code>/grammar.json``, round 15b)."""
    links = language_grammar(lang).get("infinitive_links") or []
    pronouns = language_grammar(lang).get("pronouns") or []
    if not links or not pronouns or any(mark in opening for mark in ".;:"):
        return False
    return bool(re.match(rf"^(?:{'|'.join(map(re.escape, pronouns))})\s[^,]*,\s*(?:{'|'.join(map(re.escape, links))})$", opening))


@lru_cache(maxsize=None)
def _continuation_opening(lang: str) -> re.Pattern:
    """One of cues.json's ``continuation_openers`` opening a sentence, its comma optional (``Đồng thời yêu cầu …``,
    ``Đồng thời, yêu cầu …``)."""
    return re.compile(rf"\s*(?:{_phrases(cues(lang).data.get('continuation_openers') or []) or '(?!)'})(?![\w'])\s*,?")


def _elided_subject(opening: str, lang: str | None = None) -> bool:
    """Whether the words before an assigning verb are only an opening such as "Đồng thời," or a list
    marker ("3. Giao Văn phòng Chính phủ …"), or nothing; an impersonal subject (grammar's optional
    ``impersonal_subjects``: ``Accordingly, it is required that districts establish …``) names no one either."""
    opening = re.sub(rf"^\s*{LIST_MARKER}\s", "", opening).strip()
    impersonal = _impersonal_subject_at_end(lang) if lang else None
    if impersonal and (m := impersonal.search(opening)):
        opening = opening[: m.start()].strip()
    return opening == "" or bool(_PRONOUN_OPENING.match(opening)) or (
        len(opening) <= _ELIDED_SUBJECT_CHARS and opening.endswith(",")
    )


@lru_cache(maxsize=None)
def _impersonal_subject_at_end(lang: str) -> re.Pattern | None:
    """grammar's optional ``impersonal_subjects`` (``it is``) closing the words before an assigning verb, as the
    matching lowers them."""
    words = language_grammar(lang).get("impersonal_subjects") or []
    return re.compile(rf"(?:^|(?<=[\s,]))(?:{_phrases([lower_for_matching(w) for w in words])})$") if words else None


def _assigner(f: Found, sentence: Sentence, mentions: list[Mention], authority: str | None, lowered: str,
              tasked: set[int], cues_of: LanguageCues, earlier: dict[int, str | None] | None = None,
              previous: Sentence | None = None, sentences: list[Sentence] | None = None) -> str | None:
    """Who assigns: for a verb frame the body named before the verb in the sentence (the Prime Minister,
    or a ministry requesting a province) that is not itself tasked there ("asked the State Bank … and
    tasked the Ministry …": the asker); a pronoun stands for the last authority named before the
    sentence; the text's authority when the verb has no subject. For the other frames an authority
    named earlier in the sentence, else the text's authority."""
    earlier = earlier or {}
    own = {m.agency_id for m in f.group.mentions}  # no body assigns its own task
    if f.kind == "implementation":
        return f.extra.get("issuer") or authority
    if f.kind != "assign":
        named = (_fronted_source(f.group, sentence, mentions, lowered, cues_of.lang, own, tasked)
                 or _authority_before(f.group, sentence, mentions, lowered, cues_of)
                 or _speaker_before(f.group, sentence, mentions, lowered, cues_of.lang) or f.extra.get("issuer")
                 or _authority_reported_after(f.group, sentence, mentions, lowered, cues_of))
        if named is None and f.sentence - 1 in earlier and (
                cues_of.continuation_opener.match(lowered[sentence.start : sentence.start + 40])
                or _passive_cue(f.cue, cues_of.lang) and all(_collective(m.agency_id) for m in f.group.mentions)):
            # "PM Chinh demanded … . Localities were told to …": a collective's passive goes on with the last asker
            return earlier[f.sentence - 1]  # "Đồng thời, UBND tỉnh Lạng Sơn phải …" goes on with the last request
        if named is None and sentences:  # "1. The Department of … coordinates …" under "the Committee assigned:"
            named = _list_header_assigner(f, sentences, mentions, lowered, cues_of)
        if named is None and not _under_a_report_header(f, sentences, lowered):
            named = _the_one_asker_before(f, earlier, cues_of)  # not an item under "The department listed its needs:"
        if named is None and authority is None and not earlier:
            named = _the_texts_one_committee(f, mentions, lowered, cues_of.lang)
        if (named is None and all("@" in m.agency_id and not m.agency_id.startswith("PPC@") for m in f.group.mentions)
                and not (authority and split_id(authority)[0] == "PPC" and not _under_a_report_header(f, sentences, lowered))):
            return None  # "Công an tỉnh được giao …" in an article where the Prime Minister asks elsewhere: not said
            # (where the text's authority is the provincial committee, it assigns its province's bodies)
        return named or authority
    if f.extra.get("nested") and f.sentence in earlier:
        return earlier[f.sentence]  # "asks the Inspectorate to oversee the Ministry of Y in …": the same assigner
    if f.extra.get("topic_goes_on"):
        # "… giao Sở Xây dựng chủ trì … . Đối với Sở Nội vụ, rà soát …": the direction under way goes on, its asker asks
        askers = [earlier[i] for i in sorted(earlier) if i < f.sentence and earlier[i] and earlier[i] not in own]
        return askers[-1] if askers else authority
    cue_start = f.extra["cue_start"]
    before = [m for m in mentions if sentence.start <= m.start and m.end <= cue_start and m.start not in tasked]
    if f.extra.get("nested"):  # "the Prime Minister requested Deputy Prime Minister X to direct the Ministry …":
        before = [m for m in before  # the person asked to direct passes the request on, the asker assigns
                  if not (m.agency_id in PERSONS and cues_of.assign_before.search(lowered[sentence.start : m.start]))]
    fronted = lowered[sentence.start : cue_start].rsplit(",", 1)
    pronoun_after_fronted = len(fronted) == 2 and bool(_PRONOUN_OPENING.match(fronted[1].strip()))
    if pronoun_after_fronted:
        # "For the operation of the two-tier local government, he requested Tay Ninh to …": the bodies of the fronted
        # phrase are its topic, the pronoun after the comma is the subject (round 23's left class), read below
        before = [m for m in before if m.start > sentence.start + len(fronted[0])]
    if before and len(fronted) == 2:
        # "Under Document No 6166 …, issued to implement the Government's Resolution No 86 …, Trung requested …": the
        # bodies of a fronted clause are not the subject, the given name of the head named earlier is (round 18d)
        named = _head_named_by_given_name(fronted[1], sentence, mentions, lowered, own, cues_of)
        if named:
            return named
    if before:
        # a body in a complement ("đối thoại giữa các bộ, ngành và doanh nghiệp; đồng thời đề nghị …") is not
        # the one who asks when a body named before it can be ("Theo Bộ Tài chính, … đề nghị" keeps the source)
        others = [m for m in before if m.agency_id not in own]  # "gửi …, Sở Y tế …; đồng thời giao Sở Y tế …"
        owner = _owner_of_signed_document(others, lowered, cues_of)
        if owner:
            return owner  # "Phó Thủ tướng … vừa ký Công điện của Thủ tướng Chính phủ yêu cầu …": the telegram's owner asks
        # a body after "of" is a complement, not the one who speaks, unless "of" ends a head's title ("in operating
        # local government …, the Chairman of the People's Committee of Da Nang City requested …": the committee asks,
        # not the government of the fronted clause, round 19)
        speakers = [m for m in others if not cues_of.not_subject_before.search(lowered[sentence.start : m.start])
                    or (cues_of.head_title_at_end and cues_of.head_title_at_end.search(lowered[sentence.start : m.start]))]
        if others:
            return (speakers or others)[-1].agency_id
    elif f.sentence in earlier and any(sentence.start <= m.start and m.end <= cue_start and m.start in tasked for m in mentions):
        # "UBND các huyện … chịu trách nhiệm chỉ đạo UBND các xã …": a body tasked before the verb passes its task on,
        # whoever tasked it assigns the bodies it directs (as a nested directive's)
        return earlier[f.sentence]
    opening = "" if f.extra.get("item") else lowered[sentence.start : cue_start].strip()
    if cues_of.document_subject.match(opening + " "):
        return authority  # "The resolution also assigns …", "It asks …": the text's authority
    if cues_of.place_subject and cues_of.place_subject.match(opening + " ") and authority and split_id(authority)[0] == "PPC":
        return authority  # "The province requires the Department of Finance …": the province's committee, the text's authority
    if _PRONOUN_OPENING.match(opening) or pronoun_after_fronted or _pronoun_before_infinitive(opening, cues_of.lang):
        if earlier.get(f.sentence - 1) and earlier[f.sentence - 1] not in own:
            return earlier[f.sentence - 1]  # "… Chủ nhiệm Văn phòng Chính phủ … yêu cầu các bộ …. Ông cũng đề nghị …"
        persons = [m for m in mentions if sentence.start - _PRONOUN_REACH <= m.start < sentence.start and m.agency_id in PERSONS]
        if persons:
            return persons[-1].agency_id
        headed = _headed_committee(sentence, mentions, lowered, cues_of)
        if headed:
            return headed  # "Chairwoman of the Provincial People's Committee … . Therefore, the Chairwoman requested …"
        posted = _body_of_named_person(opening, sentence, mentions, lowered, own)
        if posted:
            return posted  # "… đồng chí Vũ Văn Diện - Phó Chủ tịch Thường trực UBND tỉnh … . … đồng chí Vũ Văn Diện đề nghị …"
    opening = "" if f.extra.get("item") else lowered[sentence.start : cue_start]
    if cues_of.article_start:  # "Điều 2.Giao Sở Y tế chủ trì …", "Điều 2: Giao cho …": an article's number opens it
        opening = re.sub(rf"^\s*{cues_of.article_start.pattern}", "", opening)
    named = _title_of_named_person(opening, sentence, mentions, lowered, own, cues_of)
    if named:
        return named  # "Le Premier ministre Pham Minh Chinh a présidé … . Pham Minh Chinh a demandé aux ministères …"
    named = _head_named_by_given_name(opening, sentence, mentions, lowered, own, cues_of)
    if named:
        return named  # "Chairman of the Hanoi People's Committee Nguyen Duc Chung praised … . Chung urged districts …"
    titled = _head_named_by_title(opening, sentence, mentions, cues_of.lang, own)
    if titled:
        return titled  # "… le ministre de la Santé Nguyen Thanh Long … . Le ministre a également demandé aux localités …"
    named_by_surname = _committee_head_by_surname(opening, mentions, own, cues_of)
    if named_by_surname:
        return named_by_surname  # "Chairman Đô instructed district People's Committees …" in a provincial committee's text
    named_later = _body_named_after(opening, sentence, mentions, lowered, own, cues_of, sentences)
    if named_later:
        return named_later  # "The ministry asked … . … The Ministry of Transport has asked …": named only at the end
    leader = _leader_asker(opening, f, cues_of.lang)
    if leader:
        return leader  # "Lãnh đạo TP yêu cầu Sở Xây dựng …": the city's leaders ask for its committee (round 13)
    went_on = _continuation_opening(cues_of.lang).match(lowered, sentence.start, cue_start)
    if (went_on and not lowered[sentence.start + went_on.end() : cue_start].strip(" ,")
            and earlier.get(f.sentence - 1) and earlier[f.sentence - 1] not in own):
        # "… Chủ tịch UBND tỉnh giao Sở Y tế …. Đồng thời yêu cầu Sở Tài chính …": a second request with no subject of
        # its own goes on with the asker of the sentence before, as a subject's cue after the same opener does
        return earlier[f.sentence - 1]
    if not _elided_subject(opening, cues_of.lang):
        if f.role == "coordinate" and authority:
            # the partners of a body outside the table that directs its own units ("Bộ Chỉ huy quân sự tỉnh chỉ đạo
            # đơn vị chức năng phối hợp chặt chẽ với Công an tỉnh …" in the committee's letter): the text's authority
            return authority
        return None
    if authority is None and earlier.get(f.sentence - 1) and earlier[f.sentence - 1] not in own:
        # "Bộ Xây dựng đề nghị UBND các tỉnh … báo cáo … . Đề nghị UBND các tỉnh … gửi báo cáo về Bộ Xây dựng trước
        # ngày …": a request with no subject right after a request, in a text with no authority of its own (a news
        # item, no legal text's issuer), goes on with that request's asker (round 21)
        return earlier[f.sentence - 1]
    return authority or _reporter(previous, mentions, lowered, cues_of, tasked)


# how far back a head's bare title ("Le ministre a également demandé …") looks for the body it heads
_TITLE_REACH = 1200


def _committee_head_by_surname(opening: str, mentions: list[Mention], own: set[str], c: LanguageCues) -> str | None:
    """The committee whose head a title and a bare name opening the sentence name (``Chairman Đô instructed …``, the
    head never named in full in the text): the one province's committee the text names (``… submitted to the
    provincial People's Committee``). grammar's optional ``head_titles_with_name``: title -> the committee's kind; a
    text naming several provinces' committees, or none, gives none (round 18d's open class, round 19 not blind)."""
    titles = language_grammar(c.lang).get("head_titles_with_name") or {}
    adverbs = {lower_for_matching(a) for a in language_grammar(c.lang).get("pronoun_adverbs") or []}
    # the title and the name after an opening phrase and its comma (``Regarding this content, Chairman Nguyen Van Tri
    # assigned …``: round 21's open class)
    words = opening.split(",")[-1].split()
    for title, kind in titles.items():
        title_words = lower_for_matching(title).split()
        name = words[len(title_words):]
        if words[: len(title_words)] != title_words or not 1 <= len(name) <= 3 or any(w in adverbs for w in name):
            continue
        if any(not re.fullmatch(r"[^\W\d_][\w-]*", w) for w in name):
            continue
        committees = {m.agency_id for m in mentions if split_id(m.agency_id)[0] == kind and split_id(m.agency_id)[1]}
        if len(committees) == 1 and not committees & own:
            return committees.pop()
    return None


# a numbered document's symbol ("No. 44/KH-UBND"), then a few words (its date) before the link to its issuer
_DOCUMENT_SYMBOL_BEFORE = r"\d+/[^\s,;]+[^.;:\n]{0,40}?"


@lru_cache(maxsize=None)
def _document_issuer_link(lang: str) -> re.Pattern | None:
    """A numbered document right before grammar's optional ``document_issuer_links`` (``of the``, ``du``) at the end
    of the words before a body: the body issued it."""
    links = language_grammar(lang).get("document_issuer_links") or []
    return re.compile(rf"{_DOCUMENT_SYMBOL_BEFORE}(?<![\w'])(?:{_phrases(links)})\s+$") if links else None


def _the_texts_one_committee(f: Found, mentions: list[Mention], lowered: str, lang: str) -> str | None:
    """The asker of a province's bodies tasked without one (a modal, a plain future) in a text where no one has asked
    before and no authority directs: the one provincial committee the text names as the issuer of a numbered document,
    when it is of their province and every provincial committee named is it (``Mr. Le Van Han - Chairman of Tra Vinh
    Provincial People's Committee - said that … according to Plan No. 44/KH-UBND, dated April 11, 2025 of the
    Provincial People's Committee. According to the plan, …, by April 19, districts, towns and cities will synthesize
    …``: the province's plan; open classes after round 21b). A plan whose author the text does not name (``According
    to the plan, districts, towns and cities must list voters …`` after the committee's press conference) gives none,
    as round 19's gold reads it."""
    link = _document_issuer_link(lang)
    codes = {split_id(m.agency_id)[1] for m in f.group.mentions}
    if link is None or len(codes) != 1 or None in codes or any(m.agency_id.startswith("PPC") for m in f.group.mentions):
        return None
    committee = f"PPC@{codes.pop()}"
    committees = [m for m in mentions if split_id(m.agency_id)[0] == "PPC"]
    if not {m.agency_id for m in committees} <= {committee, "PPC"} or committee not in {m.agency_id for m in committees}:
        return None
    issued = any(link.search(lowered, max(0, m.start - 120), m.start) for m in committees)
    return committee if issued else None


def _the_one_asker_before(f: Found, earlier: dict[int, str | None], c: LanguageCues) -> str | None:
    """The asker of a task told without one (a modal, a plain future, a passive: ``The Department of Finance is tasked
    with …``, ``The Ministry of Planning and Investment was assigned to …``) in a text where one body alone has asked
    before it (every earlier task's asker): that body, when it is a province's committee and the bodies are of its
    province (``Trung requested municipal departments … . … The Department of Construction must advise …``), or, for
    a passive, any such asker (a Deputy PM's call reported over several paragraphs). The asker lost after the first
    paragraph, the open class of rounds 18b and 18d (round 19, not blind)."""
    # (the tasks of this sentence found before it count: a page that glues two sentences, ``… ( INN ).Les localités
    # côtières doivent …``, gives them one index, round 21b)
    askers = {asker for sentence, asker in earlier.items() if sentence <= f.sentence and asker}
    if len(askers) != 1 or any(sentence <= f.sentence and asker is None for sentence, asker in earlier.items()):
        return None
    asker = next(iter(askers))
    ids = {m.agency_id for m in f.group.mentions}
    if asker in ids:
        return None
    kind, code = split_id(asker)
    # the localities a province's committee tasked before are its own, not the country's provinces (``Le vice-président
    # du Comité populaire de la province de Quang Ninh … a demandé aux localités côtières … . Les localités côtières
    # doivent …``, round 21b)
    if kind == "PPC" and code and all(split_id(m.agency_id)[1] == code or _named_localities(m, c.lang)
                                      for m in f.group.mentions):
        return asker
    if _passive_cue(f.cue, c.lang) and "@" not in asker and all("@" not in i for i in ids):
        return asker
    # a ministry that alone asked provinces' committees, their tasks spelled out after (``Le ministère des Minorités
    # ethniques … a demandé aux présidents des trois provinces … . … les présidents des trois provinces doivent …``;
    # round 19b)
    if (kind not in ("PPC", "PROVINCES") and "@" not in asker and asker not in AUTHORITIES
            and all(split_id(i)[0] in ("PPC", "PROVINCES") for i in ids)):
        return asker
    return None


def _head_named_by_title(opening: str, sentence: Sentence, mentions: list[Mention], lang: str,
                         own: set[str]) -> str | None:
    """The body whose head a bare title opening the sentence names again (``Le ministre a également demandé aux
    localités …`` after ``le ministre de la Santé … Nguyen Thanh Long``): the last body of the title's kinds named
    before the sentence within reach (grammar's optional ``head_titles_named_again``: title -> kinds; round 16)."""
    titles = language_grammar(lang).get("head_titles_named_again") or {}
    adverbs = [lower_for_matching(a) for a in language_grammar(lang).get("pronoun_adverbs") or []]
    words = " ".join(opening.split())
    # a phrase fronted before the subject, closed by a comma ("Lors d'une conférence tenue le 17 août à Tien
    # Giang, le vice-ministre a appelé …", round 20c): the title after it opens the clause
    clause = words.rsplit(",", 1)[-1].strip()
    links = tuple(f" {lower_for_matching(w)}" for w in language_grammar(lang).get("head_title_name_links") or [])
    for title, kinds in titles.items():
        title = " ".join(lower_for_matching(title).split())
        # a title ending in a linking word (grammar's optional ``head_title_name_links``) takes its place's name, one
        # to three words ("le président de la province de Gia Lai a chargé …" after the committee's president named)
        name = r"(?:\s+[\w-]+){1,3}" if links and title.endswith(links) else ""
        if not any(re.fullmatch(rf"{re.escape(title)}{name}(?:\s+(?:{'|'.join(map(re.escape, adverbs))}))?(?:\s+\w+)?", w)
                   for w in (words, clause)):
            continue
        before = [m for m in mentions if sentence.start - _TITLE_REACH <= m.start and m.end <= sentence.start
                  and _kind(m) in kinds and m.agency_id not in own]
        if before:
            return before[-1].agency_id
    return None


def _body_named_after(opening: str, sentence: Sentence, mentions: list[Mention], lowered: str, own: set[str],
                      c: LanguageCues, sentences: list[Sentence] | None) -> str | None:
    """The body a bare common noun opening the sentence before an assigning verb stands for when no body of its
    kinds is named before it: the one body of those kinds that opens a later sentence as the subject of an
    assigning verb (``The ministry asked the localities of … before March 10. … The Ministry of Transport has
    asked …``: a news item that names its source only at the end). grammar's optional ``subjects_named_after``:
    words -> kinds; several such bodies later, or one named before, give none."""
    entries = language_grammar(c.lang).get("subjects_named_after") or {}
    prefixes = language_grammar(c.lang).get("headline_prefixes") or []
    if prefixes:  # the date line of a stored page may stand before the first sentence's subject
        opening = re.sub(rf"^\s*(?:{'|'.join(prefixes)})", "", opening)
    words = " ".join(opening.split())
    adverbs = [lower_for_matching(a) for a in language_grammar(c.lang).get("pronoun_adverbs") or []]
    for noun, kinds in entries.items():
        noun = " ".join(lower_for_matching(noun).split())
        if not re.fullmatch(rf"{re.escape(noun)}(?:\s+(?:{'|'.join(map(re.escape, adverbs)) or '(?!)'}))?", words):
            continue
        if any(_kind(m) in kinds for m in mentions if m.end <= sentence.start):
            return None
        askers = set()
        for later in sentences or []:
            if later.start < sentence.end:
                continue
            inside = sorted((m for m in mentions if later.start <= m.start and m.end <= later.end), key=lambda m: m.start)
            if len(inside) < 2 or _kind(inside[0]) not in kinds or inside[0].agency_id in own:
                continue
            if lowered[later.start : inside[0].start].strip() not in ("", "the"):
                continue  # the body opens its sentence: its subject
            if c.assign_before.search(lowered[inside[0].end : inside[1].start]):
                askers.add(inside[0].agency_id)
        return askers.pop() if len(askers) == 1 else None
    return None


@lru_cache(maxsize=None)
def _leader_askers(lang: str) -> tuple[re.Pattern, dict[str, str]] | None:
    """grammar's optional ``leader_askers``: the words for a province's or a city's leaders as a whole (``Lãnh đạo TP``)
    and the body they ask for, matched at the end of the words before an assigning verb (after an opening), cues.json's
    ``adverbs`` allowed between them and the verb (``Lãnh đạo thành phố cũng giao …``, round 18d)."""
    leaders = grammar(lang).get("leader_askers") or {}
    if not leaders:
        return None
    keys = {" ".join(lower_for_matching(k).split()): v for k, v in leaders.items()}
    alternatives = "|".join(sorted((phrase(k) for k in leaders), key=len, reverse=True))
    adverbs = cues(lang).data.get("adverbs") or []
    between = (rf"(?:\s+(?:{'|'.join(sorted((phrase(a) for a in adverbs), key=len, reverse=True))}))*"
               if adverbs else "")
    return re.compile(rf"(?:^|,)\s*(?P<leader>{alternatives}){between}\s*$"), keys


def _leader_asker(opening: str, f: Found, lang: str) -> str | None:
    """The body a province's or city's leaders ask for when they open the sentence before its assigning verb; it takes
    the province of the body asked (``Lãnh đạo TP yêu cầu Sở Xây dựng …`` → the city's committee), round 13."""
    found = _leader_askers(lang)
    if not found:
        return None
    pattern, keys = found
    m = pattern.search(opening.strip())
    if not m:
        return None
    body = keys.get(" ".join(lower_for_matching(m.group("leader")).split()))
    suffixes = {m.agency_id.split("@", 1)[1] for m in f.group.mentions if "@" in m.agency_id}
    return f"{body}@{suffixes.pop()}" if body and len(suffixes) == 1 else body


@lru_cache(maxsize=None)
def _signed_document_of(lang: str) -> re.Pattern | None:
    """An issuing verb, a document's name (and number), then the word that names its owner: ``vừa ký Công điện
    của``, ``has just signed Decision 1589/QD-TTg dated July 24, 2025 of the`` (cues.json's ``issuing_verbs``,
    ``signed_document_names`` or else ``document_subjects``, and ``signed_document_owner_joins``)."""
    data = cues(lang).data
    verbs = data.get("issuing_verbs") or []
    documents = data.get("signed_document_names") or data.get("document_subjects") or []
    joins = data.get("signed_document_owner_joins") or []
    if not verbs or not documents or not joins:
        return None
    # the signer's name (a few words) may come before the verb, the document's number after its name, and its date
    # after the number ("vừa ký Công điện số 180/CĐ-TTg ngày 30/9/2025 của", round 17; "has just signed Decision
    # 1589/QD-TTg dated July 24, 2025 of the", round 22: an English date takes more words)
    return re.compile(rf"^(?:\s+[^\s,.;:]+){{0,6}}?\s+(?:{_phrases(verbs)})\s+"
                      rf"(?:{_phrases(documents)})(?:\s+\S+){{0,6}}?\s+(?:{_phrases(joins)})\s+$")


def _owner_of_signed_document(candidates: list[Mention], lowered: str, c: LanguageCues) -> str | None:
    """The authority whose document another signs (``Phó Thủ tướng Trần Hồng Hà vừa ký Công điện của Thủ tướng Chính
    phủ yêu cầu …``): the owner asks, the signer only signs (round 10c)."""
    pattern = _signed_document_of(c.lang)
    if pattern is None:
        return None
    for signer, owner in zip(candidates, candidates[1:]):
        between = lowered[signer.end : owner.start]
        if signer.agency_id in PERSONS and owner.agency_id in AUTHORITIES and pattern.match(between):
            return owner.agency_id
    return None


# how far back the chairman's pronoun ("He required …") looks for the committee he was named the head of
_HEAD_REACH = 1200


# how far back a person named by a pronoun and his name alone ("đồng chí Vũ Văn Diện đề nghị …") is looked for with
# his post, and how far after the name his post's body may stand ("Vũ Văn Diện - Phó Chủ tịch Thường trực UBND tỉnh")
_NAMED_PERSON_REACH = 1500
_POST_REACH = 60


def _body_of_named_person(opening: str, sentence: Sentence, mentions: list[Mention], lowered: str,
                          own: set[str]) -> str | None:
    """The body a person asks for when the sentence names him by a pronoun and his name alone, his post given with
    his name earlier in the text (``Tham dự có đồng chí Vũ Văn Diện - Phó Chủ tịch Thường trực UBND tỉnh`` …
    ``Phát biểu chỉ đạo, đồng chí Vũ Văn Diện đề nghị Công an tỉnh …``): the first body named right after his name
    there, in the same sentence (round 13)."""
    name = re.search(r"(?:\w+\s+){1,3}\w+$", opening.split(",")[-1].strip())
    words = name.group(0).split() if name else []
    if len(words) < 3:  # a pronoun and at least a two-word name
        return None
    person = " ".join(words[1:]) if len(words) > 3 or len(words[0]) > 2 else " ".join(words[-2:])
    area = lowered[max(0, sentence.start - _NAMED_PERSON_REACH) : sentence.start]
    at = area.rfind(person)
    if at < 0:
        return None
    at += max(0, sentence.start - _NAMED_PERSON_REACH) + len(person)
    for m in mentions:
        if at <= m.start <= at + _POST_REACH and not re.search(r"[.;\n]", lowered[at : m.start]):
            return None if m.agency_id in own else m.agency_id
    return None


# a full stop glued to the capitalised word that opens the next sentence ("… contre le Covid-19.Il a chargé …"): a
# page's typo the sentencizer cannot split on; a lower-case letter or a digit before it, a word in lower case after
# its capital and a space after that word (no abbreviation: "TP.HCM giao", "U.S. "; no address: "vietnamplus.vn")
_GLUED_STOP = re.compile(r"(?<=[a-zß-ÿđ0-9])[.!?](?=[A-ZÀ-ÞĐ][a-zß-ÿđ]+\s)")


def _after_glued_stop(text: str, sentence: Sentence, f: Found) -> Sentence:
    """The sentence an assigning verb is in, from the last full stop glued to a capitalised word before the verb
    (``… de l'Assemblée nationale sur le Covid-19.Il a chargé le ministère …``): who asks is read from there, not
    from a body of the sentence before that the page ran into it (round 17c)."""
    cue_start = f.extra.get("cue_start") if f.kind == "assign" else None
    if cue_start is None:
        return sentence
    stops = [m.end() for m in _GLUED_STOP.finditer(text, sentence.start, cue_start)]
    return Sentence(start=stops[-1], end=sentence.end, language=sentence.language) if stops else sentence


# the most words of the apposition that gives a named person's post after his name ("également président de ce Comité")
_APPOSITION_POST_WORDS = 8


def _title_of_named_person(opening: str, sentence: Sentence, mentions: list[Mention], lowered: str,
                           own: set[str], c: LanguageCues | None = None) -> str | None:
    """The body a person asks for when the sentence opens with his name alone, the text having named him right after
    his title before (``Le Premier ministre Pham Minh Chinh a présidé …`` … ``Pham Minh Chinh a demandé aux
    ministères …``): the title's body (PM, DPM) ending right before the name's last earlier occurrence within reach,
    nothing but a space or a comma between them (round 17c); or a provincial committee its head's title names
    (``le président du Comité populaire municipal, Nguyen Van Tung, …`` … ``Nguyen Van Tung a confié aux présidents
    des Comités populaires des districts …``: the committee, round 21b). The name may close a fronted phrase and be
    followed by a short apposition of his post (``Lors d'une réunion …, le 9 août, Nguyên Hông Hai, également président
    de ce Comité, a exhorté …``: open classes after round 21b)."""
    name = " ".join(opening.split())
    if not re.fullmatch(r"[^\W\d_]+(?:[\s-][^\W\d_]+){1,3}", name):  # a name of two to four words, nothing else
        parts = [p.strip() for p in name.split(",")]
        if parts and not parts[-1]:
            parts.pop()
        if len(parts) < 2 or len(parts[-1].split()) > _APPOSITION_POST_WORDS:
            return None
        # the name before its post's apposition, after any fronted phrase
        name = parts[-2]
        if not re.fullmatch(r"[^\W\d_]+(?:[\s-][^\W\d_]+){1,3}", name):
            return None
    start = max(0, sentence.start - _NAMED_PERSON_REACH)
    area = " ".join(lowered[start : sentence.start].split())
    if name not in area:
        return None
    def titled(m: Mention) -> bool:
        return m.agency_id in PERSONS or bool(
            c and c.head_title_at_end and split_id(m.agency_id)[0] == "PPC"
            and c.head_title_at_end.search(lowered, max(0, m.start - 40), m.start))
    for m in sorted((m for m in mentions if start <= m.start and m.end <= sentence.start and titled(m)),
                    key=lambda m: -m.start):
        if re.match(rf"\s*,?\s*{re.escape(name)}(?![\w'])", lowered[m.end : sentence.start]):
            return None if m.agency_id in own else m.agency_id
    return None


def _head_named_by_given_name(opening: str, sentence: Sentence, mentions: list[Mention], lowered: str,
                              own: set[str], c: LanguageCues) -> str | None:
    """The provincial People's Committee a person asks for when the sentence opens with the last word of his name
    alone (the given name the English press calls a Vietnamese leader by), the text having named him in full right
    after his committee and its head's title (``Chairman of the Hanoi People's Committee Nguyen Duc Chung praised
    … . Chung urged districts …``): that committee, the last so named within reach (round 18). The given name may
    follow a courtesy title (grammar's ``name_honorifics``: ``M. Tuan a demandé …``, round 24b), and an opening
    phrase and its comma may come before both (``Pour une mise en œuvre efficace, M. Tuan a demandé …``)."""
    name = opening.split(",")[-1].strip()
    for honorific in language_grammar(c.lang).get("name_honorifics") or []:
        if name.startswith(lower_for_matching(honorific) + " "):
            name = name[len(honorific):].strip()
            break
    if not c.head_title_at_end or not re.fullmatch(r"[^\W\d_]{3,}", name):
        return None
    start = max(0, sentence.start - _NAMED_PERSON_REACH)
    for m in sorted((m for m in mentions if start <= m.start and m.end <= sentence.start
                     and split_id(m.agency_id)[0] == "PPC"), key=lambda m: -m.start):
        if (re.match(rf"\s*,?\s*(?:[^\W\d_]+\s+){{1,3}}{re.escape(name)}(?![\w'])", lowered[m.end : sentence.start])
                and c.head_title_at_end.search(lowered, max(0, m.start - 40), m.start)):
            return None if m.agency_id in own else m.agency_id
    return None


def _headed_committee(sentence: Sentence, mentions: list[Mention], lowered: str, c: LanguageCues) -> str | None:
    """The provincial People's Committee whose head a pronoun or a bare title stands for (``Chairman of the
    Provincial People's Committee Nguyen Duong Thai … . He required …``), where no person of the table is
    named before it: the committee asks through its head (round 9)."""
    if not c.head_title_at_end:
        return None
    headed = [m for m in mentions if sentence.start - _HEAD_REACH <= m.start < sentence.start
              and split_id(m.agency_id)[0] == "PPC" and c.head_title_at_end.search(lowered, max(0, m.start - 40), m.start)]
    return headed[-1].agency_id if headed else None


@lru_cache(maxsize=None)
def _passive_auxiliaries(lang: str) -> re.Pattern:
    words = grammar(lang).get("passive_auxiliaries") or []
    return re.compile(rf"(?:{_phrases(words)})\s" if words else r"(?!)")


def _passive_cue(cue: str, lang: str) -> bool:
    """Whether a subject's cue is a passive (``were told to``, ``was asked to``: ``passive_auxiliaries`` in
    ``lang/<code>/grammar.json``): it names no asker, so it goes on with the asker of the sentence before."""
    return bool(_passive_auxiliaries(lang).match(lower_for_matching(cue or "")))


# how many sentences back an item of a numbered list looks for the line that introduces the list
_LIST_HEADER_REACH = 12


def _list_header_assigner(f: Found, sentences: list[Sentence], mentions: list[Mention], lowered: str,
                          c: LanguageCues) -> str | None:
    """Who assigns the items of a numbered list introduced by a body and an assigning verb before a colon
    (``the Provincial People's Committee assigned:`` then ``1. The Department of … coordinates …``): that
    body, for every item up to the next line that ends with a colon. Only an item that opens with a list
    marker reads back so; the nearest line ending with a colon decides."""
    sentence = sentences[f.sentence]
    if not _LIST_ITEM_OPENING.match(lowered, sentence.start):
        return None
    for index in range(f.sentence - 1, max(-1, f.sentence - 1 - _LIST_HEADER_REACH), -1):
        line = lowered[sentences[index].start : sentences[index].end].rstrip()
        if not line.endswith(":"):
            continue
        cue = c.assign_before.search(line + " ")
        if not cue:
            # "Chủ tịch UBND tỉnh giao nhiệm vụ cho các đơn vị như sau, hoàn thành trước ngày 30/9/2024:": the assigning
            # verb opens the header, the works and their time frame follow it; the body before the verb assigns the
            # items (open classes after round 21b)
            cue = c.assign_anywhere.search(line)
            if not cue or any(m.start < sentences[index].start + cue.start() < m.end for m in mentions):
                return None
        at = sentences[index].start + cue.start()
        before = [m for m in mentions if sentences[index].start <= m.start and m.end <= at]
        return before[-1].agency_id if before else None
    return None


def _list_head_deadlines(text: str, folded: str, sentences: list[Sentence], primaries: list[Found], language: str,
                         own_date: str | None) -> None:
    """An item of a list with no date of its own (``- Sở Tài chính rà soát các khoản chi;``) under a header that gives
    the list's time frame (``… giao nhiệm vụ cho các đơn vị như sau, hoàn thành trước ngày 30/9/2024:``): the header's
    date covers its items (open classes after round 21b). The nearest line ending with a colon decides, as for the
    items' asker (``_list_header_assigner``); a header with no date leaves its items undated."""
    lowered = lower_for_matching(text)
    for f in primaries:
        sentence = sentences[f.sentence]
        if f.deadline is not None or not _LIST_ITEM_OPENING.match(lowered, sentence.start):
            continue
        for index in range(f.sentence - 1, max(-1, f.sentence - 1 - _LIST_HEADER_REACH), -1):
            header = sentences[index]
            if not text[header.start : header.end].rstrip().endswith(":"):
                continue
            lang = _language(header, language)
            found = _not_past(find_deadlines(folded, lang, header.start, header.end, own_date), own_date)
            found = _not_a_goal(folded, _not_a_period_end(folded, _not_a_status_date(folded, found, lang), lang), lang, lowered)
            if found:
                f.deadline = found[-1]
            break


_LIST_ITEM_OPENING = re.compile(rf"\s*{LIST_MARKER}")


def _under_a_report_header(f: Found, sentences: list[Sentence] | None, lowered: str) -> bool:
    """Whether an item that opens with a list marker stands under a line ending with a colon that assigns nothing
    (``The department listed its needs:``): its body is described, no one named assigns it."""
    if not sentences or not _LIST_ITEM_OPENING.match(lowered, sentences[f.sentence].start):
        return False
    for index in range(f.sentence - 1, max(-1, f.sentence - 1 - _LIST_HEADER_REACH), -1):
        line = lowered[sentences[index].start : sentences[index].end].rstrip()
        if line.endswith(":"):
            return not cues(sentences[index].language if sentences[index].language in LANGUAGES
                            else languages.fallback()).assign_before.search(line + " ")
    return False


def _reporter(sentence: Sentence | None, mentions: list[Mention], lowered: str, c: LanguageCues, tasked: set[int]) -> str | None:
    """The body a sentence reports the view of (``UBTCNS cho rằng, …``, ``The committee said …``): who asks in
    the next sentence when its verb has no subject (``Do đó, đề nghị Quốc hội …``)."""
    if sentence is None:
        return None
    for m in mentions:
        if sentence.start <= m.start < sentence.end and m.start not in tasked:
            verb = re.match(r"[\s,]*(?:\w+\s+)?", lowered[m.end : sentence.end])  # one adverb: "cũng cho rằng"
            if c.reporting.match(lowered[m.end + verb.end() : sentence.end]) or c.reporting.match(lowered[m.end : sentence.end].lstrip(" ,")):
                return m.agency_id
    return None


# how far after an authority's name its verb may stand when its person's name and another post come between
_APPOSITION_CHARS = 140


def _document_authority(lowered: str, mentions: list[Mention], sentences: list[Sentence], default: str) -> str | None:
    """The authority the text says concluded or directed: ``Thủ tướng … kết luận``, ``conclusion of
    Deputy Prime Minister …``, ``the Deputy Prime Minister assigned``."""
    # a national authority; in a text where none directs (none named, or only asked, cited or sent reports:
    # "Công điện số 862/CĐ-TTg … của Thủ tướng Chính phủ", "báo cáo … gửi Thủ tướng Chính phủ"), a provincial
    # committee that directs ("UBND tỉnh vừa quyết định …", "Chủ tịch UBND tỉnh yêu cầu Sở Y tế …")
    national = [m for m in mentions if m.agency_id in NATIONAL_AUTHORITIES]
    provincial = [m for m in mentions if split_id(m.agency_id)[0] == "PPC"]
    for m in (*national, *provincial):
        sentence = next((s for s in sentences if s.start <= m.start < s.end), None)
        if sentence is None:
            continue
        c = cues(_language(sentence, default))
        before = lowered[sentence.start : m.start]
        if c.authority_of.search(before[-60:]):
            # "Thực hiện chỉ đạo của Phó Thủ tướng …, Bộ Công Thương đề nghị …", "UBND tỉnh yêu cầu … triển khai
            # các chỉ đạo của Chính phủ …": the body that asks in the sentence directs the text, the one whose
            # direction it carries out is cited
            return (_asker_in(sentence, m, mentions, lowered, c) or _provincial_issuer_in(sentence, m, mentions, lowered, c)
                    or m.agency_id)
        if c.assign_before.search(before) or c.not_subject_before.search(_without_head_title(before, c)):
            continue  # the authority is asked or mentioned, it does not conclude (its head's title is no
            # complement: "The Chairman of the Provincial People's Committee requested …" directs, round 12)
        # the verb follows its subject closely: "Thủ tướng Chính phủ Phạm Minh Chính kết luận"; or after the
        # person's name and another post in the same clause, before any other body: "Chủ tịch Ủy ban nhân dân tỉnh
        # Bùi Văn Khánh, Trưởng Ban chỉ đạo phòng, chống dịch tỉnh có ý kiến như sau:"
        owner = _owner_of_signed_document([m, *[o for o in mentions if m.end <= o.start and o.end <= sentence.end][:1]],
                                          lowered, c)
        if owner:
            return owner  # "Deputy Prime Minister … has just signed Decision … of the Prime Minister": the owner directs
        verb = c.authority_verbs.search(lowered[m.end : min(m.end + 60, sentence.end)])
        if verb and m in provincial and _letter_sent_up(lowered, m.end + verb.end(), mentions, c):
            continue  # "Riêng UBND tỉnh Sóc Trăng đã có văn bản gửi Thủ tướng Chính phủ xin …": a province asks up (round 19b)
        if verb:
            return m.agency_id
        following = next((o.start for o in mentions if o.start >= m.end), sentence.end)
        clause = re.match(r"[^.;:\n]*", lowered[m.end : min(m.end + _APPOSITION_CHARS, sentence.end, following)]).group()
        if c.authority_verbs.search(clause):
            return m.agency_id
    return None



@lru_cache(maxsize=None)
def _words_pattern(template: str, words: tuple[str, ...]) -> re.Pattern:
    """``template`` with its ``{}`` filled by the alternation of ``words`` as matching lowers them, compiled once
    for each word list (the accent-folded cue set of a language is another list, so another pattern)."""
    return re.compile(template.format("|".join(re.escape(lower_for_matching(w)) for w in words)))

# the kinds of the agency table above any province (the Government, the Prime Minister, ministries)
_NATIONAL_KINDS = frozenset({"government", "ministry", "ministerial_agency"})


def _letter_sent_up(lowered: str, at: int, mentions: list[Mention], c: LanguageCues) -> bool:
    """Whether the letter a provincial committee ``có văn bản`` at ``at`` is sent to a national body (cues.json's
    optional ``letters_sent_up``, then the Government, the Prime Minister or a ministry): a province's request to
    a higher body, not its direction of the text."""
    words = c.data.get("letters_sent_up") or []
    sent = _words_pattern(r"\s*(?:{})\s+", tuple(words)) if words else None
    to = sent.match(lowered, at) if sent else None
    return bool(to) and any(o.start == to.end() and getattr(agency(o.agency_id), "kind", None) in _NATIONAL_KINDS
                            for o in mentions)


# how far after a body its asking verb may stand ("Bộ Công Thương đề nghị", "UBND tỉnh đã có văn bản yêu cầu")
_ASKER_VERB_CHARS = 30


def _asker_in(sentence: Sentence, cited: Mention, mentions: list[Mention], lowered: str, c: LanguageCues) -> str | None:
    """Another body of the sentence that asks: its subject (not a complement: "của UBND tỉnh") with an
    asking verb right after it (not one that only issues: "The Government Office issued Notice …, concluding
    the conclusion of Deputy Prime Minister …" keeps the Deputy Prime Minister)."""
    for o in mentions:
        if o is cited or o.agency_id == cited.agency_id or not (sentence.start <= o.start and o.end <= sentence.end):
            continue
        if c.not_subject_before.search(lowered[sentence.start : o.start]):
            continue
        rest = lowered[o.end : min(o.end + _ASKER_VERB_CHARS, sentence.end)].lstrip()
        if c.assign_anywhere and c.assign_anywhere.match(rest):  # asks ("đề nghị"), not only issues ("issued")
            return o.agency_id
    return None


# what may stand between a committee's name and its issuing verb: its abbreviation in brackets ("(PPC)")
_BRACKETED_ABBREVIATION = re.compile(r"\s*\([^()]{1,12}\)")


def _provincial_issuer_in(sentence: Sentence, cited: Mention, mentions: list[Mention], lowered: str,
                          c: LanguageCues) -> str | None:
    """A provincial committee of the sentence that issues the document carrying out a national authority's
    direction (``Executing the direction of the Prime Minister at Official Telegram …, the Chairman of the
    Provincial People's Committee (PPC) has just issued a dispatch``, ``… utfärdade provinsens folkkommitté …``,
    round 15b): the committee directs its own dispatch. Only a provincial committee: a Government Office that issues a notice carries its superior's
    conclusion (``_asker_in``)."""
    if split_id(cited.agency_id)[0] == "PPC" or c.issues_document is None:
        return None
    for o in mentions:
        if split_id(o.agency_id)[0] != "PPC" or not (cited.end <= o.start and o.end <= sentence.end):
            continue
        if c.not_subject_before.search(_without_head_title(lowered[sentence.start : o.start], c)):
            continue
        rest = lowered[o.end : sentence.end]
        bracket = _BRACKETED_ABBREVIATION.match(rest)
        if c.issues_document.match(rest[bracket.end() if bracket else 0 :]) or (
                c.issued_right_before and c.issued_right_before.search(lowered[cited.end : o.start])):
            return o.agency_id
    return None


def _decreeing_issuer(text: str, mentions: list[Mention], sentences: list[Sentence], default: str) -> str | None:
    """The issuer of a legal text: the authority its heading names in capitals (``THE GOVERNMENT``, ``THE
    PRIME MINISTER``) before the word in capitals by which it decides (``DECIDES``, ``RESOLVES``,
    ``DÉCIDE``): it assigns the text's tasks, whoever the text names as having concluded a meeting."""
    for lang in {_language(s, default) for s in sentences}:
        word = cues(lang).decision_word
        found = word.search(text) if word else None
        if found:
            issuer = _legal_issuer(mentions, found.start())
            if issuer:
                return issuer
    return None


def _paragraph_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


# how far into a sentence a date makes it a dated report ("Ngày 14/5/1999, Sở Địa chính … đề nghị …"),
# and how many years before the latest date of the text it must be to tell the history of a case
_DATED_OPENING_CHARS = 30
_HISTORY_YEARS = 3


def _recalls_history(folded: str, sentence: Sentence, lang: str, latest: list) -> bool:
    """Whether a sentence opens with a date years before the latest the text gives: it tells the
    history of a case (a request made in 1999, in an article about 2016), not a task of now.
    ``latest`` caches the text's latest date (found only when a sentence opens with a date)."""
    end = min(sentence.end, sentence.start + _DATED_OPENING_CHARS)
    if not any(map(str.isdigit, folded[sentence.start : end])):
        return False  # no date opens it (most sentences): no regex run
    opening = dates_in(folded, lang, sentence.start, end)
    if not opening:
        return False
    if not latest:
        latest.append(latest_date(folded, lang))
    return bool(latest[0]) and int(opening[0][1][:4]) + _HISTORY_YEARS <= int(latest[0][:4])


def _implementation_articles(lowered: str, languages: set[str], cutoff: int) -> list[tuple[int, int]]:
    """The spans of a legal text's implementation articles (``Điều 3. Tổ chức thực hiện``, ``Article 5.
    Implementation``): from the heading to the next article, else to the recipients block or the end."""
    spans = []
    for lang in languages:
        c = cues(lang)
        if c.implementation_heading is None:
            continue
        for heading in c.implementation_heading.finditer(lowered, 0, cutoff):
            following = c.article_start.search(lowered, heading.end(), cutoff)
            spans.append((heading.start(), following.start() if following else cutoff))
    return spans


def _issues_legal_texts(agency_id: str) -> bool:
    """An authority, or a provincial People's Committee (its decisions and directives)."""
    return agency_id in AUTHORITIES or split_id(agency_id)[0] == "PPC"


def _legal_issuer(mentions: list[Mention], position: int) -> str | None:
    """The issuer of a legal text printed in an article: the authority its heading names in capitals
    (``QUỐC HỘI``, ``THỦ TƯỚNG CHÍNH PHỦ``, ``ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH``) before ``position``."""
    # the last such mention of the list, looked for from its end
    last = next((m for m in reversed(mentions) if m.start < position and _issues_legal_texts(m.agency_id)
                 and _a_heading_name(m.text)), None)
    return last.agency_id if last else None


# an acronym in capitals (``UBND``, ``PM``) is no heading; a name is (``THE GOVERNMENT``, ``CHÍNH PHỦ``)
_HEADING_WORD_MIN_LETTERS = 8


def _a_heading_name(name: str) -> bool:
    """A body's name written in capitals as a heading writes it: several words, or one long word."""
    name = name.strip()
    return name.isupper() and (" " in name or len(name) >= _HEADING_WORD_MIN_LETTERS)


# how far into a text the heading of a legal text or an official letter names its issuer
_HEADING_CHARS = 100


def _heading_issuer(mentions: list[Mention]) -> str | None:
    """The issuer a legal text or an official letter names in capitals at its very start (``ỦY BAN NHÂN DÂN
    THÀNH PHỐ HÀ NỘI``): the text's authority before any it cites (``theo chỉ đạo của Thủ tướng …``)."""
    first = next((m for m in mentions if m.start < _HEADING_CHARS and _a_heading_name(m.text)), None)
    return first.agency_id if first and _issues_legal_texts(first.agency_id) else None


def _outside_publication_names(mentions: list[Mention], lowered: str, languages: set[str]) -> list[Mention]:
    """The mentions less the bodies named inside a publication's name on their line (the Government's paper's
    masthead ``BÁO ĐIỆN TỬ CHÍNH PHỦ``: the language's ``not_subject_before`` words just before the name): no
    heading naming the text's issuer (round 24)."""
    def in_a_name(m: Mention) -> bool:
        line_start = lowered.rfind("\n", 0, m.start) + 1
        return any(cues(lang).not_subject_before.search(lowered[line_start : m.start]) for lang in languages)
    return [m for m in mentions if not (_a_heading_name(m.text) and in_a_name(m))]


def _implementation_frame(group: Group, sentence: Sentence, lowered: str, c: LanguageCues, index: int,
                          articles: list[tuple[int, int]], mentions: list[Mention]) -> Found | None:
    """A legal text tasks its bodies with plain verbs in its implementation article, authorities
    included (``4. Chính phủ dành thời gian …``, ``6. Ủy ban Thường vụ Quốc hội, Chính phủ, các cơ quan …
    phối hợp …``), or by a clause after them (``Bộ trưởng Bộ Tài chính, … chịu trách nhiệm thi hành Quyết
    định này``); the text's issuer assigns and is never its own assignee."""
    issuer = _legal_issuer(mentions, group.start)
    if issuer in {m.agency_id for m in group.mentions}:
        return None
    before = _without_head_title(lowered[sentence.start : group.start], c)
    after = lowered[group.end : sentence.end]
    if c.not_subject_before.search(before) or c.negation_after.match(after):
        return None
    clause = c.implementation_clause.search(lowered, group.end, sentence.end) if c.implementation_clause else None
    between = lowered[group.end : clause.start()] if clause else ""
    if clause and not c.assign_before.search(before) and not c.reporting.search(between):  # "X cho biết Y chịu trách nhiệm …": Y
        return Found(group, "assignee", "implementation", clause.group(0), clause.start(), index, extra={"issuer": issuer})
    if (any(start <= group.start < end for start, end in articles)
            and _clause_start(c.fillers_at_end.sub("", before), c) and re.match(r"^(?:\s*,|\s+\w)", after)):
        return Found(group, "assignee", "implementation", "", _after_co_subjects(lowered, group.end, c), index,
                     extra={"issuer": issuer})
    return None


# how long an unmarked item's label may be before its colon ("Department of Construction: Guide …")
_ITEM_LABEL_CHARS = 80


# the longest line of a list of names under a colon line that points back ("They are:")
_POINTED_ITEM_CHARS = 160


def _pointed_list_request(text: str, start: int, index: int, found: list[Found], c: LanguageCues) -> Found | None:
    """The request whose collective bodies a colon line of grammar's optional ``pointing_list_intros`` (``They are:``)
    spells out one a line, the line opening at ``start`` among them: the one request of the sentence right before the
    colon line, its bodies all collective (each line one sentence, a name without a full stop), else None."""
    intros = grammar(c.lang).get("pointing_list_intros") or []
    if not intros:
        return None
    items = 0
    for line in reversed(text[:start].rstrip().split("\n")):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.endswith(":"):
            if not re.fullmatch(rf"(?:{_phrases(intros)})\s*:", lower_for_matching(stripped)):
                return None
            break
        if stripped.endswith((".", ";", ":")) or len(stripped) > _POINTED_ITEM_CHARS:
            return None
        items += 1
    else:
        return None
    asked = [f for f in found if f.primary is None and f.sentence == index - items - 2]
    if len(asked) == 1 and all(_collective(m.agency_id) for m in asked[0].group.mentions):
        return asked[0]
    return None


def _under_an_assigning_colon(text: str, lowered: str, start: int, c: LanguageCues) -> bool:
    """Whether the line opening at ``start`` is an unmarked item of a list that a line ending with a colon and
    holding an assigning cue introduces (``the Provincial People's Committee assigns departments and branches:``),
    the lines between being items of the same form (a label, its colon, its task): round 17. A colon line that
    assigns nothing (``Results of the year:``) introduces no tasks."""
    lines = text[:start].rstrip().split("\n")
    ends = len(text[:start].rstrip())  # where the line looked at ends
    for line in reversed(lines):
        stripped = line.strip()
        if stripped.endswith(":"):
            return bool(c.assign_anywhere and c.assign_anywhere.search(lowered, ends - len(line), ends))
        if not stripped or not re.match(rf"^[^\W\d_][^:\n]{{0,{_ITEM_LABEL_CHARS}}}:\s", stripped):
            return False
        ends -= len(line) + 1
    return False


# the longest province name as written ("Thành phố Hồ Chí Minh", "Bà Rịa - Vũng Tàu") and a little more
_PROVINCE_NAME_CHARS = 32


def _bare_provinces(text: str, folded: str, lowered: str, sentences: list[Sentence], named: list[Mention],
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
        c = cues(_language(sentence, language))
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
        if head and _clause_start(before[: head.start()], c):
            # "The Chairman of Hanoi also assigned the Department of Construction …": the province's head speaks
            # for its committee, which opens the clause (``province_head_titles`` in grammar.json, round 16)
            before = before[: head.start()]
        listed = _start_of_bodies_listed_before(lowered, sentence.start, sentence.start + len(before), named + found, c)
        if listed is not None and not c.assign_before.search(before):
            # "asked relevant ministries and sectors as well as Tuyên Quang and Phú Thọ provinces to": the name
            # goes on a list of bodies the verb asks, and is asked with them
            before = lowered[sentence.start : listed]
        if c.assign_before.search(before):
            place = _place_after_a_date(c.lang)
            if place and not collective and place.search(before):
                continue  # "a demandé dimanche 19 mai à Hanoi de …": where the speaker was (round 17b)
            more = _bare_province_at(text, lowered, at, sentence, c, scheme, object_of_verb=True,
                                     aside=collective is not None)
            if not more and _clause_start(before, c):
                # "The Prime Minister requested: The Chairmen of … Ha Tinh, …, based on …, shall develop": after the
                # verb's colon the names open a clause of their own, with their own verb cue (round 17)
                more = _bare_province_at(text, lowered, at, sentence, c, scheme, object_of_verb=False)
        elif _clause_start(before, c):
            more = _bare_province_at(text, lowered, at, sentence, c, scheme, object_of_verb=False)
        else:
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


def _listed_departments(text: str, lowered: str, sentences: list[Sentence], named: list[Mention], language: str) -> list[Mention]:
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
    for lang in sorted({_language(s, language) for s in sentences}):
        words = grammar(lang)
        heads, prefix = words.get(heads_key) or [], words.get(prefix_key)
        if not heads or not prefix:
            continue
        articles = [a + " " for a in words.get("articles") or []]
        for head in re.finditer(rf"(?<![\w'])(?:{_phrases(heads)}){after}", lowered):
            yield head, prefix, head.start() + next((len(a) for a in articles if lowered.startswith(a, head.start())), 0)


def _provincial_department_at(text: str, at: int, prefix: str, accept=is_provincial) -> tuple[int, int, str] | None:
    """The provincial department named by the field name at ``at`` (looked up as ``<prefix> <name>`` in the agency
    table, the longest name first), as (the piece's end at the next ``;``, ``.`` or line end, the name's end, its id);
    None where the piece names no provincial department."""
    ends = [i for i in (text.find(";", at), text.find(".", at), text.find("\n", at)) if i != -1]
    piece_end = min(ends, default=len(text))
    hit = next(iter(find_mentions(f"{prefix} {text[at:piece_end]}")), None)
    if not hit or hit.start != 0 or hit.end <= len(prefix) + 1 or not accept(hit.agency_id):
        return None
    return piece_end, at + hit.end - len(prefix) - 1, hit.agency_id


# a word of capitals only (with ``&`` or ``-`` inside), the abbreviation of a body's name
_UNKNOWN_ABBREVIATION = re.compile(r"[A-ZĐ][A-ZĐ&-]*[A-ZĐ](?![\w&-])")


def _a_ministry(agency_id: str) -> bool:
    return getattr(agency(agency_id), "kind", None) == "ministry"


def _departments_after_plural(text: str, lowered: str, sentences: list[Sentence], named: list[Mention], language: str,
                              heads_key: str = "department_plural_heads", prefix_key: str = "department_name_prefix",
                              accept=is_provincial) -> list[Mention]:
    """``the Departments of Construction, Finance and the City … Board will coordinate …``: the plural word for the
    departments and ``of`` before their capitalised field names joined by the list's joiners name each field's
    provincial department (grammar's ``department_plural_heads`` and ``department_name_prefix``, round 18b; the
    colon's form is ``_listed_departments``'). Each piece is looked up as ``<prefix> <piece>`` in the agency table
    (the longest name first, so ``Agriculture and Rural Development`` stays one); the list ends at the first piece
    that names no provincial department (``… and the City Board``, a lower-case word, the sentence's end).
    Vietnamese writes the shared head in lower case (``phối hợp với các sở Tài chính, Xây dựng``), which the agency
    table already finds as ``sở Tài chính``: a name of the same department inside the plural's first item gives way
    to the item as written from the plural (the caller drops it), so the list opens where the plural does. The
    ministries' plural reads the same way (grammar's optional ``ministry_plural_heads`` and ``ministry_name_prefix``,
    ``accept`` then ``_a_ministry``: ``Riêng các bộ Công an, Quốc phòng, …`` names each ministry, not all of them)."""
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
            joiner = unknown and _LIST_JOINER.match(lowered, unknown.end())
            if joiner:
                at = joiner.end()
                continue
            if department is None:
                break
            _, end, agency_id = department
            start, opening = (opening, None) if opening is not None else (at, None)
            # a name found inside the item gives way to it: the same department's, or the plural head's own
            # (``Giám đốc các sở`` read as all departments before ``Tài chính``)
            clashes = [(s, e, i) for s, e, i in taken if start < e and s < end]
            if all(start <= s and e <= end and (i == agency_id or e <= at) for s, e, i in clashes):
                found.append(Mention(start, end, text[start:end], agency_id))
            joiner = _LIST_JOINER.match(lowered, end)
            if not joiner:
                break
            at = joiner.end()
    return found


def _bare_units(text: str, lowered: str, sentences: list[Sentence], named: list[Mention], language: str) -> list[Mention]:
    """A district or a commune named by its unit's word and its capitalised name right after an assigning verb
    (``chỉ đạo huyện Ninh Hải cùng xã Phương Hải tăng cường vận động …``) is its People's Committee, as a province
    after a verb is (round 10b): grammar's optional ``bare_unit_bodies`` maps the unit's word to the body's id
    (``huyện`` → ``DPC``, ``xã`` → ``CPC``); a list goes on with the list's separators, and the task opens in lower
    case after the name. A unit as a place (``tại huyện Ninh Hải``, ``người dân xã …``) follows no verb (round 12)."""
    taken = [(m.start, m.end) for m in named]
    starts = [s.start for s in sentences]
    found: list[Mention] = []
    for lang in sorted({_language(s, language) for s in sentences}):
        pattern = _bare_unit_regex(lang)
        if pattern is None:
            continue
        units = {" ".join(lower_for_matching(k).split()): v for k, v in grammar(lang)["bare_unit_bodies"].items()}
        c = cues(lang)
        plural = _unit_plural_before(lang)
        for m in pattern.finditer(lowered):
            at, end = m.start(), m.end("unit")
            unit_id = units[" ".join(m.group("unit").split())]
            counted = plural.search(lowered, max(0, at - 12), at) if plural else None
            name_end = _capitalised_name_end(text, end)
            if name_end is None and counted and counted.group("count"):
                # ``yêu cầu hai huyện chỉ đạo …``: a count (or ``các``) and the unit's word without a name are the
                # units' committees together, read as a named unit is (round 20)
                at, name_end = counted.start(), end
            if name_end is None:
                continue
            index = bisect_left(starts, at + 1) - 1
            if index < 0 or at >= sentences[index].end or _language(sentences[index], language) != lang:
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
                if not (c.assign_before.search(before) or joined):
                    continue
                if not (_task_opens_after(text, name_end, sentence.end)
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
                next_end = _capitalised_name_end(text, join.end()) if join else None
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


def _own_unit_name(mention: Mention) -> str | None:
    """The name that tells a district- or commune-level body from another of its id: its unit's name (``UBND huyện
    Long Mỹ`` → ``Long Mỹ``), or the name alone where a count's unit word went before it (``hai huyện Kiến Xương và
    Tiền Hải`` → ``Tiền Hải``, round 20); None for a collective."""
    name = unit_name(mention.text)
    if name is None and split_id(mention.agency_id)[0] in ("DPC", "CPC") and all(
            w[:1].isupper() for w in mention.text.split()):
        return mention.text
    return name


def _another_name_follows(text: str, name_end: int, lang: str) -> bool:
    """Whether a unit's name after a plural or a count is followed by another name of the same unit's word (``các
    huyện Phú Tân, Trần Văn Thời, Cái Nước rà soát …``: the list goes on past the middle name, round 21)."""
    join = _unit_name_join(lang).match(text, name_end)
    return bool(join) and _capitalised_name_end(text, join.end()) is not None


@lru_cache(maxsize=None)
def _list_item_join(lang: str) -> re.Pattern:
    """What stands between two items of a list: a comma, a semicolon or one of the grammar's ``list_conjunctions``."""
    conjunctions = "|".join(phrase(w) for w in language_grammar(lang).get("list_conjunctions") or [])
    return re.compile(rf"\s*(?:,|;{'|' + conjunctions if conjunctions else ''})\s*")


def _body_follows(text: str, name_end: int, taken: list[tuple[int, int]], lang: str) -> bool:
    """Whether the list goes on after a unit's name with a body already read (``…, Sở Y tế phối hợp``)."""
    join = _list_item_join(lang).match(text, name_end)
    return bool(join) and any(s == join.end() for s, _ in taken)


def _task_opens_after(text: str, name_end: int, sentence_end: int) -> bool:
    """Whether the task opens in lower case after a unit's name (or the list goes on)."""
    rest = text[name_end:sentence_end]
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


def _counted_collectives(text: str, lowered: str, sentences: list[Sentence], named: list[Mention],
                         language: str) -> list[Mention]:
    """A count where the table's name of a collective has ``các`` (``Chính phủ yêu cầu 11 Bộ, cơ quan tập trung …``:
    the ministries, as ``các Bộ, cơ quan``): grammar's optional ``counted_collectives`` (the collectives' ids) and
    ``bare_unit_counts`` (the count words; a count in digits too) (round 20). The words after the count must be one
    of the collective's names from ``các`` on, of two words at least, so ``11 tỉnh`` is not ``các tỉnh, thành phố``
    and ``ba bộ`` (three ministries a text lists) not all the ministries."""
    taken = [(m.start, m.end) for m in named]
    found: list[Mention] = []
    for lang in sorted({_language(s, language) for s in sentences}):
        pattern = _counted_collective_regex(lang)
        if pattern is None:
            continue
        for m in pattern.finditer(lowered):
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


def _provincial_sectors(text: str, lowered: str, sentences: list[Sentence], named: list[Mention],
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
        if any(n.start < m.end() and m.start() < n.end and not _localities_inside(n, m) for n in named):
            continue
        here = [n for n in named if sentences[index].start <= n.start < sentences[index].end]
        before = [n for n in named if index and sentences[index - 1].start <= n.start < sentences[index - 1].end]
        if any(not is_provincial(n.agency_id) and n.agency_id != "PROVINCES" and n.start < m.start() for n in here):
            # the few sector names a central text gives the ministries (grammar's optional central_sector_names: ``Thủ
            # tướng … đôn đốc các ban ngành, địa phương …``) are the ministries where no body of a province is named
            # (not the Party's central boards with them: ``các ban ngành trung ương``, round 13's look-alike)
            if (" ".join(m.group(0).split()) in central_names and not any(is_provincial(n.agency_id) for n in here)
                    and not _central_sector_blocked(lowered, m.end(), language)):
                found.append(Mention(m.start(), m.end(), text[m.start() : m.end()], "MINISTRIES"))
            continue  # a central body before them in the sentence: the sectors are the country's; one cited after
            # them is no asker ("Chủ tịch UBND tỉnh … yêu cầu các ngành, địa phương … hoàn thành … kết luận của Thủ
            # tướng Chính phủ …", round 18c, as _provincial_local_committees reads)
        if any(is_provincial(n.agency_id) for n in here + before) or (not here and _one_province_named(named)):
            # a sentence naming no body, two sentences or more after the province's direction, in a text whose bodies
            # are all one province's ("… yêu cầu … các ngành chức năng …. Đồng thời, các địa phương …. Chính quyền và
            # ngành chức năng cần chuẩn bị …": its sectors still, round 22b)
            found.append(Mention(m.start(), m.end(), text[m.start() : m.end()], "DEPARTMENTS"))
    return found



def _one_province_named(mentions: list[Mention], codeless_pass: bool = True) -> bool:
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


# the committees below a province: a sector named after one of them in a sentence is theirs, not the province's
_LOCAL_COMMITTEES = frozenset({"DPC", "CPC"})


def _provincial_sector_departments(text: str, lowered: str, sentences: list[Sentence], named: list[Mention],
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
    for lang in sorted({_language(s, language) for s in sentences}):
        words = language_grammar(lang)
        sectors = {" ".join(lower_for_matching(k).split()): v for k, v in (words.get("provincial_sector_departments") or {}).items()}
        if not sectors:
            continue
        followers = words.get("provincial_sector_followers") or []
        follower = re.compile(rf"\s+(?:{'|'.join(phrase(w) for w in followers)})(?![\w'])") if followers else None
        pattern = re.compile(rf"(?<![\w'])(?:{'|'.join(sorted((phrase(n) for n in sectors), key=len, reverse=True))})(?![\w'])")
        for m in pattern.finditer(lowered):
            index = bisect_left(starts, m.start() + 1) - 1
            if index < 0 or m.start() >= sentences[index].end or _language(sentences[index], language) != lang:
                continue
            if any(n.start < m.end() and m.start() < n.end for n in named):
                continue
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
                if any(split_id(n.agency_id)[0] in _LOCAL_COMMITTEES and n.start < m.start() for n in here):
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
    for lang in sorted({_language(s, language) for s in sentences}):
        names = grammar(lang).get(key) or []
        if not names:
            continue
        pattern = re.compile(rf"(?<![\w'])(?:{'|'.join(sorted((phrase(n) for n in names), key=len, reverse=True))})(?![\w'])")
        for m in pattern.finditer(lowered):
            index = bisect_left(starts, m.start() + 1) - 1
            if index < 0 or m.start() >= sentences[index].end or _language(sentences[index], language) != lang:
                continue
            yield m, index


def _provincial_local_committees(text: str, lowered: str, sentences: list[Sentence], named: list[Mention],
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
        if any(not is_provincial(n.agency_id) and n.agency_id != "PROVINCES" and n.start < m.start() for n in here):
            continue  # a central body asking: the localities are the country's provinces
        if any(is_provincial(n.agency_id) for n in here + before):
            found.append(Mention(m.start(), m.end(), text[m.start() : m.end()], level))
    return found


@lru_cache(maxsize=None)
def _named_district_grammar(lang: str):
    """grammar's ``named_district`` compiled once a language: the level words, the committee's words after and
    before the name, the capitalised words that are no name, the bodies that may follow."""
    data = grammar(lang)["named_district"]
    level = re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, data['level_words']))})(?![\w'’-])", re.I)
    committee_after = re.compile(rf"\s+(?:{'|'.join(map(re.escape, data['committee_after']))})(?![\w'’-])", re.I)
    committee_before = re.compile(rf"(?:{'|'.join(map(re.escape, data['committee_before']))})\s+$", re.I)
    return (level, committee_after, committee_before, frozenset(w.lower() for w in data["not_names"]),
            frozenset(w.lower() for w in data.get("bodies_after") or []),
            {w.lower(): body for w, body in (data.get("level_ids") or {}).items()})


def _named_districts(text: str, sentences: list[Sentence], named: list[Mention], language: str) -> list[Mention]:
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
    for lang in sorted({_language(s, language) for s in sentences}):
        data = grammar(lang).get("named_district")
        if not data:
            continue
        level, committee_after, committee_before, not_names, bodies_after, level_ids = _named_district_grammar(lang)
        for m in level.finditer(text):
            words = list(re.finditer(r"[^\W\d_][\w-]*", text[max(0, m.start() - 60) : m.start()]))
            offset = max(0, m.start() - 60)
            name_start = None
            end_of_previous = m.start()
            for w in reversed(words[-3:]):
                if not w.group()[0].isupper() or w.group().lower() in not_names or text[offset + w.end() : end_of_previous].strip():
                    break
                name_start, end_of_previous = offset + w.start(), offset + w.start()
            if name_start is None:
                continue
            end = m.end()
            after = committee_after.match(text, end)
            if after:
                end = after.end()
            elif re.match(r"\s+[^\W\d_]", text[end : end + 3]) and text[end:].lstrip()[:1].isupper() or (
                    re.match(r"\s+(?:[\w-]+)", text[end:]) and re.match(r"\s+([\w-]+)", text[end:]).group(1).lower() in bodies_after):
                continue  # "Tay Son District Police", "Hoan Kiem district police": another body of the district
            start = name_start
            before = committee_before.search(text, max(0, start - 40), start)
            if before:
                start = before.start()
            found.append(Mention(start, end, text[start:end], level_ids.get(m.group().lower(), "DPC")))
    return found


@lru_cache(maxsize=None)
def _unit_name_after(lang: str) -> re.Pattern | None:
    """grammar's optional ``unit_name_after_level``: a linker and one to three capitalised words after a local
    committee's level word, compiled once a language."""
    data = language_grammar(lang).get("unit_name_after_level")
    if not data:
        return None
    word = r"[^\W\d_a-zà-ÿ][\w’'-]*"
    return re.compile(rf"\s+(?:{_alternation(data['linkers'])})\s*{word}(?:\s+{word}){{0,2}}(?![\w’'-])")


def _with_unit_names_after(text: str, named: list[Mention], language: str) -> list[Mention]:
    """A local committee named by its level word with the unit's own name after it (``le Comité populaire du
    district de Thanh Chuong est prié de …``): the mention runs over the name, so that a cue right after the name
    reads the committee as its subject (grammar's optional ``unit_name_after_level``: the level words, the linkers;
    round 20c). Not where the name is another body's (a body found there keeps it)."""
    data = language_grammar(language).get("unit_name_after_level")
    pattern = _unit_name_after(language)
    if not data or pattern is None:
        return named
    levels = tuple(lower_for_matching(w) for w in data["levels"])
    out = []
    for n in named:
        m = pattern.match(text, n.end) if lower_for_matching(n.text).endswith(levels) and split_id(n.agency_id)[0] in data["bodies"] else None
        if m and not any(o.start < m.end() and n.end <= o.start for o in named if o is not n):
            n = Mention(n.start, m.end(), text[n.start : m.end()], n.agency_id)
        out.append(n)
    return out


@lru_cache(maxsize=None)
def _opening_department_pattern(lang: str) -> re.Pattern | None:
    """grammar's optional ``opening_department_words`` at a sentence's start, compiled once a language."""
    words = grammar(lang).get("opening_department_words") or []
    if not words:
        return None
    return re.compile(rf"\s*(?:[-–•+*]\s*)?(?P<words>{'|'.join(sorted((phrase(w) for w in words), key=len, reverse=True))})(?![\w'’-])(?!\s+of\b)")


def _departments_opening_sentence(text: str, lowered: str, sentences: list[Sentence], named: list[Mention],
                                  language: str) -> list[Mention]:
    """The departments named bare at a sentence's start (``Departments also continue to review …``, ``The relevant
    departments urgently remove …``) in a text that has named a province's body before: the province's departments
    (``DEPARTMENTS``, placed as the others are; whether they are tasked is the cues' business). grammar's optional
    ``opening_department_words``; not before ``of`` (``Departments of Construction and Finance``: the plural's
    names), nor in a text that names no provincial body before the sentence (a ministry's departments are its
    own) (round 16's and 17's open class, round 19 not blind)."""
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in named]
    for sentence in sentences:
        pattern = _opening_department_pattern(_language(sentence, language))
        if pattern is None:
            continue
        m = pattern.match(lowered, sentence.start, sentence.end)
        if not m or any(s < m.end("words") and m.start("words") < e for s, e in taken):
            continue
        if not any(n.end <= sentence.start and is_provincial(n.agency_id) and n.agency_id != "PROVINCES" for n in named):
            continue
        found.append(Mention(m.start("words"), m.end("words"), text[m.start("words") : m.end("words")], "DEPARTMENTS"))
    return found


def _the_one_locality(text: str, lowered: str, sentences: list[Sentence], named: list[Mention],
                      language: str) -> list[Mention]:
    """The locality named in the singular as a partner (grammar's optional ``singular_locality_words``: ``giao các bộ,
    ngành trung ương chủ trì, phối hợp với địa phương xem xét …``) in a text that has asked the committee of one
    province only (``Thủ tướng cũng đề nghị Nam Định …``): that province's committee (round 13's open class, round
    15). Read only right after a coordinating cue in a sentence that names a central body before it (in a province's
    own text the locality is its districts and communes), where the committees named before are all of one province."""
    found: list[Mention] = []
    starts = [s.start for s in sentences]
    for lang in sorted({_language(s, language) for s in sentences}):
        words = grammar(lang).get("singular_locality_words") or []
        if not words:
            continue
        c = cues(lang)
        pattern = re.compile(rf"(?<![\w'])(?:{_phrases(words)})(?![\w'])")
        for m in pattern.finditer(lowered):
            index = bisect_left(starts, m.start() + 1) - 1
            if index < 0 or _language(sentences[index], language) != lang or any(
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


def _province_unknown_among_several(text: str, mentions: list[Mention], sentences: list[Sentence],
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

    @lru_cache(maxsize=None)
    def committees(index: int) -> frozenset[str]:
        """The provinces whose committees one assigning verb asks in a list in sentence ``index``."""
        if index < 0:
            return frozenset()
        bounds = sentences[index]
        c = cues(_language(bounds, language))
        joiners = language_grammar(c.lang).get("list_conjunctions") or []
        named = [m for m in mentions if bounds.start <= m.start < bounds.end and split_id(m.agency_id)[0] == "PPC"
                 and split_id(m.agency_id)[1] and find_provinces(text[m.start : m.end], _language(bounds, language))]
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
        if code is None or index < 0 or find_provinces(text[m.start : m.end], _language(sentences[index], language)):
            result.append(m)
            continue
        counted = _committees_of_counted_provinces(_language(sentences[index], language))
        if counted and counted.fullmatch(lowered, m.start, m.end):
            result.append(m)  # "les présidents des trois provinces": the provinces the count names back (round 19b)
            continue
        here = committees(index)
        if len(here) > 1 or (not here and len(committees(index - 1)) > 1):
            m = Mention(m.start, m.end, m.text, base)
        result.append(m)
    return result


def _localities_inside(mention: Mention, sectors: re.Match | Mention) -> bool:
    """Whether ``mention`` is the country's localities (``PROVINCES``) written inside a province's sectors' words."""
    start, end = (sectors.start(), sectors.end()) if isinstance(sectors, re.Match) else (sectors.start, sectors.end)
    return mention.agency_id == "PROVINCES" and start <= mention.start and mention.end <= end


_NEXT_NAME_WORD = re.compile(r"\s+([^\W\d_]+)")


def _capitalised_name_end(text: str, at: int) -> int | None:
    """The end of a unit's proper name after ``at``: one to four capitalised words (``huyện Ninh Hải``), else None."""
    end, words = at, 0
    while words < 4:
        word = _NEXT_NAME_WORD.match(text, end)
        if not word or not word.group(1)[:1].isupper():
            break
        end, words = word.end(), words + 1
    return end if words else None


@lru_cache(maxsize=None)
def _bare_unit_regex(lang: str) -> re.Pattern | None:
    """The unit words of grammar's optional ``bare_unit_bodies``, longest first (``thị xã`` before ``xã``), after the
    committee's words where the grammar gives them (``bare_unit_committee_words``: ``UBND xã Đắk Som`` is the named
    commune's committee as ``xã Đắk Som`` is; open classes after round 21b)."""
    words = grammar(lang).get("bare_unit_bodies") or {}
    if not words:
        return None
    options = sorted((phrase(w) for w in words), key=len, reverse=True)
    committee = grammar(lang).get("bare_unit_committee_words") or []
    before = rf"(?:(?:{_phrases(committee)})\s+)?" if committee else ""
    return re.compile(rf"(?<![\w']){before}(?P<unit>{'|'.join(options)})(?=\s)")


@lru_cache(maxsize=None)
def _place_after_a_date(lang: str) -> re.Pattern | None:
    """A day's date and a preposition of place at the end of the words before a bare province's name (grammar's
    optional ``place_after_a_date``: ``a demandé dimanche 19 mai à Hanoi de …``, round 17b): the name is where the
    speaker was, not a body the verb asks."""
    spec = grammar(lang).get("place_after_a_date") or {}
    if not spec:
        return None
    dates, prepositions = "|".join(phrase(w) for w in spec["dates"]), "|".join(phrase(p) for p in spec["prepositions"])
    return re.compile(rf"(?<![\w'])(?:{dates})\s+(?:{prepositions})\s+$")


@lru_cache(maxsize=None)
def _committees_of_listed_provinces(lang: str) -> re.Pattern:
    """The plural committee words right before a list of bare province names (``committees_of_listed_provinces``
    in ``lang/<code>/grammar.json``, with an optional article): the names are then read as after a verb or
    at a clause's start, as if bare."""
    words = grammar(lang).get("committees_of_listed_provinces") or []
    if not words:
        return re.compile(r"(?!)")
    articles = grammar(lang).get("articles") or []
    article = rf"(?:\b(?:{_alternation(articles)})\s+)?" if articles else ""
    counted = _counted_collective_opening(lang)
    # an elided preposition runs into the first name ("aux provinces d'An Giang et de Kien Giang"); a counted
    # collective opens its parenthesis right before it ("… of 25 provinces and centrally-run cities (Can Tho, …")
    return re.compile(rf"{article}\b(?P<committees>{_phrases(words)}{counted})(?:\s+|(?<=')|(?<=\())$")


def _counted_collective_opening(lang: str) -> str:
    """The alternative of ``_committees_of_listed_provinces`` for the provinces counted in figures and named in
    parentheses after their collective (grammar's optional ``counted_collectives_before_names``: its words before
    the count, the count as ``count_before_bodies`` writes it, its words after the count, then the parenthesis:
    ``The Chairpersons of the People's Committees of 25 provinces and centrally-run cities (Can Tho, Da Nang, …)
    are required to …``, round 24): each province named is its committee, as after ``the provinces of``; empty
    where the language sets none."""
    setting = grammar(lang).get("counted_collectives_before_names")
    counts = grammar(lang).get("count_before_bodies") or []
    if not setting or not counts:
        return ""
    return (rf"|(?:{_phrases(setting['before_count'])})\s+(?:{'|'.join(counts)})\s+"
            rf"(?:{_phrases(setting['after_count'])})\s*\(")


@lru_cache(maxsize=1)
def _province_first_words() -> frozenset[str]:
    """The first word of every province's name in any language as written, capitalised (``Cao``, ``Hanoi``,
    ``Đồng``, ``Dong``): a name that opens a clause or follows a verb is written so."""
    from nlp.provinces import provinces

    names = [name for scheme in ("2024", "2025") for p in provinces(scheme).values()
             for name in (p.name_short_vi, p.name_ascii, *p.names.values(), *p.aliases) if name]
    return frozenset(name.split()[0] for name in names if name[:1].isupper())


def _word_scanner(words: set[str] | frozenset[str]) -> re.Pattern:
    # a scanner: positions whose letter starts no word are skipped in one step (the same matches); a name may
    # follow an elided one-letter word ("la province d'An Giang", "l'An Giang"), not another word's apostrophe
    return scanner(rf"(?:(?<![\w'-])|(?<=(?<!\w)\w'))(?:{_alternation(sorted(words, key=len, reverse=True))})(?![\w'])")


@lru_cache(maxsize=1)
def _province_first_word_regex() -> re.Pattern:
    return _word_scanner(_province_first_words())


@lru_cache(maxsize=1)
def _province_first_word_folded_regex() -> re.Pattern:
    """The first words of ``_province_first_word_regex`` folded (``nlp.fold``: no diacritics, lower case), to be
    matched on folded text."""
    return _word_scanner({fold(word) for word in _province_first_words()})


def _province_first_word_starts(text: str, folded: str, language: str) -> list[int]:
    """Where a capitalised word that may start a province's name is written. Outside the official language a
    name may carry only some of its marks (``Dông Nai``, ``Nghê An``: French press spelling of Đồng Nai, Nghệ An,
    which the province finder accepts there), so the words are also looked for folded (round 17)."""
    starts = {m.start() for m in _province_first_word_regex().finditer(text)}
    if language and not languages.is_official(language):
        starts |= {m.start() for m in _province_first_word_folded_regex().finditer(folded) if text[m.start()].isupper()}
    return sorted(starts)


@lru_cache(maxsize=None)
def _designation_pattern(lang: str) -> str | None:
    """A province's designation written before its name (``the province of``, ``the Central Highlands province
    of``, ``the capital of``): an article, up to three describing words (no second article) and one of the
    language's ``province_designations`` (grammar.json, round 15); None where the language lists none."""
    words = grammar(lang).get("province_designations") or []
    articles = grammar(lang).get("articles") or []
    if not words or not articles:
        return None
    article = _alternation(articles)
    return (rf"(?<![\w'])(?:{article})\s+(?P<designation>(?:(?!(?:{article})\s)[^\s,.;:]+\s+){{0,3}}?"
            rf"(?:{_phrases(words)}))\s+")


@lru_cache(maxsize=None)
def _province_head_at_end(lang: str) -> re.Pattern | None:
    """A province's head title, with its article, right before a bare province's name (``The Chairman of Hanoi
    assigned …``, grammar's ``province_head_titles``, round 16); None where the language lists none."""
    words = grammar(lang).get("province_head_titles") or []
    if not words:
        return None
    articles = grammar(lang).get("articles") or []
    article = rf"(?:(?:{_alternation(articles)})\s+)?" if articles else ""
    return re.compile(rf"(?<![\w']){article}(?:{_phrases(words)})\s+$")


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
    joint = re.compile(rf"\s*(?:{'|'.join(separators)})\s*$")
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
    enumeration = _words_pattern(r"(?<![\w'])(?:{})(?![\w'])\s*:?", tuple(words))
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
    aside = _words_pattern(r"\s*,?\s*(?:{})\s+", tuple(highlights))
    places = tuple(language_grammar(c.lang).get("highlighted_province_words") or ())
    place = _words_pattern(r"(?:{})\s+", places) if places else None
    for m in named:
        if m.agency_id != "PROVINCES" or not sentence_start <= m.start < at:
            continue
        opened = aside.match(lowered, _past_province_range(text, lowered, m.end, at, c.lang), at)
        if not opened:
            continue
        start = opened.end()
        if place and (words := place.match(lowered, start, at)):
            start = words.end()  # "en particulier dans les provinces de Dak Lak"
        if not c.fillers_at_end.sub("", lowered[start : at]):  # "notamment la province de"
            return m
    return None


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
    return re.compile(_alternation(marks)) if marks else None


def _after_province_possessives(text: str, named: list[Mention], language: str, date: str | None) -> list[Mention]:
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
        rf"(?:{pattern.pattern})\s+(?P<name>{_alternation(plain)})(?![\w'’])", text)
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
    delta du Mékong, de développer …``, round 20c); None where the language lists none."""
    setting = language_grammar(lang).get("place_asides_after_provinces")
    if not setting:
        return None
    return re.compile(rf"\s*,\s*(?:{_phrases(setting['openers'])})\s[^,.;:\n]{{1,{setting['max_chars']}}}?,")


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


def _bare_province_at(text: str, lowered: str, at: int, sentence: Sentence, c: LanguageCues, scheme: str,
                      object_of_verb: bool, aside: bool = False) -> list[Mention]:
    """The province named bare at ``at`` as its committee: opening a clause with a verb cue after it, or
    right after an assigning verb with its task after it (after the comma that closes an aside, where the
    names single out bodies of a collective: ``aside``)."""
    from nlp.provinces import find_provinces

    for p in find_provinces(text[at : at + _PROVINCE_NAME_CHARS], c.lang):
        # "Dak Nong province requires …": where the language's grammar says so (``designated_province_subject``,
        # round 11) a province with its designator after the name is read as bare ones are
        designators = list(grammar(c.lang).get("designated_province_subject") or [])
        if _is_centrally_run_city(p.code_in(scheme), scheme):
            # "Da Nang city", "Ho Chi Minh City": a centrally-run city's own designator names the province-level unit
            designators += grammar(c.lang).get("designated_city_subject") or []
        if p.start != 0 or p.designated and not text[at : at + p.end].lower().endswith(tuple(f" {d}" for d in designators)):
            break  # not "Hoa Binh city" (the province's capital, a district-level city)
        mention = Mention(at, at + p.end, text[at : at + p.end], provincial_id("PPC", p.code_in(scheme)))
        # a list of provinces: "Cao Bằng, Lạng Sơn cần …", "yêu cầu Cao Bằng và Lạng Sơn khẩn trương …"
        joiner = _LIST_JOINER.match(lowered, at + p.end, sentence.end)
        following_at = joiner and _past_opener(text, joiner.end(), grammar(c.lang).get("province_list_openers") or [])
        designation = _designation_at(lowered, following_at, c.lang)
        if designation:
            following_at = designation.end()
        if following_at and text[following_at : following_at + 1].isupper():
            following = _bare_province_at(text, lowered, following_at, sentence, c, scheme, object_of_verb, aside)
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
        task = r"\s*,\s*[^\W\d_]" if aside else r"\s+[^\W\d_]"
        if object_of_verb and re.match(task, after) and written_after.lstrip(" ,")[:1].islower() or not object_of_verb and (
                c.strong_after.match(after) or c.lead_after.match(after)
                or c.negation_after.match(after) or c.assign_anywhere.match(after.lstrip())):
            return [mention]
        break
    return []


def _inside_parenthesis(lowered: str, start: int, at: int) -> bool:
    """Whether ``at`` stands inside a parenthesis opened after ``start`` and not yet closed: the provinces a counted
    collective names there (``… 25 provinces and centrally-run cities (Can Tho, …, and Dong Thap) are required to``,
    round 24) are followed by the parenthesis's close before their cue."""
    opened = lowered.rfind("(", start, at)
    return opened >= 0 and ")" not in lowered[opened:at]


@lru_cache(maxsize=None)
def _committees_of_counted_provinces(lang: str) -> re.Pattern | None:
    """The committees of a counted group of provinces named before (grammar's ``committees_of_provinces_named_before``,
    round 17): a body's words, a demonstrative, a count and a noun for provinces (``aux comités populaires de ces
    deux localités``); None where the language lists none."""
    entry = grammar(lang).get("committees_of_provinces_named_before")
    if not entry:
        return None
    counts = "|".join(phrase(w) for w in sorted(entry["counts"], key=len, reverse=True))
    # a demonstrative with no count ("a appelé ces provinces à proposer …", round 20): the provinces of the
    # nearest list before, as many as it names; with the body's words before it when they end in the
    # demonstrative ("a demandé aux Comités populaires de ces provinces d'assumer …", round 22b)
    uncounted = ""
    if entry.get("without_count"):
        demonstratives = {lower_for_matching(w) for w in entry["without_count"]}
        with_words = [w for w in entry["words"] if lower_for_matching(w).split()[-1] in demonstratives]
        uncounted = (rf"|(?P<bare>{_phrases(with_words)})" if with_words else "") + \
            rf"|(?P<bare_alone>{_phrases(entry['without_count'])})"
    # the noun and a word after it pointing back ("les comités populaires provinciaux et municipaux susmentionnés",
    # round 22b): as a demonstrative alone
    postposed = (rf"|(?P<postposed>(?:(?:{_phrases(entry['words'])})\s+)?(?:{_phrases(entry['postposed_nouns'])})\s+"
                 rf"(?:{_phrases(entry['postposed'])}))" if entry.get("postposed") else "")
    return re.compile(rf"(?<![\w'])(?:(?:(?P<words>{_phrases(entry['words'])})\s+(?P<count>{counts}){uncounted})\s+"
                      rf"(?:{_phrases(entry['nouns'])}){postposed})(?![\w'])")


def _committees_of_provinces_named_before(text: str, lowered: str, sentences: list[Sentence], language: str,
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
        c = cues(_language(sentence, language))
        pattern = _committees_of_counted_provinces(c.lang)
        if pattern is None:
            continue
        counts = {" ".join(lower_for_matching(w).split()): n
                  for w, n in grammar(c.lang)["committees_of_provinces_named_before"]["counts"].items()}
        for m in pattern.finditer(lowered, sentence.start, sentence.end):
            # asked by a verb before them, or the subject of a task after them ("les présidents des trois provinces
            # doivent ordonner …", round 19b)
            if not (c.assign_before.search(lowered[sentence.start : m.start()])
                    or c.strong_after.match(lowered[m.end() : sentence.end])):
                continue
            names_at = _next_capital(text, m.end())  # "… des trois provinces de Nghe An, Son La …": named here
            if names_at and find_provinces(text[names_at : names_at + _PROVINCE_NAME_CHARS], c.lang)[:1] and \
                    find_provinces(text[names_at : names_at + _PROVINCE_NAME_CHARS], c.lang)[0].start == 0:
                continue
            codes: list[str] = []
            groups = m.groupdict()
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
                count = counts[" ".join(m.group("count").split())]
            for p in reversed(find_provinces(text[: m.start()], c.lang)):
                if p.code_in(scheme) not in codes:
                    codes.append(p.code_in(scheme))
            if len(codes) < count:
                continue
            span = (m.start(bare) if bare else m.start("words"), m.end())
            found += [Mention(*span, text[span[0] : span[1]], provincial_id("PPC", code)) for code in reversed(codes[:count])]
    return found


@lru_cache(maxsize=None)
def _counted_provinces(lang: str) -> re.Pattern | None:
    """A count and a noun for provinces with no name right after them (grammar's ``provinces_counted_then_named``,
    the counts and nouns of ``committees_of_provinces_named_before``): ``a exhorté cinq provinces du delta du
    Mékong à …``; None where the language lists none."""
    entry = language_grammar(lang).get("committees_of_provinces_named_before")
    if not entry or not language_grammar(lang).get("provinces_counted_then_named"):
        return None
    counts = "|".join(phrase(w) for w in sorted(entry["counts"], key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?P<count>{counts})\s+(?:{_phrases(entry['nouns'])})(?![\w'])")


def _committees_of_provinces_named_after(text: str, lowered: str, sentences: list[Sentence], language: str,
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
        c = cues(_language(sentence, language))
        pattern = _counted_provinces(c.lang)
        if pattern is None:
            continue
        setting = grammar(c.lang)["provinces_counted_then_named"]
        counts = {" ".join(lower_for_matching(w).split()): n
                  for w, n in grammar(c.lang)["committees_of_provinces_named_before"]["counts"].items()}
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
            if len(codes) != counts[" ".join(m.group("count").split())]:
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


@lru_cache(maxsize=None)
def _named_again_entries(lang: str) -> tuple[_NamedAgain, ...]:
    """``bodies_named_again`` of ``lang/<code>/grammar.json``: ``the ministry`` / ``the province`` (after an
    article, where asked, within a reach), ``ce dernier ministère`` / ``ledit ministère`` (a fixed phrase,
    anywhere after the ministry)."""
    entries = []
    articles = grammar(lang).get("articles") or []
    for e in grammar(lang).get("bodies_named_again") or []:
        words = "|".join(phrase(w) for w in e["words"])
        article = rf"(?:{_alternation(articles)})\s+" if e.get("after_article") and articles else ""
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
                                   if e.get("name_links") else None))
    return tuple(entries)


# how far after a noun a name it heads may start (``province`` + `` de `` + the name)
_NAME_LINK_REACH = 8


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


def _kind(mention: Mention) -> str | None:
    return getattr(agency(split_id(mention.agency_id)[0]), "kind", None)


def _asking_subject(before: str, after: str, c: LanguageCues) -> bool:
    """Whether words naming a body again open a clause (or follow its comma) right before an assigning verb: the body
    asks (``The Ministry requires provinces and cities to complete …`` after ``the Ministry of Agriculture and
    Environment``; ``…, if any difficulties arise, the Ministry requests provinces …``), the asker of the bodies after
    it (round 22's left class)."""
    return ((_clause_start(before, c) or before.rstrip().endswith(",")) and c.assign_anywhere is not None
            and bool(c.assign_anywhere.match(after.lstrip())) and after[:1].isspace())


def _stands_for(entry: _NamedAgain, mention: Mention) -> bool:
    """Whether a body named before may be the one an entry's words name again: of its kinds, and of its ids
    where the entry lists some."""
    return _kind(mention) in entry.kinds and (not entry.ids or split_id(mention.agency_id)[0] in entry.ids)


def _bodies_named_again(text: str, lowered: str, sentences: list[Sentence], named: list[Mention], language: str,
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
    for lang in sorted(languages):
        for entry in _named_again_entries(lang):
            if entry.framed:
                continue
            for m in entry.pattern.finditer(lowered):
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
    # common nouns where asked: sentence by sentence, in the sentence's language
    for sentence in sentences:
        c = cues(_language(sentence, language))
        for entry in _named_again_entries(c.lang):
            if not entry.framed:
                continue
            if entry.noun_openings is not None and not any(
                    lowered.find(o, sentence.start, sentence.end) >= 0 for o in entry.noun_openings):
                continue  # none of the words opens in the sentence: no match
            for m in entry.pattern.finditer(lowered, sentence.start, sentence.end):
                if entry.common_noun and ((not text[m.start("noun")].islower()
                                           and not ((not lowered[sentence.start : m.start()].strip()
                                                     or entry.after_continuation_opener
                                                     and _after_continuation_opener(lowered, sentence.start, m.start(), c.lang))
                                                    and _capitalised_again(text, m.end("noun"), c.lang))
                                           and not _asking_subject(lowered[sentence.start : m.start()],
                                                                   lowered[m.end("noun") : sentence.end], c))
                                          or any(n.start <= m.start("noun") < n.end for n in ordered)):
                    continue  # "the Ministry of Finance", a name: only the common noun in lower case stands for one
                if entry.name_links and _heads_a_name(lowered, m.end("noun"), ordered, entry.name_links):
                    continue  # "a demandé à la province de Nghe An": the province named by its name, not again
                if entry.after_cue and not (c.assign_anywhere and re.search(rf"(?:{c.assign_anywhere.pattern})\s+\Z",
                                                                             lowered[sentence.start : m.start("noun")])):
                    continue  # "yêu cầu toàn bộ cán bộ …", "cán bộ tiếp tục …": a word ending in "bộ", not the ministry
                if not (c.assign_before.search(lowered[sentence.start : m.start("noun")])
                        or _clause_start(lowered[sentence.start : m.start()], c) and c.strong_after.match(lowered[m.end("noun") : sentence.end])
                        or _asking_subject(lowered[sentence.start : m.start()], lowered[m.end("noun") : sentence.end], c)
                        or entry.after_continuation_opener and _after_continuation_opener(lowered, sentence.start, m.start(), c.lang)):
                    continue  # asked, or the subject of a modal or passive cue: "The ministry was also instructed to …" (round 9)
                earlier = [n for n in ordered if n.end <= m.start() and _stands_for(entry, n)
                           and (entry.reach is None or m.start() - n.end <= entry.reach)]
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
                and not _ARTICLE_AT_END.sub("", lowered[opening : n.start]).strip()
                and c.strong_after.match(lowered[n.end : before.end])]
    return subjects[:1]


@lru_cache(maxsize=None)
def _heads_by_name(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """grammar's optional ``heads_named_by_name``: a head's title before a body's name (``Chủ tịch UBND tỉnh``), and
    the asking verbs after the head's own name written again (``chỉ đạo``, ``yêu cầu``), as patterns over lowered text."""
    data = language_grammar(lang).get("heads_named_by_name")
    if not data:
        return None
    return (re.compile(rf"(?<![\w'])(?:{_phrases(data['titles'])})\s+\Z"),
            re.compile(rf"\s+(?:{_phrases(data['followed_by'])})(?![\w'])"))


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


def _heads_named_again_by_name(text: str, lowered: str, named: list[Mention], language: str) -> list[Mention]:
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
        if title.search(lowered, max(0, n.start - 30), n.start) and (name := _person_name_at(text, n.end)):
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
    opener = _continuation_opening(lang).match(lowered, sentence_start, at)
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
    if not words:
        return None
    adverbs = rf"(?:\s+(?:{_phrases(words['adverbs'])}))?"
    elided = [w for w in words["lead_ins"] if w.endswith("'")]
    spaced = [w for w in words["lead_ins"] if not w.endswith("'")]
    return re.compile(
        rf"(?<![\w'])(?P<pronoun>{_alternation(words['object_pronouns'])})\s+(?P<cue>(?:{_alternation(words['auxiliaries'])})"
        rf"{adverbs}\s+(?:{_alternation(words['past_verbs'])})|(?P<present>{_alternation(words['present_verbs'])})){adverbs}"
        rf"\s+(?=(?:{_alternation(elided)})|(?:{_alternation(spaced)})\s)")


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
        rf",\s*(?P<pronoun>{_alternation(words['object_pronouns'])})\s+(?P<cue>{_alternation(words['participles'])})"
        rf"\s+(?=(?:{_alternation(elided)})|(?:{_alternation(spaced)})\s)")


def _addressees_asked_by_participle(text: str, lowered: str, sentences: list[Sentence], mentions: list[Mention],
                                    found: list[Found], language: str) -> list[Found]:
    """The bodies a document is sent to, asked by an object pronoun and a participle after them in the same sentence
    (``… le Premier ministre a publié le communiqué officiel n° 84/CD-TTg aux ministres, aux chefs des agences …, et au
    chef du Comité de pilotage … dans les villes et provinces placées sous l'autorité centrale, leur demandant de se
    concentrer … avant le 31 août 2025``): each body named after the last authority before the pronoun, not asked in
    the sentence already, is asked by the authority (open classes after round 21b)."""
    results: list[Found] = []
    for index, sentence in enumerate(sentences):
        pattern = _pronoun_participle(_language(sentence, language))
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


def _addressees_asked_by_pronoun(text: str, lowered: str, sentences: list[Sentence], mentions: list[Mention],
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
    for index, sentence in enumerate(sentences[1:], start=1):
        lang = _language(sentence, language)
        pattern = _pronoun_request(lang)
        if pattern is None:
            continue
        before, skipped = index - 1, 0
        while before > 0 and _caption(text, sentences[before], mentions):
            skipped += sentences[before].end - sentences[before].start
            before -= 1
        previous = sentences[before]
        for m in pattern.finditer(lowered, sentence.start, sentence.end):
            if m.group("present") and not _subject_before(text, lowered, sentence.start, m.start(), lang):
                continue
            if m.start() - skipped - previous.start > language_grammar(lang)["pronoun_requests"]["reach"]:
                continue
            asked = [f for f in found if f.sentence == before and f.role == "assignee"]
            if any(f.sentence == before for f in found):
                if not (asked and folded and find_deadlines(folded, lang, m.end(), sentence.end, own_date)):
                    continue  # the bodies named before were asked there: the pronoun adds no second row
                named = list({x.agency_id: x for f in asked for x in f.group.mentions}.values())
                span = (m.start("pronoun"), m.end("pronoun"))
                group = Group([Mention(*span, text[span[0] : span[1]], x.agency_id) for x in named])
                # the words the pronoun stands for, as written ("les localités": a province's districts once its
                # committee is known to ask)
                results.append(Found(group, "assignee", "assign", m.group("cue"), m.end(), index,
                                     extra={"cue_start": m.start("pronoun"), "stands_for": {x.agency_id: x.text for x in named}}))
                continue
            ids = list(dict.fromkeys(x.agency_id for x in mentions if previous.start <= x.start < previous.end
                                     and x.agency_id not in NATIONAL_AUTHORITIES))
            if not ids:
                continue
            if "PROVINCES" in ids and (named := _provinces_named_after_collective(text, mentions, previous, lang, own_date)):
                at = ids.index("PROVINCES")
                ids = ids[:at] + named + ids[at + 1 :]
            span = (m.start("pronoun"), m.end("pronoun"))
            group = Group([Mention(*span, text[span[0] : span[1]], agency_id) for agency_id in ids])
            # the asker is read before the pronoun ("Selon la dépêche, le Premier ministre leur demande …")
            results.append(Found(group, "assignee", "assign", m.group("cue"), m.end(), index,
                                 extra={"cue_start": m.start("pronoun")}))
    return results


def _capitalised_again(text: str, noun_end: int, lang: str) -> bool:
    """Whether a capitalised common noun opening its sentence stands for a body named before (``The Department
    also needs to propose …`` after ``the Department of Finance``; round 11; mid-sentence, ``the Ministry has
    made great efforts …, but needs to`` stays a name): where the language's grammar lists the words
    that would go on to a name (``capitalised_named_again``: ``of``, ``for`` …), the noun is not followed by one
    of them nor by another capitalised word (``The Department of Market Management``, ``The Department
    Director``). Without that list a capitalised noun is a name, as before."""
    continuing = grammar(lang).get("capitalised_named_again")
    if not continuing:
        return False
    following = re.match(r"\s*([^\W\d_][\w'-]*)", text[noun_end : noun_end + 40])
    if not following:
        return True
    word = following.group(1)
    return not word[:1].isupper() and word.lower() not in continuing


def _without_own_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
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
    words = grammar(lang).get("province_range_words") or []
    return bool(words and re.match(rf"\s+(?:{_phrases(words)})\s", lowered[position : position + 12]))


def _next_capital(text: str, position: int, words: int = 2) -> int | None:
    """Where the first capitalised word after ``position`` starts, past at most ``words`` words in lower case
    (``… des provinces de Quang Binh``: the ``de``; ``d'An Giang``: the elided one), else None."""
    for _ in range(words + 1):
        space = re.match(r"\s+", text[position : position + 4])
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


def _without_collectives_naming_provinces(text: str, lowered: str, named: list[Mention],
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
        if _collective(m.agency_id):
            words_end = _next_capital(text, m.end)  # past the committee words' own end ("de"), if any
            if words_end and pattern.search(lowered[max(0, m.start - 40) : words_end]):
                named_there = find_provinces(text[words_end : words_end + _PROVINCE_NAME_CHARS], code)
                if named_there and named_there[0].start == 0 and not _range_after(
                        lowered, words_end + named_there[0].end, code):
                    continue
        kept.append(m)
    return kept


def _collectives_with_their_range(text: str, lowered: str, named: list[Mention], language: str) -> list[Mention]:
    """The mentions with a collective of provinces spanning the range that bounds it (``aux comités populaires des
    provinces de Ha Tinh à Lam Dong``, ``Les provinces de Thanh Hoa à Quang Ngai sont appelées``): the range is
    part of the body as written, so the words after it (a highlight, a cue) follow the body (open classes after
    round 22b)."""
    code = language if language in LANGUAGES else languages.fallback()
    kept: list[Mention] = []
    for m in named:
        end = _past_province_range(text, lowered, m.end, len(text), code) if m.agency_id == "PROVINCES" else m.end
        kept.append(m if end == m.end else Mention(m.start, end, text[m.start : end], m.agency_id))
    return kept


def _inside_another_name(lowered: str, mention: Mention, language: str) -> bool:
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
    heads = grammar(lang).get("unit_name_heads") or []
    if not heads or split_id(mention.agency_id)[0] != "PPC" or not mention.text[:1].islower():
        return False
    piece = re.split(r"[,;:.\n()]", lowered[max(0, mention.start - _UNIT_NAME_CHARS) : mention.start])[-1]
    return bool(re.search(rf"(?<![\w'])(?:{_phrases(heads)})\s", piece))


@lru_cache(maxsize=None)
def _name_tail(lang: str) -> re.Pattern | None:
    """Words right after a body's name that make it another thing's name (grammar ``name_tails``: ``members``
    in ``assigning Government members to inspect …``: persons, not the Government)."""
    tails = grammar(lang).get("name_tails") or []
    return re.compile(rf"\s*(?:{_phrases(tails)})(?![\w'])") if tails else None


def _provinces_listed_after(text: str, lowered: str, mentions: list[Mention], language: str,
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
            joiner = _LIST_JOINER.match(lowered, end)
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


def _in_scheme(named: list[Mention], date: str | None) -> list[Mention]:
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


def _frames(text: str, language: str, sentences: list[Sentence], date: str | None = None, province_code: str | None = None):
    """The task frames of a text: (found, mentions, directive, folded). ``date`` (the publication
    date, else the text's own) and ``province_code`` (the publisher's) place provincial bodies."""
    folded = fold_for_matching(text)  # names and dates: with or without diacritics
    lowered = lower_for_matching(text)  # cue words: diacritics tell them apart
    languages = {_language(s, language) for s in sentences}
    cutoff = _recipients_cutoff(lowered, languages)
    named = _in_scheme(find_mentions(text, folded), date)
    named = _after_province_possessives(text, named, language, date)
    named = _without_collectives_naming_provinces(text, lowered, named, language)
    named += _bare_provinces(text, folded, lowered, sentences, named, language, date)
    # (after the bare provinces: a range's own bounds complete the collective's name, they are no bodies)
    named = _collectives_with_their_range(text, lowered, named, language)
    named += _bare_units(text, lowered, sentences, named, language)
    named += _counted_collectives(text, lowered, sentences, named, language)
    named += _listed_departments(text, lowered, sentences, named, language)
    plural = _departments_after_plural(text, lowered, sentences, named, language)
    plural += _departments_after_plural(text, lowered, sentences, named, language, "ministry_plural_heads",
                                        "ministry_name_prefix", _a_ministry)
    named = [n for n in named if not any(p.start <= n.start and n.end <= p.end for p in plural)] + plural
    sectors = _provincial_sectors(text, lowered, sentences, named, language)
    named = [n for n in named if not any(_localities_inside(n, s) for s in sectors)] + sectors
    sector_departments = _provincial_sector_departments(text, lowered, sentences, named, language, date)
    named = [n for n in named if not any(n.start < d.end and d.start < n.end for d in sector_departments)] + sector_departments
    local = _provincial_local_committees(text, lowered, sentences, named, language, date)
    named = [n for n in named if not any(n.start < c.end and c.start < n.end for c in local)] + local
    named += _bodies_named_again(text, lowered, sentences, named, language, languages)
    named += _heads_named_again_by_name(text, lowered, named, language)
    counted = _committees_of_provinces_named_before(text, lowered, sentences, language, date)
    counted += _committees_of_provinces_named_after(text, lowered, sentences, language, date)
    named = [n for n in named if not any(n.start < c.end and c.start < n.end for c in counted)] + counted
    districts = _named_districts(text, sentences, named, language)
    named = [n for n in named if not any(n.start < d.end and d.start < n.end for d in districts)] + districts
    named = _with_unit_names_after(text, named, language)
    named += _departments_opening_sentence(text, lowered, sentences, named, language)
    mentions = localise(text, named, lang=language, date=date, publisher=province_code,
                        sentences=[(s.start, s.end) for s in sentences])
    mentions = _provinces_listed_after(text, lowered, mentions, language, date)
    mentions = sorted(mentions + _the_one_locality(text, lowered, sentences, mentions, language), key=lambda m: m.start)
    mentions = _province_unknown_among_several(text, mentions, sentences, language)
    mentions = [m for m in mentions if m.end <= cutoff and not _inside_another_name(lowered, m, language)]
    mentions = _without_own_acronyms(text, mentions)
    found: list[Found] = []
    if not mentions:
        return found, mentions, False, folded, []
    mentions.sort(key=lambda m: m.start)
    starts = [m.start for m in mentions]
    issuers = _outside_publication_names(mentions, lowered, languages)  # no masthead issues the text's tasks
    implementation = _implementation_articles(lowered, languages, cutoff)
    latest: list = []
    for index, sentence in enumerate(sentences):
        if sentence.start >= cutoff:
            break
        if _recalls_history(folded, sentence, _language(sentence, language), latest):
            continue
        c = cues(_language(sentence, language))
        inside = [m for m in _inside(mentions, starts, sentence) if not _speaker(m, sentence, lowered, c.lang)]
        inside = _without_places(inside, lowered, c)
        groups = _groups(text, folded, lowered, inside, sentence, c)
        for k, group in enumerate(groups):
            result = _plan_row(group, sentence, lowered, c, found, index, sentences) or _classify(
                group, sentence, lowered, c, found, index, first=k == 0, later=tuple(g.start for g in groups[k + 1 :]),
                text=text, earlier=tuple(g.end for g in groups[:k]))
            if result is None and (implementation or c.implementation_clause):
                result = _implementation_frame(group, sentence, lowered, c, index, implementation, issuers)
            elif result is not None and (any(start <= group.start < end for start, end in implementation)
                                         or result.kind != "assign" and _legal_issuer(issuers, group.start)):
                # "1. Chính phủ chủ trì, phối hợp với …" in the implementation article, "Điều 2. Giao cho Sở Xây dựng
                # chủ trì …" under a committee's heading in capitals: the text's issuer assigns
                result.extra.setdefault("issuer", _legal_issuer(issuers, group.start))
            if result:
                found.append(result)
    found = sorted(found + _addressees_asked_by_pronoun(text, lowered, sentences, mentions, found, language, folded, date)
                   + _addressees_asked_by_participle(text, lowered, sentences, mentions, found, language),
                   key=lambda f: (f.sentence, f.group.start))
    directive = any(f.kind in ("assign", "list_item") or f.role == "lead" for f in found) or any(
        cues(lang).directive.search(lowered, 0, cutoff) for lang in languages
    )
    if not directive:  # a plain verb tasks only in a directive text, or an enumeration of collective bodies
        found = [f for f in found if f.kind not in ("weak", "list_subject") or f.extra.get("retold_plan")
                 # ("Các bộ, ngành, các tỉnh … thực hiện")
                 or f.kind == "weak" and len(f.group.mentions) > 1 and all(_collective(m.agency_id) for m in f.group.mentions)]
    found = [f for f in found if f.primary is None or f.primary in found]
    return found, mentions, directive, folded, issuers


def frames(text: str, language: str) -> list[tuple[str, str, str, str]]:
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


def extract_assignments(text: str, language: str, sentences: list[Sentence], published: str | None = None,
                        province_code: str | None = None) -> list[Assignment]:
    """Every assignment in a clean text whose sentences (with their languages) are known; the
    publication date (ISO), else the first date the text gives (its dateline), completes deadlines
    written without a year and places provincial bodies in a province scheme; ``province_code`` is
    the publisher's province, the last resort for a provincial body named without one. A text printed
    without accents is read with the cues' accents folded (``cues.reading_unaccented``)."""
    with reading_unaccented(text, language):
        return _extract_assignments(text, language, sentences, published, province_code)


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
                         province_code: str | None) -> list[Assignment]:
    if not sentences:
        sentences = [Sentence(0, len(text), language)]
    text = _without_link_lines(text)
    sentences = _rejoin_broken_lines(text, sentences)
    date = published_from_merger(published) if published and published[:4].isdigit() else text_date(text, language)
    found, mentions, directive, folded, issuers = _frames(text, language, sentences, date, province_code)
    if not found:
        return []
    lowered = lower_for_matching(text)
    # the issuer a legal text decides by (``THE GOVERNMENT … RESOLVES``); else the issuer an official text's
    # heading names first; else who concluded; else a legal text's issuer in capitals (``issuers``: the mentions
    # less those inside a publication's masthead, as _frames read them)
    authority = (_decreeing_issuer(text, issuers, sentences, language) or _heading_issuer(issuers)
                 or _document_authority(lowered, mentions, sentences, language) or _legal_issuer(issuers, len(text)))

    _scope_tasks(text, folded, sentences, found, language, directive, date, mentions)
    _restated_dates(found)
    if not (published and published[:4].isdigit()) and _a_cited_documents_date(folded, date, language):
        _after_the_text_date(folded, found, date)
    tasked = {m.start for f in found for m in f.group.mentions}
    results: list[Assignment] = []
    asked_as_departments: set[tuple[str, str]] = set()  # (a ministry asking, the province's department it is read as)
    earlier: dict[int, str | None] = {}  # the assigner of the last task of each sentence
    implementation_rows = {m.start for f in found if f.kind == "implementation" for m in f.group.mentions}
    # where the text first names the provinces' committees together ("to the People's Committees of provinces
    # and centrally run cities"): an unplaced "the provincial People's Committee" after it is each of them
    # (not a bare "localities", which a provincial committee's own text means as its districts, round 12)
    all_provinces_at = min((m.start for m in mentions if m.agency_id == "PROVINCES"
                            and lower_for_matching(m.text) not in _province_localities(language)), default=None)
    # a province's localities are its districts, or its communes in a text of the two-level local government
    localities_date = date or _two_level_date(lowered, language)
    one_province = _one_province_named(mentions, codeless_pass=False)
    for f in found:
        if f.kind == "restated" or (f.primary is None and f.extra.get("listed")):
            continue  # the bodies of the request just before, restated: that request's row (round 19b's open class);
            # a collective spelt out by a list of names under "They are:": the names' rows (round 20)
        primary = f.primary or f
        sentence = _after_glued_stop(text, sentences[primary.sentence], primary)
        assigned_by = _assigner(primary, sentence, mentions, authority, lowered, tasked,
                                cues(_language(sentence, language)), earlier,
                                sentences[primary.sentence - 1] if primary.sentence else None, sentences)
        if assigned_by in {m.agency_id for m in primary.group.mentions}:
            assigned_by = None  # "UBND tỉnh Cà Mau phải chỉ đạo …" in a text it directs elsewhere: no body assigns itself
        if f.primary is None:
            earlier[f.sentence] = assigned_by
        if _proposed_by_a_subordinate(primary, assigned_by, cues(_language(sentence, language))):
            continue
        task = _task_text(text, primary, found, cues(_language(sentence, language)))
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
        for mention in f.group.mentions:
            if f.role == "coordinate" and mention.agency_id == assigned_by:
                continue  # "MTTQ đề nghị Chính phủ chỉ đạo … phối hợp với MTTQ …": the asker is no partner it tasks
            body = (mention.agency_id, _own_unit_name(mention))
            if body in listed:
                continue  # "Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh": one body named twice in one list
                # (two districts of one id, "UBND huyện Long Mỹ, TP Vị Thanh", are two bodies: round 19)
            if _unnamed_localities(mention, assigned_by, _language(sentence, language), one_province):
                continue  # "Chủ tịch UBND tỉnh … yêu cầu …. Các địa phương phối hợp …": no level named, no body (round 11)
            if _provincial_namesake(mention, f.group, assigned_by, _language(sentence, language)):
                continue  # "the Provincial People's Committee requests Directors of the Departments of …, Heads of the
                # Ethnic Minorities Committee, …": the province's own board, not the national one (round 19b's open class)
            if _advice_up(f, mention, assigned_by, _language(sentence, language)):
                continue  # "il a également conseillé au Comité populaire provincial d'organiser …": a department's advice
            listed.add(body)
            agency_id = _ministry_as_department(
                _each_province(_localities_as_districts(mention, assigned_by, _language(sentence, language),
                                                        localities_date, (f.extra.get("stands_for") or {}).get(mention.agency_id)),
                               mention, all_provinces_at, _language(sentence, language)),
                # a decision's item tasks a province's bodies as a subject does ("Charger le ministère …": its department)
                assigned_by, "subject" if primary.extra.get("item") else primary.kind,
                # a partner is a department so only beside a lead the text calls a ministry ("a chargé le ministère
                # de l'Agriculture … de coordonner avec le ministère des Finances"), not beside a department ("a
                # chargé le Département des finances … de se coordonner avec les ministères centraux")
                primary.cue if f.role != "coordinate" or any(m.agency_id in _ministry_departments()
                                                             for m in primary.group.mentions) else "",
                _language(sentence, language))
            results.append(Assignment(
                start=mention.start, end=mention.end, text=mention.text,
                agency_id=agency_id,
                agency=mention.text, role=f.role, task=task or None,
                deadline=(respective.get(mention.start, deadline) if respective else deadline).value if deadline else None,
                deadline_qualifier=deadline.qualifier if deadline else None,
                assigned_by=_ministry_asker_as_department(assigned_by, agency_id),
            ))
            if assigned_by and results[-1].assigned_by != assigned_by:
                asked_as_departments.add((assigned_by, results[-1].assigned_by))
    results = _ministry_tasked_as_its_department(results, asked_as_departments)
    seen: set[tuple[int, str]] = set()  # one row per body at a position (the committees of "ces deux localités" share one)
    # a page that prints a legal text twice (the resolution, then its copy) tasks its bodies once: an
    # implementation article's task met again for the same body is the same fact (a press text that
    # repeats a request is annotated twice, so only the legal text's articles are folded)
    facts: set[tuple] = set()
    unique = []
    for a in sorted(results, key=lambda a: (a.start, a.end)):
        fact = (a.agency_id, unit_name(a.text), a.role, a.task, a.assigned_by)  # two named districts: two facts
        if (a.start, a.agency_id) in seen or (a.start in implementation_rows and fact in facts):
            continue
        seen.add((a.start, a.agency_id))
        if a.start in implementation_rows:
            facts.add(fact)
        unique.append(a)
    unique = _report_dates_of_next_requests(sentences, unique, language)
    return _without_restated_headline(text, unique, language)


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
        lang = _language(sentences[index], language) if index >= 0 else language
        words, sending = _report_words(lang), _report_openers(lang)
        if (a.deadline is None and a.assigned_by is not None and a.task and a.role in ("assignee", "lead")
                and later is not None and words and sending and words.search(fold_for_matching(a.task))
                and sending.match(fold_for_matching(later.task))):
            a = dataclasses.replace(a, deadline=later.deadline, deadline_qualifier=later.deadline_qualifier)
        result.append(a)
    return result


# the fewest words of the line that opens a text's body (a sentence closed by its stop): a site's shorter chrome line
# ("Đang tải dữ liệu...") is no body yet
_BODY_LINE_WORDS = 8
# a sentence's stop inside or at the end of a line
_STOP = re.compile(r"[.!?;:](?:\s|$)")


def _without_restated_headline(text: str, rows: list[Assignment], lang: str) -> list[Assignment]:
    """The rows without those of a headline that the lead asks again: a line with no stop before the body's first line
    (the lead; after a site's chrome lines: ``Vietnam Real Estate``, ``Đang tải dữ liệu...``, round 21), whose body and
    asker a row of the lead has (``Bộ Xây dựng đề nghị UBND các tỉnh … báo cáo …`` then the same request in the lead):
    a headline sums up the lead's request, as the gold of the later rounds leaves headlines out. A headline whose
    request only a later paragraph gives again keeps its row (round 2's gold annotates one: baomoi_030), and so does a
    headline's passive without its auxiliary (``Ministries asked to …``: round 15's rule makes it a task)."""
    def line_of(at: int) -> str:
        end = text.find("\n", at)
        return text[text.rfind("\n", 0, at) + 1 : len(text) if end < 0 else end]

    body_start = next((line.start() for line in re.finditer(r"[^\n]+", text)
                       if len(line.group().split()) >= _BODY_LINE_WORDS and _STOP.search(line.group())), 0)
    if not body_start:
        return rows
    lead_end = len(text) if text.find("\n", body_start) < 0 else text.find("\n", body_start)
    passive = _headline_patterns(lang if lang in LANGUAGES else languages.fallback())
    lowered = lower_for_matching(text) if passive else ""
    headline = {a.start for a in rows if a.end <= body_start and not _STOP.search(line_of(a.start))
                and not (passive and passive[0].match(lowered, a.end))
                and any(body_start <= b.start < lead_end and (b.agency_id, b.assigned_by) == (a.agency_id, a.assigned_by)
                        for b in rows)}
    return [a for a in rows if a.start not in headline]


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


def _province_localities(lang: str) -> frozenset[str]:
    """The words for "the localities" that, in a provincial committee's own direction, are its districts
    (``localities_of_a_province`` in ``lang/<code>/grammar.json``); in a text printed without accents, with their
    accents folded too (Lao Dong's ``aux localites``)."""
    return _grammar_words(lang, "localities_of_a_province", reading_without_accents(lang))


@lru_cache(maxsize=None)
def _grammar_words(lang: str, key: str, unaccented: bool) -> frozenset[str]:
    """A word list of ``lang``'s grammar as matched against ``lower_for_matching`` text, and with each word's
    accents folded (``fold``) for a text printed without accents."""
    words = {lower_for_matching(w) for w in language_grammar(lang).get(key) or []}
    return frozenset(words | {fold(w) for w in words}) if unaccented else frozenset(words)


def _named_localities(mention: Mention, lang: str) -> bool:
    """Whether a mention is "the localities" in the words a provincial committee's own direction means as its
    districts (``localities_of_a_province``), read as the country's provinces until its asker is known."""
    return mention.agency_id == "PROVINCES" and lower_for_matching(mention.text) in _province_localities(lang)


def _province_unnamed_localities(lang: str) -> frozenset[str]:
    """The words for "the localities" that, in a provincial committee's own direction, name no level of the
    province (``unnamed_localities_of_a_province`` in ``lang/<code>/grammar.json``): no row."""
    return _grammar_words(lang, "unnamed_localities_of_a_province", reading_without_accents(lang))


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
def _two_level_date(lowered: str, lang: str) -> str | None:
    """``MERGER_DATE`` (the two-level local government began with the merger) when a text with no date uses
    a word only the two-level local government has
    (``two_level_words`` in ``lang/<code>/grammar.json``: the special zones), else None."""
    words = language_grammar(lang).get("two_level_words") or []
    found = any(re.search(rf"(?<![\w']){phrase(lower_for_matching(w))}(?![\w'])", lowered) for w in words)
    return MERGER_DATE if found else None


def _localities_as_districts(mention: Mention, assigned_by: str | None, lang: str, date: str | None = None,
                             written: str | None = None) -> str:
    """The body a mention stands for in its row: ``localities`` a provincial People's Committee tasks are
    its districts (``DPC`` with the committee's province), not the country's provinces; in a text dated after
    the districts were abolished (July 2025), its communes (``CPC``: the district committees' successor in the
    agency table, round 12). The same for the localities one of the province's departments asks (``Le Departement
    des finances ... a demande aux localites d'examiner`` in Cao Bang: a department gives the provinces no task;
    round 24). ``written``: the words a pronoun stands for, in place of the mention's own."""
    if (mention.agency_id == "PROVINCES" and _a_provincial_asker(assigned_by)
            and lower_for_matching(written or mention.text) in _province_localities(lang)):
        return (current("DPC", date) if date else "DPC") + assigned_by[len(assigned_by.split("@")[0]):]
    return mention.agency_id


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


def _orders_a_subordinate(cue: str, lang: str) -> bool:
    """Whether an assigning cue holds one of grammar's ``orders_to_subordinates`` (a verb a body gives its own
    subordinates only: to charge, to urge; not to ask or to propose, which a province may do to a ministry)."""
    verbs = {lower_for_matching(v) for v in language_grammar(lang).get("orders_to_subordinates") or []}
    return bool(verbs & set(lower_for_matching(cue or "").split()))


# the province-level committees below a province, whose id carries the province's code
_PROVINCE_LOWER_COMMITTEES = ("DPC@", "CPC@")


def _ministry_asker_as_department(assigned_by: str | None, agency_id: str) -> str | None:
    """A ministry that asks a province's district or commune committees (``le ministère de l'Intérieur demande aux
    comités populaires des districts, des villes et des communes`` on a province's scheme) is that province's
    department under a translation's word: a ministry gives its tasks to the provinces' committees, and the
    department of home affairs guides the districts (``DOHA@60``, round 22)."""
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
    task = _TASK_LEAD_IN.sub("", task).strip(" ,;:.")
    if primary.kind == "implementation" and primary.cue == "" and c is not None:
        modal = c.strong_after.match(lower_for_matching(task))
        if modal and c.cue_key(modal.group("cue")) not in c.strong_task_verbs:
            task = _TASK_LEAD_IN.sub("", task[modal.end() :]).strip(" ,;:.")
    return task


def _list_opening(words: list[str]) -> re.Pattern | None:
    """One of ``words`` opening a sentence, after a list marker if any; None for no words."""
    return re.compile(rf"\s*(?:[-–•+*]\s*)?(?:{_phrases(words)})(?![\w'])") if words else None


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


@lru_cache(maxsize=None)
def _another_led_task_opening(lang: str) -> re.Pattern | None:
    """cues.json's ``continuation_openers`` then a ``lead_after`` cue opening a sentence (``Đồng thời chủ trì tổ
    chức hội nghị …``, ``At the same time, preside over …``): the same body's next task, which it leads (round 16)."""
    data = cues(lang).data
    openers = data.get("continuation_openers") or []
    leads = [e["cue"] if isinstance(e, dict) else e for e in data.get("lead_after") or []]
    if not openers or not leads:
        return None
    return re.compile(rf"\s*(?:{_phrases(openers)})\s*,?\s+(?:{_phrases(leads)})(?![\w'])")


def _restating_askers(lowered: str, mentions: list[Mention], sentences: list[Sentence], language: str) -> frozenset[int]:
    """The starts of bodies that ask, right after their name, only the units and localities tasked before
    (grammar's optional ``restated_request_addressees``: ``UBND tỉnh yêu cầu các đơn vị, địa phương …``, round 18b):
    such a request restates an earlier task, whose deadline it may give."""
    found: set[int] = set()
    for m in mentions:
        lang = _language(_sentence_at(sentences, m.start), language)
        addressees = grammar(lang).get("restated_request_addressees") or []
        if addressees and re.compile(rf"\s+(?:{cues(lang).assign_anywhere.pattern})\s+(?:{_phrases(addressees)})(?![\w'])"
                                     ).match(lowered, m.end):
            found.add(m.start)
    return frozenset(found)


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
        last_paragraph = _paragraph_end(text, last_paragraph + 1)
    position, taken = end, 0
    # a task that introduces a list of works ("… tập trung thực hiện một số công việc sau:") has no deadline of its
    # own: an item's deadline ("- Khẩn trương hoàn thành tổng kết … trước ngày 20/4/2015") is that item's
    introduces_items = text[sentences[f.sentence].start : sentences[f.sentence].end].rstrip().endswith(":")
    for sentence in sentences[f.sentence + 1 :]:
        if taken >= CONTINUATION_SENTENCES or sentence.start >= last_paragraph or (following and following[0] < sentence.end):
            break
        if introduces_items and _LIST_ITEM_OPENING.match(text, sentence.start):
            if not _deadline_data(lang).get("first_item_dates_the_list"):
                break
            # "… to build: 1. Resolution … , to be completed in September 2025. 2. …": the first item's date is the
            # listed task's where the language's gold reads it so (deadlines.json's first_item_dates_the_list)
            return _not_a_goal(folded, _not_a_status_date(folded, find_deadlines(folded, lang, sentence.start, sentence.end,
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
        back_to_asker = _asker_recipient_before(lang)
        if any(sentence.start <= b < sentence.end and not (agency_id in own and (b == opening or _collective(agency_id)))
               and not (b in restating and agency_id in askers)
               # the work going back to the task's own asker ("… propose solutions to the Ho Chi Minh City People's
               # Committee … before June 15"): still the task (round 18c's open class, round 19 not blind)
               and not (agency_id in askers and back_to_asker and back_to_asker.search(folded, max(0, b - 30), b))
               for b, agency_id in other_bodies) and not _report_opening(folded, opening, lang):
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
        led = _another_led_task_opening(lang if lang in LANGUAGES else languages.fallback())
        if led and led.match(lower_for_matching(written)):
            break  # "… . Đồng thời chủ trì tổ chức hội nghị … trong tháng 12/2025": the body's next task, its own date
        forecast = _forecast_opening(lang if lang in LANGUAGES else languages.fallback())
        if forecast and forecast.match(lower_for_matching(written)):
            break  # "… . Theo dự báo, vào 13 giờ ngày 5.11, bão … sẽ nằm …": the storm's day, not the task's (round 24)
        # "… . They aim to submit the proposal … in the fourth quarter of 2024": a later sentence's aim is a goal's
        # date, not the task's (round 17b)
        deadlines = _not_a_goal(folded, _not_a_status_date(folded, find_deadlines(folded, lang, position, sentence.end, own_date), lang), lang,
                                lower_for_matching(text))
        if deadlines:
            return deadlines
        position, taken = sentence.end, taken + 1
    return []


def _same_bodies_going_on(lowered: str, sentences: list[Sentence], primaries: list[Found], language: str) -> set[int]:
    """Where the tasks start that only go on with the bodies the sentence before asked, in a sentence opening with
    cues.json's ``continuation_openers`` (``… giao Sở Xây dựng chủ trì … . Đồng thời, Sở này xây dựng quy chế …``):
    a time limit after them closes the earlier direction too."""
    starts = set()
    for f in primaries:
        if f.sentence == 0 or not _continuation_opening(_language(sentences[f.sentence], language)).match(
                lowered, sentences[f.sentence].start):
            continue
        asked = {m.agency_id for g in primaries if g.sentence == f.sentence - 1 and g.role in ("assignee", "lead")
                 for m in g.group.mentions}
        if {m.agency_id for m in f.group.mentions} <= asked:
            starts.add(f.group.start)
    return starts


def _scope_tasks(text: str, folded: str, sentences: list[Sentence], found: list[Found], language: str, directive: bool, own_date: str | None,
                 mentions: list[Mention] = ()) -> None:
    """Set each primary assignment's task end and deadline."""
    primaries = [f for f in found if f.primary is None]
    lowered = lower_for_matching(text)
    other_bodies = [(m.start, m.agency_id) for m in mentions if m.agency_id not in AUTHORITIES
                    and not _a_recipient(lowered, m, _language(_sentence_at(sentences, m.start), language))]
    starts = sorted(f.group.start for f in primaries)
    restating = _restating_askers(lowered, mentions, sentences, language)
    # a task under a condition opening its sentence ("Si le rapport … confirme …, le Comité populaire du district …
    # est prié de …") branches off the task before it: the report and date that follow are that task's (round 20c)
    conditional = {f.group.start for f in primaries if _conditional_opening(text, sentences[f.sentence], _language(sentences[f.sentence], language))}
    going_on = _same_bodies_going_on(lowered, sentences, primaries, language)
    for f in primaries:
        sentence = sentences[f.sentence]
        lang = _language(sentence, language)
        following = [s for s in starts if s > f.group.start and not (s in conditional and s >= sentence.end)]
        end = sentence.end
        if f.kind in ("list_item", "list_subject"):
            end = _paragraph_end(text, f.group.start)
        if following and following[0] < end:
            end = following[0]
        f.task_end = end
        deadlines = _not_in_cited_title(folded, f.group.end, _not_past(find_deadlines(folded, lang, f.group.end, end, own_date), own_date), lang)
        deadlines = _not_in_relative_clause(folded, f.group.end, deadlines, lang)
        deadlines = _not_a_status_date(folded, _not_a_goal(folded, _not_a_period_end(folded, deadlines, lang), lang, lowered),
                                       lang)
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
        if not deadlines and directive and end in (sentence.end, _paragraph_end(text, f.group.start)) and f.group.start not in conditional:
            deadlines = _not_past(_continued_deadline(text, folded, sentences, f, end, following, other_bodies, lang, own_date,
                                                      restating), own_date)
        # the same body going on in the next sentence ("Đồng thời, Sở này xây dựng …") leaves the time limit after it
        # to this task too (round 20b's gold: the four rows above the limit)
        ahead = [s for s in following if s not in going_on]
        if not deadlines and end in (sentence.end, sentence.end - 1) and f.sentence + 1 < len(sentences) and not (ahead and ahead[0] < sentences[f.sentence + 1].end):
            deadlines = _time_limit_sentence(folded, sentences[f.sentence + 1], lang, own_date)
            # the direction goes on in a sentence opening with a continuation opener whose body is no task found
            # ("Đồng thời, Sở này xây dựng quy chế …"), then the time limit closes both ("Thời hạn hoàn thành nội dung
            # chỉ đạo này trước ngày …", round 20b)
            went_on = f.sentence + 2 < len(sentences) and _continuation_opening(lang).match(lowered, sentences[f.sentence + 1].start)
            if not deadlines and went_on and not (ahead and ahead[0] < sentences[f.sentence + 2].end):
                deadlines = _time_limit_sentence(folded, sentences[f.sentence + 2], lang, own_date)
        f.deadline = deadlines[0] if deadlines else None
        respective = _respective_deadlines(folded, f, end, lang)
        if respective:
            f.extra["respective"] = respective
    _pointed_back_deadlines(lowered, sentences, primaries, language)
    _joined_directions_deadlines(lowered, primaries, language)
    _directed_deadlines(text, primaries)
    _deadline_sentence_deadlines(lowered, folded, sentences, primaries, language, own_date)
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
        lang = _language(sentences[f.sentence], language)
        partners = _plan_row_labels(lang).get("coordinate")
        after = f.sentence + 1
        while (partners and after < len(sentences) and after <= f.sentence + _PLAN_ROW_REACH
               and re.match(rf"\s*{partners}", lowered[sentences[after].start : sentences[after].end])):
            after += 1  # the partners' row between the lead's and the time's
        rows = [after] if after < len(sentences) else []
        rows += [f.sentence - 1] if f.sentence else []
        for row in rows:
            if any(g.sentence == row for g in primaries if g is not f and g.kind != "plan_row"):
                continue  # a task of its own in that sentence: its date is that task's
            deadlines = _time_limit_sentence(folded, sentences[row], lang, own_date)
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


def _deadline_sentence_deadlines(lowered: str, folded: str, sentences: list[Sentence], primaries: list[Found],
                                 language: str, own_date: str | None) -> None:
    """A sentence of its own that says when the work just asked is due (deadlines.json's ``deadline_sentence_openers``:
    ``The deadline for completing this work is before 5 p.m. on July 7, 2025.``, ``All directives must be completed by
    …``) and asks no body itself: its date goes to the tasks without a date in the few sentences before it, back to the
    first task that has its own date (that one closes the work the sentence can mean)."""
    asking = {f.sentence for f in primaries}
    for index, sentence in enumerate(sentences):
        if index in asking:
            continue
        lang = _language(sentence, language)
        opening = _deadline_sentence_opening(lang)
        if opening is None or not opening.match(lowered, sentence.start, sentence.end):
            continue
        found = _not_a_goal(folded, _not_past(find_deadlines(folded, lang, sentence.start, sentence.end, own_date), own_date), lang)
        if not found:
            continue
        reach = DEADLINE_SENTENCE_REACH
        for back in range(index - 1, -1, -1):
            if reach == 0:
                break
            if _caption_line(lowered[sentences[back].start : sentences[back].end]):
                continue  # "Illustrative photo" between the task and its deadline sentence: no sentence of the text
            reach -= 1
            tasks = [f for f in primaries if f.sentence == back]
            if any(f.deadline is not None for f in tasks):
                break
            for f in tasks:
                f.deadline = found[0]


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
        lang = _language(sentences[f.sentence], language)
        words = grammar(lang if lang in LANGUAGES else languages.fallback()).get("back_reference_openers") or []
        sentence = sentences[f.sentence]
        if not words or not re.match(rf"\s*(?:{_phrases(words)})(?![\w'])", lowered[sentence.start : sentence.end]):
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
    if not found or found[0].start != start or not folded[found[0].end : f.group.start].lstrip().startswith(","):
        # a time frame set off by commas right before the subject opens its clause as well (``According to the plan,
        # by April 19, districts, towns and cities will synthesize …``, open classes after round 21b)
        framed = _time_frame_between_commas(_ARTICLE_AT_END.sub("", folded[sentence.start : f.group.start]), lang)
        if framed is None:
            return []
        found = find_deadlines(folded, lang, sentence.start + framed, f.group.start, own_date)[:1]
    return _not_a_goal(folded, _not_a_period_end(folded, _not_past(found[:1], own_date), lang), lang)


def _cue_time_frame(folded: str, f: Found, lang: str, own_date: str | None) -> list[Deadline]:
    """A time frame the asker slips in after the assigning verb, before the bodies asked (cues.json's
    ``assign_inserts``: ``Chủ tịch UBND huyện yêu cầu trong tháng 10/2022, UBND các xã, thị trấn hoàn thành …``): the
    task's deadline, as one opening the sentence (round 18). Only a date inside the matched cue, and neither a
    period's end nor a goal's date."""
    start = f.extra.get("cue_start")
    if start is None:
        return []
    found = find_deadlines(folded, lang, start, start + len(f.cue), own_date)
    return _not_a_goal(folded, _not_a_period_end(folded, _not_past(found[:1], own_date), lang), lang)


# the most words between an asked body and the body it is to direct ("… các tỉnh, thành phố chỉ đạo Sở …")
MAX_DIRECTING_WORDS = 4
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
    joined = re.compile(rf";\s*(?:{_phrases(openers)})\s*,?\s*$")
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
        if words <= (MAX_LEAD_DIRECTING_WORDS if f.role == "lead" else MAX_DIRECTING_WORDS):
            f.deadline = g.deadline


# a cited document's symbol ("637/ubnd-vh", "01/nq-cp", "57/2018/nd-cp"), on folded text
_DOCUMENT_SYMBOL = re.compile(r"(?<![\w/])\d{1,5}\s*/\s*(?:\d{4}\s*/\s*)?[a-zđ]{1,6}(?:\s*-\s*[a-zđ]{1,6})*(?![\w])"
                              r"|(?<![\w])no\.\s*\d{1,5}(?![\w])")  # or a number after "No." ("Official Dispatch No. 4159")


@lru_cache(maxsize=None)
def _years_in_cited_titles(lang: str) -> bool:
    return bool(_deadline_data(lang).get("years_in_cited_titles"))


@lru_cache(maxsize=None)
def _cited_provision(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``cited_provision_words`` followed by a number (``article 21``, ``clause 1``),
    folded: a provision of a cited law (round 17c)."""
    words = _deadline_data(lang).get("cited_provision_words") or []
    if not words:
        return None
    options = "|".join(re.escape(fold_for_matching(w)) for w in words)
    return re.compile(rf"(?<![\w])(?:{options})\s+\d{{1,3}}(?![\w])")


def _not_in_cited_title(folded: str, start: int, deadlines: list[Deadline], lang: str) -> list[Deadline]:
    """The deadlines that are not a year inside the title of a document the task cites: ``strictly implement
    Official Dispatch No. 637/UBND-VH … on the organization of festivals in 2015`` names the dispatch's
    subject, not when the task is due (round 9; where a language's deadlines.json sets ``years_in_cited_titles``);
    nor the year of a law cited by one of its provisions (``in accordance with … Article 21 of the Law on Legal
    Documents in 2025``, round 17c: deadlines.json's ``cited_provision_words``)."""
    if not deadlines or not _years_in_cited_titles(lang):
        return deadlines
    provision = _cited_provision(lang)

    def cited(d: Deadline) -> bool:
        return bool(_DOCUMENT_SYMBOL.search(folded, start, d.start) or (provision and provision.search(folded, start, d.start)))

    return [d for d in deadlines if not (d.qualifier == "in" and len(d.value) == 4 and cited(d))]


@lru_cache(maxsize=None)
def _relative_clause_opening(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``relative_markers``: a relative pronoun whose clause states a fact about a noun of
    the task (``… des programmes dont la construction commencera en 2025``), right before a date in the same clause."""
    words = _deadline_data(lang).get("relative_markers") or []
    return re.compile(rf"(?<![\w'])(?:{_phrases(words)})(?![\w'])[^,;:.()\n]*$") if words else None


def _not_in_relative_clause(folded: str, start: int, deadlines: list[Deadline], lang: str) -> list[Deadline]:
    """The deadlines that are not a month or a year in a relative clause of the task (``… à partir des 2 programmes
    cibles nationaux dont la construction commencera en 2025``: when the programmes start, not when the task is due;
    round 17c): a date after ``en`` (qualifier ``in``) with a relative marker before it in the same clause, no comma,
    semicolon or full stop between them."""
    pattern = _relative_clause_opening(lang)
    if not deadlines or pattern is None:
        return deadlines
    return [d for d in deadlines if not (d.qualifier == "in" and pattern.search(folded, start, d.start))]


def _sentence_at(sentences: list[Sentence], position: int) -> Sentence | None:
    return next((s for s in sentences if s.start <= position < s.end), None)


@lru_cache(maxsize=None)
def _recipient_before(lang: str) -> re.Pattern | None:
    """The words that make the body after them a report's recipient (grammar's optional ``recipient_markers``:
    ``gửi báo cáo về Sở …``)."""
    words = grammar(lang if lang in LANGUAGES else languages.fallback()).get("recipient_markers") or []
    fillers = cues(lang if lang in LANGUAGES else languages.fallback()).data["fillers"]
    filler = "|".join(phrase(w if isinstance(w, str) else w["cue"]) for w in fillers)
    return re.compile(rf"(?<![\w'])(?:{_phrases(words)})\s+(?:(?:{filler})\s+)*$") if words else None


@lru_cache(maxsize=None)
def _asker_recipient_before(lang: str) -> re.Pattern | None:
    """grammar's optional ``asker_recipient_markers`` right before a body (``to the``): the task's asker named there is
    where the work goes back to, not another body the sentence is about."""
    words = grammar(lang if lang in LANGUAGES else languages.fallback()).get("asker_recipient_markers") or []
    fillers = cues(lang if lang in LANGUAGES else languages.fallback()).data["fillers"]
    filler = "|".join(phrase(w if isinstance(w, str) else w["cue"]) for w in fillers)
    return re.compile(rf"(?<![\w'])(?:{_phrases(words)})\s+(?:(?:{filler})\s+)*$") if words else None


def _a_recipient(lowered: str, mention: Mention, lang: str) -> bool:
    """Whether a body is named as where a report goes (``Yêu cầu gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày
    23/5/2019``): such a sentence still tells the task before it when it is due."""
    pattern = _recipient_before(lang)
    return bool(pattern and pattern.search(lowered, max(0, mention.start - 40), mention.start))


@lru_cache(maxsize=None)
def _report_openers(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``report_openers`` (``rapporter``, ``rendre compte``), folded."""
    words = _deadline_data(lang).get("report_openers") or []
    if not words:
        return None
    options = "|".join(re.escape(" ".join(fold_for_matching(w).split())).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:{options})(?![\w'])")


@lru_cache(maxsize=None)
def _time_limit_openers(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``time_limit_openers`` (``thời hạn hoàn thành``), folded, opening a sentence."""
    words = _deadline_data(lang).get("time_limit_openers") or []
    options = sorted((r"\s+".join(re.escape(t) for t in fold(w).split()) for w in words), key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(options) + r")(?!\w)") if words else None


def _time_limit_sentence(folded: str, sentence: Sentence, lang: str, own_date: str | None) -> list[Deadline]:
    """The sentence right after a task that opens by stating a time limit (``… rà soát các dự án. Thời hạn hoàn thành
    trước ngày 18/10/2025.``): its deadline is the task's, in any text, not only a directive one (after round 19b)."""
    pattern = _time_limit_openers(lang)
    m = pattern.match(folded, sentence.start) if pattern else None
    if not m:
        return []
    return _not_past(find_deadlines(folded, lang, m.end(), sentence.end, own_date)[:1], own_date)


@lru_cache(maxsize=None)
def _conditional_openers(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``conditional_openers`` (``si``, ``en cas de``), lowered, opening a sentence."""
    words = _deadline_data(lang).get("conditional_openers") or []
    return re.compile(rf"\s*(?:{_phrases(words)})(?![\w])") if words else None


def _conditional_opening(text: str, sentence: Sentence, lang: str) -> bool:
    """Whether a sentence opens with a condition (deadlines.json's ``conditional_openers``): its task is a branch of
    the task before, which keeps the date reported after it."""
    pattern = _conditional_openers(lang)
    return bool(pattern and pattern.match(lower_for_matching(text[sentence.start : sentence.start + 40])))


def _report_opening(folded: str, opening: int, lang: str) -> bool:
    """Whether a sentence opens with the verb of the report a task ends in (deadlines.json's ``report_openers``)."""
    pattern = _report_openers(lang)
    return bool(pattern and pattern.match(folded, opening))


@lru_cache(maxsize=None)
def _status_date_opening(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``status_date_openers`` (``au``), folded: the cue, a date and a comma opening a sentence."""
    words = _deadline_data(lang).get("status_date_openers") or []
    if not words:
        return None
    options = "|".join(re.escape(" ".join(fold_for_matching(w).split())).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:{options})(?![\w'])")


def _not_a_status_date(folded: str, deadlines: list[Deadline], lang: str) -> list[Deadline]:
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
    def any_of(words: list[str]) -> str:
        return "|".join(re.escape(" ".join(fold_for_matching(w).split())).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:{any_of(cues_)})(?![\w'])"), re.compile(rf"(?<![\w'])(?:{any_of(openers)})(?![\w'])")


def _not_a_period_end(folded: str, deadlines: list[Deadline], lang: str) -> list[Deadline]:
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
        if cue.match(folded, d.start) and opener.search(folded, clause_start, d.start):
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
    options = [re.escape(" ".join(fold_for_matching(w).split())).replace(r"\ ", r"\s+") for w in words]
    return re.compile(rf"(?<![\w'])(?:{'|'.join(options)})(?![\w'])")


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


def _not_a_goal(folded: str, deadlines: list[Deadline], lang: str, lowered: str | None = None) -> list[Deadline]:
    """The deadlines that are not a goal's date (``đẩy nhanh tiến độ để đạt mục tiêu 3.000 km cao tốc vào năm 2025``:
    when a target is to be reached, not when the task is due): a date after one of deadlines.json's optional
    ``goal_markers`` in its clause, unless its qualifier is ``before`` (``hoàn thành báo cáo mục tiêu … trước ngày
    30/6``, a due date) (round 12). Nor a condition's date, whatever its qualifier: a date after one of the optional
    ``condition_markers`` in its clause (``There needs to be a plan … if the document number has not been signed by July
    1``: what happens if a thing is not done by then, round 20)."""
    marker = _goal_marker(lang)
    condition = _goal_marker(lang, "condition_markers")
    purpose, purpose_folded = _purpose_markers(lang)
    if not (marker or condition or purpose or purpose_folded) or not deadlines:
        return deadlines
    kept = []
    for d in deadlines:
        clause_start = _goal_clause_start(folded, d.start)
        if marker and d.qualifier != "before" and marker.search(folded, clause_start, d.start):
            continue
        # "… cần hoàn thành sớm công tác chuẩn bị để khởi công trong năm 2024": the year of what the task is for, not
        # when it is due (round 20c); the written text only can tell "để" from the "đề" of "đề nghị"
        if d.qualifier != "before" and ((purpose and lowered is not None and purpose.search(lowered, clause_start, d.start))
                                        or (purpose_folded and purpose_folded.search(folded, clause_start, d.start))):
            continue
        if condition and condition.search(folded, clause_start, d.start):
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


def _a_cited_documents_date(folded: str, date: str | None, lang: str) -> bool:
    """Whether the date read from a text's opening (``text_date``) is a cited document's issue date, the text's own
    date line absent (a stored page's ``date 2015-03`` is the page's date, whose year a past day keeps)."""
    if not date:
        return False
    return any(value == date and _SYMBOL_BEFORE_DATE.search(folded, max(0, at - 60), at)
               for at, value in dates_in(folded, lang, 0, TEXT_DATE_CHARS))


def _after_the_text_date(folded: str, found: list[Found], date: str | None) -> None:
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


def _not_past(deadlines: list[Deadline], own_date: str | None) -> list[Deadline]:
    """The deadlines that can be one: a whole year before the text's own (``các công việc chưa hoàn thành trong
    năm 2024`` in a 2025 directive, ``vào năm 2020`` in a 2021 story) tells past work, not when a task is due."""
    return [d for d in deadlines if not (own_date and len(d.value) == 4 and d.value < own_date[:4])]
