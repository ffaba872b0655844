"""Processing speed: documents per second per core of ``extract.document`` and of the ``vnpolicy
process`` path (extract and store into a real SQLite corpus), each next to bare trafilatura with
metadata (``trafilatura.bare_extraction(page, with_metadata=True)``, the ceiling) on the same pages,
measured in the same run as a ratio.

The pages are news article pages of realistic weight: a head with meta tags, JSON-LD and inline
scripts, a mega-menu, breadcrumbs, the article (title, lead, dated byline, paragraphs, a figure,
tags), related-article and most-read boxes with teasers, comments, a footer of links. Their
article texts follow the corpus's language mix (vi 0.6, en 0.25, fr 0.08, sv 0.07): the real
Vietnamese dev articles (``../shared/dev/baomoi``, each used once, when present) and the seeds,
then articles of 2,000-8,000 characters made of paragraphs of random sentences of the seeds and dev
articles of their language (no paragraph repeats, so no cache answers for a page it saw before).
Menu labels and teasers come from the same language's sentences.

The ``extract_document`` figures are those of the median of three passes over the pages.

Fairness: one warm process (spaCy pipelines and language profiles loaded, 40 other made-up pages
processed first); trafilatura and ``extract.document`` are timed page by page in alternation, so a busy
machine slows both alike; CPU time of this process (``time.process_time``), i.e. per core. The process
path is timed the same way since issue 18's sixth pass (trafilatura on each page right before the path
extracts it); the earlier way (trafilatura on each batch of 10 pages before the batch, which runs it
warmer) is reported beside it, under ``process_and_store_batch_timed``.

    python -m bench bench_processing            # BENCH_PAGES=300 pages by default
"""
from __future__ import annotations

import html as html_lib
import importlib
import os
import random
import re
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "vnpolicy" / "data" / "sample"
# the dev articles sit next to the repository (../shared/dev), or next to the worktrees' folder
DEV = next((d for d in (ROOT.parent / "shared" / "dev" / "baomoi", ROOT.parents[1] / "shared" / "dev" / "baomoi") if d.exists()),
           ROOT.parent / "shared" / "dev" / "baomoi")
LANGUAGE_MIX = [("vi", 0.6), ("en", 0.25), ("fr", 0.08), ("sv", 0.07)]
SEED_LANGUAGE = {"000": "en", "001": "en", "002": "fr", "003": "sv", "004": "vi"}
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def _real_texts() -> list[tuple[str, str]]:
    """(language, text) of the seeds and of the dev articles when present."""
    texts = [(SEED_LANGUAGE[p.name[:3]], p.read_text(encoding="utf-8")) for p in sorted(SAMPLE.glob("*.txt"))]
    if DEV.exists():
        texts += [("vi", p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.txt"))]
    return texts


def _sentence_pools(texts: list[tuple[str, str]]) -> dict[str, list[str]]:
    pools: dict[str, list[str]] = defaultdict(list)
    for lang, text in texts:
        for line in text.split("\n"):
            pools[lang] += [s.strip() for s in _SENTENCE_END.split(line) if len(s.strip()) > 30]
    return pools


def _made_up_text(rng: random.Random, pool: list[str]) -> str:
    """A title line and paragraphs of 1-4 random sentences, 2,000-8,000 characters in all."""
    target = rng.randint(2000, 8000)
    paragraphs, size = [rng.choice(pool)[:120]], 0
    while size < target:
        paragraph = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 4)))
        paragraphs.append(paragraph)
        size += len(paragraph) + 1
    return "\n".join(paragraphs)


def _label(rng: random.Random, pool: list[str], words: tuple[int, int] = (1, 3)) -> str:
    tokens = [t for t in rng.choice(pool).split() if t.isalpha()] or ["Tin"]
    start = rng.randrange(len(tokens))
    label = " ".join(tokens[start : start + rng.randint(*words)])
    return html_lib.escape(label[:1].upper() + label[1:])


def _script(rng: random.Random, size: int) -> str:
    """Minified-looking inline JavaScript of about ``size`` characters."""
    names = ["gtag", "dataLayer", "adsbygoogle", "window", "document", "push", "config", "event"]
    parts = []
    while sum(map(len, parts)) < size:
        a, b = rng.choice(names), rng.choice(names)
        parts.append(f"{a}.{b}({{id:'{rng.randrange(10**8):08x}',v:{rng.randrange(999)},f:function(e){{return e&&e.{b}}}}});")
    return "".join(parts)


