"""Every live model of the schema, wherever in ``storage`` it is defined."""

from __future__ import annotations

import importlib
import pkgutil

from . import models


def all_models(db=None) -> tuple[type[models.BaseModel], ...]:
    """The concrete model classes of every module in this package (tables of the schema).

    Models that exist on one backend only (``BACKENDS = ("postgres",)``, e.g. the
    server's name-search table) are included only for ``db`` of that kind.
    """
    package = importlib.import_module(__package__)
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{__package__}.{module.name}")
    found: list[type[models.BaseModel]] = []
    pending = list(models.BaseModel.__subclasses__())
    while pending:
        model = pending.pop(0)
        pending.extend(model.__subclasses__())
        if model is not models.VersionedModel and model.__module__.startswith(__package__):
            if _backend(db) in getattr(model, "BACKENDS", ("sqlite", "postgres")):
                found.append(model)
    return tuple(found)


def _backend(db) -> str:
    from peewee import PostgresqlDatabase

    db = db if db is not None else models.database.obj
    return "postgres" if isinstance(db, PostgresqlDatabase) else "sqlite"
