"""Languages without Qt: the catalogue in resources/i18n/omnipos_LANG.ts, for the command line,
receipts and reports made outside the window, and `python -m pos.i18n build` (the .qm files).

The .ts files (Qt Linguist XML) are the one source of every translation. The window loads the
compiled .qm through Qt (pos/ui/i18n.py); everything else reads the .ts here with the standard
library, so a command needs no Qt. Source strings are English: English needs no catalogue.

Mark strings as `translate("Context", "Text {0}")` with literal arguments so that
`pyside6-lupdate` finds them (it matches any call named `translate`).
"""
from __future__ import annotations

import locale
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path
from typing import Mapping

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
I18N_DIR = RESOURCES / "i18n"
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
SOURCE_LANGUAGE = "en"
_current = SOURCE_LANGUAGE


def ts_path(language: str) -> Path:
    return I18N_DIR / f"omnipos_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N_DIR / f"omnipos_{language}.qm"


def system_language() -> str:
    """The OS locale's language code (vi_VN.UTF-8 -> vi), '' when unknown."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(var):
            return os.environ[var].split("_")[0].split(".")[0].lower()
    name = locale.getlocale()[0] or ""
    return name.split("_")[0].lower()


def in_vietnam(currency: str, locale: str, demo: bool = False) -> bool:
    """A shop set up in Vietnam: it counts in dong, its locale's country is VN, or it is the
    demo shop (Vietnamese names and prices)."""
    return currency.upper() == "VND" or locale.upper().endswith("_VN") or demo


def language_for(setting: str, system: str | None = None, vietnam: bool = False) -> str:
    """The language to show: the shop's setting; else Vietnamese for a shop in Vietnam,
    whatever the computer's locale (a till bought abroad says C or en_US); else the OS
    locale's; else English."""
    for candidate in (setting, "vi" if vietnam else "",
                      system if system is not None else system_language()):
        if candidate in LANGUAGES:
            return candidate
    return SOURCE_LANGUAGE


def shop_speaks(shop, system: str | None = None) -> str:
    """The language a shop speaks, on screen, on paper and on the command line alike: its
    `language` setting; else Vietnamese for a shop in Vietnam (`in_vietnam`); else the
    computer's (`system`, or the OS locale). `shop` is the shop's settings (language,
    currency, locale, demo)."""
    return language_for(shop.language, system,
                        vietnam=in_vietnam(shop.currency, shop.locale, shop.demo))


def set_language(language: str) -> None:
    global _current
    _current = language if language in LANGUAGES else SOURCE_LANGUAGE


def current_language() -> str:
    return _current


def translate(context: str, text: str, language: str | None = None) -> str:
    """`text` in the current (or given) language; the English source when not translated."""
    language = language or _current
    if language == SOURCE_LANGUAGE:
        return text
    return catalog(language).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate finds)
    """Marks `text` for the catalogue where it is defined (a dict of labels, a table of
    choices); it is translated where it is shown, in the language of that moment."""
    return text


def translated(context: str, texts: Mapping[str, str], language: str | None = None) -> dict:
    """Every value of `texts` (English, marked for `context`) in the current or given language."""
    return {key: translate(context, text, language) for key, text in texts.items()}


@lru_cache(maxsize=4)
def catalog(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, read from the .ts file."""
    path = ts_path(language)
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                   "obsolete"):
                continue
            if translation.text:
                found[(name, message.findtext("source", ""))] = translation.text
    return found


def build(languages: tuple[str, ...] = tuple(LANGUAGES)) -> list[Path]:
    """Compile each .ts that is newer than its .qm (the project's build step)."""
    built = []
    for language in languages:
        ts, qm = ts_path(language), qm_path(language)
        if not ts.exists() or (qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime):
            continue
        subprocess.run([_qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def _qt_tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found: install PySide6 in this Python")
    return found


def sources(root: Path = RESOURCES.parent) -> list[Path]:
    """Every Python file whose strings are translated: the app and the sync engine."""
    return sorted(p for package in ("pos", "sync") for p in (root / package).rglob("*.py"))


def update(ts_files: list[Path] | None = None) -> None:
    """Developer step: collect the strings into the .ts files (pyside6-lupdate), keeping what
    is translated; English translations are the source text itself."""
    ts_files = ts_files or [ts_path(language) for language in LANGUAGES]
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in sources()]
    for ts in ts_files:
        subprocess.run([_qt_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *files,
                        "-ts", str(ts)], check=True)
    english = ts_path(SOURCE_LANGUAGE)
    if english in ts_files:
        fill_with_source(english)


def fill_with_source(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            translation.text = message.findtext("source", "")
            del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def _speak_in_the_domain() -> None:
    # pos.domain raises its messages through a hook (it may not import this module)
    from pos.domain import errors

    errors.use_translator(translate)


_speak_in_the_domain()


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
        return 0
    if argv[:1] != ["build"]:
        print("usage: python -m pos.i18n build|update", file=sys.stderr)
        return 2
    for path in build():
        print(f"built {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
