"""The one order in which every list, form, report and export names people.

Party posts first, as a chi bộ lists its members — Bí thư, Phó Bí thư, the other chi ủy
viên (a tổ trưởng tổ đảng or another post next) — then the members with no post, then
quần chúng; within each, Vietnamese name order (given name first, Vietnamese collation:
core.text.name_sort_key). Only the party post counts: "Đảng viên", "Đảng viên dự bị" or
"Quần chúng" typed where a post belongs is a kind, not a post.
"""

from __future__ import annotations

from chibo_app.core.member_kinds import is_status_not_post
from chibo_app.core.people import Kind
from chibo_app.core.text import fold, name_sort_key

SECRETARY, DEPUTY, COMMITTEE, OTHER_POST, MEMBER, NON_PARTY = range(6)


def post_rank(party_post: str | None, kind: Kind | None = None) -> int:
    """Where a party post stands: Bí thư 0, Phó Bí thư 1, chi ủy viên 2, another post 3,
    no post 4; quần chúng (kind NON_PARTY) 5 whatever was typed as their post."""
    if kind == Kind.NON_PARTY:
        return NON_PARTY
    title = (party_post or "").strip()
    if not title or is_status_not_post(title):
        return MEMBER
    folded = fold(title)
    if "pho bi thu" in folded:
        return DEPUTY
    if "bi thu" in folded:
        return SECRETARY
    if any(word in folded for word in ("chi uy", "cap uy", "uy vien")):
        return COMMITTEE
    return OTHER_POST


def person_order(
    full_name: str | None, party_post: str | None = None, kind: Kind | None = None
) -> tuple[object, ...]:
    """The sort key of a person in any list: post first, then the name."""
    return (post_rank(party_post, kind), name_sort_key(full_name))
