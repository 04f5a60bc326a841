"""The command-line commands: each reads its inputs, calls the engine and writes what docs/command-line.md
says.

Argument parsing and the exit-status convention live in :mod:`floodplan.cli` (this package's ``__init__``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from floodplan.cli.output import print_json
from floodplan.errors import InputError
from floodplan.notes import current_notes, note, note_all


def _out_dir(path: str) -> Path:
    out = Path(path)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder; choose a folder for the results.")
    out.mkdir(parents=True, exist_ok=True)
    return out


def _out_file(path: str, suffixes: tuple[str, ...], make_folder: bool = False) -> Path:
    out = Path(path)
    if out.suffix.lower() not in suffixes:
        raise InputError(f"{out}: the output must end in {' or '.join(suffixes)}.")
    if make_folder and not out.parent.exists():
        if out.parent.exists() and not out.parent.is_dir():
            raise InputError(f"{out.parent}: exists and is not a folder; choose a folder for the report.")
        out.parent.mkdir(parents=True, exist_ok=True)
    if not out.parent.exists():
        raise InputError(f"{out.parent}: the folder does not exist; create it or choose another.")
    return out


def _progress(json_mode: bool):
    """A Feedback printing progress to stderr (never stdout, which --json keeps for the one object)."""
    from floodplan.progress import Feedback

    if json_mode or not sys.stderr.isatty():
        return Feedback()
    return Feedback(lambda f, m: print(f"\r{int(f * 100):3d}% {m[:60]:<60}", end="", file=sys.stderr))


def _end_progress() -> None:
    """End the progress line :func:`_progress` keeps rewriting on a terminal, before the result's line."""
    if sys.stderr.isatty():
        print(file=sys.stderr)


# ---------------------------------------------------------------- info / sample
def cmd_info(args) -> int:
    from floodplan.io.describe import describe, format_description

    info = describe(args.path)
    if args.json:
        print_json(info)
    else:
        print(format_description(info))
    return 0


def cmd_sample(args) -> int:
    from floodplan.sample import write_sample

    out = _out_dir(args.dir)
    written = write_sample(out)
    for p in written:
        print(p)
    return 0


# ---------------------------------------------------------------- inundate / access / run
def _read_metric_dem(path: str):
    """The DEM in a projected CRS (its own, feet included, or the UTM zone of a DEM in degrees)."""
    return _read_dem_and_crs(path)[0]


def _read_dem_and_crs(path: str):
    """(the DEM as the engine uses it, the DEM file's own CRS): coordinates the user gives (``--at``) and
    reads (spill points) are in the file's CRS (docs/command-line.md)."""
    from floodplan.io.raster import metric_grid, read_grid

    grid = read_grid(path)
    return metric_grid(grid), grid.crs


def _read_role(specs, role: str, crs, allow_empty: bool = True):
    """Read the file(s) given for one role (see :func:`floodplan.io.roles.read_role`)."""
    from floodplan.io.roles import read_role

    return read_role(specs, role, crs, allow_empty=allow_empty)


def _files(specs) -> str:
    from floodplan.io.roles import specs_label

    return specs_label(specs)


