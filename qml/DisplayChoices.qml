// The person at the screen chooses its language and text size: English or Spanish, text 100 % to 200 %. For this
// session only; signing out returns to the station's settings.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

RowLayout {
    property int fontSize: Theme.fontSmall
    spacing: 6
    ChoiceButton {
        objectName: "languageButton"
        // Named in the language it switches to, so a Spanish speaker finds it on an English screen.
        text: UiSettings.language === "en" ? "Español" : "English"
        Accessible.name: UiSettings.language === "en" ? "Cambiar a español" : "Switch to English"
        font.pixelSize: parent.fontSize
        onClicked: UiSettings.toggleLanguage()
    }
    ChoiceButton {
        objectName: "smallerText"
        enabled: UiSettings.fontPercent > 100
        text: "A\u2212"
        Accessible.name: qsTr("Smaller text")
        font.pixelSize: parent.fontSize
        onClicked: UiSettings.smallerText()
    }
    ChoiceButton {
        objectName: "largerText"
        enabled: UiSettings.fontPercent < 200
        text: "A+"
        Accessible.name: qsTr("Larger text")
        font.pixelSize: parent.fontSize
        onClicked: UiSettings.largerText()
    }
}
