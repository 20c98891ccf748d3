"""Render every main view and dialog to PNG files, offscreen, on a demo database.

    python scripts/screenshots.py OUTDIR [--lang fi|sv|en] [--clients N]

Without --lang all three languages are rendered. Files are named
``<lang>_<view>.png``. Used to look at the UI and for the README screenshot.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from tyollistamo_gui.services import clients as service
from tyollistamo_gui.services.accounts import SignInFailed
from tyollistamo_gui.services.demo import fill_demo
from tyollistamo_gui.storage.connection import (
    DatabaseTooNew,
    DatabaseUnreadable,
    NeedsMigration,
    ServerUnreachable,
    open_database,
)
from tyollistamo_gui.ui.about_dialog import AboutDialog
from tyollistamo_gui.ui.context import AppContext
from tyollistamo_gui.ui.crash import CrashHandler
from tyollistamo_gui.ui.main_window import PAGE_KEYS, MainWindow
from tyollistamo_gui.ui.settings_dialog import SettingsDialog
from tyollistamo_gui.ui.startup_dialogs import problem_box, problem_text, server_problem_box
from tyollistamo_gui.ui.upgrade_dialog import UpgradeDialog

UNREACHABLE = ServerUnreachable(
    "postgresql://tyollistamo@tietokanta.kunta.fi:5432/tyollistamo",
    "unreachable",
    'connection to server at "tietokanta.kunta.fi" (10.0.0.5), port 5432 failed: timeout expired',
)


def _save(widget: QWidget, out: Path, name: str, size: QSize | None = None) -> None:
    if size is not None:
        widget.resize(size)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    path = out / name
    widget.grab().save(str(path))
    print(path)


def _sample_document(client_id: int, language: str):
    """A letter on the shared template, to show the preview and the archive."""
    from tyollistamo_gui.documents.base import DocumentBuilder, DocumentInfo, Signatory
    from tyollistamo_gui.documents.texts import DocumentTexts
    from tyollistamo_gui.services.documents import letterhead
    from tyollistamo_gui.services.rendering import RenderedDocument

    record = service.get_client(client_id)
    texts = DocumentTexts(language)
    title = {"fi": "Tapaamisvahvistus", "sv": "Bekräftelse av möte"}[language]
    doc = DocumentBuilder(DocumentInfo(title=title, number="S-1", letterhead=letterhead()), texts)
    doc.title()
    doc.fields([("1", record.display_name), ("2", "<&> " + "pitkä teksti " * 30)])
    doc.paragraph("Lorem ipsum dolor sit amet. " * 40)
    doc.signatures([Signatory("A", record.display_name), Signatory("B", "")])
    return RenderedDocument(
        pdf=doc.render(),
        kind="screenshot",
        title=title,
        language=language,
        client_id=client_id,
        object_id=client_id,
    )


def _documents(out: Path, language: str, context: AppContext, card) -> None:
    from tyollistamo_gui.services import documents
    from tyollistamo_gui.ui.documents.preview import DocumentPreview
    from tyollistamo_gui.ui.documents.signing import RecordSigningDialog

    client_id = card.record.id
    preview = DocumentPreview(
        context, lambda lang: _sample_document(client_id, lang), language=language, parent=card
    )
    preview._archive("OK.")
    _save(preview, out, f"{language}_document_preview.png", QSize(900, 760))
    preview.close()
    card.load(client_id)
    card.show_tab("documents")
    _save(card, out, f"{language}_client_card_documents.png", QSize(1000, 760))
    record = documents.list_documents(client_id)[0]
    signing = RecordSigningDialog(context, record, card)
    signing.signed_on.setText("31.12.2999")
    signing.accept()
    _save(signing, out, f"{language}_record_signing_errors.png")
    signing.close()


def _coaching(out: Path, language: str, context: AppContext, window) -> None:
    """Coaching and Groups pages, their windows, an employer card and the client's tab."""
    from tyollistamo_gui.services import coaching, groups, registers
    from tyollistamo_gui.ui.coaching.pages import print_attendance_sheet

    page = window.page_widgets["coaching"]
    window.show_page("coaching")
    for index, name in enumerate(("jobs", "individual", "support")):
        page.tabs.setCurrentIndex(index)
        _save(window, out, f"{language}_coaching_{name}.png", QSize(1100, 700))
    page.tabs.setCurrentIndex(0)
    skills = page.open_skills()
    _save(skills, out, f"{language}_coaching_skills_list.png")
    skills.close()
    case_row = coaching.list_cases(open_only=False)[0]
    dialog = page.open_case(case_row.id)
    for index, name in enumerate(("case", "log", "skills")):
        dialog.tabs.setCurrentIndex(index)
        _save(dialog, out, f"{language}_job_case_{name}.png", QSize(1000, 720))
    dialog.tabs.setCurrentIndex(1)
    dialog.entry_fields.set_value("on_date", None)
    dialog.entry_fields.inputs["on_date"].setText("1.1.2000")
    dialog.entry_fields.inputs["minutes"].setText("25")
    dialog.entry_fields.inputs["next_step_on"].setText("31.2.2026")
    dialog.add_entry()
    _save(dialog, out, f"{language}_job_case_log_errors.png", QSize(1000, 720))
    dialog.close()
    new_case = page.open_case(None)
    new_case.save_case()
    _save(new_case, out, f"{language}_job_case_new_errors.png", QSize(1000, 720))
    new_case.close()
    period = coaching.list_periods(open_only=False)[0]
    dialog = page.open_period(period.id)
    for index, name in enumerate(("period", "goals", "sessions", "professionals")):
        dialog.tabs.setCurrentIndex(index)
        _save(dialog, out, f"{language}_individual_{name}.png", QSize(960, 680))
    dialog.close()

    window.show_page("groups")
    groups_page = window.page_widgets["groups"]
    _save(window, out, f"{language}_main_groups_list.png", QSize(1100, 700))
    group = groups.list_groups()[0]
    dialog = groups_page.open_group(group.id)
    for index, name in enumerate(("group", "members", "sessions", "visits")):
        dialog.tabs.setCurrentIndex(index)
        if name == "sessions":
            dialog.sessions.selectRow(0)
        _save(dialog, out, f"{language}_group_{name}.png", QSize(1000, 700))
    dialog.tabs.setCurrentIndex(2)
    dialog.session_fields.inputs["on_date"].setText("1.1.2000")
    dialog.add_session()
    _save(dialog, out, f"{language}_group_sessions_errors.png", QSize(1000, 700))
    dialog.tabs.setCurrentIndex(1)
    dialog.chooser.client_id = groups.list_members(group.id)[0].client_id
    dialog.chooser.setText(groups.list_members(group.id)[0].client_name)
    dialog.join_fields.set_value("joined_on", group.starts_on)
    dialog.add_member()
    _save(dialog, out, f"{language}_group_members_errors.png", QSize(1000, 700))
    session_id = groups.list_sessions(group.id)[0].id
    preview = print_attendance_sheet(context, session_id, dialog)
    _save(preview, out, f"{language}_attendance_sheet_preview.png", QSize(900, 760))
    preview.close()
    dialog.close()

    window.show_page("employers")
    employers_page = window.page_widgets["employers"]
    employer_id = case_row and coaching.get_case(case_row.id).data.employer_id
    employer = employers_page.open_employer(employer_id)
    _save(employer, out, f"{language}_employer_card.png", QSize(900, 640))
    employer.tabs.setCurrentIndex(1)
    _save(employer, out, f"{language}_employer_card_clients.png", QSize(900, 640))
    employer.close()
    employer = employers_page.open_employer(None)
    employer.fields.inputs["name"].setText("Puutarha Oy")
    employer.fields.inputs["business_id"].setText("2129026-3")
    employer.add_contact()
    employer.contacts.item(0, 2).setText("12")
    employer.save()
    _save(employer, out, f"{language}_employer_card_errors.png", QSize(900, 640))
    employer.close()
    assert registers.count_employers()

    card = window.open_client(case_row.client_id)
    card.show_tab("coaching")
    _save(card, out, f"{language}_client_card_coaching.png", QSize(1000, 760))
    card.tabs.setCurrentWidget(card.history)
    _save(card, out, f"{language}_client_card_history_coaching.png", QSize(1000, 760))
    card.close()