def cmd_inundate(args) -> int:
    from floodplan.io.raster import write_grid
    from floodplan.model.scenario import Scenario
    from floodplan.sim.setup import FloodSetup
    from floodplan.sim.stats import extent_polygons, inundation_json, jurisdiction_stats, zone_grid
    from floodplan.sim.terrain import without_sea

    out = _out_file(args.out, (".tif", ".tiff"))
    if args.flood is not None and not args.levels:
        raise InputError("--flood picks one flood of a --levels profile layer; give --levels too.")
    extent_out = _out_file(args.extent, (".gpkg",)) if args.extent else None
    dem, file_crs = _read_dem_and_crs(args.dem)
    dem, sea = without_sea(dem, getattr(args, "sea_level", None), str(args.dem))
    river = _read_role(args.source, "river", dem.crs, allow_empty=False)
    defenses = _read_role(args.defenses, "defenses", dem.crs)
    jur = _read_role(args.jurisdictions, "jurisdictions", dem.crs)
    breaches = [b.strip() for b in args.breach.split(",") if b.strip()]
    if defenses is not None and breaches:
        unknown = sorted(set(breaches) - set(defenses["id"].astype(str)))
        if unknown:
            raise InputError(f"{_files(args.defenses)}: no defense with id {', '.join(unknown)} to breach.")
    profile = None
    if args.level is not None:
        sc = Scenario("inundate", flood="level", level_m=args.level)
    elif args.volume is not None:
        if args.volume < 0:
            raise InputError("--volume must be 0 or more (m³).")
        sc = Scenario("inundate", flood="volume", volume_m3=args.volume)
    else:
        from floodplan.io.profiles import one_flood

        sc = Scenario("inundate", flood="profile")
        profile = _read_role(args.levels, "profile", dem.crs, allow_empty=False)
        profile = one_flood(profile, args.flood, _files(args.levels))
    sc.breaches, sc.include_planned = breaches, not args.exclude_planned
    # The engine's own setup of a flood, as a project's scenario gets it (floodplan.sim.setup), from files.
    setup = FloodSetup.build(
        dem, sea, river, defenses, profile, sc,
        river_label=_files(args.source), defenses_label=_files(args.defenses),
    )  # fmt: skip
    result = setup.flood(sc, report_crs=file_crs)
    # The depth raster is on the DEM's grid: 0 where dry, nodata where the DEM has none.
    write_grid(result.depth, out)
    stats = None
    zones = None
    if jur is not None:
        zones = zone_grid(jur, dem)
        stats = jurisdiction_stats(result.depth.z, zones, jur, dem.cell_area)
    if extent_out is not None:
        ext = extent_polygons(result.depth, jur, zones)
        if extent_out.exists():
            extent_out.unlink()
        ext.to_file(extent_out, layer="extent", driver="GPKG", engine="pyogrio")
    summary = inundation_json(result, stats)
    note_all(result.notes)
    if args.json:
        print_json(summary)
    else:
        lvl = "profile" if summary["level_m"] is None else f"{summary['level_m']:.2f} m"
        print(
            f"level {lvl}: {summary['flooded_cells']} cells flooded, {summary['flooded_area_m2'] / 1e4:.1f} ha, "
            f"{summary['volume_m3']:.0f} m³, deepest {summary['max_depth_m']:.2f} m → {out}"
        )
    return 0


def cmd_access(args) -> int:
    from floodplan.io.raster import read_grid
    from floodplan.sim.access import compute_access
    from floodplan.sim.coverage import gap_polygons
    from floodplan.sim.runner import road_network

    out = _out_file(args.out, (".gpkg",))
    jur = _read_role(args.jurisdictions, "jurisdictions", None, allow_empty=False)
    crs = jur.crs
    depth = None
    if args.depth:
        from floodplan.io.raster import depth_on_metric_crs

        # The roads are measured in metres: a depth raster in degrees or feet is resampled onto a metric
        # CRS (the jurisdictions' when it is one) rather than read as if its unit were the metre.
        depth = depth_on_metric_crs(read_grid(args.depth), str(args.depth), jur.crs)
        crs = depth.crs
        jur = jur.to_crs(crs)
    elif crs.is_geographic:
        raise InputError(
            f"{_files(args.jurisdictions)}: in degrees; give layers in a metric CRS or a --depth raster."
        )
    else:
        from floodplan.core.grid import crs_units, unit_plural

        units = crs_units(crs)
        if units.m_per_unit != 1.0:
            # Road lengths and snap distances are metres: layers in feet are worked on in their UTM zone.
            from floodplan.io.raster import utm_crs_for

            lon, lat = jur.to_crs(4326).union_all().centroid.coords[0]
            crs = utm_crs_for(lon, lat)
            jur = jur.to_crs(crs)
            note(
                f"{args.jurisdictions}: in {unit_plural(units.horizontal)}; the layers are worked on in "
                f"{crs.to_string()} (metres)"
            )
    roads = _read_role(args.roads, "roads", crs, allow_empty=False)
    resources = _read_role(args.resources, "resources", crs, allow_empty=False)
    assets = _read_role(args.assets, "assets", crs, allow_empty=False)
    if not args.max_depth >= 0:  # written so that NaN is refused too
        raise InputError("--max-depth must be 0 or more (m).")
    if not args.minutes > 0:
        raise InputError("--minutes must be more than 0.")
    if depth is not None:
        _check_road_sampling(roads, depth, str(args.depth))
    if not args.max_snap_m > 0:
        raise InputError("--max-snap-m must be more than 0 (m).")
    if not args.boat_draft_m > 0:
        raise InputError("--boat-draft-m must be more than 0 (m).")
    network = road_network(roads, jur, args.crossing_delay)
    # Without the DEM the water surface over a bridge is unknown: the depth on the road alone decides.
    blocked = network.cut_flooded(depth, args.max_depth) if depth is not None else None
    result = compute_access(
        network,
        resources,
        assets,
        jur,
        depth_grid=depth,
        max_depth_m=args.max_depth,
        mode=args.mode,
        minutes=args.minutes,
        kind=args.kind,
        blocked_pieces=blocked,
        boat_draft_m=args.boat_draft_m,
        max_snap_m=args.max_snap_m,
    )
    assets_out = result.assets
    keep = [c for c in assets_out.columns if c != assets_out.geometry.name]
    if out.exists():
        out.unlink()
    assets_out[keep + [assets_out.geometry.name]].to_file(
        out, layer="assets", driver="GPKG", engine="pyogrio"
    )
    gaps = gap_polygons(result)
    gaps.to_file(out, layer="gaps", driver="GPKG", engine="pyogrio")
    summary = {k: result.summary[k] for k in ("mode", "minutes", "jurisdictions", "countries", "kinds")}
    note_all(result.notes)
    if args.json:
        print_json(summary)
    else:
        print(f"{args.mode} response, target {args.minutes:g} min → {out}")
        for name, c in summary["countries"].items():
            print(
                f"  {name}: {c['covered_population']:.0f} of {c['population']:.0f} people covered, gap {c['gap_population']:.0f}"
            )
    return 0


