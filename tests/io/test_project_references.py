"""Outside-file references of a project (issue 12 item 17, CONTRACT.md "Project file (added)").

A project's outside files are local paths only. Expected values come from the contract's rule: every URL,
GDAL virtual file system path, connection string, device, FIFO and folder is refused with exit 2 and one
sentence naming the project and the reference, and a local HTTP server (started and stopped here, on
127.0.0.1 only) sees no request at all while floodplan opens, describes or runs such a project.
"""

import http.server
import os
import sqlite3
import threading
import zipfile

import numpy as np
import pytest

from floodplan.cli import main
from floodplan.errors import InputError
from floodplan.io.projectfile import check_reference, open_project, save_project
from floodplan.io.raster import write_grid
from floodplan.model.project import Layer, Project
from floodplan.model.scenario import Scenario
from floodplan.testing import TEST_CRS, make_grid, run_floodplan


@pytest.fixture
def server():
    """A local HTTP server that records every request it gets (and answers 404)."""
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _record(self):
            hits.append((self.command, self.path))
            self.send_response(404)
            self.end_headers()

        do_GET = do_HEAD = do_POST = do_OPTIONS = _record

        def log_message(self, *args):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv.server_address[1], hits
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(timeout=30)


def _project(tmp_path, name="plan.gpkg"):
    p = Project(TEST_CRS)
    z = np.linspace(90, 110, 20 * 30).reshape(20, 30)
    p.add_layer(Layer("dem", "dem", make_grid(z, 10.0)))
    p.set_scenario(Scenario("hq", level_m=100.0))
    return save_project(p, tmp_path / name)


def _point_dem_at(path, ref):
    con = sqlite3.connect(path)
    con.execute("UPDATE floodplan_layers SET storage='external', path=? WHERE name='dem'", (ref,))
    con.commit()
    con.close()


def _network_refs(port):
    return [
        f"/vsicurl?url=http%3A%2F%2F127.0.0.1%3A{port}%2Fdem.tif",
        f"/vsicurl/http://127.0.0.1:{port}/dem.tif",
        f"http://127.0.0.1:{port}/dem.tif",
        f"/vsizip//vsicurl/http://127.0.0.1:{port}/a.zip/dem.tif",
        f"/VSICURL/http://127.0.0.1:{port}/dem.tif",
        f"\\vsicurl\\http://127.0.0.1:{port}/dem.tif",
        f"ftp://127.0.0.1:{port}/dem.tif",
        f"WMS:http://127.0.0.1:{port}/wms?",
        "/vsis3/bucket/dem.tif",
        f"../../../../../../../../vsicurl/http:/127.0.0.1:{port}/dem.tif",
        f"//127.0.0.1:{port}/share/dem.tif",
    ]


def test_network_references_are_refused_and_never_fetched(tmp_path, server, capfd):
    port, hits = server
    path = _project(tmp_path)
    for ref in _network_refs(port):
        _point_dem_at(path, ref)
        with pytest.raises(InputError) as err:
            open_project(path)
        msg = str(err.value)
        assert str(path) in msg and ref in msg, msg
        assert len(msg.splitlines()) == 1
        # The command line: exit 2 and one line, for info and run alike.
        for argv in (["info", str(path)], ["run", str(path), "--out", str(tmp_path / "out")]):
            assert main(argv) == 2
            err_lines = capfd.readouterr().err.strip().splitlines()  # GDAL C-level output included
            assert len(err_lines) == 1 and err_lines[0].startswith("floodplan: error: "), err_lines
    assert hits == []


