// The layout check can fail: windows built to overlap, elide and clip are reported, and a window that fits (with what
// scrolls out of view, what is invisible and what a later backdrop covers) is not.
#include "app/layout_problems.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTest>

#include <memory>

using tillbook::app::findLayoutProblems;
using tillbook::app::LayoutProblem;

class TestLayoutProblems : public QObject
{
    Q_OBJECT

private:
    QQmlEngine m_engine;

    // The problems of a 400x300 window holding `items` (QML), laid out as a frame would.
    QList<LayoutProblem> problemsOf(const QByteArray& items)
    {
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nimport QtQuick.Controls\nWindow { width: 400; height: 300; visible: true\n"
                              + items + "\n}",
                          QUrl());
        std::unique_ptr<QObject> root(component.create());
        auto* window = qobject_cast<QQuickWindow*>(root.get());
        if (!window) {
            qWarning() << component.errors();
            return {LayoutProblem{QStringLiteral("window"), QString(), QStringLiteral("did not load")}};
        }
        window->grabWindow();
        return findLayoutProblems(*window);
    }

    static QString describe(const QList<LayoutProblem>& problems)
    {
        QStringList lines;
        for (const LayoutProblem& p : problems)
            lines << p.item + QStringLiteral(" \"") + p.text + QStringLiteral("\": ") + p.problem;
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void aWindowThatFitsHasNoProblem()
    {
        const auto problems = problemsOf(
            "Column { spacing: 10\n"
            "Text { text: \"Total due\" }\n"
            "Button { text: \"Complete\" }\n"
            "Text { width: 120; wrapMode: Text.Wrap; text: \"A long sentence that wraps onto several lines\" }\n"
            "}\n"
            "Flickable { objectName: \"list\"; x: 200; width: 150; height: 100; clip: true; contentHeight: 400\n"
            "Text { y: 300; text: \"scrolled out of view\" }\n"
            "Text { y: 80; text: \"half in view\" }\n"
            "}\n"
            "Button { x: 200; y: 150; opacity: 0; text: \"transparent\" }\n"
            "Button { x: 200; y: 150; text: \"visible\"; objectName: \"visible\" }\n"
            "Text { x: 200; y: 200; visible: false; text: \"hidden\" }\n"
            "Text { x: 10; y: 250; text: \"behind the backdrop\" }\n"
            "Rectangle { x: 0; y: 240; width: 200; height: 60; color: \"#cc000000\"\n"
            "Button { text: \"on the backdrop\" }\n"
            "}\n"
            "\n");
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void overlappingControlsAreReported()
    {
        const auto problems = problemsOf(
            "Button { objectName: \"first\"; text: \"Check again\" }\n"
            "Button { objectName: \"second\"; x: 30; text: \"Open the drawer\" }\n"
            "\n");
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().item, QStringLiteral("first"));
        QVERIFY2(problems.first().problem.startsWith(QStringLiteral("overlaps second")), qPrintable(describe(problems)));
    }

    void anElidedTextIsReported()
    {
        const auto problems = problemsOf(
            "Text { objectName: \"elided\"; width: 60; elide: Text.ElideRight; text: \"Switch operator (signs Ana out)\" }\n"
            "\n");
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().item, QStringLiteral("elided"));
        QCOMPARE(problems.first().problem, QStringLiteral("elided"));
    }

