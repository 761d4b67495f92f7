"""Errors of the store, each telling how to fix it."""

from sentinelle.errors import SentinelleError


class StoreError(SentinelleError):
    """The database cannot be opened, migrated or written."""
