"""The guidance migration on a database at the previous version full of clients."""

from peewee import SqliteDatabase

from tyollistamo_gui.storage import connection, migrations
from tyollistamo_gui.storage.guidance import GUIDANCE_MODELS, GuidanceProcess
from tyollistamo_gui.storage.models import Client, database


def test_guidance_migration_on_a_full_previous_database(tmp_path):
    from tyollistamo_gui.services import clients as client_svc
    from tyollistamo_gui.services import guidance

    number = next(m.version for m in migrations.MIGRATIONS if m.apply is migrations._m007_guidance)
    path = tmp_path / "previous.sqlite3"
    old = SqliteDatabase(str(path))
    migrations.migrate(old, migrations.MIGRATIONS[: number - 1])
    with old.bind_ctx([Client]):
        Client.insert_many(
            [{"first_name": f"Etu{i}", "last_name": f"Suku{i:03d}"} for i in range(300)]
        ).execute()
    old.close()
    opened = connection.open_database(path)
    assert opened.migrated_from == number - 1
    assert Client.select().count() == 300
    for model in GUIDANCE_MODELS:
        columns = {c.name for c in database.get_columns(model._meta.table_name)}
        assert columns == set(model._meta.columns)
    first = Client.select().order_by(Client.id).first()
    record = guidance.start_process(first.id)
    assert GuidanceProcess.select().count() == 1
    assert client_svc.list_services(first.id)[0].kind == "guidance"
    assert record.status == "draft"
