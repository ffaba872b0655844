"""Build the bundled sample site from the seed texts: articles in four languages with realistic
chrome, listings with pagination, an RSS feed, a sitemap, robots.txt and a government notice as PDF.

The site is a mapping from path to a ready response; the server (``crawler.samplesite.server``) adds
the pages that misbehave (errors, redirects, a huge page) on top of it.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.utils import format_datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from crawler.samplesite.site_data import chrome_spec, data_dir, demo_texts, site_spec

# a short line without closing punctuation is a subheading in the seed texts
_SUBHEADING = re.compile(r"^[^.!?:;…]{3,90}$")
_PRINT_LAYOUT_NOTE = "print layout"


@dataclass
class Resource:
    """One response of the site: status, headers and body."""

    body: bytes
    content_type: str
    status: int = 200
    last_modified: str | None = None  # HTTP date
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


@dataclass
class Site:
    base: str
    resources: dict[str, Resource]
    articles: list[dict[str, Any]]
    bad_pages: dict[str, Any]

    def article_paths(self) -> list[str]:
        """Paths of every page that must be stored once: the articles and the PDF notice."""
        paths = [a["path"] for a in self.articles]
        paths += [a["attachment"]["path"] for a in self.articles if a.get("attachment")]
        return paths


def seed_lines(name: str) -> list[str]:
    return (demo_texts().seeds / name).read_text(encoding="utf-8").split("\n")


def article_blocks(spec: dict[str, Any]) -> list[dict[str, str]]:
    """Paragraphs, subheadings and captions of an article from its seed lines."""
    lines = seed_lines(spec["seed"])
    start, end = spec["lines"]
    skip = set(spec.get("skip_lines", []))
    captions = set(spec.get("caption_lines", []))
    if spec.get("reflow"):
        from extract.reflow import reflow

        text = reflow("\n".join(lines[start:end]))
        return [{"kind": "p", "text": p.strip()} for p in text.split("\n") if p.strip()]
    blocks: list[dict[str, str]] = []
    previous = None
    for number in range(start, end):
        line = lines[number].strip()
        if not line or number in skip or line == previous:
            continue
        previous = line
        if number in captions:
            blocks.append({"kind": "caption", "text": line.strip("| ").strip()})
        elif _SUBHEADING.match(line) and not line[0].isdigit() and len(line.split()) > 1:
            blocks.append({"kind": "h2", "text": line})
        else:
            blocks.append({"kind": "p", "text": line})
    return blocks


def _http_date(day: str) -> str:
    return format_datetime(datetime.combine(date.fromisoformat(day), datetime.min.time(), timezone.utc).replace(hour=1), usegmt=True)


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(data_dir() / "templates")),
        autoescape=jinja2.select_autoescape(["html", "xml"]),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=4)
def _notice_pdf_cached(spec_json: str) -> bytes:
    return _render_notice_pdf(json.loads(spec_json))


def notice_pdf(spec: dict[str, Any]) -> bytes:
    return _notice_pdf_cached(json.dumps(spec, sort_keys=True, default=str))


def _render_notice_pdf(spec: dict[str, Any]) -> bytes:
    """The government notice (seed 004) as a PDF with a text layer, set in DejaVu Sans so that every
    Vietnamese letter survives. The font comes with matplotlib (a dependency), or Debian's fonts-dejavu-core."""
    from fpdf import FPDF

    attachment = spec["attachment"]
    lines = seed_lines(spec["seed"])
    start, end = attachment["lines"]
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2024, 2, 20, tzinfo=timezone.utc))
    pdf.set_title(attachment["title"])
    pdf.set_author("Văn phòng Chính phủ")
    pdf.add_font("DejaVu", "", str(unicode_font()))
    pdf.set_margins(15, 15, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    pdf.multi_cell(0, 6, attachment["title"], align="C")
    pdf.ln(4)
    pdf.set_font("DejaVu", size=9.5)
    for line in lines[start:end]:
        if not line.strip():
            pdf.ln(3)
            continue
        line = line.rstrip()
        if pdf.get_string_width(line) <= pdf.epw:  # one seed line, one PDF line, as the notice was printed
            pdf.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def unicode_font() -> Path:
    candidates = []
    try:
        import matplotlib

        candidates.append(Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf")
    except ImportError:  # matplotlib is a dependency; the system font is the fallback
        pass
    candidates.append(Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    for path in candidates:
        if path.exists():
            return path
    raise FileNotFoundError("no Unicode font for the sample PDF (DejaVuSans.ttf from matplotlib or fonts-dejavu-core)")


def tiny_png() -> bytes:
    """A valid 2×2 grey PNG: the image the site serves under an article-like address."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\x80\x80" for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def article_path(spec: dict[str, Any]) -> str:
    return f"/{spec['lang']}/{spec['section']}/{spec['slug']}-{spec['date'].replace('-', '')}.html"


def _copies(spec_articles: list[dict[str, Any]], copies: int) -> list[dict[str, Any]]:
    """The articles, and for benchmarks ``copies - 1`` more of each under other addresses (without
    the misbehaviour and the PDF, so that every copy is an ordinary article)."""
    out = list(spec_articles)
    for number in range(2, copies + 1):
        for a in spec_articles:
            copy = {k: v for k, v in a.items() if k not in ("flaky", "print_copy", "old_url", "attachment")}
            copy["id"] = f"{a['id']}-{number}"
            copy["slug"] = f"{a['slug']}-{number}"
            copy["title"] = f"{a['title']} ({number})"
            copy["copy"] = True
            out.append(copy)
    return out


def build_site(base: str, copies: int = 1, papers: bool = False) -> Site:
    """Every static page of the sample site, rendered for a server at ``base`` (no trailing slash).
    ``copies`` > 1 multiplies the articles, for benchmarks. ``papers`` adds the generated outlets of
    the demo corpus under ``/p/<slug>/`` (``crawler.samplesite.papers``)."""
    spec = site_spec()
    chrome = chrome_spec()
    env = _environment()
    bad = spec["bad_pages"]
    site_name = chrome["site_name"]
    articles: list[dict[str, Any]] = []
    for a in _copies(spec["articles"], copies):
        item = dict(a)
        item["path"] = article_path(a)
        item.setdefault("attachment", None)
        item["date_display"] = date.fromisoformat(a["date"]).strftime("%d/%m/%Y")
        item["rfc822"] = _http_date(a["date"])
        item["blocks"] = article_blocks(a)
        item["lead"] = seed_lines(a["seed"])[a["lead_line"]].strip() if "lead_line" in a else None
        item["print_path"] = bad["print_prefix"] + item["path"].rsplit("/", 1)[1] if a.get("print_copy") else None
        articles.append(item)
    articles.sort(key=lambda x: x["date"], reverse=True)
    resources_: dict[str, Resource] = {}

    def page(path: str, template: str, lang: str, last_modified: str | None = None, charset: str = "utf-8",
             encoding: str = "utf-8", **context: Any) -> None:
        html = env.get_template(template).render(base=base, site_name=site_name, lang=lang,
                                                 chrome=chrome["languages"][lang], charset=charset, **context)
        resources_[path] = Resource(html.encode(encoding, "xmlcharrefreplace"), f"text/html; charset={charset}", last_modified=last_modified)

    for item in articles:
        related = [o for o in articles if o is not item and not o.get("copy")][:3]
        page(item["path"], "article.html", item["lang"], _http_date(item["date"]),
             charset=item.get("declared_charset", "utf-8"), encoding=item.get("encoding", "utf-8"),
             article=item, related=related, printing=False)
        if item["print_path"]:
            page(item["print_path"], "article.html", item["lang"], _http_date(item["date"]),
                 article=item, related=[], printing=True)
        if item.get("attachment"):
            resources_[item["attachment"]["path"]] = Resource(notice_pdf(item), "application/pdf",
                                                              last_modified=_http_date(item["date"]))
    highlights = [
        {"path": bad["redirect_chain"][0], "title": "Cooperatives and enterprises: a closer link"},
        {"path": bad["not_found"], "title": "An article that was taken down"},
        {"path": bad["redirect_loop"][0], "title": "A page that sends you round in circles"},
        {"path": bad["image"], "title": "Photo report: cooperative harvest"},
        {"path": bad["huge"], "title": "Annual data tables (very large)"},
        {"path": bad["disallowed"], "title": "Draft budget plan (staff only)"},
        {"path": "mailto:toasoan@example.org", "title": "Contact the newsroom"},
        {"path": "ftp://127.0.0.1/archive/", "title": "Archive (FTP)"},
        {"path": "https://www.example.com/elsewhere-20251201.html", "title": "A partner site"},
    ]
    page("/", "listing.html", "en", heading="Latest news", items=articles[:3], extra_links=highlights,
         next_page=None, previous_page=None)
    for lang, chrome_lang in chrome["languages"].items():
        items = [a for a in articles if a["lang"] == lang]
        page(f"/{lang}/{chrome_lang['section']}/", "listing.html", lang, heading=chrome_lang["section_title"],
             items=items, extra_links=[], next_page=None, previous_page=None)
    topic = spec["topic"]
    per_page = topic["per_page"]
    pages = [articles[i:i + per_page] for i in range(0, len(articles), per_page)]
    for number, items in enumerate(pages, start=1):
        path = topic["path"] if number == 1 else f"{topic['path']}?page={number}"
        next_page = f"{topic['path']}?page={number + 1}" if number < len(pages) else None
        previous_page = (topic["path"] if number == 2 else f"{topic['path']}?page={number - 1}") if number > 1 else None
        page(path, "listing.html", "en", heading=topic["title"], items=items, extra_links=[],
             next_page=next_page, previous_page=previous_page)
    render = lambda name, **ctx: env.get_template(name).render(base=base, site_name=site_name, **ctx)  # noqa: E731
    resources_["/rss.xml"] = Resource(render("rss.xml", items=articles).encode(), "application/rss+xml; charset=utf-8")
    resources_["/sitemap.xml"] = Resource(render("sitemap.xml", items=articles).encode(), "application/xml; charset=utf-8")
    resources_["/robots.txt"] = Resource(render("robots.txt").encode(), "text/plain; charset=utf-8")
    resources_[bad["image"]] = Resource(tiny_png(), "image/png")
    resources_["/media/placeholder.png"] = Resource(tiny_png(), "image/png")
    if papers:
        from crawler.samplesite.papers import build_papers

        resources_.update(build_papers(base, env, chrome, Resource, _http_date))
    return Site(base=base, resources=resources_, articles=articles, bad_pages=bad)


def chrome_lines() -> list[str]:
    """Every piece of chrome text the site puts around articles (menus, related lists, comment and
    cookie boxes), for checking that none of it reaches a document."""
    out: list[str] = []
    for chrome in chrome_spec()["languages"].values():
        out += [chrome["same_category"], chrome["related"], chrome["comment"], chrome["comment_prompt"],
                chrome["cookie"], chrome["cookie_button"], chrome["share"], chrome["footer"], chrome["most_read"]]
        out += chrome["related_titles"]
        out.append(" ".join(chrome["menu"]))
    return out


def sample_source(base: str):
    """The registry entry of the sample site, for a server at ``base``."""
    from crawler.registry import registry_defaults, source_from_entry

    entry = json.loads((data_dir() / "source.json").read_text(encoding="utf-8"))
    entry["homepage"] = base.rstrip("/") + "/"
    return source_from_entry(entry, registry_defaults())


def write_sample_registry(base: str, path: str | Path) -> Path:
    """A registry file holding only the sample site at ``base``, for ``vnpolicy crawl --registry``."""
    from crawler.registry import read_registry

    entry = json.loads((data_dir() / "source.json").read_text(encoding="utf-8"))
    entry["homepage"] = base.rstrip("/") + "/"
    target = Path(path)
    target.write_text(json.dumps({"defaults": read_registry()["defaults"], "sources": [entry]}, ensure_ascii=False),
                      encoding="utf-8")
    return target
