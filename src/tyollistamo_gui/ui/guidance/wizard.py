"""The guidance wizard: one page per phase, a draft saved on every page move, resumable.

Closing saves the draft; opening it again goes back to the same page with all
that was typed. Referrals can be recorded from any page. A completed or
interrupted process opens read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ... import clock
from ...domain import guidance as rules
from ...domain.errors import ConcurrentEdit
from ...domain.findings import Finding, ValidationFailed
from ...domain.guidance import GuidanceData, Referral
from ...services import guidance as service
from ...services.database import DatabaseUnavailable
from ...services.staff import list_staff
from ..context import AppContext
from . import vocab
from .pages import (
    EvaluationPage,
    GoalsPage,
    ImplementationPage,
    PhasePage,
    PlanPage,
    SituationPage,
    _only,
)
from .records import CHOICE, DATE, INFO, TEXT, FieldSpec, RecordList


class GuidanceSignals(QObject):
    """Tells open cards and pages that a client's guidance process changed."""

    changed = Signal(int)  # client id


_signals: GuidanceSignals | None = None
# By database and process: another database's process 1 is another process.
_open_wizards: dict[tuple[str, int], GuidanceWizard] = {}


def guidance_signals() -> GuidanceSignals:
    global _signals
    if _signals is None:
        _signals = GuidanceSignals()
    return _signals


def open_wizards(context: AppContext) -> dict[int, GuidanceWizard]:
    """The wizards open now on the context's database, by process id."""
    database = str(context.database_path)
    return {pid: w for (db, pid), w in _open_wizards.items() if db == database}


def open_wizard(context: AppContext, process_id: int, parent: QWidget | None = None):
    """Show the wizard of the process, or raise it if it is already open."""
    key = (str(context.database_path), process_id)
    wizard = _open_wizards.get(key)
    # Owned by the main window, not the client card: closing the card must not take an
    # open wizard (and what is typed on its page) with it.
    while parent is not None and parent.parentWidget() is not None:
        parent = parent.parentWidget()
    if wizard is None:
        wizard = GuidanceWizard(context, service.get_process(process_id), parent)
        _open_wizards[key] = wizard
        wizard.destroyed.connect(lambda _o=None, k=key: _open_wizards.pop(k, None))
    wizard.show()
    wizard.raise_()
    wizard.activateWindow()
    return wizard


def referral_specs() -> list[FieldSpec]:
    translate = QCoreApplication.translate
    return [
        FieldSpec(
            "target",
            lambda: translate("GuidanceWizard", "&To:"),
            CHOICE,
            choices=vocab.referral_targets,
        ),
        FieldSpec("referred_on", lambda: translate("GuidanceWizard", "&Date:"), DATE, True),
        FieldSpec("reason", lambda: translate("GuidanceWizard", "&Reason:"), TEXT, True),
        FieldSpec(
            "status",
            lambda: translate("GuidanceWizard", "&Status:"),
            CHOICE,
            choices=vocab.referral_statuses,
        ),
        FieldSpec(
            "phase",
            lambda: translate("GuidanceWizard", "Recorded in:"),
            INFO,
            choices=lambda: dict(enumerate(vocab.phases())),
        ),
    ]


