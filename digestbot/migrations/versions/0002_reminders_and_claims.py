"""Which follow-ups each reminder listed (the reminder cadence reads it), and a claim on
each pending delivery (so two senders never send the same one).

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("digest_key", sa.String(200), nullable=False),
        sa.Column("follow_up_id", sa.String(16), nullable=False),
        sa.Column("target", sa.String(320), nullable=False),
        sa.UniqueConstraint("digest_key", "follow_up_id", name="uq_reminder_items_key_item"),
    )
    op.create_index("ix_reminder_items_follow_up_id", "reminder_items", ["follow_up_id"])
    with op.batch_alter_table("deliveries") as batch:
        batch.add_column(sa.Column("claimed_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("claimed_by", sa.String(64)))


def downgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("claimed_by")
        batch.drop_column("claimed_at")
    op.drop_table("reminder_items")
