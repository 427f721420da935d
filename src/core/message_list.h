// Every message the station returns to a person, declared once: TILLBOOK_MESSAGE(Id, "stable.code", text). The code is
// what the ledger keeps and must never change meaning; the English text is the translation source (lupdate reads
// this file; i18n/tillbook_es.ts holds the Spanish), and {name} marks an argument. A refusal's text is one sentence
// without its final period when the app puts it after "...was not recorded: ".
// No include guard: core/message.h and core/message.cpp include it with their own TILLBOOK_MESSAGE.

// Authorization and approvals (station/command_context.cpp)
TILLBOOK_MESSAGE(ApproverNeeded, "approval.name_approver", QT_TRANSLATE_NOOP("Message", "a supervisor must approve \"{action}\"; name them with --approver SUP and give their PIN on stdin"))
TILLBOOK_MESSAGE(ApprovalCredit, "approval.bill_credit", QT_TRANSLATE_NOOP("Message", "Credit {amount} on bill {bill}: {reason}"))
TILLBOOK_MESSAGE(ApprovalDebit, "approval.bill_debit", QT_TRANSLATE_NOOP("Message", "Debit {amount} on bill {bill}: {reason}"))
TILLBOOK_MESSAGE(ApprovalArrangement, "approval.arrangement", QT_TRANSLATE_NOOP("Message", "Arrange {balance} on account {account} in {installments} {frequency} installments at {rate}"))
TILLBOOK_MESSAGE(ApprovalNone, "approval.none", QT_TRANSLATE_NOOP("Message", "(nothing to approve)"))
TILLBOOK_MESSAGE(ApprovalClearLockout, "approval.clear_lockout", QT_TRANSLATE_NOOP("Message", "Clear the sign-in lockout of {name}"))
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
TILLBOOK_MESSAGE(PinEmpty, "pin.empty", QT_TRANSLATE_NOOP("Message", "Enter a PIN."))
TILLBOOK_MESSAGE(PinTooLong, "pin.too_long", QT_TRANSLATE_NOOP("Message", "A PIN has at most {digits} digits."))
TILLBOOK_MESSAGE(PinDigitsOnly, "pin.digits_only", QT_TRANSLATE_NOOP("Message", "A PIN has digits only."))
TILLBOOK_MESSAGE(PinTooShort, "pin.too_short", QT_TRANSLATE_NOOP("Message", "A PIN has at least {digits} digits."))
TILLBOOK_MESSAGE(OperatorIdInvalid, "operator.id_invalid",
                 QT_TRANSLATE_NOOP("Message", "operator id \"{id}\" must be 1 to 32 characters of a-z, 0-9, '.', '_' and '-'"))
TILLBOOK_MESSAGE(OperatorNameLength, "operator.name_length",
                 QT_TRANSLATE_NOOP("Message", "an operator's name must be 1 to 80 characters"))
TILLBOOK_MESSAGE(OperatorExists, "operator.exists", QT_TRANSLATE_NOOP("Message", "operator \"{id}\" already exists"))
TILLBOOK_MESSAGE(OperatorUnknown, "operator.unknown", QT_TRANSLATE_NOOP("Message", "there is no operator \"{id}\""))
TILLBOOK_MESSAGE(OperatorAlreadyDisabled, "operator.already_disabled", QT_TRANSLATE_NOOP("Message", "{name} is already disabled"))
TILLBOOK_MESSAGE(OperatorDisablesSelf, "operator.disables_self",
                 QT_TRANSLATE_NOOP("Message", "nobody disables their own account; ask another admin"))
TILLBOOK_MESSAGE(SignInUnknownOperator, "signin.unknown_operator", QT_TRANSLATE_NOOP("Message", "Unknown operator."))
TILLBOOK_MESSAGE(SignInLockedOut, "signin.locked_out",
                 QT_TRANSLATE_NOOP("Message", "{name} is locked out for {minutes} minutes after {failures} wrong PINs; a supervisor can clear it."))
TILLBOOK_MESSAGE(SignInDisabled, "signin.disabled", QT_TRANSLATE_NOOP("Message", "This operator is disabled."))
TILLBOOK_MESSAGE(SignInStillLockedOut, "signin.still_locked_out",
                 QT_TRANSLATE_NOOP("Message", "{name} is locked out for {minutes} more minutes; a supervisor can clear it."))
TILLBOOK_MESSAGE(SignInWrongPin, "signin.wrong_pin", QT_TRANSLATE_NOOP("Message", "Wrong PIN. {tries} tries left before {name} is locked out."))
TILLBOOK_MESSAGE(SignInWrongPinLast, "signin.wrong_pin_last", QT_TRANSLATE_NOOP("Message", "Wrong PIN. One try left before {name} is locked out."))
TILLBOOK_MESSAGE(ApproveRequesterInactive, "approve.requester_inactive",
                 QT_TRANSLATE_NOOP("Message", "The action's operator is not an active operator."))
TILLBOOK_MESSAGE(ApproveChooseSupervisor, "approve.choose_supervisor",
                 QT_TRANSLATE_NOOP("Message", "Choose an active supervisor to approve."))
TILLBOOK_MESSAGE(ApproveOwnAction, "approve.own_action",
                 QT_TRANSLATE_NOOP("Message", "Nobody approves their own action; a second supervisor must approve."))
TILLBOOK_MESSAGE(ApproveNotSupervisor, "approve.not_supervisor",
                 QT_TRANSLATE_NOOP("Message", "{name} is a cashier; only a supervisor can approve."))

// Settings (station/settings.cpp)
TILLBOOK_MESSAGE(SettingUnknown, "setting.unknown", QT_TRANSLATE_NOOP("Message", "there is no setting \"{key}\""))
TILLBOOK_MESSAGE(SettingRange, "setting.range", QT_TRANSLATE_NOOP("Message", "{key} must be between {min} and {max}"))
TILLBOOK_MESSAGE(SettingRenamed, "setting.renamed", QT_TRANSLATE_NOOP("Message", "{key} is now {current}, typed in dollars (for example 200.00)"))
TILLBOOK_MESSAGE(SettingNotAmount, "setting.not_amount", QT_TRANSLATE_NOOP("Message", "{key} is an amount in dollars such as 200.00, not {value}"))
TILLBOOK_MESSAGE(SettingNotCount, "setting.not_count", QT_TRANSLATE_NOOP("Message", "{key} is a whole number, not {value}"))
TILLBOOK_MESSAGE(SettingUtf8, "setting.utf8", QT_TRANSLATE_NOOP("Message", "{key} must be UTF-8 text"))
TILLBOOK_MESSAGE(SettingOneLine, "setting.one_line", QT_TRANSLATE_NOOP("Message", "{key} must be one line without control characters"))
TILLBOOK_MESSAGE(SettingTooLong, "setting.too_long", QT_TRANSLATE_NOOP("Message", "{key} takes at most {max} characters"))
TILLBOOK_MESSAGE(SettingOneOf, "setting.one_of", QT_TRANSLATE_NOOP("Message", "{key} must be one of {allowed}"))
TILLBOOK_MESSAGE(SettingVerifyUrl, "setting.verify_url", QT_TRANSLATE_NOOP("Message", "receipt.verify_url is a web address starting with https:// without spaces, not {value}"))
TILLBOOK_MESSAGE(SettingCupsQueue, "setting.cups_queue", QT_TRANSLATE_NOOP("Message", "a CUPS queue name is letters, digits, '_', '-' and '.', not {value}"))

// Station, ledger, imports (station/station.cpp, ledger_service.cpp, import_file.cpp, accounts.cpp)
TILLBOOK_MESSAGE(StationIdInvalid, "station.id_invalid", QT_TRANSLATE_NOOP("Message", "station id \"{id}\" must be 1 to 32 characters of A-Z, 0-9 and '-', not starting or ending with '-'"))
TILLBOOK_MESSAGE(StationExists, "station.exists", QT_TRANSLATE_NOOP("Message", "a station already exists in {dir}"))
TILLBOOK_MESSAGE(StationKeyExists, "station.key_exists", QT_TRANSLATE_NOOP("Message", "{path} already exists; move it away or choose another directory"))
TILLBOOK_MESSAGE(StationNotDemo, "station.not_demo", QT_TRANSLATE_NOOP("Message", "station {station} is not a demo station, so {what} cannot go into it; make a demo station with: tillctl demo --data NEW-DIRECTORY"))
TILLBOOK_MESSAGE(ImportUnreadable, "import.unreadable", QT_TRANSLATE_NOOP("Message", "cannot read {path}; nothing was imported"))
TILLBOOK_MESSAGE(ImportTooLarge, "import.too_large", QT_TRANSLATE_NOOP("Message", "{file} was not imported: it is larger than {mib} MiB, more than an import file may be; nothing was changed"))
TILLBOOK_MESSAGE(ImportLineTooLong, "import.line_too_long", QT_TRANSLATE_NOOP("Message", "{file} was not imported: line {line} is longer than {max} bytes; nothing was changed"))
TILLBOOK_MESSAGE(ImportProblems, "import.problems", QT_TRANSLATE_NOOP("Message", "{file} was not imported: {count} problems; nothing was changed"))
TILLBOOK_MESSAGE(ImportProblem, "import.problem", QT_TRANSLATE_NOOP("Message", "{file} was not imported: 1 problem; nothing was changed"))

// Payments, voids, refunds (station/payments.cpp, core/payment.cpp)
TILLBOOK_MESSAGE(ApplyAmountNotPositive, "allocation.amount_not_positive",
                 QT_TRANSLATE_NOOP("Message", "The amount to apply must be more than $0.00, not {amount}."))
TILLBOOK_MESSAGE(LeftoverNeedsAccount, "allocation.leftover_needs_account",
                 QT_TRANSLATE_NOOP("Message", "The {amount} left after paying every open bill needs an account to hold it as credit."))
