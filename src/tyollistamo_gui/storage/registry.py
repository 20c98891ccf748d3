"""Every live model of the schema, wherever in ``storage`` it is defined."""

from __future__ import annotations

import importlib
import pkgutil

from . import models


def all_models() -> tuple[type[models.BaseModel], ...]:
    """The concrete model classes of every module in this package (tables of the schema)."""
    package = importlib.import_module(__package__)
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{__package__}.{module.name}")
    found: list[type[models.BaseModel]] = []
    pending = list(models.BaseModel.__subclasses__())
    while pending:
        model = pending.pop(0)
        pending.extend(model.__subclasses__())
        if model is not models.VersionedModel and model.__module__.startswith(__package__):
            found.append(model)
    return tuple(found)
