// Accounts: contact details, bill adjustments (a supervisor approves above the setting), the contact log, and the
// account's history with filters, for answering counter and telephone inquiries.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: page
    objectName: "accountMaintenancePage"
    implicitHeight: pageColumn.implicitHeight // taller than the window, the back office scrolls it
    property string kind: ""
    property string language: "en" // the customer's: what their receipts and notes print in
    readonly property var account: BackOfficeController.account
    readonly property bool loaded: account.number !== undefined

    function start(number) {
        accountNumber.text = number
        if (number !== "")
            load()
    }
    function load() {
        if (BackOfficeController.loadAccount(accountNumber.text, kind)) {
            name.text = account.name
            mailing.text = account.mailingAddress
            phone.text = account.phone
            email.text = account.email
            language = account.language
            reason.text = ""
        }
    }
    function adjust() {
        var bill = bills.currentValue || ""
        var needs = BackOfficeController.adjustmentApproval(bill, adjustAmount.text, adjustReason.text)
        if (needs !== "") {
            approval.description = needs
            approval.open()
        } else if (BackOfficeController.adjustBill(bill, adjustAmount.text, adjustReason.text)) {
            adjustAmount.text = ""
            adjustReason.text = ""
        }
    }
    onKindChanged: if (loaded) BackOfficeController.loadAccount(account.number, kind)
    onActiveFocusChanged: if (activeFocus) accountNumber.forceActiveFocus()

    // The account's forms beside its history when both fit; on a narrow window or with larger text, above it.
    GridLayout {
        id: pageColumn
        anchors.fill: parent
        columns: width >= 1100 * Theme.scale ? 2 : 1
        columnSpacing: 24
        rowSpacing: 24
        ColumnLayout {
            Layout.preferredWidth: pageColumn.columns === 2 ? 500 * Theme.scale : pageColumn.width
            Layout.maximumWidth: pageColumn.columns === 2 ? 500 * Theme.scale : pageColumn.width
            Layout.fillHeight: pageColumn.columns === 2
            spacing: 8
            RowLayout {
                Layout.fillWidth: true
                FormField {
                    id: accountNumber
                    objectName: "maintAccount"
                    Layout.fillWidth: true
                    label: qsTr("Account number")
                    inputMethodHints: Qt.ImhDigitsOnly
                    onAccepted: page.load()
                }
                ChoiceButton {
                    objectName: "maintLoad"
                    Layout.alignment: Qt.AlignBottom
                    implicitHeight: 48
                    Layout.preferredWidth: 110 * Theme.scale
                    font.pixelSize: Theme.fontSmall
                    primary: true
                    value: "load"
                    text: qsTr("Show")
                    onClicked: page.load()
                }
            }
            Label {
                objectName: "maintSummary"
                Layout.fillWidth: true
                visible: page.loaded
                text: page.loaded ? qsTr("%1 \u00b7 %2 \u00b7 owes %3").arg(page.account.name).arg(page.account.serviceAddress)
                                                                    .arg(page.account.balance) : ""
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
            }
            GridLayout {
                Layout.fillWidth: true
                enabled: page.loaded
                columns: 2
                columnSpacing: 10
                rowSpacing: 4
                FormField { id: name; objectName: "maintName"; Layout.fillWidth: true; label: qsTr("Name") }
                FormField { id: phone; objectName: "maintPhone"; Layout.fillWidth: true; label: qsTr("Phone") }
                FormField { id: mailing; objectName: "maintMailing"; Layout.fillWidth: true; label: qsTr("Mailing address") }
                FormField { id: email; objectName: "maintEmail"; Layout.fillWidth: true; label: qsTr("Email") }
                Flow {
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    spacing: 6
                    Label {
                        height: 48
                        verticalAlignment: Text.AlignVCenter
                        text: qsTr("Receipts print in")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    ChoiceButton {
                        objectName: "maintLanguage_en"
                        primary: page.language === "en"
                        text: "English"
                        onClicked: page.language = "en"
                    }
                    ChoiceButton {
                        objectName: "maintLanguage_es"
                        primary: page.language === "es"
                        text: "Español"
                        onClicked: page.language = "es"
                    }
                }
                FormField {
                    id: reason
                    objectName: "maintReason"
                    Layout.fillWidth: true
                    label: qsTr("Reason for the change")
                    onAccepted: saveButton.clicked()
                }
                ChoiceButton {
                    id: saveButton
                    objectName: "maintSave"
                    Layout.alignment: Qt.AlignBottom
                    Layout.fillWidth: true
                    implicitHeight: 48
                    font.pixelSize: Theme.fontSmall
                    value: "save"
                    text: qsTr("Save contact details")
                    onClicked: BackOfficeController.changeContact(page.account.number, name.text, mailing.text, phone.text,
                                                                  email.text, reason.text, page.language)
                }
            }
            RowLayout {
                Layout.fillWidth: true
                enabled: page.loaded
                FormField {
                    id: note
                    objectName: "maintNote"
                    Layout.fillWidth: true
                    label: qsTr("Contact log: what the customer asked")
                    onAccepted: noteButton.clicked()
                }
                ChoiceButton {
                    id: noteButton
                    objectName: "maintAddNote"
                    Layout.alignment: Qt.AlignBottom
                    implicitHeight: 48
                    Layout.preferredWidth: 130 * Theme.scale
                    font.pixelSize: Theme.fontSmall
                    value: "note"
                    text: qsTr("Add note")
                    onClicked: if (BackOfficeController.addNote(page.account.number, note.text)) note.text = ""
                }
            }
            Label {
                text: qsTr("Adjust a bill (a credit is negative)")
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
                color: Theme.textMuted
            }
            RowLayout {
                Layout.fillWidth: true
                enabled: page.loaded
                ComboBox {
                    id: bills
                    objectName: "maintBill"
                    Layout.preferredWidth: 230 * Theme.scale
                    implicitHeight: 48
                    font.pixelSize: Theme.fontSmall
                    model: page.loaded ? page.account.bills : []
                    textRole: "id"
                    valueRole: "id"
                    displayText: currentIndex < 0 ? qsTr("No open bill") : currentText
                    Accessible.name: qsTr("Bill to adjust")
                }
                FormField {
                    id: adjustAmount
                    objectName: "maintAdjustAmount"
                    Layout.preferredWidth: 110 * Theme.scale
                    label: qsTr("Amount")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                }
                FormField {
                    id: adjustReason
                    objectName: "maintAdjustReason"
                    Layout.fillWidth: true
                    label: qsTr("Reason")
                    onAccepted: page.adjust()
                }
            }
            ChoiceButton {
                objectName: "maintAdjust"
                Layout.fillWidth: true
                enabled: page.loaded
                implicitHeight: 48
                font.pixelSize: Theme.fontSmall
                value: "adjust"
                text: qsTr("Record the adjustment")
                onClicked: page.adjust()
            }
            Item { Layout.fillHeight: pageColumn.columns === 2 }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 200 * Theme.scale
            spacing: 8
            Label {
                text: qsTr("History")
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                color: Theme.text
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: [{key: "", label: qsTr("All")}, {key: "payment.", label: qsTr("Payments")},
                            {key: "bill.adjusted", label: qsTr("Adjustments")}, {key: "arrangement.", label: qsTr("Arrangements")},
                            {key: "check.returned", label: qsTr("Returned checks")}, {key: "account.", label: qsTr("Notes and changes")},
                            {key: "order.", label: qsTr("Orders")}]
                    ChoiceButton {
                        required property var modelData
                        objectName: "historyFilter_" + (modelData.key === "" ? "all" : modelData.key)
                        implicitHeight: 48
                        font.pixelSize: Theme.fontSmall
                        primary: page.kind === modelData.key
                        value: modelData.key
                        text: modelData.label
                        onClicked: page.kind = modelData.key
                    }
                }
            }
            ListView {
                id: historyList
                objectName: "maintHistory"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 240 // when the page scrolls, a few rows still show
                clip: true
                spacing: 2
                model: BackOfficeController.history
                ScrollBar.vertical: ListScrollBar { }
                Label {
                    anchors.centerIn: parent
                    visible: historyList.count === 0
                    text: page.loaded ? qsTr("Nothing of this kind on the account.") : qsTr("Type an account number and press Enter.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                delegate: Rectangle {
                    required property var modelData
                    required property int index
                    width: ListView.view.width - Theme.scrollBarSpace
                    height: Math.max(52, row.implicitHeight + 12) // a wrapped line makes the row taller
                    color: index % 2 ? Theme.surface : Theme.background
                    Accessible.role: Accessible.ListItem
                    Accessible.name: modelData.time + " " + modelData.summary + " " + modelData.amount
                    RowLayout {
                        id: row
                        anchors.fill: parent
                        anchors.leftMargin: 8
                        anchors.rightMargin: 8
                        Label {
                            Layout.preferredWidth: 200 * Theme.scale
                            text: modelData.time
                            wrapMode: Text.WordWrap // "6/12/2026 12:38 P. M. UTC" is wider in Spanish
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                        Label {
                            Layout.fillWidth: true
                            text: modelData.summary
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                        }
                        Label {
                            Layout.preferredWidth: 110 * Theme.scale
                            horizontalAlignment: Text.AlignRight
                            text: modelData.amount
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        Label {
                            Layout.preferredWidth: 60 * Theme.scale
                            horizontalAlignment: Text.AlignRight
                            text: modelData.operator
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                    }
                }
            }
        }
    }

    ApprovalDialog {
        id: approval
        requesterId: SessionController.operatorId
        errorText: BackOfficeController.error
        onSubmitted: (supervisorId, pin) => {
            if (BackOfficeController.adjustBill(bills.currentValue || "", adjustAmount.text, adjustReason.text, supervisorId, pin)) {
                approval.close()
                adjustAmount.text = ""
                adjustReason.text = ""
            }
        }
    }
}
