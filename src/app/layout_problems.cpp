// The layout checks over a window's item tree. Qt Quick's item classes are private API, so items are told apart by
// their class names (QObject::inherits) and read through their properties.
#include "app/layout_problems.h"

#include <QColor>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>

#include <algorithm>
#include <initializer_list>
#include <utility>
#include <vector>

namespace tillbook::app {

namespace {

// Less than a pixel is rounding, not a problem.
constexpr qreal kSlack = 1.0;
// What can be scrolled to from anywhere: no edge cuts it.
const QRectF kAnywhere(-1e9, -1e9, 2e9, 2e9);

bool inheritsAny(const QObject* o, std::initializer_list<const char*> classNames)
{
    return std::any_of(classNames.begin(), classNames.end(), [o](const char* c) { return o->inherits(c); });
}

bool isText(const QQuickItem* item)
{
    return inheritsAny(item, {"QQuickText", "QQuickTextInput", "QQuickTextEdit"});
}

bool isControl(const QQuickItem* item)
{
    return item->inherits("QQuickControl");
}

// Controls that hold other items (a Pane, a Page, a ScrollView, a TabBar, a popup's own item) are not leaves.
bool isContainer(const QQuickItem* item)
{
    return inheritsAny(item, {"QQuickPane", "QQuickContainer", "QQuickScrollView"});
}

bool containsControl(const QQuickItem* item)
{
    const QList<QQuickItem*> children = item->childItems();
    return std::any_of(children.begin(), children.end(),
                       [](const QQuickItem* c) { return isControl(c) || containsControl(c); });
}

bool isLeafControl(const QQuickItem* item)
{
    return isControl(item) && !isContainer(item) && !containsControl(item);
}

bool contains(const QRectF& outer, const QRectF& inner)
{
    return inner.left() >= outer.left() - kSlack && inner.top() >= outer.top() - kSlack
           && inner.right() <= outer.right() + kSlack && inner.bottom() <= outer.bottom() + kSlack;
}

QString typeName(const QQuickItem* item)
{
    static const QRegularExpression qmlSuffix(QStringLiteral("_QML(TYPE)?_\\d+$"));
    QString name = QString::fromLatin1(item->metaObject()->className()).remove(qmlSuffix);
    if (name.startsWith(QStringLiteral("QQuick")))
        name = name.mid(6);
    return name;
}

// "signOutButton", or "Label in accountPanel": enough to find the item in the QML.
QString describe(const QQuickItem* item)
{
    if (!item->objectName().isEmpty())
        return item->objectName();
    for (const QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->objectName().isEmpty())
            return QStringLiteral("%1 in %2").arg(typeName(item), p->objectName());
    }
    return typeName(item);
}

QString shownText(const QQuickItem* item)
{
    return item->property("text").toString();
}

struct Leaf {
    QQuickItem* item;
    int paint; // the order in which it is painted
    QRectF shown; // what of it the clipping items around it let through, in window coordinates
    const QQuickItem* layer; // the popup it is in, or null for the window itself
};

struct Cover {
    const QQuickItem* item;
    int paint;
    QRectF shown;
};

class Walk
{
public:
    explicit Walk(QQuickWindow& window)
        : m_window(QRectF(0, 0, window.width(), window.height()))
    {
        visit(window.contentItem(), m_window, m_window, 1.0, nullptr, false);
        // What an opaque screen or a dialog's backdrop covers (the counter under the lock screen) is nobody's to read:
        // its problems are its own screen state's.
        for (const auto& [leaf, problem] : m_found) {
            if (!covered(leaf))
                problems.push_back(problem);
        }
        compareLeaves();
    }

    QList<LayoutProblem> problems;

private:
    // `shown`: what every clipping item around lets through; `fixed`: the same without the viewports of Flickables
    // (what is cut there can be scrolled to), and without the window's edge inside a Flickable that shows whole (a page
    // that scrolls as a whole fills the window: what lies past the edge is scrolled to).
    void visit(QQuickItem* item, QRectF shown, QRectF fixed, qreal opacity, const QQuickItem* layer, bool inLeaf)
    {
        if (!item->isVisible())
            return;
        opacity *= item->opacity();
        if (opacity < 0.01)
            return;
        if (item->inherits("QQuickPopupItem"))
            layer = item;
        const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));