TILLBOOK_MESSAGE(CreditNotPositive, "allocation.credit_not_positive",
                 QT_TRANSLATE_NOOP("Message", "A credit must be more than $0.00, not {amount}."))
TILLBOOK_MESSAGE(CreditNeedsAccount, "allocation.credit_needs_account",
                 QT_TRANSLATE_NOOP("Message", "A credit of {amount} needs an account to hold it."))
TILLBOOK_MESSAGE(BillNotOpen, "allocation.bill_not_open", QT_TRANSLATE_NOOP("Message", "Bill {bill} is not one of the open bills."))
TILLBOOK_MESSAGE(BillChosenTwice, "allocation.bill_twice", QT_TRANSLATE_NOOP("Message", "Bill {bill} is chosen more than once."))
TILLBOOK_MESSAGE(BillAmountNotPositive, "allocation.bill_amount_not_positive",
                 QT_TRANSLATE_NOOP("Message", "The amount for bill {bill} must be more than $0.00, not {amount}."))
TILLBOOK_MESSAGE(BillAmountOverBalance, "allocation.bill_over_balance",
                 QT_TRANSLATE_NOOP("Message", "The {amount} for bill {bill} is more than its open balance of {open}."))
TILLBOOK_MESSAGE(BillNoAccountGiven, "allocation.bill_no_account",
                 QT_TRANSLATE_NOOP("Message", "Bill {bill} belongs to account {account}, but no account was given for it."))
TILLBOOK_MESSAGE(BillOtherAccount, "allocation.bill_other_account",
                 QT_TRANSLATE_NOOP("Message", "Bill {bill} belongs to account {account}, not account {given}."))
TILLBOOK_MESSAGE(DueNotPositive, "settle.due_not_positive",
                 QT_TRANSLATE_NOOP("Message", "The amount due must be more than $0.00, not {amount}."))
TILLBOOK_MESSAGE(TenderNeeded, "settle.tender_needed",
                 QT_TRANSLATE_NOOP("Message", "At least one tender is needed to pay the {due} due."))
TILLBOOK_MESSAGE(TenderNotPositive, "settle.tender_not_positive",
                 QT_TRANSLATE_NOOP("Message", "Tender {tender} ({kind}, {amount}) must be more than $0.00."))
TILLBOOK_MESSAGE(TendersShort, "settle.short", QT_TRANSLATE_NOOP("Message", "The tenders are {short} short of the {due} due."))
TILLBOOK_MESSAGE(PaymentNotRecorded, "payment.not_recorded", QT_TRANSLATE_NOOP("Message", "Payment not recorded: {reason}"))
TILLBOOK_MESSAGE(PaymentRequestId, "payment.request_id", QT_TRANSLATE_NOOP("Message", "a payment needs a request id of 1 to 64 characters."))
TILLBOOK_MESSAGE(PaymentAccountUnknown, "payment.account_unknown", QT_TRANSLATE_NOOP("Message", "there is no account {account}."))
TILLBOOK_MESSAGE(PaymentAccountClosed, "payment.account_closed", QT_TRANSLATE_NOOP("Message", "account {account} is closed."))
TILLBOOK_MESSAGE(AmountNotPositive, "payment.amount_not_positive", QT_TRANSLATE_NOOP("Message", "an amount must be more than zero."))
TILLBOOK_MESSAGE(AccountNamedTwice, "payment.account_twice", QT_TRANSLATE_NOOP("Message", "account {account} is named twice in the payment."))
TILLBOOK_MESSAGE(FeeQuantity, "payment.fee_quantity", QT_TRANSLATE_NOOP("Message", "a fee's quantity must be 1 to 99."))
TILLBOOK_MESSAGE(FeeUnknown, "payment.fee_unknown", QT_TRANSLATE_NOOP("Message", "there is no fee {fee} in the catalog."))
TILLBOOK_MESSAGE(PaymentNothingChosen, "payment.nothing_chosen", QT_TRANSLATE_NOOP("Message", "choose a bill, an account amount or a fee first."))
TILLBOOK_MESSAGE(TenderOverLimit, "payment.tender_over_limit", QT_TRANSLATE_NOOP("Message", "{amount} is more than the largest single tender the station takes ({limit}, setting payment.max_tender)."))
TILLBOOK_MESSAGE(TendersOverLimit, "payment.tenders_over_limit", QT_TRANSLATE_NOOP("Message", "the tenders add up to {amount}, more than one payment takes ({limit}, setting payment.max_tender)."))
TILLBOOK_MESSAGE(AccountCashOnly, "payment.cash_only", QT_TRANSLATE_NOOP("Message", "this account takes cash only."))
TILLBOOK_MESSAGE(TenderReferenceLength, "payment.reference_length", QT_TRANSLATE_NOOP("Message", "a tender reference has at most 40 characters."))
TILLBOOK_MESSAGE(ItemListedTwice, "payment.item_twice", QT_TRANSLATE_NOOP("Message", "the same check or money order is listed twice."))
TILLBOOK_MESSAGE(ItemNotVerified, "payment.item_not_verified", QT_TRANSLATE_NOOP("Message", "a check or money order must be verified before it is taken."))
TILLBOOK_MESSAGE(ItemVerifiedAsOther, "payment.item_verified_as_other", QT_TRANSLATE_NOOP("Message", "{item} was verified as a {instrument}, not taken as one."))
TILLBOOK_MESSAGE(ItemVerifiedForOtherAccount, "payment.item_other_account", QT_TRANSLATE_NOOP("Message", "{item} was verified for account {account}, which this payment does not pay."))
TILLBOOK_MESSAGE(ItemVerifiedForOtherAmount, "payment.item_other_amount", QT_TRANSLATE_NOOP("Message", "check {item} was verified for {verified}, not {amount}."))
TILLBOOK_MESSAGE(ItemNotAccepted, "payment.item_not_accepted", QT_TRANSLATE_NOOP("Message", "check {item} was not accepted."))
TILLBOOK_MESSAGE(ItemAlreadyTaken, "payment.item_taken", QT_TRANSLATE_NOOP("Message", "check {item} was already taken in another payment."))
TILLBOOK_MESSAGE(MailBatchNoCash, "payment.mail_batch_no_cash", QT_TRANSLATE_NOOP("Message", "a mail batch takes checks and money orders, not cash."))
TILLBOOK_MESSAGE(DrawerDropFirst, "payment.drop_first", QT_TRANSLATE_NOOP("Message", "the drawer should hold {expected}; drop cash to the safe before the next cash payment."))
TILLBOOK_MESSAGE(ReceiptUnknown, "receipt.unknown", QT_TRANSLATE_NOOP("Message", "there is no receipt {receipt}"))
TILLBOOK_MESSAGE(ReceiptAlreadyVoided, "void.already_voided", QT_TRANSLATE_NOOP("Message", "receipt {receipt} is already voided"))
TILLBOOK_MESSAGE(ReceiptHasRefunds, "void.has_refunds", QT_TRANSLATE_NOOP("Message", "receipt {receipt} has refunds; refund the rest instead of voiding"))
TILLBOOK_MESSAGE(ReceiptFromMailBatch, "void.mail_batch", QT_TRANSLATE_NOOP("Message", "receipt {receipt} was posted from mail batch {batch}, not taken in a drawer; refund it instead"))
TILLBOOK_MESSAGE(ReceiptNotInDrawer, "void.not_in_drawer", QT_TRANSLATE_NOOP("Message", "receipt {receipt} was not taken in a drawer; refund it instead"))
TILLBOOK_MESSAGE(ReceiptDrawerClosed, "void.drawer_closed", QT_TRANSLATE_NOOP("Message", "receipt {receipt} was taken in drawer {drawer}, which is closed; refund it instead"))
TILLBOOK_MESSAGE(RefundMethod, "refund.method", QT_TRANSLATE_NOOP("Message", "a refund is paid in cash or by a refund-check request"))
TILLBOOK_MESSAGE(ReceiptVoidedNoRefund, "refund.voided", QT_TRANSLATE_NOOP("Message", "receipt {receipt} was voided; there is nothing to refund"))
TILLBOOK_MESSAGE(RefundAmountRange, "refund.amount_range", QT_TRANSLATE_NOOP("Message", "a refund of receipt {receipt} must be more than $0.00 and at most {refundable}"))
TILLBOOK_MESSAGE(RefundDrawerShort, "refund.drawer_short", QT_TRANSLATE_NOOP("Message", "the drawer should hold only {expected}; refund by a refund-check request instead"))
TILLBOOK_MESSAGE(ApprovalVoid, "approval.void", QT_TRANSLATE_NOOP("Message", "Void receipt {receipt} ({amount})"))
TILLBOOK_MESSAGE(ApprovalRefundCash, "approval.refund_cash", QT_TRANSLATE_NOOP("Message", "Refund {amount} of receipt {receipt} in cash from the drawer"))
TILLBOOK_MESSAGE(ApprovalRefundCheck, "approval.refund_check", QT_TRANSLATE_NOOP("Message", "Refund {amount} of receipt {receipt} by a refund check from the finance office"))
TILLBOOK_MESSAGE(OverpaidNeedsAccount, "settle.overpaid_needs_account",
                 QT_TRANSLATE_NOOP("Message", "The {amount} overpaid by check or money order cannot be given as change and needs an account to hold it as credit."))

