"""Ordered schema migrations and the runner that applies them.

Each migration is a function of the database, applied in its own transaction
together with the new version number, so a database is always at exactly one
known version. Migrations define the tables they create with frozen model
classes of their own: the classes in ``models.py`` follow the latest schema and
must not change what an old migration does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    Database,
    DateField,
    DateTimeField,
    IntegerField,
    Model,
    Table,
    TextField,
    fn,
)

from .. import __version__


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Database], None]


def _m001_initial(db: Database) -> None:
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Versioned(Base):
        version = IntegerField(default=1)
        updated_at = DateTimeField()

    class SchemaVersion(Base):
        version = IntegerField()
        app_version = CharField()
        migrated_at = DateTimeField()

    class UnitSettings(Versioned):
        name = CharField(default="")
        business_id = CharField(default="")
        street_address = CharField(default="")
        postal_code = CharField(default="")
        post_office = CharField(default="")
        phone = CharField(default="")
        email = CharField(default="")
        logo = BlobField(null=True)
        logo_mime = CharField(default="")

    class StaffUser(Versioned):
        username = CharField(unique=True)
        display_name = CharField()
        role = CharField()
        active = BooleanField(default=True)
        created_at = DateTimeField()

    class Client(Versioned):
        first_name = CharField()
        last_name = CharField()
        identity_code = CharField(null=True, unique=True)
        birth_date = DateField(null=True)
        service_language = CharField(default="fi")
        created_at = DateTimeField()

        class Meta:
            indexes = ((("last_name", "first_name"), False),)

    class Employer(Versioned):
        name = CharField(index=True)
        business_id = CharField(unique=True)
        street_address = CharField(default="")
        postal_code = CharField(default="")
        post_office = CharField(default="")
        created_at = DateTimeField()
        notes = TextField(default="")

    db.create_tables([SchemaVersion, UnitSettings, StaffUser, Client, Employer])
    UnitSettings.create(id=1, updated_at=dt.datetime.now().replace(microsecond=0))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "unit settings, staff users, clients, employers", _m001_initial),
)
LATEST_VERSION = MIGRATIONS[-1].version


def schema_version(db: Database) -> int:
    """Version of the schema in ``db``; 0 for a database with no tables of ours."""
    if "schema_version" not in db.get_tables():
        return 0
    table = _version_table(db)
    return int(table.select(fn.MAX(table.version)).scalar() or 0)


def _version_table(db: Database) -> Table:
    return Table("schema_version", ("id", "version", "app_version", "migrated_at")).bind(db)


def migrate(db: Database, migrations: tuple[Migration, ...] | None = None) -> list[int]:
    """Apply every migration newer than the database; return the versions applied."""
    if migrations is None:
        migrations = MIGRATIONS
    applied = []
    current = schema_version(db)
    for migration in migrations:
        if migration.version <= current:
            continue
        with db.atomic():
            migration.apply(db)
            table = _version_table(db)
            table.delete().execute()
            table.insert(
                version=migration.version,
                app_version=__version__,
                migrated_at=dt.datetime.now().replace(microsecond=0),
            ).execute()
        applied.append(migration.version)
        current = migration.version
    return applied
