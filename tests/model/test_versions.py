"""Plan versions: snapshots kept in the project file, restored as an undoable edit, compared by feature id.

Expected values come from the small valley's construction (floodplan.testing.small_valley_project: 5
resources, 2 defenses, 3 scenarios, 10 people per building) and from the edits the tests make by hand.
"""

import sqlite3

import pytest
from shapely.geometry import Point

from floodplan.errors import InputError
from floodplan.io.projectfile import open_project, save_project
from floodplan.model.commands import AddFeature, DeleteFeature, SetAttributes, SetGeometry
from floodplan.model.scenario import Scenario
from floodplan.model.versions import AddSnapshot, Plan, RestoreSnapshot, Snapshot, compare_plans, now_iso
from floodplan.sim.indicators import compare_indicators, compute_indicators, save_snapshot
from floodplan.testing import small_valley_project


def _snap(project, name="v1", indicators=None):
    return Snapshot(name, now_iso(), "a note", Plan.of(project), indicators or {"jurisdictions": {}})


def _frame_equal(a, b):
    assert list(a.index) == list(b.index)
    assert list(a.columns) == list(b.columns)
    assert a.geometry.geom_equals_exact(b.geometry, 1e-9).all()
    for c in a.columns:
        if c != a.geometry.name:
            assert a[c].astype(str).tolist() == b[c].astype(str).tolist(), c


def test_plan_layers_round_trip_through_geojson():
    p = small_valley_project()
    plan = Plan.of(p)
    assert [lyr.name for lyr in plan.layers] == ["resources", "defenses"]
    assert set(plan.scenarios) == {"level-joint", "level-national", "volume-planned"}
    for name, (_role, gdf) in plan.frames(p.crs).items():
        _frame_equal(gdf, p.layer(name).data)
        assert dict(gdf.dtypes.astype(str)) == dict(p.layer(name).data.dtypes.astype(str))


def test_snapshots_are_saved_in_the_project_file_and_read_back(tmp_path):
    p = small_valley_project()
    p.stack.push(AddSnapshot(_snap(p, "v1", {"jurisdictions": {"N-West": {"s": {"x": 1.0}}}})))
    path = save_project(p, tmp_path / "p.gpkg")
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT name, note FROM floodplan_snapshots").fetchall() == [("v1", "a note")]
        # registered like floodplan's other tables, so GeoPackage readers know it
        assert con.execute(
            "SELECT data_type FROM gpkg_contents WHERE table_name='floodplan_snapshots'"
        ).fetchone() == ("attributes",)
    finally:
        con.close()
    q = open_project(path)
    assert [s.name for s in q.snapshots] == ["v1"]
    assert q.snapshots[0].indicators == {"jurisdictions": {"N-West": {"s": {"x": 1.0}}}}
    _frame_equal(q.snapshots[0].plan.frames(q.crs)["resources"][1], p.layer("resources").data)


def test_a_project_without_the_table_has_no_snapshots(tmp_path):
    p = small_valley_project()
    path = save_project(p, tmp_path / "old.gpkg")  # no snapshots: no table written, as older projects
    con = sqlite3.connect(path)
    try:
        assert (
            con.execute("SELECT name FROM sqlite_master WHERE name='floodplan_snapshots'").fetchone() is None
        )
    finally:
        con.close()
    assert open_project(path).snapshots == []


def test_adding_a_snapshot_is_undoable_and_names_are_unique():
    p = small_valley_project()
    p.stack.push(AddSnapshot(_snap(p)))
    assert [s.name for s in p.snapshots] == ["v1"]
    with pytest.raises(InputError, match="already has a snapshot named 'v1'"):
        p.stack.push(AddSnapshot(_snap(p)))
    p.stack.undo()
    assert p.snapshots == []