    void aTextWiderThanItsBoxIsReported()
    {
        const auto problems = problemsOf(
            "Text { objectName: \"wide\"; width: 60; text: \"No drawer is open: open one with a counted float\" }\n"
            "\n");
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().problem.startsWith(QStringLiteral("drawn wider than its box")), qPrintable(describe(problems)));
    }

    void aWrappedTextClippedByItsParentIsReported()
    {
        const auto problems = problemsOf(
            "Item { objectName: \"box\"; width: 80; height: 20; clip: true\n"
            "Text { objectName: \"reason\"; width: 80; wrapMode: Text.Wrap\n"
            "text: \"item 4 is $1.50: is the customer's letter with it?\" }\n"
            "}\n"
            "\n");
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().item, QStringLiteral("reason"));
        QVERIFY2(problems.first().problem.startsWith(QStringLiteral("cut off")), qPrintable(describe(problems)));
    }

    // A list that ends at the window's bottom edge: its last row, half shown, goes on past the edge, and scrolling
    // the list brings it into view. A list that itself goes past the edge hides rows nobody can scroll to.
    void aRowHalfShownAtTheBottomOfAListThatEndsAtTheEdgeIsNotReported()
    {
        const auto problems = problemsOf(
            "Flickable { y: 200; width: 400; height: 100; clip: true; contentHeight: 400\n"
            "Button { objectName: \"halfShown\"; y: 80; height: 48; text: \"Approve\" }\n"
            "}\n"
            "\n");
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        const auto cut = problemsOf(
            "Flickable { y: 200; width: 400; height: 200; clip: true; contentHeight: 400\n"
            "Button { objectName: \"pastTheEdge\"; y: 80; height: 48; text: \"Approve\" }\n"
            "}\n"
            "\n");
        QVERIFY(!cut.isEmpty());
        QCOMPARE(cut.first().item, QStringLiteral("pastTheEdge"));
        QCOMPARE(cut.first().problem, QStringLiteral("cut off by the edge of the window"));
    }

    // A page that scrolls as a whole fills the window: what its viewport cuts at the window's edge can be scrolled to,
    // as can what a list inside it holds below the edge. A Flickable itself past the edge still cuts what it holds.
    void whatAWindowHighPageScrollsToIsNotReported()
    {
        const auto problems = problemsOf(
            "Flickable { width: 400; height: 300; clip: true; contentHeight: 900\n"
            "Button { x: 130; y: 280; text: \"half below\" }\n"
            "ListView { y: 200; width: 120; height: 400; clip: true; model: 12\n"
            "delegate: Text { text: \"row \" + index; height: 30 } }\n"
            "}\n"
            "Flickable { objectName: \"tooLow\"; x: 300; y: 260; width: 100; height: 100; clip: true; contentHeight: 400\n"
            "Button { objectName: \"pastTheEdge\"; y: 30; text: \"cut\" }\n"
            "}\n"
            "\n");
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().item, QStringLiteral("pastTheEdge"));
        for (const LayoutProblem& p : problems) // the button and its label, nothing else
            QVERIFY2(p.text == QStringLiteral("cut") && p.problem == QStringLiteral("cut off by the edge of the window"),
                     qPrintable(describe(problems)));
    }

    // The lock screen covers the counter: what is wrong under an opaque cover is not read there, and is reported on
    // the screen's own state. What is wrong on the cover itself still is.
    void whatAnOpaqueCoverHidesIsNotReported()
    {
        const auto problems = problemsOf(
            "Text { width: 60; elide: Text.ElideRight; text: \"Total due under the lock\" }\n"
            "Text { y: 40; width: 60; text: \"drawn wider under the lock\" }\n"
            "Rectangle { width: 400; height: 300; color: \"#14283f\"\n"
            "Text { objectName: \"onTheCover\"; y: 100; width: 60; elide: Text.ElideRight; text: \"Switch operator\" }\n"
            "}\n"
            "\n");
        QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
        QCOMPARE(problems.first().item, QStringLiteral("onTheCover"));
        QCOMPARE(problems.first().problem, QStringLiteral("elided"));
    }

    void aTextPastTheWindowsEdgeIsReported()
    {
        const auto problems = problemsOf(
            "Button { objectName: \"signOut\"; x: 360; text: \"Sign out\" }\n"
            "\n");
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().problem, QStringLiteral("cut off by the edge of the window"));
    }
};

int main(int argc, char** argv)
{
    // ctest may run this without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestLayoutProblems test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_layout_problems.moc"
