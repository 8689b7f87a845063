#pragma once

#include "publish/ChannelConfig.h"
#include "publish/DeliveryOutcome.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

// The workspace's publishing channels, one per row, with what the last "Test this channel" said of each.
// A result belongs to the channel as it was tested: a channel whose configuration changes is untested again.
class ChannelListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelListModel)

public:
    enum Column
    {
        Name = 0,
        Type,
        Kind,
        Audience,
        Sandbox,
        Readiness,
        ColumnCount
    };
    enum Role
    {
        ChannelNameRole = Qt::UserRole + 1, // QString
        TestStateRole,                      // int (TestState)
    };
    enum class TestState
    {
        NeverTested,
        Testing,
        Ready,
        NotReady,
    };

    explicit ChannelListModel(QObject* parent = nullptr);

    void setChannels(const QList<ChannelConfig>& channels);
    const QList<ChannelConfig>& channels() const { return m_channels; }
    // The row of the named channel, or -1.
    int rowOf(const QString& name) const;

    void setTesting(const QString& name);
    void setTestOutcome(const QString& name, const DeliveryOutcome& outcome);
    TestState testState(const QString& name) const;
    QString testMessage(const QString& name) const;

    static QColor testColor(TestState state);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct TestResult
    {
        TestState state = TestState::NeverTested;
        QString message;
        ChannelConfig tested; // the configuration the result is about
    };
    QString readinessText(const TestResult& result) const;
    QString readinessToolTip(const TestResult& result) const;
    void repaintReadiness(const QString& name);

    QList<ChannelConfig> m_channels;
    QHash<QString, TestResult> m_results; // by channel name
};
