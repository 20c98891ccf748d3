"""Preview, print and save the employment plan of a guidance process."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.findings import ValidationFailed
from ...services import guidance as service
from ...services.database import DatabaseUnavailable
from ..context import AppContext
from . import vocab
from .wizard import guidance_signals


def preview_plan(context: AppContext, process_id: int, parent: QWidget | None = None):
    """Open the plan's preview (Print…, Save PDF…), or say which pages still lack something."""
    from ..documents.preview import DocumentPreview

    translate = QCoreApplication.translate
    try:
        missing = service.check_printable(process_id)
        if missing:
            raise ValidationFailed(missing)
        language = service.plan_language(process_id)
        preview = DocumentPreview(
            context,
            lambda chosen: service.plan_document(process_id, chosen),
            language=language,
            parent=parent,
        )
    except ValidationFailed as failed:
        phases = sorted({int(f.params.get("phase", 0)) for f in failed.findings})
        names = "\n".join(f"• {vocab.phases()[phase]}" for phase in phases)
        box = QMessageBox(parent)
        box.setObjectName("PlanNotPrintable")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("GuidancePlan", "The plan is not complete yet"))
        box.setText(
            translate(
                "GuidancePlan",
                "The employment plan can be printed when the required information is filled "
                "in on these pages:",
            )
            + "\n\n"
            + names
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
    except DatabaseUnavailable:
        QMessageBox.warning(
            parent,
            translate("GuidancePlan", "Database not available"),
            translate("GuidancePlan", "The database cannot be reached just now. Try again."),
        )
        return None
    client_id = preview.document.client_id
    # The Documents tab and the history show the archived copy.
    preview.archived.connect(lambda _record: guidance_signals().changed.emit(client_id))
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.open()
    return preview
