"""The wizard's pages, one per phase of the guidance process.

Each page shows part of a ``GuidanceData``: ``load`` fills it once, ``refresh``
re-reads the lists other pages may have changed, ``collect`` returns the data
with this page's values, and ``show_findings`` puts messages next to fields.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ... import clock
from ...domain import guidance as rules
from ...domain.findings import Finding
from ...domain.guidance import FollowUp, Goal, GuidanceData, Measure, Option
from ..messages import finding_text as general_finding_text
from ..widgets import CheckedLineEdit, DateField, FieldError
from . import vocab
from .records import CHOICE, DATE, INFO, LINE, TEXT, FieldSpec, RecordList


def finding_text(finding: Finding) -> str:
    return vocab.finding_text(finding.code) or general_finding_text(finding)


def _tr(text: str) -> Callable[[], str]:
    """A label translated when shown; lupdate finds the text in QT_TRANSLATE_NOOP."""
    return lambda: QCoreApplication.translate("GuidanceWizard", text)


class PhasePage(QWizardPage):
    phase = 0

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.read_only = False
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self._texts: list[tuple[QWidget, Callable[[], str]]] = []
        self.banner = QLabel(self)
        self.banner.setObjectName("incomplete")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#incomplete { color: #8a5300; }")
        self.banner.hide()
        self.body = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.banner)
        outer.addWidget(scroll)
        self.checked = False

    # -- building helpers -------------------------------------------------------------------

    def text(self, name: str, lines: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit(self.body)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        # A few lines each, so a page shows many fields; longer text scrolls inside.
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        edit.textChanged.connect(self._changed)
        self.fields[name] = edit
        self.errors[name] = FieldError(self.body)
        return edit

    def date(self, name: str) -> DateField:
        field = DateField(self.body)
        field.edit.setObjectName(name)
        field.edit.textEdited.connect(self._changed)
        self.fields[name] = field
        self.errors[name] = field.error
        return field

    def label(
        self, text: Callable[[], str], buddy: QWidget | None = None, wrap: bool = True
    ) -> QLabel:
        label = QLabel(self.body)
        label.setWordWrap(wrap)
        if buddy is not None:
            label.setBuddy(buddy.edit if isinstance(buddy, CheckedLineEdit) else buddy)
        self._texts.append((label, text))
        return label

    def records(self, name: str, specs: list[FieldSpec], title, **kwargs) -> RecordList:
        widget = RecordList(specs, title, self.body, **kwargs)
        widget.setObjectName(name)
        widget.changed.connect(self._changed)
        self.fields[name] = widget
        self.errors[name] = widget.error
        return widget

    def with_error(self, name: str) -> QWidget:
        """The field's widget with its error message under it."""
        widget = self.fields[name]
        if isinstance(widget, (DateField, RecordList)):
            return widget
        holder = QWidget(self.body)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.errors[name])
        return holder

    # -- texts ------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.setTitle(vocab.phases()[self.phase])
        self.setSubTitle(
            QCoreApplication.translate("GuidanceWizard", "Phase %1 of %2. %3")
            .replace("%1", str(self.phase + 1))
            .replace("%2", str(len(rules.PHASES)))
            .replace("%3", self.description())
        )
        for widget, text in self._texts:
            widget.setText(text())
        for name, widget in self.fields.items():
            accessible = self._accessible_names().get(name)
            if accessible:
                getattr(widget, "edit", widget).setAccessibleName(accessible)
        if self.checked:
            self.show_findings(self._last_findings)

    def _accessible_names(self) -> dict[str, str]:
        return {}

    def description(self) -> str:
        return ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- data -------------------------------------------------------------------------------

    def load(self, data: GuidanceData) -> None:
        raise NotImplementedError

    def refresh(self, data: GuidanceData) -> None:
        """Re-read the lists (measure keys, lists edited on other pages)."""

    def collect(self, data: GuidanceData) -> tuple[GuidanceData, list[Finding]]:
        """The data with this page's values, and the values that could not be read."""
        raise NotImplementedError

    def _dates(self, names: list[str]) -> tuple[dict, list[Finding]]:
        values, bad = {}, []
        for name in names:
            try:
                values[name] = self.fields[name].date()
            except ValueError:
                bad.append(Finding("date.format", name))
        return values, bad

    def _text_values(self, names: list[str]) -> dict:
        return {name: self.fields[name].toPlainText().strip() for name in names}

    def _set_texts(self, data: GuidanceData, names: list[str]) -> None:
        for name in names:
            self.fields[name].setPlainText(getattr(data, name))

    _last_findings: list[Finding] = []

    def show_findings(self, findings: list[Finding]) -> None:
        self.checked = True
        self._last_findings = list(findings)
        by_field: dict[str, str] = {}
        for finding in findings:
            by_field.setdefault(finding.field, finding_text(finding))
        for name, error in self.errors.items():
            widget = self.fields[name]
            message = by_field.get(name, "")
            if isinstance(widget, DateField):
                widget.set_error(message)
            else:
                error.show_message(message)
        incomplete = [f for f in findings if f.code != "date.format"]
        self.banner.setText(
            QCoreApplication.translate(
                "GuidanceWizard",
                "Some required information is still missing on this page. You can go on "
                "and come back later; the plan cannot be printed nor the process completed "
                "until it is filled in.",
            )
        )
        self.banner.setVisible(bool(incomplete))

    def _changed(self) -> None:
        # Once the messages are showing, they follow what the user types.
        wizard = self.wizard()
        if self.checked and wizard is not None and hasattr(wizard, "recheck"):
            wizard.recheck(self)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for widget in self.fields.values():
            if isinstance(widget, QPlainTextEdit):
                widget.setReadOnly(read_only)
            elif isinstance(widget, DateField):
                widget.edit.setReadOnly(read_only)
            elif isinstance(widget, RecordList):
                widget.set_read_only(read_only)
            else:
                widget.setEnabled(not read_only)

    def first_field_with(self, findings: list[Finding]) -> QWidget | None:
        names = {f.field for f in findings}
        for name, widget in self.fields.items():
            if name in names:
                return getattr(widget, "edit", getattr(widget, "table", widget))
        return None


