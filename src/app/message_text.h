// The station's messages in the session's language: the catalog text through the installed translator, its
// arguments filled in, times shown in this computer's time zone.
#pragma once

#include "core/message.h"

#include <QString>

#include <string_view>

#include <exception>
#include <functional>

namespace tillbook::app {

QString renderMessage(const Message& message);
// A data word the station returns as a key (core/message.h wordMessage) in the session's language: "utility" is
// "servicios" in Spanish. A key the catalog has no word for (an imported code) is shown as it is.
QString renderWord(std::string_view domain, const QString& key);
// A refusal as its rendered message; anything else as its English text.
QString describeFailure(const std::exception& error);
// The same, made again each time it is called: a refusal in the language of the moment (FeedbackController's Text).
std::function<QString()> failureText(const std::exception& error);

} // namespace tillbook::app