def _guidance(out: Path, language: str, context: AppContext, window, client_id: int) -> None:
    """The guidance wizard's pages filled in, its messages, dialogs, the tab and the page."""
    import dataclasses
    import datetime as dt

    from tyollistamo_gui.domain.guidance import FollowUp, Goal, Measure, Option, Referral
    from tyollistamo_gui.services import guidance
    from tyollistamo_gui.services.staff import list_staff
    from tyollistamo_gui.ui.guidance.wizard import open_wizard

    staff = list_staff()[0]
    today = dt.date.today()
    process = guidance.open_process_of(client_id)
    if process is None:
        earlier = guidance.start_process(client_id, staff.id, today - dt.timedelta(days=400))
        guidance.interrupt_process(
            earlier.id, earlier.version, "Muutti toiselle paikkakunnalle", today - dt.timedelta(300)
        )
        process = guidance.start_process(client_id, staff.id, today - dt.timedelta(days=40))
        data = dataclasses.replace(
            process.data,
            education="Ammattikoulu, logistiikan perustutkinto (2004)",
            work_history="Varastotyöntekijä 2005–2019, kaupan kassa 2020",
            skills_client="Trukkikortti, täsmällinen",
            skills_counsellor="Hyvä asiakaspalvelija, oppii nopeasti",
            work_ability_client="Selkä väsyy pitkänä päivänä",
            work_ability_counsellor="Sopii kevyeen työhön, 4–6 h/pv",
            life_situation="Asuu yksin Tampereella, ei autoa",
            obstacles_client="Pitkät työmatkat",
            obstacles_counsellor="Velat, epäsäännöllinen uni",
            wishes="Työ pienessä kaupassa kodin lähellä",
            situation_summary="Motivoitunut; tarvitsee kevyttä työtä kodin läheltä.",
            goals=(
                Goal("short", "Työkokeilu kaupassa keväällä"),
                Goal("long", "Osa-aikatyö vähittäiskaupassa"),
            ),
            options=(
                Option("Vähittäiskauppa", "Pitää asiakastyöstä", "Seisomatyö", "Kokeilemisen arvo"),
                Option("Varastotyö", "Kokemusta", "Raskasta selälle", "Ei enää"),
            ),
            plan_date=today - dt.timedelta(days=30),
            measures=(
                Measure("work_trial", "Työkokeilu K-Market Hervannassa", "Liisa Ohjaaja",
                        today, today + dt.timedelta(days=90), "in_progress"),
                Measure("individual_coaching", "Viikoittainen yksilövalmennus", "Valmennus Oy",
                        today - dt.timedelta(days=20)),
                Measure("rehabilitative_work", "Arbetsverksamhet i rehabiliteringssyfte (test)",
                        "Kaupungin työpaja"),
            ),
            job_search_obligation=True,
            job_search_count=4,
            next_review_on=today + dt.timedelta(days=60),
            referrals=(Referral("debt_counselling", today - dt.timedelta(25), "Velat", "made"),),
        )  # fmt: skip
        process = guidance.save_draft(process.id, process.version, data, 0)
        key = process.data.measures[0].key
        data = dataclasses.replace(
            process.data,
            follow_ups=(
                FollowUp(today, "workplace_visit", key, "Sujuu hyvin; väsyy iltapäivisin",
                         "Lyhyemmät päivät kahdeksi viikoksi", today + dt.timedelta(days=14)),
            ),
        )  # fmt: skip
        process = guidance.save_draft(process.id, process.version, data, 0)
    wizard = open_wizard(context, process.id, window)
    wizard.restart()
    for number in range(len(wizard.pages)):
        _save(wizard, out, f"{language}_guidance_{number + 1}.png", QSize(1000, 760))
        wizard.next()
    wizard.restart()
    referrals = wizard.open_referrals()
    _save(referrals, out, f"{language}_guidance_referrals.png")
    form = referrals.list.add()
    form.widgets["reason"].setPlainText("")
    form.widgets["referred_on"].setText("31.2.2026")
    form.check()
    _save(form, out, f"{language}_guidance_referral_errors.png")
    form.reject()
    referrals.close()
    preview = wizard.print_plan()
    _save(preview, out, f"{language}_guidance_plan_preview.png", QSize(900, 760))
    preview.close()
    wizard.reject()

    # A new process with nothing typed: what leaving its first page shows.
    other = window.page_widgets["clients"].model.client_id(1)
    fresh = guidance.open_process_of(other) or guidance.start_process(other, staff.id, today)
    wizard = open_wizard(context, fresh.id, window)
    wizard.restart()
    wizard.next()
    wizard.back()
    _save(wizard, out, f"{language}_guidance_required.png", QSize(1000, 760))
    box = wizard.print_plan()
    _save(box, out, f"{language}_guidance_plan_not_printable.png")
    box.close()
    wizard.reject()

    card = window.open_client(client_id)
    card.show_tab("guidance")
    _save(card, out, f"{language}_client_card_guidance.png", QSize(1000, 760))
    window.show_page("guidance")
    window.page_widgets["guidance"].reload()
    _save(window, out, f"{language}_main_guidance_open.png", QSize(1100, 700))
    window.show_page("clients")


