"""Peewee models of the current schema.

The tables themselves are created and changed only by ``migrations.py``; these
classes describe the schema as the latest migration leaves it.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from .. import clock
from ..domain.errors import ConcurrentEdit

database = DatabaseProxy()


def now() -> dt.datetime:
    # Microseconds kept: events of one second must still sort in order.
    return clock.now()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class VersionedModel(BaseModel):
    """A record that two workstations may edit at once.

    ``version`` grows by one on every update; an update that names an older
    version than the stored one is refused (see ``update_versioned``).
    """

    version = IntegerField(default=1)
    updated_at = DateTimeField(default=now)


class SchemaVersion(BaseModel):
    """One row: the schema version of this database and the app that last migrated it."""

    version = IntegerField()
    app_version = CharField()
    migrated_at = DateTimeField(default=now)


class UnitSettings(VersionedModel):
    """One row: the unit's own information, printed on documents."""

    name = CharField(default="")
    business_id = CharField(default="")
    street_address = CharField(default="")
    postal_code = CharField(default="")
    post_office = CharField(default="")
    phone = CharField(default="")
    email = CharField(default="")
    logo = BlobField(null=True)
    logo_mime = CharField(default="")
    # Added in schema version 10: printed on the privacy notice.
    controller_name = CharField(default="")
    privacy_contact_name = CharField(default="")
    privacy_contact_phone = CharField(default="")
    privacy_contact_email = CharField(default="")
    dpo_name = CharField(default="")
    dpo_phone = CharField(default="")
    dpo_email = CharField(default="")


class StaffUser(VersionedModel):
    username = CharField(unique=True)
    display_name = CharField()
    # One role, or several separated by commas ("administrator,counsellor").
    role = CharField()
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)
    # Added in schema version 4 (sign-in): an argon2id hash, never the password.
    password_hash = CharField(default="")
    password_changed_at = DateTimeField(null=True)
    must_change_password = BooleanField(default=False)
    failed_attempts = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    team = CharField(default="")


class Client(VersionedModel):
    first_name = CharField()
    last_name = CharField()
    identity_code = CharField(null=True, unique=True)
    birth_date = DateField(null=True)
    service_language = CharField(default="fi")
    created_at = DateTimeField(default=now)
    # Added in schema version 2
    other_language = CharField(default="")
    interpreter_needed = BooleanField(default=False)
    phone = CharField(default="")
    email = CharField(default="")
    street_address = CharField(default="")
    postal_code = CharField(default="")
    post_office = CharField(default="")
    benefit_status = CharField(default="none")
    benefit_other = CharField(default="")
    unemployed_since = DateField(null=True)
    referral_source = CharField(default="")
    referrer_name = CharField(default="")
    referrer_phone = CharField(default="")
    referrer_email = CharField(default="")
    responsible_staff = ForeignKeyField(StaffUser, null=True, on_delete="SET NULL")
    consent_date = DateField(null=True)
    consent_what = TextField(default="")
    status = CharField(default="active")
    closed_on = DateField(null=True)
    closing_reason = TextField(default="")
    outcome = CharField(default="")
    last_event_at = DateTimeField(default=now)
    sort_name = CharField(default="")
    # Added in schema version 4: set when the client was anonymised after retention.
    erased_at = DateTimeField(null=True)

    class Meta:
        indexes = (
            (("last_name", "first_name"), False),
            (("status", "sort_name"), False),
            (("sort_name",), False),
            (("last_event_at",), False),
            (("status", "last_event_at"), False),
        )


class ClientNote(BaseModel):
    """A note is never changed: an edit adds a new row that replaces the old one."""

    client = ForeignKeyField(Client, on_delete="CASCADE", backref="notes")
    text = TextField()
    created_at = DateTimeField(default=now)
    author_name = CharField(default="")
    replaces = ForeignKeyField("self", null=True, on_delete="CASCADE")


class ClientEvent(BaseModel):
    """The client's timeline: what happened, when and by whom."""

    client = ForeignKeyField(Client, on_delete="CASCADE", backref="events")
    at = DateTimeField(default=now)
    kind = CharField()
    actor_name = CharField(default="")
    details = TextField(default="")

    class Meta:
        indexes = ((("client", "at"), False),)


class ClientService(BaseModel):
    """A period in one service; the service's own record refers to it (schema 3)."""

    client = ForeignKeyField(Client, on_delete="CASCADE", backref="services")
    kind = CharField()
    started_on = DateField()
    ended_on = DateField(null=True)
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("kind", "ended_on", "client"), False),)


class Employer(VersionedModel):
    name = CharField(index=True)
    business_id = CharField(unique=True)
    street_address = CharField(default="")
    postal_code = CharField(default="")
    post_office = CharField(default="")
    created_at = DateTimeField(default=now)
    notes = TextField(default="")
    # Added in the employers migration
    organisation_kind = CharField(default="company")
    industry = CharField(default="")


class EmployerContact(BaseModel):
    """A contact person at an employer; the list is saved together with the employer."""

    employer = ForeignKeyField(Employer, on_delete="CASCADE", backref="contacts")
    position = IntegerField(default=0)
    name = CharField()
    role = CharField(default="")
    phone = CharField(default="")
    email = CharField(default="")


ALL_MODELS = (
    SchemaVersion,
    UnitSettings,
    StaffUser,
    Client,
    Employer,
    EmployerContact,
    ClientNote,
    ClientEvent,
    ClientService,
)


def update_versioned(
    model: type[VersionedModel], record_id: int, expected_version: int, **values: object
) -> int:
    """Update one record if it is still at ``expected_version``; return the new version."""
    values = dict(values, version=expected_version + 1, updated_at=now())
    changed = (
        model.update(**values)
        .where((model.id == record_id) & (model.version == expected_version))
        .execute()
    )
    if changed != 1:
        row = model.select(model.version).where(model.id == record_id).first()
        raise ConcurrentEdit(
            model.__name__, record_id, expected_version, row.version if row else None
        )
    return expected_version + 1
