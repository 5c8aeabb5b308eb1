"""Entry point of the bundled app (PyInstaller): the same `pos` command as the pip install."""
import sys

from pos.cli import main

if __name__ == "__main__":
    sys.exit(main())