# -- 1. Initial assessment and situation ----------------------------------------------------

SITUATION_SINGLE = ["education", "work_history", "life_situation", "wishes"]
SITUATION_PAIRS = [
    ("skills_client", "skills_counsellor"),
    ("work_ability_client", "work_ability_counsellor"),
    ("obstacles_client", "obstacles_counsellor"),
]


class SituationPage(PhasePage):
    phase = rules.SITUATION

    def __init__(self, staff: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.counsellor = QComboBox(self.body)
        self.counsellor.setObjectName("counsellor_id")
        self.counsellor.addItem("", None)
        for member in staff:
            self.counsellor.addItem(member.display_name, member.id)
        self.counsellor.activated.connect(self._changed)
        self.fields["counsellor_id"] = self.counsellor
        self.errors["counsellor_id"] = FieldError(self.body)
        self.date("started_on")
        # Made in the order they are shown, so Tab moves as the eye reads: across each
        # pair of views, then down.
        for name in ("education", "work_history"):
            self.text(name)
        for client, counsellor in SITUATION_PAIRS:
            self.text(client)
            self.text(counsellor)
        for name in ("life_situation", "wishes"):
            self.text(name)
        self.text("situation_summary", lines=4)

        grid = QGridLayout(self.body)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        row = 0
        top = QHBoxLayout()
        top.addWidget(
            self.label(
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Responsible co&unsellor:")),
                self.counsellor,
                wrap=False,
            )
        )
        top.addWidget(self.with_error("counsellor_id"), 1)
        top.addSpacing(12)
        top.addWidget(
            self.label(
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Started on:")),
                self.fields["started_on"],
                wrap=False,
            )
        )
        top.addWidget(self.fields["started_on"])
        grid.addLayout(top, row, 0, 1, 3)
        row += 1
        texts = {
            "education": _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Education:")),
            "work_history": _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Work history:")),
            "life_situation": _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Life situation:")),
            "wishes": _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "The client's own w&ishes:")),
        }
        for name in ("education", "work_history"):
            grid.addWidget(self.label(texts[name], self.fields[name]), row, 0)
            grid.addWidget(self.with_error(name), row, 1, 1, 2)
            row += 1
        self.client_heading = self.label(
            _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "The client's view"))
        )
        self.counsellor_heading = self.label(
            _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "The counsellor's view"))
        )
        for heading in (self.client_heading, self.counsellor_heading):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        grid.addWidget(self.client_heading, row, 1)
        grid.addWidget(self.counsellor_heading, row, 2)
        row += 1
        pair_texts = [
            _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "S&kills and strengths:")),
            _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Work and &functional ability:")),
            _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Obstacles to employment:")),
        ]
        for (client, counsellor), text in zip(SITUATION_PAIRS, pair_texts, strict=True):
            grid.addWidget(self.label(text, self.fields[client]), row, 0)
            grid.addWidget(self.with_error(client), row, 1)
            grid.addWidget(self.with_error(counsellor), row, 2)
            row += 1
        for name in ("life_situation", "wishes"):
            grid.addWidget(self.label(texts[name], self.fields[name]), row, 0)
            grid.addWidget(self.with_error(name), row, 1, 1, 2)
            row += 1
        grid.addWidget(
            self.label(
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Su&mmary for the plan:")),
                self.fields["situation_summary"],
            ),
            row,
            0,
        )
        grid.addWidget(self.with_error("situation_summary"), row, 1, 1, 2)
        grid.setRowStretch(row + 1, 1)
        for index in range(grid.count()):
            item = grid.itemAt(index)
            if item.widget() is not None and isinstance(item.widget(), QLabel):
                item.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.retranslateUi()

    def description(self) -> str:
        return QCoreApplication.translate(
            "GuidanceWizard",
            "Go through the client's situation together; where views differ, write down both.",
        )

    def _accessible_names(self) -> dict[str, str]:
        translate = QCoreApplication.translate
        client = translate("GuidanceWizard", "%1, the client's view")
        counsellor = translate("GuidanceWizard", "%1, the counsellor's view")
        names = {
            "skills": translate("GuidanceWizard", "Skills and strengths"),
            "work_ability": translate("GuidanceWizard", "Work and functional ability"),
            "obstacles": translate("GuidanceWizard", "Obstacles to employment"),
        }
        result = {}
        for key, name in names.items():
            result[f"{key}_client"] = client.replace("%1", name)
            result[f"{key}_counsellor"] = counsellor.replace("%1", name)
        return result

    def load(self, data: GuidanceData) -> None:
        index = self.counsellor.findData(data.counsellor_id)
        if index < 0 and data.counsellor_id is not None:
            self.counsellor.addItem(str(data.counsellor_id), data.counsellor_id)
            index = self.counsellor.count() - 1
        self.counsellor.setCurrentIndex(max(index, 0))
        self.fields["started_on"].set_date(data.started_on)
        names = SITUATION_SINGLE + [n for pair in SITUATION_PAIRS for n in pair]
        self._set_texts(data, [*names, "situation_summary"])

    def collect(self, data: GuidanceData) -> tuple[GuidanceData, list[Finding]]:
        dates, bad = self._dates(["started_on"])
        names = SITUATION_SINGLE + [n for pair in SITUATION_PAIRS for n in pair]
        values = self._text_values([*names, "situation_summary"])
        values.update({k: v for k, v in dates.items()})
        if bad:
            values.pop("started_on", None)
        values["counsellor_id"] = self.counsellor.currentData()
        return dataclasses.replace(data, **values), bad


