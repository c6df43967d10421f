"""The store's tables (SQLAlchemy Core). Migrations in `digestbot/migrations` create them."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

sessions = Table(
    "sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("list_name", String(100), nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("source", Text, nullable=False, default=""),
    Column("title", Text),
    Column("meeting_date", Date),
    Column("data", JSON, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("list_name", "fingerprint", name="uq_sessions_list_fingerprint"),
)

follow_ups = Table(
    "follow_ups",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("list_name", String(100), nullable=False),
    Column("session_id", Integer, ForeignKey("sessions.id", ondelete="SET NULL")),
    Column("task", Text, nullable=False),
    Column("owners", JSON, nullable=False),
    Column("due", Date),
    Column("status", String(16), nullable=False),
    Column("snoozed_until", Date),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("closed_at", DateTime(timezone=True)),
    Index("ix_follow_ups_list_status", "list_name", "status"),
)

follow_up_events = Table(
    "follow_up_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("follow_up_id", String(16), ForeignKey("follow_ups.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("action", String(32), nullable=False),
    Column("detail", Text, nullable=False, default=""),
    Column("session_id", Integer),
)

digests = Table(
    "digests",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("list_name", String(100), nullable=False),
    Column("kind", String(16), nullable=False),  # digest | reminder | test
    Column("key", String(200), nullable=False, unique=True),
    Column("session_id", Integer, ForeignKey("sessions.id", ondelete="SET NULL")),
    Column("subject", Text, nullable=False),
    Column("message_id", String(255), nullable=False),
    Column("html", Text, nullable=False, default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("completed_at", DateTime(timezone=True)),
)

deliveries = Table(
    "deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("digest_id", Integer, ForeignKey("digests.id", ondelete="CASCADE"), nullable=False),
    Column("recipient", String(320), nullable=False),
    Column("status", String(16), nullable=False),  # pending | sent | failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("code", Integer),
    Column("response", Text, nullable=False, default=""),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # Set when a sender takes a pending row; another sender leaves it alone unless its
    # sender is gone (see digestbot.leader.SenderPresence) or the claim is stale.
    Column("claimed_at", DateTime(timezone=True)),
    Column("claimed_by", String(64)),
    UniqueConstraint("digest_id", "recipient", name="uq_deliveries_digest_recipient"),
    Index("ix_deliveries_digest_status", "digest_id", "status"),
)

suppressions = Table(
    "suppressions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("list_name", String(100), nullable=False),
    Column("address", String(320), nullable=False),
    Column("reason", String(32), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("list_name", "address", name="uq_suppressions_list_address"),
)

# One row per follow-up listed in a reminder; `digest_key` is the reminder's digests.key
# (written before the digest row, so a crash between the two leaves only an orphan row
# that no join finds) and `target` is the owner's address or "list".
reminder_items = Table(
    "reminder_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("digest_key", String(200), nullable=False),
    Column("follow_up_id", String(16), nullable=False, index=True),
    Column("target", String(320), nullable=False),
    UniqueConstraint("digest_key", "follow_up_id", name="uq_reminder_items_key_item"),
)
