// The one way every controller tells the screen how its last action went: `error`, one sentence saying what was not
// done and why, or `notice`, one sentence saying what was done or is under way; never both, "" when there is nothing
// to say. QML shows `error` in the danger colour and `notice` quietly, or in the warning colour when `noticeIsWarning`
// (something was done, and it needs a look: a mail-batch item that went to the exceptions); tests read the same
// properties.
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <utility>

namespace tillbook::app {

// A sentence made from its source (tr(), renderMessage()) each time it is shown, so it follows the session's language.
using FeedbackText = std::function<QString()>;

class FeedbackController : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString error READ error NOTIFY feedbackChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY feedbackChanged)
    Q_PROPERTY(bool noticeIsWarning READ noticeIsWarning NOTIFY feedbackChanged)

public:
    using QObject::QObject;

    QString error() const { return m_error; }
    QString notice() const { return m_notice; }
    bool noticeIsWarning() const { return m_warning; }
    Q_INVOKABLE void clearFeedback() { setFeedback({}, {}); }

    // The session's language changed: the sentence on screen is made again in it, when it was given as a Text (setErrorText, setNoticeText). A
    // controller that keeps other display texts makes them again too (BackOfficeController).
    virtual void retranslate()
    {
        if (!m_make)
            return;
        Text make = m_make;
        const QString text = make();
        if (m_makesError)
            setFeedback(text, {}, std::move(make), true);
        else
            setFeedback({}, text, std::move(make), false, m_warning);
    }

signals:
    void feedbackChanged();

protected:
    using Text = FeedbackText;

    void setError(const QString& error) { setFeedback(error, {}); }
    void setNotice(const QString& notice) { setFeedback({}, notice); }
    void setErrorText(Text make)
    {
        const QString text = make();
        setFeedback(text, {}, std::move(make), true);
    }
    void setNoticeText(Text make)
    {
        const QString text = make();
        setFeedback({}, text, std::move(make), false);
    }
    void setWarningNoticeText(Text make)
    {
        const QString text = make();
        setFeedback({}, text, std::move(make), false, true);
    }

private:
    void setFeedback(const QString& error, const QString& notice, Text make = {}, bool makesError = false,
                     bool warning = false)
    {
        m_make = std::move(make);
        m_makesError = makesError;
        warning = warning && !notice.isEmpty();
        if (error == m_error && notice == m_notice && warning == m_warning)
            return;
        m_error = error;
        m_notice = notice;
        m_warning = warning;
        emit feedbackChanged();
    }

    QString m_error;
    QString m_notice;
    Text m_make; // how m_error or m_notice is made again in another language; empty when it is fixed text
    bool m_makesError = false;
    bool m_warning = false; // the notice is shown in the warning colour
};

} // namespace tillbook::app