# -- 2. Goals and realistic options ---------------------------------------------------------


def goal_specs() -> list[FieldSpec]:
    return [
        FieldSpec(
            "term",
            _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Term:")),
            CHOICE,
            choices=vocab.goal_terms,
        ),
        FieldSpec("text", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Goal:")), TEXT, required=True),
    ]


def option_specs() -> list[FieldSpec]:
    return [
        FieldSpec(
            "text", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Option:")), LINE, required=True
        ),
        FieldSpec("pros", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "What speaks &for it:")), TEXT),
        FieldSpec(
            "cons", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "What speaks &against it:")), TEXT
        ),
        FieldSpec(
            "client_assessment",
            _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "The client's own &assessment:")),
            TEXT,
        ),
    ]


class GoalsPage(PhasePage):
    phase = rules.GOALS

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.goals = self.records(
            "goals", goal_specs(), _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Goal"))
        )
        self.goals.defaults = lambda: {"term": "short"}
        self.options = self.records(
            "options", option_specs(), _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Option"))
        )
        layout = QVBoxLayout(self.body)
        layout.addWidget(
            self.label(
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Short- and long-term &goals:")),
                self.goals.table,
            )
        )
        layout.addWidget(self.goals, 1)
        layout.addWidget(
            self.label(
                _tr(
                    QT_TRANSLATE_NOOP(
                        "GuidanceWizard",
                        "Realistic &options considered, with what speaks for and against each:",
                    )
                ),
                self.options.table,
            )
        )
        layout.addWidget(self.options, 1)
        self.retranslateUi()

    def description(self) -> str:
        return QCoreApplication.translate(
            "GuidanceWizard",
            "Set the goals with the client and weigh the realistic options.",
        )

    def load(self, data: GuidanceData) -> None:
        self.refresh(data)

    def refresh(self, data: GuidanceData) -> None:
        self.goals.set_records([dataclasses.asdict(g) for g in data.goals])
        self.options.set_records([dataclasses.asdict(o) for o in data.options])

    def collect(self, data: GuidanceData) -> tuple[GuidanceData, list[Finding]]:
        goals = tuple(Goal(**_only(Goal, r)) for r in self.goals.records)
        options = tuple(Option(**_only(Option, r)) for r in self.options.records)
        return dataclasses.replace(data, goals=goals, options=options), []


