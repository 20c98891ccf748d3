"""The app's vocabularies (codes stored in the database) in a document's language.

The same catalogue entries as the interface's names for them (``ui/*/vocab.py``,
``ui/admin/audit_dialog.py``), read through :class:`DocumentTexts` so that a
document needs no Qt and can be printed in another language than the UI's.
"""

from __future__ import annotations

from .texts import DocumentTexts


def client_service_languages(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "fi": translate("Vocabulary", "Finnish"),
        "sv": translate("Vocabulary", "Swedish"),
        "other": translate("Vocabulary", "Other language"),
    }


def client_benefit_statuses(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "labour_market_subsidy": translate("Vocabulary", "Labour market subsidy"),
        "earnings_related": translate("Vocabulary", "Earnings-related unemployment allowance"),
        "basic_allowance": translate("Vocabulary", "Basic unemployment allowance"),
        "social_assistance": translate("Vocabulary", "Social assistance"),
        "none": translate("Vocabulary", "No benefit"),
        "other": translate("Vocabulary", "Other benefit"),
    }


def client_referral_sources(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "": translate("Vocabulary", "(not recorded)"),
        "employment_authority": translate("Vocabulary", "Employment authority"),
        "wellbeing_county": translate("Vocabulary", "Wellbeing services county / social services"),
        "kela": translate("Vocabulary", "Kela"),
        "self": translate("Vocabulary", "Came on their own"),
        "other": translate("Vocabulary", "Other"),
    }


def client_statuses(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "active": translate("Vocabulary", "Active"),
        "closed": translate("Vocabulary", "Closed"),
    }


def client_outcomes(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "": translate("Vocabulary", "(choose)"),
        "open_labour_market": translate("Vocabulary", "Work on the open labour market"),
        "wage_subsidised": translate("Vocabulary", "Wage-subsidised work"),
        "education": translate("Vocabulary", "Education"),
        "rehabilitation": translate("Vocabulary", "Rehabilitation"),
        "other_service": translate("Vocabulary", "Other service"),
        "moved_away": translate("Vocabulary", "Moved away"),
        "not_reached": translate("Vocabulary", "Not reached"),
    }


def client_service_kinds(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "guidance": translate("Vocabulary", "Guidance"),
        "job_coaching": translate("Vocabulary", "Job coaching"),
        "individual_coaching": translate("Vocabulary", "Individual coaching"),
        "group_coaching": translate("Vocabulary", "Group coaching"),
        "work_trial": translate("Vocabulary", "Work trial"),
        "wage_subsidy": translate("Vocabulary", "Wage-subsidised work"),
        "rehabilitative_work": translate("Vocabulary", "Rehabilitative work activity"),
    }


def client_event_kinds(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "created": translate("Vocabulary", "Client added"),
        "edited": translate("Vocabulary", "Basic data edited"),
        "closed": translate("Vocabulary", "Client closed"),
        "reopened": translate("Vocabulary", "Client reopened"),
        "note_added": translate("Vocabulary", "Note added"),
        "note_edited": translate("Vocabulary", "Note edited"),
        "service_started": translate("Vocabulary", "Service started"),
        "service_ended": translate("Vocabulary", "Service ended"),
        "agreement_edited": translate("Vocabulary", "Agreement edited"),
        "warning_overridden": translate("Vocabulary", "Warning overridden with a reason"),
        "document_printed": translate("Vocabulary", "Document printed"),
        "document_signed": translate("Vocabulary", "Signing recorded"),
        "guidance_started": translate("Vocabulary", "Guidance process started"),
        "guidance_completed": translate("Vocabulary", "Guidance process completed"),
        "guidance_interrupted": translate("Vocabulary", "Guidance process interrupted"),
    }


def guidance_phases(texts: DocumentTexts) -> list[str]:
    translate = texts.translate
    return [
        translate("GuidanceVocabulary", "Initial assessment and situation"),
        translate("GuidanceVocabulary", "Goals and realistic options"),
        translate("GuidanceVocabulary", "Employment plan"),
        translate("GuidanceVocabulary", "Support and guidance during implementation"),
        translate("GuidanceVocabulary", "Evaluation and next steps"),
    ]


