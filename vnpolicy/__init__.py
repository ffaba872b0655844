"""vnpolicy: follow how Vietnam's government policy travels through the press."""
__version__ = "0.1.0"
