"""One root exception type for floodplan, with subclasses that also inherit the matching builtin.

Messages are written for the person at the desk: they name the file (and the layer and the attribute
where there is one) and say what to do. The command line prints them as one line and exits 2; the app
shows them in a dialog.
"""

from __future__ import annotations


class FloodplanError(Exception):
    """Root of every error floodplan raises on purpose."""


class InputError(FloodplanError, ValueError):
    """The input is wrong: a file that cannot be read, a missing attribute, an empty layer, a bad option.

    The message speaks the user's terms ("the water level 'x' is not a number"). When the wrong value is
    one named input of an engine step, ``field`` names it (e.g. ``"level"``) and ``template`` is the same
    sentence with ``{what}`` where the value is named, so that the command line can name its option
    instead (``--level 'x' is not a number``: :func:`floodplan.cli.main`) and the app its field's label.
    """

    def __init__(self, message: str = "", *, field: str | None = None, template: str | None = None):
        super().__init__(message)
        self.field = field
        self.template = template

    def in_terms(self, what: str) -> str:
        """The message with the value named ``what`` (an option, a field label); the message itself when
        the error has no template."""
        return self.template.replace("{what}", what) if self.template else str(self)


class CRSError(InputError):
    """A layer has no coordinate reference system, or one that cannot be used."""


class ProjectVersionError(InputError):
    """A project file written by a newer floodplan (or not a floodplan project at all)."""


class ProjectDamagedError(InputError):
    """A project file whose floodplan tables, layers or SQLite pages cannot be read as written."""


class ProjectChangedError(InputError):
    """A project file changed on disk (another program or another floodplan saved it) since it was opened:
    saving over it would lose those changes."""


class Cancelled(FloodplanError, RuntimeError):
    """The user (or a caller) cancelled a long computation; nothing was changed."""


class FloodplanWarning(UserWarning):
    """Something worth telling the user that does not stop the work (repaired geometries, empty flood)."""


def where(path=None, layer=None, attribute=None) -> str:
    """Format 'file X, layer Y, attribute Z' for messages, leaving out what is not known."""
    parts = []
    if path is not None:
        parts.append(f"{path}")
    if layer is not None:
        parts.append(f"layer '{layer}'")
    if attribute is not None:
        parts.append(f"attribute '{attribute}'")
    return ", ".join(parts)
