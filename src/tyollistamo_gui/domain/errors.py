"""Errors that cross layers: the UI explains them without knowing the storage."""

from __future__ import annotations


class ConcurrentEdit(Exception):
    """Someone else saved the record after it was read; nothing was written."""

    def __init__(self, model: str, record_id: int, expected: int, found: int | None):
        super().__init__(f"{model} {record_id}: expected version {expected}, found {found}")
        self.model = model
        self.record_id = record_id
        self.expected = expected
        self.found = found
