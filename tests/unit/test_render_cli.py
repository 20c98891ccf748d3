"""``tyollistamo render``: a stored document to a PDF file, one clear line on errors."""

from __future__ import annotations

import pytest

from tyollistamo_gui.__main__ import main
from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services import rendering
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage import connection

from ..documents.sample import rendered


@pytest.fixture
def registered(monkeypatch, data_dir):
    connection.open_database(data_dir / connection.DATABASE_FILENAME)
    client = client_service.create_client(ClientData(first_name="Åsa", last_name="Öberg"))
    connection.close_database()

    def render(object_id, language):
        if object_id != 7:
            raise rendering.DocumentNotFound(object_id)
        return rendered(client.id, language or "sv")

    monkeypatch.setitem(rendering._RENDERERS, "test-agreement", render)


def test_render_writes_the_pdf(qapp, registered, data_dir, tmp_path, capsys):
    out = tmp_path / "a.pdf"
    code = main(["--data-dir", str(data_dir), "render", "test-agreement", "7", "-o", str(out)])
    assert code == 0
    assert out.read_bytes() == rendered(1, "sv").pdf
    assert "Testavtal" in capsys.readouterr().out
    out_fi = tmp_path / "b.pdf"
    args = ["--data-dir", str(data_dir), "render", "test-agreement", "7", "--lang", "fi"]
    assert main([*args, "-o", str(out_fi)]) == 0
    assert out_fi.read_bytes() == rendered(1, "fi").pdf


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no-such-kind", "7"], "unknown document kind 'no-such-kind'"),
        (["test-agreement", "8"], "there is no test-agreement with id 8"),
    ],
)
def test_render_errors_are_one_line_and_write_nothing(
    qapp, registered, data_dir, tmp_path, capsys, args, message
):
    out = tmp_path / "x.pdf"
    code = main(["--data-dir", str(data_dir), "render", *args, "-o", str(out)])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("tyollistamo: error: ") and message in err
    assert err.count("\n") == 1
    assert not out.exists()


def test_render_without_a_database_refuses(data_dir, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["--data-dir", str(data_dir), "render", "work-trial", "1", "-o", str(out)]) == 2
    assert "no database" in capsys.readouterr().err
    assert not out.exists()
    assert not (data_dir / connection.DATABASE_FILENAME).exists()


def test_render_rejects_a_bad_id(data_dir, tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(data_dir), "render", "work-trial", "abc", "-o", "x.pdf"])
    assert exited.value.code == 2
    assert "not a record number" in capsys.readouterr().err
