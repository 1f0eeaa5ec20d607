"""`entente extract` / `entente export`: the JSON contract, exit codes, reuse of a project, the formats."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from core import cli

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted((ROOT / "resources" / "corpus").glob("*.txt"))
KINDS = {"STATE", "PARTY", "OFFICIAL", "VESSEL"}
FAMILIES = {"LEADERSHIP", "MEMBERSHIP", "DIPLOMACY", "ALLIANCE", "HOSTILITY", "DEFECTION", "AGREEMENT", "TRADE",
            "ENFORCEMENT", "REPORTING", "ASSOCIATION"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def corpus_json(tmp_path_factory: pytest.TempPathFactory) -> dict:
    db = tmp_path_factory.mktemp("cli") / "corpus.entente"
    assert cli.main(["extract", *map(str, CORPUS), "--format", "json", "--db", str(db)]) == 0
    return {"db": db}


def test_json_contract_on_the_corpus(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "extract", *map(str, CORPUS), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [Path(d["path"]).name for d in data["documents"]] == [p.name for p in CORPUS]
    texts = {d["id"]: Path(d["path"]).read_text(encoding="utf-8") for d in data["documents"]}
    ids = {e["id"] for e in data["entities"]}
    assert len(ids) == len(data["entities"])
    for e in data["entities"]:
        assert e["kind"] in KINDS and e["name"] and e["mentions"]
        for m in e["mentions"]:
            assert texts[m["document"]][m["start"] : m["end"]] == m["text"]
    for r in data["relations"]:
        assert r["source"] in ids and r["target"] in ids and r["family"] in FAMILIES and r["type"]
        assert r["evidence"]
        for ev in r["evidence"]:
            assert texts[ev["document"]][ev["start"] : ev["end"]] == ev["text"]


def test_table_format_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", str(CORPUS[0]), "--format", "table")
    assert code == 0
    assert out.startswith("1 documents,") and "ENTITIES" in out and "RELATIONS" in out
    assert "North Korea" in out


def test_folder_and_bad_files_exit_2_and_still_print(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Cuba sent a delegation to Venezuela.\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    code, out, err = run(capsys, "extract", str(tmp_path), str(tmp_path / "gone.md"), "--format", "json")
    assert code == 2
    assert [Path(d["path"]).name for d in json.loads(out)["documents"]] == ["good.txt"]
    lines = err.strip().splitlines()
    assert any("binary.txt" in line for line in lines) and any("gone.md" in line for line in lines)
    assert "Traceback" not in err


def test_nothing_usable_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    code, out, err = run(capsys, "extract", str(tmp_path / "empty.txt"), "--format", "json")
    assert code == 1 and out == "" and "empty" in err


def test_usage_error_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", "--format", "yaml", "x.txt")
    assert code == 1 and out == ""


def test_db_is_reused_without_nlp(
    capsys: pytest.CaptureFixture[str], corpus_json: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    import core.extract.pipeline

    def no_nlp(*_args, **_kwargs):
        raise AssertionError("the NLP ran for a stored document")

    monkeypatch.setattr(core.extract.pipeline, "extract_one", no_nlp)
    code, out, _ = run(capsys, "extract", *map(str, CORPUS), "--format", "json", "--db", str(corpus_json["db"]))
    assert code == 0
    data = json.loads(out)
    assert len(data["documents"]) == len(CORPUS) and data["entities"]


def test_export_graph_formats(capsys: pytest.CaptureFixture[str], corpus_json: dict, tmp_path: Path) -> None:
    db = str(corpus_json["db"])
    paths = list(map(str, CORPUS))
    for suffix in (".gexf", ".graphml", ".json", ".csv"):
        out = tmp_path / f"net{suffix}"
        code, _, err = run(capsys, "export", *paths, "--out", str(out), "--db", db)
        assert code == 0, err
        assert out.stat().st_size > 0
    gexf = nx.read_gexf(tmp_path / "net.gexf")
    graphml = nx.read_graphml(tmp_path / "net.graphml")
    assert gexf.number_of_nodes() == graphml.number_of_nodes() > 5
    labels = {d["label"] for _, d in gexf.nodes(data=True)}
    assert "North Korea" in labels
    assert {d["kind"] for _, d in graphml.nodes(data=True)} <= KINDS
    ET.parse(tmp_path / "net.gexf")  # well-formed XML
    with (tmp_path / "net_nodes.csv").open(encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with (tmp_path / "net.csv").open(encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    assert len(nodes) == gexf.number_of_nodes()
    assert edges and {"source", "target", "type", "family", "evidence"} <= set(edges[0])
    assert json.loads((tmp_path / "net.json").read_text(encoding="utf-8"))["entities"]


def test_export_refuses_unknown_format(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", str(CORPUS[0]), "--out", str(tmp_path / "x.docx"))
    assert code == 1 and ".docx" in err


def test_a_damaged_project_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str], corpus_json: dict, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.entente"
    data = bytearray(corpus_json["db"].read_bytes())
    for offset in range(4096, min(len(data), 4096 * 6)):
        data[offset] = 0xA5
    damaged.write_bytes(bytes(data))
    code, out, err = run(capsys, "extract", str(CORPUS[0]), "--db", str(damaged), "--format", "json")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_db_in_a_missing_folder_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "extract", str(CORPUS[0]), "--db", str(tmp_path / "gone" / "p.entente"))
    assert code == 1 and "does not exist" in err
    assert not (tmp_path / "gone").exists()


def test_partial_export_counts_only_the_named_documents(
    capsys: pytest.CaptureFixture[str], corpus_json: dict, tmp_path: Path
) -> None:
    out = tmp_path / "one.graphml"
    code, _, _ = run(capsys, "export", str(CORPUS[4]), "--out", str(out), "--db", str(corpus_json["db"]))
    assert code == 0
    graph = nx.read_graphml(out)
    assert graph.number_of_nodes() > 3
    assert all(d["documents"] == 1 for _, d in graph.nodes(data=True)), "counts come from the named article alone"


def test_a_reader_that_stops_early_is_not_an_error(tmp_path: Path) -> None:
    """``entente rank … | head -1``: the pipe closes before anything is written; no message, exit 0."""
    import os
    import subprocess
    import sys

    db = tmp_path / "p.entente"
    assert cli.main(["extract", str(ROOT / "resources" / "corpus"), "--db", str(db), "--format", "json"]) == cli.OK
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the command writes its first line
    try:
        done = subprocess.run(
            [sys.executable, "-m", "core.cli", "rank", "--db", str(db), "--top", "50"],
            cwd=ROOT, stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert done.returncode == cli.OK and done.stderr == ""


def test_a_damaged_pdf_is_one_line_on_stderr(tmp_path: Path) -> None:
    """pypdf's own repair warnings ("invalid pdf header", "EOF marker not found") do not precede the skip line."""
    import subprocess
    import sys

    (tmp_path / "good.txt").write_text("Cuba sent a delegation to Venezuela.\n", encoding="utf-8")
    (tmp_path / "bad.pdf").write_bytes(b"this is not a pdf at all")
    done = subprocess.run(
        [sys.executable, "-m", "core.cli", "extract", str(tmp_path / "bad.pdf"), str(tmp_path / "good.txt"),
         "--format", "json"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"entente: skipped {tmp_path / 'bad.pdf'}: damaged or unreadable PDF"]
