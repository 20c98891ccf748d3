"""The readable report of a subject-access export: every stored record of one client.

Sections come from ``services.subject_access`` (one per exporter); each record
is printed column by column with the labels below. A record whose rows have
few columns and no rows of their own is printed as a table; others as label /
value blocks. A test checks that every exported column has a label here, so a
new column cannot be printed under its database name.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import re

from babel.dates import get_day_names
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from . import vocabulary as vocab
from .base import (
    RULE_COLOUR,
    SHADE_COLOUR,
    SPLIT_IN_ROW,
    TEXT_WIDTH,
    DocumentBuilder,
    DocumentInfo,
    Letterhead,
    escape,
)
from .texts import DocumentTexts

# Columns not printed (still in the JSON): row numbers, edit counters, the link to the parent.
HIDDEN = {"id", "version", "position", "sort_name", "client", "client_id", "user_id"}
HIDDEN_BY_TABLE = {
    # The object's number is printed with its kind.
    "audit_entry": {"details", "previous_hash", "hash", "object_id"},
}
SHOWN_IDS = {"client_note"}  # a later version of a note names the one it replaces
MAX_TABLE_COLUMNS = 7

_CONTROL = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]")
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})\b\s*")


def section_titles(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "client": translate("SubjectAccess", "Basic data"),
        "notes": translate("SubjectAccess", "Notes (all versions)"),
        "events": translate("SubjectAccess", "Timeline"),
        "services": translate("SubjectAccess", "Service periods"),
        "guidance": translate("SubjectAccess", "Guidance process and employment plan"),
        "job_coaching": translate("SubjectAccess", "Job coaching"),
        "individual_coaching": translate("SubjectAccess", "Individual coaching"),
        "groups": translate("SubjectAccess", "Group coaching: memberships and attendance"),
        "work_trials": translate("SubjectAccess", "Work trials"),
        "wage_subsidies": translate("SubjectAccess", "Wage-subsidised employment"),
        "rehabilitative_work": translate("SubjectAccess", "Rehabilitative work activity"),
        "employments": translate("SubjectAccess", "Employment outside supported work"),
        "documents": translate("SubjectAccess", "Archived documents"),
        "audit_log": translate("SubjectAccess", "Who has processed the data (log extract)"),
    }


def table_titles(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "client": translate("SubjectAccess", "Client"),
        "client_note": translate("SubjectAccess", "Note"),
        "client_event": translate("SubjectAccess", "Event"),
        "client_service": translate("SubjectAccess", "Service period"),
        "guidance_process": translate("SubjectAccess", "Guidance process"),
        "guidance_goal": translate("SubjectAccess", "Goals"),
        "guidance_option": translate("SubjectAccess", "Options"),
        "guidance_measure": translate("SubjectAccess", "Measures of the plan"),
        "guidance_follow_up": translate("SubjectAccess", "Follow-ups"),
        "guidance_referral": translate("SubjectAccess", "Referrals"),
        "job_coaching_case": translate("SubjectAccess", "Job coaching"),
        "job_coaching_entry": translate("SubjectAccess", "Task log"),
        "skill_assessment": translate("SubjectAccess", "Assessment of work-coping skills"),
        "skill_rating": translate("SubjectAccess", "Ratings"),
        "individual_coaching": translate("SubjectAccess", "Individual coaching period"),
        "coaching_goal": translate("SubjectAccess", "Goal"),
        "goal_progress": translate("SubjectAccess", "Progress"),
        "coaching_session": translate("SubjectAccess", "Coaching sessions"),
        "coaching_professional": translate("SubjectAccess", "Professionals involved"),
        "group_member": translate("SubjectAccess", "Group membership"),
        "attendance": translate("SubjectAccess", "Attendance"),
        "work_trial": translate("SubjectAccess", "Work trial"),
        "work_trial_absence": translate("SubjectAccess", "Absences"),
        "wage_subsidy": translate("SubjectAccess", "Wage-subsidised employment"),
        "rehab_work": translate("SubjectAccess", "Rehabilitative work activity"),
        "rehab_attendance": translate("SubjectAccess", "Attendance register"),
        "client_employment": translate("SubjectAccess", "Employment"),
        "archived_document": translate("SubjectAccess", "Document"),
        "audit_entry": translate("SubjectAccess", "Log entries"),
    }


def common_labels(texts: DocumentTexts) -> dict[str, str]:
    """Labels of columns that mean the same in every table."""
    translate = texts.translate
    return {
        "id": translate("SubjectAccess", "No."),
        "updated_at": translate("SubjectAccess", "Last changed"),
        "created_at": translate("SubjectAccess", "Recorded"),
        "started_on": translate("SubjectAccess", "Started"),
        "ended_on": translate("SubjectAccess", "Ended"),
        "starts_on": translate("SubjectAccess", "Starts"),
        "ends_on": translate("SubjectAccess", "Ends"),
        "start": translate("SubjectAccess", "Starts"),
        "end": translate("SubjectAccess", "Ends"),
        "end_reason": translate("SubjectAccess", "Reason for ending"),
        "on_date": translate("SubjectAccess", "Date"),
        "day": translate("SubjectAccess", "Date"),
        "notes": translate("SubjectAccess", "Notes"),
        "note": translate("SubjectAccess", "Note"),
        "comment": translate("SubjectAccess", "Comment"),
        "author_name": translate("SubjectAccess", "Written by"),
        "status": translate("SubjectAccess", "Status"),
        "kind": translate("SubjectAccess", "Kind"),
        "text": translate("SubjectAccess", "Text"),
        "outcome": translate("SubjectAccess", "Outcome"),
        "service": translate("SubjectAccess", "Service period"),
        "coach": translate("SubjectAccess", "Coach"),
        "employer": translate("SubjectAccess", "Employer"),
        "minutes": translate("SubjectAccess", "Minutes"),
        "next_step": translate("SubjectAccess", "Next step"),
        "next_step_on": translate("SubjectAccess", "Next step by"),
        "score": translate("SubjectAccess", "Score"),
        "overrides": translate("SubjectAccess", "Warnings passed with a reason"),
        "language": translate("SubjectAccess", "Language of the agreement"),
        "tasks": translate("SubjectAccess", "Tasks"),
        "hours_per_day": translate("SubjectAccess", "Hours a day"),
        "daily_timing": translate("SubjectAccess", "Daily working hours"),
        "weekdays": translate("SubjectAccess", "Weekdays"),
        "plan_date": translate("SubjectAccess", "Date of the plan"),
        "plan_reference": translate("SubjectAccess", "Plan reference"),
        "plan_process_id": translate("SubjectAccess", "Employment plan (guidance process no.)"),
        "decision_number": translate("SubjectAccess", "Decision number"),
        "decision_date": translate("SubjectAccess", "Decision date"),
        "supervisor_name": translate("SubjectAccess", "Supervisor"),
        "supervisor_phone": translate("SubjectAccess", "Supervisor's phone"),
        "supervisor_email": translate("SubjectAccess", "Supervisor's e-mail"),
        "phone": translate("SubjectAccess", "Phone"),
        "email": translate("SubjectAccess", "E-mail"),
        "street_address": translate("SubjectAccess", "Street address"),
        "postal_code": translate("SubjectAccess", "Postal code"),
        "post_office": translate("SubjectAccess", "Post office"),
        "name": translate("SubjectAccess", "Name"),
        "file": translate("SubjectAccess", "File in the zip"),
    }


def table_labels(texts: DocumentTexts) -> dict[str, dict[str, str]]:
    """Labels of columns particular to one table."""
    translate = texts.translate
    return {
        "client": {
            "first_name": translate("SubjectAccess", "First name"),
            "last_name": translate("SubjectAccess", "Last name"),
            "identity_code": translate("SubjectAccess", "Personal identity code"),
            "birth_date": translate("SubjectAccess", "Date of birth"),
            "service_language": translate("SubjectAccess", "Service language"),
            "other_language": translate("SubjectAccess", "Other language"),
            "interpreter_needed": translate("SubjectAccess", "Interpreter needed"),
            "benefit_status": translate("SubjectAccess", "Benefit"),
            "benefit_other": translate("SubjectAccess", "Other benefit"),
            "unemployed_since": translate("SubjectAccess", "Unemployed since"),
            "referral_source": translate("SubjectAccess", "Referred by"),
            "referrer_name": translate("SubjectAccess", "Contact person"),
            "referrer_phone": translate("SubjectAccess", "Contact person's phone"),
            "referrer_email": translate("SubjectAccess", "Contact person's e-mail"),
            "responsible_staff": translate("SubjectAccess", "Responsible staff member"),
            "consent_date": translate("SubjectAccess", "Information given on"),
            "consent_what": translate("SubjectAccess", "Information and consent"),
            "status": translate("SubjectAccess", "Client relationship"),
            "closed_on": translate("SubjectAccess", "Closed on"),
            "closing_reason": translate("SubjectAccess", "Reason for closing"),
            "created_at": translate("SubjectAccess", "Added to the register"),
            "last_event_at": translate("SubjectAccess", "Latest event"),
            "erased_at": translate("SubjectAccess", "Anonymised"),
        },
        "client_note": {
            "replaces": translate("SubjectAccess", "Replaces note no."),
        },
        "client_event": {
            "at": translate("SubjectAccess", "When"),
            "kind": translate("SubjectAccess", "What"),
            "actor_name": translate("SubjectAccess", "Who"),
            "details": translate("SubjectAccess", "Details"),
        },
        "client_service": {"kind": translate("SubjectAccess", "Service")},
        "guidance_process": {
            "counsellor": translate("SubjectAccess", "Counsellor"),
            "current_phase": translate("SubjectAccess", "Current phase"),
            "interrupted_reason": translate("SubjectAccess", "Reason for interrupting"),
            "education": translate("SubjectAccess", "Education"),
            "work_history": translate("SubjectAccess", "Work history"),
            "skills_client": translate("SubjectAccess", "Skills, in the client's view"),
            "skills_counsellor": translate("SubjectAccess", "Skills, in the counsellor's view"),
            "work_ability_client": translate(
                "SubjectAccess", "Work ability and health, in the client's view"
            ),
            "work_ability_counsellor": translate(
                "SubjectAccess", "Work ability and health, in the counsellor's view"
            ),
            "life_situation": translate("SubjectAccess", "Life situation"),
            "obstacles_client": translate(
                "SubjectAccess", "Obstacles to employment, in the client's view"
            ),
            "obstacles_counsellor": translate(
                "SubjectAccess", "Obstacles to employment, in the counsellor's view"
            ),
            "wishes": translate("SubjectAccess", "Wishes"),
            "situation_summary": translate("SubjectAccess", "Summary of the situation"),
            "plan_date": translate("SubjectAccess", "Date of the employment plan"),
            "job_search_obligation": translate("SubjectAccess", "Obligation to apply for jobs"),
            "job_search_count": translate("SubjectAccess", "Jobs to apply for"),
            "job_search_period_months": translate("SubjectAccess", "Period (months)"),
            "job_search_notes": translate("SubjectAccess", "Job search notes"),
            "next_review_on": translate("SubjectAccess", "Next review of the plan"),
            "evaluation_summary": translate("SubjectAccess", "Evaluation"),
            "next_steps": translate("SubjectAccess", "Next steps"),
            "next_steps_on": translate("SubjectAccess", "Next steps by"),
        },
        "guidance_goal": {
            "term": translate("SubjectAccess", "Term"),
            "text": translate("SubjectAccess", "Goal"),
            "achieved": translate("SubjectAccess", "Achieved"),
        },
        "guidance_option": {
            "text": translate("SubjectAccess", "Option"),
            "pros": translate("SubjectAccess", "For"),
            "cons": translate("SubjectAccess", "Against"),
            "client_assessment": translate("SubjectAccess", "The client's assessment"),
        },
        "guidance_measure": {
            "key": translate("SubjectAccess", "Measure no."),
            "kind": translate("SubjectAccess", "Measure"),
            "description": translate("SubjectAccess", "Description"),
            "responsible": translate("SubjectAccess", "Responsible"),
            "evaluation": translate("SubjectAccess", "Evaluation"),
        },
        "guidance_follow_up": {
            "held_on": translate("SubjectAccess", "Held on"),
            "measure_key": translate("SubjectAccess", "Measure no."),
            "next_meeting": translate("SubjectAccess", "Next meeting"),
        },
        "guidance_referral": {
            "target": translate("SubjectAccess", "Referred to"),
            "referred_on": translate("SubjectAccess", "Referred on"),
            "reason": translate("SubjectAccess", "Reason"),
            "phase": translate("SubjectAccess", "Phase"),
        },
        "job_coaching_case": {
            "job_title": translate("SubjectAccess", "Job title"),
            "working_hours": translate("SubjectAccess", "Working hours"),
            "employment_begun": translate("SubjectAccess", "Employment has begun"),
            "employment_started_on": translate("SubjectAccess", "Employment started on"),
            "wage_subsidy_reference": translate("SubjectAccess", "Wage subsidy decision"),
        },
        "job_coaching_entry": {
            "kind": translate("SubjectAccess", "Task"),
            "participants": translate("SubjectAccess", "Participants"),
        },
        "skill_assessment": {
            "with_employer": translate("SubjectAccess", "Together with the employer"),
        },
        "skill_rating": {"skill": translate("SubjectAccess", "Skill")},
        "coaching_goal": {
            "area": translate("SubjectAccess", "Area"),
            "text": translate("SubjectAccess", "Goal"),
        },
        "coaching_session": {"themes": translate("SubjectAccess", "Themes")},
        "coaching_professional": {
            "sector": translate("SubjectAccess", "Sector"),
            "organisation": translate("SubjectAccess", "Organisation"),
            "contact": translate("SubjectAccess", "Contact details"),
        },
        "group_member": {
            "group": translate("SubjectAccess", "Group"),
            "joined_on": translate("SubjectAccess", "Joined"),
            "left_on": translate("SubjectAccess", "Left"),
            "outcome_note": translate("SubjectAccess", "About the outcome"),
        },
        "attendance": {"session": translate("SubjectAccess", "Session")},
        "work_trial": {
            "organiser_kind": translate("SubjectAccess", "Organiser"),
            "workplace": translate("SubjectAccess", "Workplace"),
            "workplace_address": translate("SubjectAccess", "Address of the workplace"),
            "goals": translate("SubjectAccess", "Goals"),
            "benefit_payer": translate("SubjectAccess", "Payer of the unemployment benefit"),
            "fund_name": translate("SubjectAccess", "Unemployment fund"),
            "authority_name": translate("SubjectAccess", "Employment authority"),
            "authority_contact": translate("SubjectAccess", "Contact at the authority"),
            "authority_decision_date": translate("SubjectAccess", "Date of the referral"),
            "outside_commuting_area": translate("SubjectAccess", "Outside the commuting area"),
            "extra_terms": translate("SubjectAccess", "Other terms"),
            "assessment": translate("SubjectAccess", "Assessment after the trial"),
        },
        "work_trial_absence": {"authorised": translate("SubjectAccess", "Authorised")},
        "wage_subsidy": {
            "trial_months": translate("SubjectAccess", "Trial period (months)"),
            "fixed_term": translate("SubjectAccess", "Fixed-term"),
            "fixed_term_ground": translate("SubjectAccess", "Ground for the fixed term"),
            "long_term_unemployed_contract": translate(
                "SubjectAccess", "Fixed term because long-term unemployed"
            ),
            "place_of_work": translate("SubjectAccess", "Place of work"),
            "duties": translate("SubjectAccess", "Duties"),
            "pay_basis": translate("SubjectAccess", "Pay basis"),
            "pay_basis_other": translate("SubjectAccess", "Other pay basis"),
            "pay_amount": translate("SubjectAccess", "Pay (€)"),
            "pay_period": translate("SubjectAccess", "Pay period"),
            "pay_days": translate("SubjectAccess", "Pay days"),
            "hours_per_week": translate("SubjectAccess", "Hours a week"),
            "working_time_percent": translate("SubjectAccess", "Working time (%)"),
            "annual_leave": translate("SubjectAccess", "Annual leave"),
            "notice_period": translate("SubjectAccess", "Notice period"),
            "collective_agreement": translate("SubjectAccess", "Collective agreement"),
            "insurance": translate("SubjectAccess", "Insurance"),
            "other_terms": translate("SubjectAccess", "Other terms"),
            "track": translate("SubjectAccess", "Subsidy track"),
            "subsidy_percent": translate("SubjectAccess", "Subsidy (%)"),
            "subsidy_start": translate("SubjectAccess", "Subsidy starts"),
            "subsidy_end": translate("SubjectAccess", "Subsidy ends"),
            "monthly_cap": translate("SubjectAccess", "Monthly maximum (€)"),
            "grantor": translate("SubjectAccess", "Granted by"),
            "is_extension": translate("SubjectAccess", "Extension"),
            "unemployment_condition_met": translate("SubjectAccess", "Unemployment condition met"),
            "non_business_work": translate("SubjectAccess", "Non-business work"),
            "job_coach": translate("SubjectAccess", "Job coach"),
        },
        "rehab_work": {
            "county_name": translate("SubjectAccess", "Wellbeing services county"),
            "county_contact": translate("SubjectAccess", "Contact at the county"),
            "goal": translate("SubjectAccess", "Goal"),
            "place": translate("SubjectAccess", "Place"),
            "place_address": translate("SubjectAccess", "Address of the place"),
            "support": translate("SubjectAccess", "Support and guidance"),
            "other_services": translate("SubjectAccess", "Other services"),
            "evaluation_date": translate("SubjectAccess", "Evaluation on"),
            "follow_up_date": translate("SubjectAccess", "Follow-up on"),
            "travel_cost_per_day": translate("SubjectAccess", "Travel costs a day (€)"),
            "obligations": translate("SubjectAccess", "Obligations"),
        },
        "rehab_attendance": {"travel_cost": translate("SubjectAccess", "Travel costs (€)")},
        "client_employment": {
            "employer_name": translate("SubjectAccess", "Employer as written"),
            "business_id": translate("SubjectAccess", "Employer's Business ID"),
            "part_time": translate("SubjectAccess", "Part-time"),
            "hours_per_week": translate("SubjectAccess", "Hours a week"),
        },
        "archived_document": {
            "kind": translate("SubjectAccess", "Kind of document"),
            "object_id": translate("SubjectAccess", "Record no."),
            "source_revision": translate("SubjectAccess", "Revision of the record"),
            "version": translate("SubjectAccess", "Version"),
            "language": translate("SubjectAccess", "Language"),
            "title": translate("SubjectAccess", "Title"),
            "number": translate("SubjectAccess", "Document number"),
            "sha256": translate("SubjectAccess", "SHA-256 checksum"),
            "size": translate("SubjectAccess", "Size (bytes)"),
            "created_at": translate("SubjectAccess", "Printed"),
            "created_by": translate("SubjectAccess", "Printed by"),
            "signed_on": translate("SubjectAccess", "Signed on"),
            "signed_by": translate("SubjectAccess", "Signed by"),
            "signing_recorded_at": translate("SubjectAccess", "Signing recorded"),
        },
        "audit_entry": {
            "at": translate("SubjectAccess", "Time"),
            "username": translate("SubjectAccess", "User"),
            "role": translate("SubjectAccess", "Role"),
            "workstation": translate("SubjectAccess", "Workstation"),
            "object_type": translate("SubjectAccess", "Object"),
            "object_id": translate("SubjectAccess", "Object no."),
            "action": translate("SubjectAccess", "Action"),
            "reason": translate("SubjectAccess", "Reason given"),
        },
    }


def client_groups(texts: DocumentTexts) -> list[tuple[str, tuple[str, ...]]]:
    """The client record's columns under subheadings (columns in no group go last)."""
    translate = texts.translate
    return [
        (
            translate("SubjectAccess", "Identity and language"),
            (
                "first_name",
                "last_name",
                "identity_code",
                "birth_date",
                "service_language",
                "other_language",
                "interpreter_needed",
            ),
        ),
        (
            translate("SubjectAccess", "Contact details"),
            ("phone", "email", "street_address", "postal_code", "post_office"),
        ),
        (
            translate("SubjectAccess", "Benefit and referral"),
            (
                "benefit_status",
                "benefit_other",
                "unemployed_since",
                "referral_source",
                "referrer_name",
                "referrer_phone",
                "referrer_email",
            ),
        ),
        (
            translate("SubjectAccess", "Client relationship"),
            (
                "responsible_staff",
                "consent_date",
                "consent_what",
                "status",
                "closed_on",
                "closing_reason",
                "outcome",
                "created_at",
                "last_event_at",
                "updated_at",
                "erased_at",
            ),
        ),
    ]


