"""A table model that fetches rows from a service a page at a time.

The view asks for more rows as the user scrolls, so a register of 100 000
clients costs what the screen shows, at start-up and after.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]  # called at display time, so it follows the language
    value: Callable[[Any], str]
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class PagedTableModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        count: Callable[[], int],
        fetch: Callable[[int, int], list[Any]],
        page_size: int = 100,
        parent=None,
    ):
        super().__init__(parent)
        self._columns = list(columns)
        self._count = count
        self._fetch = fetch
        self._page_size = page_size
        self._rows: list[Any] = []
        self._more = False
        self._total: int | None = 0

    def reload(self) -> None:
        # The count is not needed to show the first rows; it is asked for (and
        # cached) when something displays it, so a large register opens fast.
        self.beginResetModel()
        self._rows = self._fetch(0, self._page_size)
        self._more = len(self._rows) == self._page_size
        self._total = None if self._more else len(self._rows)
        self.endResetModel()

    @property
    def total(self) -> int:
        if self._total is None:
            self._total = self._count()
        return self._total

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        start = len(self._rows)
        more = self._fetch(start, self._page_size)
        self._more = len(more) == self._page_size
        if not more:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )
