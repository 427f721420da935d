// One line under a print button: where the document went, or why it did not print (the payment stays recorded).
import QtQuick
import QtQuick.Controls
import Tillbook.App

Label {
    objectName: "printStatus"
    visible: PrintController.status !== ""
    text: PrintController.status
    wrapMode: Text.Wrap
    font.pixelSize: Theme.fontSmall
    color: PrintController.ok ? Theme.textMuted : Theme.danger
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
