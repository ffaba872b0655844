"""The generated part of the demo corpus: national outlets and provincial papers whose articles are
written from the templates and word data in ``vnpolicy/data/sample_corpus/`` (four languages; the
caller locates them: crawler.samplesite.site_data).

These articles are GENERATED, not real reporting; every one ends with a sentence saying so. They
exist so that the demo corpus is large and varied enough for the product to show something: a few
hundred documents over two years, in four languages, from the papers of 26 provinces whose interest
in each topic differs, each citing real legal documents, with figures and assignments to find.

The take-up of each tracked decree by each province's paper follows ``diffusion.json`` (issue date,
lag in days per province, or never), which this module only reads; ``crawler.samplesite.draw_lags``
wrote it. Everything else is drawn from one seeded random generator, so the corpus is the same on
every run.

The papers are served by the sample site under ``/p/<slug>/`` (``build_papers``); each is a source
of its own (``paper_sources``), with the publisher's province.
"""
from __future__ import annotations

import calendar
import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from crawler.samplesite.site_data import chrome_spec, demo_texts

PATH_PREFIX = "/p/"
_ALTERNATIVES = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
_SLOT = re.compile(r"\{([a-z0-9_]+(?::[^{}]+)?)\}")


def load_json(name: str) -> dict[str, Any]:
    return json.loads((demo_texts().generated / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def language_data(lang: str) -> dict[str, Any]:
    return load_json(f"lang/{lang}.json")


@lru_cache(maxsize=1)
def outlets() -> dict[str, Any]:
    return load_json("outlets.json")


@lru_cache(maxsize=1)
def legal_documents() -> dict[str, dict[str, Any]]:
    return {d["key"]: d for d in load_json("legal.json")["documents"]}


@lru_cache(maxsize=1)
def diffusion() -> dict[str, Any]:
    return load_json("diffusion.json")


@dataclass
class GeneratedArticle:
    outlet: str  # slug of the outlet
    lang: str
    published: date | None  # None: the page carries no date
    topic: str
    kind: str  # background | uptake | follow_up | national_uptake
    province_code: str | None
    decree: str | None = None  # key of the tracked decree it takes up
    number: int = 0
    title: str = ""
    lead: str = ""
    paragraphs: list[str] = field(default_factory=list)

    @property
    def source_id(self) -> str:
        return "sample-" + self.outlet

    @property
    def path(self) -> str:
        from nlp.fold import fold

        section = _sections()[self.lang]
        words = re.sub(r"[^a-z0-9]+", " ", fold(self.title).lower()).split()[:9]
        return f"{PATH_PREFIX}{self.outlet}/{section}/{'-'.join(words)}-{self.number}.html"


@lru_cache(maxsize=1)
def _sections() -> dict[str, str]:
    return {lang: chrome["section"] for lang, chrome in chrome_spec()["languages"].items()}


# -- numbers, dates and money in each language's convention

def format_number(value: float, lang: str, decimals: int = 0) -> str:
    conv = language_data(lang)["number"]
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", conv["decimal"]).replace("\0", conv["thousands"])


def format_date(day: date, lang: str) -> str:
    data = language_data(lang)
    month = data["months"][day.month - 1] if "months" in data else str(day.month)
    d = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return data["date"].format(d=d, m=day.month, y=day.year, month=month)


def format_money(value: float, scale: str, lang: str) -> str:
    templates = language_data(lang)["money"]
    if templates.get(scale) is None:  # a language without that scale word says it in the scale below
        value, scale = value * 1000, {"trillion": "billion", "billion": "million"}[scale]
    decimals = 0 if float(value).is_integer() else 1
    return templates[scale].format(n=format_number(value, lang, decimals))


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# -- the text of one article

class _Writer:
    """Fills the templates of one article: alternatives, slots, first and later mentions."""

    def __init__(self, article: GeneratedArticle, rng: random.Random, province) -> None:
        self.a = article
        self.rng = rng
        self.data = language_data(article.lang)
        self.province = province
        self.scope = "provincial" if province is not None else "national"
        self.cited: set[str] = set()
        self.day = article.published or date.fromisoformat(outlets()["window"]["last_day"])

    # the legal documents this article may cite as background for its topic
    def _background_refs(self) -> list[str]:
        keys = []
        for key, doc in legal_documents().items():
            if doc["topic"] != self.a.topic or date.fromisoformat(doc["issued"]) > self.day:
                continue
            if doc.get("tracked") and self.province is not None:
                # a provincial paper cites a tracked decree only from the day it took it up (diffusion.json)
                taken = _uptake_day(key, self.province.code)
                if taken is None or taken > self.day:
                    continue
            keys.append(key)
        return keys

    def cite(self, key: str) -> str:
        doc = legal_documents()[key]
        form = "short" if key in self.cited else "cite"
        self.cited.add(key)
        return doc[form][self.a.lang].format(date=format_date(date.fromisoformat(doc["issued"]), self.a.lang))

    def _named(self, table: str, key: str) -> str:
        entry = self.data[table][key]
        if isinstance(entry, str):
            return entry
        for era in entry:
            if era.get("from", "0000") <= self.day.isoformat() <= era.get("until", "9999"):
                return era["name"]
        return entry[-1]["name"]

    def _deadline(self, low: int, high: int) -> str:
        target = add_months(self.day, self.rng.randint(low, high))
        last = calendar.monthrange(target.year, target.month)[1]
        day = date(target.year, target.month, self.rng.choice((15, last)))
        template = self.rng.choice(self.data["deadline"])
        month = self.data["months"][day.month - 1] if "months" in self.data else str(day.month)
        return template.format(date=format_date(day, self.a.lang), m=day.month, y=day.year, month=month)

    def slot(self, name: str) -> str:
        if name.endswith("_cap"):
            value = self.slot(name[:-4])
            return value[:1].upper() + value[1:]
        kind, _, arg = name.partition(":")
        rng, lang, data = self.rng, self.a.lang, self.data
        if kind in ("int", "dec", "pct"):
            low, high = (float(x) for x in arg.split("-"))
            if kind == "int":
                value = rng.randint(int(low), int(high))
                return format_number(value, lang)
            number = format_number(round(rng.uniform(low, high), 1), lang, 1)
            return data["percent"].format(n=number) if kind == "pct" else number
        if kind == "money":
            bounds, scale = arg.rsplit(":", 1)
            low, high = (int(x) for x in bounds.split("-"))
            value = rng.randint(low, high) if rng.random() < 0.6 or high > 999 else round(rng.uniform(low, high), 1)
            return format_money(value, scale, lang)
        if kind == "deadline":
            low, high = (int(x) for x in arg.split("-"))
            return self._deadline(low, high)
        if kind == "dept":
            return self._named("departments" if self.scope == "provincial" else "ministries", arg)
        if kind == "ministry":
            return self._named("ministries", arg)
        if kind == "ref":
            keys = self._background_refs()
            return self.cite(rng.choice(keys)) if keys else data.get("ref_fallback", "")
        if kind in ("decree", "decree_short"):
            doc = legal_documents()[self.a.decree]
            if kind == "decree" and self.a.decree not in self.cited:
                return self.cite(self.a.decree)
            self.cited.add(self.a.decree)
            return doc["short"][lang]
        if kind == "issued":
            return format_date(date.fromisoformat(legal_documents()[self.a.decree]["issued"]), lang)
        if kind == "today":
            return format_date(self.day, lang)
        if kind == "months":
            issued = date.fromisoformat(legal_documents()[self.a.decree]["issued"])
            return str(max(1, (self.day.year - issued.year) * 12 + self.day.month - issued.month))
        if kind == "year":
            return str(self.day.year)
        if kind == "year_plus5":
            return str(self.day.year + 5)
        if kind == "last_year":
            return str(self.day.year - 1)
        return self._place_slot(kind)

    def _place_slot(self, kind: str) -> str:
        data, p = self.data, self.province
        if p is None:
            national = {"where": data["where"]["national"], "actor": data["actor"]["national"],
                        "place_or_country": data.get("country", ""), "actor_short": data["actor_short"]["national"]}
            return national[kind]
        name = p.name(self.a.lang) if self.a.lang != "vi" else p.name_short_vi
        kind_of = "city" if p.kind == "city" else "province"
        place = data["place"][kind_of].format(name=name)
        values = {
            "place": place, "province": name, "place_or_country": place,
            "committee": data["committee"][kind_of].format(name=name),
            "unit": data.get("unit", {}).get(kind_of, ""),
        }
        values["where"] = (data["where_city"].format(name=name) if kind_of == "city" and "where_city" in data
                           else data["where"]["provincial"].format(place=place))
        values["actor"] = data["actor"]["provincial"].format(committee=values["committee"])
        values["actor_short"] = data["actor_short"]["provincial"].format(unit=values["unit"])
        if kind == "place_cap":
            return place[:1].upper() + place[1:]
        return values[kind]

    def fill(self, template: str) -> str:
        text = _ALTERNATIVES.sub(lambda m: self.rng.choice(m.group(1).split("|")), template)
        text = _SLOT.sub(lambda m: self.slot(m.group(1)), text)
        for written, said in self.data.get("contractions", []):  # French: à le → au, de les → des
            text = re.sub(r"(?<!\w)" + re.escape(written), said, text)
        return text

    def pick(self, templates: list[str]) -> str:
        return self.fill(self.rng.choice(templates))


def _uptake_day(decree_key: str, province_code: str) -> date | None:
    for decree in diffusion()["decrees"]:
        if decree["key"] == decree_key:
            entry = decree["provinces"].get(province_code)
            if entry is None or entry["lag_days"] is None:
                return None
            return date.fromisoformat(decree["issued"]) + timedelta(days=entry["lag_days"])
    return None


def _write(article: GeneratedArticle, rng: random.Random, province) -> None:
    w = _Writer(article, rng, province)
    data = w.data
    topic = data["topics"][article.topic]
    body = rng.sample(topic["body"], k=min(len(topic["body"]), rng.randint(2, 4)))
    tasks = rng.sample(topic["tasks"], k=min(len(topic["tasks"]), rng.choice((1, 1, 2))))
    if article.kind == "background":
        article.title = w.pick(topic["titles"])
        article.lead = w.pick(topic["leads"])
    elif article.kind == "national_uptake":
        article.title = w.pick(data["national_uptake"]["titles"])
        article.lead = w.pick(data["national_uptake"]["leads"])
    elif article.kind == "uptake":
        article.title = w.pick(data["uptake"]["titles"])
        article.lead = w.pick(data["uptake"]["leads"])
    else:
        article.title = w.pick(data["uptake"]["follow_titles"])
        article.lead = w.pick(data["uptake"]["follow_leads"])
    paragraphs = [w.fill(t) for t in body]
    paragraphs.insert(rng.randint(1, len(paragraphs)), " ".join(w.fill(t) for t in tasks))
    if rng.random() < 0.6:
        paragraphs.append(w.pick(data["closing"]))
    paragraphs.append(data["generated_note"])
    article.paragraphs = paragraphs


def _choose(rng: random.Random, weights: dict[str, float]) -> str:
    keys = [k for k, v in weights.items() if v > 0]
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _months(first: date, last: date):
    day = date(first.year, first.month, 1)
    while day <= last:
        yield day
        day = add_months(day, 1)


@lru_cache(maxsize=1)
def generate_articles() -> tuple[GeneratedArticle, ...]:
    """Every generated article, the same on every call and every run (seeded)."""
    from nlp.provinces import provinces

    spec = outlets()
    rng = random.Random(spec["seed"])
    first, last = (date.fromisoformat(spec["window"][k]) for k in ("first_day", "last_day"))
    province_of = {p["slug"]: provinces("2025")[p["province_code"]] for p in spec["provincial"]}
    everyone = [(o, None) for o in spec["national"]] + [(o, o["province_code"]) for o in spec["provincial"]]
    articles: list[GeneratedArticle] = []
    for outlet, code in everyone:  # background articles, month by month
        rate = outlet["background_per_month"]
        carry = rng.random()
        for month in _months(first, last):
            carry += rate
            while carry >= 1:
                carry -= 1
                day = month + timedelta(days=rng.randrange(calendar.monthrange(month.year, month.month)[1]))
                articles.append(GeneratedArticle(outlet["slug"], _choose(rng, outlet["languages"]), day,
                                                 _choose(rng, outlet["topic_weights"]), "background", code))
    national = {o["slug"]: o for o in spec["national"]}
    provincial = {p["province_code"]: p for p in spec["provincial"]}
    for decree in diffusion()["decrees"]:  # the take-up of each tracked decree, as diffusion.json lays it down
        issued = date.fromisoformat(decree["issued"])
        for slug, lag in decree["national_lag_days"].items():
            outlet = national[slug]
            day = issued + timedelta(days=lag)
            if day <= last and outlet["topic_weights"].get(decree["topic"], 0) > 0:
                articles.append(GeneratedArticle(slug, _choose(rng, outlet["languages"]), day, decree["topic"],
                                                 "national_uptake", None, decree["key"]))
        for code, entry in decree["provinces"].items():
            if entry["lag_days"] is None:
                continue
            paper = provincial[code]
            for kind, days in [("uptake", entry["lag_days"])] + [("follow_up", d) for d in entry["follow_up_days"]]:
                day = issued + timedelta(days=days)
                if day <= last:
                    articles.append(GeneratedArticle(paper["slug"], _choose(rng, paper["languages"]), day,
                                                     decree["topic"], kind, code, decree["key"]))
    articles.sort(key=lambda a: (a.published, a.outlet, a.kind, a.decree or ""))
    for number, a in enumerate(articles, start=100001):
        a.number = number
        _write(a, random.Random(f"{spec['seed']}-{number}"), province_of.get(a.outlet))
    return tuple(articles)


# -- the papers as sites and as sources

def outlet_entries() -> list[dict[str, Any]]:
    """Every generated outlet with what its source entry and pages need."""
    from nlp.provinces import provinces

    spec = outlets()
    out = []
    for o in spec["national"]:
        out.append({"slug": o["slug"], "name": o["name"] + " [generated]", "province_code": None,
                    "languages": list(o["languages"]), "kind": "national_press"})
    for p in spec["provincial"]:
        province = provinces("2025")[p["province_code"]]
        out.append({"slug": p["slug"], "name": f"Báo mẫu {province.name_short_vi} [generated]",
                    "province_code": p["province_code"], "languages": list(p["languages"]), "kind": "provincial_press"})
    return out


def paper_sources(base: str) -> list:
    """The registry entries of the generated outlets, for a sample site served at ``base``."""
    from crawler.registry import registry_defaults, source_from_entry

    base = base.rstrip("/")
    defaults = registry_defaults()
    sources = []
    for o in outlet_entries():
        prefix = f"{PATH_PREFIX}{o['slug']}/"
        entry = {
            "id": "sample-" + o["slug"], "name": o["name"], "homepage": base + prefix,
            "languages": o["languages"], "kind": o["kind"], "province_code": o["province_code"],
            "discovery": {"sitemaps": [prefix + "sitemap.xml"], "feeds": [], "sections": [prefix]},
            "article_pattern": "^" + re.escape(prefix) + r"[a-z-]+/[a-z0-9-]+-\d+\.html$",
            "follow_pattern": "^" + re.escape(prefix) + "$",
            "robots_sitemaps": False, "feeds_from_pages": False, "verified": True,
            "notes": "a generated outlet of the demo corpus (crawler/samplesite/papers.py): its articles are not real news",
        }
        sources.append(source_from_entry(entry, defaults))
    return sources


def build_papers(base: str, env, chrome: dict[str, Any], resource_class, http_date) -> dict[str, Any]:
    """The pages of every generated outlet: articles, a front page listing the latest, a sitemap."""
    from collections import defaultdict

    by_outlet: dict[str, list[GeneratedArticle]] = defaultdict(list)
    for a in generate_articles():
        by_outlet[a.outlet].append(a)
    names = {o["slug"]: o for o in outlet_entries()}
    pages: dict[str, Any] = {}
    for slug, items in by_outlet.items():
        outlet = names[slug]
        lang = outlet["languages"][0]
        rendered = []
        for a in items:
            item = {
                "id": f"{slug}-{a.number}", "path": a.path, "title": a.title, "slug": a.path.rsplit("/", 1)[1][:-5],
                "date": a.published.isoformat() if a.published else None,
                "date_display": a.published.strftime("%d/%m/%Y") if a.published else None,
                # the lead is the first paragraph of the text (a bold standfirst is dropped by some extractors)
                "lead": None, "blocks": [{"kind": "p", "text": p} for p in [a.lead, *a.paragraphs]],
                "attachment": None, "print_path": None, "lang": a.lang,
            }
            rendered.append(item)
        for index, item in enumerate(rendered):
            related = [o for o in rendered[max(0, index - 3):index] if o["lang"] == item["lang"]][:3]
            html = env.get_template("article.html").render(
                base=base, site_name=outlet["name"], lang=item["lang"], chrome=chrome["languages"][item["lang"]],
                charset="utf-8", article=item, related=related, printing=False)
            pages[item["path"]] = resource_class(html.encode("utf-8"), "text/html; charset=utf-8",
                                                 last_modified=http_date(item["date"]) if item["date"] else None)
        prefix = f"{PATH_PREFIX}{slug}/"
        latest = sorted(rendered, key=lambda x: x["date"] or "", reverse=True)[:20]
        html = env.get_template("listing.html").render(
            base=base, site_name=outlet["name"], lang=lang, chrome=chrome["languages"][lang], charset="utf-8",
            heading=outlet["name"], items=latest, extra_links=[], next_page=None, previous_page=None)
        pages[prefix] = resource_class(html.encode("utf-8"), "text/html; charset=utf-8")
        sitemap = env.get_template("sitemap.xml").render(base=base, site_name=outlet["name"], items=rendered)
        pages[prefix + "sitemap.xml"] = resource_class(sitemap.encode("utf-8"), "application/xml; charset=utf-8")
    return pages
