"""Settings › Database on a computer without a usable credential store."""

from __future__ import annotations

import keyring
from keyring.backends import fail

from tyollistamo_gui.services.database import ServerSettings, has_stored_password
from tyollistamo_gui.ui.database_settings import DatabasePage


def test_without_a_credential_store_the_password_is_refused_and_nothing_changes(
    qtbot, context, keyring_store
):
    keyring.set_keyring(fail.Keyring())
    page = DatabasePage(context)
    qtbot.addWidget(page)
    page.server.setChecked(True)
    page.fields["host"].setText("db.example.fi")
    page.fields["database"].setText("tyollistamo")
    page.fields["user"].setText("tyollistamo")
    page.password.setText("s3cret")
    page.password.textEdited.emit("s3cret")
    assert page.save() is False
    assert page.test_result.text() == (
        "The password cannot be stored: this computer has no credential store available. "
        "Nothing was changed."
    )
    context.settings.sync()
    assert context.settings.value("database/kind") is None
    ini = context.data_dir / "settings.ini"
    assert not ini.exists() or "s3cret" not in ini.read_text(encoding="utf-8")
    # Reading from the missing store is not an error: there is simply no password.
    assert not has_stored_password(ServerSettings("db.example.fi", "tyollistamo", "tyollistamo"))
