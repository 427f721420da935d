// The station window: sign-in until someone is signed in, then the counter.
import QtQuick
import QtQuick.Controls
import Tillbook.App

ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 1280
    height: 800
    minimumWidth: 1024
    minimumHeight: 700
    visible: true
    title: qsTr("Tillbook \u2014 station %1").arg(SessionController.stationId)
    color: Theme.background
    font.pixelSize: Theme.fontBody

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        focus: true
        sourceComponent: SessionController.signedIn ? counterScreen : signInScreen
        onLoaded: item.forceActiveFocus()
    }

    LockScreen {
        id: lockScreen
        anchors.fill: parent
        visible: SessionController.locked
        z: 10
        onVisibleChanged: visible ? forceActiveFocus() : screenLoader.item && screenLoader.item.forceActiveFocus()
    }

    Component {
        id: signInScreen
        SignInScreen {}
    }
    Component {
        id: counterScreen
        CounterScreen {}
    }
}
