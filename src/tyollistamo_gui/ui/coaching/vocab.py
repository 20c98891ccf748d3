"""Translated names for the coaching vocabularies of domain/coaching.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def task_kinds() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "tailoring_tasks": translate("Coaching", "Tailoring suitable tasks with the employer"),
        "administration": translate(
            "Coaching", "Help with the employment contract and other administration"
        ),
        "work_community": translate("Coaching", "Preparing the work community for the newcomer"),
        "employee_support": translate("Coaching", "Supporting the employee during employment"),
        "employer_support": translate("Coaching", "Supporting the employer during employment"),
        "other": translate("Coaching", "Other"),
    }


def skills() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "punctuality": translate("Coaching", "Punctuality and attendance"),
        "following_instructions": translate("Coaching", "Following instructions"),
        "working_independently": translate("Coaching", "Working independently"),
        "pace_and_quality": translate("Coaching", "Pace and quality of work"),
        "cooperation": translate("Coaching", "Cooperation"),
        "safety": translate("Coaching", "Safety at work"),
        "adapting_to_change": translate("Coaching", "Adapting to change"),
    }


def skill_name(key: str, name: str) -> str:
    return skills().get(key, name) if key else name


def scale() -> dict[int, str]:
    translate = QCoreApplication.translate
    return {
        1: translate("Coaching", "1 – needs much support"),
        2: translate("Coaching", "2 – needs support"),
        3: translate("Coaching", "3 – manages with some support"),
        4: translate("Coaching", "4 – manages mostly alone"),
        5: translate("Coaching", "5 – manages independently"),
    }


def goal_areas() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "functional_capacity": translate("Coaching", "Functional capacity"),
        "everyday_life": translate("Coaching", "Managing everyday life"),
        "education_and_career": translate("Coaching", "Education and career planning"),
        "motivation": translate("Coaching", "Motivation and taking responsibility"),
    }


def professional_sectors() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "social": translate("Coaching", "Social services"),
        "health": translate("Coaching", "Health care"),
        "education": translate("Coaching", "Education"),
        "employment": translate("Coaching", "Employment services"),
        "other": translate("Coaching", "Other"),
    }


def group_goals() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "work": translate("Coaching", "Into work"),
        "education": translate("Coaching", "Into education"),
    }


def attendance() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "": translate("Coaching", "(not taken)"),
        "present": translate("Coaching", "Present"),
        "absent": translate("Coaching", "Absent"),
        "excused": translate("Coaching", "Excused"),
    }


def member_outcomes() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "": translate("Coaching", "(not yet)"),
        "education": translate("Coaching", "Moved to education"),
        "work": translate("Coaching", "Moved to work"),
        "other": translate("Coaching", "Other"),
    }


def visit_directions() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "group_visited": translate("Coaching", "The group visited"),
        "visitor_came": translate("Coaching", "A visitor came to the group"),
    }


def visit_parties() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "employer": translate("Coaching", "Employer"),
        "authority": translate("Coaching", "Authority"),
        "interest_organisation": translate("Coaching", "Interest organisation (e.g. trade union)"),
    }


def states() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "open": translate("Coaching", "In progress"),
        "ended": translate("Coaching", "Ended"),
    }


def coaching_kinds() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "job_coaching": translate("Coaching", "Job coaching"),
        "individual_coaching": translate("Coaching", "Individual coaching"),
        "group_coaching": translate("Coaching", "Group coaching"),
    }


def describe_event(kind: str, details: dict) -> str | None:
    """The timeline text of a coaching event, or None for other events."""
    translate = QCoreApplication.translate
    if kind == "coaching_entry":
        task = task_kinds().get(details.get("task", ""), "")
        return translate("Coaching", "Job coaching: %1").replace("%1", task)
    if kind == "skills_assessed":
        return translate("Coaching", "Job coaching: work-coping skills assessed")
    if kind == "coaching_session":
        return translate("Coaching", "Individual coaching: session")
    if kind == "goal_progress":
        return translate("Coaching", "Individual coaching: progress on a goal recorded")
    group = str(details.get("group", ""))
    if kind == "group_joined":
        return translate("Coaching", "Joined the coaching group %1").replace("%1", group)
    if kind == "group_left":
        return translate("Coaching", "Left the coaching group %1").replace("%1", group)
    if kind == "group_outcome":
        outcome = member_outcomes().get(details.get("outcome", ""), "")
        return (
            translate("Coaching", "Coaching group %1: %2")
            .replace("%1", group)
            .replace("%2", outcome)
        )
    return None
