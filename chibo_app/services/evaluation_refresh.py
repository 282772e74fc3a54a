"""Proposals recomputed when the rules under them changed (storage migration 13 sets
the flag "evaluation_refresh" when it replaced Quy định 366-QĐ/TW with its three
frames): every evaluation gets the frame its person's position suggested that year
(unless one was chosen), a fresh score, proposal and reasons; where the chi bộ had
already proposed a level (or locked the evaluation) and the proposal changed, it is
marked changed with the earlier one kept — the chi bộ's level is never replaced.
Nothing typed is touched. Runs once, in one transaction, when the window or a writing
command opens the file (ui/startup.py, cli/access.py)."""

from __future__ import annotations

from chibo_app.services import rule_sets
from chibo_app.services.evaluation import with_proposal
from chibo_app.services.evaluation_standing import suggested_frame
from chibo_app.services.session import Session, settled_call
from chibo_app.storage import evaluation_repo, plans_repo, records, settings_repo

FLAG = "evaluation_refresh"
_ENGINE = ("frame", "score", "proposed", "explanation", "proposed_before", "proposal_changed")


def refresh_if_flagged(session: Session) -> int:
    """Refresh every evaluation when a schema step asked for it; how many changed."""
    if not settings_repo.read_all(session.db).get(FLAG):
        return 0
    with session.db.atomic():
        changed = refresh_all(session)
        settings_repo.drop_flag(session.db, FLAG)
    return changed


@settled_call
def refresh_all(session: Session) -> int:
    db, editor = session.db, session.editor
    changed = 0
    with db.atomic():
        for stored in evaluation_repo.all_evaluations(db):
            assert stored.id is not None
            plan = plans_repo.find(db, stored.person_id, stored.year)
            rule_set = (
                rule_sets.get_rule_set(session, stored.rule_set_id)
                if stored.rule_set_id is not None
                else rule_sets.year_rule_set(session, stored.year)
            )
            frame = stored.frame or suggested_frame(session, stored.person_id, stored.year)
            fresh = with_proposal(
                session, stored.with_changes(frame=frame), stored, plan, rule_set, False
            )
            old = evaluation_repo.evaluation_values(stored)
            new = evaluation_repo.evaluation_values(fresh)
            values = {k: new[k] for k in _ENGINE if new[k] != old[k]}
            if values and records.update(db, editor, "evaluations", stored.id, values):
                changed += 1
    return changed
