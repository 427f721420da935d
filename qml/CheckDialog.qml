// Taking a check or money order: read or key the MICR line, confirm what was read, see the decision and every reason
// in plain words, and take the item, or have a supervisor override what may be overridden.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

Popup {
    id: dialog
    objectName: "checkDialog"
    property string kind: "check" // check, money_order
    readonly property var item: PaymentController.pendingCheck
    readonly property bool verified: item.id !== undefined
    property string micrSource: "" // reader, keyed: recorded with the verification
    // When each key arrived, in ms: a reader's burst is told from typing by these gaps (tests give a clock of their own).
    property var now: () => Date.now()
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    padding: 20
    // As large as the window allows, never larger: what does not fit scrolls inside the dialog.
    width: Math.min(900, Overlay.overlay ? Overlay.overlay.width - 32 : 900)
    height: Math.min(Overlay.overlay ? Overlay.overlay.height - 32 : 640,
                     Math.max(640, implicitContentHeight + topPadding + bottomPadding))
    closePolicy: Popup.CloseOnEscape
    onOpened: {
        PaymentController.discardItem()
        DeviceController.wedgeReset()
        micrSource = ""
        micr.text = ""
        amount.text = PaymentController.remainingPlain
        date.text = PaymentController.today
        thirdParty.checked = false
        twoParty.checked = false
        micr.forceActiveFocus()
    }
    onClosed: PaymentController.discardItem()

    // A serial check reader's line goes into the field when this dialog is waiting for one.
    Connections {
        target: DeviceController
        function onCheckRead(line) {
            if (!dialog.opened || dialog.verified)
                return
            micr.text = line
            dialog.micrSource = "reader"
            amount.forceActiveFocus()
        }
    }

    background: Rectangle {
        radius: 16
        color: Theme.surface
        border.color: Theme.border
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: dialog.kind === "check" ? qsTr("Take a check") : qsTr("Take a money order")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            color: Theme.text
        }
        // What is read, keyed and decided scrolls when the window is small or the text large; the title and the
        // buttons stay in view.
        Flickable {
            id: scroller
            objectName: "checkScroller"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.ceil(body.implicitHeight) // whole pixels: no scroll bar for a fraction
            clip: true
            contentWidth: width
            contentHeight: body.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            // Shown only while there is more than fits: a dialog opened again would otherwise fade out a stale bar.
            ScrollBar.vertical: ListScrollBar { visible: scroller.contentHeight > scroller.height + 1 }

            ColumnLayout {
                id: body
                width: scroller.width - Theme.scrollBarSpace
                // At least the viewport's height, so the decision fills the room the dialog has.
                height: Math.max(scroller.height, implicitHeight)
                spacing: 12

                Label {
                    objectName: "micrPrompt"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: dialog.kind === "check" ? qsTr("Scan or type the line at the bottom of the check")
                                                  : qsTr("Scan or type the line at the bottom of the money order")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                TextField {
                    id: micr
                    objectName: "micrField"
                    Layout.fillWidth: true
                    implicitHeight: itemFields.fieldHeight
                    font.pixelSize: Theme.fontBody
                    font.family: "DejaVu Sans Mono"
                    placeholderText: qsTr("Scan the check, or key: T routing T account U number")
                    Accessible.name: qsTr("MICR line")
                    Keys.onPressed: event => {
                        if (event.text.length > 0 && event.key !== Qt.Key_Return && event.key !== Qt.Key_Enter)
                            DeviceController.wedgeKey(event.text, dialog.now())
                    }
                    // A reader sends the line and Enter: move on to the amount. Its timing tells it from typing.
                    onAccepted: {
                        dialog.micrSource = DeviceController.wedgeEnter(dialog.now()) ? "reader" : "keyed"
                        amount.forceActiveFocus()
                    }
                    onTextEdited: {
                        if (dialog.micrSource === "reader")
                            dialog.micrSource = "keyed" // changed by hand after the reader
                    }
                }
                // Always in the column (an invisible item would move the fields below it), empty until the line is in.
                Label {
                    objectName: "micrSource"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: dialog.micrSource === "" ? "" : dialog.micrSource === "reader" ? qsTr("Read by the check reader")
                                                         : qsTr("Keyed by hand: compare every digit with the check")
                    font.pixelSize: Theme.fontSmall
                    color: dialog.micrSource === "reader" ? Theme.ok : Theme.warn
                }
                // Each label travels with its field when the row wraps, centred on the field's height.
                Flow {
                    id: itemFields
                    Layout.fillWidth: true
                    spacing: 16
                    // The fields grow with the text size; a label beside one is as tall and centred on it.
                    readonly property int fieldHeight: Math.max(52, Math.ceil(fieldFont.height) + 16)
                    FontMetrics { id: fieldFont; font.pixelSize: Theme.fontBody }
                    Row {
                        spacing: 12
                        Label {
                            objectName: "checkAmountLabel"
                            height: itemFields.fieldHeight
                            verticalAlignment: Text.AlignVCenter
                            text: qsTr("Amount")
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                        }
                        TextField {
                            id: amount
                            objectName: "checkAmount"
                            width: Math.max(180, Theme.fontBody * 7)
                            height: itemFields.fieldHeight
                            font.pixelSize: Theme.fontBody
                            horizontalAlignment: Text.AlignRight
                            Accessible.name: qsTr("Amount written on the item")
                            onAccepted: verify.clicked()
                        }
                    }
                    Row {
                        spacing: 12
                        Label {
                            height: itemFields.fieldHeight
                            verticalAlignment: Text.AlignVCenter
                            text: qsTr("Dated")
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                        }
                        TextField {
                            id: date
                            objectName: "checkDate"
                            width: Math.max(170, Theme.fontBody * 7)
                            height: itemFields.fieldHeight
                            font.pixelSize: Theme.fontBody
                            Accessible.name: qsTr("Date written on the item, YYYY-MM-DD")
                            onAccepted: verify.clicked()
                        }
                    }
                    TickBox {
                        id: thirdParty
                        objectName: "thirdPartyBox"
                        height: itemFields.fieldHeight
                        text: qsTr("Third party")
                    }
                    TickBox {
                        id: twoParty
                        objectName: "twoPartyBox"
                        height: itemFields.fieldHeight
                        text: qsTr("Two party")
                    }
                }

                // What the station read and decided.
                Rectangle {
                    objectName: "checkDecision"
                    visible: dialog.verified
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    implicitHeight: decisionColumn.implicitHeight + 28
                    Layout.minimumHeight: implicitHeight
                    radius: Theme.radius
                    color: dialog.item.usable === true ? Theme.okSoft
                         : dialog.item.decision === "decline" ? Theme.dangerSoft : "#fdf1d6"
                    ColumnLayout {
                        id: decisionColumn
                        anchors.fill: parent
                        anchors.margins: 14
                        spacing: 6
                        Label {
                            objectName: "checkDecisionTitle"
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: dialog.item.overridden ? qsTr("Accepted by a supervisor's override")
                                : dialog.item.decision === "accept" ? qsTr("Accepted")
                                : dialog.item.decision === "decline" ? qsTr("Declined") : qsTr("Needs a supervisor")
                            font.pixelSize: Theme.fontLarge
                            font.weight: Font.Bold
                            color: dialog.item.decision === "decline" && !dialog.item.overridden ? Theme.danger : Theme.text
                        }
                        Label {
                            text: qsTr("Routing %1 %2 \u00b7 account %3 \u00b7 number %4 \u00b7 %5")
                                  .arg(dialog.item.routing || "").arg(dialog.item.bank ? "(" + dialog.item.bank + ")" : "")
                                  .arg(dialog.item.account || "").arg(dialog.item.serial || "\u2014").arg(dialog.item.amount || "")
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Column { // a positioner, not the layout: see EqualRow.qml
                            id: reasonLines
                            Layout.fillWidth: true
                            visible: children.length > 1 // the Repeater is a child too
                            spacing: 6
                            Repeater {
                                model: dialog.item.reasons || []
                                Label {
                                    required property var modelData
                                    width: reasonLines.width
                                    wrapMode: Text.WordWrap
                                    text: "\u2022 " + modelData.message + (modelData.overridable ? "" : qsTr(" (cannot be overridden)"))
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                }
                            }
                        }
                        Item { Layout.fillHeight: true }
                    }
                }
                Item {
                    visible: !dialog.verified
                    Layout.fillHeight: true
                }
                Label {
                    objectName: "checkError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: PaymentController.error
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.danger
                }
            }
        }
        // The actions on the right, Cancel before them; they go onto a second line rather than squeeze their words.
        Flow {
            id: buttons
            Layout.fillWidth: true
            Layout.preferredWidth: 0 // the buttons take their width from the row, not the other way round
            layoutDirection: Qt.RightToLeft
            spacing: 12
            KeypadButton {
                id: verify
                objectName: "checkVerify"
                visible: !dialog.verified
                width: Math.min(buttons.width, Math.max(240, verifyWords.width + 40))
                height: 56
                primary: true
                value: "verify"
                text: qsTr("Verify")
                onClicked: PaymentController.verifyItem(dialog.kind, micr.text, amount.text, date.text,
                                                        thirdParty.checked, twoParty.checked,
                                                        dialog.micrSource !== "" ? dialog.micrSource : "keyed",
                                                        DeviceController.micrSymbols)
                TextMetrics { id: verifyWords; text: verify.text; font.pixelSize: Theme.fontBody; font.weight: Font.DemiBold }
            }
            KeypadButton {
                id: take
                objectName: "checkTake"
                visible: dialog.verified
                enabled: dialog.item.usable === true
                width: Math.min(buttons.width, Math.max(240, takeWords.width + 40))
                height: 56
                primary: true
                value: "take"
                text: dialog.kind === "check" ? qsTr("Take the check") : qsTr("Take the money order")
                onClicked: {
                    if (PaymentController.takeItem())
                        dialog.close()
                }
                TextMetrics { id: takeWords; text: take.text; font.pixelSize: Theme.fontBody; font.weight: Font.DemiBold }
            }
            SecondaryButton {
                objectName: "checkOverride"
                visible: dialog.item.decision === "needs_approval" && !dialog.item.overridden
                width: Math.min(buttons.width, implicitWidth)
                text: qsTr("Supervisor override")
                onClicked: {
                    approval.description = PaymentController.overrideDescription()
                    approval.open()
                }
            }
            SecondaryButton {
                objectName: "checkCancel"
                text: qsTr("Cancel")
                width: Math.min(buttons.width, Math.max(180, implicitWidth))
                onClicked: dialog.close()
            }
        }
    }

    ApprovalDialog {
        id: approval
        requesterId: SessionController.operatorId
        errorText: PaymentController.error
        onSubmitted: (supervisorId, pin) => {
            if (PaymentController.overrideItem(supervisorId, pin))
                approval.close()
        }
    }
}
