"""Deadline phrases (``trước ngày 30 tháng 6 năm 2024``, ``in December 2025``, ``d'ici 2026``, ``senast
2026``) → an ISO value and a qualifier.

Values: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, or ``YYYY-Qn`` for a quarter (``trong quý III/2025`` →
``2025-Q3``): the quarter is what the text states, so it is kept rather than widened to its last month.
A date without a year (``trước ngày 30/6``, ``by June 30``, ``en décembre``) takes the year the
text was published, when that is known, and is no deadline otherwise (date forms marked ``"no_year"``).
A date counted from the text's own date (``this month``, ``en ce mois-ci``, ``by Friday``, ``next week``: forms
marked ``"relative"``) needs that date as precise as it counts (a month, a day), and is no deadline otherwise.
Qualifiers: ``before`` (trước, before, avant, före), ``by`` (chậm nhất, by, no later than, d'ici,
au plus tard, senast) and ``in`` (trong, in, en, i, under). A bare date without a qualifier is not a
deadline. The phrases are data: ``lang/<code>/deadlines.json`` (qualifier cues and verbose date
regexes with named fragments, each with an example).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date as Day, timedelta
from functools import lru_cache
from pathlib import Path

from nlp.fold import fold
from nlp.regex import scanner

LANG_DIR = Path(__file__).with_name("lang")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

# named fragments the date regexes of every language may use
FRAGMENTS = {
    "day": r"(?P<day>3[01]|[12]\d|0?[1-9])",
    "month": r"(?P<month>1[0-2]|0?[1-9])",
    # a year that starts a range ("2026 - 2030") is a period, not a deadline
    "year": r"(?P<year>(?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*(?:19|20)\d{2})",
    "quarter": r"(?P<quarter>[1-4])",
}


@dataclass(frozen=True)
class Deadline:
    start: int
    end: int
    value: str
    qualifier: str
    # the close of a window (``from December 1, 2025 to January 31, 2026``), read as due by its last day in the task's
    # own clause; told in a later sentence it is the order's period (task_deadlines._continued_deadline)
    window: bool = field(default=False, compare=False)


def _phrase(text: str) -> str:
    """A cue phrase as a regex over folded text: tokens escaped, any run of spaces between them."""
    return r"\s+".join(re.escape(token) for token in fold(text).split())


def _alternation(options: list[str]) -> str:
    unique = sorted(set(o for o in options if o), key=lambda o: (-len(o), o))
    if not unique:
        raise ValueError("empty alternation")
    return "(?:" + "|".join(unique) + ")"


def _matches_at(pattern: re.Pattern, folded: str, starts: list[int], end: int):
    """``pattern.finditer(folded, starts[0], end)`` when every match starts at one of ``starts``
    (ascending): the same matches, each next one looked for after the last one's end."""
    after = 0
    for at in starts:
        if at >= after and (m := pattern.match(folded, at, end)):
            yield m
            after = m.end()


