// The station's messages in the session's language: the catalog text through the installed translator, its
// arguments filled in, times shown in this computer's time zone.
#pragma once

#include "core/message.h"

#include <QString>

#include <exception>

namespace tillbook::app {

QString renderMessage(const Message& message);
// A refusal as its rendered message; anything else as its English text.
QString describeFailure(const std::exception& error);

} // namespace tillbook::app
