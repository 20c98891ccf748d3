"""Työllistämö: a desktop application for Finnish employment units."""

__version__ = "0.1.0"
APP_NAME = "Tyollistamo"
APP_DISPLAY_NAME = "Työllistämö"
ORGANIZATION = "Tyollistamo"


def _import_peewee_without_server_drivers() -> None:
    """Import Peewee with the PostgreSQL drivers hidden from it.

    Peewee imports psycopg as it is itself imported, which costs 0.1–0.5 s of
    start-up on every workstation, though most use the embedded SQLite file.
    ``storage.server.load_driver`` hands psycopg to Peewee when a server is
    opened. Only Peewee's own import is affected: psycopg stays importable.
    """
    import sys

    if "peewee" in sys.modules:
        return
    hidden = [name for name in ("psycopg", "psycopg2", "psycopg2cffi") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import peewee  # noqa: F401
    except ImportError:
        pass
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


_import_peewee_without_server_drivers()
