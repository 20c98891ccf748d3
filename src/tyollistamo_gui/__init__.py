"""Työllistämö: a desktop application for Finnish employment units."""

__version__ = "0.1.0"
APP_NAME = "Tyollistamo"
APP_DISPLAY_NAME = "Työllistämö"
ORGANIZATION = "Tyollistamo"
