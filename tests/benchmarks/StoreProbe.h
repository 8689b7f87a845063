#pragma once

#include <QString>
#include <QtGlobal>

// A second, read-mostly connection to the store file the session writes, used to measure it: it folds the
// write-ahead log into the file so that the file size counts every committed row, and counts the raw results.
class StoreProbe
{
public:
    explicit StoreProbe(const QString& databasePath);
    ~StoreProbe();
    StoreProbe(const StoreProbe&) = delete;
    StoreProbe& operator=(const StoreProbe&) = delete;

    struct Sample
    {
        qint64 fileBytes = 0;
        qint64 resultRows = 0;
        bool checkpointed = false; // false: the log could not be folded in entirely (busy writer)
    };
    Sample sample();
    // Bytes of the pages a table (with its key, for WITHOUT ROWID tables) occupies, free space in them
    // included, from SQLite's dbstat table; -1 when dbstat is not available.
    qint64 tableBytes(const QString& table);
    qint64 rowCount(const QString& table);
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_connection;
    QString m_error;
};
