// The right side of the counter: what is being paid, the tenders, and "Complete".
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

Rectangle {
    id: panel
    property alias amountField: amount
    signal completed()
    radius: 16
    color: Theme.surface
    border.color: Theme.border

    function tender(kind) {
        if (PaymentController.addTender(kind, amount.text, "")) {
            amount.text = ""
        }
        amount.forceActiveFocus()
    }
    function completeOrTender() {
        if (PaymentController.canComplete) {
            if (PaymentController.complete())
                panel.completed()
        } else if (PaymentController.inProgress) {
            tender("cash")
        }
    }

    // A caption and its amount: side by side when both fit on one line, else the amount under the caption, on the
    // right. Nothing is cut: the caption wraps when even a line of its own is too narrow. A bill's line has its number
    // in small print after the caption, or under it when both do not fit on a line. Placed by
    // hand, not by a layout: a layout that changes its columns from the width it is being given is not always laid out
    // again (Qt 6.4). (The words' widths are measured, not their own implicitWidth, which would loop.)
    component SumRow: Item {
        id: sum
        property alias caption: captionText.text
        property alias captionName: captionText.objectName
        property alias detailName: detailText.objectName
        property alias detail: detailText.text
        property alias amount: amountText.text
        property alias amountName: amountText.objectName
        property color captionColor: Theme.text
        property int amountSize: Theme.fontBody
        property int amountWeight: Font.Normal
        readonly property real captionWidth: Math.ceil(captionMetrics.advanceWidth) + 2
        readonly property real detailWidth: detailText.visible ? Math.ceil(detailMetrics.advanceWidth) + 2 + words.gap : 0
        readonly property bool oneLine: Math.max(captionWidth, detailWidth) + 12 + amountText.implicitWidth <= width
        implicitHeight: oneLine ? Math.max(words.height, amountText.height) : words.height + amountText.height
        TextMetrics {
            id: captionMetrics
            font: captionText.font
            text: captionText.text
        }
        TextMetrics {
            id: detailMetrics
            font: detailText.font
            text: detailText.text
        }
        FontMetrics {
            id: detailFont
            font: detailText.font
        }
        Flow {
            id: words
            width: sum.oneLine ? sum.width - 12 - amountText.implicitWidth : sum.width
            y: sum.oneLine ? (sum.height - height) / 2 : 0
            readonly property int gap: 10 // between the caption and the detail beside it (a Flow's spacing is also between lines)
            Label {
                id: captionText
                width: Math.min(sum.captionWidth, words.width)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: sum.captionColor
            }
            Label {
                id: detailText
                width: Math.min(sum.detailWidth, words.width)
                visible: text !== ""
                // Beside the caption, on its baseline; else under it.
                leftPadding: x > 0 ? words.gap : 0
                topPadding: x > 0 ? Math.max(0, captionText.baselineOffset - detailFont.ascent) : 0
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
        Label {
            id: amountText
            x: sum.width - width
            y: sum.oneLine ? (sum.height - height) / 2 : words.height
            font.pixelSize: sum.amountSize
            font.weight: sum.amountWeight
            color: Theme.text
        }
    }

    // Keys of equal width whose columns follow the width: one row when every key's words fit at the text size (a
    // long label on two lines), else rows as even as the keys allow (four keys: two rows of two, not three and one).
    // Every key of the grid takes the tallest key's height.
    component KeyGrid: Grid {
        id: keys
        property var labels: []
        readonly property real wordWidth: panel.textWidth(labels, true)
        readonly property real labelWidth: panel.textWidth(labels, false)
        readonly property int keyCount: labels.length
        readonly property int fitting: Math.max(1, Math.floor((width + columnSpacing) / (wordWidth + columnSpacing)))
        // Whole pixels: a fractional width rounds the last key past the panel's clip and cuts its right border.
        readonly property real keyWidth: Math.floor((width - columnSpacing * (columns - 1)) / columns)
        readonly property real keyHeight: {
            let tallest = 0
            for (let i = 0; i < children.length; ++i)
                tallest = Math.max(tallest, children[i].implicitHeight)
            return tallest
        }
        columns: keyCount === 0 ? 1 : fitting >= keyCount ? keyCount : Math.ceil(keyCount / Math.ceil(keyCount / fitting))
        columnSpacing: 8
        rowSpacing: 8
        // The layout gives the grid its width; the keys' widths must not feed back into it.
        Layout.fillWidth: true
        Layout.preferredWidth: 0
    }

    // What a key's label needs at the keys' text size (the widest label, or the widest word of any), with the key's
    // padding. Reading keyFont.font makes every binding that calls this measure again when the text size changes.
    FontMetrics {
        id: keyFont
        font.pixelSize: Theme.fontBody
    }
    function dollars(amounts) {
        let labels = []
        for (let i = 0; i < amounts.length; ++i)
            labels.push("$" + amounts[i])
        return labels
    }
    function textWidth(labels, byWord) {
        let widest = 0
        for (let i = 0; i < labels.length && keyFont.font.pixelSize > 0; ++i) {
            const parts = byWord ? String(labels[i]).split(" ") : [String(labels[i])]
            for (const part of parts)
                widest = Math.max(widest, keyFont.advanceWidth(part))
        }
        return Math.ceil(widest) + 16
    }

    // Three parts, placed by hand (see SumRow): at the bottom the balance and Complete, always in reach; above them the
    // totals, tenders and keys, scrolling when the window is short or the text large; at the top what is being paid,
    // a list of its own that keeps at least a few lines and takes the room that is left. Both scroll bars sit in the
    // panel's right margin.
    Item {
        id: body
        anchors.fill: parent
        anchors.margins: 20
        readonly property real middle: Math.max(0, height - bottom.height - 2 * 6) // for the lines and the keys
        // A few lines, and less on a short panel, where the keys need the room more.
        readonly property real linesAtLeast: Math.min(paymentLines.count > 0 ? paymentLines.contentHeight
                                                                             : noPayment.implicitHeight,
                                                      Theme.fontBody * 5, middle * 0.35)

        ListView {
            id: paymentLines
            objectName: "paymentLines"
            width: parent.width
            height: Math.max(0, body.middle - scroller.height)
            clip: true
            spacing: 6
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height + 1 // as the keys' Flickable below
            model: PaymentController.lines
            ScrollBar.vertical: ListScrollBar {
                parent: panel
                visible: paymentLines.contentHeight > paymentLines.height + 1
                x: panel.width - width - 3
                y: body.y + paymentLines.y
                height: paymentLines.height
            }
            delegate: SumRow {
                required property var modelData
                width: ListView.view.width
                caption: modelData.label
                captionName: "lineTitle_" + modelData.id
                detailName: "lineDetail_" + modelData.id
                detail: modelData.detail || ""
                amount: modelData.amount
            }
            Label {
                id: noPayment
                width: paymentLines.width
                visible: paymentLines.count === 0
                topPadding: 20
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("No payment in progress")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }

        Flickable {
            id: scroller
            objectName: "transactionScroller"
            width: parent.width
            y: paymentLines.height + 6
            height: Math.min(content.implicitHeight, Math.max(0, body.middle - body.linesAtLeast))
            clip: true
            contentWidth: width
            contentHeight: content.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            // Only a panel that scrolls takes touches: one that fits passes a touch straight to its keys, even while
            // it settles after its content changed.
            interactive: contentHeight > height + 1
            ScrollBar.vertical: ListScrollBar {
                parent: panel
                visible: scroller.contentHeight > scroller.height + 1
                x: panel.width - width - 3
                y: body.y + scroller.y
                height: scroller.height
            }

            ColumnLayout {
                id: content
                width: scroller.width
                spacing: 6

                SumRow {
                    // The card convenience fee, already in the total: the customer sees it before Complete.
                    Layout.fillWidth: true
                    visible: PaymentController.convenienceFee !== ""
                    caption: qsTr("Convenience fee")
                    captionColor: Theme.textMuted
                    amount: PaymentController.convenienceFee
                    amountName: "convenienceFee"
                    amountWeight: Font.DemiBold
                }
                SumRow {
                    Layout.fillWidth: true
                    caption: qsTr("Total due")
                    captionColor: Theme.textMuted
                    amount: PaymentController.totalDue
                    amountName: "totalDue"
                    amountSize: Theme.fontTitle
                    amountWeight: Font.Bold
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: Theme.border
                }
                Column { // a positioner, not the layout: see EqualRow.qml
                    id: tenderLines
                    Layout.fillWidth: true
                    Repeater {
                        id: tenderRepeater
                        model: PaymentController.tenders
                        RowLayout {
                            required property var modelData
                            required property int index
                            width: tenderLines.width
                            spacing: 4
                            SumRow {
                                // A card's label is long ("VISA ****4242 approval 123456"): it wraps rather than run
                                // under the amount.
                                Layout.fillWidth: true
                                caption: modelData.label
                                amount: modelData.amount
                            }
                            ToolButton {
                                text: "\u2715"
                                font.pixelSize: Theme.fontBody
                                implicitWidth: Math.max(48, implicitContentWidth + leftPadding + rightPadding)
                                implicitHeight: Math.max(48, implicitContentHeight + topPadding + bottomPadding)
                                Accessible.name: qsTr("Remove tender %1").arg(modelData.label)
                                onClicked: PaymentController.removeTender(index)
                            }
                        }
                    }
                }
                // The amount typed, and beside it (under it when both do not fit) cash for exactly what is still due.
                // Placed by hand, as SumRow is.
                Item {
                    id: amountRow
                    readonly property bool oneLine: width >= 8 + 140 * Theme.scale + exact.labelWidth
                    Layout.fillWidth: true
                    implicitHeight: oneLine ? Math.max(amount.height, exact.height) : amount.height + 8 + exact.height
                    TextField {
                        id: amount
                        objectName: "tenderAmount"
                        width: amountRow.oneLine ? amountRow.width - 8 - exact.width : amountRow.width
                        height: Math.max(52, contentHeight + topPadding + bottomPadding)
                        font.pixelSize: Theme.fontLarge
                        horizontalAlignment: Text.AlignRight
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        Accessible.name: qsTr("Amount tendered")
                        // Enter with nothing typed: exact cash. Enter again when covered: complete.
                        onAccepted: panel.completeOrTender()
                    }
                    KeypadButton {
                        id: exact
                        // Cash for exactly what is still due, in one touch, beside the amount it would otherwise take
                        // typing.
                        objectName: "tenderExact"
                        readonly property real labelWidth: panel.textWidth([text], false) + 4
                        x: amountRow.width - width
                        y: amountRow.oneLine ? 0 : amount.height + 8
                        width: amountRow.oneLine ? labelWidth : amountRow.width
                        height: amountRow.oneLine ? amount.height : 52
                        text: qsTr("Exact %1").arg(PaymentController.remaining)
                        value: "exact"
                        enabled: PaymentController.stillDue
                        onClicked: {
                            amount.text = PaymentController.remainingPlain
                            panel.tender("cash")
                        }
                    }
                }
                KeyGrid {
                    id: tenderKeys
                    labels: [qsTr("Cash"), qsTr("Check"), qsTr("Money order"), qsTr("Card")]
                    KeypadButton {
                        objectName: "tenderCash"
                        text: qsTr("Cash")
                        value: "cash"
                        width: tenderKeys.keyWidth
                        height: tenderKeys.keyHeight
                        wraps: true
                        implicitHeight: Math.max(52, implicitContentHeight + 12)
                        enabled: PaymentController.inProgress
                        onClicked: panel.tender("cash")
                    }
                    KeypadButton {
                        objectName: "tenderCheck"
                        text: qsTr("Check")
                        value: "check"
                        width: tenderKeys.keyWidth
                        height: tenderKeys.keyHeight
                        wraps: true
                        implicitHeight: Math.max(52, implicitContentHeight + 12)
                        enabled: PaymentController.inProgress
                        onClicked: {
                            checkDialog.kind = "check"
                            checkDialog.open()
                        }
                    }
                    KeypadButton {
                        objectName: "tenderMoneyOrder"
                        text: qsTr("Money order")
                        value: "money_order"
                        width: tenderKeys.keyWidth
                        height: tenderKeys.keyHeight
                        wraps: true
                        implicitHeight: Math.max(52, implicitContentHeight + 12)
                        enabled: PaymentController.inProgress
                        onClicked: {
                            checkDialog.kind = "money_order"
                            checkDialog.open()
                        }
                    }
                    KeypadButton {
                        objectName: "tenderCard"
                        text: qsTr("Card")
                        value: "card"
                        width: tenderKeys.keyWidth
                        height: tenderKeys.keyHeight
                        wraps: true
                        implicitHeight: Math.max(52, implicitContentHeight + 12)
                        enabled: PaymentController.inProgress
                        onClicked: cardDialog.open()
                    }
                }
                KeyGrid {
                    // Quick cash: the round amounts a customer is likely to hand over, computed by the controller.
                    id: quickKeys
                    objectName: "quickCash"
                    // Always in the layout, empty or not, as the tender lines are: an item that appears keeps its place
                    // under the keys above it even before the layout runs again (a touch in that moment finds its key).
                    labels: panel.dollars(PaymentController.quickCash)
                    Repeater {
                        id: quickRepeater
                        model: PaymentController.quickCash
                        KeypadButton {
                            required property string modelData
                            required property int index
                            width: quickKeys.keyWidth
                            height: quickKeys.keyHeight
                            text: quickKeys.labels[index] || ""
                            value: "quick"
                            wraps: true
                            implicitHeight: Math.max(48, implicitContentHeight + 12)
                            onClicked: {
                                amount.text = modelData
                                panel.tender("cash")
                            }
                        }
                    }
                }
                Label {
                    objectName: "paymentError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: PaymentController.error
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.danger
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }
        }

        ColumnLayout {
            id: bottom
            width: parent.width
            y: parent.height - height
            spacing: 6
            SumRow {
                Layout.fillWidth: true
                caption: qsTr("Still due")
                captionColor: Theme.textMuted
                amount: PaymentController.remaining
                amountSize: Theme.fontLarge
                amountWeight: Font.DemiBold
            }
            KeypadButton {
                objectName: "completePayment"
                Layout.fillWidth: true
                implicitHeight: Math.max(60, Math.round(Theme.fontBody * 1.8))
                primary: true
                text: qsTr("Complete payment")
                value: "complete"
                enabled: PaymentController.canComplete
                onClicked: panel.completeOrTender()
            }
        }
    }

    CheckDialog {
        id: checkDialog
        onClosed: amount.forceActiveFocus()
    }
    CardDialog {
        id: cardDialog
        onClosed: amount.forceActiveFocus()
    }
}
