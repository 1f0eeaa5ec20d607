"""Read article files (.txt, .md, .html/.htm, .pdf, .docx) into ``Document`` objects.

The decoded text is the reference for every character offset later in the pipeline, so plain-text files
are decoded exactly as ``Path(p).read_text(encoding="utf-8")`` would: UTF-8 (a BOM is kept, not stripped)
and newlines normalised like Python text mode (``\\r\\n`` and lone ``\\r`` become ``\\n``). Files that are
not UTF-8 fall back to charset detection (charset-normalizer), so old Latin-1 or Windows-1252 files work.

Each file may be at most ``MAX_BYTES`` (20 MiB) and its text at most ``MAX_CHARS`` (as many characters): a UN
Panel of Experts report of several hundred pages is a few million characters, and the extraction parses long
texts piece by piece. Anything bigger is reported, not read, because a mis-dropped video or archive should not
stall the app. Only regular files are read: a FIFO or a device would block the reader forever. A PDF keeps the
start of each page (``Document.pages``), so a sentence can be placed on its page.

``ingest`` never raises for a bad file: each one becomes a ``Problem`` with a one-line reason.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import stat
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from core import dates, titles
from core.model import Document, Problem

MAX_BYTES: int = 20 * 1024 * 1024
MAX_CHARS: int = 20 * 1024 * 1024
SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx"})
TITLE_MAX_CHARS = 200

_TEXT_SUFFIXES = frozenset({".txt", ".md"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})
# C0/C1 controls other than tab, newlines, form feed and escape: more than a trace means the file is binary.
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_BINARY_CONTROL_RATIO = 0.01
_TIE_PREFERENCE = ("cp1252", "latin_1", "iso8859_15")


class IngestError(Exception):
    """A file cannot be used as an article; ``reason`` is a short one-line message for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# -- public API ----------------------------------------------------------------------------------


def ingest(paths: Iterable[str | Path]) -> Iterator[Document | Problem]:
    """Yield a ``Document`` or a ``Problem`` for every article file at ``paths``; never raises for bad files.

    Folders are walked recursively in sorted order; hidden entries are skipped, and so are files whose
    format is not supported (they are only reported when named explicitly).
    """
    for given in paths:
        path = Path(given)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as exc:
            yield Problem(display_path(path), _os_reason(exc))
            continue
        if not exists:
            yield Problem(display_path(path), "no such file")
        elif is_dir:
            yield from _ingest_folder(path, seen=set())
        else:
            yield _read_or_problem(path)


def read_document(path: Path) -> Document:
    """Read one article file; raises ``IngestError`` with a one-line reason when it cannot be used."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"not an article format ({suffix})" if suffix else "not an article format (no extension)")
    data = _read_bytes(path)
    if not data.strip():
        raise IngestError("empty")
    pages: tuple[tuple[int, int], ...] = ()
    if suffix in _TEXT_SUFFIXES:
        text = _decode_text(data)
        title, published = _first_line_title(text, markdown=suffix == ".md"), None
    elif suffix in _HTML_SUFFIXES:
        text, title, published = _read_html(data)
    elif suffix == ".pdf":
        text, title, published, pages = _read_pdf(data)
    else:
        text, title, published = _read_docx(data)
    if not text.strip().strip("\ufeff").strip():
        raise IngestError("empty" if suffix in _TEXT_SUFFIXES else "no text found")
    if len(text) > MAX_CHARS:
        raise IngestError(f"too long ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    published = published or dates.published_in_text(text)  # metadata first: it says when, a dateline only where
    return Document(
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        path=display_path(path),
        title=title or _clip_title(path.stem),
        text=text,
        published=published,
        pages=pages,
    )


def display_path(path: str | Path) -> str:
    """The path as text that can always be stored and printed: bytes that are not UTF-8 become U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


# -- files and folders ---------------------------------------------------------------------------