def guidance_statuses(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "draft": translate("GuidanceVocabulary", "Draft"),
        "in_progress": translate("GuidanceVocabulary", "In progress"),
        "completed": translate("GuidanceVocabulary", "Completed"),
        "interrupted": translate("GuidanceVocabulary", "Interrupted"),
    }


def guidance_goal_terms(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "short": translate("GuidanceVocabulary", "Short-term"),
        "long": translate("GuidanceVocabulary", "Long-term"),
    }


def guidance_measure_kinds(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "job_coaching": translate("GuidanceVocabulary", "Job coaching"),
        "individual_coaching": translate("GuidanceVocabulary", "Individual coaching"),
        "group_coaching": translate("GuidanceVocabulary", "Group coaching"),
        "work_trial": translate("GuidanceVocabulary", "Work trial"),
        "wage_subsidy": translate("GuidanceVocabulary", "Wage-subsidised work"),
        "rehabilitative_work": translate("GuidanceVocabulary", "Rehabilitative work activity"),
        "education": translate("GuidanceVocabulary", "Education"),
        "other_service": translate("GuidanceVocabulary", "Other service"),
    }


def guidance_measure_statuses(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "planned": translate("GuidanceVocabulary", "Planned"),
        "in_progress": translate("GuidanceVocabulary", "Under way"),
        "done": translate("GuidanceVocabulary", "Done"),
        "cancelled": translate("GuidanceVocabulary", "Cancelled"),
    }


def guidance_follow_up_kinds(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "meeting": translate("GuidanceVocabulary", "Meeting"),
        "phone": translate("GuidanceVocabulary", "Phone call"),
        "workplace_visit": translate("GuidanceVocabulary", "Visit to the workplace"),
    }


def guidance_referral_targets(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "social_services": translate("GuidanceVocabulary", "Social services"),
        "health_care": translate("GuidanceVocabulary", "Health care"),
        "education": translate("GuidanceVocabulary", "Education"),
        "kela": translate("GuidanceVocabulary", "Kela"),
        "debt_counselling": translate("GuidanceVocabulary", "Debt counselling"),
        "mental_health_substance_abuse": translate(
            "GuidanceVocabulary", "Mental health and substance abuse services"
        ),
        "other": translate("GuidanceVocabulary", "Other"),
    }


def guidance_referral_statuses(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "proposed": translate("GuidanceVocabulary", "Proposed"),
        "made": translate("GuidanceVocabulary", "Made"),
        "realised": translate("GuidanceVocabulary", "Realised"),
        "declined": translate("GuidanceVocabulary", "Declined"),
    }


def guidance_outcomes(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "": translate("GuidanceVocabulary", "(choose)"),
        "open_labour_market": translate("GuidanceVocabulary", "Work on the open labour market"),
        "wage_subsidised": translate("GuidanceVocabulary", "Wage-subsidised work"),
        "education": translate("GuidanceVocabulary", "Education"),
        "rehabilitation": translate("GuidanceVocabulary", "Rehabilitation"),
        "other_service": translate("GuidanceVocabulary", "Other service"),
        "continues_guidance": translate("GuidanceVocabulary", "Guidance continues"),
        "no_change": translate("GuidanceVocabulary", "No change in the situation"),
    }


