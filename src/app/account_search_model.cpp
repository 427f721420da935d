#include "app/account_search_model.h"

namespace tillbook::app {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

AccountSearchModel::AccountSearchModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void AccountSearchModel::reset(std::vector<station::AccountSummary> accounts)
{
    const bool countChanges = accounts.size() != m_accounts.size();
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

QString AccountSearchModel::numberAt(int row) const
{
    if (row < 0 || row >= count())
        return {};
    return qs(m_accounts[static_cast<std::size_t>(row)].number);
}

int AccountSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant AccountSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const auto& a = m_accounts[static_cast<std::size_t>(index.row())];
    switch (role) {
    case NumberRole:
        return qs(a.number);
    case NameRole:
        return qs(a.name);
    case AddressRole:
        return qs(a.serviceAddress);
    case PhoneRole:
        return qs(a.phone);
    case StatusRole:
        return qs(a.status);
    case BalanceRole:
        return qs(formatMoney(a.balance));
    case CreditRole:
        return qs(formatMoney(a.credit));
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountSearchModel::roleNames() const
{
    return {{NumberRole, "number"},   {NameRole, "name"},       {AddressRole, "address"}, {PhoneRole, "phone"},
            {StatusRole, "status"},   {BalanceRole, "balance"}, {CreditRole, "credit"}};
}

} // namespace tillbook::app
