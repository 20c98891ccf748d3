"""The service tabs of the client card: each service module contributes one.

A tab is a :class:`ClientTab`: it knows its ``key``, its translated
``title()``, loads one client with ``load(client_id)`` and emits ``changed``
after it stored something (the card then refreshes the history). Add a new
service's tab to :func:`client_tab_types` in the order of DESIGN.md: guidance,
coaching, supported work, documents.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..context import AppContext


class ClientTab(QWidget):
    """Base class of a client card tab."""

    key = ""
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id: int | None = None

    def title(self) -> str:
        raise NotImplementedError

    def load(self, client_id: int) -> None:
        self.client_id = client_id
        self.reload()

    def reload(self) -> None:
        """Read the tab's content again for ``self.client_id``."""


def client_tab_types() -> list[type[ClientTab]]:
    from ..coaching.coaching_tab import CoachingTab
    from ..documents.documents_tab import DocumentsTab
    from ..guidance.client_tab import GuidanceTab
    from ..supported.client_tab import SupportedWorkTab

    return [GuidanceTab, CoachingTab, SupportedWorkTab, DocumentsTab]