        QList<QQuickItem*> children = item->childItems();
        std::stable_sort(children.begin(), children.end(),
                         [](const QQuickItem* a, const QQuickItem* b) { return a->z() < b->z(); });
        QRectF childShown = shown;
        QRectF childFixed = fixed;
        if (item->clip()) {
            childShown = shown.intersected(rect);
            if (!item->inherits("QQuickFlickable"))
                childFixed = fixed.intersected(rect);
            else if (contains(fixed, rect))
                // A Flickable whose viewport is whole in the window scrolls anything it holds into view, even what
                // lies past the window's edge (a row half shown at the bottom of a list that ends at the edge).
                childFixed = kAnywhere;
        }
        bool leaf = false;
        if (!inLeaf)
            leaf = (isText(item) && !shownText(item).isEmpty()) || isLeafControl(item);

        auto child = children.begin();
        for (; child != children.end() && (*child)->z() < 0; ++child)
            visit(*child, childShown, childFixed, opacity, layer, inLeaf || leaf);
        const int paint = m_painted++;
        const QRectF visible = shown.intersected(rect);
        if (!visible.isEmpty()) {
            if (isText(item) && !shownText(item).isEmpty())
                checkText(item, rect, fixed);
            else if (leaf)
                checkCut(item, rect, fixed);
            for (LayoutProblem& p : problems) // kept until the walk knows what is painted over the item
                m_found.push_back({{item, paint, visible, layer}, std::move(p)});
            problems.clear();
            if (leaf)
                m_leaves.push_back({item, paint, visible, layer});
            // A backdrop that dims the screen behind a dialog by half or more covers it too: nobody reads through it.
            if (item->inherits("QQuickRectangle") && opacity * item->property("color").value<QColor>().alphaF() >= 0.5)
                m_covers.push_back({item, paint, visible});
        }
        for (; child != children.end(); ++child)
            visit(*child, childShown, childFixed, opacity, layer, inLeaf || leaf);
    }

    void report(const QQuickItem* item, const QString& problem)
    {
        problems.push_back({describe(item), shownText(item), problem});
    }

    void checkCut(const QQuickItem* item, const QRectF& rect, const QRectF& fixed)
    {
        if (contains(fixed, rect))
            return;
        report(item, contains(m_window, rect) ? QStringLiteral("cut off by the item around it, which does not scroll")
                                              : QStringLiteral("cut off by the edge of the window"));
    }

    void checkText(const QQuickItem* item, const QRectF& rect, const QRectF& fixed)
    {
        // A text field scrolls what does not fit, as a person expects; only a text that shows a fixed string is cut.
        if (item->inherits("QQuickText")) {
            const qreal contentWidth = item->property("contentWidth").toReal();
            const qreal contentHeight = item->property("contentHeight").toReal();
            if (item->property("truncated").toBool()) {
                report(item, item->property("elide").toInt() != 0 ? QStringLiteral("elided")
                                                                   : QStringLiteral("truncated to its lines"));
                return;
            }
            if (contentWidth > item->width() + kSlack) {
                report(item, QStringLiteral("drawn wider than its box (%1 px of text in %2 px)")
                                 .arg(qRound(contentWidth))
                                 .arg(qRound(item->width())));
                return;
            }
            if (contentHeight > item->height() + kSlack) {
                report(item, QStringLiteral("drawn taller than its box (%1 px of text in %2 px)")
                                 .arg(qRound(contentHeight))
                                 .arg(qRound(item->height())));
                return;
            }
        }
        checkCut(item, rect, fixed);
    }

    bool covered(const Leaf& leaf) const
    {
        return std::any_of(m_covers.begin(), m_covers.end(), [&leaf](const Cover& c) {
            return c.paint > leaf.paint && !leaf.item->isAncestorOf(c.item) && contains(c.shown, leaf.shown);
        });
    }

    void compareLeaves()
    {
        std::vector<Leaf> seen;
        std::copy_if(m_leaves.begin(), m_leaves.end(), std::back_inserter(seen),
                     [this](const Leaf& l) { return !covered(l); });
        for (size_t i = 0; i < seen.size(); ++i) {
            for (size_t j = i + 1; j < seen.size(); ++j) {
                const Leaf& a = seen[i];
                const Leaf& b = seen[j];
                if (a.layer != b.layer || a.item->isAncestorOf(b.item) || b.item->isAncestorOf(a.item))
                    continue;
                const QRectF both = a.shown.intersected(b.shown);
                if (both.width() > kSlack && both.height() > kSlack)
                    report(a.item, QStringLiteral("overlaps %1 \"%2\"").arg(describe(b.item), shownText(b.item)));
            }
        }
    }

    const QRectF m_window;
    int m_painted = 0;
    std::vector<Leaf> m_leaves;
    std::vector<Cover> m_covers;
    std::vector<std::pair<Leaf, LayoutProblem>> m_found;
};

} // namespace

QList<LayoutProblem> findLayoutProblems(QQuickWindow& window)
{
    return Walk(window).problems;
}

} // namespace tillbook::app