@dataclass(frozen=True)
class DeadlineGrammar:
    patterns: tuple[re.Pattern, ...]
    no_year: tuple[bool, ...]  # per pattern: it has no year and needs the publication year
    qualifiers: dict[str, str]
    months: dict[str, int]
    ordinal_quarters: dict[str, int]
    # every position where a qualifier and its spaces are written: each pattern opens with them, so a
    # pattern is tried only there (one scan of the text instead of one per pattern)
    starts: re.Pattern | None = None
    # the qualifier of a window's close (``from March 15 to June 30``: due by its last day), where the language has windows
    window_qualifier: str | None = None
    # a lunar year's name, folded: each stem's remainder of the year mod 10, each branch's remainders mod 12
    # (folding may join two branches, "tý" and "tỵ": the stem's parity picks one)
    lunar_stems: dict[str, int] = field(default_factory=dict)
    lunar_branches: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # per pattern: what a form counted from the text's own date counts (deadlines.json's ``relative``: ``month``,
    # ``weekday``, ``week_end``) and by how many months or weeks (``offset``; a weekday without one is the next such
    # day on or after the text's date), else None
    relative: tuple[tuple[str, int | None] | None, ...] = ()
    weekdays: dict[str, int] = field(default_factory=dict)
    # the words right before a qualifier that make its date the time an event begins (``La saison des pluies commence
    # normalement en mai``, ``The rainy season usually begins in May``): no due date (deadlines.json's optional
    # ``event_start_verbs``, an adverb of ``event_start_adverbs`` on either side)
    event_start: re.Pattern | None = None
    # per pattern: a pair of months sharing one year (a form's ``month_window``), due in the later month only after a
    # verb of completing the work (deadlines.json's ``window_completion_verbs``: ``hoàn thành … trong tháng 11, tháng
    # 12 năm 2025``, ``complete … in November and December 2025``); after any other verb (an event held during both
    # months) no due date
    month_window: tuple[bool, ...] = ()
    window_completion: re.Pattern | None = None
    # right after a date written without a year, the words of a date that comes back every year (deadlines.json's
    # optional ``recurring_markers``: ``trước ngày 10/6 và ngày 10/12 hằng năm``, ``by June 10 every year``, ``avant
    # le 10 juin de chaque année``): a recurring report, no due date (round 30b); a dated day before them keeps its
    # date (``trước ngày 15/12/2025 và hằng năm``: the first report is due)
    recurring: re.Pattern | None = None

    def find(self, folded: str, start: int = 0, end: int | None = None, own_date: str | None = None) -> list[Deadline]:
        """Deadlines in ``folded[start:end]``, earliest first, longest at a position, non-overlapping;
        ``own_date`` (the text's date, ISO: a year, a month or a day) completes dates written without a year and
        is what relative dates count from."""
        end = len(folded) if end is None else end
        year = own_date[:4] if own_date else None
        found: list[Deadline] = []
        recurring_at: set[int] = set()  # where a recurring date starts: no shorter one there ("June" of "June 10")
        starts = [m.start() for m in self.starts.finditer(folded, start, end)] if self.starts is not None else None
        windows = self.month_window or (False,) * len(self.patterns)
        for pattern, no_year, relative, window in zip(self.patterns, self.no_year, self.relative or (None,) * len(self.patterns),
                                                      windows):
            if (no_year or relative) and not year:
                continue
            for m in pattern.finditer(folded, start, end) if starts is None else _matches_at(pattern, folded, starts, end):
                if no_year and self.recurring is not None and self.recurring.match(folded, m.end()):
                    recurring_at.add(m.start())
                    continue
                if window and not (self.window_completion and self.window_completion.search(
                        folded, max(0, m.start() - _WINDOW_VERB_REACH), m.end("qual"))):  # the verb may open the qualifier
                    continue
                value = (self._relative_value(m, relative, own_date) if relative
                         else self._value(m, year if no_year else None))
                if value and not (self.event_start and self.event_start.search(folded, max(0, m.start() - 60), m.start())):
                    qualifier = (self.window_qualifier if m.groupdict().get("window")
                                 else self.qualifiers.get(" ".join(m.group("qual").split())))
                    found.append(Deadline(m.start(), m.end(), value, qualifier or "in", window=bool(m.groupdict().get("window"))))
        found = [d for d in found if d.start not in recurring_at]
        found.sort(key=lambda d: (d.start, -(d.end - d.start)))
        result: list[Deadline] = []
        for deadline in found:
            if not result or deadline.start >= result[-1].end:
                result.append(deadline)
        return result

    def _relative_value(self, m: re.Match, relative: tuple[str, int | None], own_date: str) -> str | None:
        """The month or the day a relative form gives, counted from ``own_date``; None where that date is not
        precise enough (a month needs the text's month, a weekday its day)."""
        kind, offset = relative
        if kind == "month":
            if not own_date[5:7].isdigit():
                return None
            months = int(own_date[:4]) * 12 + int(own_date[5:7]) - 1 + (offset or 0)
            return f"{months // 12}-{months % 12 + 1:02d}"
        if len(own_date) < 10:
            return None
        try:
            day = Day.fromisoformat(own_date[:10])
        except ValueError:
            return None
        monday = day - timedelta(days=day.weekday())
        if kind == "week_end":
            return (monday + timedelta(weeks=offset or 0, days=6)).isoformat()
        wanted = self.weekdays[m.group("weekday")]
        if offset is None:
            return (day + timedelta(days=(wanted - day.weekday()) % 7)).isoformat()
        return (monday + timedelta(weeks=offset, days=wanted)).isoformat()

    def _lunar_year(self, stem: str, branch: str, latest: int) -> str | None:
        """The latest year not after ``latest`` that the lunar year's name gives (the name recurs every 60 years:
        the text's year tells which cycle); None for a stem and a branch of different parity (no such year)."""
        stem_rest = self.lunar_stems[stem]
        rests = [r for r in self.lunar_branches[" ".join(branch.split())] if r % 2 == stem_rest % 2]
        if not rests:
            return None
        year = next(y for y in range(latest, latest - 60, -1) if y % 10 == stem_rest and y % 12 == rests[0])
        return str(year)

    def _value(self, m: re.Match, default_year: str | None = None) -> str | None:
        groups = m.groupdict()
        year = groups.get("year") or default_year
        if not year:
            return None
        if groups.get("lunar_stem"):
            year = self._lunar_year(groups["lunar_stem"], groups["lunar_branch"], int(year))
            if not year:
                return None
        if groups.get("quarter"):
            q = groups["quarter"]
            return f"{year}-Q{ROMAN.get(q, q)}"
        if groups.get("ordinal_quarter"):
            return f"{year}-Q{self.ordinal_quarters[' '.join(groups['ordinal_quarter'].split())]}"
        month = groups.get("month")
        if groups.get("month_name"):
            month = str(self.months[groups["month_name"]])
        if not month:
            return year
        if groups.get("day"):
            return f"{year}-{int(month):02d}-{int(groups['day']):02d}"
        if groups.get("first_day"):  # the first day written as a word (fr ``le premier mars 2020``)
            return f"{year}-{int(month):02d}-01"
        return f"{year}-{int(month):02d}"


