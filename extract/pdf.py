"""Text of a PDF (government notices and decrees are published as PDFs) with pypdf."""
from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from extract.errors import InputError

logging.getLogger("pypdf").setLevel(logging.ERROR)


def extract_pdf(data: bytes) -> tuple[str, str | None]:
    """(text with the PDF's line breaks, title from its metadata)."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(f"PDF could not be read: {exc}", kind="unreadable") from exc
    text = "\n\n".join(p.strip("\n") for p in pages if p.strip())
    if not text.strip():
        raise InputError("the PDF has no text layer (a scan?)", kind="empty")
    return text, (str(title) if title else None)