// Drawers (station/drawers.cpp)
TILLBOOK_MESSAGE(CountPileNegative, "count.pile_negative", QT_TRANSLATE_NOOP("Message", "The count of {pile} cannot be negative."))
TILLBOOK_MESSAGE(CountPileTooMany, "count.pile_too_many", QT_TRANSLATE_NOOP("Message", "The count of {pile} cannot be more than 1,000,000."))
TILLBOOK_MESSAGE(CountRolledNegative, "count.rolled_negative", QT_TRANSLATE_NOOP("Message", "The rolled coin amount cannot be negative, not {amount}."))
TILLBOOK_MESSAGE(CountCashNegative, "count.cash_negative", QT_TRANSLATE_NOOP("Message", "The cash amount cannot be negative, not {amount}."))
TILLBOOK_MESSAGE(CountTooLarge, "count.too_large", QT_TRANSLATE_NOOP("Message", "The counted total is too large to record."))
TILLBOOK_MESSAGE(DrawerNoneOpenUseFloat, "drawer.none_open_float", QT_TRANSLATE_NOOP("Message", "no drawer is open at this station; open one with a counted float"))
TILLBOOK_MESSAGE(DrawerOthers, "drawer.others", QT_TRANSLATE_NOOP("Message", "the open drawer is {name}'s; each cashier works from their own drawer"))
TILLBOOK_MESSAGE(VoidNeedsOwnDrawer, "void.own_drawer", QT_TRANSLATE_NOOP("Message", "a void goes through the voiding cashier's own drawer: {reason}"))
TILLBOOK_MESSAGE(CashRefundNeedsDrawer, "refund.own_drawer", QT_TRANSLATE_NOOP("Message", "a cash refund needs your open drawer: {reason}"))
TILLBOOK_MESSAGE(DrawerAlreadyOpen, "drawer.already_open", QT_TRANSLATE_NOOP("Message", "drawer {drawer} is already open at this station; close it first"))
TILLBOOK_MESSAGE(DropZero, "drawer.drop_zero", QT_TRANSLATE_NOOP("Message", "count the cash you are dropping; the drop is $0.00"))
TILLBOOK_MESSAGE(DropTooMuch, "drawer.drop_too_much", QT_TRANSLATE_NOOP("Message", "the drop of {amount} is more than the {expected} that should be in the drawer"))
TILLBOOK_MESSAGE(DrawerNoneOpen, "drawer.none_open", QT_TRANSLATE_NOOP("Message", "no drawer is open at this station"))
TILLBOOK_MESSAGE(PickupRange, "drawer.pickup_range", QT_TRANSLATE_NOOP("Message", "a pickup must be more than $0.00 and at most the {expected} that should be in the drawer"))
TILLBOOK_MESSAGE(PaidOutReason, "drawer.paid_out_reason", QT_TRANSLATE_NOOP("Message", "a paid-out needs a reason of at most 200 characters"))
TILLBOOK_MESSAGE(PaidOutRange, "drawer.paid_out_range", QT_TRANSLATE_NOOP("Message", "a paid-out must be more than $0.00 and at most the {expected} that should be in the drawer"))
TILLBOOK_MESSAGE(NoSaleReason, "drawer.no_sale_reason", QT_TRANSLATE_NOOP("Message", "opening the drawer without a sale needs a reason"))
TILLBOOK_MESSAGE(DrawerTestReason, "drawer.test_reason", QT_TRANSLATE_NOOP("Message", "opening the drawer to test it needs a reason"))
TILLBOOK_MESSAGE(CountItemsPositive, "drawer.count_items_positive", QT_TRANSLATE_NOOP("Message", "list checks and money orders with amounts more than $0.00"))
TILLBOOK_MESSAGE(CountBeforeClose, "drawer.count_before_close", QT_TRANSLATE_NOOP("Message", "count the drawer before closing it"))
TILLBOOK_MESSAGE(CountStale, "drawer.count_stale", QT_TRANSLATE_NOOP("Message", "the drawer changed after it was counted; count it again"))
TILLBOOK_MESSAGE(OverShortNeedsReason, "drawer.over_short_reason", QT_TRANSLATE_NOOP("Message", "the drawer is {amount} over/short, beyond the tolerance; give a reason"))
// The close result, one sentence (core/drawer.cpp judgeCount): over or short in all, against the tolerance.
TILLBOOK_MESSAGE(CountBalanced, "drawer.count_balanced", QT_TRANSLATE_NOOP("Message", "Balanced: the count matches what the drawer should hold"))
TILLBOOK_MESSAGE(CountShortWithin, "drawer.count_short_within", QT_TRANSLATE_NOOP("Message", "Short {amount}, within the {tolerance} tolerance"))
TILLBOOK_MESSAGE(CountOverWithin, "drawer.count_over_within", QT_TRANSLATE_NOOP("Message", "Over {amount}, within the {tolerance} tolerance"))
TILLBOOK_MESSAGE(CountShortBeyond, "drawer.count_short_beyond", QT_TRANSLATE_NOOP("Message", "Short {amount}, beyond the {tolerance} tolerance"))
TILLBOOK_MESSAGE(CountOverBeyond, "drawer.count_over_beyond", QT_TRANSLATE_NOOP("Message", "Over {amount}, beyond the {tolerance} tolerance"))
TILLBOOK_MESSAGE(CountShortTenderBeyond, "drawer.count_short_tender_beyond", QT_TRANSLATE_NOOP("Message", "Short {amount} in all, but one tender is beyond the {tolerance} tolerance"))
TILLBOOK_MESSAGE(CountOverTenderBeyond, "drawer.count_over_tender_beyond", QT_TRANSLATE_NOOP("Message", "Over {amount} in all, but one tender is beyond the {tolerance} tolerance"))
TILLBOOK_MESSAGE(CountEvenWithin, "drawer.count_even_within", QT_TRANSLATE_NOOP("Message", "Even in all, but the tenders differ, within the {tolerance} tolerance"))
TILLBOOK_MESSAGE(CountEvenTenderBeyond, "drawer.count_even_tender_beyond", QT_TRANSLATE_NOOP("Message", "Even in all, but one tender is beyond the {tolerance} tolerance"))
TILLBOOK_MESSAGE(DrawerUnknown, "drawer.unknown", QT_TRANSLATE_NOOP("Message", "there is no drawer {drawer}"))
TILLBOOK_MESSAGE(ApprovalFloatDifference, "approval.float_difference", QT_TRANSLATE_NOOP("Message", "Open a drawer with {counted} counted, where the float should be {expected}"))
TILLBOOK_MESSAGE(ApprovalPaidOut, "approval.paid_out", QT_TRANSLATE_NOOP("Message", "Pay out {amount} from the drawer: {reason}"))
TILLBOOK_MESSAGE(ApprovalOverShort, "approval.over_short", QT_TRANSLATE_NOOP("Message", "Close drawer {drawer}: cash {cash}, checks {checks}, money orders {orders} over (+) or short (-), {total} in all"))
TILLBOOK_MESSAGE(ApprovalXReport, "approval.x_report", QT_TRANSLATE_NOOP("Message", "Show the X report of drawer {drawer} (expected cash so far) at the counter"))

