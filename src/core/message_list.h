// Every message the station returns to a person, declared once: TILLBOOK_MESSAGE(Id, "stable.code", text). The code is
// what the ledger keeps and must never change meaning; the English text is the translation source (lupdate reads
// this file; i18n/tillbook_es.ts holds the Spanish), and {name} marks an argument. A refusal's text is one sentence
// without its final period when the app puts it after "...was not recorded: ".
// No include guard: core/message.h and core/message.cpp include it with their own TILLBOOK_MESSAGE.

TILLBOOK_MESSAGE(Unconverted, "unconverted", "{text}")

// Authorization and approvals (station/command_context.cpp)
TILLBOOK_MESSAGE(OperatorNotActive, "auth.operator_not_active",
                 QT_TRANSLATE_NOOP("Message", "operator \"{operator}\" is not an active operator of this station"))
TILLBOOK_MESSAGE(RoleNeeded, "auth.role_needed",
                 QT_TRANSLATE_NOOP("Message", "this needs the {role} role; {name} is a {held}"))
TILLBOOK_MESSAGE(ApprovalNeeded, "approval.needed", QT_TRANSLATE_NOOP("Message", "this needs a supervisor's approval"))
TILLBOOK_MESSAGE(ApprovalUnknown, "approval.unknown", QT_TRANSLATE_NOOP("Message", "there is no approval {approval}"))
TILLBOOK_MESSAGE(ApprovalUsed, "approval.used",
                 QT_TRANSLATE_NOOP("Message", "this approval was already used (seq {seq}); ask a supervisor to approve again"))
TILLBOOK_MESSAGE(ApprovalExpired, "approval.expired",
                 QT_TRANSLATE_NOOP("Message", "this approval has expired; ask a supervisor to approve again"))
TILLBOOK_MESSAGE(ApprovalForOther, "approval.for_other",
                 QT_TRANSLATE_NOOP("Message", "this approval is for \"{granted}\", not for \"{asked}\""))
TILLBOOK_MESSAGE(ApprovalOwnAction, "approval.own_action", QT_TRANSLATE_NOOP("Message", "nobody approves their own action"))

// Operators and sign-in (station/operators.cpp)

// Settings (station/settings.cpp)

// Station, ledger, imports (station/station.cpp, ledger_service.cpp, import_file.cpp, accounts.cpp)

// Payments, voids, refunds (station/payments.cpp, core/payment.cpp)

// Drawers (station/drawers.cpp)

// Checks and money orders (station/checks.cpp, core/check_policy.cpp)

// Documents and reports (station/printouts.cpp, receipts.cpp, activity.cpp)

// Arrangements (station/arrangements.cpp)

// Back office: maintenance, orders, batches, review (station/maintenance.cpp, orders.cpp, batches.cpp, review.cpp)

// Demo and simulation (station/simulation.cpp)