def _check_road_sampling(roads, depth, label: str) -> None:
    """Refuse, before allocating, a depth raster whose cells would make sampling the roads (every half
    cell, several 8-byte numbers per sample) need more memory than a machine has."""
    from floodplan.io.raster import estimate_bytes

    length = float(roads.geometry.length.sum())
    samples = length / (0.5 * min(depth.dx, depth.dy)) + len(roads)
    bytes_each = 96  # cell, edge, position and coordinates of each sample (int64/float64), with temporaries
    if samples * bytes_each > 4 * 1024**3:
        raise InputError(
            f"{label}: its cells of {depth.dx:g} m × {depth.dy:g} m are so small that checking "
            f"{length / 1000:,.1f} km of roads against it would need about {estimate_bytes(samples, bytes_each)} "
            "of memory; give a depth raster with cells of a usual size (about 1 to 100 m)."
        )


def cmd_run(args) -> int:
    from floodplan.io.projectfile import open_project
    from floodplan.sim.results import write_run

    project = open_project(args.project)
    from floodplan.sim.runner import run_scenario

    if args.max_snap_m is not None and not args.max_snap_m > 0:
        raise InputError("--max-snap-m must be more than 0 (m).")
    result = run_scenario(project, args.scenario, feedback=_progress(args.json), max_snap_m=args.max_snap_m)
    # summary.json carries every note of the run (loading included), as --json does.
    out = _finish(result, args, write_run)
    if out is not None:  # text mode (with --json, _finish printed the object)
        s = result.summary
        print(
            f"scenario {s['scenario']}: {s['flooded_area_m2'] / 1e4:.1f} ha flooded, {s['volume_m3']:.0f} m³ → {out}"
        )
        for name, c in s["countries"].items():
            print(
                f"  {name}: covered {c['covered_population_national']:.0f} alone, {c['covered_population_joint']:.0f} "
                f"together (cooperation gain {c['cooperation_gain_population']:+.0f} people)"
            )
    return 0


# ---------------------------------------------------------------- new
def _pairs(items: list[str], option: str, example: str) -> dict[str, float]:
    """NAME=NUMBER options as a dict (one line error naming the option otherwise)."""
    out = {}
    for item in items:
        name, _, value = item.rpartition("=")
        try:
            out[name.strip()] = float(value)
        except ValueError:
            raise InputError(f"{option} '{item}': give NAME=NUMBER, e.g. {example}.") from None
        if not name.strip():
            raise InputError(f"{option} '{item}': give NAME=NUMBER, e.g. {example}.")
    return out