// Checks and money orders (station/checks.cpp, core/check_policy.cpp)
TILLBOOK_MESSAGE(ParserDetail, "parser.detail", QT_TRANSLATE_NOOP("Message", "{detail}"))
TILLBOOK_MESSAGE(RoutingDirectoryNotImported, "routing_directory.not_imported", QT_TRANSLATE_NOOP("Message", "{source} was not imported: {count} problems; the directory in use is unchanged"))
TILLBOOK_MESSAGE(RoutingDirectoryNotImportedOne, "routing_directory.not_imported_one", QT_TRANSLATE_NOOP("Message", "{source} was not imported: 1 problem; the directory in use is unchanged"))
TILLBOOK_MESSAGE(RoutingDirectoryShrinks, "routing_directory.shrinks", QT_TRANSLATE_NOOP("Message", "{source} was not imported: it would drop {dropped} of the {in_use} routing numbers in use, more than half; if the directory really shrank, import it with --replace-smaller; the directory in use is unchanged"))
TILLBOOK_MESSAGE(CheckNotVerified, "check.not_verified", QT_TRANSLATE_NOOP("Message", "the check was not verified: {reason}"))
TILLBOOK_MESSAGE(MicrSourceInvalid, "check.micr_source", QT_TRANSLATE_NOOP("Message", "the MICR line was read or keyed, not \"{source}\""))
TILLBOOK_MESSAGE(VerificationUnknown, "check.verification_unknown", QT_TRANSLATE_NOOP("Message", "there is no check verification {verification}"))
TILLBOOK_MESSAGE(ApprovalCheckOverride, "approval.check_override", QT_TRANSLATE_NOOP("Message", "Accept check {serial} on routing {routing} for {amount} despite the reasons shown"))
TILLBOOK_MESSAGE(CheckNothingToOverride, "check.nothing_to_override", QT_TRANSLATE_NOOP("Message", "this check was accepted; there is nothing to override"))
TILLBOOK_MESSAGE(CheckNotOverridable, "check.not_overridable", QT_TRANSLATE_NOOP("Message", "this check was declined for a reason no supervisor may override"))
TILLBOOK_MESSAGE(ReturnReasonUnknown, "returned.reason_unknown", QT_TRANSLATE_NOOP("Message", "return reason {reason} is not one of R01, R02, R03, R04, R08, R10, R16"))
TILLBOOK_MESSAGE(ReturnedReceiptVoided, "returned.receipt_voided", QT_TRANSLATE_NOOP("Message", "receipt {receipt} was voided; its check was never deposited"))
TILLBOOK_MESSAGE(ReturnedNoSuchCheck, "returned.no_such_check", QT_TRANSLATE_NOOP("Message", "receipt {receipt} has no check from routing {routing} and account {account}"))
TILLBOOK_MESSAGE(ReturnedAlready, "returned.already", QT_TRANSLATE_NOOP("Message", "the check on receipt {receipt} is already recorded as returned"))
TILLBOOK_MESSAGE(CheckRoutingDigit, "check.routing_check_digit", QT_TRANSLATE_NOOP("Message", "The routing number {routing} fails its check digit: it was misread or mistyped."))
TILLBOOK_MESSAGE(CheckRoutingPrefix, "check.routing_prefix", QT_TRANSLATE_NOOP("Message", "The routing number {routing} does not start with a valid Federal Reserve prefix."))
TILLBOOK_MESSAGE(CheckRoutingElectronic, "check.routing_electronic_only", QT_TRANSLATE_NOOP("Message", "The routing number {routing} is for electronic payments only; a paper item needs review."))
TILLBOOK_MESSAGE(CheckTravelers, "check.travelers_check", QT_TRANSLATE_NOOP("Message", "This is a traveler's check; verify it with the issuer before accepting."))
TILLBOOK_MESSAGE(CheckNoDirectory, "check.routing_directory_missing", QT_TRANSLATE_NOOP("Message", "No routing directory is loaded, so {routing} could not be looked up."))
TILLBOOK_MESSAGE(CheckRoutingUnknown, "check.routing_not_in_directory", QT_TRANSLATE_NOOP("Message", "The routing number {routing} is not in the FedACH directory."))
TILLBOOK_MESSAGE(CheckRoutingReplaced, "check.routing_replaced", QT_TRANSLATE_NOOP("Message", "The bank has replaced routing number {routing} with {replacement}."))
TILLBOOK_MESSAGE(CheckDateUnreadable, "check.date_unreadable", QT_TRANSLATE_NOOP("Message", "The date on the item is not a date."))
TILLBOOK_MESSAGE(CheckPostDated, "check.post_dated", QT_TRANSLATE_NOOP("Message", "The item is dated {date}, in the future."))
TILLBOOK_MESSAGE(CheckStaleDated, "check.stale_dated", QT_TRANSLATE_NOOP("Message", "The item is dated {date}, more than six months ago."))
TILLBOOK_MESSAGE(CheckAmountMissing, "check.amount_missing", QT_TRANSLATE_NOOP("Message", "The item's amount must be more than $0.00."))
TILLBOOK_MESSAGE(CheckOverLimit, "check.over_limit", QT_TRANSLATE_NOOP("Message", "The item's {amount} is over the {limit} limit for a {instrument} item."))
TILLBOOK_MESSAGE(CheckOverDue, "check.over_amount_due", QT_TRANSLATE_NOOP("Message", "The item is for {amount}, more than the {due} due, and checks give no cash back."))
TILLBOOK_MESSAGE(CheckStarter, "check.starter_check", QT_TRANSLATE_NOOP("Message", "Check number {serial} looks like a starter check from a new account."))
TILLBOOK_MESSAGE(CheckThirdParty, "check.third_party", QT_TRANSLATE_NOOP("Message", "A third-party check (made out to someone else) is not accepted without approval."))
TILLBOOK_MESSAGE(CheckTwoParty, "check.two_party", QT_TRANSLATE_NOOP("Message", "A two-party check needs a supervisor's approval."))
TILLBOOK_MESSAGE(CheckDuplicate, "check.duplicate", QT_TRANSLATE_NOOP("Message", "This check (same bank, account and number) was taken before."))
TILLBOOK_MESSAGE(CheckNegativeFile, "check.negative_file", QT_TRANSLATE_NOOP("Message", "A check from this bank account was returned before; the account is on the negative file."))
TILLBOOK_MESSAGE(CheckCashOnly, "check.cash_only", QT_TRANSLATE_NOOP("Message", "The customer has {returned} returned checks in the last 12 months and pays in cash only."))
TILLBOOK_MESSAGE(CheckDeclined, "payment.check_declined", QT_TRANSLATE_NOOP("Message", "check {item} was declined: {reasons}"))
TILLBOOK_MESSAGE(MoneyOrderDeclined, "payment.money_order_declined", QT_TRANSLATE_NOOP("Message", "money order {item} was declined: {reasons}"))
TILLBOOK_MESSAGE(CheckNeedsOverride, "payment.check_needs_override", QT_TRANSLATE_NOOP("Message", "check {item} needs a supervisor's override: {reasons}"))
TILLBOOK_MESSAGE(MoneyOrderNeedsOverride, "payment.money_order_needs_override", QT_TRANSLATE_NOOP("Message", "money order {item} needs a supervisor's override: {reasons}"))

// Documents and reports (station/printouts.cpp, receipts.cpp, activity.cpp)
TILLBOOK_MESSAGE(ZReportDrawerOpen, "document.z_drawer_open", QT_TRANSLATE_NOOP("Message", "drawer {drawer} is still open; a Z report is for a closed drawer (print an X report)"))
TILLBOOK_MESSAGE(DepositDrawerOpen, "document.deposit_drawer_open", QT_TRANSLATE_NOOP("Message", "drawer {drawer} is not closed; its deposit is known once it is counted and closed"))
TILLBOOK_MESSAGE(RecordNotRefund, "document.not_refund", QT_TRANSLATE_NOOP("Message", "ledger record {seq} is not a refund"))
TILLBOOK_MESSAGE(RefundPaidInCash, "document.refund_cash", QT_TRANSLATE_NOOP("Message", "the refund at ledger record {seq} was paid in cash, not by check"))
TILLBOOK_MESSAGE(RefundRequestName, "document.refund_request_name", QT_TRANSLATE_NOOP("Message", "a refund-check request is named by its ledger record number, not \"{id}\""))
TILLBOOK_MESSAGE(ActivityReportName, "document.activity_name", QT_TRANSLATE_NOOP("Message", "an activity report is named FROM..TO, not \"{id}\""))
TILLBOOK_MESSAGE(RangeDates, "report.range_dates", QT_TRANSLATE_NOOP("Message", "the range is two dates written YYYY-MM-DD"))
TILLBOOK_MESSAGE(RangeBackwards, "report.range_backwards", QT_TRANSLATE_NOOP("Message", "the range ends ({to}) before it starts ({from})"))
TILLBOOK_MESSAGE(RangeTooLong, "report.range_too_long", QT_TRANSLATE_NOOP("Message", "an activity report covers at most 366 days"))
TILLBOOK_MESSAGE(PrintoutSaved, "printout.saved", QT_TRANSLATE_NOOP("Message", "{title} saved as {file}; no printer queue is set."))
TILLBOOK_MESSAGE(PrintoutSent, "printout.sent", QT_TRANSLATE_NOOP("Message", "{title} sent to printer {queue}."))
TILLBOOK_MESSAGE(PrintoutNotPrinted, "printout.not_printed", QT_TRANSLATE_NOOP("Message", "{title} was saved but not printed: {reason}"))

// Arrangements (station/arrangements.cpp)
TILLBOOK_MESSAGE(ArrangeNoBalance, "arrangement.no_balance", QT_TRANSLATE_NOOP("Message", "There is no balance to arrange."))
TILLBOOK_MESSAGE(ArrangeTooLarge, "arrangement.too_large", QT_TRANSLATE_NOOP("Message", "A balance of {amount} is more than an arrangement at the counter can take ({max})."))
TILLBOOK_MESSAGE(ArrangeDownNegative, "arrangement.down_negative", QT_TRANSLATE_NOOP("Message", "The down payment cannot be negative."))
TILLBOOK_MESSAGE(ArrangeDownCovers, "arrangement.down_covers", QT_TRANSLATE_NOOP("Message", "A down payment of {down} covers the balance of {balance}; take it as a payment instead."))
TILLBOOK_MESSAGE(ArrangeNoInstallment, "arrangement.no_installment", QT_TRANSLATE_NOOP("Message", "An arrangement needs at least one installment."))
TILLBOOK_MESSAGE(ArrangeTooManyInstallments, "arrangement.too_many_installments", QT_TRANSLATE_NOOP("Message", "An arrangement has at most {max} installments, not {installments}."))
TILLBOOK_MESSAGE(ArrangeRateNegative, "arrangement.rate_negative", QT_TRANSLATE_NOOP("Message", "The interest rate cannot be negative."))
TILLBOOK_MESSAGE(ArrangeRateTooHigh, "arrangement.rate_too_high", QT_TRANSLATE_NOOP("Message", "An annual rate of {rate} is above the {max} the station allows."))
TILLBOOK_MESSAGE(ArrangeFirstDuePast, "arrangement.first_due_past", QT_TRANSLATE_NOOP("Message", "The first installment cannot be due in the past ({due} is before {today})."))
TILLBOOK_MESSAGE(ArrangeFirstDueFar, "arrangement.first_due_far", QT_TRANSLATE_NOOP("Message", "The first installment is due more than a year from today ({due})."))
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
                 QT_TRANSLATE_NOOP("Message", "Batch not closed: it is out of balance. Keyed {keyed_count} remittances for {keyed_total}; the control figures are {control_count} for {control_total}."))
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
TILLBOOK_MESSAGE(RemittanceAmount, "remittance.amount",
                 QT_TRANSLATE_NOOP("Message", "the check's amount must be more than $0.00 and at most {limit} (setting payment.max_tender)."))
TILLBOOK_MESSAGE(RemittanceDuplicate, "remittance.duplicate",
                 QT_TRANSLATE_NOOP("Message", "this check is already item {item} of the batch."))
// Why a keyed remittance is an exception, besides its check's own reasons (station/batches.cpp): whole sentences
TILLBOOK_MESSAGE(RemittanceAccountClosed, "remittance.account_closed",
                 QT_TRANSLATE_NOOP("Message", "Account {account} is closed."))
TILLBOOK_MESSAGE(RemittanceAccountCashOnly, "remittance.account_cash_only",
                 QT_TRANSLATE_NOOP("Message", "Account {account} pays in cash only."))
