"""Sentences for the problems an import finds, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.findings import Finding
from ..messages import finding_text


def problem_text(finding: Finding) -> str:
    """``finding_text`` for the form's findings, and the import's own ones."""
    translate = QCoreApplication.translate
    value = str(finding.params.get("value", ""))
    texts = {
        "import.choice": translate(
            "ImportProblems", "\u201c%1\u201d is not one of the choices of this field."
        ),
        "import.yes_no": translate(
            "ImportProblems", "\u201c%1\u201d is not yes or no (kyllä/ei, ja/nej, 1/0)."
        ),
        "import.staff": translate(
            "ImportProblems", "There is no staff member called \u201c%1\u201d."
        ),
        "import.duplicate_row": translate(
            "ImportProblems", "The same code is already on row %1 of the file."
        ).replace("%1", str(finding.params.get("row", ""))),
        # No name: the importing administrator sees no client data of the register.
        "identity_code.duplicate": translate(
            "ImportProblems", "A client with this identity code is already in the register."
        ),
        "business_id.duplicate": translate(
            "ImportProblems", "An employer with this Business ID is already in the register: %1."
        ).replace("%1", str(finding.params.get("name", ""))),
    }
    text = texts.get(finding.code)
    if text is None:
        return finding_text(finding)
    return text.replace("%1", value) if "%1" in text else text