def detail_keys(texts: DocumentTexts) -> dict[str, str]:
    """Names of what a timeline event's details say."""
    translate = texts.translate
    return {
        "service": translate("SubjectAccess", "service"),
        "task": translate("SubjectAccess", "task"),
        "title": translate("SubjectAccess", "title"),
        "version": translate("SubjectAccess", "version"),
        "group": translate("SubjectAccess", "group"),
        "outcome": translate("SubjectAccess", "outcome"),
        "reason": translate("SubjectAccess", "reason"),
        "fields": translate("SubjectAccess", "fields"),
        "kind": translate("SubjectAccess", "kind"),
        "started_on": translate("SubjectAccess", "started"),
        "ended_on": translate("SubjectAccess", "ended"),
    }


def document_kinds(texts: DocumentTexts) -> dict[str, str]:
    """The printed documents (``services.rendering`` kinds)."""
    translate = texts.translate
    return {
        "work-trial": translate("SubjectAccess", "Work-trial agreement"),
        "wage-subsidy": translate("SubjectAccess", "Employment contract (wage subsidy)"),
        "rehab-work": translate("SubjectAccess", "Rehabilitative work activity agreement"),
        "employment-plan": translate("SubjectAccess", "Employment plan"),
        "attendance-sheet": translate("SubjectAccess", "Attendance sheet"),
    }


