import dataclasses
import datetime as dt

import pytest

from tyollistamo_gui.domain.errors import ConcurrentEdit
from tyollistamo_gui.domain.findings import ValidationFailed
from tyollistamo_gui.domain.identifiers import make_identity_code
from tyollistamo_gui.services import client_search
from tyollistamo_gui.services import clients as svc
from tyollistamo_gui.services.client_search import SearchFilter
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage import connection
from tyollistamo_gui.storage.models import Client, StaffUser

from ...backends import execute_elsewhere

ANNA = ClientData(
    first_name="Anna",
    last_name="Virtanen",
    identity_code="131052-308T",
    phone="040 123 4567",
    email="anna.virtanen@example.fi",
    postal_code="00100",
    post_office="Helsinki",
    benefit_status="labour_market_subsidy",
    unemployed_since=dt.date(2020, 1, 1),
    referral_source="employment_authority",
    referrer_name="Pekka Ohjaaja",
)


def test_create_and_read_back(db):
    record = svc.create_client(ANNA, actor="Tester")
    assert record.data == ANNA
    assert record.birth_date == dt.date(1952, 10, 13)
    assert record.long_term_unemployed
    assert record.version == 1
    assert [e.kind for e in svc.timeline(record.id)] == ["created"]
    assert svc.timeline(record.id)[0].actor_name == "Tester"


def test_identity_code_is_optional_at_first_contact(db):
    record = svc.create_client(ClientData(first_name="Åke", last_name="Öhman"))
    assert record.data.identity_code == ""
    assert record.birth_date is None
    assert Client.get_by_id(record.id).identity_code is None


def test_long_term_flag_needs_twelve_months(db):
    today = dt.date.today()
    short = svc.create_client(
        dataclasses.replace(ANNA, identity_code="", unemployed_since=today - dt.timedelta(days=300))
    )
    assert not short.long_term_unemployed


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"first_name": " "}, "first_name", "required"),
        ({"identity_code": "131052-308A"}, "identity_code", "identity_code.check_character"),
        ({"identity_code": "131352-308T"}, "identity_code", "identity_code.date"),
        ({"identity_code": "131052*308T"}, "identity_code", "identity_code.century_sign"),
        ({"email": "anna@"}, "email", "email.format"),
        ({"phone": "12"}, "phone", "phone.format"),
        ({"postal_code": "1000"}, "postal_code", "postal_code.format"),
        ({"referrer_email": "x"}, "referrer_email", "email.format"),
        (
            {"unemployed_since": dt.date.today() + dt.timedelta(days=3)},
            "unemployed_since",
            "date.future",
        ),
        ({"service_language": "other"}, "other_language", "required"),
        ({"status": "closed", "closed_on": dt.date.today()}, "outcome", "closing.outcome"),
        ({"status": "closed", "outcome": "education"}, "closed_on", "required"),
    ],
)
def test_bad_input_saves_nothing(db, change, field, code):
    with pytest.raises(ValidationFailed) as raised:
        svc.create_client(dataclasses.replace(ANNA, **change))
    assert (field, code) in [(f.field, f.code) for f in raised.value.findings]
    assert Client.select().count() == 0


def test_edit_records_changed_fields_and_keeps_version(db):
    record = svc.create_client(ANNA)
    edited = svc.update_client(
        record.id, record.version, dataclasses.replace(ANNA, phone="09 123 4567")
    )
    assert edited.version == 2
    assert edited.data.phone == "09 123 4567"
    event = svc.timeline(record.id)[0]
    assert event.kind == "edited" and event.details == {"fields": ["phone"]}


def test_bad_edit_keeps_stored_record(db):
    record = svc.create_client(ANNA)
    with pytest.raises(ValidationFailed):
        svc.update_client(record.id, record.version, dataclasses.replace(ANNA, last_name=""))
    assert svc.get_client(record.id) == record


def test_close_and_reopen(db):
    record = svc.create_client(ANNA)
    closed = svc.close_client(
        record.id, record.version, dt.date.today(), "education", "Aloitti opinnot"
    )
    assert closed.data.status == "closed" and closed.data.outcome == "education"
    assert [e.kind for e in svc.timeline(record.id)][:1] == ["closed"]
    reopened = svc.reopen_client(closed.id, closed.version)
    assert reopened.data.status == "active"
    assert reopened.data.closed_on is None and reopened.data.outcome == ""
    assert [e.kind for e in svc.timeline(record.id)] == ["reopened", "closed", "created"]


