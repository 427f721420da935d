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
TILLBOOK_MESSAGE(ArrangementDateFormat, "arrangement.date_format",
                 QT_TRANSLATE_NOOP("Message", "{field} must be a date written YYYY-MM-DD, not {text}"))
TILLBOOK_MESSAGE(ArrangementActive, "arrangement.active",
                 QT_TRANSLATE_NOOP("Message", "account {account} already has an active arrangement"))
TILLBOOK_MESSAGE(ArrangementUnknown, "arrangement.unknown",
                 QT_TRANSLATE_NOOP("Message", "there is no arrangement {arrangement}"))
TILLBOOK_MESSAGE(FieldFirstDueDate, "field.first_due_date", QT_TRANSLATE_NOOP("Message", "the first due date"))
TILLBOOK_MESSAGE(FieldToday, "field.today", QT_TRANSLATE_NOOP("Message", "today"))

// Back office: maintenance, orders, batches, review (station/maintenance.cpp, orders.cpp, batches.cpp, review.cpp)
// What a clerk typed: requireOneLine names the field with one of the field.* messages.
TILLBOOK_MESSAGE(TextNotOneLine, "text.not_one_line", QT_TRANSLATE_NOOP("Message", "{field} must be one line of text"))
TILLBOOK_MESSAGE(TextEmpty, "text.empty", QT_TRANSLATE_NOOP("Message", "{field} cannot be empty"))
TILLBOOK_MESSAGE(TextTooLong, "text.too_long", QT_TRANSLATE_NOOP("Message", "{field} takes at most {max} characters"))
TILLBOOK_MESSAGE(FieldReason, "field.reason", QT_TRANSLATE_NOOP("Message", "the reason"))
TILLBOOK_MESSAGE(FieldNote, "field.note", QT_TRANSLATE_NOOP("Message", "the note"))
TILLBOOK_MESSAGE(FieldAnswer, "field.answer", QT_TRANSLATE_NOOP("Message", "the answer"))
TILLBOOK_MESSAGE(FieldOperatorName, "field.operator_name", QT_TRANSLATE_NOOP("Message", "an operator's name"))
TILLBOOK_MESSAGE(FieldName, "field.name", QT_TRANSLATE_NOOP("Message", "the name"))
TILLBOOK_MESSAGE(FieldMailingAddress, "field.mailing_address", QT_TRANSLATE_NOOP("Message", "the mailing address"))
TILLBOOK_MESSAGE(FieldPhone, "field.phone", QT_TRANSLATE_NOOP("Message", "the phone number"))
TILLBOOK_MESSAGE(FieldEmail, "field.email", QT_TRANSLATE_NOOP("Message", "the email address"))
TILLBOOK_MESSAGE(FieldLanguage, "field.language", QT_TRANSLATE_NOOP("Message", "the language"))
TILLBOOK_MESSAGE(FieldServiceAddress, "field.service_address", QT_TRANSLATE_NOOP("Message", "the service address"))
TILLBOOK_MESSAGE(FieldMeterReading, "field.meter_reading", QT_TRANSLATE_NOOP("Message", "the meter reading"))
TILLBOOK_MESSAGE(FieldBatchNote, "field.batch_note", QT_TRANSLATE_NOOP("Message", "the batch note"))
// Accounts and bills
TILLBOOK_MESSAGE(AccountUnknown, "account.unknown", QT_TRANSLATE_NOOP("Message", "there is no account {account}"))
TILLBOOK_MESSAGE(AccountClosed, "account.closed", QT_TRANSLATE_NOOP("Message", "account {account} is closed"))
TILLBOOK_MESSAGE(AccountUnchanged, "account.unchanged",
                 QT_TRANSLATE_NOOP("Message", "nothing would change on account {account}"))
TILLBOOK_MESSAGE(AccountLanguage, "account.language",
                 QT_TRANSLATE_NOOP("Message", "receipts print in English (en) or Spanish (es), not {language}"))
