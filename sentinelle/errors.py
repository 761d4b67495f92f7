"""Library exceptions. Each message says what is wrong and how to fix it."""


class SentinelleError(Exception):
    """Base class of every error Sentinelle raises on purpose."""


class InputError(SentinelleError):
    """The user's input (text, file, JSON line) cannot be processed."""


class DataFileError(SentinelleError):
    """A language or data file is malformed; the message names file, line and key."""
