"""Peewee models of the coaching services: job, individual and group coaching."""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    ForeignKeyField,
    IntegerField,
    TextField,
    TimeField,
)
from peewee import DateTimeField as _DateTimeField

from .models import (
    BaseModel,
    Client,
    ClientService,
    Employer,
    StaffUser,
    VersionedModel,
    now,
)

# -- job coaching -----------------------------------------------------------------------------


class JobCoachingCase(VersionedModel):
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
    created_at = _DateTimeField(default=now)

    class Meta:
        indexes = ((("employer",), False), (("client",), False))


class JobCoachingEntry(BaseModel):
    """One line of the task log."""

    case = ForeignKeyField(JobCoachingCase, on_delete="CASCADE")
    on_date = DateField()
    minutes = IntegerField()
    kind = CharField()
    participants = CharField(default="")
    notes = TextField(default="")
    next_step = TextField(default="")
    next_step_on = DateField(null=True)
    author_name = CharField(default="")
    created_at = _DateTimeField(default=now)

    class Meta:
        indexes = ((("case", "on_date"), False), (("kind", "on_date"), False))


class CoachingSkill(BaseModel):
    """A work-coping skill on the unit's list; ``key`` names a built-in one, else ``name``."""

    key = CharField(default="")
    name = CharField(default="")
    position = IntegerField(default=0)
    active = BooleanField(default=True)


class SkillAssessment(BaseModel):
    case = ForeignKeyField(JobCoachingCase, on_delete="CASCADE")
    on_date = DateField()
    with_employer = BooleanField(default=False)
    comment = TextField(default="")
    author_name = CharField(default="")
    created_at = _DateTimeField(default=now)


class SkillRating(BaseModel):
    assessment = ForeignKeyField(SkillAssessment, on_delete="CASCADE")
    skill = ForeignKeyField(CoachingSkill, on_delete="RESTRICT")
    score = IntegerField()
    comment = TextField(default="")


# -- individual coaching ----------------------------------------------------------------------


class IndividualCoaching(VersionedModel):
    client = ForeignKeyField(Client, on_delete="CASCADE")
    service = ForeignKeyField(ClientService, null=True, on_delete="SET NULL")
    coach = ForeignKeyField(StaffUser, null=True, on_delete="SET NULL")
    starts_on = DateField()
    ends_on = DateField(null=True)
    notes = TextField(default="")
    created_at = _DateTimeField(default=now)


class CoachingGoal(BaseModel):
    period = ForeignKeyField(IndividualCoaching, on_delete="CASCADE")
    area = CharField()
    text = TextField()
    position = IntegerField(default=0)


class GoalProgress(BaseModel):
    goal = ForeignKeyField(CoachingGoal, on_delete="CASCADE")
    on_date = DateField()
    score = IntegerField()
    comment = TextField(default="")


class CoachingSession(BaseModel):
    period = ForeignKeyField(IndividualCoaching, on_delete="CASCADE")
    on_date = DateField()
    minutes = IntegerField()
    themes = CharField(default="")
    notes = TextField(default="")
    next_step = TextField(default="")
    next_step_on = DateField(null=True)
    author_name = CharField(default="")


class CoachingProfessional(BaseModel):
    """A professional the coach works with for this client (seed: social, health, ...)."""

    period = ForeignKeyField(IndividualCoaching, on_delete="CASCADE")
    sector = CharField()
    name = CharField()
    organisation = CharField(default="")
    contact = CharField(default="")


# -- group coaching ---------------------------------------------------------------------------


class CoachingGroup(VersionedModel):
    name = CharField()
    goal = CharField()
    starts_on = DateField()
    ends_on = DateField()
    schedule = CharField(default="")
    notes = TextField(default="")
    created_at = _DateTimeField(default=now)


class GroupCoach(BaseModel):
    group = ForeignKeyField(CoachingGroup, on_delete="CASCADE")
    staff = ForeignKeyField(StaffUser, on_delete="CASCADE")


class GroupMember(BaseModel):
    group = ForeignKeyField(CoachingGroup, on_delete="CASCADE")
    client = ForeignKeyField(Client, on_delete="CASCADE")
    service = ForeignKeyField(ClientService, null=True, on_delete="SET NULL")
    joined_on = DateField()
    left_on = DateField(null=True)
    outcome = CharField(default="")
    outcome_note = TextField(default="")

    class Meta:
        indexes = ((("group", "client"), False), (("client",), False))


class GroupSession(BaseModel):
    group = ForeignKeyField(CoachingGroup, on_delete="CASCADE")
    on_date = DateField()
    starts_at = TimeField(null=True)
    theme = CharField(default="")


class Attendance(BaseModel):
    session = ForeignKeyField(GroupSession, on_delete="CASCADE")
    member = ForeignKeyField(GroupMember, on_delete="CASCADE")
    status = CharField()

    class Meta:
        indexes = ((("session", "member"), True),)


class GroupVisit(BaseModel):
    group = ForeignKeyField(CoachingGroup, on_delete="CASCADE")
    on_date = DateField()
    direction = CharField()
    party = CharField()
    organisation = CharField()
    contact = CharField(default="")
    learnt = TextField(default="")


COACHING_MODELS = (
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
)
