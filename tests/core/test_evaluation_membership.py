"""Who is evaluated as what in a year: the person's kind as of the year's evaluation
deadline, and the exemptions a rule suggests (core.evaluation.exemption_hint)."""

import datetime as dt

from chibo_app.core.evaluation import EXEMPT_NEW, EXEMPT_STATUS, exemption_hint
from chibo_app.core.people import Kind, PersonFact, kind_at

DUE_2025 = dt.date(2025, 12, 15)


def _person(kind="full", status="active", admitted=None, full=None, status_date=None):
    return PersonFact(1, kind, status, status_date, admitted, full)


def test_admitted_after_the_deadline_is_non_party_staff_that_year():
    dat = _person("probationary", admitted="2026-09-03")  # Lê Xuân Đạt of the review
    assert kind_at(dat, DUE_2025) == Kind.NON_PARTY
    assert exemption_hint(dat, DUE_2025) is None  # no "chưa đủ 6 tháng" before joining
    assert exemption_hint(dat, dt.date(2026, 12, 15)) == EXEMPT_NEW
    full_now = _person("full", admitted="2025-12-16", full="2026-12-16")
    assert exemption_hint(full_now, DUE_2025) is None
    assert exemption_hint(full_now, dt.date(2024, 12, 15)) is None


def test_admitted_less_than_six_months_before_the_deadline_is_exempt():
    assert exemption_hint(_person("probationary", admitted="2025-09-03"), DUE_2025) == EXEMPT_NEW
    assert exemption_hint(_person("full", admitted="2025-06-16"), DUE_2025) == EXEMPT_NEW
    assert exemption_hint(_person("full", admitted="2025-06-15"), DUE_2025) is None
    assert exemption_hint(_person("full", admitted="2025-12-15"), DUE_2025) == EXEMPT_NEW
    assert exemption_hint(_person("non_party"), DUE_2025) is None


def test_full_membership_after_the_deadline_is_probationary_that_year():
    person = _person("full", admitted="2025-03-01", full="2026-03-01")
    assert kind_at(person, DUE_2025) == Kind.PROBATIONARY
    assert exemption_hint(person, DUE_2025) is None  # 9 months by the deadline


def test_exempted_from_activities_from_its_date_on():
    later = _person("full", "exempted", admitted="2000-01-01", status_date="2026-02-01")
    assert exemption_hint(later, DUE_2025) is None
    assert exemption_hint(later, dt.date(2026, 12, 15)) == EXEMPT_STATUS
    undated = _person("full", "exempted", admitted="2000-01-01")
    assert exemption_hint(undated, DUE_2025) == EXEMPT_STATUS
    not_yet_member = _person("full", "exempted", admitted="2026-01-05", status_date="2026-06-01")
    assert exemption_hint(not_yet_member, DUE_2025) is None
