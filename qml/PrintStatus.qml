// One line under a print button: where the document went, or why it did not print (the payment stays recorded).
import QtQuick
import QtQuick.Controls
import Tillbook.App

Label {
    objectName: "printStatus"
    visible: text !== ""
    text: PrintController.error !== "" ? PrintController.error : PrintController.notice
    wrapMode: Text.Wrap
    font.pixelSize: Theme.fontSmall
    color: PrintController.error !== "" ? Theme.danger : Theme.textMuted
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
