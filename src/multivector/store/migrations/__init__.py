"""Alembic migrations for the event store."""
