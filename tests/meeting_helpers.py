"""A small cell whose membership changes during 2026, for the meeting roll tests."""

from chibo_app.core.people import Kind, Person, Status
from chibo_app.services import people


def changing_cell(session):
    """An (member since 2010), Bình (admitted 03/09/2026), Cường (exempted from
    01/06/2026), Dung (transferred out 10/03/2026), Em (non-party staff); their ids in
    session.ids by first name."""
    ids = {
        "an": Person("Nguyễn Văn An", kind=Kind.FULL, admitted_on="2010-05-19"),
        "binh": Person("Trần Thị Bình", kind=Kind.PROBATIONARY, admitted_on="2026-09-03"),
        "cuong": Person("Lê Văn Cường", kind=Kind.FULL, admitted_on="2015-01-02"),
        "dung": Person("Phạm Thị Dung", kind=Kind.FULL, admitted_on="2012-03-04"),
        "em": Person("Hoàng Văn Em", kind=Kind.NON_PARTY),
    }
    session.ids = {key: people.save_person(session, person) for key, person in ids.items()}
    people.leave(session, session.ids["cuong"], Status.EXEMPTED, "2026-06-01", "Tuổi cao")
    people.leave(session, session.ids["dung"], Status.TRANSFERRED, "2026-03-10", "Sở Tư pháp")
    return session
