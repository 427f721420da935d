// The Spanish wording of every phrase a receipt or a promissory note prints.
#include "printing/wording.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace tillbook::printing {

namespace {

const std::map<std::string_view, std::string_view>& spanish()
{
    static const std::map<std::string_view, std::string_view> catalog = {
        // Receipts
        {"Receipt {1}", "Recibo {1}"},
        {"REPRINT", "REIMPRESIÓN"},
        {"VOIDED", "ANULADO"},
        {"Station {1}   Cashier {2}", "Estación {1}   Cajero {2}"},
        {"Total paid", "Total pagado"},
        {"Tendered", "Recibido"},
        {"Change", "Cambio"},
        {"Checks and money orders are accepted subject to collection. A returned item is charged the returned-check "
         "fee and the payment is reversed.",
         "Los cheques y giros se aceptan sujetos a cobro. Un documento devuelto genera el cargo por cheque devuelto y "
         "el pago se revierte."},
        {"Record no. {1}", "Registro n.º {1}"},
        {"Account", "Cuenta"},
        {"Customer", "Cliente"},
        {"Service address", "Dirección del servicio"},
        {"Account {1}", "Cuenta {1}"},
        {"PAID", "PAGADO"},
        // A bill's line: its description from the billing system, else its kind; the bill and its period under it.
        {"Utility bill", "Factura de servicios"},
        {"Permit", "Permiso"},
        {"License", "Licencia"},
        {"Fee", "Cargo"},
        {"Installment", "Cuota"},
        {"Bill {1}", "Factura {1}"},
        {"Bill {1}, service {2} to {3}", "Factura {1}, servicio del {2} al {3}"},
        {"Bill {1}, due {2}", "Factura {1}, vence el {2}"},
        // The standard footer when the office has not set its own words (receipt.* settings).
        {"Thank you for your payment.", "Gracias por su pago."},
        {"Questions? Call {1}.", "¿Preguntas? Llame al {1}."},
        {"Scan to check this receipt at {1}", "Escanee para verificar este recibo en {1}"},
        {"Scan to check this note at {1}", "Escanee para verificar este pagaré en {1}"},
        {"{1} can check this receipt from its code.", "{1} puede verificar este recibo con su código."},
        {"{1} can check this note from its code.", "{1} puede verificar este pagaré con su código."},
        {"Credit on account", "Crédito a la cuenta"},
        {"Card convenience fee ({1})", "Cargo por conveniencia de tarjeta ({1})"},
        {"Cash", "Efectivo"},
        {"Check", "Cheque"},
        {"Money order", "Giro"},
        {"{1} {2} (account {3})", "{1} {2} (cuenta {3})"},
        {"{1} ****{2} approval {3}", "{1} ****{2} autorización {3}"},
        {"Account {1} now owes {2}", "La cuenta {1} ahora debe {2}"},
        {"Account {1} now owes {2} and holds a credit of {3}", "La cuenta {1} ahora debe {2} y tiene un crédito de {3}"},
        // Promissory notes
        {"Promissory note {1}", "Pagaré {1}"},
        {"PROMISSORY NOTE {1}", "PAGARÉ {1}"},
        {"Date {1}   Account {2}", "Fecha {1}   Cuenta {2}"},
        {"Borrower: {1}", "Deudor: {1}"},
        {"For value received, the borrower promises to pay {1} the principal of {2} with interest at {3} a year, in "
         "the installments below.",
         "Por el valor recibido, el deudor se compromete a pagar a {1} el capital de {2} con un interés de {3} "
         "anual, en las cuotas que siguen."},
        {"Original balance", "Saldo original"},
        {"Down payment, paid at signing", "Pago inicial, pagado al firmar"},
        {"Interest rate, a year", "Tasa de interés anual"},
        {"Annual percentage rate", "Tasa de porcentaje anual"},
        {"ANNUAL PERCENTAGE RATE", "TASA DE PORCENTAJE ANUAL"},
        {"The cost of your credit as a yearly rate.", "El costo de su crédito como tasa anual."},
        {"FINANCE CHARGE", "CARGO FINANCIERO"},
        {"The dollar amount the credit will cost you.", "La cantidad en dólares que le costará el crédito."},
        {"Amount Financed", "Monto financiado"},
        {"The amount of credit provided to you or on your behalf.",
         "La cantidad de crédito que se le otorga a usted o en su nombre."},
        {"Total of Payments", "Total de pagos"},
        {"The amount you will have paid after you have made all payments as scheduled.",
         "La cantidad que habrá pagado después de hacer todos los pagos según lo programado."},
        {"Your payment schedule", "Su calendario de pagos"},
        {"1 payment due {1}", "1 pago que vence el {1}"},
        {"{1} weekly payments from {2}", "{1} pagos semanales desde el {2}"},
        {"{1} payments every two weeks from {2}", "{1} pagos cada dos semanas desde el {2}"},
        {"{1} monthly payments from {2}", "{1} pagos mensuales desde el {2}"},
        {"No.  Due", "N.º  Vence"},
        {"Payment", "Pago"},
        {"Principal", "Capital"},
        {"Interest", "Interés"},
        {"Balance after", "Saldo después"},
        {"I received a copy of this note.", "Recibí una copia de este pagaré."},
        {"Late charge: none.", "Cargo por mora: ninguno."},
        {"Where and how to pay: at {1}, in cash, by check or by money order, quoting account {2}.",
         "Dónde y cómo pagar: en {1}, en efectivo, con cheque o con giro, indicando la cuenta {2}."},
        {"Where and how to pay: at {1}, {2}, in cash, by check or by money order, quoting account {3}.",
         "Dónde y cómo pagar: en {1}, {2}, en efectivo, con cheque o con giro, indicando la cuenta {3}."},
        {"Questions: {1}.", "Consultas: {1}."},
        {"Borrower: {1}      Date", "Deudor: {1}      Fecha"},
        {"For {1}: {2}      Date", "Por {1}: {2}      Fecha"},
        {"Notary acknowledgment", "Reconocimiento ante notario"},
        {"State of ____________________   County of ____________________",
         "Estado de ____________________   Condado de ____________________"},
        {"On this ______ day of ____________________, 20____, before me personally appeared {1}, known to me or "
         "proved on satisfactory evidence to be the person who signed this note, and acknowledged signing it.",
         "El día ______ de ____________________ de 20____, compareció ante mí {1}, persona conocida por mí o "
         "identificada con prueba suficiente como quien firmó este pagaré, y reconoció haberlo firmado."},
        {"Notary public                                   My commission expires",
         "Notario público                                 Mi nombramiento vence"},
        {"{1} simple interest", "{1} de interés simple"},
        {"Default: an installment unpaid {1} days after its due date breaks this arrangement; the unpaid principal is "
         "then due at once and collection may follow as the {2} rules provide.",
         "Incumplimiento: una cuota impaga {1} días después de su vencimiento rompe este plan; el capital impago vence "
         "entonces de inmediato y puede seguir el cobro según las normas de {2}."},
        {"Prepayment: the borrower may pay any part early without penalty; interest not yet earned is not charged.",
         "Pago anticipado: el deudor puede pagar cualquier parte antes sin penalidad; no se cobra el interés aún no "
         "devengado."},
    };
    return catalog;
}

} // namespace

