"""The dated table of retention periods per kind of record (DOMAIN.md §5.3)."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateField, IntegerField, TextField

from .models import VersionedModel


class RetentionRule(VersionedModel):
    """How long records of ``kind`` are kept after the client relationship ends.

    Several rows of one kind may exist with different ``valid_from`` dates; the
    one in force on the day the relationship ended applies.
    """

    kind = CharField()
    years = IntegerField()
    valid_from = DateField()
    source = TextField(default="")
    verified = BooleanField(default=False)

    class Meta:
        indexes = ((("kind", "valid_from"), True),)