def _page(n: int, lang: str, text: str, rng: random.Random, pool: list[str]) -> str:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title = html_lib.escape(lines[0][:150])
    day = f"20{rng.randint(16, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    body = lines[1:] or lines
    paragraphs = [f"<p>{html_lib.escape(p)}</p>" for p in body[1:]]
    figure = (f'<figure class="image"><img src="/img/{n}/photo.jpg" alt="{_label(rng, pool)}" width="680" height="420">'
              f"<figcaption>{_label(rng, pool, (4, 10))}</figcaption></figure>")
    paragraphs.insert(min(2, len(paragraphs)), figure)
    icon = '<svg class="ic" viewBox="0 0 24 24" width="16" height="16"><path d="M12 2L2 7l10 5 10-5-10-5z"></path></svg>'
    menu = "".join(
        f'<li class="menu-item"><a href="/c{c}"><span class="icon">{icon}</span><span>{_label(rng, pool, (1, 2))}</span></a><ul class="sub">'
        + "".join(f'<li><a href="/c{c}/s{s}">{_label(rng, pool, (1, 3))}</a></li>' for s in range(12))
        + "</ul></li>"
        for c in range(18)
    )

    def teaser(k: int, cls: str) -> str:
        link = f"/a/{rng.randrange(10**6)}.html"
        return (f'<article class="item {cls}"><div class="thumb"><a href="{link}"><picture><source srcset="/thumb/{k}.webp" type="image/webp">'
                f'<img src="/thumb/{k}.jpg" alt="" loading="lazy"></picture></a></div><div class="info"><h3 class="item-title">'
                f'<a href="{link}">{html_lib.escape(rng.choice(pool)[:90])}</a></h3><p class="summary">{html_lib.escape(rng.choice(pool)[:160])}</p>'
                f'<div class="item-meta"><span class="cat"><a href="/c{k}">{_label(rng, pool, (1, 2))}</a></span>'
                f'<span class="time">{rng.randint(1, 23)} giờ</span>{icon}</div></div></article>')

    related = "".join(teaser(k, "related") for k in range(8))
    most_read = "".join(teaser(k, "most-read") for k in range(10))
    latest = "".join(f'<li><a href="/a/{rng.randrange(10**6)}.html">{html_lib.escape(rng.choice(pool)[:80])}</a>'
                     f'<span class="time">{rng.randint(1, 23)}h</span></li>' for _ in range(15))
    more = "".join(f'<section class="box-category"><h2><a href="/c{c}">{_label(rng, pool)}</a></h2>'
                   + "".join(teaser(k, "cat") for k in range(6)) + "</section>" for c in range(3))
    footer = "".join(
        "<div class=\"col\"><h4>" + _label(rng, pool) + "</h4><ul>"
        + "".join(f'<li><a href="/f{c}/{k}">{_label(rng, pool)}</a></li>' for k in range(12)) + "</ul></div>"
        for c in range(6)
    )
    metas = "".join(f'<meta name="keywords-{k}" content="{_label(rng, pool)}">' for k in range(12))
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<meta name="description" content="{html_lib.escape(body[0][:200])}"><meta name="robots" content="index,follow">
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="og:url" content="https://news.example.invalid/a/{n}.html"><meta property="og:image" content="https://news.example.invalid/img/{n}.jpg">
<meta property="article:published_time" content="{day}T08:{n % 60:02d}:00+07:00"><meta name="twitter:card" content="summary_large_image">
{metas}<link rel="canonical" href="https://news.example.invalid/a/{n}.html"><link rel="stylesheet" href="/css/main.{n % 7}.css">
<link rel="preload" href="/fonts/font.woff2" as="font"><link rel="icon" href="/favicon.ico">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"{day}T08:00:00+07:00","author":{{"@type":"Person","name":"{_label(rng, pool, (2, 3))}"}}}}</script>
<style>{"".join(f".c{k}{{margin:{k}px;padding:{k % 5}px;color:#{rng.randrange(16**6):06x}}}" for k in range(300))}</style>
<script>{_script(rng, 6000)}</script><script>{_script(rng, 4000)}</script><script async src="https://www.googletagmanager.invalid/gtag/js"></script></head>
<body class="article-page"><div id="fb-root"></div><header class="site-header"><div class="top-bar"><span class="date">{day}</span>
<form class="search" action="/search"><input name="q" placeholder="{_label(rng, pool)}"><button>{_label(rng, pool, (1, 1))}</button></form>
<a class="login" href="/login">{_label(rng, pool, (1, 2))}</a></div><a class="logo" href="/"><img src="/logo.svg" alt="logo"></a>
<nav class="main-menu"><ul>{menu}</ul></nav></header>
<div class="ads ads-top"><iframe src="/ads/{n}" width="970" height="90"></iframe></div>
<main><div class="breadcrumb"><a href="/">{_label(rng, pool, (1, 1))}</a> › <a href="/c{n % 14}">{_label(rng, pool)}</a></div>
<article class="detail"><h1 class="title">{title}</h1><div class="meta"><span class="author">{_label(rng, pool, (2, 3))}</span>
<time datetime="{day}T08:00:00+07:00">{day}</time></div><p class="sapo"><strong>{html_lib.escape(body[0])}</strong></p>
<div class="content">{"".join(paragraphs)}</div>
<div class="tags">{"".join(f'<a href="/tag/{k}">{_label(rng, pool)}</a>' for k in range(6))}</div>
<div class="share"><a href="#fb">Facebook</a><a href="#zalo">Zalo</a><a href="#print">{_label(rng, pool, (1, 1))}</a></div></article>
<section class="related"><h2>{_label(rng, pool)}</h2><ul>{related}</ul></section>
{more}<section class="comments"><h2>{_label(rng, pool, (1, 2))}</h2><form><textarea></textarea><button>{_label(rng, pool, (1, 1))}</button></form></section></main>
<aside class="sidebar"><div class="box most-read"><h2>{_label(rng, pool)}</h2><ol>{most_read}</ol></div>
<div class="ads"><iframe src="/ads/side/{n}" width="300" height="600"></iframe></div><div class="box latest"><h2>{_label(rng, pool)}</h2><ul>{latest}</ul></div></aside>
<footer class="site-footer"><div class="columns">{footer}</div><p class="address">{_label(rng, pool, (6, 12))}</p>
<p class="license">© {day[:4]} {_label(rng, pool, (3, 8))}</p></footer>
<script>{_script(rng, 5000)}</script><script>{_script(rng, 3000)}</script><script src="/js/app.{n % 9}.js"></script></body></html>"""


def _wanted(count: int) -> dict[str, int]:
    wanted = {lang: round(count * share) for lang, share in LANGUAGE_MIX}
    wanted["vi"] += count - sum(wanted.values())
    return wanted


def realistic_pages(count: int, seed: int = 11, *, real_first: bool = True) -> list[tuple[str, str]]:
    """``count`` (language, HTML) article pages in the corpus's language mix; the real articles
    first unless ``real_first`` is false (then every article is made up)."""
    rng = random.Random(seed)
    real = _real_texts()
    pools = _sentence_pools(real)
    wanted = _wanted(count)
    texts: list[tuple[str, str]] = []
    for lang, share in LANGUAGE_MIX:
        mine = [t for l, t in real if l == lang][: wanted[lang]] if real_first else []
        texts += [(lang, t) for t in mine]
        texts += [(lang, _made_up_text(rng, pools[lang])) for _ in range(wanted[lang] - len(mine))]
    rng.shuffle(texts)
    return [(lang, _page(n, lang, text, rng, pools[lang])) for n, (lang, text) in enumerate(texts)]


WARM_UP_PAGES = 40
PASSES = 3


def _warm() -> None:
    """A process as it is after its first pages: pipelines and profiles loaded, the per-word caches
    (spaCy's tokenizer, the n-grams of langdetect) holding the common words. The warm-up pages are
    made up with another seed, so no measured paragraph is met before."""
    import trafilatura

    import extract
    from corpus.process import AFTER_PROCESSING
    from nlp import langid, segment

    segment.preload()
    langid.detect("warm up the language profiles once, as a worker process has them")
    for spec in AFTER_PROCESSING:  # imported once per process (scikit-learn for stories), not per run
        importlib.import_module(spec.partition(":")[0])
    warm_pages = realistic_pages(WARM_UP_PAGES, seed=1, real_first=False)
    for _, page in warm_pages:
        trafilatura.bare_extraction(page, with_metadata=True)
        extract.document(page.encode("utf-8"), content_type="text/html")
    _warm_derived_tables([page for _, page in warm_pages[:12]])


def _warm_derived_tables(pages: list[str]) -> None:
    """One processing run with its derived tables on a throwaway corpus: what those tables import
    lazily (scikit-learn's clustering, about 0.4 s) is then loaded, as in a process past its first
    run, and the measured run pays only its own work."""
    from corpus import open_db
    from corpus import process as processing
    from corpus.store import RawPage, store_pages

    with tempfile.TemporaryDirectory() as folder:
        db = open_db(Path(folder) / "warm.db")
        store_pages(db, [RawPage(url=f"https://warm.example.invalid/{n}.html", content=page.encode("utf-8"),
                                 content_type="text/html; charset=utf-8") for n, page in enumerate(pages)])
        processing.process(db, workers=1)
        db.close()


def _forget_paragraphs() -> None:
    """Each measured pass meets its paragraphs for the first time: the cache of paragraph languages
    (langid.detect_among) would otherwise answer a later pass over the same pages for free."""
    from nlp import langid

    langid.detect_among.cache_clear()


def extraction_ratio(pages: list[str]) -> dict[str, Any]:
    """extract.document against bare trafilatura, page by page in alternation, CPU seconds."""
    import trafilatura

    import extract

    _forget_paragraphs()
    bare = full = 0.0
    for page in pages:
        t0 = time.process_time()
        trafilatura.bare_extraction(page, with_metadata=True)
        t1 = time.process_time()
        extract.document(page.encode("utf-8"), content_type="text/html")
        t2 = time.process_time()
        bare += t1 - t0
        full += t2 - t1
    return {"trafilatura_docs_per_s": round(len(pages) / bare, 2),
            "extract_docs_per_s": round(len(pages) / full, 2),
            "ratio_to_trafilatura": round(bare / full, 3)}


def phases(pages: list[str]) -> dict[str, float]:
    """Milliseconds of CPU per page in each step of extract.document: where the time goes."""
    from extract import Context, Document, read_content
    from extract.models import Sentence
    from extract.stages import default_stages
    from nlp import langid, segment

    _forget_paragraphs()
    spent: dict[str, float] = defaultdict(float)
    stages = default_stages()
    for page in pages:
        t = time.process_time()

        def tick(name: str) -> None:
            nonlocal t
            now = time.process_time()
            spent[name] += now - t
            t = now

        text, title, published, canonical = read_content(page.encode("utf-8"), content_type="text/html")
        tick("html_to_text (trafilatura, htmldate)")
        language, paragraph_languages = langid.detect_document(text)
        tick("languages (langdetect)")
        default = language if language in segment.SUPPORTED else "en"
        sentences = [Sentence(s.start, s.end, s.language) for s in segment.sentences(text, paragraph_languages, default)]
        tick("sentences (spaCy)")
        doc = Document(text=text, language=language, title=title, published=published, canonical_url=canonical,
                       paragraph_languages=paragraph_languages, sentences=sentences)
        context = Context(text=text, language=language, sentences=sentences, paragraph_languages=paragraph_languages,
                          published=published, facts=doc.facts)
        for stage in stages:
            doc.facts[stage.name] = sorted(stage.extract(context), key=lambda f: (f.start, f.end))
            tick(f"stage {stage.name}")
        doc.to_dict()
        tick("to_dict")
    return {name: round(1000 * seconds / len(pages), 2) for name, seconds in spent.items()}


def _trafilatura_seconds(pages: list[str]) -> float:
    import trafilatura

    t0 = time.process_time()
    for page in pages:
        trafilatura.bare_extraction(page, with_metadata=True)
    return time.process_time() - t0


def process_ratio(pages: list[str], batch: int = 10, *, page_by_page: bool = True) -> dict[str, Any]:
    """The ``vnpolicy process`` path in one process (``workers=1``): raw pages stored in a real
    corpus file, then ``corpus.process.process``: extract, write documents and facts in
    transactions. The pages arrive ``batch`` at a time, as a crawl brings them. The derived tables
    (``AFTER_PROCESSING``: provinces, legal documents, agencies, stories) are refreshed once at the
    end and timed apart, since their cost grows with the corpus, not with the pages of a run.

    ``page_by_page`` (the default since issue 18's sixth pass): trafilatura runs on each page right
    before the process path extracts it (inside the run, its CPU time taken out of the run's), so
    both alternate page by page, as in ``extraction_ratio``. Otherwise (the way of the earlier
    passes) trafilatura is timed on each batch of pages before the batch is processed: ten pages of
    trafilatura in a row run warmer (its code and data in the CPU's caches) than pages that alternate
    with the other side's, a comparison easier for trafilatura than ``extraction_ratio``'s."""
    import trafilatura

    from corpus import open_db
    from corpus import process as processing
    from corpus.store import RawPage, store_pages

    _forget_paragraphs()
    bare = seconds = 0.0
    processed = failed = 0
    page_of_url: dict[str, str] = {}
    extract_page = processing._extract_page

    def trafilatura_then_extract(task):
        nonlocal bare
        t0 = time.process_time()
        trafilatura.bare_extraction(page_of_url[task.url], with_metadata=True)
        bare += time.process_time() - t0
        return extract_page(task)

    with tempfile.TemporaryDirectory() as folder:
        db = open_db(Path(folder) / "bench.db")
        after = list(processing.AFTER_PROCESSING)
        processing.AFTER_PROCESSING[:] = []  # the per-page path alone first
        try:
            for first in range(0, len(pages), batch):
                chunk = pages[first : first + batch]
                urls = [f"https://news.example.invalid/a/{first + n}.html" for n in range(len(chunk))]
                page_of_url.update(zip(urls, chunk))
                store_pages(db, [RawPage(url=url, content=page.encode("utf-8"), content_type="text/html; charset=utf-8")
                                 for url, page in zip(urls, chunk)])
                if page_by_page:
                    processing._extract_page = trafilatura_then_extract
                    bare_before = bare
                else:
                    bare += _trafilatura_seconds(chunk)
                t0 = time.process_time()
                report = processing.process(db, workers=1)
                seconds += time.process_time() - t0
                if page_by_page:
                    processing._extract_page = extract_page
                    seconds -= bare - bare_before
                processed, failed = processed + report.processed, failed + len(report.failed)
        finally:
            processing.AFTER_PROCESSING[:] = after
            processing._extract_page = extract_page
        t0 = time.process_time()
        processing._after_processing(db)
        after_seconds = time.process_time() - t0
        documents = db.execute("select count(*) from documents").fetchone()[0]
        db.close()
    return {"trafilatura_timed": "page by page, alternating" if page_by_page else f"on each batch of {batch} pages before it",
            "processed": processed, "documents": documents, "failed": failed,
            "trafilatura_docs_per_s": round(len(pages) / bare, 2),
            "extract_and_store_docs_per_s": round(len(pages) / seconds, 2),
            "ratio_to_trafilatura": round(bare / seconds, 3),
            "derived_tables_seconds_per_run": round(after_seconds, 2),
            "with_derived_tables_docs_per_s": round(len(pages) / (seconds + after_seconds), 2),
            "ratio_with_derived_tables": round(bare / (seconds + after_seconds), 3)}


def run() -> dict[str, Any]:
    count = int(os.environ.get("BENCH_PAGES", "300"))
    made = realistic_pages(count)
    pages = [page for _, page in made]
    _warm()
    result: dict[str, Any] = {
        "pages": len(pages),
        "languages": {lang: sum(1 for l, _ in made if l == lang) for lang, _ in LANGUAGE_MIX},
        "mean_page_kb": round(sum(len(p.encode("utf-8")) for p in pages) / len(pages) / 1024, 1),
        "real_articles": sum(min(wanted, sum(1 for l, _ in _real_texts() if l == lang))
                             for lang, wanted in _wanted(len(pages)).items()),
    }
    # three passes (each meeting its paragraphs anew): a busy machine moves one pass's figure
    passes = [extraction_ratio(pages) for _ in range(PASSES)]
    result["extract_document"] = dict(sorted(passes, key=lambda p: p["ratio_to_trafilatura"])[len(passes) // 2],
                                      ratio_each_pass=[p["ratio_to_trafilatura"] for p in passes])
    # the process path both ways in the same run (README, "Processing speed", sixth pass): trafilatura
    # alternating page by page with it (the figure), then timed on each batch before it (the earlier way)
    result["process_and_store"] = process_ratio(pages)
    result["process_and_store_batch_timed"] = process_ratio(pages, page_by_page=False)
    result["ms_per_page"] = phases(pages)
    return result
