"""The command line (docs/command-line.md): the same engine calls the app makes, for scripts.

Exit status: 0 done; 2 the input is wrong, with ONE line ``floodplan: error: …`` on stderr naming the file
and what is wrong (never a traceback); 1 anything else (one line, and the traceback in a log file).
``--json`` prints exactly one JSON object on stdout and nothing else there.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
import warnings
from pathlib import Path

from floodplan import __version__
from floodplan.cli.output import print_json  # noqa: F401 - part of the package's API
from floodplan.errors import Cancelled, FloodplanError, InputError
from floodplan.notes import collect_notes

COMMANDS = (
    "sample",
    "info",
    "inundate",
    "access",
    "run",
    "plate",
    "report",
    "simulate",
    "suggest",
    "exercise",
    "new",
    "snapshot",
    "progress",
    "risk",
    "scenario",
    "ensemble",
)


class UsageError(InputError):
    """A wrong option on the command line."""


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage problem as one line and exit 2 (docs/command-line.md), not a usage
    dump."""

    def error(self, message: str):  # noqa: D401 - argparse API
        raise UsageError(f"{message} (see '{self.prog} --help')")


#: How every option that reads a role's features takes its files (docs/layers.md, "Naming one layer of a
#: file, and giving one role several
#: files"): a layer of a multi-layer file is named the QGIS way, and the option may be repeated.
_ROLE_HELP = (
    "; PATH or PATH|layername=NAME for one layer of a multi-layer file; repeat the option to use several "
    "files together"
)
_SNAP_HELP = (
    "resources and buildings farther than this from the nearest road (m) are unreachable "
    "(default: the project's max_snap_m setting, else 500)"
)


def _on_project(sub, name: str, help: str, scenario_required: bool = False) -> Parser:
    """The subcommand ``name`` that works on one scenario of a project file: its positional ``project``
    and ``--scenario`` (the project's first scenario when left out, unless ``scenario_required``)."""
    s = sub.add_parser(name, help=help)
    s.add_argument("project")
    s.add_argument("--scenario", required=scenario_required)
    return s


def _out_and_json(s: Parser) -> None:
    """The closing options of a command that writes into ``--out`` and can answer in one JSON object."""
    s.add_argument("--out", required=True)
    s.add_argument("--json", action="store_true")