TILLBOOK_MESSAGE(AccountEmail, "account.email", QT_TRANSLATE_NOOP("Message", "the email address {email} is not one"))
TILLBOOK_MESSAGE(AccountPhoneCharacters, "account.phone_characters",
                 QT_TRANSLATE_NOOP("Message", "a phone number is digits, spaces and - ( ) + . only"))
TILLBOOK_MESSAGE(AccountPhoneDigits, "account.phone_digits",
                 QT_TRANSLATE_NOOP("Message", "a phone number has 7 to 15 digits"))
TILLBOOK_MESSAGE(BillUnknown, "bill.unknown", QT_TRANSLATE_NOOP("Message", "there is no bill {bill}"))
TILLBOOK_MESSAGE(AdjustmentZero, "adjustment.zero",
                 QT_TRANSLATE_NOOP("Message", "an adjustment of $0.00 changes nothing"))
TILLBOOK_MESSAGE(AdjustmentTooLarge, "adjustment.too_large",
                 QT_TRANSLATE_NOOP("Message", "an adjustment is at most {limit} at the counter"))
TILLBOOK_MESSAGE(AdjustmentBelowZero, "adjustment.below_zero",
                 QT_TRANSLATE_NOOP("Message", "a credit of {credit} would take bill {bill} below zero: it has {open} open"))
// Service orders
TILLBOOK_MESSAGE(OrderUnknown, "order.unknown", QT_TRANSLATE_NOOP("Message", "there is no service order {order}"))
TILLBOOK_MESSAGE(OrderAccountClosed, "order.account_closed",
                 QT_TRANSLATE_NOOP("Message", "account {account} is closed; an order needs an open account"))
TILLBOOK_MESSAGE(OrderType, "order.type",
                 QT_TRANSLATE_NOOP("Message", "an order is start, stop, transfer or installation, not {type}"))
TILLBOOK_MESSAGE(OrderDateFormat, "order.date_format",
                 QT_TRANSLATE_NOOP("Message", "the requested date must be written YYYY-MM-DD"))
TILLBOOK_MESSAGE(OrderDatePast, "order.date_past",
                 QT_TRANSLATE_NOOP("Message", "the requested date {date} is in the past"))
TILLBOOK_MESSAGE(OrderDeposit, "order.deposit", QT_TRANSLATE_NOOP("Message", "a deposit is between $0.00 and {limit}"))
TILLBOOK_MESSAGE(OrderReasonNeeded, "order.reason_needed", QT_TRANSLATE_NOOP("Message", "an order needs a reason"))
TILLBOOK_MESSAGE(OrderDone, "order.done", QT_TRANSLATE_NOOP("Message", "order {order} is done; it cannot change"))
TILLBOOK_MESSAGE(OrderCancelled, "order.cancelled",
                 QT_TRANSLATE_NOOP("Message", "order {order} is cancelled; it cannot change"))
TILLBOOK_MESSAGE(OrderStatus, "order.status",
                 QT_TRANSLATE_NOOP("Message", "an order moves to scheduled, done or cancelled, not {status}"))
TILLBOOK_MESSAGE(OrderScheduleDate, "order.schedule_date",
                 QT_TRANSLATE_NOOP("Message", "a scheduled order needs its date, written YYYY-MM-DD"))
TILLBOOK_MESSAGE(OrderReadingNeeded, "order.reading_needed",
                 QT_TRANSLATE_NOOP("Message", "a done {type} order needs the closing meter reading (digits)"))
// Mail batches; a remittance's reason is a whole sentence with its period
TILLBOOK_MESSAGE(BatchUnknown, "batch.unknown", QT_TRANSLATE_NOOP("Message", "there is no mail batch {batch}"))
TILLBOOK_MESSAGE(BatchControlCount, "batch.control_count",
                 QT_TRANSLATE_NOOP("Message", "a batch's control count is 1 to {max} remittances"))
