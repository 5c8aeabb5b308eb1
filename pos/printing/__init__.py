"""Receipt rendering and printer drivers (python-escpos is imported only in this package).

Importing the package does nothing: the till names printer errors (errors.py) at every start
but loads the drivers only when something prints. The two modules that import escpos,
printers.py and escpos_out.py, first call escpos_cache.use_capabilities_cache(), so that
escpos finds its printer database already parsed; a new module importing escpos must too."""
