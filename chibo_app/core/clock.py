"""The one clock: every "now" and "today" in the app is read from a `Clock`.

The session owns one (services read `session.clock`); storage stamps its change
history through an `Editor`, which carries the session's user and clock together. Only
`SystemClock` reads the wall clock, so a test or a trainer can move the whole app to
another moment: tests freeze it with `FixedClock`, and `CHIBO_CLOCK` (an ISO moment, e.g.
"2026-12-31T23:59:30") starts the command line or the GUI at that moment, ticking on
from there — also how the test suite moves processes it starts to its own date.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Protocol

CLOCK_ENV = "CHIBO_CLOCK"


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The local moment, without a time zone (the register and history store it so)."""
        ...


class SystemClock:
    """The wall clock: the only reader of the system time in the package."""

    def now(self) -> dt.datetime:
        return dt.datetime.now()


@dataclass(frozen=True)
class FixedClock:
    """Always the same moment (tests, and rebuilding a document as of its printed day)."""

    moment: dt.datetime

    @classmethod
    def on(cls, day: dt.date, hour: int = 9) -> FixedClock:
        return cls(dt.datetime.combine(day, dt.time(hour)))

    def now(self) -> dt.datetime:
        return self.moment


@dataclass(frozen=True)
class OffsetClock:
    """The wall clock moved by a fixed amount: time still passes from the chosen start."""

    offset: dt.timedelta

    @classmethod
    def starting_at(cls, moment: dt.datetime) -> OffsetClock:
        return cls(moment - dt.datetime.now())

    def now(self) -> dt.datetime:
        return dt.datetime.now() + self.offset


def today(clock: Clock) -> dt.date:
    return clock.now().date()


def stamp(clock: Clock) -> str:
    """The moment as stored in the database: ISO, to the second."""
    return clock.now().isoformat(timespec="seconds")


def default_clock() -> Clock:
    """The wall clock, or the moment named by CHIBO_CLOCK (ValueError if unreadable)."""
    chosen = os.environ.get(CLOCK_ENV, "").strip()
    if not chosen:
        return SystemClock()
    return OffsetClock.starting_at(parse_moment(chosen))


def parse_moment(text: str) -> dt.datetime:
    """'2026-12-31T23:59:30' or '2026-12-31' (9:00 that day)."""
    moment = dt.datetime.fromisoformat(text)
    if len(text) <= 10:
        moment = moment.replace(hour=9)
    return moment.replace(tzinfo=None)


@dataclass(frozen=True)
class Editor:
    """Who writes, and the clock their writes are stamped with."""

    name: str
    clock: Clock

    def stamp(self) -> str:
        return stamp(self.clock)
