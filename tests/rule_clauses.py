"""Cases derived from each clause of Quy định 366-QĐ/TW Điều 11 (both sides of every
threshold, each forcing case of k4.1 and k4.2), Điều 5 k2.1 and Hướng dẫn 43-HD/BTCTW
mục 7.5, 7.6 — written in the format of `chibo rules try` (core.rule_cases), with the
level each must get. tests/core/test_rule_clauses.py runs them through the engine,
tests/services/test_rules_try.py through the real command."""

from __future__ import annotations

TEN = 10


def tasks(exceeded=0, done=0, partly=0, not_done=0, missing=0, late=0):
    """Ten (or so) tasks; the first `late` of them late."""
    results = (
        ["exceeded"] * exceeded
        + ["done"] * done
        + ["partly"] * partly
        + ["not_done"] * not_done
        + [None] * missing
    )
    return [{"result": r, "on_time": i >= late} for i, r in enumerate(results)]


EXCELLENT_TASKS = tasks(exceeded=3, done=7)  # 70 task points, 30 % exceeded, all on time


def case(case_id, expected, clause, group="staff", general=25, task_list=None, **extra):
    data = {
        "id": case_id,
        "group": group,
        "general": general,
        "tasks": EXCELLENT_TASKS if task_list is None else task_list,
        "shortcomings": extra.pop("shortcomings", {"total": 2, "remedied": 2}),
        "discipline": extra.pop("discipline", None),
        "degraded": extra.pop("degraded", False),
        **extra,
    }
    return {"case": data, "expected": expected, "clause": clause}


UNIT_FULL = {"done_share": 1.0, "exceeded_share": 0.3, "on_time": True}