def _only(cls, record: dict) -> dict:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in record.items() if k in names}


# -- 3. Employment plan ---------------------------------------------------------------------


def measure_specs() -> list[FieldSpec]:
    return [
        FieldSpec(
            "kind",
            _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Kind:")),
            CHOICE,
            choices=vocab.measure_kinds,
        ),
        FieldSpec(
            "description", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&What:")), TEXT, required=True
        ),
        FieldSpec("responsible", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Responsible:")), LINE),
        FieldSpec("starts_on", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Starts:")), DATE),
        FieldSpec("ends_on", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Ends:")), DATE),
        FieldSpec(
            "status",
            _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "S&tatus:")),
            CHOICE,
            choices=vocab.measure_statuses,
        ),
    ]


class PlanPage(PhasePage):
    phase = rules.PLAN

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.date("plan_date")
        self.measures = self.records(
            "measures",
            measure_specs(),
            _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Measure")),
            date_order=(("starts_on", "ends_on"),),
        )
        self.measures.defaults = lambda: {"kind": "job_coaching", "status": "planned"}
        self.obligation = QCheckBox(self.body)
        self.obligation.setObjectName("job_search_obligation")
        self.obligation.toggled.connect(self._obligation_toggled)
        self.obligation.toggled.connect(self._changed)
        self.fields["job_search_obligation"] = self.obligation
        self.errors["job_search_obligation"] = FieldError(self.body)
        self.count = QSpinBox(self.body)
        self.count.setObjectName("job_search_count")
        self.count.setRange(0, 99)
        self.fields["job_search_count"] = self.count
        self.errors["job_search_count"] = FieldError(self.body)
        self.period = QComboBox(self.body)
        self.period.setObjectName("job_search_period_months")
        self.period.addItem("", 1)
        self.period.addItem("", 3)
        self.fields["job_search_period_months"] = self.period
        self.errors["job_search_period_months"] = FieldError(self.body)
        self.text("job_search_notes", lines=2)
        self.date("next_review_on")

        layout = QVBoxLayout(self.body)
        top = QHBoxLayout()
        top.addWidget(
            self.label(
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Date of the plan:")),
                self.fields["plan_date"],
                wrap=False,
            )
        )
        top.addWidget(self.fields["plan_date"])
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(
            self.label(
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Agreed &measures and services:")),
                self.measures.table,
            )
        )
        layout.addWidget(self.measures, 1)
        self.obligation_box = QGroupBox(self.body)
        box = QGridLayout(self.obligation_box)
        box.addWidget(self.obligation, 0, 0, 1, 4)
        box.addWidget(
            self.label(
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Applications:")), self.count, wrap=False
            ),
            1,
            0,
        )
        box.addWidget(self.count, 1, 1)
        box.addWidget(self.period, 1, 2)
        box.setColumnStretch(3, 1)
        box.addWidget(
            self.label(
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "No&tes:")), self.fields["job_search_notes"]
            ),
            2,
            0,
        )
        box.addWidget(self.with_error("job_search_notes"), 2, 1, 1, 3)
        self._texts.append(
            (
                self.obligation,
                _tr(
                    QT_TRANSLATE_NOOP(
                        "GuidanceWizard",
                        "The employment authority has set a job-search &obligation",
                    )
                ),
            )
        )
        layout.addWidget(self.obligation_box)
        bottom = QHBoxLayout()
        bottom.addWidget(
            self.label(
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Next revie&w:")),
                self.fields["next_review_on"],
                wrap=False,
            )
        )
        bottom.addWidget(self.fields["next_review_on"])
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.retranslateUi()
        self._obligation_toggled(False)

    def retranslateUi(self) -> None:
        super().retranslateUi()
        translate = QCoreApplication.translate
        self.obligation_box.setTitle(translate("GuidanceWizard", "Job-search obligation"))
        self.period.setItemText(0, translate("GuidanceWizard", "per month"))
        self.period.setItemText(1, translate("GuidanceWizard", "per three months"))

    def description(self) -> str:
        return QCoreApplication.translate(
            "GuidanceWizard",
            "Agree the measures, who is responsible for each and when, and the next review.",
        )

    def _obligation_toggled(self, on: bool) -> None:
        for widget in (self.count, self.period, self.fields["job_search_notes"]):
            widget.setEnabled(on and not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._obligation_toggled(self.obligation.isChecked())

    def load(self, data: GuidanceData) -> None:
        self.fields["plan_date"].set_date(data.plan_date)
        self.fields["next_review_on"].set_date(data.next_review_on)
        self.obligation.setChecked(data.job_search_obligation)
        self.count.setValue(data.job_search_count)
        self.period.setCurrentIndex(max(self.period.findData(data.job_search_period_months), 0))
        self.fields["job_search_notes"].setPlainText(data.job_search_notes)
        self.refresh(data)

    def refresh(self, data: GuidanceData) -> None:
        self.measures.set_records([dataclasses.asdict(m) for m in data.measures])

    def collect(self, data: GuidanceData) -> tuple[GuidanceData, list[Finding]]:
        dates, bad = self._dates(["plan_date", "next_review_on"])
        measures = tuple(Measure(**_only(Measure, r)) for r in self.measures.records)
        values = dict(
            dates,
            measures=measures,
            job_search_obligation=self.obligation.isChecked(),
            job_search_count=self.count.value() if self.obligation.isChecked() else 0,
            job_search_period_months=self.period.currentData(),
            job_search_notes=self.fields["job_search_notes"].toPlainText().strip()
            if self.obligation.isChecked()
            else "",
        )
        return dataclasses.replace(data, **values), bad


# -- 4. Support and guidance during implementation ------------------------------------------


def measure_names(measures: tuple[Measure, ...]) -> dict:
    kinds = vocab.measure_kinds()
    names = {None: QCoreApplication.translate("GuidanceWizard", "(no particular measure)")}
    for measure in measures:
        if measure.key:
            text = measure.description.splitlines()[0] if measure.description else ""
            names[measure.key] = f"{kinds.get(measure.kind, '')}: {text}"[:80]
    return names


class ImplementationPage(PhasePage):
    phase = rules.IMPLEMENTATION

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._measures: tuple[Measure, ...] = ()
        specs = [
            FieldSpec(
                "held_on", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Date:")), DATE, required=True
            ),
            FieldSpec(
                "kind",
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Kind:")),
                CHOICE,
                choices=vocab.follow_up_kinds,
            ),
            FieldSpec(
                "measure_key",
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Concerns:")),
                CHOICE,
                choices=lambda: measure_names(self._measures),
            ),
            FieldSpec("notes", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "N&otes:")), TEXT),
            FieldSpec(
                "next_step", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Agreed next &step:")), TEXT
            ),
            FieldSpec(
                "next_meeting", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Next &meeting:")), DATE
            ),
        ]
        self.follow_ups = self.records(
            "follow_ups",
            specs,
            _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Follow-up")),
            date_order=(("held_on", "next_meeting"),),
        )
        self.follow_ups.defaults = lambda: {"held_on": clock.today(), "kind": "meeting"}
        layout = QVBoxLayout(self.body)
        layout.addWidget(
            self.label(
                _tr(
                    QT_TRANSLATE_NOOP(
                        "GuidanceWizard", "&Follow-up meetings, calls and workplace visits:"
                    )
                ),
                self.follow_ups.table,
            )
        )
        layout.addWidget(self.follow_ups, 1)
        self.retranslateUi()

    def description(self) -> str:
        return QCoreApplication.translate(
            "GuidanceWizard",
            "Record how the plan is carried out, e.g. visits during a work trial.",
        )

    def load(self, data: GuidanceData) -> None:
        self.refresh(data)

    def refresh(self, data: GuidanceData) -> None:
        self._measures = data.measures
        self.follow_ups.set_records([dataclasses.asdict(f) for f in data.follow_ups])

    def collect(self, data: GuidanceData) -> tuple[GuidanceData, list[Finding]]:
        follow_ups = tuple(FollowUp(**_only(FollowUp, r)) for r in self.follow_ups.records)
        return dataclasses.replace(data, follow_ups=follow_ups), []


