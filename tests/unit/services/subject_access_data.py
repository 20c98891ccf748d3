"""A client with a row in every table of client data, filled column by column from the models.

The filler reads the schema (``subject_access.client_data_models``), so a model
added later gets rows here without anyone touching this file: the export test
then finds it missing from the export, or not.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    DateField,
    DateTimeField,
    DecimalField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
    TimeField,
)

from tyollistamo_gui.services import session, subject_access
from tyollistamo_gui.storage.audit import AuditEntry
from tyollistamo_gui.storage.documents import ArchivedDocument
from tyollistamo_gui.storage.models import Client, database

USER_TEXT = "Teksti <b>&amp; 'lainaus' — åäö"
PDF = b"%PDF-1.4\n% a stored document\n%%EOF\n"


def _value(model, field, serial: int, made: dict):
    if isinstance(field, ForeignKeyField):
        if field.rel_model is model:
            return None
        return _row(field.rel_model, made).id
    if isinstance(field, BlobField):
        return PDF
    if isinstance(field, BooleanField):
        return True
    if isinstance(field, DateTimeField):
        return dt.datetime(2025, 3, 4, 10, 30)
    if isinstance(field, DateField):
        return dt.date(2025, 3, 4)
    if isinstance(field, TimeField):
        return dt.time(9, 15)
    if isinstance(field, DecimalField | FloatField):
        return decimal.Decimal("7.50")
    if isinstance(field, IntegerField):
        return 1
    if isinstance(field, TextField):
        return f"{USER_TEXT} {model._meta.table_name}.{field.name}"
    return f"{field.name[:20]}-{serial}"


def _row(model, made: dict):
    """One row of ``model`` (and of what it refers to), made once."""
    if model in made:
        return made[model]
    values = {}
    for field in model._meta.sorted_fields:
        if isinstance(field, AutoField):
            continue
        values[field.name] = _value(model, field, len(made), made)
    if model is Client:
        values.update(first_name="Aino", last_name="Asiakas", identity_code="010190-999K")
    if model is ArchivedDocument:
        values.update(sha256=hashlib.sha256(PDF).hexdigest(), size=len(PDF))
    made[model] = model.create(**values)
    return made[model]


def fill_every_table() -> int:
    """Create the client and a row in every table of client data; return the client's id."""
    made: dict = {}
    with database.atomic():
        client = _row(Client, made)
        for model in subject_access.client_data_models():
            if model in subject_access.DERIVED or model is AuditEntry:
                continue
            if model._meta.database is not None:
                _row(model, made)
        session.log("view", client_id=client.id, object_type="client", reason=USER_TEXT)
    return client.id
