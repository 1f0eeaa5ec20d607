"""FollowTheMoney and i2 exports, and GEXF/GraphML carrying the measures and communities."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from core import export
from core.analysis import View
from core.model import Family, Kind
from tests.core.small_net import make_project


def _project(path: Path):
    o, s, p, v = Kind.OFFICIAL, Kind.STATE, Kind.PARTY, Kind.VESSEL
    return make_project(path, [
        {"published": "2019-05-09", "entities": [("Kim Jong Un", o), ("North Korea", s), ("Wise Honest", v),
                                                 ("Ministry of Foreign Affairs", p)],
         "ties": [(0, 1, "lead", Family.LEADERSHIP), (2, 1, "flag", Family.MEMBERSHIP),
                  (0, 3, "represent", Family.MEMBERSHIP)]},
        {"published": None, "entities": [("Ri Il Kyu", o), ("Workers' Party", p), ("Cuba", s)],
         "ties": [(0, 1, "join", Family.MEMBERSHIP), (0, 2, "=HYPERLINK(\"x\")", Family.DEFECTION)]},
    ])  # fmt: skip


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def _export(project, out: Path, view: View | None = None) -> list[Path]:
    return export.write(out, project.documents(), project.entities(), project.relations(), view=view)


def test_ftm_schemas_states_flags_and_stable_ids(tmp_path: Path) -> None:
    with _project(tmp_path / "p.entente") as project:
        out = tmp_path / "net.ftm.json"
        _export(project, out)
        lines = _lines(out)
        by_name = {e["properties"]["name"][0]: e for e in lines if "name" in e["properties"]}
        assert by_name["Kim Jong Un"]["schema"] == "Person"
        assert by_name["Kim Jong Un"]["properties"]["country"] == ["kp"], "leads North Korea: its code"
        assert by_name["North Korea"]["schema"] == "PublicBody"
        assert by_name["North Korea"]["properties"]["jurisdiction"] == ["kp"]
        assert by_name["Wise Honest"]["schema"] == "Vessel" and by_name["Wise Honest"]["properties"]["flag"] == ["kp"]
        assert by_name["Ministry of Foreign Affairs"]["schema"] == "PublicBody"
        assert by_name["Workers' Party"]["schema"] == "Organization"
        assert "country" not in by_name["Ri Il Kyu"]["properties"], "defecting to Cuba makes no one Cuban"
        schemas = [e["schema"] for e in lines]
        assert schemas.count("Document") == 2 and "Documentation" in schemas
        assert {"Membership", "Representation", "UnknownLink"} <= set(schemas)
        membership = next(e for e in lines if e["schema"] == "Membership")
        assert membership["properties"]["member"] == [by_name["Ri Il Kyu"]["id"]]
        dated = next(e for e in lines if e["schema"] == "UnknownLink" and e["properties"]["role"] == ["lead"])
        assert dated["properties"]["startDate"] == ["2019-05-09"] and dated["properties"]["proof"]
        again = tmp_path / "again.ftm.json"
        _export(project, again)
        assert out.read_text("utf-8") == again.read_text("utf-8"), "the same project gives the same ids"


def test_ftm_validates_with_followthemoney(tmp_path: Path) -> None:
    fmodel = pytest.importorskip("followthemoney").model  # optional extra: pip install -e '.[ftm]'
    with _project(tmp_path / "p.entente") as project:
        out = tmp_path / "net.ftm.json"
        _export(project, out)
    lines = _lines(out)
    ids = {e["id"] for e in lines}
    for data in lines:
        schema = fmodel.get(data["schema"])
        assert schema is not None, data["schema"]
        assert set(data["properties"]) <= set(schema.properties), f"unknown property in {data['schema']}"
        assert schema.validate(data) is None
        assert set(schema.required) <= set(data["properties"]), f"{data['schema']} misses a required property"
        proxy = fmodel.get_proxy(data, cleaned=False)  # cleaning drops every value its type refuses
        assert {k: sorted(v) for k, v in proxy.to_dict()["properties"].items()} == {
            k: sorted(v) for k, v in data["properties"].items()
        }
        for prop_name, values in data["properties"].items():
            if schema.properties[prop_name].type.name == "entity":
                assert set(values) <= ids, f"{data['schema']}.{prop_name} points outside the file"


def test_i2_rows_one_per_tie_with_evidence_and_no_formulas(tmp_path: Path) -> None:
    with _project(tmp_path / "p.entente") as project:
        out = tmp_path / "net.i2.csv"
        _export(project, out)
        relations = project.relations()
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(relations)
    lead = next(r for r in rows if r["Link Label"] == "lead")
    ends = (lead["Entity 1 Label"], lead["Entity 1 Type"], lead["Entity 2 Type"])
    assert ends == ("Kim Jong Un", "Person", "Country")
    assert lead["Date"] == "2019-05-09" and "Kim Jong Un lead North Korea." in lead["Description"]
    assert "Article 0" in lead["Source"]
    assert all(not r["Link Label"].startswith("=") for r in rows), "a formula in article text stays text"


def test_gexf_and_graphml_carry_measures_and_communities_and_reload(tmp_path: Path) -> None:
    with _project(tmp_path / "p.entente") as project:
        for name in ("net.gexf", "net.graphml"):
            _export(project, tmp_path / name)
            reader = nx.read_gexf if name.endswith("gexf") else nx.read_graphml
            graph = reader(tmp_path / name)
            assert graph.number_of_nodes() == len(project.entities())
            for _, data in graph.nodes(data=True):
                assert {"community", "ties", "weighted", "betweenness", "pagerank", "label"} <= set(data)
            kim = next(d for _, d in graph.nodes(data=True) if d["label"] == "Kim Jong Un")
            assert float(kim["ties"]) == 2


def test_json_contract_carries_dates_and_exports_honour_the_view(tmp_path: Path) -> None:
    from datetime import date

    with _project(tmp_path / "p.entente") as project:
        out = tmp_path / "net.json"
        _export(project, out, View(since=date(2019, 1, 1), undated=False))
        data = json.loads(out.read_text("utf-8"))
        assert [d["published"] for d in data["documents"]] == ["2019-05-09"]
        assert {e["name"] for e in data["entities"]} == {"Kim Jong Un", "North Korea", "Wise Honest",
                                                         "Ministry of Foreign Affairs"}
        _export(project, out)
        assert sorted(d["published"] or "" for d in json.loads(out.read_text("utf-8"))["documents"]) == [
            "", "2019-05-09"]
