"""Qt Widgets user interface: windows, pages, dialogs and item models."""