def test_duplicate_identity_code_is_refused(db):
    first = svc.create_client(ANNA)
    with pytest.raises(svc.DuplicateIdentityCode) as raised:
        svc.create_client(
            dataclasses.replace(ANNA, first_name="Anni", identity_code=" 131052-308t ")
        )
    assert raised.value.existing_id == first.id
    assert Client.select().count() == 1
    other = svc.create_client(dataclasses.replace(ANNA, identity_code=""))
    with pytest.raises(svc.DuplicateIdentityCode):
        svc.update_client(other.id, other.version, dataclasses.replace(ANNA))


def test_same_digits_with_another_century_sign_is_another_person(db):
    svc.create_client(dataclasses.replace(ANNA, identity_code="010190-999W"))
    svc.create_client(dataclasses.replace(ANNA, identity_code="010190Y999W"))
    assert Client.select().count() == 2


def test_likely_duplicate_by_name_and_birth_date_is_found_not_merged(db):
    first = svc.create_client(dataclasses.replace(ANNA, identity_code="131052-308T"))
    # The same person with a (mistyped) different individual number.
    candidate = dataclasses.replace(
        ANNA, first_name="anna", identity_code=make_identity_code(dt.date(1952, 10, 13), 950)
    )
    assert [row.id for row in svc.find_possible_duplicates(candidate)] == [first.id]
    assert svc.find_possible_duplicates(candidate, exclude_id=first.id) == []
    assert svc.find_possible_duplicates(dataclasses.replace(candidate, first_name="Aino")) == []


def test_concurrent_edit_from_a_second_session_is_detected(db):
    record = svc.create_client(ANNA)
    # A second workstation opens the same database file and saves first.
    execute_elsewhere(
        db,
        "UPDATE client SET phone = '09 555 5555', version = version + 1 WHERE id = ?",
        (record.id,),
    )
    with pytest.raises(ConcurrentEdit):
        svc.update_client(
            record.id, record.version, dataclasses.replace(ANNA, phone="040 111 2222")
        )
    assert svc.get_client(record.id).data.phone == "09 555 5555"


def test_notes_are_append_only(db):
    record = svc.create_client(ANNA)
    note = svc.add_note(record.id, "Ensitapaaminen sovittu.", actor="Liisa")
    edited = svc.edit_note(note.id, "Ensitapaaminen sovittu 3.12.", actor="Liisa")
    notes = svc.list_notes(record.id)
    assert [n.text for n in notes] == ["Ensitapaaminen sovittu 3.12."]
    assert [n.text for n in notes[0].earlier] == ["Ensitapaaminen sovittu."]
    assert edited.earlier[0].id == note.id
    with pytest.raises(ConcurrentEdit):
        svc.edit_note(note.id, "Toinen muokkaus vanhasta versiosta")
    with pytest.raises(ValidationFailed):
        svc.add_note(record.id, "   ")
    assert [e.kind for e in svc.timeline(record.id)][:2] == ["note_edited", "note_added"]


def _names(query, **kwargs):
    return [
        row.name for row in client_search.search(SearchFilter(query=query, status="all", **kwargs))
    ]


def test_search_by_name_prefix_code_prefix_and_accents(db):
    for first, last, code in [
        ("Åke", "Öhman", "010190-999W"),
        ("Ake", "Ohman", make_identity_code(dt.date(1990, 2, 2), 995)),
        ("Anna-Maria", "Mäkinen", ""),
        ("Matti", "Makinen", "131052-308T"),
    ]:
        svc.create_client(ClientData(first_name=first, last_name=last, identity_code=code))
    assert _names("ake") == ["Ohman, Ake", "Öhman, Åke"]
    assert _names("Åke") == ["Öhman, Åke"]
    assert _names("ÅKE") == ["Öhman, Åke"]
    assert _names("mak") == ["Makinen, Matti", "Mäkinen, Anna-Maria"]
    assert _names("mäk") == ["Mäkinen, Anna-Maria"]
    assert _names("maria") == ["Mäkinen, Anna-Maria"]
    assert _names("mak mat") == ["Makinen, Matti"]
    assert _names("0101") == ["Öhman, Åke"]
    assert _names("131052-3") == ["Makinen, Matti"]
    assert _names("010190y") == []
    assert _names('"') == _names("")
    assert len(_names("")) == 4


def test_search_filters_and_orders(db):
    staff = StaffUser.create(username="liisa", display_name="Liisa", role="counsellor")
    a = svc.create_client(
        ClientData(first_name="Aino", last_name="Aho", responsible_staff_id=staff.id)
    )
    b = svc.create_client(ClientData(first_name="Eero", last_name="Öberg"))
    svc.create_client(ClientData(first_name="Zoe", last_name="Zetterberg"))
    svc.close_client(b.id, b.version, dt.date.today(), "moved_away")
    assert _names("", staff_id=staff.id) == ["Aho, Aino"]
    assert [r.name for r in client_search.search(SearchFilter(status="active"))] == [
        "Aho, Aino",
        "Zetterberg, Zoe",
    ]
    assert [r.name for r in client_search.search(SearchFilter(status="closed"))] == ["Öberg, Eero"]
    # Finnish and Swedish order: Å Ä Ö after Z.
    assert _names("") == ["Aho, Aino", "Zetterberg, Zoe", "Öberg, Eero"]
    assert _names("", order="last_event")[0] == "Öberg, Eero"
    assert client_search.count(SearchFilter(status="all")) == 3
    svc.add_note(a.id, "Uusin tapahtuma")
    assert _names("", order="last_event")[0] == "Aho, Aino"
    assert client_search.search(SearchFilter(staff_id=staff.id))[0].responsible_name == "Liisa"