def cmd_new(args) -> int:
    from floodplan.io.newproject import add_role_layers, new_project
    from floodplan.io.projectfile import save_project

    out = _out_file(args.out, (".gpkg",))
    bbox = None
    if args.bbox:
        try:
            bbox = tuple(float(v) for v in args.bbox.split(","))
        except ValueError:
            bbox = ()
        if len(bbox) != 4:
            raise InputError(f"--bbox '{args.bbox}': give four numbers W,S,E,N in degrees.")
    offsets = {}
    for item in args.vertical_offset:
        path, _, metres = item.rpartition("=")
        try:
            offsets[path] = float(metres)
        except ValueError:
            raise InputError(f"--vertical-offset '{item}': give DEM=METRES, e.g. pl_dem.tif=0.23.") from None
    rules = {
        "people_per_m2": _pairs(args.people_per_m2, "--people-per-m2", "residential=0.025"),
        "levels": _pairs(args.levels, "--levels", "apartments=5"),
    }
    rules = {k: v for k, v in rules.items() if v} or None
    dems = [d for d in args.dem.split(",") if d]
    project = new_project(
        dems,
        args.osm,
        population_rules=rules,
        bbox_lonlat=bbox,
        dst_crs=args.crs,
        vertical_offsets_m=offsets or None,
        feedback=_progress(args.json),
    )
    add_role_layers(project, args.layer)  # a bad layer is refused before any file is written
    if getattr(args, "sea_level", None) is not None:
        if not np.isfinite(args.sea_level):
            raise InputError(f"--sea-level {args.sea_level}: give the sea level in metres, e.g. 0.")
        project.settings["sea_level_m"] = float(args.sea_level)  # read by every scenario run (runner)
    save_project(project, out)
    summary = {
        "path": str(out.resolve()),
        "crs": project.crs.to_string(),
        "layers": {
            lyr.name: (list(lyr.data.shape) if lyr.is_raster else len(lyr.data)) for lyr in project.layers
        },
        "scenarios": list(project.scenarios),
        "notes": project.notes,
    }
    note_all(project.notes)
    if args.json:
        print_json(summary)
    else:
        print(f"new project {out} ({summary['crs']})")
        for name, count in summary["layers"].items():
            print(f"  {name}: {count}")
    return 0


# ---------------------------------------------------------------- scenario
def cmd_scenario(args) -> int:
    from floodplan.io.projectfile import open_project, save_project
    from floodplan.model.scenario import Scenario

    project = open_project(args.project)
    breaches = [b.strip() for b in args.breach.split(",") if b.strip()]
    ids = set()
    for d in (project.combined("defenses"),):
        if len(d) and "id" in d.columns:
            ids |= set(d["id"].astype(str))
    unknown = [b for b in breaches if b not in ids]
    if unknown:
        raise InputError(
            f"{args.project}: no defense with id {', '.join(unknown)} to breach"
            + (f" (ids: {', '.join(sorted(ids)[:20])})." if ids else " (the project has no defenses).")
        )
    kwargs: dict = {}
    if args.level is not None:
        kwargs = {"flood": "level", "level_m": float(args.level)}
    elif args.volume is not None:
        if not np.isfinite(args.volume) or args.volume < 0:
            raise InputError("--volume must be 0 or more (m³).")
        kwargs = {"flood": "volume", "volume_m3": float(args.volume)}
    else:
        from floodplan.sim.risk import profile_floods

        prof, floods = profile_floods(project)
        if prof is None:
            raise InputError(
                f"{args.project}: the project has no profile layer (role 'profile') for --profile."
            )
        if args.profile not in floods:
            raise InputError(
                f"{args.project}: no profile flood named '{args.profile}'; the project's profile floods are "
                f"{', '.join(floods) or 'none (no flood column)'}."
            )
        layers = [
            lyr.name
            for lyr in project.layers_by_role("profile")
            if not lyr.is_raster
            and "flood" in lyr.data.columns
            and (lyr.data["flood"].astype(str) == args.profile).any()
        ]
        kwargs = {"flood": "profile", "profile_layer": layers[0], "profile_flood": args.profile}
    sc = Scenario(
        args.name,
        args.description,
        mode=args.mode,
        breaches=breaches,
        include_planned=bool(args.include_planned),
        **kwargs,
    )
    replaced = args.name in project.scenarios
    project.set_scenario(sc)
    path = save_project(project)
    if args.json:
        print_json({"path": str(path), "scenario": sc.to_dict(), "replaced": replaced})
    else:
        print(f"scenario '{args.name}' {'replaced' if replaced else 'added'} in {path}")
    return 0


# ---------------------------------------------------------------- risk
def _finish(result, args, write) -> Path | None:
    """The common end of ``run``, ``risk`` and ``ensemble``: notes, files, and the JSON object.

    Passes the result's notes on and records every note of the command so far as the summary's
    ``warnings`` (before writing, so the files carry them as ``--json`` does), writes the results with
    ``write(result, out)`` into the ``--out`` folder (created if missing; :func:`_out_dir` refuses a
    file), then prints the summary as JSON with ``--json``. Returns the folder when the caller is to
    print its text lines (the progress line ended), None when the JSON object was printed.
    """
    note_all(result.notes)
    result.summary["warnings"] = current_notes()
    out = _out_dir(args.out)
    write(result, out)
    if args.json:
        print_json(result.summary)
        return None
    _end_progress()
    return out


