"""Supported work in the UI: the page, the client card's tab and the agreement dialogs."""
