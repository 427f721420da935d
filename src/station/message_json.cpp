#include "station/message_json.h"

#include <stdexcept>

namespace tillbook::station {

using nlohmann::json;

nlohmann::json messageJson(const Message& message)
{
    json args = json::object();
    for (const auto& a : message.args()) {
        switch (a.type) {
        case MessageArg::Type::Text:
            args[a.name] = a.text;
            break;
        case MessageArg::Type::Money:
            args[a.name] = {{"cents", a.value}};
            break;
        case MessageArg::Type::Number:
            args[a.name] = {{"count", a.value}};
            break;
        case MessageArg::Type::Time:
            args[a.name] = {{"utc_ms", a.value}};
            break;
        case MessageArg::Type::Nested:
            args[a.name] = {{"message", messageJson(*a.nested)}};
            break;
        case MessageArg::Type::List: {
            json list = json::array();
            for (const auto& m : *a.list)
                list.push_back(messageJson(m));
            args[a.name] = {{"messages", list}};
            break;
        }
        }
    }
    return {{"code", message.code()}, {"args", args}};
}

std::optional<Message> messageFromJson(const nlohmann::json& value)
{
    if (!value.is_object() || !value.contains("code") || !value["code"].is_string())
        return std::nullopt;
    auto id = messageByCode(value["code"].get<std::string>());
    if (!id)
        return std::nullopt;
    std::vector<MessageArg> args;
    if (value.contains("args") && value["args"].is_object()) {
        for (const auto& [name, v] : value["args"].items()) {
            if (v.is_string()) {
                args.emplace_back(name, v.get<std::string>());
            } else if (v.is_object() && v.contains("cents") && v["cents"].is_number_integer()) {
                args.emplace_back(name, Money::fromCents(v["cents"].get<std::int64_t>()));
            } else if (v.is_object() && v.contains("count") && v["count"].is_number_integer()) {
                args.push_back(MessageArg::number(name, v["count"].get<std::int64_t>()));
            } else if (v.is_object() && v.contains("utc_ms") && v["utc_ms"].is_number_integer()) {
                args.push_back(MessageArg::time(name, v["utc_ms"].get<std::int64_t>()));
            } else if (v.is_object() && v.contains("message")) {
                auto nested = messageFromJson(v["message"]);
                if (!nested)
                    return std::nullopt;
                args.emplace_back(name, *nested);
            } else if (v.is_object() && v.contains("messages") && v["messages"].is_array()) {
                std::vector<Message> list;
                for (const auto& m : v["messages"]) {
                    auto one = messageFromJson(m);
                    if (!one)
                        return std::nullopt;
                    list.push_back(*one);
                }
                args.emplace_back(name, std::move(list));
            } else {
                return std::nullopt;
            }
        }
    }
    try {
        return Message(*id, std::move(args));
    } catch (const std::logic_error&) {
        return std::nullopt; // the arguments do not fit this build's text of the code
    }
}

} // namespace tillbook::station