// An account's history (station/projector.cpp): one line per record that touched the account, kept as the code and
// its arguments in account_events so the history view shows it in the reader's language
TILLBOOK_MESSAGE(HistoryPayment, "history.payment", QT_TRANSLATE_NOOP("Message", "Payment, receipt {receipt}"))
TILLBOOK_MESSAGE(HistoryVoid, "history.void", QT_TRANSLATE_NOOP("Message", "Void of receipt {receipt}"))
TILLBOOK_MESSAGE(HistoryRefund, "history.refund", QT_TRANSLATE_NOOP("Message", "Refund of receipt {receipt}"))
TILLBOOK_MESSAGE(HistoryReturnedCheck, "history.returned_check",
                 QT_TRANSLATE_NOOP("Message", "Returned check on receipt {receipt}"))
TILLBOOK_MESSAGE(HistoryArrangement, "history.arrangement",
                 QT_TRANSLATE_NOOP("Message", "Arrangement {id}: {installments} {frequency} installments, total {total}"))
TILLBOOK_MESSAGE(HistoryArrangementBroken, "history.arrangement_broken",
                 QT_TRANSLATE_NOOP("Message", "Arrangement {id} broken: {remaining} due now"))
// {changes} is a list of history.field_change; {field} one of field.* (the name, the phone number...)
TILLBOOK_MESSAGE(HistoryChanged, "history.changed", QT_TRANSLATE_NOOP("Message", "Changed {changes}"))
TILLBOOK_MESSAGE(HistoryChangedBecause, "history.changed_because", QT_TRANSLATE_NOOP("Message", "Changed {changes} {reason}"))
TILLBOOK_MESSAGE(HistoryFieldChange, "history.field_change",
                 QT_TRANSLATE_NOOP("Message", "{field} from \"{old}\" to \"{new}\";"))
TILLBOOK_MESSAGE(HistoryCredit, "history.credit",
                 QT_TRANSLATE_NOOP3("Message", "Credit {amount} on bill {bill}: {reason}", "a line of an account's history"))
TILLBOOK_MESSAGE(HistoryDebit, "history.debit",
                 QT_TRANSLATE_NOOP3("Message", "Debit {amount} on bill {bill}: {reason}", "a line of an account's history"))
TILLBOOK_MESSAGE(HistoryNote, "history.note", QT_TRANSLATE_NOOP("Message", "Note: {note}"))
// {type} and {status} are word.order_type.* and word.order_status.*
TILLBOOK_MESSAGE(HistoryOrder, "history.order",
                 QT_TRANSLATE_NOOP("Message", "Service order {id}: {type} on {date} ({reason})"))
TILLBOOK_MESSAGE(HistoryOrderUpdate, "history.order_update", QT_TRANSLATE_NOOP("Message", "Service order {id} {status}"))
TILLBOOK_MESSAGE(HistoryOrderUpdateMeter, "history.order_update_meter",
                 QT_TRANSLATE_NOOP("Message", "Service order {id} {status}, meter {meter}"))
// Review of the day's work: {work} is one of review.work.*, {state} one of review.state.*
TILLBOOK_MESSAGE(ReviewWorkDrawer, "review.work.drawer", QT_TRANSLATE_NOOP("Message", "drawer {id}"))
TILLBOOK_MESSAGE(ReviewWorkBatch, "review.work.batch", QT_TRANSLATE_NOOP("Message", "mail batch {id}"))
TILLBOOK_MESSAGE(ReviewStateOpen, "review.state.open", QT_TRANSLATE_NOOP("Message", "open"))
TILLBOOK_MESSAGE(ReviewStateBalanced, "review.state.balanced", QT_TRANSLATE_NOOP("Message", "balanced"))
TILLBOOK_MESSAGE(ReviewStateApproved, "review.state.approved", QT_TRANSLATE_NOOP("Message", "approved"))
TILLBOOK_MESSAGE(ReviewStateRejected, "review.state.rejected", QT_TRANSLATE_NOOP("Message", "rejected"))
TILLBOOK_MESSAGE(ReviewSubject, "review.subject",
                 QT_TRANSLATE_NOOP("Message", "a review is of a drawer or a batch, not {subject}"))
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

// Data words: what the station returns as a key and a screen shows as a word, "word.DOMAIN.KEY" (core/message.h
// wordMessage). Each domain is an enumeration of the station's (tests/app/test_message_text.cpp walks every one), and the
// comment tells the translator whose word it is: Spanish words agree with the noun they describe.
TILLBOOK_MESSAGE(WordBillUtility, "word.bill_kind.utility", QT_TRANSLATE_NOOP3("Message", "utility", "bill kind"))
TILLBOOK_MESSAGE(WordBillPermit, "word.bill_kind.permit", QT_TRANSLATE_NOOP3("Message", "permit", "bill kind"))
TILLBOOK_MESSAGE(WordBillLicense, "word.bill_kind.license", QT_TRANSLATE_NOOP3("Message", "license", "bill kind"))
TILLBOOK_MESSAGE(WordBillFee, "word.bill_kind.fee", QT_TRANSLATE_NOOP3("Message", "fee", "bill kind"))
TILLBOOK_MESSAGE(WordBillInstallment, "word.bill_kind.installment", QT_TRANSLATE_NOOP3("Message", "installment", "bill kind"))
TILLBOOK_MESSAGE(WordOrderStart, "word.order_type.start", QT_TRANSLATE_NOOP3("Message", "start", "service order type"))
TILLBOOK_MESSAGE(WordOrderStop, "word.order_type.stop", QT_TRANSLATE_NOOP3("Message", "stop", "service order type"))
TILLBOOK_MESSAGE(WordOrderTransfer, "word.order_type.transfer", QT_TRANSLATE_NOOP3("Message", "transfer", "service order type"))
TILLBOOK_MESSAGE(WordOrderInstallation, "word.order_type.installation", QT_TRANSLATE_NOOP3("Message", "installation", "service order type"))
TILLBOOK_MESSAGE(WordOrderOpen, "word.order_status.open", QT_TRANSLATE_NOOP3("Message", "open", "service order status"))
TILLBOOK_MESSAGE(WordOrderScheduled, "word.order_status.scheduled", QT_TRANSLATE_NOOP3("Message", "scheduled", "service order status"))
TILLBOOK_MESSAGE(WordOrderDone, "word.order_status.done", QT_TRANSLATE_NOOP3("Message", "done", "service order status"))
TILLBOOK_MESSAGE(WordOrderCancelled, "word.order_status.cancelled", QT_TRANSLATE_NOOP3("Message", "cancelled", "service order status"))
TILLBOOK_MESSAGE(WordTenderCash, "word.tender_kind.cash", QT_TRANSLATE_NOOP3("Message", "cash", "tender kind"))
TILLBOOK_MESSAGE(WordTenderCheck, "word.tender_kind.check", QT_TRANSLATE_NOOP3("Message", "check", "tender kind"))
TILLBOOK_MESSAGE(WordTenderMoneyOrder, "word.tender_kind.money_order", QT_TRANSLATE_NOOP3("Message", "money order", "tender kind"))
TILLBOOK_MESSAGE(WordTenderCard, "word.tender_kind.card", QT_TRANSLATE_NOOP3("Message", "card", "tender kind"))
TILLBOOK_MESSAGE(WordFrequencyWeekly, "word.frequency.weekly", QT_TRANSLATE_NOOP3("Message", "weekly", "installment frequency"))
TILLBOOK_MESSAGE(WordFrequencyBiweekly, "word.frequency.biweekly", QT_TRANSLATE_NOOP3("Message", "biweekly", "installment frequency"))
TILLBOOK_MESSAGE(WordFrequencyMonthly, "word.frequency.monthly", QT_TRANSLATE_NOOP3("Message", "monthly", "installment frequency"))
TILLBOOK_MESSAGE(WordRoleCashier, "word.role.cashier", QT_TRANSLATE_NOOP3("Message", "cashier", "operator role"))
TILLBOOK_MESSAGE(WordRoleSupervisor, "word.role.supervisor", QT_TRANSLATE_NOOP3("Message", "supervisor", "operator role"))
TILLBOOK_MESSAGE(WordRoleAdmin, "word.role.admin", QT_TRANSLATE_NOOP3("Message", "admin", "operator role"))
TILLBOOK_MESSAGE(WordBatchItemAccepted, "word.batch_item.accepted", QT_TRANSLATE_NOOP3("Message", "accepted", "mail batch item status"))
TILLBOOK_MESSAGE(WordBatchItemException, "word.batch_item.exception", QT_TRANSLATE_NOOP3("Message", "exception", "mail batch item status"))
TILLBOOK_MESSAGE(WordBatchItemRemoved, "word.batch_item.removed", QT_TRANSLATE_NOOP3("Message", "removed", "mail batch item status"))
TILLBOOK_MESSAGE(WordPileBill100, "word.pile.bill_100", QT_TRANSLATE_NOOP3("Message", "$100 notes", "a pile of one denomination in a cash count"))
TILLBOOK_MESSAGE(WordPileBill50, "word.pile.bill_50", QT_TRANSLATE_NOOP3("Message", "$50 notes", "a pile of one denomination in a cash count"))
TILLBOOK_MESSAGE(WordPileBill20, "word.pile.bill_20", QT_TRANSLATE_NOOP3("Message", "$20 notes", "a pile of one denomination in a cash count"))
TILLBOOK_MESSAGE(WordPileBill10, "word.pile.bill_10", QT_TRANSLATE_NOOP3("Message", "$10 notes", "a pile of one denomination in a cash count"))
TILLBOOK_MESSAGE(WordPileBill5, "word.pile.bill_5", QT_TRANSLATE_NOOP3("Message", "$5 notes", "a pile of one denomination in a cash count"))
TILLBOOK_MESSAGE(WordPileBill2, "word.pile.bill_2", QT_TRANSLATE_NOOP3("Message", "$2 notes", "a pile of one denomination in a cash count"))
TILLBOOK_MESSAGE(WordPileBill1, "word.pile.bill_1", QT_TRANSLATE_NOOP3("Message", "$1 notes", "a pile of one denomination in a cash count"))
TILLBOOK_MESSAGE(WordPileCoin100, "word.pile.coin_100", QT_TRANSLATE_NOOP3("Message", "$1 coins", "a pile of one denomination in a cash count"))
TILLBOOK_MESSAGE(WordPileCoin50, "word.pile.coin_50", QT_TRANSLATE_NOOP3("Message", "50¢ coins", "a pile of one denomination in a cash count"))
TILLBOOK_MESSAGE(WordPileCoin25, "word.pile.coin_25", QT_TRANSLATE_NOOP3("Message", "25¢ coins", "a pile of one denomination in a cash count"))
TILLBOOK_MESSAGE(WordPileCoin10, "word.pile.coin_10", QT_TRANSLATE_NOOP3("Message", "10¢ coins", "a pile of one denomination in a cash count"))
TILLBOOK_MESSAGE(WordPileCoin5, "word.pile.coin_5", QT_TRANSLATE_NOOP3("Message", "5¢ coins", "a pile of one denomination in a cash count"))
TILLBOOK_MESSAGE(WordPileCoin1, "word.pile.coin_1", QT_TRANSLATE_NOOP3("Message", "1¢ coins", "a pile of one denomination in a cash count"))
// One denomination's name on the cash count's grid (core/drawer.h DenominationInfo::label is the printed English)
TILLBOOK_MESSAGE(WordDenominationBill100, "word.denomination.bill_100", QT_TRANSLATE_NOOP3("Message", "$100", "a denomination on the cash count's grid"))
TILLBOOK_MESSAGE(WordDenominationBill50, "word.denomination.bill_50", QT_TRANSLATE_NOOP3("Message", "$50", "a denomination on the cash count's grid"))
TILLBOOK_MESSAGE(WordDenominationBill20, "word.denomination.bill_20", QT_TRANSLATE_NOOP3("Message", "$20", "a denomination on the cash count's grid"))
TILLBOOK_MESSAGE(WordDenominationBill10, "word.denomination.bill_10", QT_TRANSLATE_NOOP3("Message", "$10", "a denomination on the cash count's grid"))
TILLBOOK_MESSAGE(WordDenominationBill5, "word.denomination.bill_5", QT_TRANSLATE_NOOP3("Message", "$5", "a denomination on the cash count's grid"))
TILLBOOK_MESSAGE(WordDenominationBill2, "word.denomination.bill_2", QT_TRANSLATE_NOOP3("Message", "$2", "a denomination on the cash count's grid"))
TILLBOOK_MESSAGE(WordDenominationBill1, "word.denomination.bill_1", QT_TRANSLATE_NOOP3("Message", "$1", "a denomination on the cash count's grid"))
TILLBOOK_MESSAGE(WordDenominationCoin100, "word.denomination.coin_100", QT_TRANSLATE_NOOP3("Message", "$1 coin", "a denomination on the cash count's grid"))
TILLBOOK_MESSAGE(WordDenominationCoin50, "word.denomination.coin_50", QT_TRANSLATE_NOOP3("Message", "50¢", "a denomination on the cash count's grid"))
TILLBOOK_MESSAGE(WordDenominationCoin25, "word.denomination.coin_25", QT_TRANSLATE_NOOP3("Message", "25¢", "a denomination on the cash count's grid"))
TILLBOOK_MESSAGE(WordDenominationCoin10, "word.denomination.coin_10", QT_TRANSLATE_NOOP3("Message", "10¢", "a denomination on the cash count's grid"))
TILLBOOK_MESSAGE(WordDenominationCoin5, "word.denomination.coin_5", QT_TRANSLATE_NOOP3("Message", "5¢", "a denomination on the cash count's grid"))
TILLBOOK_MESSAGE(WordDenominationCoin1, "word.denomination.coin_1", QT_TRANSLATE_NOOP3("Message", "1¢", "a denomination on the cash count's grid"))
// The receipt printer's state in the header (devices/escpos_printer.h PrinterStatus::state, and app/device_controller.h's
// none, unknown, unreachable)
TILLBOOK_MESSAGE(WordPrinterNone, "word.printer_state.none", QT_TRANSLATE_NOOP3("Message", "No printer", "receipt printer state"))
TILLBOOK_MESSAGE(WordPrinterUnknown, "word.printer_state.unknown", QT_TRANSLATE_NOOP3("Message", "Checking", "receipt printer state"))
TILLBOOK_MESSAGE(WordPrinterReady, "word.printer_state.ready", QT_TRANSLATE_NOOP3("Message", "Ready", "receipt printer state"))
TILLBOOK_MESSAGE(WordPrinterPaperEnd, "word.printer_state.paper_end", QT_TRANSLATE_NOOP3("Message", "Out of paper", "receipt printer state"))
TILLBOOK_MESSAGE(WordPrinterCoverOpen, "word.printer_state.cover_open", QT_TRANSLATE_NOOP3("Message", "Cover open", "receipt printer state"))
TILLBOOK_MESSAGE(WordPrinterOffline, "word.printer_state.offline", QT_TRANSLATE_NOOP3("Message", "Offline", "receipt printer state"))
TILLBOOK_MESSAGE(WordPrinterError, "word.printer_state.error", QT_TRANSLATE_NOOP3("Message", "Fault", "receipt printer state"))
TILLBOOK_MESSAGE(WordPrinterUnreachable, "word.printer_state.unreachable", QT_TRANSLATE_NOOP3("Message", "Not answering", "receipt printer state"))

