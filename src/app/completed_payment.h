// The payment just recorded, as the receipt confirmation shows it: a value, not a map of strings.
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace tillbook::app {

class CompletedPayment
{
    Q_GADGET
    QML_VALUE_TYPE(completedPayment)
    Q_PROPERTY(QString receipt MEMBER receipt) // "" when no payment is on the confirmation screen
    Q_PROPERTY(qulonglong seq MEMBER seq)
    Q_PROPERTY(QString total MEMBER total)
    Q_PROPERTY(QString tendered MEMBER tendered)
    Q_PROPERTY(QString change MEMBER change)
    Q_PROPERTY(QString account MEMBER account) // the account holder's name, "" for a fee-only sale
    Q_PROPERTY(bool duplicate MEMBER duplicate) // the same request again: the first receipt, nothing new recorded

public:
    QString receipt;
    qulonglong seq = 0;
    QString total;
    QString tendered;
    QString change;
    QString account;
    bool duplicate = false;

    bool operator==(const CompletedPayment&) const = default;
};

} // namespace tillbook::app