def _supported(out: Path, language: str, context: AppContext, window) -> None:
    """The Supported work page, a client's tab, each agreement form, its log and findings."""
    from tyollistamo_gui.domain.findings import Finding, Severity
    from tyollistamo_gui.services import supported
    from tyollistamo_gui.ui.supported.dialog import ArrangementDialog, OverrideDialog

    window.show_page("supported")
    window.page_widgets["supported"].reload()
    _save(window, out, f"{language}_main_supported_list.png", QSize(1100, 700))
    rows = {kind: supported.list_arrangements(kind=kind) for kind in supported.domain.KINDS}
    trial = rows["work_trial"][0]
    card = window.open_client(trial.client_id)
    card.show_tab("supported")
    _save(card, out, f"{language}_client_card_supported.png", QSize(1000, 760))
    card.close()
    for kind, arrangements in rows.items():
        row = arrangements[0]
        if kind == "rehab_work":
            # One with days in its attendance register, to show the register and the month.
            row = next(
                (r for r in arrangements if supported.get_arrangement(kind, r.id).attendance),
                row,
            )
        dialog = ArrangementDialog(context, kind, row.client_id, row.id, window)
        _save(dialog, out, f"{language}_supported_{kind}.png", QSize(1100, 820))
        # What a user sees after typing values the law does not allow.
        form = dialog.form
        form.fields.inputs["hours_per_day"].setText("9")
        if kind == "wage_subsidy":
            form.fields.inputs["subsidy_percent"].setText("70")
            form.fields.inputs["hours_per_day"].setText("7,5")
        if kind == "rehab_work":
            form.fields.inputs["weekdays"].set_value("12345")
        form.show_all_findings()
        _save(dialog, out, f"{language}_supported_{kind}_errors.png", QSize(1100, 820))
        if dialog.log is not None:
            dialog.tabs.setCurrentWidget(dialog.log)
            _save(dialog, out, f"{language}_supported_{kind}_log.png", QSize(1000, 700))
        form.set_data(dialog.record.data, dialog.record.id)
        dialog.close()
    _supported_from_plan(out, language, context, window)
    findings = [
        Finding(
            "work_trial.absence_run",
            "absences",
            {"limit": 5, "value": 5},
            Severity.WARNING,
            "380/2023 59 §",
        )
    ]
    box = OverrideDialog(findings, language, window)
    _save(box, out, f"{language}_supported_override.png")
    box.close()
    from tyollistamo_gui.ui.supported.employment import EmploymentDialog
    from tyollistamo_gui.ui.supported.rules_dialog import RulesDialog

    rules = RulesDialog(context, window)
    _save(rules, out, f"{language}_supported_rules.png", QSize(1000, 760))
    rules.close()
    job = EmploymentDialog(context, trial.client_id, None, window)
    job.name.setText("Kahvila Aalto Oy")
    job.start.set_date(trial.start)
    job.part_time.setChecked(True)
    job.hours.setText("15")
    job.end.setText("1.1.2000")
    job.accept()  # refused: the error next to the end date is what a user sees
    _save(job, out, f"{language}_supported_employment.png")
    job.close()
    window.show_page("clients")