def object_names(texts: DocumentTexts) -> dict[str, str]:
    """What a log entry was about, where it is not one of the tables' names."""
    translate = texts.translate
    return {
        "note": translate("SubjectAccess", "Note"),
        "document": translate("SubjectAccess", "Document"),
        "service": translate("SubjectAccess", "Service period"),
        "arrangement": translate("SubjectAccess", "Supported work agreement"),
        "subject_access": translate("SubjectAccess", "Subject-access report"),
        "audit_log": translate("SubjectAccess", "Log extract"),
    }


def event_names(texts: DocumentTexts) -> dict[str, str]:
    """Timeline events: the client register's and the coaching services' own."""
    translate = texts.translate
    return {
        **vocab.client_event_kinds(texts),
        "coaching_entry": translate("SubjectAccess", "Job coaching: task recorded"),
        "skills_assessed": translate("Coaching", "Job coaching: work-coping skills assessed"),
        "coaching_session": translate("Coaching", "Individual coaching: session"),
        "goal_progress": translate("Coaching", "Individual coaching: progress on a goal recorded"),
        "group_joined": translate("SubjectAccess", "Joined a coaching group"),
        "group_left": translate("SubjectAccess", "Left a coaching group"),
        "group_outcome": translate("SubjectAccess", "Outcome of group coaching recorded"),
    }


