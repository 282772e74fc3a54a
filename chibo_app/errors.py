"""Errors whose message is meant for the user.

The message is a `Message` (core/messages.py: a Vietnamese template and its values,
rendered in the user's language by the interface and the command line) or, for older
code, a finished Vietnamese sentence. str(error) is always the Vietnamese sentence.
"""

from __future__ import annotations

from collections.abc import Mapping

from chibo_app.core.messages import Message


class ChiboError(Exception):
    """An error the user caused or can fix."""

    def __init__(self, message: Message | str = "") -> None:
        self.message = message
        super().__init__(str(message))


class ValidationError(ChiboError):
    """Input that cannot be saved. `problems` maps a field name to its message."""

    def __init__(self, problems: Mapping[str, Message | str]):
        self.messages = dict(problems)
        self.problems = {key: str(value) for key, value in problems.items()}
        super().__init__("; ".join(self.problems.values()))