// Devices (devices/escpos_printer.cpp): the receipt printer's status and a print job's outcome
TILLBOOK_MESSAGE(PrinterOutOfPaper, "printer.out_of_paper", QT_TRANSLATE_NOOP("Message", "The receipt printer is out of paper: load a new roll and close the cover."))
TILLBOOK_MESSAGE(PrinterCoverOpen, "printer.cover_open", QT_TRANSLATE_NOOP("Message", "The receipt printer's cover is open: close it."))
TILLBOOK_MESSAGE(PrinterCutterJammed, "printer.cutter_jammed", QT_TRANSLATE_NOOP("Message", "The receipt printer's cutter is jammed: open the cover, clear the paper and close it."))
TILLBOOK_MESSAGE(PrinterFault, "printer.fault", QT_TRANSLATE_NOOP("Message", "The receipt printer reports a fault: switch it off and on again."))
TILLBOOK_MESSAGE(PrinterOffline, "printer.offline", QT_TRANSLATE_NOOP("Message", "The receipt printer is offline: check that it is switched on and its cover is closed."))
TILLBOOK_MESSAGE(PrinterPaperLow, "printer.paper_low", QT_TRANSLATE_NOOP("Message", "The receipt printer is ready; its paper is running low."))
TILLBOOK_MESSAGE(PrinterReady, "printer.ready", QT_TRANSLATE_NOOP("Message", "The receipt printer is ready."))
TILLBOOK_MESSAGE(PrintDone, "print.done", QT_TRANSLATE_NOOP("Message", "Printed."))
TILLBOOK_MESSAGE(PrintDonePaperLow, "print.done_paper_low", QT_TRANSLATE_NOOP("Message", "Printed; the paper is running low."))
TILLBOOK_MESSAGE(PrintNotReady, "print.not_ready", QT_TRANSLATE_NOOP("Message", "Not printed. {status}"))
TILLBOOK_MESSAGE(PrintStopped, "print.stopped", QT_TRANSLATE_NOOP("Message", "The printer stopped during the job, so the paper is not a whole document. {status} Then print it again."))
TILLBOOK_MESSAGE(PrintUnconfirmed, "print.unconfirmed", QT_TRANSLATE_NOOP("Message", "The printer did not confirm the job within {seconds} s: check the paper and print it again if it is not whole."))
TILLBOOK_MESSAGE(PrintNoPrinter, "print.no_printer", QT_TRANSLATE_NOOP("Message", "No receipt printer is set up in devices.json."))
// {detail}: the transport's own English sentence (an address, an operating system error)
TILLBOOK_MESSAGE(PrintDeviceFailed, "print.device_failed", QT_TRANSLATE_NOOP("Message", "Not printed. {detail}"))

// Demo and simulation (station/simulation.cpp)
TILLBOOK_MESSAGE(SimulateDaysAvailable, "simulate.days_available", QT_TRANSLATE_N_NOOP("Message", "the station's latest record ({last}) leaves {days} whole day(s) before today, and simulated days never run into the present; ask for at most {days}"))
TILLBOOK_MESSAGE(CliNotRecorded, "cli.not_recorded", QT_TRANSLATE_NOOP("Message", "{what}: {reason}"))
TILLBOOK_MESSAGE(CliCountNeedsApproval, "cli.count_needs_approval", QT_TRANSLATE_NOOP("Message", "the count recorded at seq {seq} is {over_short}, beyond the tolerance; count again with --reason and --approver SUP (their PIN on stdin)"))
TILLBOOK_MESSAGE(CliZDrawerOpen, "cli.z_drawer_open", QT_TRANSLATE_NOOP("Message", "drawer {drawer} is still open; a Z report is for a closed drawer (use report x)"))
TILLBOOK_MESSAGE(SimulateNeedsDemoOperator, "simulate.demo_operator", QT_TRANSLATE_NOOP("Message", "simulate needs the demo operators (run tillctl demo first); \"{id}\" is not one"))
TILLBOOK_MESSAGE(SimulateNeedsStaff, "simulate.staff", QT_TRANSLATE_NOOP("Message", "simulate needs at least one cashier and one supervisor"))
TILLBOOK_MESSAGE(SimulateNeedsAccounts, "simulate.accounts", QT_TRANSLATE_NOOP("Message", "simulate needs imported accounts (run tillctl demo first)"))