def test_search_paging(db):
    from tyollistamo_gui.services.demo import fill_demo

    fill_demo(500, seed=5)
    everyone = SearchFilter(status="all")
    pages = (
        client_search.search(everyone, 0, 200)
        + client_search.search(everyone, 200, 200)
        + client_search.search(everyone, 400, 200)
    )
    assert len({row.id for row in pages}) == 500 == client_search.count(everyone)


def test_migration_from_version_1_keeps_clients_and_makes_them_searchable(tmp_path):
    from peewee import SqliteDatabase

    from tyollistamo_gui.storage import migrations

    path = tmp_path / "old.sqlite3"
    old = SqliteDatabase(str(path))
    migrations.migrate(old, migrations.MIGRATIONS[:1])
    old.execute_sql(
        "INSERT INTO client (first_name, last_name, identity_code, birth_date, service_language, "
        "created_at, updated_at, version) VALUES ('Åsa', 'Öberg', '131052-308T', '1952-10-13', "
        "'sv', '2025-01-01 10:00:00', '2025-01-01 10:00:00', 1)"
    )
    old.close()
    opened = connection.open_database(path)
    assert opened.migrated_from == 1 and opened.backup_path.exists()
    assert _names("asa") == ["Öberg, Åsa"]
    record = svc.get_client(client_search.search(SearchFilter(query="asa"))[0].id)
    assert record.data.status == "active" and record.data.service_language == "sv"
    assert record.last_event_at == dt.datetime(2025, 1, 1, 10, 0)


def test_identity_code_is_required_before_an_agreement(db):
    record = svc.create_client(ClientData(first_name="Aino", last_name="Aho"))
    assert [f.code for f in svc.check_ready_for_agreement(record.id)] == [
        "identity_code.required_for_agreement"
    ]
    svc.update_client(
        record.id, record.version, dataclasses.replace(record.data, identity_code="131052-308T")
    )
    assert svc.check_ready_for_agreement(record.id) == []


def test_service_periods_show_in_the_list_and_filter_it(db):
    today = dt.date.today()
    anna = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    eero = svc.create_client(ClientData(first_name="Eero", last_name="Berg"))
    trial = svc.start_service(anna.id, "work_trial", today, actor="Liisa")
    svc.start_service(anna.id, "guidance", today - dt.timedelta(days=30))
    svc.start_service(eero.id, "guidance", today)
    rows = {row.name: row for row in client_search.search(SearchFilter())}
    assert rows["Aho, Anna"].services == ("guidance", "work_trial")
    assert rows["Berg, Eero"].services == ("guidance",)
    assert _names("", service_kind="work_trial") == ["Aho, Anna"]
    assert client_search.count(SearchFilter(service_kind="guidance")) == 2
    svc.end_service(trial.id, today, actor="Liisa")
    assert _names("", service_kind="work_trial") == []
    assert [s.kind for s in svc.list_services(anna.id) if s.in_progress] == ["guidance"]
    kinds = [(e.kind, e.details.get("service")) for e in svc.timeline(anna.id)]
    assert kinds[:2] == [("service_ended", "work_trial"), ("service_started", "guidance")]


def test_bad_service_input_is_refused(db):
    today = dt.date.today()
    anna = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    with pytest.raises(ValidationFailed):
        svc.start_service(anna.id, "knitting", today)
    period = svc.start_service(anna.id, "guidance", today)
    with pytest.raises(ValidationFailed) as raised:
        svc.end_service(period.id, today - dt.timedelta(days=1))
    assert raised.value.findings[0].code == "date.order"
    assert svc.list_services(anna.id)[0].in_progress


def test_closing_a_client_ends_their_services(db):
    today = dt.date.today()
    anna = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    svc.start_service(anna.id, "guidance", today - dt.timedelta(days=10))
    record = svc.get_client(anna.id)
    svc.close_client(anna.id, record.version, today, "education")
    assert [s.ended_on for s in svc.list_services(anna.id)] == [today]
    with pytest.raises(ValidationFailed):
        svc.start_service(anna.id, "guidance", today)
