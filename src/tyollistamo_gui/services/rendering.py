"""Rendering a stored record as a document: one registry for the GUI and the command line.

A service module registers a renderer for its document kind::

    @register("work-trial")
    def render_work_trial(object_id: int, language: str | None = None) -> RenderedDocument: ...

``language`` None means the document's default (usually the client's
language). A renderer raises :class:`~.documents.DocumentNotFound` for an
unknown id. Modules holding renderers are listed in ``_RENDERER_MODULES`` and
imported when a renderer is first asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from .documents import DocumentNotFound

# Service modules that register renderers (imported lazily, start-up stays fast).
_RENDERER_MODULES: tuple[str, ...] = (
    "tyollistamo_gui.services.guidance",
    "tyollistamo_gui.services.coaching_documents",
    "tyollistamo_gui.services.supported_documents",
    "tyollistamo_gui.services.privacy_notice",
)


@dataclass(frozen=True)
class RenderedDocument:
    """A rendered PDF and what the archive needs to know about it."""

    pdf: bytes
    kind: str
    title: str
    language: str
    client_id: int | None
    object_id: int | None
    source_revision: int = 1
    version: int = 1
    number: str = ""
    file_stem: str = ""  # suggested file name without ".pdf"


Renderer = Callable[[int, "str | None"], RenderedDocument]
_RENDERERS: dict[str, Renderer] = {}


class UnknownDocumentKind(LookupError):
    pass


def register(kind: str) -> Callable[[Renderer], Renderer]:
    def decorator(function: Renderer) -> Renderer:
        _RENDERERS[kind] = function
        return function

    return decorator


def _load() -> None:
    for module in _RENDERER_MODULES:
        importlib.import_module(module)


def kinds() -> list[str]:
    _load()
    return sorted(_RENDERERS)


def render(
    kind: str, object_id: int, language: str | None = None, **options: object
) -> RenderedDocument:
    """Render the stored record; UnknownDocumentKind or DocumentNotFound when there is none.

    ``options`` go to renderers that take them (e.g. ``month`` of the attendance summary).
    """
    _load()
    renderer = _RENDERERS.get(kind)
    if renderer is None:
        raise UnknownDocumentKind(kind)
    return renderer(object_id, language, **options)


__all__ = ["DocumentNotFound", "RenderedDocument", "UnknownDocumentKind", "kinds", "register"]
