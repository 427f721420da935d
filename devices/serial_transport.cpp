// QSerialPort in blocking mode: waitForBytesWritten / waitForReadyRead with the caller's deadline.
#include "devices/serial_transport.h"

#include <QSerialPort>

namespace tillbook::devices {

SerialTransport::SerialTransport(std::string port, int baud)
    : m_port(std::move(port))
    , m_baud(baud)
{
}

SerialTransport::~SerialTransport()
{
    close();
}

void SerialTransport::open(Millis)
{
    close();
    m_serial = std::make_unique<QSerialPort>();
    m_serial->setPortName(QString::fromStdString(m_port));
    if (!m_serial->open(QIODevice::ReadWrite)) {
        std::string why = m_serial->errorString().toStdString();
        m_serial.reset();
        throw DeviceError("The serial port " + m_port + " cannot be opened (" + why + ").");
    }
    bool ok = m_serial->setBaudRate(m_baud) && m_serial->setDataBits(QSerialPort::Data8)
              && m_serial->setParity(QSerialPort::NoParity) && m_serial->setStopBits(QSerialPort::OneStop)
              && m_serial->setFlowControl(QSerialPort::NoFlowControl);
    if (!ok) {
        std::string why = m_serial->errorString().toStdString();
        close();
        throw DeviceError("The serial port " + m_port + " does not take " + std::to_string(m_baud) + " 8N1 (" + why
                          + ").");
    }
}

bool SerialTransport::isOpen() const
{
    return m_serial && m_serial->isOpen();
}

void SerialTransport::write(std::string_view bytes, Millis timeout)
{
    if (!isOpen())
        throw DeviceError("The serial port " + m_port + " is not open.");
    qint64 n = m_serial->write(bytes.data(), static_cast<qint64>(bytes.size()));
    if (n != static_cast<qint64>(bytes.size()))
        throw DeviceError("Writing to the serial port " + m_port + " failed (" + m_serial->errorString().toStdString()
                          + ").");
    while (m_serial->bytesToWrite() > 0) {
        if (!m_serial->waitForBytesWritten(static_cast<int>(timeout.count())))
            throw DeviceError("The device on " + m_port + " stopped taking data.");
    }
}

std::string SerialTransport::read(std::size_t max, Millis timeout)
{
    if (!isOpen())
        throw DeviceError("The serial port " + m_port + " is not open.");
    if (m_serial->bytesAvailable() == 0 && !m_serial->waitForReadyRead(static_cast<int>(timeout.count()))) {
        if (m_serial->error() == QSerialPort::ResourceError)
            throw DeviceError("The serial port " + m_port + " was unplugged.");
        return {};
    }
    QByteArray data = m_serial->read(static_cast<qint64>(max));
    return std::string(data.constData(), static_cast<std::size_t>(data.size()));
}

void SerialTransport::close()
{
    if (m_serial && m_serial->isOpen())
        m_serial->close();
    m_serial.reset();
}

} // namespace tillbook::devices