def load_data(lang: str) -> dict:
    path = LANG_DIR / lang / "deadlines.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


@lru_cache(maxsize=None)
def grammar(lang: str) -> DeadlineGrammar | None:
    data = load_data(lang)
    if not data:
        return None
    qualifiers = {" ".join(fold(q["cue"]).split()): q["qualifier"] for q in data["qualifiers"]}
    months = {fold(k): v for k, v in data.get("months", {}).items()}
    not_alone = {fold(m) for m in data.get("months_not_alone", [])}
    ordinals = {fold(k): v for k, v in data.get("ordinal_quarters", {}).items()}
    fragments = dict(FRAGMENTS, **data.get("fragments", {}))
    if months:
        fragments["month_name"] = r"(?P<month_name>" + _alternation([re.escape(m) for m in months])[3:]
        # a month named alone: not the language's months_not_alone (English "may", the modal verb; abbreviations)
        full = [m for m in months if m not in not_alone]
        fragments["month_alone"] = r"(?P<month_name>" + _alternation([re.escape(m) for m in full])[3:]
        # the first month of a pair of months sharing one year ("November and December 2025"): the later one counts
        fragments["earlier_month_name"] = r"(?:" + _alternation([re.escape(m) for m in full])[3:]
    if ordinals:
        fragments["ordinal_quarter"] = r"(?P<ordinal_quarter>" + _alternation([re.escape(o) for o in ordinals])[3:]
    weekdays = {fold(k): v for k, v in data.get("weekdays", {}).items()}
    if weekdays:
        fragments["weekday"] = r"(?P<weekday>" + _alternation([re.escape(w) for w in weekdays])[3:]
    stems = {fold(k): v for k, v in data.get("lunar_year_stems", {}).items()}
    branches: dict[str, tuple[int, ...]] = {}
    for name, rest in data.get("lunar_year_branches", {}).items():
        branches[fold(name)] = tuple(sorted(set(branches.get(fold(name), ()) + (rest,))))
    if stems and branches:
        fragments["lunar_year"] = (r"(?P<lunar_stem>" + _alternation([re.escape(s) for s in stems])[3:]
                                   + r"\s+(?P<lunar_branch>" + _alternation([re.escape(b) for b in branches])[3:])
    # a cue marked ``forms_only`` opens only the date forms that list it in their ``cues`` (``les`` before a pair of
    # days, ``les 5 et 6 juillet``: never before a bare year, ``les 2000 logements``); a form with ``cues`` takes only those
    general = [" ".join(fold(q["cue"]).split()) for q in data["qualifiers"] if not q.get("forms_only")]
    qualifier = r"(?P<qual>" + _alternation([_phrase(q) for q in general])[3:]
    # a window's opening day and its joiner stand where a qualifier does (``from March 15 to June 30``): the date
    # after them closes the window (deadlines.json's optional ``window_openings``; a day, never a bare year:
    # ``from 2021 to 2025`` is a period)
    windows = data.get("window_openings") or []
    if windows:
        plain = dict(fragments, month_word=_alternation([re.escape(m) for m in months]),
                     day=r"(?:3[01]|[12]\d|0?[1-9])", year=r"(?:(?:19|20)\d{2})")
        opening = "|".join(re.sub(r"\{(\w+)\}", lambda m: plain[m.group(1)], w) for w in windows)
        qualifier = rf"(?P<qual>(?P<window>{opening})|" + qualifier[len("(?P<qual>"):]
    # optional: an hour written between the qualifier and the date ("chậm nhất 10h00' ngày 27/4/2020"), which
    # does not change the due day (round 17)
    hour = f"(?:(?:{data['time_of_day']})\\s+)?" if data.get("time_of_day") else ""
    # a month joined to another month after it (``en août et septembre``, ``in August and September``): a window of
    # both months, when the work is done, not when it is due (deadlines.json's optional ``month_pair_joiners``:
    # verbose regexes of the joiner and the month after it; {month_word} (a month's full name, none of its
    # months_not_alone: "by June and may ask …") and {month} (a number) are plain fragments)
    named = [m for m in months if m not in not_alone and not any(o != m and o.startswith(m) for o in months)]
    plain_months = dict(month_word=_alternation([re.escape(m) for m in named]) if named else r"(?!)",
                        month=r"(?:1[0-2]|0?[1-9])(?!\d)")
    pairs = [re.sub(r"\{(\w+)\}", lambda m: plain_months[m.group(1)], j) for j in data.get("month_pair_joiners") or []]
    paired = (r"|\s*(?:" + "|".join(pairs) + r")(?![\w'])") if pairs else ""
    patterns = []
    for form in data["dates"]:
        body = re.sub(r"\{(\w+)\}", lambda m: fragments[m.group(1)], form["regex"])
        # a date ends where no more digits of it follow ("30/6" is not the start of "30/6/2024")
        cued = (r"(?P<qual>" + _alternation([_phrase(q) for q in form["cues"]])[3:]) if form.get("cues") else qualifier
        patterns.append(scanner(r"(?<![\w'])" + cued + r"\s+" + hour + f"(?:{body})" + r"(?!\w|[/.-]\d|,?\s+(?:19|20)\d\d" + paired + ")", re.X))
    no_year = tuple(bool(form.get("no_year")) for form in data["dates"])
    relative = tuple((form["relative"], form.get("offset")) if form.get("relative") else None for form in data["dates"])
    starts = re.compile(r"(?<![\w'])(?=(?:" + qualifier + "|" + _alternation([_phrase(q) for q in qualifiers]) + r")\s+)", re.X)
    verbs, adverbs = data.get("event_start_verbs") or [], data.get("event_start_adverbs") or []
    event_start = None
    if verbs:
        adverb = rf"(?:{_alternation([_phrase(a) for a in adverbs])}\s+)?" if adverbs else ""
        event_start = re.compile(rf"(?<![\w']){adverb}{_alternation([_phrase(v) for v in verbs])}\s+{adverb}$")
    month_window = tuple(bool(form.get("month_window")) for form in data["dates"])
    completion = data.get("window_completion_verbs") or []
    # the verb in the same clause as the window, with the work's object between ("hoàn thành các nhiệm vụ trong …")
    # (an elided article or preposition may stand right before the verb: "d'achever")
    window_completion = (re.compile(rf"(?<!\w)(?:{_alternation([_phrase(v) for v in completion])})(?![\w'])[^;.:]*$")
                         if completion else None)
    # a recurring date's markers, after an optional second date joined to it (``và ngày 10/12``, ``and December 10``)
    markers, joiners = data.get("recurring_markers") or [], data.get("recurring_joiners") or []
    joined = rf"(?:\s+{_alternation([_phrase(j) for j in joiners])}(?:\s+[^\s;.:,]+){{1,3}}?)?" if joiners else ""
    # (a day number may follow a month matched alone: "by June" of "by June 10 and December 10 each year")
    day_after_month = r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
    recurring = (re.compile(rf"{day_after_month}{joined}\s+{_alternation([_phrase(w) for w in markers])}(?![\w'])")
                 if markers else None)
    return DeadlineGrammar(tuple(patterns), no_year, qualifiers, months, ordinals, starts,
                           window_qualifier=data.get("window_qualifier") if windows else None,
                           lunar_stems=stems, lunar_branches=branches, relative=relative, weekdays=weekdays,
                           event_start=event_start, month_window=month_window, window_completion=window_completion,
                           recurring=recurring)


