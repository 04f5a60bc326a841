"""The sample valley's tabletop exercise (``spring-flood``): its timeline of injects and decisions.

It lives with the sample (not in the engine's tabletop module), so the engine never imports the sample.
"""

from __future__ import annotations

from floodplan.sample import valley as V


def spring_flood_tabletop(valley, cell_m: float | None = None) -> dict:
    """The sample valley's ``spring-flood`` exercise (see floodplan.sample.valley) as a tabletop dict.

    A 24 h spring flood (the valley's hydrograph: ``minutes`` since the exercise's start, 2025-03-28
    06:00, and m³/s) enters at its inflow point on the west edge and leaves freely across the east
    (downstream) edge at normal depth; levee PL-L1 breaches,
    the police close the low bridge, the Brzozowiec ambulance station (PL-A1) goes out of service when
    the water reaches its roads after the breach, and the German teams send the Auenfurt ambulance
    (DE-A1) across the border to stand by in the plateau village Górka, which the flood has cut off
    from every other ambulance (about 500 people reached again, in both modes). ``cell_m`` is the flood
    model's cell size (m); without it the exercise takes :func:`floodplan.sim.tabletop.exercise_cell_m`
    (the sample's DEM's own 5 m: its whole replay fits issue 15's ten minutes on an idle 2-core machine).
    """
    hyd = valley.hydrograph
    x, y = valley.inflow_xy
    low_bridge = valley.landmarks.get("low_bridge", "Furtbrücke / Most Brodowy")

    def at(u, v):
        return [V.X0 + u, V.Y0 + v]

    return {
        "start": "2025-03-28T06:00",
        "duration_minutes": 24 * 60,
        "step_minutes": 60,
        **({"cell_m": cell_m} if cell_m is not None else {}),
        "manning": 0.035,
        "outflow": ["east"],  # the valley's downstream end: the river leaves at normal depth
        # The river enters across its whole channel (36 m), as a flow boundary line across the channel in
        # HEC-RAS 2D: into one cell, the inflow would shorten every step of a 5 m grid (issue 15, item 5).
        "inflow": {"x": float(x), "y": float(y), "width_m": 2 * V.CHANNEL_HALF_WIDTH,
                   "hydrograph": [[float(m), float(q)] for m, q in zip(hyd["minutes"], hyd["m3s"])]},
        "injects": [
            {"minute": 0, "kind": "message", "text": {
                "en": "Flood warning: the Erle/Olsza is rising; a 100-year spring flood is forecast for tonight.",
                "de": "Hochwasserwarnung: Die Erle steigt; für heute Nacht wird ein hundertjährliches Frühjahrshochwasser erwartet.",
                "pl": "Ostrzeżenie powodziowe: Olsza wzbiera; na noc prognozowana jest wiosenna powódź stuletnia."}},
            {"minute": SPRING_FLOOD["close_bridge"], "kind": "close_road", "target": low_bridge, "text": {
                "en": f"Police close the low bridge ({low_bridge}) as a precaution.",
                "de": f"Die Polizei sperrt die niedrige Brücke ({low_bridge}) vorsorglich.",
                "pl": f"Policja zamyka niski most ({low_bridge}) zapobiegawczo."}},
            {"minute": SPRING_FLOOD["breach"], "kind": "breach", "target": "PL-L1", "text": {
                "en": "Levee PL-L1 breaches on the Polish bank.",
                "de": "Der Deich PL-L1 am polnischen Ufer bricht.",
                "pl": "Przerwanie wału PL-L1 na polskim brzegu."}},
            {"minute": SPRING_FLOOD["ambulance_out"], "kind": "out_of_service", "target": "PL-A1", "text": {
                "en": "Water around the Brzozowiec ambulance station: its crews are cut off, the station is out of service.",
                "de": "Wasser um die Rettungswache Brzozowiec: die Besatzungen sind abgeschnitten, die Wache fällt aus.",
                "pl": "Woda wokół stacji ratownictwa w Brzozowcu: załogi odcięte, stacja wyłączona z działania."}},
        ],
        "decisions": [
            {"minute": SPRING_FLOOD["send"], "kind": "send_resource", "resource": "DE-A1",
             "to": at(*SPRING_FLOOD["send_to"]), "text": {
                 "en": "Auenfurt sends its ambulance (DE-A1) across the border to stand by in Górka.",
                 "de": "Auenfurt schickt seinen Rettungswagen (DE-A1) über die Grenze nach Górka in Bereitschaft.",
                 "pl": "Auenfurt wysyła karetkę (DE-A1) przez granicę do Górki w gotowości."}},
        ],
    }  # fmt: skip


#: Timing (minutes) and places (local metres of the sample valley) of the spring-flood exercise.
SPRING_FLOOD = {"close_bridge": 6 * 60, "breach": 10 * 60, "ambulance_out": 11 * 60, "send": 12 * 60,
                "send_to": (5484.4, 323.6)}  # fmt: skip