# -- 5. Evaluation and next steps -----------------------------------------------------------


class EvaluationPage(PhasePage):
    phase = rules.EVALUATION

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        measure_specs_ = [
            FieldSpec(
                "kind",
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Kind:")),
                INFO,
                choices=vocab.measure_kinds,
            ),
            FieldSpec("description", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "What:")), INFO),
            FieldSpec(
                "status",
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "S&tatus:")),
                CHOICE,
                choices=vocab.measure_statuses,
            ),
            FieldSpec("evaluation", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "E&valuation:")), TEXT),
        ]
        goal_specs_ = [
            FieldSpec(
                "term",
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Term:")),
                INFO,
                choices=vocab.goal_terms,
            ),
            FieldSpec("text", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Goal:")), INFO),
            FieldSpec(
                "achieved", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "What was &achieved:")), TEXT
            ),
        ]
        self.measures = self.records(
            "measure_evaluations",
            measure_specs_,
            _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Evaluation of a measure")),
            can_add=False,
        )
        self.goals = self.records(
            "goal_results",
            goal_specs_,
            _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "What was achieved")),
            can_add=False,
        )
        self.outcome = QComboBox(self.body)
        self.outcome.setObjectName("outcome")
        self.outcome.activated.connect(self._changed)
        self.fields["outcome"] = self.outcome
        self.errors["outcome"] = FieldError(self.body)
        self.text("evaluation_summary")
        self.text("next_steps")
        self.date("next_steps_on")
        self.date("ended_on")
        layout = QGridLayout(self.body)
        layout.setColumnStretch(1, 1)
        layout.addWidget(
            self.label(
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Evaluation of each &measure:")),
                self.measures.table,
            ),
            0,
            0,
            1,
            2,
        )
        layout.addWidget(self.measures, 1, 0, 1, 2)
        layout.addWidget(
            self.label(
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "What was achieved against each &goal:")),
                self.goals.table,
            ),
            2,
            0,
            1,
            2,
        )
        layout.addWidget(self.goals, 3, 0, 1, 2)
        rows = [
            ("outcome", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "O&utcome:"))),
            (
                "evaluation_summary",
                _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "&Overall evaluation:")),
            ),
            ("next_steps", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Agreed &follow-up measures:"))),
            ("next_steps_on", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Follow-up &date:"))),
            ("ended_on", _tr(QT_TRANSLATE_NOOP("GuidanceWizard", "Process &ended on:"))),
        ]
        for row, (name, text) in enumerate(rows, start=4):
            label = self.label(text, self.fields[name])
            layout.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            widget = self.with_error(name)
            if isinstance(widget, DateField):
                line = QHBoxLayout()
                line.addWidget(widget)
                line.addStretch(1)
                layout.addLayout(line, row, 1)
            else:
                layout.addWidget(widget, row, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        super().retranslateUi()
        current = self.outcome.currentData()
        self.outcome.clear()
        for code, name in vocab.outcomes().items():
            self.outcome.addItem(name, code)
        self.outcome.setCurrentIndex(max(self.outcome.findData(current), 0))

    def description(self) -> str:
        return QCoreApplication.translate(
            "GuidanceWizard",
            "Evaluate the plan with the client, agree what follows, and complete the process.",
        )

    def load(self, data: GuidanceData) -> None:
        self.outcome.setCurrentIndex(max(self.outcome.findData(data.outcome), 0))
        self._set_texts(data, ["evaluation_summary", "next_steps"])
        self.fields["next_steps_on"].set_date(data.next_steps_on)
        self.fields["ended_on"].set_date(data.ended_on)
        self.refresh(data)

    def refresh(self, data: GuidanceData) -> None:
        self.measures.set_records([dataclasses.asdict(m) for m in data.measures])
        self.goals.set_records([dataclasses.asdict(g) for g in data.goals])

    def collect(self, data: GuidanceData) -> tuple[GuidanceData, list[Finding]]:
        dates, bad = self._dates(["next_steps_on", "ended_on"])
        measures = tuple(Measure(**_only(Measure, r)) for r in self.measures.records)
        goals = tuple(Goal(**_only(Goal, r)) for r in self.goals.records)
        values = dict(
            dates,
            measures=measures,
            goals=goals,
            outcome=self.outcome.currentData() or "",
            **self._text_values(["evaluation_summary", "next_steps"]),
        )
        return dataclasses.replace(data, **values), bad
