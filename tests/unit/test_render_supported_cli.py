"""``tyollistamo render work-trial|wage-subsidy|rehab-work ID`` on a demo register."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tyollistamo_gui.__main__ import main
from tyollistamo_gui.services import supported
from tyollistamo_gui.services.demo import fill_demo
from tyollistamo_gui.storage import connection


@pytest.fixture
def demo_register(data_dir):
    connection.open_database(data_dir / connection.DATABASE_FILENAME)
    fill_demo(200, seed=5)
    rows = {kind: supported.list_arrangements(kind=kind) for kind in supported.domain.KINDS}
    connection.close_database()
    return rows


@pytest.mark.parametrize(
    ("kind", "key", "titles"),
    [
        ("work-trial", "work_trial", ("Työkokeilusopimus", "Avtal om arbetsprövning")),
        ("wage-subsidy", "wage_subsidy", ("Työsopimus", "Arbetsavtal")),
        (
            "rehab-work",
            "rehab_work",
            (
                "Sopimus kuntouttavasta työtoiminnasta",
                "Avtal om arbetsverksamhet i rehabiliteringssyfte",
            ),
        ),
    ],
)
def test_render_each_agreement_in_both_languages(
    qapp, demo_register, data_dir, tmp_path, capsys, kind, key, titles
):
    rows = demo_register[key]
    # Every kind in every state (the demo backs each supported-work period with one).
    assert {row.state for row in rows} == set(supported.domain.STATES)
    for language, title in zip(("fi", "sv"), titles, strict=True):
        out = tmp_path / f"{kind}-{language}.pdf"
        args = ["--data-dir", str(data_dir), "render", kind, str(rows[0].id), "--lang", language]
        assert main([*args, "-o", str(out)]) == 0
        assert title in capsys.readouterr().out
        first = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
        assert title in first


def test_unknown_agreement_id_is_one_line_exit_2_and_no_file(
    qapp, demo_register, data_dir, tmp_path, capsys
):
    out = tmp_path / "x.pdf"
    code = main(["--data-dir", str(data_dir), "render", "rehab-work", "9999", "-o", str(out)])
    assert code == 2
    err = capsys.readouterr().err
    assert err == "tyollistamo: error: there is no rehab-work with id 9999\n"
    assert not out.exists()