def _supported_from_plan(out: Path, language: str, context: AppContext, window) -> None:
    """A new work trial and wage-subsidised employment filled from the client's agreed plan."""
    from tyollistamo_gui.storage.guidance import GuidanceMeasure, GuidanceProcess
    from tyollistamo_gui.storage.models import Client, Employer, StaffUser
    from tyollistamo_gui.ui.supported.dialog import ArrangementDialog

    measure = (
        GuidanceMeasure.select(GuidanceMeasure, GuidanceProcess)
        .join(GuidanceProcess)
        .join(Client, on=(GuidanceProcess.client == Client.id))
        .where(
            (GuidanceProcess.status == "in_progress")
            & (GuidanceMeasure.kind == "work_trial")
            & (Client.service_language == language)
        )
        .order_by(GuidanceProcess.id)
        .first()
    )
    if measure is None:
        return
    # The demo's measures name no organiser: name one of the register's employers, as a
    # counsellor would, and add a job-coaching measure led by a staff member.
    employer = Employer.select().order_by(Employer.id).first()
    coach = StaffUser.select().order_by(StaffUser.id).first()
    GuidanceMeasure.update(responsible=employer.name).where(
        GuidanceMeasure.id == measure.id
    ).execute()
    GuidanceMeasure.create(
        process=measure.process_id,
        position=99,
        key=99,
        kind="wage_subsidy",
        description=measure.description,
        responsible=employer.name,
        starts_on=measure.ends_on,
        status="planned",
    )
    GuidanceMeasure.create(
        process=measure.process_id,
        position=100,
        key=100,
        kind="job_coaching",
        description="",
        responsible=coach.display_name,
        status="planned",
    )
    client_id = measure.process.client_id
    for kind in ("work_trial", "wage_subsidy"):
        dialog = ArrangementDialog(context, kind, client_id, None, window)
        _save(dialog, out, f"{language}_supported_{kind}_from_plan.png", QSize(1100, 820))
        dialog.close()
    # The trial saved from the plan, then the plan re-dated: the saved agreement says so.
    import dataclasses
    import datetime as dt
    from decimal import Decimal

    from tyollistamo_gui.services import guidance, supported, supported_plan

    data = dataclasses.replace(
        supported_plan.prefill("work_trial", client_id).data,
        supervisor_name="Ville Valvoja",
        hours_per_day=Decimal("6"),
        daily_timing="8-14",
        authority_name="Vaasan työllisyysalue",
    )
    overrides: dict[str, str] = {}
    while True:
        try:
            record = supported.save_arrangement("work_trial", client_id, data, overrides=overrides)
            break
        except supported.OverrideNeeded as needed:
            overrides = {supported.override_key(f): "Screenshot" for f in needed.findings}
    process = guidance.get_process(measure.process_id)
    guidance.save_draft(
        process.id,
        process.version,
        dataclasses.replace(process.data, plan_date=process.data.plan_date - dt.timedelta(days=7)),
        process.current_phase,
    )
    dialog = ArrangementDialog(context, "work_trial", client_id, record.id, window)
    _save(dialog, out, f"{language}_supported_work_trial_plan_changed.png", QSize(1100, 820))
    dialog.close()