def cmd_risk(args) -> int:
    from floodplan.io.projectfile import open_project
    from floodplan.sim.damage import read_curves_csv
    from floodplan.sim.risk import compute_risk
    from floodplan.sim.risk_outputs import write_risk

    curves = read_curves_csv(args.curves) if args.curves else None
    project = open_project(args.project)
    result = compute_risk(
        project,
        args.scenario,
        events=args.events,
        curves=curves,
        discount_rate=args.discount_rate,
        years=args.years,
        feedback=_progress(args.json),
    )

    def write(result, out: Path) -> None:
        from floodplan.plates.risk_sheet import write_cost_sharing_sheet

        write_risk(result, out)
        languages = (
            _languages(args.languages) if args.languages else (project.settings.get("languages") or ["en"])
        )
        write_cost_sharing_sheet(result.summary, out / "cost_sharing.pdf", languages[:2], project)

    out = _finish(result, args, write)
    if out is not None:  # text mode (with --json, _finish printed the object)
        s = result.summary
        print(
            f"risk of scenario {s['scenario']}: EAD {s['ead_eur']:,.0f} EUR/year, EAP {s['eap_population']:.1f} people/year → {out}"
        )
        for name, c in s["countries"].items():
            print(
                f"  {name}: EAD {c['ead_eur']:,.0f} EUR/year (without the defenses {c['ead_without_defenses_eur']:,.0f})"
            )
        for did, d in s["defenses"].items():
            bcr = "n/a" if d["bcr"] is None else f"{d['bcr']:.2f}"
            print(
                f"  defense {did}: avoids {d['avoided_ead_eur']:,.0f} EUR/year, BCR {bcr}, NPV {d['npv_eur']:,.0f} EUR"
            )
    return 0


def cmd_ensemble(args) -> int:
    from floodplan.io.projectfile import open_project
    from floodplan.sim.ensemble import run_ensemble, write_ensemble

    project = open_project(args.project)
    result = run_ensemble(
        project,
        args.scenario,
        events=args.events,
        members=args.members,
        seed=args.seed,
        scheduler=args.scheduler,
        workers=args.workers,
        feedback=_progress(args.json),
    )
    out = _finish(result, args, write_ensemble)
    if out is None:
        return 0
    s = result.summary
    print(
        f"ensemble of {s['members']} members (seed {s['seed']}, {s['distinct_states']} distinct flood states, "
        f"scheduler {s['scheduler']}, {s['workers']} worker(s)) → {out}"
    )
    for ev in s["events"]:
        fails = ", ".join(
            f"{did} fails in {d['failure_fraction']:.0%} (fragility {d['failure_probability']:.0%})"
            for did, d in ev["defenses"].items()
        )
        print(f"  T={ev['return_period_years']:g} years: {fails or 'no defenses'}")
    for name, j in s["jurisdictions"].items():
        e = j["ead_eur"]
        print(
            f"  {name}: EAD mean {e['mean']:,.0f} EUR/year (5 % {e['p05']:,.0f}, median {e['p50']:,.0f}, 95 % {e['p95']:,.0f})"
        )
    return 0


# ---------------------------------------------------------------- simulate
def _point_in_working_crs(at: str, src, dem, dem_path: str) -> tuple[float, float]:
    """``--at X,Y`` (in the DEM file's own CRS, docs/command-line.md) as x, y in the working (metric) CRS of
    ``dem``."""
    try:
        x, y = (float(v) for v in at.split(","))
    except ValueError:
        raise InputError(f"--at '{at}': give two numbers X,Y in the CRS of {dem_path}.") from None
    if not (np.isfinite(x) and np.isfinite(y)):
        raise InputError(f"--at '{at}': give two finite numbers X,Y in the CRS of {dem_path}.")
    r, c = src.rowcol(x, y)
    if not src.inside(r, c) or not np.isfinite(src.z[r, c]):
        raise InputError(
            f"--at {at}: the point lies outside the DEM {dem_path} (or on a nodata cell); give X,Y in the "
            f"DEM's own CRS ({src.crs.to_string() if src.crs else 'unknown'})."
        )
    if dem.crs != src.crs:
        from pyproj import Transformer

        x, y = Transformer.from_crs(src.crs.to_wkt(), dem.crs.to_wkt(), always_xy=True).transform(x, y)
        if not (np.isfinite(x) and np.isfinite(y)):
            raise InputError(
                f"--at {at}: not a position in the DEM's CRS ({src.crs.to_string()}); give X,Y in that CRS "
                "(longitude,latitude for a DEM in degrees)."
            )
    return float(x), float(y)