# how far before a pair of months its completing verb may stand
_WINDOW_VERB_REACH = 100


def find_deadlines(folded: str, lang: str, start: int = 0, end: int | None = None, own_date: str | None = None) -> list[Deadline]:
    """Deadlines in already folded text (``nlp.agencies.fold_for_matching``); ``own_date`` (the text's
    publication date, ISO, or only its year) completes dates written without a year and dates relative to it."""
    g = grammar(lang)
    return g.find(folded, start, end, own_date) if g else []


def parse(phrase: str, lang: str, own_date: str | None = None) -> tuple[str, str] | None:
    """``(value, qualifier)`` of a deadline phrase that is entirely one deadline, else None."""
    from nlp.agencies import fold_for_matching

    folded = fold_for_matching(phrase.strip())
    found = find_deadlines(folded, lang, own_date=own_date)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(folded):
        return found[0].value, found[0].qualifier
    return None


# how far into a text its own date (a dateline, "Chiều 27/6 …", "On June 2, 2025") is looked for
TEXT_DATE_CHARS = 1500


def _bare_date_forms(lang: str, with_year: bool) -> tuple[re.Pattern, ...]:
    """The language's date forms without a qualifier, not counted from the text's date: those that carry a year
    (``with_year``: what a dateline is written as), else the days written without one (``June 30``, ``ngày 30/6``)."""
    data = load_data(lang)
    g = grammar(lang)
    if g is None:
        return ()
    fragments = dict(FRAGMENTS, **data.get("fragments", {}))
    if g.months:
        fragments["month_name"] = r"(?P<month_name>" + _alternation([re.escape(m) for m in g.months])[3:]
        fragments["month_alone"] = fragments["month_name"]
    if g.ordinal_quarters:
        fragments["ordinal_quarter"] = r"(?P<ordinal_quarter>" + _alternation([re.escape(o) for o in g.ordinal_quarters])[3:]
    if with_year:
        forms = [f for f in data["dates"] if not f.get("no_year") and "{year}" in f["regex"] and not f.get("month_window")
                 and ("{month" in f["regex"] or "{day}" in f["regex"])]
    else:
        forms = [f for f in data["dates"] if f.get("no_year") and not f.get("relative") and "{day}" in f["regex"]
                 and "{month" in f["regex"] and "{lunar" not in f["regex"]]
    # scanners: a first-character lookahead skips most positions in one step (the same matches)
    return tuple(scanner(r"(?<![\w/.-])(?:" + re.sub(r"\{(\w+)\}", lambda m: fragments[m.group(1)], f["regex"]) + r")(?![\w/])", re.X)
                 for f in forms)