def coaching_task_kinds(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
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


def coaching_skills(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "punctuality": translate("Coaching", "Punctuality and attendance"),
        "following_instructions": translate("Coaching", "Following instructions"),
        "working_independently": translate("Coaching", "Working independently"),
        "pace_and_quality": translate("Coaching", "Pace and quality of work"),
        "cooperation": translate("Coaching", "Cooperation"),
        "safety": translate("Coaching", "Safety at work"),
        "adapting_to_change": translate("Coaching", "Adapting to change"),
    }


def coaching_scale(texts: DocumentTexts) -> dict[int, str]:
    translate = texts.translate
    return {
        1: translate("Coaching", "1 – needs much support"),
        2: translate("Coaching", "2 – needs support"),
        3: translate("Coaching", "3 – manages with some support"),
        4: translate("Coaching", "4 – manages mostly alone"),
        5: translate("Coaching", "5 – manages independently"),
    }


def coaching_goal_areas(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "functional_capacity": translate("Coaching", "Functional capacity"),
        "everyday_life": translate("Coaching", "Managing everyday life"),
        "education_and_career": translate("Coaching", "Education and career planning"),
        "motivation": translate("Coaching", "Motivation and taking responsibility"),
    }


def coaching_professional_sectors(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "social": translate("Coaching", "Social services"),
        "health": translate("Coaching", "Health care"),
        "education": translate("Coaching", "Education"),
        "employment": translate("Coaching", "Employment services"),
        "other": translate("Coaching", "Other"),
    }


def coaching_attendance(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "": translate("Coaching", "(not taken)"),
        "present": translate("Coaching", "Present"),
        "absent": translate("Coaching", "Absent"),
        "excused": translate("Coaching", "Excused"),
    }


def coaching_member_outcomes(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "": translate("Coaching", "(not yet)"),
        "education": translate("Coaching", "Moved to education"),
        "work": translate("Coaching", "Moved to work"),
        "other": translate("Coaching", "Other"),
    }


def supported_organiser_kinds(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "employer": translate("SupportedVocabulary", "An employer or community"),
        "unit": translate("SupportedVocabulary", "Our unit"),
    }


def supported_benefit_payers(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "kela": translate("SupportedVocabulary", "Kela"),
        "fund": translate("SupportedVocabulary", "Unemployment fund"),
    }


def supported_tracks(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "skills": translate("SupportedVocabulary", "50 %: lack of professional skills"),
        "reduced_ability": translate("SupportedVocabulary", "70 %: reduced work ability"),
        "association": translate("SupportedVocabulary", "100 %: association, foundation"),
        "age_60": translate("SupportedVocabulary", "Aged 60 or over"),
    }


def supported_pay_bases(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "time": translate("SupportedVocabulary", "Time rate"),
        "performance": translate("SupportedVocabulary", "Piece or performance rate"),
        "other": translate("SupportedVocabulary", "Other"),
    }


def supported_pay_periods(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "month": translate("SupportedVocabulary", "Monthly"),
        "two_weeks": translate("SupportedVocabulary", "Every two weeks"),
        "week": translate("SupportedVocabulary", "Weekly"),
    }


def supported_attendance(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "present": translate("SupportedVocabulary", "Present"),
        "absent_excused": translate("SupportedVocabulary", "Absent, excused"),
        "absent": translate("SupportedVocabulary", "Absent"),
    }


def audit_action_names(texts: DocumentTexts) -> dict[str, str]:
    translate = texts.translate
    return {
        "view": translate("AuditActions", "viewed"),
        "create": translate("AuditActions", "created"),
        "update": translate("AuditActions", "changed"),
        "delete": translate("AuditActions", "deleted"),
        "print": translate("AuditActions", "printed"),
        "export": translate("AuditActions", "exported"),
        "import": translate("AuditActions", "imported"),
        "erase": translate("AuditActions", "erased"),
        "sign_in": translate("AuditActions", "signed in"),
        "sign_in_failed": translate("AuditActions", "wrong password"),
        "sign_in_refused": translate("AuditActions", "sign-in refused (locked)"),
        "sign_out": translate("AuditActions", "signed out"),
        "lock": translate("AuditActions", "locked"),
        "unlock": translate("AuditActions", "unlocked"),
        "unlock_failed": translate("AuditActions", "wrong password to unlock"),
        "password_changed": translate("AuditActions", "changed password"),
        "password_reset": translate("AuditActions", "reset a password"),
        "user_created": translate("AuditActions", "added a user"),
        "user_updated": translate("AuditActions", "changed a user"),
        "backup": translate("AuditActions", "backed up"),
        "restore": translate("AuditActions", "restored"),
        "retention_changed": translate("AuditActions", "changed retention periods"),
    }