def value_names(texts: DocumentTexts) -> dict[tuple[str, str], dict]:
    """Names of the codes stored in some columns: (table, column) -> {code: name}."""
    languages = vocab.client_service_languages(texts)
    phases = dict(enumerate(vocab.guidance_phases(texts), start=1))
    scale = vocab.coaching_scale(texts)
    return {
        ("client", "service_language"): languages,
        ("client", "benefit_status"): vocab.client_benefit_statuses(texts),
        ("client", "referral_source"): vocab.client_referral_sources(texts),
        ("client", "status"): vocab.client_statuses(texts),
        ("client", "outcome"): vocab.client_outcomes(texts),
        ("client_service", "kind"): vocab.client_service_kinds(texts),
        ("client_event", "kind"): event_names(texts),
        ("guidance_process", "status"): vocab.guidance_statuses(texts),
        ("guidance_process", "outcome"): vocab.guidance_outcomes(texts),
        ("guidance_process", "current_phase"): phases,
        ("guidance_goal", "term"): vocab.guidance_goal_terms(texts),
        ("guidance_measure", "kind"): vocab.guidance_measure_kinds(texts),
        ("guidance_measure", "status"): vocab.guidance_measure_statuses(texts),
        ("guidance_follow_up", "kind"): vocab.guidance_follow_up_kinds(texts),
        ("guidance_referral", "target"): vocab.guidance_referral_targets(texts),
        ("guidance_referral", "status"): vocab.guidance_referral_statuses(texts),
        ("guidance_referral", "phase"): phases,
        ("job_coaching_entry", "kind"): vocab.coaching_task_kinds(texts),
        ("skill_rating", "score"): scale,
        ("goal_progress", "score"): scale,
        ("coaching_goal", "area"): vocab.coaching_goal_areas(texts),
        ("coaching_professional", "sector"): vocab.coaching_professional_sectors(texts),
        ("group_member", "outcome"): vocab.coaching_member_outcomes(texts),
        ("attendance", "status"): vocab.coaching_attendance(texts),
        ("work_trial", "organiser_kind"): vocab.supported_organiser_kinds(texts),
        ("work_trial", "benefit_payer"): vocab.supported_benefit_payers(texts),
        ("work_trial", "language"): languages,
        ("wage_subsidy", "language"): languages,
        ("rehab_work", "language"): languages,
        ("archived_document", "language"): languages,
        ("archived_document", "kind"): document_kinds(texts),
        ("wage_subsidy", "track"): vocab.supported_tracks(texts),
        ("wage_subsidy", "pay_basis"): vocab.supported_pay_bases(texts),
        ("wage_subsidy", "pay_period"): vocab.supported_pay_periods(texts),
        ("rehab_attendance", "status"): vocab.supported_attendance(texts),
        ("audit_entry", "action"): vocab.audit_action_names(texts),
    }