def _encryption(out: Path, language: str, context: AppContext, window) -> None:
    """Settings › Security with its Encryption box, and the passphrase dialogs with errors."""
    from tyollistamo_gui.domain.findings import Finding
    from tyollistamo_gui.storage import cipher
    from tyollistamo_gui.ui.encryption_dialogs import (
        ChangePassphraseDialog,
        EncryptDialog,
        PassphraseDialog,
    )

    settings = SettingsDialog(context, window)
    if settings.security_page is not None:
        settings.tabs.setCurrentWidget(settings.security_page)
        _save(settings, out, f"{language}_settings_security.png", QSize(760, 640))
    settings.close()

    encrypt = EncryptDialog(context.data_dir, window)
    encrypt.passphrase.setText("lyhyt")
    encrypt.repeated.setText("lyhyt!")
    encrypt.show_findings(
        [
            Finding("passphrase.too_short", "passphrase", {"minimum": 12}),
            Finding("passphrase.mismatch", "repeated"),
        ]
    )
    _save(encrypt, out, f"{language}_encrypt_database.png")
    encrypt.close()

    change = ChangePassphraseDialog(window)
    change.show_findings([Finding("passphrase.wrong", "current")])
    _save(change, out, f"{language}_change_passphrase.png")
    change.close()

    sample = context.data_dir / "encrypted-sample.sqlite3"
    if not sample.exists():
        conn = cipher.connect(sample, "näyte-salalause-123", read_only=False)
        conn.execute("CREATE TABLE schema_version (version INTEGER)")
        conn.commit()
        conn.close()
    prompt = PassphraseDialog(sample, window)
    _save(prompt, out, f"{language}_passphrase.png")
    prompt.passphrase.setText("väärä salalause")
    prompt.accept()
    _save(prompt, out, f"{language}_passphrase_wrong.png")
    prompt.close()