def cmd_simulate(args) -> int:
    from floodplan.io.raster import metric_grid, read_grid
    from floodplan.sim.hydro import THETA, Hydrograph, simulate
    from floodplan.sim.hydro_outputs import write_outputs
    from floodplan.sim.terrain import defense_cells

    out = _out_dir(args.out)
    src = read_grid(args.dem)
    dem = metric_grid(src)
    inflows = []
    stage = None
    if not (args.inflow or args.stage or args.rain):
        raise InputError(
            "give --inflow CSV --at X,Y, --stage CSV --edge EDGE or --rain CSV (the water's source)."
        )
    if len(args.at) != len(args.inflow):
        raise InputError(
            f"{len(args.inflow)} --inflow but {len(args.at)} --at: give one --at X,Y (in the DEM's CRS) "
            "after each --inflow, in the same order."
        )
    widths = list(getattr(args, "inflow_width", None) or [])
    if len(widths) == 1:
        widths = widths * len(args.inflow)
    if widths and len(widths) != len(args.inflow):
        raise InputError(
            f"{len(args.inflow)} --inflow but {len(widths)} --inflow-width: give one --inflow-width M for "
            "every inflow, or one after each --inflow, in the same order."
        )
    if any(not (w >= 0) for w in widths):
        raise InputError("--inflow-width must be a width in metres, 0 or more (0: the inflow's one cell).")
    for k, (csv_path, at) in enumerate(zip(args.inflow, args.at)):
        x, y = _point_in_working_crs(at, src, dem, args.dem)
        hyd = Hydrograph.read_csv(csv_path, "m3s", nonnegative=True)
        inflows.append((x, y, hyd, widths[k]) if widths else (x, y, hyd))
    if args.stage:
        if not args.edge:
            raise InputError("--stage needs --edge west|east|north|south.")
        stage = (args.edge, Hydrograph.read_csv(args.stage, "level_m"))
    elif args.edge:
        raise InputError("--edge needs --stage CSV (the water level held along that edge).")
    rain = Hydrograph.read_csv(args.rain, "mm_per_h", nonnegative=True) if args.rain else None
    if args.manning <= 0:
        raise InputError("--manning must be above 0 (s/m^(1/3), e.g. 0.035).")
    defenses = _read_role(args.defenses, "defenses", dem.crs)
    crests = None
    breaches = {}
    if defenses is not None and len(defenses):
        cells = defense_cells(defenses, dem, layer=_files(args.defenses))
        crests = cells.dense(dem.shape)
        for item in [b.strip() for b in args.breach.split(",") if b.strip()]:
            did, _, minute = item.partition("@")
            if did not in cells.ids:
                raise InputError(
                    f"--breach {item}: {_files(args.defenses)} has no active defense with id '{did}'."
                )
            try:
                at = float(minute)
            except ValueError:
                raise InputError(f"--breach {item}: give ID@MINUTES, e.g. L3@120.") from None
            mask = np.zeros(dem.z.size, bool)
            mask[cells.cells[cells.ids.index(did)]] = True
            breaches[did] = (mask.reshape(dem.shape), at)
    elif args.breach:
        raise InputError("--breach needs --defenses (the layer holding the defense ids).")
    result = simulate(
        dem,
        args.minutes,
        inflows=inflows,
        stage=stage,
        rain=rain,
        manning=args.manning,
        defense_crests=crests,
        breaches=breaches or None,
        snapshot_minutes=args.snapshot_minutes,
        feedback=_progress(args.json),
        advection=args.advection,
        outflow=args.outflow or (),
        theta=THETA if args.theta is None else args.theta,
    )
    write_outputs(result, out, dem.crs, dem.transform)
    summary = result.to_json()
    if args.json:
        print_json(summary)
    else:
        _end_progress()
        print(
            f"{summary['minutes']:g} minutes in {summary['steps']} steps: in {summary['volume_in_m3']:.0f} m³, "
            f"out {summary['volume_out_m3']:.0f} m³, stored {summary['volume_stored_m3']:.0f} m³, "
            f"mass error {summary['mass_error_pct']:.4f} %; deepest {summary['max_depth_m']:.2f} m → {out}"
        )
    return 0


