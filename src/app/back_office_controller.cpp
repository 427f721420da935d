// Back office controller: the screens' texts to station requests, the station's answers to QML maps and lists.
#include "app/back_office_controller.h"
#include "app/local_time.h"
#include "app/message_text.h"

#include "app/session_controller.h"
#include "core/text.h"
#include "station/projector.h"
#include "station/accounts.h"
#include "station/batches.h"
#include "station/deposits.h"
#include "station/maintenance.h"
#include "station/operators.h"
#include "station/orders.h"
#include "station/reports.h"
#include "station/review.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>

namespace tillbook::app {

namespace {

BackOfficeController* s_instance = nullptr;

QString money(Money m)
{
    return QString::fromStdString(formatMoney(m));
}

// The office's figures of a day as the station pulled them: stations (station, state, payments, collected, reversed,
// postings), postings, approvedBy and approvedAt ("" while the office has not approved the day); {} when never pulled.
QVariantMap officeDay(const std::string& json)
{
    const QJsonObject day = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    if (day.isEmpty())
        return {};
    auto cents = [](const QJsonValue& v) { return money(Money::fromCents(v.toInteger())); };
    QVariantList stations;
    for (const QJsonValue& v : day.value(QStringLiteral("stations")).toArray()) {
        const QJsonObject s = v.toObject();
        stations.append(QVariantMap{{QStringLiteral("station"), s.value(QStringLiteral("station")).toString()},
                                    {QStringLiteral("state"), s.value(QStringLiteral("state")).toString()},
                                    {QStringLiteral("payments"), s.value(QStringLiteral("payments")).toInteger()},
                                    {QStringLiteral("collected"), cents(s.value(QStringLiteral("collected")))},
                                    {QStringLiteral("reversed"), cents(s.value(QStringLiteral("reversed")))},
                                    {QStringLiteral("postings"), cents(s.value(QStringLiteral("postings")))}});
    }
    return QVariantMap{{QStringLiteral("stations"), stations},
                       {QStringLiteral("postings"), cents(day.value(QStringLiteral("postings")))},
                       {QStringLiteral("approvedBy"), day.value(QStringLiteral("approved_by")).toString()},
                       {QStringLiteral("approvedAt"), day.value(QStringLiteral("approved_at")).toString()}};
}

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// A station message written to follow "Not approved: " made a sentence of its own, to stand alone on the screen.
QString sentence(QString text)
{
    if (text.isEmpty())
        return text;
    text[0] = text[0].toUpper();
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

std::optional<Money> parseAmount(const QString& text, QString& error, const QString& what)
{
    auto parsed = parseMoney(text.trimmed().toStdString());
    if (!parsed.value) {
        error = what + ": " + q(parsed.error);
        return std::nullopt;
    }
    return *parsed.value;
}

// A batch item's reasons in the session's language; an item keyed before they were kept as codes has its English.
QString itemReason(const station::BatchItem& item)
{
    if (item.reasons.empty())
        return q(item.reason);
    QStringList sentences;
    for (const auto& reason : item.reasons)
        sentences.append(renderMessage(reason));
    return sentences.join(QLatin1Char(' '));
}

// A stub's scan line is 21 digits (spaces allowed); anything else typed in the field is an account number.
bool looksLikeScanLine(const QString& text)
{
    QString digits = text;
    digits.remove(QLatin1Char(' '));
    if (digits.size() != 21)
        return false;
    for (QChar c : digits) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

} // namespace

BackOfficeController::BackOfficeController(station::Station& station, SessionController& session, QObject* parent)
    : FeedbackController(parent)
    , m_station(station)
    , m_session(session)
{
    // Nothing one operator had on screen is shown to the next.
    connect(&m_session, &SessionController::sessionChanged, this, [this] {
        if (m_session.signedIn() && m_session.operatorId() == m_shownFor)
            return; // locked and unlocked by the same operator: the work stays
        m_shownFor = m_session.signedIn() ? m_session.operatorId() : QString();
        m_account.clear();
        m_history.clear();
        m_orders.clear();
        m_batch.clear();
        m_review.clear();
        m_rejected.clear();
        m_activity.clear();
        m_deposits.clear();
        clearFeedback();
        emit dataChanged();
    });
}

void BackOfficeController::setInstance(BackOfficeController* instance)
{
    s_instance = instance;
}

BackOfficeController* BackOfficeController::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT_X(s_instance, "BackOfficeController::create", "main() must install the instance first");
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

void BackOfficeController::retranslate()
{
    // Copies: each load below replaces what it reads from.
    const QVariantMap account = m_account;
    const QVariantMap batch = m_batch;
    const QVariantMap review = m_review;
    const QVariantMap activity = m_activity;
    if (!account.isEmpty())
        loadAccount(account.value(QStringLiteral("number")).toString(), m_historyKind);
    if (!m_orders.isEmpty())
        loadOrders(m_orderStatus);
    if (!batch.isEmpty()) {
        run([&] {
            if (auto b = m_station.batches().batch(batch.value(QStringLiteral("id")).toString().toStdString()))
                showBatch(*b);
        });
    }
    if (!review.isEmpty())
        loadReview(review.value(QStringLiteral("day")).toString());
    if (!m_rejected.isEmpty())
        loadRejected();
    if (!activity.isEmpty())
        loadActivity(activity.value(QStringLiteral("from")).toString(), activity.value(QStringLiteral("to")).toString());
    if (!m_deposits.isEmpty())
        loadDeposits();
    FeedbackController::retranslate(); // a warning notice stays a warning
}

QString BackOfficeController::today() const
{
    return q(m_station.today());
}

std::string BackOfficeController::operatorId() const
{
    return m_session.operatorId().toStdString();
}

bool BackOfficeController::run(const std::function<void()>& work, const char* failurePrefix)
{
    try {
        work();
        emit dataChanged();
        return true;
    } catch (const std::exception& e) {
        setErrorText([failurePrefix, why = failureText(e)] { return (failurePrefix ? tr(failurePrefix) : QString()) + why(); });
        return false;
    }
}

// ---- Accounts ----

bool BackOfficeController::loadAccount(const QString& number, const QString& kind)
{
    return run([&] {
        auto detail = m_station.accounts().account(number.trimmed().toStdString());
        if (!detail)
            throw station::CommandRefused(Msg::AccountUnknown, {{"account", quoteForMessage(number.trimmed().toStdString())}});
        QVariantList bills;
        for (const auto& b : detail->openBills)
            bills.append(QVariantMap{{QStringLiteral("id"), q(b.id)},
                                     {QStringLiteral("due"), localDate(b.dueDate)},
                                     {QStringLiteral("open"), money(b.open)},
                                     {QStringLiteral("fund"), q(b.fund)}});
        m_account = QVariantMap{{QStringLiteral("number"), q(detail->summary.number)},
                                {QStringLiteral("name"), q(detail->summary.name)},
                                {QStringLiteral("serviceAddress"), q(detail->summary.serviceAddress)},
                                {QStringLiteral("mailingAddress"), q(detail->mailingAddress)},
                                {QStringLiteral("phone"), q(detail->summary.phone)},
                                {QStringLiteral("email"), q(detail->email)},
                                {QStringLiteral("language"), q(detail->language)},
                                {QStringLiteral("status"), q(detail->summary.status)},
                                {QStringLiteral("balance"), money(detail->summary.balance)},
                                {QStringLiteral("bills"), bills}};
        m_historyKind = kind;
        m_history.clear();
        for (const auto& e : m_station.maintenance().accountHistory(detail->summary.number, kind.toStdString(), 200))
            m_history.append(QVariantMap{{QStringLiteral("seq"), static_cast<qint64>(e.seq)},
                                         {QStringLiteral("time"), localTime(e.timeMs)},
                                         {QStringLiteral("kind"), q(e.kind)},
                                         {QStringLiteral("operator"), q(e.operatorId)},
                                         {QStringLiteral("summary"), e.message ? renderMessage(*e.message) : q(e.summary)},
                                         {QStringLiteral("amount"), e.amount.isZero() ? QString() : money(e.amount)}});
    });
}

bool BackOfficeController::changeContact(const QString& number, const QString& name, const QString& mailingAddress,
                                         const QString& phone, const QString& email, const QString& reason,
                                         const QString& language)
{
    auto detail = m_station.accounts().account(number.toStdString());
    station::AccountChange change;
    // Only what the clerk changed is recorded.
    auto changed = [](const QString& typed, const std::string& was) -> std::optional<std::string> {
        std::string now = typed.trimmed().toStdString();
        return now == was ? std::nullopt : std::optional<std::string>(now);
    };
    if (detail) {
        change.name = changed(name, detail->summary.name);
        change.mailingAddress = changed(mailingAddress, detail->mailingAddress);
        change.phone = changed(phone, detail->summary.phone);
        change.email = changed(email, detail->email);
        if (!language.isEmpty())
            change.language = changed(language, detail->language);
    }
    bool ok = run([&] { m_station.maintenance().changeAccount(operatorId(), number.toStdString(), change, reason.toStdString()); },
                  QT_TR_NOOP("Not changed: "));
    if (ok) {
        setNoticeText([number] { return tr("Account %1 updated.").arg(number); });
        loadAccount(number, m_historyKind);
    }
    return ok;
}

bool BackOfficeController::addNote(const QString& number, const QString& text)
{
    bool ok = run([&] { m_station.maintenance().noteAccount(operatorId(), number.toStdString(), text.toStdString()); },
                  QT_TR_NOOP("Not recorded: "));
    if (ok) {
        setNoticeText([number] { return tr("Note added to account %1.").arg(number); });
        loadAccount(number, m_historyKind);
    }
    return ok;
}

QString BackOfficeController::adjustmentApproval(const QString& bill, const QString& amount, const QString& reason)
{
    QString error;
    auto value = parseAmount(amount, error, tr("Amount"));
    if (!value)
        return {};
    // The station checks the adjustment first, so a supervisor is never asked to approve one it would refuse.
    QString description;
    run([&] {
        if (auto request = m_station.maintenance().adjustmentApproval(operatorId(), bill.toStdString(), *value, reason.toStdString()))
            description = renderMessage(request->description);
    },
        QT_TR_NOOP("Not adjusted: "));
    return description;
}

bool BackOfficeController::adjustBill(const QString& bill, const QString& amount, const QString& reason,
                                      const QString& supervisorId, const QString& pin)
{
    QString error;
    auto value = parseAmount(amount, error, tr("Amount"));
    if (!value) {
        setError(tr("Not adjusted: %1").arg(error));
        return false;
    }
    QString number = m_account.value(QStringLiteral("number")).toString();
    bool ok = run(
        [&] {
            std::string approvalId;
            if (!supervisorId.isEmpty()) {
                auto request = m_station.maintenance().adjustmentRequest(operatorId(), bill.toStdString(), *value, reason.toStdString());
                auto approval = m_station.operators().approve(request, supervisorId.toStdString(), pin.toStdString());
                if (!approval.ok)
                    throw station::CommandRefused(*approval.message);
                approvalId = approval.approvalId;
            }
            m_station.maintenance().adjustBill(operatorId(), bill.toStdString(), *value, reason.toStdString(), approvalId);
        },
        QT_TR_NOOP("Not adjusted: "));
    if (ok) {
        setNoticeText([bill, by = money(*value)] { return tr("Bill %1 adjusted by %2.").arg(bill, by); });
        loadAccount(number, m_historyKind);
    }
    return ok;
}

// ---- Service orders ----

bool BackOfficeController::loadOrders(const QString& status)
{
    m_orderStatus = status;
    return run([&] {
        m_orders.clear();
        for (const auto& o : m_station.orders().serviceOrders(status.toStdString()))
            m_orders.append(QVariantMap{{QStringLiteral("id"), q(o.id)},
                                        {QStringLiteral("account"), q(o.account)},
                                        {QStringLiteral("type"), q(o.type)},
                                        {QStringLiteral("typeText"), renderWord("order_type", q(o.type))},
                                        {QStringLiteral("address"), q(o.serviceAddress)},
                                        {QStringLiteral("requested"), q(o.requestedDate)},
                                        {QStringLiteral("scheduled"), q(o.scheduledDate)},
                                        {QStringLiteral("status"), q(o.status)},
                                        {QStringLiteral("statusText"), renderWord("order_status", q(o.status))},
                                        {QStringLiteral("reason"), q(o.reason)},
                                        {QStringLiteral("deposit"), o.deposit.isZero() ? QString() : money(o.deposit)},
                                        {QStringLiteral("reading"), q(o.meterReading)}});
    });
}

bool BackOfficeController::createOrder(const QString& number, const QString& type, const QString& address,
                                       const QString& date, const QString& reason, const QString& deposit)
{
    QString error;
    auto value = parseAmount(deposit.trimmed().isEmpty() ? QStringLiteral("0") : deposit, error, tr("Deposit"));
    if (!value) {
        setError(tr("Order not recorded: %1").arg(error));
        return false;
    }
    std::string id;
    bool ok = run(
        [&] {
            station::ServiceOrderRequest r;
            r.operatorId = operatorId();
            r.account = number.trimmed().toStdString();
            r.type = type.toStdString();
            r.serviceAddress = address.trimmed().toStdString();
            r.requestedDate = date.trimmed().toStdString();
            r.reason = reason.toStdString();
            r.deposit = *value;
            id = m_station.orders().createServiceOrder(r).id;
        },
        QT_TR_NOOP("Order not recorded: "));
    if (ok) {
        setNoticeText([id = q(id), deposit = *value] {
            return deposit.isPositive() ? tr("Order %1 recorded; the %2 deposit is billed on the account.").arg(id, money(deposit))
                                        : tr("Order %1 recorded.").arg(id);
        });
        loadOrders(m_orderStatus);
    }
    return ok;
}

bool BackOfficeController::updateOrder(const QString& id, const QString& status, const QString& date,
                                       const QString& reading, const QString& note)
{
    bool ok = run(
        [&] {
            m_station.orders().updateServiceOrder(operatorId(), id.toStdString(), status.toStdString(), date.trimmed().toStdString(),
                                         reading.trimmed().toStdString(), note.toStdString());
        },
        QT_TR_NOOP("Order not changed: "));
    if (ok) {
        setNoticeText([id, status] { return tr("Order %1 is %2.").arg(id, renderWord("order_status", status)); });
        loadOrders(m_orderStatus);
    }
    return ok;
}

// ---- Mail batches ----

void BackOfficeController::showBatch(const station::MailBatch& b)
{
    QVariantList items;
    for (const auto& i : b.items)
        items.append(QVariantMap{{QStringLiteral("n"), static_cast<qint64>(i.n)},
                                 {QStringLiteral("account"), q(i.account)},
                                 {QStringLiteral("amount"), money(i.amount)},
                                 {QStringLiteral("serial"), q(i.serial)},
                                 {QStringLiteral("status"), q(i.status)},
                                 {QStringLiteral("statusText"), renderWord("batch_item", q(i.status))},
                                 {QStringLiteral("reason"), itemReason(i)},
                                 {QStringLiteral("receipt"), q(i.receipt)},
                                 {QStringLiteral("payer"), q(i.payer)}});
    Money difference = b.keyedTotal - b.controlTotal;
    std::int64_t countOff = b.keyedCount - b.controlCount;
    QStringList off;
    if (!difference.isZero())
        off.append(difference.isNegative() ? tr("%1 short").arg(money(difference.abs())) : tr("%1 over").arg(money(difference)));
    if (countOff != 0)
        off.append(countOff < 0 ? tr("%n item(s) to key", nullptr, static_cast<int>(-countOff))
                             : tr("%n item(s) too many", nullptr, static_cast<int>(countOff)));
    m_batchOperator = q(b.operatorId);
    m_batch = QVariantMap{{QStringLiteral("id"), q(b.id)},
                          {QStringLiteral("status"), q(b.status)},
                          {QStringLiteral("note"), q(b.note)},
                          {QStringLiteral("controlCount"), static_cast<qint64>(b.controlCount)},
                          {QStringLiteral("controlTotal"), money(b.controlTotal)},
                          {QStringLiteral("keyedCount"), static_cast<qint64>(b.keyedCount)},
                          {QStringLiteral("keyedTotal"), money(b.keyedTotal)},
                          {QStringLiteral("countDifference"), static_cast<qint64>(b.keyedCount - b.controlCount)},
                          {QStringLiteral("difference"), money(difference)},
                          {QStringLiteral("differenceText"), b.balanced() ? tr("In balance") : off.join(QStringLiteral(", "))},
                          {QStringLiteral("balanced"), b.balanced()},
                          {QStringLiteral("exceptionCount"), static_cast<qint64>(b.exceptionCount)},
                          {QStringLiteral("exceptionTotal"), money(b.exceptionTotal)},
                          {QStringLiteral("depositTotal"), money(b.depositTotal)},
                          {QStringLiteral("items"), items}};
}

bool BackOfficeController::resumeBatch()
{
    for (const auto& b : m_station.batches().list("open")) {
        if (b.operatorId == operatorId())
            return run([&] { showBatch(*m_station.batches().batch(b.id)); });
    }
    // A closed batch of this operator stays on screen (to print it); anything else is cleared.
    bool mineClosed = m_batch.value(QStringLiteral("status")).toString() == QStringLiteral("closed")
                      && m_batchOperator == m_session.operatorId();
    if (!mineClosed && !m_batch.isEmpty()) {
        m_batch.clear();
        emit dataChanged();
    }
    return false;
}

bool BackOfficeController::openBatch(const QString& count, const QString& total, const QString& note)
{
    bool isNumber = false;
    int n = count.trimmed().toInt(&isNumber);
    QString error;
    auto value = parseAmount(total, error, tr("Control total"));
    if (!isNumber || !value) {
        setError(tr("Batch not opened: %1").arg(!isNumber ? tr("the control count is the number of remittances.") : error));
        return false;
    }
    bool ok = run(
        [&] {
            station::MailBatchRequest r{operatorId(), n, *value, note.toStdString()};
            showBatch(m_station.batches().openBatch(r));
        },
        QT_TR_NOOP("Batch not opened: "));
    if (ok)
        setNoticeText([id = m_batch.value(QStringLiteral("id")).toString()] { return tr("Batch %1 open: key each remittance.").arg(id); });
    return ok;
}

bool BackOfficeController::keyRemittance(const QString& accountOrScan, const QString& amount, const QString& micr,
                                         const QString& checkDate)
{
    QString error;
    auto value = parseAmount(amount, error, tr("Amount"));
    if (!value) {
        setError(tr("Remittance not recorded: %1").arg(error));
        return false;
    }
    std::string batchId = m_batch.value(QStringLiteral("id")).toString().toStdString();
    station::BatchItem item;
    bool ok = run([&] {
        station::RemittanceInput in;
        if (looksLikeScanLine(accountOrScan))
            in.scanLine = accountOrScan.toStdString();
        else
            in.account = accountOrScan.trimmed().toStdString();
        in.amount = *value;
        in.micr = micr.trimmed().toStdString();
        in.checkDate = checkDate.trimmed().toStdString();
        in.micrSource = "keyed";
        item = m_station.batches().keyRemittance(operatorId(), batchId, in);
        showBatch(*m_station.batches().batch(batchId));
    });
    if (ok && item.status == "accepted")
        setNoticeText([item] {
            return tr("Item %1: %2 for account %3 accepted.").arg(item.n).arg(money(item.amount), q(item.account));
        });
    else if (ok)
        setWarningNoticeText([item] {
            return tr("Item %1: %2 for account %3 goes to the exceptions: %4")
                .arg(item.n)
                .arg(money(item.amount), q(item.account), itemReason(item));
        });
    return ok;
}

bool BackOfficeController::removeItem(int item, const QString& reason)
{
    std::string batchId = m_batch.value(QStringLiteral("id")).toString().toStdString();
    bool ok = run(
        [&] {
            m_station.batches().removeRemittance(operatorId(), batchId, item, reason.toStdString());
            showBatch(*m_station.batches().batch(batchId));
        },
        QT_TR_NOOP("Not removed: "));
    if (ok)
        setNoticeText([item] { return tr("Item %1 removed.").arg(item); });
    return ok;
}

bool BackOfficeController::closeBatch()
{
    std::string batchId = m_batch.value(QStringLiteral("id")).toString().toStdString();
    bool ok = run([&] { showBatch(m_station.batches().closeBatch(operatorId(), batchId)); });
    if (ok) {
        const int exceptions = m_batch.value(QStringLiteral("exceptionCount")).toInt();
        Text closed = [id = q(batchId), exceptions, posted = m_batch.value(QStringLiteral("depositTotal")).toString()] {
            return tr("Batch %1 closed: %2 posted; %n exception(s) to mail back.", nullptr, exceptions).arg(id, posted);
        };
        if (exceptions > 0)
            setWarningNoticeText(std::move(closed));
        else
            setNoticeText(std::move(closed));
    }
    return ok;
}

void BackOfficeController::clearBatch()
{
    m_batch.clear();
    emit dataChanged();
}

// ---- Review ----

bool BackOfficeController::loadReview(const QString& day)
{
    return run([&] {
        auto review = m_station.review().dayReview(day.trimmed().toStdString());
        QVariantList entries;
        for (const auto& e : review.entries) {
            auto op = m_station.operators().findOperator(e.operatorId);
            entries.append(QVariantMap{{QStringLiteral("subject"), q(e.subject)},
                                       {QStringLiteral("id"), q(e.id)},
                                       {QStringLiteral("operator"), q(e.operatorId)},
                                       {QStringLiteral("operatorName"), op ? q(op->name) : q(e.operatorId)},
                                       {QStringLiteral("state"), q(e.state)},
                                       {QStringLiteral("reason"), q(e.reason)},
                                       {QStringLiteral("total"), money(e.total)},
                                       {QStringLiteral("overShort"), money(e.overShort)},
                                       {QStringLiteral("exceptions"), static_cast<qint64>(e.exceptions)}});
        }
        m_review = QVariantMap{{QStringLiteral("day"), q(review.day)},
                               {QStringLiteral("approved"), review.approvedSeq != 0},
                               {QStringLiteral("approvedSeq"), static_cast<qint64>(review.approvedSeq)},
                               {QStringLiteral("checkpoint"), q(review.checkpointNote)},
                               // "" when the day may be approved, else the station's reason why not, as a sentence.
                               {QStringLiteral("approvalBlocked"), review.approvalBlocked ? sentence(renderMessage(*review.approvalBlocked)) : QString()},
                               {QStringLiteral("entries"), entries},
                               {QStringLiteral("office"), officeDay(review.officeDay)}};
    });
}

bool BackOfficeController::approveWork(const QString& subject, const QString& id)
{
    QString day = m_review.value(QStringLiteral("day")).toString();
    bool ok = run([&] { m_station.review().approveWork(operatorId(), subject.toStdString(), id.toStdString()); },
                  QT_TR_NOOP("Not approved: "));
    if (ok) {
        setNoticeText([id] { return tr("%1 approved.").arg(id); });
        loadReview(day);
    }
    return ok;
}

bool BackOfficeController::rejectWork(const QString& subject, const QString& id, const QString& reason)
{
    QString day = m_review.value(QStringLiteral("day")).toString();
    bool ok = run([&] { m_station.review().rejectWork(operatorId(), subject.toStdString(), id.toStdString(), reason.toStdString()); },
                  QT_TR_NOOP("Not rejected: "));
    if (ok) {
        setNoticeText([id] { return tr("%1 sent back to its cashier.").arg(id); });
        loadReview(day);
    }
    return ok;
}

bool BackOfficeController::resubmitWork(const QString& subject, const QString& id, const QString& answer)
{
    bool ok = run([&] { m_station.review().resubmitWork(operatorId(), subject.toStdString(), id.toStdString(), answer.toStdString()); },
                  QT_TR_NOOP("Not sent: "));
    if (ok) {
        setNoticeText([id] { return tr("%1 is back with the supervisor.").arg(id); });
        loadRejected();
    }
    return ok;
}

bool BackOfficeController::approveDay(const QString& day)
{
    try {
        m_station.review().approveDay(operatorId(), day.trimmed().toStdString());
    } catch (const station::CheckpointAfterCloseFailed& e) {
        // The approval is recorded; only the checkpoint after it is missing. Say so, not "not approved".
        loadReview(day);
        setErrorText(failureText(e));
        return false;
    } catch (const std::exception& e) {
        setErrorText([why = failureText(e)] { return tr("Day not approved: %1").arg(why()); });
        return false;
    }
    loadReview(day);
    setNoticeText([day, seq = m_review.value(QStringLiteral("approvedSeq")).toLongLong()] {
        return tr("%1 approved and sealed by signed checkpoint at record %2.").arg(day).arg(seq);
    });
    return true;
}

void BackOfficeController::loadRejected()
{
    run([&] {
        m_rejected.clear();
        for (const auto& e : m_station.review().rejectedFor(operatorId()))
            m_rejected.append(QVariantMap{{QStringLiteral("subject"), q(e.subject)},
                                          {QStringLiteral("id"), q(e.id)},
                                          {QStringLiteral("day"), q(e.day)},
                                          {QStringLiteral("reason"), q(e.reason)},
                                          {QStringLiteral("reviewer"), q(e.reviewer)}});
    });
}

// ---- Activity ----

bool BackOfficeController::loadActivity(const QString& from, const QString& to)
{
    return run([&] {
        auto report = m_station.reports().activityReport(from.trimmed().toStdString(), to.trimmed().toStdString());
        QVariantList cashiers;
        for (const auto& c : report.cashiers) {
            QStringList tenders;
            for (const auto& [kind, items, amount] : c.tenders) {
                // In words, as the printed report: never a code such as money_order.
                QString words = kind == "cash"          ? tr("Cash (net of change)")
                                : kind == "check"       ? tr("Checks")
                                : kind == "money_order" ? tr("Money orders")
                                : kind == "card"        ? tr("Cards")
                                                        : q(kind);
                tenders.append(QStringLiteral("%1 %2 %3").arg(words).arg(items).arg(money(amount)));
            }
            cashiers.append(QVariantMap{{QStringLiteral("name"), q(c.name)},
                                        {QStringLiteral("payments"), static_cast<qint64>(c.payments)},
                                        {QStringLiteral("collected"), money(c.collected)},
                                {QStringLiteral("net"), money(c.net)},
                                        {QStringLiteral("tenders"), tenders.join(QStringLiteral(" \u00b7 "))},
                                        {QStringLiteral("voids"), static_cast<qint64>(c.voids)},
                                        {QStringLiteral("refunds"), static_cast<qint64>(c.refunds)},
                                        {QStringLiteral("approvals"), static_cast<qint64>(c.approvals)},
                                        {QStringLiteral("returned"), static_cast<qint64>(c.returnedChecks)},
                                        {QStringLiteral("overShort"), money(c.overShort)}});
        }
        QVariantList funds;
        for (const auto& [fund, amount] : report.funds)
            funds.append(QVariantMap{{QStringLiteral("fund"), q(fund)}, {QStringLiteral("amount"), money(amount)}});
        m_activity = QVariantMap{{QStringLiteral("from"), q(report.from)},
                                 {QStringLiteral("to"), q(report.to)},
                                 {QStringLiteral("cashiers"), cashiers},
                                 {QStringLiteral("funds"), funds},
                                 {QStringLiteral("customerCredit"),
                                  report.customerCredit.isZero() ? QString() : money(report.customerCredit)},
                                 {QStringLiteral("postings"), money(report.postings)}};
    });
}

// ---- Bank deposits ----

bool BackOfficeController::loadDeposits()
{
    return run([&] {
        m_deposits.clear();
        for (const auto& d : m_station.deposits().list()) {
            QVariantMap map{{QStringLiteral("id"), q(d.id)},
                            {QStringLiteral("day"), q(d.day)},
                            {QStringLiteral("bag"), q(d.bag)},
                            {QStringLiteral("seal"), q(d.seal)},
                            {QStringLiteral("status"), static_cast<int>(d.status == "confirmed" ? DepositConfirmed : DepositPrepared)},
                            {QStringLiteral("cash"), money(d.cash)},
                            {QStringLiteral("floatKept"), money(d.floatKept)},
                            {QStringLiteral("checks"), money(d.checks)},
                            {QStringLiteral("moneyOrders"), money(d.moneyOrders)},
                            {QStringLiteral("total"), money(d.total)},
                            {QStringLiteral("totalPlain"), q(formatPlain(d.total))},
                            {QStringLiteral("drawers"), static_cast<int>(d.drawers.size())},
                            {QStringLiteral("batches"), static_cast<int>(d.batches.size())},
                            {QStringLiteral("items"), static_cast<int>(d.items.size())},
                            {QStringLiteral("preparedBy"), q(d.preparedBy)}};
            if (d.status == "confirmed") {
                map.insert(QVariantMap{{QStringLiteral("confirmed"), money(d.confirmedAmount)},
                            {QStringLiteral("bankDate"), localDate(d.bankDate)},
                            {QStringLiteral("reference"), q(d.reference)},
                            {QStringLiteral("difference"), d.difference.isZero() ? QString() : money(d.difference)},
                            {QStringLiteral("reason"), q(d.reason)},
                            {QStringLiteral("confirmedBy"), q(d.confirmedBy)}});
            }
            m_deposits.prepend(map); // newest first
        }
    });
}

bool BackOfficeController::prepareDeposit(const QString& day, const QString& bag, const QString& seal)
{
    station::DepositRequest request{operatorId(), day.trimmed().toStdString(), bag.trimmed().toStdString(),
                                    seal.trimmed().toStdString(), {}};
    station::DepositInfo prepared;
    bool ok = run([&] { prepared = m_station.deposits().prepare(request); }, QT_TR_NOOP("Deposit not prepared: "));
    if (ok && loadDeposits())
        setNoticeText([prepared] { return tr("Deposit %1 prepared: %2 in bag %3.").arg(q(prepared.id), money(prepared.total), q(prepared.bag)); });
    return ok;
}

bool BackOfficeController::confirmDeposit(const QString& id, const QString& amount, const QString& date,
                                          const QString& reference, const QString& reason)
{
    QString error;
    auto value = parseAmount(amount, error, tr("Amount the bank credited"));
    if (!value) {
        setError(tr("Not confirmed: ") + error);
        return false;
    }
    station::DepositConfirmation confirmation{operatorId(), id.toStdString(), *value, date.trimmed().toStdString(),
                                              reference.trimmed().toStdString(), reason.trimmed().toStdString()};
    bool ok = run([&] { m_station.deposits().confirm(confirmation); }, QT_TR_NOOP("Not confirmed: "));
    if (ok && loadDeposits())
        setNoticeText([id, credited = money(*value)] { return tr("Deposit %1 confirmed: the bank credited %2.").arg(id, credited); });
    return ok;
}

} // namespace tillbook::app
