"""Notes reach the user: collected per piece of work, printed on stderr, and in --json 'warnings'."""

import json
import threading

from floodplan.cli import main
from floodplan.notes import collect_notes, current_notes, note


def test_notes_are_collected_once_in_order_and_passed_to_the_outer_collection():
    with collect_notes() as outer:
        note("first")
        with collect_notes() as inner:
            note("second")
            note("second")
        note("first")
    assert inner == ["second"]
    assert outer == ["first", "second"]
    assert current_notes() == []


def test_a_thread_collects_its_own_notes():
    seen = {}

    def work():
        with collect_notes() as mine:
            note("from the thread")
        seen["thread"] = mine

    with collect_notes() as here:
        t = threading.Thread(target=work)
        t.start()
        t.join()
    assert seen["thread"] == ["from the thread"]
    assert here == []


def test_json_always_carries_warnings_and_text_mode_prints_the_notes(tmp_path, capsys):
    # A level below every source cell floods nothing: that is a note (inundation's own wording),
    # on stderr in text mode and in 'warnings' with --json; a command without notes has an empty list.
    assert main(["sample", str(tmp_path / "v")]) == 0
    v = tmp_path / "v"
    capsys.readouterr()
    assert main(["info", str(v / "valley.gpkg"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["warnings"] == []
    args = [
        "inundate",
        "--dem",
        str(v / "dem.tif"),
        "--source",
        f"{v / 'shared.gpkg'}|layername=river",
        "--level",
        "50",
    ]
    assert main([*args, "--out", str(tmp_path / "d.tif"), "--json"]) == 0
    (warning,) = json.loads(capsys.readouterr().out)["warnings"]
    assert "nothing floods" in warning
    assert main([*args, "--out", str(tmp_path / "d.tif")]) == 0
    assert f"floodplan: note: {warning}" in capsys.readouterr().err