# ---------------------------------------------------------------- exercise
def cmd_exercise(args) -> int:
    from floodplan.io.projectfile import open_project
    from floodplan.plates.aar import write_after_action_report
    from floodplan.sim.tabletop import Exercise

    project = open_project(args.project)
    sc = project.scenario(args.scenario)
    if not sc.tabletop:
        raise InputError(
            f"{args.project}: scenario '{args.scenario}' is not a tabletop exercise (it has no timeline)."
        )
    out = _out_dir(args.out)
    fb = _progress(False)
    result = Exercise(project, args.scenario, feedback=fb).run(fb)
    languages = project.settings.get("languages") or ["en"]
    paths = write_after_action_report(result, project, out, languages=tuple(languages))
    _end_progress()
    print(f"exercise {args.scenario}: {len(result.timeline)} steps, {len(result.events)} events → {out}")
    for written in dict.fromkeys(paths.values()):  # every file written, each once (issue 18 item 8)
        print(f"  {written}")
    return 0


# ---------------------------------------------------------------- suggest
def cmd_suggest(args) -> int:
    from floodplan.core.vocabulary import CRITICAL_KINDS, RESOURCE_KINDS
    from floodplan.io.projectfile import open_project
    from floodplan.sim.runner import run_scenario
    from floodplan.sim.siting import suggest_from_access

    out = _out_file(args.out, (".gpkg",))
    if args.count < 1:
        raise InputError("--count must be 1 or more.")
    if args.minutes is not None and not args.minutes > 0:
        raise InputError(f"--minutes {args.minutes:g}: give a target time above 0 minutes.")
    project = open_project(args.project)
    kinds = sorted({str(k).strip().lower() for k in project.combined("resources").get("kind", []) if k})
    kind = args.kind.strip().lower()
    if kind not in kinds and kind not in RESOURCE_KINDS:
        # A word no resource has and no standard kind: most likely a typo or a building kind; say which exist.
        present = f"kinds present: {', '.join(kinds) or 'none'}"
        standard = f"give one of them or a standard kind ({', '.join(RESOURCE_KINDS)})"
        if kind in CRITICAL_KINDS:
            raise InputError(
                f"{args.project}: '{args.kind}' is a kind of building, not of resource ({present}); {standard}."
            )
        raise InputError(f"{args.project}: no resource has kind '{args.kind}' ({present}); {standard}.")
    if kind not in kinds:
        # MCLP without existing facilities: every person counts as uncovered by this kind.
        note(
            f"{args.project}: no resource of kind '{kind}' yet: the sites suggested are the first of their kind."
        )
    candidates = (
        _read_role(args.candidates, "candidates", project.crs, allow_empty=False) if args.candidates else None
    )
    if args.max_snap_m is not None and not args.max_snap_m > 0:
        raise InputError("--max-snap-m must be more than 0 (m).")
    result = run_scenario(
        project,
        args.scenario,
        feedback=_progress(args.json),
        appraise=False,
        service_areas=False,
        max_snap_m=args.max_snap_m,
    )
    access = result.access[result.scenario.mode]
    minutes = (
        args.minutes
        if args.minutes is not None
        else result.scenario.target_minutes(args.kind.strip().lower())
    )
    sites, summary = suggest_from_access(
        access,
        args.kind,
        args.count,
        minutes=minutes,
        candidates=candidates,
        depth_grid=result.depth,
        max_depth_m=result.scenario.wading_limit(args.kind.strip().lower()),
    )
    if out.exists():
        out.unlink()
    sites.to_file(out, layer="sites", driver="GPKG", engine="pyogrio")
    summary = {
        "scenario": result.scenario.name,
        **summary,
        "sites": [
            {
                "rank": int(r.rank),
                "x": float(r.geometry.x),
                "y": float(r.geometry.y),
                "country": r.country,
                "covered_population": float(r.covered_population),
            }
            for r in sites.itertuples()
        ],
    }
    if args.json:
        print_json(summary)
    else:
        _end_progress()
        print(
            f"{args.count} new {args.kind} site(s) within {minutes:g} min cover {summary['covered_population']:.0f} "
            f"of {summary['uncovered_population']:.0f} people now uncovered → {out}"
        )
        for s in summary["sites"]:
            print(
                f"  #{s['rank']}: ({s['x']:.0f}, {s['y']:.0f}) in {s['country']}, +{s['covered_population']:.0f} people"
            )
    return 0


# ---------------------------------------------------------------- plate / report
def _languages(text: str) -> list[str]:
    from floodplan.plates.i18n import parse_languages

    return list(parse_languages(text))


