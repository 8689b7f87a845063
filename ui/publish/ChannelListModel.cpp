#include "publish/ChannelListModel.h"

#include "publish/ChannelTypeCatalog.h"

ChannelListModel::ChannelListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ChannelListModel::setChannels(const QList<ChannelConfig>& channels)
{
    beginResetModel();
    m_channels = channels;
    QHash<QString, TestResult> kept;
    for (const ChannelConfig& channel : m_channels) {
        const auto it = m_results.constFind(channel.name);
        // A test under way stays shown until it answers; setTestOutcome then drops an answer that is stale.
        if (it != m_results.cend() && (it->tested == channel || it->state == TestState::Testing))
            kept.insert(channel.name, *it);
    }
    m_results = kept;
    endResetModel();
}

int ChannelListModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_channels.size(); ++row) {
        if (m_channels.at(row).name == name)
            return row;
    }
    return -1;
}

void ChannelListModel::setTesting(const QString& name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    m_results.insert(name, TestResult{TestState::Testing, QString(), m_channels.at(row)});
    repaintReadiness(name);
}

void ChannelListModel::setTestOutcome(const QString& name, const DeliveryOutcome& outcome)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    const TestState state =
        outcome.kind == DeliveryOutcome::Kind::Sent ? TestState::Ready : TestState::NotReady;
    // The answer is about the configuration sent for testing; an edit since then makes it stale.
    const auto pending = m_results.constFind(name);
    if (pending != m_results.cend() && pending->state == TestState::Testing &&
        pending->tested != m_channels.at(row)) {
        m_results.remove(name);
    } else {
        m_results.insert(name, TestResult{state, outcome.message, m_channels.at(row)});
    }
    repaintReadiness(name);
}

ChannelListModel::TestState ChannelListModel::testState(const QString& name) const
{
    return m_results.value(name).state;
}

QString ChannelListModel::testMessage(const QString& name) const
{
    return m_results.value(name).message;
}

QColor ChannelListModel::testColor(TestState state)
{
    switch (state) {
    case TestState::Ready:
        return QColor(0x1b, 0x7f, 0x3b);
    case TestState::NotReady:
        return QColor(0xb3, 0x1d, 0x1d);
    case TestState::Testing:
        return QColor(0x8a, 0x5a, 0x00);
    case TestState::NeverTested:
        break;
    }
    return QColor(0x6b, 0x6b, 0x6b);
}

void ChannelListModel::repaintReadiness(const QString& name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    const QModelIndex cell = index(row, Readiness);
    Q_EMIT dataChanged(cell, cell);
}

int ChannelListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_channels.size());
}

int ChannelListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChannelListModel::readinessText(const TestResult& result) const
{
    switch (result.state) {
    case TestState::Ready:
        return tr("Ready");
    case TestState::NotReady:
        return result.message.isEmpty() ? tr("Not ready") : tr("Not ready: %1").arg(result.message);
    case TestState::Testing:
        return tr("Testing…");
    case TestState::NeverTested:
        break;
    }
    return tr("Never tested");
}

QString ChannelListModel::readinessToolTip(const TestResult& result) const
{
    switch (result.state) {
    case TestState::Ready:
        return result.message.isEmpty() ? tr("The last test reached the service; nothing was published.")
                                        : result.message;
    case TestState::NotReady:
        return result.message.isEmpty() ? tr("The last test failed.") : result.message;
    case TestState::Testing:
        return tr("Waiting for the service’s answer.");
    case TestState::NeverTested:
        break;
    }
    return tr("Not tested since it was set up or changed: Test this channel (Ctrl+T) checks it without "
              "publishing.");
}

QVariant ChannelListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ChannelConfig& channel = m_channels.at(index.row());
    const TestResult result = m_results.value(channel.name);
    if (role == ChannelNameRole)
        return channel.name;
    if (role == TestStateRole)
        return static_cast<int>(result.state);
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Name:
            return channel.name;
        case Type:
            return ChannelTypeCatalog::label(channel.type);
        case Kind:
            return channelKindLabel(channel.messageKind);
        case Audience:
            return channel.audience == u"internal" ? tr("Internal") : tr("Customers");
        case Sandbox:
            return channel.sandbox ? tr("Sandbox") : QString();
        case Readiness:
            return readinessText(result);
        case ColumnCount:
            break;
        }
        return QVariant();
    }
    if (role == Qt::ForegroundRole && column == Readiness)
        return testColor(result.state);
    if (role == Qt::ToolTipRole) {
        if (column == Readiness)
            return readinessToolTip(result);
        if (column == Sandbox && channel.sandbox)
            return tr("Drills publish only here; real incidents never do.");
        if (column == Type)
            return channel.type;
    }
    return QVariant();
}

QVariant ChannelListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Kind:
        return tr("Messages");
    case Audience:
        return tr("Audience");
    case Sandbox:
        return tr("Drills");
    case Readiness:
        return tr("Last test");
    case ColumnCount:
        break;
    }
    return QVariant();
}
