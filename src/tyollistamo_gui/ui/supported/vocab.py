"""Translated names of the supported-work vocabularies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kinds() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "work_trial": translate("SupportedVocabulary", "Work trial"),
        "wage_subsidy": translate("SupportedVocabulary", "Wage-subsidised employment"),
        "rehab_work": translate("SupportedVocabulary", "Rehabilitative work activity"),
    }


def states() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "draft": translate("SupportedVocabulary", "Draft"),
        "printed": translate("SupportedVocabulary", "Printed, not signed"),
        "signed": translate("SupportedVocabulary", "Signed"),
        "ended": translate("SupportedVocabulary", "Ended"),
    }


def organiser_kinds() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "employer": translate("SupportedVocabulary", "An employer or community"),
        "unit": translate("SupportedVocabulary", "Our unit"),
    }


def benefit_payers() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "kela": translate("SupportedVocabulary", "Kela"),
        "fund": translate("SupportedVocabulary", "Unemployment fund"),
    }


def tracks() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "skills": translate("SupportedVocabulary", "50 %: lack of professional skills"),
        "reduced_ability": translate("SupportedVocabulary", "70 %: reduced work ability"),
        "association": translate("SupportedVocabulary", "100 %: association, foundation"),
        "age_60": translate("SupportedVocabulary", "Aged 60 or over"),
    }


def pay_bases() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "time": translate("SupportedVocabulary", "Time rate"),
        "performance": translate("SupportedVocabulary", "Piece or performance rate"),
        "other": translate("SupportedVocabulary", "Other"),
    }


def pay_periods() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "month": translate("SupportedVocabulary", "Monthly"),
        "two_weeks": translate("SupportedVocabulary", "Every two weeks"),
        "week": translate("SupportedVocabulary", "Weekly"),
    }


def attendance() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "present": translate("SupportedVocabulary", "Present"),
        "absent_excused": translate("SupportedVocabulary", "Absent, excused"),
        "absent": translate("SupportedVocabulary", "Absent"),
    }


def weekdays_short() -> list[str]:
    translate = QCoreApplication.translate
    return [
        translate("SupportedVocabulary", "Mon"),
        translate("SupportedVocabulary", "Tue"),
        translate("SupportedVocabulary", "Wed"),
        translate("SupportedVocabulary", "Thu"),
        translate("SupportedVocabulary", "Fri"),
        translate("SupportedVocabulary", "Sat"),
        translate("SupportedVocabulary", "Sun"),
    ]


def document_languages() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "": translate("SupportedVocabulary", "The client's language"),
        "fi": "suomi",
        "sv": "svenska",
    }