def _data_protection(out: Path, language: str, context: AppContext, window) -> None:
    """Administration › Data protection (as if years later, so that clients are due),
    the erasure confirmation, the privacy notice's preview, Settings › Privacy notice."""
    import datetime as dt

    from tyollistamo_gui.ui.admin.retention_dialog import DataProtectionDialog

    later = dt.date.today().replace(year=dt.date.today().year + 6)
    dialog = DataProtectionDialog(context, window, today=lambda: later)
    _save(dialog, out, f"{language}_data_protection_periods.png", QSize(900, 640))
    page = dialog.periods
    page.table.selectRow(0)
    page.years.edit.setText("0")
    page._edited("years")
    _save(dialog, out, f"{language}_data_protection_period_error.png", QSize(900, 640))
    dialog.tabs.setCurrentWidget(dialog.erasure)
    _save(dialog, out, f"{language}_data_protection_due.png", QSize(900, 640))
    erasure = dialog.erasure
    if erasure.rows:
        erasure.table.selectRow(0)
        erasure.erase()
        confirm = erasure.erasure_dialog
        _save(confirm, out, f"{language}_erasure_confirm.png")
        confirm.reject()
    active = service.ClientData(first_name="Aino", last_name="Aalto")
    erasure._today = dt.date.today
    erasure.number.setText(str(service.create_client(active).id))
    erasure.erase()
    confirm = erasure.erasure_dialog
    confirm.confirm.setChecked(True)
    confirm.erase()
    _save(confirm, out, f"{language}_erasure_confirm_early.png")
    confirm.reject()
    dialog.show_privacy_notice()
    _save(dialog.preview, out, f"{language}_privacy_notice_preview.png", QSize(860, 900))
    dialog.preview.close()
    dialog.close()

    settings = SettingsDialog(context, window)
    settings.tabs.setCurrentWidget(settings.privacy_page)
    settings.fields["dpo_phone"].setText("12")
    settings._touched.add("dpo_phone")
    settings._validate(show_all=False)
    _save(settings, out, f"{language}_settings_privacy.png")
    settings.close()


def _wait(condition, seconds: float = 60.0) -> None:
    import time

    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def _exchange(out: Path, language: str, context: AppContext, window) -> None:
    """Each step of the import wizard on a file with three bad rows, and an export."""
    import datetime as dt

    from openpyxl import Workbook
    from PySide6.QtWidgets import QWizard

    from tyollistamo_gui.domain.identifiers import make_identity_code
    from tyollistamo_gui.ui.exchange.import_dialog import (
        COLUMNS_PAGE,
        RESULT_PAGE,
        ImportWizard,
    )

    offset = {"fi": 0, "sv": 10, "en": 20}.get(language, 30)
    codes = [make_identity_code(dt.date(1977, 5, 1 + offset + n), 990 + n) for n in range(6)]
    codes[2] = codes[2][:-1] + ("A" if codes[2][-1] != "A" else "B")
    rows = [
        ["Aino", "Aaltonen", codes[0], "suomi", "00100", "3.1.2024"],
        ["Björn", "Holmström", codes[1], "ruotsi", "65100", "15.8.2023"],
        ["Eero", "Heikkinen", codes[2], "suomi", "20100", "1.2.2024"],
        ["Kaisa", "Lindqvist", codes[3], "ruotsi", "2100", "2.2.2024"],
        ["Mikko", "Salonen", codes[4], "suomi", "33100", "31.2.2024"],
        ["Aino", "Aaltonen", codes[0], "suomi", "00100", ""],
    ]
    path = context.data_dir / "asiakkaat.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Etunimi", "Sukunimi", "Henkilötunnus", "Kieli", "Postinumero", "Työtön alkaen"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)

    wizard = ImportWizard(context, "clients", window)
    wizard.file_page.path.setText(str(path))
    _save(wizard, out, f"{language}_import_file.png", QSize(860, 600))
    wizard.next()
    _wait(lambda: wizard.currentId() == COLUMNS_PAGE)
    _save(wizard, out, f"{language}_import_columns.png", QSize(860, 600))
    wizard.next()
    _wait(lambda: wizard.plan is not None and not wizard.busy)
    wizard.check_page.all_rows.setChecked(True)
    _save(wizard, out, f"{language}_import_check_all_or_nothing.png", QSize(860, 600))
    wizard.check_page.valid_rows.setChecked(True)
    _save(wizard, out, f"{language}_import_check_valid_only.png", QSize(860, 600))
    wizard.button(QWizard.WizardButton.CommitButton).click()
    _wait(lambda: wizard.currentId() == RESULT_PAGE)
    _save(wizard, out, f"{language}_import_result.png", QSize(860, 600))
    wizard.close()

    window.show_page("clients")
    clients = window.page_widgets["clients"]
    clients.reload()
    target = context.data_dir / "asiakasluettelo.xlsx"
    original = QFileDialog.getSaveFileName
    QFileDialog.getSaveFileName = lambda *args, **kwargs: (str(target), "")
    try:
        clients.export()
        _wait(lambda: clients.export_status.text() != "")
    finally:
        QFileDialog.getSaveFileName = original
    _save(window, out, f"{language}_main_clients_exported.png", QSize(1100, 700))
    clients.export_status.setText("")


