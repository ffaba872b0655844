"""Pure functions from HTML, PDF or text to a document and its facts; no I/O, no database.

    >>> import extract
    >>> doc = extract.document("Decree No. 98/2018/ND-CP ...", lang="en")
    >>> doc.to_dict()["references"]
"""
from __future__ import annotations

import unicodedata

from extract.decode import decode, sniff_kind
from extract.errors import InputError
from extract.models import Assignment, Document, Fact, Figure, Reference, Sentence
from extract.reflow import reflow
from extract.stages import Context, Stage, default_stages, pipeline_version

# changes when the text pipeline before the stages (decoding, main text, re-flow, language, sentences) changes
BASE_VERSION = "base-3"

__all__ = [
    "Assignment", "Context", "Document", "Fact", "Figure", "InputError", "Reference", "Sentence",
    "Stage", "document", "document_from_text", "pipeline_version", "read_content",
]


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00ad", "").replace("\ufeff", "")
    lines = [line.rstrip() for line in text.split("\n")]
    # collapse runs of blank lines: paragraphs are separated by one line break
    return "\n".join(line for line in lines if line.strip()).strip()


def read_content(
    content: str | bytes,
    url: str | None = None,
    content_type: str | None = None,
) -> tuple[str, str | None, str | None, str | None]:
    """(clean text, title, published, canonical URL) of HTML, PDF or plain text, as str or bytes."""
    # imported here, not with the package: trafilatura and pypdf take a quarter of a second, which
    # every command that only lists the registered stages (extract.stages) would pay at start
    from extract.html import extract_html
    from extract.pdf import extract_pdf

    kind = "text"
    if isinstance(content, bytes):
        kind = sniff_kind(content)
        if content_type and "pdf" in content_type.lower() and kind != "html":
            kind = "pdf"
        if kind == "pdf":
            text, title = extract_pdf(content)
            return _clean(reflow(text, force=True)), title, None, url
        content, _encoding = decode(content, content_type)
    elif content.lstrip()[:1024].lower().startswith(("<!doctype html", "<html")) or "<body" in content[:2048].lower():
        kind = "html"
    if kind == "html" or (content_type and "html" in content_type.lower()):
        page = extract_html(content, url=url)
        return _clean(page.text), page.title, page.published, page.canonical_url
    if not content.strip():
        raise InputError("empty input", kind="empty")
    return _clean(reflow(content)), None, None, url


def document_from_text(
    text: str,
    *,
    lang: str | None = None,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    canonical_url: str | None = None,
    province_code: str | None = None,
    stages: list[Stage] | None = None,
) -> Document:
    """Language, sentences and facts of a clean text."""
    from nlp import langid, languages, segment

    language, paragraph_languages = langid.detect_document(text)
    if lang:
        language = lang
        paragraph_languages = [lang if pl in (langid.UNKNOWN,) else pl for pl in paragraph_languages]
    default = language if language in segment.SUPPORTED else languages.fallback()
    sentences = [Sentence(s.start, s.end, s.language) for s in segment.sentences(text, paragraph_languages, default)]
    doc = Document(
        text=text, language=language, title=title, published=published, url=url,
        canonical_url=canonical_url, paragraph_languages=paragraph_languages, sentences=sentences,
    )
    context = Context(
        text=text, language=language, sentences=sentences, paragraph_languages=paragraph_languages,
        url=url, published=published, province_code=province_code, facts=doc.facts,
    )
    for stage in stages if stages is not None else default_stages():
        doc.facts[stage.name] = sorted(stage.extract(context), key=lambda f: (f.start, f.end))
    return doc


def preload() -> None:
    """Build every language's tables and patterns now, as a page in it would: a parent process does it once
    before forking its workers, which then share them. A worker forked cold builds them at its first page
    (seconds of CPU a language), and the workers that redo a broken pool's pages one at a time, each in a
    fresh process, would pay that for every page."""
    from nlp import langid, languages, segment

    segment.preload()
    langid.detect("warm up the language profiles once before forking")
    for code in languages.codes():
        # a text with no fact in it still loads the stages' data and compiles their patterns
        document_from_text("2025.", lang=code)


def document(
    content: str | bytes,
    url: str | None = None,
    lang: str | None = None,
    *,
    content_type: str | None = None,
    province_code: str | None = None,
    stages: list[Stage] | None = None,
) -> Document:
    """HTML, PDF or plain text (str or bytes) → a Document with its facts.

    Raises InputError with a one-line reason for empty, binary, oversized or unreadable input."""
    text, title, published, canonical = read_content(content, url=url, content_type=content_type)
    if not text:
        raise InputError("no text in the input", kind="empty")
    return document_from_text(
        text, lang=lang, title=title, published=published, url=url, canonical_url=canonical,
        province_code=province_code, stages=stages,
    )
