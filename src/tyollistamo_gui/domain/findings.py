"""Findings: what a rule says about a value, as data rather than UI text."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # blocks saving
    WARNING = "warning"  # the user may go on


@dataclass(frozen=True)
class Finding:
    """One problem found in one field.

    ``code`` names the problem (the UI turns it into a translated sentence),
    ``params`` carries the values the sentence needs and ``section`` the law
    section behind the rule, when there is one: in the notation of
    ``domain.legal_references`` (shown in the reader's language), or the text
    the unit typed for a rule of its own (``section_as_typed``, shown as typed).
    """

    code: str
    field: str = ""
    params: dict[str, object] = dataclasses.field(default_factory=dict)
    severity: Severity = Severity.ERROR
    section: str = ""
    section_as_typed: bool = False

    @property
    def blocks(self) -> bool:
        return self.severity is Severity.ERROR


class ValidationFailed(Exception):
    """Raised by services when input has blocking findings; nothing was saved."""

    def __init__(self, findings: list[Finding]):
        super().__init__(", ".join(f"{f.field}: {f.code}" for f in findings))
        self.findings = findings
