"""Translated names for the client vocabularies of domain/clients.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def service_languages() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "fi": translate("Vocabulary", "Finnish"),
        "sv": translate("Vocabulary", "Swedish"),
        "other": translate("Vocabulary", "Other language"),
    }


def benefit_statuses() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "labour_market_subsidy": translate("Vocabulary", "Labour market subsidy"),
        "earnings_related": translate("Vocabulary", "Earnings-related unemployment allowance"),
        "basic_allowance": translate("Vocabulary", "Basic unemployment allowance"),
        "social_assistance": translate("Vocabulary", "Social assistance"),
        "none": translate("Vocabulary", "No benefit"),
        "other": translate("Vocabulary", "Other benefit"),
    }


def referral_sources() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "": translate("Vocabulary", "(not recorded)"),
        "employment_authority": translate("Vocabulary", "Employment authority"),
        "wellbeing_county": translate("Vocabulary", "Wellbeing services county / social services"),
        "kela": translate("Vocabulary", "Kela"),
        "self": translate("Vocabulary", "Came on their own"),
        "other": translate("Vocabulary", "Other"),
    }


def statuses() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "active": translate("Vocabulary", "Active"),
        "closed": translate("Vocabulary", "Closed"),
    }


def outcomes() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "": translate("Vocabulary", "(choose)"),
        "open_labour_market": translate("Vocabulary", "Work on the open labour market"),
        "wage_subsidised": translate("Vocabulary", "Wage-subsidised work"),
        "education": translate("Vocabulary", "Education"),
        "rehabilitation": translate("Vocabulary", "Rehabilitation"),
        "other_service": translate("Vocabulary", "Other service"),
        "moved_away": translate("Vocabulary", "Moved away"),
        "not_reached": translate("Vocabulary", "Not reached"),
    }


def service_kinds() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "guidance": translate("Vocabulary", "Guidance"),
        "job_coaching": translate("Vocabulary", "Job coaching"),
        "individual_coaching": translate("Vocabulary", "Individual coaching"),
        "group_coaching": translate("Vocabulary", "Group coaching"),
        "work_trial": translate("Vocabulary", "Work trial"),
        "wage_subsidy": translate("Vocabulary", "Wage-subsidised work"),
        "rehabilitative_work": translate("Vocabulary", "Rehabilitative work activity"),
    }


def event_kinds() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "created": translate("Vocabulary", "Client added"),
        "edited": translate("Vocabulary", "Basic data edited"),
        "closed": translate("Vocabulary", "Client closed"),
        "reopened": translate("Vocabulary", "Client reopened"),
        "note_added": translate("Vocabulary", "Note added"),
        "note_edited": translate("Vocabulary", "Note edited"),
        "service_started": translate("Vocabulary", "Service started"),
        "service_ended": translate("Vocabulary", "Service ended"),
        "agreement_edited": translate("Vocabulary", "Agreement edited"),
        "warning_overridden": translate("Vocabulary", "Warning overridden with a reason"),
        "document_printed": translate("Vocabulary", "Document printed"),
        "document_signed": translate("Vocabulary", "Signing recorded"),
        "guidance_started": translate("Vocabulary", "Guidance process started"),
        "guidance_completed": translate("Vocabulary", "Guidance process completed"),
        "guidance_interrupted": translate("Vocabulary", "Guidance process interrupted"),
    }
