"""The windows in the user's language: Qt's translations (trainer/i18n/nl.ts, built as nl.qm).

Every text a window shows goes through `tr()`; `pyside6-lupdate` finds those calls and lists
their texts in nl.ts (one context for the whole program, so a word is translated once). Texts
of module-level constants are marked with QT_TR_NOOP and put through tr() where shown.
Rebuild after editing nl.ts: `pyside6-lrelease trainer/i18n/nl.ts -qm trainer/i18n/nl.qm`
(tests/ui/test_translations.py fails when either is out of date).
"""

from __future__ import annotations

import numbers
import string
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from trainer.i18n import Language, choose_language, current, use_language
from trainer.i18n.window_choice import APPLICATION, ORGANISATION, SETTING

CATALOGS = Path(__file__).resolve().parents[1] / "i18n"  # nl.ts and nl.qm


def tr(text: str, disambiguation: str | None = None) -> str:
    """The text in the language of the installed translators (unchanged in English)."""
    return QCoreApplication.translate("", text, disambiguation)


def decimal(text: str) -> str:
    """A number written the way the language in use writes it: Dutch 1.234,5 for 1,234.5."""
    if current() == "nl":
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


class _LocalNumbers(string.Formatter):
    """str.format whose formatted numbers ({percent:.1f}, {total:g}) take the language's comma."""

    def format_field(self, value: object, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        numeric = isinstance(value, numbers.Real) and not isinstance(value, bool)
        return decimal(text) if numeric and format_spec else text


def fill(template: str, /, **values: object) -> str:
    """template.format(**values), with the numbers in the language's way (see decimal())."""
    return _LocalNumbers().format(template, **values)


def QT_TR_NOOP(text: str) -> str:
    """Marks a text for translation where it is defined; tr() translates it where shown."""
    return text


# Qt's own texts that the Dutch catalogue shipped with PySide6 (qtbase_nl.qm, 6.11) lacks: Qt 6
# gave the file dialog's labels a shortcut '&' and the catalogue still has them without one
# ("Look in:" -> "Zoeken in:"), and the file list's Type column is new in Qt 6. Worded as that
# catalogue words the rest ("&Nieuwe map").
QT_GAPS = {
    "nl": {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestanden van &type:",
        ("QAbstractFileIconProvider", "Folder"): "Map",
        ("QAbstractFileIconProvider", "Drive"): "Station",
    }
}


class QtGaps(QTranslator):
    """Qt's texts its own catalogue misses (QT_GAPS). Installed first, so asked last: a
    catalogue of Qt's that has the text wins."""

    def __init__(self, app: QCoreApplication, language: Language) -> None:
        super().__init__(app)
        self.texts = QT_GAPS.get(language, {})

    def translate(  # None, which is Qt's null string, means "not mine"
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.texts.get((context, source))

    def isEmpty(self) -> bool:
        return not self.texts


def install_translators(app: QCoreApplication, language: Language) -> list[QTranslator]:
    """Load our Dutch catalog and Qt's own (buttons such as Cancel, standard dialogs) when the
    language is Dutch. Returns the translators, which must live as long as the application."""
    if language == "en":
        return []
    loaded: list[QTranslator] = [QtGaps(app, language)]
    ours = QTranslator(app)
    if ours.load(str(CATALOGS / f"{language}.qm")):
        loaded.append(ours)
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(language), "qtbase", "_", qt_folder):
        loaded.append(qt_own)
    for translator in loaded:
        app.installTranslator(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
    )
    return loaded


def saved_language() -> str | None:
    """The window's View > Language choice, read by Qt without an application (for the
    command line where trainer/i18n/window_choice.py cannot read it itself)."""
    value = QSettings(ORGANISATION, APPLICATION).value(SETTING)
    return value if isinstance(value, str) else None


def apply_language(app: QCoreApplication) -> Language:
    """Choose the language at start (--lang, DRONE_TRAINER_LANG, the settings' switch, the
    system), use it for sheets and messages, and install its Qt translators."""
    setting = QSettings().value(SETTING, "system")
    language = choose_language(None, setting if isinstance(setting, str) else None)
    use_language(language)
    app.setProperty("translators", install_translators(app, language))
    return language