def test_local_descriptions_that_would_fetch_are_refused(tmp_path, server):
    """Local files that are raster descriptions pointing at a server (a VRT, a WMS XML under a .tif name,
    a zipped VRT) are refused before GDAL reads a cell; the server sees nothing."""
    port, hits = server
    path = _project(tmp_path)
    vrt = (
        '<VRTDataset rasterXSize="10" rasterYSize="10"><SRS>EPSG:25833</SRS>'
        "<GeoTransform>500000,10,0,5600000,0,-10</GeoTransform>"
        '<VRTRasterBand dataType="Float32" band="1"><SimpleSource>'
        f'<SourceFilename relativeToVRT="0">/vsicurl/http://127.0.0.1:{port}/src.tif</SourceFilename>'
        "<SourceBand>1</SourceBand></SimpleSource></VRTRasterBand></VRTDataset>"
    )
    wms = (
        f'<GDAL_WMS><Service name="TMS"><ServerUrl>http://127.0.0.1:{port}/${{z}}/${{x}}/${{y}}.png</ServerUrl>'
        "</Service><DataWindow><UpperLeftX>-20037508.34</UpperLeftX><UpperLeftY>20037508.34</UpperLeftY>"
        "<LowerRightX>20037508.34</LowerRightX><LowerRightY>-20037508.34</LowerRightY><TileLevel>1</TileLevel>"
        "<TileCountX>1</TileCountX><TileCountY>1</TileCountY><YOrigin>top</YOrigin></DataWindow>"
        "<Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY>"
        "<BandsCount>1</BandsCount></GDAL_WMS>"
    )
    (tmp_path / "dem.vrt").write_text(vrt)
    (tmp_path / "wms.tif").write_text(wms)
    with zipfile.ZipFile(tmp_path / "dem.zip", "w") as zf:
        zf.writestr("dem.vrt", vrt)
    with zipfile.ZipFile(tmp_path / "wms.zip", "w") as zf:
        zf.writestr("dem.tif", wms)
    for ref in ("dem.vrt", "wms.tif", "dem.zip", "wms.zip"):
        _point_dem_at(path, ref)
        with pytest.raises(InputError) as err:
            open_project(path)
        assert str(path.name) in str(err.value) and ref in str(err.value), str(err.value)
    assert hits == []


def test_devices_folders_and_fifos_are_refused(tmp_path):
    path = _project(tmp_path)
    (tmp_path / "folder").mkdir()
    fifo = tmp_path / "pipe.tif"
    os.mkfifo(fifo)  # opening it for reading would block forever: it must never be opened
    (tmp_path / "zero.tif").symlink_to("/dev/zero")
    cases = {
        "/dev/zero": "device",
        "/dev/null": "device",
        "zero.tif": "device",
        "pipe.tif": "device",
        "folder": "folder",
        str(tmp_path): "folder",
        "/proc/self/environ": "device",
        "": "not a file path",
    }
    for ref, reason in cases.items():
        _point_dem_at(path, ref)
        with pytest.raises(InputError, match=reason) as err:
            open_project(path)
        assert str(path) in str(err.value)


def test_a_subprocess_info_reaches_no_server(tmp_path, server):
    """The real command line, in its own process (GDAL's state fresh): exit 2, one line, no request."""
    port, hits = server
    path = _project(tmp_path)
    _point_dem_at(path, f"/vsicurl?url=http%3A%2F%2F127.0.0.1%3A{port}%2Fdem.tif")
    proc = run_floodplan("info", path)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "vsicurl" in lines[0] and str(path) in lines[0], proc.stderr
    assert hits == []


def test_local_references_still_work(tmp_path):
    """Relative and absolute local GeoTIFFs open; the checked path is the file's absolute path."""
    path = _project(tmp_path)
    dem = open_project(path).dem
    write_grid(dem, tmp_path / "dem.tif")
    for ref in ("dem.tif", str(tmp_path / "dem.tif"), "./sub/../dem.tif"):
        (tmp_path / "sub").mkdir(exist_ok=True)
        _point_dem_at(path, ref)
        q = open_project(path)
        np.testing.assert_array_equal(q.dem.z, dem.z)
        assert q.layer("dem").external == str(tmp_path / "dem.tif")
    assert check_reference("dem.tif", path) == tmp_path / "dem.tif"
