"""PostgreSQL specifics: opening a server, search parity with SQLite, schema versions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tyollistamo_gui.services import client_search, demo
from tyollistamo_gui.services import clients as svc
from tyollistamo_gui.services.client_search import SearchFilter
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage import connection, migrations, server
from tyollistamo_gui.storage.models import Client, database

TODAY = dt.date(2026, 3, 2)
NAMES = [
    ("Åke", "Öhman"),
    ("Ake", "Ohman"),
    ("Anna-Liisa", "Mäkinen"),
    ("Anna", "Makinen"),
    ("Sean", "O'Brien"),
    ("Jürgen", "Müller"),
    ("Ærø", "Ørsted"),
    ("Zoë", "Ääpälä"),
    ("Ismo", "Virtanen-Åberg"),
    ("Fatima", "Al-Hassan"),
    ("Олег", "Иванов"),
]
QUERIES = [
    "",
    "a",
    "ak",
    "ake",
    "Åke",
    "åk",
    "AKE öh",
    "oh",
    "mak",
    "mäk",
    "anna",
    "anna l",
    "liisa",
    "nen",
    "o brien",
    "brie",
    "muller",
    "mü",
    "ae",
    "ær",
    "or",
    "zoe",
    "aap",
    "ääp",
    "virtanen ab",
    "åberg",
    "al has",
    "олег",
    "ив",
    "1",
    "13",
    "virt 1",
    "x",
    "ma ni",
]


def _fill() -> None:
    demo.fill_demo(400, 7, today=TODAY)
    for first, last in NAMES:
        svc.create_client(ClientData(first_name=first, last_name=last))


def _results() -> dict[str, tuple]:
    out = {}
    for query in QUERIES:
        for status in ("active", "all"):
            found = client_search.search(SearchFilter(query=query, status=status), 0, 1000)
            count = client_search.count(SearchFilter(query=query, status=status))
            out[f"{query}/{status}"] = (count, tuple(row.name for row in found))
        by_event = client_search.search(SearchFilter(query=query, order="last_event"), 0, 30)
        out[f"{query}/last_event"] = tuple(row.name for row in by_event)
    return out


def test_search_gives_the_same_results_on_both_backends(tmp_path, empty_postgres):
    connection.open_database(tmp_path / "parity.sqlite3")
    _fill()
    on_sqlite = _results()
    connection.close_database()
    connection.open_database(empty_postgres)
    _fill()
    on_postgres = _results()
    assert on_postgres == on_sqlite
    # Not a vacuous comparison: accents, word starts and several words all matter.
    assert {"Ohman, Ake", "Öhman, Åke"} <= set(on_sqlite["ake/all"][1])
    assert "Öhman, Åke" in on_sqlite["Åke/all"][1]
    assert "Ohman, Ake" not in on_sqlite["Åke/all"][1]
    assert on_sqlite["nen/all"] == (0, ())
    assert on_sqlite["anna l/all"][1] == ("Mäkinen, Anna-Liisa",)
    assert on_sqlite["олег/all"][1] == ("Иванов, Олег",)
    assert on_sqlite["/all"][0] == 400 + len(NAMES)


def test_renaming_a_client_updates_the_server_search(db):
    record = svc.create_client(ClientData(first_name="Aino", last_name="Aho"))
    assert [r.id for r in client_search.search(SearchFilter(query="aho"))] == [record.id]
    svc.update_client(
        record.id, record.version, dataclasses.replace(record.data, last_name="Öberg")
    )
    assert client_search.search(SearchFilter(query="aho")) == []
    assert [r.id for r in client_search.search(SearchFilter(query="ober"))] == [record.id]


def test_an_empty_server_database_gets_the_schema(empty_postgres):
    opened = connection.open_database(empty_postgres)
    assert opened.created and opened.is_server
    assert opened.schema_version == migrations.LATEST_VERSION
    assert "password" not in opened.path
    assert connection.is_server() and connection.database_location() == opened.path
    # Ids continue after the rows the migrations wrote with explicit ids.
    svc.create_client(ClientData(first_name="Aino", last_name="Aho"))
    assert Client.select().count() == 1


def test_sort_keys_use_binary_order_on_the_server(empty_postgres):
    connection.open_database(empty_postgres)
    for first, last in NAMES:
        svc.create_client(ClientData(first_name=first, last_name=last))
    names = [row.name for row in client_search.search(SearchFilter(), 0, 100)]
    # Å Ä Ö after Z, as in Finnish and Swedish, whatever the server's own collation.
    assert names.index("Virtanen-Åberg, Ismo") < names.index("Öhman, Åke")
    assert names.index("Ohman, Ake") < names.index("Virtanen-Åberg, Ismo")
    assert names.index("Ääpälä, Zoë") < names.index("Öhman, Åke")


def test_a_newer_server_schema_is_refused_unchanged(empty_postgres):
    connection.open_database(empty_postgres)
    database.execute_sql("UPDATE schema_version SET version = 999")
    connection.close_database()
    with pytest.raises(connection.DatabaseTooNew) as caught:
        connection.open_database(empty_postgres)
    assert caught.value.found == 999 and caught.value.is_server
    db = server.connect(empty_postgres)
    assert migrations.schema_version(db) == 999
    db.close()


def test_an_older_server_schema_is_migrated_only_when_allowed(empty_postgres):
    db = server.connect(empty_postgres)
    migrations.migrate(db, migrations.MIGRATIONS[:1])
    db.execute_sql(
        "INSERT INTO client (first_name, last_name, service_language, created_at, "
        "updated_at, version) VALUES ('Åsa', 'Öberg', 'sv', '2025-01-01 10:00', "
        "'2025-01-01 10:00', 1)"
    )
    db.close()
    with pytest.raises(connection.NeedsMigration) as caught:
        connection.open_database(empty_postgres, may_migrate=False)
    assert caught.value.found == 1
    opened = connection.open_database(empty_postgres)
    assert opened.migrated_from == 1 and opened.schema_version == migrations.LATEST_VERSION
    assert [row.name for row in client_search.search(SearchFilter(query="asa"))] == ["Öberg, Åsa"]


def test_a_database_of_something_else_is_refused(empty_postgres):
    db = server.connect(empty_postgres)
    db.execute_sql("CREATE TABLE invoices (id SERIAL PRIMARY KEY)")
    db.close()
    with pytest.raises(connection.DatabaseUnreadable) as caught:
        connection.open_database(empty_postgres)
    assert caught.value.reason == "foreign"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("postgresql://nobody@127.0.0.1:1/tyollistamo", "unreachable"),
        ("postgresql://127.0.0.1/tyollistamo", "bad_url"),
        ("postgresql://u@127.0.0.1:99999/tyollistamo", "bad_url"),
        ("postgresql://u@127.0.0.1/tyollistamo?sslmode=maybe", "bad_url"),
    ],
)
def test_an_unreachable_or_wrong_server_is_explained(url, reason):
    with pytest.raises(connection.ServerUnreachable) as caught:
        connection.open_database(url)
    assert caught.value.reason == reason
    assert not connection.is_open()


def test_a_missing_database_or_role_is_explained(postgres_server):
    missing_db = backends_url(postgres_server, "no_such_database_here")
    with pytest.raises(connection.ServerUnreachable) as caught:
        connection.open_database(missing_db)
    assert caught.value.reason == "no_database"
    settings = server.parse_url(postgres_server)
    nobody = dataclasses.replace(settings, user="no_such_role")
    with pytest.raises(connection.ServerUnreachable) as caught:
        server.check_connection(nobody)
    assert caught.value.reason == "login"


def backends_url(url: str, name: str) -> str:
    from ...backends import with_database

    return with_database(url, name)


def test_url_parsing_round_trips_and_hides_the_password():
    settings = server.parse_url(
        "postgresql://anna%40unit:s3cr%3At@db.example.fi:6543/reg?sslmode=verify-full"
    )
    assert settings == server.ServerSettings(
        host="db.example.fi",
        port=6543,
        database="reg",
        user="anna@unit",
        sslmode="verify-full",
        password="s3cr:t",
    )
    assert (
        settings.display_url
        == "postgresql://anna%40unit@db.example.fi:6543/reg?sslmode=verify-full"
    )
    assert server.parse_url(settings.url(with_password=True)) == settings


def test_migrating_an_empty_server_database_matches_the_models(empty_postgres):
    from tyollistamo_gui.storage.registry import all_models

    connection.open_database(empty_postgres)
    models = all_models("postgresql")
    assert "client_name_token" in {m._meta.table_name for m in models}
    for model in models:
        table = model._meta.table_name
        columns = {c.name for c in database.get_columns(table)}
        assert columns == set(model._meta.columns), table
