"""The installed vnpolicy's version, for the pieces below the command line that record it (the crawler's
User-Agent, an export's provenance): read from the package metadata, so that neither ``corpus`` nor
``crawler`` imports the ``vnpolicy`` package above them."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("vnpolicy")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"
