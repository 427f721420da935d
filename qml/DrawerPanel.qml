// Opening, dropping from and closing the cash drawer. The close is blind: the count is recorded before any
// expected figure is shown, and only then does the station say what is over or short.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: panel
    objectName: "drawerPanel"
    property string mode: "open" // open, drop, close, paidout
    property var items: [] // checks and money orders keyed at close
    signal finished()

    function start(newMode) {
        mode = newMode
        grid.clear()
        items = []
        reason.text = ""
        cardBatch.text = ""
        paidAmount.text = ""
        paidReason.text = ""
        DrawerController.clearFeedback()
        visible = true
        if (mode === "paidout")
            paidAmount.forceActiveFocus()
        else
            grid.focusFirst()
    }
    function finish() {
        visible = false
        panel.finished()
    }
    function confirm() {
        if (mode === "open") {
            const needs = DrawerController.floatApprovalNeeded(grid.pieces, grid.rolled)
            if (needs !== "") {
                approval.description = needs
                approval.open()
            } else if (DrawerController.openDrawer(grid.pieces, grid.rolled)) {
                finish()
            }
        } else if (mode === "drop") {
            if (DrawerController.drop(grid.pieces, grid.rolled))
                finish()
        } else if (mode === "paidout") {
            const needs = DrawerController.paidOutApprovalNeeded(paidAmount.text, paidReason.text)
            if (needs !== "") {
                approval.description = needs
                approval.open()
            } else if (DrawerController.paidOut(paidAmount.text, paidReason.text)) {
                finish()
            }
        } else if (!DrawerController.countResult.overShort) {
            DrawerController.count(grid.pieces, grid.rolled, items, cardBatch.text)
        } else if (DrawerController.countResult.needsApproval) {
            approval.description = DrawerController.closeApprovalDescription()
            approval.open()
        } else if (DrawerController.close("")) {
            finish()
        }
    }

    Keys.onEscapePressed: finish()
    visible: false

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 28
        spacing: 14

        Label {
            text: panel.mode === "open" ? qsTr("Open the drawer: count the float")
                : panel.mode === "paidout" ? qsTr("Pay out cash from the drawer")
                : panel.mode === "drop" ? qsTr("Drop cash to the safe")
                                        : qsTr("Close the drawer: count everything in it")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: panel.mode === "open" ? qsTr("The float should be %1. Count what is in the drawer.").arg(DrawerController.expectedFloat)
                : panel.mode === "paidout" ? qsTr("Cash leaving the drawer without a sale needs a reason; larger amounts need a supervisor.")
                : panel.mode === "drop" ? qsTr("Count the notes you are taking to the safe.")
                : DrawerController.countResult.overShort ? qsTr("The count is recorded. This is how it compares with what the drawer should hold.")
                                        : qsTr("Count the cash and key every check and money order. You will see what is expected only after the count is recorded.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 32
            visible: panel.mode !== "paidout" && !(panel.mode === "close" && DrawerController.countResult.overShort)

            DenominationGrid {
                id: grid
                objectName: "denominationGrid"
                Layout.alignment: Qt.AlignTop
            }

            // Checks and money orders, keyed one by one at close.
            ColumnLayout {
                visible: panel.mode === "close"
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 8
                // The card terminal's batch report, keyed like the cash is counted: blind, before anything expected.
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    Label {
                        text: qsTr("Card terminal batch total")
                        font.pixelSize: Theme.fontLarge
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    TextField {
                        id: cardBatch
                        objectName: "cardBatch"
                        Layout.preferredWidth: 160
                        implicitHeight: 48
                        font.pixelSize: Theme.fontBody
                        horizontalAlignment: Text.AlignRight
                        placeholderText: "$0.00"
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        Accessible.name: qsTr("Card terminal batch total")
                    }
                }
                Label {
                    text: qsTr("Checks and money orders")
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                RowLayout {
                    spacing: 8
                    ComboBox {
                        id: itemKind
                        implicitHeight: 48
                        model: [qsTr("Check"), qsTr("Money order")]
                        font.pixelSize: Theme.fontBody
                        Accessible.name: qsTr("Kind of item")
                    }
                    TextField {
                        id: itemAmount
                        objectName: "itemAmount"
                        Layout.preferredWidth: 130
                        implicitHeight: 48
                        font.pixelSize: Theme.fontBody
                        horizontalAlignment: Text.AlignRight
                        placeholderText: "$0.00"
                        Accessible.name: qsTr("Amount of the item")
                        onAccepted: addItem.clicked()
                    }
                    TextField {
                        id: itemReference
                        Layout.preferredWidth: 120
                        implicitHeight: 48
                        font.pixelSize: Theme.fontBody
                        placeholderText: qsTr("Number")
                        Accessible.name: qsTr("Check or money order number")
                        onAccepted: addItem.clicked()
                    }
                    SecondaryButton {
                        id: addItem
                        objectName: "addItem"
                        text: qsTr("Add")
                        onClicked: {
                            if (itemAmount.text.trim() === "")
                                return
                            panel.items = panel.items.concat([{kind: itemKind.currentIndex === 0 ? "check" : "money_order",
                                                               amount: itemAmount.text, reference: itemReference.text}])
                            itemAmount.text = ""
                            itemReference.text = ""
                            itemAmount.forceActiveFocus()
                        }
                    }
                }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: panel.items
                    delegate: RowLayout {
                        required property var modelData
                        required property int index
                        width: ListView.view.width
                        height: 44
                        Label {
                            Layout.fillWidth: true
                            text: (modelData.kind === "check" ? qsTr("Check") : qsTr("Money order")) + " " + modelData.reference
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }
                        Label {
                            text: modelData.amount
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }
                        ToolButton {
                            text: "\u2715"
                            implicitWidth: 48
                            implicitHeight: 48
                            Accessible.name: qsTr("Remove this item")
                            onClicked: panel.items = panel.items.filter((_, i) => i !== index)
                        }
                    }
                }
            }
            Item {
                visible: panel.mode !== "close"
                Layout.fillWidth: true
            }
        }

        // A paid-out: how much, and why.
        GridLayout {
            visible: panel.mode === "paidout"
            Layout.alignment: Qt.AlignTop
            columns: 2
            columnSpacing: 16
            rowSpacing: 12
            Label { text: qsTr("Amount"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
            TextField {
                id: paidAmount
                objectName: "paidOutAmount"
                Layout.preferredWidth: 200
                implicitHeight: 52
                font.pixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignRight
                placeholderText: "$0.00"
                Accessible.name: qsTr("Amount paid out")
                onAccepted: paidReason.forceActiveFocus()
            }
            Label { text: qsTr("Reason"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
            TextField {
                id: paidReason
                objectName: "paidOutReason"
                Layout.preferredWidth: 640
                implicitHeight: 52
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("What the cash is for")
                Accessible.name: qsTr("Reason for the paid-out")
                onAccepted: panel.confirm()
            }
        }
        Item {
            visible: panel.mode === "paidout"
            Layout.fillHeight: true
        }

        // After the blind count: the station's one sentence, then expected beside counted per tender.
        ColumnLayout {
            id: closeResult
            objectName: "overShort"
            visible: panel.mode === "close" && DrawerController.countResult.overShort !== undefined
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.alignment: Qt.AlignTop
            spacing: 12
            // A short is never green: only an exact count is good news; a difference within the tolerance is a
            // warning, beyond it a danger.
            readonly property color verdictColour: DrawerController.countResult.verdict === DrawerController.Balanced ? Theme.ok
                : DrawerController.countResult.verdict === DrawerController.Within ? Theme.warn : Theme.danger
            Label {
                objectName: "closeSummary"
                Layout.fillWidth: true
                text: DrawerController.countResult.summary || ""
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: closeResult.verdictColour
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            GridLayout {
                columns: 4
                columnSpacing: 36
                rowSpacing: 4
                Label { text: ""; }
                Label { text: qsTr("Expected"); Layout.alignment: Qt.AlignRight; font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                Label { text: qsTr("Counted"); Layout.alignment: Qt.AlignRight; font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                Label { text: qsTr("Over (+) / short (\u2212)"); Layout.alignment: Qt.AlignRight; font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                Label { text: qsTr("Cash"); font.pixelSize: Theme.fontBody; color: Theme.text }
                Label { objectName: "expectedCash"; Layout.alignment: Qt.AlignRight; text: DrawerController.countResult.expectedCash || ""; font.pixelSize: Theme.fontBody; color: Theme.text }
                Label { Layout.alignment: Qt.AlignRight; text: DrawerController.countResult.cash || ""; font.pixelSize: Theme.fontBody; color: Theme.text }
                Label { Layout.alignment: Qt.AlignRight; text: DrawerController.countResult.overShortCash || ""; font.pixelSize: Theme.fontBody; font.weight: Font.DemiBold; color: Theme.text }
                Label { text: qsTr("Checks"); font.pixelSize: Theme.fontBody; color: Theme.text }
                Label { Layout.alignment: Qt.AlignRight; text: DrawerController.countResult.expectedChecks || ""; font.pixelSize: Theme.fontBody; color: Theme.text }
                Label { Layout.alignment: Qt.AlignRight; text: DrawerController.countResult.checks || ""; font.pixelSize: Theme.fontBody; color: Theme.text }
                Label { Layout.alignment: Qt.AlignRight; text: DrawerController.countResult.overShortChecks || ""; font.pixelSize: Theme.fontBody; font.weight: Font.DemiBold; color: Theme.text }
                Label { text: qsTr("Money orders"); font.pixelSize: Theme.fontBody; color: Theme.text }
                Label { Layout.alignment: Qt.AlignRight; text: DrawerController.countResult.expectedMoneyOrders || ""; font.pixelSize: Theme.fontBody; color: Theme.text }
                Label { Layout.alignment: Qt.AlignRight; text: DrawerController.countResult.moneyOrders || ""; font.pixelSize: Theme.fontBody; color: Theme.text }
                Label { Layout.alignment: Qt.AlignRight; text: DrawerController.countResult.overShortMoneyOrders || ""; font.pixelSize: Theme.fontBody; font.weight: Font.DemiBold; color: Theme.text }
                Label { text: qsTr("Cards"); font.pixelSize: Theme.fontBody; color: Theme.text }
                Label { Layout.alignment: Qt.AlignRight; text: DrawerController.countResult.expectedCards || ""; font.pixelSize: Theme.fontBody; color: Theme.text }
                Label { Layout.alignment: Qt.AlignRight; text: DrawerController.countResult.cards || ""; font.pixelSize: Theme.fontBody; color: Theme.text }
                Label { objectName: "overShortCards"; Layout.alignment: Qt.AlignRight; text: DrawerController.countResult.overShortCards || ""; font.pixelSize: Theme.fontBody; font.weight: Font.DemiBold; color: Theme.text }
                Label { text: qsTr("Total"); font.pixelSize: Theme.fontBody; font.weight: Font.Bold; color: Theme.text }
                Label { text: "" }
                Label { text: "" }
                Label {
                    objectName: "overShortTotal"
                    Layout.alignment: Qt.AlignRight
                    text: DrawerController.countResult.overShort || ""
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Bold
                    color: closeResult.verdictColour
                }
            }
            Label {
                Layout.fillWidth: true
                visible: DrawerController.countResult.needsApproval === true
                text: qsTr("Give a reason, and a supervisor signs off.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.danger
            }
            TextField {
                id: reason
                objectName: "closeReason"
                Layout.fillWidth: true
                Layout.maximumWidth: 640
                implicitHeight: 52
                visible: DrawerController.countResult.needsApproval === true
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Reason for the difference")
                Accessible.name: qsTr("Reason for the difference")
            }
            Item { Layout.fillHeight: true }
        }

        Label {
            objectName: "drawerError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: DrawerController.error
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.danger
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            SecondaryButton {
                objectName: "drawerCancel"
                text: qsTr("Cancel")
                Layout.preferredWidth: 200
                visible: !(panel.mode === "close" && DrawerController.countResult.overShort)
                onClicked: panel.finish()
            }
            Item { Layout.fillWidth: true }
            KeypadButton {
                objectName: "drawerConfirm"
                Layout.preferredWidth: 360
                implicitHeight: 60
                primary: true
                value: "confirm"
                text: panel.mode === "open" ? qsTr("Open drawer with %1").arg(grid.total)
                    : panel.mode === "paidout" ? qsTr("Pay out")
                    : panel.mode === "drop" ? qsTr("Drop %1 to the safe").arg(grid.total)
                    : !DrawerController.countResult.overShort ? qsTr("Record the count")
                    : DrawerController.countResult.needsApproval ? qsTr("Supervisor sign-off")
                                                              : qsTr("Close the drawer")
                onClicked: panel.confirm()
            }
        }
    }

    ApprovalDialog {
        id: approval
        requesterId: SessionController.operatorId
        errorText: DrawerController.error
        onSubmitted: (supervisorId, pin) => {
            const ok = panel.mode === "open" ? DrawerController.openDrawer(grid.pieces, grid.rolled, supervisorId, pin)
                     : panel.mode === "paidout" ? DrawerController.paidOut(paidAmount.text, paidReason.text, supervisorId, pin)
                                                : DrawerController.close(reason.text, supervisorId, pin)
            if (ok) {
                approval.close()
                panel.finish()
            }
        }
    }
}