def member_cases(group):
    """Điều 11 k1.2, k1.3, k2.2, k3.2, k4, k4.2: the same for Phụ lục 4 and Phụ lục 5."""
    g = group[0]
    return [
        # k1: 90 points and up
        case(f"{g}-k1-90", "excellent", "k1 ≥ 90", group, general=20),
        case(f"{g}-k1-89.9", "good", "k1 < 90", group, general=19.9),
        # k1.2: 100 % done, on time, ≥ 30 % exceeded
        case(
            f"{g}-k1.2-done",
            None,
            "k1.2 100% done",
            group,
            general=30,
            task_list=tasks(exceeded=3, done=6, partly=1),
        ),  # fmt: skip
        case(
            f"{g}-k1.2-late",
            "completed",
            "k1.2 on time",
            group,
            general=30,
            task_list=tasks(exceeded=3, done=7, late=1),
        ),  # fmt: skip
        case(f"{g}-k1.2-30%", "excellent", "k1.2 ≥ 30% exceeded", group, general=30),
        case(
            f"{g}-k1.2-20%",
            "good",
            "k1.2 < 30% exceeded",
            group,
            general=30,
            task_list=tasks(exceeded=2, done=8),
        ),  # fmt: skip
        # k1.3: every shortcoming remedied (if any)
        case(
            f"{g}-k1.3-open",
            "good",
            "k1.3 one open",
            group,
            general=30,
            shortcomings={"total": 2, "remedied": 1},
        ),  # fmt: skip
        case(
            f"{g}-k1.3-none",
            "excellent",
            "k1.3 none named",
            group,
            general=30,
            shortcomings={"total": 0, "remedied": 0},
        ),  # fmt: skip
        # k2: 70 points and up (task points entered: all done on time earns 70)
        case(
            f"{g}-k2-70",
            "good",
            "k2 ≥ 70",
            group,
            general=0,
            task_list=tasks(done=10),
            task_points=70,
            task_points_source="Cơ quan",
        ),  # fmt: skip
        case(
            f"{g}-k2-69.9",
            "completed",
            "k2 < 70",
            group,
            general=0,
            task_list=tasks(done=10),
            task_points=69.9,
            task_points_source="Cơ quan",
        ),  # fmt: skip
        # k2.2: 100 % done on time
        case(
            f"{g}-k2.2-on-time", "good", "k2.2 on time", group, general=20, task_list=tasks(done=10)
        ),  # fmt: skip
        case(
            f"{g}-k2.2-late",
            "completed",
            "k2.2 one late",
            group,
            general=20,
            task_list=tasks(done=10, late=1),
        ),  # fmt: skip
        case(
            f"{g}-k2.2-partly",
            None,
            "k2.2 one partly",
            group,
            general=20,
            task_list=tasks(done=9, partly=1),
        ),  # fmt: skip
        # k3: 50 points and up
        case(
            f"{g}-k3-50",
            "completed",
            "k3 ≥ 50",
            group,
            general=0,
            task_list=tasks(done=10, late=1),
            task_points=50,
        ),  # fmt: skip
        case(
            f"{g}-k3-49.9",
            "not_completed",
            "k3 < 50",
            group,
            general=0,
            task_list=tasks(done=10, late=1),
            task_points=49.9,
        ),  # fmt: skip
        # k3.2: 100 % done, ≤ 20 % late
        case(
            f"{g}-k3.2-20%",
            "completed",
            "k3.2 20% late",
            group,
            general=20,
            task_list=tasks(done=10, late=2),
        ),  # fmt: skip
        case(
            f"{g}-k3.2-30%",
            None,
            "k3.2 30% late",
            group,
            general=20,
            task_list=tasks(done=10, late=3),
        ),  # fmt: skip
        case(
            f"{g}-k3.2-6/10",
            None,
            "k3.2 6 of 10 done",
            group,
            general=30,
            task_list=tasks(done=6, not_done=4),
        ),  # fmt: skip
        # k4: under 50 points
        case(
            f"{g}-k4-low",
            "not_completed",
            "k4 < 50",
            group,
            general=5,
            task_list=tasks(done=5, partly=2, not_done=3),
        ),  # fmt: skip
        # k4.2: forcing cases, whatever the score
        *[
            case(
                f"{g}-k4.2-{form}",
                "not_completed",
                f"k4.2 kỷ luật {form}",
                group,
                general=30,
                discipline=form,
            )  # fmt: skip
            for form in ("khien_trach", "canh_cao", "cach_chuc", "khai_tru")
        ],
        case(
            f"{g}-k4.2-degraded",
            "not_completed",
            "k4.2 suy thoái",
            group,
            general=30,
            degraded=True,
        ),  # fmt: skip
        *[
            case(
                f"{g}-k4.2-{kind}",
                "not_completed",
                f"k4.2 kết luận {kind}",
                group,
                general=30,
                conclusions=[kind],
            )  # fmt: skip
            for kind in ("dieu_cam", "neu_guong")
        ],
        case(
            f"{g}-k4.2-60%",
            "not_completed",
            "k4.2 > 50% not done",
            group,
            general=30,
            task_list=tasks(exceeded=4, not_done=6),
        ),  # fmt: skip
        case(
            f"{g}-k4.2-50%",
            None,
            "k4.2 50% not done",
            group,
            general=30,
            task_list=tasks(exceeded=5, not_done=5),
        ),  # fmt: skip
        case(
            f"{g}-k4.2-missing",
            "not_completed",
            "k4.2 unrecorded = not done",
            group,
            general=30,
            task_list=tasks(exceeded=4, missing=6),
        ),  # fmt: skip
    ]