def test_restore_gives_back_the_snapshot_plan_and_undo_gives_back_the_edited_plan():
    p = small_valley_project()
    snap = _snap(p)
    before = {n: p.layer(n).data.copy() for n in ("resources", "defenses")}
    # edits after the snapshot: a new pump, a moved fire station, a deleted levee, a changed scenario
    p.stack.push(AddFeature("resources", Point(500500, 5599700), {"id": "P9", "kind": "pump"}))
    p.stack.push(SetGeometry("resources", 0, Point(500100, 5599650)))
    p.stack.push(DeleteFeature("defenses", 1))
    p.set_scenario(Scenario("level-joint", level_m=102.5))
    edited = {n: p.layer(n).data for n in ("resources", "defenses")}
    edited_scenarios = dict(p.scenarios)

    p.stack.push(RestoreSnapshot(snap))
    for n in before:
        _frame_equal(p.layer(n).data, before[n])
    assert p.scenarios["level-joint"].level_m == 101.5
    assert list(p.scenarios) == ["level-joint", "level-national", "volume-planned"]

    p.stack.undo()
    for n in edited:
        assert p.layer(n).data is edited[n]  # the very data the user had
    assert p.scenarios == edited_scenarios
    p.stack.redo()
    _frame_equal(p.layer("defenses").data, before["defenses"])


def test_restore_adds_and_removes_whole_plan_layers_and_undo_puts_them_back():
    p = small_valley_project()
    snap = _snap(p)
    names = p.layer_names()
    p.remove_layer("defenses")
    p.stack.push(RestoreSnapshot(snap))
    assert p.has_layer("defenses") and len(p.layer("defenses").data) == 2
    p.stack.undo()
    assert not p.has_layer("defenses")
    p.stack.undo()  # the removal itself
    assert p.layer_names() == names


def test_compare_lists_added_moved_removed_and_changed_features_by_id():
    p = small_valley_project()
    old = Plan.of(p)
    p.stack.push(AddFeature("resources", Point(500500, 5599700), {"id": "P9", "kind": "pump"}))
    a1 = p.layer("resources").data.geometry.loc[1]
    p.stack.push(SetGeometry("resources", 1, Point(a1.x + 3.0, a1.y + 4.0)))  # A1 moved 5 m
    p.stack.push(DeleteFeature("defenses", 0))  # LN
    p.stack.push(SetAttributes("defenses", 1, {"status": "existing"}))  # LS built
    p.set_scenario(Scenario("new-one", level_m=101.0))
    diff = compare_plans(old, Plan.of(p), p.crs)
    got = {(f["change"], f["layer"], f["id"]) for f in diff["features"]}
    assert got == {
        ("added", "resources", "P9"),
        ("moved", "resources", "A1"),
        ("removed", "defenses", "LN"),
        ("changed", "defenses", "LS"),
    }
    moved = next(f for f in diff["features"] if f["change"] == "moved")
    # moved by (3, 4) m: a 3-4-5 triangle, 5 m
    assert moved["moved_m"] == pytest.approx(5.0)
    changed = next(f for f in diff["features"] if f["change"] == "changed")
    assert changed["attributes"] == {"status": ["planned", "existing"]}
    assert diff["scenarios"] == {"added": ["new-one"], "removed": [], "changed": []}
    assert len(diff["geometries"]) == 4


def test_indicators_are_runs_numbers_and_compare_gives_from_to_change():
    from floodplan.sim.runner import run_scenario

    p = small_valley_project()
    ind = compute_indicators(p)
    assert ind["scenarios"] == ["level-joint", "level-national", "volume-planned"]
    r = run_scenario(p, "volume-planned", appraise=False, service_areas=False)
    for level in ("jurisdictions", "countries"):
        for name, entry in r.access["national"].summary[level].items():
            got = ind[level][name]["volume-planned"]
            joint = r.access["joint"].summary[level][name]
            assert got["covered_population"]["national"] == entry["covered_population"]
            assert got["covered_population"]["joint"] == joint["covered_population"]
            assert got["gap_population"]["national"] == entry["gap_population"]
            assert (
                got["cooperation_gain_population"]
                == joint["covered_population"] - entry["covered_population"]
            )
    # hand-made comparison: 100 -> 130 people covered, a missing scenario is null
    a = {"countries": {"N": {"s": {"covered_population": {"joint": 100.0, "national": 90.0}}}}}
    b = {"countries": {"N": {"s": {"covered_population": {"joint": 130.0, "national": 90.0}}, "t": {}}}}
    cmp = compare_indicators(a, b)
    assert cmp["countries"]["N"]["s"]["covered_population"]["joint"] == {
        "from": 100.0,
        "to": 130.0,
        "change": 30.0,
    }
    assert cmp["countries"]["N"]["s"]["covered_population"]["national"]["change"] == 0.0
    assert cmp["countries"]["N"]["t"] == {}


