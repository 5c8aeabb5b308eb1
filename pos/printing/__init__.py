"""Receipt rendering and printer drivers (python-escpos is imported only in this package)."""
from pos.printing.escpos_cache import use_capabilities_cache

use_capabilities_cache()  # before any module of this package imports escpos
