"""The supported-work tables as their migration creates them match the live models."""

from tyollistamo_gui.storage import connection
from tyollistamo_gui.storage.models import database
from tyollistamo_gui.storage.supported import SUPPORTED_MODELS


def test_tables_match_models(tmp_path):
    connection.open_database(tmp_path / "db.sqlite3")
    for model in SUPPORTED_MODELS:
        table = model._meta.table_name
        columns = {c.name for c in database.get_columns(table)}
        assert columns == set(model._meta.columns), table
        indexes = {tuple(i.columns) for i in database.get_indexes(table)}
        for fields, _unique in model._meta.indexes:
            assert tuple(model._meta.fields[f].column_name for f in fields) in indexes, fields


def test_supported_work_migration_on_a_database_with_clients(tmp_path):
    from peewee import SqliteDatabase

    from tyollistamo_gui.storage import migrations
    from tyollistamo_gui.storage.models import Client
    from tyollistamo_gui.storage.supported import WorkTrialRecord

    ours = next(
        i for i, m in enumerate(migrations.MIGRATIONS) if m.description.startswith("supported work")
    )
    path = tmp_path / "before.sqlite3"
    old = SqliteDatabase(str(path))
    migrations.migrate(old, migrations.MIGRATIONS[:ours])
    with old.bind_ctx([Client]):
        Client.insert_many(
            [{"first_name": f"E{i}", "last_name": "S", "sort_name": f"s{i}"} for i in range(50)]
        ).execute()
    old.close()
    opened = connection.open_database(path)
    assert opened.migrated_from == migrations.MIGRATIONS[ours - 1].version
    assert Client.select().count() == 50
    assert WorkTrialRecord.select().count() == 0
    WorkTrialRecord.create(
        client=Client.select().first().id, updated_at=Client.select().first().updated_at
    )
    assert WorkTrialRecord.select().count() == 1
