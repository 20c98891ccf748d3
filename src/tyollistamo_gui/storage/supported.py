"""Tables of supported work: work trials, wage subsidies, rehabilitative work and their logs."""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from .models import BaseModel, Client, ClientService, Employer, StaffUser, VersionedModel, now


def _money(**kwargs) -> DecimalField:
    return DecimalField(max_digits=12, decimal_places=2, auto_round=True, **kwargs)


def _hours(**kwargs) -> DecimalField:
    return DecimalField(max_digits=5, decimal_places=2, auto_round=True, **kwargs)


class WorkTrialRecord(VersionedModel):
    # What the three arrangements share: the client, the service period, the end,
    # and the warnings the user went past, as JSON {"code/field": "reason"}.
    client = ForeignKeyField(Client, on_delete="CASCADE")
    service = ForeignKeyField(ClientService, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=now)
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
    hours_per_day = _hours(null=True)
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
    # The guidance process whose employment plan the agreement was filled from (schema 12).
    plan_process_id = IntegerField(null=True)

    class Meta:
        table_name = "work_trial"
        indexes = ((("client", "start"), False),)


class WorkTrialAbsence(BaseModel):
    trial = ForeignKeyField(WorkTrialRecord, on_delete="CASCADE", backref="absences")
    day = DateField()
    authorised = BooleanField(default=False)
    note = CharField(default="")

    class Meta:
        table_name = "work_trial_absence"
        indexes = ((("trial", "day"), True),)


class WageSubsidyRecord(VersionedModel):
    # What the three arrangements share: the client, the service period, the end,
    # and the warnings the user went past, as JSON {"code/field": "reason"}.
    client = ForeignKeyField(Client, on_delete="CASCADE")
    service = ForeignKeyField(ClientService, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=now)
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
    pay_amount = _money(null=True)
    pay_period = CharField(default="month")
    pay_days = CharField(default="")
    hours_per_day = _hours(null=True)
    hours_per_week = _hours(null=True)
    working_time_percent = _hours(null=True)
    annual_leave = TextField(default="")
    notice_period = TextField(default="")
    collective_agreement = CharField(default="")
    insurance = TextField(default="")
    other_terms = TextField(default="")
    decision_number = CharField(default="")
    decision_date = DateField(null=True)
    track = CharField(default="skills")
    subsidy_percent = _hours(null=True)
    subsidy_start = DateField(null=True)
    subsidy_end = DateField(null=True)
    monthly_cap = _money(null=True)
    grantor = CharField(default="")
    is_extension = BooleanField(default=False)
    unemployment_condition_met = BooleanField(default=False)
    non_business_work = BooleanField(default=False)
    job_coach = ForeignKeyField(StaffUser, null=True, on_delete="SET NULL")
    # The employment plan the employment was filled from and refers to (schema 12).
    plan_process_id = IntegerField(null=True)
    plan_date = DateField(null=True)
    plan_reference = CharField(default="")

    class Meta:
        table_name = "wage_subsidy"
        indexes = ((("client", "start"), False), (("employer", "subsidy_start"), False))


class RehabWorkRecord(VersionedModel):
    # What the three arrangements share: the client, the service period, the end,
    # and the warnings the user went past, as JSON {"code/field": "reason"}.
    client = ForeignKeyField(Client, on_delete="CASCADE")
    service = ForeignKeyField(ClientService, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=now)
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
    hours_per_day = _hours(null=True)
    daily_timing = CharField(default="")
    weekdays = CharField(default="123")
    support = TextField(default="")
    other_services = TextField(default="")
    evaluation_date = DateField(null=True)
    follow_up_date = DateField(null=True)
    travel_cost_per_day = _money(null=True)
    obligations = TextField(default="")
    # The guidance process whose employment plan gave the planned period (schema 12); the
    # activation plan above is a document of its own.
    plan_process_id = IntegerField(null=True)

    class Meta:
        table_name = "rehab_work"
        indexes = ((("client", "start"), False),)


class RehabAttendance(BaseModel):
    """One day of the attendance register: it drives the allowance and the 178-day count."""

    work = ForeignKeyField(RehabWorkRecord, on_delete="CASCADE", backref="attendance")
    day = DateField()
    status = CharField(default="present")
    travel_cost = _money(default=0)
    note = CharField(default="")

    class Meta:
        table_name = "rehab_attendance"
        indexes = ((("work", "day"), True),)


class SupportedRule(BaseModel):
    """A dated rule value of the unit's own, merged over ``domain.rules.DEFAULT_RULES``."""

    key = CharField()
    value = CharField()
    valid_from = DateField()
    source = CharField()
    verified = BooleanField(default=True)
    note = TextField(default="")
    created_at = DateTimeField(default=now)

    class Meta:
        table_name = "supported_rule"
        indexes = ((("key", "valid_from"), True),)


class ClientEmployment(BaseModel):
    """A job the client has or had outside supported work (part-time work is common).

    The work trial's organiser may never be the client's current employer
    (380/2023 54 § 2 mom): the check reads these spells with the client's
    wage-subsidised employments. ``employer`` links to the register when the
    employer is there; ``employer_name`` and ``business_id`` are kept as written.
    """

    client = ForeignKeyField(Client, on_delete="CASCADE", backref="employments")
    employer = ForeignKeyField(Employer, null=True, on_delete="SET NULL")
    employer_name = CharField(default="")
    business_id = CharField(default="")
    start = DateField()
    end = DateField(null=True)
    part_time = BooleanField(default=False)
    hours_per_week = _hours(null=True)
    note = TextField(default="")
    created_at = DateTimeField(default=now)

    class Meta:
        table_name = "client_employment"
        indexes = ((("client", "start"), False),)


SUPPORTED_MODELS = (
    WorkTrialRecord,
    WorkTrialAbsence,
    WageSubsidyRecord,
    RehabWorkRecord,
    RehabAttendance,
    SupportedRule,
    ClientEmployment,
)