TILLBOOK_MESSAGE(BatchControlTotal, "batch.control_total",
                 QT_TRANSLATE_NOOP("Message", "a batch's control total is more than $0.00 and at most {limit}"))
TILLBOOK_MESSAGE(BatchPosted, "batch.posted",
                 QT_TRANSLATE_NOOP("Message", "batch {batch} is closed; its items are posted"))
TILLBOOK_MESSAGE(BatchKeyedByOther, "batch.keyed_by_other",
                 QT_TRANSLATE_NOOP("Message", "batch {batch} is keyed by {operator}"))
TILLBOOK_MESSAGE(BatchNoItem, "batch.no_item",
                 QT_TRANSLATE_NOOP("Message", "batch {batch} has no item {item} to remove"))
TILLBOOK_MESSAGE(BatchAlreadyClosed, "batch.already_closed",
                 QT_TRANSLATE_NOOP("Message", "batch {batch} is already closed"))
TILLBOOK_MESSAGE(BatchClosedByKeyer, "batch.closed_by_keyer",
                 QT_TRANSLATE_NOOP("Message", "only {operator}, who keyed batch {batch}, closes it"))
TILLBOOK_MESSAGE(BatchOutOfBalance, "batch.out_of_balance",
                 QT_TRANSLATE_NOOP("Message", "Batch not closed: it is out of balance. Keyed {keyedCount} remittances for {keyedTotal}; the control figures are {controlCount} for {controlTotal}."))
TILLBOOK_MESSAGE(BatchItemRefused, "batch.item_refused",
                 QT_TRANSLATE_NOOP("Message", "Batch not closed: item {item} (account {account}) {reason}"))
TILLBOOK_MESSAGE(BatchOpenNoDeposit, "batch.open_no_deposit",
                 QT_TRANSLATE_NOOP("Message", "batch {batch} is open; its deposit is known once it balances and is closed"))
TILLBOOK_MESSAGE(RemittanceNotRecorded, "remittance.not_recorded",
                 QT_TRANSLATE_NOOP("Message", "Remittance not recorded: {reason}"))
TILLBOOK_MESSAGE(RemittanceBatchUnknown, "remittance.batch_unknown",
                 QT_TRANSLATE_NOOP("Message", "there is no mail batch {batch}."))
TILLBOOK_MESSAGE(RemittanceBatchClosed, "remittance.batch_closed",
                 QT_TRANSLATE_NOOP("Message", "batch {batch} is closed; nothing more is keyed into it."))
TILLBOOK_MESSAGE(RemittanceBatchOfOther, "remittance.batch_of_other",
                 QT_TRANSLATE_NOOP("Message", "batch {batch} is keyed by {operator}; open a batch of your own."))
TILLBOOK_MESSAGE(RemittanceBatchFull, "remittance.batch_full",
                 QT_TRANSLATE_NOOP("Message", "a batch holds at most {max} remittances."))
TILLBOOK_MESSAGE(RemittanceAccountMismatch, "remittance.account_mismatch",
                 QT_TRANSLATE_NOOP("Message", "the account typed, {typed}, is not the stub's account {stub}."))
TILLBOOK_MESSAGE(RemittanceAccountNeeded, "remittance.account_needed",
                 QT_TRANSLATE_NOOP("Message", "key the account number or the scan line from the bill stub."))
TILLBOOK_MESSAGE(RemittanceAccountUnknown, "remittance.account_unknown",
                 QT_TRANSLATE_NOOP("Message", "there is no account {account}."))
TILLBOOK_MESSAGE(RemittanceAmount, "remittance.amount",
                 QT_TRANSLATE_NOOP("Message", "the check's amount must be more than $0.00 and at most {limit} (setting payment.max_tender_cents)."))
