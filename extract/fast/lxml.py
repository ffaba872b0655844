"""An HTML parser that makes lxml.html's elements with their classes looked up in C: the one module
that knows how lxml.html chooses the class of an element, for extract.html.

lxml.html's own lookup is a Python method called for every element Python touches, about a tenth of
trafilatura's time on a news page (README, "Processing speed"). The classes are the same: lxml.html's
form, input, select, textarea and label classes by tag name (its public classes, listed below as its
``HtmlElementClassLookup`` maps them), HtmlElement for the rest. tests/test_speed.py compares the
classes of every element with those lxml.html's own parser makes, on saved pages and the benchmark's
pages built from real articles.
"""
from __future__ import annotations

import itertools

from lxml import etree
from lxml.html import (FormElement, HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction,
                       InputElement, LabelElement, SelectElement, TextareaElement)

# lxml.html's element classes by tag name (lxml.html.HtmlElementClassLookup's default mapping)
HTML_ELEMENT_CLASSES = {"form": FormElement, "input": InputElement, "select": SelectElement,
                        "textarea": TextareaElement, "label": LabelElement}


def element_classes() -> etree.ElementNamespaceClassLookup:
    """lxml.html's element classes, looked up by tag name in C: its special classes under every
    spelling of their tag (its Python lookup lowers the name), HtmlElement and lxml.html's comment,
    processing instruction and entity classes otherwise."""
    lookup = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
    by_tag = lookup.get_namespace(None)
    for tag, cls in HTML_ELEMENT_CLASSES.items():
        for spelling in itertools.product(*((c.lower(), c.upper()) for c in tag)):
            by_tag["".join(spelling)] = cls
    return lookup


# trafilatura's HTML_PARSER (trafilatura.utils), with the lookup above
PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True)
PARSER.set_element_class_lookup(element_classes())
