"""Import of clients and employers: every row checked first, then all or nothing, or the rest."""

from __future__ import annotations

import datetime as dt

import pytest

from tyollistamo_gui.domain.identifiers import make_identity_code
from tyollistamo_gui.services import client_search, importing, session
from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services import employers as employer_service
from tyollistamo_gui.services.progress import Progress
from tyollistamo_gui.storage.audit import AuditEntry, verify_chain
from tyollistamo_gui.storage.models import Client, ClientEvent, Employer

from ...exchange_samples import (
    BAD_CODE_ROW,
    BAD_DATE_ROW,
    DUPLICATE_ROW,
    HEADERS,
    bad_xlsx,
    code,
    good_rows,
    write_xlsx,
)


def stopping_after(steps: int) -> Progress:
    """A progress whose Cancel is pressed after ``steps`` steps."""
    asked: list[int] = []
    return Progress(cancelled=lambda: asked.append(1) or len(asked) > steps)


def plan_of(path, kind="clients"):
    table = importing.load(kind, path)
    return importing.check(
        kind, table, importing.guess_mapping(kind, table.headers), source=path.name
    )


def test_the_bad_rows_are_listed_exactly_and_all_or_nothing_writes_nothing(db, tmp_path):
    plan = plan_of(bad_xlsx(tmp_path / "bad.xlsx"))
    found = [(p.row, p.column, p.finding.code) for p in plan.problems]
    assert found == [
        (BAD_CODE_ROW, "Henkilötunnus", "identity_code.check_character"),
        (BAD_DATE_ROW, "Työtön alkaen", "date.format"),
        (DUPLICATE_ROW, "Henkilötunnus", "import.duplicate_row"),
    ]
    assert plan.problems[2].finding.params == {"row": 2}
    assert plan.total == 6 and len(plan.rows) == 3
    with pytest.raises(ValueError):
        importing.run(plan, valid_only=False)
    assert Client.select().count() == 0


def test_valid_rows_only_writes_the_rest_with_the_forms_side_effects(db, tmp_path):
    plan = plan_of(bad_xlsx(tmp_path / "bad.xlsx"))
    result = importing.run(plan, valid_only=True)
    assert (result.written, result.skipped, result.cancelled) == (3, 3, False)
    assert sorted(c.identity_code for c in Client.select()) == sorted([code(0), code(2), code(4)])
    first = Client.get(Client.identity_code == code(0))
    assert first.birth_date == dt.date(1970, 1, 1)
    assert first.sort_name and first.unemployed_since == dt.date(2024, 1, 1)
    assert first.postal_code == "00100" and first.service_language == "fi"
    # The same timeline, search index and audit entries as a client added in the form.
    assert [e.kind for e in ClientEvent.select().where(ClientEvent.client == first.id)] == [
        "created"
    ]
    found = client_search.search(client_search.SearchFilter(query="etu0"))
    assert [row.id for row in found] == [first.id]
    created = AuditEntry.select().where(AuditEntry.action == "create")
    assert sorted(e.client_id for e in created) == sorted(result.ids)
    summary = AuditEntry.get(AuditEntry.action == "import")
    assert '"written": 3' in summary.details and summary.object_id == "bad.xlsx"
    assert verify_chain() == []


def test_identity_codes_already_in_the_register_are_reported(db, tmp_path):
    existing = client_service.create_client(
        client_service.ClientData(first_name="Old", last_name="Client", identity_code=code(1))
    )
    plan = plan_of(write_xlsx(tmp_path / "a.xlsx", HEADERS, good_rows(3)))
    assert [(p.row, p.finding.code) for p in plan.problems] == [(3, "identity_code.duplicate")]
    assert plan.problems[0].finding.params == {}
    importing.run(plan, valid_only=True)
    assert Client.select().count() == 3
    assert Client.get(Client.identity_code == code(1)).id == existing.id


def test_cancel_of_all_or_nothing_leaves_nothing(db, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "CHUNK", 2)
    plan = plan_of(write_xlsx(tmp_path / "a.xlsx", HEADERS, good_rows(7)))
    result = importing.run(plan, valid_only=False, progress=stopping_after(2))
    assert (result.written, result.cancelled) == (0, True)
    assert Client.select().count() == 0
    assert ClientEvent.select().count() == 0


