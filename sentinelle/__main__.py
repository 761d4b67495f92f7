"""``python -m sentinelle`` runs the command line."""

from sentinelle.cli import main

main()