// The office (src/office)
TILLBOOK_MESSAGE(OfficeSchemaNewer, "office.schema_newer", QT_TRANSLATE_NOOP("Message", "The office database is at schema version {version}, written by a newer Tillbook than this one ({ours})."))
TILLBOOK_MESSAGE(JoinFileUnreadable, "office.join_unreadable", QT_TRANSLATE_NOOP("Message", "Cannot read the join file {file}."))
TILLBOOK_MESSAGE(JoinFileInvalid, "office.join_invalid", QT_TRANSLATE_NOOP("Message", "{file} is not a join file from tillctl office add-station."))
TILLBOOK_MESSAGE(JoinFileOtherStation, "office.join_other_station", QT_TRANSLATE_NOOP("Message", "{file} is for station {station}, not for this station {ours}."))
TILLBOOK_MESSAGE(JoinFileBadKey, "office.join_bad_key", QT_TRANSLATE_NOOP("Message", "{file}: {detail}."))
TILLBOOK_MESSAGE(OfficeNotJoined, "office.not_joined", QT_TRANSLATE_NOOP("Message", "This station has not joined an office (tillctl office join)."))
TILLBOOK_MESSAGE(OfficeLinkInvalid, "office.link_invalid", QT_TRANSLATE_NOOP("Message", "{file} is not an office link Tillbook wrote."))
TILLBOOK_MESSAGE(OfficeStationUnknown, "office.station_unknown", QT_TRANSLATE_NOOP("Message", "The office does not know station {station} under this role; join it again with a new file from tillctl office add-station."))
TILLBOOK_MESSAGE(OfficeCaInvalid, "office.ca_invalid", QT_TRANSLATE_NOOP("Message", "The CA certificate {file} is not a readable PEM certificate."))
TILLBOOK_MESSAGE(OfficeUrlNoHost, "office.url_no_host", QT_TRANSLATE_NOOP("Message", "The station URL {url} names no TCP host: stations reach the office over TLS, by host name or address."))
TILLBOOK_MESSAGE(OfficeOtherDatabase, "office.other_database", QT_TRANSLATE_NOOP("Message", "The office in {dir} already uses another database; an office directory belongs to one database."))
TILLBOOK_MESSAGE(OfficeMissing, "office.missing", QT_TRANSLATE_NOOP("Message", "There is no Tillbook office in {dir} (tillctl office init makes one)."))
TILLBOOK_MESSAGE(OfficeConfigInvalid, "office.config_invalid", QT_TRANSLATE_NOOP("Message", "{file} is not an office configuration Tillbook wrote."))
TILLBOOK_MESSAGE(OfficeApproverUnknown, "office.approver_unknown", QT_TRANSLATE_NOOP("Message", "{operator} is not an active supervisor at any window the office holds records of; a supervisor approves the office's day."))
TILLBOOK_MESSAGE(OfficeDayWaiting, "office.day_waiting", QT_TRANSLATE_NOOP("Message", "{station} has {count} records the office has not verified yet; run tillctl office process, then approve the day."))
TILLBOOK_MESSAGE(OfficeDayFrozen, "office.day_frozen", QT_TRANSLATE_NOOP("Message", "{station} is frozen ({state}) at seq {seq}; the office approves the day once a supervisor has resolved it."))
TILLBOOK_MESSAGE(OfficeMoneySupervisor, "office.money_supervisor", QT_TRANSLATE_NOOP("Message", "{operator} is not an active supervisor at any window the office holds records of; a supervisor prepares and confirms the office's deposits."))
TILLBOOK_MESSAGE(OfficeMoneyWaiting, "office.money_waiting", QT_TRANSLATE_NOOP("Message", "{station} has {count} records the office has not verified yet; run tillctl office process first, since the office's deposits and journal are made from verified records only."))
TILLBOOK_MESSAGE(OfficeMoneyFrozen, "office.money_frozen", QT_TRANSLATE_NOOP("Message", "{station} is frozen ({state}) at seq {seq}; the office makes no deposit or journal until a supervisor has resolved it."))
TILLBOOK_MESSAGE(OfficeDepositBanks, "office.deposit_banks", QT_TRANSLATE_NOOP("Message", "{station} deposits to bank account {account} and {other} to {other_account}; one office deposit goes to one bank account, so make the windows' deposit.bank_account the same."))
TILLBOOK_MESSAGE(OfficeDepositDrawerTaken, "office.deposit_drawer_taken", QT_TRANSLATE_NOOP("Message", "drawer {drawer} is already in the office's deposit {deposit}"))
// A drawer or mail batch a window deposited on its own after the office deposited it (office/office_money.cpp):
// {work} is one of review.work.*; {problem} is office.deposit_overlap.
TILLBOOK_MESSAGE(OfficeDepositOverlap, "office.deposit_overlap", QT_TRANSLATE_NOOP("Message", "{station} deposited {work} in its own deposit {own} after the office deposited it in {deposit}: the money is counted twice; take the office's deposit back at the bank and void it (tillctl office deposit void)."))
TILLBOOK_MESSAGE(OfficeJournalOverlap, "office.journal_overlap", QT_TRANSLATE_NOOP("Message", "The office's journal of {day} is not exported, since it would post money twice: {problem}"))
TILLBOOK_MESSAGE(OfficeDayOverlap, "office.day_overlap", QT_TRANSLATE_NOOP("Message", "{day} is not approved at the office while a deposit takes money twice: {problem}"))
TILLBOOK_MESSAGE(OfficeDepositVoided, "office.deposit_voided", QT_TRANSLATE_NOOP("Message", "the office's deposit {deposit} was voided by {operator} ({reason}); it is not confirmed or voided again"))
TILLBOOK_MESSAGE(OfficeDepositVoidConfirmed, "office.deposit_void_confirmed", QT_TRANSLATE_NOOP("Message", "the office's deposit {deposit} was confirmed by the bank (reference {reference}), so it was not taken back and is not voided"))
TILLBOOK_MESSAGE(OfficeDepositVoidReason, "office.deposit_void_reason", QT_TRANSLATE_NOOP("Message", "give the reason the office's deposit is voided"))
TILLBOOK_MESSAGE(OfficeDayWorkPending, "office.day_work_pending", QT_TRANSLATE_NOOP("Message", "{station}: {work} is {state}; the office approves the day once every window's drawers and mail batches are reviewed."))
TILLBOOK_MESSAGE(OfficeDayApprovedAlready, "office.day_approved_already", QT_TRANSLATE_NOOP("Message", "{day} was approved at the office by {operator} ({time}), and no drawer or mail batch was opened on it since."))
TILLBOOK_MESSAGE(OfficeSettingUnsigned, "office.setting_unsigned", QT_TRANSLATE_NOOP("Message", "The office's setting change {id} ({key}) does not carry a valid signature by the office key, so the office day cannot be read; a supervisor must look."))
TILLBOOK_MESSAGE(OfficeStationIdInvalid, "office.station_id_invalid", QT_TRANSLATE_NOOP("Message", "A station id is 1 to 32 capital letters, digits and hyphens."))

// Card convenience fees (core/convenience_fee.cpp, station/settings.cpp, station/payments.cpp)
TILLBOOK_MESSAGE(ConvenienceFeeForm, "card_fee.form", QT_TRANSLATE_NOOP("Message", "a convenience fee is none, a flat amount such as 2.35, or a percentage such as 2.5% with at most two decimals, not \"{value}\""))
TILLBOOK_MESSAGE(ConvenienceFeeFlatRange, "card_fee.flat_range", QT_TRANSLATE_NOOP("Message", "a flat convenience fee is more than $0.00 and at most {max}"))
TILLBOOK_MESSAGE(ConvenienceFeePercentRange, "card_fee.percent_range", QT_TRANSLATE_NOOP("Message", "a convenience fee percentage is more than 0% and at most {max}%"))
TILLBOOK_MESSAGE(SettingConvenienceFee, "setting.card_fee", QT_TRANSLATE_NOOP("Message", "{key}: {reason}"))
TILLBOOK_MESSAGE(SettingConvenienceFeeFund, "setting.card_fee_fund", QT_TRANSLATE_NOOP("Message", "{key} names no fund: card_fee. is followed by a fund code (1-20 of A-Z, 0-9, '-' and '.')"))
TILLBOOK_MESSAGE(SettingConvenienceFeeCredit, "setting.card_fee_credit", QT_TRANSLATE_NOOP("Message", "{key} cannot be set: a credit left on an account is not revenue and carries no convenience fee"))
TILLBOOK_MESSAGE(RefundFeeKept, "refund.fee_kept", QT_TRANSLATE_NOOP("Message", "a refund of receipt {receipt} must be more than $0.00 and at most {refundable}; its {fee} card convenience fee is not refunded (a void returns it)"))