LEADER_CASES = [
    # k1.1: the units run complete 100 %, ≥ 30 % exceeded; k1.3 remedies
    case("l-k1.1", "excellent", "k1.1", "leader", general=20, unit=UNIT_FULL),
    case(
        "l-k1.1-99%",
        None,
        "k1.1 units 99% done",
        "leader",
        general=20,
        unit={**UNIT_FULL, "done_share": 0.99},
    ),  # fmt: skip
    case(
        "l-k1.1-29%",
        "good",
        "k1.1 units 29% exceeded",
        "leader",
        general=20,
        unit={**UNIT_FULL, "exceeded_share": 0.29},
    ),  # fmt: skip
    case(
        "l-k1.3-open",
        "good",
        "k1.3 one open",
        "leader",
        general=20,
        unit=UNIT_FULL,
        shortcomings={"total": 1, "remedied": 0},
    ),  # fmt: skip
    case("l-k1-89.9", "good", "k1 < 90", "leader", general=19.9, unit=UNIT_FULL),
    # k2.1: units 100 % on time (k1.1 does not ask it: 85 points keep these below k1)
    case(
        "l-k2.1-late",
        "completed",
        "k2.1 units not all on time",
        "leader",
        general=15,
        unit={**UNIT_FULL, "on_time": 0.9},
    ),  # fmt: skip
    case(
        "l-k2.1-false",
        None,
        "k2.1 on time unknown share",
        "leader",
        general=15,
        unit={**UNIT_FULL, "on_time": False},
    ),  # fmt: skip
    # k3.1: units 100 % done, ≤ 20 % late
    case(
        "l-k3.1-80%",
        "completed",
        "k3.1 20% late",
        "leader",
        general=15,
        unit={**UNIT_FULL, "on_time": 0.8},
    ),  # fmt: skip
    case(
        "l-k3.1-79%",
        None,
        "k3.1 21% late",
        "leader",
        general=15,
        unit={**UNIT_FULL, "on_time": 0.79},
    ),  # fmt: skip
    case("l-no-unit", None, "k1.1–k3.1 units not entered", "leader", general=20),
    # k4.1: forcing cases
    case(
        "l-k4.1-69%",
        "not_completed",
        "k4.1 units < 70%",
        "leader",
        general=30,
        unit={**UNIT_FULL, "done_share": 0.69},
    ),  # fmt: skip
    case(
        "l-k4.1-70%",
        None,
        "k4.1 units 70%",
        "leader",
        general=30,
        unit={**UNIT_FULL, "done_share": 0.7},
    ),  # fmt: skip
    case(
        "l-k4.1-discipline",
        "not_completed",
        "k4.1 kỷ luật",
        "leader",
        general=30,
        unit=UNIT_FULL,
        discipline="khien_trach",
    ),  # fmt: skip
    case(
        "l-k4.1-degraded",
        "not_completed",
        "k4.1 suy thoái",
        "leader",
        general=30,
        unit=UNIT_FULL,
        degraded=True,
    ),  # fmt: skip
    case(
        "l-k4.1-dieu-cam",
        "excellent",
        "k4.1 lists only suy thoái",
        "leader",
        general=30,
        unit=UNIT_FULL,
        conclusions=["dieu_cam"],
    ),  # fmt: skip
]

STANDING_CASES = [
    # 366 Điều 5 k2.1: not classified
    case(
        "d5-exempted", None, "Điều 5 miễn công tác và sinh hoạt đảng", general=30, exempted=True
    ),  # fmt: skip
    case("d5-suspended", None, "Điều 5 đình chỉ sinh hoạt đảng", general=30, suspended=True),
    case("d5-5-months", None, "Điều 5 kết nạp chưa đủ 6 tháng", general=30, admitted_months=5),
    case("d5-6-months", "excellent", "Điều 5 đủ 6 tháng", general=30, admitted_months=6),
    # HD 43 mục 7.5: classified on the time actually worked (a note)
    case("m7.5-sick-90", "excellent", "7.5 ốm 90 ngày", general=30, sick_days=90),
    case("m7.5-sick-89", "excellent", "7.5 ốm 89 ngày", general=30, sick_days=89),
    case("m7.5-maternity", "excellent", "7.5 thai sản", general=30, maternity=True),
    # HD 43 mục 7.6: the temporary cell's comments before a level
    case(
        "m7.6-comments",
        "excellent",
        "7.6 có nhận xét",
        general=30,
        temporary={"cell": "Chi bộ Sở Tư pháp", "comments": "Làm tốt."},
    ),  # fmt: skip
    case(
        "m7.6-no-comments",
        None,
        "7.6 chưa có nhận xét",
        general=30,
        temporary={"cell": "Chi bộ Sở Tư pháp", "comments": ""},
    ),  # fmt: skip
]

ALL_CASES = [*member_cases("staff"), *member_cases("outside"), *LEADER_CASES, *STANDING_CASES]
