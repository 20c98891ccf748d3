"""Printed documents archived on a client: the exact PDF, its checksum and its signing."""

from __future__ import annotations

from peewee import (
    BlobField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
)

from .models import BaseModel, Client, StaffUser, now


class ArchivedDocument(BaseModel):
    """One printed (or saved) version of a document, never changed except for its signing.

    ``kind`` names the document module (``work-trial``, ``employment-plan``...),
    ``object_id`` the record it was printed from and ``source_revision`` that
    record's version at the time; a new revision printed gives a new ``version``.
    """

    client = ForeignKeyField(Client, backref="documents", on_delete="CASCADE")
    kind = CharField()
    object_id = IntegerField(null=True)
    source_revision = IntegerField(default=1)
    version = IntegerField()
    language = CharField()
    title = CharField()
    number = CharField(default="")
    sha256 = CharField()
    size = IntegerField()
    pdf = BlobField()
    created_at = DateTimeField(default=now)
    created_by = ForeignKeyField(StaffUser, null=True, on_delete="SET NULL")
    signed_on = DateField(null=True)
    signed_by = CharField(default="")
    signing_recorded_at = DateTimeField(null=True)

    class Meta:
        table_name = "archived_document"
        indexes = ((("kind", "object_id", "version"), False),)
