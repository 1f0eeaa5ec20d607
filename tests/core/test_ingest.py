"""Ingest: every supported format, exact offsets for text files, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import ingest
from core.ingest import IngestError, read_document
from core.model import Document, Problem

CORPUS = Path(__file__).resolve().parents[2] / "resources" / "corpus"


# -- fixture builders ----------------------------------------------------------------------------


def pdf_file(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of ``objects`` (numbered from 1, the catalog first), with the xref table's offsets computed."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def make_pdf(path: Path, lines: list[str], title: str | None = None, created: str | None = None) -> Path:
    """A minimal valid one-page PDF with a Helvetica text stream, offsets computed for the xref table."""
    ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops += [f"({escaped}) Tj", "T*"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    info = ""
    if title is not None:
        info += f"/Title ({title}) "
    if created is not None:
        info += f"/CreationDate ({created}) "
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>"
        ),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< {info}>>".encode("latin-1"),
    ]
    path.write_bytes(pdf_file(objects, b" /Info %d 0 R" % len(objects)))
    return path


def make_docx(path: Path, paragraphs: list[str], title: str = "", created: dt.datetime | None = None) -> Path:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.core_properties.title = title
    if created is not None:
        document.core_properties.created = created
    document.save(str(path))
    return path


def only(items: list[Document | Problem]) -> Document | Problem:
    assert len(items) == 1, items
    return items[0]


def problem_for(path: Path) -> Problem:
    item = only(list(ingest.ingest([path])))
    assert isinstance(item, Problem), item
    assert item.path == str(path)
    assert "\n" not in item.reason and "Traceback" not in item.reason
    return item


# -- plain text ----------------------------------------------------------------------------------


def test_text_file_keeps_bom_nbsp_and_quotes_and_normalises_newlines(tmp_path: Path) -> None:
    raw = "\ufeffTitle of the article\r\n\r\nKim\u00a0Jong-un said \u201cyes\u201d \u2014 it\u2019s done.\rEnd\n"
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    doc = read_document(path)
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.text.startswith("\ufeffTitle of the article\n\nKim\u00a0Jong")
    assert "\r" not in doc.text
    assert doc.title == "Title of the article"
    assert doc.path == str(path)
    assert doc.published is None
    assert doc.sha256 == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def test_markdown_title_drops_heading_marks(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("\n\n## Talks resume in Geneva\n\nBody text.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Talks resume in Geneva"
    assert doc.text == path.read_text(encoding="utf-8")


def test_long_first_line_title_is_clipped(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 100 + "\nbody", encoding="utf-8")
    title = read_document(path).title
    assert len(title) <= ingest.TITLE_MAX_CHARS + 1
    assert title.endswith("…")


_TEXT_ALPHABET = st.one_of(
    st.characters(blacklist_categories=("Cs", "Cc")),
    st.sampled_from(["\r\n", "\r", "\n", "\u00a0", "\u201c", "\u201d", "\u2019", "\ufeff", "\t", " "]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(_TEXT_ALPHABET, min_size=1, max_size=80))
def test_decoded_text_equals_read_text(tmp_path: Path, pieces: list[str]) -> None:
    raw = "X" + "".join(pieces)  # a visible character so the file is never whitespace-only
    path = tmp_path / "prop.txt"
    path.write_bytes(raw.encode("utf-8"))
    assert read_document(path).text == path.read_text(encoding="utf-8")


def test_same_content_twice_gives_same_hash(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_bytes(b"Same article\r\nbody\n")
    (tmp_path / "two.txt").write_bytes(b"Same article\nbody\n")  # only the newline style differs
    (tmp_path / "three.txt").write_bytes(b"Other article\nbody\n")
    one, two, three = (read_document(tmp_path / name) for name in ("one.txt", "two.txt", "three.txt"))
    assert one.sha256 == two.sha256
    assert one.sha256 != three.sha256


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    body = "Le président a rencontré le délégué à Genève. " * 5
    path = tmp_path / "latin.txt"
    path.write_bytes(("Réunion à Genève\r\n" + body).encode("latin-1"))
    doc = read_document(path)
    assert doc.title == "Réunion à Genève"
    assert doc.text == "Réunion à Genève\n" + body


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("café", "latin-1"),
        ("He said \u201chello\u201d \u2014 it\u2019s a café, naïve résumé.", "cp1252"),
        ("Заседание совета безопасности прошло в Москве во вторник. " * 4, "cp1251"),
    ],
)
def test_legacy_encodings_are_decoded(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    assert read_document(path).text == text


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Wide text\r\nsecond line".encode("utf-16"))
    assert read_document(path).text == "Wide text\nsecond line"


# -- HTML ----------------------------------------------------------------------------------------

_PAGE = """<!doctype html>
<html><head>
<title>  Envoy meets  minister </title>
<meta property="article:published_time" content="2019-03-05T10:00:00Z">
<style>p { color: red }</style>
<script>var tracking = "do not show";</script>
</head><body>
<header><a href="/">Site name</a></header>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<article>
  <h1>Envoy meets minister</h1>
  <p>The envoy   met the
     minister in <b>Havana</b>&nbsp;on Tuesday.</p>
  <p>Talks covered &ldquo;trade&rdquo;.<br>More later.</p>
  <form><input value="subscribe"></form>
  <script>alert("x")</script>