class _Printer:
    def __init__(self, data, texts: DocumentTexts) -> None:
        self.data = data
        self.texts = texts
        self.common = common_labels(texts)
        self.labels = table_labels(texts)
        self.tables = table_titles(texts)
        self.values = value_names(texts)
        self.service_kinds = vocab.client_service_kinds(texts)
        self.skills = vocab.coaching_skills(texts)
        self.task_kinds = vocab.coaching_task_kinds(texts)
        self.detail_keys = detail_keys(texts)
        self.objects = object_names(texts)
        self._after_heading = False
        self.days = get_day_names("abbreviated", locale=f"{texts.language}_FI")

    # -- columns ----------------------------------------------------------------------------

    def label(self, table: str, column: str) -> str:
        return self.labels.get(table, {}).get(column) or self.common.get(column) or column

    def shown(self, record) -> list[str]:
        hidden = HIDDEN | HIDDEN_BY_TABLE.get(record.table, set()) | {record.link}
        columns = [
            c for c in record.fields if c not in hidden or (c == "id" and record.table in SHOWN_IDS)
        ]
        if "file" in record.references:
            columns.append("file")
        return columns

    def value(self, record, column: str) -> str:
        if column in record.references:
            return self.reference(column, record.references[column], record.fields.get(column))
        value = record.fields.get(column)
        if value == "":
            return ""
        names = self.values.get((record.table, column))
        if names is not None and value in names:
            return names[value]
        if record.table == "audit_entry" and column == "object_type":
            kind = self.objects.get(str(value)) or self.tables.get(str(value), str(value))
            number = record.fields.get("object_id") or ""
            return f"{kind} {number}".strip()
        if column == "weekdays" and isinstance(value, str):
            days = [int(d) for d in value if d in "1234567"]
            return ", ".join(self.days[d - 1] for d in days)
        if column == "details" and isinstance(value, str) and value.startswith("{"):
            return self.details(value)
        return self.plain(value)

    def plain(self, value: object) -> str:
        texts = self.texts
        if value is None or value == "":
            return ""
        if isinstance(value, bool):
            return texts.yes_no(value)
        if isinstance(value, dt.datetime):
            return f"{texts.date(value.date())} {value.hour}.{value.minute:02d}"
        if isinstance(value, dt.date):
            return texts.date(value)
        if isinstance(value, decimal.Decimal | float):
            return texts.number(value)
        return str(value)

    def details(self, text: str) -> str:
        try:
            details = json.loads(text)
        except ValueError:
            return text
        if not isinstance(details, dict):
            return text
        parts = []
        for key, value in details.items():
            if key == "service":
                value = self.service_kinds.get(value, value)
            elif key == "task":
                value = self.task_kinds.get(value, value)
            key = self.detail_keys.get(key, key)
            if isinstance(value, str) and _ISO_DATE.match(value):
                try:
                    value = self.texts.date(dt.date.fromisoformat(value[:10]))
                except ValueError:
                    pass
            parts.append(f"{key}: {value}")
        return "; ".join(parts)

    def reference(self, column: str, text: str, row_id: object) -> str:
        if column == "service":
            kind, _, rest = text.partition(" ")
            text = f"{self.service_kinds.get(kind, kind)} {rest}".strip()
        elif column == "skill":
            text = self.skills.get(text, text)
        match = _ISO_DATE.search(text)
        if match:
            try:
                day = self.texts.date(dt.date.fromisoformat(match.group(1)))
                text = text.replace(match.group(1), day, 1)
            except ValueError:
                pass
        return text

    # -- records ----------------------------------------------------------------------------

    def heading(self, doc: DocumentBuilder, text: str) -> None:
        doc.heading(text)
        self._after_heading = True

    def subheading(self, doc: DocumentBuilder, text: str) -> None:
        if self._after_heading:
            # The heading already asked for room; a second page break would orphan it.
            doc.markup(escape(text), style=doc.styles.subheading)
        else:
            doc.subheading(text)
        self._after_heading = False

    def is_tabular(self, records) -> bool:
        return all(not r.children for r in records) and all(
            len(self.shown(r)) <= MAX_TABLE_COLUMNS for r in records
        )

    def rows(self, doc: DocumentBuilder, records, *, title: str, level: int) -> None:
        if not records:
            return
        if self.is_tabular(records):
            columns = self.shown(records[0])
            if level:
                self.subheading(doc, title)
            self._after_heading = False
            _table(
                doc,
                [self.label(records[0].table, c) for c in columns],
                [[self.value(r, c) for c in columns] for r in records],
                _widths(records[0].table, columns) or [1 / len(columns)] * len(columns),
            )
            return
        for index, record in enumerate(records, start=1):
            heading = title if len(records) == 1 else f"{title} ({index}/{len(records)})"
            self.subheading(doc, heading)
            doc.fields(
                [(self.label(record.table, c), self.value(record, c)) for c in self.shown(record)]
            )
            for table, children in record.children.items():
                self.rows(doc, children, title=self.tables.get(table, table), level=level + 1)

    def client(self, doc: DocumentBuilder, record) -> None:
        done: set[str] = set()
        for title, columns in client_groups(self.texts):
            self.subheading(doc, title)
            doc.fields([(self.label("client", c), self.value(record, c)) for c in columns])
            done.update(columns)
        rest = [c for c in self.shown(record) if c not in done]
        if rest:
            doc.subheading(self.texts.translate("SubjectAccess", "Other data"))
            doc.fields([(self.label("client", c), self.value(record, c)) for c in rest])