def test_save_snapshot_computes_indicators_and_refuses_a_taken_name():
    p = small_valley_project()
    snap = save_snapshot(p, "start", "kick-off")
    assert p.snapshots == [snap] and p.stack.undo_text == "Save version start"
    assert set(snap.indicators["countries"]) == {"N", "S"}
    with pytest.raises(InputError, match="already has a version named 'start'"):
        save_snapshot(p, "start")


def test_progress_warns_when_the_valley_itself_changed_between_versions():
    from floodplan.sim.indicators import progress_between

    p = small_valley_project()
    save_snapshot(p, "v1")
    p.stack.push(AddFeature("resources", Point(500500, 5599700), {"id": "P9", "kind": "pump"}))
    same = progress_between(p, "v1")
    assert not any("differ between" in w for w in same["warnings"])  # only the plan changed
    p.stack.push(SetAttributes("buildings", 0, {"population": 500}))  # the valley's data, not the plan
    data = progress_between(p, "v1")
    assert any("buildings differ between 'v1' and 'current'" in w for w in data["warnings"])


def test_features_sharing_an_id_are_told_apart_by_fid():
    p = small_valley_project()
    p.stack.push(SetAttributes("resources", 1, {"id": "F1"}))  # two features now carry id F1
    old = Plan.of(p)
    g = p.layer("resources").data.geometry.loc[1]
    p.stack.push(SetGeometry("resources", 1, Point(g.x + 50.0, g.y)))
    diff = compare_plans(old, Plan.of(p), p.crs)
    assert [(f["change"], f["id"], f["moved_m"]) for f in diff["features"]] == [("moved", "F1 (fid 1)", 50.0)]


def test_an_extra_indicator_such_as_risk_flows_through_comparison_and_report(monkeypatch, tmp_path):
    """The hook the risk figures use: a function returning ead_eur per jurisdiction (here a made-up
    1000 EUR per jurisdiction before the pump and 600 after) reaches the comparison, the CSV and the page."""
    import csv

    from floodplan.plates.progress import write_progress
    from floodplan.sim import indicators
    from floodplan.sim.indicators import progress_between

    p = small_valley_project()
    value = {"ead": 1000.0}

    def fake_risk(project, scenario, feedback):
        names = project.combined("jurisdictions")["name"]
        return {"jurisdictions": {n: {"ead_eur": value["ead"]} for n in names}}

    monkeypatch.setattr(indicators, "EXTRA_INDICATORS", [fake_risk])
    save_snapshot(p, "v1")
    value["ead"] = 600.0
    data = progress_between(p, "v1")
    assert data["jurisdictions"]["N-West"]["level-joint"]["ead_eur"] == {
        "from": 1000.0,
        "to": 600.0,
        "change": -400.0,
    }
    paths = write_progress(p, data, tmp_path)
    with open(paths["indicators.csv"], newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["indicator"] == "ead_eur"]
    assert rows and all(float(r["change"]) == -400.0 for r in rows)
    assert "<h4>Expected annual damage (EUR)</h4>" in paths["index.html"].read_text(encoding="utf-8")


def test_dates_lists_and_missing_geometries_survive_a_snapshot():
    import geopandas as gpd
    import pandas as pd

    from floodplan.model.versions import PlanLayer

    g = gpd.GeoDataFrame(
        {"id": ["a", "b"], "since": pd.to_datetime(["2020-01-01", None]), "crew": [[1, 2], None]},
        geometry=[Point(1, 2), None],
        crs=25833,
        index=[5, 9],
    )
    back = PlanLayer.from_frame("r", "resources", g).frame(g.crs)
    assert list(back.index) == [5, 9] and back.geometry.iloc[1] is None
    assert back["since"].iloc[0] == pd.Timestamp("2020-01-01") and pd.isna(back["since"].iloc[1])
    assert back["crew"].iloc[0] == [1, 2] and back.dtypes["since"] == g.dtypes["since"]