</article>
<aside>Related stories</aside>
<footer>Copyright</footer>
</body></html>
"""


def test_html_extracts_article_text_only(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_PAGE, encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Envoy meets minister"
    assert doc.published == "2019-03-05"
    assert doc.text == (
        "Envoy meets minister\n\n"
        "The envoy met the minister in Havana\u00a0on Tuesday.\n\n"
        "Talks covered \u201ctrade\u201d.\nMore later."
    )
    for noise in ("tracking", "Site name", "Home", "Related", "Copyright", "subscribe", "color", "alert"):
        assert noise not in doc.text


def test_html_without_article_uses_body_and_fallback_title_and_time(tmp_path: Path) -> None:
    path = tmp_path / "plain.htm"
    path.write_text(
        "<html><body><nav>Menu</nav><h1>Headline here</h1><div>First <i>block</i></div>"
        '<div><time datetime="2020-02-29">Feb 29</time> second</div></body></html>',
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.title == "Headline here"
    assert doc.published == "2020-02-29"
    assert doc.text == "Headline here\n\nFirst block\n\nFeb 29 second"


def test_html_windows_1252_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "old.html"
    html = '<html><head><meta charset="windows-1252"><title>Caf\u00e9</title></head><body><p>\u201cQuoted\u201d</p>'
    path.write_bytes(html.encode("cp1252"))
    doc = read_document(path)
    assert doc.title == "Caf\u00e9"
    assert doc.text == "\u201cQuoted\u201d"


def test_html_with_no_text_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>x</title><script>a=1</script></head><body><nav>Menu</nav></body></html>")
    assert problem_for(path).reason == "no text found"


# -- PDF and DOCX --------------------------------------------------------------------------------


def test_pdf_text_title_and_date(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "report.pdf",
        ["Sanctions report (draft)", "The panel found ships in port."],
        title="UN panel report",
        created="D:20190611093000+02'00'",
    )
    doc = read_document(path)
    assert "Sanctions report (draft)" in doc.text
    assert "The panel found ships in port." in doc.text
    assert doc.title == "UN panel report"
    assert doc.published == "2019-06-11"


def test_pdf_without_metadata_uses_first_line(tmp_path: Path) -> None:
    doc = read_document(make_pdf(tmp_path / "bare.pdf", ["First line title", "Body."]))
    assert doc.title == "First line title"
    assert doc.published is None


def test_docx_paragraphs_title_and_date(tmp_path: Path) -> None:
    created = dt.datetime(2018, 11, 2, 8, 30, tzinfo=dt.UTC)
    path = make_docx(
        tmp_path / "memo.docx",
        ["Opening line", "", "Second\u00a0paragraph \u201cquoted\u201d"],
        title="Memo title",
        created=created,
    )
    doc = read_document(path)
    assert doc.text == "Opening line\n\nSecond\u00a0paragraph \u201cquoted\u201d"
    assert doc.title == "Memo title"
    assert doc.published == "2018-11-02"


def test_docx_without_title_uses_first_paragraph(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "untitled.docx", ["Headline paragraph", "Body"]))
    assert doc.title == "Headline paragraph"


# -- folders -------------------------------------------------------------------------------------


def test_folder_recursion_is_sorted_and_skips_hidden_and_unsupported(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "b_sub" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_text("hidden dir file")
    (root / ".DS_Store").write_bytes(b"\x00\x01binary")
    (root / ".hidden.txt").write_text("hidden file")
    (root / "c.txt").write_text("C")
    (root / "a.md").write_text("A")
    (root / "image.png").write_bytes(b"\x89PNG\x00")
    (root / "b_sub" / "z.TXT").write_text("Z")
    (root / "b_sub" / "deeper" / "y.txt").write_text("Y")
    first = [item.path for item in ingest.ingest([root])]
    second = [item.path for item in ingest.ingest([root])]
    assert (
        first
        == second
        == [
            str(root / "a.md"),
            str(root / "b_sub" / "deeper" / "y.txt"),
            str(root / "b_sub" / "z.TXT"),
            str(root / "c.txt"),
        ]
    )


def test_relative_paths_stay_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "x.txt").write_text("X")
    item = only(list(ingest.ingest(["folder"])))
    assert isinstance(item, Document)
    assert item.path == os.path.join("folder", "x.txt")


def test_symlink_loop_terminates(tmp_path: Path) -> None:
    root = tmp_path / "loop"
    root.mkdir()
    (root / "a.txt").write_text("A")
    (root / "self").symlink_to(root, target_is_directory=True)
    assert [item.path for item in ingest.ingest([root])] == [str(root / "a.txt")]


# -- bad input -----------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    assert problem_for(tmp_path / "nope.txt").reason == "no such file"


@pytest.mark.parametrize("content", [b"", b"  \r\n\t \n", "\ufeff \n".encode()])
def test_empty_and_whitespace_only(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert problem_for(path).reason == "empty"


def test_binary_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"PK\x03\x04\x00\x00binary\x00stuff")
    assert "binary" in problem_for(path).reason


def test_random_bytes_are_not_text(tmp_path: Path) -> None:
    rng = random.Random(1234)
    noise = bytes(rng.randrange(1, 256) for _ in range(4000))  # no NUL: detection must reject it on its own
    path = tmp_path / "noise.txt"
    path.write_bytes(noise)
    assert problem_for(path).reason.startswith("not a text file")


def test_over_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_BYTES", 1024)
    path = tmp_path / "big.txt"
    path.write_text("x" * 2048)
    reason = problem_for(path).reason
    assert "too large" in reason and "0.000977 MiB" in reason  # names the limit


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("secret")
    real_open = open

    def deny(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", deny)
    assert problem_for(path).reason == "permission denied"


def test_unreadable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()

    def deny(path: object) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(ingest.os, "scandir", deny)
    assert problem_for(folder).reason == "permission denied"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("bad.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", "damaged or unreadable PDF"),
        ("bad.pdf", b"this is not a pdf at all", "damaged or unreadable PDF"),
        ("bad.docx", b"PK\x03\x04 truncated zip", "damaged or unreadable Word document"),
        ("bad.docx", b"plain text renamed to docx", "damaged or unreadable Word document"),
    ],
)
def test_corrupt_pdf_and_docx(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert problem_for(path).reason == reason


def test_truncated_real_docx(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx", ["Text"])
    path = tmp_path / "cut.docx"
    path.write_bytes(good.read_bytes()[:2000])
    assert problem_for(path).reason == "damaged or unreadable Word document"


def test_unsupported_suffix_named_explicitly(tmp_path: Path) -> None:
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(b"whatever")
    assert problem_for(path).reason == "not an article format (.xlsx)"
    bare = tmp_path / "README"
    bare.write_text("text")
    assert problem_for(bare).reason == "not an article format (no extension)"


def test_read_document_raises_ingest_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as info:
        read_document(tmp_path / "missing.txt")
    assert info.value.reason == "no such file"


def test_unexpected_error_becomes_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ok.txt"
    path.write_text("fine")

    def boom(data: bytes) -> str:
        raise RuntimeError("line one\nline two")

    monkeypatch.setattr(ingest, "_decode_text", boom)
    assert problem_for(path).reason == "could not be read (RuntimeError)"


def test_good_files_around_bad_ones_are_still_yielded(tmp_path: Path) -> None:
    (tmp_path / "good1.txt").write_text("Good one")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bad.pdf").write_bytes(b"not a pdf")
    (tmp_path / "good2.md").write_text("Good two")
    make_docx(tmp_path / "good3.docx", ["Good three"])
    items = list(ingest.ingest([tmp_path / "missing.txt", tmp_path, tmp_path / "x.exe"]))
    kinds = [(type(item).__name__, Path(item.path).name) for item in items]
    assert kinds == [
        ("Problem", "missing.txt"),
        ("Problem", "bad.pdf"),
        ("Problem", "empty.txt"),
        ("Document", "good1.txt"),
        ("Document", "good2.md"),
        ("Document", "good3.docx"),
        ("Problem", "x.exe"),
    ]


# -- the bundled corpus --------------------------------------------------------------------------


def test_corpus_text_equals_read_text() -> None:
    files = sorted(CORPUS.glob("*.txt"))
    assert files, "corpus missing"
    items = list(ingest.ingest([CORPUS]))
    assert all(isinstance(item, Document) for item in items), items
    by_path = {item.path: item for item in items}
    assert set(by_path) == {str(path) for path in files}
    for path in files:
        doc = by_path[str(path)]
        assert doc.text == path.read_text(encoding="utf-8")
        assert doc.title and "\n" not in doc.title


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (problem,) = list(ingest.ingest([fifo]))
    assert isinstance(problem, Problem) and "not a regular file" in problem.reason


def test_a_file_name_that_is_not_utf8_is_stored_printable(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/bad\xffname.txt"
    with open(raw, "wb") as f:
        f.write(b"Cuba and Venezuela signed a deal.\n")
    (doc,) = list(ingest.ingest([os.fsdecode(raw)]))
    assert isinstance(doc, Document)
    assert doc.path.endswith("bad\ufffdname.txt")
    doc.path.encode("utf-8")  # storable and printable


def test_text_longer_than_the_parser_takes_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_CHARS", 50)
    long = tmp_path / "long.txt"
    long.write_text("Cuba " * 20, encoding="utf-8")
    (problem,) = list(ingest.ingest([long]))
    assert isinstance(problem, Problem) and problem.reason.startswith("too long (100 characters")


def test_a_folder_link_out_of_the_dropped_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Not part of the drop.\n", encoding="utf-8")
    dropped = tmp_path / "dropped"
    dropped.mkdir()
    (dropped / "article.txt").write_text("Cuba sent a delegation.\n", encoding="utf-8")
    (dropped / "link").symlink_to(outside, target_is_directory=True)
    got = [Path(d.path).name for d in ingest.ingest([dropped])]
    assert got == ["article.txt"]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("close\nclose\n\nCargo ship sinks after drone boat attack\n", "Cargo ship sinks after drone boat attack"),
        ("Key Takeaways\n- Navy seizes a tanker in the Strait\n", "Navy seizes a tanker in the Strait"),
        (" date 2025-07-10 Trending\nThree killed after ship is sunk\n", "Three killed after ship is sunk"),
    ],
)
def test_a_web_page_title_skips_its_furniture(tmp_path: Path, head: str, title: str) -> None:
    # pages as the store keeps them: a masthead, a menu word or a store date before the headline
    path = tmp_path / "page.txt"
    path.write_text(head + "\nThe ministry said the ship had been hit twice on Monday and its crew was safe.\n")
    assert read_document(path).title == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("<title>Navy seizes tanker in the Gulf | The Daily Record</title>", "Navy seizes tanker in the Gulf"),
        ("<title>Navy seizes tanker in the Gulf - World News</title>", "Navy seizes tanker in the Gulf"),
        (
            '<meta property="og:site_name" content="Harbour Times and Shipping Gazette of the North">'
            "<title>Navy seizes tanker — Harbour Times and Shipping Gazette of the North</title>",
            "Navy seizes tanker",
        ),
        (
            '<meta property="og:title" content="Envoy recalled after port deal">'
            "<title>Home | Outlet</title>",
            "Envoy recalled after port deal",
        ),
        ("<title>Sanctions - a new era</title>", "Sanctions - a new era"),  # too short a head: one headline
        ("<title>Kim Jong-un meets envoy in Pyongyang</title>", "Kim Jong-un meets envoy in Pyongyang"),
    ],
)
def test_an_html_title_is_the_headline_without_the_outlets_name(tmp_path: Path, head: str, title: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head>{head}</head><body><p>The envoy met the minister.</p></body></html>")
    assert read_document(path).title == title