def _subject_access(out: Path, language: str, context: AppContext, card) -> None:
    """The subject-access export dialog, its message for a bad folder, and the result."""
    from tyollistamo_gui.services import subject_access
    from tyollistamo_gui.ui.clients.subject_access_dialog import SubjectAccessDialog

    record = card.record
    dialog = SubjectAccessDialog(context, record.id, record.display_name, "fi", card)
    _save(dialog, out, f"{language}_subject_access.png")
    folder = out / f"{language}_subject_access"
    dialog.file.setText(str(folder / "puuttuu" / "x.zip"))
    dialog.export()
    _save(dialog, out, f"{language}_subject_access_errors.png")
    folder.mkdir(exist_ok=True)
    printed = language if language in ("fi", "sv") else "fi"  # the export is fi or sv
    result = subject_access.export_client(
        record.id, folder / subject_access.suggested_file_name(record.id, printed), printed
    )
    box = dialog._saved_box(result)
    _save(box, out, f"{language}_subject_access_saved.png")
    box.close()
    dialog.close()
    print(result.path)


def _reports(out: Path, language: str, window) -> None:
    """The Reports page with this year's figures and charts, and a drill-down list."""
    import datetime as dt

    from tyollistamo_gui.services import reports

    window.show_page("reports")
    page = window.page_widgets["reports"]
    page.set_period("year", dt.date.today().year)
    # Computed here rather than in the page's worker thread: the picture needs it now.
    report = reports.compute_report(page.criteria())
    page._show(report)
    _save(window, out, f"{language}_reports.png", QSize(1280, 800))
    dialog = page._show_clients(
        report, reports.figure_clients(report.criteria, "services", "work_trial")
    )
    _save(dialog, out, f"{language}_reports_drill_down.png")
    dialog.close()
    page.set_period("custom")
    page.start.setText("1.5.2025")
    page.end.setText("1.4.2025")
    page.criteria()
    _save(window, out, f"{language}_reports_period_error.png", QSize(1280, 800))


