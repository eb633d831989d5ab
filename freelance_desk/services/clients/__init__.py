"""Clients: their records (create, edit, archive, delete, list) and their clock (local time, shared hours)."""
