// The operators who can sign in at this station, as a list model for the sign-in screen.
#pragma once

// moc does not need the station's types, and cannot parse the C++20 library headers they pull in.
#ifndef Q_MOC_RUN
#include "station/station.h"
#endif

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace tillbook::app {

class OperatorModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Operators come from the station; use SessionController.operators")

public:
    enum Roles { IdRole = Qt::UserRole + 1, NameRole, RoleRole, InitialsRole };

    explicit OperatorModel(QObject* parent = nullptr);
    void reset(const std::vector<station::OperatorInfo>& operators);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<station::OperatorInfo> m_operators;
};

} // namespace tillbook::app
