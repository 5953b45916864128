"""``python -m analyzer`` runs the CLI."""

from analyzer.cli import app

app()
