// The accounts a search found, best match first, as a list model for the counter's search results.
#pragma once

// moc does not need the station's types, and cannot parse the C++20 library headers they pull in.
#ifndef Q_MOC_RUN
#include "station/accounts.h"
#endif

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace tillbook::app {

class AccountSearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Search results come from the station; use PaymentController.searchResults")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles { NumberRole = Qt::UserRole + 1, NameRole, AddressRole, PhoneRole, StatusRole, BalanceRole, CreditRole };

    explicit AccountSearchModel(QObject* parent = nullptr);
    void reset(std::vector<station::AccountSummary> accounts);

    int count() const { return static_cast<int>(m_accounts.size()); }
    // The account number on a row ("" outside the list): what choosing the row selects.
    Q_INVOKABLE QString numberAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    std::vector<station::AccountSummary> m_accounts;
};

} // namespace tillbook::app
