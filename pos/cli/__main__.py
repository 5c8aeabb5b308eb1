"""`python -m pos.cli`: the same program as the `pos` command."""
import sys

from pos.cli import main

sys.exit(main())
