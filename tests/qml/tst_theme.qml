// WCAG AA contrast: every pair of text and background colours the screens use has a ratio of at least 4.5 (normal
// text), computed from the Theme's colours as WCAG 2.1 defines relative luminance.
import QtQuick
import QtTest
import Tillbook.Ui

TestCase {
    name: "Contrast"

    function channel(c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    }
    function luminance(color) {
        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
    }
    function ratio(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function test_textPairsMeetAA_data() {
        return [
            {tag: "text on background", fg: Theme.text, bg: Theme.background},
            {tag: "text on surface", fg: Theme.text, bg: Theme.surface},
            {tag: "text on surfaceAlt", fg: Theme.text, bg: Theme.surfaceAlt},
            {tag: "muted on surface", fg: Theme.textMuted, bg: Theme.surface},
            {tag: "muted on background", fg: Theme.textMuted, bg: Theme.background},
            {tag: "muted on surfaceAlt", fg: Theme.textMuted, bg: Theme.surfaceAlt},
            {tag: "header text", fg: Theme.headerText, bg: Theme.header},
            {tag: "header muted", fg: Theme.headerMuted, bg: Theme.header},
            {tag: "accent button", fg: Theme.accentText, bg: Theme.accent},
            {tag: "accent on surface", fg: Theme.accent, bg: Theme.surface},
            {tag: "accent on accentSoft", fg: Theme.accent, bg: Theme.accentSoft},
            {tag: "danger on surface", fg: Theme.danger, bg: Theme.surface},
            {tag: "danger on dangerSoft", fg: Theme.danger, bg: Theme.dangerSoft},
            {tag: "text on dangerSoft", fg: Theme.text, bg: Theme.dangerSoft},
            {tag: "ok on surface", fg: Theme.ok, bg: Theme.surface},
            {tag: "ok on okSoft", fg: Theme.ok, bg: Theme.okSoft},
            {tag: "warn on surface", fg: Theme.warn, bg: Theme.surface},
            {tag: "warn on background", fg: Theme.warn, bg: Theme.background},
            {tag: "white on danger", fg: Theme.accentText, bg: Theme.danger},
            {tag: "pill text", fg: Theme.headerText, bg: Qt.color("#20364f")},
            {tag: "pill label", fg: Theme.headerMuted, bg: Qt.color("#20364f")},
        ]
    }
    function test_textPairsMeetAA(data) {
        const r = ratio(data.fg, data.bg)
        verify(r >= 4.5, data.tag + ": " + r.toFixed(2) + ":1")
    }
    function test_theFormulaMatchesWcagExamples() {
        compare(ratio(Qt.color("#000000"), Qt.color("#ffffff")).toFixed(1), "21.0")
        compare(ratio(Qt.color("#767676"), Qt.color("#ffffff")).toFixed(2), "4.54") // the lightest AA grey on white
    }
}
