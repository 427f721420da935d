// A payment arrangement for the open account: the clerk types the terms and sees the schedule at once; the station
// computes it, records it (a supervisor approves above the setting) and prints the promissory note.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: view
    objectName: "arrangementView"
    property string account: ""
    property string frequency: "monthly"
    property string method: "amortized"
    readonly property var columnShare: [0.08, 0.22, 0.175, 0.175, 0.175, 0.175] // of the schedule's width
    // The fields grow with the text size, at least a 48 px touch target.
    readonly property int fieldHeight: Math.max(48, Math.ceil(fieldFont.height) + 12)
    FontMetrics { id: fieldFont; font.pixelSize: Theme.fontBody }
    visible: false
    signal dismissed()
    Keys.onEscapePressed: dismiss()

    function show(accountNumber) {
        account = accountNumber
        ArrangementController.reset()
        PrintController.clearFeedback()
        down.text = "0.00"
        installments.text = "6"
        rate.text = "0"
        firstDue.text = ArrangementController.defaultFirstDue
        frequency = "monthly"
        method = "amortized"
        visible = true
        down.forceActiveFocus()
        refresh()
    }
    function dismiss() {
        visible = false
        dismissed()
    }
    function refresh() {
        if (visible && ArrangementController.createdId === "")
            ArrangementController.preview(account, down.text, installments.text, frequency, rate.text, method, firstDue.text)
    }
    function createIt() {
        if (ArrangementController.approvalNeeded !== "") {
            approval.description = ArrangementController.approvalNeeded
            approval.open()
        } else {
            ArrangementController.create(account, down.text, installments.text, frequency, rate.text, method, firstDue.text)
        }
    }
    onFrequencyChanged: refresh()
    onMethodChanged: refresh()

    Rectangle {
        anchors.fill: parent
        color: "#cc14283f"
    }
    MouseArea {
        anchors.fill: parent
    }
    Rectangle {
        id: card
        anchors.centerIn: parent
        objectName: "arrangementCard"
        width: Math.min(parent.width - 32, 1100 * Math.max(1, Theme.scale * 0.85))
        // Beside each other, the terms and the schedule take a fixed height and the schedule scrolls in it; one under
        // the other, the card is as tall as both (the whole schedule, which then does not scroll by itself) when the
        // window has the room, and the card scrolls when it has not.
        height: Math.min(parent.height - 32, wide ? 720 * Math.max(1, Theme.scale * 0.85)
                                                  : grid.implicitHeight + scroller.anchors.margins * 2)
        radius: 16
        color: Theme.surface
        // The terms beside the schedule when they fit; on a small window or with larger text, the schedule goes
        // under the terms and the whole card scrolls. The scroll bar's room is always kept.
        readonly property bool wide: width >= 1000 * Theme.scale
        Flickable {
            id: scroller
            objectName: "arrangementScroller"
            anchors.fill: parent
            anchors.margins: 28
            anchors.rightMargin: 8
            clip: true
            contentWidth: width
            contentHeight: Math.max(height, grid.implicitHeight)
            boundsBehavior: Flickable.StopAtBounds
            // Shown only while there is more than fits: a view opened again would otherwise fade out a stale bar.
            ScrollBar.vertical: ListScrollBar { visible: scroller.contentHeight > scroller.height + 1 }
        GridLayout {
            id: grid
            width: scroller.width - Theme.scrollBarSpace
            height: scroller.contentHeight
            columns: card.wide ? 2 : 1
            columnSpacing: 28
            rowSpacing: 20
            ColumnLayout {
                Layout.preferredWidth: card.wide ? 440 * Math.max(1, Theme.scale * 0.85) : grid.width
                Layout.maximumWidth: card.wide ? 440 * Math.max(1, Theme.scale * 0.85) : grid.width
                Layout.fillWidth: !card.wide
                Layout.fillHeight: card.wide
                spacing: 10
                Label {
                    text: qsTr("Payment arrangement")
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Account %1 \u00b7 balance %2").arg(view.account).arg(ArrangementController.totals.balance || "")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: 12
                    rowSpacing: 8
                    Label { Layout.maximumWidth: grid.width / 2; wrapMode: Text.Wrap; text: qsTr("Down payment"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                    TextField {
                        implicitHeight: view.fieldHeight // a touch target, and room for larger text
                        id: down
                        objectName: "arrangementDown"
                        Layout.fillWidth: true
                        implicitWidth: 160
                        font.pixelSize: Theme.fontBody
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        Accessible.name: qsTr("Down payment")
                        onTextEdited: view.refresh()
                    }
                    Label { Layout.maximumWidth: grid.width / 2; wrapMode: Text.Wrap; text: qsTr("Installments"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                    TextField {
                        implicitHeight: view.fieldHeight // a touch target, and room for larger text
                        id: installments
                        objectName: "arrangementInstallments"
                        Layout.fillWidth: true
                        implicitWidth: 160
                        font.pixelSize: Theme.fontBody
                        inputMethodHints: Qt.ImhDigitsOnly
                        Accessible.name: qsTr("Number of installments")
                        onTextEdited: view.refresh()
                    }
                    Label { Layout.maximumWidth: grid.width / 2; wrapMode: Text.Wrap; text: qsTr("Annual rate %"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                    TextField {
                        implicitHeight: view.fieldHeight // a touch target, and room for larger text
                        id: rate
                        objectName: "arrangementRate"
                        Layout.fillWidth: true
                        implicitWidth: 160
                        font.pixelSize: Theme.fontBody
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        Accessible.name: qsTr("Annual interest rate, percent")
                        onTextEdited: view.refresh()
                    }
                    Label { Layout.maximumWidth: grid.width / 2; wrapMode: Text.Wrap; text: qsTr("First due"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                    TextField {
                        implicitHeight: view.fieldHeight // a touch target, and room for larger text
                        id: firstDue
                        objectName: "arrangementFirstDue"
                        Layout.fillWidth: true
                        implicitWidth: 160
                        font.pixelSize: Theme.fontBody
                        placeholderText: "YYYY-MM-DD"
                        Accessible.name: qsTr("First due date")
                        onTextEdited: view.refresh()
                    }
                }
                Flow { // buttons sized to their words; they wrap rather than cut a word
                    Layout.fillWidth: true
                    spacing: 6
                    Repeater {
                        model: [{key: "weekly", label: qsTr("Weekly")}, {key: "biweekly", label: qsTr("Every 2 weeks")},
                                {key: "monthly", label: qsTr("Monthly")}]
                        ChoiceButton {
                            required property var modelData
                            implicitHeight: 48
                            font.pixelSize: Theme.fontSmall
                            primary: view.frequency === modelData.key
                            value: modelData.key
                            text: modelData.label
                            onClicked: view.frequency = modelData.key
                        }
                    }
                }
                Flow { // buttons sized to their words; they wrap rather than cut a word
                    Layout.fillWidth: true
                    spacing: 6
                    Repeater {
                        model: [{key: "amortized", label: qsTr("Level payments")}, {key: "simple", label: qsTr("Simple interest")}]
                        ChoiceButton {
                            required property var modelData
                            implicitHeight: 48
                            font.pixelSize: Theme.fontSmall
                            primary: view.method === modelData.key
                            value: modelData.key
                            text: modelData.label
                            onClicked: view.method = modelData.key
                        }
                    }
                }
                Label {
                    objectName: "arrangementError"
                    Layout.fillWidth: true
                    visible: ArrangementController.error !== ""
                    wrapMode: Text.Wrap
                    text: ArrangementController.error
                    font.pixelSize: Theme.fontSmall
                    color: Theme.danger
                }
                Label {
                    Layout.fillWidth: true
                    visible: ArrangementController.approvalNeeded !== "" && ArrangementController.createdId === ""
                    wrapMode: Text.Wrap
                    text: qsTr("This balance needs a supervisor's approval.")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.warn
                }
                Item { Layout.fillHeight: card.wide }
                PrintStatus {
                    Layout.fillWidth: true
                }
                KeypadButton {
                    objectName: "arrangementCreate"
                    Layout.fillWidth: true
                    implicitHeight: 56
                    primary: true
                    visible: ArrangementController.createdId === ""
                    enabled: ArrangementController.schedule.length > 0
                    value: "create"
                    text: qsTr("Record the arrangement")
                    onClicked: view.createIt()
                }
                KeypadButton {
                    objectName: "arrangementPrint"
                    Layout.fillWidth: true
                    implicitHeight: 56
                    primary: true
                    visible: ArrangementController.createdId !== ""
                    value: "print"
                    text: qsTr("Print the promissory note")
                    onClicked: PrintController.printNote(ArrangementController.createdId)
                }
                SecondaryButton {
                    objectName: "arrangementClose"
                    Layout.fillWidth: true
                    text: ArrangementController.createdId === "" ? qsTr("Cancel") : qsTr("Done")
                    onClicked: view.dismiss()
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: card.wide ? 360 : 0
                spacing: 8
                Label {
                    objectName: "arrangementSummary"
                    Layout.fillWidth: true
                    visible: ArrangementController.schedule.length > 0
                    wrapMode: Text.Wrap
                    text: qsTr("Financed %1 \u00b7 %2 payments of %3 \u00b7 finance charge %4 \u00b7 total of payments %5")
                          .arg(ArrangementController.totals.financed || "").arg(ArrangementController.schedule.length)
                          .arg(ArrangementController.totals.periodicPayment || "")
                          .arg(ArrangementController.totals.totalInterest || "")
                          .arg(ArrangementController.totals.totalOfPayments || "")
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Row { // a positioner, not a layout: see EqualRow.qml
                    Layout.fillWidth: true
                    Repeater {
                        model: [qsTr("#"), qsTr("Due"), qsTr("Payment"), qsTr("Interest"), qsTr("Principal"), qsTr("Balance")]
                        Label {
                            required property var modelData
                            required property int index
                            // Columns share the list's width (the scroll bar's space aside), so amounts line up under
                            // their headings at any text size.
                            width: (schedule.width - Theme.scrollBarSpace) * view.columnShare[index]
                            wrapMode: Text.WordWrap
                            horizontalAlignment: index < 2 ? Text.AlignLeft : Text.AlignRight
                            text: modelData
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.Bold
                            color: Theme.textMuted
                        }
                    }
                }
                ListView {
                    id: schedule
                    objectName: "arrangementSchedule"
                    Layout.fillWidth: true
                    Layout.fillHeight: card.wide
                    // Under the terms, every row shows and the card scrolls: no list scrolling inside a scrolling card.
                    Layout.preferredHeight: card.wide ? -1 : contentHeight
                    interactive: card.wide
                    clip: true
                    model: ArrangementController.schedule
                    ScrollBar.vertical: ListScrollBar { visible: schedule.contentHeight > schedule.height + 1 }
                    delegate: Row {
                        required property var modelData
                        Repeater {
                            model: [modelData.n, modelData.due, modelData.payment, modelData.interest, modelData.principal,
                                    modelData.balance]
                            Label {
                                required property var modelData
                                required property int index
                                width: (schedule.width - Theme.scrollBarSpace) * view.columnShare[index]
                                wrapMode: Text.WordWrap
                                horizontalAlignment: index < 2 ? Text.AlignLeft : Text.AlignRight
                                text: modelData
                                font.pixelSize: Theme.fontSmall
                                color: Theme.text
                            }
                        }
                    }
                }
            }
        }
    }

    }

    ApprovalDialog {
        id: approval
        requesterId: SessionController.operatorId
        errorText: ArrangementController.error
        onSubmitted: (supervisorId, pin) => {
            if (ArrangementController.create(view.account, down.text, installments.text, view.frequency, rate.text,
                                             view.method, firstDue.text, supervisorId, pin))
                approval.close()
        }
    }
}
