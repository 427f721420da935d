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

    FontMetrics {
        id: bodyMetrics
        font.pixelSize: Theme.fontBody
    }
    // A field's frame around its text (the style's padding); a field is never lower than a touch target.
    readonly property int fieldPadding: 24
    readonly property real fieldHeight: Math.max(48, Math.ceil(bodyMetrics.height) + 16)
    readonly property real amountFieldWidth: Math.max(130, grid.widest(bodyMetrics, bodyMetrics.font.pixelSize, ["$00,000.00"]) + fieldPadding)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 28
        anchors.rightMargin: 8
        spacing: 14

        // What is counted scrolls when it is taller than the window (a small window, larger text); the buttons below
        // stay. The scroll bar's room is always kept, so the page's width never depends on its height.
        Flickable {
            id: scroller
            objectName: "drawerScroller"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: Math.max(height, page.implicitHeight)
            boundsBehavior: Flickable.StopAtBounds
            // Shown only while there is more than fits: a view shown after being hidden would otherwise fade out a
            // bar left from its hidden size.
            ScrollBar.vertical: ListScrollBar { visible: scroller.contentHeight > scroller.height + 1 }

            ColumnLayout {
                id: page
                width: scroller.width - Theme.scrollBarSpace
                spacing: 14

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
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
                    wrapMode: Text.Wrap
                    text: panel.mode === "open" ? qsTr("The float should be %1. Count what is in the drawer.").arg(DrawerController.expectedFloat)
                        : panel.mode === "paidout" ? qsTr("Cash leaving the drawer without a sale needs a reason; larger amounts need a supervisor.")
                        : panel.mode === "drop" ? qsTr("Count the notes you are taking to the safe.")
                        : DrawerController.countResult.overShort ? qsTr("The count is recorded. This is how it compares with what the drawer should hold.")
                                                : qsTr("Count the cash and key every check and money order. You will see what is expected only after the count is recorded.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }

                // The cash, and at close the checks and money orders beside it, or under it when there is no room.
                Flow {
                    id: countArea
                    Layout.fillWidth: true
                    spacing: 32
                    visible: panel.mode !== "paidout" && !(panel.mode === "close" && DrawerController.countResult.overShort)
                    readonly property real besideWidth: width - grid.width - spacing

                    DenominationGrid {
                        id: grid
                        objectName: "denominationGrid"
                        availableWidth: countArea.width
                    }

                    // Checks and money orders, keyed one by one at close.
                    ColumnLayout {
                        id: itemsColumn
                        visible: panel.mode === "close"
                        // Beside the cash when its widest row of fields fits there (with room for a row's remove
                        // button); its headings wrap.
                        readonly property real least: Math.max(itemKind.width, panel.amountFieldWidth,
                                                               itemReference.width + 8 + addItem.implicitWidth) + 60
                        width: countArea.besideWidth >= least ? countArea.besideWidth : countArea.width
                        spacing: 8
                        // The card terminal's batch report, keyed like the cash is counted: blind, before anything
                        // expected.
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: qsTr("Card terminal batch total")
                            font.pixelSize: Theme.fontLarge
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        TextField {
                            id: cardBatch
                            objectName: "cardBatch"
                            Layout.preferredWidth: panel.amountFieldWidth
                            implicitHeight: panel.fieldHeight
                            font.pixelSize: Theme.fontBody
                            horizontalAlignment: Text.AlignRight
                            placeholderText: "$0.00"
                            inputMethodHints: Qt.ImhFormattedNumbersOnly
                            Accessible.name: qsTr("Card terminal batch total")
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.topMargin: 8
                            wrapMode: Text.Wrap
                            text: qsTr("Checks and money orders")
                            font.pixelSize: Theme.fontLarge
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 8
                            ComboBox {
                                id: itemKind
                                width: grid.widest(bodyMetrics, bodyMetrics.font.pixelSize, model) + leftPadding + rightPadding + 8
                                implicitHeight: panel.fieldHeight
                                model: [qsTr("Check"), qsTr("Money order")]
                                font.pixelSize: Theme.fontBody
                                Accessible.name: qsTr("Kind of item")
                            }
                            TextField {
                                id: itemAmount
                                objectName: "itemAmount"
                                width: panel.amountFieldWidth
                                implicitHeight: panel.fieldHeight
                                font.pixelSize: Theme.fontBody
                                horizontalAlignment: Text.AlignRight
                                placeholderText: "$0.00"
                                Accessible.name: qsTr("Amount of the item")
                                onAccepted: addItem.clicked()
                            }
                            TextField {
                                id: itemReference
                                width: Math.max(120, grid.widest(bodyMetrics, bodyMetrics.font.pixelSize, [placeholderText]) + panel.fieldPadding)
                                implicitHeight: panel.fieldHeight
                                font.pixelSize: Theme.fontBody
                                placeholderText: qsTr("Number")
                                Accessible.name: qsTr("Check or money order number")
                                onAccepted: addItem.clicked()
                            }
                            SecondaryButton {
                                id: addItem
                                objectName: "addItem"
                                implicitHeight: panel.fieldHeight
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
                        // The items keyed so far; the page scrolls when they are many.
                        Column { // a positioner, not the layout: see EqualRow.qml
                            id: itemRows
                            Layout.fillWidth: true
                            Repeater {
                                model: panel.items
                                RowLayout {
                                    required property var modelData
                                    required property int index
                                    width: itemRows.width
                                    spacing: 12
                                    Label {
                                        Layout.fillWidth: true
                                        wrapMode: Text.Wrap
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
                                        font.pixelSize: Theme.fontBody
                                        implicitWidth: Math.max(48, implicitContentWidth + leftPadding + rightPadding)
                                        implicitHeight: Math.max(48, implicitContentHeight + topPadding + bottomPadding)
                                        Accessible.name: qsTr("Remove this item")
                                        onClicked: panel.items = panel.items.filter((_, i) => i !== index)
                                    }
                                }
                            }
                        }
                    }
                }

                // A paid-out: how much, and why; each label above its field.
                ColumnLayout {
                    visible: panel.mode === "paidout"
                    Layout.fillWidth: true
                    spacing: 6
                    Label { text: qsTr("Amount"); Layout.fillWidth: true; wrapMode: Text.Wrap; font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                    TextField {
                        id: paidAmount
                        objectName: "paidOutAmount"
                        Layout.preferredWidth: Math.max(200, panel.amountFieldWidth)
                        implicitHeight: Math.max(52, panel.fieldHeight)
                        font.pixelSize: Theme.fontBody
                        horizontalAlignment: Text.AlignRight
                        placeholderText: "$0.00"
                        Accessible.name: qsTr("Amount paid out")
                        onAccepted: paidReason.forceActiveFocus()
                    }
                    Label { text: qsTr("Reason"); Layout.fillWidth: true; Layout.topMargin: 6; wrapMode: Text.Wrap; font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                    TextField {
                        id: paidReason
                        objectName: "paidOutReason"
                        Layout.fillWidth: true
                        Layout.maximumWidth: 640 * Theme.scale
                        implicitHeight: Math.max(52, panel.fieldHeight)
                        font.pixelSize: Theme.fontBody
                        placeholderText: qsTr("What the cash is for")
                        Accessible.name: qsTr("Reason for the paid-out")
                        onAccepted: panel.confirm()
                    }
                }

                // After the blind count: the station's one sentence, then expected beside counted per tender.
                ColumnLayout {
                    id: closeResult
                    objectName: "overShort"
                    visible: panel.mode === "close" && DrawerController.countResult.overShort !== undefined
                    Layout.fillWidth: true
                    spacing: 12
                    // A short is never green: only an exact count is good news; a difference within the tolerance is
                    // a warning, beyond it a danger.
                    readonly property color verdictColour: DrawerController.countResult.verdict === DrawerController.Balanced ? Theme.ok
                        : DrawerController.countResult.verdict === DrawerController.Within ? Theme.warn : Theme.danger
                    readonly property var result: DrawerController.countResult
                    readonly property var tenders: [
                        {key: "Cash", name: qsTr("Cash"), expected: result.expectedCash, counted: result.cash, difference: result.overShortCash},
                        {key: "Checks", name: qsTr("Checks"), expected: result.expectedChecks, counted: result.checks, difference: result.overShortChecks},
                        {key: "MoneyOrders", name: qsTr("Money orders"), expected: result.expectedMoneyOrders, counted: result.moneyOrders, difference: result.overShortMoneyOrders},
                        {key: "Cards", name: qsTr("Cards"), expected: result.expectedCards, counted: result.cards, difference: result.overShortCards},
                        {key: "Total", name: qsTr("Total"), expected: "", counted: "", difference: result.overShort}
                    ]
                    readonly property var headings: [qsTr("Expected"), qsTr("Counted"), qsTr("Over (+) / short (\u2212)")]
                    // The table's columns follow their text at the text size: the tenders' names, then three amount
                    // columns, each as wide as its heading. With less room a heading wraps (its column never narrower
                    // than its amounts or its longest word), and with less still each name goes above its amounts.
                    readonly property int gap: 36
                    FontMetrics {
                        id: boldMetrics
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.Bold
                    }
                    readonly property real nameWidth: grid.widest(boldMetrics, boldMetrics.font.pixelSize, tenders.map(t => t.name))
                    readonly property var amountWidths: ["expected", "counted", "difference"].map(
                        field => grid.widest(boldMetrics, boldMetrics.font.pixelSize, tenders.map(t => t[field] || "")))
                    readonly property var fullWidths: headings.map(
                        (h, i) => Math.max(amountWidths[i], grid.widest(bodyMetrics, bodyMetrics.font.pixelSize, [h])))
                    readonly property var leastWidths: headings.map(
                        (h, i) => Math.max(amountWidths[i], grid.widest(bodyMetrics, bodyMetrics.font.pixelSize, h.split(" "))))
                    readonly property bool wide: nameWidth + 3 * gap + leastWidths.reduce((a, b) => a + b) <= width
                    readonly property var columnWidths: {
                        const room = width - 2 * gap - (wide ? nameWidth + gap : 0)
                        const full = fullWidths.reduce((a, b) => a + b)
                        const least = leastWidths.reduce((a, b) => a + b)
                        if (full <= room || full <= least)
                            return fullWidths
                        // What is left beyond the least widths goes to the columns in proportion to what they lack.
                        const share = Math.max(0, room - least) / (full - least)
                        return leastWidths.map((w, i) => Math.floor(w + (fullWidths[i] - w) * share))
                    }

                    Label {
                        objectName: "closeSummary"
                        Layout.fillWidth: true
                        text: DrawerController.countResult.summary || ""
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.Bold
                        color: closeResult.verdictColour
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    Column { // a positioner, not the layout: see EqualRow.qml
                        id: resultTable
                        Layout.fillWidth: true
                        spacing: 4
                        Grid {
                            columns: closeResult.wide ? 2 : 1
                            columnSpacing: closeResult.gap
                            Item {
                                visible: closeResult.wide
                                width: closeResult.nameWidth
                                height: 1
                            }
                            Row {
                                spacing: closeResult.gap
                                Repeater {
                                    model: closeResult.headings
                                    Label {
                                        required property string modelData
                                        required property int index
                                        width: closeResult.columnWidths[index]
                                        text: modelData
                                        wrapMode: Text.Wrap
                                        horizontalAlignment: Text.AlignRight
                                        font.pixelSize: Theme.fontBody
                                        color: Theme.textMuted
                                    }
                                }
                            }
                        }
                        Repeater {
                            model: closeResult.tenders
                            Grid {
                                required property var modelData
                                readonly property bool total: modelData.key === "Total"
                                columns: closeResult.wide ? 2 : 1
                                columnSpacing: closeResult.gap
                                Label {
                                    width: closeResult.wide ? closeResult.nameWidth : resultTable.width
                                    text: modelData.name
                                    wrapMode: Text.Wrap
                                    font.pixelSize: Theme.fontBody
                                    font.weight: parent.total ? Font.Bold : Font.Normal
                                    color: Theme.text
                                }
                                Row {
                                    spacing: closeResult.gap
                                    Label {
                                        objectName: "expected" + modelData.key
                                        width: closeResult.columnWidths[0]
                                        horizontalAlignment: Text.AlignRight
                                        text: modelData.expected || ""
                                        font.pixelSize: Theme.fontBody
                                        color: Theme.text
                                    }
                                    Label {
                                        objectName: "counted" + modelData.key
                                        width: closeResult.columnWidths[1]
                                        horizontalAlignment: Text.AlignRight
                                        text: modelData.counted || ""
                                        font.pixelSize: Theme.fontBody
                                        color: Theme.text
                                    }
                                    Label {
                                        objectName: "overShort" + modelData.key
                                        width: closeResult.columnWidths[2]
                                        horizontalAlignment: Text.AlignRight
                                        text: modelData.difference || ""
                                        font.pixelSize: Theme.fontBody
                                        font.weight: parent.parent.total ? Font.Bold : Font.DemiBold
                                        color: parent.parent.total ? closeResult.verdictColour : Theme.text
                                    }
                                }
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: DrawerController.countResult.needsApproval === true
                        text: qsTr("Give a reason, and a supervisor signs off.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.danger
                    }
                    TextField {
                        id: reason
                        objectName: "closeReason"
                        Layout.fillWidth: true
                        Layout.maximumWidth: 640 * Theme.scale
                        implicitHeight: Math.max(52, panel.fieldHeight)
                        visible: DrawerController.countResult.needsApproval === true
                        font.pixelSize: Theme.fontBody
                        placeholderText: qsTr("Reason for the difference")
                        Accessible.name: qsTr("Reason for the difference")
                    }
                }

                Label {
                    objectName: "drawerError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: DrawerController.error
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.danger
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }
        }

        // The buttons stay under the page; each is as wide as its label needs.
        RowLayout {
            id: footer
            Layout.fillWidth: true
            Layout.rightMargin: 20
            spacing: 12
            SecondaryButton {
                id: cancel
                objectName: "drawerCancel"
                text: qsTr("Cancel")
                Layout.preferredWidth: Math.max(200, implicitWidth)
                visible: !(panel.mode === "close" && DrawerController.countResult.overShort)
                onClicked: panel.finish()
            }
            Item { Layout.fillWidth: true }
            KeypadButton {
                id: confirmButton
                objectName: "drawerConfirm"
                Layout.preferredWidth: Math.max(360, Math.ceil(confirmMetrics.advanceWidth) + 48)
                implicitHeight: Math.max(60, Math.ceil(confirmMetrics.height) + 24)
                primary: true
                value: "confirm"
                text: panel.mode === "open" ? qsTr("Open drawer with %1").arg(grid.total)
                    : panel.mode === "paidout" ? qsTr("Pay out")
                    : panel.mode === "drop" ? qsTr("Drop %1 to the safe").arg(grid.total)
                    : !DrawerController.countResult.overShort ? qsTr("Record the count")
                    : DrawerController.countResult.needsApproval ? qsTr("Supervisor sign-off")
                                                              : qsTr("Close the drawer")
                onClicked: panel.confirm()
                TextMetrics {
                    id: confirmMetrics
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    text: confirmButton.text
                }
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
