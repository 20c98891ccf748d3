"""The client register: list and search, the client card and its form."""
