"""The initial schema: sessions, follow-ups and their history, digests, deliveries, suppressions.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("list_name", sa.String(100), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("meeting_date", sa.Date),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("ingested_at", TZ, nullable=False),
        sa.UniqueConstraint("list_name", "fingerprint", name="uq_sessions_list_fingerprint"),
    )
    op.create_table(
        "follow_ups",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("list_name", sa.String(100), nullable=False),
        sa.Column("session_id", sa.Integer, sa.ForeignKey("sessions.id", ondelete="SET NULL")),
        sa.Column("task", sa.Text, nullable=False),
        sa.Column("owners", sa.JSON, nullable=False),
        sa.Column("due", sa.Date),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("snoozed_until", sa.Date),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("closed_at", TZ),
    )
    op.create_index("ix_follow_ups_list_status", "follow_ups", ["list_name", "status"])
    op.create_table(
        "follow_up_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("follow_up_id", sa.String(16),
                  sa.ForeignKey("follow_ups.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("session_id", sa.Integer),
    )
    op.create_index("ix_follow_up_events_follow_up_id", "follow_up_events", ["follow_up_id"])
    op.create_table(
        "digests",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("list_name", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
        sa.Column("session_id", sa.Integer, sa.ForeignKey("sessions.id", ondelete="SET NULL")),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("message_id", sa.String(255), nullable=False),
        sa.Column("html", sa.Text, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("completed_at", TZ),
    )
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("digest_id", sa.Integer, sa.ForeignKey("digests.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("recipient", sa.String(320), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("code", sa.Integer),
        sa.Column("response", sa.Text, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.UniqueConstraint("digest_id", "recipient", name="uq_deliveries_digest_recipient"),
    )
    op.create_index("ix_deliveries_digest_status", "deliveries", ["digest_id", "status"])
    op.create_table(
        "suppressions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("list_name", sa.String(100), nullable=False),
        sa.Column("address", sa.String(320), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.UniqueConstraint("list_name", "address", name="uq_suppressions_list_address"),
    )


def downgrade() -> None:
    for table in ("suppressions", "deliveries", "digests", "follow_up_events",
                  "follow_ups", "sessions"):
        op.drop_table(table)