def _read_or_problem(path: Path) -> Document | Problem:
    try:
        return read_document(path)
    except IngestError as exc:
        return Problem(display_path(path), exc.reason)
    except Exception as exc:  # a parser library's bug must cost one file, not the batch
        return Problem(display_path(path), _one_line(f"could not be read ({type(exc).__name__})"))


def _ingest_folder(folder: Path, seen: set[str]) -> Iterator[Document | Problem]:
    real = os.path.realpath(folder)
    if real in seen:  # a symlink loop would otherwise recurse forever
        return
    seen.add(real)
    try:
        with os.scandir(folder) as it:
            names = sorted(entry.name for entry in it)
    except OSError as exc:
        yield Problem(display_path(folder), _os_reason(exc))
        return
    for name in names:
        if name.startswith("."):
            continue
        child = folder / name
        try:
            is_dir = child.is_dir()
            if is_dir and child.is_symlink():
                continue  # a link out of the dropped folder (to / or a home folder) is not an article
        except OSError as exc:
            yield Problem(display_path(child), _os_reason(exc))
            continue
        if is_dir:
            yield from _ingest_folder(child, seen)
        elif child.suffix.lower() in SUPPORTED_SUFFIXES:
            yield _read_or_problem(child)


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise IngestError("not a regular file (a pipe, socket or device)")
        size = info.st_size
        if size > MAX_BYTES:
            raise IngestError(f"too large ({_mib(size)}; the limit is {_mib(MAX_BYTES)})")
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise IngestError(_os_reason(exc)) from None
    if len(data) > MAX_BYTES:  # the file grew after stat
        raise IngestError(f"too large (the limit is {_mib(MAX_BYTES)})")
    return data


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return _one_line(f"could not be read ({exc.strerror or type(exc).__name__})")


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MiB"


def _one_line(message: str) -> str:
    return " ".join(message.split())


# -- plain text ----------------------------------------------------------------------------------


def _decode_text(data: bytes) -> str:
    """Decode like ``read_text(encoding="utf-8")`` does, falling back to detection for non-UTF-8 files."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16/32 with a BOM legitimately contains NUL bytes
        text = _decode_detected(data)
    elif b"\x00" in data:
        raise IngestError("not a text file (binary data)")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_detected(data)
    if _looks_binary(text):
        raise IngestError("not a text file (binary data)")
    return _normalise_newlines(text)


def _decode_detected(data: bytes) -> str:
    from charset_normalizer import from_bytes

    has_bom = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    # Without a BOM, UTF-16/32 text of Latin script would contain NUL bytes (rejected earlier); guessing it
    # for a few non-UTF-8 bytes turns "café" into CJK.
    matches = [m for m in from_bytes(data) if has_bom or not m.encoding.startswith(("utf_16", "utf_32"))]
    if not matches:
        raise IngestError("not a text file (unknown encoding)")
    # charset-normalizer lists the likeliest first; old Mac code pages are demoted because they share most
    # letters with the Windows ones (mac_cyrillic vs cp1251) yet almost no article file uses them.
    matches.sort(key=lambda m: (m.chaos, m.encoding.startswith("mac_")))
    best = matches[0]
    # Short texts often score equally in several single-byte code pages; for news articles the Western one
    # is by far the likeliest, so it wins the tie (else "à" in a Latin-1 file can come out as Central European "ŕ").
    tied = {m.encoding for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence}
    encoding = next((name for name in _TIE_PREFERENCE if name in tied), best.encoding)
    if encoding not in _TIE_PREFERENCE and best.coherence == 0 and not has_bom:
        encoding = "cp1252" if _decodes(data, "cp1252") else encoding  # too short to recognise a language
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise IngestError("not a text file (unknown encoding)") from None


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    return len(_BINARY_CONTROLS.findall(text)) > max(2, len(text) * _BINARY_CONTROL_RATIO)


def _normalise_newlines(text: str) -> str:
    """Python text mode's universal newlines: the offsets then equal those of ``Path.read_text``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _first_line_title(text: str, markdown: bool = False) -> str:
    """The first line that reads like a headline (``core.titles``); the first line when none does."""
    return titles.headline(text, markdown=markdown, max_chars=TITLE_MAX_CHARS)


