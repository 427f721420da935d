// Colours, sizes and type scale for every screen: one place to change the look, and to check contrast.
pragma Singleton
import QtQuick
import Tillbook.App

QtObject {
    // Contrast ratios against the colour they sit on are noted where text meets background (WCAG AA needs 4.5).
    readonly property color background: "#f3f5f8"
    readonly property color surface: "#ffffff"
    readonly property color surfaceAlt: "#e8edf3"
    readonly property color border: "#c9d2de"
    readonly property color header: "#14283f"          // text #ffffff on it: 15.1
    readonly property color headerText: "#ffffff"
    readonly property color headerMuted: "#b7c6d9"     // on header: 9.0
    readonly property color text: "#17202b"            // on background: 15.2
    readonly property color textMuted: "#4a5868"       // on surface: 7.3
    readonly property color accent: "#0b5cad"          // white text on it: 6.6
    readonly property color accentText: "#ffffff"
    readonly property color accentSoft: "#dbe9f8"
    readonly property color danger: "#b3261e"          // white text on it: 6.5; on surface: 6.5
    readonly property color dangerSoft: "#fbe4e2"
    readonly property color ok: "#1d6b3a"              // on surface: 6.6
    readonly property color okSoft: "#dcefe2"
    readonly property color warn: "#8a5a00"            // on surface: 5.6
    readonly property color focus: "#f2a900"

    // A font-size setting scales everything from here.
    readonly property real scale: UiSettings.fontScale
    // The header bar keeps its size, so who is signed in and the drawer and device state always fit beside the
    // header's buttons; the working area below it scales.
    readonly property int headerFontSmall: 16
    readonly property int headerFontBody: 20
    readonly property int headerFontLarge: 26
    readonly property int fontSmall: Math.round(16 * scale)
    readonly property int fontBody: Math.round(20 * scale)
    readonly property int fontLarge: Math.round(26 * scale)
    readonly property int fontTitle: Math.round(34 * scale)
    readonly property int fontHuge: Math.round(44 * scale)

    readonly property int touchTarget: 56                // at least 48 px for every control
    readonly property int spacing: 16
    readonly property int radius: 10
    readonly property int headerHeight: 72
    readonly property int scrollBarSpace: 20             // kept free right of a list's rows for its ListScrollBar
}
