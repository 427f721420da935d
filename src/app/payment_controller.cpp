// Payment controller: the QML singleton over its three parts. It forwards each call to the part that owns it, each
// part's signals as its own, and whatever sentence a part reports as its one `error`.
#include "app/payment_controller.h"

#include "app/session_controller.h"

#include <QQmlEngine>

namespace tillbook::app {

namespace {

PaymentController* s_instance = nullptr;

} // namespace

PaymentController::PaymentController(station::Station& station, SessionController& session, QObject* parent)
    : FeedbackController(parent)
    , m_station(station)
    , m_session(session)
    , m_cart(station, session)
    , m_reversals(station, session)
    , m_drafts(station, m_cart)
{
    connect(&m_cart, &PaymentCart::accountChanged, this, &PaymentController::accountChanged);
    connect(&m_cart, &PaymentCart::cartChanged, this, &PaymentController::cartChanged);
    connect(&m_cart, &PaymentCart::lastReceiptChanged, this, &PaymentController::lastReceiptChanged);
    connect(&m_cart, &PaymentCart::pendingCheckChanged, this, &PaymentController::pendingCheckChanged);
    connect(&m_reversals, &PaymentReversals::foundReceiptChanged, this, &PaymentController::foundReceiptChanged);
    connect(&m_drafts, &DraftStore::draftChanged, this, &PaymentController::draftChanged);
    connect(&m_cart, &PaymentCart::errorReported, this, &PaymentController::setError);
    connect(&m_reversals, &PaymentReversals::errorReported, this, &PaymentController::setError);
    connect(&m_drafts, &DraftStore::errorReported, this, &PaymentController::setError);
    connect(&m_cart, &PaymentCart::errorMade, this, &PaymentController::setErrorText);
    connect(&m_reversals, &PaymentReversals::errorMade, this, &PaymentController::setErrorText);
    // Every change to the payment on the screen (its texts remade in another language too) is kept on disk.
    connect(this, &PaymentController::cartChanged, &m_drafts, &DraftStore::save);
    connect(&m_session, &SessionController::sessionChanged, this, [this] {
        if (m_session.signedIn() && m_session.operatorId() != m_drafts.operatorId())
            m_drafts.follow(m_session.operatorId());
        if (!m_session.signedIn()) {
            m_cart.clear(); // signing out discards the payment in progress: nothing was recorded yet
            m_drafts.forget();
            m_cart.forgetRecentReceipt();
            m_reversals.forget();
        }
    });
}

void PaymentController::setInstance(PaymentController* instance)
{
    s_instance = instance;
}

PaymentController* PaymentController::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT_X(s_instance, "PaymentController::create", "main() must install the instance first");
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

QString PaymentController::today() const
{
    return QString::fromStdString(m_station.today());
}

void PaymentController::search(const QString& query)
{
    m_cart.search(query);
}

bool PaymentController::selectAccount(const QString& number)
{
    return m_cart.selectAccount(number);
}

bool PaymentController::setBillAmount(const QString& billId, const QString& amount)
{
    return m_cart.setBillAmount(billId, amount);
}

void PaymentController::addFee(const QString& code)
{
    m_cart.addFee(code);
}

void PaymentController::removeFee(const QString& code)
{
    m_cart.removeFee(code);
}

bool PaymentController::addTender(const QString& kind, const QString& amount, const QString& reference)
{
    return m_cart.addTender(kind, amount, reference);
}

bool PaymentController::addCardTender(const QString& amount, const QString& approval, const QString& brand,
                                      const QString& last4, const QString& terminal, const QString& entry)
{
    return m_cart.addCardTender(amount, approval, brand, last4, terminal, entry);
}

void PaymentController::removeTender(int index)
{
    m_cart.removeTender(index);
}

bool PaymentController::complete()
{
    return m_cart.complete();
}

bool PaymentController::verifyItem(const QString& kind, const QString& micr, const QString& amount, const QString& date,
                                   bool thirdParty, bool twoParty, const QString& micrSource,
                                   const QString& micrSymbols)
{
    return m_cart.verifyItem(kind, micr, amount, date, thirdParty, twoParty, micrSource, micrSymbols);
}

QString PaymentController::overrideDescription()
{
    return m_cart.overrideDescription();
}

bool PaymentController::overrideItem(const QString& supervisorId, const QString& pin)
{
    return m_cart.overrideItem(supervisorId, pin);
}

bool PaymentController::takeItem()
{
    return m_cart.takeItem();
}

void PaymentController::discardItem()
{
    m_cart.discardItem();
}

void PaymentController::clear()
{
    m_cart.clear();
}

void PaymentController::dismissReceipt()
{
    m_cart.dismissReceipt();
}

bool PaymentController::findReceipt(const QString& number)
{
    return m_reversals.findReceipt(number);
}

QString PaymentController::reversalDescription(const QString& kind, const QString& amount, const QString& method)
{
    return m_reversals.reversalDescription(kind, amount, method);
}

bool PaymentController::reverseReceipt(const QString& kind, const QString& amount, const QString& method,
                                       const QString& supervisorId, const QString& pin)
{
    return m_reversals.reverseReceipt(kind, amount, method, supervisorId, pin);
}

bool PaymentController::resumeDraft()
{
    return m_drafts.resume();
}

void PaymentController::discardDraft()
{
    m_drafts.discard();
}

} // namespace tillbook::app
