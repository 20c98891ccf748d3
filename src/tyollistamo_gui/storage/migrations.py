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
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    SqliteDatabase,
    Table,
    TextField,
    fn,
)

from .. import __version__
from ..domain.coaching import DEFAULT_SKILLS


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
    reset_sequences(db, ["unit_settings"])


def is_postgres(db: Database) -> bool:
    return isinstance(db, PostgresqlDatabase)


def reset_sequences(db: Database, tables: list[str]) -> None:
    """PostgreSQL: move each table's id sequence past the ids inserted explicitly.

    SQLite needs nothing: its next id is always the largest plus one.
    """
    if not is_postgres(db):
        return
    for table in tables:
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
        )


def binary_collation(db: Database, table: str, columns: list[str]) -> None:
    """PostgreSQL: compare and sort these columns by code point, as SQLite does.

    Sort keys (``domain.collation``) and prefix ranges (identity codes, name
    tokens) rely on plain binary order; a server's linguistic collation
    (fi_FI, en_US) would ignore punctuation and reorder them.
    """
    if not is_postgres(db):
        return
    for column in columns:
        db.execute_sql(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE VARCHAR COLLATE "C"')


def _m002_client_register(db: Database) -> None:
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run

    from ..domain.collation import name_sort_key

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class StaffUser(Base):
        username = CharField(unique=True)

    class Client(Base):
        first_name = CharField()
        last_name = CharField()

    class ClientNote(Base):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        text = TextField()
        created_at = DateTimeField()
        author_name = CharField(default="")
        replaces = ForeignKeyField("self", null=True, on_delete="CASCADE")

    class ClientEvent(Base):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        at = DateTimeField()
        kind = CharField()
        actor_name = CharField(default="")
        details = TextField(default="")

        class Meta:
            indexes = ((("client", "at"), False),)

    migrator = SchemaMigrator.from_database(db)
    now = dt.datetime.now().replace(microsecond=0)
    text_columns = [
        "other_language",
        "phone",
        "email",
        "street_address",
        "postal_code",
        "post_office",
        "benefit_other",
        "referral_source",
        "referrer_name",
        "referrer_phone",
        "referrer_email",
        "outcome",
        "sort_name",
    ]
    operations = [
        migrator.add_column("client", name, CharField(default="")) for name in text_columns
    ]
    operations += [
        migrator.add_column("client", "interpreter_needed", BooleanField(default=False)),
        migrator.add_column("client", "benefit_status", CharField(default="none")),
        migrator.add_column("client", "unemployed_since", DateField(null=True)),
        migrator.add_column(
            "client",
            "responsible_staff_id",
            ForeignKeyField(StaffUser, null=True, on_delete="SET NULL", field=StaffUser.id),
        ),
        migrator.add_column("client", "consent_date", DateField(null=True)),
        migrator.add_column("client", "consent_what", TextField(default="")),
        migrator.add_column("client", "status", CharField(default="active")),
        migrator.add_column("client", "closed_on", DateField(null=True)),
        migrator.add_column("client", "closing_reason", TextField(default="")),
        migrator.add_column("client", "last_event_at", DateTimeField(default=now)),
        migrator.add_index("client", ("status", "sort_name"), False),
        migrator.add_index("client", ("sort_name",), False),
        migrator.add_index("client", ("last_event_at",), False),
        migrator.add_index("client", ("status", "last_event_at"), False),
    ]
    run(*operations)
    # Existing rows: their sort key, and their creation as the last event.
    table = Table("client", ("id", "first_name", "last_name", "sort_name")).bind(db)
    for row in table.select(table.id, table.first_name, table.last_name).tuples():
        key = name_sort_key(row[2], row[1])
        table.update({table.sort_name: key}).where(table.id == row[0]).execute()
    db.execute_sql("UPDATE client SET last_event_at = created_at")
    db.create_tables([ClientNote, ClientEvent])
    if isinstance(db, SqliteDatabase):
        _create_sqlite_name_search(db)
    else:
        binary_collation(db, "client", ["sort_name", "identity_code"])
        _create_token_name_search(db)


def _create_token_name_search(db: Database) -> None:
    """PostgreSQL: a table of each client's name words, with B-tree indexes for prefixes.

    Each word of the first and last names is stored folded (``ake`` for
    *Åke*) and case-folded with its accents (``åke``), with binary collation,
    so a word prefix is an index range scan. The rows are written by the
    same Python code that reads the query (``storage.name_search``), so both
    backends split and fold names identically; see that module.
    """

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Client(Base):
        first_name = CharField()
        last_name = CharField()

    class ClientNameToken(Base):
        client = ForeignKeyField(Client, on_delete="CASCADE", index=True)
        folded = CharField(collation='"C"', index=True)
        exact = CharField(collation='"C"', index=True)

    db.create_tables([ClientNameToken])
    from .name_search import token_rows

    table = Table("client", ("id", "first_name", "last_name")).bind(db)
    rows = []
    for client_id, first, last in table.select(
        table.id, table.first_name, table.last_name
    ).tuples():
        rows.extend(token_rows(client_id, first, last))
    if rows:
        ClientNameToken.insert_many(rows, fields=["client", "folded", "exact"]).execute()


def _create_sqlite_name_search(db: Database) -> None:
    """FTS5 indexes of names: one folding accents (ake finds Åke), one keeping them."""
    for table, diacritics in (("client_name_fold", 2), ("client_name_exact", 0)):
        db.execute_sql(
            f"CREATE VIRTUAL TABLE {table} USING fts5(first_name, last_name, "
            f"content='client', content_rowid='id', prefix='1 2 3', "
            f"tokenize='unicode61 remove_diacritics {diacritics}')"
        )
        db.execute_sql(
            f"CREATE TRIGGER {table}_ai AFTER INSERT ON client BEGIN "
            f"INSERT INTO {table}(rowid, first_name, last_name) "
            f"VALUES (new.id, new.first_name, new.last_name); END"
        )
        db.execute_sql(
            f"CREATE TRIGGER {table}_ad AFTER DELETE ON client BEGIN "
            f"INSERT INTO {table}({table}, rowid, first_name, last_name) "
            f"VALUES ('delete', old.id, old.first_name, old.last_name); END"
        )
        db.execute_sql(
            f"CREATE TRIGGER {table}_au AFTER UPDATE OF first_name, last_name ON client BEGIN "
            f"INSERT INTO {table}({table}, rowid, first_name, last_name) "
            f"VALUES ('delete', old.id, old.first_name, old.last_name); "
            f"INSERT INTO {table}(rowid, first_name, last_name) "
            f"VALUES (new.id, new.first_name, new.last_name); END"
        )
        db.execute_sql(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def _m003_client_services(db: Database) -> None:
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Client(Base):
        first_name = CharField()

    class ClientService(Base):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        kind = CharField()
        started_on = DateField()
        ended_on = DateField(null=True)
        created_at = DateTimeField()

        class Meta:
            indexes = ((("kind", "ended_on", "client"), False),)

    db.create_tables([ClientService])


def _m004_employers(db: Database) -> None:
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Employer(Base):
        name = CharField()

    class EmployerContact(Base):
        employer = ForeignKeyField(Employer, on_delete="CASCADE")
        position = IntegerField(default=0)
        name = CharField()
        role = CharField(default="")
        phone = CharField(default="")
        email = CharField(default="")

    migrator = SchemaMigrator.from_database(db)
    run(
        migrator.add_column("employer", "organisation_kind", CharField(default="company")),
        migrator.add_column("employer", "industry", CharField(default="")),
    )
    db.create_tables([EmployerContact])


def _m005_archived_documents(db: Database) -> None:
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Client(Base):
        first_name = CharField()

    class StaffUser(Base):
        username = CharField()

    class ArchivedDocument(Base):
        client = ForeignKeyField(Client, on_delete="CASCADE")
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
        created_at = DateTimeField()
        created_by = ForeignKeyField(StaffUser, null=True, on_delete="SET NULL")
        signed_on = DateField(null=True)
        signed_by = CharField(default="")
        signing_recorded_at = DateTimeField(null=True)

        class Meta:
            table_name = "archived_document"
            indexes = ((("kind", "object_id", "version"), False),)

    db.create_tables([ArchivedDocument])


def _m006_coaching(db: Database) -> None:
    from peewee import TimeField

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Versioned(Base):
        version = IntegerField(default=1)
        updated_at = DateTimeField()

    class StaffUser(Base):
        username = CharField(unique=True)

    class Client(Base):
        first_name = CharField()

    class Employer(Base):
        name = CharField()

    class ClientService(Base):
        kind = CharField()

    # -- job coaching -----------------------------------------------------------------------------

    class JobCoachingCase(Versioned):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        employer = ForeignKeyField(Employer, on_delete="RESTRICT")
        service = ForeignKeyField(ClientService, null=True, on_delete="SET NULL")
        coach = ForeignKeyField(StaffUser, null=True, on_delete="SET NULL")
        job_title = CharField(default="")
        tasks = TextField(default="")
        starts_on = DateField()
        working_hours = CharField(default="")
        employment_begun = BooleanField(default=False)
        employment_started_on = DateField(null=True)
        wage_subsidy_reference = CharField(default="")
        ends_on = DateField(null=True)
        notes = TextField(default="")
        created_at = DateTimeField()

        class Meta:
            indexes = ((("employer",), False), (("client",), False))

    class JobCoachingEntry(Base):
        case = ForeignKeyField(JobCoachingCase, on_delete="CASCADE")
        on_date = DateField()
        minutes = IntegerField()
        kind = CharField()
        participants = CharField(default="")
        notes = TextField(default="")
        next_step = TextField(default="")
        next_step_on = DateField(null=True)
        author_name = CharField(default="")
        created_at = DateTimeField()

        class Meta:
            indexes = ((("case", "on_date"), False), (("kind", "on_date"), False))

    class CoachingSkill(Base):
        key = CharField(default="")
        name = CharField(default="")
        position = IntegerField(default=0)
        active = BooleanField(default=True)

    class SkillAssessment(Base):
        case = ForeignKeyField(JobCoachingCase, on_delete="CASCADE")
        on_date = DateField()
        with_employer = BooleanField(default=False)
        comment = TextField(default="")
        author_name = CharField(default="")
        created_at = DateTimeField()

    class SkillRating(Base):
        assessment = ForeignKeyField(SkillAssessment, on_delete="CASCADE")
        skill = ForeignKeyField(CoachingSkill, on_delete="RESTRICT")
        score = IntegerField()
        comment = TextField(default="")

    # -- individual coaching ----------------------------------------------------------------------

    class IndividualCoaching(Versioned):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        service = ForeignKeyField(ClientService, null=True, on_delete="SET NULL")
        coach = ForeignKeyField(StaffUser, null=True, on_delete="SET NULL")
        starts_on = DateField()
        ends_on = DateField(null=True)
        notes = TextField(default="")
        created_at = DateTimeField()

    class CoachingGoal(Base):
        period = ForeignKeyField(IndividualCoaching, on_delete="CASCADE")
        area = CharField()
        text = TextField()
        position = IntegerField(default=0)

    class GoalProgress(Base):
        goal = ForeignKeyField(CoachingGoal, on_delete="CASCADE")
        on_date = DateField()
        score = IntegerField()
        comment = TextField(default="")

    class CoachingSession(Base):
        period = ForeignKeyField(IndividualCoaching, on_delete="CASCADE")
        on_date = DateField()
        minutes = IntegerField()
        themes = CharField(default="")
        notes = TextField(default="")
        next_step = TextField(default="")
        next_step_on = DateField(null=True)
        author_name = CharField(default="")

    class CoachingProfessional(Base):
        period = ForeignKeyField(IndividualCoaching, on_delete="CASCADE")
        sector = CharField()
        name = CharField()
        organisation = CharField(default="")
        contact = CharField(default="")

    # -- group coaching ---------------------------------------------------------------------------

    class CoachingGroup(Versioned):
        name = CharField()
        goal = CharField()
        starts_on = DateField()
        ends_on = DateField()
        schedule = CharField(default="")
        notes = TextField(default="")
        created_at = DateTimeField()

    class GroupCoach(Base):
        group = ForeignKeyField(CoachingGroup, on_delete="CASCADE")
        staff = ForeignKeyField(StaffUser, on_delete="CASCADE")

    class GroupMember(Base):
        group = ForeignKeyField(CoachingGroup, on_delete="CASCADE")
        client = ForeignKeyField(Client, on_delete="CASCADE")
        service = ForeignKeyField(ClientService, null=True, on_delete="SET NULL")
        joined_on = DateField()
        left_on = DateField(null=True)
        outcome = CharField(default="")
        outcome_note = TextField(default="")

        class Meta:
            indexes = ((("group", "client"), False), (("client",), False))

    class GroupSession(Base):
        group = ForeignKeyField(CoachingGroup, on_delete="CASCADE")
        on_date = DateField()
        starts_at = TimeField(null=True)
        theme = CharField(default="")

    class Attendance(Base):
        session = ForeignKeyField(GroupSession, on_delete="CASCADE")
        member = ForeignKeyField(GroupMember, on_delete="CASCADE")
        status = CharField()

        class Meta:
            indexes = ((("session", "member"), True),)

    class GroupVisit(Base):
        group = ForeignKeyField(CoachingGroup, on_delete="CASCADE")
        on_date = DateField()
        direction = CharField()
        party = CharField()
        organisation = CharField()
        contact = CharField(default="")
        learnt = TextField(default="")

    models = [
        JobCoachingCase,
        JobCoachingEntry,
        CoachingSkill,
        SkillAssessment,
        SkillRating,
        IndividualCoaching,
        CoachingGoal,
        GoalProgress,
        CoachingSession,
        CoachingProfessional,
        CoachingGroup,
        GroupCoach,
        GroupMember,
        GroupSession,
        Attendance,
        GroupVisit,
    ]
    db.create_tables(models)
    # The unit's list of work-coping skills starts with the usual ones (domain.coaching).
    for position, key in enumerate(DEFAULT_SKILLS):
        CoachingSkill.create(key=key, position=position)


def _m007_guidance(db: Database) -> None:
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class StaffUser(Base):
        username = CharField(unique=True)

    class Client(Base):
        first_name = CharField()

    class GuidanceProcess(Base):
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        client = ForeignKeyField(Client, on_delete="CASCADE")
        counsellor = ForeignKeyField(StaffUser, null=True, on_delete="SET NULL")
        status = CharField(default="draft")
        current_phase = IntegerField(default=0)
        started_on = DateField(null=True)
        ended_on = DateField(null=True)
        interrupted_reason = TextField(default="")
        created_at = DateTimeField()
        education = TextField(default="")
        work_history = TextField(default="")
        skills_client = TextField(default="")
        skills_counsellor = TextField(default="")
        work_ability_client = TextField(default="")
        work_ability_counsellor = TextField(default="")
        life_situation = TextField(default="")
        obstacles_client = TextField(default="")
        obstacles_counsellor = TextField(default="")
        wishes = TextField(default="")
        situation_summary = TextField(default="")
        plan_date = DateField(null=True)
        job_search_obligation = BooleanField(default=False)
        job_search_count = IntegerField(default=0)
        job_search_period_months = IntegerField(default=1)
        job_search_notes = TextField(default="")
        next_review_on = DateField(null=True)
        outcome = CharField(default="")
        evaluation_summary = TextField(default="")
        next_steps = TextField(default="")
        next_steps_on = DateField(null=True)

        class Meta:
            indexes = (
                (("client", "status"), False),
                (("counsellor", "status"), False),
            )

    class Row(Base):
        process = ForeignKeyField(GuidanceProcess, on_delete="CASCADE")
        position = IntegerField(default=0)

    class GuidanceGoal(Row):
        term = CharField(default="short")
        text = TextField(default="")
        achieved = TextField(default="")

    class GuidanceOption(Row):
        text = TextField(default="")
        pros = TextField(default="")
        cons = TextField(default="")
        client_assessment = TextField(default="")

    class GuidanceMeasure(Row):
        key = IntegerField(default=0)
        kind = CharField()
        description = TextField(default="")
        responsible = CharField(default="")
        starts_on = DateField(null=True)
        ends_on = DateField(null=True)
        status = CharField(default="planned")
        evaluation = TextField(default="")

    class GuidanceFollowUp(Row):
        held_on = DateField(null=True)
        kind = CharField(default="meeting")
        measure_key = IntegerField(null=True)
        notes = TextField(default="")
        next_step = TextField(default="")
        next_meeting = DateField(null=True)

    class GuidanceReferral(Row):
        target = CharField()
        referred_on = DateField(null=True)
        reason = TextField(default="")
        status = CharField(default="proposed")
        phase = IntegerField(default=0)

    db.create_tables(
        [
            GuidanceProcess,
            GuidanceGoal,
            GuidanceOption,
            GuidanceMeasure,
            GuidanceFollowUp,
            GuidanceReferral,
        ]
    )


def _m008_protection(db: Database) -> None:
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run

    from ..domain.retention import DEFAULT_RULES

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class AuditEntry(Base):
        at = DateTimeField(index=True)
        user_id = IntegerField(null=True)
        username = CharField(default="")
        role = CharField(default="")
        workstation = CharField(default="")
        client_id = IntegerField(null=True, index=True)
        object_type = CharField(default="")
        object_id = CharField(default="")
        action = CharField(index=True)
        reason = TextField(default="")
        details = TextField(default="")
        previous_hash = CharField()
        hash = CharField()

    class AuditHead(Base):
        last_id = IntegerField(default=0)
        last_hash = CharField(default="0" * 64)

    class RetentionRule(Base):
        version = IntegerField(default=1)
        updated_at = DateTimeField()
        kind = CharField()
        years = IntegerField()
        valid_from = DateField()
        source = TextField(default="")
        verified = BooleanField(default=False)

        class Meta:
            indexes = ((("kind", "valid_from"), True),)

    migrator = SchemaMigrator.from_database(db)
    run(
        migrator.add_column("staff_user", "password_hash", CharField(default="")),
        migrator.add_column("staff_user", "password_changed_at", DateTimeField(null=True)),
        migrator.add_column("staff_user", "must_change_password", BooleanField(default=False)),
        migrator.add_column("staff_user", "failed_attempts", IntegerField(default=0)),
        migrator.add_column("staff_user", "locked_until", DateTimeField(null=True)),
        migrator.add_column("staff_user", "team", CharField(default="")),
        migrator.add_column("client", "erased_at", DateTimeField(null=True)),
    )
    db.create_tables([AuditEntry, AuditHead, RetentionRule])
    AuditHead.create(id=1, last_id=0, last_hash="0" * 64)
    stamp = dt.datetime.now().replace(microsecond=0)
    for rule in DEFAULT_RULES:
        RetentionRule.create(
            updated_at=stamp,
            kind=rule.kind,
            years=rule.years,
            valid_from=rule.valid_from,
            source=rule.source,
            verified=rule.verified,
        )


def _m009_supported_work(db: Database) -> None:
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Versioned(Base):
        version = IntegerField(default=1)
        updated_at = DateTimeField()

    class Client(Base):
        first_name = CharField()

    class ClientService(Base):
        kind = CharField()

    class Employer(Base):
        name = CharField()

    class StaffUser(Base):
        username = CharField()

    class WorkTrialRecord(Versioned):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        service = ForeignKeyField(ClientService, null=True, on_delete="SET NULL")
        created_at = DateTimeField()
        ended_on = DateField(null=True)
        end_reason = TextField(default="")
        overrides = TextField(default="")
        language = CharField(default="")
        organiser_kind = CharField(default="employer")
        employer = ForeignKeyField(Employer, null=True, on_delete="SET NULL")
        workplace = CharField(default="")
        workplace_address = CharField(default="")
        goals = TextField(default="")
        tasks = TextField(default="")
        supervisor_name = CharField(default="")
        supervisor_phone = CharField(default="")
        supervisor_email = CharField(default="")
        start = DateField(null=True)
        end = DateField(null=True)
        hours_per_day = DecimalField(max_digits=5, decimal_places=2, null=True)
        daily_timing = CharField(default="")
        weekdays = CharField(default="12345")
        benefit_payer = CharField(default="kela")
        fund_name = CharField(default="")
        plan_date = DateField(null=True)
        plan_reference = CharField(default="")
        authority_name = CharField(default="")
        authority_contact = CharField(default="")
        authority_decision_date = DateField(null=True)
        outside_commuting_area = BooleanField(default=False)
        extra_terms = TextField(default="")
        assessment = TextField(default="")

        class Meta:
            table_name = "work_trial"
            indexes = ((("client", "start"), False),)

    class WorkTrialAbsence(Base):
        trial = ForeignKeyField(WorkTrialRecord, on_delete="CASCADE", backref="absences")
        day = DateField()
        authorised = BooleanField(default=False)
        note = CharField(default="")

        class Meta:
            table_name = "work_trial_absence"
            indexes = ((("trial", "day"), True),)

    class WageSubsidyRecord(Versioned):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        service = ForeignKeyField(ClientService, null=True, on_delete="SET NULL")
        created_at = DateTimeField()
        ended_on = DateField(null=True)
        end_reason = TextField(default="")
        overrides = TextField(default="")
        language = CharField(default="")
        employer = ForeignKeyField(Employer, null=True, on_delete="SET NULL")
        start = DateField(null=True)
        trial_months = IntegerField(default=0)
        fixed_term = BooleanField(default=False)
        end = DateField(null=True)
        fixed_term_ground = TextField(default="")
        long_term_unemployed_contract = BooleanField(default=False)
        place_of_work = CharField(default="")
        duties = TextField(default="")
        pay_basis = CharField(default="time")
        pay_basis_other = CharField(default="")
        pay_amount = DecimalField(max_digits=12, decimal_places=2, null=True)
        pay_period = CharField(default="month")
        pay_days = CharField(default="")
        hours_per_day = DecimalField(max_digits=5, decimal_places=2, null=True)
        hours_per_week = DecimalField(max_digits=5, decimal_places=2, null=True)
        working_time_percent = DecimalField(max_digits=5, decimal_places=2, null=True)
        annual_leave = TextField(default="")
        notice_period = TextField(default="")
        collective_agreement = CharField(default="")
        insurance = TextField(default="")
        other_terms = TextField(default="")
        decision_number = CharField(default="")
        decision_date = DateField(null=True)
        track = CharField(default="skills")
        subsidy_percent = DecimalField(max_digits=5, decimal_places=2, null=True)
        subsidy_start = DateField(null=True)
        subsidy_end = DateField(null=True)
        monthly_cap = DecimalField(max_digits=12, decimal_places=2, null=True)
        grantor = CharField(default="")
        is_extension = BooleanField(default=False)
        unemployment_condition_met = BooleanField(default=False)
        non_business_work = BooleanField(default=False)
        job_coach = ForeignKeyField(StaffUser, null=True, on_delete="SET NULL")

        class Meta:
            table_name = "wage_subsidy"
            indexes = ((("client", "start"), False), (("employer", "subsidy_start"), False))

    class RehabWorkRecord(Versioned):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        service = ForeignKeyField(ClientService, null=True, on_delete="SET NULL")
        created_at = DateTimeField()
        ended_on = DateField(null=True)
        end_reason = TextField(default="")
        overrides = TextField(default="")
        language = CharField(default="")
        county_name = CharField(default="")
        county_contact = CharField(default="")
        decision_number = CharField(default="")
        decision_date = DateField(null=True)
        plan_date = DateField(null=True)
        plan_reference = CharField(default="")
        goal = TextField(default="")
        place = CharField(default="")
        place_address = CharField(default="")
        supervisor_name = CharField(default="")
        supervisor_phone = CharField(default="")
        start = DateField(null=True)
        end = DateField(null=True)
        hours_per_day = DecimalField(max_digits=5, decimal_places=2, null=True)
        daily_timing = CharField(default="")
        weekdays = CharField(default="123")
        support = TextField(default="")
        other_services = TextField(default="")
        evaluation_date = DateField(null=True)
        follow_up_date = DateField(null=True)
        travel_cost_per_day = DecimalField(max_digits=12, decimal_places=2, null=True)
        obligations = TextField(default="")

        class Meta:
            table_name = "rehab_work"
            indexes = ((("client", "start"), False),)

    class RehabAttendance(Base):
        work = ForeignKeyField(RehabWorkRecord, on_delete="CASCADE", backref="attendance")
        day = DateField()
        status = CharField(default="present")
        travel_cost = DecimalField(max_digits=12, decimal_places=2, default=0)
        note = CharField(default="")

        class Meta:
            table_name = "rehab_attendance"
            indexes = ((("work", "day"), True),)

    class SupportedRule(Base):
        key = CharField()
        value = CharField()
        valid_from = DateField()
        source = CharField()
        verified = BooleanField(default=True)
        note = TextField(default="")
        created_at = DateTimeField()

        class Meta:
            table_name = "supported_rule"
            indexes = ((("key", "valid_from"), True),)

    db.create_tables(
        [
            WorkTrialRecord,
            WorkTrialAbsence,
            WageSubsidyRecord,
            RehabWorkRecord,
            RehabAttendance,
            SupportedRule,
        ]
    )


def _m010_privacy_notice(db: Database) -> None:
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run

    migrator = SchemaMigrator.from_database(db)
    run(
        *(
            migrator.add_column("unit_settings", name, CharField(default=""))
            for name in (
                "controller_name",
                "privacy_contact_name",
                "privacy_contact_phone",
                "privacy_contact_email",
                "dpo_name",
                "dpo_phone",
                "dpo_email",
            )
        )
    )


def _m011_client_employment(db: Database) -> None:
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Client(Base):
        first_name = CharField()

    class Employer(Base):
        name = CharField()

    class ClientEmployment(Base):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        employer = ForeignKeyField(Employer, null=True, on_delete="SET NULL")
        employer_name = CharField(default="")
        business_id = CharField(default="")
        start = DateField()
        end = DateField(null=True)
        part_time = BooleanField(default=False)
        hours_per_week = DecimalField(max_digits=5, decimal_places=2, null=True)
        note = TextField(default="")
        created_at = DateTimeField()

        class Meta:
            table_name = "client_employment"
            indexes = ((("client", "start"), False),)

    db.create_tables([ClientEmployment])


def _m012_arrangement_plan(db: Database) -> None:
    """Supported work remembers the guidance process whose employment plan it took values
    from; the wage-subsidised employment records the plan's date and reference too."""
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run

    migrator = SchemaMigrator.from_database(db)
    run(
        *(
            migrator.add_column(table, "plan_process_id", IntegerField(null=True))
            for table in ("work_trial", "wage_subsidy", "rehab_work")
        ),
        migrator.add_column("wage_subsidy", "plan_date", DateField(null=True)),
        migrator.add_column("wage_subsidy", "plan_reference", CharField(default="")),
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "unit settings, staff users, clients, employers", _m001_initial),
    Migration(
        2,
        "client register: contact, benefits, referral, status, notes, events, search",
        _m002_client_register,
    ),
    Migration(3, "service periods of clients", _m003_client_services),
    Migration(4, "employers: organisation kind, industry, contact persons", _m004_employers),
    Migration(5, "printed documents archived on clients", _m005_archived_documents),
    Migration(6, "coaching: job, individual and group coaching", _m006_coaching),
    Migration(
        7, "guidance processes with their goals, measures, follow-ups, referrals", _m007_guidance
    ),
    Migration(8, "sign-in, audit log, retention periods", _m008_protection),
    Migration(
        9, "supported work: work trials, wage subsidies, rehabilitative work", _m009_supported_work
    ),
    Migration(
        10,
        "unit settings: controller, contact and DPO for the privacy notice",
        _m010_privacy_notice,
    ),
    Migration(
        11, "client employment (the work trial's current-employer check)", _m011_client_employment
    ),
    Migration(
        12,
        "supported work: the employment plan an arrangement was filled from",
        _m012_arrangement_plan,
    ),
)
LATEST_VERSION = MIGRATIONS[-1].version
# From this version on the register has staff accounts with passwords: an
# administrator can sign in to an older server register and update it from the app.
SIGN_IN_VERSION = 8


def schema_version(db: Database) -> int:
    """Version of the schema in ``db``; 0 for a database with no tables of ours."""
    if "schema_version" not in db.get_tables():
        return 0
    table = _version_table(db)
    return int(table.select(fn.MAX(table.version)).scalar() or 0)


def _version_table(db: Database) -> Table:
    return Table("schema_version", ("id", "version", "app_version", "migrated_at")).bind(db)


def migrate(
    db: Database,
    migrations: tuple[Migration, ...] | None = None,
    progress: Callable[[Migration], None] | None = None,
) -> list[int]:
    """Apply every migration newer than the database; return the versions applied.

    ``progress`` is called with each migration before it is applied.
    """
    if migrations is None:
        migrations = MIGRATIONS
    applied = []
    current = schema_version(db)
    for migration in migrations:
        if migration.version <= current:
            continue
        if progress is not None:
            progress(migration)
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
