<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccountMaintenancePage</name>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · owes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log: what the customer asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust a bill (a credit is negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill to adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this kind on the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an account number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts print in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <source>Find an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an account number and press Enter, or search by name, address or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASH ONLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open balance %1  ·  credit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bills, oldest first: edit an amount to pay part of a bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open bills. Add a fee, or take a payment on account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1  ·  open %2  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount on bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAST DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  service %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an account by number, name, service address or phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By fund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer credit (a liability) %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are approving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrangementController</name>
    <message>
        <source>Down payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of installments must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how often and how interest is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual rate is a percentage such as 6 or 6.125, with no sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrangement was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrangementView</name>
    <message>
        <source>Payment arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 · balance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of installments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual interest rate, percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This balance needs a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the promissory note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financed %1 · %2 payments of %3 · finance charge %4 · total of payments %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficeController</name>
    <message>
        <source>Not changed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added to account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adjusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adjusted: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1 adjusted by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order not recorded: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 recorded; the %2 deposit is billed on the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order not changed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to key</source>
        <translation>
            <numerusform>%n item to key</numerusform>
            <numerusform>%n items to key</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) too many</source>
        <translation>
            <numerusform>%n item too many</numerusform>
            <numerusform>%n items too many</numerusform>
        </translation>
    </message>
    <message>
        <source>In balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control count is the number of remittances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch not opened: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 open: key each remittance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remittance not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2 for account %3 accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2 for account %3 goes to the exceptions: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rejected: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent back to its cashier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back with the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved and sealed by signed checkpoint at record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit not prepared: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit %1 prepared: %2 in bag %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount the bank credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit %1 confirmed: the bank credited %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash (net of change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 closed: %2 posted; %n exception(s) to mail back.</source>
        <translation>
            <numerusform>Batch %1 closed: %2 posted; %n exception to mail back.</numerusform>
            <numerusform>Batch %1 closed: %2 posted; %n exceptions to mail back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackOfficeView</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval code from the terminal&apos;s slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card brand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last four digits of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal id, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card read by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key the amount the card pays, charge it on the terminal with any convenience fee shown here, then key what its slip says. Never key the card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount the card pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenience fee %1: charge %2 on the terminal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Take a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a money order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MICR line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the check, or key: T routing T account U number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by the check reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyed by hand: compare every digit with the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount written on the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date written on the item, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by a supervisor&apos;s override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing %1 %2 · account %3 · number %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cannot be overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the money order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the line at the bottom of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the line at the bottom of the money order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <source>A payment is on the screen: complete it or start a new search before closing the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger: 1 signed record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger: %1 signed records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is full: drop cash to the safe before the next cash payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is getting heavy: drop cash to the safe soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drawer is open: open one with a counted float to take payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment on the screen when the station stopped (%1) was recorded: receipt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void/refund (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A payment was on the screen when the station stopped (%1): account %2 %3, %4 due, %n tender(s) entered. Nothing was recorded.</source>
        <translation>
            <numerusform>A payment was on the screen when the station stopped (%1): account %2 %3, %4 due, %n tender entered. Nothing was recorded.</numerusform>
            <numerusform>A payment was on the screen when the station stopped (%1): account %2 %3, %4 due, %n tenders entered. Nothing was recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close drawer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DenominationGrid</name>
    <message>
        <source>Number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled coin, in dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepositsPage</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag / seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deposit has been prepared yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank credited %1 on %2, reference %3; difference %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank credited %1 on %2, reference %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the slip of deposit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key the bank&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key the bank&apos;s confirmation of deposit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s confirmation of deposit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, when the amount differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float kept back %1 · %2, %3, %4 · prepared by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drawer(s)</source>
        <translation>
            <numerusform>%n drawer</numerusform>
            <numerusform>%n drawers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail batch(es)</source>
        <translation>
            <numerusform>%n mail batch</numerusform>
            <numerusform>%n mail batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) and money order(s)</source>
        <translation>
            <numerusform>%n check and money order</numerusform>
            <numerusform>%n checks and money orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <source>The drawer did not open (%1). What was done is recorded; open it with the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is closed in the books but the cash drawer is still open: push it shut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer is set up in devices.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cash drawer is set up in devices.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer was opened for the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceTestView</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer is set up: documents are kept as PDF files and sent to the CUPS queue when one is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer: open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer: its sensor cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check reader: feed a check to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check reader read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check reader test field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by a check reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed by hand (too slow for a reader).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer: shut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedge reader test: feed a check into this field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayChoices</name>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawerClosedView</name>
    <message>
        <source>Drawer closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer %1 is closed and sealed in the ledger. Print the Z report for the supervisor and the deposit slip for the bank bag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the deposit slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawerController</name>
    <message>
        <source>The count of %1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer was not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drop was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer was not closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paid-out was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float (counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid-outs and cash refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops to the safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card terminal batch total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawerPanel</name>
    <message>
        <source>Open the drawer: count the float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay out cash from the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop cash to the safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the drawer: count everything in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The float should be %1. Count what is in the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash leaving the drawer without a sale needs a reason; larger amounts need a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the notes you are taking to the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count is recorded. This is how it compares with what the drawer should hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the cash and key every check and money order. You will see what is expected only after the count is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks and money orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or money order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the cash is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the paid-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over (+) / short (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open drawer with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop %1 to the safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card terminal batch total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason, and a supervisor signs off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Station locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, enter your PIN to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch operator (signs %1 out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailBatchPage</name>
    <message>
        <source>Control count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (lockbox, envelope tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the envelopes and add up the checks on a tape first: those are the control figures the batch must balance to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyed %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account, or the stub&apos;s scan line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MICR line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why item %1 is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mis-keyed item to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and post the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print proof list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print deposit slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed: deposit %1 · %n exception(s) for %2 to return by mail</source>
        <translation>
            <numerusform>Closed: deposit %1 · %n exception for %2 to return by mail</numerusform>
            <numerusform>Closed: deposit %1 · %n exceptions for %2 to return by mail</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1, account %2, %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove only an item keyed by mistake, then key it again: it stays on the proof list, outside the totals. A declined check is an exception: it stays in the batch, is not posted, and is mailed back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tillbook — station %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>a supervisor must approve &quot;{action}&quot;; name them with --approver SUP and give their PIN on stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit {amount} on bill {bill}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit {amount} on bill {bill}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange {balance} on account {account} in {installments} {frequency} installments at {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing to approve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the sign-in lockout of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator &quot;{operator}&quot; is not an active operator of this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this needs the {role} role; {name} is a {held}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this needs a supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no approval {approval}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this approval was already used (seq {seq}); ask a supervisor to approve again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this approval has expired; ask a supervisor to approve again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this approval is for &quot;{granted}&quot;, not for &quot;{asked}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody approves their own action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has at most {digits} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has at least {digits} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator id &quot;{id}&quot; must be 1 to 32 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operator&apos;s name must be 1 to 80 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator &quot;{id}&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no operator &quot;{id}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody disables their own account; ask another admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is locked out for {minutes} minutes after {failures} wrong PINs; a supervisor can clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operator is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is locked out for {minutes} more minutes; a supervisor can clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action&apos;s operator is not an active operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active supervisor to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody approves their own action; a second supervisor must approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a cashier; only a supervisor can approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no setting &quot;{key}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be between {min} and {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be one line without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} takes at most {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CUPS queue name is letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station id &quot;{id}&quot; must be 1 to 32 characters of A-Z, 0-9 and &apos;-&apos;, not starting or ending with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a station already exists in {dir}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; move it away or choose another directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station {station} is not a demo station, so {what} cannot go into it; make a demo station with: tillctl demo --data NEW-DIRECTORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path}; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not imported: it is larger than {mib} MiB, more than an import file may be; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not imported: line {line} is longer than {max} bytes; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not imported: {count} problems; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not imported: 1 problem; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount to apply must be more than $0.00, not {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {amount} left after paying every open bill needs an account to hold it as credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit must be more than $0.00, not {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit of {amount} needs an account to hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill {bill} is not one of the open bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill {bill} is chosen more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount for bill {bill} must be more than $0.00, not {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {amount} for bill {bill} is more than its open balance of {open}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill {bill} belongs to account {account}, but no account was given for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill {bill} belongs to account {account}, not account {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount due must be more than $0.00, not {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one tender is needed to pay the {due} due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender {tender} ({kind}, {amount}) must be more than $0.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenders are {short} short of the {due} due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment not recorded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment needs a request id of 1 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no account {account}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account {account} is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account {account} is named twice in the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fee&apos;s quantity must be 1 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no fee {fee} in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a bill, an account amount or a fee first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account takes cash only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tender reference has at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same check or money order is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check or money order must be verified before it is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} was verified as a {instrument}, not taken as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} was verified for account {account}, which this payment does not pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check {item} was verified for {verified}, not {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check {item} was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check {item} was already taken in another payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mail batch takes checks and money orders, not cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drawer should hold {expected}; drop cash to the safe before the next cash payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no receipt {receipt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt {receipt} is already voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt {receipt} has refunds; refund the rest instead of voiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt {receipt} was posted from mail batch {batch}, not taken in a drawer; refund it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt {receipt} was not taken in a drawer; refund it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt {receipt} was taken in drawer {drawer}, which is closed; refund it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refund is paid in cash or by a refund-check request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt {receipt} was voided; there is nothing to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refund of receipt {receipt} must be more than $0.00 and at most {refundable}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drawer should hold only {expected}; refund by a refund-check request instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void receipt {receipt} ({amount})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount} of receipt {receipt} in cash from the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount} of receipt {receipt} by a refund check from the finance office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {amount} overpaid by check or money order cannot be given as change and needs an account to hold it as credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count of {pile} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count of {pile} cannot be more than 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rolled coin amount cannot be negative, not {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash amount cannot be negative, not {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted total is too large to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no drawer is open at this station; open one with a counted float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the open drawer is {name}&apos;s; each cashier works from their own drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a void goes through the voiding cashier&apos;s own drawer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cash refund needs your open drawer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawer {drawer} is already open at this station; close it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the cash you are dropping; the drop is $0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drop of {amount} is more than the {expected} that should be in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no drawer is open at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pickup must be more than $0.00 and at most the {expected} that should be in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paid-out needs a reason of at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paid-out must be more than $0.00 and at most the {expected} that should be in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the drawer without a sale needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the drawer to test it needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list checks and money orders with amounts more than $0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the drawer before closing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drawer changed after it was counted; count it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drawer is {amount} over/short, beyond the tolerance; give a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no drawer {drawer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a drawer with {counted} counted, where the float should be {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay out {amount} from the drawer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close drawer {drawer}: cash {cash}, checks {checks}, money orders {orders} over (+) or short (-), {total} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the X report of drawer {drawer} (expected cash so far) at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} was not imported: {count} problems; the directory in use is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} was not imported: 1 problem; the directory in use is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} was not imported: it would drop {dropped} of the {in_use} routing numbers in use, more than half; if the directory really shrank, import it with --replace-smaller; the directory in use is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check was not verified: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MICR line was read or keyed, not &quot;{source}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no check verification {verification}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept check {serial} on routing {routing} for {amount} despite the reasons shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this check was accepted; there is nothing to override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this check was declined for a reason no supervisor may override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return reason {reason} is not one of R01, R02, R03, R04, R08, R10, R16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt {receipt} was voided; its check was never deposited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt {receipt} has no check from routing {routing} and account {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check on receipt {receipt} is already recorded as returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing number {routing} fails its check digit: it was misread or mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing number {routing} does not start with a valid Federal Reserve prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing number {routing} is for electronic payments only; a paper item needs review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a traveler&apos;s check; verify it with the issuer before accepting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routing directory is loaded, so {routing} could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing number {routing} is not in the FedACH directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank has replaced routing number {routing} with {replacement}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date on the item is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is dated {date}, in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is dated {date}, more than six months ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s amount must be more than $0.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s {amount} is over the {limit} limit for a {instrument} item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is for {amount}, more than the {due} due, and checks give no cash back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check number {serial} looks like a starter check from a new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third-party check (made out to someone else) is not accepted without approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A two-party check needs a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check (same bank, account and number) was taken before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check from this bank account was returned before; the account is on the negative file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has {returned} returned checks in the last 12 months and pays in cash only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check {item} was declined: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money order {item} was declined: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check {item} needs a supervisor&apos;s override: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money order {item} needs a supervisor&apos;s override: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawer {drawer} is still open; a Z report is for a closed drawer (print an X report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawer {drawer} is not closed; its deposit is known once it is counted and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger record {seq} is not a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refund at ledger record {seq} was paid in cash, not by check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refund-check request is named by its ledger record number, not &quot;{id}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity report is named FROM..TO, not &quot;{id}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range is two dates written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range ends ({to}) before it starts ({from})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity report covers at most 366 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} saved as {file}; no printer queue is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} sent to printer {queue}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} was saved but not printed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate needs the demo operators (run tillctl demo first); &quot;{id}&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate needs at least one cashier and one supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate needs imported accounts (run tillctl demo first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a date written YYYY-MM-DD, not {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account {account} already has an active arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no arrangement {arrangement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be one line of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} takes at most {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mailing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no account {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account {account} is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing would change on account {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipts print in English (en) or Spanish (es), not {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email address {email} is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number is digits, spaces and - ( ) + . only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number has 7 to 15 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no bill {bill}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adjustment of $0.00 changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adjustment is at most {limit} at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a credit of {credit} would take bill {bill} below zero: it has {open} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no service order {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account {account} is closed; an order needs an open account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an order is start, stop, transfer or installation, not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requested date must be written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requested date {date} is in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deposit is between $0.00 and {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an order needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order} is done; it cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {order} is cancelled; it cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an order moves to scheduled, done or cancelled, not {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scheduled order needs its date, written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a done {type} order needs the closing meter reading (digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no mail batch {batch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch&apos;s control count is 1 to {max} remittances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch&apos;s control total is more than $0.00 and at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {batch} is closed; its items are posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {batch} is keyed by {operator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {batch} has no item {item} to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {batch} is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {operator}, who keyed batch {batch}, closes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch not closed: it is out of balance. Keyed {keyed_count} remittances for {keyed_total}; the control figures are {control_count} for {control_total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch not closed: item {item} (account {account}) {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {batch} is open; its deposit is known once it balances and is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remittance not recorded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no mail batch {batch}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {batch} is closed; nothing more is keyed into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {batch} is keyed by {operator}; open a batch of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch holds at most {max} remittances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account typed, {typed}, is not the stub&apos;s account {stub}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key the account number or the scan line from the bill stub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this check is already item {item} of the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawer {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail batch {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review is of a drawer or a batch, not {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{work} is still open; it is reviewed once it is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{work} is already approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{work} was rejected and waits for {operator}&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another supervisor approves {work}; nobody approves their own work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{work} is {state}; only work waiting for review is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another supervisor reviews {work}; nobody reviews their own work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{work} was not rejected; there is nothing to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{work} came back to {operator}, who answers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day is written YYYY-MM-DD, not {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} was approved already (ledger record {seq}) and nothing was opened on it since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no drawer or mail batch was opened on {day}; there is nothing to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day is approved once all of its work is: {work} is {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no balance to arrange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A balance of {amount} is more than an arrangement at the counter can take ({max}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The down payment cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A down payment of {down} covers the balance of {balance}; take it as a payment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arrangement needs at least one installment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arrangement has at most {max} installments, not {installments}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interest rate cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annual rate of {rate} is above the {max} the station allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first installment cannot be due in the past ({due} is before {today}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first installment is due more than a year from today ({due}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the count recorded at seq {seq} is {over_short}, beyond the tolerance; count again with --reason and --approver SUP (their PIN on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawer {drawer} is still open; a Z report is for a closed drawer (use report x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office database is at schema version {version}, written by a newer Tillbook than this one ({ours}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the join file {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a join file from tillctl office add-station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is for station {station}, not for this station {ours}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station has not joined an office (tillctl office join).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not an office link Tillbook wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office does not know station {station} under this role; join it again with a new file from tillctl office add-station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate {file} is not a readable PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station URL {url} names no TCP host: stations reach the office over TLS, by host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office in {dir} already uses another database; an office directory belongs to one database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Tillbook office in {dir} (tillctl office init makes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not an office configuration Tillbook wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A station id is 1 to 32 capital letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card tenders come to {charged}, more than the {due} due; charge a card only what is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card terminal&apos;s batch total cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deposit&apos;s day is a date as YYYY-MM-DD, not {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deposit needs the number of the bag it goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bag number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawer {drawer} of {day} is still open; close it before preparing the day&apos;s deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawer {drawer} is still open; close it before depositing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawer {drawer} is already in deposit {deposit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail batch {batch} of {day} is still open; close it before preparing the day&apos;s deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to deposit for {day}: no closed drawer or mail batch of that day is left out of a deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no deposit {deposit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit {deposit} was already confirmed by the bank (reference {reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount the bank credited cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank&apos;s date is a date as YYYY-MM-DD, not {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank&apos;s confirmation needs its reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank credited {amount} against deposit {deposit} of {total}; give the reason for the {difference} difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} looks like a full card number, which Tillbook never records; key only the last four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card tender needs the terminal&apos;s approval code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approval code is 1 to 12 letters and digits from the terminal&apos;s slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card brand is VISA, MASTERCARD, AMEX, DISCOVER, JCB, DINERS, UNIONPAY or OTHER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card&apos;s last four digits must be exactly four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a terminal id is 1 to 32 letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card entry method is chip, tap, swipe or keyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mail batch takes checks and money orders, not cash or cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refund is paid in cash, by a refund-check request, or back to the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt {receipt} was not paid by card; refund it in cash or by check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {charged} of receipt {receipt} was charged to a card; refund the rest in cash or by check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount} of receipt {receipt} back to the card it was charged to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close drawer {drawer}: cash {cash}, checks {checks}, money orders {orders}, cards {cards} over (+) or short (-), {total} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit.bank_routing: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card tender not added: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is now {current}, typed in dollars (for example 200.00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is an amount in dollars such as 200.00, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is a whole number, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} is more than the largest single tender the station takes ({limit}, setting payment.max_tender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tenders add up to {amount}, more than one payment takes ({limit}, setting payment.max_tender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check&apos;s amount must be more than $0.00 and at most {limit} (setting payment.max_tender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cash counted and dropped, {on_hand}, is less than the {float_kept} float to keep back (deposit.float_kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. {tries} tries left before {name} is locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. One try left before {name} is locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: a general-ledger account is letters, digits, spaces and . - / only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal&apos;s day is a date as YYYY-MM-DD, not {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was deposited for {day}; prepare the day&apos;s deposit before its journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawer {drawer} of {day} is in no deposit yet; deposit it before the day&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail batch {batch} of {day} is in no deposit yet; deposit it before the day&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal of {day} posts to the setting {key}, which names no general-ledger account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a time zone in tzdata; give a name such as America/Chicago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the business day starts at a time written HH:MM, 00:00 to 23:59, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station UI is running on this station and syncs with the office by itself, so tillctl sync did nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: sending new records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: offline since {time}, {count} records to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: offline since {time}, 1 record to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: offline since {time}, nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: this station is frozen, call a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt.verify_url is a web address starting with https:// without spaces, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a convenience fee is none, a flat amount such as 2.35, or a percentage such as 2.5% with at most two decimals, not &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flat convenience fee is more than $0.00 and at most {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a convenience fee percentage is more than 0% and at most {max}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} names no fund: card_fee. is followed by a fund code (1-20 of A-Z, 0-9, &apos;-&apos; and &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} cannot be set: a credit left on an account is not revenue and carries no convenience fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refund of receipt {receipt} must be more than $0.00 and at most {refundable}; its {fee} card convenience fee is not refunded (a void returns it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operator} is not an active supervisor at any window the office holds records of; a supervisor approves the office&apos;s day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station} has {count} records the office has not verified yet; run tillctl office process, then approve the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station} is frozen ({state}) at seq {seq}; the office approves the day once a supervisor has resolved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station}: {work} is {state}; the office approves the day once every window&apos;s drawers and mail batches are reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} was approved at the office by {operator} ({time}), and no drawer or mail batch was opened on it since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utility</source>
        <comment>bill kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permit</source>
        <comment>bill kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license</source>
        <comment>bill kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee</source>
        <comment>bill kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installment</source>
        <comment>bill kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <comment>service order type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <comment>service order type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <comment>service order type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installation</source>
        <comment>service order type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <comment>service order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>service order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <comment>service order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>service order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <comment>tender kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <comment>tender kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money order</source>
        <comment>tender kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <comment>tender kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <comment>installment frequency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>biweekly</source>
        <comment>installment frequency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <comment>installment frequency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cashier</source>
        <comment>operator role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <comment>operator role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <comment>operator role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>mail batch item status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception</source>
        <comment>mail batch item status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <comment>mail batch item status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer</source>
        <comment>receipt printer state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <comment>receipt printer state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>receipt printer state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of paper</source>
        <comment>receipt printer state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover open</source>
        <comment>receipt printer state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>receipt printer state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <comment>receipt printer state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering</source>
        <comment>receipt printer state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer is out of paper: load a new roll and close the cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer&apos;s cover is open: close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer&apos;s cutter is jammed: open the cover, clear the paper and close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer reports a fault: switch it off and on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer is offline: check that it is switched on and its cover is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer is ready; its paper is running low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed; the paper is running low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed. {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped during the job, so the paper is not a whole document. {status} Then print it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not confirm the job within {seconds} s: check the paper and print it again if it is not whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer is set up in devices.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed. {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the station&apos;s latest record ({last}) leaves {days} whole day(s) before today, and simulated days never run into the present; ask for at most {days}</source>
        <translation>
            <numerusform>the station&apos;s latest record ({last}) leaves {days} whole day before today, and simulated days never run into the present; ask for at most {days}</numerusform>
            <numerusform>the station&apos;s latest record ({last}) leaves {days} whole days before today, and simulated days never run into the present; ask for at most {days}</numerusform>
        </translation>
    </message>
    <message>
        <source>$100 notes</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$50 notes</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$20 notes</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$10 notes</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$5 notes</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$2 notes</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$1 notes</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$1 coins</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50¢ coins</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25¢ coins</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10¢ coins</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5¢ coins</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1¢ coins</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s setting change {id} ({key}) does not carry a valid signature by the office key, so the office day cannot be read; a supervisor must look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operator} is not an active supervisor at any window the office holds records of; a supervisor prepares and confirms the office&apos;s deposits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station} has {count} records the office has not verified yet; run tillctl office process first, since the office&apos;s deposits and journal are made from verified records only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station} is frozen ({state}) at seq {seq}; the office makes no deposit or journal until a supervisor has resolved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station} deposits to bank account {account} and {other} to {other_account}; one office deposit goes to one bank account, so make the windows&apos; deposit.bank_account the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawer {drawer} is already in the office&apos;s deposit {deposit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced: the count matches what the drawer should hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short {amount}, within the {tolerance} tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over {amount}, within the {tolerance} tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short {amount}, beyond the {tolerance} tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over {amount}, beyond the {tolerance} tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short {amount} in all, but one tender is beyond the {tolerance} tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over {amount} in all, but one tender is beyond the {tolerance} tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even in all, but the tenders differ, within the {tolerance} tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even in all, but one tender is beyond the {tolerance} tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office already deposited drawer {drawer} in its deposit {deposit}; it cannot be deposited again here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station} deposited {work} in its own deposit {own} after the office deposited it in {deposit}: the money is counted twice; take the office&apos;s deposit back at the bank and void it (tillctl office deposit void).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s journal of {day} is not exported, since it would post money twice: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is not approved at the office while a deposit takes money twice: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s deposit {deposit} was voided by {operator} ({reason}); it is not confirmed or voided again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s deposit {deposit} was confirmed by the bank (reference {reference}), so it was not taken back and is not voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason the office&apos;s deposit is voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{work} of {day} went in the office&apos;s deposit {deposit}, which this window&apos;s journal cannot post once and only once; export the day&apos;s journal at the office (tillctl office export gl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {account} is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {account} pays in cash only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment, receipt {receipt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void of receipt {receipt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of receipt {receipt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned check on receipt {receipt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrangement {id}: {installments} {frequency} installments, total {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrangement {id} broken: {remaining} due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed {changes} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} from &quot;{old}&quot; to &quot;{new}&quot;;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit {amount} on bill {bill}: {reason}</source>
        <comment>a line of an account&apos;s history</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit {amount} on bill {bill}: {reason}</source>
        <comment>a line of an account&apos;s history</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order {id}: {type} on {date} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order {id} {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order {id} {status}, meter {meter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$100</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$50</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$20</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$10</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$5</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$2</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$1</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$1 coin</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50¢</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25¢</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10¢</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5¢</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1¢</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeDayPanel</name>
    <message>
        <source>Office: every window&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postings %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved at the office by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved at the office yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n payment(s) %2, reversed %3, postings %4</source>
        <translation>
            <numerusform>%1: %n payment %2, reversed %3, postings %4</numerusform>
            <numerusform>%1: %n payments %2, reversed %3, postings %4</numerusform>
        </translation>
    </message>
    <message>
        <source> (frozen at the office)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address (empty: the account&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (with reading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentController</name>
    <message>
        <source>Bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is closed; payments cannot be taken on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tender must be more than $0.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment not recorded: nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no receipt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment on the screen could not be kept on disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment kept from before the station stopped could not be read (%1); it was set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ****%2 approval %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card convenience fee (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDots</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Not printed: the X report prints after a supervisor approves showing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: there is no document &quot;%1&quot; for a closed drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed again, marked REPRINT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The PDF is kept; print it again when the printer is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still printing: wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit slip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promissory note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund-check request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail batch %1 proof list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail batch %1 deposit slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptConfirmation</name>
    <message>
        <source>Payment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <source>Void or refund a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · refunded %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the whole receipt (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or refund (taken in a drawer that is closed now, or only part of it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By refund check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the refund-check request for the finance office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved; sealed by the signed checkpoint after record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drawer or mail batch was opened on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over/short %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 came back from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s)</source>
        <translation>
            <numerusform>%n exception</numerusform>
            <numerusform>%n exceptions</numerusform>
        </translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over/short or exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the proof list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason %1 goes back to its cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>The lock was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s clock was set back from %1 to %2 (ledger record %3); records after it carry the clock&apos;s time. A supervisor should check the clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ choose · digits type the PIN · Enter signs in · Esc clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor: clear the lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 · DEMO: not for real money</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationHeader</name>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11 or Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F12 or Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drawer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer %1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s drawer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu: Devices and Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out (F12)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionPanel</name>
    <message>
        <source>No payment in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tender %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenience fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XReportView</name>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer %1 · %2 · figures so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (nothing is closed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