_WIDTHS: dict[str, dict[str, float]] = {
    "client_note": {"id": 0.07, "text": 0.5, "created_at": 0.15, "author_name": 0.16},
    "client_event": {"at": 0.17, "kind": 0.26, "actor_name": 0.17},
    "audit_entry": {
        "at": 0.18,
        "username": 0.12,
        "role": 0.11,
        "workstation": 0.16,
        "object_type": 0.16,
        "action": 0.11,
    },
}


def _table(
    doc: DocumentBuilder, header: list[str], rows: list[list[str]], widths: list[float]
) -> None:
    """A grid like ``DocumentBuilder.table``, faster for the thousands of rows of a long log.

    A value that fits its cell on one line is drawn as a plain string (a
    ReportLab Paragraph per cell costs about three times as much); longer ones
    wrap as Paragraphs. Plain strings are drawn literally, so user text needs
    no escaping there.
    """
    styles = doc.styles
    cell = styles.cell
    padding = 6
    columns = [TEXT_WIDTH * w for w in widths]
    data: list[list[object]] = [[Paragraph(escape(h), styles.header_cell) for h in header]]
    for row in rows:
        cells: list[object] = []
        for value, width in zip(row, columns, strict=True):
            text = _CONTROL.sub("", value)
            if (
                "\n" not in text
                and "\r" not in text
                and stringWidth(text, cell.fontName, cell.fontSize) <= width - padding
            ):
                cells.append(text)
            else:
                cells.append(Paragraph(escape(text), cell))
        data.append(cells)
    grid = Table(
        data,
        colWidths=columns,
        repeatRows=1,
        hAlign="LEFT",
        splitByRow=1,
        splitInRow=SPLIT_IN_ROW,  # a note longer than a page continues on the next
    )
    grid.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE_COLOUR),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    doc.story.append(grid)
    doc.story.append(Spacer(1, 3 * mm))


