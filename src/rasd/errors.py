"""User-facing errors: each says what was wrong, where, and what to do.

The CLI prints ``str(error)`` as one line and exits non-zero; the API maps them to 4xx answers. Anything
else that escapes is a bug in rasd, not a problem with the user's input.
"""

from __future__ import annotations


class RasdError(Exception):
    """Base of the errors rasd reports to users."""

    exit_code = 2

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None) -> None:
        self.message = message
        self.where = where
        self.hint = hint
        super().__init__(self.__str__())

    def __str__(self) -> str:
        parts = [f"{self.where}: {self.message}" if self.where else self.message]
        if self.hint:
            parts.append(self.hint)
        return " ".join(p if p.endswith((".", "?", "!")) else p + "." for p in parts)


class InputError(RasdError):
    """The input cannot be read as an article (missing, empty, binary, undecodable, no article text)."""


class ConfigError(RasdError):
    """The pipeline or a setting is inconsistent (for example a stage's required layer is never added)."""


class ModelError(RasdError):
    """A bundled model or data file is missing or damaged."""
