// Drawer controller: conversions between the screens' texts and the station's counts, and one-sentence errors.
#include "app/drawer_controller.h"
#include "app/message_text.h"

#include "app/session_controller.h"
#include "station/drawers.h"
#include "station/operators.h"
#include "station/settings.h"

#include <QQmlEngine>

namespace tillbook::app {

namespace {

DrawerController* s_instance = nullptr;

QString money(Money m)
{
    return QString::fromStdString(formatMoney(m));
}

// "$1 coin" is "moneda de $1" in Spanish: the grid's names are data words, in the language of the moment.
QString denominationName(const DenominationInfo& d)
{
    return renderWord("denomination", QString::fromUtf8(d.key.data(), static_cast<qsizetype>(d.key.size())));
}

} // namespace

DrawerController::DrawerController(station::Station& station, SessionController& session, QObject* parent)
    : FeedbackController(parent)
    , m_station(station)
    , m_session(session)
{
    refresh();
    connect(&m_session, &SessionController::sessionChanged, this, [this] {
        m_xApprovedBy.clear();
        m_xReport.reset();
        emit xReportChanged();
        refresh();
    });
    connect(&m_session, &SessionController::ledgerChanged, this, &DrawerController::refresh);
}

void DrawerController::setInstance(DrawerController* instance)
{
    s_instance = instance;
}

DrawerController* DrawerController::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT_X(s_instance, "DrawerController::create", "main() must install the instance first");
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

void DrawerController::refresh()
{
    m_open = m_station.drawers().openDrawer();
    if (!m_open || m_open->id != m_xApprovedDrawer)
        m_xApprovedBy.clear();
    emit drawerChanged();
}

bool DrawerController::isMine() const
{
    return m_open && QString::fromStdString(m_open->operatorId) == m_session.operatorId();
}

QString DrawerController::drawerId() const
{
    return m_open ? QString::fromStdString(m_open->id) : QString();
}

QString DrawerController::ownerName() const
{
    if (!m_open)
        return {};
    auto op = m_station.operators().findOperator(m_open->operatorId);
    return QString::fromStdString(op ? op->name : m_open->operatorId);
}

DrawerController::Level DrawerController::level() const
{
    if (!m_open)
        return Normal;
    switch (m_open->level) {
    case CashLevel::Warn:
        return Warn;
    case CashLevel::DropRequired:
        return DropRequired;
    default:
        return Normal;
    }
}

QVariantList DrawerController::denominations() const
{
    QVariantList out;
    for (const auto& d : tillbook::denominations())
        out.append(QVariantMap{{QStringLiteral("key"), QString::fromUtf8(d.key.data(), static_cast<qsizetype>(d.key.size()))},
                               {QStringLiteral("label"), denominationName(d)},
                               {QStringLiteral("cents"), static_cast<qlonglong>(d.cents)}});
    return out;
}

QString DrawerController::expectedFloat() const
{
    return money(m_station.settings().moneySetting("drawer.float"));
}

std::optional<CashCount> DrawerController::parseCount(const QVariantList& pieces, const QString& rolled,
                                                      QString* error) const
{
    CashCount count;
    const auto& denoms = tillbook::denominations();
    for (int i = 0; i < pieces.size() && i < static_cast<int>(denoms.size()); ++i) {
        QString text = pieces[i].toString().trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        qlonglong n = text.toLongLong(&ok);
        if (!ok) {
            *error = tr("The count of %1 must be a whole number.").arg(denominationName(denoms[static_cast<std::size_t>(i)]));
            return std::nullopt;
        }
        count.pieces[static_cast<std::size_t>(i)] = n;
    }
    if (!rolled.trimmed().isEmpty()) {
        auto parsed = parseMoney(rolled.toStdString());
        if (!parsed.value) {
            *error = QString::fromStdString(parsed.error);
            return std::nullopt;
        }
        count.rolledCoin = *parsed.value;
    }
    if (auto problem = checkCount(count)) {
        *error = renderMessage(*problem);
        return std::nullopt;
    }
    return count;
}

QString DrawerController::total(const QVariantList& pieces, const QString& rolled) const
{
    QString error;
    auto count = parseCount(pieces, rolled, &error);
    return count ? money(countTotal(*count)) : QStringLiteral("—");
}

QString DrawerController::floatApprovalNeeded(const QVariantList& pieces, const QString& rolled)
{
    QString error;
    auto count = parseCount(pieces, rolled, &error);
    if (!count) {
        setError(error);
        return {};
    }
    try {
        auto approval = m_station.drawers().openDrawerApproval(m_session.operatorId().toStdString(), *count);
        return approval ? renderMessage(approval->description) : QString();
    } catch (const std::exception& e) {
        setErrorText([why = failureText(e)] { return tr("The drawer was not opened: %1").arg(why()); });
        return {};
    }
}

bool DrawerController::openDrawer(const QVariantList& pieces, const QString& rolled, const QString& supervisorId,
                                  const QString& pin)
{
    QString error;
    auto count = parseCount(pieces, rolled, &error);
    if (!count) {
        setError(error);
        return false;
    }
    std::string op = m_session.operatorId().toStdString();
    try {
        std::string approvalId;
        if (!supervisorId.isEmpty()) {
            auto approval = m_station.operators().approve(m_station.drawers().floatDifferenceRequest(op, *count), supervisorId.toStdString(),
                                              pin.toStdString());
            if (!approval.ok) {
                setErrorText([message = *approval.message] { return renderMessage(message); });
                return false;
            }
            approvalId = approval.approvalId;
        }
        m_station.drawers().openDrawer(op, *count, approvalId);
    } catch (const std::exception& e) {
        setErrorText([why = failureText(e)] { return tr("The drawer was not opened: %1").arg(why()); });
        return false;
    }
    setError({});
    return true;
}

bool DrawerController::drop(const QVariantList& pieces, const QString& rolled)
{
    QString error;
    auto count = parseCount(pieces, rolled, &error);
    if (!count) {
        setError(error);
        return false;
    }
    try {
        m_station.drawers().dropCash(m_session.operatorId().toStdString(), *count);
    } catch (const std::exception& e) {
        setErrorText([why = failureText(e)] { return tr("The drop was not recorded: %1").arg(why()); });
        return false;
    }
    setError({});
    return true;
}

bool DrawerController::count(const QVariantList& pieces, const QString& rolled, const QVariantList& items,
                             const QString& cardBatch)
{
    QString error;
    auto cash = parseCount(pieces, rolled, &error);
    if (!cash) {
        setError(error);
        return false;
    }
    std::vector<station::CountedItem> listed;
    for (const QVariant& v : items) {
        QVariantMap item = v.toMap();
        auto amount = parseMoney(item.value(QStringLiteral("amount")).toString().toStdString());
        if (!amount.value) {
            setError(QString::fromStdString(amount.error));
            return false;
        }
        listed.push_back({item.value(QStringLiteral("kind")).toString() == QLatin1String("money_order") ? TenderKind::MoneyOrder
                                                                                                         : TenderKind::Check,
                          *amount.value, item.value(QStringLiteral("reference")).toString().toStdString()});
    }
    Money batch;
    if (!cardBatch.trimmed().isEmpty()) {
        auto parsed = parseMoney(cardBatch.trimmed().toStdString());
        if (!parsed.value) {
            setError(tr("Card terminal batch total: %1").arg(QString::fromStdString(parsed.error)));
            return false;
        }
        batch = *parsed.value;
    }
    try {
        auto r = m_station.drawers().countDrawer(m_session.operatorId().toStdString(), *cash, listed, batch);
        m_countResult = {{QStringLiteral("cash"), money(r.countedCash)},
                         {QStringLiteral("checks"), money(r.countedChecks)},
                         {QStringLiteral("moneyOrders"), money(r.countedMoneyOrders)},
                         {QStringLiteral("overShortCash"), money(r.overShort.cash)},
                         {QStringLiteral("overShortChecks"), money(r.overShort.checks)},
                         {QStringLiteral("overShortMoneyOrders"), money(r.overShort.moneyOrders)},
                         {QStringLiteral("cards"), money(r.cardBatch)},
                         {QStringLiteral("overShortCards"), money(r.overShort.cards)},
                         {QStringLiteral("overShort"), money(r.overShort.total)},
                         {QStringLiteral("expectedCash"), money(r.expectedCash)},
                         {QStringLiteral("expectedChecks"), money(r.expectedChecks)},
                         {QStringLiteral("expectedMoneyOrders"), money(r.expectedMoneyOrders)},
                         {QStringLiteral("expectedCards"), money(r.expectedCards)},
                         {QStringLiteral("summary"), renderMessage(r.judgement.summary)},
                         {QStringLiteral("verdict"), static_cast<int>(r.judgement.verdict == CountVerdict::Balanced ? Balanced
                                                                      : r.judgement.verdict == CountVerdict::Within ? Within
                                                                                                                     : Beyond)},
                         {QStringLiteral("needsApproval"), r.needsApproval}};
        m_countSummary = r.judgement.summary;
    } catch (const std::exception& e) {
        setErrorText([why = failureText(e)] { return tr("The count was not recorded: %1").arg(why()); });
        return false;
    }
    setError({});
    emit countResultChanged();
    return true;
}

QString DrawerController::closeApprovalDescription()
{
    try {
        return renderMessage(m_station.drawers().overShortRequest(m_session.operatorId().toStdString()).description);
    } catch (const std::exception&) {
        return {};
    }
}

bool DrawerController::close(const QString& reason, const QString& supervisorId, const QString& pin)
{
    std::string op = m_session.operatorId().toStdString();
    const QString closing = drawerId();
    try {
        std::string approvalId;
        if (!supervisorId.isEmpty()) {
            auto approval = m_station.operators().approve(m_station.drawers().overShortRequest(op), supervisorId.toStdString(), pin.toStdString());
            if (!approval.ok) {
                setErrorText([message = *approval.message] { return renderMessage(message); });
                return false;
            }
            approvalId = approval.approvalId;
        }
        m_station.drawers().closeDrawer(op, reason.trimmed().toStdString(), approvalId);
        m_lastClosedId = closing;
        emit lastClosedIdChanged();
    } catch (const station::CheckpointAfterCloseFailed& e) {
        // Closed: say so, and what still needs doing.
        m_lastClosedId = closing;
        emit lastClosedIdChanged();
        setErrorText(failureText(e));
        m_countResult.clear();
        emit countResultChanged();
        return true;
    } catch (const std::exception& e) {
        setErrorText([why = failureText(e)] { return tr("The drawer was not closed: %1").arg(why()); });
        return false;
    }
    setError({});
    m_countResult.clear();
    emit countResultChanged();
    return true;
}

QString DrawerController::paidOutApprovalNeeded(const QString& amount, const QString& reason)
{
    auto parsed = parseMoney(amount.toStdString());
    if (!parsed.value) {
        setError(QString::fromStdString(parsed.error));
        return {};
    }
    auto request = m_station.drawers().paidOutApproval(m_session.operatorId().toStdString(), *parsed.value,
                                                       reason.toStdString());
    return request ? renderMessage(request->description) : QString();
}

bool DrawerController::paidOut(const QString& amount, const QString& reason, const QString& supervisorId,
                               const QString& pin)
{
    auto parsed = parseMoney(amount.toStdString());
    if (!parsed.value) {
        setError(QString::fromStdString(parsed.error));
        return false;
    }
    std::string op = m_session.operatorId().toStdString();
    std::string why = reason.trimmed().toStdString();
    try {
        std::string approvalId;
        if (!supervisorId.isEmpty()) {
            auto approval = m_station.operators().approve(m_station.drawers().paidOutRequest(op, *parsed.value, why), supervisorId.toStdString(),
                                              pin.toStdString());
            if (!approval.ok) {
                setErrorText([message = *approval.message] { return renderMessage(message); });
                return false;
            }
            approvalId = approval.approvalId;
        }
        m_station.drawers().paidOut(op, *parsed.value, why, approvalId);
    } catch (const std::exception& e) {
        setErrorText([why = failureText(e)] { return tr("The paid-out was not recorded: %1").arg(why()); });
        return false;
    }
    setError({});
    return true;
}

QString DrawerController::xReportDescription()
{
    try {
        return renderMessage(m_station.drawers().xReportRequest(m_session.operatorId().toStdString()).description);
    } catch (const std::exception&) {
        return {};
    }
}

QVariantList DrawerController::xReport(const QString& supervisorId, const QString& pin)
{
    std::string op = m_session.operatorId().toStdString();
    try {
        auto approval = m_station.operators().approve(m_station.drawers().xReportRequest(op), supervisorId.toStdString(), pin.toStdString());
        if (!approval.ok) {
            setErrorText([message = *approval.message] { return renderMessage(message); });
            return {};
        }
        auto r = m_station.drawers().xReport(op, approval.approvalId);
        m_xApprovedBy = supervisorId.toStdString();
        m_xApprovedDrawer = r.info.id;
        m_xReport = r.info;
    } catch (const std::exception& e) {
        setErrorText(failureText(e));
        return {};
    }
    setError({});
    emit xReportChanged();
    return xReportRows();
}

QVariantList DrawerController::xReportRows() const
{
    QVariantList rows;
    if (!m_xReport)
        return rows;
    const DrawerTotals& t = m_xReport->totals;
    auto row = [&](const QString& label, Money amount, bool expected = false) {
        rows.append(QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("amount"), money(amount)},
                                {QStringLiteral("expected"), expected}});
    };
    row(tr("Opening float (counted)"), t.openingFloat);
    row(tr("Cash received"), t.cashReceived);
    row(tr("Change given"), -t.changeGiven);
    row(tr("Paid-outs and cash refunds"), -t.paidOuts);
    row(tr("Drops to the safe"), -t.drops);
    row(tr("Pickups"), -t.pickups);
    row(tr("Expected cash"), m_xReport->expectedCash, true);
    row(tr("Checks (%1)").arg(t.checkCount), t.checks);
    row(tr("Money orders (%1)").arg(t.moneyOrderCount), t.moneyOrders);
    row(tr("Cards (%1)").arg(t.cardCount), t.cards);
    return rows;
}

void DrawerController::retranslate()
{
    emit denominationsChanged();
    emit xReportChanged();
    if (!m_countResult.isEmpty() && m_countSummary) {
        m_countResult.insert(QStringLiteral("summary"), renderMessage(*m_countSummary));
        emit countResultChanged();
    }
    FeedbackController::retranslate();
}

} // namespace tillbook::app
