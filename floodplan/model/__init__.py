"""The project: layers and their roles, defenses, resources, jurisdictions, scenarios, and the edit
commands (do/undo) every change goes through."""
