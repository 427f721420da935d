// Operator list model.
#include "app/operator_model.h"

namespace tillbook::app {

namespace {

QString initialsOf(const QString& name)
{
    QString out;
    for (const QString& part : name.split(u' ', Qt::SkipEmptyParts)) {
        out += part.at(0).toUpper();
        if (out.size() == 2)
            break;
    }
    return out;
}

} // namespace

OperatorModel::OperatorModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void OperatorModel::reset(const std::vector<station::OperatorInfo>& operators)
{
    beginResetModel();
    m_operators = operators;
    endResetModel();
}

int OperatorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_operators.size());
}

QVariant OperatorModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& op = m_operators[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return QString::fromStdString(op.id);
    case Qt::DisplayRole:
    case NameRole:
        return QString::fromStdString(op.name);
    case RoleRole:
        return QString::fromUtf8(station::roleName(op.role).data(), static_cast<qsizetype>(station::roleName(op.role).size()));
    case InitialsRole:
        return initialsOf(QString::fromStdString(op.name));
    default:
        return {};
    }
}

QHash<int, QByteArray> OperatorModel::roleNames() const
{
    return {{IdRole, "operatorId"}, {NameRole, "name"}, {RoleRole, "role"}, {InitialsRole, "initials"}};
}

} // namespace tillbook::app
