"""Translated names for employer vocabularies and arrangement states."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def organisation_kinds() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "company": translate("Vocabulary", "Company"),
        "association": translate("Vocabulary", "Association"),
        "foundation": translate("Vocabulary", "Foundation"),
        "religious_community": translate("Vocabulary", "Religious community"),
        "municipality": translate("Vocabulary", "Municipality"),
        "wellbeing_county": translate("Vocabulary", "Wellbeing services county"),
        "state": translate("Vocabulary", "State agency"),
    }


def arrangement_states() -> dict[str, str]:
    """States shown on the employer card; supported work adds its own codes here."""
    translate = QCoreApplication.translate
    return {
        "open": translate("Vocabulary", "In progress"),
        "ended": translate("Vocabulary", "Ended"),
        "draft": translate("SupportedVocabulary", "Draft"),
        "printed": translate("SupportedVocabulary", "Printed, not signed"),
        "signed": translate("SupportedVocabulary", "Signed"),
    }
