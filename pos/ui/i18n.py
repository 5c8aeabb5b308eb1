"""The window's language: one translator for the whole till, switchable while it runs.

Screens set their texts once, when they are built, through `tr()`. To switch a running window
without rebuilding it (the cart stays where it is), the translator remembers which source text
each translated text came from; switching then walks the widgets and asks again for every
text it recognises (labels, buttons, placeholders, titles, menu actions, combo items).
Texts made of a translated part and a number ("Reprint receipt (Ctrl+R)", two-line function
keys) are handled part by part; dynamic messages are rewritten by their screens anyway.
"""
from __future__ import annotations

import re
from string import Formatter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QTranslator, Qt
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QGroupBox, QLabel,
                               QLineEdit, QTableView, QWidget)

from pos import i18n

_SUFFIX = re.compile(r"^(.*?)(\s*\([^()]*\))$")
# Qt's own buttons (message boxes, button boxes) ask context "QPlatformTheme" for their words.
# PySide6 ships no qtbase_vi.qm, so the words are in our catalogue too (lupdate finds them here);
# a qtbase_LANG.qm that is shipped is used for what ours does not say.
QT_BUTTON_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
)


class Catalogue(QTranslator):
    """Serves the chosen language's .qm (or its .ts when no .qm is built) and keeps a map from
    each text it produced back to (context, source)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.language = i18n.SOURCE_LANGUAGE
        self._qm: QTranslator | None = None
        self._qtbase: QTranslator | None = None  # Qt's own words, when PySide6 ships them
        self._ts: dict[tuple[str, str], str] = {}
        # every (context, source) of the catalogues a text comes from, so that texts set before
        # the catalogue was installed are recognised too; "Change" is a column in one screen and
        # the customer's change in another, and each translates its own way
        # Read from the .ts files on the first switch, not at start-up.
        self.origins: dict[str, list[tuple[str, str]]] = {}
        self.sources: dict[str, tuple[str, str]] = {}
        self._origins_read = False
        self._filled: list[_Filled] | None = None  # texts with {placeholders}, longest first

    def load_language(self, language: str) -> None:
        language = language if language in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE
        self.language, self._qm, self._ts, self._qtbase = language, None, {}, None
        if language != i18n.SOURCE_LANGUAGE:
            self._qtbase = _qtbase(language, self)
            qm = QTranslator(self)
            if i18n.qm_path(language).exists() and qm.load(str(i18n.qm_path(language))):
                self._qm = qm
            else:  # not built yet (a checkout run from source): read the .ts itself
                self._ts = i18n.catalog(language)
        i18n.set_language(language)

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 (Qt API)
        context, source = str(context), str(source)
        text = ""
        if self._qm is not None:
            text = self._qm.translate(context, source, disambiguation, n) or ""
        elif self._ts:
            text = self._ts.get((context, source), "")
        if not text and self._qtbase is not None:
            text = self._qtbase.translate(context, source, disambiguation, n) or ""
        self.sources.setdefault(text or source, (context, source))
        return text or None  # None is a null QString: "not translated here, use the source"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False

    def again(self, text: str, contexts: tuple[str, ...] = ()) -> str | None:
        """`text` (shown in some language) in the current language, or None if unknown.
        `contexts` (the widget's classes, nearest first) choose among texts of several origins."""
        if not self._origins_read:
            self._origins_read = True
            self.origins = _origins()
            for shown, pairs in self.origins.items():
                self.sources.setdefault(shown, pairs[0])
        if text in self.sources:
            mine = [o for c in contexts for o in self.origins.get(text, ()) if o[0] == c]
            return QCoreApplication.translate(*(mine[0] if mine else self.sources[text]))
        if "\n" in text:
            parts = [self.again(part, contexts) for part in text.split("\n")]
            if any(p is not None for p in parts):
                return "\n".join(p if p is not None else old
                                 for p, old in zip(parts, text.split("\n")))
        if match := _SUFFIX.match(text):
            head = self.again(match[1], contexts)
            if head is not None:
                return head + match[2]
        return self._again_filled(text)

    def _again_filled(self, text: str) -> str | None:
        """A message made from a text with {placeholders} ("Change due: 5.000 ₫ · receipt
        T1-000001", a service's error with its figures): the shown text is matched against
        each such text of the catalogues, in any language, and made again in the current
        one with the same values. The longest match wins (the most words in common)."""
        if self._filled is None:
            self._filled = sorted((f for shown, pairs in self.origins.items() for pair in pairs
                                   if "{" in shown and len(_words(shown)) >= 3
                                   and (f := _Filled.of(shown, pair)) is not None),
                                  key=lambda f: -f.literal)
        for filled in self._filled:
            values = filled.values(text)
            if values is not None:
                again = QCoreApplication.translate(*filled.pair)
                try:
                    return again.format(*values[0], **values[1])
                except (IndexError, KeyError, ValueError):
                    return None
        return None


class _Filled:
    """A catalogue text with placeholders, as a pattern that finds the values in a shown text."""

    def __init__(self, shown: str, pair: tuple[str, str]):
        self.pair, parts, self.fields = pair, [], []
        for literal, field, _spec, _conv in Formatter().parse(shown):
            parts.append(re.escape(literal))
            if field is not None:
                parts.append("(.+?)")
                self.fields.append(field)
        self.literal = len(_words(shown))
        self.pattern = re.compile("".join(parts) + "$", re.DOTALL)

    @classmethod
    def of(cls, shown: str, pair: tuple[str, str]) -> _Filled | None:
        try:
            return cls(shown, pair)
        except ValueError:  # a brace that is not a placeholder ("{" in a sentence)
            return None

    def values(self, text: str) -> tuple[list, dict] | None:
        try:
            match = self.pattern.match(text)
        except re.error:
            return None
        if match is None:
            return None
        numbered, named = {}, {}
        for field, value in zip(self.fields, match.groups()):
            if field == "" or field.isdigit():  # "{1} ... {0}" in a translation's own order
                numbered[int(field) if field else len(numbered)] = value
            else:
                named[field] = value
        return [numbered[i] for i in sorted(numbered)], named


def _words(template: str) -> str:
    """The letters of a text outside its placeholders: '' for '{0} × {1}', too loose to match."""
    return "".join(ch for ch in re.sub(r"\{[^{}]*\}", "", template) if ch.isalpha())


def _qtbase(language: str, parent) -> QTranslator | None:
    """Qt's own catalogue for `language` from the PySide6 package, if it ships one."""
    qtbase = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    return qtbase if qtbase.load(f"qtbase_{language}", folder) else None


def install(app: QApplication, language: str) -> Catalogue:
    previous = app.property("omniposCatalogue")
    if isinstance(previous, Catalogue):  # one catalogue at a time: an old one would still answer
        app.removeTranslator(previous)
    catalogue = Catalogue(app)
    catalogue.load_language(language)
    app.installTranslator(catalogue)
    app.setProperty("omniposCatalogue", catalogue)
    return catalogue


def installed(app: QApplication | None = None) -> Catalogue:
    app = app or QApplication.instance()
    catalogue = app.property("omniposCatalogue")
    return catalogue if isinstance(catalogue, Catalogue) else install(app, i18n.SOURCE_LANGUAGE)


def switch_language(language: str, app: QApplication | None = None) -> None:
    """Every open window shows `language` from now on; nothing typed is touched."""
    app = app or QApplication.instance()
    catalogue = installed(app)
    catalogue.load_language(language)
    app.removeTranslator(catalogue)
    app.installTranslator(catalogue)  # sends LanguageChange to every widget
    for widget in app.allWidgets():
        _retranslate(widget, catalogue)


def _set(getter, setter, catalogue: Catalogue, contexts: tuple[str, ...] = ()) -> None:
    text = getter()
    if text:
        new = catalogue.again(text, contexts)
        if new is not None and new != text:
            setter(new)


def _origins() -> dict[str, list[tuple[str, str]]]:
    """Every source and translated text of the catalogues -> each (context, source) it is."""
    found: dict[str, list[tuple[str, str]]] = {}
    for language in i18n.LANGUAGES:
        for pair, text in i18n.catalog(language).items():
            for shown in (pair[1], text):
                if pair not in found.setdefault(shown, []):
                    found[shown].append(pair)
    return found


def _contexts(widget: QWidget) -> tuple[str, ...]:
    """The class names of the widget and its parents, nearest first: the contexts its texts
    were most likely translated in (self.tr of the screen that made them)."""
    names: list[str] = []
    while widget is not None:
        names += [cls.__name__ for cls in type(widget).__mro__]
        widget = widget.parentWidget()
    return tuple(dict.fromkeys(names))


def _retranslate(widget: QWidget, catalogue: Catalogue) -> None:
    contexts = _contexts(widget)
    _set(widget.windowTitle, widget.setWindowTitle, catalogue, contexts)
    _set(widget.toolTip, widget.setToolTip, catalogue, contexts)
    if isinstance(widget, (QLabel, QAbstractButton)):
        _set(widget.text, widget.setText, catalogue, contexts)
    elif isinstance(widget, QLineEdit):  # its text is the cashier's: only the hint changes
        _set(widget.placeholderText, widget.setPlaceholderText, catalogue, contexts)
    elif isinstance(widget, QGroupBox):
        _set(widget.title, widget.setTitle, catalogue, contexts)
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            _set(lambda i=i: widget.itemText(i), lambda t, i=i: widget.setItemText(i, t),
                 catalogue, contexts)
    elif isinstance(widget, QTableView) and widget.model() is not None:
        columns = widget.horizontalHeader().count()  # models translate their headers on call
        if columns:
            widget.model().headerDataChanged.emit(Qt.Horizontal, 0, columns - 1)
    for action in QWidget.actions(widget):  # some screens shadow actions() with a dict
        _set(action.text, action.setText, catalogue, contexts)
