#include "util/SteadyWidthLabel.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTest>

namespace {
// Counts the layout requests a widget receives: each one lays it (and its own parents) out again.
class LayoutRequestCounter final : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

struct Bar
{
    QWidget parent;
    QLabel* before = nullptr;
    QLabel* label = nullptr; // a SteadyWidthLabel, or a plain QLabel for comparison
    LayoutRequestCounter requests;
};

void build(Bar& bar, QLabel* label)
{
    auto* layout = new QHBoxLayout(&bar.parent);
    bar.before = new QLabel(QStringLiteral("3 down · 0 degraded · 497 up · 0 paused"), &bar.parent);
    bar.label = label;
    layout->addWidget(bar.before, 1);
    layout->addWidget(label);
    bar.parent.resize(600, 40);
    bar.parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar.parent));
    bar.parent.installEventFilter(&bar.requests);
}

void setLabelText(QLabel* label, const QString& text)
{
    if (auto* steady = qobject_cast<SteadyWidthLabel*>(label))
        steady->setText(text);
    else
        label->setText(text);
    QApplication::processEvents();
}

bool fits(const QLabel* label)
{
    return label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width();
}
} // namespace

class TestSteadyWidthLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPlainLabelAsksForALayoutOnEveryText();
    void aTextThatFitsLaysNothingOut();
    void aLongerTextGrowsTheLabelOnce();
    void anotherFontMeasuresAgain();
};

void TestSteadyWidthLabel::aPlainLabelAsksForALayoutOnEveryText()
{
    // What this label avoids: QLabel lays its parent out again for each new count.
    Bar bar;
    build(bar, new QLabel(&bar.parent));
    setLabelText(bar.label, QStringLiteral("12,345 results stored"));
    bar.requests.count = 0;
    setLabelText(bar.label, QStringLiteral("12,346 results stored"));
    QVERIFY(bar.requests.count > 0);
}

void TestSteadyWidthLabel::aTextThatFitsLaysNothingOut()
{
    Bar bar;
    build(bar, new SteadyWidthLabel(&bar.parent));
    setLabelText(bar.label, QStringLiteral("12,345 results stored"));
    QVERIFY(fits(bar.label));
    const int width = bar.label->width();
    bar.requests.count = 0;

    for (const QString& text :
         {QStringLiteral("12,346 results stored"), QStringLiteral("12,400 results stored"),
          QStringLiteral("9 results stored")}) {
        setLabelText(bar.label, text);
        QCOMPARE(bar.label->text(), text);
        QVERIFY(fits(bar.label));
    }
    QCOMPARE(bar.requests.count, 0);
    // It never shrinks either: a shorter text keeps the room of the longer ones.
    QCOMPARE(bar.label->width(), width);
}

void TestSteadyWidthLabel::aLongerTextGrowsTheLabelOnce()
{
    Bar bar;
    build(bar, new SteadyWidthLabel(&bar.parent));
    setLabelText(bar.label, QStringLiteral("999 results stored"));
    const int width = bar.label->width();
    bar.requests.count = 0;

    setLabelText(bar.label, QStringLiteral("1,000,000 results stored"));
    QVERIFY(bar.label->width() > width);
    QVERIFY(fits(bar.label));
    QVERIFY(bar.requests.count > 0);
    // The other widgets of the bar make room rather than overlap it.
    QVERIFY(bar.before->geometry().right() < bar.label->geometry().left());
}

void TestSteadyWidthLabel::anotherFontMeasuresAgain()
{
    Bar bar;
    build(bar, new SteadyWidthLabel(&bar.parent));
    setLabelText(bar.label, QStringLiteral("12,345 results stored"));
    QFont big = bar.label->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    bar.label->setFont(big);
    QApplication::processEvents();
    QVERIFY(fits(bar.label));
    QVERIFY(bar.label->height() >= bar.label->fontMetrics().height());
}

QTEST_MAIN(TestSteadyWidthLabel)
#include "tst_steadywidthlabel.moc"
