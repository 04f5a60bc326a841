"""The ``floodplan_snapshots`` table of a project file: the project's plan versions.

One row per snapshot: position, name, date (ISO 8601 UTC), note, floodplan_version, plan (JSON: the plan
layers as GeoJSON text in the working CRS, and the scenarios) and indicators (JSON). The table is
registered in ``gpkg_contents`` as an attribute table, like floodplan's other tables. A project without
the table (written before plan versions existed) simply has no snapshots.

Kept apart from :mod:`floodplan.io.projectfile`, which calls :func:`write_snapshots` inside its save
(on the new file, before it replaces the old one) and :func:`read_snapshots` on open.
"""

from __future__ import annotations

import json
import sqlite3

from floodplan.errors import InputError
from floodplan.model.versions import Plan, Snapshot, snapshots

SNAPSHOTS = "floodplan_snapshots"


def write_snapshots(con: sqlite3.Connection, project) -> None:
    """Create the table in an open project file being written and fill it (nothing when there are none)."""
    items = snapshots(project)
    if not items:
        return
    cur = con.cursor()
    cur.execute(
        f"CREATE TABLE {SNAPSHOTS} (position INTEGER, name TEXT PRIMARY KEY NOT NULL, date TEXT NOT NULL, "
        "note TEXT, floodplan_version TEXT, plan TEXT NOT NULL, indicators TEXT NOT NULL)"
    )
    cur.executemany(
        f"INSERT INTO {SNAPSHOTS} VALUES (?,?,?,?,?,?,?)",
        [
            (
                i,
                s.name,
                s.date,
                s.note,
                s.floodplan_version,
                json.dumps(s.plan.to_dict()),
                json.dumps(s.indicators, default=float),
            )
            for i, s in enumerate(items)
        ],
    )
    cur.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
        "VALUES (?, 'attributes', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        (SNAPSHOTS, SNAPSHOTS, "floodplan plan versions"),
    )


def read_snapshots(con: sqlite3.Connection, path) -> list[Snapshot]:
    """The snapshots stored in an open project file, oldest first ([] when it has no such table).

    Raises InputError naming the file when the table is there but cannot be read.
    """
    found = con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name=?", (SNAPSHOTS,)
    ).fetchone()
    if found is None:
        return []
    try:
        rows = con.execute(
            f"SELECT name, date, note, floodplan_version, plan, indicators FROM {SNAPSHOTS} ORDER BY position"
        ).fetchall()
        return [
            Snapshot(name, date, note or "", Plan.from_dict(json.loads(plan)), json.loads(ind), version or "")
            for name, date, note, version, plan, ind in rows
        ]
    except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as exc:
        raise InputError(
            f"{path}: its plan versions (table {SNAPSHOTS}) cannot be read ({exc}); the file may be damaged."
        ) from None


def list_snapshots(path) -> list[dict]:
    """Name, date and note of each snapshot of a project file, without reading the plans."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name=?", (SNAPSHOTS,)
        ).fetchone()
        if found is None:
            return []
        rows = con.execute(f"SELECT name, date, note FROM {SNAPSHOTS} ORDER BY position").fetchall()
    finally:
        con.close()
    return [{"name": n, "date": d, "note": t or ""} for n, d, t in rows]
