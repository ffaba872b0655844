"""Article pages with realistic chrome, generated from the bundled seed texts, for benchmarks."""
from __future__ import annotations

import html as html_lib
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "vnpolicy" / "data" / "sample"

TEMPLATE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}"><meta name="pubdate" content="2025-12-0{day}">
<link rel="canonical" href="https://example.invalid/{n}"></head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav>
<div class="cookie">We use cookies to improve your experience. Accept</div>
<article><h1>{title}</h1><time datetime="2025-12-0{day}">0{day}/12/2025</time>{body}</article>
<aside><h3>Same category</h3><ul>{related}</ul></aside><div class="comments">Comment (0)</div>
<footer>© Báo điện tử — Giấy phép số 123/GP-BTTTT</footer></body></html>"""


def article_pages(count: int) -> list[str]:
    seeds = sorted(SAMPLE.glob("*.txt"))
    pages = []
    for n in range(count):
        seed = seeds[n % len(seeds)]
        paragraphs = [p.strip() for p in seed.read_text(encoding="utf-8").split("\n") if p.strip()]
        body = "".join(f"<p>{html_lib.escape(p)}</p>" for p in paragraphs)
        related = "".join(f'<li><a href="/a/{n}-{k}">Related article {k}</a></li>' for k in range(6))
        pages.append(TEMPLATE.format(lang="vi", title=html_lib.escape(paragraphs[0][:80]), day=1 + n % 9, n=n, body=body, related=related))
    return pages