def _widths(table: str, columns: list[str]) -> list[float] | None:
    """Column widths as fractions: the known ones, the rest share what is left."""
    known = _WIDTHS.get(table)
    if not known:
        return None
    fixed = sum(known.get(c, 0) for c in columns)
    free = [c for c in columns if c not in known]
    share = (1 - fixed) / len(free) if free else 0
    widths = [known.get(c, share) for c in columns]
    total = sum(widths)
    return [w / total for w in widths]


def labels_missing(data, language: str = "fi") -> list[tuple[str, str]]:
    """(table, column) printed without a label of its own (for the completeness test)."""
    printer = _Printer(data, DocumentTexts(language))
    missing = set()

    def walk(records) -> None:
        for record in records:
            for column in printer.shown(record):
                if printer.label(record.table, column) == column:
                    missing.add((record.table, column))
            for table, children in record.children.items():
                if table not in printer.tables:
                    missing.add((table, ""))
                walk(children)

    for records in data.sections.values():
        walk(records)
    return sorted(missing)


def render_subject_access(data, letterhead: Letterhead, language: str) -> bytes:
    """PDF bytes of the report of ``data`` (``services.subject_access.SubjectAccessData``)."""
    texts = DocumentTexts(language)
    translate = texts.translate
    printer = _Printer(data, texts)
    title = translate("SubjectAccess", "Subject-access report")
    info = DocumentInfo(
        title=title,
        letterhead=letterhead,
        number=f"{data.client_id}",
        printed_on=data.generated_at.date(),
        subject=data.client_name,
    )
    doc = DocumentBuilder(info, texts)
    doc.title()
    doc.fields(
        [
            (translate("SubjectAccess", "Client"), data.client_name),
            (translate("SubjectAccess", "Client number"), str(data.client_id)),
            (translate("SubjectAccess", "Created"), printer.plain(data.generated_at)),
            (translate("SubjectAccess", "Created by"), data.generated_by),
        ]
    )
    doc.paragraph(
        translate(
            "SubjectAccess",
            "This report lists all the data the unit's client register holds about the client "
            "(the right of access, GDPR article 15): the basic data, notes with their earlier "
            "versions, the timeline, services and their records, archived documents and the log "
            "of who has processed the data. The same data is in the file data.json in a "
            "machine-readable form, and the archived documents are in the folder documents "
            "of the same zip file.",
        )
    )
    titles = section_titles(texts)
    for key, records in data.sections.items():
        printer.heading(doc, titles.get(key, key))
        if not records:
            doc.paragraph(translate("SubjectAccess", "No records."))
            continue
        if key == "client":
            printer.client(doc, records[0])
            continue
        table = records[0].table
        printer.rows(doc, records, title=printer.tables.get(table, table), level=0)
    damaged = [f for f in data.files if not f.intact]
    if damaged:
        doc.heading(translate("SubjectAccess", "Documents that do not match their checksum"))
        doc.paragraph(", ".join(f.path for f in damaged))
    return doc.render()