class ReferralsDialog(QDialog):
    """Advice, support and onward referral: recorded from any page of the wizard."""

    def __init__(self, referrals: tuple[Referral, ...], phase: int, read_only: bool, parent):
        super().__init__(parent)
        self.setObjectName("ReferralsDialog")
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("GuidanceWizard", "Onward referrals"))
        self.intro = QLabel(
            translate(
                "GuidanceWizard",
                "Advice, support and onward referral to other services during the process.",
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.list = RecordList(
            referral_specs(), lambda: translate("GuidanceWizard", "Referral"), self
        )
        self.list.setObjectName("referrals")
        self.list.defaults = lambda: {
            "referred_on": clock.today(),
            "target": "social_services",
            "status": "proposed",
            "phase": phase,
        }
        self.list.set_records([_referral_dict(r) for r in referrals])
        self.list.set_read_only(read_only)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def referrals(self) -> tuple[Referral, ...]:
        return tuple(Referral(**_only(Referral, r)) for r in self.list.records)


def _referral_dict(referral: Referral) -> dict:
    import dataclasses

    return dataclasses.asdict(referral)


class GuidanceWizard(QWizard):
    """The wizard of one process; ``record`` is the process as last saved."""

    def __init__(
        self, context: AppContext, record: service.ProcessRecord, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("GuidanceWizard")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.context = context
        self.record = record
        self.data = record.data
        self.read_only = not record.is_open
        self._resuming = False
        self._closing = False
        self._shown_id = -1
        self.referrals_dialog: ReferralsDialog | None = None
        self.pages: list[PhasePage] = [
            SituationPage(list_staff()),
            GoalsPage(),
            PlanPage(),
            ImplementationPage(),
            EvaluationPage(),
        ]
        for number, page in enumerate(self.pages):
            self.setPage(number, page)
            page.load(self.data)
            page.set_read_only(self.read_only)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        if self.read_only:
            self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._page_changed)
        self.retranslateUi()
        self.resize(980, 760)
        self.resume()

    # -- texts ------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        translate = QCoreApplication.translate
        title = translate("GuidanceWizard", "Guidance process: %1").replace(
            "%1", self.record.client_name
        )
        if self.read_only:
            status = vocab.statuses().get(self.record.status, "")
            title = f"{title} ({status})"
        self.setWindowTitle(title)
        self.setButtonText(
            QWizard.WizardButton.CustomButton1, translate("GuidanceWizard", "&Referrals...")
        )
        self.setButtonText(
            QWizard.WizardButton.CustomButton2, translate("GuidanceWizard", "&Print plan...")
        )
        self.setButtonText(QWizard.WizardButton.BackButton, translate("GuidanceWizard", "< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, translate("GuidanceWizard", "&Next >"))
        self.setButtonText(
            QWizard.WizardButton.CancelButton, translate("GuidanceWizard", "Sa&ve and close")
        )
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            translate("GuidanceWizard", "&Close")
            if self.read_only
            else translate("GuidanceWizard", "&Complete process"),
        )
        for page in self.pages:
            page.retranslateUi()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- moving between pages ---------------------------------------------------------------

    def resume(self) -> None:
        """Open at the page where the user left off, with Back leading through the earlier ones."""
        self._resuming = True
        try:
            self.restart()
            target = self.record.current_phase if not self.read_only else 0
            while self.currentId() < target and self.currentId() >= 0:
                self.next()
        finally:
            self._resuming = False
        self._shown_id = self.currentId()

    def validateCurrentPage(self) -> bool:
        """Next and Complete: values that cannot be read keep the user on the page."""
        if self._resuming or self.read_only:
            return True
        page = self.currentPage()
        data, bad = page.collect(self.data)
        if bad:
            page.show_findings(bad + rules.check_phase(page.phase, data))
            widget = page.first_field_with(bad)
            if widget is not None:
                widget.setFocus()
            return False
        if self.currentId() == rules.EVALUATION:
            return self.complete(data)
        return True

    def _page_changed(self, new_id: int) -> None:
        old_id, self._shown_id = self._shown_id, new_id
        if self._resuming or self.read_only or old_id < 0 or new_id < 0:
            return
        self._leave(self.pages[old_id], new_id)
        self.pages[new_id].setFocus()

    def _leave(self, page: PhasePage, next_phase: int) -> bool:
        """Collect the page, show what it lacks, save the draft at ``next_phase``."""
        data, bad = page.collect(self.data)
        page.show_findings(bad + rules.check_phase(page.phase, data))
        return self.save(data, next_phase)

    def recheck(self, page: PhasePage) -> None:
        data, bad = page.collect(self.data)
        page.show_findings(bad + rules.check_phase(page.phase, data))

    # -- saving -----------------------------------------------------------------------------

    def save(self, data: GuidanceData, phase: int) -> bool:
        try:
            record = service.save_draft(
                self.record.id, self.record.version, data, phase, self.context.actor_name()
            )
        except ConcurrentEdit:
            self._tell_changed_elsewhere()
            return False
        except DatabaseUnavailable:
            self._tell_unavailable()
            return False
        except ValidationFailed:
            return False
        self._stored(record)
        return True

    def _stored(self, record: service.ProcessRecord) -> None:
        self.record = record
        self.data = record.data
        for page in self.pages:
            page.refresh(self.data)
        guidance_signals().changed.emit(record.client_id)

    def complete(self, data: GuidanceData) -> bool:
        translate = QCoreApplication.translate
        missing = rules.check_completable(data)
        if missing:
            # Save what there is, then point at the pages that still lack something.
            self.save(data, rules.EVALUATION)
            for phase, findings in missing.items():
                self.pages[phase].show_findings(findings)
            names = "\n".join(f"• {vocab.phases()[phase]}" for phase in sorted(missing))
            box = QMessageBox(self)
            box.setObjectName("IncompleteProcess")
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(translate("GuidanceWizard", "Not yet complete"))
            box.setText(
                translate(
                    "GuidanceWizard",
                    "The process can be completed when the required information is filled in "
                    "on these pages:",
                )
                + "\n\n"
                + names
            )
            box.open()
            self.incomplete_box = box
            return False
        try:
            record = service.complete_process(
                self.record.id, self.record.version, data, self.context.actor_name()
            )
        except ConcurrentEdit:
            self._tell_changed_elsewhere()
            return False
        except DatabaseUnavailable:
            self._tell_unavailable()
            return False
        except ValidationFailed as failed:
            self._show_by_phase(failed.findings)
            return False
        self._stored(record)
        return True

    def _show_by_phase(self, findings: list[Finding]) -> None:
        by_phase: dict[int, list[Finding]] = {}
        for finding in findings:
            by_phase.setdefault(int(finding.params.get("phase", self.currentId())), []).append(
                finding
            )
        for phase, found in by_phase.items():
            self.pages[phase].show_findings(found)

    def save_current(self) -> bool:
        """Save the page shown now (closing, or before printing)."""
        if self.read_only:
            return True
        page = self.currentPage()
        data, bad = page.collect(self.data)
        page.show_findings(bad + rules.check_phase(page.phase, data))
        return self.save(data, self.currentId())

    def reject(self) -> None:
        """Save and close: the draft is kept, and the next opening resumes here."""
        if not self.read_only:
            page = self.currentPage()
            _data, bad = page.collect(self.data)
            if bad and not self._confirm_drop(page, bad):
                return
            if not self.save_current() and not self._confirm_close_unsaved():
                return
        super().reject()

    def done(self, result: int) -> None:
        self._closing = True
        for key, wizard in list(_open_wizards.items()):
            if wizard is self:
                del _open_wizards[key]
        super().done(result)
        # A closed wizard is gone; opening the process again reads it afresh.
        self.deleteLater()

    def closeEvent(self, event) -> None:
        # The window's close button saves the draft like "Save and close".
        if self._closing:
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

    def _confirm_drop(self, page: PhasePage, bad: list[Finding]) -> bool:
        translate = QCoreApplication.translate
        answer = QMessageBox.question(
            self,
            translate("GuidanceWizard", "Values that cannot be saved"),
            translate(
                "GuidanceWizard",
                "Some values on this page are not valid (see the messages next to them) and "
                "would not be saved. Close anyway?",
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _confirm_close_unsaved(self) -> bool:
        translate = QCoreApplication.translate
        answer = QMessageBox.question(
            self,
            translate("GuidanceWizard", "Not saved"),
            translate(
                "GuidanceWizard",
                "The draft could not be saved. Close anyway and lose what was typed since the "
                "last page change?",
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _tell_unavailable(self) -> None:
        translate = QCoreApplication.translate
        QMessageBox.warning(
            self,
            translate("GuidanceWizard", "Not saved"),
            translate(
                "GuidanceWizard",
                "The database could not be written just now (it may be busy or out of "
                "reach). Nothing was saved; what you typed is still here. Try again in a "
                "moment.",
            ),
        )

    def _tell_changed_elsewhere(self) -> None:
        translate = QCoreApplication.translate
        QMessageBox.warning(
            self,
            translate("GuidanceWizard", "Changed on another workstation"),
            translate(
                "GuidanceWizard",
                "Someone else saved this guidance process after you opened it. Your changes "
                "have not been saved, and theirs have not been overwritten. Close the wizard "
                "and open it again to see their version.",
            ),
        )

    # -- referrals and printing -------------------------------------------------------------

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.open_referrals()
        elif which == QWizard.WizardButton.CustomButton2.value:
            self.print_plan()

    def print_plan(self):
        """Save what is on the page, then preview the plan (or say what it still lacks)."""
        from .plan import preview_plan

        if not self.save_current():
            return None
        self.plan_preview = preview_plan(self.context, self.record.id, self)
        return self.plan_preview

    def open_referrals(self) -> ReferralsDialog:
        dialog = ReferralsDialog(
            self.data.referrals, max(self.currentId(), 0), self.read_only, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._referrals_closed(dialog))
        self.referrals_dialog = dialog
        dialog.open()
        return dialog

    def _referrals_closed(self, dialog: ReferralsDialog) -> None:
        self.referrals_dialog = None
        if self.read_only:
            return
        referrals = dialog.referrals()
        if referrals == self.data.referrals:
            return
        page = self.currentPage()
        data, _bad = page.collect(self.data)
        import dataclasses

        self.save(dataclasses.replace(data, referrals=referrals), self.currentId())