def cmd_plate(args) -> int:
    from floodplan.io.projectfile import open_project
    from floodplan.plates import PlateSpec, render_atlas, render_plate
    from floodplan.sim.runner import run_scenario

    suffixes = (".pdf",) if args.atlas else (".pdf", ".png", ".svg")
    out = _out_file(args.out, suffixes)
    project = open_project(args.project)
    spec = PlateSpec.from_project(
        project,
        paper=args.paper,
        orientation=args.orientation,
        dpi=args.dpi,
        title=args.title,
        subtitle=args.subtitle,
        organisation=args.organisation,
        languages=_languages(args.languages),
        scale=args.scale,
        mode=args.mode,
        gaps_kind=getattr(args, "gaps_kind", None),
        probability=getattr(args, "probability", None),
    )
    spec.validate()
    if args.gaps_kind is not None:
        # The gaps of a kind no resource has would be every building: a map of nothing, so refuse.
        kinds = sorted({str(k).strip().lower() for k in project.combined("resources").get("kind", []) if k})
        if spec.gaps_kind not in kinds:
            raise InputError(
                f"{args.project}: no resource has kind '{args.gaps_kind}' for --gaps-kind "
                f"(kinds present: {', '.join(kinds) or 'none'})."
            )
    if args.probability is not None and not Path(args.probability).is_file():
        raise InputError(f"{args.probability}: no such file; give an ensemble's p_flooded_T<T>.tif.")
    result = None
    if project.scenarios:
        result = run_scenario(project, args.scenario, feedback=_progress(False), appraise=False)
    info = (render_atlas if args.atlas else render_plate)(project, result, spec, out)
    _end_progress()
    pages = f", {info['pages']} pages" if "pages" in info else ""
    print(f"plate {out} ({spec.paper} {spec.orientation}{pages})")
    return 0


def cmd_report(args) -> int:
    from floodplan.io.projectfile import open_project
    from floodplan.plates import write_report
    from floodplan.sim.runner import run_scenario

    out = _out_file(args.out, (".pdf", ".html"), make_folder=True)  # like run and exercise
    project = open_project(args.project)
    result = run_scenario(project, args.scenario, feedback=_progress(False))
    risk = None
    from floodplan.sim.risk import default_events, profile_floods

    if default_events(profile_floods(project)[1]) and len(project.combined("assets")):
        # The risk section: the scenario's scheme over the project's hq<N> floods (as floodplan risk).
        from floodplan.sim.risk import compute_risk

        risk = compute_risk(project, result.scenario, feedback=_progress(False))
        note_all(risk.notes)
    info = write_report(project, result, out, languages=_languages(args.languages), risk=risk)
    _end_progress()
    print(f"report {out}")
    for p in info.get("csv", {}).values() if isinstance(info.get("csv"), dict) else []:
        print(f"  {p}")
    return 0


# ---------------------------------------------------------------- snapshot / progress
def cmd_snapshot(args) -> int:
    from floodplan.io.projectfile import open_project, save_project
    from floodplan.sim.indicators import save_snapshot

    project = open_project(args.project)
    if any(s.name == args.name.strip() for s in project.snapshots):
        raise InputError(
            f"{args.project}: the project already has a version named '{args.name.strip()}'; choose another name."
        )
    snap = save_snapshot(project, args.name, args.note, feedback=_progress(args.json))
    # The project's own atomic save: a new file beside the old one, renamed over it.
    save_project(project)
    summary = {**snap.summary(), "project": str(project.path), "scenarios": snap.indicators["scenarios"]}
    if args.json:
        print_json(summary)
    else:
        _end_progress()
        print(
            f"version '{snap.name}' of {project.path} saved ({snap.date}, {len(summary['scenarios'])} scenarios)"
        )
    return 0


def cmd_progress(args) -> int:
    from floodplan.io.projectfile import open_project
    from floodplan.plates.progress import public_json, write_progress
    from floodplan.sim.indicators import progress_between

    languages = _languages(args.languages)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder; choose a folder for the report.")
    project = open_project(args.project)
    fb = _progress(args.json)
    data = progress_between(
        project, args.from_name, args.to_name, feedback=fb.sub(0.0, 0.8), source=args.project
    )
    out = _out_dir(args.out)
    paths = write_progress(project, data, out, languages=languages, feedback=fb.sub(0.8, 1.0))
    if args.json:
        print_json(public_json(data))
    else:
        _end_progress()
        print(f"progress from '{data['from']['name']}' to '{data['to']['name']}' → {paths['index.html']}")
        for name, entry in data["countries"].items():
            for sc, ind in entry.items():
                c = ind.get("covered_population", {})
                print(
                    f"  {name}, {sc}: covered national {_change(c.get('national'))}, joint {_change(c.get('joint'))}"
                )
    return 0


def _change(pair) -> str:
    if not pair or pair.get("change") is None:
        return "–"
    return f"{pair['from']:.0f} → {pair['to']:.0f} ({pair['change']:+.0f})"
