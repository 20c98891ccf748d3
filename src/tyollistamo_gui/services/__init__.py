"""Use cases the UI calls: one transaction each, plain data in and out."""
