"""Typed domain errors. Each message is meant to be shown to a cashier as is."""


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
