"""Errors whose message is meant for the user (in Vietnamese)."""


class ChiboError(Exception):
    """An error the user caused or can fix; str(error) is a Vietnamese sentence."""


class ValidationError(ChiboError):
    """Input that cannot be saved. `problems` maps a field name to its message."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__("; ".join(problems.values()))