def test_cancel_of_valid_rows_only_says_how_many_were_written(db, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "CHUNK", 2)
    plan = plan_of(write_xlsx(tmp_path / "a.xlsx", HEADERS, good_rows(7)))
    result = importing.run(plan, valid_only=True, progress=stopping_after(2))
    assert (result.written, result.skipped, result.cancelled) == (4, 3, True)
    assert Client.select().count() == 4


def test_semicolon_csv_in_cp1252_as_finnish_excel_saves_it(db, tmp_path):
    text = (
        "Sukunimi;Etunimi;Hetu;Kieli;Postinumero;Työtön alkaen;Sähköposti\r\n"
        f"Mäkinen;Äijö;{code(1)};ruotsi;00100;03.02.2024;aijo@example.fi\r\n"
        f"Öberg;Åsa;{code(2)};svenska;20100;2024-02-04;\r\n"
    )
    path = tmp_path / "excel.csv"
    path.write_bytes(text.encode("cp1252"))
    table = importing.load("clients", path)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    plan = importing.check("clients", table, importing.guess_mapping("clients", table.headers))
    assert plan.problems == []
    importing.run(plan, valid_only=False)
    makinen = Client.get(Client.last_name == "Mäkinen")
    assert (makinen.first_name, makinen.service_language) == ("Äijö", "sv")
    assert makinen.unemployed_since == dt.date(2024, 2, 3)
    assert makinen.email == "aijo@example.fi"
    assert Client.get(Client.first_name == "Åsa").unemployed_since == dt.date(2024, 2, 4)


@pytest.mark.parametrize(
    ("delimiter", "encoding", "expected"),
    [(",", "utf-8-sig", "utf-8-sig"), ("\t", "utf-8", "utf-8"), (";", "utf-8", "utf-8")],
)
def test_csv_delimiters_and_encodings(db, tmp_path, delimiter, encoding, expected):
    lines = ["First name,Last name,Identity code", f"Åke,Ström,{code(3)}", "Bo,Ek,"]
    path = tmp_path / "x.csv"
    path.write_bytes("\r\n".join(line.replace(",", delimiter) for line in lines).encode(encoding))
    table = importing.load("clients", path)
    assert (table.delimiter, table.encoding) == (delimiter, expected)
    plan = importing.check("clients", table, importing.guess_mapping("clients", table.headers))
    assert plan.problems == [] and len(plan.rows) == 2
    importing.run(plan, valid_only=False)
    assert Client.get(Client.last_name == "Ström").first_name == "Åke"


def test_excel_sep_line_and_cells_over_two_lines(db, tmp_path):
    path = tmp_path / "sep.csv"
    path.write_text(
        f'sep=,\nEtunimi,Sukunimi,Hetu,Lisätiedot\nA,B,{code(1)},"two\nlines"\nC,D,010170-900X,\n',
        encoding="utf-8",
    )
    table = importing.load("clients", path)
    assert table.delimiter == ","
    plan = importing.check("clients", table, importing.guess_mapping("clients", table.headers))
    # Excel's row numbers: sep= is hidden, the header is row 1, the quoted cell spans rows 2-3.
    assert [(p.row, p.field) for p in plan.problems] == [(4, "identity_code")]


def test_headers_are_recognised_in_swedish_and_english():
    sv = ["Förnamn", "Efternamn", "Personbeteckning", "Postnummer", "FO-nummer"]
    assert importing.guess_mapping("clients", sv) == {
        0: "first_name",
        1: "last_name",
        2: "identity_code",
        3: "postal_code",
    }
    en = ["Name", "Business ID", "Kind of organisation", "Contact person"]
    assert importing.guess_mapping("employers", en) == {
        0: "name",
        1: "business_id",
        2: "organisation_kind",
        3: "contact_name",
    }


