"""Parsing feeds and sitemaps from the web without trusting them.

lxml parses here with entity substitution off, no DTD loading and no network (so neither a billion
laughs nor an external entity such as ``file:///etc/passwd`` is ever expanded or fetched), and with
libxml2's size limits on (no ``huge_tree``). Left unexpanded, an entity would silently cut the
text it stands in (a link ``/news/&x;.html`` reads ``/news/``), so a document that declares
entities is refused as a whole, with the reason, instead of being half read. A DOCTYPE that only
names an external DTD (old RSS 0.91 feeds do) is harmless here: the DTD is never loaded.
"""
from __future__ import annotations

from lxml import etree


class UnsafeXML(ValueError):
    """A feed or sitemap refused; the message is the reason for the crawl report."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False,
                           recover=True, remove_comments=True, remove_pis=True)


def declared_entities(root: etree._Element) -> list[str]:
    """How the document's internal DTD declares entities: ``name → SYSTEM url`` or ``name (internal)``."""
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is None:
        return []
    return [f"{e.name} → {e.system_url}" if e.system_url else f"{e.name} (internal)" for e in dtd.iterentities()]


def parse(body: bytes, what: str) -> etree._Element:
    """The root element of ``body``; raises UnsafeXML when it declares entities or is not XML."""
    try:
        root = etree.fromstring(body.strip() or b"<empty/>", parser=_parser())
    except etree.XMLSyntaxError as exc:
        raise UnsafeXML(f"{what} is not XML") from exc
    if root is None:
        raise UnsafeXML(f"{what} is not XML")
    entities = declared_entities(root)
    if entities:
        external = any("→" in e for e in entities)
        kind = "external entities" if external else "entities (entity expansion)"
        raise UnsafeXML(f"{what} declares XML {kind}: refused, never expanded")
    return root


def check(body: bytes, what: str) -> None:
    """Raise UnsafeXML for a document that declares entities (or is not XML)."""
    parse(body, what)
