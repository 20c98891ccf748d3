"""Every live model of the schema, wherever in ``storage`` it is defined."""

from __future__ import annotations

import importlib
import pkgutil

from . import models


def all_models(backend: str | None = None) -> tuple[type[models.BaseModel], ...]:
    """The concrete model classes of every module in this package (tables of the schema).

    With ``backend`` ("sqlite" or "postgresql"), models whose ``Meta.only_on``
    names the other backend are left out.
    """
    package = importlib.import_module(__package__)
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{__package__}.{module.name}")
    found: list[type[models.BaseModel]] = []
    pending = list(models.BaseModel.__subclasses__())
    while pending:
        model = pending.pop(0)
        pending.extend(model.__subclasses__())
        if model is models.VersionedModel or not model.__module__.startswith(__package__):
            continue
        only_on = getattr(model._meta, "only_on", None)
        if backend is None or only_on is None or only_on == backend:
            found.append(model)
    return tuple(found)
