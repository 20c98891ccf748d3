"""Translated names for the guidance vocabularies of domain/guidance.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def phases() -> list[str]:
    translate = QCoreApplication.translate
    return [
        translate("GuidanceVocabulary", "Initial assessment and situation"),
        translate("GuidanceVocabulary", "Goals and realistic options"),
        translate("GuidanceVocabulary", "Employment plan"),
        translate("GuidanceVocabulary", "Support and guidance during implementation"),
        translate("GuidanceVocabulary", "Evaluation and next steps"),
    ]


def statuses() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "draft": translate("GuidanceVocabulary", "Draft"),
        "in_progress": translate("GuidanceVocabulary", "In progress"),
        "completed": translate("GuidanceVocabulary", "Completed"),
        "interrupted": translate("GuidanceVocabulary", "Interrupted"),
    }


def goal_terms() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "short": translate("GuidanceVocabulary", "Short-term"),
        "long": translate("GuidanceVocabulary", "Long-term"),
    }


def measure_kinds() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "job_coaching": translate("GuidanceVocabulary", "Job coaching"),
        "individual_coaching": translate("GuidanceVocabulary", "Individual coaching"),
        "group_coaching": translate("GuidanceVocabulary", "Group coaching"),
        "work_trial": translate("GuidanceVocabulary", "Work trial"),
        "wage_subsidy": translate("GuidanceVocabulary", "Wage-subsidised work"),
        "rehabilitative_work": translate("GuidanceVocabulary", "Rehabilitative work activity"),
        "education": translate("GuidanceVocabulary", "Education"),
        "other_service": translate("GuidanceVocabulary", "Other service"),
    }


def measure_statuses() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "planned": translate("GuidanceVocabulary", "Planned"),
        "in_progress": translate("GuidanceVocabulary", "Under way"),
        "done": translate("GuidanceVocabulary", "Done"),
        "cancelled": translate("GuidanceVocabulary", "Cancelled"),
    }


def follow_up_kinds() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "meeting": translate("GuidanceVocabulary", "Meeting"),
        "phone": translate("GuidanceVocabulary", "Phone call"),
        "workplace_visit": translate("GuidanceVocabulary", "Visit to the workplace"),
    }


def referral_targets() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "social_services": translate("GuidanceVocabulary", "Social services"),
        "health_care": translate("GuidanceVocabulary", "Health care"),
        "education": translate("GuidanceVocabulary", "Education"),
        "kela": translate("GuidanceVocabulary", "Kela"),
        "debt_counselling": translate("GuidanceVocabulary", "Debt counselling"),
        "mental_health_substance_abuse": translate(
            "GuidanceVocabulary", "Mental health and substance abuse services"
        ),
        "other": translate("GuidanceVocabulary", "Other"),
    }


def referral_statuses() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "proposed": translate("GuidanceVocabulary", "Proposed"),
        "made": translate("GuidanceVocabulary", "Made"),
        "realised": translate("GuidanceVocabulary", "Realised"),
        "declined": translate("GuidanceVocabulary", "Declined"),
    }


def outcomes() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "": translate("GuidanceVocabulary", "(choose)"),
        "open_labour_market": translate("GuidanceVocabulary", "Work on the open labour market"),
        "wage_subsidised": translate("GuidanceVocabulary", "Wage-subsidised work"),
        "education": translate("GuidanceVocabulary", "Education"),
        "rehabilitation": translate("GuidanceVocabulary", "Rehabilitation"),
        "other_service": translate("GuidanceVocabulary", "Other service"),
        "continues_guidance": translate("GuidanceVocabulary", "Guidance continues"),
        "no_change": translate("GuidanceVocabulary", "No change in the situation"),
    }


def finding_text(code: str) -> str:
    """Sentences for the guidance findings; the general ones are in ui/messages.py."""
    translate = QCoreApplication.translate
    texts = {
        "guidance.goal_required": translate(
            "GuidanceVocabulary", "Add at least one goal agreed with the client."
        ),
        "guidance.measure_required": translate(
            "GuidanceVocabulary", "Add at least one measure to the plan."
        ),
        "guidance.measure_dates": translate(
            "GuidanceVocabulary", "A measure ends before it starts; check its dates."
        ),
        "guidance.closed": translate(
            "GuidanceVocabulary", "This process has already ended and can no longer be changed."
        ),
    }
    return texts.get(code, "")
