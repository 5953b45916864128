"""The ``permaudit`` command line: parse options, call the library, print, exit."""

from analyzer.cli.commands import app

__all__ = ["app"]