// Cards and deposits (core/card.cpp, station/payments.cpp, station/deposits.cpp)
TILLBOOK_MESSAGE(CardsOverDue, "settle.cards_over_due", QT_TRANSLATE_NOOP("Message", "The card tenders come to {charged}, more than the {due} due; charge a card only what is due."))
TILLBOOK_MESSAGE(FieldSetting, "field.setting", QT_TRANSLATE_NOOP("Message", "the setting {key}"))
TILLBOOK_MESSAGE(CardBatchNegative, "drawer.card_batch_negative", QT_TRANSLATE_NOOP("Message", "the card terminal's batch total cannot be negative"))
TILLBOOK_MESSAGE(DepositDay, "deposit.day", QT_TRANSLATE_NOOP("Message", "the deposit's day is a date as YYYY-MM-DD, not {day}"))
TILLBOOK_MESSAGE(DepositBag, "deposit.bag", QT_TRANSLATE_NOOP("Message", "a deposit needs the number of the bag it goes in"))
TILLBOOK_MESSAGE(FieldBag, "field.bag", QT_TRANSLATE_NOOP("Message", "the bag number"))
TILLBOOK_MESSAGE(FieldSeal, "field.seal", QT_TRANSLATE_NOOP("Message", "the seal number"))
TILLBOOK_MESSAGE(FieldBankReference, "field.bank_reference", QT_TRANSLATE_NOOP("Message", "the bank's reference"))
TILLBOOK_MESSAGE(DepositDrawerOfDayOpen, "deposit.drawer_of_day_open", QT_TRANSLATE_NOOP("Message", "drawer {drawer} of {day} is still open; close it before preparing the day's deposit"))
TILLBOOK_MESSAGE(DepositDrawerStillOpen, "deposit.drawer_open", QT_TRANSLATE_NOOP("Message", "drawer {drawer} is still open; close it before depositing it"))
TILLBOOK_MESSAGE(DepositDrawerTaken, "deposit.drawer_taken", QT_TRANSLATE_NOOP("Message", "drawer {drawer} is already in deposit {deposit}"))
TILLBOOK_MESSAGE(DepositDrawerTakenByOffice, "deposit.drawer_taken_by_office", QT_TRANSLATE_NOOP("Message", "the office already deposited drawer {drawer} in its deposit {deposit}; it cannot be deposited again here"))
TILLBOOK_MESSAGE(DepositBatchOpen, "deposit.batch_open", QT_TRANSLATE_NOOP("Message", "mail batch {batch} of {day} is still open; close it before preparing the day's deposit"))
TILLBOOK_MESSAGE(DepositNothing, "deposit.nothing", QT_TRANSLATE_NOOP("Message", "there is nothing to deposit for {day}: no closed drawer or mail batch of that day is left out of a deposit"))
TILLBOOK_MESSAGE(DepositBelowFloat, "deposit.below_float", QT_TRANSLATE_NOOP("Message", "the cash counted and dropped, {on_hand}, is less than the {float_kept} float to keep back (deposit.float_kept)"))
TILLBOOK_MESSAGE(DepositUnknown, "deposit.unknown", QT_TRANSLATE_NOOP("Message", "there is no deposit {deposit}"))
TILLBOOK_MESSAGE(DepositConfirmed, "deposit.already_confirmed", QT_TRANSLATE_NOOP("Message", "deposit {deposit} was already confirmed by the bank (reference {reference})"))
TILLBOOK_MESSAGE(DepositBankNegative, "deposit.bank_negative", QT_TRANSLATE_NOOP("Message", "the amount the bank credited cannot be negative"))
TILLBOOK_MESSAGE(DepositBankDate, "deposit.bank_date", QT_TRANSLATE_NOOP("Message", "the bank's date is a date as YYYY-MM-DD, not {date}"))
TILLBOOK_MESSAGE(DepositReference, "deposit.reference", QT_TRANSLATE_NOOP("Message", "the bank's confirmation needs its reference"))
TILLBOOK_MESSAGE(DepositDifference, "deposit.difference", QT_TRANSLATE_NOOP("Message", "the bank credited {amount} against deposit {deposit} of {total}; give the reason for the {difference} difference"))
TILLBOOK_MESSAGE(CardNumberInField, "card.number_in_field", QT_TRANSLATE_NOOP("Message", "{field} looks like a full card number, which Tillbook never records; key only the last four digits"))
TILLBOOK_MESSAGE(FieldCard, "field.card", QT_TRANSLATE_NOOP("Message", "a card field"))
TILLBOOK_MESSAGE(CardApprovalMissing, "card.approval_missing", QT_TRANSLATE_NOOP("Message", "a card tender needs the terminal's approval code"))
TILLBOOK_MESSAGE(CardApprovalForm, "card.approval_form", QT_TRANSLATE_NOOP("Message", "the approval code is 1 to 12 letters and digits from the terminal's slip"))
TILLBOOK_MESSAGE(CardBrand, "card.brand", QT_TRANSLATE_NOOP("Message", "the card brand is VISA, MASTERCARD, AMEX, DISCOVER, JCB, DINERS, UNIONPAY or OTHER"))
TILLBOOK_MESSAGE(CardLast4, "card.last4", QT_TRANSLATE_NOOP("Message", "the card's last four digits must be exactly four digits"))
TILLBOOK_MESSAGE(CardTerminal, "card.terminal", QT_TRANSLATE_NOOP("Message", "a terminal id is 1 to 32 letters, digits and '-'"))
TILLBOOK_MESSAGE(CardEntry, "card.entry", QT_TRANSLATE_NOOP("Message", "the card entry method is chip, tap, swipe or keyed"))
TILLBOOK_MESSAGE(CardTenderNotAdded, "card.tender_not_added", QT_TRANSLATE_NOOP("Message", "Card tender not added: {reason}."))
TILLBOOK_MESSAGE(CardDetailsInvalid, "card.details_invalid", QT_TRANSLATE_NOOP("Message", "{reason}."))
TILLBOOK_MESSAGE(MailBatchNoCashOrCard, "payment.mail_batch_no_cash_card", QT_TRANSLATE_NOOP("Message", "a mail batch takes checks and money orders, not cash or cards."))
TILLBOOK_MESSAGE(RefundMethodWithCard, "refund.method_card", QT_TRANSLATE_NOOP("Message", "a refund is paid in cash, by a refund-check request, or back to the card"))
TILLBOOK_MESSAGE(RefundNotByCard, "refund.not_by_card", QT_TRANSLATE_NOOP("Message", "receipt {receipt} was not paid by card; refund it in cash or by check"))
TILLBOOK_MESSAGE(RefundOverCard, "refund.over_card", QT_TRANSLATE_NOOP("Message", "only {charged} of receipt {receipt} was charged to a card; refund the rest in cash or by check"))
TILLBOOK_MESSAGE(ApprovalRefundCard, "approval.refund_card", QT_TRANSLATE_NOOP("Message", "Refund {amount} of receipt {receipt} back to the card it was charged to"))
TILLBOOK_MESSAGE(ApprovalOverShortCards, "approval.over_short_cards", QT_TRANSLATE_NOOP("Message", "Close drawer {drawer}: cash {cash}, checks {checks}, money orders {orders}, cards {cards} over (+) or short (-), {total} in all"))
TILLBOOK_MESSAGE(SettingBankRouting, "setting.bank_routing", QT_TRANSLATE_NOOP("Message", "deposit.bank_routing: {detail}"))

// The general-ledger journal (station/journal.cpp, station/settings.cpp)
TILLBOOK_MESSAGE(SettingGlAccount, "setting.gl_account", QT_TRANSLATE_NOOP("Message", "{key}: a general-ledger account is letters, digits, spaces and . - / only"))
TILLBOOK_MESSAGE(JournalDay, "journal.day", QT_TRANSLATE_NOOP("Message", "the journal's day is a date as YYYY-MM-DD, not {day}"))
TILLBOOK_MESSAGE(JournalNothingDeposited, "journal.nothing_deposited", QT_TRANSLATE_NOOP("Message", "nothing was deposited for {day}; prepare the day's deposit before its journal"))
TILLBOOK_MESSAGE(JournalDrawerNotDeposited, "journal.drawer_not_deposited", QT_TRANSLATE_NOOP("Message", "drawer {drawer} of {day} is in no deposit yet; deposit it before the day's journal"))
TILLBOOK_MESSAGE(JournalBatchNotDeposited, "journal.batch_not_deposited", QT_TRANSLATE_NOOP("Message", "mail batch {batch} of {day} is in no deposit yet; deposit it before the day's journal"))
TILLBOOK_MESSAGE(JournalTakenByOffice, "journal.taken_by_office", QT_TRANSLATE_NOOP("Message", "{work} of {day} went in the office's deposit {deposit}, which this window's journal cannot post once and only once; export the day's journal at the office (tillctl office export gl)"))
TILLBOOK_MESSAGE(JournalAccountUnset, "journal.account_unset", QT_TRANSLATE_NOOP("Message", "the journal of {day} posts to the setting {key}, which names no general-ledger account yet"))
TILLBOOK_MESSAGE(SettingTimeZone, "setting.time_zone", QT_TRANSLATE_NOOP("Message", "{value} is not a time zone in tzdata; give a name such as America/Chicago"))
TILLBOOK_MESSAGE(SettingDayStart, "setting.day_start", QT_TRANSLATE_NOOP("Message", "the business day starts at a time written HH:MM, 00:00 to 23:59, not {value}"))
// The office at the window (app/office_controller.cpp) and tillctl sync beside the station UI (cli/office_commands.cpp)
TILLBOOK_MESSAGE(OfficeSyncedByUi, "office.synced_by_ui", QT_TRANSLATE_NOOP("Message", "The station UI is running on this station and syncs with the office by itself, so tillctl sync did nothing."))
TILLBOOK_MESSAGE(OfficeConnecting, "office.connecting", QT_TRANSLATE_NOOP("Message", "Office: connecting"))
TILLBOOK_MESSAGE(OfficeUpToDate, "office.up_to_date", QT_TRANSLATE_NOOP("Message", "Office: up to date"))
TILLBOOK_MESSAGE(OfficeSending, "office.sending", QT_TRANSLATE_NOOP("Message", "Office: sending new records"))
TILLBOOK_MESSAGE(OfficeOffline, "office.offline", QT_TRANSLATE_NOOP("Message", "Office: offline since {time}, {count} records to send"))
TILLBOOK_MESSAGE(OfficeOfflineOne, "office.offline_one", QT_TRANSLATE_NOOP("Message", "Office: offline since {time}, 1 record to send"))
TILLBOOK_MESSAGE(OfficeOfflineNothing, "office.offline_nothing", QT_TRANSLATE_NOOP("Message", "Office: offline since {time}, nothing to send"))
TILLBOOK_MESSAGE(OfficeFrozen, "office.frozen", QT_TRANSLATE_NOOP("Message", "Office: this station is frozen, call a supervisor"))
