"""Typed domain errors. Each message is meant to be shown to a cashier as is."""
from __future__ import annotations

from typing import Callable

_translator: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def translate(context: str, text: str) -> str:
    """A message in the language the application speaks. The domain knows no languages:
    pos.i18n installs the catalogue here (`use_translator`); pyside6-lupdate collects the
    messages from every call named `translate`."""
    return _translator(context, text)


def use_translator(translator: Callable[[str, str], str]) -> None:
    global _translator
    _translator = translator


class DomainError(ValueError):
    """Base class: bad input that the cashier (or the data) can correct."""


class InvalidAmount(DomainError):
    """An amount of money or a currency that cannot be used."""


class InvalidBarcode(DomainError):
    """A scanned or typed barcode that is not valid."""


class PaymentError(DomainError):
    """A tender that cannot be applied to the sale."""


class InvalidRule(DomainError):
    """A barcode nomenclature rule that is badly written."""
