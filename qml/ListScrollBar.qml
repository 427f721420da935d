// A list's scroll bar, shown for as long as the list holds more than it shows: the cue that there is more to scroll
// to. Rows leave Theme.scrollBarSpace free on their right for it, so it never lies over what they say.
import QtQuick
import QtQuick.Controls

ScrollBar {
    policy: size < 1.0 ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
    minimumSize: 0.1
}