def build_parser() -> Parser:
    p = Parser(prog="floodplan", description="Joint cross-border flood and emergency-response planning.")
    p.add_argument("--version", action="version", version=f"floodplan {__version__}")
    p.add_argument(
        "--lang",
        metavar="CODE",
        help="the app's language: en, de, pl, ca, es, fr or it (default: the Settings choice, else the system's)",
    )
    sub = p.add_subparsers(dest="command", parser_class=Parser)

    s = sub.add_parser("sample", help="write the sample valley project and its source layers into DIR")
    s.add_argument("dir")

    s = sub.add_parser("info", help="describe a project or any GIS file")
    s.add_argument("path")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("inundate", help="static flood extent and depth from a DEM")
    s.add_argument("--dem", required=True)
    s.add_argument(
        "--source",
        required=True,
        action="append",
        help="river lines or polygons (the water's source)" + _ROLE_HELP,
    )
    g = s.add_mutually_exclusive_group(required=True)
    g.add_argument("--level", type=float, help="flat water level (m)")
    g.add_argument("--levels", action="append", help="points with level_m along the river" + _ROLE_HELP)
    g.add_argument("--volume", type=float, help="flood volume (m³)")
    s.add_argument(
        "--flood",
        help="with --levels: the flood to use when the profile layer holds several (its 'flood' column)",
    )
    s.add_argument("--defenses", action="append", help="defense lines" + _ROLE_HELP)
    s.add_argument("--breach", default="", help="ids of defenses left out, comma separated")
    s.add_argument(
        "--exclude-planned", action="store_true", help="leave out defenses whose status is 'planned'"
    )
    s.add_argument("--jurisdictions", action="append", help="jurisdiction polygons" + _ROLE_HELP)
    s.add_argument(
        "--sea-level",
        type=float,
        metavar="M",
        help="keep the sea out: cells at or below M metres that are connected to the DEM's edge are sea, "
        "not floodplain (nodata in the depth raster); water reaching them runs into the sea. Default: off",
    )
    s.add_argument("--out", required=True)
    s.add_argument("--extent")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("access", help="response travel times and coverage gaps")
    s.add_argument("--roads", required=True, action="append", help="road lines" + _ROLE_HELP)
    s.add_argument("--resources", required=True, action="append", help="resource points" + _ROLE_HELP)
    s.add_argument("--assets", required=True, action="append", help="buildings" + _ROLE_HELP)
    s.add_argument(
        "--jurisdictions", required=True, action="append", help="jurisdiction polygons" + _ROLE_HELP
    )
    s.add_argument("--depth")
    s.add_argument("--max-depth", type=float, default=0.3)
    s.add_argument("--mode", choices=("joint", "national"), default="joint")
    s.add_argument("--minutes", type=float, default=15.0)
    s.add_argument("--kind")
    s.add_argument("--crossing-delay", type=float, default=0.0, help="minutes added at each border crossing")
    s.add_argument(
        "--max-snap-m",
        type=float,
        default=500.0,
        help="resources and buildings farther than this from the nearest road (m) are unreachable",
    )
    s.add_argument(
        "--boat-draft-m",
        type=float,
        default=0.3,
        help="water a boat needs (m): boats move through cells this deep",
    )
    _out_and_json(s)

    s = _on_project(sub, "run", "run a whole scenario and write every result into DIR")
    s.add_argument("--max-snap-m", type=float, help=_SNAP_HELP)
    _out_and_json(s)

    s = _on_project(sub, "plate", "a map plate for a meeting")
    s.add_argument("--out", required=True)
    s.add_argument("--paper", default="A3", choices=("A4", "A3", "A2", "A1", "A0"))
    s.add_argument("--orientation", default="landscape", choices=("landscape", "portrait"))
    s.add_argument("--dpi", type=int, default=200)
    s.add_argument("--title")
    s.add_argument("--subtitle")
    s.add_argument("--organisation")
    s.add_argument("--languages", default="en")
    s.add_argument("--scale", type=float, help="map scale denominator (10000 = 1:10,000); default: fit")
    s.add_argument("--mode", choices=("joint", "national"), help="which response mode the gaps show")
    s.add_argument(
        "--gaps-kind",
        metavar="KIND",
        help="show the gaps of one resource kind (the buildings it does not reach in time) instead of all",
    )
    s.add_argument(
        "--probability",
        metavar="P_FLOODED_T<T>.tif",
        help="draw an ensemble's flood-probability raster over the map, with its colour bar",
    )
    s.add_argument("--atlas", action="store_true", help="one page per jurisdiction in one PDF")

    s = _on_project(sub, "report", "the scenario report")
    s.add_argument("--out", required=True)
    s.add_argument("--languages", default="en")

    s = sub.add_parser("simulate", help="dynamic flood over time")
    s.add_argument("--dem", required=True)
    s.add_argument(
        "--inflow", action="append", default=[],
        help="CSV minutes,m3s (minutes may also be ISO dates); repeatable, each with its own --at",
    )  # fmt: skip
    s.add_argument("--stage", help="CSV minutes,level_m held along --edge")
    s.add_argument(
        "--at", action="append", default=[],
        help="X,Y of the inflow cell in the DEM file's own CRS (degrees for a DEM in degrees); "
        "one per --inflow, in order",
    )  # fmt: skip
    s.add_argument(
        "--inflow-width", action="append", type=float, default=[], metavar="M",
        help="the discharge enters over the cells within M/2 metres of X,Y (a line across the channel, as "
        "HEC-RAS 2D's flow boundary) instead of one cell; once for every inflow, or one per --inflow",
    )  # fmt: skip
    s.add_argument("--edge", choices=("west", "east", "north", "south"))
    s.add_argument(
        "--outflow",
        help="EDGE[,EDGE...]: water leaves freely across these edges at normal depth (terrain slope, "
        "Manning's equation; LISFLOOD-FP's FREE boundary)",
    )
    s.add_argument(
        "--theta", type=float, default=None,
        help="de Almeida et al. (2012) weighting in (0, 1]; 1 is the plain local inertial scheme (see README)",
    )  # fmt: skip
    s.add_argument("--defenses", action="append", help="defense lines" + _ROLE_HELP)
    s.add_argument("--breach", default="")
    s.add_argument("--manning", type=float, default=0.035)
    s.add_argument("--rain")
    s.add_argument("--minutes", type=float, required=True)
    s.add_argument("--snapshot-minutes", type=float)
    s.add_argument("--out", required=True)
    s.add_argument("--json", action="store_true")
    s.add_argument(
        "--advection",
        action="store_true",
        help="keep the convective acceleration (full shallow-water momentum) instead of the local "
        "inertial scheme: for fast, shallow flow over smooth ground (Froude number above about 0.5), "
        "where the local inertial front lags; about twice the run time",
    )

    s = _on_project(sub, "suggest", "where N new resources of a kind would cover the most uncovered people")
    s.add_argument("--kind", required=True)
    s.add_argument("--count", type=int, required=True)
    s.add_argument("--minutes", type=float)
    s.add_argument(
        "--candidates",
        action="append",
        help="a point layer of candidate sites (default: unflooded network nodes)" + _ROLE_HELP,
    )
    s.add_argument("--max-snap-m", type=float, help=_SNAP_HELP)
    _out_and_json(s)

    s = _on_project(
        sub,
        "exercise",
        "replay a tabletop scenario headless and write its after-action report",
        scenario_required=True,
    )
    s.add_argument("--out", required=True)

    s = sub.add_parser("new", help="a new project from public data")
    s.add_argument("--dem", required=True, help="elevation tiles, comma separated")
    s.add_argument("--osm")
    s.add_argument("--bbox", help="W,S,E,N in degrees (WGS 84)")
    s.add_argument("--crs", help="working CRS (default: UTM zone of the centre)")
    s.add_argument(
        "--vertical-offset",
        action="append",
        default=[],
        metavar="DEM=METRES",
        help="vertical datum offset added to one DEM (repeatable)",
    )
    s.add_argument(
        "--people-per-m2",
        action="append",
        default=[],
        metavar="KIND=VALUE",
        help="override the population estimate's people per m² of floor for a building kind (repeatable)",
    )
    s.add_argument(
        "--levels",
        action="append",
        default=[],
        metavar="BUILDING=N",
        help="override the number of levels assumed for an OSM building type (repeatable)",
    )
    s.add_argument(
        "--sea-level",
        type=float,
        metavar="M",
        help="a coastal project: store the setting sea_level_m, so cells at or below M metres connected to "
        "the DEM's edge are sea, not floodplain, in every scenario (as inundate --sea-level). Default: off",
    )
    s.add_argument(
        "--layer",
        action="append",
        default=[],
        metavar="ROLE=PATH",
        help="add a layer with that role (river, jurisdictions, assets, roads, defenses, resources, profile, "
        "other); PATH may name one layer as PATH|layername=NAME (repeatable)",
    )
    _out_and_json(s)

    s = sub.add_parser("snapshot", help="store a version of the plan and its indicators inside the project")
    s.add_argument("project")
    s.add_argument("name")
    s.add_argument("--note", default="")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("progress", help="the public progress report between two plan versions")
    s.add_argument("project")
    s.add_argument("--from", dest="from_name", required=True, metavar="NAME")
    s.add_argument("--to", dest="to_name", metavar="NAME", help="default: the current plan")
    s.add_argument("--languages", default="en")
    _out_and_json(s)

    s = _on_project(sub, "risk", "flood risk in money and people, and what each defense is worth")
    s.add_argument("--events", help="T=FLOOD[,T=FLOOD…]: 100=hq100, 100=101.2 (level, m), 100=V4.6e6 (m³)")
    s.add_argument("--curves", help="CSV with columns curve,depth_m,fraction (adds or replaces curves)")
    s.add_argument("--discount-rate", type=float, default=0.03)
    s.add_argument("--years", type=float, default=50.0)
    s.add_argument(
        "--languages", help="the cost-sharing sheet's two languages, e.g. de,pl (default: the project's)"
    )
    _out_and_json(s)

    s = _on_project(
        sub,
        "ensemble",
        "many floods with levee failures drawn from their fragility, on Dask: flood probability and the spread of risk",
    )
    s.add_argument("--events", help="T=FLOOD[,T=FLOOD…] as for risk (default: the project's hq<N> floods)")
    s.add_argument("--members", type=int, required=True, help="number of members (each draws its failures)")
    s.add_argument("--seed", type=int, default=0, help="the random stream's seed (same seed, same result)")
    g = s.add_mutually_exclusive_group()
    g.add_argument("--scheduler", help="address of a running dask scheduler, tcp://HOST:PORT")
    g.add_argument("--workers", type=int, help="worker processes of the local cluster (default: the cores)")
    _out_and_json(s)

    s = sub.add_parser("scenario", help="add a scenario to a project (or replace the one of that name)")
    s.add_argument("project")
    s.add_argument("name")
    g = s.add_mutually_exclusive_group(required=True)
    g.add_argument("--level", type=float, help="flat water level (m)")
    g.add_argument("--volume", type=float, help="flood volume (m³)")
    g.add_argument("--profile", help="a profile flood of the project's profile layer, by name")
    s.add_argument("--mode", choices=("joint", "national"), default="joint")
    s.add_argument("--breach", default="", help="ids of defenses left out, comma separated")
    s.add_argument("--include-planned", action="store_true", help="build the planned defenses")
    s.add_argument("--description", default="")
    s.add_argument("--json", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang, argv = _take_lang(argv)
    if lang is not None:
        try:
            from floodplan.languages import check_language  # Qt-free: the refusal is one line

            lang = check_language(lang)
        except InputError as exc:
            print(f"floodplan: error: {exc}", file=sys.stderr)
            return 2
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        return _open_app(argv, lang)
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            return _open_app([], lang or args.lang)
        from floodplan.cli import handlers

        with collect_notes() as notes, warnings.catch_warnings(record=True) as caught:
            # Library warnings (pyogrio, rasterio, matplotlib, numpy) carry internal paths and mean little
            # to the user: they go to the log; what matters is said in floodplan's own notes.
            warnings.simplefilter("always")
            try:
                status = int(getattr(handlers, f"cmd_{args.command}")(args) or 0)
            finally:
                _log_warnings(caught)
        if not getattr(args, "json", False):
            for text in notes:
                print(f"floodplan: note: {text}", file=sys.stderr)
        return status
    except (FloodplanError, OSError) as exc:
        if isinstance(exc, Cancelled):
            print(f"floodplan: {exc}", file=sys.stderr)
            return 1
        if isinstance(exc, InputError) or isinstance(
            exc, FileNotFoundError | PermissionError | IsADirectoryError
        ):
            print(f"floodplan: error: {_one_line(exc)}", file=sys.stderr)
            return 2
        print(f"floodplan: error: {_one_line(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("floodplan: interrupted", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence: log, one line, exit 1
        log = _log_crash()
        print(f"floodplan: internal error: {_one_line(exc)} (details in {log})", file=sys.stderr)
        return 1


def _take_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang CODE`` / ``--lang=CODE`` given before the project or command (the app's language), and the
    rest of the arguments."""
    if argv and argv[0].startswith("--lang="):
        return argv[0].split("=", 1)[1], argv[1:]
    if argv and argv[0] == "--lang":
        if len(argv) < 2:
            return "", argv[1:]
        return argv[1], argv[2:]
    return None, argv


def _open_app(argv: list[str], lang: str | None = None) -> int:
    if len(argv) > 1:
        print(
            "floodplan: error: give one project file to open, or a command (see 'floodplan --help')",
            file=sys.stderr,
        )
        return 2
    path = argv[0] if argv else None
    if path is not None and not Path(path).exists():
        print(f"floodplan: error: {path}: no such file; check the path.", file=sys.stderr)
        return 2
    problem = _no_display()
    if problem:
        print(f"floodplan: error: {problem}", file=sys.stderr)
        return 2
    from floodplan.gui.app import run_app

    return run_app(path, lang=lang)


def _no_display(environ=None, platform: str | None = None) -> str | None:
    """Why the app cannot open a window here (one sentence), or None. Checked before Qt starts, because Qt
    aborts the process with advice about X11 libraries when it finds no display."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip().lower()
    x11, wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if qpa == "xcb":
        ok = x11
    elif qpa.startswith("wayland"):
        ok = wayland
    elif qpa:
        ok = True  # offscreen, minimal, vnc, eglfs, linuxfb…: no desktop needed
    else:
        ok = not platform.startswith(("linux", "freebsd")) or x11 or wayland
    if ok:
        return None
    return (
        "no display to open the app on (DISPLAY and WAYLAND_DISPLAY are not set); start it from a desktop "
        "session, or use a command such as 'floodplan run' (see 'floodplan --help')"
    )


#: The option that gives each engine input named in an error's ``field`` (floodplan.core.checks): the engine
#: speaks the user's terms ("the water level"), the command line names its option (``--level``).
FIELD_OPTIONS = {
    "level": "--level",
    "volume": "--volume",
    "max_snap_m": "--max-snap-m",
    "boat_draft_m": "--boat-draft-m",
    "breaches": "--breach",
    "members": "--members",
    "seed": "--seed",
    "workers": "--workers",
    "events": "--events",
    "discount_rate": "--discount-rate",
    "years": "--years",
    "scheduler": "--scheduler",
    "flood": "--flood",
    "curves": "--curves",
    "dem": "--dem",
    "bbox": "--bbox",
    "layer": "--layer",
    "manning": "--manning",
    "at": "--at X,Y",
    "edge": "--edge",
    "outflow": "--outflow",
    "snapshot_minutes": "--snapshot-minutes",
    "minutes": "--minutes",
    "out": "--out",
}


def _one_line(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, InputError) and exc.field in FIELD_OPTIONS:
        text = exc.in_terms(FIELD_OPTIONS[exc.field])
    text = " ".join(text.split()) or type(exc).__name__
    if isinstance(exc, OSError) and exc.filename and str(exc.filename) not in text:
        text = f"{exc.filename}: {text}"
    return text


def _log_warnings(caught) -> None:
    """floodplan's own warnings become notes (they are written for the user); library ones go to the log."""
    from floodplan.errors import FloodplanWarning
    from floodplan.notes import note

    log = logging.getLogger("floodplan")
    for w in caught:
        if issubclass(w.category, FloodplanWarning):
            note(str(w.message))
        else:
            log.info("library warning: %s:%s: %s: %s", w.filename, w.lineno, w.category.__name__, w.message)


def _log_crash() -> Path:
    from floodplan.logs import log_path

    path = log_path()
    logging.basicConfig(filename=path, level=logging.INFO)
    logging.getLogger("floodplan").error("command line crash:\n%s", traceback.format_exc())
    return path