def _clip_title(title: str) -> str:
    return titles.clip(title, TITLE_MAX_CHARS)


def _iso_date(value: object) -> str | None:
    """An ISO ``YYYY-MM-DD`` from a datetime or any string that starts with one; None if it is not a date."""
    if isinstance(value, date):  # a datetime is a date too
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str):
        return None
    match = re.search(r"(\d{4})-?(\d{2})-?(\d{2})", value.strip())
    if not match:
        return None
    try:
        return date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return None


# -- HTML ----------------------------------------------------------------------------------------

_DROP_TAGS = [
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
    "template", "button", "select", "textarea", "canvas", "object", "embed", "dialog", "menu",
]  # fmt: skip
_BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p",
    "pre", "section", "summary", "table", "tbody", "td", "th", "thead", "tfoot", "tr", "ul",
})  # fmt: skip
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML whitespace only: a non-breaking space is content
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="publish-date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date"]',
    'meta[name="dcterms.date"]',
    'meta[property="og:published_time"]',
)
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _read_html(data: bytes) -> tuple[str, str, str | None]:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(_decode_html(data))
    published = _html_published(tree)
    title = _html_title(tree)
    tree.strip_tags(_DROP_TAGS, recursive=True)
    for hidden in tree.css('[hidden], [aria-hidden="true"], [role="navigation"]'):
        hidden.decompose()
    root = _html_main(tree)
    text = _html_blocks_text(root) if root is not None else ""
    return text, title, published


