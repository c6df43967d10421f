"""digestbot: meeting-notes digests and follow-up reminders for mailing lists."""

__version__ = "0.1.0"
