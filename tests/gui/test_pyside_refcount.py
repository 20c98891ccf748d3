"""Guard against a PySide6 regression seen in 6.12.0.

There, every None, True or False returned from a Python override of a Qt
virtual (data(), canFetchMore(), ...) lost one reference, until the
interpreter aborted with "deallocating None". A list that the user scrolls
calls data() thousands of times, so this would crash the app.
"""

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt


class _Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 3

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None

    def canFetchMore(self, parent):
        return False


def test_returning_singletons_from_overrides_keeps_their_references(qapp):
    model = _Model()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    index = proxy.index(0, 0)
    none_before, false_before = sys.getrefcount(None), sys.getrefcount(False)
    for _ in range(500):
        proxy.data(index, Qt.ItemDataRole.ToolTipRole)
        proxy.canFetchMore(QModelIndex())
    assert sys.getrefcount(None) > none_before - 100
    assert sys.getrefcount(False) > false_before - 100
