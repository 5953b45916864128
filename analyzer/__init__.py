"""permaudit: static audit of Android apps for undisclosed sensitive permissions."""

__version__ = "0.1.0"
