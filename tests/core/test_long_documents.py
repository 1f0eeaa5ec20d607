"""Long documents: parsed in pieces on paragraph boundaries, offsets exact across the edges, entities whole."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest

from core import ingest
from core.extract import pipeline
from core.extract.pipeline import chunk_bounds, extract_text
from core.project import Project
from tests.core.test_ingest import pdf_file

TITLE = "Talks in Havana\n\n"
OPENING = "Cuban President Miguel Díaz-Canel met Russian Foreign Minister Sergei Lavrov in Havana on Monday.\n\n"


def long_text(sections: int) -> str:
    """A report whose people are named in full once, at the top, and by surname in every later section."""
    body = "".join(
        f"In section {i}, Díaz-Canel said Cuba would buy oil from Venezuela. "
        f"Lavrov praised the ties between Russia and Cuba.\n\n"
        for i in range(sections)
    )
    return TITLE + OPENING + body


def as_data(extraction) -> tuple[list, list]:
    entities = [(e.name, str(e.kind), [dataclasses.astuple(m) for m in e.mentions]) for e in extraction.entities]
    relations = sorted(
        (r.source, r.target, r.type, str(r.family), dataclasses.astuple(r.evidence)) for r in extraction.relations
    )
    return entities, relations


def test_pieces_cover_the_text_and_end_on_paragraphs() -> None:
    text = long_text(80)
    bounds = chunk_bounds(text, 1000)
    assert len(bounds) > 5
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds)), "no gap, no overlap"
    assert all(end - start <= 1000 for start, end in bounds)
    assert all(text[end - 2 : end] == "\n\n" for _, end in bounds[:-1]), "every cut after a blank line"


def test_a_run_without_breaks_is_cut_at_a_sentence_then_a_word_then_anywhere() -> None:
    sentences = "Cuba met Russia. " * 200
    assert all(sentences[end - 2 : end] == ". " for _, end in chunk_bounds(sentences, 500)[:-1])
    words = "Cuba " * 400
    assert all(words[end - 1] == " " for _, end in chunk_bounds(words, 500)[:-1])
    solid = "x" * 2000
    assert chunk_bounds(solid, 500) == [(0, 500), (500, 1000), (1000, 1500), (1500, 2000)]


def test_long_text_in_pieces_extracts_as_one_and_keeps_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    text = long_text(60)
    whole = extract_text(text)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1000)
    edges = [start for start, _ in chunk_bounds(text)][1:]
    assert len(edges) >= 6
    pieces = extract_text(text)
    assert as_data(pieces) == as_data(whole), "the pieces give what the whole document gives"
    spans = [m for e in pieces.entities for m in e.mentions] + [r.evidence for r in pieces.relations]
    assert all(text[s.start : s.end] == s.text for s in spans)
    # right after every edge a sentence starts; its names and its evidence point at the text as read
    for edge in edges:
        after = [s for s in spans if edge <= s.start < edge + 120]
        assert after and all(text[s.start : s.end] == s.text for s in after)
    # the surname in the last piece is the person named in full in the first: one entity for the whole document
    person = next(e for e in pieces.entities if e.name == "Miguel Díaz-Canel")
    assert person.mentions[0].start < edges[0] and person.mentions[-1].start > edges[-1]
    assert len(person.mentions) == 61


def test_progress_counts_the_pieces_of_a_long_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1000)
    path = tmp_path / "report.txt"
    path.write_text(long_text(30), encoding="utf-8")
    with Project.open(tmp_path / "p.entente") as project:
        messages: list[str] = []
        report = project.add_all([path], jobs=1, progress=lambda step: messages.append(step.message))
        assert len(report.added) == 1
        parts = [m for m in messages if m.startswith("Extracting report.txt: parsing part ")]
        pieces = len(chunk_bounds(long_text(30)))
        assert parts[0].endswith(f"part 1 of {pieces}") and parts[-1].endswith(f"part {pieces} of {pieces}")
        later = messages[messages.index(parts[-1]) + 1 :]
        assert later[0] == "Extracting report.txt: finding names in the whole text"
        assert later[1].endswith(f"reading ties in part 1 of {pieces}")
        assert any(m.endswith(f"reading ties in part {pieces} of {pieces}") for m in later)


def test_cancel_inside_a_long_document_stops_at_the_next_piece(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1000)
    path = tmp_path / "report.txt"
    path.write_text(long_text(60), encoding="utf-8")
    seen: list[str] = []
    with Project.open(tmp_path / "p.entente") as project:
        report = project.add_all(
            [path], jobs=1, cancel=lambda: any("part 2 of" in m for m in seen),
            progress=lambda step: seen.append(step.message),
        )  # fmt: skip
        assert report.cancelled and not report.added
        assert not any("part 3 of" in m for m in seen)
        assert project.documents() == []


def test_no_refusal_below_twenty_mib_of_text(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    text = long_text(4000)  # some 460,000 characters: refused before as "too long"
    path.write_text(text, encoding="utf-8")
    document = ingest.read_document(path)
    assert document.text == text and len(text) > 300_000
    assert ingest.MAX_CHARS >= 20 * 1024 * 1024


def pdf_with_pages(path: Path, pages: list[str]) -> Path:
    """A valid PDF with one Helvetica line per page (an empty string: a page without text)."""
    n = len(pages)
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    font = 3 + 2 * n
    for i, line in enumerate(pages):
        stream = f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode("latin-1") if line else b""
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R"
            f" /Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    path.write_bytes(pdf_file(objects))
    return path


def test_pdf_pages_are_kept_and_a_sentence_is_placed_on_its_page(tmp_path: Path) -> None:
    pages = ["Panel of Experts report", "Cuba sold oil to Venezuela.", "", "Russia armed Venezuela."]
    document = ingest.read_document(pdf_with_pages(tmp_path / "report.pdf", pages))
    assert [number for number, _ in document.pages] == [1, 2, 4], "a page without text has no start"
    for number, start in document.pages:
        assert document.text[start:].startswith(pages[number - 1])
    with Project.open(tmp_path / "p.entente") as project:
        report = project.add_all([tmp_path / "report.pdf"], jobs=1)
        doc_id = report.added[0].id
        text = project.document_text(doc_id)
        russia = text.index("Russia")
        assert project.page_at(doc_id, russia) == 4
        assert project.page_at(doc_id, text.index("Cuba")) == 2
        assert project.page_at(doc_id, 0) == 1
        ties = [e for r in project.relations() for e in r.evidence if e.doc_id == doc_id]
        assert {project.page_at(doc_id, e.start) for e in ties} == {2, 4}
    plain = tmp_path / "plain.txt"
    plain.write_text("Cuba sold oil to Venezuela.\n", encoding="utf-8")
    with Project.open(tmp_path / "p.entente") as project:
        doc_id = project.add_all([plain], jobs=1).added[0].id
        assert project.page_at(doc_id, 3) is None, "a text file has no pages"


def test_a_page_number_that_is_not_a_number_is_no_page(tmp_path: Path) -> None:
    import sqlite3

    pdf = pdf_with_pages(tmp_path / "report.pdf", ["Cuba sold oil to Venezuela."])
    with Project.open(tmp_path / "p.entente") as project:
        doc_id = project.add_all([pdf], jobs=1).added[0].id
        assert project.page_at(doc_id, 5) == 1
    raw = sqlite3.connect(tmp_path / "p.entente")
    raw.execute("UPDATE document_pages SET page = 'x' || char(27) || '[2J'")
    raw.commit()
    raw.close()
    with Project.open(tmp_path / "p.entente") as project:
        assert project.page_at(doc_id, 5) is None, "a file from elsewhere: only a whole number is a page"