def _decode_html(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_detected(data)
    if b"\x00" in data:
        raise IngestError("not a web page (binary data)")
    try:
        return data.decode("utf-8-sig")  # markup, not offsets, comes from HTML bytes; a BOM is noise here
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (UnicodeDecodeError, LookupError):
            pass
    return _decode_detected(data)


_SITE_SUFFIX = re.compile(r"\s+[|\-–—:·»]\s+([^|\-–—:·»]{1,60})$")


def _html_title(tree: object) -> str:
    """The page's own headline: ``og:title``, else ``<title>`` without a trailing " | Outlet" or " - Outlet", else
    the first ``<h1>``."""
    for selector, attr in (('meta[property="og:title"]', "content"), ("title", None), ("h1", None)):
        node = tree.css_first(selector)  # type: ignore[attr-defined]
        if node is None:
            continue
        value = (node.attributes.get(attr) if attr else node.text()) or ""
        if selector == "title":
            value = _without_site_name(value, tree)
        if value.strip():
            return _clip_title(value)
    return ""


def _without_site_name(title: str, tree: object) -> str:
    """``title`` less the outlet's name a page puts after its headline ("Headline | The Daily Record")."""
    title = " ".join(title.split())
    site = tree.css_first('meta[property="og:site_name"]')  # type: ignore[attr-defined]
    name = " ".join(((site.attributes.get("content") if site is not None else "") or "").split())
    match = _SITE_SUFFIX.search(title)
    if match is None:
        return title
    head, tail = title[: match.start()], match.group(1)
    # an outlet's name is short; a long tail is the second half of the headline itself
    if (name and tail.casefold() == name.casefold()) or (len(tail.split()) <= 4 and len(head.split()) >= 3):
        return head
    return title


def _html_published(tree: object) -> str | None:
    for selector in _DATE_META:
        node = tree.css_first(selector)  # type: ignore[attr-defined]
        if node is not None and (found := _iso_date(node.attributes.get("content"))):
            return found
    for script in tree.css('script[type="application/ld+json"]'):  # type: ignore[attr-defined]
        match = _LD_DATE.search(script.text() or "")
        if match and (found := _iso_date(match.group(1))):
            return found
    for node in tree.css("time[datetime]"):  # type: ignore[attr-defined]
        if found := _iso_date(node.attributes.get("datetime")):
            return found
    return None


def _html_main(tree: object) -> object | None:
    """The element holding the article: the longest <article>, else <main>, else <body>."""
    articles = tree.css("article")  # type: ignore[attr-defined]
    if articles:
        best = max(articles, key=lambda node: len(node.text(strip=True) or ""))
        if (best.text(strip=True) or "").strip():
            return best
    main = tree.css_first("main")  # type: ignore[attr-defined]
    if main is not None and (main.text(strip=True) or "").strip():
        return main
    return tree.body  # type: ignore[attr-defined]


def _html_blocks_text(root: object) -> str:
    """Text of ``root`` with block elements separated by blank lines and whitespace collapsed inside blocks."""
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        lines = [_HTML_SPACE.sub(" ", line).strip(" ") for line in "".join(current).split("\n")]  # "\n" only from <br>
        block = "\n".join(line for line in lines if line.strip())
        if block.strip():
            blocks.append(block)
        current.clear()

    # An explicit stack instead of recursion: deeply nested pages must not hit the recursion limit.
    stack: list[tuple[object, bool]] = [(root, True)]
    while stack:
        node, entering = stack.pop()
        tag = node.tag  # type: ignore[attr-defined]
        if not entering:
            flush()
            continue
        if node.is_text_node:  # type: ignore[attr-defined]
            current.append(_HTML_SPACE.sub(" ", node.text(deep=False) or ""))
            continue
        if tag == "br":
            current.append("\n")
            continue
        if not node.is_element_node:  # type: ignore[attr-defined]
            continue  # comments and the like
        block = tag in _BLOCK_TAGS
        if block:
            flush()
            stack.append((node, False))
        children = list(node.iter(include_text=True))  # type: ignore[attr-defined]
        stack.extend((child, True) for child in reversed(children))
    flush()
    return "\n\n".join(blocks)


# -- PDF -----------------------------------------------------------------------------------------


PAGE_BREAK = "\n\n"  # between the texts of two PDF pages


def _read_pdf(data: bytes) -> tuple[str, str, str | None, tuple[tuple[int, int], ...]]:
    """Text, title, date and, for each page with text, ``(page number, where it starts in the text)``."""
    from pypdf import PdfReader

    # pypdf logs its own repairs of a damaged file ("invalid pdf header", "EOF marker not found") as warnings, which
    # would reach stderr ahead of the one-line message below; its errors still show.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError("password-protected PDF")
        texts = [_normalise_newlines(page.extract_text() or "").strip() for page in reader.pages]
    except IngestError:
        raise
    except Exception:
        raise IngestError("damaged or unreadable PDF") from None
    pages: list[tuple[int, int]] = []
    at = 0
    for number, page in enumerate(texts, start=1):
        if page:
            at += len(PAGE_BREAK) if pages else 0
            pages.append((number, at))
            at += len(page)
    text = PAGE_BREAK.join(page for page in texts if page)
    title, published = _pdf_metadata(reader)
    return text, title or _first_line_title(text), published, tuple(pages)


def _pdf_metadata(reader: object) -> tuple[str, str | None]:
    try:
        meta = reader.metadata  # type: ignore[attr-defined]
        if meta is None:
            return "", None
        return _clip_title(str(meta.title or "")), _pdf_date(meta)
    except Exception:
        return "", None


def _pdf_date(meta: object) -> str | None:
    try:
        return _iso_date(meta.creation_date)  # type: ignore[attr-defined]
    except Exception:
        raw = meta.get("/CreationDate")  # type: ignore[attr-defined]
        return _iso_date(str(raw)) if raw else None


# -- DOCX ----------------------------------------------------------------------------------------


def _read_docx(data: bytes) -> tuple[str, str, str | None]:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = [_normalise_newlines(p.text) for p in document.paragraphs]
        props = document.core_properties
        title, created = props.title or "", props.created
    except Exception:
        raise IngestError("damaged or unreadable Word document") from None
    paragraphs = [p for p in paragraphs if p.strip()]
    text = "\n\n".join(paragraphs)
    title = _clip_title(title) or (_clip_title(paragraphs[0]) if paragraphs else "")
    return text, title, _iso_date(created)
