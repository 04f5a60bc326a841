"""The Settings dialog (Edit > Settings…): the interface language and the autosave interval, kept in
QSettings beside the app's other settings (:mod:`floodplan.gui.settings`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from floodplan.gui import i18n, settings


class SettingsDialog(QDialog):
    """Language (the system's, or one of :data:`floodplan.gui.i18n.LANGUAGES`) and autosave minutes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.NATIVE_NAMES[code], code)  # each language named in itself
        saved = i18n.saved_language() or ""
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.language.setToolTip(
            self.tr("The language of menus, panels and messages; 'floodplan --lang CODE' overrides it")
        )
        form.addRow(self.tr("Language"), self.language)
        self.autosave = QDoubleSpinBox()
        self.autosave.setRange(0.5, 120.0)
        self.autosave.setDecimals(1)
        self.autosave.setValue(settings.autosave_minutes())
        self.autosave.setSuffix(self.tr(" min"))
        self.autosave.setToolTip(self.tr("Minutes between recovery copies of a project with unsaved changes"))
        form.addRow(self.tr("Autosave every"), self.autosave)
        self.note = QLabel(self.tr("A new language applies when floodplan starts next."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.note)
        lay.addWidget(buttons)

    def apply(self) -> None:
        """Store the choices (the language from the next start, the autosave interval at once)."""
        i18n.save_language(self.language.currentData() or None)
        s = settings.settings()
        s.setValue("autosave_minutes", float(self.autosave.value()))
        s.sync()

    def accept(self) -> None:  # noqa: D102
        self.apply()
        super().accept()