def render(out: Path, language: str, context: AppContext) -> None:
    context.set_language(language, remember=False)
    window = MainWindow(context)
    for key in PAGE_KEYS:
        window.show_page(key)
        _save(window, out, f"{language}_main_{key}.png", QSize(1100, 700))

    # The client list filtered by a search, and a client's card.
    clients = window.page_widgets["clients"]
    window.show_page("clients")
    clients.search.setText("mäk")
    clients.apply_filter()
    _save(window, out, f"{language}_main_clients_search.png", QSize(1100, 700))
    clients.search.setText("")
    clients.apply_filter()
    first_id = clients.model.client_id(0)
    service.add_note(
        first_id, "Ensitapaaminen pidetty; seuraava tapaaminen sovittu.", "Liisa Ohjaaja"
    )
    card = window.open_client(first_id)
    _save(card, out, f"{language}_client_card.png", QSize(1000, 760))
    card.tabs.setCurrentWidget(card.history)
    _save(card, out, f"{language}_client_card_history.png", QSize(1000, 760))
    _documents(out, language, context, card)
    _subject_access(out, language, context, card)
    _guidance(out, language, context, window, first_id)
    _supported(out, language, context, window)
    card.tabs.setCurrentIndex(0)
    card.form.fields["identity_code"].setText("131052-308A")
    card.form.fields["email"].setText("matti@")
    card.form.fields["unemployed_since"].setText("31.2.2024")
    card.save()
    _save(card, out, f"{language}_client_card_errors.png", QSize(1000, 760))
    card.form.set_record(card.record)
    card.close()
    new_card = window.open_client(None)
    _save(new_card, out, f"{language}_client_card_new.png", QSize(1000, 760))
    new_card.close()
    window.global_search.setText("virt")
    window.global_search.refresh()
    _save(window, out, f"{language}_global_search.png", QSize(1100, 700))
    _save(window.global_search.completer_.popup(), out, f"{language}_global_search_popup.png")
    window.global_search.completer_.popup().hide()
    window.global_search.clear()

    about = AboutDialog(context, window)
    _save(about, out, f"{language}_about.png")
    about.close()

    settings = SettingsDialog(context, window)
    _save(settings, out, f"{language}_settings_general.png")
    settings.tabs.setCurrentIndex(1)
    _save(settings, out, f"{language}_settings_unit.png")
    # What a user sees after typing bad values and pressing OK.
    settings.fields["business_id"].setText("1234567-2")
    settings.fields["postal_code"].setText("123")
    settings.fields["email"].setText("toimisto@")
    settings.fields["name"].setText("")
    settings._validate(show_all=True)
    _save(settings, out, f"{language}_settings_unit_errors.png")
    settings.tabs.setCurrentIndex(2)
    _save(settings, out, f"{language}_settings_database.png")
    page = settings.database_page
    page.server.setChecked(True)
    page.fields["host"].setText("tietokanta.kunta.fi")
    page.fields["database"].setText("tyollistamo")
    page.fields["user"].setText("")
    page.sslmode.setCurrentIndex(page.sslmode.findData("verify-full"))
    page.validate()
    page.show_result(problem_text(UNREACHABLE))
    _save(settings, out, f"{language}_settings_database_server.png")
    settings.close()
    _encryption(out, language, context, window)
    box, _, _ = server_problem_box(UNREACHABLE, window)
    _save(box, out, f"{language}_server_unreachable.png")
    box.close()
    server_url = "postgresql://tyollistamo@tietokanta.kunta.fi:5432/tyollistamo"
    box, _, _ = server_problem_box(DatabaseTooNew(server_url, 12, 9), window)
    _save(box, out, f"{language}_server_too_new.png")
    box.close()
    # An older register on the server: an administrator signs in to update it.
    upgrade = UpgradeDialog(NeedsMigration(server_url, 8, 9), server_url, context, window)
    upgrade.username.setText("anna.virtanen")
    upgrade.password.setText("salasana")
    _save(upgrade, out, f"{language}_server_upgrade.png")
    upgrade.show_sign_in_failure(SignInFailed("not_administrator"))
    _save(upgrade, out, f"{language}_server_upgrade_not_administrator.png")
    upgrade.message.show_message("")
    upgrade.set_running(True)
    upgrade._progressed("waiting", 0, 0)
    _save(upgrade, out, f"{language}_server_upgrade_waiting.png")
    upgrade._progressed("migrating", 0, 1)
    _save(upgrade, out, f"{language}_server_upgrade_running.png")
    upgrade.close()
    upgrade = UpgradeDialog(NeedsMigration(server_url, 2, 9), server_url, context, window)
    _save(upgrade, out, f"{language}_server_upgrade_command_line.png")
    upgrade.close()

    for name, error in (
        ("database_not_a_database", DatabaseUnreadable(context.database_path, "not_sqlite")),
        ("database_too_new", DatabaseTooNew(context.database_path, 7, 1)),
    ):
        box, _ = problem_box(error, window)
        _save(box, out, f"{language}_{name}.png")
        box.close()

    crash = CrashHandler(context.data_dir / "logs" / "tyollistamo.log")
    crash._pending = "Traceback (most recent call last):\n  ...\nRuntimeError: example"
    box = crash.dialog()
    _save(box, out, f"{language}_crash.png")
    box.close()

    # Qt's own dialogs, to check that qtbase's translation is loaded.
    files = QFileDialog(window)
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    _save(files, out, f"{language}_qt_file_dialog.png", QSize(760, 460))
    files.close()
    _coaching(out, language, context, window)
    _data_protection(out, language, context, window)
    _exchange(out, language, context, window)
    _reports(out, language, window)
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", choices=("fi", "sv", "en"))
    parser.add_argument("--clients", type=int, default=300)
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Tyollistamo")
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        context = AppContext.create(data_dir)
        open_database(context.database_path)
        from tyollistamo_gui.services import session

        # Views as a signed-in user who may see everything.
        session.start(
            session.User(None, "screens", "Liisa Ohjaaja", frozenset(), unrestricted=True)
        )
        fill_demo(args.clients, seed=7)
        from tyollistamo_gui.services import session

        # Views as a user who may see everything (sign-in has its own screenshots).
        session.start(session.User(None, "demo", "Demo", frozenset(), unrestricted=True))
        for language in [args.lang] if args.lang else ["fi", "sv", "en"]:
            render(args.outdir, language, context)
    return 0


if __name__ == "__main__":
    sys.exit(main())
