"""The database: models, schema migrations, opening with the right pragmas."""
