// The payment on the screen kept on disk (DATA/drafts/<operator>.json) after every change, so that a payment the
// station lost when it stopped (crash, power loss) is offered back to its cashier at the next sign-in: resumed with
// its own request id, or discarded. Part of PaymentController, which is what QML sees.
#pragma once

#include <QObject>
#include <QVariantMap>

#include <filesystem>

namespace tillbook::station {
class Station;
}

namespace tillbook::app {

class PaymentCart;

class DraftStore : public QObject
{
    Q_OBJECT

public:
    DraftStore(station::Station& station, PaymentCart& cart, QObject* parent = nullptr);

    // The payment offered back: account, name, due, tenders, saved, recordedAs (the receipt, when it was in fact
    // recorded). {} when there is none.
    QVariantMap offered() const { return m_offered; }
    // Whose draft file the screen's payment is kept in; empty when nobody is signed in.
    QString operatorId() const { return m_operatorId; }

    // After sign-in: keep this operator's payments, and offer what the station lost of theirs.
    void follow(const QString& operatorId);
    // After sign-out: keep nothing more.
    void forget();
    // The cart as it is now, written over the operator's file (or the file removed when the cart is empty). Nothing
    // is written while a payment is offered back and waits for the cashier's answer.
    void save();
    // Puts the offered payment back in the cart; false (and the file discarded) when it cannot be read or was
    // recorded after all.
    bool resume();
    void discard();

signals:
    void draftChanged();
    // One sentence for the screen (a file that could not be written or read).
    void errorReported(const QString& error);

private:
    std::filesystem::path path() const;
    void find();

    station::Station& m_station;
    PaymentCart& m_cart;
    QVariantMap m_offered;
    QString m_operatorId;
    bool m_restoring = false;
};

} // namespace tillbook::app
