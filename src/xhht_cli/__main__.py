"""`python -m xhht_cli` runs the command line."""

from xhht_cli.cli import main

main()
