"""Pure rules, identifiers and vocabularies: no Qt, no Peewee, no I/O."""
