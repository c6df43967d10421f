"""The store on a SQLite file and on the machine's PostgreSQL: migrations, idempotence, ledger."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from digestbot.model import FollowUp, Session
from digestbot.store import open_store, same_task

NOW = datetime(2024, 3, 15, 9, 0, tzinfo=UTC)


def session(fingerprint: str = "fp1", *items: FollowUp) -> Session:
    return Session(title="Call", date=date(2024, 3, 14), fingerprint=fingerprint,
                   follow_ups=items or (FollowUp("Send the report around", ("Amara",)),))


def test_open_migrates_and_reopens(store_url: str) -> None:
    store = open_store(store_url)
    store.close()
    store = open_store(store_url)  # a second open applies nothing and keeps data
    with store.engine.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
        tables = set(sa.inspect(conn).get_table_names())
    assert version is not None
    assert {"sessions", "follow_ups", "follow_up_events", "digests", "deliveries"} <= tables
    store.close()


def test_ingesting_twice_changes_nothing(store_url: str) -> None:
    store = open_store(store_url)
    first = store.ingest("igc", session(), now=NOW)
    second = store.ingest("igc", session(), now=NOW + timedelta(hours=1))
    assert first.created and not second.created
    assert first.session_id == second.session_id
    assert len(store.follow_ups()) == 1
    store.close()


def test_later_meeting_updates_the_same_follow_up(store_url: str) -> None:
    store = open_store(store_url)
    store.ingest("igc", session("a", FollowUp("Send the report of the pre-event around",
                                              ("Amara",))), now=NOW)
    later = store.ingest("igc", session("b", FollowUp("Send the report of the pre-event around",
                                                      ("Amara",), status="done")), now=NOW)
    items = store.follow_ups()
    assert len(items) == 1 and items[0].status == "done"
    assert later.updated == (items[0].id,)
    actions = [e["action"] for e in store.follow_up_history(items[0].id)]
    assert actions == ["created", "updated by notes"]
    store.close()


def test_delivery_rows_are_unique_and_sent_is_final(store_url: str) -> None:
    store = open_store(store_url)
    sid = store.ingest("igc", session(), now=NOW).session_id
    kwargs = dict(key="digest:igc:fp1", list_name="igc", kind="digest", session_id=sid,
                  subject="s", message_id="<m@x>", html="", now=NOW)
    digest = store.create_digest(recipients=["a@example.org", "b@example.org"], **kwargs)
    again = store.create_digest(recipients=["a@example.org", "c@example.org", "d@example.org"],
                                **kwargs)
    assert again.id == digest.id
    assert store.recipients(digest.id) == ["a@example.org", "b@example.org", "c@example.org",
                                           "d@example.org"]
    store.record_results(digest.id, [("a@example.org", "sent", 250, "ok"),
                                     ("b@example.org", "failed", 451, "try later"),
                                     ("d@example.org", "failed", 550, "no such user")], now=NOW)
    # a late, stale answer cannot undo a recorded acceptance
    store.record_results(digest.id, [("a@example.org", "failed", 451, "late")], now=NOW)
    assert store.recipients(digest.id, "sent") == ["a@example.org"]
    assert store.retryable(digest.id) == ["b@example.org", "c@example.org"]
    assert [d.id for d in store.incomplete_digests("igc")] == [digest.id]
    assert store.reset_failed(digest.id, now=NOW) == 1  # the 4xx, not the 550
    assert store.recipients(digest.id, "pending") == ["b@example.org", "c@example.org"]
    entry = store.history()[0]
    assert entry["counts"] == {"sent": 1, "failed": 1, "pending": 2}
    store.close()


def test_same_task_matches_rewordings_not_different_tasks() -> None:
    assert same_task("Send a report and summary of the session around",
                     "send the report and a summary of the session around")
    assert not same_task("Send a report around", "Book the venue for June")
