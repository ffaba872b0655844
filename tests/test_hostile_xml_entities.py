"""Feeds and sitemaps that declare XML entities: harmless internal ones (as some CMSs emit) are read
with the entities expanded, everything that could expand without bound or reach outside the
document is refused whole. The parser is lxml itself, on literal documents; then a real crawl of the
hostile site on 127.0.0.1 by the real ``vnpolicy crawl``."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from crawler import xmlsafe
from crawler.samplesite.hostile import ENTITY_ARTICLES, PASSWD_MARK, HostileServer
from tests.test_hostile_crawl import crawl, reasons_for, stored_paths


def rss(doctype: str, title: str = "Tin&nbsp;mới", link: str = "http://example.vn/news/a.html") -> bytes:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rss [{doctype}]>\n<rss version="2.0"><channel><title>Feed</title>'
            f"<item><title>{title}</title><link>{link}</link></item></channel></rss>").encode()


LAUGHS = "".join(['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)])


@pytest.mark.parametrize("doctype, title, link, expected_title, expected_link", [
    # a character entity, the most common case (&nbsp; as HTML has it)
    ('<!ENTITY nbsp "&#160;">', "Tin&nbsp;mới", "http://example.vn/news/a.html", "Tin\u00a0mới", "http://example.vn/news/a.html"),
    # several character entities in one title
    ('<!ENTITY nbsp "&#160;"><!ENTITY mdash "&#8212;"><!ENTITY copy "&#169;">', "A&nbsp;&mdash;&nbsp;B &copy;",
     "http://example.vn/a.html", "A\u00a0—\u00a0B ©", "http://example.vn/a.html"),
    # an entity for the start of every link: must be expanded, or the link is cut to "/news/a.html"
    ('<!ENTITY site "http://example.vn">', "Tin", "&site;/news/a.html", "Tin", "http://example.vn/news/a.html"),
    # a word in Vietnamese, declared and used once
    ('<!ENTITY tinh "Vĩnh Long">', "Tin &tinh;", "http://example.vn/a.html", "Tin Vĩnh Long", "http://example.vn/a.html"),
    # declared and never used
    ('<!ENTITY unused "x">', "Tin", "http://example.vn/a.html", "Tin", "http://example.vn/a.html"),
])
def test_harmless_internal_entities_are_read_expanded(doctype, title, link, expected_title, expected_link):
    root = xmlsafe.parse(rss(doctype, title, link), "feed")
    assert root.findtext("channel/item/title") == expected_title
    assert root.findtext("channel/item/link") == expected_link


@pytest.mark.parametrize("doctype, title, link, reason", [
    # billion laughs: entities nested ten deep
    (LAUGHS, "&lol9;", "http://example.vn/a.html", "entities that refer to other entities"),
    # one level of nesting is already refused: it is how every expansion bomb starts
    ('<!ENTITY a "x"><!ENTITY b "&a;&a;">', "&b;", "http://example.vn/a.html", "entities that refer to other entities"),
    # an external entity reading a local file
    ('<!ENTITY xxe SYSTEM "file:///etc/passwd">', "&xxe;", "http://example.vn/a.html", "external entities"),
    # an external entity fetched over HTTP
    ('<!ENTITY xxe SYSTEM "http://127.0.0.1:9/xxe">', "&xxe;", "http://example.vn/a.html", "external entities"),
    # a PUBLIC external entity
    ('<!ENTITY xxe PUBLIC "-//X//Y" "http://127.0.0.1:9/xxe">', "&xxe;", "http://example.vn/a.html", "external entities"),
    # an external parameter entity (a remote DTD pulled in)
    ('<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd">%remote;', "Tin", "http://example.vn/a.html", "external entities"),
    # an internal parameter entity
    ('<!ENTITY % p "&#160;">', "Tin", "http://example.vn/a.html", "parameter entities"),
    # an entity holding markup (it would add elements: a link nobody wrote)
    ('<!ENTITY item "&#60;link&#62;http://evil.example/&#60;/link&#62;">', "&item;", "http://example.vn/a.html",
     "an entity holding markup"),
    # an entity of more text than a harmless one needs
    (f'<!ENTITY long "{"x" * (xmlsafe.MAX_ENTITY_CHARS + 1)}">', "&long;", "http://example.vn/a.html", "over 200 characters"),
    # quadratic blowup: no nesting, one long entity used many times
    (f'<!ENTITY big "{"x" * 200}">', "&big;" * 5000, "http://example.vn/a.html", "over twice its size"),
])
def test_entities_that_could_hurt_are_refused_whole(doctype, title, link, reason):
    with pytest.raises(xmlsafe.UnsafeXML) as info:
        xmlsafe.parse(rss(doctype, title, link), "feed")
    message = str(info.value)
    assert message.startswith("feed declares XML") and reason in message and message.endswith("refused, never expanded")


def test_a_sitemap_with_harmless_entities_is_readable_by_scrapy():
    from scrapy.utils.sitemap import Sitemap

    body = ('<?xml version="1.0"?>\n<!DOCTYPE urlset [<!ENTITY site "http://example.vn">]>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&site;/news/a.html</loc></url></urlset>'
            ).encode()
    assert [u["loc"] for u in Sitemap(xmlsafe.readable(body, "sitemap"))] == ["http://example.vn/news/a.html"]
    # Scrapy alone expands nothing: the link is cut (which is why entities were refused before)
    assert [u["loc"] for u in Sitemap(body)] != ["http://example.vn/news/a.html"]
    plain = body.replace(b"&site;", b"http://example.vn").split(b"\n", 2)[2]
    assert xmlsafe.readable(plain, "sitemap") is plain  # no entity: the bytes as they came


def test_the_crawl_reads_feeds_and_sitemaps_with_harmless_entities_and_still_refuses_the_others(tmp_path):
    discovery = {"sitemaps": ["/sitemap-entities.xml", "/sitemap-laughs.xml", "/sitemap-xxe-http.xml"],
                 "feeds": ["/feed-entities.rss", "/feed-laughs.rss", "/feed-xxe-file.rss"], "sections": []}
    with HostileServer() as server:
        result = crawl(server, tmp_path, discovery=discovery)
    report, requested = result["report"], result["requests"]
    # the articles linked only from the documents with entities, through links built by &news;
    # (the homepage, always an entry point, adds the others)
    assert set(ENTITY_ARTICLES) <= set(stored_paths(result["db"]))
    for path in ("/feed-entities.rss", "/sitemap-entities.xml"):
        assert path in requested and not reasons_for(report, "failed", path)
    for path in ("/feed-laughs.rss", "/feed-xxe-file.rss", "/sitemap-laughs.xml", "/sitemap-xxe-http.xml"):
        assert reasons_for(report, "failed", path)[0].endswith("refused, never expanded"), path
    assert not [p for p in requested if urlsplit(p).path.startswith("/xxe/")]
    assert not [p for p in requested if urlsplit(p).path in ("/from-the-entity-feed-20250115.html", "/news/")]
    import sqlite3

    with sqlite3.connect(result["db"]) as conn:
        assert not [c for (c,) in conn.execute("select content from pages") if PASSWD_MARK.encode() in bytes(c)]