@lru_cache(maxsize=None)
def _dated_forms(lang: str) -> tuple[re.Pattern, ...]:
    """The language's date forms that carry a year, without a qualifier: what a dateline is written as."""
    return _bare_date_forms(lang, with_year=True)


@lru_cache(maxsize=None)
def _yearless_day_forms(lang: str) -> tuple[re.Pattern, ...]:
    """The language's days written without a year and without a qualifier (``As of December 21``, ``ngày 21/12``)."""
    return _bare_date_forms(lang, with_year=False)


def dates_in(folded: str, lang: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """``(position, ISO value)`` of every date with a year in ``folded[start:end]`` (no qualifier needed)."""
    g = grammar(lang)
    spans = []
    for pattern in _dated_forms(lang):
        for m in pattern.finditer(folded, start, len(folded) if end is None else end):
            value = g._value(m)
            if value and "Q" not in value:
                spans.append((m.start(), m.end(), value))
    # a shorter form inside a longer date is that date's tail, not a date of its own: the month of ``avant le 15
    # janvier 2026`` (``janvier 2026``) has no qualifier right before it, and would date an undated text by its
    # deadline (round 20c)
    return sorted((at, value) for at, stop, value in spans
                  if not any(s <= at and stop <= e and (s, e) != (at, stop) for s, e, _ in spans))


@lru_cache(maxsize=None)
def _qualifier_at_end(lang: str) -> re.Pattern | None:
    """A deadline qualifier right before a position (``trước ngày``, ``by``, ``d'ici le``), an hour between them
    where the language writes one (``trước 14h00 ngày``)."""
    g = grammar(lang)
    if g is None:
        return None
    time = load_data(lang).get("time_of_day")
    hour = f"(?:(?:{time})\\s+)?" if time else ""
    return re.compile(r"(?<![\w'])" + _alternation([_phrase(q) for q in g.qualifiers]) + r"\s+" + hour + "$", re.X)


@lru_cache(maxsize=None)
def _period_start_at_end(lang: str) -> re.Pattern | None:
    """deadlines.json's optional ``period_start_markers`` right before a position (``kể từ ngày``): the date after
    them opens a period, often ahead of the text, and is not its own date (round 15b)."""
    words = load_data(lang).get("period_start_markers") or []
    return re.compile(r"(?<![\w'])" + _alternation([_phrase(w) for w in words]) + r"\s+$") if words else None


@lru_cache(maxsize=None)
def _told_past_forms(lang: str) -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    """deadlines.json's optional ``told_past_after_date`` (past auxiliaries), ``told_past_breakers`` (words that
    open another clause before them: a modal, a relative pronoun) and ``told_past_relatives`` (relative pronouns
    before a past verb in ``-ed``, not a word in ``-eed``: ``who need to …``), folded."""
    data = load_data(lang)

    def words(key: str) -> re.Pattern | None:
        found = data.get(key) or []
        return re.compile(r"(?<![\w'])" + _alternation([_phrase(w) for w in found]) + r"(?![\w'])") if found else None

    relatives = data.get("told_past_relatives") or []
    relative = (re.compile(r"(?<![\w'])" + _alternation([_phrase(w) for w in relatives])
                           + r"\s+[a-z]+[a-df-z]ed(?![\w'])[^.;:,()\n]*$") if relatives else None)
    return words("told_past_after_date"), words("told_past_breakers"), relative


def told_in_the_past(folded: str, at: int, lang: str) -> bool:
    """Whether the date with a year written at ``at`` (its qualifier before it) is a day the text tells in the past,
    not one it sets (``told_past_between``)."""
    end = next((m.end() for pattern in _dated_forms(lang) if (m := pattern.match(folded, at))), None)
    qualifier = _qualifier_at_end(lang)
    q = qualifier.search(folded, max(0, at - 30), at) if qualifier else None
    return end is not None and told_past_between(folded, q.start() if q else at, end, lang)


def told_past_between(folded: str, head: int, end: int, lang: str) -> bool:
    """Whether the deadline written from ``head`` (its qualifier) to ``end`` is a day the text tells in the past:
    the clause it opens after a comma goes on in the past before any modal or relative pronoun (``by September 30,
    2025, only about 27% of the capital plan was disbursed``), or it closes a relative clause whose verb is past
    (``investors who disbursed capital by September 30, 2025``); round 32."""
    auxiliary, breaker, relative = _told_past_forms(lang)
    if auxiliary is not None and (clause := re.match(r"\s*,([^.;:()\n]*)", folded[end:])):
        past = auxiliary.search(clause.group(1))
        if past and not (breaker and breaker.search(clause.group(1), 0, past.start())):
            return True
    return bool(relative and relative.search(folded, max(0, head - 120), head))


def latest_date(folded: str, lang: str, end: int | None = None) -> str | None:
    """The latest date with a year in ``folded[:end]`` that is not a deadline (no qualifier before
    it: ``trước ngày 30/6/2025`` is a deadline, ``ngày 2/6/2025`` a date) nor the start of a period
    (``kể từ ngày 1/7/2025``), as ISO."""
    qualifier = _qualifier_at_end(lang)
    start = _period_start_at_end(lang)
    dates = [value for at, value in dates_in(folded, lang, 0, end)
             if not (qualifier and qualifier.search(folded, max(0, at - 30), at))
             and not (start and start.search(folded, max(0, at - 40), at))]
    return max(dates) if dates else None


def _not_a_deadline(folded: str, at: int, lang: str) -> bool:
    """Whether the date at ``at`` has no deadline qualifier right before it (``by December 31, 2025``) nor opens a
    period (``kể từ ngày 1/7/2025``): a day the text tells, not one it sets."""
    qualifier = _qualifier_at_end(lang)
    start = _period_start_at_end(lang)
    return not ((qualifier and qualifier.search(folded, max(0, at - 30), at))
                or (start and start.search(folded, max(0, at - 40), at)))


def content_date(text: str, lang: str, year: str | None = None) -> str | None:
    """The date of a text that gives none of its own (no publication date, no dated opening), read from the dates it
    writes, as a letter is written shortly after the days it tells and before those it sets: its year is the year of
    the latest date with a year it tells (``on October 15, 2025``), else of the earliest it sets (``with full
    completion expected by December 31, 2025``); its date the latest day it tells in that year, with a year or
    without one (``As of December 21``), else that year. ``year`` (a publication year alone) is kept: only its days
    are read. None for a text with no date with a year and no ``year``."""
    from nlp.agencies import fold_for_matching

    folded = fold_for_matching(text)
    qualifier = _qualifier_at_end(lang)
    start = _period_start_at_end(lang)
    told, set_ = [], []
    for at, value in dates_in(folded, lang):
        if start and start.search(folded, max(0, at - 40), at):
            continue  # a period's first day (``có hiệu lực từ ngày 1/7/2026``): neither told nor set
        set_by_cue = qualifier and qualifier.search(folded, max(0, at - 30), at) and not told_in_the_past(folded, at, lang)
        (set_ if set_by_cue else told).append(value)
    if not year and not told and not set_:
        # a page that writes no day or month with a year may still tell a period of months it looks back on (``In the
        # first four months of 2026``): it is written after that period's last month (round 31b en, Quang Ngai)
        told = told_periods(folded, lang)
    if not year:
        if not told and not set_:
            return None
        year = max(told)[:4] if told else min(set_)[:4]
    g = grammar(lang)
    days = [value for value in told if value[:4] == year]
    spans = [(m.start(), m.end()) for pattern in _dated_forms(lang) for m in pattern.finditer(folded)]
    for pattern in _yearless_day_forms(lang):
        for m in pattern.finditer(folded):
            if any(s <= m.start() < e for s, e in spans) or not _not_a_deadline(folded, m.start(), lang):
                continue  # the day and month of a date with a year, or a deadline
            if (value := g._value(m, year)) and len(value) == 10:
                days.append(value)
    return max(days, default=year)


@lru_cache(maxsize=None)
def _told_period_forms(lang: str) -> tuple[tuple[re.Pattern, int | None], ...]:
    """deadlines.json's optional ``told_periods``: each a verbose regex with ``{year}`` and either a fixed number of
    months (``months``: ``the first half of {year}``) or a ``(?P<months>…)`` group, a figure or one of
    ``month_counts``' words (``the first four months of {year}``)."""
    data = load_data(lang)
    return tuple((scanner(r"(?<![\w/.-])(?:" + form["regex"].replace("{year}", FRAGMENTS["year"]) + r")(?![\w/])", re.X),
                  form.get("months")) for form in data.get("told_periods", []))


def told_periods(folded: str, lang: str) -> list[str]:
    """The last month (``YYYY-MM``) of each period of months from a year's start that ``folded`` tells (``trong 4 tháng
    đầu năm 2026`` → ``2026-04``, ``the first half of 2025`` → ``2025-06``); a period that is not a count of 1 to 12
    months is none."""
    counts = {fold(k): v for k, v in load_data(lang).get("month_counts", {}).items()}
    found = []
    for pattern, months in _told_period_forms(lang):
        for m in pattern.finditer(folded):
            count = months or (int(m["months"]) if m["months"].isdigit() else counts.get(m["months"]))
            if count and 1 <= count <= 12:
                found.append(f"{m['year']}-{count:02d}")
    return found


def text_date(text: str, lang: str) -> str | None:
    """The latest date with a year among the text's opening characters that is not a deadline (its
    dateline or the day of the event it reports: ``On June 2, 2025``, ``Le 12 mars 2025``, ``tháng
    6-2017``), as ISO; the stand-in for a publication date the caller does not know. A year inside
    a document symbol (``67/2014/NĐ-CP``) is not a date."""
    from nlp.agencies import fold_for_matching

    opening = _GLUED_DATELINE.sub(" ", fold_for_matching(text[:TEXT_DATE_CHARS]))
    return latest_date(opening, lang)


# a date line glued to the outlet's name printed before it, as Vietnam.vn's copies give it ("Việt NamViệt
# Nam13/11/2023", "Báo Thanh HóaBáo Thanh Hóa16/08/2025"; round 28): a space where a letter meets a full numeric
# date, so that the date forms (which want no word character before a date) read it; only a day, a month and a year
# with nothing glued after them, not a document symbol's number ("15/2023/NĐ-CP")
_GLUED_DATELINE = re.compile(r"(?<=[^\W\d_])(?=\d{1,2}/\d{1,2}/\d{4}(?![\w/]))")
