"""Parsing feeds and sitemaps from the web without trusting them.

lxml parses here with no DTD loading and no network, and with libxml2's size limits on (no
``huge_tree``). A first parse leaves every entity unexpanded and reads what the document declares:

- no entity declared: the document is read as it is;
- harmless internal entities, as some CMSs emit (``<!ENTITY nbsp "&#160;">``): a little text each,
  no markup, no reference to another entity (so no nesting, which a billion laughs needs), and all
  their uses together adding at most the document's own size. The document is parsed again with
  internal entities only (``resolve_entities="internal"``) and read with them expanded;
- anything else is refused as a whole, with the reason: external entities (``SYSTEM
  "file:///etc/passwd"``, ``http://…``; never fetched nor read), parameter entities, nested entities,
  entities holding markup or too much text. Left unexpanded, an entity would silently cut the text
  it stands in (a link ``/news/&x;.html`` reads ``/news/``), so a document is never half read.

A DOCTYPE that only names an external DTD (old RSS 0.91 feeds do) is harmless here: the DTD is
never loaded.
"""
from __future__ import annotations

import re

from lxml import etree

# what a harmless internal entity may stand for: this many characters at most, no "<" nor "&"
MAX_ENTITY_CHARS = 200
MAX_ENTITIES = 100
_PARAMETER_ENTITY = re.compile(rb"<!ENTITY\s+%")


class UnsafeXML(ValueError):
    """A feed or sitemap refused; the message is the reason for the crawl report."""


def _parser(resolve_entities: bool | str = False) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=resolve_entities, load_dtd=False, no_network=True, huge_tree=False,
                           recover=True, remove_comments=True, remove_pis=True)


def declared_entities(root: etree._Element) -> list[str]:
    """How the document's internal DTD declares entities: ``name → SYSTEM url`` or ``name (internal)``."""
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is None:
        return []
    return [f"{e.name} → {e.system_url}" if e.system_url else f"{e.name} (internal)" for e in dtd.iterentities()]


def _why_not_harmless(root: etree._Element, body: bytes) -> str | None:
    """Why the entities ``root``'s document declares may not be expanded, or None when they may."""
    entities = list(root.getroottree().docinfo.internalDTD.iterentities())
    if any(e.system_url for e in entities):
        return "external entities"
    if _PARAMETER_ENTITY.search(body):
        return "parameter entities"
    if len(entities) > MAX_ENTITIES:
        return f"over {MAX_ENTITIES} entities"
    for entity in entities:
        content = entity.content or ""
        if "&" in content:
            return "entities that refer to other entities (entity expansion)"
        if "<" in content or len(content) > MAX_ENTITY_CHARS:
            return f"an entity holding markup or over {MAX_ENTITY_CHARS} characters"
    added = sum(body.count(f"&{e.name};".encode()) * len((e.content or "").encode()) for e in entities)
    if added > len(body):
        return "entities that would expand it to over twice its size"
    return None


def parse(body: bytes, what: str) -> etree._Element:
    """The root element of ``body``, harmless internal entities expanded; raises UnsafeXML when it
    declares any other entity (or is not XML)."""
    body = body.strip() or b"<empty/>"
    try:
        root = etree.fromstring(body, parser=_parser())
    except etree.XMLSyntaxError as exc:
        raise UnsafeXML(f"{what} is not XML") from exc
    if root is None:
        raise UnsafeXML(f"{what} is not XML")
    if not declared_entities(root):
        return root
    refused = _why_not_harmless(root, body)
    if refused:
        raise UnsafeXML(f"{what} declares XML {refused}: refused, never expanded")
    parser = _parser(resolve_entities="internal")
    expanded = etree.fromstring(body, parser=parser)
    # every use expanded, nothing skipped by a recovered error: else the text would be cut short
    if expanded is None or any(True for _ in expanded.iter(etree.Entity)) or any(
            e.level_name == "FATAL" for e in parser.error_log):
        raise UnsafeXML(f"{what} uses XML entities that cannot all be expanded: refused")
    return expanded


def readable(body: bytes, what: str) -> bytes:
    """``body`` as a parser that expands no entity may read it: ``body`` itself when it declares
    none, else the document with its harmless internal entities expanded (and no DOCTYPE).
    Raises UnsafeXML like :func:`parse`."""
    root = parse(body, what)
    if root.getroottree().docinfo.internalDTD is None:
        return body
    return etree.tostring(root, encoding="utf-8", xml_declaration=True)


def check(body: bytes, what: str) -> None:
    """Raise UnsafeXML for a document that declares entities other than harmless internal ones (or is not XML)."""
    parse(body, what)
