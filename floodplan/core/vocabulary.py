"""floodplan's vocabulary, defined once (DESIGN.md: core): layer roles, response modes, flood kinds,
resource kinds, critical facilities and defense kinds. Every layer imports these names from here."""

#: Roles a layer can play (docs/layers.md), plus floodplan's additions: profile points and candidate sites.
ROLES = (
    "dem",
    "river",
    "jurisdictions",
    "assets",
    "roads",
    "defenses",
    "resources",
    "profile",
    "candidates",
    "other",
)
VECTOR_ROLES = tuple(r for r in ROLES if r != "dem")

#: Response modes, in the contract's order (``--mode joint|national``).
MODES = ("joint", "national")
#: The same modes as reports and the engine list them: alone first, then together (the cooperation gain
#: is joint minus national).
MODES_NATIONAL_FIRST = ("national", "joint")

#: How a scenario's flood is given.
FLOOD_KINDS = ("level", "profile", "volume", "dynamic")

#: Resource kinds floodplan knows by name (any other word is a kind too).
RESOURCE_KINDS = ("fire", "ambulance", "rescue", "pump", "boat", "shelter", "hospital")
#: Resource kinds that are destinations (people are taken there), not responders that travel to people.
DESTINATION_KINDS = ("shelter", "hospital")

#: Building kinds that are critical facilities: listed in the dashboard, on plates and in the
#: after-action report alike.
CRITICAL_KINDS = ("hospital", "school", "care_home", "kindergarten", "fire_station", "police")

#: Defense kinds and statuses.
DEFENSE_TYPES = ("levee", "wall", "mobile")
DEFENSE_STATUS = ("existing", "planned")