std::string printedDate(Language language, std::string_view iso)
{
    bool isIso = iso.size() >= 10 && iso[4] == '-' && iso[7] == '-'
                 && std::all_of(iso.begin(), iso.begin() + 10, [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (language != Language::Spanish || !isIso)
        return std::string(iso);
    static constexpr std::string_view kMonths[] = {"ene", "feb", "mar", "abr", "may", "jun",
                                                   "jul", "ago", "sept", "oct", "nov", "dic"};
    int month = (iso[5] - '0') * 10 + (iso[6] - '0');
    if (month < 1 || month > 12)
        return std::string(iso);
    std::string day(iso.substr(8, 2));
    if (day[0] == '0')
        day.erase(0, 1);
    // "27 nov 2026": the month named, so 12/11 is never read the American way round; the rest (a time) is kept.
    return day + " " + std::string(kMonths[month - 1]) + " " + std::string(iso.substr(0, 4)) + std::string(iso.substr(10));
}

std::optional<Language> parseLanguage(std::string_view code)
{
    if (code == "en")
        return Language::English;
    if (code == "es")
        return Language::Spanish;
    return std::nullopt;
}

std::string_view languageCode(Language language)
{
    return language == Language::Spanish ? "es" : "en";
}

std::string say(Language language, std::string_view english, std::initializer_list<std::string> args)
{
    std::string_view phrase = english;
    if (language == Language::Spanish) {
        auto found = spanish().find(english);
        if (found == spanish().end())
            throw std::logic_error("no Spanish wording for the printed phrase \"" + std::string(english) + "\"");
        phrase = found->second;
    }
    std::string out;
    out.reserve(phrase.size() + 32);
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        // {N} with one digit: the N-th argument.
        if (phrase[i] == '{' && i + 2 < phrase.size() && phrase[i + 1] >= '1' && phrase[i + 1] <= '9'
            && phrase[i + 2] == '}') {
            std::size_t n = static_cast<std::size_t>(phrase[i + 1] - '1');
            if (n >= args.size())
                throw std::logic_error("the printed phrase \"" + std::string(english) + "\" needs more values");
            out += *(args.begin() + n);
            i += 2;
            continue;
        }
        out += phrase[i];
    }
    return out;
}

} // namespace tillbook::printing
