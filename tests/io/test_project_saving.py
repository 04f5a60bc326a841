"""Saving a project (issue 12 items 18 and 19): outside references across Save As and recovery, failed saves
keep their own message, leftovers of killed saves are removed, a file changed on disk is not overwritten
silently. Expected values are the paths and messages the contract and the module docstring state."""

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from floodplan.errors import FloodplanError, InputError, ProjectChangedError
from floodplan.io import projectfile
from floodplan.io.projectfile import adopt_path, open_project, remove_stale_saves, save_project
from floodplan.io.raster import write_grid
from floodplan.model.project import Layer, Project
from floodplan.model.scenario import Scenario
from floodplan.testing import TEST_CRS, make_grid

DEAD_PID = 2**22 + 4321  # above Linux's largest pid (pid_max ≤ 2^22): never a running process


def _project():
    p = Project(TEST_CRS)
    z = np.linspace(90, 110, 20 * 30).reshape(20, 30)
    p.add_layer(Layer("dem", "dem", make_grid(z, 10.0)))
    p.set_scenario(Scenario("hq", level_m=100.0))
    return p


def _stored_path(gpkg, layer="dem"):
    con = sqlite3.connect(gpkg)
    row = con.execute("SELECT storage, path FROM floodplan_layers WHERE name=?", (layer,)).fetchone()
    con.close()
    return row


def _with_outside_dem(tmp_path):
    """A project in a/ whose DEM is the outside file a/data/dem.tif."""
    p = _project()
    (tmp_path / "a" / "data").mkdir(parents=True)
    write_grid(p.dem, tmp_path / "a" / "data" / "dem.tif")
    p.layer("dem").external = str(tmp_path / "a" / "data" / "dem.tif")
    path = save_project(p, tmp_path / "a" / "plan.gpkg")
    assert _stored_path(path) == ("external", os.path.join("data", "dem.tif"))
    return path


def test_save_as_to_another_folder_rewrites_relative_references(tmp_path):
    path = _with_outside_dem(tmp_path)
    p = open_project(path)
    (tmp_path / "b" / "c").mkdir(parents=True)
    other = save_project(p, tmp_path / "b" / "c" / "plan.gpkg")
    # Relative to b/c/: up two folders, then a/data/dem.tif (os.path.relpath's answer for these folders).
    assert _stored_path(other) == ("external", os.path.join("..", "..", "a", "data", "dem.tif"))
    # Saving again in the new place works (it failed with "the outside file … is missing" before).
    p.set_scenario(Scenario("extra", level_m=101.0))
    save_project(p)
    q = open_project(other)
    np.testing.assert_array_equal(q.dem.z, open_project(path).dem.z)
    assert q.layer("dem").external == str(tmp_path / "a" / "data" / "dem.tif")


def test_recovery_copy_keeps_outside_references(tmp_path):
    """Autosave writes a copy in another folder; recovery opens it and saves to the original: the DEM is
    still a/data/dem.tif, stored as data/dem.tif relative to the original project."""
    path = _with_outside_dem(tmp_path)
    p = open_project(path)
    p.set_scenario(Scenario("edit", level_m=102.0))
    (tmp_path / "recovery").mkdir()
    copy = save_project(p, tmp_path / "recovery" / "plan-1234.gpkg", as_copy=True)
    assert p.path == path and p.dirty  # a copy: the project keeps its file and its unsaved state
    assert _stored_path(copy) == ("external", os.path.join("..", "a", "data", "dem.tif"))
    recovered = open_project(copy)
    adopt_path(recovered, path)
    save_project(recovered)
    assert _stored_path(path) == ("external", os.path.join("data", "dem.tif"))
    assert "edit" in open_project(path).scenarios


def test_save_into_a_folder_that_cannot_be_written_keeps_its_own_message(tmp_path, monkeypatch):
    """Read-only folder (simulated: tests run as root, who may write anywhere): writing the new file and
    removing it both fail with PermissionError; the message is the intended one, not the clean-up's."""
    path = save_project(_project(), tmp_path / "plan.gpkg")
    before = path.read_bytes()

    def denied(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(projectfile, "_write", denied)
    monkeypatch.setattr(Path, "unlink", denied)
    p = open_project(path)
    p.set_scenario(Scenario("x", level_m=1.0))
    with pytest.raises(InputError) as err:
        save_project(p)
    assert str(err.value) == (
        f"{path}: could not be saved (Permission denied) (choose a folder you can write to); "
        "the previous file is unchanged."
    )
    monkeypatch.undo()
    assert path.read_bytes() == before


def test_other_failures_still_name_the_file(tmp_path, monkeypatch):
    path = save_project(_project(), tmp_path / "plan.gpkg")

    def full(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(FloodplanError, match="could not be saved .No space left on device.; the previous"):
        save_project(open_project(path))
    monkeypatch.undo()
    assert sorted(x.name for x in tmp_path.iterdir()) == ["plan.gpkg"]


def test_leftovers_of_dead_saves_are_removed_and_live_ones_kept(tmp_path):
    path = save_project(_project(), tmp_path / "plan.gpkg")
    dead = [tmp_path / f".plan.saving-{DEAD_PID}.gpkg", tmp_path / f".plan.saving-{DEAD_PID}.gpkg-journal"]
    live = tmp_path / f".plan.saving-{os.getppid()}.gpkg"  # our parent process is running
    other = tmp_path / f".other.saving-{DEAD_PID}.gpkg"  # another project's: not ours to remove
    for f in (*dead, live, other):
        f.write_bytes(b"x" * 1000)
    open_project(path)
    assert not any(f.exists() for f in dead)
    assert live.exists() and other.exists()
    assert remove_stale_saves(path) == []


def test_a_killed_save_leaves_nothing_after_the_next_open(tmp_path):
    path = save_project(_project(), tmp_path / "plan.gpkg")
    script = textwrap.dedent(f"""
        import time, pyogrio, rasterio
        from floodplan.io.projectfile import open_project, save_project
        import floodplan.io.projectfile as pf
        real = pf._write_raster
        def slow(*a, **k):
            real(*a, **k)
            print("writing", flush=True)
            time.sleep(60)
        pf._write_raster = slow
        p = open_project({str(path)!r})
        save_project(p)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    proc.kill()
    proc.wait()
    assert any(".saving-" in f.name for f in tmp_path.iterdir())  # the killed save's new file
    open_project(path)
    assert sorted(f.name for f in tmp_path.iterdir()) == ["plan.gpkg"]


def test_saving_over_a_file_changed_on_disk_is_refused_unless_confirmed(tmp_path):
    path = save_project(_project(), tmp_path / "plan.gpkg")
    first, second = open_project(path), open_project(path)
    first.set_scenario(Scenario("from-first", level_m=1.0))
    save_project(first)
    save_project(first)  # its own earlier save is not a change by someone else
    second.set_scenario(Scenario("from-second", level_m=2.0))
    with pytest.raises(ProjectChangedError, match="changed on disk since it was opened"):
        save_project(second)
    assert "from-first" in open_project(path).scenarios  # the other edit is still there
    save_project(second, overwrite_changes=True)
    assert "from-second" in open_project(path).scenarios
    # Save As elsewhere is never refused.
    third = open_project(path)
    save_project(first, tmp_path / "copy.gpkg")
    save_project(third)
