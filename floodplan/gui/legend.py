"""The Legend panel: what the map's symbols and result overlays mean, in the map's own styles
(:mod:`floodplan.core.styles`), for what the project and the shown results actually contain."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from floodplan.core import styles
from floodplan.gui import i18n
from floodplan.gui.docks import Dock

translate = QCoreApplication.translate

ICON = 22


def _qcolor(c) -> QColor:
    if isinstance(c, tuple):
        return QColor.fromRgbF(*[float(v) for v in c[:3]], float(c[3]) if len(c) > 3 else 1.0)
    return QColor(str(c))


def swatch(kind: str, color, edge="#000000", marker: str = "o", dash=None, hatch: bool = False) -> QIcon:
    """A small picture of a symbol: 'fill' (a polygon), 'line' or 'marker' (shape from matplotlib's code)."""
    pix = QPixmap(ICON, ICON)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if kind == "fill":
        p.setPen(QPen(_qcolor(edge), 1.2))
        p.setBrush(QBrush(_qcolor(color)))
        p.drawRect(QRectF(3, 5, ICON - 6, ICON - 10))
        if hatch:
            p.setBrush(QBrush(_qcolor(edge), Qt.BrushStyle.BDiagPattern))
            p.drawRect(QRectF(3, 5, ICON - 6, ICON - 10))
    elif kind == "line":
        pen = QPen(_qcolor(color), 2.6)
        if dash:
            pen.setStyle(dash)
        p.setPen(pen)
        p.drawLine(QPointF(2, ICON / 2), QPointF(ICON - 2, ICON / 2))
    else:
        p.setPen(QPen(_qcolor(edge), 1.0))
        p.setBrush(QBrush(_qcolor(color)))
        c, r = ICON / 2, ICON / 2 - 4
        if marker == "^":
            p.drawPolygon(QPolygonF([QPointF(c, c - r), QPointF(c + r, c + r), QPointF(c - r, c + r)]))
        elif marker in ("s", "P", "X"):
            p.drawRect(QRectF(c - r, c - r, 2 * r, 2 * r))
        else:
            p.drawEllipse(QPointF(c, c), r, r)
    p.end()
    return QIcon(pix)


def legend_entries(
    project, result=None, depth_shown: bool = False, exercise: bool = False
) -> list[tuple[str, QIcon | None]]:
    """(text, icon) rows for the project's content and the shown results; a None icon is a heading."""
    rows: list[tuple[str, QIcon | None]] = []
    if project is None:
        return rows
    roles = {lyr.role for lyr in project.layers if getattr(lyr, "visible", True)}
    if "resources" in roles:
        rows.append((translate("legend", "Response resources"), None))
        res = project.combined("resources")
        kinds = sorted(set(map(str, res["kind"].dropna()))) if "kind" in res else []
        for k in kinds:
            color, marker = styles.resource_style(k)
            rows.append((i18n.data_label(f"resource.{k}", k), swatch("marker", color, marker=marker)))
    if "defenses" in roles:
        rows.append((translate("legend", "Defenses"), None))
        rows.append((translate("legend", "existing"), swatch("line", styles.DEFENSE_EXISTING["edge"])))
        rows.append(
            (
                translate("legend", "planned"),
                swatch("line", styles.DEFENSE_PLANNED["edge"], dash=Qt.PenStyle.DashLine),
            )
        )
        rows.append(
            (
                translate("legend", "breached in the scenario"),
                swatch("line", styles.DEFENSE_BREACHED["edge"], dash=Qt.PenStyle.DotLine),
            )
        )
    if "assets" in roles:
        rows.append((translate("legend", "Buildings"), None))
        assets = project.combined("assets")
        kinds = sorted(set(map(str, assets["kind"].dropna()))) if "kind" in assets else []
        for k in kinds or ["building"]:
            label = i18n.data_label(f"kind.{k}", k) if kinds else translate("legend", "building")
            rows.append((label, swatch("fill", styles.asset_color(k), edge="#6b5b4b")))
    if "roads" in roles:
        rows.append((translate("legend", "Roads"), None))
        rows.append((translate("legend", "road"), swatch("line", styles.ROAD_FAST["edge"])))
    if "river" in roles:
        rows.append((translate("legend", "river"), swatch("line", styles.ROLE_STYLE["river"]["edge"])))
    if "jurisdictions" in roles:
        rows.append(
            (
                translate("legend", "national border"),
                swatch("line", styles.BORDER["edge"], dash=Qt.PenStyle.DashDotLine),
            )
        )
    if exercise:
        rows.append((translate("legend", "Tabletop exercise"), None))
        rows.append(
            (
                translate("legend", "resource moved in the exercise (not in the plan)"),
                swatch("marker", "#ffffff", edge=styles.EXERCISE_MOVED["edge"]),
            )
        )
        rows.append(
            (
                translate("legend", "resource out of service in the exercise"),
                swatch("marker", styles.EXERCISE_OUT["edge"], marker="X"),
            )
        )
    if depth_shown or result is not None:
        rows.append((translate("legend", "Flood depth"), None))
        classes = getattr(getattr(result, "scenario", None), "depth_classes", None) or styles.DEPTH_CLASSES
        for label, color in zip(styles.depth_class_labels(classes), styles.depth_colors(len(classes))):
            rows.append((label, swatch("fill", color, edge=color)))
    if result is not None:
        rows.append((translate("legend", "Results"), None))
        rows.append(
            (translate("legend", "road closed by water"), swatch("line", styles.ROAD_FLOODED["edge"]))
        )
        gap = styles.GAP_STYLE
        rows.append(
            (
                translate("legend", "coverage gap (not reached in time)"),
                swatch("fill", gap["face"], edge=gap["edge"], hatch=True),
            )
        )
        rows.append(
            (translate("legend", "selected / changed building"), swatch("line", styles.HIGHLIGHT["edge"]))
        )
    return rows


class LegendDock(Dock):
    """View > Panels > Legend: the symbols on the map and what they mean."""

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("LegendDock", "Legend"), "LegendDock", parent)
        self.list = QListWidget()
        self.list.setIconSize(QSize(ICON, ICON))
        self.list.setToolTip(self.tr("What the symbols and colours on the map mean"))
        self.set_body(self.list)

    def refresh(self, project, result=None, depth_shown: bool = False, exercise: bool = False) -> None:
        self.list.clear()
        for text, icon in legend_entries(project, result, depth_shown, exercise):
            item = QListWidgetItem(text)
            if icon is None:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setFlags(Qt.ItemFlag.NoItemFlags | Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setIcon(icon)
            self.list.addItem(item)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
