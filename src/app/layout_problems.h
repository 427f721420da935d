// What `tillbook --layout-check` looks for in one rendered window: text a person cannot read whole, and things drawn
// over each other.
#pragma once

#include <QList>
#include <QString>

class QQuickWindow;

namespace tillbook::app {

struct LayoutProblem {
    QString item; // the item's objectName, or its type and the nearest named item around it
    QString text; // what it shows
    QString problem; // one sentence: "elided", "overlaps ..."
};

// The problems in `window` as laid out now (the caller lets it polish first, e.g. by grabbing a frame):
// - every visible text that is elided or truncated, drawn wider or taller than its box, or cut off by a clipping
//   item that does not scroll (or by the window's edge);
// - every two visible leaf items (texts and controls, neither inside the other) whose rectangles intersect.
// Not looked at: invisible or fully transparent items, what a Flickable or ScrollView has scrolled out of its viewport,
// what an opaque rectangle painted later fully covers, and decorations (rectangles, images, backgrounds). Items of
// different layers (the window, each open popup) are not compared with each other: a popup is meant to lie over the
// screen.
QList<LayoutProblem> findLayoutProblems(QQuickWindow& window);

} // namespace tillbook::app