def test_a_required_field_without_a_column_is_refused_before_checking(db, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", ["Etunimi", "Hetu"], [["A", code(1)]])
    table = importing.load("clients", path)
    with pytest.raises(importing.MappingIncomplete) as refused:
        importing.check("clients", table, importing.guess_mapping("clients", table.headers))
    assert refused.value.missing == ["last_name"]


def test_choices_staff_and_yes_no_are_read_in_any_language(db, tmp_path, sign_in_as):
    from tyollistamo_gui.storage.models import StaffUser

    coach = StaffUser.create(username="coach", display_name="Kaisa Coach", role="coach")
    headers = ["Etunimi", "Sukunimi", "Etuus", "Tulkki", "Vastuuhenkilö", "Tila", "Bad"]
    rows = [
        ["A", "One", "Työmarkkinatuki", "kyllä", "kaisa coach", "Aktiivinen", ""],
        ["B", "Two", "arbetsmarknadsstöd", "maybe", "Nobody Here", "open", ""],
    ]
    plan = plan_of(write_xlsx(tmp_path / "a.xlsx", headers, rows))
    assert [(p.row, p.field, p.finding.code) for p in plan.problems] == [
        (3, "interpreter_needed", "import.yes_no"),
        (3, "responsible_staff", "import.staff"),
        (3, "status", "import.choice"),
    ]
    ((_row, data),) = plan.rows
    assert (data.benefit_status, data.interpreter_needed) == ("labour_market_subsidy", True)
    assert (data.responsible_staff_id, data.status) == (coach.id, "active")


def test_employers_with_bad_and_duplicate_business_ids(db, tmp_path):
    employer_service.create_employer(
        employer_service.EmployerData(name="Old Oy", business_id="2129026-2")
    )
    headers = ["Nimi", "Y-tunnus", "Yhteisömuoto", "Yhteyshenkilö", "Yhteyshenkilön puhelin"]
    rows = [
        ["Sininauha ry", "2129026-2", "yhdistys", "", ""],
        ["Turku", "0204819-8", "Kunta", "Liisa", "040 123 4567"],
        ["Raisio", "0204428-4", "kunta", "", ""],
        ["Turku again", "0204819-8", "", "", ""],
        ["Stiftelsen", "1438515-9", "stiftelse", "Bo", "12"],
    ]
    plan = plan_of(write_xlsx(tmp_path / "e.xlsx", headers, rows), "employers")
    assert [(p.row, p.field, p.finding.code) for p in plan.problems] == [
        (2, "business_id", "business_id.duplicate"),
        (4, "business_id", "business_id.check_digit"),
        (5, "business_id", "import.duplicate_row"),
        (6, "contact_phone", "phone.format"),
    ]
    result = importing.run(plan, valid_only=True)
    assert result.written == 1
    turku = employer_service.get_employer(Employer.get(Employer.name == "Turku").id)
    assert turku.data.organisation_kind == "municipality"
    assert [(c.name, c.phone) for c in turku.data.contacts] == [("Liisa", "040 123 4567")]


def test_only_an_administrator_may_import(db, tmp_path, sign_in_as):
    path = write_xlsx(tmp_path / "a.xlsx", HEADERS, good_rows(2))
    table = importing.load("clients", path)
    mapping = importing.guess_mapping("clients", table.headers)
    for roles in (("counsellor",), ("manager",)):
        sign_in_as(*roles)
        with pytest.raises(session.AccessDenied):
            importing.check("clients", table, mapping)
    sign_in_as("administrator")
    plan = importing.check("clients", table, mapping)
    assert importing.run(plan, valid_only=False).written == 2
    entry = AuditEntry.get(AuditEntry.action == "import")
    assert entry.username == "administrator"


def test_bulk_create_refuses_like_the_form(db):
    good = client_service.ClientData(first_name="A", last_name="B", identity_code=code(5))
    bad = client_service.ClientData(first_name="", last_name="C")
    with pytest.raises(client_service.ValidationFailed) as failed:
        client_service.create_clients([good, bad])
    assert failed.value.findings[0].params["index"] == 1
    with pytest.raises(client_service.DuplicateIdentityCode):
        client_service.create_clients([good, good])
    client_service.create_client(good)
    with pytest.raises(client_service.DuplicateIdentityCode):
        client_service.create_clients([good])
    assert Client.select().count() == 1


def test_a_closed_client_is_imported_closed(db):
    data = client_service.ClientData(
        first_name="A",
        last_name="B",
        identity_code=make_identity_code(dt.date(1990, 5, 6), 950),
        status="closed",
        closed_on=dt.date(2025, 1, 2),
        outcome="education",
    )
    (client_id,) = client_service.create_clients([data])
    kinds = [e.kind for e in ClientEvent.select().where(ClientEvent.client == client_id)]
    assert sorted(kinds) == ["closed", "created"]
    assert client_service.get_client(client_id).data == data
