"""A store made before reminders existed (revision 0001) upgrades in place, data kept."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from digestbot.store import MIGRATIONS, open_store

T0 = datetime(2026, 11, 2, 18, tzinfo=UTC)


def test_a_0001_store_upgrades_and_keeps_its_deliveries(store_url: str) -> None:
    engine = sa.create_engine(store_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(sa.text(
            "INSERT INTO digests (id, list_name, kind, key, subject, message_id, html, "
            "created_at) VALUES (1, 'igc', 'digest', 'k', 's', '<m@x>', '', :t)"), {"t": T0})
        conn.execute(sa.text(
            "INSERT INTO deliveries (digest_id, recipient, status, attempts, response, "
            "updated_at) VALUES (1, 'ana@example.org', 'pending', 0, '', :t), "
            "(1, 'bo@example.org', 'sent', 1, '250 ok', :t)"), {"t": T0})
    engine.dispose()

    store = open_store(store_url)
    try:
        with store.begin() as conn:
            version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
        assert version == "0002"
        assert store.recipients(1, "sent") == ["bo@example.org"]
        assert store.claim_pending(1, now=T0, claimer="me") == ["ana@example.org"]
        store.record_reminder_items("reminder:igc:ana@example.org:2026-11-05",
                                    "ana@example.org", ["abc1234"])
        assert store.reminder_item_ids("reminder:igc:ana@example.org:2026-11-05") == [
            "abc1234"]
    finally:
        store.close()
