"""Peewee models of the guidance process (schema 7): one process row, one table per list."""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from .models import BaseModel, Client, StaffUser, VersionedModel, now


class GuidanceProcess(VersionedModel):
    """A client's guidance process; each phase's fields are columns of their own."""

    client = ForeignKeyField(Client, on_delete="CASCADE", backref="guidance_processes")
    counsellor = ForeignKeyField(StaffUser, null=True, on_delete="SET NULL")
    status = CharField(default="draft")
    current_phase = IntegerField(default=0)
    started_on = DateField(null=True)
    ended_on = DateField(null=True)
    interrupted_reason = TextField(default="")
    created_at = DateTimeField(default=now)
    # 1. Initial assessment and situation
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
    # 3. Employment plan
    plan_date = DateField(null=True)
    job_search_obligation = BooleanField(default=False)
    job_search_count = IntegerField(default=0)
    job_search_period_months = IntegerField(default=1)
    job_search_notes = TextField(default="")
    next_review_on = DateField(null=True)
    # 5. Evaluation and next steps
    outcome = CharField(default="")
    evaluation_summary = TextField(default="")
    next_steps = TextField(default="")
    next_steps_on = DateField(null=True)

    class Meta:
        indexes = (
            (("client", "status"), False),
            (("counsellor", "status"), False),
        )


class GuidanceGoal(BaseModel):
    process = ForeignKeyField(GuidanceProcess, on_delete="CASCADE")
    position = IntegerField(default=0)
    term = CharField(default="short")
    text = TextField(default="")
    achieved = TextField(default="")


class GuidanceOption(BaseModel):
    process = ForeignKeyField(GuidanceProcess, on_delete="CASCADE")
    position = IntegerField(default=0)
    text = TextField(default="")
    pros = TextField(default="")
    cons = TextField(default="")
    client_assessment = TextField(default="")


class GuidanceMeasure(BaseModel):
    process = ForeignKeyField(GuidanceProcess, on_delete="CASCADE")
    position = IntegerField(default=0)
    key = IntegerField(default=0)
    kind = CharField()
    description = TextField(default="")
    responsible = CharField(default="")
    starts_on = DateField(null=True)
    ends_on = DateField(null=True)
    status = CharField(default="planned")
    evaluation = TextField(default="")


class GuidanceFollowUp(BaseModel):
    process = ForeignKeyField(GuidanceProcess, on_delete="CASCADE")
    position = IntegerField(default=0)
    held_on = DateField(null=True)
    kind = CharField(default="meeting")
    measure_key = IntegerField(null=True)
    notes = TextField(default="")
    next_step = TextField(default="")
    next_meeting = DateField(null=True)


class GuidanceReferral(BaseModel):
    process = ForeignKeyField(GuidanceProcess, on_delete="CASCADE")
    position = IntegerField(default=0)
    target = CharField()
    referred_on = DateField(null=True)
    reason = TextField(default="")
    status = CharField(default="proposed")
    phase = IntegerField(default=0)


GUIDANCE_MODELS = (
    GuidanceProcess,
    GuidanceGoal,
    GuidanceOption,
    GuidanceMeasure,
    GuidanceFollowUp,
    GuidanceReferral,
)
