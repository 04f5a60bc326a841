"""What every dock of the main window does the same way: its title and object name, a body with a
vertical layout, and (for the tall ones) a scroll area around that body.

Titles come in already translated: each dock translates its own strings in its own context
(``QCoreApplication.translate("PropertiesPanel", ...)``), so the translation files keep their contexts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QScrollArea, QVBoxLayout, QWidget


class Dock(QDockWidget):
    """A dock of the main window.

    Parameters
    ----------
    title : str
        The dock's title, already translated.
    name : str
        Its object name: the main window saves and restores the dock layout by it, so it never changes.
    parent : QWidget, optional
    project : Project, optional
        The project shown (``self.project``; the host docks get theirs later, from ``set_project``).
    host : MainWindow, optional
        The main window, for the docks that act through it (``self.host``).
    """

    def __init__(self, title: str, name: str, parent=None, *, project=None, host=None):
        super().__init__(title, parent)
        self.setObjectName(name)
        self.project = project
        self.host = host

    def follow(self, project) -> None:
        """Make ``project`` (or None) the dock's project, moving the subscription of the dock's event
        handler ``self._project_changed(event, name)`` from the previous project to it."""
        if self.project is not None:
            self.project.unsubscribe(self._project_changed)
        self.project = project
        if project is not None:
            project.subscribe(self._project_changed)

    def new_body(self, margin: int | None = 4) -> tuple[QWidget, QVBoxLayout]:
        """A body widget and its vertical layout (``margin`` px each side; None: Qt's default margins).
        Fill the layout, then hand the body to :meth:`set_body`."""
        body = QWidget(self)
        lay = QVBoxLayout(body)
        if margin is not None:
            lay.setContentsMargins(margin, margin, margin, margin)
        return body, lay

    def set_body(self, body: QWidget, scroll: bool = False) -> None:
        """Show ``body`` in the dock; with ``scroll``, in a resizable scroll area, so that the body's own
        height (a form shown, a chart) never sets the height of the dock, of the tab group it shares, or
        shifts the map under the mouse."""
        if scroll:
            area = QScrollArea(self)
            area.setWidgetResizable(True)
            area.setWidget(body)
            body = area
        self.setWidget(body)
