"""Errors for input that cannot become a document. Each carries a one-line reason for the user."""


class InputError(ValueError):
    """The input cannot be turned into a document (empty, binary, too large, unreadable)."""

    def __init__(self, reason: str, kind: str = "unreadable"):
        super().__init__(reason)
        self.reason = reason
        self.kind = kind  # empty | binary | too_large | unreadable | unsupported
