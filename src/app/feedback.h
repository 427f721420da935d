// The one way every controller tells the screen how its last action went: `error`, one sentence saying what was not
// done and why, or `notice`, one sentence saying what was done or is under way; never both, "" when there is nothing
// to say. QML shows `error` in the danger colour and `notice` quietly; tests read the same two properties.
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace tillbook::app {

class FeedbackController : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString error READ error NOTIFY feedbackChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY feedbackChanged)

public:
    using QObject::QObject;

    QString error() const { return m_error; }
    QString notice() const { return m_notice; }
    Q_INVOKABLE void clearFeedback() { setFeedback({}, {}); }

signals:
    void feedbackChanged();

protected:
    void setError(const QString& error) { setFeedback(error, {}); }
    void setNotice(const QString& notice) { setFeedback({}, notice); }

private:
    void setFeedback(const QString& error, const QString& notice)
    {
        if (error == m_error && notice == m_notice)
            return;
        m_error = error;
        m_notice = notice;
        emit feedbackChanged();
    }

    QString m_error;
    QString m_notice;
};

} // namespace tillbook::app