TILLBOOK_MESSAGE(RemittanceDuplicate, "remittance.duplicate",
                 QT_TRANSLATE_NOOP("Message", "this check is already item {item} of the batch."))
// Review of the day's work: {work} is one of review.work.*, {state} one of review.state.*
TILLBOOK_MESSAGE(ReviewWorkDrawer, "review.work.drawer", QT_TRANSLATE_NOOP("Message", "drawer {id}"))
TILLBOOK_MESSAGE(ReviewWorkBatch, "review.work.batch", QT_TRANSLATE_NOOP("Message", "mail batch {id}"))
TILLBOOK_MESSAGE(ReviewStateOpen, "review.state.open", QT_TRANSLATE_NOOP("Message", "open"))
TILLBOOK_MESSAGE(ReviewStateBalanced, "review.state.balanced", QT_TRANSLATE_NOOP("Message", "balanced"))
TILLBOOK_MESSAGE(ReviewStateApproved, "review.state.approved", QT_TRANSLATE_NOOP("Message", "approved"))
TILLBOOK_MESSAGE(ReviewStateRejected, "review.state.rejected", QT_TRANSLATE_NOOP("Message", "rejected"))
TILLBOOK_MESSAGE(ReviewSubject, "review.subject",
                 QT_TRANSLATE_NOOP("Message", "a review is of a drawer or a batch, not {subject}"))
TILLBOOK_MESSAGE(ReviewDrawerUnknown, "review.drawer_unknown",
                 QT_TRANSLATE_NOOP("Message", "there is no drawer {drawer}"))
TILLBOOK_MESSAGE(ReviewStillOpen, "review.still_open",
                 QT_TRANSLATE_NOOP("Message", "{work} is still open; it is reviewed once it is closed"))
TILLBOOK_MESSAGE(ReviewAlreadyApproved, "review.already_approved",
                 QT_TRANSLATE_NOOP("Message", "{work} is already approved"))
TILLBOOK_MESSAGE(ReviewAwaitsAnswer, "review.awaits_answer",
                 QT_TRANSLATE_NOOP("Message", "{work} was rejected and waits for {operator}'s answer"))
TILLBOOK_MESSAGE(ReviewOwnApproval, "review.own_approval",
                 QT_TRANSLATE_NOOP("Message", "another supervisor approves {work}; nobody approves their own work"))
TILLBOOK_MESSAGE(ReviewNotWaiting, "review.not_waiting",
                 QT_TRANSLATE_NOOP("Message", "{work} is {state}; only work waiting for review is rejected"))
TILLBOOK_MESSAGE(ReviewOwnReview, "review.own_review",
                 QT_TRANSLATE_NOOP("Message", "another supervisor reviews {work}; nobody reviews their own work"))
TILLBOOK_MESSAGE(ReviewNotRejected, "review.not_rejected",
                 QT_TRANSLATE_NOOP("Message", "{work} was not rejected; there is nothing to answer"))
TILLBOOK_MESSAGE(ReviewOtherOwner, "review.other_owner",
                 QT_TRANSLATE_NOOP("Message", "{work} came back to {operator}, who answers it"))
TILLBOOK_MESSAGE(DayFormat, "day.format", QT_TRANSLATE_NOOP("Message", "a day is written YYYY-MM-DD, not {day}"))
TILLBOOK_MESSAGE(DayApprovedAlready, "day.approved_already",
                 QT_TRANSLATE_NOOP("Message", "{day} was approved already (ledger record {seq}) and nothing was opened on it since"))
TILLBOOK_MESSAGE(DayEmpty, "day.empty",
                 QT_TRANSLATE_NOOP("Message", "no drawer or mail batch was opened on {day}; there is nothing to approve"))
TILLBOOK_MESSAGE(DayWorkPending, "day.work_pending",
                 QT_TRANSLATE_NOOP("Message", "the day is approved once all of its work is: {work} is {state}"))

// Demo and simulation (station/simulation.cpp)
