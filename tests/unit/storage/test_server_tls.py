"""The TLS choice (sslmode) reaches the driver: the test server offers no TLS."""

from __future__ import annotations

import dataclasses

import pytest

from tyollistamo_gui.storage import server
from tyollistamo_gui.storage.connection import ServerUnreachable


@pytest.mark.parametrize("sslmode", ["require", "verify-ca", "verify-full"])
def test_a_required_encryption_the_server_lacks_is_refused_as_tls(postgres_server, sslmode):
    settings = dataclasses.replace(server.parse_url(postgres_server), sslmode=sslmode)
    with pytest.raises(ServerUnreachable) as refused:
        server.check_connection(settings)
    assert refused.value.reason == "tls"
    assert "ssl" in refused.value.detail.lower()


@pytest.mark.parametrize("sslmode", ["disable", "allow", "prefer"])
def test_optional_encryption_connects_without_tls(postgres_server, sslmode):
    settings = dataclasses.replace(server.parse_url(postgres_server), sslmode=sslmode)
    db = server.connect(settings)
    try:
        assert db.connect_params["sslmode"] == sslmode
        (ssl,) = db.execute_sql(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).fetchone()
        assert ssl is False
    finally:
        db.close()
